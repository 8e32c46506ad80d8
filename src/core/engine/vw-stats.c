/* vw-stats.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-stats"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vw-stats.h"

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* Hyndman–Fan type 7 on sorted data: h = (n-1)p + 1 (1-based). */
double
vw_stats_percentile_sorted (const double *sorted,
                            gsize         n,
                            double        p)
{
  double h = (double) (n - 1) * p;
  gsize lo = (gsize) floor (h);

  if (lo + 1 >= n)
    return sorted[n - 1];
  return sorted[lo] + (h - (double) lo) * (sorted[lo + 1] - sorted[lo]);
}

/* Rearranges @x so that x[k] is the k-th smallest, nothing after it is smaller and nothing
 * before it is larger (Hoare's selection, median-of-three pivot): O(n) on average, where a
 * sort is O(n log n). NaNs must have been removed. */
static void
select_kth (double *x,
            gsize   n,
            gsize   k)
{
  gsize lo = 0, hi = n - 1;

  while (hi > lo)
    {
      gsize mid = lo + (hi - lo) / 2;
      double a = x[lo], b = x[mid], c = x[hi];
      double pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
      gsize i = lo, j = hi;

      while (i <= j)
        {
          while (x[i] < pivot)
            i++;
          while (x[j] > pivot)
            j--;
          if (i <= j)
            {
              double t = x[i];

              x[i] = x[j];
              x[j] = t;
              i++;
              if (j == 0)
                break;
              j--;
            }
        }
      if (k <= j)
        hi = j;
      else if (k >= i)
        lo = i;
      else
        return;
    }
}

/**
 * vw_stats_percentiles_select:
 * @x: (inout): the data, reordered
 * @n: its length, at least 1
 * @p: ascending probabilities in [0, 1]
 * @out: (out): one percentile per probability
 * @n_p: how many
 *
 * Type 7 percentiles, equal to vw_stats_percentile_sorted() on the sorted data, without
 * sorting: each is found by selection in what lies above the previous one.
 */
void
vw_stats_percentiles_select (double       *x,
                             gsize         n,
                             const double *p,
                             double       *out,
                             guint         n_p)
{
  gsize from = 0;

  g_return_if_fail (n > 0);

  for (guint i = 0; i < n_p; i++)
    {
      double h = (double) (n - 1) * p[i];
      gsize lo = MIN ((gsize) floor (h), n - 1);
      double next;

      g_return_if_fail (i == 0 || p[i] >= p[i - 1]);
      /* Everything before @from is at most x[from - 1], found by the previous selection. */
      if (lo >= from)
        select_kth (x + from, n - from, lo - from);
      from = lo + 1;
      if (lo + 1 >= n)
        {
          out[i] = x[lo];
          continue;
        }
      /* The (lo+1)-th smallest is the least of what lies above x[lo]. */
      next = x[lo + 1];
      for (gsize j = lo + 2; j < n; j++)
        if (x[j] < next)
          next = x[j];
      out[i] = x[lo] + (h - (double) lo) * (next - x[lo]);
    }
}

gboolean
vw_stats_percentile_inc (const double *data,
                         gsize         n,
                         double        p,
                         double       *out)
{
  g_autofree double *s = NULL;

  if (n == 0 || !(p >= 0.0 && p <= 1.0))
    return FALSE;
  s = g_memdup2 (data, n * sizeof (double));
  qsort (s, n, sizeof (double), cmp_double);
  *out = vw_stats_percentile_sorted (s, n, p);
  return TRUE;
}

/* Type 6: h = (n+1)p, an error outside [1, n]. */
gboolean
vw_stats_percentile_exc (const double *data,
                         gsize         n,
                         double        p,
                         double       *out)
{
  g_autofree double *s = NULL;
  double h = (double) (n + 1) * p;
  gsize lo;

  if (n == 0 || !(p > 0.0 && p < 1.0) || h < 1.0 || h > (double) n)
    return FALSE;
  s = g_memdup2 (data, n * sizeof (double));
  qsort (s, n, sizeof (double), cmp_double);
  lo = (gsize) floor (h);
  if (lo >= n)
    *out = s[n - 1];
  else
    *out = s[lo - 1] + (h - (double) lo) * (s[lo] - s[lo - 1]);
  return TRUE;
}

double
vw_stats_norm_cdf (double z)
{
  return 0.5 * erfc (-z / G_SQRT2);
}

double
vw_stats_norm_pdf (double z)
{
  return exp (-0.5 * z * z) / sqrt (2.0 * G_PI);
}

/* Rational approximation (Acklam, relative error 1.15e-9), then one Halley step on erfc,
 * which brings it to full double precision. */
