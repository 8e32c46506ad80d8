/* test-model-page.c: the Model & Simulation page on the example case and on empty cases
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vw-chart-view.h"
#include "vw-explain-window.h"
#include "vw-goal-seek-dialog.h"
#include "vw-input-adder.h"
#include "vw-input-row.h"
#include "vw-kpi-editor.h"
#include "vw-model-page.h"
#include "vw-test-utils.h"
#include "vw-unit-format.h"
#include "vw-vwb.h"

#define TIMEOUT_MS 20000

typedef struct
{
  GtkWindow   *window;
  VwModelPage *page;
  VwDocument  *doc;
  VwCaseModel *cm;
} Fixture;

static VwDocument *
load_example (void)
{
  return vw_test_load_sample ("example-case.vwb");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 800);
  f->page = g_object_new (VW_TYPE_MODEL_PAGE, NULL);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  if (data != NULL)
    {
      f->doc = load_example ();
      f->cm = vw_case_model_new (f->doc);
      vw_page_set_case (VW_PAGE (f->page), f->doc, f->cm);
    }
  vw_test_show_and_wait (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->cm);
  g_clear_object (&f->doc);
}

static gboolean
wait_until_idle (VwModelPage *page)
{
  gint64 end = g_get_monotonic_time () + TIMEOUT_MS * 1000;

  while (vw_model_page_get_simulating (page))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static const char *
stack_child (VwModelPage *page)
{
  GtkWidget *stack = vw_test_find_by_type (GTK_WIDGET (page), GTK_TYPE_STACK, NULL);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

/* The card of @kpi_id for alternative @alt_id. */
static VwKpiCard *
find_card (Fixture    *f,
           const char *kpi_id,
           const char *alt_id)
{
  VwItem *kpi = vw_document_find (f->doc, VW_ITEM_KPI, kpi_id);
  g_autofree char *alt_name = g_strdup (vw_item_get_display_name (vw_document_find (f->doc, VW_ITEM_ALTERNATIVE, alt_id)));

  for (guint i = 0; i < vw_model_page_get_n_cards (f->page); i++)
    {
      VwKpiCard *card = vw_model_page_get_card (f->page, i);
      GtkWidget *subtitle = gtk_widget_get_next_sibling (gtk_widget_get_first_child (GTK_WIDGET (card)));

      if (g_str_equal (vw_kpi_card_get_title (card), vw_item_get_display_name (kpi))
          && g_str_equal (gtk_label_get_label (GTK_LABEL (subtitle)), alt_name))
        return card;
    }
  g_assert_not_reached ();
}

/* The KPI as an independent model computes it, formatted as a card does. */
static char *
expected_card_text (VwDocument *doc,
                    const char *variable,
                    const char *alternative,
                    const char *unit)
{
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  VwValueFormat format;
  VwValue value;

  vw_case_model_evaluate (cm);
  g_assert_true (vw_case_model_get_value (cm, variable, alternative, &value));
  g_assert_cmpint (value.kind, ==, VW_VALUE_SCALAR);
  vw_value_format_for_unit (unit, "EUR", &format);
  return vw_format_value (vw_number_locale_from_environment (), &format, value.scalar,
                          VW_FORMAT_ABBREVIATED);
}

static void
test_no_case (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(VwDocument) empty = vw_document_new ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (empty);

  g_assert_cmpstr (stack_child (f->page), ==, "empty");
  g_assert_cmpuint (vw_model_page_get_n_cards (f->page), ==, 0);

  /* A case with nothing to compute: a helpful empty state, no crash. */
  vw_page_set_case (VW_PAGE (f->page), empty, cm);
  vw_model_page_refresh_now (f->page);
  g_assert_cmpstr (stack_child (f->page), ==, "empty");
  vw_model_page_simulate (f->page, 100);
  g_assert_true (wait_until_idle (f->page));
  vw_page_set_case (VW_PAGE (f->page), NULL, NULL);
  g_assert_cmpstr (stack_child (f->page), ==, "empty");
}

