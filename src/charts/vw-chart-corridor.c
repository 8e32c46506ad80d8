/* vw-chart-corridor.c: the price corridor and the value split
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-corridor"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-chart-private.h"

static const char *
marker_name (const VwChartMarker *m)
{
  if (m->label != NULL && m->label[0] != '\0')
    return m->label;

  switch (m->kind)
    {
    case VW_MARKER_COST:      return _("Our cost");
    case VW_MARKER_FLOOR:     return _("Price floor");
    case VW_MARKER_REFERENCE: return _("Reference price");
    case VW_MARKER_PRICE:     return _("Price");
    case VW_MARKER_EVC:       return _("Economic value to the customer");
    case VW_MARKER_PAYBACK:
    case VW_MARKER_P10:
    case VW_MARKER_P50:
    case VW_MARKER_P90:
    case VW_MARKER_TARGET:
    default:                  return "";
    }
}

static void
paint_segment (VwChartCtx        *ctx,
               const VwChartAxis *axis,
               const VwChartRect *plot,
               double             from,
               double             to,
               VwChartColor       color,
               const char        *name,
               double             share,
               int                index)
{
  double x0 = _vw_chart_x_to_px (axis, plot, MIN (from, to));
  double x1 = _vw_chart_x_to_px (axis, plot, MAX (from, to));
  VwChartRect rect = { round (x0), plot->y, MAX (1.0, round (x1) - round (x0)), plot->height };
  g_autofree char *exact = _vw_chart_format (ctx, NULL, to - from, VW_FORMAT_EXACT);
  g_autofree char *shown = _vw_chart_format (ctx, NULL, to - from, VW_FORMAT_ABBREVIATED);
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  VwTextStyle style = { .size = 0.92, .xalign = 0.5, .yalign = 0.5, .has_color = TRUE,
                        .color = vw_chart_color_text_on (ctx->theme, color), .numeric = TRUE,
                        .max_width = rect.width - 8, .max_lines = 2, .only_if_free = TRUE,
                        .whole = TRUE };

  _vw_chart_fill_rect (ctx, &rect, color, VW_HATCH_NONE);

  if (isfinite (share))
    {
      g_autofree char *pct = vw_format_percent (ctx->data->locale, share, 0);
      text = g_strdup_printf ("%s\n%s (%s)", name, shown, pct);
      description = g_strdup_printf ("%s: %s (%s)", name, exact, pct);
    }
  else
    {
      text = g_strdup_printf ("%s\n%s", name, shown);
      description = g_strdup_printf ("%s: %s", name, exact);
    }

  if (rect.width > 40 && index > 0)
    _vw_chart_text (ctx, text, rect.x + rect.width / 2, rect.y + rect.height / 2, &style, NULL);
  _vw_chart_add_hit (ctx, VW_CHART_HIT_RECT, &rect, 0, index, name, exact, NULL, description);
}

void
_vw_chart_paint_price_corridor (VwChartCtx *ctx)
{
  const VwChartData *data = ctx->data;
  const VwChartMarker *reference = vw_chart_data_find_marker (data, VW_MARKER_REFERENCE);
  const VwChartMarker *price = vw_chart_data_find_marker (data, VW_MARKER_PRICE);
  const VwChartMarker *evc = vw_chart_data_find_marker (data, VW_MARKER_EVC);
  /* find_marker() returns internal markers only for an internal audience. */
  const VwChartMarker *cost = vw_chart_data_find_marker (data, VW_MARKER_COST);
  const VwChartMarker *floor_ = vw_chart_data_find_marker (data, VW_MARKER_FLOOR);
  const VwChartMarker *all[5] = { cost, floor_, reference, price, evc };
  const char *names[3] = { _("Reference price"), _("We capture"), _("Customer keeps") };
  VwChartColor colors[3];
  VwChartAxis axis;
  VwChartRect plot;
  double hi = 0;

  if (reference == NULL || price == NULL || evc == NULL)
    {
      _vw_chart_empty (ctx, _("Set the reference price, the price and the EVC to see the "
                              "value split."));
      return;
    }

  colors[0] = ctx->theme->status_quo;
  colors[1] = ctx->theme->offer;
  colors[2] = ctx->theme->benefit;
  _vw_chart_legend (ctx, 3, names, colors, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (all[i] != NULL)
      hi = MAX (hi, all[i]->value);
  vw_chart_axis_init (&axis, 0, hi, 6, TRUE);

  plot.x = ctx->frame.x + 8;
  plot.width = ctx->frame.width - 16;
  plot.height = MIN (64, ctx->frame.height * 0.25);
  /* Centred between the marker labels above and the ticks, internal markers and the split
   * sentence below. */
  {
    double above = ctx->line_height * 4 + 24;
    double below = ctx->line_height * (data->internal ? 6 : 3) + 40;
    double spare = MAX (0.0, ctx->frame.height - above - plot.height - below);

    plot.y = round (ctx->frame.y + above + spare / 2);
  }

  {
    double share_total = evc->value - reference->value;
    double keep = evc->value - price->value;
    double capture = price->value - reference->value;

    paint_segment (ctx, &axis, &plot, 0, reference->value, colors[0], names[0], NAN, 0);
    if (share_total > 0)
      {
        paint_segment (ctx, &axis, &plot, reference->value, price->value, colors[1], names[1],
                       capture / share_total, 1);
        paint_segment (ctx, &axis, &plot, price->value, evc->value, colors[2], names[2],
                       keep / share_total, 2);
      }
  }

  /* The split in one sentence, as on the pricing page. */
  if (evc->value - reference->value > 0 && ctx->frame.height > 260)
    {
      double total = evc->value - reference->value;
      g_autofree char *keep = _vw_chart_format (ctx, NULL, evc->value - price->value,
                                                VW_FORMAT_ABBREVIATED);
      g_autofree char *capture = _vw_chart_format (ctx, NULL, price->value - reference->value,
                                                   VW_FORMAT_ABBREVIATED);
      g_autofree char *keep_pct = vw_format_percent (data->locale,
                                                     (evc->value - price->value) / total, 0);
      g_autofree char *capture_pct = vw_format_percent (data->locale,
                                                        (price->value - reference->value) /
                                                        total, 0);
      g_autofree char *text = g_strdup_printf (_("Customer keeps %s (%s) · We capture %s (%s)"),
                                               keep, keep_pct, capture, capture_pct);
      VwTextStyle style = { .bold = TRUE, .xalign = 0.5, .yalign = 1, .numeric = TRUE,
                            .max_width = ctx->frame.width, .max_lines = 2 };

      _vw_chart_text (ctx, text, ctx->frame.x + ctx->frame.width / 2,
                      ctx->frame.y + ctx->frame.height, &style, NULL);
    }

  /* Tick labels under the band leave room for the internal markers below them. */
  {
    VwTextStyle style = { .size = 0.85, .xalign = 0.5, .muted = TRUE, .numeric = TRUE,
                          .only_if_free = TRUE };
    double base = plot.y + plot.height + 1;

    _vw_chart_hline (ctx, plot.x, plot.x + plot.width, base, ctx->theme->axis, 1, FALSE);
    for (guint i = 0; i < axis.n_ticks; i++)
      {
        double x = _vw_chart_x_to_px (&axis, &plot, axis.ticks[i]);
        g_autofree char *text = vw_chart_axis_format_tick (&axis, data->locale, &data->format,
                                                           axis.ticks[i]);

        _vw_chart_vline (ctx, x, base - 3, base + 1, ctx->theme->axis, 1, FALSE);
        _vw_chart_text (ctx, text, x, base + 2, &style, NULL);
      }
  }

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      const VwChartMarker *m = all[i];
      gboolean internal;
      double x;
      g_autofree char *exact = NULL;
      g_autofree char *shown = NULL;
      g_autofree char *text = NULL;
      g_autofree char *description = NULL;
      VwTextStyle style = { .size = 0.92, .xalign = 0.5, .numeric = TRUE, .only_if_free = TRUE,
                            .max_width = 150, .max_lines = 3 };
      VwChartRect hit;
      gboolean drawn = FALSE;

      if (m == NULL)
        continue;

      internal = m->kind == VW_MARKER_COST || m->kind == VW_MARKER_FLOOR;
      x = _vw_chart_x_to_px (&axis, &plot, m->value);
      exact = _vw_chart_format (ctx, NULL, m->value, VW_FORMAT_EXACT);
      shown = _vw_chart_format (ctx, NULL, m->value, VW_FORMAT_ABBREVIATED);
      text = internal ? g_strdup_printf (_("%s (internal)\n%s"), marker_name (m), shown)
                      : g_strdup_printf ("%s\n%s", marker_name (m), shown);
      description = internal ? g_strdup_printf (_("%s (internal): %s"), marker_name (m), exact)
                             : g_strdup_printf ("%s: %s", marker_name (m), exact);

      if (internal)
        {
          style.has_color = TRUE;
          style.color = vw_chart_color_mix (ctx->theme->internal, ctx->theme->foreground, 0.35);
          _vw_chart_vline (ctx, x, plot.y - 4, plot.y + plot.height + ctx->line_height + 12,
                           style.color, 2, TRUE);
          style.yalign = 0;
          for (guint row = 0; row < 3 && !drawn; row++)
            drawn = _vw_chart_text (ctx, text, x, plot.y + plot.height + ctx->line_height + 14 +
                                    row * (ctx->line_height * 2 + 4), &style, NULL);
        }
      else
        {
          style.bold = m->kind == VW_MARKER_PRICE;
          _vw_chart_vline (ctx, x, plot.y - 12, plot.y + plot.height, ctx->theme->foreground,
                           m->kind == VW_MARKER_PRICE ? 2.5 : 1.5, FALSE);
          style.yalign = 1;
          for (guint row = 0; row < 3 && !drawn; row++)
            drawn = _vw_chart_text (ctx, text, x, plot.y - 14 -
                                    row * (ctx->line_height * 2 + 4), &style, NULL);
        }

      hit = (VwChartRect) { x - 4, plot.y - 12, 8, plot.height + 24 };
      _vw_chart_add_hit (ctx, VW_CHART_HIT_RECT, &hit, -1,
                         (int) (m - (const VwChartMarker *) data->markers->data), marker_name (m),
                         exact, NULL, description);
    }
}
