/* vw-chart-samples.c: fixed sample data for every chart kind
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference images, the gallery, the benchmark and the widget tests all draw these, so
 * the figures never change without the references changing too. They are fixtures, not user
 * interface, hence not translatable.
 */

#define G_LOG_DOMAIN "vw-chart-samples"

#include <math.h>

#include "vw-chart-samples.h"

#define N_SAMPLES 4000

static const char *
pick (VwChartSampleFlags  flags,
      const char         *short_label,
      const char         *long_label)
{
  return (flags & VW_CHART_SAMPLE_LONG_LABELS) ? long_label : short_label;
}

static void
add_steps (VwChartData        *data,
           VwChartSampleFlags  flags)
{
  static const struct { const char *label, *long_label; double value; guint total; int role; }
  steps[] = {
    { "Status quo margin", "Käyttökate nykytilanteessa ilman uutta ratkaisua", 2400000, 1,
      VW_CHART_ROLE_STATUS_QUO },
    { "Less downtime", "Suunnittelemattomien seisokkien vähentäminen puristinosalla", 420000 },
    { "Energy savings", "Energiansäästö taajuusmuuttajaohjatuilla käytöillä", 180000 },
    { "Higher throughput", "Suurempi läpäisykyky ja lyhyemmät lajinvaihdot", 310000 },
    { "Fewer spare parts", "Varaosavaraston pieneneminen ja pidemmät huoltovälit", 60000 },
    { "Higher price", "Korkeampi hankintahinta verrattuna nykyiseen toimittajaan", -250000 },
    { "Training effort", "Henkilöstön koulutus ja käyttöönoton työmäärä", -40000 },
    { "With our offer", "Käyttökate tarjoamamme ratkaisun kanssa", 3080000, 1,
      VW_CHART_ROLE_OFFER },
  };
  double values[G_N_ELEMENTS (steps)];

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      guint c = vw_chart_data_add_category (data, pick (flags, steps[i].label,
                                                        steps[i].long_label),
                                            steps[i].total ? VW_CATEGORY_TOTAL : 0,
                                            steps[i].role);
      if (i == 1)
        vw_chart_data_set_category_formula (data, c, "downtime_hours × lost_margin_per_hour");
      values[i] = steps[i].value;
    }
  vw_chart_data_add_series (data, "Value", VW_CHART_ROLE_NEUTRAL, VW_SERIES_BARS, values,
                            G_N_ELEMENTS (values));
}

static void
add_evc (VwChartData        *data,
         VwChartSampleFlags  flags)
{
  static const struct { const char *label, *long_label; double value; guint total; int role; }
  steps[] = {
    { "Reference price", "Referenzpreis der nächstbesten Alternative", 1000000, 1,
      VW_CHART_ROLE_COMPETITOR },
    { "Longer service life", "Längere Lebensdauer der Walzenbezüge", 350000 },
    { "Lower energy use", "Geringerer Energieverbrauch der Antriebe", 220000 },
    { "Less downtime", "Weniger ungeplante Stillstände in der Pressenpartie", 400000 },
    { "Switching cost", "Umstellungskosten und Requalifizierung", -120000 },
    { "Training", "Schulungsaufwand für das Bedienpersonal", -50000 },
    { "EVC", "Wirtschaftlicher Wert für den Kunden (EVC)", 1800000, 1, VW_CHART_ROLE_OFFER },
  };
  double values[G_N_ELEMENTS (steps)];

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      vw_chart_data_add_category (data, pick (flags, steps[i].label, steps[i].long_label),
                                  steps[i].total ? VW_CATEGORY_TOTAL : 0, steps[i].role);
      values[i] = steps[i].value;
    }
  vw_chart_data_add_series (data, "Value", VW_CHART_ROLE_NEUTRAL, VW_SERIES_BARS, values,
                            G_N_ELEMENTS (values));
  vw_chart_data_add_marker (data, VW_MARKER_PRICE, "Price", 1350000, FALSE);
}

