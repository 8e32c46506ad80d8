/* test-elements-page.c: the Value Elements page with the example case
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "vw-chart-view.h"
#include "vw-element-adder.h"
#include "vw-element-evidence.h"
#include "vw-element-ranking.h"
#include "vw-element-row.h"
#include "vw-formula.h"
#include "vw-elements-page.h"
#include "vw-test-utils.h"
#include "vw-vwb.h"

typedef struct
{
  VwDocument  *doc;
  VwCaseModel *cm;
  GtkWindow   *window;
  VwElementsPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->page = VW_ELEMENTS_PAGE (vw_elements_page_new ());
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

static GtkWidget *
find_by_name (GtkWidget  *root,
              const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_name (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_by_type (GtkWidget *root,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_by_type (child, type, found);
}

static const char *
label_text (Fixture    *f,
            const char *name)
{
  GtkWidget *label = find_by_name (GTK_WIDGET (f->page), name);

  g_assert_nonnull (label);
  vw_test_settle ();
  return gtk_label_get_text (GTK_LABEL (label));
}

static guint
count_dimension (Fixture    *f,
                 VwDimension dimension)
{
  GListModel *elements = vw_document_get_items (f->doc, VW_ITEM_ELEMENT);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (elements); i++)
    {
      g_autoptr(VwValueElement) element = g_list_model_get_item (elements, i);

      n += vw_value_element_get_dimension (element) == dimension;
    }
  return n;
}

static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  guint n = g_list_model_get_n_items (vw_document_get_items (f->doc, VW_ITEM_ELEMENT));
  g_autofree char *expected = g_strdup_printf ("4 of %u selected", n);

  g_assert_cmpstr (label_text (f, "count-label"), ==, expected);
  g_assert_true (g_str_has_prefix (label_text (f, "coverage-label"), "2 of 4 dimensions"));
  g_assert_nonnull (strstr (label_text (f, "coverage-label"), "Operational 3"));
  g_assert_nonnull (strstr (label_text (f, "coverage-label"), "Strategic 1"));
  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (f->window), "elements-page.png"), >, 16);
}

/* The selection's value is the model's: uptime_value + speed_value for the offer, and it
 * follows an input and the alternative chosen. */
static void
test_value (Fixture       *f,
            gconstpointer  data)
{
  VwVariable *availability = vw_document_find_variable (f->doc, "availability");
  VwValue uptime, speed;
  g_autofree char *before = NULL;

  g_assert_true (vw_case_model_get_value (f->cm, "uptime_value", "service_contract", &uptime));
  g_assert_true (vw_case_model_get_value (f->cm, "speed_value", "service_contract", &speed));
  g_assert_cmpfloat (uptime.scalar + speed.scalar, >, 0);
  before = g_strdup (label_text (f, "value-label"));
  g_assert_true (g_str_has_prefix (before, "€"));
  g_assert_true (g_str_has_suffix (before, "/year"));

  /* better availability with the offer: the total rises */
  g_assert_true (vw_document_set_input (f->doc, availability, "service_contract", 0.97));
  g_assert_cmpstr (label_text (f, "value-label"), !=, before);
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpstr (label_text (f, "value-label"), ==, before);

  /* the status quo's value over itself is nothing */
  vw_elements_page_set_alternative (f->page, "own_maintenance");
  g_assert_cmpstr (label_text (f, "value-label"), ==, "€0.00/year");
}

/* Dropping a bubble rates its element: salience and differentiation in one step. */
static void
test_bubble_drag (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *chart = vw_test_find_by_type (GTK_WIDGET (f->page), VW_TYPE_CHART_VIEW, NULL);
  VwItem *energy = vw_document_find (f->doc, VW_ITEM_ELEMENT, "energy");
  GListModel *elements = vw_document_get_items (f->doc, VW_ITEM_ELEMENT);
  guint index;

  g_assert_nonnull (chart);
  g_assert_nonnull (vw_chart_view_get_data (VW_CHART_VIEW (chart)));
  g_assert_true (g_list_store_find (G_LIST_STORE (elements), energy, &index));

  g_signal_emit_by_name (chart, "item-dragged", index, 4.2, 4.8);
  g_assert_cmpint (vw_item_get_int (energy, "salience"), ==, 4);
  g_assert_cmpint (vw_item_get_int (energy, "differentiation"), ==, 5);
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), ==, "Rate “Lower energy use of drives and vacuum”");
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpint (vw_item_get_int (energy, "salience"), ==, 2);
  g_assert_cmpint (vw_item_get_int (energy, "differentiation"), ==, 2);
  g_assert_false (vw_document_can_undo (f->doc));

  /* activating a bubble selects its element */
  g_signal_emit_by_name (chart, "item-activated", 0, (int) index);
  g_assert_true (vw_item_get_bool (energy, "selected"));
}

