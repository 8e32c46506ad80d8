/* vw-finance.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-finance"

#include <math.h>
#include <string.h>

#include "vw-finance.h"

/* value-math §2: at least 20 000 grid points in u = ln(1+r) over (-1 + 1e-6, 1000]. */
#define GRID_POINTS 20000
#define R_MIN       (-1.0 + 1e-6)
#define R_MAX       1000.0

double
vw_fin_npv (double        rate,
            const double *flows,
            gsize         n)
{
  double x = 1.0 / (1.0 + rate);
  double acc = 0.0;

  /* Horner in x = 1/(1+r), from the last flow back to c_0. */
  for (gsize i = n; i-- > 0;)
    acc = acc * x + flows[i];
  return acc;
}

VwFinStatus
vw_fin_npv_checked (double        rate,
                    const double *flows,
                    gsize         n,
                    double       *out)
{
  if (n == 0)
    return VW_FIN_EMPTY;
  if (!(rate > -1.0))
    return VW_FIN_BAD_RATE;
  *out = vw_fin_npv (rate, flows, n);
  return isfinite (*out) ? VW_FIN_OK : VW_FIN_OVERFLOW;
}

/* A function whose sign is that of NPV (or XNPV, or the TVM master equation) at rate r.
 * It may be scaled by any positive factor, which keeps it finite near r = -1. */
typedef double (*SignFunc) (double r, gpointer data);

typedef struct
{
  const double *c;
  gsize         n;
} Poly;

static double
poly_scaled (double   r,
             gpointer data)
{
  const Poly *p = data;
  double x = 1.0 / (1.0 + r);
  double acc = 0.0;

  if (x <= 1.0)
    {
      for (gsize i = p->n; i-- > 0;)
        acc = acc * x + p->c[i];
    }
  else
    {
      /* Multiply by x^-(n-1) > 0: Horner in 1/x from c_0 upwards stays bounded. */
      double y = 1.0 / x;
      for (gsize i = 0; i < p->n; i++)
        acc = acc * y + p->c[i];
    }
  return acc;
}

static double
bisect (SignFunc f,
        gpointer data,
        double   lo,
        double   hi,
        double   flo)
{
  for (int i = 0; i < 200 && hi - lo > 1e-13 * MAX (1.0, fabs (lo)); i++)
    {
      double mid = 0.5 * (lo + hi);
      double fm = f (mid, data);

      if (fm == 0.0)
        return mid;
      if ((fm < 0) == (flo < 0))
        {
          lo = mid;
          flo = fm;
        }
      else
        hi = mid;
    }
  return 0.5 * (lo + hi);
}

static void
add_root (VwIrrResult *res,
          double       r)
{
  /* Two brackets can meet at one exact root that falls on a grid point. */
  for (guint i = 0; i < res->n_roots; i++)
    if (fabs (res->roots[i] - r) <= 1e-10 * MAX (1.0, fabs (r)))
      return;
  if (res->n_roots < G_N_ELEMENTS (res->roots))
    res->roots[res->n_roots++] = r;
}

/* Finds every root of f in (R_MIN, R_MAX]: sign changes on a uniform grid in u = ln(1+r),
 * refined by bisection, plus tangential roots found as small local minima of |f|. */
static void
find_roots (SignFunc     f,
            gpointer     data,
            double       tiny,
            double     (*abs_unscaled) (double r, gpointer data),
            VwIrrResult *res)
{
  double u0 = log1p (R_MIN);
  double u1 = log1p (R_MAX);
  double du = (u1 - u0) / GRID_POINTS;
  double prev_r = R_MIN, prev_f = f (R_MIN, data);
  double prev2_abs = INFINITY, prev_abs = fabs (abs_unscaled (R_MIN, data));

  memset (res, 0, sizeof *res);
  if (prev_f == 0.0)
    add_root (res, R_MIN);

  for (int i = 1; i <= GRID_POINTS; i++)
    {
      double r = expm1 (u0 + i * du);
      double fr = f (r, data);
      double a = fabs (abs_unscaled (r, data));

      if (fr == 0.0)
        add_root (res, r);
      else if (prev_f != 0.0 && (fr < 0) != (prev_f < 0))
        add_root (res, bisect (f, data, prev_r, r, prev_f));

      /* A local minimum of |NPV| at the previous point with no sign change around it. */
      if (i >= 2 && prev_abs < prev2_abs && prev_abs <= a && prev_f != 0.0 && (fr < 0) == (prev_f < 0))
        {
          /* Golden-section search of |f| between the neighbours of the minimum. */
          double lo = expm1 (u0 + (i - 2) * du), hi = r;
          for (int k = 0; k < 100; k++)
            {
              double m1 = hi - 0.618033988749895 * (hi - lo);
              double m2 = lo + 0.618033988749895 * (hi - lo);
              if (fabs (abs_unscaled (m1, data)) < fabs (abs_unscaled (m2, data)))
                hi = m2;
              else
                lo = m1;
            }
          if (fabs (abs_unscaled (0.5 * (lo + hi), data)) <= tiny)
            {
              guint before = res->n_roots;
              add_root (res, 0.5 * (lo + hi));
              if (res->n_roots > before)
                res->double_root = TRUE;
            }
        }

      prev2_abs = prev_abs;
      prev_abs = a;
      prev_r = r;
      prev_f = fr;
    }

  /* Sort ascending (few roots: insertion sort). */
  for (guint i = 1; i < res->n_roots; i++)
    for (guint j = i; j > 0 && res->roots[j - 1] > res->roots[j]; j--)
      {
        double t = res->roots[j];
        res->roots[j] = res->roots[j - 1];
        res->roots[j - 1] = t;
      }
}

