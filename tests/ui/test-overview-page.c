/* test-overview-page.c: the Overview page with the example case: edits are commands, undo
 * redraws, the checklist scores, alternatives are added, renamed and removed
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vw-alternative-row.h"
#include "vw-overview-page.h"
#include "vw-readiness.h"
#include "vw-test-utils.h"
#include "vw-vwb.h"

typedef struct
{
  GtkWindow   *window;
  VwPage      *page;
  VwDocument  *doc;
  VwCaseModel *cm;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->page = VW_PAGE (vw_overview_page_new ());
  f->window = vw_test_show_page_with_sample (VW_PAGE (f->page), "example-case.vwb", 1000, 1400,
                                             &f->doc, &f->cm);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->cm);
  g_assert_finalize_object (f->doc);
}

/* The first preferences row titled @title under @root. */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GList *
alternative_rows (Fixture *f)
{
  GtkWidget *first = vw_test_find_by_type (GTK_WIDGET (f->page), VW_TYPE_ALTERNATIVE_ROW, NULL);
  GList *rows = NULL;

  g_assert_nonnull (first);
  for (GtkWidget *w = first; w != NULL; w = gtk_widget_get_next_sibling (w))
    if (VW_IS_ALTERNATIVE_ROW (w))
      rows = g_list_append (rows, w);

  return rows;
}

static VwItem *
meta (Fixture *f)
{
  return VW_ITEM (vw_document_get_meta (f->doc));
}

static void
test_details (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *customer = find_row (GTK_WIDGET (f->page), "Customer");
  GtkWidget *currency = find_row (GTK_WIDGET (f->page), "Currency (ISO code, e.g. EUR)");
  GtkWidget *horizon = find_row (GTK_WIDGET (f->page), "_Horizon");
  GtkWidget *start = find_row (GTK_WIDGET (f->page), "_Start date");
  GtkSpinButton *spin;
  GtkMenuButton *date;

  g_assert_nonnull (customer);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (customer)), ==, "Kaskimäki Board Oy");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     find_row (GTK_WIDGET (f->page), "Opportunity"))), ==,
                   "Five-year preventive maintenance contract for BM2 with a performance clause");
  spin = GTK_SPIN_BUTTON (vw_test_find_by_type (horizon, GTK_TYPE_SPIN_BUTTON, NULL));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 5);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (horizon)), ==, "5 years");
  date = GTK_MENU_BUTTON (vw_test_find_by_type (start, GTK_TYPE_MENU_BUTTON, NULL));
  g_assert_cmpstr (gtk_menu_button_get_label (date), ==, "1 January 2025");

  /* Typing is one command per burst; undo puts the old text back in the row. */
  gtk_editable_set_text (GTK_EDITABLE (customer), "Kaskimäki Board");
  gtk_editable_set_text (GTK_EDITABLE (customer), "Kaskimäki Board Group");
  g_assert_cmpstr (vw_item_get_string (meta (f), "customer"), ==, "Kaskimäki Board Group");
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), ==, "Change customer");
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpstr (vw_item_get_string (meta (f), "customer"), ==, "Kaskimäki Board Oy");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (customer)), ==, "Kaskimäki Board Oy");
  g_assert_false (vw_document_can_undo (f->doc));

  /* An invalid currency is marked and not written; a valid one is. */
  gtk_editable_set_text (GTK_EDITABLE (currency), "eu");
  g_assert_true (gtk_widget_has_css_class (currency, "error"));
  g_assert_cmpstr (vw_item_get_string (meta (f), "currency"), ==, "EUR");
  gtk_editable_set_text (GTK_EDITABLE (currency), "SEK");
  g_assert_false (gtk_widget_has_css_class (currency, "error"));
  g_assert_cmpstr (vw_item_get_string (meta (f), "currency"), ==, "SEK");

  /* The horizon, and the subtitle that says it in words. */
  gtk_spin_button_set_value (spin, 7);
  g_assert_cmpint (vw_item_get_int (meta (f), "horizon"), ==, 7);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (horizon)), ==, "7 years");
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), ==, "Change horizon");
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 5);

  /* Redo from elsewhere (the menu) shows in the page too. */
  g_assert_true (vw_document_redo (f->doc));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 7);

  /* The start date, cleared and set again through the calendar. */
  g_assert_true (vw_document_unset (f->doc, meta (f), "start-date"));
  g_assert_cmpstr (gtk_menu_button_get_label (date), ==, "Not set");
  {
    GtkCalendar *calendar = GTK_CALENDAR (vw_test_find_by_type (
      GTK_WIDGET (gtk_menu_button_get_popover (date)), GTK_TYPE_CALENDAR, NULL));
    g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 15, 12, 0, 0);

    gtk_calendar_select_day (calendar, day);
    g_assert_cmpstr (vw_item_get_string (meta (f), "start-date"), ==, "2026-03-15");
    g_assert_cmpstr (gtk_menu_button_get_label (date), ==, "15 March 2026");
  }

  vw_test_render_and_count (GTK_WIDGET (f->window), "overview-page.png");
}