/* By default the table is in descending ranking score. */
static void
test_sorted_by_score (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *shown = vw_elements_page_get_shown (f->page);
  guint n = g_list_model_get_n_items (shown);
  g_autoptr(VwElementRow) first = g_list_model_get_item (shown, 0);

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (vw_document_get_items (f->doc, VW_ITEM_ELEMENT)));
  /* "uptime" (5/4/5) and "roce" (5/4/5) lead; ties go by name */
  g_assert_cmpstr (vw_item_get_id (VW_ITEM (vw_element_row_get_element (first))), ==, "roce");
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(VwElementRow) a = g_list_model_get_item (shown, i - 1);
      g_autoptr(VwElementRow) b = g_list_model_get_item (shown, i);

      g_assert_cmpfloat (vw_element_row_get_score (a), >=, vw_element_row_get_score (b));
    }

  vw_elements_page_sort_by (f->page, "name", GTK_SORT_ASCENDING);
  {
    g_autoptr(VwElementRow) a = g_list_model_get_item (shown, 0);
    g_autoptr(VwElementRow) b = g_list_model_get_item (shown, 1);

    g_assert_cmpint (g_utf8_collate (vw_item_get_display_name (VW_ITEM (vw_element_row_get_element (a))),
                                     vw_item_get_display_name (VW_ITEM (vw_element_row_get_element (b)))), <=, 0);
  }
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GListModel *shown = vw_elements_page_get_shown (f->page);
  guint n = g_list_model_get_n_items (shown);

  vw_elements_page_set_dimension (f->page, VW_DIMENSION_SOCIAL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, count_dimension (f, VW_DIMENSION_SOCIAL));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);

  /* social and cared about by the union representative: both */
  vw_elements_page_set_stakeholder (f->page, "union_rep");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  vw_elements_page_set_dimension (f->page, -1);
  vw_elements_page_set_stakeholder (f->page, "cfo");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 5);  /* spares, roce, cost×2, insurance */
  vw_elements_page_set_process_step (f->page, "Budgeting");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  vw_elements_page_set_stakeholder (f->page, NULL);
  vw_elements_page_set_process_step (f->page, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);

  /* the search matches names and descriptions, ignoring case */
  gtk_editable_set_text (GTK_EDITABLE (vw_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY, NULL)),
                         "ROCE");
  vw_test_iterate (300);  /* the search entry waits a little before it reports */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  /* a filtered element changes its dimension: it leaves the table */
  gtk_editable_set_text (GTK_EDITABLE (vw_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY, NULL)), "");
  vw_test_iterate (300);
  vw_elements_page_set_dimension (f->page, VW_DIMENSION_SYMBOLIC);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  vw_document_set_string (f->doc, vw_document_find (f->doc, VW_ITEM_ELEMENT, "reputation"),
                          "dimension", "social");
  vw_test_iterate (30);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  vw_document_undo (f->doc);
  vw_test_iterate (30);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
}

/* Ticking a row is one command; undo unticks it and the count follows. */
static void
test_select_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  GtkCheckButton *check = NULL;
  guint n = g_list_model_get_n_items (vw_document_get_items (f->doc, VW_ITEM_ELEMENT));
  g_autofree char *four = g_strdup_printf ("4 of %u selected", n);
  g_autofree char *five = g_strdup_printf ("5 of %u selected", n);

  collect_by_type (GTK_WIDGET (f->page), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, >, 4);
  for (guint i = 0; i < checks->len && check == NULL; i++)
    if (!gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      check = g_ptr_array_index (checks, i);
  g_assert_nonnull (check);

  gtk_check_button_set_active (check, TRUE);
  g_assert_cmpstr (label_text (f, "count-label"), ==, five);
  g_assert_true (vw_document_can_undo (f->doc));
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), !=, NULL);

  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpstr (label_text (f, "count-label"), ==, four);
  g_assert_false (gtk_check_button_get_active (check));

  g_assert_true (vw_document_redo (f->doc));
  g_assert_cmpstr (label_text (f, "count-label"), ==, five);
  g_assert_true (gtk_check_button_get_active (check));
}

