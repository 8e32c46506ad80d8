/* vw-chart-bars.c: TCO stacked bars, the verification chart and KPI bullet charts
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-bars"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-chart-private.h"

static double
plot_x_center (double x,
               double slot,
               int    i)
{
  return x + slot * (i + 0.5);
}

static const char **
category_labels (const VwChartData *data)
{
  const char **labels = g_new0 (const char *, data->categories->len + 1);

  for (guint i = 0; i < data->categories->len; i++)
    labels[i] = g_array_index (data->categories, VwChartCategory, i).label;

  return labels;
}

/* TCO: one stacked bar per alternative; the price at the bottom in the alternative's colour,
 * lifecycle cost components above it in the categorical palette. */
void
_vw_chart_paint_tco (VwChartCtx *ctx)
{
  const VwChartData *data = ctx->data;
  guint n = data->categories->len;
  guint n_series = data->series->len;
  g_autofree const char **labels = NULL;
  g_autofree const char **names = NULL;
  g_autofree VwChartColor *colors = NULL;
  g_autofree double *totals = NULL;
  VwChartAxis axis;
  VwChartRect plot;
  double slot, bar_w, hi = 0;
  int offer = -1;

  if (n == 0 || n_series == 0)
    {
      _vw_chart_empty (ctx, _("No alternatives to compare yet."));
      return;
    }

  names = g_new0 (const char *, n_series);
  colors = g_new0 (VwChartColor, n_series);
  for (guint s = 0; s < n_series; s++)
    {
      const VwChartSeries *series = g_ptr_array_index (data->series, s);

      names[s] = series->name;
      colors[s] = series->role == VW_CHART_ROLE_PRICE
                    ? ctx->theme->offer
                    : vw_chart_theme_role_color (ctx->theme, series->role);
    }
  _vw_chart_legend (ctx, n_series, names, colors, NULL);

  totals = g_new0 (double, n);
  for (guint i = 0; i < n; i++)
    {
      const VwChartCategory *c = &g_array_index (data->categories, VwChartCategory, i);

      for (guint s = 0; s < n_series; s++)
        {
          double v = _vw_chart_series_value (data, s, i);
          if (isfinite (v) && v > 0)
            totals[i] += v;
        }
      hi = MAX (hi, totals[i]);
      if (offer < 0 && c->role == VW_CHART_ROLE_OFFER)
        offer = i;
    }

  /* The point of the chart, in one sentence: the price is a small part of the TCO. */
  if (offer >= 0 && totals[offer] > 0 && ctx->frame.height > 200)
    {
      const VwChartSeries *first = g_ptr_array_index (data->series, 0);
      double price = _vw_chart_series_value (data, 0, offer);

      if (first->role == VW_CHART_ROLE_PRICE && isfinite (price))
        {
          g_autofree char *percent = vw_format_percent (data->locale, price / totals[offer], 0);
          g_autofree char *text = g_strdup_printf (_("The price is only %s of the total cost "
                                                     "of ownership of %s"),
                                                   percent, _vw_chart_category_label (data,
                                                                                      offer));
          VwTextStyle style = { .bold = TRUE, .has_color = TRUE, .color = ctx->theme->offer,
                                .max_width = ctx->frame.width, .max_lines = 2 };
          VwChartRect rect;

          if (_vw_chart_text (ctx, text, ctx->frame.x, ctx->frame.y, &style, &rect))
            {
              ctx->frame.y = rect.y + rect.height + 8;
              ctx->frame.height = ctx->height - VW_CHART_PAD - ctx->frame.y;
            }
        }
    }

  vw_chart_axis_init (&axis, 0, hi, 6, TRUE);
  labels = category_labels (data);

  plot.x = ctx->frame.x + _vw_chart_y_axis_width (ctx, &axis, NULL);
  plot.y = ctx->frame.y + ctx->line_height + 4;
  plot.width = ctx->frame.x + ctx->frame.width - plot.x;
  plot.height = ctx->frame.y + ctx->frame.height - _vw_chart_category_height (ctx) - plot.y;
  if (plot.width < 40 || plot.height < 40)
    return;

  _vw_chart_y_axis (ctx, &axis, NULL, &plot);
  _vw_chart_category_labels (ctx, &plot, n, labels, FALSE);

  slot = plot.width / n;
  bar_w = MIN (slot * 0.56, 120);

  for (guint i = 0; i < n; i++)
    {
      const VwChartCategory *c = &g_array_index (data->categories, VwChartCategory, i);
      double level = 0;
      double x = round (plot.x + slot * i + (slot - bar_w) / 2);
      g_autofree char *total_text = _vw_chart_format (ctx, NULL, totals[i],
                                                      VW_FORMAT_ABBREVIATED);
      VwTextStyle total_style = { .bold = TRUE, .xalign = 0.5, .yalign = 1, .numeric = TRUE,
                                  .only_if_free = TRUE, .size = 0.92 };

      for (guint s = 0; s < n_series; s++)
        {
          const VwChartSeries *series = g_ptr_array_index (data->series, s);
          double v = _vw_chart_series_value (data, s, i);
          double y0, y1;
          VwChartRect seg;
          VwChartColor color;
          g_autofree char *exact = NULL;
          g_autofree char *description = NULL;
          VwChartRole role;

          if (!isfinite (v) || v <= 0)
            continue;

          y0 = round (_vw_chart_y_to_px (&axis, &plot, level));
          y1 = round (_vw_chart_y_to_px (&axis, &plot, level + v));
          seg = (VwChartRect) { x, y1, round (bar_w), y0 - y1 };
          role = series->role == VW_CHART_ROLE_PRICE ? c->role : series->role;
          color = series->role == VW_CHART_ROLE_PRICE && c->role != VW_CHART_ROLE_NEUTRAL
                    ? vw_chart_theme_role_color (ctx->theme, c->role) : colors[s];
          _vw_chart_fill_rect (ctx, &seg, color, _vw_chart_role_hatch (ctx, role));

          /* A 1 px gap in the background colour separates the stacked segments. */
          _vw_chart_hline (ctx, seg.x, seg.x + seg.width, seg.y, ctx->theme->background, 1.0,
                           FALSE);

          if (seg.height >= ctx->line_height + 4)
            {
              g_autofree char *shown = NULL;
              VwTextStyle style = { .size = 0.85, .xalign = 0.5, .yalign = 0.5,
                                    .numeric = TRUE, .has_color = TRUE, .only_if_free = TRUE,
                                    .color = vw_chart_color_text_on (ctx->theme, color),
                                    .max_width = seg.width - 4, .max_lines = 1,
                                    .whole = TRUE };

              if (series->role == VW_CHART_ROLE_PRICE && totals[i] > 0)
                shown = vw_format_percent (data->locale, v / totals[i], 0);
              else
                shown = _vw_chart_format (ctx, NULL, v, VW_FORMAT_ABBREVIATED);
              _vw_chart_text (ctx, shown, seg.x + seg.width / 2, seg.y + seg.height / 2,
                              &style, NULL);
            }

          exact = _vw_chart_format (ctx, NULL, v, VW_FORMAT_EXACT);
          description = g_strdup_printf (_("%s, %s: %s"), c->label, series->name, exact);
          _vw_chart_add_hit (ctx, VW_CHART_HIT_RECT, &seg, s, i, series->name, exact,
                             series->formula, description);
          level += v;
        }

      _vw_chart_text (ctx, total_text, x + bar_w / 2,
                      _vw_chart_y_to_px (&axis, &plot, totals[i]) - 3, &total_style, NULL);
    }
}

