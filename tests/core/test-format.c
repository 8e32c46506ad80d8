/* test-format.c: the one number formatter, per locale
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vw-format.h"

#define NBSP "\xc2\xa0"
#define MINUS "\xe2\x88\x92"

typedef struct
{
  const char   *language;
  double        value;
  const char   *currency;
  VwFormatFlags flags;
  const char   *expected;
} CurrencyCase;

static const CurrencyCase currency_cases[] = {
  { "en", 1234.56, "EUR", VW_FORMAT_EXACT, "€1,234.56" },
  { "fi", 1234.56, "EUR", VW_FORMAT_EXACT, "1" NBSP "234,56" NBSP "€" },
  { "de", 1234.56, "EUR", VW_FORMAT_EXACT, "1.234,56" NBSP "€" },
  { "en", -1234567.891, "EUR", VW_FORMAT_EXACT, MINUS "€1,234,567.89" },
  { "de", -1234567.891, "EUR", VW_FORMAT_EXACT, MINUS "1.234.567,89" NBSP "€" },
  { "en", 0.004, "USD", VW_FORMAT_EXACT, "$0.00" },
  { "en", -0.004, "USD", VW_FORMAT_EXACT, "$0.00" },                 /* never "−$0.00" */
  { "en", 1200, "EUR", VW_FORMAT_SIGNED, "+€1,200.00" },
  { "en", 1200, "SEK", VW_FORMAT_EXACT, "SEK" NBSP "1,200.00" },
  { "fi", 1200, "SEK", VW_FORMAT_EXACT, "1" NBSP "200,00" NBSP "SEK" },
  { "en", 1240000, "EUR", VW_FORMAT_ABBREVIATED, "€1.24" NBSP "M" },
  { "fi", 1240000, "EUR", VW_FORMAT_ABBREVIATED, "1,24" NBSP "milj." NBSP "€" },
  { "de", 1240000, "EUR", VW_FORMAT_ABBREVIATED, "1,24" NBSP "Mio." NBSP "€" },
  { "en", 999999, "EUR", VW_FORMAT_ABBREVIATED, "€1" NBSP "M" },     /* not "€1,000 k" */
  { "en", 38800, "EUR", VW_FORMAT_ABBREVIATED, "€38.8" NBSP "k" },
  { "en", 12300000000.0, "EUR", VW_FORMAT_ABBREVIATED, "€12.3" NBSP "bn" },
  { "en", 950, "EUR", VW_FORMAT_ABBREVIATED, "€950" },
  { "en", 12.5, "EUR", VW_FORMAT_ABBREVIATED, "€12.50" },
  { "en", -250000, "EUR", VW_FORMAT_ABBREVIATED | VW_FORMAT_SIGNED, MINUS "€250" NBSP "k" },
};

static void
test_currency (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (currency_cases); i++)
    {
      const CurrencyCase *c = &currency_cases[i];
      g_autofree char *text = vw_format_currency (vw_number_locale_lookup (c->language),
                                                  c->value, c->currency, -1, c->flags);

      g_test_message ("%s %g → %s", c->language, c->value, text);
      g_assert_cmpstr (text, ==, c->expected);
    }
}

static void
test_units_and_numbers (void)
{
  const VwNumberLocale *en = vw_number_locale_lookup ("en_GB.UTF-8");
  const VwNumberLocale *fi = vw_number_locale_lookup ("fi_FI.UTF-8");
  VwValueFormat mwh = { VW_VALUE_NUMBER, NULL, "MWh", -1, 0 };
  g_autofree char *a = vw_format_value (en, &mwh, 38812.5, VW_FORMAT_ABBREVIATED);
  g_autofree char *b = vw_format_value (en, &mwh, 38812.5, VW_FORMAT_EXACT);
  g_autofree char *c = vw_format_value (fi, &mwh, 38812.5, VW_FORMAT_EXACT);
  g_autofree char *d = vw_format_number (en, 1234567, 0);
  g_autofree char *e = vw_format_number (fi, 1234567, 0);

  g_assert_cmpstr (a, ==, "38.8" NBSP "k" NBSP "MWh");
  g_assert_cmpstr (b, ==, "38,812.5" NBSP "MWh");
  g_assert_cmpstr (c, ==, "38" NBSP "812,5" NBSP "MWh");
  g_assert_cmpstr (d, ==, "1,234,567");
  g_assert_cmpstr (e, ==, "1" NBSP "234" NBSP "567");
}

static void
test_forced_scale (void)
{
  /* Axis ticks share one suffix and the precision of the step: 1.025 M must not be "1.03 M". */
  const VwNumberLocale *en = vw_number_locale_lookup ("en");
  VwValueFormat f = { VW_VALUE_CURRENCY, "EUR", NULL, 3, 6 };
  g_autofree char *a = vw_format_value (en, &f, 1025000, VW_FORMAT_ABBREVIATED);

  g_assert_cmpstr (a, ==, "€1.025" NBSP "M");
}