gboolean
vw_stats_norm_s_inv (double  p,
                     double *out)
{
  static const double a[] = { -3.969683028665376e+01, 2.209460984245205e+02,
                              -2.759285104469687e+02, 1.383577518672690e+02,
                              -3.066479806614716e+01, 2.506628277459239e+00 };
  static const double b[] = { -5.447609879822406e+01, 1.615858368580409e+02,
                              -1.556989798598866e+02, 6.680131188771972e+01,
                              -1.328068155288572e+01 };
  static const double c[] = { -7.784894002430293e-03, -3.223964580411365e-01,
                              -2.400758277161838e+00, -2.549732539343734e+00,
                              4.374664141464968e+00, 2.938163982698783e+00 };
  static const double d[] = { 7.784695709041462e-03, 3.224671290700398e-01,
                              2.445134137142996e+00, 3.754408661907416e+00 };
  double q, r, x, e, u;

  if (!(p > 0.0 && p < 1.0))
    return FALSE;
  if (p < 0.02425)
    {
      q = sqrt (-2.0 * log (p));
      x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
          ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
  else if (p <= 1.0 - 0.02425)
    {
      q = p - 0.5;
      r = q * q;
      x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
          (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    }
  else
    {
      q = sqrt (-2.0 * log1p (-p));
      x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
           ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
  e = vw_stats_norm_cdf (x) - p;
  u = e * sqrt (2.0 * G_PI) * exp (0.5 * x * x);
  x = x - u / (1.0 + 0.5 * x * u);
  *out = x;
  return isfinite (x);
}

/* Continued fraction of the regularized incomplete beta (modified Lentz). */
static double
beta_cf (double x,
         double a,
         double b)
{
  const double tiny = 1e-300;
  double c = 1.0, d = 1.0 - (a + b) * x / (a + 1.0), h;

  if (fabs (d) < tiny)
    d = tiny;
  d = 1.0 / d;
  h = d;
  for (int m = 1; m <= 500; m++)
    {
      double m2 = 2.0 * m, num, del;

      num = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
      d = 1.0 + num * d;
      d = fabs (d) < tiny ? tiny : d;
      c = 1.0 + num / c;
      c = fabs (c) < tiny ? tiny : c;
      d = 1.0 / d;
      h *= d * c;

      num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
      d = 1.0 + num * d;
      d = fabs (d) < tiny ? tiny : d;
      c = 1.0 + num / c;
      c = fabs (c) < tiny ? tiny : c;
      d = 1.0 / d;
      del = d * c;
      h *= del;
      if (fabs (del - 1.0) < 1e-15)
        break;
    }
  return h;
}

double
vw_stats_beta_cdf (double x,
                   double a,
                   double b)
{
  double lbeta, front;

  if (x <= 0.0)
    return 0.0;
  if (x >= 1.0)
    return 1.0;
  lbeta = lgamma (a + b) - lgamma (a) - lgamma (b);
  front = exp (lbeta + a * log (x) + b * log1p (-x));
  /* The continued fraction converges fast on the side of the mean. */
  if (x < (a + 1.0) / (a + b + 2.0))
    return front * beta_cf (x, a, b) / a;
  return 1.0 - front * beta_cf (1.0 - x, b, a) / b;
}

gboolean
vw_stats_beta_inv (double  p,
                   double  a,
                   double  b,
                   double *out)
{
  double lo = 0.0, hi = 1.0;

  if (!(p >= 0.0 && p <= 1.0) || !(a > 0.0) || !(b > 0.0))
    return FALSE;
  if (p == 0.0 || p == 1.0)
    {
      *out = p;
      return TRUE;
    }
  /* The CDF is monotone on [0, 1]: bisection is slow but cannot fail. */
  for (int i = 0; i < 100 && hi - lo > 1e-16; i++)
    {
      double mid = 0.5 * (lo + hi);
      if (vw_stats_beta_cdf (mid, a, b) < p)
        lo = mid;
      else
        hi = mid;
    }
  *out = 0.5 * (lo + hi);
  return TRUE;
}

gboolean
vw_stats_triangular_inv (double  p,
                         double  min,
                         double  mode,
                         double  max,
                         double *out)
{
  double w;

  if (!(p >= 0.0 && p <= 1.0) || !(min <= mode && mode <= max) || !(min < max))
    return FALSE;
  w = max - min;
  if (p <= (mode - min) / w)
    *out = min + sqrt (p * w * (mode - min));
  else
    *out = max - sqrt ((1.0 - p) * w * (max - mode));
  return TRUE;
}
