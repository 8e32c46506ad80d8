/* vw-case-model-mc.c: the Monte Carlo of a value case (uncertainty fields → engine draws)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file format's uncertainty (docs/file-format.md) becomes the engine's distributions;
 * the engine's generator makes the draws, and every output of the case is computed from the
 * same draws on every processor.
 */

#define G_LOG_DOMAIN "vw-case-model"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vw-case-model-private.h"
#include "vw-stats.h"

/* One distribution of @var; returns FALSE when the input is not uncertain (or is 0 under a
 * factor, which no factor can move). */
static gboolean
make_distribution (VwCaseModel    *self,
                   VwVariable     *var,
                   int             e,
                   int             alt,
                   double          x,
                   VwDistribution *d)
{
  VwItem *item = VW_ITEM (var);
  const char *kind = vw_item_get_string (item, "distribution");
  double a = vw_item_get_double (item, "dist-a");
  double b = vw_item_get_double (item, "dist-b");
  double c = vw_item_get_double (item, "dist-c");

  memset (d, 0, sizeof *d);
  d->var = e;
  d->alt = alt;

  if (alt >= 0 && x == 0.0)
    return FALSE;

  if (g_str_equal (kind, "triangular") || g_str_equal (kind, "pert"))
    {
      d->kind = g_str_equal (kind, "pert") ? VW_DIST_PERT : VW_DIST_TRIANGULAR;
      /* A negative input turns the factors' order around: min stays the smallest value. */
      d->a = alt >= 0 ? (x > 0 ? a * x : c * x) : a;
      d->b = alt >= 0 ? b * x : b;
      d->c = alt >= 0 ? (x > 0 ? c * x : a * x) : c;
    }
  else if (g_str_equal (kind, "uniform"))
    {
      d->kind = VW_DIST_UNIFORM;
      d->a = alt >= 0 ? (x > 0 ? a * x : b * x) : a;
      d->b = alt >= 0 ? (x > 0 ? b * x : a * x) : b;
    }
  else if (g_str_equal (kind, "normal"))
    {
      d->kind = VW_DIST_NORMAL;
      d->a = alt >= 0 ? a * x : a;
      d->b = alt >= 0 ? b * fabs (x) : b;
    }
  else if (g_str_equal (kind, "lognormal"))
    {
      d->kind = VW_DIST_LOGNORMAL;
      d->a = alt >= 0 ? a * x : a;
      d->b = alt >= 0 ? b * x : b;
    }
  else if (g_str_equal (kind, "bernoulli"))
    {
      /* The event happens with probability a: the input is 1 (or its own value under a
       * factor), else 0. */
      double *block = g_new (double, 4);

      block[0] = 0.0;
      block[1] = alt >= 0 ? x : 1.0;
      block[2] = 1.0 - a;
      block[3] = a;
      g_ptr_array_add (self->discrete, block);
      d->kind = VW_DIST_DISCRETE;
      d->values = block;
      d->probs = block + 2;
      d->n_values = 2;
    }
  else
    return FALSE;

  return TRUE;
}

/**
 * vw_case_model_get_distributions:
 *
 * The Monte Carlo inputs from each input variable's uncertainty: an absolute distribution
 * draws one value for every alternative; a factor draws for each alternative independently,
 * scaled by its own effective input.
 *
 * Returns: (transfer full): a #GArray of #VwDistribution (valid until the next call), or
 *   %NULL with @error naming the variable whose uncertainty is not valid
 */
GArray *
vw_case_model_get_distributions (VwCaseModel  *self,
                                 GError      **error)
{
  g_autoptr(GArray) dists = g_array_new (FALSE, TRUE, sizeof (VwDistribution));

  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);

  vw_case_model_ensure_compiled (self);
  g_ptr_array_set_size (self->discrete, 0);

  for (guint i = 0; i < self->variables->len; i++)
    {
      VwVariable *var = g_ptr_array_index (self->variables, i);
      int e = self->engine_index[i];
      gboolean factor = g_strcmp0 (vw_item_get_string (VW_ITEM (var), "scale"), "factor") == 0;

      if (e < 0 || vw_variable_is_formula (var))
        continue;
      for (guint a = 0; a < (factor ? self->alternatives->len : 1); a++)
        {
          VwDistribution d;
          g_autoptr(GError) local = NULL;
          double x;

          vw_case_model_effective_input (self, var, vw_case_model_alt_id (self, a), &x);
          if (!make_distribution (self, var, e, factor ? (int) a : -1, x, &d))
            continue;
          if (!vw_distribution_check (&d, &local))
            {
              g_set_error (error, VW_CASE_MODEL_ERROR, VW_CASE_MODEL_ERROR_INVALID_DISTRIBUTION,
                           _("The uncertainty of “%s” cannot be simulated: %s"),
                           vw_item_get_string (VW_ITEM (var), "label"), local->message);
              return NULL;
            }
          g_array_append_val (dists, d);
        }
    }

  return g_steal_pointer (&dists);
}

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Draws [begin, end) of a simulation, on one thread with its own context. Each draw sets
 * every uncertain input, so a draw's result does not depend on the draws before it: the
 * split between threads cannot change a number. */
