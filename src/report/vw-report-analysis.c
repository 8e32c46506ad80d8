/* vw-report-analysis.c: alternatives compared, uncertainty, pricing
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-report"

#include <glib/gi18n.h>

#include "vw-report-private-build.h"

/* One row per variable, one column per alternative. */
static VwReportTable *
new_comparison_table (VwReportContext *ctx,
                      const char      *first_title)
{
  guint n_alts = vw_case_model_get_n_alternatives (ctx->cm);
  VwReportTable *table = vw_report_table_new (n_alts + 1);

  vw_report_table_set_column (table, 0, first_title, 2.6 + (n_alts <= 3 ? 0.6 : 0),
                              PANGO_ALIGN_LEFT);
  for (guint a = 0; a < n_alts; a++)
    vw_report_table_set_column (table, a + 1, vw_report_alternative_name (ctx, a), 1.2,
                                PANGO_ALIGN_RIGHT);
  return table;
}

static void
add_comparison_row (VwReportContext  *ctx,
                    VwReportTable    *table,
                    int               variable,
                    VwReportRowStyle  style)
{
  guint n_alts = vw_case_model_get_n_alternatives (ctx->cm);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);

  if (variable < 0)
    return;
  g_ptr_array_add (row, g_strdup (vw_report_variable_label (ctx, variable)));
  for (guint a = 0; a < n_alts; a++)
    g_ptr_array_add (row, vw_report_format_variable (ctx, variable, a));
  g_ptr_array_add (row, NULL);
  vw_report_table_add_row_text (table, style, (const char * const *) row->pdata);
}

