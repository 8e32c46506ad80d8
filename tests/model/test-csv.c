/* test-csv.c: inputs to and from a spreadsheet, in the user's locale
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>

#include "vw-csv.h"
#include "vw-test-util.h"

static gboolean
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) != NULL)
    return TRUE;
  g_test_skip ("locale not generated (see build-aux/dev)");
  return FALSE;
}

static void
expect_number (const char *text,
               double      expected)
{
  double v = -1;

  g_test_message ("%s", text);
  g_assert_true (vw_number_parse_locale (text, &v));
  g_assert_cmpfloat (v, ==, expected);
}

static void
expect_refused (const char *text)
{
  double v;

  g_test_message ("%s", text);
  g_assert_false (vw_number_parse_locale (text, &v));
}

static void
test_parse_c (void)
{
  setlocale (LC_ALL, "C.UTF-8");
  expect_number ("1234.56", 1234.56);
  expect_number ("1,234.56", 1234.56);
  expect_number ("-12", -12);
  expect_number ("\xe2\x88\x92" "3.5", -3.5);
  expect_refused ("abc");
  expect_refused ("NaN");
  expect_refused ("1e999");
  expect_refused ("12 %");
}

static void
test_parse_fi (void)
{
  if (!use_locale ("fi_FI.UTF-8"))
    return;
  expect_number ("1 234,56", 1234.56);
  expect_number ("1\xe2\x80\xaf" "234,56", 1234.56);   /* U+202F, as fi_FI groups */
  expect_number ("1\xc2\xa0" "234,56", 1234.56);       /* no-break space */
  expect_number ("1234.56", 1234.56);                  /* pasted, never cut to 1234 */
  expect_number ("0,5", 0.5);
  expect_refused ("12,5 %");
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_parse_de (void)
{
  if (!use_locale ("de_DE.UTF-8"))
    return;
  expect_number ("1.234,56", 1234.56);
  expect_number ("1.234", 1234);                      /* German grouping */
  expect_number ("1.234.567", 1234567);
  expect_number ("1234.56", 1234.56);                 /* not grouped by three: a decimal point */
  expect_number ("1,5", 1.5);
  setlocale (LC_ALL, "C.UTF-8");
}

static void
round_trip_in (const char *locale,
               const char *expected_header)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  gsize len;

  if (!use_locale (locale))
    return;
  vw_document_set_input (doc, vw_document_find_variable (doc, "fuel_price"), "ours", 0.1 + 0.2);
  csv = vw_csv_export_inputs (doc, FALSE, &len);
  g_test_message ("%s", csv);
  g_assert_true (g_str_has_prefix (csv, expected_header));
  changes = vw_csv_read_inputs (doc, csv, len, &error);
  g_assert_no_error (error);
  /* exact numbers: nothing to change */
  g_assert_cmpuint (changes->len, ==, 0);
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_round_trip (void)
{
  round_trip_in ("C.UTF-8", "id,Input,Unit,Today,Our offer\r\nfuel_price,Fuel price,EUR/MWh,35.5,0.30000000000000004\r\n");
  round_trip_in ("fi_FI.UTF-8", "id;Input;Unit;Today;Our offer\r\nfuel_price;Fuel price;EUR/MWh;35,5;0,30000000000000004\r\n");
  round_trip_in ("de_DE.UTF-8", "id;Input;Unit;Today;Our offer\r\nfuel_price;Fuel price;EUR/MWh;35,5;0,30000000000000004\r\n");
}

static void
test_customer_export (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  g_autofree char *internal = NULL;
  g_autofree char *customer = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  internal = vw_csv_export_inputs (doc, FALSE, NULL);
  customer = vw_csv_export_inputs (doc, TRUE, NULL);
  g_assert_nonnull (strstr (internal, "our_cost,Our cost,,80000,80000"));
  g_assert_null (strstr (customer, "our_cost"));
  g_assert_null (strstr (customer, "80000"));
  g_assert_nonnull (strstr (customer, "price,Price,,100000,100000"));
}

