/* vw-case-charts.c: the charts of one value case, built from its compiled model
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every figure comes from the engine (vw_case_model_get_value_at) after one evaluation; a
 * builder never recomputes what a formula of the case computes. Where a chart adds up parts
 * (a waterfall), the parts that the case does not name are shown as their own step, so the
 * chart always ends on the engine's figure.
 */

#define G_LOG_DOMAIN "vw-case-charts"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-case-charts.h"
#include "vw-chart-theme.h"
#include "vw-format.h"
#include "vw-unit-format.h"
#include "vw-catalog.h"

/* A report's charts are built in the report's language (vw_catalog_push_thread). */
#undef _
#define _(String) vw_catalog_gettext (String)

/* ---- The case's roles ---- */

static int
find_variable (VwCaseModel *cm,
               const char  *id)
{
  guint n = vw_case_model_get_n_variables (cm);

  if (id == NULL)
    return -1;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (vw_item_get_id (VW_ITEM (vw_case_model_get_variable (cm, i))), id) == 0)
      return (int) i;
  return -1;
}

static int
find_alternative (VwCaseModel *cm,
                  const char  *id)
{
  guint n = vw_case_model_get_n_alternatives (cm);

  if (id == NULL)
    return -1;
  for (guint a = 0; a < n; a++)
    if (g_strcmp0 (vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (cm, a))), id) == 0)
      return (int) a;
  return -1;
}

static int
find_alternative_by_role (VwCaseModel *cm,
                          const char  *role)
{
  guint n = vw_case_model_get_n_alternatives (cm);

  for (guint a = 0; a < n; a++)
    if (g_strcmp0 (vw_item_get_string (VW_ITEM (vw_case_model_get_alternative (cm, a)), "role"),
                   role) == 0)
      return (int) a;
  return -1;
}

static VwItem *
meta_of (VwCaseModel *cm)
{
  return VW_ITEM (vw_document_get_meta (vw_case_model_get_document (cm)));
}

/* The variables whose role is @role, in document order. */
static GArray *
variables_with_role (VwCaseModel *cm,
                     const char  *role)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (int));
  guint n = vw_case_model_get_n_variables (cm);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (vw_item_get_string (VW_ITEM (vw_case_model_get_variable (cm, i)), "role"),
                   role) == 0)
      {
        int index = (int) i;
        g_array_append_val (found, index);
      }
  return found;
}

static int
first_variable_with_role (VwCaseModel *cm,
                          const char  *role)
{
  g_autoptr(GArray) found = variables_with_role (cm, role);

  return found->len > 0 ? g_array_index (found, int, 0) : -1;
}

/**
 * vw_case_chart_headline_variable:
 *
 * Returns: the first variable with `role="headline"` (document order), or −1
 */
int
vw_case_chart_headline_variable (VwCaseModel *cm)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), -1);

  return first_variable_with_role (cm, "headline");
}

/**
 * vw_case_chart_offer_alternative:
 *
 * Returns: the meta's `offer-alternative`, else the first alternative with the role "offer",
 *   or −1
 */
int
vw_case_chart_offer_alternative (VwCaseModel *cm)
{
  int a;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), -1);

  a = find_alternative (cm, vw_item_get_string (meta_of (cm), "offer-alternative"));
  return a >= 0 ? a : find_alternative_by_role (cm, "offer");
}

/**
 * vw_case_chart_reference_alternative:
 *
 * Returns: the meta's `reference-alternative`, else the first competitor, else the status
 *   quo, or −1
 */
int
vw_case_chart_reference_alternative (VwCaseModel *cm)
{
  int a;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), -1);

  a = find_alternative (cm, vw_item_get_string (meta_of (cm), "reference-alternative"));
  if (a < 0)
    a = find_alternative_by_role (cm, "competitor");
  if (a < 0)
    a = find_alternative_by_role (cm, "status-quo");
  return a;
}

/**
 * vw_case_chart_baseline_alternative:
 *
 * The alternative a value waterfall and the KPI bullets start from: what the customer has
 * today.
 *
 * Returns: the first alternative with the role "status-quo", else the reference, or −1
 */
int
vw_case_chart_baseline_alternative (VwCaseModel *cm)
{
  int a;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), -1);

  a = find_alternative_by_role (cm, "status-quo");
  return a >= 0 ? a : vw_case_chart_reference_alternative (cm);
}

/* ---- Figures ---- */

/* The variable's number for @alt: a scalar, or a series summed over its periods; NAN for an
 * error value or a variable the engine refused. */
static double
total_at (VwCaseModel *cm,
          int          var,
          int          alt)
{
  VwValue v;
  double sum = 0.0;

  if (var < 0 || alt < 0)
    return NAN;
  vw_case_model_get_value_at (cm, (guint) var, (guint) alt, &v);
  switch (v.kind)
    {
    case VW_VALUE_SCALAR:
      return v.scalar;
    case VW_VALUE_SERIES:
      for (guint t = 0; t < v.len; t++)
        sum += v.series[t];
      return sum;
    case VW_VALUE_ERROR:
    default:
      return NAN;
    }
}

static double
scalar_at (VwCaseModel *cm,
           int          var,
           int          alt)
{
  VwValue v;

  if (var < 0 || alt < 0)
    return NAN;
  vw_case_model_get_value_at (cm, (guint) var, (guint) alt, &v);
  return v.kind == VW_VALUE_SCALAR ? v.scalar : NAN;
}

static VwItem *
variable_item (VwCaseModel *cm,
               int          var)
{
  return VW_ITEM (vw_case_model_get_variable (cm, (guint) var));
}

static const char *
variable_label (VwCaseModel *cm,
                int          var)
{
  return vw_item_get_string (variable_item (cm, var), "label");
}

static const char *
variable_id (VwCaseModel *cm,
             int          var)
{
  return vw_item_get_id (variable_item (cm, var));
}

static const char *
alternative_id (VwCaseModel *cm,
                int          alt)
{
  return vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (cm, (guint) alt)));
}

static const char *
alternative_name (VwCaseModel *cm,
                  int          alt)
{
  return vw_item_get_string (VW_ITEM (vw_case_model_get_alternative (cm, (guint) alt)), "name");
}

