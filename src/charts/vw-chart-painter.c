/* vw-chart-painter.c: the entry point and the drawing helpers every chart kind shares
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-painter"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <math.h>

#include "vw-chart-painter.h"
#include "vw-chart-private.h"

static void
prepare_layout (VwChartCtx        *ctx,
                const char        *text,
                const VwTextStyle *style)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  double size = style->size > 0 ? style->size : 1.0;

  pango_font_description_set_absolute_size (ctx->font,
                                            ctx->theme->font_size * size * PANGO_SCALE);
  pango_font_description_set_weight (ctx->font,
                                     style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (ctx->layout, ctx->font);

  /* Figures in columns and on axes keep their width when values change. */
  if (style->numeric)
    pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (ctx->layout, attrs);
  pango_attr_list_unref (attrs);

  if (style->max_width > 0)
    {
      pango_layout_set_width (ctx->layout, (int)(style->max_width * PANGO_SCALE));
      pango_layout_set_wrap (ctx->layout, PANGO_WRAP_WORD);
      pango_layout_set_height (ctx->layout, -MAX (1, style->max_lines));
      pango_layout_set_ellipsize (ctx->layout, PANGO_ELLIPSIZE_END);
    }
  else
    {
      pango_layout_set_width (ctx->layout, -1);
      pango_layout_set_height (ctx->layout, -1);
      pango_layout_set_ellipsize (ctx->layout, PANGO_ELLIPSIZE_NONE);
    }

  pango_layout_set_alignment (ctx->layout,
                              style->xalign > 0.75 ? PANGO_ALIGN_RIGHT
                              : style->xalign > 0.25 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_set_text (ctx->layout, text, -1);

  /* A word wider than the box is not broken mid-word ("Referenc|e"): the label becomes one
   * ellipsized line instead, and the tooltip carries the full name. */
  if (style->max_width > 0 && style->max_lines > 1)
    {
      PangoRectangle logical;

      pango_layout_get_pixel_extents (ctx->layout, NULL, &logical);
      if (logical.width > style->max_width + 0.5)
        pango_layout_set_height (ctx->layout, -1);
    }
}

static void
layout_extents (VwChartCtx        *ctx,
                const VwTextStyle *style,
                double            *x_offset,
                double            *width,
                double            *height)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (ctx->layout, NULL, &logical);

  /* With a set width, aligned lines start inside the layout box: report the text itself. */
  *x_offset = logical.x;
  *width = logical.width;
  *height = logical.height;
}

void
_vw_chart_measure (VwChartCtx        *ctx,
                   const char        *text,
                   const VwTextStyle *style,
                   double            *width,
                   double            *height)
{
  double x_offset, w, h;

  prepare_layout (ctx, text != NULL ? text : "", style);
  layout_extents (ctx, style, &x_offset, &w, &h);

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

/* Draws @text anchored at (x, y) and records its rectangle, which is what the tests check
 * for overlaps. With only_if_free, a text that would overlap one already drawn is skipped. */
gboolean
_vw_chart_text (VwChartCtx        *ctx,
                const char        *text,
                double             x,
                double             y,
                const VwTextStyle *style,
                VwChartRect       *out_rect)
{
  VwChartRect rect;
  double x_offset, w, h;
  VwChartColor color;

  if (text == NULL || text[0] == '\0')
    return FALSE;

  if (style->whole && style->max_width > 0)
    {
      /* A figure cut to "+18…" misinforms: it is shown whole or not at all. */
      VwTextStyle unbounded = *style;

      unbounded.max_width = 0;
      prepare_layout (ctx, text, &unbounded);
      layout_extents (ctx, &unbounded, &x_offset, &w, &h);
      if (w > style->max_width)
        return FALSE;
    }
  else
    {
      prepare_layout (ctx, text, style);
      layout_extents (ctx, style, &x_offset, &w, &h);
    }

  rect.x = x - w * style->xalign;
  rect.y = y - h * style->yalign;
  rect.width = w;
  rect.height = h;

  /* Text never leaves the chart: an edge label slides inwards instead of being cut. */
  rect.x = CLAMP (rect.x, 1.0, MAX (1.0, ctx->width - rect.width - 1));
  rect.y = CLAMP (rect.y, 1.0, MAX (1.0, ctx->height - rect.height - 1));

  if (style->only_if_free && !vw_chart_result_text_is_free (ctx->result, &rect))
    return FALSE;

  color = style->has_color ? style->color
          : style->muted ? ctx->theme->muted : ctx->theme->foreground;
  _vw_chart_set_color (ctx, color);
  cairo_move_to (ctx->cr, rect.x - x_offset, rect.y);
  pango_cairo_show_layout (ctx->cr, ctx->layout);
  /* show_layout leaves a current point; the next arc would draw a line from it. */
  cairo_new_path (ctx->cr);

  {
    /* Record the laid-out lines (before ellipsis) for the overlap tests and the PDF check. */
    g_autofree char *shown = NULL;
    PangoLayoutIter *iter;
    GString *s = g_string_new (NULL);

    iter = pango_layout_get_iter (ctx->layout);
    do
      {
        PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);

        if (s->len > 0)
          g_string_append_c (s, ' ');
        g_string_append_len (s, text + line->start_index, line->length);
      }
    while (pango_layout_iter_next_line (iter));
    pango_layout_iter_free (iter);

    shown = g_string_free (s, FALSE);
    vw_chart_result_add_text (ctx->result, &rect, shown);
  }

  if (out_rect != NULL)
    *out_rect = rect;

  return TRUE;
}