static void
add_tco (VwChartData        *data,
         VwChartSampleFlags  flags)
{
  static const double price[] = { 0, 480000, 390000 };
  static const double maintenance[] = { 900000, 500000, 700000 };
  static const double energy[] = { 1200000, 900000, 1050000 };
  static const double downtime[] = { 1100000, 400000, 800000 };
  static const double logistics[] = { 150000, 90000, 160000 };

  vw_chart_data_add_category (data, pick (flags, "Status quo", "Nykyinen ratkaisu (ei muutosta)"),
                              0, VW_CHART_ROLE_STATUS_QUO);
  vw_chart_data_add_category (data, pick (flags, "Our offer", "Tarjouksemme elinkaaripalveluineen"),
                              0, VW_CHART_ROLE_OFFER);
  vw_chart_data_add_category (data, pick (flags, "Competitor A", "Kilpailijan A perustarjous"),
                              0, VW_CHART_ROLE_COMPETITOR);
  vw_chart_data_add_series (data, "Price", VW_CHART_ROLE_PRICE, VW_SERIES_BARS, price, 3);
  vw_chart_data_add_series (data, pick (flags, "Maintenance", "Kunnossapito ja varaosat"),
                            VW_CHART_ROLE_PALETTE + 0, VW_SERIES_BARS, maintenance, 3);
  vw_chart_data_add_series (data, pick (flags, "Energy", "Energia koko elinkaaren ajalta"),
                            VW_CHART_ROLE_PALETTE + 1, VW_SERIES_BARS, energy, 3);
  vw_chart_data_add_series (data, pick (flags, "Downtime", "Seisokkien menetetty kate"),
                            VW_CHART_ROLE_PALETTE + 2, VW_SERIES_BARS, downtime, 3);
  vw_chart_data_add_series (data, pick (flags, "Logistics", "Logistiikka ja varastointi"),
                            VW_CHART_ROLE_PALETTE + 3, VW_SERIES_BARS, logistics, 3);
}

static void
add_cash_flow (VwChartData        *data,
               VwChartSampleFlags  flags)
{
  static const double flows[] = { -800000, 250000, 300000, 320000, 340000, 340000, 350000,
                                  350000 };
  double cumulative[G_N_ELEMENTS (flows)], discounted[G_N_ELEMENTS (flows)];
  double sum = 0, dsum = 0;

  for (guint i = 0; i < G_N_ELEMENTS (flows); i++)
    {
      g_autofree char *label = g_strdup_printf ((flags & VW_CHART_SAMPLE_LONG_LABELS)
                                                  ? "Vuosi %u (ennuste)" : "Year %u", i);

      vw_chart_data_add_category (data, label, 0, VW_CHART_ROLE_NEUTRAL);
      sum += flows[i];
      dsum += flows[i] / pow (1.08, i);
      cumulative[i] = sum;
      discounted[i] = dsum;
    }
  vw_chart_data_add_series (data, "Cash flow per year", VW_CHART_ROLE_NEUTRAL, VW_SERIES_BARS,
                            flows, G_N_ELEMENTS (flows));
  vw_chart_data_add_series (data, "Cumulative", VW_CHART_ROLE_OFFER, VW_SERIES_LINE,
                            cumulative, G_N_ELEMENTS (flows));
  vw_chart_data_add_series (data, "Cumulative, discounted at 8 %", VW_CHART_ROLE_TOTAL,
                            VW_SERIES_DASHED, discounted, G_N_ELEMENTS (flows));
  data->period_unit = VW_PERIOD_YEAR;
}

