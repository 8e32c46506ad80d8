/* test-stakeholders-page.c: the Stakeholders page with the example case: the map, the table,
 * the detail pane and the coverage warnings all edit through undoable commands
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vw-chart-view.h"
#include "vw-coverage.h"
#include "vw-stakeholder-details.h"
#include "vw-stakeholder-table.h"
#include "vw-stakeholders-page.h"
#include "vw-test-utils.h"
#include "vw-vwb.h"

typedef struct
{
  GtkWindow   *window;
  VwStakeholdersPage *page;
  VwDocument  *doc;
  VwCaseModel *cm;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->page = VW_STAKEHOLDERS_PAGE (vw_stakeholders_page_new ());
  f->window = vw_test_show_page_with_sample (VW_PAGE (f->page), "example-case.vwb", 1280, 1400,
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

/* Lets the page's once-per-turn refresh (an idle) and the layout run. */
static void
settle (void)
{
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static VwItem *
person (Fixture    *f,
        const char *id)
{
  return vw_document_find (f->doc, VW_ITEM_STAKEHOLDER, id);
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 gboolean (*match) (GtkWidget *, gconstpointer),
                 gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant (c, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_row_titled (GtkWidget     *w,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (w)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), title) == 0;
}

static gboolean
is_entry_with_text (GtkWidget     *w,
                    gconstpointer  text)
{
  return GTK_IS_ENTRY (w) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (w)), text) == 0;
}

/* The rows of the coverage list, their titles in order. */
static GPtrArray *
warnings (Fixture *f)
{
  GtkWidget *list = vw_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_LIST_BOX, "coverage-list");
  GPtrArray *titles = g_ptr_array_new ();

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      g_ptr_array_add (titles, (gpointer) adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  return titles;
}

static gboolean
is_button_labelled (GtkWidget     *w,
                    gconstpointer  label)
{
  GtkWidget *content;

  if (!GTK_IS_BUTTON (w))
    return FALSE;
  content = gtk_button_get_child (GTK_BUTTON (w));
  return ADW_IS_BUTTON_CONTENT (content)
         && g_strcmp0 (adw_button_content_get_label (ADW_BUTTON_CONTENT (content)), label) == 0;
}

static GtkWidget *
warning_button (Fixture *f,
                guint    index)
{
  GtkWidget *list = vw_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_LIST_BOX, "coverage-list");
  GtkWidget *row = gtk_widget_get_first_child (list);

  for (guint i = 0; i < index; i++)
    row = gtk_widget_get_next_sibling (row);
  return vw_test_find_by_type (row, GTK_TYPE_BUTTON, NULL);
}

static VwChartView *
map (Fixture *f)
{
  return VW_CHART_VIEW (vw_test_find_by_type (GTK_WIDGET (f->page), VW_TYPE_CHART_VIEW, NULL));
}

static AdwFlap *
flap (Fixture *f)
{
  return ADW_FLAP (vw_test_find_by_type (GTK_WIDGET (f->page), ADW_TYPE_FLAP, NULL));
}

static VwStakeholderDetails *
details (Fixture *f)
{
  return VW_STAKEHOLDER_DETAILS (vw_test_find_by_type (GTK_WIDGET (f->page),
                                                       VW_TYPE_STAKEHOLDER_DETAILS, NULL));
}

