/* test-case-repository.c: storing, reading, searching and benchmarking reference cases
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include <sqlite3.h>

#include "vw-cases-test-util.h"

typedef struct
{
  char             *dir;
  char             *path;
  VwCaseRepository *repository;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = vw_cases_test_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "sub", "cases.sqlite", NULL);
  fixture->repository = vw_case_repository_open (fixture->path, VW_CASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->repository);
  vw_cases_test_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
add_case (VwCaseRepository *repository,
          VwReferenceCase  *reference_case)
{
  g_autoptr(GError) error = NULL;

  vw_case_repository_add (repository, reference_case, &error);
  g_assert_no_error (error);
}

static VwCaseSearchResults *
search (VwCaseRepository *repository,
        const char       *text,
        const char       *industry)
{
  g_autoptr(GError) error = NULL;
  VwCaseQuery query = { .text = text, .industry = industry };
  VwCaseSearchResults *results = vw_case_repository_search (repository, &query, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static VwReferenceCase *
hit (VwCaseSearchResults *results,
     guint                position)
{
  g_autoptr(VwReferenceCase) reference_case = NULL;

  reference_case = g_list_model_get_item (vw_case_search_results_get_cases (results), position);
  g_assert_nonnull (reference_case);
  return reference_case;  /* the results keep a reference */
}

static guint
facet_count (VwCaseSearchResults *results,
             VwCaseTagKind        kind,
             const char          *key)
{
  GPtrArray *facets = vw_case_search_results_get_facets (results, kind);

  for (guint i = 0; i < facets->len; i++)
    {
      const VwCaseTag *facet = g_ptr_array_index (facets, i);

      if (g_str_equal (facet->key, key))
        return facet->count;
    }
  return 0;
}

/* A new repository is created with its folder, at the current schema version. */
static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (vw_case_repository_get_schema_version (fixture->repository), ==,
                   VW_CASE_SCHEMA_VERSION);
  g_assert_cmpuint (vw_case_repository_count (fixture->repository, &error), ==, 0);
  g_assert_no_error (error);
}

/* What is stored reads back the same, and the same case twice is a duplicate. */
static void
test_add_get_duplicate (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(VwReferenceCase) original = NULL;
  g_autoptr(VwReferenceCase) again = NULL;
  g_autoptr(VwReferenceCase) read = NULL;
  g_autoptr(GError) error = NULL;
  VwCaseFigure *figure;

  original = vw_cases_test_make_case ("Fewer stops on a board machine", "paper",
                                      "Condition monitoring on the dryer section.", "downtime",
                                      120, 74);
  add_case (fixture->repository, original);
  g_assert_nonnull (vw_reference_case_get_added (original));

  read = vw_case_repository_get (fixture->repository, vw_reference_case_get_uid (original), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vw_reference_case_get_title (read), ==, "Fewer stops on a board machine");
  g_assert_cmpstr (vw_reference_case_get_industry (read), ==, "paper");
  g_assert_cmpstr (vw_reference_case_get_fingerprint (read), ==,
                   vw_reference_case_get_fingerprint (original));
  g_assert_cmpuint (vw_reference_case_get_figures (read)->len, ==, 1);
  figure = g_ptr_array_index (vw_reference_case_get_figures (read), 0);
  g_assert_cmpfloat (figure->baseline, ==, 120);
  g_assert_cmpfloat (figure->realized, ==, 74);
  g_assert_true (isnan (figure->promised));
  /* Lower is better: 120 → 74 h is 38.3 % better. */
  g_assert_cmpfloat_with_epsilon (vw_case_figure_improvement (figure), 46.0 / 120.0, 1e-12);

  again = vw_cases_test_make_case ("Fewer stops on a board machine", "paper",
                                   "Condition monitoring on the dryer section.", "downtime",
                                   120, 74);
  g_assert_false (vw_case_repository_add (fixture->repository, again, &error));
  g_assert_error (error, VW_CASE_ERROR, VW_CASE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpuint (vw_case_repository_count (fixture->repository, NULL), ==, 1);

  g_assert_true (vw_case_repository_remove (fixture->repository,
                                            vw_reference_case_get_uid (original), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vw_case_repository_count (fixture->repository, NULL), ==, 0);
  g_assert_null (vw_case_repository_get (fixture->repository,
                                         vw_reference_case_get_uid (original), &error));
  g_assert_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_FOUND);
}

/* A case without a realized figure or without an industry is refused before storing. */
static void
test_validate (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(VwReferenceCase) unverified = vw_reference_case_new ("Promised only");
  g_autoptr(VwReferenceCase) no_industry = vw_reference_case_new ("No industry");
  g_autoptr(VwCaseFigure) figure = vw_case_figure_new ("oee", "OEE", "share", TRUE, 0.7, 0.8,
                                                       NAN, "");
  g_autoptr(GError) error = NULL;

  vw_reference_case_add_tag (unverified, VW_CASE_TAG_INDUSTRY, "paper", "Paper");
  vw_reference_case_add_figure (unverified, figure);
  g_assert_false (vw_case_repository_add (fixture->repository, unverified, &error));
  g_assert_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_VERIFIED);
  g_clear_error (&error);

  g_clear_pointer (&figure, vw_case_figure_free);
  figure = vw_case_figure_new ("oee", "OEE", "share", TRUE, 0.7, 0.8, 0.79, "");
  vw_reference_case_add_figure (no_industry, figure);
  g_assert_false (vw_case_repository_add (fixture->repository, no_industry, &error));
  g_assert_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID);
  g_assert_cmpuint (vw_case_repository_count (fixture->repository, NULL), ==, 0);
}

