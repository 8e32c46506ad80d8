/* test-cases-view.c: the reference cases view with the example case and a temporary repository
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "vw-attached-cases-group.h"
#include "vw-benchmark-group.h"
#include "vw-cases-test-util.h"
#include "vw-cases-view.h"
#include "vw-element-evidence.h"
#include "vw-evidence-page.h"
#include "vw-items.h"
#include "vw-promote-dialog.h"
#include "vw-test-utils.h"
#include "vw-vwb.h"

#define TIMEOUT_MS 20000
#define N_PAPER    14
#define N_CASES    3000

static char *tmp_dir;
static char *db_path;
static GFile *no_samples;

static gboolean
wait_until (gboolean (*predicate) (gpointer),
            gpointer   data)
{
  return vw_test_wait_until (predicate, data, TIMEOUT_MS);
}

static gboolean
view_idle (gpointer view)
{
  return !vw_cases_view_get_busy (view) && vw_cases_view_get_repository (view) != NULL;
}

static gboolean
attached_done (gpointer group)
{
  return !vw_attached_cases_group_get_busy (group);
}

static gboolean
benchmarks_done (gpointer group)
{
  return !vw_benchmark_group_get_busy (group);
}

/* 14 verified paper cases with downtime figures (baseline 100 h, realized 62 h = 38 % less in
 * the middle), and many more of other industries, so searches have something to sift. */
static void
make_repository (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VwCaseRepository) repository = vw_case_repository_open (db_path, 0, &error);
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  VwCaseImportReport report = { 0 };

  g_assert_no_error (error);
  for (guint i = 0; i < N_PAPER; i++)
    {
      g_autofree char *title = g_strdup_printf ("Board machine %u: fewer unplanned stops", i);
      /* realized 49…78 h: improvements 22 %…51 % */
      double realized = 78 - i * (29.0 / (N_PAPER - 1));

      g_ptr_array_add (cases, vw_cases_test_make_case (title, "paper",
                                                       "Condition monitoring cut the "
                                                       "unplanned downtime of the line.",
                                                       "downtime", 100, realized));
    }
  for (guint i = N_PAPER; i < N_CASES; i++)
    {
      g_autofree char *title = g_strdup_printf ("Fleet %u: lower fuel cost", i);

      g_ptr_array_add (cases, vw_cases_test_make_case (title, i % 2 ? "ports" : "energy",
                                                       "Hull cleaning and engine tuning saved "
                                                       "fuel over the year.",
                                                       "fuel", 1000, 900 - i % 50));
    }
  g_assert_true (vw_case_repository_add_many (repository, cases, &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.added, ==, N_CASES);
  vw_case_import_report_clear (&report);
}

/* The example case on the Evidence & Cases page, in a window of its own with a toast overlay
 * as in the main window, its reference cases view shown. */
static GtkWindow *
open_cases_view (VwCasesView **view_out)
{
  g_autofree char *path = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "samples",
                                            "example-case.vwb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) document = vw_vwb_load_file (file, NULL, NULL, &error);
  g_autoptr(VwCaseModel) case_model = NULL;
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = vw_evidence_page_new ();
  VwCasesView *view = VW_CASES_VIEW (vw_evidence_page_get_cases_view (VW_EVIDENCE_PAGE (page)));

  g_assert_no_error (error);
  case_model = vw_case_model_new (document);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  vw_page_set_case (VW_PAGE (page), document, case_model);
  g_object_set_data_full (G_OBJECT (window), "vw-document", g_object_ref (document),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (window), "vw-case-model", g_object_ref (case_model),
                          g_object_unref);
  /* No samples here (a bundle that is not there): the counts are the generated cases'. */
  vw_cases_view_set_repository_path (view, db_path, no_samples);
  vw_test_show_and_wait (GTK_WINDOW (window));
  /* Showing the view opens the repository, in a worker, and searches everything. */
  vw_evidence_page_show_view (VW_EVIDENCE_PAGE (page), "cases");
  g_assert_true (wait_until (view_idle, view));
  *view_out = view;
  return GTK_WINDOW (window);
}

static VwDocument *
window_document (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "vw-document");
}

static void
search (VwCasesView *view,
        const char  *text)
{
  gtk_editable_set_text (vw_cases_view_get_search_entry (view), text);
  vw_cases_view_search (view);  /* at once, not after the entry's typing delay */
  g_assert_true (wait_until (view_idle, view));
}

static VwReferenceCase *
first_result (VwCasesView *view)
{
  GListModel *cases = vw_case_search_results_get_cases (vw_cases_view_get_results (view));

  g_assert_cmpuint (g_list_model_get_n_items (cases), >, 0);
  return g_list_model_get_item (cases, 0);
}

