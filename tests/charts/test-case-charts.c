/* test-case-charts.c: the case chart builders on the samples, against the engine's figures
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every number a builder puts into a chart is compared with what the engine computes for the
 * same variable and alternative (vw_case_model_get_value), and the example case's charts are
 * compared with reference images (regenerate-references.sh).
 */

#include <math.h>

#include "vw-case-charts.h"
#include "vw-chart-painter.h"
#include "vw-chart-reference.h"
#include "vw-vwb.h"

#define W 800
#define H 500

static VwDocument *
load_sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "samples", name,
                                            NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VwDocument *doc = vw_vwb_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

static double
scalar (VwCaseModel *cm,
        const char  *variable,
        const char  *alternative)
{
  VwValue v;

  g_assert_true (vw_case_model_get_value (cm, variable, alternative, &v));
  g_assert_cmpint (v.kind, ==, VW_VALUE_SCALAR);
  return v.scalar;
}

static double
value_of (const VwChartData *data,
          guint              series,
          guint              index)
{
  const VwChartSeries *s = g_ptr_array_index (data->series, series);

  g_assert_cmpuint (index, <, s->n_values);
  return s->values[index];
}

static const VwChartCategory *
category (const VwChartData *data,
          guint              index)
{
  g_assert_cmpuint (index, <, data->categories->len);
  return &g_array_index (data->categories, VwChartCategory, index);
}

static void
assert_close (double a,
              double b)
{
  g_assert_cmpfloat_with_epsilon (a, b, 1e-9 * MAX (1.0, MAX (fabs (a), fabs (b))));
}

static VwCaseModel *
example (VwDocument **doc)
{
  *doc = load_sample ("example-case.vwb");
  return vw_case_model_new (*doc);
}

static const VwCaseChartOptions internal_opt = { NULL, TRUE, TRUE };
static const VwCaseChartOptions customer_opt = { NULL, FALSE, TRUE };

static const char *
alt_id (VwCaseModel *cm,
        int          alt)
{
  g_assert_cmpint (alt, >=, 0);
  return vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (cm, (guint) alt)));
}

static void
test_roles (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  int headline = vw_case_chart_headline_variable (cm);

  g_assert_cmpint (headline, >=, 0);
  g_assert_cmpstr (vw_item_get_id (VW_ITEM (vw_case_model_get_variable (cm, headline))), ==,
                   "ebit");
  g_assert_cmpstr (alt_id (cm, vw_case_chart_offer_alternative (cm)), ==, "service_contract");
  g_assert_cmpstr (alt_id (cm, vw_case_chart_reference_alternative (cm)), ==, "local_contractor");
  g_assert_cmpstr (alt_id (cm, vw_case_chart_baseline_alternative (cm)), ==, "own_maintenance");
}

static void
test_value_waterfall (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(VwChartData) data = vw_case_chart_value_waterfall (cm, &internal_opt);
  guint n;
  double sum = 0;

  g_assert_nonnull (data);
  n = data->categories->len;
  /* baseline, four elements with a value, the price, the offer */
  g_assert_cmpuint (n, ==, 7);
  g_assert_true (category (data, 0)->flags & VW_CATEGORY_TOTAL);
  g_assert_true (category (data, n - 1)->flags & VW_CATEGORY_TOTAL);
  assert_close (value_of (data, 0, 0), scalar (cm, "ebit", "own_maintenance"));
  assert_close (value_of (data, 0, n - 1), scalar (cm, "ebit", "service_contract"));
  g_assert_cmpstr (category (data, 1)->label, ==, "Fewer unplanned stops");
  assert_close (value_of (data, 0, 1), scalar (cm, "uptime_value", "service_contract"));
  assert_close (value_of (data, 0, 2), scalar (cm, "speed_value", "service_contract"));
  assert_close (value_of (data, 0, 3), scalar (cm, "quality_value", "service_contract"));
  assert_close (value_of (data, 0, 4), scalar (cm, "own_cost_value", "service_contract"));
  /* The rest is exactly the change of price, so it is named after it. */
  g_assert_cmpstr (category (data, 5)->label, ==, "Annual contract fee");
  assert_close (value_of (data, 0, 5), -(scalar (cm, "price", "service_contract")
                                        - scalar (cm, "price", "own_maintenance")));
  for (guint i = 0; i + 1 < n; i++)
    sum += value_of (data, 0, i);
  assert_close (sum, value_of (data, 0, n - 1));
  g_assert_nonnull (data->title);

  /* A case whose elements carry no value has no value waterfall. */
  {
    g_autoptr(VwDocument) cargo = load_sample ("cargo-handling.vwb");
    g_autoptr(VwCaseModel) cargo_cm = vw_case_model_new (cargo);
    g_autoptr(VwChartData) none = vw_case_chart_value_waterfall (cargo_cm, &internal_opt);

    g_assert_null (none);
  }
}

