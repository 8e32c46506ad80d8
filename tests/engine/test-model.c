/* test-model.c: models — variables, alternatives, errors with their origin, cycles,
 * incremental re-evaluation and evaluation contexts on several threads
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "vw-formula.h"
#include "vw-test-util.h"

static char *
value_text (VwEvalContext *ctx,
            VwModel       *m,
            const char    *name,
            int            alt)
{
  VwValue v;

  vw_eval_context_get (ctx, vw_model_lookup (m, name), alt, &v);
  return vw_value_to_string (&v);
}

#define assert_var(ctx, m, name, alt, expected)                  \
  G_STMT_START {                                                 \
    g_autofree char *t_ = value_text (ctx, m, name, alt);        \
    g_assert_cmpstr (t_, ==, expected);                          \
  } G_STMT_END

/* An LCOE comparison: status quo against our offer, with the advantage as a variable. */
static VwModel *
lcoe_model (void)
{
  VwModel *m = vw_model_new (20);
  int capex, capacity;

  vw_model_add_alternative (m, "status_quo");
  vw_model_add_alternative (m, "offer");
  capex = vw_model_add_input (m, "capex", 500e6, NULL);
  vw_model_add_input (m, "opex", 25e6, NULL);
  vw_model_add_input (m, "rate", 0.07, NULL);
  capacity = vw_model_add_input (m, "capacity_mw", 2e9 / 8760 / 1000, NULL);
  vw_model_add_input (m, "capacity_factor", 1.0, NULL);
  vw_model_set_input (m, capex, 1, 550e6);
  vw_model_set_input (m, capacity, 1, 2.2e9 / 8760 / 1000);
  vw_model_add_formula (m, "energy_mwh", "IF(T = 0, 0, capacity_mw * 8760 * capacity_factor)", NULL);
  vw_model_add_formula (m, "cost", "IF(T = 0, capex, opex)", NULL);
  vw_model_add_formula (m, "lcoe", "NPV(rate, cost) / NPV(rate, energy_mwh)", NULL);
  vw_model_add_formula (m, "lcoe_crf", "(capex * CRF(rate, 20) + opex) / (capacity_mw * 8760 * capacity_factor)", NULL);
  vw_model_add_formula (m, "advantage", "(lcoe@status_quo - lcoe) * NPV(rate, energy_mwh)", NULL);
  vw_model_add_formula (m, "pv_cost", "NPV(rate, cost)", NULL);
  vw_model_add_formula (m, "npv_check", "pv_cost@status_quo - pv_cost", NULL);
  vw_model_compile (m);
  return m;
}

static double
number (VwEvalContext *ctx,
        VwModel       *m,
        const char    *name,
        int            alt)
{
  VwValue v;

  vw_eval_context_get (ctx, vw_model_lookup (m, name), alt, &v);
  if (v.kind != VW_VALUE_SCALAR)
    {
      g_autofree char *t = vw_value_to_string (&v);
      g_error ("%s@%d is %s", name, alt, t);
    }
  return v.scalar;
}

static void
test_alternatives (void)
{
  g_autoptr(VwModel) m = lcoe_model ();
  g_autoptr(VwEvalContext) ctx = vw_eval_context_new (m);

  g_assert_cmpuint (vw_eval_context_evaluate (ctx), ==, vw_model_get_n_variables (m) * 2);
  /* S-14 in the status quo, both forms */
  assert_rel (number (ctx, m, "lcoe", 0), 0.03609823143581392 * 1000);
  assert_rel (number (ctx, m, "lcoe_crf", 0), number (ctx, m, "lcoe", 0));
  /* The offer has its own inputs */
  assert_abs (number (ctx, m, "lcoe", 1), (550e6 * 0.09439292574325567 + 25e6) / 2.2e6, 1e-9);
  /* Against itself, the advantage is 0; the offer's is not. */
  assert_abs (number (ctx, m, "advantage", 0), 0.0, 1e-6);
  assert_abs (number (ctx, m, "npv_check", 0), 0.0, 1e-6);
  g_assert_cmpfloat (number (ctx, m, "advantage", 1), !=, 0.0);
}

