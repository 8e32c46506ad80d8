/* chart-gallery.c: draws every chart kind into PNG files, and all of them into one grid
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: chart-gallery OUTDIR [--theme light|dark|print|high-contrast] [--scale N]
 *                             [--language en|fi|de] [--long] [--internal]
 *                             [--grid FILE] [--width PX] [--height PX]
 */

#include <math.h>

#include "vw-chart-painter.h"
#include "vw-chart-samples.h"

static int W = 640;
static int H = 400;

int
main (int   argc,
      char *argv[])
{
  g_autofree char *theme_name = NULL;
  g_autofree char *language = NULL;
  g_autofree char *grid = NULL;
  double scale = 1;
  gboolean long_labels = FALSE, internal = FALSE;
  GOptionEntry entries[] = {
    { "theme", 0, 0, G_OPTION_ARG_STRING, &theme_name, "Theme", "NAME" },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, "Number locale", "LANG" },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, "Device scale", "N" },
    { "long", 0, 0, G_OPTION_ARG_NONE, &long_labels, "Long localized labels", NULL },
    { "internal", 0, 0, G_OPTION_ARG_NONE, &internal, "Internal audience", NULL },
    { "grid", 0, 0, G_OPTION_ARG_FILENAME, &grid, "Write all kinds in one image", "FILE" },
    { "width", 0, 0, G_OPTION_ARG_INT, &W, "Width of one chart", "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &H, "Height of one chart", "PX" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("OUTDIR");
  g_autoptr(GError) error = NULL;
  VwChartThemeId theme = VW_CHART_THEME_LIGHT;
  VwChartSampleFlags flags = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "OUTDIR missing");
      return 2;
    }

  if (theme_name != NULL && !vw_chart_theme_parse (theme_name, &theme))
    {
      g_printerr ("unknown theme %s\n", theme_name);
      return 2;
    }
  if (long_labels)
    flags |= VW_CHART_SAMPLE_LONG_LABELS;
  if (internal)
    flags |= VW_CHART_SAMPLE_INTERNAL;

  g_mkdir_with_parents (argv[1], 0755);

  for (guint k = 0; k < VW_CHART_N_KINDS; k++)
    {
      g_autoptr(VwChartData) data = vw_chart_sample_new (k, language, flags);
      g_autofree char *name = g_strdup_printf ("%s.png", vw_chart_kind_to_string (k));
      g_autofree char *path = g_build_filename (argv[1], name, NULL);

      if (!vw_chart_write_png (data, vw_chart_theme_get (theme), W, H, scale, path, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }

  if (grid != NULL)
    {
      const guint cols = 3, rows = (VW_CHART_N_KINDS + cols - 1) / cols;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                             (int) (cols * W * scale),
                                                             (int) (rows * H * scale));
      cairo_t *cr = cairo_create (surface);

      cairo_scale (cr, scale, scale);
      for (guint k = 0; k < VW_CHART_N_KINDS; k++)
        {
          g_autoptr(VwChartData) data = vw_chart_sample_new (k, language, flags);

          cairo_save (cr);
          cairo_translate (cr, (k % cols) * W, (k / cols) * H);
          vw_chart_result_free (vw_chart_paint (cr, data, vw_chart_theme_get (theme), W, H));
          /* A hairline between the cells. */
          cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.4);
          cairo_set_line_width (cr, 1);
          cairo_rectangle (cr, 0.5, 0.5, W - 1, H - 1);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      cairo_destroy (cr);
      cairo_surface_write_to_png (surface, grid);
      cairo_surface_destroy (surface);
    }

  return 0;
}