typedef struct
{
  VwModel              *model;
  const VwDistribution *dists;
  guint                 n_dists;
  const double         *inputs;    /* n_draws × n_dists, or NULL when nothing is uncertain */
  const int            *out_var;   /* engine indices */
  const int            *out_alt;
  guint                 n_outputs;
  guint                 n_draws;
  double               *samples;   /* n_outputs × n_draws */
  guint8               *valid;     /* n_outputs × n_draws */
  guint                 begin, end;
  GCancellable         *cancellable;
  int                  *done;      /* draws done by every thread, updated atomically */
  VwProgressFunc        progress;  /* called by the calling thread's chunk only */
  gpointer              user_data;
} McChunk;

static gpointer
mc_worker (gpointer data)
{
  McChunk *c = data;
  g_autoptr(VwEvalContext) ctx = vw_eval_context_new (c->model);

  for (guint k = c->begin; k < c->end; k++)
    {
      if ((k & 63) == 0 && k > c->begin)
        {
          int done = g_atomic_int_add (c->done, 64) + 64;

          if (c->progress != NULL)
            c->progress ((guint) done, c->n_draws, c->user_data);
          if (g_cancellable_is_cancelled (c->cancellable))
            break;
        }
      for (guint j = 0; c->inputs != NULL && j < c->n_dists; j++)
        vw_eval_context_set_input (ctx, c->dists[j].var, c->dists[j].alt,
                                   c->inputs[(gsize) k * c->n_dists + j]);
      vw_eval_context_evaluate (ctx);
      for (guint o = 0; o < c->n_outputs; o++)
        {
          VwValue v;

          vw_eval_context_get (ctx, c->out_var[o], c->out_alt[o], &v);
          if (v.kind == VW_VALUE_SCALAR)
            {
              c->samples[(gsize) o * c->n_draws + k] = v.scalar;
              c->valid[(gsize) o * c->n_draws + k] = TRUE;
            }
        }
    }
  return NULL;
}

/**
 * vw_case_model_run_monte_carlo:
 * @n_draws: at least 1
 *
 * Simulates every scalar formula variable of every alternative at once. The draws come from
 * the engine's generator (vw_monte_carlo_run(), so the same seed gives the same draws); this
 * then evaluates the whole model once per draw on every processor, which is far cheaper than
 * one engine run per output, and gives the same numbers whatever the number of threads.
 * Blocks: call it from a worker thread in the UI.
 *
 * Returns: (transfer full): the statistics, or %NULL with @error
 */
VwCaseMonteCarlo *
vw_case_model_run_monte_carlo (VwCaseModel   *self,
                               guint          n_draws,
                               guint64        seed,
                               GCancellable  *cancellable,
                               GError       **error)
{
  return vw_case_model_run_monte_carlo_full (self, n_draws, seed, NULL, NULL, cancellable, error);
}

/**
 * vw_case_model_run_monte_carlo_full:
 * @progress: (nullable): called in the calling thread every 64 draws or so, with the draws
 *   done on every thread
 *
 * vw_case_model_run_monte_carlo() with progress; the same numbers.
 */
