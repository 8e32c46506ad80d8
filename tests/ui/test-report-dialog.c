/* test-report-dialog.c: Export Report (Ctrl+E): editions, preview, enablement
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "vw-report-dialog.h"
#include "vw-report-print.h"
#include "vw-report.h"
#include "vw-vwb.h"
#include "vw-test-utils.h"
#include "vw-window-private.h"

#define TIMEOUT_MS 10000

static gboolean
not_loading (VwWindow *window)
{
  gint64 end = g_get_monotonic_time () + TIMEOUT_MS * 1000;

  while (vw_window_get_loading (window))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
    }
  return TRUE;
}

static VwReportDialog *
find_report_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (VW_IS_REPORT_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static void
test_export_dialog (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "samples",
                                            "example-case.vwb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VwWindow *window = vw_window_new (NULL);
  VwReportDialog *dialog;
  AdwComboRow *edition;
  GtkLabel *note;
  GtkPicture *preview;
  guint customer_pages, internal_pages, person_pages, n_editions;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 680);
  vw_test_show_and_wait (GTK_WINDOW (window));

  /* The start screen has no case to report on. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-report", NULL)
                  && find_report_dialog () != NULL);

  vw_window_open_file (window, file);
  g_assert_true (not_loading (window));
  vw_test_iterate (20);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-report", NULL));
  vw_test_iterate (50);
  dialog = find_report_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));

  /* The customer's edition first: the safe choice. */
  edition = ADW_COMBO_ROW (vw_test_find_by_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, NULL));
  g_assert_cmpuint (adw_combo_row_get_selected (edition), ==, 0);
  customer_pages = vw_report_dialog_get_n_pages (dialog);
  g_assert_cmpuint (customer_pages, >=, 5);

  /* The preview shows a rendered page, not a blank. */
  preview = GTK_PICTURE (vw_test_find_by_type (GTK_WIDGET (dialog), GTK_TYPE_PICTURE, NULL));
  g_assert_nonnull (gtk_picture_get_paintable (preview));
  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (preview), "report-preview.png"), >, 20);

  /* Customer, one per stakeholder (7 in the example), internal last. */
  n_editions = g_list_model_get_n_items (adw_combo_row_get_model (edition));
  g_assert_cmpuint (n_editions, ==, 1 + 7 + 1);
  adw_combo_row_set_selected (edition, n_editions - 1);
  vw_test_iterate (20);
  internal_pages = vw_report_dialog_get_n_pages (dialog);
  g_assert_cmpuint (internal_pages, >=, customer_pages);
  note = GTK_LABEL (vw_test_find_by_type (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "vw-report-note"));
  g_assert_nonnull (strstr (gtk_label_get_text (note), "Never send it to the customer"));

  /* One person's edition holds only their section: shorter than the customer's. */
  adw_combo_row_set_selected (edition, 1);
  vw_test_iterate (20);
  person_pages = vw_report_dialog_get_n_pages (dialog);
  g_assert_cmpuint (person_pages, >, 0);
  g_assert_cmpuint (person_pages, <=, customer_pages);

  gtk_window_close (GTK_WINDOW (dialog));
  vw_test_iterate (20);
  g_assert_null (find_report_dialog ());
  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Print goes through GtkPrintOperation with the report's own page code: exported through
 * GTK's print backend, the pages say what the report's PDF says. */
static void
test_print_same_pages (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "samples",
                                            "example-case.vwb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *dir = g_dir_make_tmp ("vw-report-print-XXXXXX", NULL);
  g_autofree char *direct = g_build_filename (dir, "direct.pdf", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *direct_text = NULL;
  g_autofree char *printed_text = NULL;
  g_auto(GStrv) words = NULL;
  g_auto(GStrv) direct_pages = NULL;
  g_auto(GStrv) printed_pages = NULL;
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = NULL;
  g_autoptr(VwReportLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  VwReportOptions options = { 0 };
  VwLoadReport report = { 0 };

  doc = vw_vwb_load_file (file, NULL, &report, &error);
  vw_load_report_clear (&report);
  g_assert_no_error (error);
  options.audience = "customer";
  options.paper = VW_REPORT_PAPER_LETTER;
  cm = vw_report_new_case_model (doc, options.audience, &error);
  g_assert_no_error (error);
  layout = vw_report_build (cm, &options, &error);
  g_assert_no_error (error);

  g_assert_true (vw_report_write_pdf (layout, cm, &options, direct, &error));
  g_assert_cmpint (vw_report_print_export (layout, options.paper, printed, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  direct_text = pdf_text (direct);
  printed_text = pdf_text (printed);
  /* The same number of pages, and every word of the report on the printed pages. */
  direct_pages = g_strsplit (direct_text, "\f", -1);
  printed_pages = g_strsplit (printed_text, "\f", -1);
  g_assert_cmpuint (g_strv_length (direct_pages), >, 5);
  g_assert_cmpuint (g_strv_length (direct_pages), ==, g_strv_length (printed_pages));
  words = g_regex_split_simple ("\\s+", direct_text, 0, 0);
  g_assert_cmpuint (g_strv_length (words), >, 500);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_assert_nonnull (strstr (printed_text, words[i]));

  g_unlink (direct);
  g_unlink (printed);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  vw_test_init (&argc, &argv);

  g_test_add_func ("/report-dialog/export", test_export_dialog);
  g_test_add_func ("/report-dialog/print-same-pages", test_print_same_pages);

  return g_test_run ();
}
