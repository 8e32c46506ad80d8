/* bench-cases.c: the case repository with 100 000 generated reference cases
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-cases [N_CASES] [DIR]   (default 100000, a temporary folder)
 *
 * Goals (issue 10): import < 20 s, a full-text query with facets p95 < 10 ms, the database
 * < 500 MB. The cases are generated from a vocabulary like the samples' (industries, value
 * elements, KPIs, applications, some 2 000 distinct words of free text), with a fixed seed.
 * Queries are what a user types: single words (common and rare), prefixes while typing, two
 * words, and the same with facet filters; every query computes the facet counts over all of
 * its matches and fetches the first page of 20 with snippets.
 */

#include <math.h>
#include <stdio.h>
#include <time.h>

#include <glib/gstdio.h>

#include "vw-case-repository.h"
#include "vw-bench-stats.h"

static const char * const industries[] = {
  "paper", "mining", "energy", "buildings", "ports", "telecom", "retail", "machinery",
  "manufacturing",
};
static const char * const elements[][2] = {
  { "uptime", "Fewer unplanned stops" }, { "predictable_cost", "Predictable maintenance cost" },
  { "energy_saving", "Lower energy use" }, { "capital", "Less capital tied up" },
  { "safety", "Safer work" }, { "skills", "Skills for the customer's own team" },
  { "throughput", "More output from the same line" }, { "sustainability", "A smaller carbon footprint" },
  { "reputation", "Reliable partner" }, { "data", "Benchmarks and data" },
  { "quality", "Fewer rejects" }, { "service_level", "Better service to end users" },
};
static const char * const dimensions[] = { "operational", "strategic", "social", "symbolic" };
static const char * const kpis[][3] = {
  { "downtime", "Unplanned downtime", "h/year" }, { "oee", "Overall equipment effectiveness", "share" },
  { "maintenance_cost", "Maintenance cost", "EUR/year" }, { "energy", "Energy use", "MWh/year" },
  { "throughput", "Throughput", "t/h" }, { "availability", "Availability", "share" },
  { "spare_parts", "Capital in spare parts", "EUR" }, { "injuries", "Lost-time injuries", "per year" },
  { "waiting_time", "Average waiting time", "s" }, { "co2", "CO2 emissions", "t/year" },
  { "opex", "Operating expenses", "EUR/year" }, { "recovery", "Metal recovery", "share" },
};
static const char * const applications[] = {
  "Preventive maintenance", "Condition monitoring", "Spare parts pooling", "Energy efficiency",
  "Automation", "Modernisation", "Lifecycle service", "Operator training", "Remote monitoring",
  "Retrofit", "Process optimisation", "Managed services",
};
static const char * const words[] = {
  "bearing", "gearbox", "conveyor", "crusher", "dryer", "press", "roll", "felt", "pump", "valve",
  "turbine", "boiler", "elevator", "escalator", "crane", "terminal", "container", "vessel",
  "refrigeration", "cabinet", "compressor", "motor", "drive", "inverter", "sensor", "vibration",
  "lubrication", "seal", "filter", "fan", "kiln", "mill", "flotation", "thickener", "screen",
  "furnace", "ladle", "caster", "antenna", "router", "battery", "charger", "forklift", "robot",
  "weld", "paint", "oven", "chiller", "heat", "steam",
};
static const char * const verbs[] = {
  "replaced", "monitored", "tuned", "cleaned", "inspected", "refurbished", "upgraded",
  "balanced", "aligned", "scheduled", "automated", "measured", "trained", "pooled", "retrofitted",
};