/* Search as you type, facets, snippets: what the user sees follows the repository. */
static void
test_search_and_facets (void)
{
  VwCasesView *view;
  GtkWindow *window = open_cases_view (&view);
  g_autoptr(VwReferenceCase) hit = NULL;
  VwCaseSearchResults *results = vw_cases_view_get_results (view);
  GPtrArray *industries;

  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, N_CASES);
  industries = vw_case_search_results_get_facets (results, VW_CASE_TAG_INDUSTRY);
  g_assert_cmpuint (industries->len, ==, 3);

  /* The last word is a prefix: "unplanned sto" finds the 14 paper cases. */
  search (view, "unplanned sto");
  results = vw_cases_view_get_results (view);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, N_PAPER);
  hit = first_result (view);
  g_assert_nonnull (strstr (vw_reference_case_get_snippet (hit), VW_CASE_SNIPPET_OPEN));

  /* A facet narrows the matches; choosing it again clears it. */
  search (view, "");
  vw_cases_view_set_facet (view, VW_CASE_TAG_INDUSTRY, "ports");
  g_assert_true (wait_until (view_idle, view));
  g_assert_cmpuint (vw_case_search_results_get_total (vw_cases_view_get_results (view)), ==,
                    (N_CASES - N_PAPER) / 2 + ((N_CASES - N_PAPER) % 2));
  vw_cases_view_set_facet (view, VW_CASE_TAG_INDUSTRY, NULL);
  g_assert_true (wait_until (view_idle, view));
  g_assert_cmpuint (vw_case_search_results_get_total (vw_cases_view_get_results (view)), ==,
                    N_CASES);

  vw_test_render_and_count (GTK_WIDGET (window), "evidence-cases.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint ticks;

static gboolean
tick_cb (gpointer data)
{
  ticks++;
  return G_SOURCE_CONTINUE;
}

/* The search runs in a worker: the call returns at once, the main loop keeps running (a timer
 * fires, the entry takes text) until the result arrives, and of several searches typed in a
 * row only the last one's result is shown. */
static void
test_search_does_not_block (void)
{
  VwCasesView *view;
  GtkWindow *window = open_cases_view (&view);
  VwCaseSearchResults *before;
  GtkEditable *entry = vw_cases_view_get_search_entry (view);
  guint timer = g_timeout_add (1, tick_cb, NULL);
  gint64 start, longest = 0, last;
  guint searches = 0;

  ticks = 0;
  start = last = g_get_monotonic_time ();
  for (const char *const *text = (const char * const[]) { "f", "fu", "fue", "fuel", "fuel c",
                                                          "fuel co", "fuel cost", NULL };
       *text != NULL; text++)
    {
      gtk_editable_set_text (entry, *text);
      before = vw_cases_view_get_results (view);
      vw_cases_view_search (view);
      searches++;
      /* Returned before the worker answered. */
      g_assert_true (vw_cases_view_get_busy (view));
      g_assert_true (vw_cases_view_get_results (view) == before);
      g_assert_cmpstr (gtk_editable_get_text (entry), ==, *text);
      g_main_context_iteration (NULL, FALSE);
    }
  while (vw_cases_view_get_busy (view))
    {
      gint64 now = g_get_monotonic_time ();

      longest = MAX (longest, now - last);
      last = now;
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (timer);

  /* The result is the last search's: every fuel case matches "fuel cost". */
  g_assert_cmpuint (vw_case_search_results_get_total (vw_cases_view_get_results (view)), ==,
                    N_CASES - N_PAPER);
  g_assert_cmpuint (ticks, >, 0);
  /* Figures for the report, not limits: machines differ. */
  g_test_message ("%u searches in %.1f ms; the main loop ran %u timer ticks, longest "
                  "iteration %.1f ms", searches, (g_get_monotonic_time () - start) / 1000.0,
                  ticks, longest / 1000.0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Use as evidence" stores the case in the element, one undo step. */
static void
test_use_as_evidence (void)
{
  VwCasesView *view;
  GtkWindow *window = open_cases_view (&view);
  VwDocument *doc = window_document (window);
  VwItem *uptime = vw_document_find (doc, VW_ITEM_ELEMENT, "uptime");
  g_autoptr(VwReferenceCase) hit = NULL;
  g_autofree char *summary = NULL;
  VwAttachedCasesGroup *attached;

  search (view, "unplanned");
  hit = first_result (view);
  summary = vw_cases_view_dup_case_summary (hit);
  g_assert_true (g_str_has_prefix (summary, "Reference case: Board machine"));
  g_assert_nonnull (strstr (summary, "% better)"));

  g_assert_true (vw_cases_view_use_as_evidence (view, hit, "uptime"));
  g_assert_true (vw_element_has_case (uptime, vw_reference_case_get_uid (hit)));
  g_assert_nonnull (strstr (vw_item_get_string (uptime, "evidence"), summary));
  g_assert_false (vw_cases_view_use_as_evidence (view, hit, "uptime"));
  g_assert_false (vw_cases_view_use_as_evidence (view, hit, "no_such_element"));

  /* "Evidence in this case" lists it, with its title from the repository; removing it there
   * takes the line out of the evidence too. */
  attached = VW_ATTACHED_CASES_GROUP (vw_test_find_by_type (GTK_WIDGET (view),
                                                            VW_TYPE_ATTACHED_CASES_GROUP, NULL));
  g_assert_true (wait_until (attached_done, attached));
  g_assert_cmpuint (vw_attached_cases_group_get_n_rows (attached), ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (attached)));
  g_assert_true (vw_attached_cases_group_remove_at (attached, 0));
  g_assert_false (vw_element_has_case (uptime, vw_reference_case_get_uid (hit)));
  g_assert_null (strstr (vw_item_get_string (uptime, "evidence"), summary));
  g_assert_true (wait_until (attached_done, attached));
  g_assert_cmpuint (vw_attached_cases_group_get_n_rows (attached), ==, 0);
  g_assert_true (vw_document_undo (doc));
  g_assert_true (vw_element_has_case (uptime, vw_reference_case_get_uid (hit)));

  g_assert_true (vw_document_undo (doc));
  g_assert_false (vw_element_has_case (uptime, vw_reference_case_get_uid (hit)));
  g_assert_null (strstr (vw_item_get_string (uptime, "evidence"), summary));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Benchmark defaults: the paper cases' downtime, median and P10–P90 of the improvement, set an
 * input's value and range in one undoable step. */
static void
test_benchmark_defaults (void)
{
  VwCasesView *view;
  GtkWindow *window = open_cases_view (&view);
  VwDocument *doc = window_document (window);
  VwItem *availability = VW_ITEM (vw_document_find_variable (doc, "availability"));
  VwBenchmarkGroup *group;
  VwCaseModel *cm = g_object_get_data (G_OBJECT (window), "vw-case-model");
  VwValue value;

  vw_cases_view_set_facet (view, VW_CASE_TAG_INDUSTRY, "paper");
  g_assert_true (wait_until (view_idle, view));
  group = VW_BENCHMARK_GROUP (vw_test_find_by_type (GTK_WIDGET (view), VW_TYPE_BENCHMARK_GROUP,
                                                    NULL));
  g_assert_true (wait_until (benchmarks_done, group));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (group)));

  /* Row 0 is the improvement of downtime: median 36.5 %, P10 25 %, P90 48 %. */
  g_assert_true (vw_benchmark_group_apply (group, 0, "availability"));
  g_assert_cmpstr (vw_document_get_undo_label (doc), ==, "Set input from benchmark");
  vw_case_model_evaluate (cm);
  g_assert_true (vw_case_model_get_value (cm, "availability", "service_contract", &value));
  g_assert_cmpfloat_with_epsilon (value.scalar, 0.365, 1e-9);
  g_assert_cmpstr (vw_item_get_string (availability, "distribution"), ==, "lognormal");
  g_assert_true (g_str_has_prefix (vw_item_get_string (availability, "source"), "Benchmark:"));

  g_assert_true (vw_document_undo (doc));
  g_assert_cmpstr (vw_item_get_string (availability, "distribution"), ==, "triangular");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
window_gone (gpointer weak)
{
  return *(gpointer *) weak == NULL;
}

/* Promote: the preview names neither the customer nor a person, the add runs in a worker, and
 * a second promotion of the same case is refused as a duplicate. */
static void
test_promote (void)
{
  VwCasesView *view;
  GtkWindow *window = open_cases_view (&view);
  VwDocument *doc = window_document (window);
  VwCaseRepository *repository = vw_cases_view_get_repository (view);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  VwReferenceCase *preview;
  GString *text = g_string_new (NULL);
  g_autofree char *all = NULL;
  guint before = vw_case_repository_count (repository, NULL);
  gpointer weak;

  dialog = vw_promote_dialog_new (doc, repository, &error);
  g_assert_no_error (error);
  gtk_window_present (dialog);
  preview = vw_promote_dialog_get_preview (VW_PROMOTE_DIALOG (dialog));
  g_string_append_printf (text, "%s\n%s\n%s", vw_reference_case_get_title (preview),
                          vw_reference_case_get_summary (preview),
                          vw_reference_case_get_story (preview));
  all = g_string_free (text, FALSE);
  g_assert_null (strstr (all, "Kaskimäki"));
  g_assert_null (strstr (all, "Heikkinen"));
  g_assert_null (strstr (all, "Lindqvist"));
  g_assert_cmpstr (vw_reference_case_get_industry (preview), ==, "paper");

  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  vw_promote_dialog_add (VW_PROMOTE_DIALOG (dialog));
  g_assert_true (wait_until (window_gone, &weak));
  g_assert_cmpuint (vw_case_repository_count (repository, NULL), ==, before + 1);

  /* Again: the same case is already there; the dialog stays open and says so. */
  dialog = vw_promote_dialog_new (doc, repository, &error);
  g_assert_no_error (error);
  gtk_window_present (dialog);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  vw_promote_dialog_add (VW_PROMOTE_DIALOG (dialog));
  vw_test_iterate (300);
  g_assert_nonnull (weak);
  g_assert_cmpuint (vw_case_repository_count (repository, NULL), ==, before + 1);
  vw_test_render_and_count (GTK_WIDGET (dialog), "evidence-promote.png");
  gtk_window_destroy (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* First use: an empty repository gets the sample cases (from the source tree, for a binary
 * in the build directory), labelled as samples, once. */
static void
test_seed_samples (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "first-use.sqlite", NULL);
  guint seeded = 0;

  for (guint round = 0; round < 2; round++)
    {
      VwCasesView *view = VW_CASES_VIEW (vw_cases_view_new ());
      GtkWidget *window = gtk_window_new ();
      GListModel *cases;
      g_autoptr(VwReferenceCase) first = NULL;

      vw_cases_view_set_repository_path (view, path, NULL);
      gtk_window_set_default_size (GTK_WINDOW (window), 900, 800);
      gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
      vw_test_show_and_wait (GTK_WINDOW (window));
      g_assert_true (wait_until (view_idle, view));

      cases = vw_case_search_results_get_cases (vw_cases_view_get_results (view));
      first = g_list_model_get_item (cases, 0);
      g_assert_true (vw_reference_case_get_sample (first));
      if (round == 0)
        {
          seeded = vw_case_search_results_get_total (vw_cases_view_get_results (view));
          g_assert_cmpuint (seeded, >=, 30);
          vw_test_iterate (300);
          vw_test_render_and_count (window, "evidence-cases-samples.png");
          /* The user removes one: it stays removed, the samples are not seeded again. */
          g_assert_true (vw_case_repository_remove (vw_cases_view_get_repository (view),
                                                    vw_reference_case_get_uid (first), NULL));
        }
      else
        g_assert_cmpuint (vw_case_search_results_get_total (vw_cases_view_get_results (view)),
                          ==, seeded - 1);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static gboolean
not_opening (gpointer view)
{
  return !vw_cases_view_get_busy (view);
}

/* A file that is not a case repository: the view says why, and the file is left as it was. */
static void
test_damaged_repository (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "damaged.sqlite", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  VwCasesView *view = VW_CASES_VIEW (vw_cases_view_new ());
  GtkWidget *window = gtk_window_new ();
  GtkWidget *status;

  g_assert_true (g_file_set_contents (path, "SQLite format 3\nthis is not a database", -1,
                                      NULL));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  vw_cases_view_set_repository_path (view, path, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  vw_test_show_and_wait (GTK_WINDOW (window));
  g_assert_true (wait_until (not_opening, view));

  g_assert_null (vw_cases_view_get_repository (view));
  status = vw_test_find_by_type (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE, NULL);
  while (status != NULL && !gtk_widget_get_child_visible (status))
    status = gtk_widget_get_next_sibling (status);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==,
                   "The Case Repository Cannot Be Opened");
  g_assert_nonnull (adw_status_page_get_description (ADW_STATUS_PAGE (status)));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  tmp_dir = g_dir_make_tmp ("vw-cases-view-XXXXXX", NULL);
  data_home = g_build_filename (tmp_dir, "data-home", NULL);
  db_path = g_build_filename (tmp_dir, "cases.sqlite", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  no_samples = g_file_new_build_filename (tmp_dir, "no-samples.vwcases", NULL);

  vw_test_init (&argc, &argv);
  make_repository ();

  g_test_add_func ("/cases-view/search-and-facets", test_search_and_facets);
  g_test_add_func ("/cases-view/search-does-not-block", test_search_does_not_block);
  g_test_add_func ("/cases-view/use-as-evidence", test_use_as_evidence);
  g_test_add_func ("/cases-view/benchmark-defaults", test_benchmark_defaults);
  g_test_add_func ("/cases-view/promote", test_promote);
  g_test_add_func ("/cases-view/damaged-repository", test_damaged_repository);
  g_test_add_func ("/cases-view/seed-samples", test_seed_samples);

  status = g_test_run ();
  vw_cases_test_rmdir (tmp_dir);
  g_free (tmp_dir);
  g_free (db_path);
  g_object_unref (no_samples);
  return status;
}
