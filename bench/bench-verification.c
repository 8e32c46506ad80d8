/* bench-verification.c: how fast the verification status and the performance clause follow
 * an edit, and how fast the case repository answers a search typed in the Evidence page
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example case with its records multiplied: 40 KPIs × 250 periods = 10,000 records (far
 * beyond a real contract, to find the slope). Times vw_verification_summary_new() and
 * vw_performance_clause_new(), which the page recomputes after each edit, and one record edit
 * through the document. Then a repository of N generated cases (default 20,000) and the
 * queries a user types letter by letter ("d", "do", … "downtime"), as the page runs them:
 * vw_case_repository_search() with facets, limit 50. Medians and p95; a table and one JSON line.
 * Usage: bench-verification [N_CASES]
 */

#include <glib/gstdio.h>
#include <math.h>

#include "vw-case-model.h"
#include "vw-case-repository.h"
#include "vw-performance-clause.h"
#include "vw-verification-summary.h"
#include "vw-vwb.h"

#define N_KPIS    40
#define N_PERIODS 250
#define ROUNDS    50

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
quantile (GArray *values,
          double  q)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, (guint) (q * values->len)));
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static VwDocument *
example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (VW_SOURCE_ROOT "/data/samples/example-case.vwb");
  VwDocument *doc = vw_vwb_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

/* The median time of the summary and the clause of @doc, in ms. */
static void
time_summary (VwDocument *doc,
              VwCaseModel *cm,
              GArray      *summary_ms,
              GArray      *clause_ms)
{
  for (guint r = 0; r < ROUNDS; r++)
    {
      g_autoptr(VwVerificationSummary) summary = NULL;
      g_autoptr(VwPerformanceClause) clause = NULL;
      double t0 = now_ms (), t;

      summary = vw_verification_summary_new (doc);
      t = now_ms () - t0;
      g_array_append_val (summary_ms, t);
      t0 = now_ms ();
      clause = vw_performance_clause_new (cm);
      t = now_ms () - t0;
      g_array_append_val (clause_ms, t);
    }
}

static VwDocument *
big_document (void)
{
  VwDocument *doc = example ();

  for (guint k = 0; k < N_KPIS; k++)
    {
      g_autofree char *kpi_id = g_strdup_printf ("bench_kpi_%u", k);
      VwKpi *kpi = vw_kpi_new (kpi_id);

      vw_item_set_string (VW_ITEM (kpi), "name", kpi_id);
      vw_item_set_double (VW_ITEM (kpi), "baseline", 100);
      vw_document_append_item (doc, VW_ITEM (kpi));
      for (guint t = 1; t <= N_PERIODS; t++)
        {
          g_autofree char *id = g_strdup_printf ("bench_%u_%u", k, t);
          VwVerification *record = vw_verification_new (id);

          vw_item_set_string (VW_ITEM (record), "kpi", kpi_id);
          vw_item_set_int (VW_ITEM (record), "period", t);
          vw_item_set_double (VW_ITEM (record), "promised", 120);
          vw_item_set_double (VW_ITEM (record), "realized", 110 + (t * 7 + k) % 20);
          vw_item_set_string (VW_ITEM (record), "element", "uptime");
          vw_item_set_double (VW_ITEM (record), "value-promised", 1000);
          vw_item_set_double (VW_ITEM (record), "value-delivered", 900 + (t % 200));
          vw_document_append_item (doc, VW_ITEM (record));
        }
    }
  return doc;
}

