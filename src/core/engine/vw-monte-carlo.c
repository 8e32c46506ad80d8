/* vw-monte-carlo.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-monte-carlo"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vw-engine-private.h"
#include "vw-monte-carlo.h"
#include "vw-stats.h"

G_DEFINE_QUARK (vw-monte-carlo-error-quark, vw_monte_carlo_error)

#define CHUNK 64

gboolean
vw_distribution_check (const VwDistribution  *d,
                       GError               **error)
{
  gboolean ok = TRUE;
  const char *why = NULL;

  g_return_val_if_fail (d != NULL, FALSE);

  switch (d->kind)
    {
    case VW_DIST_TRIANGULAR:
    case VW_DIST_PERT:
      ok = d->a <= d->b && d->b <= d->c && d->a < d->c;
      why = _("the minimum, the most likely value and the maximum must be in that order, with the minimum below the maximum");
      break;
    case VW_DIST_NORMAL:
      ok = d->b > 0.0;
      why = _("the standard deviation must be above 0");
      break;
    case VW_DIST_LOGNORMAL:
      ok = d->a > 0.0 && d->b > d->a;
      why = _("P10 must be above 0 and below P90");
      break;
    case VW_DIST_UNIFORM:
      ok = d->a < d->b;
      why = _("the minimum must be below the maximum");
      break;
    case VW_DIST_DISCRETE:
      {
        double total = 0.0;
        ok = d->n_values > 0 && d->values != NULL && d->probs != NULL;
        for (guint i = 0; ok && i < d->n_values; i++)
          {
            ok = d->probs[i] >= 0.0 && isfinite (d->values[i]);
            total += d->probs[i];
          }
        ok = ok && fabs (total - 1.0) <= 1e-9;
        why = _("the probabilities must be at least 0 and add up to 100 %");
      }
      break;
    default:
      ok = FALSE;
      why = _("unknown distribution");
    }
  ok = ok && isfinite (d->a) && isfinite (d->b) && isfinite (d->c);
  if (!ok)
    g_set_error (error, VW_MONTE_CARLO_ERROR, VW_MONTE_CARLO_ERROR_INVALID,
                 _("Invalid distribution: %s"), why);
  return ok;
}

static void
lognormal_params (const VwDistribution *d,
                  double               *mu,
                  double               *sigma)
{
  double z90;

  /* value-math §11: P10/P90 → μ, σ with the exact z(0.90). */
  vw_stats_norm_s_inv (0.9, &z90);
  *sigma = (log (d->b) - log (d->a)) / (2.0 * z90);
  *mu = 0.5 * (log (d->b) + log (d->a));
}

/* The analytic quantile (for tests, tornado ranges and the uniform→value map). */
double
vw_distribution_quantile (const VwDistribution *d,
                          double                p)
{
  double z, x = 0.0, mu, sigma;

  switch (d->kind)
    {
    case VW_DIST_TRIANGULAR:
      vw_stats_triangular_inv (p, d->a, d->b, d->c, &x);
      return x;
    case VW_DIST_PERT:
      {
        double w = d->c - d->a;
        vw_stats_beta_inv (p, 1.0 + 4.0 * (d->b - d->a) / w, 1.0 + 4.0 * (d->c - d->b) / w, &x);
        return d->a + x * w;
      }
    case VW_DIST_NORMAL:
      vw_stats_norm_s_inv (p, &z);
      return d->a + d->b * z;
    case VW_DIST_LOGNORMAL:
      lognormal_params (d, &mu, &sigma);
      vw_stats_norm_s_inv (p, &z);
      return exp (mu + sigma * z);
    case VW_DIST_UNIFORM:
      return d->a + p * (d->b - d->a);
    case VW_DIST_DISCRETE:
      {
        double cum = 0.0;
        for (guint i = 0; i < d->n_values; i++)
          {
            cum += d->probs[i];
            if (p < cum)
              return d->values[i];
          }
        return d->values[d->n_values - 1];
      }
    default:
      g_assert_not_reached ();
    }
}

/* Uniform in (0, 1): the unbounded tails must never see 0 (§11). */
static double
uniform_open (GRand *r)
{
  double u;

  do
    u = g_rand_double (r);
  while (u == 0.0);
  return u;
}

