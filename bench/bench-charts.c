/* bench-charts.c: how long each chart kind takes to draw at 1280x800
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Goal (issue 6): under 2 ms per chart with the cairo image backend. Prints a table, then the
 * same figures as JSON on the last line.
 *   bench-charts [--iterations N] [--scale S]
 */

#include <math.h>
#include <stdlib.h>

#include "vw-chart-painter.h"
#include "vw-chart-samples.h"

#define WIDTH 1280
#define HEIGHT 800

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  int iterations = 200;
  double scale = 1.0;
  GOptionEntry entries[] = {
    { "iterations", 'n', 0, G_OPTION_ARG_INT, &iterations, "Draws per kind", "N" },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, "Device scale (2 for HiDPI)", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new (NULL);
  cairo_surface_t *surface;
  guint over_goal = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  iterations = MAX (iterations, 5);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (WIDTH * scale),
                                        (int) (HEIGHT * scale));

  g_print ("Chart drawing at %dx%d, scale %g, %d draws each (cairo image surface)\n\n",
           WIDTH, HEIGHT, scale, iterations);
  g_print ("%-18s %10s %10s %10s %10s  %s\n", "kind", "median ms", "mean ms", "p95 ms",
           "max ms", "goal < 2 ms");
  g_string_append_printf (json, "{\"width\":%d,\"height\":%d,\"scale\":%g,\"iterations\":%d,"
                          "\"kinds\":[", WIDTH, HEIGHT, scale, iterations);

  for (guint k = 0; k < VW_CHART_N_KINDS; k++)
    {
      g_autoptr(VwChartData) data = vw_chart_sample_new (k, "en", VW_CHART_SAMPLE_INTERNAL);
      g_autofree double *times = g_new (double, iterations);
      double sum = 0;
      double median, p95;
      char buf[4][G_ASCII_DTOSTR_BUF_SIZE];

      for (int i = -3; i < iterations; i++)
        {
          cairo_t *cr = cairo_create (surface);
          gint64 start, end;

          cairo_scale (cr, scale, scale);
          start = g_get_monotonic_time ();
          vw_chart_result_free (vw_chart_paint (cr, data, NULL, WIDTH, HEIGHT));
          cairo_surface_flush (surface);
          end = g_get_monotonic_time ();
          cairo_destroy (cr);

          /* The first draws warm up fontconfig and the glyph caches. */
          if (i >= 0)
            {
              times[i] = (end - start) / 1000.0;
              sum += times[i];
            }
        }

      qsort (times, iterations, sizeof (double), compare_doubles);
      median = times[iterations / 2];
      p95 = times[(int) floor (0.95 * (iterations - 1))];
      over_goal += median >= 2.0;

      g_print ("%-18s %10.3f %10.3f %10.3f %10.3f  %s\n", vw_chart_kind_to_string (k), median,
               sum / iterations, p95, times[iterations - 1], median < 2.0 ? "yes" : "NO");
      g_string_append_printf (json, "%s{\"kind\":\"%s\",\"median_ms\":%s,\"mean_ms\":%s,"
                              "\"p95_ms\":%s,\"max_ms\":%s}", k > 0 ? "," : "",
                              vw_chart_kind_to_string (k),
                              g_ascii_formatd (buf[0], sizeof buf[0], "%.4f", median),
                              g_ascii_formatd (buf[1], sizeof buf[1], "%.4f", sum / iterations),
                              g_ascii_formatd (buf[2], sizeof buf[2], "%.4f", p95),
                              g_ascii_formatd (buf[3], sizeof buf[3], "%.4f",
                                               times[iterations - 1]));
    }

  g_string_append_printf (json, "],\"kinds_over_goal\":%u}", over_goal);
  g_print ("\n%s\n", json->str);
  cairo_surface_destroy (surface);

  return 0;
}
