/* vw-chart-reference.c: a rendering compared with its committed reference image
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With VW_REGENERATE_REFERENCES=1 the references are rewritten instead (see
 * regenerate-references.sh); review them as images before committing.
 */

#include <stdlib.h>

#include "vw-chart-reference.h"

/* A pixel "differs" when a channel is off by more than CHANNEL_TOLERANCE; a chart matches when
 * at most MAX_DIFFERING of its pixels (51 of 256 000) differ. On the reference platform
 * (Debian 12, DejaVu via fontconfig) the rendering is identical, 0 pixels; the margin absorbs
 * antialiasing noise, while a lost "+€60 k" label (0.044 %, measured), square legend swatches
 * turned round (0.04 %) or a 4 % price change (0.9 %) fail. */
#define CHANNEL_TOLERANCE 48
#define MAX_DIFFERING 0.0002

static double
differing_fraction (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  const guchar *pa = cairo_image_surface_get_data (a);
  const guchar *pb = cairo_image_surface_get_data (b);
  int stride_a = cairo_image_surface_get_stride (a);
  int stride_b = cairo_image_surface_get_stride (b);
  int w = cairo_image_surface_get_width (a);
  int h = cairo_image_surface_get_height (a);
  guint differing = 0;

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      for (int ch = 0; ch < 4; ch++)
        if (abs (pa[y * stride_a + x * 4 + ch] - pb[y * stride_b + x * 4 + ch]) >
            CHANNEL_TOLERANCE)
          {
            differing++;
            break;
          }

  return (double) differing / ((double) w * h);
}

static guint
count_colors (cairo_surface_t *surface)
{
  g_autoptr(GHashTable) colors = g_hash_table_new (NULL, NULL);
  const guint32 *p = (const guint32 *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);

  for (int y = 0; y < h; y += 2)
    for (int x = 0; x < w; x += 2)
      g_hash_table_add (colors, GUINT_TO_POINTER (p[y * stride + x]));

  return g_hash_table_size (colors);
}

/**
 * vw_chart_reference_check:
 * @actual: an image surface, flushed
 * @name: the reference's file name in tests/charts/reference
 *
 * Fails the test when @actual drew (almost) nothing or differs from the reference beyond the
 * tolerance; a differing rendering is kept next to the test binary for review.
 */
void
vw_chart_reference_check (cairo_surface_t *actual,
                          const char      *name)
{
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, "charts", "reference",
                                                           name, NULL);
  cairo_surface_t *reference;
  double fraction;

  /* A chart that drew nothing would match a blank reference: check it has content first. */
  g_assert_cmpuint (count_colors (actual), >, 12);

  if (g_getenv ("VW_REGENERATE_REFERENCES") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, reference_path), ==,
                       CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", reference_path);
      return;
    }

  reference = cairo_image_surface_create_from_png (reference_path);
  if (cairo_surface_status (reference) != CAIRO_STATUS_SUCCESS)
    {
      g_test_message ("missing reference %s; run tests/charts/regenerate-references.sh",
                      reference_path);
      g_test_fail ();
      cairo_surface_destroy (reference);
      return;
    }

  g_assert_cmpint (cairo_image_surface_get_width (reference), ==,
                   cairo_image_surface_get_width (actual));
  g_assert_cmpint (cairo_image_surface_get_height (reference), ==,
                   cairo_image_surface_get_height (actual));

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
}
