/* test-case-bundle.c: bundles out and in, duplicates, value cases and other repositories
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include <glib/gstdio.h>

#include "vw-cases-test-util.h"

static VwCaseRepository *
open_repository (const char *dir,
                 const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  VwCaseRepository *repository = vw_case_repository_open (path, VW_CASE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  return repository;
}

static void
fill (VwCaseRepository *repository)
{
  const char *industries[] = { "paper", "mining", "energy", "ports" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *title = g_strdup_printf ("Case %u <with> “markup” & newlines", i);
      g_autoptr(VwReferenceCase) reference_case = NULL;

      reference_case = vw_cases_test_make_case (title, industries[i % 4],
                                                "First line\nsecond line\twith a tab",
                                                "downtime", 100 + i, 50.5 + i);
      vw_reference_case_set_sample (reference_case, i % 2 == 0);
      vw_reference_case_add_tag (reference_case, VW_CASE_TAG_REGION, "nordics", "Nordics");
      g_assert_true (vw_case_repository_add (repository, reference_case, &error));
      g_assert_no_error (error);
    }
}

/* Export → import elsewhere gives the same cases (same ids and fingerprints); importing
 * again adds nothing: every case is a duplicate. */
static void
test_round_trip_duplicates (void)
{
  g_autofree char *dir = vw_cases_test_tmpdir ();
  g_autofree char *bundle_path = g_build_filename (dir, "team.vwcases", NULL);
  g_autoptr(GFile) bundle = g_file_new_for_path (bundle_path);
  g_autoptr(VwCaseRepository) source = open_repository (dir, "a.sqlite");
  g_autoptr(VwCaseRepository) target = open_repository (dir, "b.sqlite");
  g_autoptr(VwCaseSearchResults) all = NULL;
  VwCaseImportReport report = { 0 };
  VwCaseQuery everything = { .limit = 100 };
  g_autoptr(GError) error = NULL;
  guint n = 0;

  fill (source);
  g_assert_true (vw_case_repository_export_bundle (source, bundle, NULL, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 8);

  g_assert_true (vw_case_repository_import_file (target, bundle, NULL, &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.added, ==, 8);
  g_assert_cmpuint (report.duplicates, ==, 0);
  vw_case_import_report_clear (&report);

  all = vw_case_repository_search (source, &everything, NULL, &error);
  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(VwReferenceCase) original = g_list_model_get_item (
        vw_case_search_results_get_cases (all), i);
      g_autoptr(VwReferenceCase) copy = vw_case_repository_get (
        target, vw_reference_case_get_uid (original), &error);
      const VwCaseFigure *a, *b;

      g_assert_no_error (error);
      g_assert_cmpstr (vw_reference_case_get_title (copy), ==,
                       vw_reference_case_get_title (original));
      g_assert_cmpstr (vw_reference_case_get_summary (copy), ==,
                       "First line\nsecond line\twith a tab");
      g_assert_cmpint (vw_reference_case_get_sample (copy), ==,
                       vw_reference_case_get_sample (original));
      g_assert_cmpuint (vw_reference_case_get_tags (copy)->len, ==, 3);
      a = g_ptr_array_index (vw_reference_case_get_figures (original), 0);
      b = g_ptr_array_index (vw_reference_case_get_figures (copy), 0);
      g_assert_cmpfloat (a->realized, ==, b->realized);
      g_assert_true (isnan (b->promised));
      /* The content, re-hashed after the trip, is the same case. */
      g_clear_object (&copy);
    }

  g_assert_true (vw_case_repository_import_file (target, bundle, NULL, &report, NULL, &error));
  g_assert_cmpuint (report.added, ==, 0);
  g_assert_cmpuint (report.duplicates, ==, 8);
  vw_case_import_report_clear (&report);
  g_assert_cmpuint (vw_case_repository_count (target, NULL), ==, 8);

  vw_cases_test_rmdir (dir);
}

/* A .vwb value case is promoted on import; the same case again is a duplicate. */
static void
test_import_value_case (void)
{
  g_autofree char *dir = vw_cases_test_tmpdir ();
  g_autofree char *sample = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "samples",
                                              "example-case.vwb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autoptr(VwCaseRepository) repository = open_repository (dir, "cases.sqlite");
  VwCaseImportReport report = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (vw_case_repository_import_file (repository, file, NULL, &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.added, ==, 1);
  vw_case_import_report_clear (&report);
  g_assert_true (vw_case_repository_import_file (repository, file, NULL, &report, NULL, &error));
  g_assert_cmpuint (report.duplicates, ==, 1);
  vw_case_import_report_clear (&report);

  vw_cases_test_rmdir (dir);
}

/* Another repository file is validated, read, and its cases merged. */
static void
test_import_database (void)
{
  g_autofree char *dir = vw_cases_test_tmpdir ();
  g_autofree char *other_path = g_build_filename (dir, "colleague.sqlite", NULL);
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  g_autoptr(VwCaseRepository) mine = open_repository (dir, "mine.sqlite");
  VwCaseImportReport report = { 0 };
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(VwCaseRepository) colleague = open_repository (dir, "colleague.sqlite");

    fill (colleague);
    /* Checkpoint, so the file alone holds everything (as when sent by mail). */
    g_clear_object (&colleague);
  }

  vw_case_repository_import_file (mine, other_file, NULL, &report, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report.added, ==, 8);
  vw_case_import_report_clear (&report);

  vw_cases_test_rmdir (dir);
}

/* First use imports the samples once; a user who removed them does not get them back. */
static void
test_seed_samples (void)
{
  g_autofree char *dir = vw_cases_test_tmpdir ();
  g_autofree char *bundle_path = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "cases",
                                                   "samples.vwcases", NULL);
  g_autoptr(GFile) bundle = g_file_new_for_path (bundle_path);
  g_autoptr(VwCaseRepository) repository = open_repository (dir, "cases.sqlite");
  g_autoptr(VwCaseSearchResults) results = NULL;
  VwCaseQuery everything = { .limit = 500 };
  g_autoptr(GError) error = NULL;
  guint n_added = 0;

  g_assert_true (vw_case_repository_seed_samples (repository, bundle, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, >=, 30);

  /* Every sample is labelled as one, and the seed industries are all there. */
  results = vw_case_repository_search (repository, &everything, NULL, &error);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, n_added);
  for (guint i = 0; i < g_list_model_get_n_items (vw_case_search_results_get_cases (results)); i++)
    {
      g_autoptr(VwReferenceCase) reference_case = g_list_model_get_item (
        vw_case_search_results_get_cases (results), i);

      g_assert_true (vw_reference_case_get_sample (reference_case));
      g_assert_true (g_str_has_prefix (vw_reference_case_get_title (reference_case), "Sample: "));
    }
  g_assert_cmpuint (vw_case_search_results_get_facets (results, VW_CASE_TAG_INDUSTRY)->len, >=, 8);

  {
    g_autoptr(VwReferenceCase) first = g_list_model_get_item (
      vw_case_search_results_get_cases (results), 0);

    g_assert_true (vw_case_repository_remove (repository, vw_reference_case_get_uid (first),
                                              &error));
  }
  g_assert_true (vw_case_repository_seed_samples (repository, bundle, &n_added, &error));
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpuint (vw_case_repository_count (repository, NULL), ==,
                    vw_case_search_results_get_total (results) - 1);

  vw_cases_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cases/bundle/round-trip-duplicates", test_round_trip_duplicates);
  g_test_add_func ("/cases/bundle/import-value-case", test_import_value_case);
  g_test_add_func ("/cases/bundle/import-database", test_import_database);
  g_test_add_func ("/cases/bundle/seed-samples", test_seed_samples);

  return g_test_run ();
}
