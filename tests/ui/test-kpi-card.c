/* test-kpi-card.c: the KPI card: figures, delta, range, errors, a KPI of the example case
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vw-kpi-card.h"
#include "vw-test-utils.h"
#include "vw-vwb.h"

static const VwValueFormat euro = { VW_VALUE_CURRENCY, "EUR", NULL, -1, 0 };

static VwKpiCard *
new_card_in_window (GtkWindow **window)
{
  GtkWidget *card = vw_kpi_card_new ();

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 320, 200);
  gtk_window_set_child (*window, card);
  vw_kpi_card_set_locale (VW_KPI_CARD (card), vw_number_locale_lookup ("en"));

  return VW_KPI_CARD (card);
}

static void
test_figures (void)
{
  GtkWindow *window;
  VwKpiCard *card = new_card_in_window (&window);

  vw_kpi_card_set_title (card, "Maintenance cost");
  vw_kpi_card_set_format (card, &euro);
  vw_kpi_card_set_figures (card, 2400000, 2100000, 2000000);

  /* Cards abbreviate; the delta is signed, with a real minus sign. */
  g_assert_cmpstr (vw_kpi_card_get_value_text (card), ==, "€2.1\u00a0M");
  g_assert_cmpstr (vw_kpi_card_get_delta_text (card), ==, "−€300\u00a0k");
  g_assert_cmpstr (vw_kpi_card_get_title (card), ==, "Maintenance cost");

  /* Higher is better by default: a lower cost is worse… */
  g_assert_cmpint (vw_kpi_card_get_verdict (card), ==, -1);
  /* … until the KPI says lower is better. */
  vw_kpi_card_set_lower_is_better (card, TRUE);
  g_assert_cmpint (vw_kpi_card_get_verdict (card), ==, 1);

  /* The same value as the baseline: no chip. */
  vw_kpi_card_set_figures (card, 2400000, 2400000, NAN);
  g_assert_cmpint (vw_kpi_card_get_verdict (card), ==, 0);
  g_assert_cmpstr (vw_kpi_card_get_delta_text (card), ==, "");

  /* The locale is the card's, not the process's. */
  vw_kpi_card_set_figures (card, 2400000, 2100000, 2000000);
  vw_kpi_card_set_locale (card, vw_number_locale_lookup ("de"));
  g_assert_cmpstr (vw_kpi_card_get_value_text (card), ==, "2,1\u00a0Mio.\u00a0€");

  gtk_window_destroy (window);
}

static void
test_range_and_error (void)
{
  GtkWindow *window;
  VwKpiCard *card = new_card_in_window (&window);
  VwValueFormat share = { VW_VALUE_PERCENT, NULL, NULL, -1, 0 };

  vw_kpi_card_set_format (card, &share);
  vw_kpi_card_set_figures (card, 0.768, 0.83, 0.85);
  g_assert_cmpstr (vw_kpi_card_get_range_text (card), ==, "");

  vw_kpi_card_set_range (card, 0.81, 0.845);
  g_assert_cmpstr (vw_kpi_card_get_range_text (card), ==, "P10–P90: 81%–84.5%");

  /* A value that cannot be computed shows why, and neither a delta nor a range. */
  vw_kpi_card_set_error (card, "#DIV/0! — revenue is 0");
  g_assert_cmpstr (vw_kpi_card_get_value_text (card), ==, "#DIV/0! — revenue is 0");
  g_assert_cmpstr (vw_kpi_card_get_delta_text (card), ==, "");
  g_assert_cmpstr (vw_kpi_card_get_range_text (card), ==, "");

  /* New figures clear the error. */
  vw_kpi_card_set_figures (card, 0.768, 0.8, 0.85);
  g_assert_cmpstr (vw_kpi_card_get_value_text (card), ==, "80%");
  g_assert_cmpstr (vw_kpi_card_get_range_text (card), ==, "P10–P90: 81%–84.5%");

  vw_kpi_card_set_range (card, NAN, 0.9);
  g_assert_cmpstr (vw_kpi_card_get_range_text (card), ==, "");

  gtk_window_destroy (window);
}

static void
on_activate_cb (VwKpiCard *card,
                guint     *count)
{
  (*count)++;
}