static VwChartRole
alternative_role (VwCaseModel *cm,
                  int          alt)
{
  const char *role = vw_item_get_string (VW_ITEM (vw_case_model_get_alternative (cm, (guint) alt)),
                                         "role");

  if (g_strcmp0 (role, "offer") == 0)
    return VW_CHART_ROLE_OFFER;
  if (g_strcmp0 (role, "competitor") == 0)
    return VW_CHART_ROLE_COMPETITOR;
  return VW_CHART_ROLE_STATUS_QUO;
}

/* "variable_id = formula", or the id alone for an input: the tooltip's "where from". */
static char *
variable_formula (VwCaseModel *cm,
                  int          var)
{
  VwItem *item = variable_item (cm, var);
  const char *formula = vw_item_get_string (item, "formula");

  if (formula != NULL && vw_variable_is_formula (VW_VARIABLE (item)))
    return g_strdup_printf ("%s = %s", vw_item_get_id (item), formula);
  return g_strdup (vw_item_get_id (item));
}

static const char *
case_currency (VwCaseModel *cm)
{
  const char *currency = vw_item_get_string (meta_of (cm), "currency");

  return currency != NULL ? currency : "EUR";
}

/* How a unit reads (vw_value_format_for_unit), as the kind and the one string the chart
 * data's setters take. */
static void
kind_for_unit (VwCaseModel *cm,
               const char  *unit,
               VwValueKind *kind,
               const char **currency_or_unit)
{
  VwValueFormat format;

  vw_value_format_for_unit (unit, case_currency (cm), &format);
  *kind = format.kind;
  *currency_or_unit = format.kind == VW_VALUE_CURRENCY ? format.currency : format.unit;
}

static VwValueFormat
format_for_variable (VwCaseModel *cm,
                     int          var)
{
  VwValueFormat format;

  vw_value_format_for_unit (vw_item_get_string (variable_item (cm, var), "unit"),
                            case_currency (cm), &format);
  return format;
}

/* @unit: the unit of the chart's values; NULL: the case's currency; "": plain numbers (scores) */
static VwChartData *
chart_new (VwCaseModel              *cm,
           VwChartKind               kind,
           const VwCaseChartOptions *opt,
           const char               *unit,
           const char               *title)
{
  VwChartData *data = vw_chart_data_new (kind);
  const char *period = vw_item_get_string (meta_of (cm), "period-unit");
  const VwNumberLocale *locale = opt != NULL && opt->locale != NULL
                                   ? opt->locale : vw_number_locale_lookup ("en");
  VwValueKind value_kind;
  const char *currency_or_unit;

  kind_for_unit (cm, unit != NULL ? unit : case_currency (cm), &value_kind, &currency_or_unit);
  vw_chart_data_set_format (data, locale, value_kind, currency_or_unit, -1);
  data->internal = opt != NULL && opt->internal;
  data->period_unit = g_strcmp0 (period, "quarter") == 0 ? VW_PERIOD_QUARTER
                      : g_strcmp0 (period, "month") == 0 ? VW_PERIOD_MONTH : VW_PERIOD_YEAR;
  if (opt != NULL && opt->titles && title != NULL)
    vw_chart_data_set_title (data, title, NULL);
  return data;
}

static void
set_category_format_for_unit (VwCaseModel *cm,
                              VwChartData *data,
                              guint        index,
                              const char  *unit)
{
  VwValueKind kind;
  const char *currency_or_unit;

  kind_for_unit (cm, unit, &kind, &currency_or_unit);
  vw_chart_data_set_category_format (data, index, kind, currency_or_unit, -1);
}

static gboolean
nearly_zero (double value,
             double scale)
{
  return fabs (value) <= 1e-9 * MAX (fabs (scale), 1.0);
}

static void
add_step (VwChartData *data,
          GArray      *values,
          const char  *label,
          double       value,
          VwCategoryFlags flags,
          VwChartRole  role,
          const char  *formula,
          int          variable,
          int          alternative)
{
  guint c = vw_chart_data_add_category (data, label, flags, role);

  if (formula != NULL)
    vw_chart_data_set_category_formula (data, c, formula);
  vw_chart_data_set_category_source (data, c, variable, alternative);
  g_array_append_val (values, value);
}

static void
finish_steps (VwChartData *data,
              GArray      *values,
              const char  *name)
{
  vw_chart_data_add_series (data, name, VW_CHART_ROLE_NEUTRAL, VW_SERIES_BARS,
                            (const double *) values->data, values->len);
}

/* ---- 1. Value waterfall ---- */

static gboolean
same_figure (double a,
             double b)
{
  return isfinite (a) && isfinite (b) && !nearly_zero (a, 1.0)
         && fabs (a - b) <= 1e-9 * MAX (fabs (a), fabs (b));
}

/* The variable whose change from @baseline to @offer is exactly @rest, the part of the
 * headline's difference no value element holds: the price (paid more: value down), else a
 * cost of the TCO (cost less: value up). Exact to 1e-9, so the name is never a guess. */
static int
name_the_rest (VwCaseModel *cm,
               double       rest,
               int          baseline,
               int          offer)
{
  int price = find_variable (cm, VW_VAR_PRICE);

  if (price >= 0
      && same_figure (rest, total_at (cm, price, baseline) - total_at (cm, price, offer)))
    return price;
  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(GArray) costs = variables_with_role (cm, pass == 0 ? "tco-price" : "tco");

      for (guint i = 0; i < costs->len; i++)
        {
          int var = g_array_index (costs, int, i);

          if (same_figure (rest, total_at (cm, var, baseline) - total_at (cm, var, offer)))
            return var;
        }
    }
  return -1;
}

/**
 * vw_case_chart_value_waterfall:
 *
 * The headline for the baseline alternative (the status quo), then each value element's
 * `value` variable for the offer (a benefit up, a sacrifice down), then whatever of the
 * difference no element holds, named after the price or a TCO cost when it is exactly the
 * change of that variable, ending on the headline for the offer.
 *
 * Returns: (transfer full) (nullable): %NULL without a headline, an offer, a baseline or an
 *   element with a value
 */
