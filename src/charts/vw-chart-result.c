/* vw-chart-result.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-result"

#include <math.h>

#include "vw-chart-result.h"

struct _VwChartResult
{
  GArray      *hits;    /* VwChartHit */
  GArray      *texts;   /* VwChartText */
  gboolean     has_mapping;
  VwChartRect  plot;
  double       x_min, x_max, y_min, y_max;
};

static void
hit_clear (gpointer data)
{
  VwChartHit *hit = data;

  g_clear_pointer (&hit->label, g_free);
  g_clear_pointer (&hit->value_text, g_free);
  g_clear_pointer (&hit->description, g_free);
  g_clear_pointer (&hit->formula, g_free);
}

static void
text_clear (gpointer data)
{
  VwChartText *text = data;

  g_clear_pointer (&text->text, g_free);
}

VwChartResult *
vw_chart_result_new (void)
{
  VwChartResult *self = g_new0 (VwChartResult, 1);

  self->hits = g_array_new (FALSE, TRUE, sizeof (VwChartHit));
  g_array_set_clear_func (self->hits, hit_clear);
  self->texts = g_array_new (FALSE, TRUE, sizeof (VwChartText));
  g_array_set_clear_func (self->texts, text_clear);

  return self;
}

void
vw_chart_result_free (VwChartResult *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->hits);
  g_array_unref (self->texts);
  g_free (self);
}

VwChartHit *
vw_chart_result_add_hit (VwChartResult     *self,
                         VwChartHitShape    shape,
                         const VwChartRect *rect,
                         int                series,
                         int                index)
{
  VwChartHit hit = { 0 };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (rect != NULL, NULL);

  hit.shape = shape;
  hit.rect = *rect;
  /* A zero-height bar (a value of 0) still gets a sliver the pointer can find. */
  if (hit.rect.height < 2)
    {
      hit.rect.y -= (2 - hit.rect.height) / 2;
      hit.rect.height = 2;
    }
  if (hit.rect.width < 2)
    {
      hit.rect.x -= (2 - hit.rect.width) / 2;
      hit.rect.width = 2;
    }
  hit.series = series;
  hit.index = index;
  g_array_append_val (self->hits, hit);

  return &g_array_index (self->hits, VwChartHit, self->hits->len - 1);
}

void
vw_chart_result_add_text (VwChartResult     *self,
                          const VwChartRect *rect,
                          const char        *text)
{
  VwChartText t;

  g_return_if_fail (self != NULL);
  g_return_if_fail (rect != NULL);

  t.rect = *rect;
  t.text = g_strdup (text);
  g_array_append_val (self->texts, t);
}

guint
vw_chart_result_get_n_hits (const VwChartResult *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->hits->len;
}

const VwChartHit *
vw_chart_result_get_hit (const VwChartResult *self,
                         guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->hits->len, NULL);
  return &g_array_index (self->hits, VwChartHit, index);
}

guint
vw_chart_result_get_n_texts (const VwChartResult *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->texts->len;
}

const VwChartText *
vw_chart_result_get_text (const VwChartResult *self,
                          guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->texts->len, NULL);
  return &g_array_index (self->texts, VwChartText, index);
}

gboolean
vw_chart_rect_intersects (const VwChartRect *a,
                          const VwChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
vw_chart_rect_contains (const VwChartRect *rect,
                        double             x,
                        double             y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

/* Distance from (x, y) to the hit's shape; 0 inside. */
static double
hit_distance (const VwChartHit *hit,
              double            x,
              double            y)
{
  const VwChartRect *r = &hit->rect;

  if (hit->shape == VW_CHART_HIT_CIRCLE)
    {
      double cx = r->x + r->width / 2, cy = r->y + r->height / 2;
      double d = hypot (x - cx, y - cy) - r->width / 2;

      return MAX (d, 0.0);
    }
  else
    {
      double dx = MAX (MAX (r->x - x, 0.0), x - (r->x + r->width));
      double dy = MAX (MAX (r->y - y, 0.0), y - (r->y + r->height));

      return hypot (dx, dy);
    }
}

/**
 * vw_chart_result_hit_test:
 * @slop: how far outside an item (in px) still finds it, for thin markers and small bubbles
 *
 * Among the items under (x, y) the smallest wins, so a small bubble drawn over a large one
 * stays reachable; otherwise the nearest item within @slop.
 *
 * Returns: the hit index, or -1
 */
int
vw_chart_result_hit_test (const VwChartResult *self,
                          double               x,
                          double               y,
                          double               slop)
{
  int best = -1;
  double best_area = G_MAXDOUBLE;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->hits->len; i++)
    {
      const VwChartHit *hit = &g_array_index (self->hits, VwChartHit, i);
      double d = hit_distance (hit, x, y);
      double area = hit->rect.width * hit->rect.height;

      if (d == 0 && (best_distance > 0 || area < best_area))
        {
          best = i;
          best_area = area;
          best_distance = 0;
        }
      else if (d > 0 && d <= slop && d < best_distance)
        {
          best = i;
          best_distance = d;
        }
    }

  return best;
}

void
vw_chart_result_set_mapping (VwChartResult     *self,
                             const VwChartRect *plot,
                             double             x_min,
                             double             x_max,
                             double             y_min,
                             double             y_max)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (plot != NULL);

  self->has_mapping = plot->width > 0 && plot->height > 0 && x_max > x_min && y_max > y_min;
  self->plot = *plot;
  self->x_min = x_min;
  self->x_max = x_max;
  self->y_min = y_min;
  self->y_max = y_max;
}

/**
 * vw_chart_result_to_data:
 *
 * Converts a position in the chart (px) to data units of a point chart, clamped to the
 * axes, for dragging a bubble.
 *
 * Returns: %FALSE when the chart has no x/y mapping
 */
gboolean
vw_chart_result_to_data (const VwChartResult *self,
                         double               px,
                         double               py,
                         double              *x,
                         double              *y)
{
  double nx, ny;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->has_mapping)
    return FALSE;

  nx = CLAMP ((px - self->plot.x) / self->plot.width, 0.0, 1.0);
  ny = CLAMP (1.0 - (py - self->plot.y) / self->plot.height, 0.0, 1.0);

  if (x != NULL)
    *x = self->x_min + nx * (self->x_max - self->x_min);
  if (y != NULL)
    *y = self->y_min + ny * (self->y_max - self->y_min);

  return TRUE;
}

/* TRUE when @rect overlaps none of the texts drawn so far. */
gboolean
vw_chart_result_text_is_free (const VwChartResult *self,
                              const VwChartRect   *rect)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->texts->len; i++)
    if (vw_chart_rect_intersects (rect, &g_array_index (self->texts, VwChartText, i).rect))
      return FALSE;

  return TRUE;
}

/* Every item's description, one per line: the text alternative of the whole chart. */
char *
vw_chart_result_get_summary (const VwChartResult *self)
{
  GString *s;

  g_return_val_if_fail (self != NULL, NULL);

  s = g_string_new (NULL);
  for (guint i = 0; i < self->hits->len; i++)
    {
      const VwChartHit *hit = &g_array_index (self->hits, VwChartHit, i);

      if (hit->description == NULL)
        continue;
      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, hit->description);
    }

  return g_string_free (s, FALSE);
}
