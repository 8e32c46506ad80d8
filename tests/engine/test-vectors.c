/* test-vectors.c: every S-nn vector of value-math.md §13 that the engine computes
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "vw-finance.h"
#include "vw-stats.h"
#include "vw-test-util.h"

/* §0.4: an IRR is checked by |Δr| and by NPV at the root being ≈ 0. */
static void
assert_root (const double *flows,
             gsize         n,
             double        r,
             double        expected,
             double        tol)
{
  double total = 0.0;

  for (gsize i = 0; i < n; i++)
    total += fabs (flows[i]);
  assert_abs (r, expected, tol);
  assert_abs (vw_fin_npv (r, flows, n), 0.0, 1e-9 * total);
}

static void
test_s01_excel_npv (void)
{
  /* S-01 */
  assert_rel (test_eval_number ("NPV.EXCEL(0.10, -10000, 3000, 4200, 6800)"), 1188.4434123352);
  assert_abs (test_eval_number ("NPV(0.10, [0, -10000, 3000, 4200, 6800])"), 1188.4434123, 5e-8);
  assert_abs (test_eval_number ("NPV(0.10, [-10000, 3000, 4200, 6800])"), 1307.2877536, 5e-8);
}

static void
test_s02_both_conventions (void)
{
  /* S-02 */
  assert_rel (test_eval_number ("NPV(5%, [-15000, 1500, 2500, 3500, 4500, 6000])"),
              122.894854950942692);
  assert_abs (test_eval_number ("NPV.EXCEL(0.05, [-15000, 1500, 2500, 3500, 4500, 6000])"),
              117.04, 0.005);
  /* NPV = (1+r)·ExcelNPV over the same values (§1). */
  assert_rel (test_eval_number ("1.05 * NPV.EXCEL(0.05, [-15000, 1500, 2500, 3500, 4500, 6000])"),
              test_eval_number ("NPV(0.05, [-15000, 1500, 2500, 3500, 4500, 6000])"));
}

static void
test_s03_formcalc (void)
{
  /* S-03 */
  assert_rel (test_eval_number ("NPV.EXCEL(0.065, 5000)"), 4694.83568075117);
  assert_rel (test_eval_number ("NPV.EXCEL(0.10, 500, 1500, 4000, 10000)"), 11529.60863329007);
  assert_rel (test_eval_number ("NPV.EXCEL(0.0275/12, 50, 60, 40, 100, 25)"), 273.14193838457);
}

#define S04_DATES "[DATE(2008,1,1), DATE(2008,3,1), DATE(2008,10,30), DATE(2009,2,15), DATE(2009,4,1)]"
#define S04_FLOWS "[-10000, 2750, 4250, 3250, 2750]"

static void
test_s04_xnpv_xirr (void)
{
  g_autofree char *expr = NULL;
  double r, xnpv;

  /* S-04: 29 February 2008 is inside the window, so 2008-03-01 is day 60. */
  assert_rel (test_eval_number ("DATE(2008,3,1) - DATE(2008,1,1)"), 60);
  assert_rel (test_eval_number ("XNPV(0.09, " S04_FLOWS ", " S04_DATES ")"), 2086.647602031535);
  r = test_eval_number ("XIRR(" S04_FLOWS ", " S04_DATES ")");
  assert_abs (r, 0.3733625335, 5e-11);
  expr = g_strdup_printf ("XNPV(%.17g, " S04_FLOWS ", " S04_DATES ")", r);
  xnpv = test_eval_number (expr);
  assert_abs (xnpv, 0.0, 1e-9 * 23000);
  /* A date before the first is an error, as in Excel. */
  g_assert_true (test_eval_error_is ("XNPV(0.09, [1, 2], [DATE(2008,1,2), DATE(2008,1,1)])", "#NUM!"));
}