/* A deterministic vocabulary of rarer words: "word" + a number, Zipf-like in use. */
static void
append_free_text (GString *out,
                  GRand   *rand,
                  guint    n_words)
{
  for (guint i = 0; i < n_words; i++)
    {
      double u = g_rand_double (rand);

      if (i > 0)
        g_string_append_c (out, ' ');
      if (u < 0.45)
        g_string_append (out, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      else if (u < 0.65)
        g_string_append (out, verbs[g_rand_int_range (rand, 0, G_N_ELEMENTS (verbs))]);
      else
        /* 2 000 rare words, the lower numbers more frequent. */
        g_string_append_printf (out, "term%u",
                                (guint) (2000 * pow (g_rand_double (rand), 3)));
    }
  g_string_append_c (out, '.');
}

static VwReferenceCase *
make_case (GRand *rand,
           guint  index)
{
  const char *industry = industries[g_rand_int_range (rand, 0, G_N_ELEMENTS (industries))];
  const char *application = applications[g_rand_int_range (rand, 0, G_N_ELEMENTS (applications))];
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GString) story = g_string_new (NULL);
  g_autofree char *application_key = vw_case_tag_make_key (application);
  g_autofree char *year = g_strdup_printf ("%d", 2015 + g_rand_int_range (rand, 0, 12));
  VwReferenceCase *reference_case;
  guint n_elements = g_rand_int_range (rand, 1, 4);
  guint n_kpis = g_rand_int_range (rand, 1, 4);

  g_string_printf (title, "%s of the %s at site %u", application,
                   words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))], index);
  append_free_text (summary, rand, 30);
  append_free_text (story, rand, 80);

  reference_case = vw_reference_case_new (title->str);
  vw_reference_case_set_summary (reference_case, summary->str);
  vw_reference_case_set_story (reference_case, story->str);
  vw_reference_case_add_tag (reference_case, VW_CASE_TAG_INDUSTRY, industry, industry);
  vw_reference_case_add_tag (reference_case, VW_CASE_TAG_APPLICATION, application_key,
                             application);
  for (guint i = 0; i < n_elements; i++)
    {
      guint e = g_rand_int_range (rand, 0, G_N_ELEMENTS (elements));

      vw_reference_case_add_tag (reference_case, VW_CASE_TAG_ELEMENT, elements[e][0],
                                 elements[e][1]);
      vw_reference_case_add_tag (reference_case, VW_CASE_TAG_DIMENSION, dimensions[e % 4],
                                 dimensions[e % 4]);
    }
  for (guint i = 0; i < n_kpis; i++)
    {
      guint k = g_rand_int_range (rand, 0, G_N_ELEMENTS (kpis));
      double baseline = 100 + g_rand_double (rand) * 900;
      double change = -0.1 - 0.4 * g_rand_double (rand);
      g_autoptr(VwCaseFigure) figure = vw_case_figure_new (
        kpis[k][0], kpis[k][1], kpis[k][2], FALSE, baseline, baseline * (1 + change * 0.9),
        baseline * (1 + change), year);

      vw_reference_case_add_tag (reference_case, VW_CASE_TAG_KPI, kpis[k][0], kpis[k][1]);
      vw_reference_case_add_figure (reference_case, figure);
    }
  vw_reference_case_add_tag (reference_case, VW_CASE_TAG_YEAR, year, year);
  return reference_case;
}

