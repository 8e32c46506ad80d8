/* test-formula.c: the formula language — syntax, series, broadcasting, IF, errors
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "vw-finance.h"
#include "vw-formula.h"
#include "vw-test-util.h"

static void
assert_text (const char *expr,
             guint       horizon,
             const char *expected)
{
  g_autofree char *text = NULL;

  test_eval (expr, horizon, &text);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_syntax (void)
{
  g_autoptr(GError) error = NULL;

  assert_text ("1 + 2 * 3", 3, "7");
  assert_text ("(1 + 2) * 3", 3, "9");
  assert_text ("2 ^ 3 ^ 2", 3, "512");          /* right-associative */
  assert_text ("-2 ^ 2", 3, "-4");              /* unary minus binds looser than ^ */
  assert_text ("2 ^ -1", 3, "0.5");
  assert_text ("8%", 3, "0.080000000000000002");
  assert_text (".5 + 1.5e2", 3, "150.5");
  assert_text ("1 < 2", 3, "1");
  assert_text ("1 <> 1", 3, "0");
  assert_text ("2 >= 2", 3, "1");
  assert_text ("1 + 1 = 2", 3, "1");
  assert_text ("NPV(0.1; [1; 2])", 3, "2.8181818181818183");   /* ";" as in Calc */
  assert_text ("sum(1, 2)", 3, "3");            /* function names ignore case */
  assert_text ("TRUE + FALSE", 3, "1");
  assert_text ("PERIODS()", 7, "7");

  g_assert_false (vw_formula_check ("1 +", &error));
  g_assert_error (error, VW_FORMULA_ERROR, VW_FORMULA_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "Column 4: the formula ends too early");
  g_clear_error (&error);
  g_assert_false (vw_formula_check ("(1 + 2", &error));
  g_clear_error (&error);
  g_assert_false (vw_formula_check ("1,5", &error));   /* the decimal separator is a dot */
  g_assert_cmpstr (error->message, ==, "Column 2: unexpected “,” after the end of the formula");
  g_clear_error (&error);
  g_assert_false (vw_formula_check ("a.b + 1", &error));
  g_clear_error (&error);
  g_assert_false (vw_formula_check ("1e999", &error));
  g_clear_error (&error);
  g_assert_true (vw_formula_check ("NORM.S.INV(0.9) + x@offer", NULL));
  /* Regressions found with hostile input under ASan */
  g_assert_false (vw_formula_check ("[] + 1", &error));
  g_assert_cmpstr (error->message, ==, "Column 3: an array needs at least one value");
  g_clear_error (&error);
  {
    g_autoptr(GString) deep = g_string_new (NULL);
    g_autofree char *text = NULL;
    for (int i = 0; i < 65; i++)
      g_string_append_printf (deep, "IF(T > %d, ", i);
    g_string_append (deep, "1");
    for (int i = 0; i < 65; i++)
      g_string_append (deep, ", 0)");
    test_eval (deep->str, 100, &text);
    g_assert_cmpstr (text, ==, "#VALUE!: the formula cannot be read: More than 64 IFs inside each other");
  }
  /* Found by the fuzzer: a non-ASCII character is quoted whole, columns count characters */
  g_assert_false (vw_formula_check ("“a” + é", &error));
  g_assert_cmpstr (error->message, ==, "Column 1: unexpected ““”");
  g_clear_error (&error);
  g_assert_false (vw_formula_check ("1 + 2 €", &error));
  g_assert_cmpstr (error->message, ==, "Column 7: unexpected “€” after the end of the formula");
  g_clear_error (&error);
  g_assert_false (vw_formula_check ("ä + (1", &error));
  g_assert_cmpstr (error->message, ==, "Column 1: unexpected “ä”");
  g_clear_error (&error);
  assert_text ("ROUND(1, -400)", 3, "0");
  assert_text ("ROUND(1.5, 1e10)", 3, "1.5");
}

