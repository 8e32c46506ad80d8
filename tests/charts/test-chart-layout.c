/* test-chart-layout.c: axes, hit-testing, label layout and what each chart says
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "vw-chart-axis.h"
#include "vw-chart-painter.h"
#include "vw-chart-private.h"
#include "vw-chart-samples.h"

#define NBSP "\xc2\xa0"

static VwChartResult *
paint_sample (VwChartKind        kind,
              const char        *language,
              VwChartSampleFlags flags,
              double             width,
              double             height)
{
  g_autoptr(VwChartData) data = vw_chart_sample_new (kind, language, flags);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width,
                                                         (int) height);
  cairo_t *cr = cairo_create (surface);
  VwChartResult *result = vw_chart_paint (cr, data, NULL, width, height);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return result;
}

/* "nan" or "inf" as words: "Maintenance" is fine. */
static gboolean
says_nan (const char *text)
{
  return g_regex_match_simple ("\\b(nan|inf|infinity)\\b", text, G_REGEX_CASELESS, 0);
}

static gboolean
result_has_text (const VwChartResult *result,
                 const char          *needle)
{
  for (guint i = 0; i < vw_chart_result_get_n_texts (result); i++)
    if (strstr (vw_chart_result_get_text (result, i)->text, needle) != NULL)
      return TRUE;
  return FALSE;
}

static const VwChartHit *
find_hit (const VwChartResult *result,
          const char          *label_prefix)
{
  for (guint i = 0; i < vw_chart_result_get_n_hits (result); i++)
    {
      const VwChartHit *hit = vw_chart_result_get_hit (result, i);
      if (hit->label != NULL && g_str_has_prefix (hit->label, label_prefix))
        return hit;
    }
  return NULL;
}

static void
test_axis_nice_ticks (void)
{
  VwChartAxis axis;
  VwValueFormat eur = { VW_VALUE_CURRENCY, "EUR", NULL, -1, 0 };
  const VwNumberLocale *en = vw_number_locale_lookup ("en");
  g_autofree char *t1 = NULL;
  g_autofree char *t0 = NULL;

  vw_chart_axis_init (&axis, 0, 3080000, 6, TRUE);
  g_assert_cmpfloat (axis.min, ==, 0);
  g_assert_cmpfloat (axis.step, ==, 1000000);
  g_assert_cmpfloat (axis.max, ==, 4000000);
  g_assert_cmpuint (axis.n_ticks, ==, 5);
  g_assert_cmpint (axis.scale, ==, 6);

  vw_chart_axis_init (&axis, -800000, 1450000, 6, TRUE);
  g_assert_cmpfloat (axis.step, ==, 500000);
  g_assert_cmpfloat (axis.min, ==, -1000000);
  g_assert_cmpfloat (axis.max, ==, 1500000);
  t1 = vw_chart_axis_format_tick (&axis, en, &eur, -500000);
  t0 = vw_chart_axis_format_tick (&axis, en, &eur, 0);
  g_assert_cmpstr (t1, ==, "−€0.5" NBSP "M");
  g_assert_cmpstr (t0, ==, "€0");
  g_assert_cmpfloat_with_epsilon (vw_chart_axis_normalize (&axis, 0), 0.4, 1e-12);

  /* Degenerate and hostile ranges still give a usable axis. */
  vw_chart_axis_init (&axis, 5, 5, 6, FALSE);
  g_assert_cmpfloat (axis.max, >, axis.min);
  vw_chart_axis_init (&axis, NAN, INFINITY, 6, TRUE);
  g_assert_true (isfinite (axis.min) && isfinite (axis.max) && axis.max > axis.min);
  vw_chart_axis_init (&axis, 0, 1e300, 6, TRUE);
  g_assert_cmpuint (axis.n_ticks, <=, VW_CHART_AXIS_MAX_TICKS);

  g_assert_cmpfloat (vw_chart_nice_step (0.23), ==, 0.25);
  g_assert_cmpfloat (vw_chart_nice_step (3.1), ==, 5);
  g_assert_cmpfloat (vw_chart_nice_step (7000), ==, 10000);
}