/* bm25: a word in the title ranks above the same word once in the story; the snippet
 * highlights it; facets count every match, not only the page. */
static void
test_search_ranking_facets (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(VwReferenceCase) story_case = NULL, title_case = NULL, other = NULL, mine = NULL;
  g_autoptr(VwCaseSearchResults) results = NULL;
  g_autofree char *markup = NULL, *plain = NULL;

  story_case = vw_cases_test_make_case ("Predictable maintenance cost for a paper mill", "paper",
                                        "A fixed fee replaced repair bills.", "maintenance_cost",
                                        2.4e6, 2.1e6);
  vw_reference_case_set_story (story_case, "Spare parts pooled; the vibration analysis of "
                                           "the dryer cylinders came later.");
  title_case = vw_cases_test_make_case ("Vibration analysis halves unplanned stops", "mining",
                                        "Online vibration monitoring of the grinding mills.",
                                        "downtime", 300, 150);
  other = vw_cases_test_make_case ("Lower energy use of refrigeration", "retail",
                                   "Cooling plant tuned for night hours.", "energy", 100, 80);
  mine = vw_cases_test_make_case ("Conveyor uptime at an open-pit mine", "mining",
                                  "Belt conveyors with condition monitoring.", "downtime", 200,
                                  120);
  add_case (fixture->repository, story_case);
  add_case (fixture->repository, title_case);
  add_case (fixture->repository, other);
  add_case (fixture->repository, mine);

  results = search (fixture->repository, "vibration", NULL);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 2);
  g_assert_cmpstr (vw_reference_case_get_uid (hit (results, 0)), ==,
                   vw_reference_case_get_uid (title_case));
  g_assert_cmpstr (vw_reference_case_get_uid (hit (results, 1)), ==,
                   vw_reference_case_get_uid (story_case));
  g_assert_cmpfloat (vw_reference_case_get_score (hit (results, 0)), <,
                     vw_reference_case_get_score (hit (results, 1)));
  markup = vw_case_snippet_to_markup (vw_reference_case_get_snippet (hit (results, 1)));
  g_assert_nonnull (strstr (markup, "<b>vibration</b>"));
  plain = vw_case_snippet_to_plain (vw_reference_case_get_snippet (hit (results, 0)), "[", "]");
  g_assert_nonnull (strstr (plain, "[vibration]"));
  g_assert_cmpuint (facet_count (results, VW_CASE_TAG_INDUSTRY, "paper"), ==, 1);
  g_assert_cmpuint (facet_count (results, VW_CASE_TAG_INDUSTRY, "mining"), ==, 1);
  g_assert_cmpuint (facet_count (results, VW_CASE_TAG_INDUSTRY, "retail"), ==, 0);
  g_clear_object (&results);

  /* The last word is a prefix while typing; a trailing space makes it a whole word. */
  results = search (fixture->repository, "monitor", NULL);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 2);
  g_clear_object (&results);
  results = search (fixture->repository, "monitor ", NULL);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 0);
  g_clear_object (&results);

  /* A facet filter narrows the matches; the facet counts follow. */
  results = search (fixture->repository, "monitoring", "mining");
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 2);
  g_clear_object (&results);
  results = search (fixture->repository, "", "mining");
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 2);
  g_assert_cmpuint (facet_count (results, VW_CASE_TAG_KPI, "downtime"), ==, 2);
  g_clear_object (&results);
  results = search (fixture->repository, NULL, NULL);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 4);
  g_assert_cmpuint (facet_count (results, VW_CASE_TAG_INDUSTRY, "mining"), ==, 2);
  g_assert_cmpuint (facet_count (results, VW_CASE_TAG_KPI, "energy"), ==, 1);
  /* Most frequent first. */
  g_assert_cmpstr (((VwCaseTag *) g_ptr_array_index (
                      vw_case_search_results_get_facets (results, VW_CASE_TAG_INDUSTRY), 0))->key,
                   ==, "mining");
  g_clear_object (&results);
  results = search (fixture->repository, "", "no_such_industry");
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 0);
  g_clear_object (&results);

  /* Query syntax typed by the user is only text, never an FTS5 error. */
  results = search (fixture->repository, "\"vibration AND (NEAR* -title: ^", NULL);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 0);
  g_clear_object (&results);
  results = search (fixture->repository, "Vibration", NULL);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 2);

  /* A removed case leaves the facet counts too. */
  g_clear_object (&results);
  g_assert_true (vw_case_repository_remove (fixture->repository,
                                            vw_reference_case_get_uid (mine), NULL));
  results = search (fixture->repository, NULL, NULL);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 3);
  g_assert_cmpuint (facet_count (results, VW_CASE_TAG_INDUSTRY, "mining"), ==, 1);
}