static void
pick_headline (VwIrrResult *res)
{
  res->multiple_irr = res->n_roots > 1;
  res->headline = res->n_roots > 0 ? res->roots[res->n_roots - 1] : 0.0;
  for (guint i = 0; i < res->n_roots; i++)
    if (res->roots[i] > 0.0)
      {
        res->headline = res->roots[i];
        break;
      }
}

static double
poly_unscaled (double   r,
               gpointer data)
{
  const Poly *p = data;
  return vw_fin_npv (r, p->c, p->n);
}

static guint
sign_changes (const double *c,
              gsize         n)
{
  guint changes = 0;
  int last = 0;

  for (gsize i = 0; i < n; i++)
    {
      int s = c[i] > 0 ? 1 : c[i] < 0 ? -1 : 0;
      if (s != 0 && last != 0 && s != last)
        changes++;
      if (s != 0)
        last = s;
    }
  return changes;
}

VwFinStatus
vw_fin_irr (const double *flows,
            gsize         n,
            VwIrrResult  *out)
{
  gsize first = 0, last = n;
  double total = 0.0;
  Poly p;

  memset (out, 0, sizeof *out);
  if (n < 2)
    return VW_FIN_EMPTY;

  /* Leading and trailing zeros do not change the set of IRRs. A leading zero is a common
   * factor x^k of the polynomial, so it is stripped too. */
  while (first < n && flows[first] == 0.0)
    first++;
  while (last > first && flows[last - 1] == 0.0)
    last--;
  if (first == last)
    return VW_FIN_EMPTY;
  if (sign_changes (flows + first, last - first) == 0)
    return VW_FIN_NO_SIGN_CHANGE;

  for (gsize i = first; i < last; i++)
    total += fabs (flows[i]);

  p.c = flows + first;
  p.n = last - first;

  /* One sign change (an investment, then returns: most value cases, and every Monte Carlo draw
   * of one) means exactly one simple root (Descartes), so the grid scan cannot find more than
   * the end points' signs tell: bisect the whole range instead, about 300 times faster. */
  if (sign_changes (p.c, p.n) == 1)
    {
      double f_lo = poly_scaled (R_MIN, &p);
      double f_hi = poly_scaled (R_MAX, &p);

      if (f_lo == 0.0)
        add_root (out, R_MIN);
      else if (f_hi == 0.0)
        add_root (out, R_MAX);
      else if ((f_lo < 0) != (f_hi < 0))
        add_root (out, bisect (poly_scaled, &p, R_MIN, R_MAX, f_lo));
    }
  else
    find_roots (poly_scaled, &p, 1e-9 * total, poly_unscaled, out);
  if (out->n_roots == 0)
    return VW_FIN_NO_ROOT;
  pick_headline (out);
  return VW_FIN_OK;
}

/* XNPV ----------------------------------------------------------------------------------- */

typedef struct
{
  const double *c;
  const double *e;    /* exponents in years of 365 days */
  gsize         n;
  double        emax;
} Dated;

static double
dated_scaled (double   r,
              gpointer data)
{
  const Dated *d = data;
  double acc = 0.0;

  /* For 1+r < 1 the terms grow with the exponent: multiply everything by (1+r)^emax. */
  if (r < 0.0)
    for (gsize i = 0; i < d->n; i++)
      acc += d->c[i] * pow (1.0 + r, d->emax - d->e[i]);
  else
    for (gsize i = 0; i < d->n; i++)
      acc += d->c[i] * pow (1.0 + r, -d->e[i]);
  return acc;
}

static double
dated_unscaled (double   r,
                gpointer data)
{
  const Dated *d = data;
  double acc = 0.0;

  for (gsize i = 0; i < d->n; i++)
    acc += d->c[i] * pow (1.0 + r, -d->e[i]);
  return acc;
}