static void
test_percent (void)
{
  g_autofree char *en = vw_format_percent (vw_number_locale_lookup ("en"), 0.125, -1);
  g_autofree char *fi = vw_format_percent (vw_number_locale_lookup ("fi"), 0.125, -1);
  g_autofree char *de = vw_format_percent (vw_number_locale_lookup ("de"), -0.4, 0);
  g_autofree char *whole = vw_format_percent (vw_number_locale_lookup ("en"), 0.4, -1);

  g_assert_cmpstr (en, ==, "12.5%");
  g_assert_cmpstr (fi, ==, "12,5" NBSP "%");
  g_assert_cmpstr (de, ==, MINUS "40" NBSP "%");
  g_assert_cmpstr (whole, ==, "40%");
}

/* A change of a share is written in percentage points, never "%", which would read as a
 * relative change; other kinds of difference are only signed. */
static void
test_differences (void)
{
  VwValueFormat share = { VW_VALUE_PERCENT, NULL, NULL, -1, 0 };
  VwValueFormat euro = { VW_VALUE_CURRENCY, "EUR", NULL, -1, 0 };
  g_autofree char *en = vw_format_value (vw_number_locale_lookup ("en"), &share, 0.85 - 0.768,
                                         VW_FORMAT_DIFFERENCE);
  g_autofree char *fi = vw_format_value (vw_number_locale_lookup ("fi"), &share, -0.02,
                                         VW_FORMAT_DIFFERENCE | VW_FORMAT_ABBREVIATED);
  g_autofree char *de = vw_format_value (vw_number_locale_lookup ("de"), &share, 0.125,
                                         VW_FORMAT_DIFFERENCE);
  g_autofree char *zero = vw_format_value (vw_number_locale_lookup ("en"), &share, 0.0,
                                           VW_FORMAT_DIFFERENCE);
  g_autofree char *relative = vw_format_value (vw_number_locale_lookup ("en"), &share, 0.38,
                                               VW_FORMAT_SIGNED);
  g_autofree char *money = vw_format_value (vw_number_locale_lookup ("en"), &euro, 1200,
                                            VW_FORMAT_DIFFERENCE);

  g_assert_cmpstr (en, ==, "+8.2" NBSP "pp");
  g_assert_cmpstr (fi, ==, MINUS "2" NBSP "%-yks.");
  g_assert_cmpstr (de, ==, "+12,5" NBSP "Pp.");
  g_assert_cmpstr (zero, ==, "0" NBSP "pp");
  g_assert_cmpstr (relative, ==, "+38%");
  g_assert_cmpstr (money, ==, "+€1,200.00");
}

static void
test_periods (void)
{
  g_autofree char *a = vw_format_period (vw_number_locale_lookup ("en"), VW_PERIOD_YEAR, 1, 5);
  g_autofree char *b = vw_format_period (vw_number_locale_lookup ("en"), VW_PERIOD_YEAR, 3, 3);
  g_autofree char *c = vw_format_period (vw_number_locale_lookup ("fi"), VW_PERIOD_YEAR, 1, 5);
  g_autofree char *d = vw_format_period (vw_number_locale_lookup ("de"), VW_PERIOD_MONTH, 1, 12);
  g_autofree char *e = vw_format_duration (vw_number_locale_lookup ("de"), VW_PERIOD_YEAR,
                                           2.4, 1);

  g_assert_cmpstr (a, ==, "years 1–5");
  g_assert_cmpstr (b, ==, "year 3");
  g_assert_cmpstr (c, ==, "vuodet 1–5");
  g_assert_cmpstr (d, ==, "Monate 1–12");
  g_assert_cmpstr (e, ==, "2,4 Jahre");
}

static void
test_errors_never_nan (void)
{
  const double bad[] = { NAN, INFINITY, -INFINITY };
  g_autofree char *div0 = vw_format_error ("#DIV/0!", "baseline cost is 0");

  g_assert_cmpstr (div0, ==, "#DIV/0! — baseline cost is 0");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *a = vw_format_currency (vw_number_locale_lookup ("en"), bad[i], "EUR", -1,
                                               VW_FORMAT_ABBREVIATED);
      g_autofree char *b = vw_format_percent (vw_number_locale_lookup ("fi"), bad[i], 1);
      g_autofree char *lower = g_ascii_strdown (a, -1);

      g_assert_cmpstr (a, ==, "#NUM!");
      g_assert_cmpstr (b, ==, "#NUM!");
      g_assert_null (strstr (lower, "nan"));
      g_assert_null (strstr (lower, "inf"));
    }
}

static void
test_locale_lookup (void)
{
  g_assert_cmpstr (vw_number_locale_lookup ("de_AT.UTF-8")->language, ==, "de");
  g_assert_cmpstr (vw_number_locale_lookup ("fi")->language, ==, "fi");
  g_assert_cmpstr (vw_number_locale_lookup ("C")->language, ==, "en");
  g_assert_cmpstr (vw_number_locale_lookup ("fil")->language, ==, "en");   /* not Finnish */
  g_assert_cmpstr (vw_number_locale_lookup (NULL)->language, ==, "en");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/currency", test_currency);
  g_test_add_func ("/format/units-and-numbers", test_units_and_numbers);
  g_test_add_func ("/format/forced-scale", test_forced_scale);
  g_test_add_func ("/format/percent", test_percent);
  g_test_add_func ("/format/differences", test_differences);
  g_test_add_func ("/format/periods", test_periods);
  g_test_add_func ("/format/errors-never-nan", test_errors_never_nan);
  g_test_add_func ("/format/locale-lookup", test_locale_lookup);

  return g_test_run ();
}
