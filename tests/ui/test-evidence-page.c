/* test-evidence-page.c: the Evidence & Cases page with the example case
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "vw-evidence-page.h"
#include "vw-items.h"
#include "vw-record-editor.h"
#include "vw-test-utils.h"
#include "vw-verification-view.h"
#include "vw-vwb.h"

static char *tmp_dir;

/* The page in a window of its own (with a toast overlay, as in the main window, and a second
 * page to switch to), showing @document. The main window's other pages are tested on their
 * own; here the page is measured at its own width. */
static GtkWindow *
window_with_page (VwDocument *document)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *page = vw_evidence_page_new ();
  g_autoptr(VwCaseModel) case_model = vw_case_model_new (document);

  gtk_stack_add_named (GTK_STACK (stack), page, "evidence");
  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("another page"), "other");
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), stack);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  vw_page_set_case (VW_PAGE (page), document, case_model);
  g_object_set_data (G_OBJECT (window), "vw-page", page);
  g_object_set_data (G_OBJECT (window), "vw-stack", stack);
  g_object_set_data_full (G_OBJECT (window), "vw-document", g_object_ref (document),
                          g_object_unref);
  vw_test_show_and_wait (GTK_WINDOW (window));
  vw_test_iterate (50);
  return GTK_WINDOW (window);
}

static GtkWindow *
open_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "samples",
                                            "example-case.vwb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) document = vw_vwb_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return window_with_page (document);
}

static VwDocument *
window_document (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "vw-document");
}

static void
show_page (GtkWindow  *window,
           const char *name)
{
  gtk_stack_set_visible_child_name (g_object_get_data (G_OBJECT (window), "vw-stack"), name);
}

static VwVerificationView *
verification_view (GtkWindow *window)
{
  VwEvidencePage *page = g_object_get_data (G_OBJECT (window), "vw-page");

  return VW_VERIFICATION_VIEW (vw_evidence_page_get_verification_view (page));
}

/* Every label's text below @widget, one per line: what a user can read. */
static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

static char *
view_text (GtkWindow *window)
{
  GString *out = g_string_new (NULL);

  vw_verification_view_refresh (verification_view (window));
  collect_text (GTK_WIDGET (verification_view (window)), out);
  return g_string_free (out, FALSE);
}