/* A rating typed in the table is a command, and the row's score follows. */
static void
test_rating (Fixture       *f,
             gconstpointer  data)
{
  VwItem *insurance = vw_document_find (f->doc, VW_ITEM_ELEMENT, "insurance");
  GListModel *shown = vw_elements_page_get_shown (f->page);
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  g_autoptr(VwElementRow) last = NULL;
  GtkSpinButton *spin = NULL;

  /* insurance (2/3/1) is last by score; show it alone so that its cells exist */
  vw_elements_page_sort_by (f->page, "score", GTK_SORT_ASCENDING);
  gtk_editable_set_text (GTK_EDITABLE (vw_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY, NULL)),
                         "insurance premium");
  vw_test_iterate (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  last = g_list_model_get_item (shown, 0);
  g_assert_true (VW_ITEM (vw_element_row_get_element (last)) == insurance);

  collect_by_type (GTK_WIDGET (f->page), GTK_TYPE_SPIN_BUTTON, spins);
  for (guint i = 0; i < spins->len; i++)
    if (g_object_get_data (g_ptr_array_index (spins, i), "vw-element") == insurance
        && g_strcmp0 (g_object_get_data (g_ptr_array_index (spins, i), "vw-column"), "impact") == 0)
      spin = g_ptr_array_index (spins, i);
  g_assert_nonnull (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 1);
  gtk_spin_button_set_value (spin, 5);
  g_assert_cmpint (vw_item_get_int (insurance, "impact"), ==, 5);
  g_assert_cmpfloat_with_epsilon (vw_element_row_get_score (last), vw_element_rank_score (2, 3, 5), 1e-9);
  g_assert_cmpstr (vw_element_row_get_score_text (last), ==, "65");

  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 1);
  g_assert_cmpstr (vw_element_row_get_score_text (last), ==, "34");
}

/* The cell of @column showing @element, among the table's mapped cells. */
static GtkWidget *
find_cell (Fixture    *f,
           VwItem     *element,
           const char *column)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  collect_by_type (GTK_WIDGET (f->page), GTK_TYPE_WIDGET, widgets);
  for (guint i = 0; i < widgets->len; i++)
    if (g_object_get_data (widgets->pdata[i], "vw-element") == (gpointer) element
        && g_strcmp0 (g_object_get_data (widgets->pdata[i], "vw-column"), column) == 0)
      return widgets->pdata[i];
  return NULL;
}

static gboolean
column_visible (Fixture    *f,
                const char *title)
{
  GListModel *columns = gtk_column_view_get_columns (
    GTK_COLUMN_VIEW (vw_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_COLUMN_VIEW, NULL)));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return gtk_column_view_column_get_visible (column);
    }
  g_assert_not_reached ();
}

static gboolean
table_width_is (gpointer data)
{
  Fixture *f = data;
  GtkWidget *view = vw_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_COLUMN_VIEW, NULL);
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
  int wanted = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (f->window), "vw-wanted"));

  return gtk_widget_get_width (GTK_WIDGET (f->window)) == wanted
         && gtk_adjustment_get_page_size (h) > 0;
}

static void
resize (Fixture *f,
        int      width)
{
  g_object_set_data (G_OBJECT (f->window), "vw-wanted", GINT_TO_POINTER (width));
  gtk_window_set_default_size (f->window, width, 800);
  g_assert_true (vw_test_wait_until (table_width_is, f, 10000));
  vw_test_iterate (200);
  vw_test_settle ();
}

