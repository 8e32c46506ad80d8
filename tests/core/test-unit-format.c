/* test-unit-format.c: a case's unit text → how its figures are written
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vw-unit-format.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unit-format/units", test_units);
  g_test_add_func ("/unit-format/currency-outlives-unit", test_currency_outlives_unit);
  g_test_add_func ("/unit-format/written", test_written);

  return g_test_run ();
}