static void
test_map_and_coverage (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) titles = warnings (f);
  VwChartData *chart = vw_chart_view_get_data (map (f));
  const VwChartPoint *point;
  VwItem *pekka = person (f, "maintenance_manager");

  /* The example's three gaps, the blocker first. */
  g_assert_cmpuint (titles->len, ==, 3);
  g_assert_cmpstr (titles->pdata[0], ==,
                   "Pekka Rautio is influential and against the offer: plan how to win them over");
  g_assert_cmpstr (titles->pdata[1], ==, "Timo Salo is outside the customer and has never been contacted");

  /* Point i is person i; the hover text has the goals and the elements. */
  g_assert_nonnull (chart);
  g_assert_cmpuint (chart->points->len, ==, 7);
  point = &g_array_index (chart->points, VwChartPoint, 0);
  g_assert_cmpfloat (point->x, ==, 1);
  g_assert_cmpfloat (point->y, ==, 5);
  g_assert_true (g_str_has_prefix (point->detail, "Goals: EBIT target of the mill"));
  g_assert_nonnull (strstr (point->detail, "Fewer unplanned stops"));

  /* A drop on the map: Pekka to attitude +1, influence 5, one step, snapped to the grid. */
  g_signal_emit_by_name (map (f), "item-dragged", 3, 1.2, 4.8);
  g_assert_cmpint (vw_item_get_int (pekka, "attitude"), ==, 1);
  g_assert_cmpint (vw_item_get_int (pekka, "influence"), ==, 5);
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), ==, "Move Pekka Rautio");
  settle ();
  chart = vw_chart_view_get_data (map (f));
  point = &g_array_index (chart->points, VwChartPoint, 3);
  g_assert_cmpfloat (point->x, ==, 1);
  g_assert_cmpfloat (point->y, ==, 5);
  g_clear_pointer (&titles, g_ptr_array_unref);
  titles = warnings (f);
  g_assert_cmpuint (titles->len, ==, 2);
  g_assert_true (vw_stakeholders_page_get_selected (f->page) == pekka);
  g_assert_cmpint (vw_chart_view_get_focus_item (map (f)), ==, 3);

  /* One undo puts both back, and the warning returns. */
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpint (vw_item_get_int (pekka, "attitude"), ==, -1);
  g_assert_cmpint (vw_item_get_int (pekka, "influence"), ==, 4);
  settle ();
  g_clear_pointer (&titles, g_ptr_array_unref);
  titles = warnings (f);
  g_assert_cmpuint (titles->len, ==, 3);

  /* Out of range drops stay on the grid. */
  g_signal_emit_by_name (map (f), "item-dragged", 0, -7.0, 0.1);
  g_assert_cmpint (vw_item_get_int (person (f, "mill_manager"), "attitude"), ==, -2);
  g_assert_cmpint (vw_item_get_int (person (f, "mill_manager"), "influence"), ==, 1);
}