/* No status quo: the waterfall starts from the reference; the rest is exactly the change of
 * a TCO cost (the investment), so it carries that cost's name. */
static void
test_value_waterfall_names_the_rest (void)
{
  g_autoptr(VwDocument) doc = load_sample ("power-plant.vwb");
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  g_autoptr(VwChartData) data = vw_case_chart_value_waterfall (cm, &internal_opt);
  guint n;

  g_assert_nonnull (data);
  n = data->categories->len;
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpstr (category (data, 0)->label, ==, "Gas-turbine plant");
  assert_close (value_of (data, 0, 0), scalar (cm, "npv_advantage", "gas_turbine"));
  assert_close (value_of (data, 0, 1), scalar (cm, "fuel_value", "engine_plant"));
  g_assert_cmpstr (category (data, n - 2)->label, ==, "Investment");
  assert_close (value_of (data, 0, n - 2),
                scalar (cm, "capex", "gas_turbine") - scalar (cm, "capex", "engine_plant"));
  assert_close (value_of (data, 0, n - 1), scalar (cm, "npv_advantage", "engine_plant"));
}

static void
test_value_waterfall_follows_inputs (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(VwChartData) data = NULL;
  g_autoptr(GError) error = NULL;

  /* A fee that is not a pure price change any more: another input moves too. */
  g_assert_true (vw_case_model_set_override (cm, "fixed_costs", "service_contract", 9000000,
                                             &error));
  g_assert_no_error (error);
  data = vw_case_chart_value_waterfall (cm, &internal_opt);
  g_assert_cmpuint (data->categories->len, ==, 7);
  g_assert_cmpstr (category (data, 5)->label, ==, "Other effects (not in a value element)");
  assert_close (value_of (data, 0, 6), scalar (cm, "ebit", "service_contract"));
}

static void
test_evc_waterfall (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(VwChartData) data = vw_case_chart_evc_waterfall (cm, &internal_opt);
  const VwChartMarker *price;
  guint n;
  double sum = 0;

  g_assert_nonnull (data);
  n = data->categories->len;
  assert_close (value_of (data, 0, 0), scalar (cm, "reference_price", "service_contract"));
  assert_close (value_of (data, 0, n - 1), scalar (cm, "evc", "service_contract"));
  /* The elements' differentiation over the reference: uptime first. */
  assert_close (value_of (data, 0, 1), scalar (cm, "uptime_value", "service_contract")
                                       - scalar (cm, "uptime_value", "local_contractor"));
  for (guint i = 0; i + 1 < n; i++)
    sum += value_of (data, 0, i);
  assert_close (sum, value_of (data, 0, n - 1));
  price = vw_chart_data_find_marker (data, VW_MARKER_PRICE);
  g_assert_nonnull (price);
  assert_close (price->value, scalar (cm, "price", "service_contract"));
}