static void
test_error_origin (void)
{
  g_autoptr(VwModel) m = lcoe_model ();
  g_autoptr(VwEvalContext) ctx = vw_eval_context_new (m);
  int capacity = vw_model_lookup (m, "capacity_mw");

  vw_eval_context_evaluate (ctx);
  vw_eval_context_set_input (ctx, capacity, 1, 0.0);
  vw_eval_context_evaluate (ctx);
  /* Named where it started, and everything that depends on it is that error. */
  assert_var (ctx, m, "lcoe_crf", 1,
              "#DIV/0!: (capacity_mw * 8760 * capacity_factor) is 0 in lcoe_crf@offer");
  assert_var (ctx, m, "lcoe", 1, "#DIV/0!: NPV(rate, energy_mwh) is 0 in lcoe@offer");
  assert_var (ctx, m, "advantage", 1, "#DIV/0!: NPV(rate, energy_mwh) is 0 in lcoe@offer");
  /* The status quo is untouched */
  assert_rel (number (ctx, m, "lcoe", 0), 36.09823143581392);
  /* Back to a valid value: the error disappears everywhere */
  vw_eval_context_set_input (ctx, capacity, 1, 2.2e9 / 8760 / 1000);
  vw_eval_context_evaluate (ctx);
  g_assert_cmpfloat (number (ctx, m, "advantage", 1), >, 0.0);
}

static void
test_single_alternative_messages (void)
{
  g_autoptr(VwModel) m = vw_model_new (5);
  g_autoptr(VwEvalContext) ctx = NULL;

  vw_model_add_input (m, "capacity_mw", 0, NULL);
  vw_model_add_input (m, "cost", 100, NULL);
  vw_model_add_formula (m, "lcoe", "cost / capacity_mw", NULL);
  vw_model_add_formula (m, "margin", "1 - lcoe / 200", NULL);
  vw_model_add_formula (m, "typo", "cost * capacity_m", NULL);
  vw_model_add_formula (m, "bad_alt", "cost@competitor", NULL);
  vw_model_add_formula (m, "broken", "cost * (1 +", NULL);
  vw_model_add_formula (m, "uses_broken", "broken + 1", NULL);
  vw_model_add_formula (m, "caught", "IFERROR(lcoe, -1)", NULL);
  vw_model_compile (m);
  ctx = vw_eval_context_new (m);
  vw_eval_context_evaluate (ctx);

  /* The example of the issue, word for word */
  assert_var (ctx, m, "lcoe", 0, "#DIV/0!: capacity_mw is 0 in lcoe");
  assert_var (ctx, m, "margin", 0, "#DIV/0!: capacity_mw is 0 in lcoe");
  assert_var (ctx, m, "typo", 0, "#NAME?: unknown name “capacity_m”");
  assert_var (ctx, m, "bad_alt", 0, "#REF!: there is no alternative “competitor” (in cost@competitor)");
  assert_var (ctx, m, "broken", 0,
              "#VALUE!: the formula of broken cannot be read: Column 12: the formula ends too early");
  assert_var (ctx, m, "uses_broken", 0,
              "#VALUE!: the formula of broken cannot be read: Column 12: the formula ends too early");
  assert_var (ctx, m, "caught", 0, "-1");
}

static void
test_names (void)
{
  g_autoptr(VwModel) m = vw_model_new (5);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (vw_model_add_input (m, "a", 1, NULL), ==, 0);
  g_assert_cmpint (vw_model_add_input (m, "a", 2, &error), ==, -1);
  g_assert_cmpstr (error->message, ==, "There is already a variable named “a”");
  g_clear_error (&error);
  g_assert_cmpint (vw_model_add_formula (m, "2x", "1", &error), ==, -1);
  g_assert_error (error, VW_FORMULA_ERROR, VW_FORMULA_ERROR_SYNTAX);
  g_clear_error (&error);
  g_assert_cmpint (vw_model_add_formula (m, "T", "1", &error), ==, -1);  /* T is the period */
  g_clear_error (&error);
  g_assert_cmpint (vw_model_add_formula (m, "b", "a * 2", NULL), ==, 1);
  vw_model_compile (m);
  g_assert_cmpint (vw_model_lookup (m, "b"), ==, 1);
  g_assert_cmpint (vw_model_lookup (m, "c"), ==, -1);
  g_assert_cmpint (vw_model_lookup_alternative (m, "base"), ==, 0);
}