/* The Add Input popovers of the page, in widget order; the one the page shows first. */
static void
collect_adders (GtkWidget *widget,
                GType      type,
                GPtrArray *found)
{
  if (GTK_IS_MENU_BUTTON (widget) &&
      G_TYPE_CHECK_INSTANCE_TYPE (gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget)), type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_adders (c, type, found);
}

static GtkMenuButton *
shown_add_button (VwModelPage *page,
                  GType        type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_adders (GTK_WIDGET (page), type, found);
  for (guint i = 0; i < found->len; i++)
    if (gtk_widget_is_drawable (g_ptr_array_index (found, i)))
      return g_ptr_array_index (found, i);
  return NULL;
}

/* A case with alternatives but no figures offers Add Input, and the first input leaves the
 * empty state. */
static void
test_add_first_input (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(VwDocument) doc = vw_document_new ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  g_autoptr(VwAlternative) today = vw_alternative_new ("today");
  g_autoptr(GError) error = NULL;
  GtkMenuButton *button;
  VwVariable *input;

  vw_item_set_string (VW_ITEM (today), "role", "status-quo");
  g_assert_true (vw_document_add_item (doc, VW_ITEM (today), -1, NULL));
  vw_page_set_case (VW_PAGE (f->page), doc, cm);
  vw_model_page_refresh_now (f->page);
  vw_test_settle ();
  g_assert_cmpstr (stack_child (f->page), ==, "empty");
  button = shown_add_button (f->page, VW_TYPE_INPUT_ADDER);
  g_assert_nonnull (button);
  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (f->window), "model-add-first-input.png"), >, 10);

  input = vw_input_adder_add (VW_INPUT_ADDER (gtk_menu_button_get_popover (button)),
                              "  Changeovers per week ", "1/week", "14", &error);
  g_assert_no_error (error);
  g_assert_nonnull (input);
  g_assert_cmpstr (vw_item_get_id (VW_ITEM (input)), ==, "changeovers_per_week");
  vw_model_page_refresh_now (f->page);
  g_assert_cmpstr (stack_child (f->page), ==, "case");
  g_assert_nonnull (vw_model_page_find_input_row (f->page, "changeovers_per_week"));
  vw_page_set_case (VW_PAGE (f->page), NULL, NULL);
}

/* Add Input on a full case: one undoable step, the value in the user's notation and unit,
 * the same for every alternative; a wrong value or no name adds nothing. */
static void
test_add_input (Fixture       *f,
                gconstpointer  data)
{
  GtkMenuButton *button = shown_add_button (f->page, VW_TYPE_INPUT_ADDER);
  VwInputAdder *adder;
  g_autoptr(GError) error = NULL;
  guint n_before = g_list_model_get_n_items (vw_document_get_items (f->doc, VW_ITEM_VARIABLE));
  VwVariable *input;
  int var;

  g_assert_nonnull (button);
  adder = VW_INPUT_ADDER (gtk_menu_button_get_popover (button));

  g_assert_null (vw_input_adder_add (adder, "Scrap rate", "share", "twelve", &error));
  g_assert_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_INVALID_ID);
  g_clear_error (&error);
  g_assert_null (vw_input_adder_add (adder, "   ", "share", "12", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (vw_document_get_items (f->doc, VW_ITEM_VARIABLE)),
                    ==, n_before);

  input = vw_input_adder_add (adder, "Scrap rate", "share", "12.5%", &error);
  g_assert_no_error (error);
  g_assert_nonnull (input);
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (input), "kind"), ==, "input");
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (input), "unit"), ==, "share");
  vw_case_model_evaluate (f->cm);
  var = -1;
  for (guint v = 0; v < vw_case_model_get_n_variables (f->cm); v++)
    if (vw_case_model_get_variable (f->cm, v) == input)
      var = (int) v;
  g_assert_cmpint (var, >=, 0);
  for (guint a = 0; a < vw_case_model_get_n_alternatives (f->cm); a++)
    g_assert_cmpfloat_with_epsilon (vw_case_model_get_effective_input (f->cm, var, a), 0.125, 1e-12);
  vw_model_page_refresh_now (f->page);
  g_assert_nonnull (vw_model_page_find_input_row (f->page, "scrap_rate"));

  /* A second input of the same name gets its own id. */
  input = vw_input_adder_add (adder, "Scrap rate", "share", "0.2", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vw_item_get_id (VW_ITEM (input)), ==, "scrap_rate_2");

  /* Each was one step. */
  vw_document_undo (f->doc);
  vw_document_undo (f->doc);
  g_assert_null (vw_document_find (f->doc, VW_ITEM_VARIABLE, "scrap_rate"));
  g_assert_cmpuint (g_list_model_get_n_items (vw_document_get_items (f->doc, VW_ITEM_VARIABLE)),
                    ==, n_before);
  vw_model_page_refresh_now (f->page);
  g_assert_null (vw_model_page_find_input_row (f->page, "scrap_rate"));
}

