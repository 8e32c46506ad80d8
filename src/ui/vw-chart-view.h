/* vw-chart-view.h: an interactive, accessible chart
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-chart-data.h"
#include "vw-chart-result.h"

G_BEGIN_DECLS

#define VW_TYPE_CHART_VIEW (vw_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (VwChartView, vw_chart_view, VW, CHART_VIEW, GtkWidget)

GtkWidget           *vw_chart_view_new              (void);
GtkWidget           *vw_chart_view_new_card         (const char   *title,
                                                     const char   *title_class,
                                                     int           min_width,
                                                     int           min_height,
                                                     VwChartView **view);
VwChartData         *vw_chart_view_get_data         (VwChartView *self);
void                 vw_chart_view_set_data         (VwChartView *self,
                                                     VwChartData *data);
int                  vw_chart_view_get_focus_item   (VwChartView *self);
void                 vw_chart_view_set_focus_item   (VwChartView *self,
                                                     int          item);
const VwChartResult *vw_chart_view_get_result       (VwChartView *self);
int                  vw_chart_view_get_item_at      (VwChartView *self,
                                                     double       x,
                                                     double       y);
char                *vw_chart_view_dup_item_tooltip (VwChartView *self,
                                                     int          item);
void                 vw_chart_view_activate_item    (VwChartView *self,
                                                     int          item);
gboolean             vw_chart_view_drop_item        (VwChartView *self,
                                                     int          item,
                                                     double       x,
                                                     double       y);

G_END_DECLS
