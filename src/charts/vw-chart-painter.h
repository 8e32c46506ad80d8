/* vw-chart-painter.h: draws any chart kind on a cairo context
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "vw-chart-data.h"
#include "vw-chart-result.h"
#include "vw-chart-theme.h"

G_BEGIN_DECLS

/* The one entry point shared by the screen widget, the PDF report and image export.
 * Draws @data into the rectangle (0, 0, @width, @height) of @cr (in logical pixels; scale the
 * context for HiDPI) and returns every item's hit region with its exact value and an
 * accessible description, and the rectangle of every text drawn. */
VwChartResult *vw_chart_paint      (cairo_t            *cr,
                                    const VwChartData  *data,
                                    const VwChartTheme *theme,
                                    double              width,
                                    double              height);
gboolean       vw_chart_write_png  (const VwChartData  *data,
                                    const VwChartTheme *theme,
                                    int                 width,
                                    int                 height,
                                    double              scale,
                                    const char         *filename,
                                    GError            **error);
gboolean       vw_chart_write_svg  (const VwChartData  *data,
                                    const VwChartTheme *theme,
                                    int                 width,
                                    int                 height,
                                    const char         *filename,
                                    GError            **error);

G_END_DECLS