static VwReferenceCase *
generated_case (guint i)
{
  static const char * const industries[] = { "paper", "mining", "energy", "ports", "retail" };
  static const char * const kpis[] = { "downtime", "energy", "oee", "fuel", "scrap" };
  g_autofree char *title = g_strdup_printf ("Line %u: fewer unplanned stops and less %s", i,
                                            kpis[i % 5]);
  VwReferenceCase *c = vw_reference_case_new (title);
  g_autoptr(VwCaseFigure) figure = vw_case_figure_new (kpis[i % 5], kpis[i % 5], "h/year",
                                                       FALSE, 100, 70, 60 + i % 30, "2025");

  vw_reference_case_set_summary (c, "Condition monitoring and planned maintenance cut the "
                                    "downtime; the maintenance team moved to planned work.");
  vw_reference_case_add_tag (c, VW_CASE_TAG_INDUSTRY, industries[i % 5], industries[i % 5]);
  vw_reference_case_add_tag (c, VW_CASE_TAG_KPI, kpis[i % 5], kpis[i % 5]);
  vw_reference_case_add_figure (c, figure);
  return c;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VwDocument) small = example ();
  g_autoptr(VwCaseModel) small_cm = vw_case_model_new (small);
  g_autoptr(GArray) small_summary_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) small_clause_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(VwDocument) doc = big_document ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  g_autoptr(GArray) summary_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) clause_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) edit_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(VwCaseRepository) repository = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vw-bench-verification-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "cases.sqlite", NULL);
  VwItem *record = vw_document_find (doc, VW_ITEM_VERIFICATION, "bench_0_1");
  guint n_cases = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 20000;
  static const char * const typed[] = { "d", "do", "dow", "down", "downt", "downti", "downtim",
                                        "downtime", "downtime p", "downtime pl", NULL };
  double t0, import_s;

  vw_case_model_evaluate (small_cm);
  time_summary (small, small_cm, small_summary_ms, small_clause_ms);
  vw_case_model_evaluate (cm);
  for (guint r = 0; r < ROUNDS; r++)
    {
      g_autoptr(VwVerificationSummary) summary = NULL;
      g_autoptr(VwPerformanceClause) clause = NULL;
      double t;

      t0 = now_ms ();
      vw_document_set_double (doc, record, "realized", 100 + r);
      t = now_ms () - t0;
      g_array_append_val (edit_ms, t);
      t0 = now_ms ();
      summary = vw_verification_summary_new (doc);
      t = now_ms () - t0;
      g_array_append_val (summary_ms, t);
      t0 = now_ms ();
      clause = vw_performance_clause_new (cm);
      t = now_ms () - t0;
      g_array_append_val (clause_ms, t);
    }

  for (guint i = 0; i < n_cases; i++)
    g_ptr_array_add (cases, generated_case (i));
  repository = vw_case_repository_open (db, VW_CASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  t0 = now_ms ();
  g_assert_true (vw_case_repository_add_many (repository, cases, NULL, NULL, &error));
  import_s = (now_ms () - t0) / 1000;
  for (guint r = 0; r < 20; r++)
    for (guint q = 0; typed[q] != NULL; q++)
      {
        VwCaseQuery query = { .text = typed[q], .industry = r % 2 ? "paper" : NULL, .limit = 50 };
        g_autoptr(VwCaseSearchResults) results = NULL;
        double t;

        t0 = now_ms ();
        results = vw_case_repository_search (repository, &query, NULL, &error);
        t = now_ms () - t0;
        g_assert_no_error (error);
        g_array_append_val (search_ms, t);
      }

  g_print ("%-58s %10s %10s\n", "measure", "median", "p95");
  g_print ("%-58s %8.3f ms %7.3f ms\n", "example case (5 records): summary",
           quantile (small_summary_ms, 0.5), quantile (small_summary_ms, 0.95));
  g_print ("%-58s %8.3f ms %7.3f ms\n", "example case: performance clause",
           quantile (small_clause_ms, 0.5), quantile (small_clause_ms, 0.95));
  g_print ("%-58s %8.3f ms %7.3f ms\n", "record edit through the document (10,000 records)",
           quantile (edit_ms, 0.5), quantile (edit_ms, 0.95));
  g_print ("%-58s %8.3f ms %7.3f ms\n", "verification summary (status of every KPI, element)",
           quantile (summary_ms, 0.5), quantile (summary_ms, 0.95));
  g_print ("%-58s %8.3f ms %7.3f ms\n", "performance clause (250 periods)",
           quantile (clause_ms, 0.5), quantile (clause_ms, 0.95));
  g_print ("%-58s %8.3f ms %7.3f ms\n", "search as typed, 20,000 cases, limit 50 (+ facet)",
           quantile (search_ms, 0.5), quantile (search_ms, 0.95));
  g_print ("%-58s %8.2f s\n", "generated cases added (one transaction)", import_s);
  g_print ("{\"records\": %u, \"summary_ms\": %.3f, \"clause_ms\": %.3f, \"edit_ms\": %.3f, "
           "\"cases\": %u, \"search_p50_ms\": %.3f, \"search_p95_ms\": %.3f}\n",
           N_KPIS * N_PERIODS, quantile (summary_ms, 0.5), quantile (clause_ms, 0.5),
           quantile (edit_ms, 0.5), n_cases, quantile (search_ms, 0.5),
           quantile (search_ms, 0.95));

  g_clear_object (&repository);
  for (const char *suffix = ""; suffix != NULL; suffix = g_str_equal (suffix, "") ? "-wal"
                                                : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *path = g_strconcat (db, suffix, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
  return 0;
}