static VwFinStatus
dated_prepare (const double *flows,
               const double *dates,
               gsize         n,
               double       *exps,
               double       *emax)
{
  *emax = 0.0;
  if (n == 0)
    return VW_FIN_EMPTY;
  for (gsize i = 0; i < n; i++)
    {
      /* The time of day is ignored; every date must be on or after the first. */
      double days = floor (dates[i]) - floor (dates[0]);
      if (days < 0.0)
        return VW_FIN_DOMAIN;
      exps[i] = days / 365.0;
      *emax = MAX (*emax, exps[i]);
    }
  return VW_FIN_OK;
}

VwFinStatus
vw_fin_xnpv (double        rate,
             const double *flows,
             const double *dates,
             gsize         n,
             double       *out)
{
  g_autofree double *exps = g_new (double, MAX (n, 1));
  Dated d = { flows, exps, n, 0.0 };
  VwFinStatus st;

  if (!(rate > -1.0))
    return VW_FIN_BAD_RATE;
  if ((st = dated_prepare (flows, dates, n, exps, &d.emax)) != VW_FIN_OK)
    return st;
  *out = dated_unscaled (rate, &d);
  return isfinite (*out) ? VW_FIN_OK : VW_FIN_OVERFLOW;
}

VwFinStatus
vw_fin_xirr (const double *flows,
             const double *dates,
             gsize         n,
             VwIrrResult  *out)
{
  g_autofree double *exps = g_new (double, MAX (n, 1));
  Dated d = { flows, exps, n, 0.0 };
  double total = 0.0;
  VwFinStatus st;

  memset (out, 0, sizeof *out);
  if (n < 2)
    return VW_FIN_EMPTY;
  if ((st = dated_prepare (flows, dates, n, exps, &d.emax)) != VW_FIN_OK)
    return st;
  if (sign_changes (flows, n) == 0)
    return VW_FIN_NO_SIGN_CHANGE;
  for (gsize i = 0; i < n; i++)
    total += fabs (flows[i]);
  find_roots (dated_scaled, &d, 1e-9 * total, dated_unscaled, out);
  if (out->n_roots == 0)
    return VW_FIN_NO_ROOT;
  pick_headline (out);
  return VW_FIN_OK;
}

VwFinStatus
vw_fin_mirr (const double *flows,
             gsize         n,
             double        finance_rate,
             double        reinvest_rate,
             double       *out)
{
  double fv_pos = 0.0, pv_neg = 0.0;

  if (n < 2)
    return VW_FIN_EMPTY;
  if (!(finance_rate > -1.0) || !(reinvest_rate > -1.0))
    return VW_FIN_BAD_RATE;
  for (gsize t = 0; t < n; t++)
    {
      if (flows[t] > 0)
        fv_pos += flows[t] * pow (1.0 + reinvest_rate, (double) (n - 1 - t));
      else if (flows[t] < 0)
        pv_neg += flows[t] / pow (1.0 + finance_rate, (double) t);
    }
  if (fv_pos == 0.0 || pv_neg == 0.0)
    return VW_FIN_DOMAIN;
  *out = pow (fv_pos / -pv_neg, 1.0 / (double) (n - 1)) - 1.0;
  return isfinite (*out) ? VW_FIN_OK : VW_FIN_OVERFLOW;
}

/* TVM ------------------------------------------------------------------------------------ */

/* (1+r)^n − 1 without the cancellation of pow() − 1 at small rates (r = 1e-9 would lose
 * seven digits). */
static double
growth_minus_one (double rate,
                  double n)
{
  return expm1 (n * log1p (rate));
}

double
vw_fin_pmt (double rate,
            double nper,
            double pv,
            double fv,
            double type)
{
  double g;

  if (rate == 0.0)
    return -(pv + fv) / nper;
  g = pow (1.0 + rate, nper);
  return -(fv + pv * g) * rate / ((1.0 + rate * type) * growth_minus_one (rate, nper));
}

double
vw_fin_fv (double rate,
           double nper,
           double pmt,
           double pv,
           double type)
{
  double g;

  if (rate == 0.0)
    return -(pv + pmt * nper);
  g = pow (1.0 + rate, nper);
  return -(pv * g + pmt * (1.0 + rate * type) * growth_minus_one (rate, nper) / rate);
}

double
vw_fin_pv (double rate,
           double nper,
           double pmt,
           double fv,
           double type)
{
  double g;

  if (rate == 0.0)
    return -(fv + pmt * nper);
  g = pow (1.0 + rate, nper);
  return -(fv + pmt * (1.0 + rate * type) * growth_minus_one (rate, nper) / rate) / g;
}