static void
test_s05_excel_irr (void)
{
  const double c[] = { -70000, 12000, 15000, 18000, 21000, 26000 };
  VwIrrResult res;

  /* S-05: each series has exactly one root */
  g_assert_cmpint (vw_fin_irr (c, 5, &res), ==, VW_FIN_OK);
  g_assert_cmpuint (res.n_roots, ==, 1);
  assert_root (c, 5, res.headline, -0.0212448483, 5e-11);
  g_assert_cmpint (vw_fin_irr (c, 6, &res), ==, VW_FIN_OK);
  assert_root (c, 6, res.headline, 0.0866309480, 5e-11);
  g_assert_cmpint (vw_fin_irr (c, 3, &res), ==, VW_FIN_OK);
  assert_root (c, 3, res.headline, -0.4435069413, 5e-11);
  /* The guess is accepted but never changes the answer (§2 step 4). */
  assert_abs (test_eval_number ("IRR([-70000, 12000, 15000], -0.1)"), -0.4435069413, 5e-11);
  assert_abs (test_eval_number ("IRR([-70000, 12000, 15000], 0.5)"), -0.4435069413, 5e-11);
}

static void
test_s06_numpy_irr (void)
{
  const double a[] = { -150000, 15000, 25000, 35000, 45000, 60000 };
  const double b[] = { -100, 39, 59, 55, 20 };
  const double c[] = { -100, 0, 0, 74 };
  const double d[] = { 1, 2, 3 };
  VwIrrResult res;
  g_autofree char *err = NULL;

  /* S-06 */
  g_assert_cmpint (vw_fin_irr (a, 6, &res), ==, VW_FIN_OK);
  assert_root (a, 6, res.headline, 0.0524328889, 5e-11);
  g_assert_cmpint (vw_fin_irr (b, 5, &res), ==, VW_FIN_OK);
  assert_root (b, 5, res.headline, 0.2809484212, 5e-11);
  g_assert_cmpint (vw_fin_irr (c, 4, &res), ==, VW_FIN_OK);
  assert_root (c, 4, res.headline, -0.0954958303, 5e-11);
  g_assert_cmpuint (res.n_roots, ==, 1);
  g_assert_cmpint (vw_fin_irr (d, 3, &res), ==, VW_FIN_NO_SIGN_CHANGE);
  /* "no IRR", never 0 % and never blank */
  err = test_eval_error ("IRR([1, 2, 3])");
  g_assert_cmpstr (err, ==, "#NUM!: no IRR: the cash flows never change sign in IRR([1, 2, 3])");
}

static void
test_s07_matlab_irr (void)
{
  const double one[] = { -100000, 10000, 20000, 30000, 40000, 50000 };
  const double three[] = { -1000, 6000, -10900, 5800 };
  const double expected[] = { -0.0488088, 1.0000000, 2.0488088 };
  VwIrrResult res;

  /* S-07 */
  g_assert_cmpint (vw_fin_irr (one, 6, &res), ==, VW_FIN_OK);
  assert_root (one, 6, res.headline, 0.1200576, 5e-8);
  g_assert_false (res.multiple_irr);

  g_assert_cmpint (vw_fin_irr (three, 4, &res), ==, VW_FIN_OK);
  g_assert_cmpuint (res.n_roots, ==, 3);
  for (guint i = 0; i < 3; i++)
    assert_root (three, 4, res.roots[i], expected[i], 5e-8);
  assert_abs (res.headline, 1.0, 1e-9);
  g_assert_true (res.multiple_irr);
  assert_abs (test_eval_number ("NPV(0.10, [-1000, 6000, -10900, 5800])"), -196.0931630, 5e-8);
}

static void
test_s08_two_roots (void)
{
  const double c[] = { -100, 230, -132 };
  VwIrrResult res;
  VwValue v;

  /* S-08: exactly 0.10 and 0.20; the headline is the smallest positive */
  g_assert_cmpint (vw_fin_irr (c, 3, &res), ==, VW_FIN_OK);
  g_assert_cmpuint (res.n_roots, ==, 2);
  assert_root (c, 3, res.roots[0], 0.10, 1e-9);
  assert_root (c, 3, res.roots[1], 0.20, 1e-9);
  assert_abs (res.headline, 0.10, 1e-9);
  g_assert_true (res.multiple_irr);
  /* In a formula the headline is the value, and a note tells about the other root */
  v = test_eval ("IRR([-100, 230, -132])", 10, NULL);
  assert_abs (v.scalar, 0.10, 1e-9);
  g_assert_cmpstr (v.note, ==, "IRR([-100, 230, -132]) has 2 IRRs (10 %, 20 %); the smallest "
                               "positive one is shown. Compare on NPV or MIRR instead.");
  v = test_eval ("IRR([-100, 230])", 10, NULL);
  g_assert_null (v.note);
  v = test_eval ("IRR.ALL([-100, 230, -132])", 10, NULL);
  g_assert_cmpint (v.kind, ==, VW_VALUE_SERIES);
  g_assert_cmpuint (v.len, ==, 2);
  assert_abs (v.series[1], 0.20, 1e-9);
}