/* Marsaglia–Tsang; PERT shapes are always ≥ 1, so no boost for shape < 1 is needed. */
static double
gamma_draw (GRand  *r,
            double  shape)
{
  double d = shape - 1.0 / 3.0, c = 1.0 / sqrt (9.0 * d);

  for (;;)
    {
      double z, v, u;

      vw_stats_norm_s_inv (uniform_open (r), &z);
      v = 1.0 + c * z;
      if (v <= 0.0)
        continue;
      v = v * v * v;
      u = uniform_open (r);
      if (log (u) < 0.5 * z * z + d - d * v + d * log (v))
        return d * v;
    }
}

static double
draw (const VwDistribution *d,
      GRand                *r)
{
  if (d->kind == VW_DIST_PERT)
    {
      double w = d->c - d->a;
      double x = gamma_draw (r, 1.0 + 4.0 * (d->b - d->a) / w);
      double y = gamma_draw (r, 1.0 + 4.0 * (d->c - d->b) / w);
      return d->a + w * x / (x + y);
    }
  /* The others by inversion of their CDF. */
  return vw_distribution_quantile (d, uniform_open (r));
}

typedef struct
{
  VwModel              *model;
  const VwMonteCarloSpec *spec;
  const VwDistribution *dists;
  guint                 n_dists;
  const double         *inputs;
  double               *outputs;
  guint8               *failed;
  GCancellable         *cancellable;
  gint                  next;        /* next chunk, atomic */
  gint                  done;        /* draws done, atomic */
  GMutex                lock;
  GCond                 cond;
  char                 *first_error;
  guint                 first_error_draw;
  gint                  running;     /* atomic; also changed under lock, for the condition */
} Job;

static gpointer
worker (gpointer data)
{
  Job *job = data;
  g_autoptr(VwEvalContext) ctx = vw_eval_context_new (job->model);
  guint n = job->spec->n_draws;

  /* Only what the output depends on is computed in each draw. */
  vw_eval_context_set_targets (ctx, &job->spec->output_var, &job->spec->output_alt, 1);

  for (;;)
    {
      guint start = (guint) g_atomic_int_add (&job->next, CHUNK);

      if (start >= n || g_cancellable_is_cancelled (job->cancellable))
        break;
      for (guint i = start; i < MIN (start + CHUNK, n); i++)
        {
          VwValue v;

          for (guint k = 0; k < job->n_dists; k++)
            vw_eval_context_set_input (ctx, job->dists[k].var, job->dists[k].alt,
                                       job->inputs[(gsize) i * job->n_dists + k]);
          vw_eval_context_evaluate (ctx);
          vw_eval_context_get (ctx, job->spec->output_var, job->spec->output_alt, &v);
          if (v.kind == VW_VALUE_SCALAR)
            job->outputs[i] = v.scalar;
          else
            {
              job->failed[i] = TRUE;
              g_mutex_lock (&job->lock);
              /* Keep the error of the lowest draw, so the text is the same for any threads. */
              if (job->first_error == NULL || i < job->first_error_draw)
                {
                  g_free (job->first_error);
                  job->first_error = v.kind == VW_VALUE_ERROR
                    ? vw_value_error_text (&v)
                    : g_strdup (_("the output is a series, not a single number"));
                  job->first_error_draw = i;
                }
              g_mutex_unlock (&job->lock);
            }
        }
      g_atomic_int_add (&job->done, MIN (start + CHUNK, n) - start);
      g_mutex_lock (&job->lock);
      g_cond_signal (&job->cond);
      g_mutex_unlock (&job->lock);
    }

  g_mutex_lock (&job->lock);
  g_atomic_int_dec_and_test (&job->running);
  g_cond_signal (&job->cond);
  g_mutex_unlock (&job->lock);
  return NULL;
}

