/* vw-chart-private.h: the drawing context shared by the painters of each chart kind
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "vw-catalog.h"
#include "vw-chart-axis.h"
#include "vw-chart-data.h"
#include "vw-chart-result.h"
#include "vw-chart-theme.h"

/* A chart drawn into a report speaks the report's language (vw_catalog_push_thread). */
#undef _
#define _(String) vw_catalog_gettext (String)

G_BEGIN_DECLS

typedef struct
{
  cairo_t              *cr;
  const VwChartData    *data;
  const VwChartTheme   *theme;
  VwChartResult        *result;
  PangoLayout          *layout;
  PangoFontDescription *font;
  double                width;
  double                height;
  VwChartRect           frame;   /* what is left for the plot after title and legend */
  double                line_height;
} VwChartCtx;

typedef struct
{
  double       size;        /* relative to the theme's font size; 0 means 1 */
  gboolean     bold;
  double       xalign;      /* 0 left of x, 0.5 centred, 1 right of x */
  double       yalign;      /* 0 below y, 0.5 centred, 1 above y */
  double       max_width;   /* 0: no limit; else wrapped to max_lines and ellipsized */
  int          max_lines;
  gboolean     numeric;     /* tabular figures */
  gboolean     only_if_free;/* skip (return FALSE) when it would overlap drawn text */
  gboolean     whole;       /* figures: skipped when wider than max_width, never ellipsized */
  gboolean     muted;
  gboolean     has_color;
  VwChartColor color;
} VwTextStyle;

typedef enum
{
  VW_HATCH_NONE,
  VW_HATCH_DIAGONAL,
  VW_HATCH_HORIZONTAL,
} VwHatch;

#define VW_CHART_PAD 12.0

gboolean     _vw_chart_text            (VwChartCtx        *ctx,
                                        const char        *text,
                                        double             x,
                                        double             y,
                                        const VwTextStyle *style,
                                        VwChartRect       *out_rect);
void         _vw_chart_measure         (VwChartCtx        *ctx,
                                        const char        *text,
                                        const VwTextStyle *style,
                                        double            *width,
                                        double            *height);
void         _vw_chart_set_color       (VwChartCtx        *ctx,
                                        VwChartColor       color);
void         _vw_chart_fill_rect       (VwChartCtx        *ctx,
                                        const VwChartRect *rect,
                                        VwChartColor       color,
                                        VwHatch            hatch);
VwHatch      _vw_chart_role_hatch      (VwChartCtx        *ctx,
                                        VwChartRole        role);
void         _vw_chart_hline           (VwChartCtx        *ctx,
                                        double             x0,
                                        double             x1,
                                        double             y,
                                        VwChartColor       color,
                                        double             width,
                                        gboolean           dashed);
void         _vw_chart_vline           (VwChartCtx        *ctx,
                                        double             x,
                                        double             y0,
                                        double             y1,
                                        VwChartColor       color,
                                        double             width,
                                        gboolean           dashed);
char        *_vw_chart_format          (VwChartCtx        *ctx,
                                        const VwValueFormat *format,
                                        double             value,
                                        VwFormatFlags      flags);
VwChartHit  *_vw_chart_add_hit         (VwChartCtx        *ctx,
                                        VwChartHitShape    shape,
                                        const VwChartRect *rect,
                                        int                series,
                                        int                index,
                                        const char        *label,
                                        const char        *value_text,
                                        const char        *formula,
                                        const char        *description);
void         _vw_chart_legend          (VwChartCtx        *ctx,
                                        guint              n,
                                        const char *const *names,
                                        const VwChartColor *colors,
                                        const gboolean    *lines);
double       _vw_chart_y_axis_width    (VwChartCtx        *ctx,
                                        const VwChartAxis *axis,
                                        const VwValueFormat *format);
void         _vw_chart_y_axis          (VwChartCtx        *ctx,
                                        const VwChartAxis *axis,
                                        const VwValueFormat *format,
                                        const VwChartRect *plot);
void         _vw_chart_x_axis          (VwChartCtx        *ctx,
                                        const VwChartAxis *axis,
                                        const VwValueFormat *format,
                                        const VwChartRect *plot);
double       _vw_chart_category_height (VwChartCtx        *ctx);
void         _vw_chart_category_labels (VwChartCtx        *ctx,
                                        const VwChartRect *plot,
                                        guint              n,
                                        const char *const *labels,
                                        gboolean           thin_ok);
void         _vw_chart_empty           (VwChartCtx        *ctx,
                                        const char        *message);
double       _vw_chart_y_to_px         (const VwChartAxis *axis,
                                        const VwChartRect *plot,
                                        double             value);
double       _vw_chart_x_to_px         (const VwChartAxis *axis,
                                        const VwChartRect *plot,
                                        double             value);
const char  *_vw_chart_category_label  (const VwChartData *data,
                                        guint              index);
double       _vw_chart_series_value    (const VwChartData *data,
                                        guint              series,
                                        guint              index);

guint *_vw_chart_tornado_order     (const VwChartData *data,
                                    guint             *n_rows);

void _vw_chart_paint_waterfall      (VwChartCtx *ctx);
void _vw_chart_paint_tco            (VwChartCtx *ctx);
void _vw_chart_paint_cash_flow      (VwChartCtx *ctx);
void _vw_chart_paint_tornado        (VwChartCtx *ctx);
void _vw_chart_paint_distribution   (VwChartCtx *ctx);
void _vw_chart_paint_kpi_bullet     (VwChartCtx *ctx);
void _vw_chart_paint_points         (VwChartCtx *ctx);
void _vw_chart_paint_verification   (VwChartCtx *ctx);
void _vw_chart_paint_price_corridor (VwChartCtx *ctx);

G_END_DECLS