static void
test_s09_pyfian (void)
{
  const double c[] = { -1000, 300, 400, 500, 600 };
  VwIrrResult res;

  /* S-09 */
  assert_abs (test_eval_number ("NPV(0.1, [-100, 50, 60])"), -4.95867768595, 5e-12);
  g_assert_cmpint (vw_fin_irr (c, 5, &res), ==, VW_FIN_OK);
  assert_root (c, 5, res.headline, 0.2488833566240709, 1e-9);
}

static void
test_s10_mirr (void)
{
  /* S-10 */
  assert_abs (test_eval_number ("MIRR([-120000, 39000, 30000, 21000, 37000, 46000], 0.10, 0.12)"),
              0.1260941304, 5e-11);
  assert_abs (test_eval_number ("MIRR([-120000, 39000, 30000, 21000], 0.10, 0.12)"),
              -0.0480446552, 5e-11);
  assert_abs (test_eval_number ("MIRR([-120000, 39000, 30000, 21000, 37000, 46000], 0.10, 0.14)"),
              0.1347591108, 5e-11);
  /* No negative flow: #DIV/0!, as in Excel */
  g_assert_true (test_eval_error_is ("MIRR([1, 2, 3], 0.1, 0.1)", "#DIV/0!"));
}

static void
test_s11_excel_pmt (void)
{
  /* S-11: the rate at full precision (8 %/12, not 0.00667) */
  assert_abs (test_eval_number ("PMT(8%/12, 10, 10000)"), -1037.0320894, 5e-8);
  assert_abs (test_eval_number ("PMT(8%/12, 10, 10000, 0, 1)"), -1030.1643272, 5e-8);
  assert_abs (test_eval_number ("PMT(6%/12, 18*12, 0, 50000)"), -129.0811609, 5e-8);
  assert_abs (test_eval_number ("PMT(0.00667, 10, 10000)"), -1037.050788, 5e-7);
}

static void
test_s12_numpy_tvm (void)
{
  /* S-12 */
  assert_rel (test_eval_number ("PMT(0.075/12, 12*15, 200000)"), -1854.0247200054619);
  assert_rel (test_eval_number ("FV(0.05/12, 10*12, -100, -100)"), 15692.928894335748);
  assert_abs (test_eval_number ("NPER(0.07/12, -150, 8000)"), 64.0733487707, 5e-11);
}

static void
test_s13_crf (void)
{
  /* S-13 */
  assert_abs (test_eval_number ("CRF(0.05, 20)"), 0.0802425872, 5e-11);
  assert_abs (test_eval_number ("1/CRF(0.05, 20)"), 12.462210, 5e-7);
  assert_rel (test_eval_number ("PVAF(0.05, 20)"), test_eval_number ("1/CRF(0.05, 20)"));
}

static void
test_s14_lcoe (void)
{
  VwValue v;

  /* S-14: the CRF form and the discounted form of §5 agree */
  assert_rel (test_eval_number ("(500e6 * CRF(0.07, 20) + 25e6) / 2e9"), 0.03609823143581392);
  v = test_eval ("NPV(0.07, IF(T = 0, 500e6, 25e6)) / NPV(0.07, IF(T = 0, 0, 2e9))", 20, NULL);
  g_assert_cmpint (v.kind, ==, VW_VALUE_SCALAR);
  assert_rel (v.scalar, 0.03609823143581392);
}

static void
test_s15_payback_exact (void)
{
  /* S-15: recovered exactly at the end of year 4 */
  g_assert_cmpfloat (test_eval_number ("PAYBACK([-100000, 10000, 20000, 30000, 40000, 50000])"),
                     ==, 4.0);
}