VwChartData *
vw_case_chart_value_waterfall (VwCaseModel              *cm,
                               const VwCaseChartOptions *opt)
{
  g_autoptr(VwChartData) data = NULL;
  g_autoptr(GArray) values = NULL;
  VwDocument *doc;
  GListModel *elements;
  int headline, offer, baseline;
  double start, end, sum = 0.0, rest;
  guint n_steps = 0;
  const char *unit;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), NULL);

  vw_case_model_evaluate (cm);
  doc = vw_case_model_get_document (cm);
  headline = vw_case_chart_headline_variable (cm);
  offer = vw_case_chart_offer_alternative (cm);
  baseline = vw_case_chart_baseline_alternative (cm);
  if (headline < 0 || offer < 0 || baseline < 0 || baseline == offer)
    return NULL;
  start = total_at (cm, headline, baseline);
  end = total_at (cm, headline, offer);
  if (!isfinite (start) || !isfinite (end))
    return NULL;

  unit = vw_item_get_string (variable_item (cm, headline), "unit");
  data = chart_new (cm, VW_CHART_VALUE_WATERFALL, opt, unit, _("Value of our offer"));
  vw_chart_data_set_axis_titles (data, NULL, variable_label (cm, headline));
  values = g_array_new (FALSE, FALSE, sizeof (double));

  {
    g_autofree char *formula = g_strdup_printf ("%s@%s", variable_id (cm, headline),
                                                alternative_id (cm, baseline));
    add_step (data, values, alternative_name (cm, baseline), start, VW_CATEGORY_TOTAL,
              alternative_role (cm, baseline), formula, headline, baseline);
  }

  elements = vw_document_get_items (doc, VW_ITEM_ELEMENT);
  for (guint i = 0; i < g_list_model_get_n_items (elements); i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, i);
      g_autofree char *formula = NULL;
      int var = find_variable (cm, vw_item_get_string (element, "value"));
      double value = total_at (cm, var, offer);

      if (var < 0 || !isfinite (value))
        continue;
      formula = variable_formula (cm, var);
      add_step (data, values, vw_item_get_string (element, "name"), value, 0,
                VW_CHART_ROLE_NEUTRAL, formula, var, offer);
      sum += value;
      n_steps++;
    }
  if (n_steps == 0)
    return NULL;

  /* What the elements leave out of the difference: shown, never dropped. */
  rest = (end - start) - sum;
  if (!nearly_zero (rest, end - start))
    {
      int named = name_the_rest (cm, rest, baseline, offer);
      g_autofree char *formula = named >= 0 ? variable_formula (cm, named) : NULL;

      add_step (data, values, named >= 0 ? variable_label (cm, named)
                                         : _("Other effects (not in a value element)"),
                rest, 0,
                named >= 0 && g_str_equal (variable_id (cm, named), VW_VAR_PRICE)
                  ? VW_CHART_ROLE_PRICE : VW_CHART_ROLE_NEUTRAL,
                named >= 0 ? formula
                           : _("the difference of the headline less the value elements"),
                named, offer);
    }

  {
    g_autofree char *formula = g_strdup_printf ("%s@%s", variable_id (cm, headline),
                                                alternative_id (cm, offer));
    add_step (data, values, alternative_name (cm, offer), end, VW_CATEGORY_TOTAL,
              VW_CHART_ROLE_OFFER, formula, headline, offer);
  }
  finish_steps (data, values, variable_label (cm, headline));
  return g_steal_pointer (&data);
}

/* ---- 1. EVC waterfall ---- */

/**
 * vw_case_chart_evc_waterfall:
 *
 * `reference_price`, then the differentiation value: each value element whose `value` is in
 * the unit of `evc` contributes its value for the offer less its value for the reference
 * alternative (positive or negative differentiation), the rest of `differentiation_value` is
 * one more step; ending on `evc`, with `price` as a marker. All for the offer alternative.
 *
 * Returns: (transfer full) (nullable): %NULL when the pricing block is missing
 */
VwChartData *
vw_case_chart_evc_waterfall (VwCaseModel              *cm,
                             const VwCaseChartOptions *opt)
{
  g_autoptr(VwChartData) data = NULL;
  g_autoptr(GArray) values = NULL;
  GListModel *elements;
  int offer, reference, ref_price, evc, price, differentiation;
  double start, end, sum = 0.0, rest;
  const char *unit;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), NULL);

  vw_case_model_evaluate (cm);
  offer = vw_case_chart_offer_alternative (cm);
  reference = vw_case_chart_reference_alternative (cm);
  ref_price = find_variable (cm, VW_VAR_REFERENCE_PRICE);
  evc = find_variable (cm, "evc");
  price = find_variable (cm, VW_VAR_PRICE);
  differentiation = find_variable (cm, "differentiation_value");
  if (offer < 0 || ref_price < 0 || evc < 0)
    return NULL;
  start = scalar_at (cm, ref_price, offer);
  end = scalar_at (cm, evc, offer);
  if (!isfinite (start) || !isfinite (end))
    return NULL;

  unit = vw_item_get_string (variable_item (cm, evc), "unit");
  data = chart_new (cm, VW_CHART_EVC_WATERFALL, opt, unit, _("Economic value to the customer"));
  vw_chart_data_set_axis_titles (data, NULL, unit);
  values = g_array_new (FALSE, FALSE, sizeof (double));
  {
    g_autofree char *formula = variable_formula (cm, ref_price);
    add_step (data, values, variable_label (cm, ref_price), start, VW_CATEGORY_TOTAL,
              VW_CHART_ROLE_COMPETITOR, formula, ref_price, offer);
  }

  elements = vw_document_get_items (vw_case_model_get_document (cm), VW_ITEM_ELEMENT);
  for (guint i = 0; reference >= 0 && reference != offer
                    && i < g_list_model_get_n_items (elements); i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, i);
      g_autofree char *formula = NULL;
      int var = find_variable (cm, vw_item_get_string (element, "value"));
      double value;

      if (var < 0 || g_strcmp0 (vw_item_get_string (variable_item (cm, var), "unit"), unit) != 0)
        continue;
      value = scalar_at (cm, var, offer) - scalar_at (cm, var, reference);
      if (!isfinite (value) || nearly_zero (value, end - start))
        continue;
      formula = g_strdup_printf ("%s − %s@%s", variable_id (cm, var), variable_id (cm, var),
                                 alternative_id (cm, reference));
      add_step (data, values, vw_item_get_string (element, "name"), value, 0,
                VW_CHART_ROLE_NEUTRAL, formula, var, offer);
      sum += value;
    }

  rest = (end - start) - sum;
  if (!nearly_zero (rest, end - start) || values->len == 1)
    {
      g_autofree char *formula = differentiation >= 0 ? variable_formula (cm, differentiation)
                                                      : NULL;
      add_step (data, values, values->len == 1 && differentiation >= 0
                                ? variable_label (cm, differentiation)
                                : _("Other differentiation value"),
                rest, 0, VW_CHART_ROLE_NEUTRAL, formula, differentiation, offer);
    }
  {
    g_autofree char *formula = variable_formula (cm, evc);
    add_step (data, values, variable_label (cm, evc), end, VW_CATEGORY_TOTAL,
              VW_CHART_ROLE_OFFER, formula, evc, offer);
  }
  finish_steps (data, values, variable_label (cm, evc));

  if (isfinite (scalar_at (cm, price, offer)))
    vw_chart_data_add_marker (data, VW_MARKER_PRICE, variable_label (cm, price),
                              scalar_at (cm, price, offer), FALSE);
  return g_steal_pointer (&data);
}