VwCaseMonteCarlo *
vw_case_model_run_monte_carlo_full (VwCaseModel     *self,
                                    guint            n_draws,
                                    guint64          seed,
                                    VwProgressFunc   progress,
                                    gpointer         user_data,
                                    GCancellable    *cancellable,
                                    GError         **error)
{
  g_autoptr(GArray) dists = NULL;
  g_autoptr(VwModel) model = NULL;
  g_autoptr(VwEvalContext) ctx = NULL;
  g_autoptr(VwMonteCarloResult) draws = NULL;
  g_autoptr(GArray) outputs = NULL;
  g_autoptr(GArray) out_var = NULL;
  g_autoptr(GArray) out_alt = NULL;
  g_autofree double *samples = NULL;
  g_autofree guint8 *valid = NULL;
  g_autofree McChunk *chunks = NULL;
  g_autofree GThread **threads = NULL;
  VwCaseMonteCarlo *mc;
  guint n_alts, n_threads;
  int done = 0;

  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);
  g_return_val_if_fail (n_draws > 0, NULL);

  dists = vw_case_model_get_distributions (self, error);
  if (dists == NULL)
    return NULL;
  model = vw_case_model_build_model (self);
  n_alts = self->alternatives->len;

  if (dists->len > 0)
    {
      VwMonteCarloSpec spec = { 0 };
      const VwDistribution *d0 = &g_array_index (dists, VwDistribution, 0);

      spec.n_draws = n_draws;
      spec.seed = seed;
      /* The cheapest output: the first uncertain input itself; only its draws are used. */
      spec.output_var = d0->var;
      spec.output_alt = d0->alt < 0 ? 0 : d0->alt;
      draws = vw_monte_carlo_run (model, &spec, (const VwDistribution *) dists->data,
                                  dists->len, cancellable, NULL, NULL, error);
      if (draws == NULL)
        return NULL;
    }

  /* The outputs: what is a number in the base case. */
  ctx = vw_eval_context_new (model);
  vw_eval_context_evaluate (ctx);
  outputs = g_array_new (FALSE, TRUE, sizeof (VwCaseOutputStats));
  out_var = g_array_new (FALSE, FALSE, sizeof (int));
  out_alt = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < self->variables->len; i++)
    for (guint a = 0; a < n_alts; a++)
      {
        VwCaseOutputStats s = { 0 };
        int e = self->engine_index[i];
        VwValue v;

        if (e < 0 || !vw_variable_is_formula (g_ptr_array_index (self->variables, i)))
          continue;
        vw_eval_context_get (ctx, e, (int) a, &v);
        if (v.kind != VW_VALUE_SCALAR)
          continue;
        s.var = (int) i;
        s.alt = (int) a;
        g_array_append_val (outputs, s);
        g_array_append_val (out_var, e);
        g_array_append_val (out_alt, a);
      }

  samples = g_new (double, MAX ((gsize) outputs->len * n_draws, 1));
  valid = g_new0 (guint8, MAX ((gsize) outputs->len * n_draws, 1));
  n_threads = CLAMP (g_get_num_processors (), 1, n_draws / 256 + 1);
  chunks = g_new0 (McChunk, n_threads);
  threads = g_new0 (GThread *, n_threads);
  for (guint t = 0; t < n_threads; t++)
    {
      McChunk *c = &chunks[t];

      c->model = model;
      c->dists = (const VwDistribution *) dists->data;
      c->n_dists = dists->len;
      c->inputs = draws != NULL ? draws->inputs : NULL;
      c->out_var = (const int *) out_var->data;
      c->out_alt = (const int *) out_alt->data;
      c->n_outputs = outputs->len;
      c->n_draws = n_draws;
      c->samples = samples;
      c->valid = valid;
      c->begin = (guint) ((guint64) n_draws * t / n_threads);
      c->end = (guint) ((guint64) n_draws * (t + 1) / n_threads);
      c->cancellable = cancellable;
      c->done = &done;
      c->progress = t == 0 ? progress : NULL;
      c->user_data = user_data;
      threads[t] = t == 0 ? NULL : g_thread_new ("vw-case-mc", mc_worker, c);
    }
  mc_worker (&chunks[0]);
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  mc = g_new0 (VwCaseMonteCarlo, 1);
  mc->n_draws = n_draws;
  mc->seed = seed;
  mc->n_dists = dists->len;
  mc->n_outputs = outputs->len;
  mc->outputs = (VwCaseOutputStats *) (gpointer) g_array_free (g_steal_pointer (&outputs), FALSE);
  mc->samples = g_steal_pointer (&samples);
  mc->sorted = g_new0 (guint8, MAX (mc->n_outputs, 1));
  for (guint o = 0; o < mc->n_outputs; o++)
    {
      VwCaseOutputStats *s = &mc->outputs[o];
      double *x = mc->samples + (gsize) o * n_draws;
      const guint8 *ok = valid + (gsize) o * n_draws;
      double sum = 0.0;
      guint n = 0;

      /* Summed in draw order, as vw_monte_carlo_run() does, so the means agree exactly. */
      for (guint k = 0; k < n_draws; k++)
        if (ok[k])
          {
            sum += x[k];
            x[n++] = x[k];
          }
      s->n_valid = n;
      if (n == 0)
        continue;
      s->mean = sum / n;
      s->min = s->max = x[0];
      for (guint k = 1; k < n; k++)
        {
          s->min = MIN (s->min, x[k]);
          s->max = MAX (s->max, x[k]);
        }
      /* Selection, not a sort: a report's Monte Carlo has a hundred outputs. */
      if (s->min == s->max)
        s->p10 = s->p50 = s->p90 = s->min;
      else
        {
          static const double p[3] = { 0.10, 0.50, 0.90 };
          double q[3];

          vw_stats_percentiles_select (x, n, p, q, 3);
          s->p10 = q[0];
          s->p50 = q[1];
          s->p90 = q[2];
        }
    }

  return mc;
}