static void
test_details (Fixture       *f,
              gconstpointer  data)
{
  VwItem *marja = person (f, "mill_manager");
  GtkWidget *name, *notes, *heading;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_assert_false (adw_flap_get_reveal_flap (flap (f)));

  /* Double-click (or Enter) on the map opens the person. */
  vw_chart_view_activate_item (map (f), 0);
  g_assert_true (adw_flap_get_reveal_flap (flap (f)));
  g_assert_true (vw_stakeholder_details_get_person (details (f)) == marja);
  heading = vw_test_find_by_type (GTK_WIDGET (details (f)), GTK_TYPE_LABEL, "title-3");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (heading)), ==, "Marja Kaskimäki · Mill Manager");

  /* The private notes are there, and marked internal. */
  notes = vw_test_find_by_type (GTK_WIDGET (details (f)), GTK_TYPE_TEXT_VIEW, "notes-view");
  g_assert_nonnull (notes);
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (notes), "internal")
                 || gtk_widget_has_css_class (gtk_widget_get_ancestor (notes, GTK_TYPE_FRAME),
                                              "internal"));
  g_assert_nonnull (vw_test_find_by_type (GTK_WIDGET (details (f)), GTK_TYPE_BOX, "internal-tag"));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_true (g_str_has_prefix (text, "Decides with the group CFO"));
  gtk_text_buffer_set_text (buffer, "Call before the board meeting.", -1);
  g_assert_cmpstr (vw_item_get_string (marja, "notes"), ==, "Call before the board meeting.");
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), ==, "Change private notes of Marja Kaskimäki");

  /* Edit the name in the pane: the table and the heading follow; undo too. */
  name = find_descendant (GTK_WIDGET (details (f)), is_row_titled, "Name");
  g_assert_nonnull (name);
  gtk_editable_set_text (GTK_EDITABLE (name), "Marja K.");
  g_assert_cmpstr (vw_item_get_string (marja, "name"), ==, "Marja K.");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (heading)), ==, "Marja K. · Mill Manager");
  settle ();
  g_assert_nonnull (find_descendant (GTK_WIDGET (f->page), is_entry_with_text, "Marja K."));
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Marja Kaskimäki");

  /* A bad date is marked, not written. */
  {
    GtkWidget *date = find_descendant (GTK_WIDGET (details (f)), is_row_titled,
                                       "Last contact (YYYY-MM-DD)");

    gtk_editable_set_text (GTK_EDITABLE (date), "2026-13-01");
    g_assert_true (gtk_widget_has_css_class (date, "error"));
    g_assert_cmpstr (vw_item_get_string (marja, "last-contact"), ==, "2026-11-12");
    gtk_editable_set_text (GTK_EDITABLE (date), "2026-12-01");
    g_assert_cmpstr (vw_item_get_string (marja, "last-contact"), ==, "2026-12-01");
  }

  /* The pane slid in after the last frame: let a frame allocate it before taking the picture. */
  gtk_widget_queue_resize (GTK_WIDGET (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  settle ();
  vw_test_render_and_count (GTK_WIDGET (f->window), "stakeholders-page.png");

  /* Escape closes the pane. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "stakeholders.close-details",
                                             NULL));
  g_assert_false (adw_flap_get_reveal_flap (flap (f)));
}

static void
collect_checks (GtkWidget *root,
                GPtrArray *checks)
{
  if (GTK_IS_CHECK_BUTTON (root))
    g_ptr_array_add (checks, root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_checks (c, checks);
}

/* The checks of the expander row titled @title, in order. */
static GPtrArray *
expander_checks (Fixture    *f,
                 const char *title)
{
  GtkWidget *expander = find_descendant (GTK_WIDGET (details (f)), is_row_titled, title);
  GPtrArray *checks = g_ptr_array_new ();

  g_assert_nonnull (expander);
  collect_checks (expander, checks);
  return checks;
}

static char *
managers_offered (Fixture *f)
{
  GtkWidget *row = find_descendant (GTK_WIDGET (details (f)), is_row_titled, "Reports to");
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                            gtk_string_list_get_string (GTK_STRING_LIST (model), i));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* A drop selects the person moved; the pane then shows them without rebuilding its rows
 * (that made a drag on the map miss frames), while its choices stay right. */
static void
test_drop_keeps_rows (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) kpis = NULL, elements = NULL, after = NULL;
  g_autofree char *offered = NULL;
  VwItem *pekka = person (f, "maintenance_manager");
  g_autoptr(VwItem) kpi = vw_item_new (VW_ITEM_KPI, "spare_parts_stock");
  GtkWidget *manager_row;

  g_signal_emit_by_name (map (f), "item-dragged", 0, 1.0, 5.0);
  settle ();
  g_assert_true (vw_stakeholder_details_get_person (details (f)) == person (f, "mill_manager"));
  kpis = expander_checks (f, "KPIs owned");
  elements = expander_checks (f, "Value elements");
  g_assert_cmpuint (kpis->len, ==,
                    g_list_model_get_n_items (vw_document_get_items (f->doc, VW_ITEM_KPI)));
  g_assert_cmpuint (elements->len, ==,
                    g_list_model_get_n_items (vw_document_get_items (f->doc, VW_ITEM_ELEMENT)));
  offered = managers_offered (f);
  g_assert_null (strstr (offered, "Marja Kaskimäki"));
  g_assert_nonnull (strstr (offered, "Pekka Rautio"));
  g_clear_pointer (&offered, g_free);

  /* Pekka next: the same check widgets, now with his links; Marja offered, not him. */
  g_signal_emit_by_name (map (f), "item-dragged", 3, -1.0, 4.0);
  settle ();
  g_assert_true (vw_stakeholder_details_get_person (details (f)) == pekka);
  after = expander_checks (f, "Value elements");
  g_assert_cmpuint (after->len, ==, elements->len);
  for (guint i = 0; i < after->len; i++)
    {
      VwItem *element = g_list_model_get_item (vw_document_get_items (f->doc, VW_ITEM_ELEMENT), i);

      g_assert_true (after->pdata[i] == elements->pdata[i]);
      g_assert_cmpint (gtk_check_button_get_active (after->pdata[i]), ==,
                       vw_stakeholder_cares_about (pekka, element));
      g_object_unref (element);
    }
  offered = managers_offered (f);
  g_assert_nonnull (strstr (offered, "Marja Kaskimäki"));
  g_assert_null (strstr (offered, "Pekka Rautio"));
  g_assert_true (g_str_has_prefix (offered, "Nobody, "));
  g_clear_pointer (&offered, g_free);

  /* His manager is the selected choice, and choosing another one still edits him. */
  manager_row = find_descendant (GTK_WIDGET (details (f)), is_row_titled, "Reports to");
  g_assert_cmpstr (gtk_string_list_get_string (
                     GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (manager_row))),
                     adw_combo_row_get_selected (ADW_COMBO_ROW (manager_row))),
                   ==, vw_item_get_display_name (vw_document_find (f->doc, VW_ITEM_STAKEHOLDER,
                                                   vw_item_get_string (pekka, "reports-to"))));
  adw_combo_row_set_selected (ADW_COMBO_ROW (manager_row), 0);
  g_assert_false (vw_item_is_set (pekka, "reports-to"));

  /* A new KPI is a new row. */
  vw_item_set_string (kpi, "name", "Spare parts stock");
  g_assert_true (vw_document_add_item (f->doc, kpi, -1, NULL));
  settle ();
  g_clear_pointer (&after, g_ptr_array_unref);
  after = expander_checks (f, "KPIs owned");
  g_assert_cmpuint (after->len, ==, kpis->len + 1);
  g_assert_true (g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                   gtk_widget_get_ancestor (after->pdata[kpis->len], ADW_TYPE_ACTION_ROW))),
                 "Spare parts stock"));
}

