/* test-ranking.c: the ranking score of value elements, the selection summary, the figures
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vw-element-ranking.h"
#include "vw-figure.h"
#include "vw-test-util.h"

static VwDocument *
load_sample (const char *name)
{
  g_autofree char *path = vw_test_source_path ("data", "samples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VwDocument *doc = vw_vwb_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

/* The documented formula (docs/model.md): 100 × (s/5)^0.3 × (d/5)^0.3 × (i/5)^0.4. */
static void
test_score_values (void)
{
  g_assert_cmpfloat_with_epsilon (vw_element_rank_score (5, 5, 5), 100.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (vw_element_rank_score (3, 3, 3), 60.0, 1e-12);
  /* 100 × 0.8^0.3 */
  g_assert_cmpfloat_with_epsilon (vw_element_rank_score (5, 4, 5), 93.524845, 1e-6);
  /* 100 × 0.2^0.4: a salient, unique element worth little */
  g_assert_cmpfloat_with_epsilon (vw_element_rank_score (5, 5, 1), 52.530556, 1e-6);
  /* 100 × 0.2^0.3: worth much, unique, but on nobody's agenda */
  g_assert_cmpfloat_with_epsilon (vw_element_rank_score (1, 5, 5), 61.703386, 1e-6);
}

static void
test_score_zero_and_clamp (void)
{
  g_assert_cmpfloat (vw_element_rank_score (0, 5, 5), ==, 0.0);
  g_assert_cmpfloat (vw_element_rank_score (5, 0, 5), ==, 0.0);
  g_assert_cmpfloat (vw_element_rank_score (5, 5, 0), ==, 0.0);
  g_assert_cmpfloat (vw_element_rank_score (-3, 5, 5), ==, 0.0);
  g_assert_cmpfloat (vw_element_rank_score (9, 7, 6), ==, 100.0);
}

/* Impact weighs more than salience or differentiation; every rating counts (monotone). */
static void
test_score_order (void)
{
  g_assert_cmpfloat (vw_element_rank_score (3, 3, 5), >, vw_element_rank_score (5, 3, 3));
  g_assert_cmpfloat (vw_element_rank_score (3, 3, 5), >, vw_element_rank_score (3, 5, 3));
  g_assert_cmpfloat (vw_element_rank_score (4, 3, 3), ==, vw_element_rank_score (3, 4, 3));

  for (int s = 1; s <= 5; s++)
    for (int d = 1; d <= 5; d++)
      for (int i = 1; i < 5; i++)
        {
          g_assert_cmpfloat (vw_element_rank_score (s, d, i), <, vw_element_rank_score (s, d, i + 1));
          if (s < 5)
            g_assert_cmpfloat (vw_element_rank_score (s, d, i), <, vw_element_rank_score (s + 1, d, i));
        }
}

/* The example case: "uptime" is rated 5/4/5, "knowledge_transfer" 3/4/1. */
static void
test_score_of_element (void)
{
  g_autoptr(VwDocument) doc = load_sample ("example-case.vwb");
  VwItem *uptime = vw_document_find (doc, VW_ITEM_ELEMENT, "uptime");
  VwItem *skills = vw_document_find (doc, VW_ITEM_ELEMENT, "knowledge_transfer");

  g_assert_nonnull (uptime);
  g_assert_cmpfloat_with_epsilon (vw_value_element_get_rank_score (VW_VALUE_ELEMENT (uptime)),
                                  vw_element_rank_score (5, 4, 5), 1e-12);
  g_assert_cmpfloat_with_epsilon (vw_value_element_get_rank_score (VW_VALUE_ELEMENT (skills)),
                                  100.0 * pow (0.6, 0.3) * pow (0.8, 0.3) * pow (0.2, 0.4), 1e-9);
  g_assert_cmpint (vw_value_element_get_dimension (VW_VALUE_ELEMENT (skills)), ==, VW_DIMENSION_SOCIAL);
}

/* Selection counts and dimension coverage follow the document, and undo. */
static void
test_selection_summary (void)
{
  g_autoptr(VwDocument) doc = load_sample ("example-case.vwb");
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  GListModel *elements = vw_document_get_items (doc, VW_ITEM_ELEMENT);
  VwItem *safety = vw_document_find (doc, VW_ITEM_ELEMENT, "safety");
  VwSelectionSummary summary;

  vw_element_selection_summarize (elements, cm, NULL, &summary);
  g_assert_cmpuint (summary.n_elements, ==, g_list_model_get_n_items (elements));
  g_assert_cmpuint (summary.n_selected, ==, 4);
  g_assert_cmpuint (summary.per_dimension[VW_DIMENSION_OPERATIONAL], ==, 3);
  g_assert_cmpuint (summary.per_dimension[VW_DIMENSION_STRATEGIC], ==, 1);
  g_assert_cmpuint (summary.per_dimension[VW_DIMENSION_SOCIAL], ==, 0);
  g_assert_cmpuint (summary.n_dimensions, ==, 2);

  /* of the four selected, "uptime" and "speed" are quantified (their `value` variables) */
  {
    VwValue uptime, speed;

    g_assert_true (vw_case_model_get_value (cm, "uptime_value", "service_contract", &uptime));
    g_assert_true (vw_case_model_get_value (cm, "speed_value", "service_contract", &speed));
    g_assert_cmpint (uptime.kind, ==, VW_VALUE_SCALAR);
    g_assert_cmpuint (summary.n_quantified, ==, 2);
    g_assert_cmpuint (summary.n_errors, ==, 0);
    g_assert_cmpstr (summary.unit, ==, "EUR/year");
    g_assert_cmpfloat_with_epsilon (summary.value, uptime.scalar + speed.scalar, 1e-6);
    g_assert_cmpfloat (summary.value, >, 0);

    /* the status quo gains nothing over itself */
    vw_element_selection_summarize (elements, cm, "own_maintenance", &summary);
    g_assert_cmpfloat_with_epsilon (summary.value, 0, 1e-9);
    vw_element_selection_summarize (elements, cm, NULL, &summary);
  }

  g_assert_true (vw_document_set_bool (doc, safety, "selected", TRUE));
  vw_element_selection_summarize (elements, cm, NULL, &summary);
  g_assert_cmpuint (summary.n_selected, ==, 5);
  g_assert_cmpuint (summary.per_dimension[VW_DIMENSION_SOCIAL], ==, 1);
  g_assert_cmpuint (summary.n_dimensions, ==, 3);

  g_assert_true (vw_document_undo (doc));
  vw_element_selection_summarize (elements, cm, NULL, &summary);
  g_assert_cmpuint (summary.n_selected, ==, 4);
  g_assert_cmpuint (summary.n_dimensions, ==, 2);
}

static void
test_figure_units (void)
{
  const VwNumberLocale *en = vw_number_locale_lookup ("en");
  const VwNumberLocale *fi = vw_number_locale_lookup ("fi");
  VwValue share = { .kind = VW_VALUE_SCALAR, .scalar = 0.125 };
  double series[] = { -100, 250, 250 };
  VwValue flow = { .kind = VW_VALUE_SERIES, .len = 3, .series = series };
  VwValue error = { .kind = VW_VALUE_ERROR, .error = VW_ERROR_DIV0, .message = "revenue is 0" };
  g_autofree char *a = vw_figure_format_number (en, "EUR/year", "EUR", 1240000, VW_FORMAT_ABBREVIATED);
  g_autofree char *b = vw_figure_format (en, "share", "EUR", &share, VW_FORMAT_EXACT);
  g_autofree char *c = vw_figure_format (en, "EUR", "EUR", &flow, VW_FORMAT_EXACT);
  g_autofree char *d = vw_figure_format_number (en, "t/year", "EUR", 840, VW_FORMAT_EXACT);
  g_autofree char *e = vw_figure_format (en, "EUR", "EUR", &error, VW_FORMAT_EXACT);
  g_autofree char *f = vw_figure_format_number (fi, "EUR/year", "EUR", 1500, VW_FORMAT_EXACT);
  /* "EURO" is not the currency EUR followed by a period */
  g_autofree char *g = vw_figure_format_number (en, "EURO", "EUR", 3, VW_FORMAT_EXACT);

  g_assert_cmpstr (a, ==, "€1.24\u00a0M/year");
  g_assert_cmpstr (b, ==, "12.5%");
  g_assert_cmpstr (c, ==, "€400.00");
  g_assert_cmpstr (d, ==, "840\u00a0t/year");
  g_assert_true (g_str_has_prefix (e, "#DIV/0!"));
  g_assert_nonnull (strstr (e, "revenue is 0"));
  g_assert_cmpstr (f, ==, "1\u00a0500,00\u00a0€/year");
  g_assert_cmpstr (g, ==, "3\u00a0EURO");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ranking/score-values", test_score_values);
  g_test_add_func ("/ranking/score-zero-and-clamp", test_score_zero_and_clamp);
  g_test_add_func ("/ranking/score-order", test_score_order);
  g_test_add_func ("/ranking/score-of-element", test_score_of_element);
  g_test_add_func ("/ranking/selection-summary", test_selection_summary);
  g_test_add_func ("/ranking/figure-units", test_figure_units);

  return g_test_run ();
}