static void
test_tco (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(VwChartData) data = vw_case_chart_tco (cm, &internal_opt);
  const VwChartSeries *first;

  g_assert_nonnull (data);
  g_assert_cmpuint (data->categories->len, ==, 3);
  g_assert_cmpuint (data->series->len, ==, 3);
  first = g_ptr_array_index (data->series, 0);
  g_assert_cmpint (first->role, ==, VW_CHART_ROLE_PRICE);
  assert_close (value_of (data, 0, 1), scalar (cm, "price", "service_contract"));
  assert_close (value_of (data, 1, 0), scalar (cm, "own_maintenance_cost", "own_maintenance"));
  assert_close (value_of (data, 2, 2), scalar (cm, "lost_profit", "local_contractor"));
  g_assert_cmpint (category (data, 1)->role, ==, VW_CHART_ROLE_OFFER);

  /* Series components count with the sum of their periods. */
  {
    g_autoptr(VwDocument) plant = load_sample ("power-plant.vwb");
    g_autoptr(VwCaseModel) plant_cm = vw_case_model_new (plant);
    g_autoptr(VwChartData) tco = vw_case_chart_tco (plant_cm, &internal_opt);
    VwValue v;
    double sum = 0;

    g_assert_nonnull (tco);
    g_assert_true (vw_case_model_get_value (plant_cm, "fuel_cost", "engine_plant", &v));
    g_assert_cmpint (v.kind, ==, VW_VALUE_SERIES);
    for (guint t = 0; t < v.len; t++)
      sum += v.series[t];
    g_assert_cmpstr (((VwChartSeries *) g_ptr_array_index (tco->series, 1))->name, ==,
                     "Fuel cost");
    assert_close (value_of (tco, 1, 1), sum);
    g_assert_nonnull (tco->subtitle);
  }
}

static void
test_cash_flow (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(VwChartData) data = vw_case_chart_cash_flow (cm, &internal_opt);
  VwValue flow;
  guint n;
  double sum = 0;

  g_assert_nonnull (data);
  g_assert_true (vw_case_model_get_value (cm, "benefit_flow", "service_contract", &flow));
  n = data->categories->len;
  g_assert_cmpuint (n, ==, flow.len);
  g_assert_cmpuint (data->series->len, ==, 3);
  for (guint t = 0; t < n; t++)
    {
      sum += flow.series[t];
      assert_close (value_of (data, 0, t), flow.series[t]);
      assert_close (value_of (data, 1, t), sum);
    }
  /* The discounted line ends on the engine's NPV of the same flow. */
  assert_close (value_of (data, 2, n - 1), scalar (cm, "benefit_npv", "service_contract"));
  g_assert_cmpstr (category (data, 0)->label, ==, "year 0");
}

static void
test_tornado (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(GError) error = NULL;
  g_autoptr(VwChartData) data = vw_case_chart_tornado (cm, &internal_opt, &error);
  double base = scalar (cm, "ebit", "service_contract");
  int row = -1;

  g_assert_no_error (error);
  g_assert_nonnull (data);
  assert_close (data->base_value, base);
  for (guint i = 0; i < data->categories->len; i++)
    if (g_strcmp0 (category (data, i)->label, "Contribution margin") == 0)
      row = (int) i;
  g_assert_cmpint (row, ==, 0);   /* the widest bar */

  /* Each end is the engine's figure with that input at that end, for every alternative. */
  g_assert_true (vw_case_model_set_override (cm, "contribution_margin", NULL, 140, &error));
  vw_case_model_evaluate (cm);
  assert_close (value_of (data, 0, (guint) row), scalar (cm, "ebit", "service_contract"));
  vw_case_model_clear_overrides (cm);
  g_assert_true (vw_case_model_set_override (cm, "contribution_margin", NULL, 210, &error));
  vw_case_model_evaluate (cm);
  assert_close (value_of (data, 1, (guint) row), scalar (cm, "ebit", "service_contract"));
  vw_case_model_clear_overrides (cm);

  /* A factor range multiplies the offer's own input, and only the offer's. */
  for (guint i = 0; i < data->categories->len; i++)
    if (g_strcmp0 (category (data, i)->label, "Availability") == 0)
      row = (int) i;
  g_assert_cmpstr (category (data, (guint) row)->label, ==, "Availability");
  {
    double x = scalar (cm, "availability", "service_contract");

    g_assert_true (vw_case_model_set_override (cm, "availability", "service_contract", 0.97 * x,
                                               &error));
    vw_case_model_evaluate (cm);
    assert_close (value_of (data, 0, (guint) row), scalar (cm, "ebit", "service_contract"));
    vw_case_model_clear_overrides (cm);
    g_assert_true (vw_case_model_set_override (cm, "availability", "service_contract", 1.02 * x,
                                               &error));
    vw_case_model_evaluate (cm);
    assert_close (value_of (data, 1, (guint) row), scalar (cm, "ebit", "service_contract"));
    vw_case_model_clear_overrides (cm);
  }

  /* The tornado left the model as it found it. */
  vw_case_model_evaluate (cm);
  assert_close (scalar (cm, "ebit", "service_contract"), base);
}

