/* vw-case-figure.c: one verified figure of a reference case
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vw-case-figure.h"

G_DEFINE_BOXED_TYPE (VwCaseFigure, vw_case_figure, vw_case_figure_copy, vw_case_figure_free)

VwCaseFigure *
vw_case_figure_new (const char *kpi_key,
                    const char *kpi_name,
                    const char *unit,
                    gboolean    higher_is_better,
                    double      baseline,
                    double      promised,
                    double      realized,
                    const char *period_label)
{
  VwCaseFigure *figure = g_new0 (VwCaseFigure, 1);

  figure->kpi_key = g_strdup (kpi_key ? kpi_key : "");
  figure->kpi_name = g_strdup (kpi_name ? kpi_name : "");
  figure->unit = g_strdup (unit ? unit : "");
  figure->higher_is_better = !!higher_is_better;
  figure->baseline = baseline;
  figure->promised = promised;
  figure->realized = realized;
  figure->period_label = g_strdup (period_label ? period_label : "");

  return figure;
}

VwCaseFigure *
vw_case_figure_copy (const VwCaseFigure *figure)
{
  g_return_val_if_fail (figure != NULL, NULL);

  return vw_case_figure_new (figure->kpi_key, figure->kpi_name, figure->unit,
                             figure->higher_is_better, figure->baseline, figure->promised,
                             figure->realized, figure->period_label);
}

void
vw_case_figure_free (VwCaseFigure *figure)
{
  if (figure == NULL)
    return;

  g_free (figure->kpi_key);
  g_free (figure->kpi_name);
  g_free (figure->unit);
  g_free (figure->period_label);
  g_free (figure);
}

double
vw_case_figure_improvement (const VwCaseFigure *figure)
{
  double change;

  g_return_val_if_fail (figure != NULL, NAN);

  if (!isfinite (figure->baseline) || figure->baseline == 0 || !isfinite (figure->realized))
    return NAN;

  change = (figure->realized - figure->baseline) / fabs (figure->baseline);
  return figure->higher_is_better ? change : -change;
}

double
vw_case_figure_achievement (const VwCaseFigure *figure)
{
  double promised_change;

  g_return_val_if_fail (figure != NULL, NAN);

  if (!isfinite (figure->baseline) || !isfinite (figure->promised) || !isfinite (figure->realized))
    return NAN;

  promised_change = figure->promised - figure->baseline;
  if (promised_change == 0)
    return NAN;

  return (figure->realized - figure->baseline) / promised_change;
}