/* Median and P10–P90 (type 7) of the improvement over the cases of an industry. */
static void
test_benchmark (Fixture       *fixture,
                gconstpointer  data)
{
  /* Downtime before → after; improvements 0.1, 0.2, 0.3, 0.4, 0.5 in paper. */
  const double after[] = { 90, 80, 70, 60, 50 };
  g_autoptr(VwReferenceCase) elsewhere = NULL;
  VwCaseBenchmark benchmark = { 0 };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (after); i++)
    {
      g_autofree char *title = g_strdup_printf ("Paper line %u", i);
      g_autoptr(VwReferenceCase) reference_case = NULL;

      reference_case = vw_cases_test_make_case (title, "paper", "", "downtime", 100, after[i]);
      add_case (fixture->repository, reference_case);
    }
  elsewhere = vw_cases_test_make_case ("A mine", "mining", "", "downtime", 100, 10);
  add_case (fixture->repository, elsewhere);

  g_assert_true (vw_case_repository_benchmark (fixture->repository, "paper", "downtime",
                                               VW_CASE_MEASURE_IMPROVEMENT, &benchmark, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (benchmark.n_cases, ==, 5);
  g_assert_cmpfloat_with_epsilon (benchmark.median, 0.3, 1e-12);
  g_assert_cmpfloat_with_epsilon (benchmark.p10, 0.14, 1e-12);
  g_assert_cmpfloat_with_epsilon (benchmark.p90, 0.46, 1e-12);
  g_assert_cmpstr (benchmark.unit, ==, "h/year");
  vw_case_benchmark_clear (&benchmark);

  g_assert_true (vw_case_repository_benchmark (fixture->repository, NULL, "downtime",
                                               VW_CASE_MEASURE_REALIZED, &benchmark, &error));
  g_assert_cmpuint (benchmark.n_cases, ==, 6);
  g_assert_cmpfloat_with_epsilon (benchmark.median, 65, 1e-12);
  vw_case_benchmark_clear (&benchmark);

  g_assert_false (vw_case_repository_benchmark (fixture->repository, "retail", "downtime",
                                                VW_CASE_MEASURE_IMPROVEMENT, &benchmark, &error));
  g_assert_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NO_DATA);
}

/* Facet counts against a straightforward SQL count: for every facet value, the matching
 * cases that carry it, from case_tag; the total, from reference_case. */
static void
assert_facets_match_sql (VwCaseRepository *repository,
                         const char       *path,
                         const char       *text,
                         const char       *industry,
                         const char       *element)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VwCaseSearchResults) results = NULL;
  g_autofree char *match = NULL;
  g_autofree char *word = g_strstrip (g_strdup (text != NULL ? text : ""));
  VwCaseQuery query = { .text = text, .industry = industry, .element = element };