/* In every sample, nothing internal reaches the customer's spreadsheet. */
static void
test_customer_export_samples (void)
{
  g_autoptr(GPtrArray) samples = vw_test_list_samples ();
  static const char * const internal[] = { "our_cost", "price_floor", "target_margin",
                                           "win_probability", "margin", NULL };

  setlocale (LC_ALL, "C.UTF-8");
  for (guint i = 0; i < samples->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (samples, i));
      g_autoptr(VwDocument) doc = vw_vwb_load_file (file, NULL, NULL, NULL);
      g_autofree char *csv = vw_csv_export_inputs (doc, TRUE, NULL);
      g_autofree char *all = vw_csv_export_inputs (doc, FALSE, NULL);

      g_assert_nonnull (strstr (all, "\r\nour_cost,"));
      for (guint k = 0; internal[k]; k++)
        {
          g_autofree char *row = g_strdup_printf ("\r\n%s,", internal[k]);

          g_assert_null (strstr (csv, row));
        }
      g_assert_nonnull (strstr (csv, "\r\nprice,"));
    }
}

static void
test_import_changes (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  const char *csv = "id;Input;Unit;Today;ours\n"
                    "\n"
                    "price;Price;EUR;;\n"
                    "fuel_price;Fuel price;EUR/MWh;\"1 234,5\";35,5\n";
  VwCsvChange *c;
  double v;

  if (!use_locale ("fi_FI.UTF-8"))
    return;
  changes = vw_csv_read_inputs (doc, csv, strlen (csv), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  c = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (c->variable, ==, "fuel_price");
  g_assert_cmpstr (c->alternative, ==, "status_quo");
  g_assert_true (c->had_value);
  g_assert_cmpfloat (c->old_value, ==, 35.5);
  g_assert_cmpfloat (c->new_value, ==, 1234.5);
  g_assert_cmpuint (c->line, ==, 4);

  g_assert_true (vw_csv_apply (doc, changes));
  g_assert_true (vw_variable_get_input (vw_document_find_variable (doc, "fuel_price"), "status_quo", &v));
  g_assert_cmpfloat (v, ==, 1234.5);
  g_assert_cmpstr (vw_document_get_undo_label (doc), ==, "Import inputs from a spreadsheet");
  g_assert_true (vw_document_undo (doc));
  g_assert_true (vw_variable_get_input (vw_document_find_variable (doc, "fuel_price"), "status_quo", &v));
  g_assert_cmpfloat (v, ==, 35.5);
  g_assert_false (vw_document_can_undo (doc));
  setlocale (LC_ALL, "C.UTF-8");
}

static void
expect_error (const char *csv,
              int         code,
              const char *message)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = vw_csv_read_inputs (doc, csv, strlen (csv), &error);

  g_assert_null (changes);
  g_assert_error (error, VW_CSV_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_import_errors (void)
{
  setlocale (LC_ALL, "C.UTF-8");
  expect_error ("name,value\nx,1\n", VW_CSV_ERROR_HEADER,
                "Line 1: the first row must be the header: id, input, unit, then one column per "
                "alternative.");
  expect_error ("id,Input,Unit,Rival\n", VW_CSV_ERROR_HEADER,
                "Line 1: the column “Rival” is not an alternative of this case.");
  expect_error ("id,Input,Unit,Today\nfuel_price,F,,1\ndiesel,D,,2\n", VW_CSV_ERROR_UNKNOWN_INPUT,
                "Line 3: there is no input “diesel” in this case.");
  expect_error ("id,Input,Unit,Today\nmargin,M,,1\n", VW_CSV_ERROR_UNKNOWN_INPUT,
                "Line 2: there is no input “margin” in this case.");
  expect_error ("id;Input;Unit;Today\nfuel_price;F;;12 EUR\n", VW_CSV_ERROR_NOT_A_NUMBER,
                "Line 2: “12 EUR” in the column “Today” is not a number.");
  expect_error ("id,Input,Unit,Today\nfuel_price,F,,\xff\n", VW_CSV_ERROR_TOO_LARGE,
                "The spreadsheet is not UTF-8 text; save it as “CSV UTF-8”.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/parse/c", test_parse_c);
  g_test_add_func ("/csv/parse/fi", test_parse_fi);
  g_test_add_func ("/csv/parse/de", test_parse_de);
  g_test_add_func ("/csv/round-trip", test_round_trip);
  g_test_add_func ("/csv/customer-export", test_customer_export);
  g_test_add_func ("/csv/customer-export-samples", test_customer_export_samples);
  g_test_add_func ("/csv/import/changes", test_import_changes);
  g_test_add_func ("/csv/import/errors", test_import_errors);

  return g_test_run ();
}
