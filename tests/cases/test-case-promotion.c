/* test-case-promotion.c: promotion keeps no name and no internal figure, anywhere
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example case names its customer, seven people, their organizations, the seller and the
 * people who signed off, and holds internal figures (our cost 850 000, target margin 0.25,
 * win probability, a price floor) and private notes. After promotion and storing, every text
 * and number of every table (the case rows, tags, figures, facet values, the full-text
 * index's own tables and its vocabulary) is searched for each of them.
 */

#define _GNU_SOURCE
#include <math.h>
#include <string.h>

#include <sqlite3.h>

#include "vw-cases-test-util.h"

/* Everything of the example case that must never reach the repository. */
static const char * const forbidden_texts[] = {
  "Kaskimäki", "Kaskimaki", "Marja", "Jukka", "Lindqvist", "Sanna", "Heikkinen", "Pekka",
  "Rautio", "Laura", "Nieminen", "Timo", "Salo", "Eva Berg", "Paperiliitto", "Nordic Mutual",
  "Anna Virtanen", "Virtanen",
  /* private notes (an internal field) and the internal variables */
  "keep 5 %", "do not send spreadsheets", "Ex-auditor", "Internal costing", "Our cost",
  "Price floor", "walk-away", "Win probability", "850000", "850 000", "1133333",
};

static const double forbidden_numbers[] = {
  850000, 0.25, 850000 / 0.75, 2140000, 2200000, 0.079, 0.085
};

static void
assert_clean_text (const char *where,
                   const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return;
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (forbidden_texts); i++)
    {
      g_autofree char *needle = g_utf8_casefold (forbidden_texts[i], -1);

      if (strstr (folded, needle) != NULL)
        g_error ("%s holds “%s”: %s", where, forbidden_texts[i], text);
    }
}

/* Every column of every row of every table, including FTS5's shadow tables. */
static void
assert_database_clean (const char *path)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *s = NULL;
  guint n_values = 0;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'",
                                       -1, &s, NULL), ==, SQLITE_OK);
  while (sqlite3_step (s) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (s, 0)));
  sqlite3_finalize (s);
  g_assert_cmpuint (tables->len, >=, 8);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"",
                                              (char *) g_ptr_array_index (tables, t));

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &s, NULL), ==, SQLITE_OK);
      while (sqlite3_step (s) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (s); c++)
          {
            n_values++;
            if (sqlite3_column_type (s, c) == SQLITE_FLOAT
                || sqlite3_column_type (s, c) == SQLITE_INTEGER)
              {
                double value = sqlite3_column_double (s, c);

                for (guint i = 0; i < G_N_ELEMENTS (forbidden_numbers); i++)
                  if (fabs (value - forbidden_numbers[i]) < 1e-9 * fabs (forbidden_numbers[i]))
                    g_error ("%s holds the internal figure %g", sql, value);
              }
            else if (sqlite3_column_type (s, c) == SQLITE_TEXT)
              assert_clean_text (sql, (const char *) sqlite3_column_text (s, c));
            else if (sqlite3_column_type (s, c) == SQLITE_BLOB)
              {
                /* The index's own pages: tokens are stored as (prefix-compressed) bytes. */
                const char *bytes = sqlite3_column_blob (s, c);
                gsize length = sqlite3_column_bytes (s, c);

                for (guint i = 0; i < G_N_ELEMENTS (forbidden_texts); i++)
                  {
                    g_autofree char *lower = g_utf8_strdown (forbidden_texts[i], -1);

                    if (memmem (bytes, length, forbidden_texts[i], strlen (forbidden_texts[i]))
                        || memmem (bytes, length, lower, strlen (lower)))
                      g_error ("%s holds “%s” in a blob", sql, forbidden_texts[i]);
                  }
              }
          }
      sqlite3_finalize (s);
    }
  g_assert_cmpuint (n_values, >, 100);

  /* The index's vocabulary, token by token (folded, without diacritics). */
  g_assert_cmpint (sqlite3_exec (db, "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab"
                                     " (main, case_fts, row)", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT term FROM temp.vocab", -1, &s, NULL), ==,
                   SQLITE_OK);
  {
    static const char * const tokens[] = {
      "kaskimaki", "marja", "jukka", "lindqvist", "sanna", "heikkinen", "rautio", "nieminen",
      "paperiliitto", "virtanen", "850000", "auditor", "spreadsheets",
    };
    guint n_terms = 0;

    while (sqlite3_step (s) == SQLITE_ROW)
      {
        const char *term = (const char *) sqlite3_column_text (s, 0);

        n_terms++;
        for (guint i = 0; i < G_N_ELEMENTS (tokens); i++)
          if (g_str_equal (term, tokens[i]))
            g_error ("the search index has the token “%s”", term);
      }
    g_assert_cmpuint (n_terms, >, 50);
  }
  sqlite3_finalize (s);
  sqlite3_close (db);
}

static VwDocument *
load_example_with_confidential_kpi (void)
{
  VwDocument *document = vw_cases_test_load_sample ("example-case.vwb");
  VwVariable *maintenance_cost = vw_document_find_variable (document, "maintenance_cost");

  /* A KPI computed by a confidential variable is internal: its figures stay out. */
  g_assert_nonnull (maintenance_cost);
  g_assert_true (vw_document_set_bool (document, VW_ITEM (maintenance_cost), "confidential",
                                       TRUE));
  return document;
}

