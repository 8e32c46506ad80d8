/* test-proposition-page.c: the Value Proposition page with the example case
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "vw-proposition-page.h"
#include "vw-proposition.h"
#include "vw-statement-row.h"
#include "vw-test-utils.h"
#include "vw-vwb.h"

typedef struct
{
  VwDocument        *doc;
  VwCaseModel       *cm;
  GtkWindow         *window;
  VwPropositionPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->page = VW_PROPOSITION_PAGE (vw_proposition_page_new ());
  f->window = vw_test_show_page_with_sample (VW_PAGE (f->page), "example-case.vwb", 1280, 800,
                                             &f->doc, &f->cm);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->cm);
  g_clear_object (&f->doc);
}

static VwStatementRow *
row_of (Fixture    *f,
        const char *id)
{
  GtkWidget *row;

  vw_test_settle ();
  row = vw_proposition_page_find_statement (f->page, id);
  g_assert_nonnull (row);
  return VW_STATEMENT_ROW (row);
}

static void
collect_by_type (GtkWidget *root,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_by_type (child, type, found);
}

/* Every statement of the case has a row; figures are the model's, formatted in their unit. */
static void
test_stack_and_figures (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *statements = vw_document_get_items (f->doc, VW_ITEM_STATEMENT);
  VwValue roce_gain;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(VwItem) statement = g_list_model_get_item (statements, i);

      row_of (f, vw_item_get_id (statement));
    }

  /* "ROCE of the mill rises by several points": roce_gain, a share, as a percentage */
  g_assert_true (vw_case_model_get_value (f->cm, "roce_gain", "service_contract", &roce_gain));
  g_assert_true (g_str_has_suffix (vw_statement_row_get_figure (row_of (f, "mill_manager_prop")), "%"));
  /* the company theme has no figure */
  g_assert_cmpstr (vw_statement_row_get_figure (row_of (f, "theme")), ==, "");
  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (f->window), "proposition-page.png"), >, 16);
}

/* A figure follows the model: an input changed, then undone. */
static void
test_live_figure (Fixture       *f,
                  gconstpointer  data)
{
  VwVariable *availability = vw_document_find_variable (f->doc, "availability");
  g_autofree char *before = g_strdup (vw_statement_row_get_figure (row_of (f, "customer_prop")));

  g_assert_cmpstr (before, !=, "");
  g_assert_true (vw_document_set_input (f->doc, availability, "service_contract", 0.99));
  g_assert_cmpstr (vw_statement_row_get_figure (row_of (f, "customer_prop")), !=, before);
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpstr (vw_statement_row_get_figure (row_of (f, "customer_prop")), ==, before);
}

/* Override takes the inherited text as the start; revert goes back; both undo. */
static void
test_override_revert (Fixture       *f,
                      gconstpointer  data)
{
  VwStatement *customer = VW_STATEMENT (vw_document_find (f->doc, VW_ITEM_STATEMENT, "customer_prop"));
  VwStatement *segment = VW_STATEMENT (vw_document_find (f->doc, VW_ITEM_STATEMENT, "segment_prop"));
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkButton *override = NULL;

  g_assert_true (vw_statement_is_inherited (customer));
  collect_by_type (GTK_WIDGET (row_of (f, "customer_prop")), GTK_TYPE_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, ==, 1);
  override = g_ptr_array_index (buttons, 0);
  g_assert_cmpstr (gtk_button_get_label (override), ==, "_Override");

  g_signal_emit_by_name (override, "clicked");
  g_assert_false (vw_statement_is_inherited (customer));
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (customer), "text"), ==,
                   vw_item_get_string (VW_ITEM (segment), "text"));

  /* the row is rebuilt editable, with the revert button */
  g_ptr_array_set_size (buttons, 0);
  collect_by_type (GTK_WIDGET (row_of (f, "customer_prop")), GTK_TYPE_BUTTON, buttons);
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (buttons, 0)), ==, "_Revert to Inherited");

  /* one undo step brings the inherited statement and its own old text back */
  g_assert_true (vw_document_undo (f->doc));
  g_assert_true (vw_statement_is_inherited (customer));
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (customer), "text"), ==,
                   "Your line gains OEE points that pay the contract fee several times over.");
}

