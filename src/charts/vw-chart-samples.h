/* vw-chart-samples.h: fixed sample data for every chart kind
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-chart-data.h"

G_BEGIN_DECLS

typedef enum
{
  VW_CHART_SAMPLE_DEFAULT     = 0,
  VW_CHART_SAMPLE_LONG_LABELS = 1 << 0,  /* long Finnish/German labels for layout tests */
  VW_CHART_SAMPLE_INTERNAL    = 1 << 1,  /* the audience may see internal figures */
  VW_CHART_SAMPLE_NO_TITLE    = 1 << 2,  /* as on screen, where the card has the title */
} VwChartSampleFlags;

VwChartData *vw_chart_sample_new (VwChartKind         kind,
                                  const char         *language,
                                  VwChartSampleFlags  flags);

G_END_DECLS
