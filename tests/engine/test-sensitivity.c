/* test-sensitivity.c: tornado (S-31), spider, goal seek, break-even, value split (S-26)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vw-sensitivity.h"
#include "vw-value-split.h"
#include "vw-test-util.h"

/* S-31: NPV = Σ_{t=1..5} Sales₀(1+g)^t · margin / (1+r)^t */
static VwModel *
s31_model (void)
{
  VwModel *m = vw_model_new (5);

  vw_model_add_input (m, "sales0", 100, NULL);
  vw_model_add_input (m, "g", 0.06, NULL);
  vw_model_add_input (m, "margin", 0.18, NULL);
  vw_model_add_input (m, "r", 0.10, NULL);
  vw_model_add_formula (m, "npv", "NPV(r, IF(T = 0, 0, sales0 * (1 + g)^T * margin))", NULL);
  vw_model_compile (m);
  return m;
}

static void
test_s31_tornado (void)
{
  g_autoptr(VwModel) m = s31_model ();
  g_autoptr(VwEvalContext) ctx = vw_eval_context_new (m);
  g_autoptr(GError) error = NULL;
  /* Each driver ±10 % of its own value, in the page's order */
  VwTornadoInput in[] = {
    { vw_model_lookup (m, "sales0"), -1, 90, 110 },
    { vw_model_lookup (m, "g"), -1, 0.054, 0.066 },
    { vw_model_lookup (m, "margin"), -1, 0.162, 0.198 },
    { vw_model_lookup (m, "r"), -1, 0.09, 0.11 },
  };
  VwTornadoBar bars[4];
  double base;

  g_assert_true (vw_tornado (ctx, vw_model_lookup (m, "npv"), 0, in, 4, &base, bars, &error));
  g_assert_no_error (error);
  assert_abs (base, 80.64506, 5e-6);

  /* Sales₀ and margin tie exactly (NPV is linear in both): input order is kept */
  g_assert_cmpuint (bars[0].input, ==, 0);
  g_assert_cmpuint (bars[1].input, ==, 2);
  g_assert_cmpuint (bars[2].input, ==, 3);
  g_assert_cmpuint (bars[3].input, ==, 1);
  assert_abs (bars[0].f_low, 72.5806, 5e-5);
  assert_abs (bars[0].f_high, 88.7096, 5e-5);
  assert_abs (bars[0].swing, 16.1290, 5e-5);
  assert_abs (bars[1].swing, 16.1290, 5e-5);
  assert_abs (bars[2].f_low, 82.8359, 5e-5);
  assert_abs (bars[2].f_high, 78.5441, 5e-5);
  assert_abs (bars[2].swing, 4.2919, 5e-5);
  assert_abs (bars[3].f_low, 79.3192, 5e-5);
  assert_abs (bars[3].f_high, 81.9906, 5e-5);
  /* Direction: a higher discount rate lowers NPV; the bar spans min…max anyway */
  g_assert_true (bars[0].high_raises);
  g_assert_false (bars[2].high_raises);
  g_assert_cmpfloat (bars[2].bar_min, ==, bars[2].f_high);
  g_assert_false (bars[0].base_outside);

  /* Given margin first, margin stays first: ties never reorder */
  {
    VwTornadoInput swapped[] = { in[2], in[0] };
    g_assert_true (vw_tornado (ctx, vw_model_lookup (m, "npv"), 0, swapped, 2, &base, bars, NULL));
    g_assert_cmpuint (bars[0].input, ==, 0);
    g_assert_cmpuint (bars[1].input, ==, 1);
  }
  /* The context's inputs are restored */
  assert_rel (vw_eval_context_get_input (ctx, vw_model_lookup (m, "r"), 0), 0.10);
}

static void
test_non_monotone (void)
{
  g_autoptr(VwModel) m = vw_model_new (0);
  g_autoptr(VwEvalContext) ctx = NULL;
  VwTornadoInput in[1];
  VwTornadoBar bar;
  double base;

  vw_model_add_input (m, "x", 0, NULL);
  vw_model_add_formula (m, "y", "1 - x^2", NULL);
  vw_model_compile (m);
  ctx = vw_eval_context_new (m);
  in[0] = (VwTornadoInput) { 0, -1, -1, 1 };
  g_assert_true (vw_tornado (ctx, 1, 0, in, 1, &base, &bar, NULL));
  /* f(low) = f(high) = 0 while the base is 1: flagged (§12) */
  g_assert_true (bar.base_outside);
  g_assert_cmpfloat (bar.swing, ==, 0);
}

static void
test_spider (void)
{
  g_autoptr(VwModel) m = s31_model ();
  g_autoptr(VwEvalContext) ctx = vw_eval_context_new (m);
  VwTornadoInput in[] = {
    { vw_model_lookup (m, "sales0"), -1, 0, 0 },
    { vw_model_lookup (m, "r"), -1, 0, 0 },
  };
  const double changes[] = { -0.1, 0, 0.1 };
  double out[6];

  g_assert_true (vw_spider (ctx, vw_model_lookup (m, "npv"), 0, in, 2, changes, 3, out, NULL));
  assert_abs (out[0], 72.5806, 5e-5);
  assert_abs (out[1], 80.64506, 5e-6);
  assert_abs (out[2], 88.7096, 5e-5);
  assert_abs (out[3], 82.8359, 5e-5);
  assert_abs (out[5], 78.5441, 5e-5);
}