static void
test_distribution (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(GError) error = NULL;
  g_autoptr(VwMonteCarloResult) samples = NULL;
  g_autoptr(VwCaseMonteCarlo) mc = NULL;
  g_autoptr(VwChartData) histogram = NULL;
  g_autoptr(VwChartData) curve = NULL;
  int headline = vw_case_chart_headline_variable (cm);
  int offer = vw_case_chart_offer_alternative (cm);
  const VwCaseOutputStats *stats = NULL;

  vw_case_model_evaluate (cm);
  samples = vw_case_model_run_monte_carlo_samples (cm, headline, offer, 2000, 11, NULL, &error);
  g_assert_no_error (error);
  mc = vw_case_model_run_monte_carlo (cm, 2000, 11, NULL, &error);
  g_assert_no_error (error);
  for (guint o = 0; o < mc->n_outputs; o++)
    if (mc->outputs[o].var == headline && mc->outputs[o].alt == offer)
      stats = &mc->outputs[o];
  g_assert_nonnull (stats);
  /* The same draws: the same percentiles as the case's whole simulation. */
  g_assert_cmpuint (samples->n_valid, ==, stats->n_valid);
  assert_close (samples->p10, stats->p10);
  assert_close (samples->p50, stats->p50);
  assert_close (samples->p90, stats->p90);

  histogram = vw_case_chart_distribution (cm, VW_CHART_HISTOGRAM, samples->sorted,
                                          samples->n_valid, &internal_opt);
  curve = vw_case_chart_distribution (cm, VW_CHART_S_CURVE, samples->sorted, samples->n_valid,
                                      &internal_opt);
  g_assert_nonnull (histogram);
  g_assert_nonnull (curve);
  g_assert_cmpuint (((VwChartSeries *) g_ptr_array_index (histogram->series, 0))->n_values, ==,
                    2000);
  g_assert_null (vw_case_chart_distribution (cm, VW_CHART_HISTOGRAM, NULL, 0, &internal_opt));
}