/* ---- 2. TCO ---- */

/**
 * vw_case_chart_tco:
 *
 * One stacked bar per alternative, one segment per variable with the role "tco-price"
 * (first) or "tco", in document order; a series variable counts with the sum of its periods.
 *
 * Returns: (transfer full) (nullable): %NULL when no variable has either role
 */
VwChartData *
vw_case_chart_tco (VwCaseModel              *cm,
                   const VwCaseChartOptions *opt)
{
  g_autoptr(VwChartData) data = NULL;
  g_autoptr(GArray) prices = NULL;
  g_autoptr(GArray) costs = NULL;
  g_autofree double *values = NULL;
  guint n_alts, palette = 0;
  gboolean summed = FALSE;
  int first;
  const char *unit;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), NULL);

  vw_case_model_evaluate (cm);
  prices = variables_with_role (cm, "tco-price");
  costs = variables_with_role (cm, "tco");
  if (prices->len + costs->len == 0)
    return NULL;

  first = prices->len > 0 ? g_array_index (prices, int, 0) : g_array_index (costs, int, 0);
  unit = vw_item_get_string (variable_item (cm, first), "unit");
  data = chart_new (cm, VW_CHART_TCO, opt, unit, _("Total cost of ownership"));
  vw_chart_data_set_axis_titles (data, NULL, unit);
  n_alts = vw_case_model_get_n_alternatives (cm);
  for (guint a = 0; a < n_alts; a++)
    {
      guint c = vw_chart_data_add_category (data, alternative_name (cm, (int) a), 0,
                                            alternative_role (cm, (int) a));

      vw_chart_data_set_category_source (data, c, -1, (int) a);
    }

  values = g_new (double, n_alts);
  for (guint pass = 0; pass < 2; pass++)
    {
      GArray *vars = pass == 0 ? prices : costs;

      for (guint i = 0; i < vars->len; i++)
        {
          int var = g_array_index (vars, int, i);
          VwChartSeries *series;

          for (guint a = 0; a < n_alts; a++)
            {
              VwValue v;

              vw_case_model_get_value_at (cm, (guint) var, a, &v);
              summed |= v.kind == VW_VALUE_SERIES;
              values[a] = total_at (cm, var, (int) a);
              if (!isfinite (values[a]))
                values[a] = 0.0;
            }
          VwChartRole role = pass == 0 ? VW_CHART_ROLE_PRICE
                                       : VW_CHART_ROLE_PALETTE + palette++ % VW_CHART_PALETTE_SIZE;

          series = vw_chart_data_add_series (data, variable_label (cm, var), role, VW_SERIES_BARS,
                                             values, n_alts);
          series->formula = variable_formula (cm, var);
          series->source_variable = var;
        }
    }
  if (summed && opt != NULL && opt->titles)
    {
      g_autofree char *periods = vw_format_period (data->locale, data->period_unit, 0,
                                                   (int) vw_item_get_int (meta_of (cm), "horizon"));
      /* TRANSLATORS: subtitle of the TCO chart; %s is a range of periods, "years 0–5" */
      g_free (data->subtitle);
      data->subtitle = g_strdup_printf (_("Cost flows summed over %s"), periods);
    }
  return g_steal_pointer (&data);
}

/* ---- 3. Cash flow ---- */

/**
 * vw_case_chart_cash_flow:
 *
 * The first variable with the role "cash-flow", for the offer: bars per period, the
 * cumulative sum, and when a variable has the role "discount-rate", the cumulative sum
 * discounted at its rate (t = 0 undiscounted, as NPV() does). The painter marks the payback
 * crossing on the cumulative line.
 *
 * Returns: (transfer full) (nullable): %NULL without such a variable holding a series
 */