void
_vw_chart_set_color (VwChartCtx   *ctx,
                     VwChartColor  color)
{
  cairo_set_source_rgba (ctx->cr, color.red, color.green, color.blue, color.alpha);
}

VwHatch
_vw_chart_role_hatch (VwChartCtx  *ctx,
                      VwChartRole  role)
{
  if (!ctx->theme->hatch)
    return VW_HATCH_NONE;

  switch (role)
    {
    case VW_CHART_ROLE_COMPETITOR:
      return VW_HATCH_DIAGONAL;
    case VW_CHART_ROLE_COST:
      return VW_HATCH_HORIZONTAL;
    default:
      return VW_HATCH_NONE;
    }
}

void
_vw_chart_fill_rect (VwChartCtx        *ctx,
                     const VwChartRect *rect,
                     VwChartColor       color,
                     VwHatch            hatch)
{
  cairo_t *cr = ctx->cr;

  if (rect->width <= 0 || rect->height <= 0)
    return;

  _vw_chart_set_color (ctx, color);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_fill (cr);

  if (hatch == VW_HATCH_NONE)
    return;

  /* Hatching keeps the competitor and costs apart from our offer on a greyscale print. */
  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.55);
  cairo_set_line_width (cr, 1.0);
  if (hatch == VW_HATCH_DIAGONAL)
    for (double d = -rect->height; d < rect->width; d += 5)
      {
        cairo_move_to (cr, rect->x + d, rect->y + rect->height);
        cairo_line_to (cr, rect->x + d + rect->height, rect->y);
      }
  else
    for (double d = 2.5; d < rect->height; d += 4)
      {
        cairo_move_to (cr, rect->x, rect->y + d);
        cairo_line_to (cr, rect->x + rect->width, rect->y + d);
      }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Hairlines land on pixel centres so they stay crisp at scale 1. */
static double
crisp (double v,
       double width)
{
  return ((int) width) % 2 == 1 ? floor (v) + 0.5 : round (v);
}