/* Add KPI: a figure of the model becomes one of the customer's KPIs, with its cards at once;
 * one undoable step. */
static void
test_add_kpi (Fixture       *f,
              gconstpointer  data)
{
  GtkMenuButton *button = shown_add_button (f->page, VW_TYPE_KPI_EDITOR);
  guint n_cards = vw_model_page_get_n_cards (f->page);
  guint n_alts = vw_case_model_get_n_alternatives (f->cm);
  g_autoptr(GError) error = NULL;
  VwKpiEditor *adder;
  VwKpi *kpi;

  g_assert_nonnull (button);
  adder = VW_KPI_EDITOR (gtk_menu_button_get_popover (button));
  /* Shown with a KPI chosen: its fields filled, Save and Remove offered. */
  gtk_widget_grab_focus (GTK_WIDGET (button));
  vw_test_settle ();
  gtk_menu_button_popup (button);
  vw_test_settle ();
  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (adder), "kpi-editor.png"), >, 10);
  gtk_menu_button_popdown (button);

  g_assert_null (vw_kpi_editor_save (adder, NULL, "Throughput", "no_such_figure", FALSE, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (vw_kpi_editor_save (adder, NULL, "Throughput", "output_t", FALSE, "lots", &error));
  g_assert_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_INVALID_ID);
  g_clear_error (&error);

  kpi = vw_kpi_editor_save (adder, NULL, "", "output_t", FALSE, "1,250,000", &error);
  g_assert_no_error (error);
  g_assert_nonnull (kpi);
  /* A blank name is the figure's own label; the unit is the figure's. */
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (kpi), "name"), ==,
                   vw_item_get_display_name (VW_ITEM (vw_document_find_variable (f->doc, "output_t"))));
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (kpi), "unit"), ==,
                   vw_item_get_string (VW_ITEM (vw_document_find_variable (f->doc, "output_t")), "unit"));
  g_assert_cmpfloat (vw_item_get_double (VW_ITEM (kpi), "target"), ==, 1250000.0);
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (kpi), "better"), ==, "higher");
  vw_model_page_refresh_now (f->page);
  /* One card per alternative but the baseline. */
  g_assert_cmpuint (vw_model_page_get_n_cards (f->page), ==, n_cards + n_alts - 1);

  /* Changed in the meeting: "lower is better", a new target, then no target; one step. */
  g_assert_true (vw_kpi_editor_save (adder, kpi, "Tonnes sold", "output_t", TRUE, "1,300,000",
                                     &error) == kpi);
  g_assert_no_error (error);
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (kpi), "name"), ==, "Tonnes sold");
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (kpi), "better"), ==, "lower");
  g_assert_cmpfloat (vw_item_get_double (VW_ITEM (kpi), "target"), ==, 1300000.0);
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), ==, "Change KPI “Tonnes sold”");
  g_assert_true (vw_kpi_editor_save (adder, kpi, "Tonnes sold", "output_t", TRUE, "", &error) == kpi);
  g_assert_false (vw_item_is_set (VW_ITEM (kpi), "target"));
  vw_document_undo (f->doc);
  vw_document_undo (f->doc);
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (kpi), "better"), ==, "higher");
  g_assert_cmpfloat (vw_item_get_double (VW_ITEM (kpi), "target"), ==, 1250000.0);

  vw_document_undo (f->doc);
  vw_model_page_refresh_now (f->page);
  g_assert_cmpuint (vw_model_page_get_n_cards (f->page), ==, n_cards);
}