VwFinStatus
vw_fin_nper (double  rate,
             double  pmt,
             double  pv,
             double  fv,
             double  type,
             double *out)
{
  double a, num, den;

  if (!(rate > -1.0))
    return VW_FIN_BAD_RATE;
  if (rate == 0.0)
    {
      if (pmt == 0.0)
        return VW_FIN_DOMAIN;
      *out = -(pv + fv) / pmt;
      return VW_FIN_OK;
    }
  a = pmt * (1.0 + rate * type) / rate;
  num = a - fv;
  den = a + pv;
  if (den == 0.0 || num / den <= 0.0)
    return VW_FIN_DOMAIN;
  *out = log (num / den) / log1p (rate);
  return isfinite (*out) ? VW_FIN_OK : VW_FIN_OVERFLOW;
}

VwFinStatus
vw_fin_ipmt (double  rate,
             double  per,
             double  nper,
             double  pv,
             double  fv,
             double  type,
             double *out)
{
  double pmt, ipmt;

  if (per < 1.0 || per > nper)
    return VW_FIN_DOMAIN;
  if (type != 0.0 && per == 1.0)
    {
      /* Paid in advance: nothing is owed yet when the first payment is made. */
      *out = 0.0;
      return VW_FIN_OK;
    }
  pmt = vw_fin_pmt (rate, nper, pv, fv, type);
  /* The interest on what is owed after per-1 payments (FV of it is negative when owed). */
  ipmt = vw_fin_fv (rate, per - 1.0, pmt, pv, type) * rate;
  if (type != 0.0)
    ipmt /= 1.0 + rate;
  *out = ipmt;
  return isfinite (ipmt) ? VW_FIN_OK : VW_FIN_OVERFLOW;
}

typedef struct
{
  double nper, pmt, pv, fv, type;
} Tvm;

static double
tvm_master (double   r,
            gpointer data)
{
  const Tvm *t = data;
  double g;

  if (fabs (r) < 1e-12)
    return t->pv + t->pmt * t->nper + t->fv;
  g = pow (1.0 + r, t->nper);
  return t->pv * g + t->pmt * (1.0 + r * t->type) * (g - 1.0) / r + t->fv;
}

static double
tvm_scaled (double   r,
            gpointer data)
{
  const Tvm *t = data;
  double v = tvm_master (r, data);

  /* Divide by (1+r)^n > 0 for large rates, which keeps the sign and stays finite. */
  if (r > 0.0 && !isfinite (v))
    {
      double ginv = pow (1.0 + r, -t->nper);
      return t->pv + t->pmt * (1.0 + r * t->type) * (1.0 - ginv) / r + t->fv * ginv;
    }
  return v;
}

VwFinStatus
vw_fin_rate (double  nper,
             double  pmt,
             double  pv,
             double  fv,
             double  type,
             double  guess,
             double *out)
{
  Tvm t = { nper, pmt, pv, fv, type };
  VwIrrResult res;
  double best;

  if (!(nper > 0.0))
    return VW_FIN_DOMAIN;
  find_roots (tvm_scaled, &t, 1e-9 * (fabs (pv) + fabs (pmt) * nper + fabs (fv)), tvm_master, &res);
  if (res.n_roots == 0)
    return VW_FIN_NO_ROOT;
  /* Several roots: the one nearest the guess, as the spreadsheet's iteration would tend to. */
  best = res.roots[0];
  for (guint i = 1; i < res.n_roots; i++)
    if (fabs (res.roots[i] - guess) < fabs (best - guess))
      best = res.roots[i];
  *out = best;
  return VW_FIN_OK;
}

double
vw_fin_crf (double rate,
            double n)
{
  if (rate == 0.0)
    return 1.0 / n;
  /* r(1+r)^N / ((1+r)^N − 1) = r / (1 − (1+r)^−N) */
  return rate / -expm1 (-n * log1p (rate));
}

double
vw_fin_pvaf (double rate,
             double n)
{
  if (rate == 0.0)
    return n;
  return -expm1 (-n * log1p (rate)) / rate;
}

VwFinStatus
vw_fin_payback (const double    *flows,
                gsize            n,
                double           rate,
                gboolean         discounted,
                VwPaybackResult *out)
{
  double cum = 0.0, prev = 0.0, df = 1.0;
  gssize reached = -1;

  memset (out, 0, sizeof *out);
  if (n == 0)
    return VW_FIN_EMPTY;
  if (discounted && !(rate > -1.0))
    return VW_FIN_BAD_RATE;

  for (gsize t = 0; t < n; t++)
    {
      double c = discounted ? flows[t] * df : flows[t];

      prev = cum;
      cum += c;
      if (reached < 0 && cum >= 0.0)
        {
          reached = (gssize) t;
          /* Flows arrive evenly within a period (§4); exact recovery gives an integer. */
          out->periods = t == 0 ? 0.0 : (double) (t - 1) + (-prev) / c;
        }
      else if (reached >= 0 && cum < 0.0)
        out->cumulative_negative_again = TRUE;
      if (discounted)
        df /= 1.0 + rate;
    }
  return reached < 0 ? VW_FIN_NOT_REACHED : VW_FIN_OK;
}