static void
test_distribution_cancelled (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  VwMonteCarloResult *samples;

  g_cancellable_cancel (cancellable);
  samples = vw_case_model_run_monte_carlo_samples (cm, vw_case_chart_headline_variable (cm),
                                                   vw_case_chart_offer_alternative (cm), 100000,
                                                   1, cancellable, &error);
  g_assert_null (samples);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_kpi_bullets (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(VwChartData) all = vw_case_chart_kpi_bullets (cm, NULL, &internal_opt);
  g_autoptr(VwChartData) mill = vw_case_chart_kpi_bullets (cm, "mill_manager", &internal_opt);

  g_assert_nonnull (all);
  g_assert_cmpuint (all->categories->len, ==, 4);
  g_assert_cmpstr (category (all, 0)->label, ==, "Overall equipment effectiveness");
  /* The KPI's own baseline wins; the offer is the engine's; the target the KPI's. */
  g_assert_cmpfloat (value_of (all, 0, 0), ==, 0.768);
  assert_close (value_of (all, 1, 0), scalar (cm, "oee", "service_contract"));
  g_assert_cmpfloat (value_of (all, 2, 0), ==, 0.85);
  /* No baseline field: the status quo's figure; no target: none. */
  assert_close (value_of (all, 0, 1), scalar (cm, "ebit", "own_maintenance"));
  g_assert_true (isnan (value_of (all, 2, 1)));
  g_assert_true (category (all, 3)->flags & VW_CATEGORY_LOWER_IS_BETTER);
  g_assert_cmpint (vw_chart_data_get_category_format (all, 0)->kind, ==, VW_VALUE_PERCENT);

  g_assert_nonnull (mill);
  g_assert_cmpuint (mill->categories->len, ==, 2);
  g_assert_cmpstr (category (mill, 0)->label, ==, "EBIT of the line");
}

static void
test_stakeholder_map (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(VwChartData) data = vw_case_chart_stakeholder_map (cm, &internal_opt);
  GListModel *people = vw_document_get_items (doc, VW_ITEM_STAKEHOLDER);
  guint n_links = 0;

  g_assert_nonnull (data);
  g_assert_cmpuint (data->points->len, ==, g_list_model_get_n_items (people));
  for (guint i = 0; i < data->points->len; i++)
    {
      g_autoptr(VwItem) person = g_list_model_get_item (people, i);
      const VwChartPoint *p = &g_array_index (data->points, VwChartPoint, i);

      g_assert_cmpfloat (p->x, ==, vw_item_get_int (person, "attitude"));
      g_assert_cmpfloat (p->y, ==, vw_item_get_int (person, "influence"));
      g_assert_true (g_str_has_prefix (p->label, vw_item_get_string (person, "name")));
      g_assert_cmpint (p->group, >=, 0);
      n_links += vw_item_is_set (person, "reports-to");
    }
  g_assert_cmpuint (data->links->len, ==, n_links);
  g_assert_cmpuint (data->groups->len, ==, 7);
}

static void
test_value_bubbles (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(VwChartData) data = vw_case_chart_value_bubbles (cm, &internal_opt);
  GListModel *elements = vw_document_get_items (doc, VW_ITEM_ELEMENT);

  g_assert_nonnull (data);
  g_assert_cmpuint (data->points->len, ==, g_list_model_get_n_items (elements));
  /* Scores, not money: "impact 5", never "impact €5". */
  g_assert_cmpint (data->format.kind, ==, VW_VALUE_NUMBER);
  for (guint i = 0; i < data->points->len; i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, i);
      const VwChartPoint *p = &g_array_index (data->points, VwChartPoint, i);

      g_assert_cmpfloat (p->x, ==, vw_item_get_int (element, "salience"));
      g_assert_cmpfloat (p->y, ==, vw_item_get_int (element, "differentiation"));
      g_assert_cmpfloat (p->size, ==, vw_item_get_int (element, "impact"));
      g_assert_cmpint (p->selected, ==, vw_item_get_bool (element, "selected"));
      g_assert_cmpint (p->detail != NULL, ==, vw_item_is_set (element, "value"));
    }
}

static void
test_verification (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(VwChartData) first = vw_case_chart_verification (cm, NULL, &internal_opt);
  g_autoptr(VwChartData) none = vw_case_chart_verification (cm, "no_such_kpi", &internal_opt);
  GListModel *records = vw_document_get_items (doc, VW_ITEM_VERIFICATION);
  g_autoptr(VwItem) record = g_list_model_get_item (records, 0);
  const char *kpi = vw_item_get_string (record, "kpi");
  guint n = 0;

  g_assert_nonnull (first);
  g_assert_null (none);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(VwItem) r = g_list_model_get_item (records, i);
      n += g_strcmp0 (vw_item_get_string (r, "kpi"), kpi) == 0;
    }
  g_assert_cmpuint (first->categories->len, ==, n);
  g_assert_cmpuint (first->series->len, ==, 2);
  for (guint i = 1; i < first->categories->len; i++)
    g_assert_cmpstr (category (first, i)->label, !=, category (first, i - 1)->label);
}