/* Verification: promised and realized value per period above, their running sums below. */
void
_vw_chart_paint_verification (VwChartCtx *ctx)
{
  const VwChartData *data = ctx->data;
  guint n = data->categories->len;
  g_autofree const char **labels = NULL;
  g_autofree double *cum_p = NULL;
  g_autofree double *cum_r = NULL;
  VwChartAxis top_axis, bottom_axis;
  VwChartRect top, bottom;
  double lo = 0, hi = 0, cum_hi = 0, cum_lo = 0, slot, bar_w, left;
  VwChartColor promised = vw_chart_color_mix (ctx->theme->offer, ctx->theme->background, 0.6);
  const char *names[4] = { _("Promised"), _("Realized"), _("Promised, cumulative"),
                           _("Realized, cumulative") };
  VwChartColor colors[4];
  gboolean lines[4] = { FALSE, FALSE, TRUE, TRUE };
  VwTextStyle panel = { .size = 0.92, .bold = TRUE, .muted = TRUE };
  int last_realized = -1;
  gboolean two_panels;
  /* A ratio (OEE, a share) does not add up over periods: no running sum for it. */
  gboolean additive = data->format.kind != VW_VALUE_PERCENT;

  if (n == 0 || data->series->len < 2)
    {
      _vw_chart_empty (ctx, _("No verification records yet."));
      return;
    }

  colors[0] = promised;
  colors[1] = ctx->theme->offer;
  colors[2] = ctx->theme->muted;
  colors[3] = ctx->theme->offer;
  _vw_chart_legend (ctx, additive ? 4 : 2, names, colors, lines);

  cum_p = g_new0 (double, n);
  cum_r = g_new0 (double, n);
  for (guint i = 0; i < n; i++)
    {
      double p = _vw_chart_series_value (data, 0, i);
      double r = _vw_chart_series_value (data, 1, i);

      cum_p[i] = (i > 0 ? cum_p[i - 1] : 0) + (isfinite (p) ? p : 0);
      cum_r[i] = (i > 0 ? cum_r[i - 1] : 0) + (isfinite (r) ? r : 0);
      if (isfinite (r))
        last_realized = i;
      lo = MIN (lo, MIN (isfinite (p) ? p : 0, isfinite (r) ? r : 0));
      hi = MAX (hi, MAX (isfinite (p) ? p : 0, isfinite (r) ? r : 0));
      cum_lo = MIN (cum_lo, MIN (cum_p[i], cum_r[i]));
      cum_hi = MAX (cum_hi, MAX (cum_p[i], cum_r[i]));
    }

  vw_chart_axis_init (&top_axis, lo, hi, 4, TRUE);
  vw_chart_axis_init (&bottom_axis, cum_lo, cum_hi, 4, TRUE);
  left = MAX (_vw_chart_y_axis_width (ctx, &top_axis, NULL),
              additive ? _vw_chart_y_axis_width (ctx, &bottom_axis, NULL) : 0);

  top.x = bottom.x = ctx->frame.x + left;
  top.width = bottom.width = ctx->frame.width - left;
  top.y = ctx->frame.y + ctx->line_height + 10;
  /* On a small card the cumulative panel goes; the per-period bars carry the story. */
  two_panels = additive && ctx->frame.height >= 220;
  if (two_panels)
    {
      top.height = (ctx->frame.height - _vw_chart_category_height (ctx)) * 0.45 -
                   ctx->line_height;
      bottom.y = top.y + top.height + ctx->line_height * 2 + 14;
      bottom.height = ctx->frame.y + ctx->frame.height - _vw_chart_category_height (ctx) -
                      bottom.y;
    }
  else
    {
      top.height = ctx->frame.y + ctx->frame.height - _vw_chart_category_height (ctx) - top.y;
      bottom = top;
    }
  if (top.height < 30 || bottom.height < 30 || top.width < 40)
    return;

  _vw_chart_text (ctx, _("Per period"), ctx->frame.x, top.y - ctx->line_height - 8, &panel,
                  NULL);
  _vw_chart_y_axis (ctx, &top_axis, NULL, &top);
  if (two_panels)
    {
      _vw_chart_text (ctx, _("Cumulative"), ctx->frame.x, bottom.y - ctx->line_height - 8,
                      &panel, NULL);
      _vw_chart_y_axis (ctx, &bottom_axis, NULL, &bottom);
    }
  labels = category_labels (data);
  _vw_chart_category_labels (ctx, &bottom, n, labels, TRUE);

  slot = top.width / n;
  bar_w = MIN (slot * 0.36, 40);

  for (guint i = 0; i < n; i++)
    {
      const char *period = labels[i];

      for (guint s = 0; s < 2; s++)
        {
          double v = _vw_chart_series_value (data, s, i);
          double x = round (plot_x_center (top.x, slot, i) - bar_w - 1 + s * (bar_w + 2));
          double y0 = _vw_chart_y_to_px (&top_axis, &top, 0);
          double y1;
          VwChartRect bar;
          g_autofree char *exact = NULL;
          g_autofree char *description = NULL;

          if (!isfinite (v))
            {
              if (s == 1)
                {
                  VwChartRect missing = { x, y0 - 8, round (bar_w), 8 };

                  description = g_strdup_printf (_("%s: not measured yet"), period);
                  _vw_chart_add_hit (ctx, VW_CHART_HIT_RECT, &missing, s, i, period,
                                     _("not measured yet"), NULL, description);
                }
              continue;
            }

          y1 = _vw_chart_y_to_px (&top_axis, &top, v);
          bar = (VwChartRect) { x, round (MIN (y0, y1)), round (bar_w),
                                MAX (1.0, round (fabs (y1 - y0))) };
          _vw_chart_fill_rect (ctx, &bar, s == 0 ? promised : ctx->theme->offer,
                               s == 0 && ctx->theme->hatch ? VW_HATCH_DIAGONAL
                                                           : VW_HATCH_NONE);
          exact = _vw_chart_format (ctx, NULL, v, VW_FORMAT_EXACT);
          description = g_strdup_printf (s == 0 ? _("%s: promised %s") : _("%s: realized %s"),
                                         period, exact);
          _vw_chart_add_hit (ctx, VW_CHART_HIT_RECT, &bar, s, i, period, exact, NULL,
                             description);
        }
    }

  /* Cumulative lines; the realized line stops at the last measured period. */
  for (guint s = 0; s < 2 && two_panels; s++)
    {
      const double *cum = s == 0 ? cum_p : cum_r;
      int last = s == 0 ? (int) n - 1 : last_realized;
      static const double dash[] = { 5.0, 3.0 };

      if (last < 0)
        continue;

      _vw_chart_set_color (ctx, s == 0 ? ctx->theme->muted : ctx->theme->offer);
      cairo_set_line_width (ctx->cr, 2.0);
      cairo_set_dash (ctx->cr, dash, s == 0 ? 2 : 0, 0);
      for (int i = 0; i <= last; i++)
        cairo_line_to (ctx->cr, plot_x_center (bottom.x, slot, i),
                       _vw_chart_y_to_px (&bottom_axis, &bottom, cum[i]));
      cairo_stroke (ctx->cr);
      cairo_set_dash (ctx->cr, NULL, 0, 0);

      for (int i = 0; i <= last; i++)
        {
          double x = plot_x_center (bottom.x, slot, i);
          double y = _vw_chart_y_to_px (&bottom_axis, &bottom, cum[i]);
          VwChartRect dot = { x - 4, y - 4, 8, 8 };
          g_autofree char *exact = _vw_chart_format (ctx, NULL, cum[i], VW_FORMAT_EXACT);
          g_autofree char *description =
            g_strdup_printf (s == 0 ? _("%s: promised to date %s")
                                    : _("%s: realized to date %s"), labels[i], exact);

          if (s == 1)
            {
              cairo_arc (ctx->cr, x, y, 3.5, 0, 2 * G_PI);
              cairo_fill (ctx->cr);
            }
          _vw_chart_add_hit (ctx, VW_CHART_HIT_CIRCLE, &dot, 2 + s, i, labels[i], exact, NULL,
                             description);
        }
    }

  if (two_panels && last_realized >= 0 && cum_p[last_realized] > 0)
    {
      g_autofree char *ratio = vw_format_percent (data->locale,
                                                  cum_r[last_realized] / cum_p[last_realized],
                                                  0);
      g_autofree char *text = g_strdup_printf (_("%s of the promised value realized to date"),
                                               ratio);
      VwTextStyle style = { .bold = TRUE, .xalign = 1, .yalign = 1, .only_if_free = TRUE,
                            .max_width = bottom.width * 0.6, .max_lines = 2 };

      _vw_chart_text (ctx, text, bottom.x + bottom.width, bottom.y - 6, &style, NULL);
    }
}

