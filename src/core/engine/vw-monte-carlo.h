/* vw-monte-carlo.h: uncertainty by simulation over a compiled model
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * All draws of all inputs are generated first, in one thread, from the seed (and reordered by
 * Iman–Conover when inputs are correlated); worker threads then evaluate disjoint draws with
 * their own VwEvalContext. So the same seed gives bit-identical results whatever the number
 * of threads. Percentiles are non-exceedance, type 7 (value-math §11): P(X ≤ P10) = 10 %.
 */

#pragma once

#include <gio/gio.h>

#include "vw-model.h"

G_BEGIN_DECLS

typedef enum
{
  VW_DIST_TRIANGULAR,  /* a = min, b = mode, c = max */
  VW_DIST_PERT,        /* a = min, b = mode, c = max (Beta, λ = 4) */
  VW_DIST_NORMAL,      /* a = mean, b = standard deviation */
  VW_DIST_LOGNORMAL,   /* a = P10, b = P90 of the input (both > 0) */
  VW_DIST_UNIFORM,     /* a = min, b = max */
  VW_DIST_DISCRETE,    /* values[i] with probabilities probs[i]; Bernoulli is {0, 1} */
} VwDistKind;

typedef struct
{
  int           var;       /* an input variable */
  int           alt;       /* its alternative, or -1: the same draw in every alternative */
  VwDistKind    kind;
  double        a, b, c;
  const double *values;    /* VW_DIST_DISCRETE */
  const double *probs;
  guint         n_values;
} VwDistribution;

typedef struct
{
  guint  i, j;             /* indices into the distributions; pairs not listed get 0 */
  double rho;              /* target rank correlation, −1 < rho < 1 */
} VwCorrelation;

typedef struct
{
  guint                n_draws;
  guint64              seed;
  guint                n_threads;   /* 0: one per processor */
  int                  output_var;
  int                  output_alt;
  guint                n_bins;      /* histogram bins, 0: 30 */
  const VwCorrelation *correlations;
  guint                n_correlations;
} VwMonteCarloSpec;

typedef struct
{
  guint   n_draws;
  guint   n_valid;        /* draws whose output is a number */
  char   *first_error;    /* the error text of the first failing draw, or NULL */
  double  mean;
  double  p10, p50, p90;
  double  min, max;
  double *sorted;         /* n_valid outputs, ascending: the S-curve */
  double *samples;        /* n_draws outputs in draw order (0 for failed draws) */
  guint  *histogram;
  guint   n_bins;
  double  bin_start;
  double  bin_width;
  double *inputs;         /* n_draws × n_dists input draws, row per draw */
  guint   n_dists;
} VwMonteCarloResult;

/* Called in the thread of vw_monte_carlo_run() with the draws done so far. */
typedef void (*VwProgressFunc) (guint    done,
                                guint    total,
                                gpointer user_data);

#define VW_MONTE_CARLO_ERROR (vw_monte_carlo_error_quark ())

typedef enum
{
  VW_MONTE_CARLO_ERROR_INVALID,
} VwMonteCarloError;

GQuark              vw_monte_carlo_error_quark   (void);
gboolean            vw_distribution_check        (const VwDistribution  *dist,
                                                  GError               **error);
double              vw_distribution_quantile     (const VwDistribution  *dist,
                                                  double                 p);
VwMonteCarloResult *vw_monte_carlo_run           (VwModel               *model,
                                                  const VwMonteCarloSpec *spec,
                                                  const VwDistribution  *dists,
                                                  guint                  n_dists,
                                                  GCancellable          *cancellable,
                                                  VwProgressFunc         progress,
                                                  gpointer               user_data,
                                                  GError               **error);
void                vw_monte_carlo_result_free   (VwMonteCarloResult    *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwMonteCarloResult, vw_monte_carlo_result_free)

G_END_DECLS
