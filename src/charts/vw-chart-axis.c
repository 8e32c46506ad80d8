/* vw-chart-axis.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-axis"

#include <math.h>

#include "vw-chart-axis.h"

/* The smallest of 1, 2, 2.5, 5, 10 × 10^k that is at least @rough: steps a reader can add up
 * in their head. */
double
vw_chart_nice_step (double rough)
{
  static const double mantissas[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };
  double magnitude;

  if (!isfinite (rough) || rough <= 0)
    return 1.0;

  magnitude = pow (10.0, floor (log10 (rough)));
  for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
    if (mantissas[i] * magnitude >= rough * (1 - 1e-9))
      return mantissas[i] * magnitude;

  return 10.0 * magnitude;
}

/* Decimals needed to write @step exactly, at most 6. */
static int
decimals_for (double step)
{
  for (int d = 0; d < 6; d++)
    {
      double scaled = step * pow (10.0, d);

      if (fabs (scaled - round (scaled)) < 1e-6 * MAX (1.0, scaled))
        return d;
    }

  return 6;
}

void
vw_chart_axis_init (VwChartAxis *axis,
                    double       data_min,
                    double       data_max,
                    guint        target_ticks,
                    gboolean     include_zero)
{
  double step;
  double biggest;
  guint n;

  g_return_if_fail (axis != NULL);

  if (!isfinite (data_min))
    data_min = 0;
  if (!isfinite (data_max))
    data_max = data_min + 1;
  if (data_min > data_max)
    {
      double t = data_min;
      data_min = data_max;
      data_max = t;
    }
  if (include_zero)
    {
      data_min = MIN (data_min, 0.0);
      data_max = MAX (data_max, 0.0);
    }
  if (data_max - data_min < 1e-12 * MAX (1.0, fabs (data_max)))
    {
      double pad = data_max == 0 ? 1.0 : fabs (data_max) * 0.1;
      data_min -= include_zero && data_min == 0 ? 0 : pad;
      data_max += pad;
    }

  target_ticks = CLAMP (target_ticks, 2, VW_CHART_AXIS_MAX_TICKS - 2);
  step = vw_chart_nice_step ((data_max - data_min) / (target_ticks - 1));

  /* A step that does not fit in the tick array (extreme ranges) grows until it does. */
  for (;;)
    {
      axis->min = floor (data_min / step + 1e-9) * step;
      axis->max = ceil (data_max / step - 1e-9) * step;
      n = (guint) llround ((axis->max - axis->min) / step) + 1;
      if (n <= VW_CHART_AXIS_MAX_TICKS)
        break;
      step = vw_chart_nice_step (step * 1.5);
    }

  axis->step = step;
  axis->n_ticks = n;
  for (guint i = 0; i < n; i++)
    {
      axis->ticks[i] = axis->min + i * step;
      if (fabs (axis->ticks[i]) < step * 1e-9)
        axis->ticks[i] = 0.0;   /* no "−0" from rounding */
    }

  biggest = MAX (fabs (axis->min), fabs (axis->max));
  axis->scale = biggest >= 1e9 ? 9 : biggest >= 1e6 ? 6 : biggest >= 1e4 ? 3 : 0;
  axis->decimals = decimals_for (step / pow (10.0, axis->scale));
}

double
vw_chart_axis_normalize (const VwChartAxis *axis,
                         double             value)
{
  g_return_val_if_fail (axis != NULL, 0);

  if (!isfinite (value) || axis->max <= axis->min)
    return 0;

  return (value - axis->min) / (axis->max - axis->min);
}

/* Tick labels share one suffix and the precision of the step ("€0.5 M", "€1.0 M", "€1.5 M"),
 * so each label is exact and the column reads evenly; below 10 000 no suffix is used. */
char *
vw_chart_axis_format_tick (const VwChartAxis    *axis,
                           const VwNumberLocale *locale,
                           const VwValueFormat  *format,
                           double                value)
{
  VwValueFormat f = { VW_VALUE_NUMBER, NULL, NULL, -1, 0 };

  g_return_val_if_fail (axis != NULL, NULL);

  if (format != NULL)
    f = *format;

  /* Zero is written bare ("€0", not "€0.0 M"): it needs no scale. */
  if (value == 0)
    {
      f.decimals = 0;
      f.scale = 0;
      return vw_format_value (locale, &f, 0, VW_FORMAT_EXACT);
    }

  if (f.kind == VW_VALUE_PERCENT)
    {
      f.decimals = MAX (0, decimals_for (axis->step * 100.0));
      return vw_format_value (locale, &f, value, VW_FORMAT_EXACT);
    }

  f.decimals = axis->decimals;
  f.scale = axis->scale;

  if (axis->scale == 0)
    return vw_format_value (locale, &f, value, VW_FORMAT_EXACT);

  return vw_format_value (locale, &f, value, VW_FORMAT_ABBREVIATED);
}