/* The ratings are one digit wide (no step buttons), and a narrow table leaves out the
 * process step, then the stakeholders, then the dimension, instead of scrolling sideways. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *view = vw_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_COLUMN_VIEW, NULL);
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
  VwItem *uptime = vw_document_find (f->doc, VW_ITEM_ELEMENT, "uptime");
  GtkWidget *spin;

  resize (f, 1280);
  g_assert_true (column_visible (f, "Process Step"));
  g_assert_true (column_visible (f, "Stakeholders"));
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h));

  spin = find_cell (f, uptime, "salience");
  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  for (GtkWidget *c = gtk_widget_get_first_child (spin); c != NULL; c = gtk_widget_get_next_sibling (c))
    g_assert_false (GTK_IS_BUTTON (c) && gtk_widget_get_visible (c));
  g_assert_cmpint (gtk_widget_get_width (spin), <, 60);
  /* Still a spin button to the keyboard: Up raises the rating, one undoable step. */
  gtk_widget_grab_focus (spin);
  gtk_spin_button_spin (GTK_SPIN_BUTTON (spin), GTK_SPIN_STEP_BACKWARD, 1);
  g_assert_cmpint (vw_item_get_int (uptime, "salience"), ==, 4);
  g_assert_true (vw_document_undo (f->doc));

  resize (f, 760);
  g_assert_false (column_visible (f, "Process Step"));
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h));
  g_assert_true (column_visible (f, "Salience"));
  g_assert_true (column_visible (f, "Value"));
  g_assert_true (column_visible (f, "Score"));

  /* All three out; the page is then never narrower than the other columns need (a
   * narrower window folds its sidebar instead). */
  resize (f, 700);
  g_assert_false (column_visible (f, "Stakeholders"));
  g_assert_false (column_visible (f, "Dimension"));
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h));
  {
    int page_min, table_min;

    gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1, &page_min, NULL,
                        NULL, NULL);
    gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, &table_min, NULL, NULL, NULL);
    g_assert_cmpint (page_min, >=, table_min);
  }

  /* Wide again, they come back. */
  resize (f, 1280);
  g_assert_true (column_visible (f, "Process Step"));
  g_assert_true (column_visible (f, "Stakeholders"));
  g_assert_true (column_visible (f, "Dimension"));
}

/* Reference cases attached as evidence (Evidence & Cases) show on the element's row. */
static void
test_attached_cases (Fixture       *f,
                     gconstpointer  data)
{
  VwItem *uptime = vw_document_find (f->doc, VW_ITEM_ELEMENT, "uptime");
  GtkWidget *cell, *mark, *count;

  vw_test_settle ();
  cell = find_cell (f, uptime, "name");
  g_assert_nonnull (cell);
  mark = vw_test_find_by_type (cell, GTK_TYPE_BOX, "attached-cases");
  g_assert_nonnull (mark);
  g_assert_false (gtk_widget_get_visible (mark));

  g_assert_true (vw_element_attach_case (f->doc, uptime, "c0ffee0001", "Sample: a paper mill"));
  g_assert_true (gtk_widget_get_visible (mark));
  count = vw_test_find_by_type (mark, GTK_TYPE_LABEL, NULL);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (count)), ==, "1");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (mark), ==, "1 reference case attached as evidence");

  g_assert_true (vw_element_attach_case (f->doc, uptime, "c0ffee0002", "Sample: a board mill"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (count)), ==, "2");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (mark), ==, "2 reference cases attached as evidence");

  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (count)), ==, "1");
  g_assert_true (vw_document_undo (f->doc));
  g_assert_false (gtk_widget_get_visible (mark));

  /* Other elements show no mark. */
  mark = vw_test_find_by_type (find_cell (f, vw_document_find (f->doc, VW_ITEM_ELEMENT, "speed"),
                                          "name"), GTK_TYPE_BOX, "attached-cases");
  g_assert_false (gtk_widget_get_visible (mark));
}

