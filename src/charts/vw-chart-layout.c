/* vw-chart-layout.c: legend, axes and category labels shared by every chart kind
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-layout"

#include <math.h>

#include "vw-chart-private.h"
void
_vw_chart_legend (VwChartCtx          *ctx,
                  guint                n,
                  const char *const   *names,
                  const VwChartColor  *colors,
                  const gboolean      *lines)
{
  VwTextStyle style = { .size = 0.92, .yalign = 0.5, .muted = FALSE };
  double x = ctx->frame.x;
  double row_h = ctx->line_height;
  double y = ctx->frame.y + row_h / 2;
  double right = ctx->frame.x + ctx->frame.width;
  /* The legend takes at most a quarter of the height; on a small card the plot matters more
   * and every item's tooltip still names its series. */
  double bottom = ctx->frame.y + MAX (row_h, floor (ctx->frame.height * 0.25 / row_h) * row_h);

  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      double w, h;
      double item_w;

      _vw_chart_measure (ctx, names[i], &style, &w, &h);
      item_w = 14 + 6 + w;
      if (x > ctx->frame.x && x + item_w > right)
        {
          if (y + row_h * 1.5 > bottom)
            break;
          x = ctx->frame.x;
          y += row_h;
        }

      _vw_chart_set_color (ctx, colors[i]);
      if (lines != NULL && lines[i])
        {
          cairo_set_line_width (ctx->cr, 2.5);
          cairo_move_to (ctx->cr, x, round (y));
          cairo_line_to (ctx->cr, x + 14, round (y));
          cairo_stroke (ctx->cr);
        }
      else if (ctx->data->kind == VW_CHART_STAKEHOLDER_MAP ||
               ctx->data->kind == VW_CHART_VALUE_BUBBLES)
        {
          /* The swatch has the shape of what it names: bubbles on the two maps. */
          cairo_new_path (ctx->cr);
          cairo_arc (ctx->cr, x + 7, round (y), 5.5, 0, 2 * G_PI);
          cairo_fill (ctx->cr);
        }
      else
        {
          cairo_rectangle (ctx->cr, x + 2, round (y) - 5, 10, 10);
          cairo_fill (ctx->cr);
        }

      style.max_width = MAX (20.0, right - x - 20);
      style.max_lines = 1;
      _vw_chart_text (ctx, names[i], x + 20, y, &style, NULL);
      x += item_w + 18;
    }

  ctx->frame.y = y + row_h / 2 + 8;
  ctx->frame.height = ctx->height - VW_CHART_PAD - ctx->frame.y;
}

double
_vw_chart_y_to_px (const VwChartAxis *axis,
                   const VwChartRect *plot,
                   double             value)
{
  return plot->y + plot->height * (1.0 - vw_chart_axis_normalize (axis, value));
}

double
_vw_chart_x_to_px (const VwChartAxis *axis,
                   const VwChartRect *plot,
                   double             value)
{
  return plot->x + plot->width * vw_chart_axis_normalize (axis, value);
}

double
_vw_chart_y_axis_width (VwChartCtx          *ctx,
                        const VwChartAxis   *axis,
                        const VwValueFormat *format)
{
  VwTextStyle style = { .size = 0.92, .numeric = TRUE };
  double widest = 0;

  if (format == NULL)
    format = &ctx->data->format;

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      g_autofree char *text = vw_chart_axis_format_tick (axis, ctx->data->locale,
                                                         format, axis->ticks[i]);
      double w;

      _vw_chart_measure (ctx, text, &style, &w, NULL);
      widest = MAX (widest, w);
    }

  return widest + 8;
}

void
_vw_chart_y_axis (VwChartCtx          *ctx,
                  const VwChartAxis   *axis,
                  const VwValueFormat *format,
                  const VwChartRect   *plot)
{
  VwTextStyle style = { .size = 0.92, .xalign = 1, .yalign = 0.5, .numeric = TRUE,
                        .muted = TRUE, .only_if_free = TRUE };

  if (format == NULL)
    format = &ctx->data->format;

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      double y = _vw_chart_y_to_px (axis, plot, axis->ticks[i]);
      g_autofree char *text = vw_chart_axis_format_tick (axis, ctx->data->locale,
                                                         format, axis->ticks[i]);

      _vw_chart_hline (ctx, plot->x, plot->x + plot->width, y,
                       axis->ticks[i] == 0 ? ctx->theme->axis : ctx->theme->grid,
                       ctx->theme->line_width, FALSE);
      _vw_chart_text (ctx, text, plot->x - 8, y, &style, NULL);
    }
}