static void
test_cards_follow_inputs (Fixture       *f,
                          gconstpointer  data)
{
  VwKpiCard *card;
  GtkWidget *row;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(VwDocument) check = NULL;

  g_assert_cmpstr (stack_child (f->page), ==, "case");
  /* Four KPIs × the two alternatives that are not the status quo. */
  g_assert_cmpuint (vw_model_page_get_n_cards (f->page), ==, 8);

  card = find_card (f, "ebit_kpi", "service_contract");
  before = expected_card_text (f->doc, "ebit", "service_contract", "EUR/year");
  g_assert_cmpstr (vw_kpi_card_get_value_text (card), ==, before);

  /* Type a new availability for the offer, as the seller would. */
  vw_model_page_set_input_alternative (f->page, 1);
  row = vw_model_page_find_input_row (f->page, "availability");
  g_assert_nonnull (row);
  g_assert_true (vw_input_row_set_text (VW_INPUT_ROW (row), "90"));
  g_assert_cmpfloat (vw_input_row_get_value (VW_INPUT_ROW (row)), ==, 0.9);
  vw_model_page_refresh_now (f->page);

  check = load_example ();
  vw_document_set_input (check, vw_document_find_variable (check, "availability"),
                         "service_contract", 0.9);
  after = expected_card_text (check, "ebit", "service_contract", "EUR/year");
  g_assert_cmpstr (after, !=, before);
  g_assert_cmpstr (vw_kpi_card_get_value_text (card), ==, after);

  /* Not a number: nothing changes. */
  g_assert_false (vw_input_row_set_text (VW_INPUT_ROW (row), "ninety"));
  g_assert_cmpfloat (vw_input_row_get_value (VW_INPUT_ROW (row)), ==, 0.9);

  /* One undo takes the edit back, card and row alike. */
  g_assert_true (vw_document_undo (f->doc));
  vw_model_page_refresh_now (f->page);
  g_assert_cmpfloat (vw_input_row_get_value (VW_INPUT_ROW (row)), ==, 0.94);
  g_assert_cmpstr (vw_kpi_card_get_value_text (card), ==, before);
}

static void
test_highlights_and_scenario (Fixture       *f,
                              gconstpointer  data)
{
  VwInputRow *availability, *price;
  GtkDropDown *scenarios;

  vw_model_page_set_input_alternative (f->page, 1);
  availability = VW_INPUT_ROW (vw_model_page_find_input_row (f->page, "availability"));
  /* The example case's planned hours differ from its template's default. */
  g_assert_true (vw_input_row_get_changed_from_template (VW_INPUT_ROW (vw_model_page_find_input_row (f->page, "planned_hours"))));

  vw_model_page_start_meeting (f->page);
  g_assert_false (vw_input_row_get_changed_in_meeting (availability));
  price = VW_INPUT_ROW (vw_model_page_find_input_row (f->page, "price"));
  g_assert_true (vw_input_row_set_text (price, "1234567"));
  g_assert_true (vw_input_row_get_changed_in_meeting (price));
  g_assert_false (vw_input_row_get_changed_in_meeting (availability));

  /* The scenario switcher: the optimistic availability of the offer is 96 %. */
  scenarios = GTK_DROP_DOWN (vw_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_DROP_DOWN, NULL));
  gtk_drop_down_set_selected (scenarios, 3);
  g_assert_cmpstr (vw_case_model_get_scenario (f->cm), ==, "optimistic");
  g_assert_cmpfloat (vw_input_row_get_value (availability), ==, 0.96);
  /* Editing it changes the scenario, not the case's own value. */
  g_assert_true (vw_input_row_set_text (availability, "97"));
  g_assert_cmpfloat (vw_input_row_get_value (availability), ==, 0.97);
  gtk_drop_down_set_selected (scenarios, 0);
  g_assert_null (vw_case_model_get_scenario (f->cm));
  g_assert_cmpfloat (vw_input_row_get_value (availability), ==, 0.94);
}