static void
test_price_corridor (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(VwChartData) internal = vw_case_chart_price_corridor (cm, &internal_opt);
  g_autoptr(VwChartData) hidden = vw_case_chart_price_corridor (cm, &customer_opt);
  g_autoptr(VwDocument) projection = vw_document_new_projection (doc, "customer");
  g_autoptr(VwCaseModel) customer_cm = vw_case_model_new (projection);
  g_autoptr(VwChartData) customer = vw_case_chart_price_corridor (customer_cm, &customer_opt);

  g_assert_nonnull (internal);
  g_assert_cmpuint (internal->markers->len, ==, 5);
  assert_close (vw_chart_data_find_marker (internal, VW_MARKER_COST)->value,
                scalar (cm, "our_cost", "service_contract"));
  assert_close (vw_chart_data_find_marker (internal, VW_MARKER_FLOOR)->value,
                scalar (cm, "price_floor", "service_contract"));
  assert_close (vw_chart_data_find_marker (internal, VW_MARKER_EVC)->value,
                scalar (cm, "evc", "service_contract"));

  /* No internal marker for a customer, from the full case or from the projection. */
  for (guint i = 0; i < 2; i++)
    {
      VwChartData *data = i == 0 ? hidden : customer;

      g_assert_nonnull (data);
      g_assert_cmpuint (data->markers->len, ==, 3);
      g_assert_null (vw_chart_data_find_marker (data, VW_MARKER_COST));
      g_assert_null (vw_chart_data_find_marker (data, VW_MARKER_FLOOR));
      g_assert_false (data->internal);
    }
  assert_close (vw_chart_data_find_marker (customer, VW_MARKER_PRICE)->value,
                scalar (cm, "price", "service_contract"));
}

static gboolean
draws_text (const VwChartData *data,
            const char        *text)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(VwChartResult) result = vw_chart_paint (cr, data, NULL, W, H);
  gboolean found = FALSE;

  for (guint i = 0; i < vw_chart_result_get_n_texts (result); i++)
    found |= g_strcmp0 (vw_chart_result_get_text (result, i)->text, text) == 0;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return found;
}

/* A ratio does not add up over periods: OEE has no cumulative panel, EBIT has one. */
static void
test_verification_cumulative (void)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(VwChartData) oee = vw_case_chart_verification (cm, "oee_kpi", &internal_opt);
  g_autoptr(VwChartData) ebit = vw_case_chart_verification (cm, "ebit_kpi", &internal_opt);

  g_assert_nonnull (oee);
  g_assert_nonnull (ebit);
  g_assert_cmpint (oee->format.kind, ==, VW_VALUE_PERCENT);
  g_assert_false (draws_text (oee, "Cumulative"));
  g_assert_true (draws_text (ebit, "Cumulative"));
}

/* A case with none of the roles: every builder says so with NULL, none crashes. */
static void
test_nothing_to_chart (void)
{
  g_autoptr(VwDocument) doc = vw_document_new ();
  g_autoptr(VwCaseModel) cm = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VwChartData) tornado = NULL;
  const char *ids[] = { "today", "ours" };
  const char *roles[] = { "status-quo", "offer" };

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(VwItem) alt = vw_item_new (VW_ITEM_ALTERNATIVE, ids[i]);

      vw_item_set_string (alt, "name", ids[i]);
      vw_item_set_string (alt, "role", roles[i]);
      vw_document_append_item (doc, alt);
    }
  cm = vw_case_model_new (doc);
  g_assert_null (vw_case_chart_value_waterfall (cm, &internal_opt));
  g_assert_null (vw_case_chart_evc_waterfall (cm, &internal_opt));
  g_assert_null (vw_case_chart_tco (cm, &internal_opt));
  g_assert_null (vw_case_chart_cash_flow (cm, &internal_opt));
  tornado = vw_case_chart_tornado (cm, &internal_opt, &error);
  g_assert_null (tornado);
  g_assert_no_error (error);
  g_assert_null (vw_case_chart_kpi_bullets (cm, NULL, &internal_opt));
  g_assert_null (vw_case_chart_stakeholder_map (cm, &internal_opt));
  g_assert_null (vw_case_chart_value_bubbles (cm, &internal_opt));
  g_assert_null (vw_case_chart_verification (cm, NULL, &internal_opt));
  g_assert_null (vw_case_chart_price_corridor (cm, &internal_opt));
}

/* ---- Reference images of the example case ---- */

