/* vw-chart-result.h: what a painter drew, for hit-testing, tooltips and accessibility
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double x, y, width, height;
} VwChartRect;

typedef enum
{
  VW_CHART_HIT_RECT,
  VW_CHART_HIT_CIRCLE,       /* inscribed in rect */
} VwChartHitShape;

typedef struct
{
  VwChartHitShape  shape;
  VwChartRect      rect;
  int              series;       /* series index, or -1 for points and markers */
  int              index;        /* category, point or marker index in the data */
  char            *label;        /* the item's name */
  char            *value_text;   /* the exact value with unit, never abbreviated */
  char            *description;  /* one sentence for a screen reader */
  char            *formula;      /* nullable */
  gboolean         draggable;
} VwChartHit;

typedef struct
{
  VwChartRect  rect;
  char        *text;
} VwChartText;

typedef struct _VwChartResult VwChartResult;

VwChartResult     *vw_chart_result_new          (void);
void               vw_chart_result_free         (VwChartResult     *self);
VwChartHit        *vw_chart_result_add_hit      (VwChartResult     *self,
                                                 VwChartHitShape    shape,
                                                 const VwChartRect *rect,
                                                 int                series,
                                                 int                index);
void               vw_chart_result_add_text     (VwChartResult     *self,
                                                 const VwChartRect *rect,
                                                 const char        *text);
guint              vw_chart_result_get_n_hits   (const VwChartResult *self);
const VwChartHit  *vw_chart_result_get_hit      (const VwChartResult *self,
                                                 guint              index);
guint              vw_chart_result_get_n_texts  (const VwChartResult *self);
const VwChartText *vw_chart_result_get_text     (const VwChartResult *self,
                                                 guint              index);
int                vw_chart_result_hit_test     (const VwChartResult *self,
                                                 double             x,
                                                 double             y,
                                                 double             slop);
void               vw_chart_result_set_mapping  (VwChartResult     *self,
                                                 const VwChartRect *plot,
                                                 double             x_min,
                                                 double             x_max,
                                                 double             y_min,
                                                 double             y_max);
gboolean           vw_chart_result_to_data      (const VwChartResult *self,
                                                 double             px,
                                                 double             py,
                                                 double            *x,
                                                 double            *y);
gboolean           vw_chart_result_text_is_free (const VwChartResult *self,
                                                 const VwChartRect *rect);
char              *vw_chart_result_get_summary  (const VwChartResult *self);

gboolean           vw_chart_rect_intersects     (const VwChartRect *a,
                                                 const VwChartRect *b);
gboolean           vw_chart_rect_contains       (const VwChartRect *rect,
                                                 double             x,
                                                 double             y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwChartResult, vw_chart_result_free)

G_END_DECLS
