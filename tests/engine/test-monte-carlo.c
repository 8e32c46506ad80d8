/* test-monte-carlo.c: distributions against their analytic quantiles, reproducibility
 * across thread counts, rank correlation, failing draws and cancellation
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tolerances follow from N (value-math §11): the empirical CDF at the analytic p-quantile
 * has standard deviation √(p(1−p)/N); we allow 5 of them.
 */

#include <gio/gio.h>
#include <string.h>

#include "vw-monte-carlo.h"
#include "vw-stats.h"
#include "vw-test-util.h"

#define N 20000

static VwModel *
identity_model (void)
{
  VwModel *m = vw_model_new (0);

  vw_model_add_input (m, "x", 1, NULL);
  vw_model_add_formula (m, "y", "x", NULL);
  vw_model_compile (m);
  return m;
}

static VwMonteCarloResult *
run (VwModel              *m,
     const VwDistribution *d,
     guint                 n_dists,
     guint                 n_draws,
     guint64               seed,
     guint                 threads,
     const char           *output)
{
  VwMonteCarloSpec spec = { n_draws, seed, threads, vw_model_lookup (m, output), 0, 20, NULL, 0 };
  g_autoptr(GError) error = NULL;
  VwMonteCarloResult *res = vw_monte_carlo_run (m, &spec, d, n_dists, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return res;
}

static double
ecdf (const VwMonteCarloResult *res,
      double                    x)
{
  guint below = 0;

  for (guint i = 0; i < res->n_valid; i++)
    below += res->sorted[i] <= x;
  return (double) below / res->n_valid;
}

static void
check_quantiles (VwDistribution *d)
{
  g_autoptr(VwModel) m = identity_model ();
  g_autoptr(VwMonteCarloResult) res = NULL;
  const double ps[] = { 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95 };

  d->var = vw_model_lookup (m, "x");
  d->alt = -1;
  res = run (m, d, 1, N, 42, 2, "y");
  g_assert_cmpuint (res->n_valid, ==, N);
  for (guint i = 0; i < G_N_ELEMENTS (ps); i++)
    {
      double q = vw_distribution_quantile (d, ps[i]);
      assert_abs (ecdf (res, q), ps[i], 5 * sqrt (ps[i] * (1 - ps[i]) / N));
    }
  /* P10/P50/P90 are type-7 percentiles of the sorted outputs (non-exceedance) */
  assert_rel (res->p10, vw_stats_percentile_sorted (res->sorted, N, 0.10));
  g_assert_cmpfloat (res->p10, <=, res->p50);
  g_assert_cmpfloat (res->p50, <=, res->p90);
  {
    guint total = 0;
    for (guint b = 0; b < res->n_bins; b++)
      total += res->histogram[b];
    g_assert_cmpuint (total, ==, N);
  }
}

static void
test_triangular (void)
{
  VwDistribution d = { 0, 0, VW_DIST_TRIANGULAR, -20, -2, 0 };
  check_quantiles (&d);
  /* S-30: quantile(0.1) = −14 */
  assert_rel (vw_distribution_quantile (&d, 0.1), -14.0);
}

static void
test_pert (void)
{
  VwDistribution d = { 0, 0, VW_DIST_PERT, 10, 13, 25 };
  g_autoptr(VwModel) m = identity_model ();
  g_autoptr(VwMonteCarloResult) res = NULL;
  double mean = (10 + 4 * 13 + 25) / 6.0;           /* §11 */
  double sd = sqrt ((mean - 10) * (25 - mean) / 7.0);

  check_quantiles (&d);
  d.var = vw_model_lookup (m, "x");
  res = run (m, &d, 1, N, 7, 2, "y");
  assert_abs (res->mean, mean, 5 * sd / sqrt (N));
}

static void
test_normal (void)
{
  VwDistribution d = { 0, 0, VW_DIST_NORMAL, 100, 15, 0 };
  check_quantiles (&d);
  assert_abs (vw_distribution_quantile (&d, 0.9), 100 + 15 * 1.2815516, 15 * 5e-8);
}

static void
test_lognormal (void)
{
  VwDistribution d = { 0, 0, VW_DIST_LOGNORMAL, 50, 200, 0 };
  g_autoptr(VwModel) m = identity_model ();
  g_autoptr(VwMonteCarloResult) res = NULL;
  double sigma = (log (200) - log (50)) / (2 * 1.2815515655446004);

  check_quantiles (&d);
  /* The input's own P10 and P90 come back, the median is √(P10·P90), the mean is above it */
  assert_rel (vw_distribution_quantile (&d, 0.1), 50);
  assert_rel (vw_distribution_quantile (&d, 0.9), 200);
  assert_rel (vw_distribution_quantile (&d, 0.5), 100);
  d.var = vw_model_lookup (m, "x");
  res = run (m, &d, 1, N, 9, 2, "y");
  assert_abs (log (res->mean), log (100) + sigma * sigma / 2, 0.02);
}

static void
test_uniform (void)
{
  VwDistribution d = { 0, 0, VW_DIST_UNIFORM, -3, 5, 0 };
  check_quantiles (&d);
}

static void
test_bernoulli (void)
{
  const double values[] = { 0, 1 };
  const double probs[] = { 0.9, 0.1 };
  VwDistribution d = { 0, -1, VW_DIST_DISCRETE, 0, 0, 0, values, probs, 2 };
  g_autoptr(VwModel) m = identity_model ();
  g_autoptr(VwMonteCarloResult) res = NULL;

  d.var = vw_model_lookup (m, "x");
  res = run (m, &d, 1, N, 3, 2, "y");
  /* An event with probability 10 % (§7): its frequency, within 5 standard errors */
  assert_abs (res->mean, 0.1, 5 * sqrt (0.1 * 0.9 / N));
  g_assert_cmpfloat (res->min, ==, 0);
  g_assert_cmpfloat (res->max, ==, 1);
}

static VwModel *
npv_model (void)
{
  VwModel *m = vw_model_new (10);

  vw_model_add_alternative (m, "status_quo");
  vw_model_add_alternative (m, "offer");
  vw_model_add_input (m, "price", 100, NULL);
  vw_model_add_input (m, "volume", 1000, NULL);
  vw_model_add_input (m, "failure", 0, NULL);
  vw_model_add_formula (m, "cash", "IF(T = 0, -50000, price * volume * 0.1 - failure * 20000)", NULL);
  vw_model_add_formula (m, "npv", "NPV(0.08, cash)", NULL);
  vw_model_add_formula (m, "gain", "npv - npv@status_quo", NULL);
  vw_model_compile (m);
  return m;
}

static void
test_reproducible_across_threads (void)
{
  g_autoptr(VwModel) m = npv_model ();
  const double values[] = { 0, 1 };
  const double probs[] = { 0.8, 0.2 };
  VwDistribution d[] = {
    { vw_model_lookup (m, "price"), -1, VW_DIST_TRIANGULAR, 80, 100, 130 },
    { vw_model_lookup (m, "volume"), 1, VW_DIST_PERT, 800, 1000, 1500 },
    { vw_model_lookup (m, "failure"), 0, VW_DIST_DISCRETE, 0, 0, 0, values, probs, 2 },
  };
  VwCorrelation corr[] = { { 0, 1, -0.5 } };
  VwMonteCarloSpec spec = { 3000, 12345, 1, vw_model_lookup (m, "gain"), 1, 25, corr, 1 };
  g_autoptr(VwMonteCarloResult) one = NULL;

  one = vw_monte_carlo_run (m, &spec, d, 3, NULL, NULL, NULL, NULL);
  g_assert_nonnull (one);
  for (guint threads = 2; threads <= 5; threads++)
    {
      g_autoptr(VwMonteCarloResult) res = NULL;

      spec.n_threads = threads;
      res = vw_monte_carlo_run (m, &spec, d, 3, NULL, NULL, NULL, NULL);
      g_assert_cmpmem (res->samples, 3000 * sizeof (double), one->samples, 3000 * sizeof (double));
      g_assert_cmpmem (res->histogram, 25 * sizeof (guint), one->histogram, 25 * sizeof (guint));
      g_assert_cmpfloat (res->mean, ==, one->mean);
      g_assert_cmpfloat (res->p90, ==, one->p90);
    }
  /* Another seed gives other draws */
  {
    g_autoptr(VwMonteCarloResult) other = NULL;
    spec.seed = 54321;
    other = vw_monte_carlo_run (m, &spec, d, 3, NULL, NULL, NULL, NULL);
    g_assert_cmpfloat (other->mean, !=, one->mean);
  }
  /* Each draw's output equals a plain evaluation with that draw's inputs */
  {
    g_autoptr(VwEvalContext) ctx = vw_eval_context_new (m);
    for (guint i = 0; i < 3000; i += 499)
      {
        VwValue v;
        for (guint k = 0; k < 3; k++)
          vw_eval_context_set_input (ctx, d[k].var, d[k].alt, one->inputs[i * 3 + k]);
        vw_eval_context_evaluate (ctx);
        vw_eval_context_get (ctx, spec.output_var, 1, &v);
        g_assert_cmpfloat (v.scalar, ==, one->samples[i]);
      }
  }
}

static double
spearman (const double *x,
          guint         stride,
          guint         a,
          guint         b,
          guint         n)
{
  g_autofree double *ra = g_new (double, n);
  g_autofree double *rb = g_new (double, n);
  double mean = (n - 1) / 2.0, sab = 0, saa = 0, sbb = 0;

  /* Ranks by counting (n is small enough): no ties in continuous draws. */
  for (guint i = 0; i < n; i++)
    {
      guint ka = 0, kb = 0;
      for (guint j = 0; j < n; j++)
        {
          ka += x[j * stride + a] < x[i * stride + a];
          kb += x[j * stride + b] < x[i * stride + b];
        }
      ra[i] = ka;
      rb[i] = kb;
    }
  for (guint i = 0; i < n; i++)
    {
      sab += (ra[i] - mean) * (rb[i] - mean);
      saa += (ra[i] - mean) * (ra[i] - mean);
      sbb += (rb[i] - mean) * (rb[i] - mean);
    }
  return sab / sqrt (saa * sbb);
}

static void
test_iman_conover (void)
{
  g_autoptr(VwModel) m = npv_model ();
  VwDistribution d[] = {
    { vw_model_lookup (m, "price"), -1, VW_DIST_UNIFORM, 80, 120 },
    { vw_model_lookup (m, "volume"), -1, VW_DIST_NORMAL, 1000, 100 },
    { vw_model_lookup (m, "failure"), -1, VW_DIST_TRIANGULAR, 0, 0.1, 1 },
  };
  VwCorrelation corr[] = { { 0, 1, 0.7 }, { 1, 2, -0.4 } };
  VwMonteCarloSpec spec = { 4000, 99, 2, vw_model_lookup (m, "npv"), 0, 0, corr, 2 };
  VwMonteCarloSpec plain = spec;
  g_autoptr(VwMonteCarloResult) res = NULL;
  g_autoptr(VwMonteCarloResult) indep = NULL;
  g_autoptr(GError) error = NULL;

  res = vw_monte_carlo_run (m, &spec, d, 3, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_abs (spearman (res->inputs, 3, 0, 1, 4000), 0.7, 0.05);
  assert_abs (spearman (res->inputs, 3, 1, 2, 4000), -0.4, 0.05);
  /* A pair without a coefficient is uncorrelated */
  assert_abs (spearman (res->inputs, 3, 0, 2, 4000), 0.0, 0.05);

  /* Only the order changes: each input keeps exactly the values drawn for it */
  plain.correlations = NULL;
  plain.n_correlations = 0;
  indep = vw_monte_carlo_run (m, &plain, d, 3, NULL, NULL, NULL, NULL);
  assert_abs (spearman (indep->inputs, 3, 0, 1, 4000), 0.0, 0.05);
  for (guint k = 0; k < 3; k++)
    {
      double s1 = 0, s2 = 0;
      for (guint i = 0; i < 4000; i++)
        {
          s1 += res->inputs[i * 3 + k];
          s2 += indep->inputs[i * 3 + k];
        }
      assert_rel (s1, s2);
    }

  /* A matrix that is not positive definite is refused with a message */
  {
    VwCorrelation bad[] = { { 0, 1, 0.9 }, { 1, 2, 0.9 }, { 0, 2, -0.9 } };
    g_autoptr(VwMonteCarloResult) none = NULL;
    spec.correlations = bad;
    spec.n_correlations = 3;
    none = vw_monte_carlo_run (m, &spec, d, 3, NULL, NULL, NULL, &error);
    g_assert_null (none);
    g_assert_error (error, VW_MONTE_CARLO_ERROR, VW_MONTE_CARLO_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "These correlations contradict each other (the matrix is not positive definite)");
  }
}

static void
test_failing_draws (void)
{
  g_autoptr(VwModel) m = vw_model_new (0);
  g_autoptr(VwMonteCarloResult) res = NULL;
  VwDistribution d = { 0, -1, VW_DIST_UNIFORM, 0, 1 };

  vw_model_add_input (m, "load", 0.5, NULL);
  vw_model_add_formula (m, "margin", "IF(load > 0.75, 1 / (load - load), load)", NULL);
  vw_model_compile (m);
  d.var = vw_model_lookup (m, "load");
  res = run (m, &d, 1, N, 5, 3, "margin");
  /* About a quarter of the draws fail; they are counted, not averaged in */
  assert_abs ((double) res->n_valid / N, 0.75, 5 * sqrt (0.75 * 0.25 / N));
  g_assert_cmpstr (res->first_error, ==, "#DIV/0!: (load - load) is 0 in margin");
  g_assert_cmpfloat (res->max, <=, 0.75);
}

static void
test_invalid (void)
{
  g_autoptr(VwModel) m = npv_model ();
  g_autoptr(GError) error = NULL;
  VwDistribution d = { vw_model_lookup (m, "price"), -1, VW_DIST_TRIANGULAR, 10, 5, 20 };
  VwMonteCarloSpec spec = { 100, 1, 1, vw_model_lookup (m, "npv"), 0, 0, NULL, 0 };

  g_assert_null (vw_monte_carlo_run (m, &spec, &d, 1, NULL, NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "Invalid distribution: the minimum, the most likely value and the maximum must be in that order, with the minimum below the maximum");
  g_clear_error (&error);
  d.var = vw_model_lookup (m, "npv");
  d.b = 15;
  g_assert_null (vw_monte_carlo_run (m, &spec, &d, 1, NULL, NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "Only inputs can have a distribution");
}

typedef struct
{
  GCancellable *cancellable;
  guint         calls;
  guint         last;
} Progress;

static void
on_progress (guint    done,
             guint    total,
             gpointer data)
{
  Progress *p = data;

  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >=, p->last);
  p->last = done;
  p->calls++;
  if (p->cancellable != NULL && done > 0)
    g_cancellable_cancel (p->cancellable);
}

static void
test_progress_and_cancel (void)
{
  g_autoptr(VwModel) m = npv_model ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  VwDistribution d = { vw_model_lookup (m, "price"), -1, VW_DIST_NORMAL, 100, 10 };
  VwMonteCarloSpec spec = { 200000, 1, 2, vw_model_lookup (m, "npv"), 0, 0, NULL, 0 };
  Progress p = { NULL, 0, 0 };
  g_autoptr(VwMonteCarloResult) res = NULL;

  spec.n_draws = 5000;
  res = vw_monte_carlo_run (m, &spec, &d, 1, NULL, on_progress, &p, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (p.calls, >, 0);
  g_assert_cmpuint (p.last, ==, 5000);

  /* Cancelled from the progress callback: stops early, reports G_IO_ERROR_CANCELLED */
  spec.n_draws = 200000;
  p.cancellable = cancellable;
  p.last = 0;
  g_assert_null (vw_monte_carlo_run (m, &spec, &d, 1, cancellable, on_progress, &p, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (p.last, <, 200000);
}

/* Percentiles by selection equal those of the sorted data, exactly, with ties, tiny sizes,
 * sorted and reversed input (the worst cases of a naive quickselect). */
static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
test_percentiles_by_selection (void)
{
  static const double p[] = { 0.0, 0.10, 0.10, 0.25, 0.50, 0.90, 0.999, 1.0 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint sizes[] = { 1, 2, 3, 4, 7, 10, 101, 1000, 10001 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint shape = 0; shape < 4; shape++)
      {
        guint n = sizes[s];
        g_autofree double *x = g_new (double, n);
        g_autofree double *sorted = g_new (double, n);
        double out[G_N_ELEMENTS (p)];

        for (guint i = 0; i < n; i++)
          x[i] = shape == 0 ? g_rand_double_range (rand, -1e6, 1e6)
                 : shape == 1 ? (double) g_rand_int_range (rand, 0, 5)   /* many ties */
                 : shape == 2 ? (double) i                                /* sorted */
                              : (double) (n - i);                         /* reversed */
        memcpy (sorted, x, n * sizeof (double));
        qsort (sorted, n, sizeof (double), compare_doubles);

        vw_stats_percentiles_select (x, n, p, out, G_N_ELEMENTS (p));
        for (guint k = 0; k < G_N_ELEMENTS (p); k++)
          g_assert_cmpfloat (out[k], ==, vw_stats_percentile_sorted (sorted, n, p[k]));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/monte-carlo/triangular", test_triangular);
  g_test_add_func ("/engine/monte-carlo/percentiles-by-selection",
                   test_percentiles_by_selection);
  g_test_add_func ("/engine/monte-carlo/pert", test_pert);
  g_test_add_func ("/engine/monte-carlo/normal", test_normal);
  g_test_add_func ("/engine/monte-carlo/lognormal", test_lognormal);
  g_test_add_func ("/engine/monte-carlo/uniform", test_uniform);
  g_test_add_func ("/engine/monte-carlo/bernoulli", test_bernoulli);
  g_test_add_func ("/engine/monte-carlo/reproducible-across-threads", test_reproducible_across_threads);
  g_test_add_func ("/engine/monte-carlo/iman-conover", test_iman_conover);
  g_test_add_func ("/engine/monte-carlo/failing-draws", test_failing_draws);
  g_test_add_func ("/engine/monte-carlo/invalid", test_invalid);
  g_test_add_func ("/engine/monte-carlo/progress-and-cancel", test_progress_and_cancel);

  return g_test_run ();
}