static void
test_activate_and_render (void)
{
  GtkWindow *window;
  VwKpiCard *card = new_card_in_window (&window);
  guint activated = 0;

  vw_kpi_card_set_title (card, "EBIT of the line");
  vw_kpi_card_set_subtitle (card, "Preventive maintenance contract");
  vw_kpi_card_set_format (card, &euro);
  vw_kpi_card_set_figures (card, 3000000, 3600000, 4000000);
  vw_kpi_card_set_range (card, 3300000, 3800000);
  g_signal_connect (card, "activate", G_CALLBACK (on_activate_cb), &activated);

  vw_test_show_and_wait (window);
  /* Text, the accent bar, the green chip, ticks: many colours, not a blank card. */
  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (card), "kpi-card.png"), >, 20);

  g_assert_true (gtk_widget_activate (GTK_WIDGET (card)));
  g_assert_cmpuint (activated, ==, 1);

  gtk_window_destroy (window);
}

/* A KPI of the example case, as the case model computes it. */
static void
test_show_kpi (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) doc = vw_test_load_sample ("example-case.vwb");
  g_autoptr(VwCaseModel) cm = NULL;
  g_autoptr(VwCaseMonteCarlo) mc = NULL;
  const VwNumberLocale *en = vw_number_locale_lookup ("en");
  VwValueFormat share = { VW_VALUE_PERCENT, NULL, NULL, -1, 0 };
  g_autofree char *expected = NULL;
  g_autofree char *expected_baseline = NULL;
  const VwCaseOutputStats *stats = NULL;
  VwItem *kpi;
  GtkWindow *window;
  VwKpiCard *card = new_card_in_window (&window);
  VwValue value;

  cm = vw_case_model_new (doc);
  vw_case_model_evaluate (cm);
  kpi = vw_document_find (doc, VW_ITEM_KPI, "oee_kpi");
  g_assert_nonnull (kpi);

  /* Alternative 1 is the service contract, 0 the status quo. */
  vw_kpi_card_show_kpi (card, cm, VW_KPI (kpi), 1, 0, NULL);
  g_assert_true (vw_case_model_get_value (cm, "oee", "service_contract", &value));
  g_assert_cmpint (value.kind, ==, VW_VALUE_SCALAR);
  expected = vw_format_value (en, &share, value.scalar, VW_FORMAT_ABBREVIATED);
  g_assert_cmpstr (vw_kpi_card_get_value_text (card), ==, expected);
  g_assert_cmpstr (vw_kpi_card_get_title (card), ==, "Overall equipment effectiveness");
  /* The KPI's own baseline (76.8 %) wins over the status quo's value. */
  expected_baseline = vw_format_value (en, &share, value.scalar - 0.768,
                                       VW_FORMAT_ABBREVIATED | VW_FORMAT_DIFFERENCE);
  g_assert_cmpstr (vw_kpi_card_get_delta_text (card), ==, expected_baseline);
  /* A change of a share is in percentage points. */
  g_assert_true (g_str_has_prefix (expected_baseline, "+"));
  g_assert_true (g_str_has_suffix (expected_baseline, "\u00A0pp"));
  g_assert_cmpint (vw_kpi_card_get_verdict (card), ==, 1);

  /* After a simulation: the KPI's variable's P10–P90. */
  mc = vw_case_model_run_monte_carlo (cm, 500, 7, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < mc->n_outputs; i++)
    if (vw_case_model_get_variable (cm, mc->outputs[i].var)
        == vw_document_find_variable (doc, "oee") && mc->outputs[i].alt == 1)
      stats = &mc->outputs[i];
  g_assert_nonnull (stats);
  g_assert_cmpfloat (stats->p10, <, stats->p90);
  vw_kpi_card_show_kpi (card, cm, VW_KPI (kpi), 1, 0, stats);
  g_assert_true (g_str_has_prefix (vw_kpi_card_get_range_text (card), "P10–P90: "));

  /* Changing the input the KPI depends on changes the card. */
  vw_document_set_input (doc, vw_document_find_variable (doc, "availability"),
                         "service_contract", 0.5);
  vw_case_model_evaluate (cm);
  vw_kpi_card_show_kpi (card, cm, VW_KPI (kpi), 1, 0, NULL);
  g_assert_cmpstr (vw_kpi_card_get_value_text (card), !=, expected);
  g_assert_cmpint (vw_kpi_card_get_verdict (card), ==, -1);
  g_assert_cmpstr (vw_kpi_card_get_range_text (card), ==, "");

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  vw_test_init (&argc, &argv);

  g_test_add_func ("/kpi-card/figures", test_figures);
  g_test_add_func ("/kpi-card/range-and-error", test_range_and_error);
  g_test_add_func ("/kpi-card/activate-and-render", test_activate_and_render);
  g_test_add_func ("/kpi-card/show-kpi", test_show_kpi);

  return g_test_run ();
}