static gboolean
sample_inputs (const VwMonteCarloSpec *spec,
               const VwDistribution   *dists,
               guint                   n_dists,
               double                 *x,
               GError                **error)
{
  guint n = spec->n_draws;
  guint32 seed[2] = { (guint32) spec->seed, (guint32) (spec->seed >> 32) };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seed, 2);

  /* Input by input, draw by draw, in one thread: the only source of randomness. */
  for (guint k = 0; k < n_dists; k++)
    for (guint i = 0; i < n; i++)
      x[(gsize) i * n_dists + k] = draw (&dists[k], rand);

  if (spec->n_correlations > 0)
    {
      /* Only the inputs named in a correlation are reordered: the others keep the
       * independent order they were drawn in, which is their target (0) already. */
      g_autofree int *sub = g_new (int, n_dists);
      g_autofree guint *cols = g_new (guint, n_dists);
      g_autofree double *target = NULL;
      g_autofree double *y = NULL;
      guint m = 0;

      for (guint k = 0; k < n_dists; k++)
        sub[k] = -1;
      for (guint c = 0; c < spec->n_correlations; c++)
        {
          const VwCorrelation *cor = &spec->correlations[c];
          if (cor->i >= n_dists || cor->j >= n_dists || cor->i == cor->j || !(fabs (cor->rho) < 1.0))
            {
              g_set_error (error, VW_MONTE_CARLO_ERROR, VW_MONTE_CARLO_ERROR_INVALID,
                           _("A correlation must link two different inputs with a coefficient between −1 and 1"));
              return FALSE;
            }
        }
      for (guint k = 0; k < n_dists; k++)
        for (guint c = 0; c < spec->n_correlations; c++)
          if (spec->correlations[c].i == k || spec->correlations[c].j == k)
            {
              sub[k] = m;
              cols[m++] = k;
              break;
            }

      target = g_new0 (double, m * m);
      for (guint k = 0; k < m; k++)
        target[k * m + k] = 1.0;
      for (guint c = 0; c < spec->n_correlations; c++)
        {
          const VwCorrelation *cor = &spec->correlations[c];
          target[sub[cor->i] * m + sub[cor->j]] = target[sub[cor->j] * m + sub[cor->i]] = cor->rho;
        }
      y = g_new (double, (gsize) n * m);
      for (guint i = 0; i < n; i++)
        for (guint k = 0; k < m; k++)
          y[(gsize) i * m + k] = x[(gsize) i * n_dists + cols[k]];
      if (n < 3 || !vw_iman_conover (y, n, m, target, rand))
        {
          g_set_error (error, VW_MONTE_CARLO_ERROR, VW_MONTE_CARLO_ERROR_INVALID,
                       _("These correlations contradict each other (the matrix is not positive definite)"));
          return FALSE;
        }
      for (guint i = 0; i < n; i++)
        for (guint k = 0; k < m; k++)
          x[(gsize) i * n_dists + cols[k]] = y[(gsize) i * m + k];
    }
  return TRUE;
}

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
summarize (VwMonteCarloResult *res,
           const guint8       *failed,
           guint               n_bins)
{
  double sum = 0.0;
  guint n = 0;

  res->sorted = g_new (double, MAX (res->n_draws, 1));
  for (guint i = 0; i < res->n_draws; i++)
    if (!failed[i])
      {
        res->sorted[n++] = res->samples[i];
        sum += res->samples[i];
      }
  res->n_valid = n;
  qsort (res->sorted, n, sizeof (double), cmp_double);
  res->n_bins = n_bins;
  res->histogram = g_new0 (guint, n_bins);
  if (n == 0)
    return;
  res->mean = sum / n;
  res->min = res->sorted[0];
  res->max = res->sorted[n - 1];
  res->p10 = vw_stats_percentile_sorted (res->sorted, n, 0.10);
  res->p50 = vw_stats_percentile_sorted (res->sorted, n, 0.50);
  res->p90 = vw_stats_percentile_sorted (res->sorted, n, 0.90);
  res->bin_start = res->min;
  res->bin_width = res->max > res->min ? (res->max - res->min) / n_bins : 1.0;
  for (guint i = 0; i < n; i++)
    {
      guint b = (guint) ((res->sorted[i] - res->min) / res->bin_width);
      res->histogram[MIN (b, n_bins - 1)]++;
    }
}

/**
 * vw_monte_carlo_run:
 *
 * Runs @spec->n_draws evaluations of @model on worker threads and blocks until they are done
 * (call it from a GTask thread in the UI). @progress is called in this thread.
 *
 * Returns: (transfer full): the result, or %NULL with @error set when the specification is
 *   invalid or @cancellable was cancelled (G_IO_ERROR_CANCELLED).
 */