#define WHERE(id) " (?1 IS NULL OR " id " IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?1))" \
                  " AND (?2 IS NULL OR " id " IN (SELECT case_id FROM case_tag" \
                  "  WHERE kind = 0 AND key = ?2))" \
                  " AND (?3 IS NULL OR " id " IN (SELECT case_id FROM case_tag" \
                  "  WHERE kind = 1 AND key = ?3))"
  const char *where_tag = WHERE ("t.case_id");
  const char *where_case = WHERE ("id");
#undef WHERE
  g_autofree char *count_sql = g_strconcat ("SELECT kind, key, count (DISTINCT case_id)"
                                            " FROM case_tag t WHERE kind < 4 AND",
                                            where_tag, " GROUP BY kind, key", NULL);
  g_autofree char *total_sql = g_strconcat ("SELECT count (*) FROM reference_case WHERE",
                                            where_case, NULL);
  sqlite3_stmt *s = NULL;
  sqlite3 *db = NULL;
  guint n_values = 0, n_facets = 0;

  results = vw_case_repository_search (repository, &query, NULL, &error);
  g_assert_no_error (error);

  /* The search's words as a plain FTS5 query: whole words (the test's text ends with a
   * space), in the text columns. */
  if (word[0] != '\0')
    match = g_strdup_printf ("{title tags_text summary story} : \"%s\"", word);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint pass = 0; pass < 2; pass++)
    {
      g_assert_cmpint (sqlite3_prepare_v2 (db, pass == 0 ? total_sql : count_sql, -1, &s,
                                           NULL), ==, SQLITE_OK);
      sqlite3_bind_text (s, 1, match, -1, SQLITE_STATIC);
      sqlite3_bind_text (s, 2, industry, -1, SQLITE_STATIC);
      sqlite3_bind_text (s, 3, element, -1, SQLITE_STATIC);
      while (sqlite3_step (s) == SQLITE_ROW)
        {
          if (pass == 0)
            {
              g_assert_cmpuint (vw_case_search_results_get_total (results), ==,
                                sqlite3_column_int (s, 0));
              continue;
            }
          g_assert_cmpuint (facet_count (results, sqlite3_column_int (s, 0),
                                         (const char *) sqlite3_column_text (s, 1)),
                            ==, sqlite3_column_int (s, 2));
          n_values++;
        }
      sqlite3_finalize (s);
    }
  sqlite3_close (db);

  /* No facet the SQL does not know either. */
  for (guint kind = 0; kind < VW_CASE_TAG_N_FACETS; kind++)
    n_facets += vw_case_search_results_get_facets (results, kind)->len;
  g_assert_cmpuint (n_facets, ==, n_values);
}

static void
add_generated_cases (VwCaseRepository *repository,
                     GRand            *rand,
                     guint             first,
                     guint             n)
{
  static const char * const words[] = { "pump", "valve", "motor", "seal", "crane" };
  static const char * const industries[] = { "paper", "mining", "energy", "ports", "retail" };
  static const char * const elements[] = { "uptime", "safety", "energy_saving" };
  static const char * const kpis[] = { "downtime", "energy", "oee" };
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  VwCaseImportReport report = { 0 };

  for (guint i = first; i < first + n; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s service %u",
                                                words[g_rand_int_range (rand, 0, 5)], i);
      g_autofree char *summary = g_strdup_printf ("The %s and the %s.",
                                                  words[g_rand_int_range (rand, 0, 5)],
                                                  words[g_rand_int_range (rand, 0, 5)]);
      VwReferenceCase *reference_case;

      reference_case = vw_cases_test_make_case (title, industries[g_rand_int_range (rand, 0, 5)],
                                                summary, kpis[g_rand_int_range (rand, 0, 3)],
                                                100, 80);
      /* One or two elements, possibly the same twice, and their dimension. */
      for (guint e = 0; e < (guint) g_rand_int_range (rand, 1, 3); e++)
        {
          const char *element = elements[g_rand_int_range (rand, 0, 3)];

          vw_reference_case_add_tag (reference_case, VW_CASE_TAG_ELEMENT, element, element);
          vw_reference_case_add_tag (reference_case, VW_CASE_TAG_DIMENSION, "operational",
                                     "Operational");
        }
      /* Values of a handful of cases (kept as lists, not bitsets, by the search). */
      if (i % 97 == 5)
        vw_reference_case_add_tag (reference_case, VW_CASE_TAG_ELEMENT, "rare", "Rare");
      if (i % 211 == 7)
        vw_reference_case_add_tag (reference_case, VW_CASE_TAG_KPI, "scrap", "Scrap");
      /* Rare among the first 300 cases (a list), common after them (then a bitset). */
      if (i < 300 ? i % 50 == 0 : i % 3 == 0)
        vw_reference_case_add_tag (reference_case, VW_CASE_TAG_ELEMENT, "late", "Late");
      g_ptr_array_add (cases, reference_case);
    }
  g_assert_true (vw_case_repository_add_many (repository, cases, &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.added, ==, n);
  vw_case_import_report_clear (&report);
}

