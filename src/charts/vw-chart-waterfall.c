/* vw-chart-waterfall.c: the value waterfall and the EVC waterfall
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-waterfall"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-chart-private.h"

typedef struct
{
  double   from;
  double   to;
  gboolean total;
} Step;

static VwChartColor
step_color (VwChartCtx            *ctx,
            const VwChartCategory *category,
            const Step            *step,
            double                 value)
{
  if (step->total)
    return category->role != VW_CHART_ROLE_NEUTRAL
             ? vw_chart_theme_role_color (ctx->theme, category->role) : ctx->theme->total;

  return value >= 0 ? ctx->theme->benefit : ctx->theme->cost;
}

/* The customer's incentive to buy, EVC − price, as a bracket beside the EVC bar. */
static void
paint_incentive (VwChartCtx        *ctx,
                 const VwChartAxis *axis,
                 const VwChartRect *plot,
                 double             x,
                 double             evc,
                 double             price)
{
  VwTextStyle style = { .size = 0.92, .yalign = 0.5, .max_width = 130,
                        .max_lines = 2, .only_if_free = TRUE };
  VwTextStyle value_style = style;
  double y_evc = _vw_chart_y_to_px (axis, plot, evc);
  double y_price = _vw_chart_y_to_px (axis, plot, price);
  double mid = (y_evc + y_price) / 2;
  g_autofree char *exact = _vw_chart_format (ctx, NULL, evc - price, VW_FORMAT_EXACT);
  g_autofree char *shown = _vw_chart_format (ctx, NULL, evc - price, VW_FORMAT_ABBREVIATED);
  g_autofree char *description = NULL;
  VwChartColor color = evc >= price ? ctx->theme->benefit : ctx->theme->cost;
  VwChartRect rect = { x, MIN (y_evc, y_price), 12, fabs (y_evc - y_price) };
  VwChartRect text_rect;

  _vw_chart_set_color (ctx, color);
  cairo_set_line_width (ctx->cr, 1.5);
  cairo_move_to (ctx->cr, x, y_evc);
  cairo_line_to (ctx->cr, x + 6, y_evc);
  cairo_line_to (ctx->cr, x + 6, y_price);
  cairo_line_to (ctx->cr, x, y_price);
  cairo_stroke (ctx->cr);

  value_style.bold = TRUE;
  value_style.numeric = TRUE;
  value_style.has_color = TRUE;
  value_style.color = color;
  value_style.yalign = 1;
  _vw_chart_text (ctx, shown, x + 12, mid, &value_style, &text_rect);
  style.yalign = 0;
  style.muted = TRUE;
  _vw_chart_text (ctx, _("Customer incentive"), x + 12, mid + 1, &style, NULL);

  description = g_strdup_printf (_("Customer incentive (EVC minus price): %s"), exact);
  _vw_chart_add_hit (ctx, VW_CHART_HIT_RECT, &rect, -1, -1, _("Customer incentive"), exact,
                     NULL, description);
}

