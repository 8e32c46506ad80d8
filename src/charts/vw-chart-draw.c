/* vw-chart-draw.c: text, colours and shapes shared by every chart kind
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-draw"

#include <math.h>

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