VwMonteCarloResult *
vw_monte_carlo_run (VwModel                *model,
                    const VwMonteCarloSpec *spec,
                    const VwDistribution   *dists,
                    guint                   n_dists,
                    GCancellable           *cancellable,
                    VwProgressFunc          progress,
                    gpointer                user_data,
                    GError                **error)
{
  g_autoptr(VwMonteCarloResult) res = NULL;
  g_autofree guint8 *failed = NULL;
  g_autoptr(GPtrArray) threads = NULL;
  Job job = { 0 };
  guint n_threads;

  g_return_val_if_fail (model != NULL && spec != NULL, NULL);
  g_return_val_if_fail (n_dists == 0 || dists != NULL, NULL);

  if (spec->n_draws == 0)
    {
      g_set_error (error, VW_MONTE_CARLO_ERROR, VW_MONTE_CARLO_ERROR_INVALID,
                   _("The number of draws must be at least 1"));
      return NULL;
    }
  if (spec->output_var < 0 || (guint) spec->output_var >= vw_model_get_n_variables (model) ||
      spec->output_alt < 0 || (guint) spec->output_alt >= vw_model_get_n_alternatives (model))
    {
      g_set_error (error, VW_MONTE_CARLO_ERROR, VW_MONTE_CARLO_ERROR_INVALID,
                   _("The output is not a variable of the model"));
      return NULL;
    }
  for (guint k = 0; k < n_dists; k++)
    {
      if (dists[k].var < 0 || (guint) dists[k].var >= vw_model_get_n_variables (model) ||
          !vw_model_is_input (model, dists[k].var) || dists[k].alt < -1 ||
          dists[k].alt >= (int) vw_model_get_n_alternatives (model))
        {
          g_set_error (error, VW_MONTE_CARLO_ERROR, VW_MONTE_CARLO_ERROR_INVALID,
                       _("Only inputs can have a distribution"));
          return NULL;
        }
      if (!vw_distribution_check (&dists[k], error))
        return NULL;
    }

  res = g_new0 (VwMonteCarloResult, 1);
  res->n_draws = spec->n_draws;
  res->n_dists = n_dists;
  res->inputs = g_new (double, MAX ((gsize) spec->n_draws * n_dists, 1));
  res->samples = g_new0 (double, spec->n_draws);
  failed = g_new0 (guint8, spec->n_draws);
  if (!sample_inputs (spec, dists, n_dists, res->inputs, error))
    return NULL;

  job.model = model;
  job.spec = spec;
  job.dists = dists;
  job.n_dists = n_dists;
  job.inputs = res->inputs;
  job.outputs = res->samples;
  job.failed = failed;
  job.cancellable = cancellable;
  g_mutex_init (&job.lock);
  g_cond_init (&job.cond);

  n_threads = spec->n_threads != 0 ? spec->n_threads : g_get_num_processors ();
  n_threads = CLAMP (n_threads, 1, MAX (1, spec->n_draws / CHUNK + 1));
  g_atomic_int_set (&job.running, (gint) n_threads);
  threads = g_ptr_array_new ();
  for (guint t = 0; t < n_threads; t++)
    g_ptr_array_add (threads, g_thread_new ("vw-monte-carlo", worker, &job));

  g_mutex_lock (&job.lock);
  while (g_atomic_int_get (&job.running) > 0)
    {
      g_cond_wait (&job.cond, &job.lock);
      if (progress != NULL)
        {
          guint done = (guint) g_atomic_int_get (&job.done);
          g_mutex_unlock (&job.lock);
          progress (done, spec->n_draws, user_data);
          g_mutex_lock (&job.lock);
        }
    }
  g_mutex_unlock (&job.lock);
  /* The workers may all finish before this thread first waits: report the end anyway. */
  if (progress != NULL)
    progress ((guint) g_atomic_int_get (&job.done), spec->n_draws, user_data);
  for (guint t = 0; t < threads->len; t++)
    g_thread_join (g_ptr_array_index (threads, t));
  g_mutex_clear (&job.lock);
  g_cond_clear (&job.cond);

  res->first_error = job.first_error;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  summarize (res, failed, spec->n_bins != 0 ? spec->n_bins : 30);
  return g_steal_pointer (&res);
}

void
vw_monte_carlo_result_free (VwMonteCarloResult *result)
{
  if (result == NULL)
    return;
  g_free (result->first_error);
  g_free (result->sorted);
  g_free (result->samples);
  g_free (result->histogram);
  g_free (result->inputs);
  g_free (result);
}