static void
test_cycles (void)
{
  g_autoptr(VwModel) m = vw_model_new (3);
  g_autoptr(VwEvalContext) ctx = NULL;
  GPtrArray *cycles;

  vw_model_add_input (m, "x", 1, NULL);
  vw_model_add_formula (m, "a", "b + x", NULL);
  vw_model_add_formula (m, "b", "c * 2", NULL);
  vw_model_add_formula (m, "c", "a - 1", NULL);
  vw_model_add_formula (m, "d", "c + 1", NULL);       /* depends on the cycle */
  vw_model_add_formula (m, "self", "self + 1", NULL);
  vw_model_add_formula (m, "fine", "x * 3", NULL);
  vw_model_compile (m);
  ctx = vw_eval_context_new (m);
  vw_eval_context_evaluate (ctx);

  cycles = vw_model_get_cycles (m);
  g_assert_cmpuint (cycles->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (cycles, 0), ==, "a → b → c → a");
  g_assert_cmpstr (g_ptr_array_index (cycles, 1), ==, "self → self");
  assert_var (ctx, m, "a", 0, "#CYCLE!: circular reference a → b → c → a");
  assert_var (ctx, m, "b", 0, "#CYCLE!: circular reference a → b → c → a");
  assert_var (ctx, m, "d", 0, "#CYCLE!: d depends on the circular reference a → b → c → a");
  assert_var (ctx, m, "self", 0, "#CYCLE!: circular reference self → self");
  assert_var (ctx, m, "fine", 0, "3");
}

static void
test_cycle_across_alternatives (void)
{
  g_autoptr(VwModel) m = vw_model_new (3);
  g_autoptr(VwEvalContext) ctx = NULL;

  vw_model_add_alternative (m, "us");
  vw_model_add_alternative (m, "them");
  /* Not a cycle: each alternative reads the other's input-driven price. */
  vw_model_add_input (m, "cost", 10, NULL);
  vw_model_add_formula (m, "gap", "cost@them - cost@us", NULL);
  /* A cycle that only exists between alternatives */
  vw_model_add_formula (m, "p", "q@them", NULL);
  vw_model_add_formula (m, "q", "p@us + 1", NULL);
  vw_model_compile (m);
  ctx = vw_eval_context_new (m);
  vw_eval_context_set_input (ctx, vw_model_lookup (m, "cost"), 1, 12);
  vw_eval_context_evaluate (ctx);

  assert_var (ctx, m, "gap", 0, "2");
  assert_var (ctx, m, "p", 0, "#CYCLE!: circular reference p@us → q@them → p@us");
  g_assert_cmpuint (vw_model_get_cycles (m)->len, ==, 1);
}

/* Found by the fuzzer: a chain of dependents reached from two directions (leaked before). */
static void
test_cycle_dependents (void)
{
  g_autoptr(VwModel) m = vw_model_new (3);
  g_autoptr(VwEvalContext) ctx = NULL;

  vw_model_add_alternative (m, "us");
  vw_model_add_alternative (m, "them");
  vw_model_add_formula (m, "f", "f + 1", NULL);
  vw_model_add_formula (m, "g", "f * 2 + f@them", NULL);
  vw_model_add_formula (m, "h", "IFERROR(SUM(g), -1)", NULL);
  vw_model_compile (m);
  ctx = vw_eval_context_new (m);
  vw_eval_context_evaluate (ctx);
  assert_var (ctx, m, "f", 1, "#CYCLE!: circular reference f → f");
  assert_var (ctx, m, "g", 0, "#CYCLE!: g@us depends on the circular reference f → f");
  /* IFERROR cannot catch a cycle: a cycle is a structural error of the model */
  assert_var (ctx, m, "h", 0, "#CYCLE!: h@us depends on the circular reference f → f");
  g_assert_cmpuint (vw_model_get_cycles (m)->len, ==, 2);
}