static void
add_tornado (VwChartData        *data,
             VwChartSampleFlags  flags)
{
  /* "Energy price" and "Throughput gain" swing exactly the same: they keep input order. */
  static const struct { const char *label, *long_label; double low, high; } rows[] = {
    { "Energy price", "Sähkön hinta koko elinkaaren ajalta", 1050000, 1350000 },
    { "Discount rate", "Diskonttokorko (pääoman kustannus)", 1420000, 1010000 },
    { "Downtime hours per year", "Suunnittelemattomien seisokkituntien määrä vuodessa",
      800000, 1650000 },
    { "Throughput gain", "Läpäisykyvyn kasvu lajinvaihtojen ansiosta", 1080000, 1380000 },
    { "Maintenance cost", "Kunnossapitokustannukset", 1290000, 1110000 },
    { "Service life", "Telapäällysteiden käyttöikä", 1150000, 1240000 },
  };
  double low[G_N_ELEMENTS (rows)], high[G_N_ELEMENTS (rows)];

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      vw_chart_data_add_category (data, pick (flags, rows[i].label, rows[i].long_label), 0,
                                  VW_CHART_ROLE_NEUTRAL);
      low[i] = rows[i].low;
      high[i] = rows[i].high;
    }
  vw_chart_data_add_series (data, "Low", VW_CHART_ROLE_NEUTRAL, VW_SERIES_BARS, low,
                            G_N_ELEMENTS (rows));
  vw_chart_data_add_series (data, "High", VW_CHART_ROLE_NEUTRAL, VW_SERIES_BARS, high,
                            G_N_ELEMENTS (rows));
  data->base_value = 1200000;
}

static void
add_samples (VwChartData *data)
{
  /* Triangular(0.4 M, 1.1 M, 2.2 M) by inverse CDF from a seeded Mersenne Twister. */
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autofree double *values = g_new (double, N_SAMPLES);
  const double a = 400000, c = 1100000, b = 2200000;

  for (guint i = 0; i < N_SAMPLES; i++)
    {
      double u = g_rand_double (rand);

      values[i] = u <= (c - a) / (b - a) ? a + sqrt (u * (b - a) * (c - a))
                                         : b - sqrt ((1 - u) * (b - a) * (b - c));
    }
  vw_chart_data_add_series (data, "NPV", VW_CHART_ROLE_OFFER, VW_SERIES_BARS, values,
                            N_SAMPLES);
  vw_chart_data_set_axis_titles (data, "Net present value over 8 years", NULL);
}

static void
add_kpis (VwChartData        *data,
          VwChartSampleFlags  flags)
{
  static const double baseline[] = { 120, 0.72, 410, 38.2 };
  static const double offer[] = { 45, 0.81, 362, 33.9 };
  static const double target[] = { 60, 0.80, 380, NAN };
  guint i;

  i = vw_chart_data_add_category (data, pick (flags, "Unplanned downtime",
                                              "Suunnittelemattomat seisokit vuodessa"),
                                  VW_CATEGORY_LOWER_IS_BETTER, VW_CHART_ROLE_NEUTRAL);
  vw_chart_data_set_category_format (data, i, VW_VALUE_NUMBER, "h/year", 0);
  vw_chart_data_set_category_formula (data, i, "baseline_downtime × (1 − downtime_reduction)");
  i = vw_chart_data_add_category (data, pick (flags, "OEE",
                                              "Kokonaistehokkuus (OEE) tuotantolinjalla"),
                                  0, VW_CHART_ROLE_NEUTRAL);
  vw_chart_data_set_category_format (data, i, VW_VALUE_PERCENT, NULL, 1);
  i = vw_chart_data_add_category (data, pick (flags, "Energy per tonne",
                                              "Ominaisenergiankulutus tuotettua tonnia kohden"),
                                  VW_CATEGORY_LOWER_IS_BETTER, VW_CHART_ROLE_NEUTRAL);
  vw_chart_data_set_category_format (data, i, VW_VALUE_NUMBER, "kWh/t", 0);
  i = vw_chart_data_add_category (data, pick (flags, "Cost per tonne",
                                              "Kokonaiskustannus tuotettua tonnia kohden"),
                                  VW_CATEGORY_LOWER_IS_BETTER, VW_CHART_ROLE_NEUTRAL);
  vw_chart_data_set_category_format (data, i, VW_VALUE_CURRENCY, "EUR", 2);

  vw_chart_data_add_series (data, "Baseline", VW_CHART_ROLE_STATUS_QUO, VW_SERIES_BARS,
                            baseline, 4);
  vw_chart_data_add_series (data, "With our offer", VW_CHART_ROLE_OFFER, VW_SERIES_BARS,
                            offer, 4);
  vw_chart_data_add_series (data, "Target", VW_CHART_ROLE_TOTAL, VW_SERIES_BARS, target, 4);
}