static void
test_hit_testing (void)
{
  g_autoptr(VwChartResult) result = vw_chart_result_new ();
  VwChartRect big = { 0, 0, 100, 100 };
  VwChartRect small = { 40, 40, 20, 20 };
  VwChartRect circle = { 200, 0, 40, 40 };
  VwChartRect thin = { 300, 50, 100, 0 };
  double x, y;

  vw_chart_result_add_hit (result, VW_CHART_HIT_RECT, &big, 0, 0);
  vw_chart_result_add_hit (result, VW_CHART_HIT_RECT, &small, 0, 1);
  vw_chart_result_add_hit (result, VW_CHART_HIT_CIRCLE, &circle, -1, 2);
  vw_chart_result_add_hit (result, VW_CHART_HIT_RECT, &thin, -1, 3);

  g_assert_cmpint (vw_chart_result_hit_test (result, 10, 10, 0), ==, 0);
  /* The smaller item on top of a larger one wins. */
  g_assert_cmpint (vw_chart_result_hit_test (result, 50, 50, 0), ==, 1);
  /* Circles: the centre hits, the bounding box's corner does not. */
  g_assert_cmpint (vw_chart_result_hit_test (result, 220, 20, 0), ==, 2);
  g_assert_cmpint (vw_chart_result_hit_test (result, 202, 2, 0), ==, -1);
  /* A zero-height marker still has a 2 px body, and slop finds it from nearby. */
  g_assert_cmpint (vw_chart_result_hit_test (result, 350, 50, 0), ==, 3);
  g_assert_cmpint (vw_chart_result_hit_test (result, 350, 55, 0), ==, -1);
  g_assert_cmpint (vw_chart_result_hit_test (result, 350, 55, 6), ==, 3);
  g_assert_cmpint (vw_chart_result_hit_test (result, 150, 300, 6), ==, -1);

  /* Pixel ↔ data mapping for dragging a bubble. */
  g_assert_false (vw_chart_result_to_data (result, 0, 0, &x, &y));
  vw_chart_result_set_mapping (result, &(VwChartRect) { 100, 50, 200, 100 }, -1, 1, 0, 1);
  g_assert_true (vw_chart_result_to_data (result, 200, 100, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (y, 0.5, 1e-12);
  g_assert_true (vw_chart_result_to_data (result, 1000, -1000, &x, &y));
  g_assert_cmpfloat (x, ==, 1);
  g_assert_cmpfloat (y, ==, 1);
}

typedef struct
{
  const char        *language;
  VwChartSampleFlags flags;
  double             width, height;
} LayoutCase;

static const LayoutCase layout_cases[] = {
  { "en", 0, 640, 400 },
  { "fi", VW_CHART_SAMPLE_LONG_LABELS | VW_CHART_SAMPLE_INTERNAL, 640, 400 },
  { "de", VW_CHART_SAMPLE_LONG_LABELS, 420, 300 },
  { "fi", VW_CHART_SAMPLE_LONG_LABELS | VW_CHART_SAMPLE_INTERNAL, 1280, 800 },
  { "de", VW_CHART_SAMPLE_LONG_LABELS | VW_CHART_SAMPLE_INTERNAL, 320, 240 },
};

/* For every kind, locale and size: no text overlaps another, no text leaves the chart, every
 * item has a hit region inside the chart with a value and a description, and nothing says
 * "nan" or "inf". */
static void
test_no_overlaps (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (layout_cases); c++)
    for (guint k = 0; k < VW_CHART_N_KINDS; k++)
      {
        const LayoutCase *lc = &layout_cases[c];
        g_autoptr(VwChartResult) r = paint_sample (k, lc->language, lc->flags, lc->width,
                                                   lc->height);
        guint n_texts = vw_chart_result_get_n_texts (r);

        g_test_message ("%s %s %gx%g: %u texts, %u hits", vw_chart_kind_to_string (k),
                        lc->language, lc->width, lc->height, n_texts,
                        vw_chart_result_get_n_hits (r));
        g_assert_cmpuint (n_texts, >, 2);
        g_assert_cmpuint (vw_chart_result_get_n_hits (r), >, 0);

        for (guint i = 0; i < n_texts; i++)
          {
            const VwChartText *a = vw_chart_result_get_text (r, i);
            g_assert_cmpfloat (a->rect.x, >=, 0);
            g_assert_cmpfloat (a->rect.y, >=, 0);
            g_assert_cmpfloat (a->rect.x + a->rect.width, <=, lc->width);
            g_assert_cmpfloat (a->rect.y + a->rect.height, <=, lc->height);
            g_assert_false (says_nan (a->text));

            for (guint j = i + 1; j < n_texts; j++)
              {
                const VwChartText *b = vw_chart_result_get_text (r, j);

                if (vw_chart_rect_intersects (&a->rect, &b->rect))
                  g_error ("%s (%s, %gx%g): “%s” overlaps “%s”", vw_chart_kind_to_string (k),
                           lc->language, lc->width, lc->height, a->text, b->text);
              }
          }

        for (guint i = 0; i < vw_chart_result_get_n_hits (r); i++)
          {
            const VwChartHit *hit = vw_chart_result_get_hit (r, i);

            g_assert_nonnull (hit->description);
            g_assert_cmpstr (hit->description, !=, "");
            g_assert_nonnull (hit->value_text);
            g_assert_false (says_nan (hit->value_text));
            g_assert_false (says_nan (hit->description));
            g_assert_cmpfloat (hit->rect.x + hit->rect.width, >=, 0);
            g_assert_cmpfloat (hit->rect.x, <=, lc->width);
          }
      }
}

static void
assert_no_overlap (const VwChartResult *r,
                   const char          *what)
{
  for (guint i = 0; i < vw_chart_result_get_n_texts (r); i++)
    for (guint j = i + 1; j < vw_chart_result_get_n_texts (r); j++)
      if (vw_chart_rect_intersects (&vw_chart_result_get_text (r, i)->rect,
                                    &vw_chart_result_get_text (r, j)->rect))
        g_error ("%s: “%s” overlaps “%s”", what, vw_chart_result_get_text (r, i)->text,
                 vw_chart_result_get_text (r, j)->text);
}

static VwChartResult *
paint_data (VwChartData *data,
            double       width,
            double       height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width,
                                                         (int) height);
  cairo_t *cr = cairo_create (surface);
  VwChartResult *result = vw_chart_paint (cr, data, NULL, width, height);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return result;
}