static void
test_series (void)
{
  assert_text ("T", 3, "[0, 1, 2, 3]");
  assert_text ("100 + 10 * T", 3, "[100, 110, 120, 130]");   /* scalars broadcast */
  assert_text ("T * T", 3, "[0, 1, 4, 9]");
  assert_text ("SUM(T)", 3, "6");
  assert_text ("CUMSUM(T)", 3, "[0, 1, 3, 6]");
  assert_text ("CUMSUM(5)", 3, "[5, 10, 15, 20]");
  assert_text ("SHIFT(T + 1, 1)", 3, "[0, 1, 2, 3]");
  assert_text ("SHIFT(T, -1)", 3, "[1, 2, 3, 0]");
  assert_text ("SHIFT(T, 2, 9)", 3, "[9, 9, 0, 1]");
  assert_text ("AT(T * 10, 2)", 3, "20");
  assert_text ("FIRST([4, 5, 6]) + LAST([4, 5, 6])", 3, "10");
  assert_text ("GROWTH(100, 0.5)", 3, "[0, 100, 150, 225]");
  assert_text ("RAMP(0, 2)", 3, "[0, 0.5, 1, 1]");
  assert_text ("RAMP(1, 1)", 3, "[0, 1, 1, 1]");
  assert_text ("MAX(T) + MIN(T)", 3, "3");
  assert_text ("PMAX(T, 2)", 3, "[2, 2, 2, 3]");
  assert_text ("PMIN(T, 2)", 3, "[0, 1, 2, 2]");
  assert_text ("AVERAGE([1, 2, 3, 6])", 3, "3");
  assert_text ("COUNT(T, 7)", 3, "5");
  assert_text ("PRODUCT([1, 2, 3, 4])", 3, "24");
  assert_text ("AND(T >= 1, T <= 2)", 3, "[0, 1, 1, 0]");
  assert_text ("OR(T = 0, T = 3)", 3, "[1, 0, 0, 1]");
  assert_text ("NOT(T)", 3, "[1, 0, 0, 0]");
  assert_text ("[1, 2] * 2", 3, "[2, 4]");
  assert_text ("[1 + 1, T > 1]", 3, "#VALUE!: the elements of [1 + 1, T > 1] must be single numbers, not series");
  /* NPV over a series: c_0 at t = 0 undiscounted (value-math §1) */
  assert_rel (test_eval_number ("NPV(0.1, 100 * (T > 0) - 250 * (T = 0))"),
              -250 + 100 * (1 - pow (1.1, -10)) / 0.1);
}

static void
test_functions (void)
{
  assert_text ("ABS(-3) + SQRT(16) + EXP(0) + LN(1) + LOG10(1000) + POWER(2, 10)", 3, "1035");
  assert_text ("ROUND(2.675, 2)", 3, "2.6800000000000002");   /* not 2.67: binary noise */
  assert_text ("ROUND(-2.5)", 3, "-3");
  assert_text ("ROUNDUP(3.2)", 3, "4");
  assert_text ("ROUNDUP(-3.2)", 3, "-4");
  assert_text ("ROUNDDOWN(3.99, 1)", 3, "3.8999999999999999");
  assert_text ("ROUND(1234.5, -2)", 3, "1200");
  assert_text ("FLOOR(7.5, 2)", 3, "6");
  assert_text ("FLOOR(-7.5, 2)", 3, "-8");
  assert_text ("FLOOR(-7.5, 2, 1)", 3, "-6");
  assert_text ("CEILING(7.5, 2)", 3, "8");
  assert_text ("CEILING(0.3 * 3, 0.1)", 3, "0.90000000000000002");
  assert_text ("NORM.DIST(0, 0, 1, TRUE)", 3, "0.5");
  assert_abs (test_eval_number ("NORM.S.INV(0.9)"), 1.2815515655446004, 1e-12);
  assert_abs (test_eval_number ("NORM.INV(0.975, 10, 2)"), 10 + 2 * 1.959963984540054, 1e-11);
  assert_abs (test_eval_number ("NORM.DIST(NORM.S.INV(0.025), 0, 1, 1)"), 0.025, 1e-15);
  assert_abs (test_eval_number ("NORM.DIST(1, 0, 1, 0)"), 0.24197072451914337, 1e-15);
  assert_rel (test_eval_number ("LOGNORM.INV(0.5, 2, 0.3)"), exp (2));
  /* BETA.INV against its own CDF; Beta(1,1) is uniform; the PERT scaling of §11 */
  assert_abs (test_eval_number ("BETA.INV(0.3, 1, 1)"), 0.3, 1e-12);
  assert_abs (test_eval_number ("BETA.INV(0.5, 2, 2, 10, 20)"), 15, 1e-10);
  assert_abs (test_eval_number ("BETA.INV(0.25, 2, 1)"), 0.5, 1e-12);   /* F(x) = x² */
  assert_abs (test_eval_number ("EFFECT(0.12, 12)"), pow (1.01, 12) - 1, 1e-15);
  assert_abs (test_eval_number ("NOMINAL(EFFECT(0.12, 12), 12)"), 0.12, 1e-15);
  assert_rel (test_eval_number ("PV(0.05, 10, -100)"), 100 * (1 - pow (1.05, -10)) / 0.05);
  assert_rel (test_eval_number ("RATE(10, -100, 772.1734929184818)"), 0.05);
  assert_rel (test_eval_number ("PI()"), G_PI);
  assert_text ("DATE(2008, 13, 1) - DATE(2009, 1, 1)", 3, "0");
  assert_text ("DATE(1900, 3, 1)", 3, "61");
}