/* KPI bullet chart: a row per KPI, each on its own scale (KPIs have different units). */
void
_vw_chart_paint_kpi_bullet (VwChartCtx *ctx)
{
  const VwChartData *data = ctx->data;
  guint n = data->categories->len;
  const char *names[3] = { _("Baseline"), _("With our offer"), _("Target") };
  VwChartColor colors[3];
  double label_w = 0, value_w = 0, row_h, bar_x, bar_w, y;
  VwTextStyle label_style = { .yalign = 0.5, .max_lines = 2 };
  VwTextStyle value_style = { .bold = TRUE, .numeric = TRUE, .xalign = 1, .yalign = 1 };
  VwTextStyle delta_style = { .size = 0.85, .numeric = TRUE, .xalign = 1, .yalign = 0,
                              .has_color = TRUE };

  if (n == 0)
    {
      _vw_chart_empty (ctx, _("No KPIs to show yet."));
      return;
    }

  colors[0] = ctx->theme->status_quo;
  colors[1] = ctx->theme->offer;
  colors[2] = ctx->theme->foreground;
  _vw_chart_legend (ctx, 3, names, colors, NULL);

  for (guint i = 0; i < n; i++)
    {
      double offer = _vw_chart_series_value (data, 1, i);
      g_autofree char *text = _vw_chart_format (ctx, vw_chart_data_get_category_format (data, i),
                                                offer, VW_FORMAT_ABBREVIATED);
      double w;

      _vw_chart_measure (ctx, _vw_chart_category_label (data, i), &label_style, &w, NULL);
      label_w = MAX (label_w, w);
      _vw_chart_measure (ctx, text, &value_style, &w, NULL);
      value_w = MAX (value_w, w);
    }

  label_w = MIN (label_w, ctx->frame.width * 0.3) + 12;
  value_w = MAX (value_w, 64) + 12;
  label_style.max_width = label_w - 12;
  bar_x = ctx->frame.x + label_w;
  bar_w = ctx->frame.width - label_w - value_w;
  row_h = MIN (ctx->frame.height / n, 72);
  if (bar_w < 40 || row_h < ctx->line_height + 8)
    return;
  label_style.max_lines = row_h >= ctx->line_height * 2 + 2 ? 2 : 1;
  label_style.only_if_free = TRUE;

  for (guint i = 0; i < n; i++)
    {
      const VwChartCategory *c = &g_array_index (data->categories, VwChartCategory, i);
      const VwValueFormat *format = vw_chart_data_get_category_format (data, i);
      double base = _vw_chart_series_value (data, 0, i);
      double offer = _vw_chart_series_value (data, 1, i);
      double target = _vw_chart_series_value (data, 2, i);
      double hi = 0, lo = 0, cy;
      VwChartAxis axis;
      VwChartRect track, bar, plot;
      g_autofree char *offer_exact = _vw_chart_format (ctx, format, offer, VW_FORMAT_EXACT);
      g_autofree char *offer_shown = _vw_chart_format (ctx, format, offer,
                                                       VW_FORMAT_ABBREVIATED);
      g_autofree char *base_exact = _vw_chart_format (ctx, format, base, VW_FORMAT_EXACT);
      g_autofree char *description = NULL;
      gboolean lower_better = (c->flags & VW_CATEGORY_LOWER_IS_BETTER) != 0;

      y = ctx->frame.y + row_h * i;
      cy = round (y + row_h / 2);

      if (isfinite (base)) { hi = MAX (hi, base); lo = MIN (lo, base); }
      if (isfinite (offer)) { hi = MAX (hi, offer); lo = MIN (lo, offer); }
      if (isfinite (target)) { hi = MAX (hi, target); lo = MIN (lo, target); }
      vw_chart_axis_init (&axis, lo, hi * 1.05, 4, TRUE);

      plot = (VwChartRect) { bar_x, y, bar_w, row_h };
      track = (VwChartRect) { bar_x, cy - round (row_h * 0.22), bar_w, round (row_h * 0.44) };
      _vw_chart_fill_rect (ctx, &track, ctx->theme->grid, VW_HATCH_NONE);

      _vw_chart_text (ctx, c->label, ctx->frame.x, cy, &label_style, NULL);

      if (isfinite (offer))
        {
          double x0 = _vw_chart_x_to_px (&axis, &plot, 0);
          double x1 = _vw_chart_x_to_px (&axis, &plot, offer);

          bar = (VwChartRect) { round (MIN (x0, x1)), cy - round (row_h * 0.1),
                                MAX (1.0, round (fabs (x1 - x0))), round (row_h * 0.2) };
          _vw_chart_fill_rect (ctx, &bar, ctx->theme->offer, VW_HATCH_NONE);
        }
      else
        bar = (VwChartRect) { bar_x, cy - 4, 1, 8 };

      if (isfinite (base))
        {
          double x = _vw_chart_x_to_px (&axis, &plot, base);
          VwChartRect tick = { round (x) - 2, cy - round (row_h * 0.18), 4,
                               round (row_h * 0.36) };
          _vw_chart_fill_rect (ctx, &tick, ctx->theme->status_quo, VW_HATCH_NONE);
        }

      if (isfinite (target))
        _vw_chart_vline (ctx, _vw_chart_x_to_px (&axis, &plot, target), cy - row_h * 0.28,
                         cy + row_h * 0.28, ctx->theme->foreground, 2.0, FALSE);

      _vw_chart_text (ctx, offer_shown, ctx->frame.x + ctx->frame.width, cy + 1, &value_style,
                      NULL);

      if (isfinite (base) && isfinite (offer) && base != 0)
        {
          double change = (offer - base) / fabs (base);
          gboolean better = lower_better ? change < 0 : change > 0;
          g_autofree char *percent = vw_format_percent (data->locale, change, 0);
          g_autofree char *delta = g_strdup_printf ("%s%s", change > 0 ? "+" : "", percent);

          delta_style.color = change == 0 ? ctx->theme->muted
                              : better ? ctx->theme->benefit : ctx->theme->cost;
          _vw_chart_text (ctx, delta, ctx->frame.x + ctx->frame.width, cy + 3, &delta_style,
                          NULL);
        }

      if (isfinite (target))
        {
          g_autofree char *target_exact = _vw_chart_format (ctx, format, target,
                                                            VW_FORMAT_EXACT);
          description = g_strdup_printf (_("%s: with our offer %s, baseline %s, target %s"),
                                         c->label, offer_exact, base_exact, target_exact);
        }
      else
        description = g_strdup_printf (_("%s: with our offer %s, baseline %s"),
                                       c->label, offer_exact, base_exact);

      bar.y = track.y;
      bar.height = track.height;
      _vw_chart_add_hit (ctx, VW_CHART_HIT_RECT, &bar, 1, i, c->label, offer_exact, c->formula,
                         description);
    }
}
