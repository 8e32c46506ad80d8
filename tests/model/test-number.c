/* test-number.c: numbers in files parse strictly and write back bit-exactly
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <math.h>
#include <string.h>

#include "vw-number.h"

static void
test_parse_accepts (void)
{
  static const struct { const char *text; double value; } cases[] = {
    { "0", 0.0 }, { "12.5", 12.5 }, { "-3", -3.0 }, { "1e6", 1e6 }, { "2.5E-3", 2.5e-3 },
    { "1.7976931348623157e308", 1.7976931348623157e308 }, { "0.1", 0.1 }, { "-0.75", -0.75 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double v = -1;

      g_assert_cmpint (vw_number_parse (cases[i].text, &v), ==, VW_NUMBER_OK);
      g_assert_cmpfloat (v, ==, cases[i].value);
    }
}

static void
test_parse_rejects (void)
{
  /* reliability.md §5: every one of these is refused, never read as something else */
  static const struct { const char *text; VwNumberStatus status; } cases[] = {
    { "12,5", VW_NUMBER_SYNTAX }, { "NaN", VW_NUMBER_SYNTAX }, { "nan", VW_NUMBER_SYNTAX },
    { "inf", VW_NUMBER_SYNTAX }, { "-Infinity", VW_NUMBER_SYNTAX }, { "0x1p3", VW_NUMBER_SYNTAX },
    { " 12", VW_NUMBER_SYNTAX }, { "12 ", VW_NUMBER_SYNTAX }, { "", VW_NUMBER_SYNTAX },
    { "1.", VW_NUMBER_SYNTAX }, { ".5", VW_NUMBER_SYNTAX }, { "+1", VW_NUMBER_SYNTAX },
    { "007", VW_NUMBER_SYNTAX }, { "1e", VW_NUMBER_SYNTAX }, { "1 234", VW_NUMBER_SYNTAX },
    { "7,5 %", VW_NUMBER_SYNTAX }, { "1e999", VW_NUMBER_TOO_LARGE },
    { "1e309", VW_NUMBER_TOO_LARGE }, { "-1e309", VW_NUMBER_TOO_LARGE },
    { "1e-400", VW_NUMBER_TOO_SMALL }, { "1e99999999", VW_NUMBER_TOO_LARGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double v = 42.0;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (vw_number_parse (cases[i].text, &v), ==, cases[i].status);
      g_assert_cmpfloat (v, ==, 42.0);
    }
}

static void
test_format_readable (void)
{
  static const struct { double value; const char *text; } cases[] = {
    { 0.1, "0.1" }, { 12.5, "12.5" }, { 100, "100" }, { 1500000, "1500000" }, { -0.0, "-0" },
    { 0.0, "0" }, { 1e21, "1e21" }, { 1.5e25, "1.5e25" }, { 1e-7, "1e-7" }, { 0.000001, "0.000001" },
    { 1.0 / 3.0, "0.3333333333333333" }, { 0.1 + 0.2, "0.30000000000000004" },
    { 5e-324, "5e-324" }, { 1.7976931348623157e308, "1.7976931348623157e308" },
    { -273.15, "-273.15" }, { 1e20, "100000000000000000000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = vw_number_format (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_round_trip_random (void)
{
  GRand *rand = g_rand_new_with_seed (20261123);

  for (guint i = 0; i < 200000; i++)
    {
      guint64 bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
      double v, back = 0;
      char buf[VW_NUMBER_BUF_SIZE];

      memcpy (&v, &bits, sizeof v);
      if (!isfinite (v))
        continue;
      /* also plain-looking numbers, where the fixed notation is used */
      if (i % 2)
        v = round (g_rand_double_range (rand, -1e9, 1e9)) / 100.0;

      vw_number_format_buf (v, buf, sizeof buf);
      g_assert_cmpint (vw_number_parse (buf, &back), ==, VW_NUMBER_OK);
      g_assert_true (memcmp (&v, &back, sizeof v) == 0);
    }

  g_rand_free (rand);
}

/* Under fi_FI and de_DE the C library writes "12,5": files must not care. */
static void
test_locales (void)
{
  static const char * const locales[] = { "fi_FI.UTF-8", "de_DE.UTF-8" };
  guint tested = 0;

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autofree char *text = NULL;
      double v = 0;

      if (setlocale (LC_ALL, locales[i]) == NULL)
        continue;
      tested++;
      text = vw_number_format (1234.56);
      g_assert_cmpstr (text, ==, "1234.56");
      g_assert_cmpint (vw_number_parse ("1234.56", &v), ==, VW_NUMBER_OK);
      g_assert_cmpfloat (v, ==, 1234.56);
      g_assert_cmpint (vw_number_parse ("1234,56", &v), ==, VW_NUMBER_SYNTAX);
    }
  setlocale (LC_ALL, "C.UTF-8");

  if (tested == 0)
    g_test_skip ("fi_FI.UTF-8 and de_DE.UTF-8 are not generated (see build-aux/dev)");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/number/parse/accepts", test_parse_accepts);
  g_test_add_func ("/number/parse/rejects", test_parse_rejects);
  g_test_add_func ("/number/format/readable", test_format_readable);
  g_test_add_func ("/number/round-trip/random", test_round_trip_random);
  g_test_add_func ("/number/locales", test_locales);

  return g_test_run ();
}