/* Closed forms against loops written in the formula language (value-math §0.3). */
static void
test_closed_forms_vs_loops (void)
{
  const double rates[] = { -0.5, -0.01, 0.0, 1e-9, 0.05, 0.3, 2.0 };

  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    {
      g_autofree char *pvaf = g_strdup_printf ("PVAF(%.17g, 20)", rates[i]);
      g_autofree char *loop = g_strdup_printf ("SUM((T > 0) / (1 + %.17g)^T)", rates[i]);
      g_autofree char *crf = g_strdup_printf ("CRF(%.17g, 20)", rates[i]);
      g_autofree char *pmt = g_strdup_printf ("-PMT(%.17g, 20, 1)", rates[i]);
      g_autofree char *fv = g_strdup_printf ("FV(%.17g, 20, -10, -100)", rates[i]);
      g_autofree char *fv_loop = g_strdup_printf ("100 * (1 + %.17g)^20 + SUM(10 * (T > 0) * (1 + %.17g)^(20 - T))",
                                                  rates[i], rates[i]);
      VwValue v = test_eval (loop, 20, NULL);

      assert_rel (test_eval_number (pvaf), v.scalar);
      v = test_eval (fv_loop, 20, NULL);
      assert_rel (test_eval_number (fv), v.scalar);
      assert_rel (test_eval_number (crf), test_eval_number (pmt));
      assert_rel (test_eval_number (crf) * test_eval_number (pvaf), 1.0);
    }
  /* IPMT + PPMT = PMT in every period, and the principal parts repay the loan */
  for (int p = 1; p <= 10; p++)
    {
      g_autofree char *sum = g_strdup_printf ("IPMT(0.08/12, %d, 10, 10000) + PPMT(0.08/12, %d, 10, 10000)", p, p);
      assert_rel (test_eval_number (sum), test_eval_number ("PMT(0.08/12, 10, 10000)"));
    }
  {
    VwValue v = test_eval ("SUM(PPMT(0.08/12, T + 1, 10, 10000))", 9, NULL);
    assert_rel (v.scalar, -10000);
  }
  g_assert_cmpfloat (test_eval_number ("IPMT(0.08/12, 1, 10, 10000, 0, 1)"), ==, 0.0);
}

static void
test_if_is_lazy_and_elementwise (void)
{
  /* Element-wise: t = 0 takes the first branch, so 1/T at t = 0 is not an error. */
  assert_text ("IF(T = 0, 0, 1 / T)", 4, "[0, 1, 0.5, 0.33333333333333331, 0.25]");
  assert_text ("IF(T > 1, T, -T)", 3, "[0, -1, 2, 3]");
  /* Lazy on a scalar condition: the branch not taken is never computed. */
  assert_text ("IF(1, 5, 1 / 0)", 3, "5");
  assert_text ("IF(0, 1 / 0, 6)", 3, "6");
  assert_text ("IF(T >= 0, 7, SQRT(-1))", 3, "7");
  /* Nested element-wise IFs, each masking its own periods */
  assert_text ("IF(T = 0, 0, IF(T = 1, 10, 100 / (T - 1)))", 3, "[0, 10, 100, 50]");
  assert_text ("IF(T < 2, 1, 2)", 3, "[1, 1, 2, 2]");
  assert_text ("IF(0, 1)", 3, "0");
  /* An error in a period the branch does choose is still an error. */
  assert_text ("IF(T < 3, 1 / (T - 1), 0)", 3, "#DIV/0!: (T - 1) is 0 at t = 1");
  /* A whole-value function inside a branch sees its argument in every period, as in a
   * spreadsheet: SUM(1/T) is an error even where the branch is chosen only for t > 0. */
  assert_text ("IF(T > 0, SUM(1 / T), 0)", 3, "#DIV/0!: T is 0 at t = 0");
  assert_text ("IF(T > 0, SUM(T), 0)", 3, "[0, 6, 6, 6]");
  assert_text ("IF(T > 0, NPV(0.1, IF(T > 1, 1 / (T - 1), 5)), 0)", 3,
               "[0, 10.74755822689707, 10.74755822689707, 10.74755822689707]");
  assert_text ("IFERROR(1 / 0, 42)", 3, "42");
  assert_text ("IFERROR(7, 1 / 0)", 3, "7");
  assert_text ("IF(1 / 0, 1, 2)", 3, "#DIV/0!: division by zero");
}