static void
test_goal_seek (void)
{
  g_autoptr(VwModel) m = s31_model ();
  g_autoptr(VwEvalContext) ctx = vw_eval_context_new (m);
  g_autoptr(GError) error = NULL;
  int sales0 = vw_model_lookup (m, "sales0"), npv = vw_model_lookup (m, "npv");
  int r = vw_model_lookup (m, "r");
  double x;

  /* What must Sales₀ be for NPV = 100? NPV is linear in Sales₀. */
  double base;
  VwValue v;

  vw_eval_context_evaluate (ctx);
  vw_eval_context_get (ctx, npv, 0, &v);
  base = v.scalar;
  g_assert_true (vw_goal_seek (ctx, sales0, -1, npv, 0, 100, 1, 1000, &x, &error));
  g_assert_no_error (error);
  assert_rel (x, 100 * 100 / base);
  /* The discount rate that gives NPV = 70 (a root of a smooth decreasing function) */
  g_assert_true (vw_goal_seek (ctx, r, -1, npv, 0, 70, 0, 1, &x, &error));
  vw_eval_context_set_input (ctx, r, -1, x);
  vw_eval_context_evaluate (ctx);
  vw_eval_context_get (ctx, npv, 0, &v);
  assert_abs (v.scalar, 70, 1e-9);
  vw_eval_context_set_input (ctx, r, -1, 0.10);

  /* No solution in range: a message that says what the output does there */
  g_assert_false (vw_goal_seek (ctx, sales0, -1, npv, 0, 1000, 1, 10, &x, &error));
  g_assert_error (error, VW_SENSITIVITY_ERROR, VW_SENSITIVITY_ERROR_NO_SOLUTION);
  g_assert_cmpstr (error->message, ==,
                   "No value of sales0 between 1 and 10 brings npv to 1000: there it only goes from 0.806451 to 8.06451");
  g_clear_error (&error);
  g_assert_false (vw_goal_seek (ctx, sales0, -1, npv, 0, 1000, 10, 1, &x, &error));
  g_assert_error (error, VW_SENSITIVITY_ERROR, VW_SENSITIVITY_ERROR_INVALID);
  /* The input is back at its base value */
  assert_rel (vw_eval_context_get_input (ctx, sales0, 0), 100);
}

static void
test_break_even (void)
{
  g_autoptr(VwModel) m = vw_model_new (10);
  g_autoptr(VwEvalContext) ctx = NULL;
  double price;

  vw_model_add_input (m, "price", 50, NULL);
  vw_model_add_formula (m, "npv", "NPV(0.08, IF(T = 0, -10000, (price - 30) * 100))", NULL);
  vw_model_compile (m);
  ctx = vw_eval_context_new (m);
  /* Break-even price: (p − 30)·100·PVAF(8 %, 10) = 10 000 */
  g_assert_true (vw_break_even (ctx, 0, 0, 1, 0, 0, 1000, &price, NULL));
  assert_rel (price, 30 + 100 / (1 - pow (1.08, -10)) * 0.08);
}

static void
test_s26_value_split (void)
{
  VwValueSplitInput in = { 6800, 4000 + 500 + 1500, 0, 0.5, VW_SPLIT_BASE_DIFFERENTIATION, 0 };
  VwValueSplit out;
  g_autoptr(GError) error = NULL;

  /* S-26: Atlantic Computer */
  g_assert_true (vw_value_split (&in, &out, &error));
  assert_rel (out.differentiation_value, 6000);
  assert_rel (out.evc, 12800);
  assert_rel (out.price, 9800);
  assert_rel (out.customer_incentive, 3000);
  g_assert_false (out.no_premium);
  /* TCO_offer(price) = TCO_reference − (1 − s)·D (§10) */
  assert_rel (in.reference_price + out.differentiation_value - out.price, out.customer_incentive);

  /* Negative differentiators (switching costs) reduce D; D ≤ 0 means no premium */
  in.negative_value = 7000;
  g_assert_true (vw_value_split (&in, &out, NULL));
  g_assert_true (out.no_premium);
  assert_rel (out.evc, 5800);
  assert_rel (out.price, 5800);
  g_assert_cmpfloat (out.customer_incentive, ==, 0);

  /* The total-value base (§10, the Wharton example's form): cost + s·(EVC − cost) */
  in.negative_value = 0;
  in.base = VW_SPLIT_BASE_TOTAL_VALUE;
  in.cost = 5000;
  g_assert_true (vw_value_split (&in, &out, NULL));
  assert_rel (out.price, 5000 + 0.5 * (12800 - 5000));
  assert_rel (out.customer_incentive, 12800 - 8900);
  assert_rel (out.supplier_premium, 8900 - 6800);

  in.split = 1.5;
  g_assert_false (vw_value_split (&in, &out, &error));
  g_assert_cmpstr (error->message, ==, "Our share of the differentiation value must be between 0 % and 100 %");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/sensitivity/S-31-tornado", test_s31_tornado);
  g_test_add_func ("/engine/sensitivity/non-monotone", test_non_monotone);
  g_test_add_func ("/engine/sensitivity/spider", test_spider);
  g_test_add_func ("/engine/sensitivity/goal-seek", test_goal_seek);
  g_test_add_func ("/engine/sensitivity/break-even", test_break_even);
  g_test_add_func ("/engine/sensitivity/S-26-value-split", test_s26_value_split);

  return g_test_run ();
}
