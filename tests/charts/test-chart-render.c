/* test-chart-render.c: every chart kind against a committed reference image
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With VW_REGENERATE_REFERENCES=1 the references are rewritten instead (see
 * regenerate-references.sh); review them as images before committing.
 */

#include "vw-chart-painter.h"
#include "vw-chart-reference.h"
#include "vw-chart-samples.h"

#define W 640
#define H 400

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

static void
test_reference (gconstpointer user_data)
{
  const Case *c = user_data;
  g_autofree char *name = g_strdup_printf ("%s%s.png", vw_chart_kind_to_string (c->kind),
                                           c->suffix);
  cairo_surface_t *actual = render (c);

  vw_chart_reference_check (actual, name);
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