/* The elevator case had 47 value elements and a 30-year horizon: every item still gets a hit
 * region, labels that do not fit are left out rather than piled up. */
static void
test_many_items (void)
{
  g_autoptr(VwChartData) bubbles = vw_chart_data_new (VW_CHART_VALUE_BUBBLES);
  g_autoptr(VwChartData) flows = vw_chart_data_new (VW_CHART_CASH_FLOW);
  g_autoptr(VwChartData) steps = vw_chart_data_new (VW_CHART_VALUE_WATERFALL);
  g_autoptr(VwChartResult) rb = NULL;
  g_autoptr(VwChartResult) rf = NULL;
  g_autoptr(VwChartResult) rs = NULL;
  double cash[31], cumulative[31], deltas[25];
  double sum = 0;

  vw_chart_data_set_format (bubbles, vw_number_locale_lookup ("de"), VW_VALUE_CURRENCY, "EUR",
                            -1);
  vw_chart_data_add_group (bubbles, "Operational");
  for (guint i = 0; i < 47; i++)
    {
      g_autofree char *name = g_strdup_printf ("Wertelement Nummer %u", i + 1);
      vw_chart_data_add_point (bubbles, name, (i * 37) % 100 / 10.0, (i * 53) % 100 / 10.0,
                               10000.0 * (1 + i % 9), 0);
    }
  bubbles->x_min = bubbles->y_min = 0;
  bubbles->x_max = bubbles->y_max = 10;
  rb = paint_data (bubbles, 640, 400);
  g_assert_cmpuint (vw_chart_result_get_n_hits (rb), ==, 47);
  assert_no_overlap (rb, "47 bubbles");

  vw_chart_data_set_format (flows, vw_number_locale_lookup ("fi"), VW_VALUE_CURRENCY, "EUR", -1);
  for (guint i = 0; i <= 30; i++)
    {
      g_autofree char *label = g_strdup_printf ("Vuosi %u", i);
      vw_chart_data_add_category (flows, label, 0, VW_CHART_ROLE_NEUTRAL);
      cash[i] = i == 0 ? -2500000 : 180000;
      sum += cash[i];
      cumulative[i] = sum;
    }
  vw_chart_data_add_series (flows, "Kassavirta", VW_CHART_ROLE_NEUTRAL, VW_SERIES_BARS, cash, 31);
  vw_chart_data_add_series (flows, "Kumulatiivinen", VW_CHART_ROLE_OFFER, VW_SERIES_LINE,
                            cumulative, 31);
  rf = paint_data (flows, 640, 400);
  assert_no_overlap (rf, "30 years");
  /* 31 bars, 31 line points and the payback crossing (after 13.9 years). */
  g_assert_cmpuint (vw_chart_result_get_n_hits (rf), ==, 63);

  for (guint i = 0; i < 25; i++)
    {
      g_autofree char *label = g_strdup_printf ("Element %u", i + 1);
      vw_chart_data_add_category (steps, label, i == 24 ? VW_CATEGORY_TOTAL : 0,
                                  VW_CHART_ROLE_NEUTRAL);
      deltas[i] = i == 24 ? 1234567 : (i % 3 == 0 ? -40000.0 : 90000.0);
    }
  vw_chart_data_add_series (steps, "Value", VW_CHART_ROLE_NEUTRAL, VW_SERIES_BARS, deltas, 25);
  rs = paint_data (steps, 640, 400);
  assert_no_overlap (rs, "25 steps");
  g_assert_cmpuint (vw_chart_result_get_n_hits (rs), ==, 25);
}