static void
test_incremental (void)
{
  g_autoptr(VwModel) m = vw_model_new (10);
  g_autoptr(VwEvalContext) ctx = NULL;
  int price, volume, fixed;

  price = vw_model_add_input (m, "price", 10, NULL);
  volume = vw_model_add_input (m, "volume", 100, NULL);
  fixed = vw_model_add_input (m, "fixed", 50, NULL);
  vw_model_add_formula (m, "revenue", "price * volume * (T > 0)", NULL);
  vw_model_add_formula (m, "capped", "MIN(price, 20)", NULL);
  vw_model_add_formula (m, "uses_cap", "capped * 2", NULL);
  vw_model_add_formula (m, "profit", "revenue - fixed", NULL);
  vw_model_add_formula (m, "npv", "NPV(0.1, profit)", NULL);
  vw_model_add_formula (m, "unrelated", "fixed * 3", NULL);
  vw_model_compile (m);
  ctx = vw_eval_context_new (m);

  g_assert_cmpuint (vw_eval_context_evaluate (ctx), ==, 9);
  g_assert_cmpuint (vw_eval_context_evaluate (ctx), ==, 0);
  /* volume → revenue → profit → npv: 4 nodes, not 9 */
  vw_eval_context_set_input (ctx, volume, 0, 200);
  g_assert_cmpuint (vw_eval_context_evaluate (ctx), ==, 4);
  assert_rel (number (ctx, m, "npv", 0), -50 + 1950 * 6.1445671057046);
  /* Setting the same value again changes nothing */
  vw_eval_context_set_input (ctx, volume, 0, 200);
  g_assert_cmpuint (vw_eval_context_evaluate (ctx), ==, 0);
  /* price 25 → 30: capped stays 20, so uses_cap is not recomputed */
  vw_eval_context_set_input (ctx, price, 0, 25);
  vw_eval_context_evaluate (ctx);
  vw_eval_context_set_input (ctx, price, 0, 30);
  g_assert_cmpuint (vw_eval_context_evaluate (ctx), ==, 5);
  assert_var (ctx, m, "uses_cap", 0, "40");
  /* The incremental result equals a fresh full evaluation */
  vw_eval_context_set_input (ctx, fixed, 0, 75);
  vw_eval_context_evaluate (ctx);
  {
    g_autoptr(VwEvalContext) fresh = vw_eval_context_new (m);
    vw_eval_context_set_input (fresh, price, 0, 30);
    vw_eval_context_set_input (fresh, volume, 0, 200);
    vw_eval_context_set_input (fresh, fixed, 0, 75);
    vw_eval_context_evaluate (fresh);
    for (guint v = 0; v < vw_model_get_n_variables (m); v++)
      {
        g_autofree char *a = value_text (ctx, m, vw_model_get_name (m, v), 0);
        g_autofree char *b = value_text (fresh, m, vw_model_get_name (m, v), 0);
        g_assert_cmpstr (a, ==, b);
      }
  }
  /* reset_inputs goes back to the model's values */
  vw_eval_context_reset_inputs (ctx);
  vw_eval_context_evaluate (ctx);
  assert_var (ctx, m, "unrelated", 0, "150");
}