VwChartData *
vw_case_chart_cash_flow (VwCaseModel              *cm,
                         const VwCaseChartOptions *opt)
{
  g_autoptr(VwChartData) data = NULL;
  g_autofree double *cumulative = NULL;
  g_autofree double *discounted = NULL;
  g_autofree double *flows = NULL;
  VwChartSeries *series;
  VwValue v;
  int var, offer, rate_var;
  double sum = 0.0, dsum = 0.0, rate;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), NULL);

  vw_case_model_evaluate (cm);
  var = first_variable_with_role (cm, "cash-flow");
  offer = vw_case_chart_offer_alternative (cm);
  if (var < 0 || offer < 0)
    return NULL;
  vw_case_model_get_value_at (cm, (guint) var, (guint) offer, &v);
  if (v.kind != VW_VALUE_SERIES || v.len == 0)
    return NULL;

  data = chart_new (cm, VW_CHART_CASH_FLOW, opt,
                    vw_item_get_string (variable_item (cm, var), "unit"),
                    _("Cumulative cash flow"));
  vw_chart_data_set_axis_titles (data, NULL, variable_label (cm, var));
  rate_var = first_variable_with_role (cm, "discount-rate");
  rate = scalar_at (cm, rate_var, offer);

  flows = g_memdup2 (v.series, sizeof (double) * v.len);
  cumulative = g_new (double, v.len);
  discounted = g_new (double, v.len);
  for (guint t = 0; t < v.len; t++)
    {
      g_autofree char *label = vw_format_period (data->locale, data->period_unit, (int) t,
                                                 (int) t);

      guint c = vw_chart_data_add_category (data, label, 0, VW_CHART_ROLE_NEUTRAL);

      vw_chart_data_set_category_source (data, c, -1, offer);
      sum += flows[t];
      if (isfinite (rate) && rate > -1.0)
        dsum += flows[t] / pow (1.0 + rate, (double) t);
      cumulative[t] = sum;
      discounted[t] = dsum;
    }
  series = vw_chart_data_add_series (data, variable_label (cm, var), VW_CHART_ROLE_NEUTRAL,
                                     VW_SERIES_BARS, flows, v.len);
  series->formula = variable_formula (cm, var);
  series->source_variable = var;
  vw_chart_data_add_series (data, _("Cumulative"), VW_CHART_ROLE_OFFER, VW_SERIES_LINE,
                            cumulative, v.len);
  if (isfinite (rate) && rate > -1.0)
    {
      g_autofree char *percent = vw_format_percent (data->locale, rate, -1);
      /* TRANSLATORS: a line of the cash-flow chart; %s is the discount rate, e.g. "8 %" */
      g_autofree char *name = g_strdup_printf (_("Cumulative, discounted at %s"), percent);

      series = vw_chart_data_add_series (data, name, VW_CHART_ROLE_TOTAL, VW_SERIES_DASHED,
                                         discounted, v.len);
      series->formula = g_strdup_printf ("Σ %s / (1 + %s)^t",
                                         variable_id (cm, var),
                                         variable_id (cm, rate_var));
    }
  return g_steal_pointer (&data);
}

/* ---- 4. Tornado ---- */

/**
 * vw_case_chart_tornado:
 *
 * The headline for the offer with each input that has a tornado range set to its low and
 * its high end, one at a time (vw_tornado on the case model's context, which it restores).
 * An absolute range applies to every alternative; a factor range (`scale="factor"`)
 * multiplies the offer's own input.
 *
 * Returns: (transfer full) (nullable): %NULL without a headline, an offer or an input with a
 *   range, or with @error when the headline is not a number
 */
VwChartData *
vw_case_chart_tornado (VwCaseModel              *cm,
                       const VwCaseChartOptions *opt,
                       GError                  **error)
{
  g_autoptr(VwChartData) data = NULL;
  g_autoptr(GArray) inputs = NULL;
  g_autoptr(GArray) owners = NULL;
  g_autofree VwTornadoBar *bars = NULL;
  g_autofree double *low = NULL;
  g_autofree double *high = NULL;
  int headline, offer, out_var;
  guint n_vars;
  double base;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), NULL);

  vw_case_model_evaluate (cm);
  headline = vw_case_chart_headline_variable (cm);
  offer = vw_case_chart_offer_alternative (cm);
  if (headline < 0 || offer < 0)
    return NULL;
  out_var = vw_case_model_get_engine_index (cm, (guint) headline);
  if (out_var < 0)
    return NULL;

  inputs = g_array_new (FALSE, FALSE, sizeof (VwTornadoInput));
  owners = g_array_new (FALSE, FALSE, sizeof (int));
  n_vars = vw_case_model_get_n_variables (cm);
  for (guint i = 0; i < n_vars; i++)
    {
      VwVariable *var = vw_case_model_get_variable (cm, i);
      VwItem *item = VW_ITEM (var);
      VwTornadoInput in = { 0 };
      int index = (int) i;

      in.var = vw_case_model_get_engine_index (cm, i);
      if (in.var < 0 || vw_variable_is_formula (var)
          || !vw_item_is_set (item, "tornado-low") || !vw_item_is_set (item, "tornado-high"))
        continue;
      in.low = vw_item_get_double (item, "tornado-low");
      in.high = vw_item_get_double (item, "tornado-high");
      if (g_strcmp0 (vw_item_get_string (item, "scale"), "factor") == 0)
        {
          double x = vw_case_model_get_effective_input (cm, i, (guint) offer);

          in.alt = offer;
          in.low *= x;
          in.high *= x;
        }
      else
        in.alt = -1;
      g_array_append_val (inputs, in);
      g_array_append_val (owners, index);
    }
  if (inputs->len == 0)
    return NULL;

  bars = g_new0 (VwTornadoBar, inputs->len);
  if (!vw_tornado (vw_case_model_get_context (cm), out_var, offer,
                   (const VwTornadoInput *) inputs->data, inputs->len, &base, bars, error))
    return NULL;

  data = chart_new (cm, VW_CHART_TORNADO, opt,
                    vw_item_get_string (variable_item (cm, headline), "unit"), NULL);
  if (opt != NULL && opt->titles)
    {
      /* TRANSLATORS: a chart's title; %s is the headline result, e.g. "EBIT of the line" */
      g_autofree char *title = g_strdup_printf (_("What moves “%s”"),
                                                variable_label (cm, headline));
      vw_chart_data_set_title (data, title, alternative_name (cm, offer));
    }
  vw_chart_data_set_axis_titles (data, variable_label (cm, headline), NULL);
  data->base_value = base;
  low = g_new (double, inputs->len);
  high = g_new (double, inputs->len);
  for (guint b = 0; b < inputs->len; b++)
    {
      int var = g_array_index (owners, int, bars[b].input);
      VwItem *item = variable_item (cm, var);
      VwValueFormat format = format_for_variable (cm, var);
      g_autofree char *lo = NULL;
      g_autofree char *hi = NULL;
      g_autofree char *range = NULL;
      guint c;

      lo = vw_format_value (data->locale, &format, bars[b].low, VW_FORMAT_EXACT);
      hi = vw_format_value (data->locale, &format, bars[b].high, VW_FORMAT_EXACT);
      c = vw_chart_data_add_category (data, vw_item_get_string (item, "label"), 0,
                                      VW_CHART_ROLE_NEUTRAL);
      /* TRANSLATORS: the tooltip of a tornado bar: an input id and its range, low … high */
      range = g_strdup_printf (_("%s from %s to %s"), vw_item_get_id (item), lo, hi);
      vw_chart_data_set_category_formula (data, c, range);
      vw_chart_data_set_category_source (data, c, var, offer);
      low[b] = bars[b].f_low;
      high[b] = bars[b].f_high;
    }
  vw_chart_data_add_series (data, _("Low end of the input"), VW_CHART_ROLE_NEUTRAL,
                            VW_SERIES_BARS, low, inputs->len);
  vw_chart_data_add_series (data, _("High end of the input"), VW_CHART_ROLE_NEUTRAL,
                            VW_SERIES_BARS, high, inputs->len);
  return g_steal_pointer (&data);
}