static void
test_evc_incentive (void)
{
  g_autoptr(VwChartResult) r = paint_sample (VW_CHART_EVC_WATERFALL, "en", 0, 640, 400);
  const VwChartHit *incentive = find_hit (r, "Customer incentive");
  const VwChartHit *price = find_hit (r, "Price");

  g_assert_nonnull (incentive);
  g_assert_cmpstr (incentive->value_text, ==, "€450,000.00");
  g_assert_nonnull (price);
  g_assert_cmpstr (price->value_text, ==, "€1,350,000.00");
  g_assert_true (result_has_text (r, "€450" NBSP "k"));
}

static void
test_tco_annotation (void)
{
  g_autoptr(VwChartResult) en = paint_sample (VW_CHART_TCO, "en", 0, 640, 400);
  g_autoptr(VwChartResult) de = paint_sample (VW_CHART_TCO, "de", 0, 640, 400);

  /* 480 000 of 2 370 000. */
  g_assert_true (result_has_text (en, "The price is only 20% of the total cost of ownership"));
  g_assert_true (result_has_text (de, "20" NBSP "%"));
}

static void
test_cash_flow_payback (void)
{
  g_autoptr(VwChartResult) r = paint_sample (VW_CHART_CASH_FLOW, "en", 0, 640, 400);
  const VwChartHit *payback = find_hit (r, "Payback");

  /* Cumulative −250 000 after year 2 and +70 000 after year 3: 2 + 250/320 = 2.78. */
  g_assert_nonnull (payback);
  g_assert_cmpstr (payback->label, ==, "Payback: 2.8 years");
  g_assert_nonnull (find_hit (r, "Discounted payback"));
}