/* Benefit on the fly: the value while typing, errors inline, one undo step. */
static void
test_add_on_the_fly (Fixture       *f,
                     gconstpointer  data)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (vw_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_MENU_BUTTON, NULL));
  VwElementAdder *adder = VW_ELEMENT_ADDER (gtk_menu_button_get_popover (button));
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint n_elements = g_list_model_get_n_items (vw_document_get_items (f->doc, VW_ITEM_ELEMENT));
  guint n_variables = g_list_model_get_n_items (vw_document_get_items (f->doc, VW_ITEM_VARIABLE));
  g_autofree char *count = NULL;
  VwValueElement *element;
  VwVariable *variable;
  GtkEntry *name, *formula;

  gtk_menu_button_popup (button);
  vw_test_iterate (50);
  collect_by_type (GTK_WIDGET (adder), GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (entries->len, ==, 2);
  name = g_ptr_array_index (entries, 0);
  formula = g_ptr_array_index (entries, 1);

  gtk_editable_set_text (GTK_EDITABLE (name), "Shorter changeovers");
  gtk_editable_set_text (GTK_EDITABLE (formula), "12 * 2 *");
  g_assert_nonnull (strstr (vw_element_adder_get_result (adder), ""));
  g_assert_false (g_str_has_prefix (vw_element_adder_get_result (adder), "="));
  gtk_editable_set_text (GTK_EDITABLE (formula), "12 * no_such_variable");
  g_assert_true (g_str_has_prefix (vw_element_adder_get_result (adder), "#NAME?"));
  gtk_editable_set_text (GTK_EDITABLE (formula), "12 * 2 * 1500");
  g_assert_cmpstr (vw_element_adder_get_result (adder), ==, "= €36,000.00/year with the offer");
  /* nothing reached the case while typing */
  g_assert_cmpuint (g_list_model_get_n_items (vw_document_get_items (f->doc, VW_ITEM_VARIABLE)), ==, n_variables);
  g_assert_false (vw_document_can_undo (f->doc));

  g_signal_emit_by_name (formula, "activate");
  vw_test_iterate (50);
  element = VW_VALUE_ELEMENT (vw_document_find (f->doc, VW_ITEM_ELEMENT, "shorter_changeovers"));
  g_assert_nonnull (element);
  g_assert_true (vw_item_get_bool (VW_ITEM (element), "selected"));
  variable = vw_document_find_variable (f->doc, "shorter_changeovers_value");
  g_assert_nonnull (variable);
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (variable), "formula"), ==, "12 * 2 * 1500");
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (variable), "unit"), ==, "EUR/year");
  count = g_strdup_printf ("5 of %u selected", n_elements + 1);
  g_assert_cmpstr (label_text (f, "count-label"), ==, count);

  /* one step takes both away */
  g_assert_true (vw_document_undo (f->doc));
  g_assert_null (vw_document_find (f->doc, VW_ITEM_ELEMENT, "shorter_changeovers"));
  g_assert_null (vw_document_find_variable (f->doc, "shorter_changeovers_value"));
  g_assert_false (vw_document_can_undo (f->doc));

  /* a syntax error is refused with a message */
  g_assert_null (vw_element_adder_add (adder, "Broken", VW_DIMENSION_SOCIAL, "3 +", &error));
  g_assert_error (error, VW_FORMULA_ERROR, VW_FORMULA_ERROR_SYNTAX);
  g_assert_false (vw_document_can_undo (f->doc));
}

int
main (int   argc,
      char *argv[])
{
  vw_test_init (&argc, &argv);

  g_test_add ("/elements-page/summary", Fixture, NULL, fixture_set_up, test_summary, fixture_tear_down);
  g_test_add ("/elements-page/value", Fixture, NULL, fixture_set_up, test_value, fixture_tear_down);
  g_test_add ("/elements-page/bubble-drag", Fixture, NULL, fixture_set_up, test_bubble_drag, fixture_tear_down);
  g_test_add ("/elements-page/sorted-by-score", Fixture, NULL, fixture_set_up, test_sorted_by_score, fixture_tear_down);
  g_test_add ("/elements-page/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/elements-page/select-undo", Fixture, NULL, fixture_set_up, test_select_undo, fixture_tear_down);
  g_test_add ("/elements-page/rating", Fixture, NULL, fixture_set_up, test_rating, fixture_tear_down);
  g_test_add ("/elements-page/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/elements-page/attached-cases", Fixture, NULL, fixture_set_up, test_attached_cases, fixture_tear_down);
  g_test_add ("/elements-page/add-on-the-fly", Fixture, NULL, fixture_set_up, test_add_on_the_fly, fixture_tear_down);

  return g_test_run ();
}