static void
test_s16_s17_discounted_payback (void)
{
  VwPaybackResult res;
  const double c[] = { -200000, 60000, 80000, 70000, 60000, 50000 };

  /* S-16 */
  assert_abs (test_eval_number ("DPAYBACK(0.12, [-200000, 60000, 80000, 70000, 60000, 50000])"),
              3.8609365, 5e-8);
  g_assert_cmpint (vw_fin_payback (c, 6, 0.12, TRUE, &res), ==, VW_FIN_OK);
  g_assert_false (res.cumulative_negative_again);
  /* S-17 */
  assert_abs (test_eval_number ("DPAYBACK(0.11, [-50000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000])"),
              7.6632546, 5e-8);
}

static VwModel *
oee_model (void)
{
  VwModel *m = vw_model_new (0);

  vw_model_add_input (m, "shift_min", 480, NULL);
  vw_model_add_input (m, "breaks_min", 60, NULL);
  vw_model_add_input (m, "stop_min", 47, NULL);
  vw_model_add_input (m, "ideal_cycle_s", 1.0, NULL);
  vw_model_add_input (m, "total_count", 19271, NULL);
  vw_model_add_input (m, "rejects", 423, NULL);
  vw_model_add_formula (m, "ppt_min", "shift_min - breaks_min", NULL);
  vw_model_add_formula (m, "run_min", "ppt_min - stop_min", NULL);
  vw_model_add_formula (m, "good", "total_count - rejects", NULL);
  vw_model_add_formula (m, "availability", "run_min / ppt_min", NULL);
  vw_model_add_formula (m, "performance", "ideal_cycle_s * total_count / (run_min * 60)", NULL);
  vw_model_add_formula (m, "quality", "good / total_count", NULL);
  vw_model_add_formula (m, "oee", "availability * performance * quality", NULL);
  vw_model_add_formula (m, "oee_simple", "good * ideal_cycle_s / (ppt_min * 60)", NULL);
  vw_model_compile (m);
  return m;
}

static double
get_number (VwEvalContext *ctx,
            VwModel       *m,
            const char    *name)
{
  VwValue v;

  vw_eval_context_get (ctx, vw_model_lookup (m, name), 0, &v);
  g_assert_cmpint (v.kind, ==, VW_VALUE_SCALAR);
  return v.scalar;
}

static void
test_s18_oee (void)
{
  g_autoptr(VwModel) m = oee_model ();
  g_autoptr(VwEvalContext) ctx = vw_eval_context_new (m);

  /* S-18, and the identity A·P·Q = good·ICT/PPT of §8 */
  vw_eval_context_evaluate (ctx);
  assert_abs (get_number (ctx, m, "availability"), 0.888095238, 5e-10);
  assert_abs (get_number (ctx, m, "performance"), 0.861081323, 5e-10);
  assert_abs (get_number (ctx, m, "quality"), 0.978049920, 5e-10);
  assert_abs (get_number (ctx, m, "oee"), 0.747936508, 5e-10);
  assert_rel (get_number (ctx, m, "oee"), get_number (ctx, m, "oee_simple"));
}

static void
test_s19_s20_oee_rounding (void)
{
  /* S-19: never multiply factors rounded for display */
  assert_abs (test_eval_number ("(420/480) * (400/420) * (380/400)"), 0.791667, 5e-7);
  g_assert_cmpfloat (test_eval_number ("ROUND((420/480) * (400/420) * (380/400), 4)"), ==, 0.7917);
  assert_rel (test_eval_number ("(420/480) * (400/420) * (380/400)"), 380.0 / 480.0);
  /* S-20 */
  assert_rel (test_eval_number ("0.90 * 0.95 * 0.999"), 0.854145);
  assert_rel (test_eval_number ("0.9^3"), 0.729);
}

static void
test_s21_s22_downtime_risk (void)
{
  /* S-21 */
  assert_rel (test_eval_number ("8.75 * 115"), 1006.25);
  assert_rel (test_eval_number ("8.75 * 115 * 6.75 + 240 * 8.75"), 8892.1875);
  assert_rel (test_eval_number ("3.5 * 115 * 6.75 + 240 * 3.5"), 3556.875);
  /* S-22 */
  assert_rel (test_eval_number ("10% * 150000"), 15000);
}

