/* vw-chart-painter.c: the entry point: frame, title and the dispatch to each chart kind
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-painter"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <cairo-svg.h>
#include <math.h>
#include <string.h>

#include "vw-chart-painter.h"
#include "vw-chart-private.h"

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

static cairo_status_t
append_to_string (void                *closure,
                  const unsigned char *data,
                  unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
append_escaped (GString    *svg,
                const char *element,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (svg, "<%s>%s</%s>\n", element, escaped, element);
}

/**
 * vw_chart_write_svg:
 *
 * Paints @data at @width × @height points into an SVG file. Cairo writes the text as glyph
 * outlines, so the file also carries the chart's title and every item's description as
 * SVG `<title>` and `<desc>`: a screen reader (and a search) can read the figures.
 */
gboolean
vw_chart_write_svg (const VwChartData  *data,
                    const VwChartTheme *theme,
                    int                 width,
                    int                 height,
                    const char         *filename,
                    GError            **error)
{
  g_autoptr(GString) svg = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(VwChartResult) result = NULL;
  g_autofree char *summary = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  const char *root_end;
  cairo_t *cr;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  surface = cairo_svg_surface_create_for_stream (append_to_string, svg, width, height);
  cr = cairo_create (surface);
  result = vw_chart_paint (cr, data, theme, width, height);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* After the root element's start tag, which is the first one named "svg". */
  root_end = strstr (svg->str, "<svg");
  root_end = root_end != NULL ? strchr (root_end, '>') : NULL;
  if (status != CAIRO_STATUS_SUCCESS || root_end == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write the chart image “%s”: %s"), filename,
                   cairo_status_to_string (status != CAIRO_STATUS_SUCCESS
                                             ? status : CAIRO_STATUS_WRITE_ERROR));
      return FALSE;
    }
  append_escaped (text, "title", data->title != NULL ? data->title
                                                     : vw_chart_kind_to_string (data->kind));
  summary = vw_chart_result_get_summary (result);
  if (summary != NULL && *summary != '\0')
    append_escaped (text, "desc", summary);
  g_string_insert (svg, root_end - svg->str + 1, "\n");
  g_string_insert (svg, root_end - svg->str + 2, text->str);

  return g_file_set_contents (filename, svg->str, (gssize) svg->len, error);
}
