/* vw-chart-tornado.c: one-at-a-time sensitivity around the base case
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-tornado"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-chart-private.h"

typedef struct
{
  guint  index;
  double low;
  double high;
  double swing;
} Row;

/* Largest swing first; swings equal within 1e-9 of the largest keep the input order
 * (value-math §12). An insertion sort is stable and the rows are few. */
static void
sort_rows (Row   *rows,
           guint  n)
{
  double max_swing = 0;

  for (guint i = 0; i < n; i++)
    max_swing = MAX (max_swing, rows[i].swing);

  for (guint i = 1; i < n; i++)
    {
      Row row = rows[i];
      guint j = i;

      while (j > 0 && row.swing - rows[j - 1].swing > 1e-9 * max_swing)
        {
          rows[j] = rows[j - 1];
          j--;
        }
      rows[j] = row;
    }
}

/* The drawing order of the inputs, exposed for the tests. */
guint *
_vw_chart_tornado_order (const VwChartData *data,
                         guint             *n_rows)
{
  guint n = data->categories->len;
  g_autofree Row *rows = g_new0 (Row, n + 1);
  guint *order = g_new0 (guint, n + 1);

  for (guint i = 0; i < n; i++)
    {
      rows[i].index = i;
      rows[i].low = _vw_chart_series_value (data, 0, i);
      rows[i].high = _vw_chart_series_value (data, 1, i);
      rows[i].swing = isfinite (rows[i].low) && isfinite (rows[i].high)
                        ? fabs (rows[i].high - rows[i].low) : 0;
    }
  sort_rows (rows, n);
  for (guint i = 0; i < n; i++)
    order[i] = rows[i].index;

  *n_rows = n;
  return order;
}

static void
paint_segment (VwChartCtx        *ctx,
               const VwChartAxis *axis,
               const VwChartRect *plot,
               double             y,
               double             h,
               double             base,
               double             value,
               VwChartColor       color,
               guint              index,
               int                series)
{
  const char *label = _vw_chart_category_label (ctx->data, index);
  double x0 = _vw_chart_x_to_px (axis, plot, base);
  double x1 = _vw_chart_x_to_px (axis, plot, value);
  VwChartRect bar = { round (MIN (x0, x1)), round (y), MAX (1.0, round (fabs (x1 - x0))),
                      round (h) };
  g_autofree char *exact = _vw_chart_format (ctx, NULL, value, VW_FORMAT_EXACT);
  g_autofree char *delta = _vw_chart_format (ctx, NULL, value - base, VW_FORMAT_DIFFERENCE);
  g_autofree char *shown = _vw_chart_format (ctx, NULL, value, VW_FORMAT_ABBREVIATED);
  g_autofree char *description = NULL;
  VwTextStyle style = { .size = 0.85, .yalign = 0.5, .numeric = TRUE, .muted = TRUE,
                        .only_if_free = TRUE };

  _vw_chart_fill_rect (ctx, &bar, color, VW_HATCH_NONE);

  style.xalign = x1 >= x0 ? 0 : 1;
  _vw_chart_text (ctx, shown, x1 >= x0 ? bar.x + bar.width + 4 : bar.x - 4, y + h / 2, &style,
                  NULL);

  description = g_strdup_printf (series == 0 ? _("%s at its low end: %s (%s)")
                                             : _("%s at its high end: %s (%s)"),
                                 label, exact, delta);
  _vw_chart_add_hit (ctx, VW_CHART_HIT_RECT, &bar, series, index, label, exact, NULL,
                     description);
}

void
_vw_chart_paint_tornado (VwChartCtx *ctx)
{
  const VwChartData *data = ctx->data;
  guint n;
  g_autofree guint *order = NULL;
  const char *names[2] = { _("Input at its low end"), _("Input at its high end") };
  VwChartColor colors[2];
  VwChartAxis axis;
  VwChartRect plot;
  VwTextStyle label_style = { .yalign = 0.5, .xalign = 1, .max_lines = 2 };
  double lo, hi, label_w = 0, row_h, base = data->base_value;

  order = _vw_chart_tornado_order (data, &n);
  if (n == 0 || data->series->len < 2 || !isfinite (base))
    {
      _vw_chart_empty (ctx, _("No sensitivity results yet."));
      return;
    }

  /* Light and dark ends of one hue family: distinguishable without colour vision too. */
  colors[0] = ctx->theme->palette[4];
  colors[1] = ctx->theme->palette[3];
  _vw_chart_legend (ctx, 2, names, colors, NULL);

  lo = hi = base;
  for (guint i = 0; i < n; i++)
    {
      double w;
      double a = _vw_chart_series_value (data, 0, i), b = _vw_chart_series_value (data, 1, i);

      if (isfinite (a)) { lo = MIN (lo, a); hi = MAX (hi, a); }
      if (isfinite (b)) { lo = MIN (lo, b); hi = MAX (hi, b); }
      _vw_chart_measure (ctx, _vw_chart_category_label (data, i), &label_style, &w, NULL);
      label_w = MAX (label_w, w);
    }

  /* Room for the value labels at both bar ends. */
  {
    double pad = (hi - lo) * 0.18;
    vw_chart_axis_init (&axis, lo - pad, hi + pad, 6, FALSE);
  }

  label_w = MIN (label_w, ctx->frame.width * 0.3) + 12;
  label_style.max_width = label_w - 12;
  plot.x = ctx->frame.x + label_w;
  plot.y = ctx->frame.y + ctx->line_height + 6;
  plot.width = ctx->frame.width - label_w;
  plot.height = ctx->frame.y + ctx->frame.height - ctx->line_height - 8 - plot.y;
  if (plot.width < 60 || plot.height < 30)
    return;

  _vw_chart_x_axis (ctx, &axis, NULL, &plot);
  row_h = MIN (plot.height / n, 48);
  /* Two-line names only where two lines fit in a row; never let them reach a neighbour. */
  label_style.max_lines = row_h >= ctx->line_height * 2 + 2 ? 2 : 1;
  label_style.only_if_free = TRUE;

  {
    double x = _vw_chart_x_to_px (&axis, &plot, base);
    g_autofree char *shown = _vw_chart_format (ctx, NULL, base, VW_FORMAT_ABBREVIATED);
    g_autofree char *text = g_strdup_printf (_("Base case %s"), shown);
    VwTextStyle style = { .size = 0.92, .bold = TRUE, .xalign = 0.5, .yalign = 1,
                          .numeric = TRUE };

    _vw_chart_text (ctx, text, x, plot.y - 4, &style, NULL);
  }

  for (guint r = 0; r < n; r++)
    {
      guint i = order[r];
      double y = plot.y + row_h * r;
      double h = row_h * 0.62;
      double low = _vw_chart_series_value (data, 0, i);
      double high = _vw_chart_series_value (data, 1, i);
      gboolean low_first = fabs (low - base) >= fabs (high - base);

      _vw_chart_text (ctx, _vw_chart_category_label (data, i), plot.x - 10, y + row_h / 2,
                      &label_style, NULL);

      /* The longer segment first, so a non-monotone input's shorter one stays visible. */
      for (guint k = 0; k < 2; k++)
        {
          gboolean is_low = (k == 0) == low_first;
          double v = is_low ? low : high;

          if (isfinite (v))
            paint_segment (ctx, &axis, &plot, y + (row_h - h) / 2, h, base, v,
                           colors[is_low ? 0 : 1], i, is_low ? 0 : 1);
        }
    }

  _vw_chart_vline (ctx, _vw_chart_x_to_px (&axis, &plot, base), plot.y,
                   plot.y + row_h * n, ctx->theme->foreground, 2.0, FALSE);
}