/**
 * vw_case_monte_carlo_get_sorted:
 * @output: an index into mc->outputs
 *
 * Returns: (array length=mc->outputs[output].n_valid): the output's draws, ascending (the
 *   histogram and the S-curve)
 */
const double *
vw_case_monte_carlo_get_sorted (const VwCaseMonteCarlo *mc,
                                guint                   output)
{
  VwCaseMonteCarlo *self = (VwCaseMonteCarlo *) mc;
  double *x;

  g_return_val_if_fail (mc != NULL && output < mc->n_outputs, NULL);

  /* Sorted on first use: the statistics came from selection (a report or an export needs
   * no sorted draws), the histogram and the S-curve of one output do. Only the order of
   * the draws changes, so the result stays logically const. */
  x = self->samples + (gsize) output * mc->n_draws;
  if (!self->sorted[output])
    {
      qsort (x, mc->outputs[output].n_valid, sizeof (double), cmp_double);
      self->sorted[output] = TRUE;
    }
  return x;
}

void
vw_case_monte_carlo_free (VwCaseMonteCarlo *mc)
{
  if (mc == NULL)
    return;
  g_free (mc->outputs);
  g_free (mc->samples);
  g_free (mc->sorted);
  g_free (mc);
}

/**
 * vw_case_model_run_monte_carlo_samples:
 * @variable: a variable (document order) whose value is a number
 * @alternative: an alternative (document order)
 * @n_draws: at least 1
 *
 * The draws of one output, for a histogram or an S-curve: the same draws as
 * vw_case_model_run_monte_carlo() with the same seed, so the percentiles agree with its
 * statistics. Blocks: call it from a worker thread in the UI; @cancellable stops it.
 *
 * Returns: (transfer full): the engine's result (`sorted` holds the `n_valid` outputs), or
 *   %NULL with @error
 */
VwMonteCarloResult *
vw_case_model_run_monte_carlo_samples (VwCaseModel   *self,
                                       guint          variable,
                                       guint          alternative,
                                       guint          n_draws,
                                       guint64        seed,
                                       GCancellable  *cancellable,
                                       GError       **error)
{
  g_autoptr(GArray) dists = NULL;
  g_autoptr(VwModel) model = NULL;
  VwMonteCarloSpec spec = { 0 };

  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);
  g_return_val_if_fail (n_draws > 0, NULL);

  dists = vw_case_model_get_distributions (self, error);
  if (dists == NULL)
    return NULL;
  g_return_val_if_fail (variable < self->variables->len
                        && alternative < self->alternatives->len, NULL);
  if (self->engine_index[variable] < 0)
    {
      g_set_error (error, VW_CASE_MODEL_ERROR, VW_CASE_MODEL_ERROR_UNKNOWN_VARIABLE,
                   "%s", (const char *) g_ptr_array_index (self->refused, variable));
      return NULL;
    }

  model = vw_case_model_build_model (self);
  spec.n_draws = n_draws;
  spec.seed = seed;
  spec.output_var = self->engine_index[variable];
  spec.output_alt = (int) alternative;
  return vw_monte_carlo_run (model, &spec, (const VwDistribution *) dists->data, dists->len,
                             cancellable, NULL, NULL, error);
}
