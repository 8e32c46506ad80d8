/* test-chart-render.c: every chart kind against a committed reference image
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With VW_REGENERATE_REFERENCES=1 the references are rewritten instead (see
 * regenerate-references.sh); review them as images before committing.
 */

#include <stdlib.h>

#include "vw-chart-painter.h"
#include "vw-chart-samples.h"

#define W 640
#define H 400

/* A pixel "differs" when a channel is off by more than CHANNEL_TOLERANCE; a chart matches when
 * at most MAX_DIFFERING of its pixels (51 of 256 000) differ. On the reference platform
 * (Debian 12, DejaVu via fontconfig) the rendering is identical, 0 pixels; the margin absorbs
 * antialiasing noise, while a lost "+€60 k" label (0.044 %, measured), square legend swatches
 * turned round (0.04 %) or a 4 % price change (0.9 %) fail. */
#define CHANNEL_TOLERANCE 48
#define MAX_DIFFERING 0.0002

typedef struct
{
  VwChartKind        kind;
  VwChartThemeId     theme;
  const char        *language;
  VwChartSampleFlags flags;
  const char        *suffix;
} Case;

static cairo_surface_t *
render (const Case *c)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(VwChartData) data = vw_chart_sample_new (c->kind, c->language, c->flags);

  vw_chart_result_free (vw_chart_paint (cr, data, vw_chart_theme_get (c->theme), W, H));
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static double
differing_fraction (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  const guchar *pa = cairo_image_surface_get_data (a);
  const guchar *pb = cairo_image_surface_get_data (b);
  int stride_a = cairo_image_surface_get_stride (a);
  int stride_b = cairo_image_surface_get_stride (b);
  guint differing = 0;

  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++)
      for (int ch = 0; ch < 4; ch++)
        if (abs (pa[y * stride_a + x * 4 + ch] - pb[y * stride_b + x * 4 + ch]) >
            CHANNEL_TOLERANCE)
          {
            differing++;
            break;
          }

  return (double) differing / (W * H);
}

static guint
count_colors (cairo_surface_t *surface)
{
  g_autoptr(GHashTable) colors = g_hash_table_new (NULL, NULL);
  const guint32 *p = (const guint32 *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;

  for (int y = 0; y < H; y += 2)
    for (int x = 0; x < W; x += 2)
      g_hash_table_add (colors, GUINT_TO_POINTER (p[y * stride + x]));

  return g_hash_table_size (colors);
}

static void
test_reference (gconstpointer user_data)
{
  const Case *c = user_data;
  g_autofree char *name = g_strdup_printf ("%s%s.png", vw_chart_kind_to_string (c->kind),
                                           c->suffix);
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, "charts", "reference",
                                                           name, NULL);
  cairo_surface_t *actual = render (c);
  cairo_surface_t *reference;
  double fraction;

  /* A chart that drew nothing would match a blank reference: check it has content first. */
  g_assert_cmpuint (count_colors (actual), >, 12);

  if (g_getenv ("VW_REGENERATE_REFERENCES") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, reference_path), ==,
                       CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", reference_path);
      cairo_surface_destroy (actual);
      return;
    }

  reference = cairo_image_surface_create_from_png (reference_path);
  if (cairo_surface_status (reference) != CAIRO_STATUS_SUCCESS)
    {
      g_test_message ("missing reference %s; run tests/charts/regenerate-references.sh",
                      reference_path);
      g_test_fail ();
      cairo_surface_destroy (reference);
      cairo_surface_destroy (actual);
      return;
    }

  g_assert_cmpint (cairo_image_surface_get_width (reference), ==, W);
  g_assert_cmpint (cairo_image_surface_get_height (reference), ==, H);

  fraction = differing_fraction (actual, reference);
  g_test_message ("%s: %.4f %% of pixels differ", name, fraction * 100);

  if (fraction > MAX_DIFFERING)
    {
      /* Keep what was drawn next to the test binary for review. */
      g_autofree char *out = g_test_build_filename (G_TEST_BUILT, "charts", name, NULL);
      cairo_surface_write_to_png (actual, out);
      g_test_message ("the rendering differs from %s; see %s", reference_path, out);
    }
  g_assert_cmpfloat (fraction, <=, MAX_DIFFERING);

  cairo_surface_destroy (reference);
  cairo_surface_destroy (actual);
}

int
main (int   argc,
      char *argv[])
{
  static Case cases[VW_CHART_N_KINDS + 3];
  guint n = 0;

  g_test_init (&argc, &argv, NULL);

  for (guint k = 0; k < VW_CHART_N_KINDS; k++)
    cases[n++] = (Case) { k, VW_CHART_THEME_LIGHT, "en", 0, "" };
  /* The other themes and a localized internal edition, on the charts that differ most. */
  cases[n++] = (Case) { VW_CHART_EVC_WATERFALL, VW_CHART_THEME_DARK, "en", 0, "-dark" };
  cases[n++] = (Case) { VW_CHART_TCO, VW_CHART_THEME_PRINT, "de", 0, "-print-de" };
  cases[n++] = (Case) { VW_CHART_PRICE_CORRIDOR, VW_CHART_THEME_HIGH_CONTRAST, "fi",
                        VW_CHART_SAMPLE_INTERNAL | VW_CHART_SAMPLE_LONG_LABELS,
                        "-high-contrast-fi-internal" };

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("/charts/reference/%s%s",
                                               vw_chart_kind_to_string (cases[i].kind),
                                               cases[i].suffix);
      g_test_add_data_func (path, &cases[i], test_reference);
    }

  return g_test_run ();
}