static VwChartData *
build_kind (VwCaseModel *cm,
            VwChartKind  kind)
{
  g_autoptr(GError) error = NULL;

  switch (kind)
    {
    case VW_CHART_VALUE_WATERFALL:  return vw_case_chart_value_waterfall (cm, &internal_opt);
    case VW_CHART_EVC_WATERFALL:    return vw_case_chart_evc_waterfall (cm, &internal_opt);
    case VW_CHART_TCO:              return vw_case_chart_tco (cm, &internal_opt);
    case VW_CHART_CASH_FLOW:        return vw_case_chart_cash_flow (cm, &internal_opt);
    case VW_CHART_TORNADO:          return vw_case_chart_tornado (cm, &internal_opt, &error);
    case VW_CHART_KPI_BULLET:       return vw_case_chart_kpi_bullets (cm, NULL, &internal_opt);
    case VW_CHART_STAKEHOLDER_MAP:  return vw_case_chart_stakeholder_map (cm, &internal_opt);
    case VW_CHART_VALUE_BUBBLES:    return vw_case_chart_value_bubbles (cm, &internal_opt);
    case VW_CHART_VERIFICATION:     return vw_case_chart_verification (cm, NULL, &internal_opt);
    case VW_CHART_PRICE_CORRIDOR:   return vw_case_chart_price_corridor (cm, &internal_opt);
    case VW_CHART_HISTOGRAM:
    case VW_CHART_S_CURVE:
      {
        g_autoptr(VwMonteCarloResult) mc =
          vw_case_model_run_monte_carlo_samples (cm, vw_case_chart_headline_variable (cm),
                                                 vw_case_chart_offer_alternative (cm), 2000, 7,
                                                 NULL, &error);
        g_assert_no_error (error);
        return vw_case_chart_distribution (cm, kind, mc->sorted, mc->n_valid, &internal_opt);
      }
    case VW_CHART_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static void
test_reference (gconstpointer user_data)
{
  VwChartKind kind = GPOINTER_TO_UINT (user_data);
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = example (&doc);
  g_autoptr(VwChartData) data = build_kind (cm, kind);
  g_autofree char *name = g_strdup_printf ("case-%s.png", vw_chart_kind_to_string (kind));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(VwChartResult) result = NULL;

  g_assert_nonnull (data);
  result = vw_chart_paint (cr, data, vw_chart_theme_get (VW_CHART_THEME_LIGHT), W, H);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpuint (vw_chart_result_get_n_hits (result), >, 0);
  vw_chart_reference_check (surface, name);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case-charts/roles", test_roles);
  g_test_add_func ("/case-charts/value-waterfall", test_value_waterfall);
  g_test_add_func ("/case-charts/value-waterfall/names-the-rest",
                   test_value_waterfall_names_the_rest);
  g_test_add_func ("/case-charts/value-waterfall/follows-inputs",
                   test_value_waterfall_follows_inputs);
  g_test_add_func ("/case-charts/evc-waterfall", test_evc_waterfall);
  g_test_add_func ("/case-charts/tco", test_tco);
  g_test_add_func ("/case-charts/cash-flow", test_cash_flow);
  g_test_add_func ("/case-charts/tornado", test_tornado);
  g_test_add_func ("/case-charts/distribution", test_distribution);
  g_test_add_func ("/case-charts/distribution/cancelled", test_distribution_cancelled);
  g_test_add_func ("/case-charts/kpi-bullets", test_kpi_bullets);
  g_test_add_func ("/case-charts/stakeholder-map", test_stakeholder_map);
  g_test_add_func ("/case-charts/value-bubbles", test_value_bubbles);
  g_test_add_func ("/case-charts/verification", test_verification);
  g_test_add_func ("/case-charts/verification/cumulative", test_verification_cumulative);
  g_test_add_func ("/case-charts/price-corridor", test_price_corridor);
  g_test_add_func ("/case-charts/nothing-to-chart", test_nothing_to_chart);
  for (guint k = 0; k < VW_CHART_N_KINDS; k++)
    {
      g_autofree char *path = g_strdup_printf ("/case-charts/reference/%s",
                                               vw_chart_kind_to_string (k));
      g_test_add_data_func (path, GUINT_TO_POINTER (k), test_reference);
    }

  return g_test_run ();
}