void
_vw_chart_hline (VwChartCtx   *ctx,
                 double        x0,
                 double        x1,
                 double        y,
                 VwChartColor  color,
                 double        width,
                 gboolean      dashed)
{
  cairo_t *cr = ctx->cr;
  static const double dash[] = { 4.0, 3.0 };

  _vw_chart_set_color (ctx, color);
  cairo_set_line_width (cr, width);
  cairo_set_dash (cr, dash, dashed ? 2 : 0, 0);
  cairo_move_to (cr, x0, crisp (y, width));
  cairo_line_to (cr, x1, crisp (y, width));
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

void
_vw_chart_vline (VwChartCtx   *ctx,
                 double        x,
                 double        y0,
                 double        y1,
                 VwChartColor  color,
                 double        width,
                 gboolean      dashed)
{
  cairo_t *cr = ctx->cr;
  static const double dash[] = { 4.0, 3.0 };

  _vw_chart_set_color (ctx, color);
  cairo_set_line_width (cr, width);
  cairo_set_dash (cr, dash, dashed ? 2 : 0, 0);
  cairo_move_to (cr, crisp (x, width), y0);
  cairo_line_to (cr, crisp (x, width), y1);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

char *
_vw_chart_format (VwChartCtx          *ctx,
                  const VwValueFormat *format,
                  double               value,
                  VwFormatFlags        flags)
{
  return vw_format_value (ctx->data->locale, format != NULL ? format : &ctx->data->format,
                          value, flags);
}

VwChartHit *
_vw_chart_add_hit (VwChartCtx        *ctx,
                   VwChartHitShape    shape,
                   const VwChartRect *rect,
                   int                series,
                   int                index,
                   const char        *label,
                   const char        *value_text,
                   const char        *formula,
                   const char        *description)
{
  VwChartHit *hit = vw_chart_result_add_hit (ctx->result, shape, rect, series, index);

  hit->label = g_strdup (label);
  hit->value_text = g_strdup (value_text);
  hit->formula = g_strdup (formula);
  hit->description = description != NULL ? g_strdup (description)
                                         : g_strdup_printf ("%s: %s", label, value_text);
  return hit;
}

/* One row (wrapping when needed) of swatches and names at the top of the frame. */
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

static void
paint_header (VwChartCtx *ctx)
{
  VwTextStyle title = { .size = 1.25, .bold = TRUE, .max_width = ctx->width - 2 * VW_CHART_PAD,
                        .max_lines = 1 };
  VwTextStyle subtitle = { .muted = TRUE, .max_width = ctx->width - 2 * VW_CHART_PAD,
                           .max_lines = 1 };
  VwChartRect rect;
  double y = VW_CHART_PAD;

  if (ctx->data->title != NULL && _vw_chart_text (ctx, ctx->data->title, VW_CHART_PAD, y,
                                                  &title, &rect))
    y = rect.y + rect.height + 2;
  if (ctx->data->subtitle != NULL && _vw_chart_text (ctx, ctx->data->subtitle, VW_CHART_PAD, y,
                                                     &subtitle, &rect))
    y = rect.y + rect.height;
  if (y > VW_CHART_PAD)
    y += 10;

  ctx->frame.x = VW_CHART_PAD;
  ctx->frame.y = y;
  ctx->frame.width = ctx->width - 2 * VW_CHART_PAD;
  ctx->frame.height = ctx->height - VW_CHART_PAD - y;
}

VwChartResult *
vw_chart_paint (cairo_t            *cr,
                const VwChartData  *data,
                const VwChartTheme *theme,
                double              width,
                double              height)
{
  VwChartCtx ctx = { 0 };
  VwTextStyle probe = { 0 };

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  if (theme == NULL)
    theme = vw_chart_theme_get (VW_CHART_THEME_LIGHT);

  ctx.cr = cr;
  ctx.data = data;
  ctx.theme = theme;
  ctx.result = vw_chart_result_new ();
  ctx.width = width;
  ctx.height = height;

  if (!(width > 1 && height > 1) || !isfinite (width) || !isfinite (height))
    return ctx.result;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  if (theme->draw_background)
    {
      _vw_chart_set_color (&ctx, theme->background);
      cairo_paint (cr);
    }

  ctx.layout = pango_cairo_create_layout (cr);
  ctx.font = pango_font_description_from_string (theme->font_family);
  _vw_chart_measure (&ctx, "Ag", &probe, NULL, &ctx.line_height);

  paint_header (&ctx);

  if (ctx.frame.width < 40 || ctx.frame.height < 40)
    ;   /* too small to say anything legible */
  else
    switch (data->kind)
      {
      case VW_CHART_VALUE_WATERFALL:
      case VW_CHART_EVC_WATERFALL:
        _vw_chart_paint_waterfall (&ctx);
        break;
      case VW_CHART_TCO:
        _vw_chart_paint_tco (&ctx);
        break;
      case VW_CHART_CASH_FLOW:
        _vw_chart_paint_cash_flow (&ctx);
        break;
      case VW_CHART_TORNADO:
        _vw_chart_paint_tornado (&ctx);
        break;
      case VW_CHART_HISTOGRAM:
      case VW_CHART_S_CURVE:
        _vw_chart_paint_distribution (&ctx);
        break;
      case VW_CHART_KPI_BULLET:
        _vw_chart_paint_kpi_bullet (&ctx);
        break;
      case VW_CHART_STAKEHOLDER_MAP:
      case VW_CHART_VALUE_BUBBLES:
        _vw_chart_paint_points (&ctx);
        break;
      case VW_CHART_VERIFICATION:
        _vw_chart_paint_verification (&ctx);
        break;
      case VW_CHART_PRICE_CORRIDOR:
        _vw_chart_paint_price_corridor (&ctx);
        break;
      case VW_CHART_N_KINDS:
      default:
        g_assert_not_reached ();
      }

  g_clear_object (&ctx.layout);
  g_clear_pointer (&ctx.font, pango_font_description_free);
  cairo_restore (cr);

  return ctx.result;
}

/**
 * vw_chart_write_png:
 * @scale: device scale, 2 for the sharp images a seller drops into slides
 *
 * Paints @data at @width × @height logical pixels into a PNG file.
 */
gboolean
vw_chart_write_png (const VwChartData  *data,
                    const VwChartTheme *theme,
                    int                 width,
                    int                 height,
                    double              scale,
                    const char         *filename,
                    GError            **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0 && scale > 0, FALSE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                        (int) ceil (height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  vw_chart_result_free (vw_chart_paint (cr, data, theme, width, height));
  cairo_destroy (cr);

  status = cairo_surface_write_to_png (surface, filename);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write the chart image “%s”: %s"), filename,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