static void
test_monte_carlo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(VwCaseMonteCarlo) reference = NULL;
  g_autoptr(GError) error = NULL;
  const VwCaseMonteCarlo *mc;
  VwKpiCard *card = find_card (f, "ebit_kpi", "service_contract");
  g_autofree char *range = NULL;
  GtkWidget *row;

  g_assert_cmpstr (vw_kpi_card_get_range_text (card), ==, "");
  vw_model_page_simulate (f->page, 2000);
  g_assert_true (vw_model_page_get_simulating (f->page));
  g_assert_true (wait_until_idle (f->page));
  mc = vw_model_page_get_simulation (f->page);
  g_assert_nonnull (mc);
  g_assert_cmpuint (mc->n_draws, ==, 2000);
  g_assert_true (g_str_has_prefix (vw_kpi_card_get_range_text (card), "P10–P90: "));
  range = g_strdup (vw_kpi_card_get_range_text (card));

  /* The same numbers as a run on the window's model with the case's seed. */
  reference = vw_case_model_run_monte_carlo (f->cm, 2000, vw_case_model_get_mc_seed (f->cm),
                                             NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reference->n_outputs, ==, mc->n_outputs);
  for (guint i = 0; i < mc->n_outputs; i++)
    g_assert_cmpfloat (reference->outputs[i].p90, ==, mc->outputs[i].p90);

  /* Cancel: the page is as before the run (results, buttons, progress). */
  vw_model_page_simulate (f->page, 2000000);
  vw_test_iterate (50);
  vw_model_page_cancel_simulation (f->page);
  g_assert_true (wait_until_idle (f->page));
  g_assert_false (vw_model_page_get_simulating (f->page));
  g_assert_cmpstr (vw_kpi_card_get_range_text (card), ==, range);

  /* An edit makes the results stale: no range claims to describe inputs it never saw. */
  row = vw_model_page_find_input_row (f->page, "contribution_margin");
  g_assert_true (vw_input_row_set_text (VW_INPUT_ROW (row), "150"));
  vw_model_page_refresh_now (f->page);
  g_assert_null (vw_model_page_get_simulation (f->page));
  g_assert_cmpstr (vw_kpi_card_get_range_text (card), ==, "");

  /* Editing during a run is safe: the worker has its own copy. */
  vw_model_page_simulate (f->page, 20000);
  g_assert_true (vw_input_row_set_text (VW_INPUT_ROW (row), "160"));
  g_assert_true (wait_until_idle (f->page));
}

static void
test_explain (Fixture       *f,
              gconstpointer  data)
{
  VwKpiCard *card = find_card (f, "roce_kpi", "service_contract");
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before = g_list_model_get_n_items (toplevels);
  g_autoptr(GtkWindow) explain = NULL;
  GtkWidget *list;

  g_assert_true (gtk_widget_activate (GTK_WIDGET (card)));
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (VW_IS_EXPLAIN_WINDOW (w))
        explain = g_object_ref (w);
    }
  g_assert_nonnull (explain);
  g_assert_cmpstr (gtk_window_get_title (explain), ==,
                   "Explain: Return on capital employed (margin × turnover)");
  list = vw_explain_window_get_tree (VW_EXPLAIN_WINDOW (explain));
  /* The root is unfolded: its formula's two figures are rows below it. */
  g_assert_true (ADW_IS_EXPANDER_ROW (gtk_widget_get_first_child (list)));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (gtk_widget_get_first_child (list))));
  vw_test_show_and_wait (explain);
  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (explain), "explain.png"), >, 10);
  gtk_window_destroy (explain);
}

static GtkWindow *
take_explain_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (VW_IS_EXPLAIN_WINDOW (w))
        return g_steal_pointer (&w);
    }
  return NULL;
}

/* A bar explains the figure it shows: a value element's bar its value, a total the headline
 * of its alternative. */
