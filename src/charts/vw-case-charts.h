/* vw-case-charts.h: the charts of one value case, built from its compiled model
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place where a case's figures become chart data, shared by the pages, the
 * presentation windows, the PDF report and --export-charts:
 *
 *   VwCaseChartOptions opt = { .locale = vw_number_locale_lookup ("fi"), .titles = TRUE };
 *   g_autoptr(VwChartData) tco = vw_case_chart_tco (cm, &opt);
 *
 * Which variables a chart reads is decided by the document, not guessed: a variable's `role`
 * ("headline", "tco", "tco-price", "cash-flow", "discount-rate") and a value element's `value` variable (docs/file-format.md),
 * and the pricing block's fixed ids (docs/templates.md). A builder returns NULL when the case
 * has nothing for that chart (no variable with the role, no verification records…).
 *
 * The audience is `opt->internal`: FALSE leaves out internal markers and categories, but the
 * customer editions must still be built from the customer projection of the document
 * (vw_document_new_projection), so that no internal figure is even computed into the data.
 */

#pragma once

#include "vw-case-model.h"
#include "vw-chart-data.h"
#include "vw-sensitivity.h"

G_BEGIN_DECLS

typedef struct
{
  const VwNumberLocale *locale;     /* NULL: English */
  gboolean              internal;   /* the audience may see internal figures */
  gboolean              titles;     /* set the chart's title (report, export); on screen the
                                     * card shows the title, so leave it FALSE there */
} VwCaseChartOptions;

/* The case's roles, resolved on the document (−1 when absent). */
int          vw_case_chart_headline_variable (VwCaseModel              *cm);
int          vw_case_chart_offer_alternative (VwCaseModel              *cm);
int          vw_case_chart_reference_alternative (VwCaseModel          *cm);
/* The status quo (else the reference): where the value waterfall and the KPI bullets start. */
int          vw_case_chart_baseline_alternative (VwCaseModel           *cm);

/* 1. baseline → each value element's value (benefit or sacrifice) → net value, for the offer */
VwChartData *vw_case_chart_value_waterfall   (VwCaseModel              *cm,
                                              const VwCaseChartOptions *opt);
/* 1. reference price + differentiation value → EVC, with the price and the incentive */
VwChartData *vw_case_chart_evc_waterfall     (VwCaseModel              *cm,
                                              const VwCaseChartOptions *opt);
/* 2. price and lifecycle cost components (role "tco") per alternative */
VwChartData *vw_case_chart_tco               (VwCaseModel              *cm,
                                              const VwCaseChartOptions *opt);
/* 3. the offer's cash flow (role "cash-flow") per period, cumulative and discounted */
VwChartData *vw_case_chart_cash_flow         (VwCaseModel              *cm,
                                              const VwCaseChartOptions *opt);
/* 4. tornado of the headline for the offer over the inputs' tornado ranges; runs vw_tornado */
VwChartData *vw_case_chart_tornado           (VwCaseModel              *cm,
                                              const VwCaseChartOptions *opt,
                                              GError                  **error);
/* 5. histogram or S-curve of the headline's Monte Carlo samples (kind HISTOGRAM or S_CURVE) */
VwChartData *vw_case_chart_distribution      (VwCaseModel              *cm,
                                              VwChartKind               kind,
                                              const double             *samples,
                                              guint                     n_samples,
                                              const VwCaseChartOptions *opt);
/* 6. every KPI (or the KPIs owned by one stakeholder, stakeholder_id != NULL):
 *    baseline, with our offer, target */
VwChartData *vw_case_chart_kpi_bullets       (VwCaseModel              *cm,
                                              const char               *stakeholder_id,
                                              const VwCaseChartOptions *opt);
/* 7. influence × attitude, coloured by buying-center role, links to value elements;
 *    point i is stakeholder i of the document */
VwChartData *vw_case_chart_stakeholder_map   (VwCaseModel              *cm,
                                              const VwCaseChartOptions *opt);
/* 8. salience × differentiation, area = economic impact; point i is element i */
VwChartData *vw_case_chart_value_bubbles     (VwCaseModel              *cm,
                                              const VwCaseChartOptions *opt);
/* 9. promised vs realized per period (all KPIs' records of one KPI, or of the first) */
VwChartData *vw_case_chart_verification      (VwCaseModel              *cm,
                                              const char               *kpi_id,
                                              const VwCaseChartOptions *opt);
/* 10. cost and floor (internal only) → reference price → price → EVC */
VwChartData *vw_case_chart_price_corridor    (VwCaseModel              *cm,
                                              const VwCaseChartOptions *opt);

G_END_DECLS