static gboolean
window_width_is (gpointer data)
{
  Fixture *f = data;

  return gtk_widget_get_width (GTK_WIDGET (f->window))
         == GPOINTER_TO_INT (g_object_get_data (G_OBJECT (f->window), "vw-wanted"));
}

static void
resize (Fixture *f,
        int      width)
{
  g_object_set_data (G_OBJECT (f->window), "vw-wanted", GINT_TO_POINTER (width));
  gtk_window_set_default_size (f->window, width, 800);
  g_assert_true (vw_test_wait_until (window_width_is, f, 10000));
  vw_test_iterate (100);
  settle ();
}

/* The detail pane sits beside the map and the table where there is room: the page's width
 * in a 1280 px window with the sidebar (about 1040 px) and in an 800 px one (the sidebar
 * folded); it slides over them only when narrower. */
static void
test_pane_beside (Fixture       *f,
                  gconstpointer  data)
{
  vw_stakeholders_page_select (f->page, person (f, "cfo"), TRUE);
  g_assert_true (adw_flap_get_reveal_flap (flap (f)));

  resize (f, 1040);
  g_assert_false (adw_flap_get_folded (flap (f)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (map (f))), >=, 500);

  resize (f, 800);
  g_assert_false (adw_flap_get_folded (flap (f)));

  resize (f, 560);
  g_assert_true (adw_flap_get_folded (flap (f)));
  g_assert_true (adw_flap_get_reveal_flap (flap (f)));
}

static void
test_table (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *cell = find_descendant (GTK_WIDGET (f->page), is_entry_with_text, "Laura Nieminen");
  VwItem *laura = person (f, "purchasing");

  g_assert_nonnull (cell);
  gtk_editable_set_text (GTK_EDITABLE (cell), "Laura Niemi");
  g_assert_cmpstr (vw_item_get_string (laura, "name"), ==, "Laura Niemi");
  gtk_editable_set_text (GTK_EDITABLE (cell), "");
  g_assert_true (gtk_widget_has_css_class (cell, "error"));
  g_assert_cmpstr (vw_item_get_string (laura, "name"), ==, "Laura Niemi");

  /* A change elsewhere shows in the cell. */
  g_assert_true (vw_document_set_string (f->doc, laura, "name", "Laura N."));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell)), ==, "Laura N.");
}

static void
test_add_remove (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *people = vw_document_get_items (f->doc, VW_ITEM_STAKEHOLDER);
  VwItem *added;

  /* Nothing selected: Delete removes nobody. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "stakeholders.remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 7);
  {
    GtkWidget *button = find_descendant (GTK_WIDGET (f->page), is_button_labelled, "_Add Person");

    g_assert_nonnull (button);
    g_signal_emit_by_name (button, "clicked");
  }
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 8);
  added = vw_stakeholders_page_get_selected (f->page);
  g_assert_nonnull (added);
  g_assert_cmpstr (vw_item_get_id (added), ==, "person_1");
  g_assert_cmpstr (vw_item_get_string (added, "name"), ==, "New person");
  g_assert_true (adw_flap_get_reveal_flap (flap (f)));
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), ==, "Add New person");

  /* Delete removes the selected person; undo brings them back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "stakeholders.remove", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 7);
  g_assert_false (adw_flap_get_reveal_flap (flap (f)));
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 8);

  /* Removing Marja also clears "reports to" of those who report to her, in one step. */
  vw_stakeholders_page_select (f->page, person (f, "mill_manager"), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "stakeholders.remove", NULL));
  g_assert_false (vw_item_is_set (person (f, "cfo"), "reports-to"));
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpstr (vw_item_get_string (person (f, "cfo"), "reports-to"), ==, "mill_manager");
}