static void
test_promote_preview (void)
{
  g_autoptr(VwDocument) document = load_example_with_confidential_kpi ();
  g_autoptr(VwReferenceCase) reference_case = NULL;
  VwCasePromotionReport report = { 0 };
  g_autoptr(GError) error = NULL;
  GPtrArray *figures;
  gboolean found = FALSE;

  reference_case = vw_case_promote (document, NULL, &report, &error);
  g_assert_no_error (error);

  /* The segment says paper: the customer became the paper industry's descriptor. */
  g_assert_cmpstr (vw_reference_case_get_industry (reference_case), ==, "paper");
  g_assert_cmpstr (vw_reference_case_get_title (reference_case), ==,
                   "A paper and board mill: BM2 maintenance partnership");
  g_assert_nonnull (strstr (vw_reference_case_get_story (reference_case),
                            "downtime log reviewed with the production manager, bm2"));
  assert_clean_text ("title", vw_reference_case_get_title (reference_case));
  assert_clean_text ("summary", vw_reference_case_get_summary (reference_case));
  assert_clean_text ("story", vw_reference_case_get_story (reference_case));

  /* Verified figures: OEE 2025 and 2026. Not the confidential maintenance cost, nor ROCE,
   * whose formula reads it through EBIT (internal transitively), nor EBIT 2026 (promised,
   * not realized yet). */
  figures = vw_reference_case_get_figures (reference_case);
  g_assert_cmpuint (figures->len, ==, 2);
  for (guint i = 0; i < figures->len; i++)
    {
      const VwCaseFigure *figure = g_ptr_array_index (figures, i);

      g_assert_cmpstr (figure->kpi_key, ==, "oee");
      if (g_str_equal (figure->kpi_key, "oee") && g_str_equal (figure->period_label, "2025"))
        {
          g_assert_cmpfloat (figure->baseline, ==, 0.768);
          g_assert_cmpfloat (figure->promised, ==, 0.85);
          g_assert_cmpfloat (figure->realized, ==, 0.842);
          g_assert_true (figure->higher_is_better);
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_assert_cmpstr (vw_reference_case_get_tag_key (reference_case, VW_CASE_TAG_YEAR), ==, "2026");
  g_assert_cmpstr (vw_reference_case_get_tag_key (reference_case, VW_CASE_TAG_APPLICATION), ==,
                   "preventive_maintenance");
  g_assert_nonnull (vw_reference_case_get_tag_key (reference_case, VW_CASE_TAG_ELEMENT));
  g_assert_nonnull (vw_reference_case_get_tag_key (reference_case, VW_CASE_TAG_DIMENSION));

  /* The preview tells the seller what was replaced (this is never stored). */
  g_assert_cmpuint (report.records_used, ==, 2);
  g_assert_cmpuint (report.names_removed, ==, 2);  /* the title and one evidence text */
  g_assert_cmpuint (report.internal_items_removed, >=, 4);
  g_assert_true (g_ptr_array_find_with_equal_func (report.replacements,
                                                  "Kaskimäki Board Oy → a paper and board mill",
                                                  g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (report.replacements,
                                                  "Sanna Heikkinen → the production manager, bm2",
                                                  g_str_equal, NULL));
  vw_case_promotion_report_clear (&report);
}

static void
test_promote_store_clean (void)
{
  g_autoptr(VwDocument) document = load_example_with_confidential_kpi ();
  g_autoptr(VwReferenceCase) reference_case = NULL;
  g_autoptr(VwCaseRepository) repository = NULL;
  g_autoptr(VwCaseSearchResults) results = NULL;
  g_autofree char *dir = vw_cases_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "cases.sqlite", NULL);
  VwCasePromotionOptions options = { .region = "Nordics" };
  g_autoptr(GError) error = NULL;
  VwCaseQuery query = { .text = "heikkinen" };

  repository = vw_case_repository_open (path, VW_CASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  reference_case = vw_case_promote (document, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (vw_case_repository_add (repository, reference_case, &error));
  g_assert_no_error (error);

  /* A search for a removed name finds nothing; the descriptor is found. */
  results = vw_case_repository_search (repository, &query, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 0);
  g_clear_object (&results);
  query.text = "production manager";
  results = vw_case_repository_search (repository, &query, NULL, &error);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 1);

  g_clear_object (&repository);
  assert_database_clean (path);
  vw_cases_test_rmdir (dir);
}

/* A case without a realized value cannot become a reference case. */
static void
test_promote_unverified (void)
{
  g_autoptr(VwDocument) document = vw_cases_test_load_sample ("power-plant.vwb");
  g_autoptr(GError) error = NULL;

  g_assert_null (vw_case_promote (document, NULL, NULL, &error));
  g_assert_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_VERIFIED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cases/promotion/preview", test_promote_preview);
  g_test_add_func ("/cases/promotion/stored-rows-and-index-clean", test_promote_store_clean);
  g_test_add_func ("/cases/promotion/unverified", test_promote_unverified);

  return g_test_run ();
}