static void
test_targets (void)
{
  g_autoptr(VwModel) m = vw_model_new (10);
  g_autoptr(VwEvalContext) ctx = NULL;
  g_autoptr(VwEvalContext) fresh = NULL;
  int target, alt;

  vw_model_add_alternative (m, "us");
  vw_model_add_alternative (m, "them");
  vw_model_add_input (m, "x", 2, NULL);
  vw_model_add_input (m, "y", 3, NULL);
  vw_model_add_formula (m, "a", "x * T", NULL);
  vw_model_add_formula (m, "b", "y + 1", NULL);
  vw_model_add_formula (m, "goal", "SUM(a) - SUM(a@them)", NULL);
  vw_model_compile (m);
  ctx = vw_eval_context_new (m);

  /* goal@us needs a@us, a@them, x@us, x@them: 5 nodes of 10, not b or y */
  target = vw_model_lookup (m, "goal");
  alt = 0;
  vw_eval_context_set_targets (ctx, &target, &alt, 1);
  g_assert_cmpuint (vw_eval_context_evaluate (ctx), ==, 5);
  vw_eval_context_set_input (ctx, vw_model_lookup (m, "y"), -1, 10);
  g_assert_cmpuint (vw_eval_context_evaluate (ctx), ==, 0);
  vw_eval_context_set_input (ctx, vw_model_lookup (m, "x"), 1, 1);
  g_assert_cmpuint (vw_eval_context_evaluate (ctx), ==, 3);
  assert_var (ctx, m, "goal", 0, "55");
  /* Cleared: what was skipped is computed now, and equals a fresh evaluation */
  vw_eval_context_set_targets (ctx, NULL, NULL, 0);
  g_assert_cmpuint (vw_eval_context_evaluate (ctx), ==, 5);
  fresh = vw_eval_context_new (m);
  vw_eval_context_set_input (fresh, vw_model_lookup (m, "y"), -1, 10);
  vw_eval_context_set_input (fresh, vw_model_lookup (m, "x"), 1, 1);
  vw_eval_context_evaluate (fresh);
  for (guint v = 0; v < vw_model_get_n_variables (m); v++)
    for (int a = 0; a < 2; a++)
      {
        g_autofree char *s1 = value_text (ctx, m, vw_model_get_name (m, v), a);
        g_autofree char *s2 = value_text (fresh, m, vw_model_get_name (m, v), a);
        g_assert_cmpstr (s1, ==, s2);
      }
}

typedef struct
{
  VwModel *model;
  int      seed;
  double   results[200];
} ThreadJob;

static gpointer
thread_job (gpointer data)
{
  ThreadJob *job = data;
  g_autoptr(VwEvalContext) ctx = vw_eval_context_new (job->model);
  int volume = vw_model_lookup (job->model, "volume");
  int npv = vw_model_lookup (job->model, "npv");

  for (int i = 0; i < 200; i++)
    {
      VwValue v;
      vw_eval_context_set_input (ctx, volume, 0, 100 + job->seed * 1000 + i);
      vw_eval_context_evaluate (ctx);
      vw_eval_context_get (ctx, npv, 0, &v);
      job->results[i] = v.scalar;
    }
  return NULL;
}

static void
test_threads (void)
{
  g_autoptr(VwModel) m = vw_model_new (10);
  ThreadJob jobs[4];
  GThread *threads[4];

  vw_model_add_input (m, "volume", 100, NULL);
  vw_model_add_formula (m, "profit", "IF(T = 0, -5000, volume * 3 - 20)", NULL);
  vw_model_add_formula (m, "npv", "NPV(0.08, profit)", NULL);
  vw_model_compile (m);

  /* One compiled model, one context per thread, all at once */
  for (int k = 0; k < 4; k++)
    {
      jobs[k].model = m;
      jobs[k].seed = k;
      threads[k] = g_thread_new ("eval", thread_job, &jobs[k]);
    }
  for (int k = 0; k < 4; k++)
    g_thread_join (threads[k]);
  for (int k = 0; k < 4; k++)
    for (int i = 0; i < 200; i++)
      {
        double vol = 100 + k * 1000 + i;
        assert_rel (jobs[k].results[i], -5000 + (vol * 3 - 20) * (1 - pow (1.08, -10)) / 0.08);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/model/alternatives", test_alternatives);
  g_test_add_func ("/engine/model/error-origin", test_error_origin);
  g_test_add_func ("/engine/model/error-messages", test_single_alternative_messages);
  g_test_add_func ("/engine/model/names", test_names);
  g_test_add_func ("/engine/model/cycles", test_cycles);
  g_test_add_func ("/engine/model/cycle-across-alternatives", test_cycle_across_alternatives);
  g_test_add_func ("/engine/model/cycle-dependents", test_cycle_dependents);
  g_test_add_func ("/engine/model/incremental", test_incremental);
  g_test_add_func ("/engine/model/targets", test_targets);
  g_test_add_func ("/engine/model/threads", test_threads);

  return g_test_run ();
}
