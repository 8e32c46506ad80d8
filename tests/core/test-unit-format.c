/* test-unit-format.c: a case's unit text → how its figures are written
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vw-unit-format.h"
#include "vw-value-parse.h"

static char *
format_with_unit (const char *unit,
                  double      value)
{
  VwValueFormat format;

  vw_value_format_for_unit (unit, "EUR", &format);
  return vw_format_value (vw_number_locale_lookup ("en"), &format, value, VW_FORMAT_EXACT);
}

static void
test_units (void)
{
  struct
  {
    const char *unit;
    VwValueKind kind;
    const char *currency;
    const char *suffix;
  } cases[] = {
    { "share", VW_VALUE_PERCENT, NULL, NULL },
    { "share/year", VW_VALUE_PERCENT, NULL, NULL },
    { "EUR", VW_VALUE_CURRENCY, "EUR", NULL },
    { "EUR/year", VW_VALUE_CURRENCY, "EUR", NULL },
    { "USD/t", VW_VALUE_CURRENCY, "USD", NULL },
    { "t/year", VW_VALUE_NUMBER, NULL, "t/year" },
    { "MWh", VW_VALUE_NUMBER, NULL, "MWh" },     /* capitals, but not a currency code */
    { "TEU/year", VW_VALUE_NUMBER, NULL, "TEU/year" },
    { "EURO", VW_VALUE_NUMBER, NULL, "EURO" },
    { "SEK/year", VW_VALUE_NUMBER, NULL, "SEK/year" },   /* no symbol, not the case's */
    { "", VW_VALUE_NUMBER, NULL, NULL },
    { NULL, VW_VALUE_NUMBER, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      VwValueFormat format;

      vw_value_format_for_unit (cases[i].unit, "EUR", &format);
      g_assert_cmpint (format.kind, ==, cases[i].kind);
      g_assert_cmpstr (format.currency, ==, cases[i].currency);
      g_assert_cmpstr (format.unit, ==, cases[i].suffix);
      g_assert_cmpint (format.decimals, ==, -1);
    }
}

/* The currency code is its own string: the format outlives the unit text it came from. */
static void
test_currency_outlives_unit (void)
{
  char *unit = g_strdup ("GBP/month");
  VwValueFormat format;
  g_autofree char *text = NULL;

  vw_value_format_for_unit (unit, "EUR", &format);
  g_free (unit);
  text = vw_format_value (vw_number_locale_lookup ("en"), &format, 1200, VW_FORMAT_EXACT);
  g_assert_cmpstr (text, ==, "£1,200.00");

  /* The case's own currency, even without a symbol. */
  vw_value_format_for_unit ("SEK/year", "SEK", &format);
  g_assert_cmpint (format.kind, ==, VW_VALUE_CURRENCY);
  g_assert_cmpstr (format.currency, ==, "SEK");
}

static void
test_written (void)
{
  g_autofree char *share = format_with_unit ("share", 0.125);
  g_autofree char *money = format_with_unit ("EUR/year", 2500);
  g_autofree char *tonnes = format_with_unit ("t/year", 38800);

  g_assert_cmpstr (share, ==, "12.5%");
  g_assert_cmpstr (money, ==, "€2,500.00");
  g_assert_true (g_str_has_suffix (tonnes, "t/year"));
}

/* What the formatter writes reads back, in each locale and kind. */
static void
test_parse_round_trip (void)
{
  const char *languages[] = { "en", "fi", "de" };
  const char *units[] = { "share", "EUR/year", "t/year", "" };
  const double values[] = { 0, 1, -1, 0.125, 1234.5, -2500000, 0.768, 38800 };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint u = 0; u < G_N_ELEMENTS (units); u++)
      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        {
          const VwNumberLocale *locale = vw_number_locale_lookup (languages[l]);
          VwValueFormat format;
          g_autofree char *text = NULL;
          double back = NAN;

          vw_value_format_for_unit (units[u], "EUR", &format);
          format.decimals = 4;
          text = vw_format_value (locale, &format, values[v], VW_FORMAT_EXACT);
          g_assert_true (vw_value_parse (locale, &format, text, &back));
          g_assert_cmpfloat_with_epsilon (back, values[v], 1e-9 * MAX (1, fabs (values[v])));
        }
}

static void
test_parse_typed (void)
{
  const VwNumberLocale *en = vw_number_locale_lookup ("en");
  const VwNumberLocale *fi = vw_number_locale_lookup ("fi");
  const VwNumberLocale *de = vw_number_locale_lookup ("de");
  VwValueFormat share = { VW_VALUE_PERCENT, NULL, NULL, -1, 0 };
  VwValueFormat euro = { VW_VALUE_CURRENCY, "EUR", NULL, -1, 0 };
  double x = 42;

  g_assert_true (vw_value_parse (fi, &euro, "1 234,56", &x));
  g_assert_cmpfloat (x, ==, 1234.56);
  g_assert_true (vw_value_parse (de, &euro, "1.234,56 €", &x));
  g_assert_cmpfloat (x, ==, 1234.56);
  g_assert_true (vw_value_parse (en, &euro, "-€1,200", &x));
  g_assert_cmpfloat (x, ==, -1200);
  g_assert_true (vw_value_parse (en, &share, "92.5", &x));
  g_assert_cmpfloat (x, ==, 0.925);
  g_assert_true (vw_value_parse (fi, &share, "92,5 %", &x));
  g_assert_cmpfloat (x, ==, 0.925);
  g_assert_true (vw_value_parse (en, NULL, "7", &x));
  g_assert_cmpfloat (x, ==, 7);

  /* Not numbers: the value is left alone. */
  x = 42;
  g_assert_false (vw_value_parse (en, NULL, "", &x));
  g_assert_false (vw_value_parse (en, NULL, "abc", &x));
  g_assert_false (vw_value_parse (en, NULL, "1.2.3", &x));
  g_assert_false (vw_value_parse (en, &euro, "€", &x));
  g_assert_false (vw_value_parse (de, NULL, "1e400", &x));
  g_assert_cmpfloat (x, ==, 42);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unit-format/units", test_units);
  g_test_add_func ("/unit-format/currency-outlives-unit", test_currency_outlives_unit);
  g_test_add_func ("/unit-format/written", test_written);
  g_test_add_func ("/unit-format/parse-round-trip", test_parse_round_trip);
  g_test_add_func ("/unit-format/parse-typed", test_parse_typed);

  return g_test_run ();
}