static void
test_chart_item_explains_its_figure (Fixture       *f,
                                     gconstpointer  data)
{
  VwChartView *view;
  const VwChartResult *result;
  VwChartData *chart;
  gboolean element_seen = FALSE, total_seen = FALSE;

  /* The first tab: the value waterfall. */
  view = VW_CHART_VIEW (vw_model_page_get_chart_view (f->page));
  chart = vw_chart_view_get_data (view);
  g_assert_cmpint (chart->kind, ==, VW_CHART_VALUE_WATERFALL);
  result = vw_chart_view_get_result (view);
  g_assert_nonnull (result);
  for (guint i = 0; i < vw_chart_result_get_n_hits (result); i++)
    {
      const VwChartHit *hit = vw_chart_result_get_hit (result, i);
      const char *label = g_array_index (chart->categories, VwChartCategory, hit->index).label;
      g_autoptr(GtkWindow) explain = NULL;
      const char *expected;

      if (g_str_equal (label, "Fewer unplanned stops"))
        expected = "Explain: Value of fewer unplanned stops", element_seen = TRUE;
      else if (g_str_equal (label, "Own maintenance today"))
        expected = "Explain: EBIT of the line", total_seen = TRUE;
      else
        continue;
      vw_chart_view_activate_item (view, (int) i);
      explain = take_explain_window ();
      g_assert_nonnull (explain);
      g_assert_cmpstr (gtk_window_get_title (explain), ==, expected);
      gtk_window_destroy (explain);
    }
  g_assert_true (element_seen);
  g_assert_true (total_seen);
}

/* "What availability makes the EBIT gain reach €1.5 M a year?" */
static void
test_goal_seek (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *dialog = vw_goal_seek_dialog_new (NULL, f->cm, 1);
  g_autoptr(VwDocument) check = load_example ();
  g_autoptr(VwCaseModel) check_cm = vw_case_model_new (check);
  double solution = NAN, before;
  VwValue value;

  vw_goal_seek_dialog_select (VW_GOAL_SEEK_DIALOG (dialog), "ebit_gain", "availability");
  vw_case_model_evaluate (f->cm);
  vw_case_model_get_value (f->cm, "ebit_gain", "service_contract", &value);
  before = value.scalar;
  g_assert_false (vw_goal_seek_dialog_solve (VW_GOAL_SEEK_DIALOG (dialog), "lots", NULL));
  g_assert_true (vw_goal_seek_dialog_solve (VW_GOAL_SEEK_DIALOG (dialog), "1500000", &solution));
  g_assert_cmpfloat (solution, >, 0.86);
  g_assert_cmpfloat (solution, <, 1.0);
  /* Seeking changes nothing yet. */
  vw_case_model_evaluate (f->cm);
  vw_case_model_get_value (f->cm, "ebit_gain", "service_contract", &value);
  g_assert_cmpfloat (value.scalar, ==, before);

  /* Independently: with that availability the EBIT gain is the target. */
  vw_document_set_input (check, vw_document_find_variable (check, "availability"),
                         "service_contract", solution);
  vw_case_model_evaluate (check_cm);
  vw_case_model_get_value (check_cm, "ebit_gain", "service_contract", &value);
  g_assert_cmpfloat_with_epsilon (value.scalar, 1500000, 1);

  /* Apply: one undoable command. */
  g_assert_true (vw_goal_seek_dialog_apply (VW_GOAL_SEEK_DIALOG (dialog)));
  vw_model_page_refresh_now (f->page);
  g_assert_cmpfloat (vw_input_row_get_value (VW_INPUT_ROW (vw_model_page_find_input_row (f->page, "availability"))), ==, solution);
  g_assert_true (vw_document_undo (f->doc));
  vw_case_model_evaluate (f->cm);
  vw_case_model_get_value (f->cm, "ebit_gain", "service_contract", &value);
  g_assert_cmpfloat (value.scalar, ==, before);

  /* A target no availability reaches says so. */
  g_assert_false (vw_goal_seek_dialog_solve (VW_GOAL_SEEK_DIALOG (dialog), "900000000", NULL));
  g_assert_true (g_str_has_prefix (vw_goal_seek_dialog_get_message (VW_GOAL_SEEK_DIALOG (dialog)),
                                   "No value of Availability"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The charts: built from the case on screen; the distribution only after a simulation. */
static void
test_charts (Fixture       *f,
             gconstpointer  data)
{
  VwChartView *view;
  VwChartData *before;

  g_assert_true (vw_model_page_show_chart (f->page, VW_CHART_VALUE_WATERFALL));
  view = VW_CHART_VIEW (vw_model_page_get_chart_view (f->page));
  g_assert_nonnull (vw_chart_view_get_data (view));
  before = vw_chart_view_get_data (view);

  /* A slider step rebuilds the chart on screen. */
  g_assert_true (vw_input_row_set_text (VW_INPUT_ROW (vw_model_page_find_input_row (f->page, "contribution_margin")), "150"));
  vw_model_page_refresh_now (f->page);
  g_assert_true (vw_chart_view_get_data (view) != before);

  g_assert_true (vw_model_page_show_chart (f->page, VW_CHART_TORNADO));
  view = VW_CHART_VIEW (vw_model_page_get_chart_view (f->page));
  g_assert_nonnull (vw_chart_view_get_data (view));
  g_assert_cmpint (vw_chart_view_get_data (view)->kind, ==, VW_CHART_TORNADO);

  g_assert_true (vw_model_page_show_chart (f->page, VW_CHART_HISTOGRAM));
  view = VW_CHART_VIEW (vw_model_page_get_chart_view (f->page));
  g_assert_null (vw_chart_view_get_data (view));
  vw_model_page_simulate (f->page, 1000);
  g_assert_true (wait_until_idle (f->page));
  g_assert_nonnull (vw_chart_view_get_data (view));
  g_assert_cmpint (vw_chart_view_get_data (view)->kind, ==, VW_CHART_HISTOGRAM);
  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (view), "model-histogram.png"), >, 10);
}

static void
print_widest (GtkWidget *widget,
              int        depth)
{
  int min;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min <= 400)
    return;
  g_test_message ("%*s%s: %d px", depth, "", G_OBJECT_TYPE_NAME (widget), min);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    print_widest (c, depth + 1);
}

