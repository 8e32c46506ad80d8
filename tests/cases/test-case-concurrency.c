/* test-case-concurrency.c: searches in other threads while an import runs
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WAL: readers never wait for the writer and see the repository as of the last commit, so a
 * search during an import of 3 000 cases sees either none of them or all of them, never a
 * part, and never fails with "database is locked".
 */

#include "vw-cases-test-util.h"

#define N_BEFORE 50
#define N_IMPORT 3000

typedef struct
{
  VwCaseRepository *repository;
  gint             *import_done;
  guint             n_searches;
  guint             n_saw_before;
  guint             n_saw_after;
  guint             n_other;
} Reader;

static gpointer
read_loop (gpointer data)
{
  Reader *reader = data;
  VwCaseQuery query = { .text = "conveyor" };
  gboolean last_round = FALSE;

  while (!last_round)
    {
      g_autoptr(VwCaseSearchResults) results = NULL;
      g_autoptr(GError) error = NULL;
      guint total;

      last_round = g_atomic_int_get (reader->import_done);
      results = vw_case_repository_search (reader->repository, &query, NULL, &error);
      g_assert_no_error (error);
      total = vw_case_search_results_get_total (results);
      reader->n_searches++;

      /* The facet counts come from the same snapshot as the total. */
      g_assert_cmpuint (((VwCaseTag *) g_ptr_array_index (
                           vw_case_search_results_get_facets (results, VW_CASE_TAG_INDUSTRY),
                           0))->count, ==, total);
      if (total == N_BEFORE)
        reader->n_saw_before++;
      else if (total == N_BEFORE + N_IMPORT)
        reader->n_saw_after++;
      else
        reader->n_other++;
    }
  return NULL;
}

static GPtrArray *
make_cases (guint       n,
            const char *prefix)
{
  GPtrArray *cases = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s conveyor case %u", prefix, i);

      g_ptr_array_add (cases, vw_cases_test_make_case (title, "mining",
                                                       "Belt conveyors with condition monitoring "
                                                       "at an open-pit mine.",
                                                       "downtime", 300 + i, 150 + i));
    }
  return cases;
}

static void
test_reads_during_import (void)
{
  g_autofree char *dir = vw_cases_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "cases.sqlite", NULL);
  g_autoptr(VwCaseRepository) repository = NULL;
  g_autoptr(GPtrArray) before = make_cases (N_BEFORE, "Old");
  g_autoptr(GPtrArray) imported = make_cases (N_IMPORT, "New");
  VwCaseImportReport report = { 0 };
  g_autoptr(GError) error = NULL;
  Reader readers[2] = { 0 };
  GThread *threads[2];
  gint import_done = 0;

  repository = vw_case_repository_open (path, VW_CASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (vw_case_repository_add_many (repository, before, NULL, NULL, &error));

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      readers[i].repository = repository;
      readers[i].import_done = &import_done;
      threads[i] = g_thread_new ("reader", read_loop, &readers[i]);
    }

  /* Let the readers start on the old state, then import. */
  while (readers[0].n_searches == 0 || readers[1].n_searches == 0)
    g_thread_yield ();
  g_assert_true (vw_case_repository_add_many (repository, imported, &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.added, ==, N_IMPORT);
  vw_case_import_report_clear (&report);
  g_atomic_int_set (&import_done, 1);

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      g_thread_join (threads[i]);
      g_test_message ("reader %u: %u searches, %u before, %u after", i, readers[i].n_searches,
                      readers[i].n_saw_before, readers[i].n_saw_after);
      g_assert_cmpuint (readers[i].n_other, ==, 0);
      g_assert_cmpuint (readers[i].n_saw_before, >, 0);
      /* The last search started after the commit. */
      g_assert_cmpuint (readers[i].n_saw_after, >, 0);
    }

  g_clear_object (&repository);
  vw_cases_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cases/concurrency/reads-during-import", test_reads_during_import);

  return g_test_run ();
}