static void
assert_all_facets_match_sql (Fixture *fixture)
{
  const struct { const char *text, *industry, *element; } queries[] = {
    { NULL, NULL, NULL }, { "", "mining", NULL }, { "", NULL, "rare" },
    { "pump ", NULL, NULL }, { "valve ", "paper", NULL }, { "seal ", "energy", "uptime" },
    { "crane ", NULL, "rare" }, { "nothing ", NULL, NULL }, { "", NULL, "late" },
    { "pump ", "ports", "late" },
  };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    assert_facets_match_sql (fixture->repository, fixture->path, queries[q].text,
                             queries[q].industry, queries[q].element);
}

/* The search's facet counts (an in-memory copy of the facets, updated as cases are added and
 * reloaded when one is removed) equal a plain SQL count, for common and rare values, after
 * an import that grows the repository past the copy's first size, and after removals. */
static void
test_facets_match_sql (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GError) error = NULL;
  g_autoptr(VwCaseSearchResults) results = NULL;
  VwCaseQuery everything = { .limit = 500 };

  add_generated_cases (fixture->repository, rand, 0, 300);
  assert_all_facets_match_sql (fixture);

  /* More cases than the first bitsets hold: they grow, and the rare values stay lists. */
  add_generated_cases (fixture->repository, rand, 300, 900);
  assert_all_facets_match_sql (fixture);

  /* Removed cases leave every count. */
  results = vw_case_repository_search (fixture->repository, &everything, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 40; i++)
    g_assert_true (vw_case_repository_remove (fixture->repository,
                                              vw_reference_case_get_uid (hit (results, i * 3)),
                                              NULL));
  assert_all_facets_match_sql (fixture);
  add_generated_cases (fixture->repository, rand, 1200, 10);
  assert_all_facets_match_sql (fixture);
}

static void
search_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  VwCaseSearchResults **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = vw_case_repository_search_finish (VW_CASE_REPOSITORY (source), result, &error);
  g_assert_no_error (error);
}

/* The async search runs in a thread and returns on the caller's main context. */
static void
test_search_async (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(VwReferenceCase) reference_case = NULL;
  g_autoptr(VwCaseSearchResults) results = NULL;
  VwCaseQuery query = { .text = "board" };

  reference_case = vw_cases_test_make_case ("Board machine rebuild", "paper", "", "downtime",
                                            10, 5);
  add_case (fixture->repository, reference_case);

  vw_case_repository_search_async (fixture->repository, &query, NULL, search_done, &results);
  while (results == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cases/create", Fixture, NULL, fixture_setup, test_create, fixture_teardown);
  g_test_add ("/cases/add-get-duplicate", Fixture, NULL, fixture_setup, test_add_get_duplicate,
              fixture_teardown);
  g_test_add ("/cases/validate", Fixture, NULL, fixture_setup, test_validate, fixture_teardown);
  g_test_add ("/cases/search-ranking-facets", Fixture, NULL, fixture_setup,
              test_search_ranking_facets, fixture_teardown);
  g_test_add ("/cases/benchmark", Fixture, NULL, fixture_setup, test_benchmark,
              fixture_teardown);
  g_test_add ("/cases/facets-match-sql", Fixture, NULL, fixture_setup, test_facets_match_sql,
              fixture_teardown);
  g_test_add ("/cases/search-async", Fixture, NULL, fixture_setup, test_search_async,
              fixture_teardown);

  return g_test_run ();
}