/* The row titled @title below @widget (an AdwPreferencesRow). */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
set_entry (GtkWidget  *editor,
           const char *title,
           const char *text)
{
  GtkWidget *row = find_row (editor, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* The first button below @widget whose tooltip is @tooltip. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *tooltip)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_records (VwDocument *doc)
{
  return g_list_model_get_n_items (vw_document_get_items (doc, VW_ITEM_VERIFICATION));
}

/* The example's verification: value delivered to date, each KPI's and element's status, the
 * records with their sign-off, the performance clause. */
static void
test_example_shown (void)
{
  GtkWindow *window = open_example ();
  g_autofree char *text = view_text (window);

  g_assert_nonnull (strstr (text, "Value delivered to date"));
  g_assert_nonnull (strstr (text, "€2,720,000"));
  g_assert_nonnull (strstr (text, "of €2,656,000 promised"));
  g_assert_nonnull (strstr (text, "4 of 5 records measured, 3 signed off"));
  /* KPIs: OEE on track, ROCE behind, EBIT not measured; the element "own cost" ahead. */
  g_assert_nonnull (strstr (text, "Overall equipment effectiveness\n+1.8%"));
  g_assert_nonnull (strstr (text, "Return on capital employed\n−7.1%"));
  g_assert_nonnull (strstr (text, "Behind"));
  g_assert_nonnull (strstr (text, "Ahead"));
  g_assert_nonnull (strstr (text, "Not measured yet"));
  g_assert_nonnull (strstr (text, "Overall equipment effectiveness · 2025"));
  g_assert_nonnull (strstr (text, "Promised 85.0% · realized 84.2%"));
  g_assert_nonnull (strstr (text, "Signed off by Marja Kaskimäki on 2026-02-10"));
  g_assert_nonnull (strstr (text, "Not signed off by the customer"));
  g_assert_nonnull (strstr (text, "Earned to date: €522,632 of €500,000 at risk"));
  g_assert_nonnull (strstr (text, "Earned €239,216 (96%)"));

  vw_test_render_and_count (GTK_WIDGET (window), "evidence-verification.png");
  gtk_window_destroy (window);
}

/* Add a record through the editor, edit it, remove it: each one undoable step. */
static void
test_add_edit_remove_undo (void)
{
  GtkWindow *window = open_example ();
  VwDocument *doc = window_document (window);
  GtkWindow *editor;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *after_edit = NULL;
  VwItem *record;

  g_assert_cmpuint (count_records (doc), ==, 5);

  /* A wrong number is refused with a message, and nothing changes. */
  editor = vw_verification_view_edit_record (verification_view (window), NULL);
  set_entry (GTK_WIDGET (editor), "Period label", "2026");
  set_entry (GTK_WIDGET (editor), "Promised", "2200000");
  set_entry (GTK_WIDGET (editor), "Realized (empty until measured)", "2,1 Mio");
  g_assert_false (vw_record_editor_save (VW_RECORD_EDITOR (editor), &error));
  g_assert_nonnull (strstr (error->message, "2,1 Mio"));
  g_clear_error (&error);
  g_assert_cmpuint (count_records (doc), ==, 5);

  set_entry (GTK_WIDGET (editor), "Realized (empty until measured)", "2,050,000");
  set_entry (GTK_WIDGET (editor), "Sign-off date (YYYY-MM-DD)", "2026-13-01");
  g_assert_false (vw_record_editor_save (VW_RECORD_EDITOR (editor), &error));
  g_assert_nonnull (strstr (error->message, "YYYY-MM-DD"));
  g_clear_error (&error);

  set_entry (GTK_WIDGET (editor), "Sign-off date (YYYY-MM-DD)", "2027-02-12");
  set_entry (GTK_WIDGET (editor), "Signed off by (customer)", "Jukka Lindqvist");
  g_assert_true (vw_record_editor_save (VW_RECORD_EDITOR (editor), &error));
  g_assert_no_error (error);
  gtk_window_destroy (editor);
  g_assert_cmpuint (count_records (doc), ==, 6);

  /* The first KPI and the latest period were proposed. */
  record = vw_document_find (doc, VW_ITEM_VERIFICATION, "oee_kpi_2");
  g_assert_nonnull (record);
  g_assert_cmpfloat (vw_item_get_double (record, "realized"), ==, 2050000);
  text = view_text (window);
  g_assert_nonnull (strstr (text, "Overall equipment effectiveness · 2026\n"));
  g_assert_nonnull (strstr (text, "Signed off by Jukka Lindqvist on 2027-02-12"));

  /* Edit: several fields, one undo step. */
  editor = vw_verification_view_edit_record (verification_view (window), VW_VERIFICATION (record));
  set_entry (GTK_WIDGET (editor), "Promised", "0.85");
  set_entry (GTK_WIDGET (editor), "Realized (empty until measured)", "0.87");
  set_entry (GTK_WIDGET (editor), "Evidence", "MES report 2026");
  g_assert_true (vw_record_editor_save (VW_RECORD_EDITOR (editor), &error));
  gtk_window_destroy (editor);
  g_assert_cmpfloat (vw_item_get_double (record, "realized"), ==, 0.87);
  g_assert_cmpstr (vw_document_get_undo_label (doc), ==, "Edit verification record");
  after_edit = view_text (window);
  g_assert_nonnull (strstr (after_edit, "Promised 85.0% · realized 87.0%"));
  g_assert_true (vw_document_undo (doc));
  g_assert_cmpfloat (vw_item_get_double (record, "realized"), ==, 2050000);
  g_assert_false (vw_item_is_set (record, "evidence"));

  /* Undo the add, redo it. */
  g_assert_true (vw_document_undo (doc));
  g_assert_cmpuint (count_records (doc), ==, 5);
  g_assert_true (vw_document_redo (doc));
  g_assert_cmpuint (count_records (doc), ==, 6);

  /* Remove with the first row's button; Undo (the toast's button) brings it back. */
  vw_verification_view_refresh (verification_view (window));
  g_signal_emit_by_name (find_button (GTK_WIDGET (verification_view (window)), "Remove Record"),
                         "clicked");
  g_assert_cmpuint (count_records (doc), ==, 5);
  g_assert_null (vw_document_find (doc, VW_ITEM_VERIFICATION, "oee_2025"));
  g_assert_true (vw_document_undo (doc));
  g_assert_cmpuint (count_records (doc), ==, 6);
  g_assert_nonnull (vw_document_find (doc, VW_ITEM_VERIFICATION, "oee_2025"));

  gtk_window_destroy (window);
}

/* The clause's share is a document field: changed from the view, undone from the document. */
static void
test_clause_share (void)
{
  GtkWindow *window = open_example ();
  VwDocument *doc = window_document (window);
  VwItem *meta = VW_ITEM (vw_document_get_meta (doc));
  GtkWidget *row = find_row (GTK_WIDGET (verification_view (window)), "Share of the fee at risk");
  GtkWidget *spin = vw_test_find_by_type (row, GTK_TYPE_SPIN_BUTTON, NULL);
  g_autofree char *text = NULL;

  g_assert_nonnull (spin);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 20);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 30);
  g_assert_cmpfloat_with_epsilon (vw_item_get_double (meta, "performance-share"), 0.3, 1e-12);
  text = view_text (window);
  g_assert_nonnull (strstr (text, "Earned to date: €783,948 of €750,000 at risk"));

  g_assert_true (vw_document_undo (doc));
  vw_verification_view_refresh (verification_view (window));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 20);

  /* No share: no clause, and the view says so. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 0);
  g_assert_false (vw_item_is_set (meta, "performance-share"));
  g_clear_pointer (&text, g_free);
  text = view_text (window);
  g_assert_nonnull (strstr (text, "No part of the fee depends on verified value"));

  gtk_window_destroy (window);
}

static char *
shown_text (GtkWindow *window)
{
  GString *out = g_string_new (NULL);

  collect_text (GTK_WIDGET (verification_view (window)), out);
  return g_string_free (out, FALSE);
}

/* Changes made while another page is shown appear when the page is shown again; a slider on
 * another page does not rebuild this one at every move. */