static void
test_error_kinds (void)
{
  g_autofree char *div = test_eval_error ("1 / (2 - 2)");
  g_autofree char *num = test_eval_error ("LN(0)");
  g_autofree char *value = test_eval_error ("[1, 2, 3] + [1, 2]");
  g_autofree char *name = test_eval_error ("nothing_here * 2");
  g_autofree char *func = test_eval_error ("NOSUCH(1)");
  g_autofree char *ref = test_eval_error ("AT(T, 11)");
  g_autofree char *na = test_eval_error ("PAYBACK([-100, 10, 10])");
  g_autofree char *overflow = test_eval_error ("10^200 * 10^200");
  g_autofree char *rate = test_eval_error ("NPV(-1, [1, 2])");
  g_autofree char *no_root = test_eval_error ("IRR([-100, 230, -140])");
  g_autofree char *args = test_eval_error ("NPV(0.1)");

  g_assert_cmpstr (div, ==, "#DIV/0!: (2 - 2) is 0");
  g_assert_cmpstr (num, ==, "#NUM!: the logarithm of a number that is not above 0 (LN(0))");
  g_assert_cmpstr (value, ==, "#VALUE!: [1, 2, 3] + [1, 2] combines series of different lengths (3 and 2 values)");
  g_assert_cmpstr (name, ==, "#NAME?: unknown name “nothing_here”");
  g_assert_cmpstr (func, ==, "#NAME?: unknown function “NOSUCH”");
  g_assert_cmpstr (ref, ==, "#REF!: period 11 is outside 0…10 in AT(T, 11)");
  g_assert_cmpstr (na, ==, "#N/A: payback is not reached within the horizon in PAYBACK([-100, 10, 10])");
  g_assert_cmpstr (overflow, ==, "#NUM!: 10^200 * 10^200 is too large to compute");
  g_assert_cmpstr (rate, ==, "#NUM!: the rate must be above −100 % in NPV(-1, [1, 2])");
  /* Two sign changes and no root: a different message from "never changes sign" (§2) */
  g_assert_cmpstr (no_root, ==, "#NUM!: no IRR: the NPV is never 0 for rates between −100 % and 100 000 % in IRR([-100, 230, -140])");
  g_assert_cmpstr (args, ==, "#VALUE!: the formula cannot be read: NPV needs 2 to 255 arguments, found 1");
  /* Errors propagate through every operation and function */
  g_autofree char *prop1 = test_eval_error ("SUM(T) + 1 / 0");
  g_autofree char *prop2 = test_eval_error ("NPV(0.1, [1, 2] / 0)");
  g_autofree char *prop3 = test_eval_error ("-SQRT(1 / 0)");
  g_assert_cmpstr (prop1, ==, "#DIV/0!: division by zero");
  g_assert_cmpstr (prop2, ==, "#DIV/0!: division by zero at t = 0");
  g_assert_cmpstr (prop3, ==, "#DIV/0!: division by zero");
}

/* No NaN or infinity ever leaves the engine: every element of every result is finite. */
static void
test_never_nan (void)
{
  const char *exprs[] = {
    "0/0", "(-8)^(1/3)", "EXP(1000)", "SQRT(-T)", "LN(T)", "10^T^3", "1e308 * 10",
    "POWER(0, -1)", "NORM.S.INV(0)", "NORM.S.INV(1)", "TRIANGULAR.INV(2, 0, 1, 2)",
    "BETA.INV(0.5, 0, 1)", "IRR([0, 0, 0])", "IRR([5])", "XIRR([1], [1])", "CRF(-1, 10)",
    "PMT(0.1, 0, 100)", "NPER(0, 0, 100)", "EFFECT(-1, 12)", "RATE(10, 100, 100)",
    "PERCENTILE(T, 2)", "AVERAGE(T) / 0", "1e200 * T^200", "GROWTH(1e300, 1e10)",
    "AT(T, 0.5)", "MIRR([-1, 1], -2, 0.1)", "DATE(99999, 1, 1)", "PV(1e10, 1e10, 1)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (exprs); i++)
    {
      VwValue v = test_eval (exprs[i], 10, NULL);

      if (v.kind == VW_VALUE_SCALAR)
        g_assert_true (isfinite (v.scalar));
      else if (v.kind == VW_VALUE_SERIES)
        for (guint k = 0; k < v.len; k++)
          g_assert_true (isfinite (v.series[k]));
      else
        g_assert_nonnull (v.message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/formula/syntax", test_syntax);
  g_test_add_func ("/engine/formula/series", test_series);
  g_test_add_func ("/engine/formula/functions", test_functions);
  g_test_add_func ("/engine/formula/closed-forms-vs-loops", test_closed_forms_vs_loops);
  g_test_add_func ("/engine/formula/if", test_if_is_lazy_and_elementwise);
  g_test_add_func ("/engine/formula/error-kinds", test_error_kinds);
  g_test_add_func ("/engine/formula/never-nan", test_never_nan);

  return g_test_run ();
}