/* The page fits a narrow window, where the window folds its sidebar away. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "samples", NULL);
  g_autoptr(GDir) samples = g_dir_open (dir, 0, NULL);
  const char *name;

  /* Every sample case (New from Template starts from these). */
  while ((name = g_dir_read_name (samples)) != NULL)
    {
      g_autoptr(VwDocument) doc = NULL;
      g_autoptr(VwCaseModel) cm = NULL;
      int min;

      if (!g_str_has_suffix (name, ".vwb"))
        continue;
      doc = vw_test_load_sample (name);
      cm = vw_case_model_new (doc);
      vw_page_set_case (VW_PAGE (f->page), doc, cm);
      gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      /* A folded 480 px window (tests/ui/test-window.c) less room for its scroll bar. */
      if (min > 440)
        {
          g_test_message ("%s", name);
          print_widest (GTK_WIDGET (f->page), 0);
        }
      g_assert_cmpint (min, <=, 440);
    }
  vw_page_set_case (VW_PAGE (f->page), f->doc, f->cm);
}

static void
test_render (Fixture       *f,
             gconstpointer  data)
{
  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (f->page), "model-page.png"), >, 50);
}

int
main (int   argc,
      char *argv[])
{
  vw_test_init (&argc, &argv);

#define ADD(path, func, with_case) \
  g_test_add ("/model-page/" path, Fixture, (with_case) ? "example" : NULL, fixture_set_up, \
              func, fixture_tear_down)
  ADD ("no-case", test_no_case, FALSE);
  ADD ("add-first-input", test_add_first_input, FALSE);
  ADD ("add-input", test_add_input, TRUE);
  ADD ("add-kpi", test_add_kpi, TRUE);
  ADD ("cards-follow-inputs", test_cards_follow_inputs, TRUE);
  ADD ("highlights-and-scenario", test_highlights_and_scenario, TRUE);
  ADD ("monte-carlo", test_monte_carlo, TRUE);
  ADD ("explain", test_explain, TRUE);
  ADD ("chart-item-explains-its-figure", test_chart_item_explains_its_figure, TRUE);
  ADD ("goal-seek", test_goal_seek, TRUE);
  ADD ("charts", test_charts, TRUE);
  ADD ("narrow", test_narrow, TRUE);
  ADD ("render", test_render, TRUE);
#undef ADD

  return g_test_run ();
}
