/* vw-chart-lines.c: cumulative cash flow, Monte Carlo histogram and S-curve
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-lines"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "vw-chart-private.h"

/* Where a cumulative line first crosses from below zero to zero or above, in periods from the
 * first category; linear within the period. -1 when it never does. */
static double
find_crossing (const VwChartSeries *series,
               guint                n)
{
  n = MIN (n, series->n_values);

  for (guint i = 1; i < n; i++)
    {
      double a = series->values[i - 1], b = series->values[i];

      if (isfinite (a) && isfinite (b) && a < 0 && b >= 0)
        return (i - 1) + (-a) / (b - a);
    }

  return -1;
}

void
_vw_chart_paint_cash_flow (VwChartCtx *ctx)
{
  const VwChartData *data = ctx->data;
  guint n = data->categories->len;
  guint n_series = data->series->len;
  g_autofree const char **labels = NULL;
  g_autofree const char **names = NULL;
  g_autofree VwChartColor *colors = NULL;
  g_autofree gboolean *lines = NULL;
  VwChartAxis axis;
  VwChartRect plot;
  double lo = 0, hi = 0, slot;
  guint n_bars = 0, bar_index = 0;
  gboolean payback_drawn = FALSE;

  if (n == 0 || n_series == 0)
    {
      _vw_chart_empty (ctx, _("No cash flows to show yet."));
      return;
    }

  names = g_new0 (const char *, n_series);
  colors = g_new0 (VwChartColor, n_series);
  lines = g_new0 (gboolean, n_series);
  labels = g_new0 (const char *, n);
  for (guint s = 0; s < n_series; s++)
    {
      const VwChartSeries *series = g_ptr_array_index (data->series, s);

      names[s] = series->name;
      lines[s] = series->style != VW_SERIES_BARS;
      colors[s] = series->style == VW_SERIES_BARS && series->role == VW_CHART_ROLE_NEUTRAL
                    ? ctx->theme->status_quo
                    : vw_chart_theme_role_color (ctx->theme, series->role);
      n_bars += series->style == VW_SERIES_BARS;
      for (guint i = 0; i < MIN (n, series->n_values); i++)
        if (isfinite (series->values[i]))
          {
            lo = MIN (lo, series->values[i]);
            hi = MAX (hi, series->values[i]);
          }
    }
  for (guint i = 0; i < n; i++)
    labels[i] = _vw_chart_category_label (data, i);
  _vw_chart_legend (ctx, n_series, names, colors, lines);

  vw_chart_axis_init (&axis, lo, hi, 6, TRUE);
  plot.x = ctx->frame.x + _vw_chart_y_axis_width (ctx, &axis, NULL);
  plot.y = ctx->frame.y + ctx->line_height * 2 + 8;
  plot.width = ctx->frame.x + ctx->frame.width - plot.x;
  plot.height = ctx->frame.y + ctx->frame.height - _vw_chart_category_height (ctx) - plot.y;
  if (plot.width < 40 || plot.height < 40)
    return;

  _vw_chart_y_axis (ctx, &axis, NULL, &plot);
  _vw_chart_category_labels (ctx, &plot, n, labels, TRUE);
  slot = plot.width / n;

  for (guint s = 0; s < n_series; s++)
    {
      const VwChartSeries *series = g_ptr_array_index (data->series, s);
      double bar_w = MIN (slot * 0.5 / MAX (1, n_bars), 36);

      if (series->style != VW_SERIES_BARS)
        continue;

      for (guint i = 0; i < MIN (n, series->n_values); i++)
        {
          double v = series->values[i];
          double cx = plot.x + slot * (i + 0.5) + (bar_index - (n_bars - 1) / 2.0) * bar_w;
          double y0 = _vw_chart_y_to_px (&axis, &plot, 0);
          double y1 = _vw_chart_y_to_px (&axis, &plot, isfinite (v) ? v : 0);
          VwChartRect bar = { round (cx - bar_w / 2), round (MIN (y0, y1)), round (bar_w),
                              MAX (1.0, round (fabs (y1 - y0))) };
          VwChartColor color = series->role != VW_CHART_ROLE_NEUTRAL ? colors[s]
                               : v >= 0 ? ctx->theme->benefit : ctx->theme->cost;
          g_autofree char *exact = _vw_chart_format (ctx, NULL, v, VW_FORMAT_EXACT);
          g_autofree char *description = g_strdup_printf (_("%s, %s: %s"), labels[i],
                                                          series->name, exact);

          _vw_chart_fill_rect (ctx, &bar, vw_chart_color_mix (color, ctx->theme->background,
                                                              0.35), VW_HATCH_NONE);
          _vw_chart_add_hit (ctx, VW_CHART_HIT_RECT, &bar, s, i, labels[i], exact,
                             series->formula, description);
        }
      bar_index++;
    }

  for (guint s = 0; s < n_series; s++)
    {
      const VwChartSeries *series = g_ptr_array_index (data->series, s);
      static const double dash[] = { 6.0, 4.0 };
      guint m = MIN (n, series->n_values);
      gboolean discounted = series->style == VW_SERIES_DASHED;
      double crossing;

      if (series->style == VW_SERIES_BARS)
        continue;

      _vw_chart_set_color (ctx, colors[s]);
      cairo_set_line_width (ctx->cr, 2.5);
      cairo_set_line_join (ctx->cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_dash (ctx->cr, dash, discounted ? 2 : 0, 0);
      cairo_new_path (ctx->cr);
      for (guint i = 0; i < m; i++)
        if (isfinite (series->values[i]))
          cairo_line_to (ctx->cr, plot.x + slot * (i + 0.5),
                         _vw_chart_y_to_px (&axis, &plot, series->values[i]));
      cairo_stroke (ctx->cr);
      cairo_set_dash (ctx->cr, NULL, 0, 0);

      for (guint i = 0; i < m; i++)
        {
          double x = plot.x + slot * (i + 0.5);
          double y = _vw_chart_y_to_px (&axis, &plot, series->values[i]);
          VwChartRect dot = { x - 5, y - 5, 10, 10 };
          g_autofree char *exact = _vw_chart_format (ctx, NULL, series->values[i],
                                                     VW_FORMAT_EXACT);
          g_autofree char *description = g_strdup_printf (_("%s, %s: %s"), labels[i],
                                                          series->name, exact);

          if (!isfinite (series->values[i]))
            continue;
          cairo_arc (ctx->cr, x, y, 3, 0, 2 * G_PI);
          cairo_fill (ctx->cr);
          _vw_chart_add_hit (ctx, VW_CHART_HIT_CIRCLE, &dot, s, i, labels[i], exact,
                             series->formula, description);
        }

      /* The payback crossing: from the data's marker for the main line when the engine gave
       * one, otherwise found on the line itself. */
      {
        const VwChartMarker *marker = vw_chart_data_find_marker (data, VW_MARKER_PAYBACK);
        VwTextStyle style = { .size = 0.92, .bold = TRUE, .has_color = TRUE,
                              .color = colors[s], .yalign = 1, .xalign = 0.5,
                              .only_if_free = TRUE, .numeric = TRUE };
        g_autofree char *duration = NULL;
        g_autofree char *text = NULL;
        double x, y0 = _vw_chart_y_to_px (&axis, &plot, 0);
        VwChartRect hit;

        crossing = !discounted && !payback_drawn && marker != NULL ? marker->value
                                                                  : find_crossing (series, n);
        if (crossing < 0)
          continue;

        x = plot.x + slot * (crossing + 0.5);
        duration = vw_format_duration (data->locale, data->period_unit, crossing, 1);
        text = g_strdup_printf (discounted ? _("Discounted payback: %s") : _("Payback: %s"),
                                duration);

        _vw_chart_vline (ctx, x, plot.y + (discounted ? ctx->line_height + 4 : 0), y0,
                         colors[s], 1.0, TRUE);
        _vw_chart_set_color (ctx, ctx->theme->background);
        cairo_arc (ctx->cr, x, y0, 5, 0, 2 * G_PI);
        cairo_fill_preserve (ctx->cr);
        _vw_chart_set_color (ctx, colors[s]);
        cairo_set_line_width (ctx->cr, 2);
        cairo_stroke (ctx->cr);

        style.xalign = x > plot.x + plot.width * 0.7 ? 1 : x < plot.x + plot.width * 0.3 ? 0
                                                                                          : 0.5;
        if (!_vw_chart_text (ctx, text, x, plot.y - 2, &style, NULL))
          _vw_chart_text (ctx, text, x, plot.y - ctx->line_height - 4, &style, NULL);

        hit = (VwChartRect) { x - 6, y0 - 6, 12, 12 };
        _vw_chart_add_hit (ctx, VW_CHART_HIT_CIRCLE, &hit, s, -1, text, duration, NULL, text);
        payback_drawn = payback_drawn || !discounted;
      }
    }
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Hyndman–Fan type 7 (Excel PERCENTILE.INC), the workbench's convention. */
static double
percentile (const double *sorted,
            guint         n,
            double        p)
{
  double h = (n - 1) * p;
  guint lo = (guint) floor (h);

  if (n == 0)
    return NAN;
  if (lo + 1 >= n)
    return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

void
_vw_chart_paint_distribution (VwChartCtx *ctx)
{
  const VwChartData *data = ctx->data;
  gboolean histogram = data->kind == VW_CHART_HISTOGRAM;
  static const VwMarkerKind kinds[3] = { VW_MARKER_P10, VW_MARKER_P50, VW_MARKER_P90 };
  static const char *marker_names[3] = { "P10", "P50", "P90" };
  const VwChartSeries *series;
  g_autofree double *sorted = NULL;
  g_autofree char *convention = NULL;
  g_autofree char *draws = NULL;
  double p[3];
  guint n = 0;
  VwChartAxis x_axis, y_axis;
  VwChartRect plot;
  VwTextStyle note = { .size = 0.92, .muted = TRUE, .max_lines = 2 };
  VwChartRect rect;
  VwValueFormat share = { VW_VALUE_PERCENT, NULL, NULL, -1, 0 };
  double bottom;

  series = data->series->len > 0 ? g_ptr_array_index (data->series, 0) : NULL;
  if (series != NULL)
    {
      gboolean ascending = TRUE;

      sorted = g_new (double, series->n_values + 1);
      for (guint i = 0; i < series->n_values; i++)
        if (isfinite (series->values[i]))
          {
            ascending &= n == 0 || sorted[n - 1] <= series->values[i];
            sorted[n++] = series->values[i];
          }
      /* The engine hands its draws over sorted; sorting 10,000 again each frame cost more
       * than drawing the chart. */
      if (!ascending)
        qsort (sorted, n, sizeof (double), compare_doubles);
    }
  if (n < 2)
    {
      _vw_chart_empty (ctx, _("Run a simulation to see the range of outcomes."));
      return;
    }

  for (guint k = 0; k < 3; k++)
    {
      const VwChartMarker *m = vw_chart_data_find_marker (data, kinds[k]);
      p[k] = m != NULL ? m->value : percentile (sorted, n, 0.1 + 0.4 * k);
    }

  /* The convention goes on the chart itself: the opposite one is common in other fields. */
  draws = vw_format_number (data->locale, n, 0);
  convention = g_strdup_printf (_("Non-exceedance convention: P10 is the value with a 10 %% "
                                  "chance of a lower outcome. %s draws."), draws);
  note.max_width = ctx->frame.width;
  if (_vw_chart_text (ctx, convention, ctx->frame.x, ctx->frame.y, &note, &rect))
    {
      ctx->frame.y = rect.y + rect.height + 8;
      ctx->frame.height = ctx->height - VW_CHART_PAD - ctx->frame.y;
    }

  vw_chart_axis_init (&x_axis, sorted[0], sorted[n - 1], 7, FALSE);

  {
    /* Bins follow the axis' steps so bin edges fall on round numbers. */
    guint k = MAX (1, (guint) round (CLAMP (sqrt (n), 10, 40) / (x_axis.n_ticks - 1)));
    guint n_bins = (x_axis.n_ticks - 1) * k;
    double bin_w = x_axis.step / k;
    g_autofree guint *counts = g_new0 (guint, n_bins);
    guint max_count = 0;

    for (guint i = 0; i < n; i++)
      {
        int b = (int) floor ((sorted[i] - x_axis.min) / bin_w);
        b = CLAMP (b, 0, (int) n_bins - 1);
        counts[b]++;
        max_count = MAX (max_count, counts[b]);
      }

    if (histogram)
      vw_chart_axis_init (&y_axis, 0, (double) max_count / n, 4, TRUE);
    else
      vw_chart_axis_init (&y_axis, 0, 1, 5, TRUE);

    plot.x = ctx->frame.x + _vw_chart_y_axis_width (ctx, &y_axis, &share);
    plot.y = ctx->frame.y + ctx->line_height * 2 + 6;
    plot.width = ctx->frame.x + ctx->frame.width - plot.x - 8;
    plot.height = ctx->frame.y + ctx->frame.height - ctx->line_height * 2 - 10 - plot.y;
    if (plot.width < 40 || plot.height < 40)
      return;
    bottom = plot.y + plot.height;

    _vw_chart_y_axis (ctx, &y_axis, &share, &plot);
    _vw_chart_x_axis (ctx, &x_axis, NULL, &plot);
    if (data->x_title != NULL)
      {
        VwTextStyle title = { .size = 0.92, .muted = TRUE, .xalign = 0.5, .yalign = 1,
                              .only_if_free = TRUE };
        _vw_chart_text (ctx, data->x_title, plot.x + plot.width / 2,
                        ctx->frame.y + ctx->frame.height, &title, NULL);
      }

    if (histogram)
      for (guint b = 0; b < n_bins; b++)
        {
          double lo = x_axis.min + b * bin_w;
          double x0 = _vw_chart_x_to_px (&x_axis, &plot, lo);
          double x1 = _vw_chart_x_to_px (&x_axis, &plot, lo + bin_w);
          double y = _vw_chart_y_to_px (&y_axis, &plot, (double) counts[b] / n);
          VwChartRect bar = { round (x0) + 1, round (y), MAX (1.0, round (x1) - round (x0) - 1),
                              round (bottom) - round (y) };
          gboolean inside = lo + bin_w > p[0] && lo < p[2];
          g_autofree char *from = _vw_chart_format (ctx, NULL, lo, VW_FORMAT_EXACT);
          g_autofree char *to = _vw_chart_format (ctx, NULL, lo + bin_w, VW_FORMAT_EXACT);
          g_autofree char *pct = vw_format_percent (data->locale, (double) counts[b] / n, 1);
          g_autofree char *label = g_strdup_printf ("%s – %s", from, to);
          g_autofree char *description = g_strdup_printf (_("%s: %s of draws"), label, pct);

          if (counts[b] == 0)
            continue;
          _vw_chart_fill_rect (ctx, &bar, inside ? ctx->theme->offer
                                                 : vw_chart_color_mix (ctx->theme->offer,
                                                                       ctx->theme->background,
                                                                       0.55), VW_HATCH_NONE);
          _vw_chart_add_hit (ctx, VW_CHART_HIT_RECT, &bar, 0, b, label, pct, NULL,
                             description);
        }
    else
      {
        /* 200 quantiles draw a smooth curve whatever the number of draws. */
        _vw_chart_set_color (ctx, ctx->theme->offer);
        cairo_set_line_width (ctx->cr, 2.5);
        cairo_new_path (ctx->cr);
        for (guint i = 0; i <= 200; i++)
          {
            double q = i / 200.0;
            cairo_line_to (ctx->cr, _vw_chart_x_to_px (&x_axis, &plot,
                                                       percentile (sorted, n, q)),
                           _vw_chart_y_to_px (&y_axis, &plot, q));
          }
        cairo_stroke (ctx->cr);
      }
  }

  for (guint k = 0; k < 3; k++)
    {
      double x = _vw_chart_x_to_px (&x_axis, &plot, p[k]);
      double q = 0.1 + 0.4 * k;
      double y = histogram ? plot.y : _vw_chart_y_to_px (&y_axis, &plot, q);
      g_autofree char *exact = _vw_chart_format (ctx, NULL, p[k], VW_FORMAT_EXACT);
      g_autofree char *shown = _vw_chart_format (ctx, NULL, p[k], VW_FORMAT_ABBREVIATED);
      g_autofree char *text = g_strdup_printf ("%s %s", marker_names[k], shown);
      g_autofree char *description = g_strdup_printf ("%s: %s", marker_names[k], exact);
      VwTextStyle style = { .size = 0.92, .bold = k == 1, .xalign = 0.5, .yalign = 1,
                            .numeric = TRUE, .only_if_free = TRUE };
      VwChartRect hit = { x - 4, y - 4, 8, bottom - y + 4 };

      _vw_chart_vline (ctx, x, y, bottom, ctx->theme->foreground, k == 1 ? 2 : 1, k != 1);
      if (!histogram)
        {
          _vw_chart_hline (ctx, plot.x, x, y, ctx->theme->foreground, 1, TRUE);
          _vw_chart_set_color (ctx, ctx->theme->foreground);
          cairo_arc (ctx->cr, x, y, 4, 0, 2 * G_PI);
          cairo_fill (ctx->cr);
          hit = (VwChartRect) { x - 6, y - 6, 12, 12 };
        }

      /* Close markers take turns on two rows instead of overlapping. */
      if (!_vw_chart_text (ctx, text, x, plot.y - 4, &style, NULL))
        _vw_chart_text (ctx, text, x, plot.y - ctx->line_height - 6, &style, NULL);
      _vw_chart_add_hit (ctx, histogram ? VW_CHART_HIT_RECT : VW_CHART_HIT_CIRCLE, &hit, -1, k,
                         marker_names[k], exact, NULL, description);
    }
}