/* ---- 5. Distribution ---- */

/**
 * vw_case_chart_distribution:
 * @kind: %VW_CHART_HISTOGRAM or %VW_CHART_S_CURVE
 * @samples: the headline's Monte Carlo outputs for the offer (any order), e.g. from
 *   vw_case_model_run_monte_carlo_samples()
 *
 * Returns: (transfer full) (nullable): %NULL without a headline or samples
 */
VwChartData *
vw_case_chart_distribution (VwCaseModel              *cm,
                            VwChartKind               kind,
                            const double             *samples,
                            guint                     n_samples,
                            const VwCaseChartOptions *opt)
{
  g_autoptr(VwChartData) data = NULL;
  g_autofree char *subtitle = NULL;
  int headline, offer;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), NULL);
  g_return_val_if_fail (kind == VW_CHART_HISTOGRAM || kind == VW_CHART_S_CURVE, NULL);

  headline = vw_case_chart_headline_variable (cm);
  offer = vw_case_chart_offer_alternative (cm);
  if (headline < 0 || offer < 0 || samples == NULL || n_samples == 0)
    return NULL;

  data = chart_new (cm, kind, opt, vw_item_get_string (variable_item (cm, headline), "unit"),
                    NULL);
  if (opt != NULL && opt->titles)
    {
      /* TRANSLATORS: a chart's title; %s is the headline result, e.g. "EBIT" */
      g_autofree char *title = g_strdup_printf (kind == VW_CHART_HISTOGRAM
                                                  ? _("Range of outcomes: %s")
                                                  : _("Range of outcomes: %s, cumulative"),
                                                variable_label (cm, headline));
      /* TRANSLATORS: a chart's subtitle: the alternative, and the number of draws */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u draw", "%s, %u draws",
                                               n_samples),
                                  alternative_name (cm, offer), n_samples);
      vw_chart_data_set_title (data, title, subtitle);
    }
  vw_chart_data_set_axis_titles (data, variable_label (cm, headline), NULL);
  vw_chart_data_add_series (data, variable_label (cm, headline), VW_CHART_ROLE_OFFER,
                            VW_SERIES_BARS, samples, n_samples);
  return g_steal_pointer (&data);
}

/* ---- 6. KPI bullets ---- */

static gboolean
kpi_belongs_to (VwDocument *doc,
                VwItem     *kpi,
                const char *stakeholder_id)
{
  VwItem *person;
  const char * const *owned;

  if (stakeholder_id == NULL)
    return TRUE;
  if (g_strcmp0 (vw_item_get_string (kpi, "owner"), stakeholder_id) == 0)
    return TRUE;
  person = vw_document_find (doc, VW_ITEM_STAKEHOLDER, stakeholder_id);
  owned = person != NULL ? vw_item_get_strv (person, "kpis") : NULL;
  return owned != NULL && g_strv_contains (owned, vw_item_get_id (kpi));
}

/**
 * vw_case_chart_kpi_bullets:
 *
 * Per KPI: its `baseline` (else its variable for the baseline alternative), its variable for
 * the offer, its `target` (NAN when none).
 *
 * Returns: (transfer full) (nullable): %NULL when no KPI has a figure
 */
VwChartData *
vw_case_chart_kpi_bullets (VwCaseModel              *cm,
                           const char               *stakeholder_id,
                           const VwCaseChartOptions *opt)
{
  g_autoptr(VwChartData) data = NULL;
  g_autoptr(GArray) baseline = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) offer_values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) target = g_array_new (FALSE, FALSE, sizeof (double));
  VwDocument *doc;
  GListModel *kpis;
  int offer, base_alt;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), NULL);

  vw_case_model_evaluate (cm);
  doc = vw_case_model_get_document (cm);
  offer = vw_case_chart_offer_alternative (cm);
  base_alt = vw_case_chart_baseline_alternative (cm);
  kpis = vw_document_get_items (doc, VW_ITEM_KPI);
  data = chart_new (cm, VW_CHART_KPI_BULLET, opt, NULL,
                    _("KPIs: baseline, with our offer, target"));

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(VwItem) kpi = g_list_model_get_item (kpis, i);
      int var = find_variable (cm, vw_item_get_string (kpi, "variable"));
      double b, o, t;
      guint c;

      if (!kpi_belongs_to (doc, kpi, stakeholder_id))
        continue;
      o = scalar_at (cm, var, offer);
      b = vw_item_is_set (kpi, "baseline") ? vw_item_get_double (kpi, "baseline")
                                           : scalar_at (cm, var, base_alt);
      t = vw_item_is_set (kpi, "target") ? vw_item_get_double (kpi, "target") : NAN;
      if (!isfinite (o) && !isfinite (b))
        continue;
      c = vw_chart_data_add_category (data, vw_item_get_string (kpi, "name"),
                                      g_strcmp0 (vw_item_get_string (kpi, "better"), "lower") == 0
                                        ? VW_CATEGORY_LOWER_IS_BETTER : 0,
                                      VW_CHART_ROLE_NEUTRAL);
      set_category_format_for_unit (cm, data, c, vw_item_get_string (kpi, "unit"));
      vw_chart_data_set_category_source (data, c, var, offer);
      if (var >= 0)
        {
          g_autofree char *formula = variable_formula (cm, var);
          vw_chart_data_set_category_formula (data, c, formula);
        }
      g_array_append_val (baseline, b);
      g_array_append_val (offer_values, o);
      g_array_append_val (target, t);
    }
  if (data->categories->len == 0)
    return NULL;

  vw_chart_data_add_series (data, _("Baseline"), VW_CHART_ROLE_STATUS_QUO, VW_SERIES_BARS,
                            (const double *) baseline->data, baseline->len);
  vw_chart_data_add_series (data, _("With our offer"), VW_CHART_ROLE_OFFER, VW_SERIES_BARS,
                            (const double *) offer_values->data, offer_values->len);
  vw_chart_data_add_series (data, _("Target"), VW_CHART_ROLE_TOTAL, VW_SERIES_BARS,
                            (const double *) target->data, target->len);
  return g_steal_pointer (&data);
}

