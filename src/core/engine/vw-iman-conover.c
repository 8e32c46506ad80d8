/* vw-iman-conover.c: rank correlation between sampled inputs (Iman & Conover, 1982)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input keeps exactly the values drawn for it; only their order across draws changes,
 * so every marginal distribution is untouched. Scores are van der Waerden normal scores.
 */

#define G_LOG_DOMAIN "vw-iman-conover"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vw-engine-private.h"
#include "vw-stats.h"

/* Lower-triangular L with A = L·Lᵀ; FALSE if A is not positive definite. */
static gboolean
cholesky (const double *a,
          double       *l,
          guint         k)
{
  memset (l, 0, k * k * sizeof (double));
  for (guint i = 0; i < k; i++)
    for (guint j = 0; j <= i; j++)
      {
        double s = a[i * k + j];
        for (guint p = 0; p < j; p++)
          s -= l[i * k + p] * l[j * k + p];
        if (i == j)
          {
            if (s <= 1e-12)
              return FALSE;
            l[i * k + i] = sqrt (s);
          }
        else
          l[i * k + j] = s / l[j * k + j];
      }
  return TRUE;
}

typedef struct
{
  double v;
  guint  i;
} Keyed;

static int
cmp_keyed (const void *a,
           const void *b)
{
  const Keyed *x = a, *y = b;
  if (x->v != y->v)
    return x->v < y->v ? -1 : 1;
  return (x->i > y->i) - (x->i < y->i);   /* deterministic on ties */
}

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

gboolean
vw_iman_conover (double       *x,
                 guint         n,
                 guint         k,
                 const double *target,
                 GRand        *rand)
{
  g_autofree double *scores = g_new (double, n);
  g_autofree double *s = g_new (double, (gsize) n * k);
  g_autofree double *e = g_new0 (double, k * k);
  g_autofree double *p = g_new (double, k * k);
  g_autofree double *q = g_new (double, k * k);
  g_autofree double *b = g_new0 (double, k * k);
  g_autofree double *qinv = g_new0 (double, k * k);
  g_autofree double *t = g_new (double, (gsize) n * k);
  g_autofree Keyed *keyed = g_new (Keyed, n);
  g_autofree double *col = g_new (double, n);
  double var = 0.0;

  if (!cholesky (target, p, k))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      vw_stats_norm_s_inv ((i + 1.0) / (n + 1.0), &scores[i]);
      var += scores[i] * scores[i];
    }
  var /= n;

  /* Each column: the scores in a random order (Fisher–Yates). */
  for (guint c = 0; c < k; c++)
    {
      for (guint i = 0; i < n; i++)
        col[i] = scores[i];
      for (guint i = n - 1; i > 0; i--)
        {
          guint j = g_rand_int_range (rand, 0, (gint32) i + 1);
          double tmp = col[i];
          col[i] = col[j];
          col[j] = tmp;
        }
      for (guint i = 0; i < n; i++)
        s[(gsize) i * k + c] = col[i];
    }

  /* E = correlation of the scores (mean 0, same variance in every column). */
  for (guint i = 0; i < n; i++)
    for (guint a = 0; a < k; a++)
      for (guint c = 0; c <= a; c++)
        e[a * k + c] += s[(gsize) i * k + a] * s[(gsize) i * k + c];
  for (guint a = 0; a < k; a++)
    for (guint c = 0; c <= a; c++)
      e[c * k + a] = e[a * k + c] = e[a * k + c] / (n * var);
  if (!cholesky (e, q, k))
    return FALSE;

  /* Q⁻¹ by forward substitution, then B = P·Q⁻¹ and T = S·Bᵀ. */
  for (guint c = 0; c < k; c++)
    for (guint i = 0; i < k; i++)
      {
        double v = i == c ? 1.0 : 0.0;
        for (guint m = 0; m < i; m++)
          v -= q[i * k + m] * qinv[m * k + c];
        qinv[i * k + c] = v / q[i * k + i];
      }
  for (guint i = 0; i < k; i++)
    for (guint j = 0; j < k; j++)
      for (guint m = 0; m < k; m++)
        b[i * k + j] += p[i * k + m] * qinv[m * k + j];
  for (guint r = 0; r < n; r++)
    for (guint i = 0; i < k; i++)
      {
        double v = 0.0;
        for (guint j = 0; j < k; j++)
          v += b[i * k + j] * s[(gsize) r * k + j];
        t[(gsize) r * k + i] = v;
      }

  /* Give each input's sorted values the ranks of T's column. */
  for (guint c = 0; c < k; c++)
    {
      for (guint r = 0; r < n; r++)
        {
          col[r] = x[(gsize) r * k + c];
          keyed[r].v = t[(gsize) r * k + c];
          keyed[r].i = r;
        }
      qsort (col, n, sizeof (double), cmp_double);
      qsort (keyed, n, sizeof (Keyed), cmp_keyed);
      for (guint rank = 0; rank < n; rank++)
        x[(gsize) keyed[rank].i * k + c] = col[rank];
    }
  return TRUE;
}