static void
test_follows_changes (void)
{
  GtkWindow *window = open_example ();
  VwDocument *doc = window_document (window);
  g_autofree char *before = NULL;
  g_autofree char *hidden = NULL;
  g_autofree char *after = NULL;

  before = shown_text (window);
  g_assert_nonnull (strstr (before, "Return on capital employed\n−7.1%"));
  show_page (window, "other");
  vw_test_iterate (20);
  g_assert_true (vw_document_set_double (doc, vw_document_find (doc, VW_ITEM_VERIFICATION,
                                                                "roce_2025"),
                                         "realized", 0.095));
  vw_test_iterate (20);
  hidden = shown_text (window);
  g_assert_nonnull (strstr (hidden, "Return on capital employed\n−7.1%"));
  show_page (window, "evidence");
  vw_test_iterate (50);
  after = shown_text (window);
  g_assert_nonnull (strstr (after, "Return on capital employed\n+11.8%"));

  gtk_window_destroy (window);
}

/* A case without records shows the empty state with its one action. */
static void
test_empty_case (void)
{
  g_autoptr(VwDocument) document = vw_document_new ();
  GtkWindow *window = window_with_page (document);
  g_autofree char *text = NULL;
  GString *out = g_string_new (NULL);

  vw_verification_view_refresh (verification_view (window));
  collect_text (GTK_WIDGET (verification_view (window)), out);
  text = g_string_free (out, FALSE);
  g_assert_nonnull (strstr (text, "No Value Verified Yet"));
  g_assert_null (strstr (text, "Value delivered to date"));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  tmp_dir = g_dir_make_tmp ("vw-evidence-XXXXXX", NULL);
  data_home = g_build_filename (tmp_dir, "data-home", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  vw_test_init (&argc, &argv);

  g_test_add_func ("/evidence-page/example", test_example_shown);
  g_test_add_func ("/evidence-page/add-edit-remove-undo", test_add_edit_remove_undo);
  g_test_add_func ("/evidence-page/clause-share", test_clause_share);
  g_test_add_func ("/evidence-page/follows-changes", test_follows_changes);
  g_test_add_func ("/evidence-page/empty", test_empty_case);

  status = g_test_run ();
  g_free (tmp_dir);
  return status;
}