/* ---- 7. Stakeholder map ---- */

/* The buying-center roles, in the order of the stakeholder's field (vw-stakeholder.c). */
static const char * const buying_roles[] = {
  "economic-buyer", "technical-buyer", "user", "influencer", "gatekeeper", "procurement",
  "champion",
};
static const char * const buying_role_names[] = {
  N_("Economic buyer"), N_("Technical buyer"), N_("User"), N_("Influencer"), N_("Gatekeeper"),
  N_("Procurement"), N_("Champion"),
};

static int
index_of (const char * const *list,
          guint               n,
          const char         *value)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (list[i], value) == 0)
      return (int) i;
  return -1;
}

/* "Cares about: a, b" from a list of element ids. */
static char *
cares_about (VwDocument         *doc,
             const char * const *ids)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      VwItem *element = vw_document_find (doc, VW_ITEM_ELEMENT, ids[i]);

      if (element == NULL)
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, vw_item_get_string (element, "name"));
    }
  if (names->len == 0)
    return NULL;
  /* TRANSLATORS: second line of a stakeholder's bubble; %s lists value elements */
  return g_strdup_printf (_("Cares about: %s"), names->str);
}

/**
 * vw_case_chart_stakeholder_map:
 *
 * Point i is stakeholder i: x = attitude (−2…+2), y = influence (1…5), group = the
 * buying-center role; a link joins a person to whom they report.
 *
 * Returns: (transfer full) (nullable): %NULL without stakeholders
 */
VwChartData *
vw_case_chart_stakeholder_map (VwCaseModel              *cm,
                               const VwCaseChartOptions *opt)
{
  g_autoptr(VwChartData) data = NULL;
  VwDocument *doc;
  GListModel *people;
  guint n;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), NULL);

  doc = vw_case_model_get_document (cm);
  people = vw_document_get_items (doc, VW_ITEM_STAKEHOLDER);
  n = g_list_model_get_n_items (people);
  if (n == 0)
    return NULL;

  data = chart_new (cm, VW_CHART_STAKEHOLDER_MAP, opt, "", _("Buying center"));
  for (guint g = 0; g < G_N_ELEMENTS (buying_role_names); g++)
    vw_chart_data_add_group (data, _(buying_role_names[g]));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) person = g_list_model_get_item (people, i);
      VwChartPoint *point;
      const char *title = vw_item_get_string (person, "title");
      g_autofree char *label = title != NULL
                                 ? g_strdup_printf ("%s, %s", vw_item_get_string (person, "name"),
                                                    title)
                                 : g_strdup (vw_item_get_string (person, "name"));
      guint p;

      p = vw_chart_data_add_point (data, label, (double) vw_item_get_int (person, "attitude"),
                                   (double) vw_item_get_int (person, "influence"), 1.0,
                                   index_of (buying_roles, G_N_ELEMENTS (buying_roles),
                                             vw_item_get_string (person, "role")));
      point = &g_array_index (data->points, VwChartPoint, p);
      point->detail = cares_about (doc, vw_item_get_strv (person, "elements"));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) person = g_list_model_get_item (people, i);
      const char *manager = vw_item_get_string (person, "reports-to");

      for (guint j = 0; manager != NULL && j < n; j++)
        {
          g_autoptr(VwItem) other = g_list_model_get_item (people, j);

          if (g_strcmp0 (vw_item_get_id (other), manager) == 0)
            vw_chart_data_add_link (data, i, j);
        }
    }
  data->x_min = -2.5;
  data->x_max = 2.5;
  data->y_min = 0.5;
  data->y_max = 5.5;
  return g_steal_pointer (&data);
}

/* ---- 8. Value-element bubbles ---- */

static const char * const dimensions[] = { "operational", "strategic", "social", "symbolic" };
static const char * const dimension_names[] = {
  N_("Operational"), N_("Strategic"), N_("Social"), N_("Symbolic"),
};

/**
 * vw_case_chart_value_bubbles:
 *
 * Point i is value element i: x = salience, y = differentiation (0…5), size = its economic
 * impact score, group = its dimension; its `value` for the offer is the second line.
 *
 * Returns: (transfer full) (nullable): %NULL without value elements
 */
VwChartData *
vw_case_chart_value_bubbles (VwCaseModel              *cm,
                             const VwCaseChartOptions *opt)
{
  g_autoptr(VwChartData) data = NULL;
  GListModel *elements;
  guint n;
  int offer;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), NULL);

  vw_case_model_evaluate (cm);
  elements = vw_document_get_items (vw_case_model_get_document (cm), VW_ITEM_ELEMENT);
  n = g_list_model_get_n_items (elements);
  if (n == 0)
    return NULL;
  offer = vw_case_chart_offer_alternative (cm);

  data = chart_new (cm, VW_CHART_VALUE_BUBBLES, opt, "", _("Value elements"));
  for (guint g = 0; g < G_N_ELEMENTS (dimension_names); g++)
    vw_chart_data_add_group (data, _(dimension_names[g]));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, i);
      int var = find_variable (cm, vw_item_get_string (element, "value"));
      double value = scalar_at (cm, var, offer);
      VwChartPoint *point;
      guint p;

      p = vw_chart_data_add_point (data, vw_item_get_string (element, "name"),
                                   (double) vw_item_get_int (element, "salience"),
                                   (double) vw_item_get_int (element, "differentiation"),
                                   (double) vw_item_get_int (element, "impact"),
                                   index_of (dimensions, G_N_ELEMENTS (dimensions),
                                             vw_item_get_string (element, "dimension")));
      point = &g_array_index (data->points, VwChartPoint, p);
      point->selected = vw_item_get_bool (element, "selected");
      if (isfinite (value))
        {
          VwValueFormat format = format_for_variable (cm, var);
          g_autofree char *text = NULL;

          text = vw_format_value (data->locale, &format, value, VW_FORMAT_ABBREVIATED);
          /* TRANSLATORS: second line of a value element's bubble; %s is its value */
          point->detail = g_strdup_printf (_("Worth %s"), text);
          point->formula = variable_formula (cm, var);
        }
    }
  data->x_min = 0;
  data->x_max = 6;
  data->y_min = 0;
  data->y_max = 6;
  return g_steal_pointer (&data);
}