/* CPU time of this thread: on a loaded machine (2 cores shared by many jobs) the wall time
 * includes waiting for a core, the CPU time is the work itself. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : 0;
}

int
main (int   argc,
      char *argv[])
{
  static const VwCaseQuery queries[] = {
    { .text = "bearing" },                      /* common word */
    { .text = "vibration monitored" },          /* two words */
    { .text = "bea" },                          /* typing: a prefix */
    { .text = "conv" },
    { .text = "term1500" },                     /* rare word */
    { .text = "preventive maintenance" },       /* title words */
    { .text = "bearing", .industry = "paper" }, /* with facet filters */
    { .text = "pump", .element = "uptime", .dimension = "operational" },
    { .text = "", .kpi = "downtime" },          /* facets only */
    { .text = "gearbox", .industry = "mining", .kpi = "oee" },
  };
  guint n_cases = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = argc > 2 ? g_strdup (argv[2]) : g_dir_make_tmp ("bench-cases-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cases.sqlite", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(VwCaseRepository) repository = NULL;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) all_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261205);
  VwCaseImportReport report = { 0 };
  VwCaseBenchmark benchmark = { 0 };
  double generate_s, import_s, import_cpu_s, reopen_ms, benchmark_ms, first_query_ms = 0;
  double cpu_start;
  gint64 start, db_bytes;
  const guint rounds = 30;

  /* BENCH_REUSE=1 with a DIR: search an existing database again (no import figures). */
  if (g_getenv ("BENCH_REUSE") != NULL && argc > 2 && g_file_test (path, G_FILE_TEST_EXISTS))
    generate_s = import_s = import_cpu_s = 0;
  else
    {
      g_unlink (path);
      g_unlink (wal);

      start = g_get_monotonic_time ();
      for (guint i = 0; i < n_cases; i++)
        g_ptr_array_add (cases, make_case (rand, i));
      generate_s = (g_get_monotonic_time () - start) / 1e6;

      repository = vw_case_repository_open (path, VW_CASE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      start = g_get_monotonic_time ();
      cpu_start = thread_cpu_ms ();
      if (!vw_case_repository_add_many (repository, cases, &report, NULL, &error))
        g_error ("%s", error->message);
      import_s = (g_get_monotonic_time () - start) / 1e6;
      import_cpu_s = (thread_cpu_ms () - cpu_start) / 1e3;
      g_assert_cmpuint (report.added, ==, n_cases);
      vw_case_import_report_clear (&report);
    }
  g_clear_pointer (&cases, g_ptr_array_unref);

  /* Closed (checkpointed), reopened: a user's start-up. */
  g_clear_object (&repository);
  db_bytes = file_size (path) + file_size (wal);
  start = g_get_monotonic_time ();
  repository = vw_case_repository_open (path, VW_CASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  reopen_ms = (g_get_monotonic_time () - start) / 1e3;

  printf ("%-44s %8s %8s %8s %8s %8s\n", "query", "matches", "p50 ms", "p95 ms", "max ms",
          "cpu p95");
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *label = g_strdup_printf ("“%s”%s%s%s%s%s%s%s%s", queries[q].text,
                                                queries[q].industry ? " industry=" : "",
                                                queries[q].industry ? queries[q].industry : "",
                                                queries[q].element ? " element=" : "",
                                                queries[q].element ? queries[q].element : "",
                                                queries[q].kpi ? " kpi=" : "",
                                                queries[q].kpi ? queries[q].kpi : "",
                                                queries[q].dimension ? " dim=" : "",
                                                queries[q].dimension ? queries[q].dimension : "");
      guint total = 0;

      for (guint r = 0; r < rounds; r++)
        {
          g_autoptr(VwCaseSearchResults) results = NULL;
          double ms, cpu_ms;

          start = g_get_monotonic_time ();
          cpu_start = thread_cpu_ms ();
          results = vw_case_repository_search (repository, &queries[q], NULL, &error);
          ms = (g_get_monotonic_time () - start) / 1e3;
          cpu_ms = thread_cpu_ms () - cpu_start;
          g_assert_no_error (error);
          total = vw_case_search_results_get_total (results);
          /* The very first search loads the facet cache: reported on its own. */
          if (q == 0 && r == 0)
            {
              first_query_ms = ms;
              continue;
            }
          g_array_append_val (times, ms);
          g_array_append_val (all_times, ms);
          g_array_append_val (cpu_times, cpu_ms);
          g_array_append_val (all_cpu, cpu_ms);
        }
      g_array_sort (times, vw_bench_compare_doubles);
      g_array_sort (cpu_times, vw_bench_compare_doubles);
      printf ("%-44s %8u %8.2f %8.2f %8.2f %8.2f\n", label, total, vw_bench_percentile_array (times, 0.5),
              vw_bench_percentile_array (times, 0.95), g_array_index (times, double, times->len - 1),
              vw_bench_percentile_array (cpu_times, 0.95));
    }
  g_array_sort (all_times, vw_bench_compare_doubles);
  g_array_sort (all_cpu, vw_bench_compare_doubles);

  start = g_get_monotonic_time ();
  if (!vw_case_repository_benchmark (repository, "paper", "downtime", VW_CASE_MEASURE_IMPROVEMENT,
                                     &benchmark, &error))
    g_error ("%s", error->message);
  benchmark_ms = (g_get_monotonic_time () - start) / 1e3;

  printf ("\n%-44s %10u\n", "cases", n_cases);
  printf ("%-44s %10.2f s\n", "generate (not part of the goal)", generate_s);
  printf ("%-44s %10.2f s   (goal < 20 s)\n", "import, one transaction", import_s);
  printf ("%-44s %10.2f s\n", "import, CPU time", import_cpu_s);
  printf ("%-44s %10.1f MB  (goal < 500 MB)\n", "database size", db_bytes / 1e6);
  printf ("%-44s %10.1f ms\n", "open the database", reopen_ms);
  printf ("%-44s %10.1f ms\n", "first search (loads the facet cache)", first_query_ms);
  printf ("%-44s %10.2f ms  (goal < 10 ms)\n", "search with facets, all queries: p95",
          vw_bench_percentile_array (all_times, 0.95));
  printf ("%-44s %10.2f ms\n", "search with facets, all queries: p50", vw_bench_percentile_array (all_times, 0.5));
  printf ("%-44s %10.2f ms\n", "search with facets, CPU time: p95", vw_bench_percentile_array (all_cpu, 0.95));
  printf ("%-44s %10.2f ms\n", "search with facets, CPU time: p50", vw_bench_percentile_array (all_cpu, 0.5));
  printf ("%-44s %10.1f ms  (%u cases, median %.3f)\n", "benchmark paper/downtime", benchmark_ms,
          benchmark.n_cases, benchmark.median);

  printf ("\n{\"cases\": %u, \"import_s\": %.3f, \"import_cpu_s\": %.3f, \"db_mb\": %.1f,"
          " \"open_ms\": %.1f, \"first_search_ms\": %.1f, \"search_p50_ms\": %.3f,"
          " \"search_p95_ms\": %.3f, \"search_cpu_p50_ms\": %.3f, \"search_cpu_p95_ms\": %.3f,"
          " \"benchmark_ms\": %.2f}\n",
          n_cases, import_s, import_cpu_s, db_bytes / 1e6, reopen_ms, first_query_ms,
          vw_bench_percentile_array (all_times, 0.5), vw_bench_percentile_array (all_times, 0.95),
          vw_bench_percentile_array (all_cpu, 0.5), vw_bench_percentile_array (all_cpu, 0.95), benchmark_ms);

  vw_case_benchmark_clear (&benchmark);
  g_clear_object (&repository);
  if (argc <= 2)
    {
      g_unlink (path);
      g_unlink (wal);
      g_rmdir (dir);
    }
  return 0;
}