/* Typing in an overridden statement is a command; inheriting rows below show it. */
static void
test_edit_text (Fixture       *f,
                gconstpointer  data)
{
  VwStatement *segment = VW_STATEMENT (vw_document_find (f->doc, VW_ITEM_STATEMENT, "segment_prop"));
  VwStatement *customer = VW_STATEMENT (vw_document_find (f->doc, VW_ITEM_STATEMENT, "customer_prop"));
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  GtkTextBuffer *buffer;

  collect_by_type (GTK_WIDGET (row_of (f, "segment_prop")), GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  buffer = gtk_text_view_get_buffer (g_ptr_array_index (views, 0));
  gtk_text_buffer_set_text (buffer, "Planned stops instead of unplanned ones.", -1);
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (segment), "text"), ==, "Planned stops instead of unplanned ones.");
  g_assert_cmpstr (vw_statement_get_shown_text (f->doc, customer), ==, "Planned stops instead of unplanned ones.");

  g_assert_true (vw_document_undo (f->doc));
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, vw_item_get_string (VW_ITEM (segment), "text"));
    g_assert_true (g_str_has_prefix (text, "Preventive, condition-based maintenance"));
  }
}

/* The conversation guide of a person is stored (internal) and undoable. */
static void
test_guide (Fixture       *f,
            gconstpointer  data)
{
  VwItem *cfo = vw_document_find (f->doc, VW_ITEM_STAKEHOLDER, "cfo");
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  GtkTextView *guide = NULL;
  const char *cfo_name = vw_item_get_display_name (cfo);

  vw_test_settle ();
  collect_by_type (GTK_WIDGET (f->page), GTK_TYPE_TEXT_VIEW, views);
  /* the guides are named "guide"; find the CFO's by its card's heading */
  for (guint i = 0; i < views->len && guide == NULL; i++)
    {
      GtkWidget *view = g_ptr_array_index (views, i);
      GtkWidget *card = gtk_widget_get_ancestor (view, GTK_TYPE_FLOW_BOX_CHILD);

      if (g_strcmp0 (gtk_widget_get_name (view), "guide") == 0 && card != NULL
          && g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (card))))),
                        cfo_name) == 0)
        guide = GTK_TEXT_VIEW (view);
    }
  g_assert_nonnull (guide);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (guide), "Open with the capital tied up in spares.", -1);
  g_assert_cmpstr (vw_item_get_string (cfo, "guide"), ==, "Open with the capital tied up in spares.");
  g_assert_true (vw_document_is_internal (f->doc, cfo, "guide"));
  g_assert_true (vw_document_undo (f->doc));
  g_assert_false (vw_item_is_set (cfo, "guide"));
}

/* The solution vision: add a criterion, say how an alternative meets it, undo. */
static void
test_vision (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *add = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
  GListModel *criteria = vw_document_get_items (f->doc, VW_ITEM_VISION);
  g_autoptr(VwVisionCriterion) criterion = NULL;
  guint n = g_list_model_get_n_items (criteria);

  vw_test_settle ();
  collect_by_type (GTK_WIDGET (f->page), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Add Criterion") == 0)
      add = g_ptr_array_index (buttons, i);
  g_assert_nonnull (add);

  g_signal_emit_by_name (add, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, n + 1);
  criterion = g_list_model_get_item (criteria, n);
  vw_test_settle ();

  collect_by_type (GTK_WIDGET (f->page), GTK_TYPE_DROP_DOWN, dropdowns);
  for (guint i = 0; i < dropdowns->len; i++)
    {
      GtkDropDown *dropdown = g_ptr_array_index (dropdowns, i);

      if (g_object_get_data (G_OBJECT (dropdown), "vw-criterion") == criterion
          && g_strcmp0 (g_object_get_data (G_OBJECT (dropdown), "vw-alternative"), "local_contractor") == 0)
        gtk_drop_down_set_selected (dropdown, 1);  /* Partly */
    }
  g_assert_cmpint (vw_vision_criterion_get_level (criterion, "local_contractor"), ==, VW_VISION_PARTLY_MET);
  g_assert_cmpint (vw_vision_criterion_get_level (criterion, "service_contract"), ==, VW_VISION_NOT_MET);

  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpint (vw_vision_criterion_get_level (criterion, "local_contractor"), ==, VW_VISION_NOT_MET);
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, n);
}

int
main (int   argc,
      char *argv[])
{
  vw_test_init (&argc, &argv);

  g_test_add ("/proposition-page/stack-and-figures", Fixture, NULL, fixture_set_up, test_stack_and_figures, fixture_tear_down);
  g_test_add ("/proposition-page/live-figure", Fixture, NULL, fixture_set_up, test_live_figure, fixture_tear_down);
  g_test_add ("/proposition-page/override-revert", Fixture, NULL, fixture_set_up, test_override_revert, fixture_tear_down);
  g_test_add ("/proposition-page/edit-text", Fixture, NULL, fixture_set_up, test_edit_text, fixture_tear_down);
  g_test_add ("/proposition-page/guide", Fixture, NULL, fixture_set_up, test_guide, fixture_tear_down);
  g_test_add ("/proposition-page/vision", Fixture, NULL, fixture_set_up, test_vision, fixture_tear_down);

  return g_test_run ();
}