void
vw_report_add_alternatives (VwReportContext *ctx)
{
  guint n_alts = vw_case_model_get_n_alternatives (ctx->cm);
  g_autoptr(VwReportTable) alternatives = vw_report_table_new (3);
  g_autoptr(VwReportTable) figures = NULL;
  GListModel *kpis = vw_document_get_items (ctx->doc, VW_ITEM_KPI);

  vw_report_layout_add_heading (ctx->layout, 1, TR (ctx, N_("Alternatives compared")));

  vw_report_table_set_column (alternatives, 0, TR (ctx, N_("Alternative")), 2.2, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (alternatives, 1, TR (ctx, N_("Role")), 1.2, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (alternatives, 2, TR (ctx, N_("Description")), 4.5, PANGO_ALIGN_LEFT);
  for (guint a = 0; a < n_alts; a++)
    {
      VwItem *alt = VW_ITEM (vw_case_model_get_alternative (ctx->cm, a));
      g_autofree char *name = NULL;
      const char *supplier = vw_item_get_string (alt, "supplier");
      const char *row[4];

      name = supplier != NULL ? g_strdup_printf ("%s (%s)", vw_item_get_string (alt, "name"),
                                                 supplier)
                              : g_strdup (vw_item_get_string (alt, "name"));
      row[0] = name;
      row[1] = vw_report_choice_label (ctx, vw_item_get_string (alt, "role"));
      row[2] = vw_item_get_string (alt, "description") != NULL
               ? vw_item_get_string (alt, "description") : "";
      row[3] = NULL;
      vw_report_table_add_row_text (alternatives, VW_REPORT_ROW_NORMAL, row);
    }
  vw_report_layout_add_table (ctx->layout, g_steal_pointer (&alternatives));

  /* The headline and the KPIs' figures side by side. */
  figures = new_comparison_table (ctx, TR (ctx, N_("Figure")));
  add_comparison_row (ctx, figures, ctx->headline, VW_REPORT_ROW_TOTAL);
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(VwItem) kpi = g_list_model_get_item (kpis, i);
      int var = vw_report_find_variable (ctx, vw_item_get_string (kpi, "variable"));

      if (var != ctx->headline)
        add_comparison_row (ctx, figures, var, VW_REPORT_ROW_NORMAL);
    }
  add_comparison_row (ctx, figures, vw_report_find_variable (ctx, VW_VAR_PRICE),
                      VW_REPORT_ROW_NORMAL);
  vw_report_layout_add_heading (ctx->layout, 2, TR (ctx, N_("Side by side")));
  vw_report_layout_add_table (ctx->layout, g_steal_pointer (&figures));
  vw_report_add_chart (ctx, vw_case_chart_tco (ctx->cm, &ctx->charts), 260.0);
  vw_report_add_chart (ctx, vw_case_chart_cash_flow (ctx->cm, &ctx->charts), 250.0);
}

static char *
distribution_text (VwReportContext *ctx,
                   VwItem          *var,
                   const char      *unit)
{
  const char *kind = vw_item_get_string (var, "distribution");
  gboolean factor = g_strcmp0 (vw_item_get_string (var, "scale"), "factor") == 0;
  GString *out = g_string_new (vw_report_choice_label (ctx, kind));
  const char *params[] = { "dist-a", "dist-b", "dist-c" };
  gboolean first = TRUE;

  g_string_append (out, " (");
  for (guint p = 0; p < G_N_ELEMENTS (params); p++)
    {
      g_autofree char *v = NULL;

      if (!vw_item_is_set (var, params[p]))
        continue;
      /* A factor range multiplies each alternative's own input: 0.9 is 90 % of it. */
      v = factor ? vw_format_percent (ctx->locale, vw_item_get_double (var, params[p]), 0)
                 : vw_report_format_scalar (ctx, unit, vw_item_get_double (var, params[p]));
      g_string_append_printf (out, "%s%s", first ? "" : "; ", v);
      first = FALSE;
    }
  g_string_append_c (out, ')');
  if (factor)
    g_string_append_printf (out, " %s", TR (ctx, N_("of each alternative’s value")));
  return g_string_free (out, FALSE);
}

void
vw_report_add_uncertainty (VwReportContext *ctx)
{
  guint n_alts = vw_case_model_get_n_alternatives (ctx->cm);
  guint n_vars = vw_case_model_get_n_variables (ctx->cm);
  g_autoptr(VwReportTable) stats = vw_report_table_new (5);
  g_autoptr(VwReportTable) inputs = vw_report_table_new (2);
  g_autofree char *convention = NULL;
  g_autofree char *seed = NULL;

  if (ctx->mc == NULL || ctx->headline < 0)
    return;

  /* Wide enough for "−€1,234,567/year" on one line. */
  vw_report_table_set_column (stats, 0, TR (ctx, N_("Alternative")), 2.0, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (stats, 1, "P10", 1.5, PANGO_ALIGN_RIGHT);
  vw_report_table_set_column (stats, 2, "P50", 1.5, PANGO_ALIGN_RIGHT);
  vw_report_table_set_column (stats, 3, "P90", 1.5, PANGO_ALIGN_RIGHT);
  vw_report_table_set_column (stats, 4, TR (ctx, N_("Mean")), 1.5, PANGO_ALIGN_RIGHT);
  for (guint a = 0; a < n_alts; a++)
    {
      const VwCaseOutputStats *s = vw_report_find_stats (ctx, ctx->headline, a);
      const char *unit = vw_report_variable_unit (ctx, ctx->headline);
      g_autofree char *p10 = NULL, *p50 = NULL, *p90 = NULL, *mean = NULL;
      const char *row[6];

      if (s == NULL)
        continue;
      p10 = vw_report_format_scalar (ctx, unit, s->p10);
      p50 = vw_report_format_scalar (ctx, unit, s->p50);
      p90 = vw_report_format_scalar (ctx, unit, s->p90);
      mean = vw_report_format_scalar (ctx, unit, s->mean);
      row[0] = vw_report_alternative_name (ctx, a);
      row[1] = p10;
      row[2] = p50;
      row[3] = p90;
      row[4] = mean;
      row[5] = NULL;
      vw_report_table_add_row_text (stats, (int) a == ctx->offer ? VW_REPORT_ROW_TOTAL
                                                                 : VW_REPORT_ROW_NORMAL, row);
    }
  if (vw_report_table_get_n_rows (stats) == 0)
    return;

  vw_report_layout_add_heading (ctx->layout, 1, TR (ctx, N_("How certain is it?")));
  {
    g_autofree char *draws = vw_format_number (ctx->locale, ctx->mc->n_draws, 0);
    g_autofree char *lead = g_strdup_printf (TR (ctx, N_("%s, simulated %s times with every "
                                                         "uncertain input drawn from its "
                                                         "range:")),
                                             vw_report_variable_label (ctx, ctx->headline),
                                             draws);
    g_autofree char *markup = g_markup_escape_text (lead, -1);

    vw_report_layout_add_text (ctx->layout, VW_REPORT_STYLE_BODY, markup);
  }
  vw_report_layout_add_table (ctx->layout, g_steal_pointer (&stats));
  if (ctx->offer >= 0)
    {
      const VwCaseOutputStats *s = vw_report_find_stats (ctx, ctx->headline, ctx->offer);

      /* The draws the statistics above came from: no second simulation. */
      if (s != NULL)
        vw_report_add_chart (ctx, vw_case_chart_distribution (ctx->cm, VW_CHART_HISTOGRAM,
                                                              vw_case_monte_carlo_get_sorted (ctx->mc, s - ctx->mc->outputs),
                                                              s->n_valid, &ctx->charts),
                             230.0);
    }
  seed = g_strdup_printf ("%" G_GUINT64_FORMAT, ctx->mc->seed);
  convention = g_strdup_printf (TR (ctx, N_("Convention: P10 is the value that 10 %% of the "
                                            "simulated outcomes fall below (non-exceedance), "
                                            "P90 the value 90 %% fall below; P50 is the median. "
                                            "Seed %s.")),
                                seed);
  vw_report_add_note (ctx, convention);

  vw_report_table_set_column (inputs, 0, TR (ctx, N_("Uncertain input")), 2.4, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (inputs, 1, TR (ctx, N_("Range")), 3.0, PANGO_ALIGN_LEFT);
  for (guint v = 0; v < n_vars; v++)
    {
      VwItem *var = VW_ITEM (vw_case_model_get_variable (ctx->cm, v));
      const char *kind = vw_item_get_string (var, "distribution");
      g_autofree char *range = NULL;
      const char *row[3];

      if (kind == NULL || g_str_equal (kind, "none"))
        continue;
      range = distribution_text (ctx, var, vw_item_get_string (var, "unit"));
      row[0] = vw_item_get_string (var, "label");
      row[1] = range;
      row[2] = NULL;
      vw_report_table_add_row_text (inputs, VW_REPORT_ROW_NORMAL, row);
    }
  if (vw_report_table_get_n_rows (inputs) > 0)
    {
      vw_report_layout_add_heading (ctx->layout, 2, TR (ctx, N_("What is uncertain")));
      vw_report_layout_add_table (ctx->layout, g_steal_pointer (&inputs));
    }
  {
    VwChartData *tornado = vw_case_chart_tornado (ctx->cm, &ctx->charts, NULL);

    if (tornado != NULL)
      vw_report_add_chart (ctx, tornado, 80.0 + 24.0 * MIN (tornado->categories->len, 12));
  }
}

/* The pricing block's variables, in the order a buyer reads them; the internal ones exist
 * only in the internal edition's document. */
static const char * const pricing_ids[] = {
  VW_VAR_REFERENCE_PRICE, "differentiation_value", "evc", "value_based_price", VW_VAR_PRICE,
  "customer_incentive", VW_VAR_VALUE_SPLIT,
  VW_VAR_OUR_COST, VW_VAR_PRICE_FLOOR, VW_VAR_TARGET_MARGIN, "margin", VW_VAR_WIN_PROBABILITY,
};

void
vw_report_add_pricing (VwReportContext *ctx)
{
  g_autoptr(VwReportTable) table = vw_report_table_new (2);
  int reference_price = vw_report_find_variable (ctx, VW_VAR_REFERENCE_PRICE);
  int evc = vw_report_find_variable (ctx, "evc");
  int price = vw_report_find_variable (ctx, VW_VAR_PRICE);
  double r, e, p;

  if (ctx->offer < 0 || price < 0)
    return;

  vw_report_table_set_column (table, 0, TR (ctx, N_("Price and value")), 3.0, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 1, vw_report_alternative_name (ctx, ctx->offer), 1.4,
                              PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (pricing_ids); i++)
    {
      int var = vw_report_find_variable (ctx, pricing_ids[i]);
      VwItem *item;
      g_autofree char *value = NULL;
      g_autofree char *label = NULL;
      const char *row[3];

      if (var < 0)
        continue;
      item = VW_ITEM (vw_case_model_get_variable (ctx->cm, var));
      value = vw_report_format_variable (ctx, var, ctx->offer);
      label = ctx->internal && vw_document_is_internal (ctx->doc, item, NULL)
              ? g_strdup_printf ("%s (%s)", vw_report_variable_label (ctx, var),
                                 TR (ctx, N_("internal")))
              : g_strdup (vw_report_variable_label (ctx, var));
      row[0] = label;
      row[1] = value;
      row[2] = NULL;
      vw_report_table_add_row_text (table, var == price ? VW_REPORT_ROW_TOTAL
                                                        : VW_REPORT_ROW_NORMAL, row);
    }

  vw_report_layout_add_heading (ctx->layout, 1, TR (ctx, N_("Price and value")));
  if (vw_report_get_scalar (ctx, reference_price, ctx->offer, &r) &&
      vw_report_get_scalar (ctx, evc, ctx->offer, &e) &&
      vw_report_get_scalar (ctx, price, ctx->offer, &p) && e > r)
    {
      const char *unit = vw_report_variable_unit (ctx, price);
      g_autofree char *keep = vw_report_format_scalar (ctx, unit, e - p);
      g_autofree char *created = vw_report_format_scalar (ctx, unit, e - r);
      g_autofree char *share = vw_format_percent (ctx->locale, (e - p) / (e - r), 0);
      g_autofree char *text = g_strdup_printf (TR (ctx, N_("Our offer creates %s more value "
                                                           "than the next best alternative. "
                                                           "At our price you keep %s of it "
                                                           "(%s).")),
                                               created, keep, share);
      g_autofree char *markup = g_markup_escape_text (text, -1);

      vw_report_layout_add_text (ctx->layout, VW_REPORT_STYLE_LEAD, markup);
    }
  vw_report_layout_add_table (ctx->layout, g_steal_pointer (&table));
  vw_report_add_chart (ctx, vw_case_chart_evc_waterfall (ctx->cm, &ctx->charts), 240.0);
  vw_report_add_chart (ctx, vw_case_chart_price_corridor (ctx->cm, &ctx->charts), 150.0);
  vw_report_add_note (ctx, TR (ctx, N_("Economic value to the customer (EVC) is the price of "
                                       "the next best alternative plus the value of our "
                                       "differences: the most a customer could pay and be no "
                                       "worse off.")));
}