static void
test_s23_s25_ratios (void)
{
  /* S-23: both DuPont decompositions */
  assert_rel (test_eval_number ("(20000/500000) * (500000/250000) * (250000/150000)"), 20000.0 / 150000.0);
  assert_rel (test_eval_number ("(20000/30000) * (30000/35000) * (35000/500000) * (500000/250000) * (250000/150000)"),
              20000.0 / 150000.0);
  assert_abs (test_eval_number ("ROUND(100 * 20000/150000, 2)"), 13.33, 1e-12);
  /* S-24 */
  assert_abs (test_eval_number ("100000 / (200000 - 50000)"), 0.6667, 5e-5);
  /* S-25 */
  assert_rel (test_eval_number ("0.05 * 2.9"), 0.145);
}

static void
test_s27_future_worth (void)
{
  /* S-27: FW = PW·(1+i)^N */
  assert_abs (test_eval_number ("NPV(0.20, [-25000, 8000, 8000, 8000, 8000, 13000]) * 1.2^5"),
              2324.80, 0.005);
  assert_abs (test_eval_number ("NPV(0.20, [-25000, 8000, 8000, 8000, 8000, 13000])"), 934.28, 0.005);
}

static void
test_s28_s30_percentiles (void)
{
  double x;

  /* S-28 */
  assert_rel (test_eval_number ("PERCENTILE([1, 3, 2, 4], 0.3)"), 1.9);
  assert_rel (test_eval_number ("PERCENTILE.INC([1, 3, 2, 4], 0.3)"), 1.9);
  /* S-29, and #NUM! outside [1/(n+1), n/(n+1)] */
  assert_rel (test_eval_number ("PERCENTILE.EXC([5, 15, 25, 50, 65], 0.45)"), 22);
  g_assert_true (test_eval_error_is ("PERCENTILE.EXC([5, 15, 25, 50, 65], 0.1)", "#NUM!"));
  /* S-30 (stdlib's argument order is p, min, max, mode; ours is p, min, mode, max) */
  assert_abs (test_eval_number ("TRIANGULAR.INV(0.9, -1, 0, 1)"), 0.5527864045, 5e-11);
  assert_rel (test_eval_number ("TRIANGULAR.INV(0.1, -20, -2, 0)"), -14.0);
  g_assert_true (vw_stats_triangular_inv (0.4, 2, 2.5, 4, &x));
  assert_abs (x, 2.6583592135, 5e-11);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/vectors/S-01", test_s01_excel_npv);
  g_test_add_func ("/engine/vectors/S-02", test_s02_both_conventions);
  g_test_add_func ("/engine/vectors/S-03", test_s03_formcalc);
  g_test_add_func ("/engine/vectors/S-04", test_s04_xnpv_xirr);
  g_test_add_func ("/engine/vectors/S-05", test_s05_excel_irr);
  g_test_add_func ("/engine/vectors/S-06", test_s06_numpy_irr);
  g_test_add_func ("/engine/vectors/S-07", test_s07_matlab_irr);
  g_test_add_func ("/engine/vectors/S-08", test_s08_two_roots);
  g_test_add_func ("/engine/vectors/S-09", test_s09_pyfian);
  g_test_add_func ("/engine/vectors/S-10", test_s10_mirr);
  g_test_add_func ("/engine/vectors/S-11", test_s11_excel_pmt);
  g_test_add_func ("/engine/vectors/S-12", test_s12_numpy_tvm);
  g_test_add_func ("/engine/vectors/S-13", test_s13_crf);
  g_test_add_func ("/engine/vectors/S-14", test_s14_lcoe);
  g_test_add_func ("/engine/vectors/S-15", test_s15_payback_exact);
  g_test_add_func ("/engine/vectors/S-16+S-17", test_s16_s17_discounted_payback);
  g_test_add_func ("/engine/vectors/S-18", test_s18_oee);
  g_test_add_func ("/engine/vectors/S-19+S-20", test_s19_s20_oee_rounding);
  g_test_add_func ("/engine/vectors/S-21+S-22", test_s21_s22_downtime_risk);
  g_test_add_func ("/engine/vectors/S-23+S-24+S-25", test_s23_s25_ratios);
  g_test_add_func ("/engine/vectors/S-27", test_s27_future_worth);
  g_test_add_func ("/engine/vectors/S-28+S-29+S-30", test_s28_s30_percentiles);

  return g_test_run ();
}