void
_vw_chart_x_axis (VwChartCtx          *ctx,
                  const VwChartAxis   *axis,
                  const VwValueFormat *format,
                  const VwChartRect   *plot)
{
  VwTextStyle style = { .size = 0.92, .xalign = 0.5, .yalign = 0, .numeric = TRUE,
                        .muted = TRUE, .only_if_free = TRUE };

  if (format == NULL)
    format = &ctx->data->format;

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      double x = _vw_chart_x_to_px (axis, plot, axis->ticks[i]);
      g_autofree char *text = vw_chart_axis_format_tick (axis, ctx->data->locale,
                                                         format, axis->ticks[i]);

      _vw_chart_vline (ctx, x, plot->y, plot->y + plot->height,
                       axis->ticks[i] == 0 ? ctx->theme->axis : ctx->theme->grid,
                       ctx->theme->line_width, FALSE);
      /* Thinning: a tick label that would touch its neighbour is left out. */
      _vw_chart_text (ctx, text, x, plot->y + plot->height + 6, &style, NULL);
    }
}

double
_vw_chart_category_height (VwChartCtx *ctx)
{
  return ctx->line_height * 2.5 + 6;
}

/* Category labels under their slots. Long labels wrap to two lines and are ellipsized (the
 * tooltip has the full name). Periods (@thin_ok) are thinned instead: every k-th label over
 * k slots, the smallest k that fits them whole. Slots too narrow for any legible label are
 * thinned in every case. */
void
_vw_chart_category_labels (VwChartCtx        *ctx,
                           const VwChartRect *plot,
                           guint              n,
                           const char *const *labels,
                           gboolean           thin_ok)
{
  VwTextStyle style = { .size = 0.92, .xalign = 0.5, .yalign = 0, .max_lines = 2,
                        .only_if_free = TRUE };
  VwTextStyle plain = { .size = 0.92 };
  double slot;
  double min_slot = ctx->theme->font_size * 3.5;
  double widest = 0;
  guint k;

  if (n == 0)
    return;

  slot = plot->width / n;
  k = slot >= min_slot ? 1 : (guint) ceil (min_slot / slot);

  if (thin_ok)
    {
      for (guint i = 0; i < n; i++)
        {
          double w;

          _vw_chart_measure (ctx, labels[i], &plain, &w, NULL);
          widest = MAX (widest, w);
        }
      while (k < n && slot * k - 2 < widest && k < 4)
        k++;
    }

  style.max_width = MAX (8.0, slot * k - 2);

  for (guint i = 0; i < n; i += k)
    {
      double x = plot->x + slot * (i + 0.5);

      /* Below the half of the bottom tick label that hangs under the plot. */
      _vw_chart_text (ctx, labels[i], x, plot->y + plot->height + ctx->line_height / 2 + 3,
                      &style, NULL);
    }
}

void
_vw_chart_empty (VwChartCtx *ctx,
                 const char *message)
{
  VwTextStyle style = { .xalign = 0.5, .yalign = 0.5, .muted = TRUE,
                        .max_width = ctx->frame.width, .max_lines = 3 };

  _vw_chart_text (ctx, message, ctx->frame.x + ctx->frame.width / 2,
                  ctx->frame.y + ctx->frame.height / 2, &style, NULL);
}

const char *
_vw_chart_category_label (const VwChartData *data,
                          guint              index)
{
  if (index >= data->categories->len)
    return "";
  return g_array_index (data->categories, VwChartCategory, index).label;
}

/* NAN for a missing series or value, so callers test isfinite() once. */
double
_vw_chart_series_value (const VwChartData *data,
                        guint              series,
                        guint              index)
{
  const VwChartSeries *s;

  if (series >= data->series->len)
    return NAN;
  s = g_ptr_array_index (data->series, series);
  if (index >= s->n_values)
    return NAN;
  return s->values[index];
}