static void
test_tornado_order (void)
{
  g_autoptr(VwChartData) data = vw_chart_sample_new (VW_CHART_TORNADO, "en", 0);
  g_autofree guint *order = NULL;
  guint n;
  const guint expected[] = { 2, 1, 0, 3, 4, 5 };

  /* Energy price (0) and throughput gain (3) swing exactly 300 000 each: input order. */
  order = _vw_chart_tornado_order (data, &n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (order[i], ==, expected[i]);

  /* Swap them in the input and the order swaps too. */
  {
    VwChartCategory *c = (VwChartCategory *) data->categories->data;
    VwChartSeries *low = g_ptr_array_index (data->series, 0);
    VwChartSeries *high = g_ptr_array_index (data->series, 1);
    char *label = c[0].label;
    double l = low->values[0], h = high->values[0];

    c[0].label = c[3].label;
    c[3].label = label;
    low->values[0] = low->values[3];
    high->values[0] = high->values[3];
    low->values[3] = l;
    high->values[3] = h;
  }
  g_free (order);
  order = _vw_chart_tornado_order (data, &n);
  g_assert_cmpuint (order[2], ==, 0);
  g_assert_cmpuint (order[3], ==, 3);
  g_assert_cmpstr (g_array_index (data->categories, VwChartCategory, order[2]).label, ==,
                   "Throughput gain");
}

static void
test_distribution_convention (void)
{
  for (VwChartKind k = VW_CHART_HISTOGRAM; k <= VW_CHART_S_CURVE; k++)
    {
      g_autoptr(VwChartResult) r = paint_sample (k, "en", 0, 640, 400);
      const VwChartHit *p10 = find_hit (r, "P10");
      const VwChartHit *p50 = find_hit (r, "P50");
      const VwChartHit *p90 = find_hit (r, "P90");

      g_assert_true (result_has_text (r, "Non-exceedance"));
      g_assert_nonnull (p10);
      g_assert_nonnull (p50);
      g_assert_nonnull (p90);
      /* Triangular(0.4 M, 1.1 M, 2.2 M): the median is about 1.21 M; 4 000 draws. */
      g_assert_true (g_str_has_prefix (p50->value_text, "€1,2"));
      g_assert_true (result_has_text (r, "4,000 draws"));
    }
}

static void
test_corridor_audience (void)
{
  g_autoptr(VwChartResult) customer = paint_sample (VW_CHART_PRICE_CORRIDOR, "en", 0, 640, 400);
  g_autoptr(VwChartResult) internal = paint_sample (VW_CHART_PRICE_CORRIDOR, "en",
                                                    VW_CHART_SAMPLE_INTERNAL, 640, 400);
  g_autofree char *summary = vw_chart_result_get_summary (customer);

  /* The customer's chart carries no trace of our cost or floor: not drawn, not described. */
  g_assert_false (result_has_text (customer, "internal"));
  g_assert_false (result_has_text (customer, "700"));
  g_assert_false (result_has_text (customer, "880"));
  g_assert_null (strstr (summary, "700"));
  g_assert_null (strstr (summary, "880"));
  g_assert_null (find_hit (customer, "Price floor"));

  g_assert_true (result_has_text (internal, "Price floor (internal)"));
  g_assert_nonnull (find_hit (internal, "Price floor"));
  g_assert_true (result_has_text (customer, "Customer keeps €450" NBSP "k (56%)"));
}

static void
test_points_mapping (void)
{
  g_autoptr(VwChartData) data = vw_chart_sample_new (VW_CHART_STAKEHOLDER_MAP, "en", 0);
  g_autoptr(VwChartResult) r = paint_sample (VW_CHART_STAKEHOLDER_MAP, "en", 0, 640, 400);
  guint found = 0;

  for (guint i = 0; i < vw_chart_result_get_n_hits (r); i++)
    {
      const VwChartHit *hit = vw_chart_result_get_hit (r, i);
      const VwChartPoint *p = &g_array_index (data->points, VwChartPoint, hit->index);
      double x, y;

      g_assert_true (hit->draggable);
      g_assert_true (vw_chart_result_to_data (r, hit->rect.x + hit->rect.width / 2,
                                              hit->rect.y + hit->rect.height / 2, &x, &y));
      g_assert_cmpfloat_with_epsilon (x, p->x, 1e-9);
      g_assert_cmpfloat_with_epsilon (y, p->y, 1e-9);
      found++;
    }
  g_assert_cmpuint (found, ==, data->points->len);

  g_assert_nonnull (find_hit (r, "Anna Korhonen"));
  g_assert_cmpstr (find_hit (r, "Anna Korhonen")->description, ==,
                   "Anna Korhonen (Economic buyer): influence 0.9, attitude 0.35. "
                   "Cares about: cost per tonne, ROCE");
}

static void
test_interpolation (void)
{
  g_autoptr(VwChartData) a = vw_chart_sample_new (VW_CHART_EVC_WATERFALL, "en", 0);
  g_autoptr(VwChartData) b = vw_chart_data_copy (a);
  g_autoptr(VwChartData) half = NULL;
  g_autoptr(VwChartData) other = vw_chart_sample_new (VW_CHART_TCO, "en", 0);
  g_autoptr(VwChartData) fallback = NULL;
  VwChartSeries *s = g_ptr_array_index (b->series, 0);

  s->values[1] = 550000;
  g_array_index (b->markers, VwChartMarker, 0).value = 1450000;
  half = vw_chart_data_interpolate (a, b, 0.5);
  g_assert_cmpfloat (((VwChartSeries *) g_ptr_array_index (half->series, 0))->values[1], ==,
                     450000);
  g_assert_cmpfloat (g_array_index (half->markers, VwChartMarker, 0).value, ==, 1400000);

  /* Different shapes do not animate: the target is shown as it is. */
  fallback = vw_chart_data_interpolate (a, other, 0.5);
  g_assert_cmpint (fallback->kind, ==, VW_CHART_TCO);
  g_assert_cmpuint (fallback->series->len, ==, other->series->len);
}

static void
test_empty_and_hostile (void)
{
  for (guint k = 0; k < VW_CHART_N_KINDS; k++)
    {
      g_autoptr(VwChartData) data = vw_chart_data_new (k);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 200);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(VwChartResult) r = vw_chart_paint (cr, data, NULL, 300, 200);
      g_autoptr(VwChartResult) tiny = vw_chart_paint (cr, data, NULL, 0, 0);
      g_autoptr(VwChartData) bad = vw_chart_sample_new (k, "en", 0);
      g_autoptr(VwChartResult) rb = NULL;

      /* An empty chart says why, in words. */
      g_assert_cmpuint (vw_chart_result_get_n_texts (r), >=, 1);
      g_assert_cmpuint (vw_chart_result_get_n_hits (tiny), ==, 0);

      /* Non-finite values anywhere never reach the text. */
      for (guint s = 0; s < bad->series->len; s++)
        {
          VwChartSeries *series = g_ptr_array_index (bad->series, s);
          if (series->n_values > 1)
            series->values[1] = NAN;
          if (series->n_values > 2)
            series->values[2] = INFINITY;
        }
      for (guint p = 0; p < bad->points->len; p++)
        g_array_index (bad->points, VwChartPoint, p).size = NAN;
      rb = vw_chart_paint (cr, bad, NULL, 300, 200);
      for (guint i = 0; i < vw_chart_result_get_n_texts (rb); i++)
        g_assert_false (says_nan (vw_chart_result_get_text (rb, i)->text));
      for (guint i = 0; i < vw_chart_result_get_n_hits (rb); i++)
        g_assert_false (says_nan (vw_chart_result_get_hit (rb, i)->description));

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/axis/nice-ticks", test_axis_nice_ticks);
  g_test_add_func ("/charts/hit-testing", test_hit_testing);
  g_test_add_func ("/charts/layout/no-overlaps", test_no_overlaps);
  g_test_add_func ("/charts/layout/many-items", test_many_items);
  g_test_add_func ("/charts/evc/incentive", test_evc_incentive);
  g_test_add_func ("/charts/tco/annotation", test_tco_annotation);
  g_test_add_func ("/charts/cash-flow/payback", test_cash_flow_payback);
  g_test_add_func ("/charts/tornado/order", test_tornado_order);
  g_test_add_func ("/charts/distribution/convention", test_distribution_convention);
  g_test_add_func ("/charts/corridor/audience", test_corridor_audience);
  g_test_add_func ("/charts/points/mapping", test_points_mapping);
  g_test_add_func ("/charts/data/interpolation", test_interpolation);
  g_test_add_func ("/charts/empty-and-hostile", test_empty_and_hostile);

  return g_test_run ();
}