/* ---- 9. Verification ---- */

static int
cmp_period (gconstpointer a,
            gconstpointer b)
{
  gint64 x = vw_item_get_int (*(VwItem **) a, "period");
  gint64 y = vw_item_get_int (*(VwItem **) b, "period");

  return (x > y) - (x < y);
}

/**
 * vw_case_chart_verification:
 * @kpi_id: (nullable): the KPI, or %NULL for the first KPI that has records
 *
 * One category per record of the KPI, by period: promised and realized (NAN when not yet
 * measured).
 *
 * Returns: (transfer full) (nullable): %NULL without records
 */
VwChartData *
vw_case_chart_verification (VwCaseModel              *cm,
                            const char               *kpi_id,
                            const VwCaseChartOptions *opt)
{
  g_autoptr(VwChartData) data = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree double *promised = NULL;
  g_autofree double *realized = NULL;
  VwDocument *doc;
  GListModel *list;
  VwItem *kpi;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), NULL);

  doc = vw_case_model_get_document (cm);
  list = vw_document_get_items (doc, VW_ITEM_VERIFICATION);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VwItem) record = g_list_model_get_item (list, i);

      if (kpi_id == NULL)
        kpi_id = vw_item_get_string (record, "kpi");
      if (g_strcmp0 (vw_item_get_string (record, "kpi"), kpi_id) == 0)
        g_ptr_array_add (records, g_steal_pointer (&record));
    }
  kpi = vw_document_find (doc, VW_ITEM_KPI, kpi_id);
  if (records->len == 0 || kpi == NULL)
    return NULL;
  g_ptr_array_sort (records, cmp_period);

  data = chart_new (cm, VW_CHART_VERIFICATION, opt, vw_item_get_string (kpi, "unit"), NULL);
  if (opt != NULL && opt->titles)
    vw_chart_data_set_title (data, _("Promised vs realized value"),
                             vw_item_get_string (kpi, "name"));
  vw_chart_data_set_axis_titles (data, NULL, vw_item_get_string (kpi, "name"));
  promised = g_new (double, records->len);
  realized = g_new (double, records->len);
  for (guint i = 0; i < records->len; i++)
    {
      VwItem *record = g_ptr_array_index (records, i);
      int t = (int) vw_item_get_int (record, "period");
      g_autofree char *label = vw_item_is_set (record, "period-label")
                                 ? g_strdup (vw_item_get_string (record, "period-label"))
                                 : vw_format_period (data->locale, data->period_unit, t, t);

      vw_chart_data_add_category (data, label, 0, VW_CHART_ROLE_NEUTRAL);
      promised[i] = vw_item_get_double (record, "promised");
      realized[i] = vw_item_is_set (record, "realized") ? vw_item_get_double (record, "realized")
                                                        : NAN;
    }
  vw_chart_data_add_series (data, _("Promised"), VW_CHART_ROLE_OFFER, VW_SERIES_BARS, promised,
                            records->len);
  vw_chart_data_add_series (data, _("Realized"), VW_CHART_ROLE_OFFER, VW_SERIES_BARS, realized,
                            records->len);
  return g_steal_pointer (&data);
}

/* ---- 10. Price corridor ---- */

/**
 * vw_case_chart_price_corridor:
 *
 * For the offer: `our_cost` and `price_floor` (only for an internal audience; a customer
 * projection has neither), `reference_price`, `price`, `evc`.
 *
 * Returns: (transfer full) (nullable): %NULL without a price and an EVC
 */
VwChartData *
vw_case_chart_price_corridor (VwCaseModel              *cm,
                              const VwCaseChartOptions *opt)
{
  g_autoptr(VwChartData) data = NULL;
  static const struct { const char *id; VwMarkerKind kind; gboolean internal; } marks[] = {
    { VW_VAR_OUR_COST, VW_MARKER_COST, TRUE },
    { VW_VAR_PRICE_FLOOR, VW_MARKER_FLOOR, TRUE },
    { VW_VAR_REFERENCE_PRICE, VW_MARKER_REFERENCE, FALSE },
    { VW_VAR_PRICE, VW_MARKER_PRICE, FALSE },
    { "evc", VW_MARKER_EVC, FALSE },
  };
  gboolean internal = opt != NULL && opt->internal;
  int offer, price, evc;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), NULL);

  vw_case_model_evaluate (cm);
  offer = vw_case_chart_offer_alternative (cm);
  price = find_variable (cm, VW_VAR_PRICE);
  evc = find_variable (cm, "evc");
  if (!isfinite (scalar_at (cm, price, offer)) || !isfinite (scalar_at (cm, evc, offer)))
    return NULL;

  data = chart_new (cm, VW_CHART_PRICE_CORRIDOR, opt,
                    vw_item_get_string (variable_item (cm, price), "unit"),
                    _("Price corridor and value split"));
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      int var;
      double value;

      /* An internal figure is not even looked up for a customer. */
      if (marks[i].internal && !internal)
        continue;
      var = find_variable (cm, marks[i].id);
      value = scalar_at (cm, var, offer);
      if (isfinite (value))
        vw_chart_data_add_marker (data, marks[i].kind, variable_label (cm, var), value,
                                  marks[i].internal);
    }
  return g_steal_pointer (&data);
}