void
_vw_chart_paint_waterfall (VwChartCtx *ctx)
{
  const VwChartData *data = ctx->data;
  gboolean evc = data->kind == VW_CHART_EVC_WATERFALL;
  const VwChartMarker *price = evc ? vw_chart_data_find_marker (data, VW_MARKER_PRICE) : NULL;
  guint n = data->categories->len;
  g_autofree Step *steps = NULL;
  g_autofree const char **labels = NULL;
  double running = 0, lo = 0, hi = 0;
  double right_reserve = 0;
  VwChartAxis axis;
  VwChartRect plot;
  double slot, bar_w;
  const char *names[3];
  VwChartColor colors[3];
  gboolean lines[3] = { FALSE, FALSE, TRUE };
  guint n_legend = 2;
  double label_size = 0.92;

  if (n == 0 || data->series->len == 0)
    {
      _vw_chart_empty (ctx, _("No value elements to show yet."));
      return;
    }

  names[0] = evc ? _("Positive differentiation") : _("Benefit");
  names[1] = evc ? _("Negative differentiation") : _("Sacrifice");
  colors[0] = ctx->theme->benefit;
  colors[1] = ctx->theme->cost;
  if (price != NULL)
    {
      names[2] = _("Price");
      colors[2] = ctx->theme->foreground;
      n_legend = 3;
    }
  _vw_chart_legend (ctx, n_legend, names, colors, lines);

  steps = g_new0 (Step, n);
  labels = g_new0 (const char *, n);
  for (guint i = 0; i < n; i++)
    {
      const VwChartCategory *c = &g_array_index (data->categories, VwChartCategory, i);
      double v = _vw_chart_series_value (data, 0, i);

      if (!isfinite (v))
        v = 0;
      steps[i].total = (c->flags & VW_CATEGORY_TOTAL) != 0;
      steps[i].from = steps[i].total ? 0 : running;
      steps[i].to = steps[i].total ? v : running + v;
      running = steps[i].to;
      lo = MIN (lo, MIN (steps[i].from, steps[i].to));
      hi = MAX (hi, MAX (steps[i].from, steps[i].to));
      labels[i] = c->label;
    }
  if (price != NULL)
    {
      lo = MIN (lo, price->value);
      hi = MAX (hi, price->value);
      right_reserve = 150;
    }

  vw_chart_axis_init (&axis, lo, hi, 6, TRUE);

  plot.x = ctx->frame.x + _vw_chart_y_axis_width (ctx, &axis, NULL);
  plot.y = ctx->frame.y + ctx->line_height + 4;
  plot.width = ctx->frame.x + ctx->frame.width - plot.x - right_reserve;
  plot.height = ctx->frame.y + ctx->frame.height - _vw_chart_category_height (ctx) - plot.y;
  if (plot.width < 40 || plot.height < 40)
    return;

  _vw_chart_y_axis (ctx, &axis, NULL, &plot);
  _vw_chart_category_labels (ctx, &plot, n, labels, FALSE);

  slot = plot.width / n;
  bar_w = MIN (slot * 0.64, 96);

  /* One size for every value label: long currency forms ("+350 Tsd. €") make all of them
   * smaller rather than some of them disappear. */
  for (guint i = 0; i < n; i++)
    {
      VwTextStyle probe = { .size = 0.92, .numeric = TRUE, .bold = steps[i].total };
      g_autofree char *shown = _vw_chart_format (ctx, NULL, _vw_chart_series_value (data, 0, i),
                                                 (steps[i].total ? VW_FORMAT_EXACT
                                                                 : VW_FORMAT_DIFFERENCE) |
                                                 VW_FORMAT_ABBREVIATED);
      double w;

      _vw_chart_measure (ctx, shown, &probe, &w, NULL);
      if (w > slot + 4)
        label_size = 0.78;
    }

  /* Two passes: bars, hits and the totals' labels first, so that when labels crowd, the
   * totals (net value, EVC) keep theirs and a delta's label gives way. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n; i++)
        {
          const VwChartCategory *c = &g_array_index (data->categories, VwChartCategory, i);
          double value = steps[i].to - steps[i].from;
          double raw = _vw_chart_series_value (data, 0, i);
          double y0 = _vw_chart_y_to_px (&axis, &plot, steps[i].from);
          double y1 = _vw_chart_y_to_px (&axis, &plot, steps[i].to);
          VwChartRect bar = { round (plot.x + slot * i + (slot - bar_w) / 2), round (MIN (y0, y1)),
                              round (bar_w), MAX (1.0, round (fabs (y1 - y0))) };
          VwChartColor color = step_color (ctx, c, &steps[i], value);
          VwFormatFlags flags = steps[i].total ? VW_FORMAT_EXACT : VW_FORMAT_DIFFERENCE;
          g_autofree char *exact = _vw_chart_format (ctx, NULL, raw, flags);
          g_autofree char *shown = _vw_chart_format (ctx, NULL, raw, flags | VW_FORMAT_ABBREVIATED);
          g_autofree char *description = NULL;
          VwTextStyle style = { .size = 0.92, .xalign = 0.5, .numeric = TRUE,
                                .bold = steps[i].total,
                                .only_if_free = TRUE, .max_width = slot + 8, .max_lines = 1,
                                .whole = TRUE };
          gboolean down = !steps[i].total && value < 0;

          if (pass == 1)
            {
              if (!steps[i].total)
                {
                  style.yalign = down ? 0 : 1;
                  style.size = label_size;
                  _vw_chart_text (ctx, shown, bar.x + bar.width / 2,
                                  down ? bar.y + bar.height + 3 : bar.y - 3, &style, NULL);
                }
              continue;
            }

          _vw_chart_fill_rect (ctx, &bar, color,
                               down ? _vw_chart_role_hatch (ctx, VW_CHART_ROLE_COST)
                                                      : VW_HATCH_NONE);

          /* A thin connector carries the running level to the next bar. */
          if (i + 1 < n)
            _vw_chart_hline (ctx, bar.x + bar.width, round (plot.x + slot * (i + 1) +
                                                            (slot - bar_w) / 2),
                             y1, ctx->theme->axis, 1.0, TRUE);

          if (steps[i].total)
            {
              style.yalign = 1;
              style.size = label_size;
              _vw_chart_text (ctx, shown, bar.x + bar.width / 2, bar.y - 3, &style, NULL);
            }

          if (steps[i].total)
            description = g_strdup_printf (_("%s: %s"), c->label, exact);
          else if (value >= 0)
            description = g_strdup_printf (evc ? _("%s: positive differentiation of %s")
                                               : _("%s: benefit of %s"), c->label, exact);
          else
            description = g_strdup_printf (evc ? _("%s: negative differentiation of %s")
                                               : _("%s: sacrifice of %s"), c->label, exact);
          _vw_chart_add_hit (ctx, VW_CHART_HIT_RECT, &bar, 0, i, c->label, exact, c->formula,
                             description);
        }
    }

  if (price != NULL)
    {
      double y = _vw_chart_y_to_px (&axis, &plot, price->value);
      double last_x = plot.x + slot * (n - 1) + (slot + bar_w) / 2;
      g_autofree char *exact = _vw_chart_format (ctx, NULL, price->value, VW_FORMAT_EXACT);
      g_autofree char *shown = _vw_chart_format (ctx, NULL, price->value,
                                                 VW_FORMAT_ABBREVIATED);
      g_autofree char *text = g_strdup_printf ("%s %s", price->label[0] ? price->label
                                                                        : _("Price"), shown);
      g_autofree char *description = g_strdup_printf (_("Price: %s"), exact);
      VwTextStyle style = { .size = 0.92, .bold = TRUE, .yalign = 1, .numeric = TRUE,
                            .only_if_free = TRUE, .max_width = right_reserve - 8,
                            .max_lines = 1 };
      VwChartRect hit = { plot.x, y - 3, last_x + 4 - plot.x, 6 };
      gboolean below = steps[n - 1].total && steps[n - 1].to >= price->value;

      _vw_chart_hline (ctx, plot.x, last_x + 4, y, ctx->theme->foreground, 2.0, TRUE);
      /* The label sits on the side of the line away from the incentive bracket. */
      style.yalign = below ? 0 : 1;
      _vw_chart_text (ctx, text, last_x + 16, below ? y + 3 : y - 3, &style, NULL);
      _vw_chart_add_hit (ctx, VW_CHART_HIT_RECT, &hit, -1, -1, _("Price"), exact, NULL,
                         description);

      if (steps[n - 1].total)
        paint_incentive (ctx, &axis, &plot, last_x + 4, steps[n - 1].to, price->value);
    }
}
