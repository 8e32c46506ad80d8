/* vw-chart-axis.h: a value axis with "nice" ticks
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vw-format.h"

G_BEGIN_DECLS

#define VW_CHART_AXIS_MAX_TICKS 16

typedef struct
{
  double min;
  double max;
  double step;
  guint  n_ticks;
  double ticks[VW_CHART_AXIS_MAX_TICKS];
  int    scale;      /* 0, 3, 6, 9: the k/M/bn shared by every tick label */
  int    decimals;   /* decimals of the tick labels at that scale */
} VwChartAxis;

void    vw_chart_axis_init        (VwChartAxis          *axis,
                                   double                data_min,
                                   double                data_max,
                                   guint                 target_ticks,
                                   gboolean              include_zero);
double  vw_chart_axis_normalize   (const VwChartAxis    *axis,
                                   double                value);
char   *vw_chart_axis_format_tick (const VwChartAxis    *axis,
                                   const VwNumberLocale *locale,
                                   const VwValueFormat  *format,
                                   double                value);
double  vw_chart_nice_step        (double                rough);

G_END_DECLS