static void
add_stakeholders (VwChartData        *data,
                  VwChartSampleFlags  flags)
{
  static const char *roles[] = { "Economic buyer", "Technical buyer", "User", "Procurement",
                                 "Influencer", "Gatekeeper" };
  static const struct { const char *name, *long_name; double attitude, influence; int role; }
  people[] = {
    { "Anna Korhonen", "Anna Korhonen, talousjohtaja", 0.35, 0.9, 0 },
    { "Mikko Lahti", "Mikko Lahti, tuotantopäällikkö", 0.7, 0.6, 2 },
    { "Jens Weber", "Jens Weber, Einkaufsleiter", -0.55, 0.72, 3 },
    { "Laura Nieminen", "Laura Nieminen, kunnossapitopäällikkö", 0.8, 0.45, 1 },
    { "Peter Schmidt", "Peter Schmidt, Werksleiter", -0.2, 0.84, 4 },
    { "Sari Mäkinen", "Sari Mäkinen, johdon assistentti", -0.6, 0.22, 5 },
    { "Olli Virtanen", "Olli Virtanen, vuoromestari", 0.45, 0.2, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    vw_chart_data_add_group (data, roles[i]);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      guint p = vw_chart_data_add_point (data, pick (flags, people[i].name, people[i].long_name),
                                         people[i].attitude, people[i].influence, 1,
                                         people[i].role);
      if (i == 0)
        g_array_index (data->points, VwChartPoint, p).detail =
          g_strdup ("Cares about: cost per tonne, ROCE");
    }
  vw_chart_data_add_link (data, 1, 0);
  vw_chart_data_add_link (data, 3, 1);
  data->x_min = -1;
  data->x_max = 1;
  data->y_min = 0;
  data->y_max = 1;
}

static void
add_bubbles (VwChartData        *data,
             VwChartSampleFlags  flags)
{
  static const char *dimensions[] = { "Operational", "Strategic", "Social", "Symbolic" };
  static const struct { const char *name, *long_name; double s, d, impact; int dim; gboolean sel; }
  elements[] = {
    { "Unplanned downtime", "Suunnittelemattomat seisokit puristinosalla", 8.5, 7.5, 1400000, 0,
      TRUE },
    { "Energy cost", "Energiakustannukset koko elinkaaren ajalta", 7.0, 4.0, 900000, 0, TRUE },
    { "Grade changes", "Lajinvaihtojen kesto ja hylkytuotanto", 5.5, 8.0, 650000, 0, TRUE },
    { "Spare parts", "Varaosavarasto", 4.0, 3.0, 200000, 0, FALSE },
    { "Capacity growth", "Kapasiteetin kasvumahdollisuus", 6.0, 6.5, 1100000, 1, FALSE },
    { "Operator safety", "Käyttäjien työturvallisuus", 7.5, 5.0, 300000, 2, FALSE },
    { "Sustainability report", "Vastuullisuusraportoinnin tunnusluvut", 3.5, 6.0, 150000, 3,
      FALSE },
    { "Quality complaints", "Laatureklamaatiot asiakkailta", 6.5, 2.5, 400000, 0, FALSE },
    { "Training", "Henkilöstön koulutus", 2.5, 2.0, 80000, 2, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dimensions); i++)
    vw_chart_data_add_group (data, dimensions[i]);
  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    {
      guint p = vw_chart_data_add_point (data, pick (flags, elements[i].name,
                                                     elements[i].long_name),
                                         elements[i].s, elements[i].d, elements[i].impact,
                                         elements[i].dim);
      g_array_index (data->points, VwChartPoint, p).selected = elements[i].sel;
    }
  data->x_min = 0;
  data->x_max = 10;
  data->y_min = 0;
  data->y_max = 10;
}

static void
add_verification (VwChartData        *data,
                  VwChartSampleFlags  flags)
{
  static const double promised[] = { 80000, 100000, 120000, 120000, 140000, 140000, 150000,
                                     150000 };
  static const double realized[] = { 72000, 104000, 110000, 131000, 126000, NAN, NAN, NAN };

  for (guint i = 0; i < G_N_ELEMENTS (promised); i++)
    {
      g_autofree char *label = g_strdup_printf ((flags & VW_CHART_SAMPLE_LONG_LABELS)
                                                  ? "Vuosineljännes %u/%u" : "Q%u %u",
                                                i % 4 + 1, 2025 + i / 4);
      vw_chart_data_add_category (data, label, 0, VW_CHART_ROLE_NEUTRAL);
    }
  vw_chart_data_add_series (data, "Promised", VW_CHART_ROLE_OFFER, VW_SERIES_BARS, promised,
                            G_N_ELEMENTS (promised));
  vw_chart_data_add_series (data, "Realized", VW_CHART_ROLE_OFFER, VW_SERIES_BARS, realized,
                            G_N_ELEMENTS (realized));
}

static void
add_corridor (VwChartData *data)
{
  vw_chart_data_add_marker (data, VW_MARKER_COST, NULL, 700000, TRUE);
  vw_chart_data_add_marker (data, VW_MARKER_FLOOR, NULL, 880000, TRUE);
  vw_chart_data_add_marker (data, VW_MARKER_REFERENCE, NULL, 1000000, FALSE);
  vw_chart_data_add_marker (data, VW_MARKER_PRICE, NULL, 1350000, FALSE);
  vw_chart_data_add_marker (data, VW_MARKER_EVC, NULL, 1800000, FALSE);
}

static const char *titles[VW_CHART_N_KINDS] = {
  "Value waterfall", "EVC waterfall", "Total cost of ownership over 10 years",
  "Cumulative cash flow", "What moves the NPV", "Range of outcomes (NPV)",
  "Range of outcomes (NPV), cumulative", "KPIs: baseline, with our offer, target",
  "Buying center", "Value elements", "Promised vs realized value", "Price corridor and value split",
};

/**
 * vw_chart_sample_new:
 * @language: the number locale, "en", "fi" or "de"
 *
 * Returns: (transfer full): fixed data for @kind
 */
VwChartData *
vw_chart_sample_new (VwChartKind         kind,
                     const char         *language,
                     VwChartSampleFlags  flags)
{
  VwChartData *data;

  g_return_val_if_fail (kind < VW_CHART_N_KINDS, NULL);

  data = vw_chart_data_new (kind);
  vw_chart_data_set_format (data, vw_number_locale_lookup (language), VW_VALUE_CURRENCY, "EUR",
                            -1);
  data->internal = (flags & VW_CHART_SAMPLE_INTERNAL) != 0;
  if (!(flags & VW_CHART_SAMPLE_NO_TITLE))
    vw_chart_data_set_title (data, titles[kind], NULL);

  switch (kind)
    {
    case VW_CHART_VALUE_WATERFALL:  add_steps (data, flags); break;
    case VW_CHART_EVC_WATERFALL:    add_evc (data, flags); break;
    case VW_CHART_TCO:              add_tco (data, flags); break;
    case VW_CHART_CASH_FLOW:        add_cash_flow (data, flags); break;
    case VW_CHART_TORNADO:          add_tornado (data, flags); break;
    case VW_CHART_HISTOGRAM:
    case VW_CHART_S_CURVE:          add_samples (data); break;
    case VW_CHART_KPI_BULLET:       add_kpis (data, flags); break;
    case VW_CHART_STAKEHOLDER_MAP:  add_stakeholders (data, flags); break;
    case VW_CHART_VALUE_BUBBLES:    add_bubbles (data, flags); break;
    case VW_CHART_VERIFICATION:     add_verification (data, flags); break;
    case VW_CHART_PRICE_CORRIDOR:   add_corridor (data); break;
    case VW_CHART_N_KINDS:
    default:
      g_assert_not_reached ();
    }

  return data;
}