static void
test_fixes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) titles = NULL;
  VwItem *element = vw_document_find (f->doc, VW_ITEM_ELEMENT, "spares_capital");
  const char *none[] = { NULL };
  const char *cfo_elements[] = { "predictable_cost", NULL };

  /* "Open" on the blocker opens Pekka. */
  g_signal_emit_by_name (warning_button (f, 0), "clicked");
  g_assert_true (vw_stakeholders_page_get_selected (f->page) == person (f, "maintenance_manager"));
  g_assert_true (adw_flap_get_reveal_flap (flap (f)));

  /* A selected element nobody cares about: "Deselect" deselects it, one undoable step. */
  g_assert_true (vw_document_set_strv (f->doc, element, "stakeholders", none));
  g_assert_true (vw_document_set_strv (f->doc, person (f, "cfo"), "elements", cfo_elements));
  settle ();
  titles = warnings (f);
  g_assert_cmpstr (titles->pdata[titles->len - 1], ==,
                   "Nobody on the map cares about the selected value element “Less capital in spare parts”");
  g_signal_emit_by_name (warning_button (f, titles->len - 1), "clicked");
  g_assert_false (vw_item_get_bool (element, "selected"));
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), ==, "Deselect Less capital in spare parts");
  g_clear_pointer (&titles, g_ptr_array_unref);

  /* Without outside parties, the fix adds one, marked outside, ready to be named. */
  g_assert_true (vw_document_remove_item (f->doc, person (f, "union_rep"), NULL));
  g_assert_true (vw_document_remove_item (f->doc, person (f, "insurer"), NULL));
  settle ();
  titles = warnings (f);
  g_assert_true (g_str_has_prefix (titles->pdata[titles->len - 1], "No outside party"));
  g_signal_emit_by_name (warning_button (f, titles->len - 1), "clicked");
  g_assert_true (vw_item_get_bool (vw_stakeholders_page_get_selected (f->page), "outside"));
  g_assert_cmpstr (vw_item_get_string (vw_stakeholders_page_get_selected (f->page), "name"), ==,
                   "New outside party");
  settle ();
  g_clear_pointer (&titles, g_ptr_array_unref);
  titles = warnings (f);
  for (guint i = 0; i < titles->len; i++)
    g_assert_false (g_str_has_prefix (titles->pdata[i], "No outside party"));
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  vw_document_set_read_only (f->doc, "newer format");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "stakeholders.add", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (vw_document_get_items (f->doc,
                                                                     VW_ITEM_STAKEHOLDER)), ==, 7);
  g_signal_emit_by_name (map (f), "item-dragged", 3, 1.0, 5.0);
  g_assert_false (vw_document_can_undo (f->doc));
  g_assert_false (gtk_widget_is_sensitive (vw_test_find_by_type (GTK_WIDGET (f->page),
                                                                 VW_TYPE_STAKEHOLDER_TABLE, NULL)));
}

int
main (int   argc,
      char *argv[])
{
  vw_test_init (&argc, &argv);

  g_test_add ("/stakeholders/map-and-coverage", Fixture, NULL, fixture_setup,
              test_map_and_coverage, fixture_teardown);
  g_test_add ("/stakeholders/details", Fixture, NULL, fixture_setup, test_details,
              fixture_teardown);
  g_test_add ("/stakeholders/drop-keeps-rows", Fixture, NULL, fixture_setup,
              test_drop_keeps_rows, fixture_teardown);
  g_test_add ("/stakeholders/pane-beside", Fixture, NULL, fixture_setup, test_pane_beside,
              fixture_teardown);
  g_test_add ("/stakeholders/table", Fixture, NULL, fixture_setup, test_table, fixture_teardown);
  g_test_add ("/stakeholders/add-remove", Fixture, NULL, fixture_setup, test_add_remove,
              fixture_teardown);
  g_test_add ("/stakeholders/fixes", Fixture, NULL, fixture_setup, test_fixes, fixture_teardown);
  g_test_add ("/stakeholders/read-only", Fixture, NULL, fixture_setup, test_read_only,
              fixture_teardown);

  return g_test_run ();
}