static void
test_checklist (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *row = find_row (GTK_WIDGET (f->page),
                             vw_criterion_get_question (VW_CRITERION_DATA_SHARING));
  GtkDropDown *dropdown;
  GtkLabel *score = NULL;
  GtkLevelBar *bar = GTK_LEVEL_BAR (vw_test_find_by_type (GTK_WIDGET (f->page),
                                                          GTK_TYPE_LEVEL_BAR, NULL));
  GtkWidget *card = vw_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_BOX, "readiness-card");
  GtkWidget *advice;

  g_assert_nonnull (row);
  g_assert_nonnull (card);
  dropdown = GTK_DROP_DOWN (vw_test_find_by_type (row, GTK_TYPE_DROP_DOWN, NULL));
  score = GTK_LABEL (vw_test_find_by_type (card, GTK_TYPE_LABEL, "numeric"));
  advice = gtk_widget_get_last_child (card);

  /* The example case: yes, yes, partly, yes. */
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, VW_FIT_YES);
  g_assert_cmpstr (gtk_label_get_label (score), ==, "90%");
  g_assert_cmpfloat (gtk_level_bar_get_value (bar), ==, 90);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (advice)), "Go value-based"));

  /* They will not share their data: 65 points and the advice to propose a measurement. */
  gtk_drop_down_set_selected (dropdown, VW_FIT_NO);
  g_assert_cmpstr (vw_item_get_string (meta (f), "fit-data-sharing"), ==, "no");
  g_assert_cmpstr (gtk_label_get_label (score), ==, "65%");
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (advice)),
                                   "Without their performance data"));
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), ==, "Change sharing of performance data");

  /* "Not assessed" removes the answer from the file. */
  gtk_drop_down_set_selected (dropdown, VW_FIT_UNKNOWN);
  g_assert_false (vw_item_is_set (meta (f), "fit-data-sharing"));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (advice)),
                                   "Promising, but 1 question is still open"));

  /* Both changes of the answer, a moment apart, are one step: undo restores the example's. */
  g_assert_true (vw_document_undo (f->doc));
  g_assert_false (vw_document_can_undo (f->doc));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, VW_FIT_YES);
  g_assert_cmpstr (gtk_label_get_label (score), ==, "90%");
}

static void
test_alternatives (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GList) rows = alternative_rows (f);
  GListModel *alternatives = vw_document_get_items (f->doc, VW_ITEM_ALTERNATIVE);
  GtkWidget *row;
  GtkDropDown *role;
  VwItem *added;

  g_assert_cmpuint (g_list_length (rows), ==, 3);
  row = g_list_nth_data (rows, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Local contractor");

  /* Add: a competitor, named so it can be typed over at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "overview.add-alternative",
                                             NULL));
  g_assert_cmpuint (g_list_model_get_n_items (alternatives), ==, 4);
  added = vw_document_find (f->doc, VW_ITEM_ALTERNATIVE, "competitor");
  g_assert_nonnull (added);
  g_assert_cmpstr (vw_item_get_string (added, "name"), ==, "Competitor 3");
  g_assert_cmpstr (vw_item_get_string (added, "role"), ==, "competitor");
  g_clear_pointer (&rows, g_list_free);
  rows = alternative_rows (f);
  g_assert_cmpuint (g_list_length (rows), ==, 4);

  /* Rename in place, change the role. */
  row = g_list_nth_data (rows, 3);
  gtk_editable_set_text (GTK_EDITABLE (row), "Rival Corp ");
  g_assert_cmpstr (vw_item_get_string (added, "name"), ==, "Rival Corp");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Rival Corp ");
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (vw_item_get_string (added, "name"), ==, "Rival Corp");
  role = GTK_DROP_DOWN (vw_test_find_by_type (row, GTK_TYPE_DROP_DOWN, NULL));
  gtk_drop_down_set_selected (role, 0);
  g_assert_cmpstr (vw_item_get_string (added, "role"), ==, "status-quo");
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpuint (gtk_drop_down_get_selected (role), ==, 2);

  /* Remove two: at the minimum of two, the remove buttons are off. */
  g_signal_emit_by_name (vw_test_find_by_type (row, GTK_TYPE_BUTTON, "flat"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (alternatives), ==, 3);
  g_clear_pointer (&rows, g_list_free);
  rows = alternative_rows (f);
  row = g_list_nth_data (rows, 2);
  g_assert_true (gtk_widget_get_sensitive (vw_test_find_by_type (row, GTK_TYPE_BUTTON, "flat")));
  g_signal_emit_by_name (vw_test_find_by_type (row, GTK_TYPE_BUTTON, "flat"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (alternatives), ==, 2);
  g_clear_pointer (&rows, g_list_free);
  rows = alternative_rows (f);
  g_assert_false (gtk_widget_get_sensitive (vw_test_find_by_type (g_list_nth_data (rows, 0),
                                                                  GTK_TYPE_BUTTON, "flat")));
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), ==, "Remove Local contractor");

  /* Undo brings Local contractor back, with its inputs. */
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpuint (g_list_model_get_n_items (alternatives), ==, 3);
  g_assert_nonnull (vw_document_find (f->doc, VW_ITEM_ALTERNATIVE, "local_contractor"));
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *customer = find_row (GTK_WIDGET (f->page), "Customer");

  g_assert_true (gtk_widget_is_sensitive (customer));
  vw_document_set_read_only (f->doc, "newer format");
  g_assert_false (gtk_widget_is_sensitive (customer));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "overview.add-alternative", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (vw_document_get_items (f->doc, VW_ITEM_ALTERNATIVE)),
                    ==, 3);
  g_assert_false (vw_document_can_undo (f->doc));
}

int
main (int   argc,
      char *argv[])
{
  vw_test_init (&argc, &argv);

  g_test_add ("/overview/details", Fixture, NULL, fixture_setup, test_details, fixture_teardown);
  g_test_add ("/overview/checklist", Fixture, NULL, fixture_setup, test_checklist,
              fixture_teardown);
  g_test_add ("/overview/alternatives", Fixture, NULL, fixture_setup, test_alternatives,
              fixture_teardown);
  g_test_add ("/overview/read-only", Fixture, NULL, fixture_setup, test_read_only,
              fixture_teardown);

  return g_test_run ();
}
