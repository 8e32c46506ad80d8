/* vw-builtins.c: the functions of the formula language — the table, and the element-wise
 * functions (the whole-value ones are in vw-builtins-series.c)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names, argument order and defaults follow LibreOffice Calc where Calc has the function;
 * NPV is the workbench's (c_0 at t = 0, undiscounted; value-math §1), NPV.EXCEL is Calc's.
 */

#define G_LOG_DOMAIN "vw-builtins"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-builtins-private.h"
#include "vw-engine-private.h"
#include "vw-finance.h"
#include "vw-stats.h"

/* Element-wise functions ------------------------------------------------------------------ */

#define SCALAR1(fname, expr, cond)                                     \
  static VwErrorKind fname (const double *a, double *out)              \
  {                                                                    \
    if (!(cond))                                                       \
      return VW_ERROR_NUM;                                             \
    *out = (expr);                                                     \
    return VW_ERROR_NONE;                                              \
  }

SCALAR1 (fn_abs, fabs (a[0]), TRUE)
SCALAR1 (fn_sqrt, sqrt (a[0]), a[0] >= 0.0)
SCALAR1 (fn_exp, exp (a[0]), TRUE)
SCALAR1 (fn_ln, log (a[0]), a[0] > 0.0)
SCALAR1 (fn_log10, log10 (a[0]), a[0] > 0.0)
SCALAR1 (fn_not, a[0] == 0.0, TRUE)
SCALAR1 (fn_pmax, MAX (a[0], a[1]), TRUE)
SCALAR1 (fn_pmin, MIN (a[0], a[1]), TRUE)
SCALAR1 (fn_crf, vw_fin_crf (a[0], a[1]), a[0] > -1.0 && a[1] > 0.0)
SCALAR1 (fn_pvaf, vw_fin_pvaf (a[0], a[1]), a[0] > -1.0 && a[1] > 0.0)
SCALAR1 (fn_pmt, vw_fin_pmt (a[0], a[1], a[2], a[3], a[4]), a[0] > -1.0 && a[1] != 0.0)
SCALAR1 (fn_pv, vw_fin_pv (a[0], a[1], a[2], a[3], a[4]), a[0] > -1.0)
SCALAR1 (fn_fv, vw_fin_fv (a[0], a[1], a[2], a[3], a[4]), a[0] > -1.0)
SCALAR1 (fn_effect, pow (1.0 + a[0] / floor (a[1]), floor (a[1])) - 1.0,
         a[0] > 0.0 && a[1] >= 1.0)
SCALAR1 (fn_nominal, floor (a[1]) * (pow (1.0 + a[0], 1.0 / floor (a[1])) - 1.0),
         a[0] > 0.0 && a[1] >= 1.0)
SCALAR1 (fn_norm_dist, a[3] != 0.0 ? vw_stats_norm_cdf ((a[0] - a[1]) / a[2])
                                   : vw_stats_norm_pdf ((a[0] - a[1]) / a[2]) / a[2],
         a[2] > 0.0)

static VwErrorKind
fn_power (const double *a,
          double       *out)
{
  if (a[0] == 0.0 && a[1] < 0.0)
    return VW_ERROR_DIV0;
  *out = pow (a[0], a[1]);
  return isnan (*out) ? VW_ERROR_NUM : VW_ERROR_NONE;
}

static double
round_digits (double  x,
              double  digits,
              double (*rounder) (double))
{
  double f;

  /* Beyond ±300 digits every double is already exact, or rounds to 0. */
  if (digits > 300.0)
    return x;
  if (digits < -300.0)
    return 0.0;
  f = pow (10.0, floor (digits));
  /* Scale by 10^d, then undo the binary error of the scaling (2.675 → 267.49999…). */
  double y = x * f;
  double r = rounder (y);

  if (rounder == round)
    {
      double nearest = round (y * 1e9) / 1e9;
      r = round (nearest);
    }
  return r / f;
}

static double
round_up_away (double y)
{
  double n = round (y * 1e9) / 1e9;
  return n >= 0 ? ceil (n) : floor (n);
}

static double
round_down_toward (double y)
{
  double n = round (y * 1e9) / 1e9;
  return trunc (n);
}

static VwErrorKind
fn_round (const double *a,
          double       *out)
{
  *out = round_digits (a[0], a[1], round);
  return VW_ERROR_NONE;
}

static VwErrorKind
fn_roundup (const double *a,
            double       *out)
{
  *out = round_digits (a[0], a[1], round_up_away);
  return VW_ERROR_NONE;
}

static VwErrorKind
fn_rounddown (const double *a,
              double       *out)
{
  *out = round_digits (a[0], a[1], round_down_toward);
  return VW_ERROR_NONE;
}

/* Calc FLOOR(x; significance; mode) and CEILING: a negative number rounds away from 0 with
 * mode 0 (FLOOR) and toward 0 with a non-zero mode. */
static VwErrorKind
round_to_multiple (const double *a,
                   double       *out,
                   gboolean      up)
{
  double s = fabs (a[1]), q;
  gboolean reversed;

  if (s == 0.0)
    {
      *out = 0.0;
      return VW_ERROR_NONE;
    }
  q = round (a[0] / s * 1e9) / 1e9;
  reversed = a[0] < 0.0 && a[2] != 0.0;
  *out = (up != reversed ? ceil (q) : floor (q)) * s;
  return VW_ERROR_NONE;
}

static VwErrorKind
fn_floor (const double *a,
          double       *out)
{
  return round_to_multiple (a, out, FALSE);
}

static VwErrorKind
fn_ceiling (const double *a,
            double       *out)
{
  return round_to_multiple (a, out, TRUE);
}

static VwErrorKind
fn_ipmt (const double *a,
         double       *out)
{
  if (!(a[0] > -1.0) || a[2] == 0.0)
    return VW_ERROR_NUM;
  return vw_fin_ipmt (a[0], a[1], a[2], a[3], a[4], a[5], out) == VW_FIN_OK ? VW_ERROR_NONE
                                                                          : VW_ERROR_NUM;
}

static VwErrorKind
fn_ppmt (const double *a,
         double       *out)
{
  double ipmt;

  if (fn_ipmt (a, &ipmt) != VW_ERROR_NONE)
    return VW_ERROR_NUM;
  *out = vw_fin_pmt (a[0], a[2], a[3], a[4], a[5]) - ipmt;
  return VW_ERROR_NONE;
}

static VwErrorKind
fn_nper (const double *a,
         double       *out)
{
  return vw_fin_nper (a[0], a[1], a[2], a[3], a[4], out) == VW_FIN_OK ? VW_ERROR_NONE
                                                                      : VW_ERROR_NUM;
}

static VwErrorKind
fn_rate (const double *a,
         double       *out)
{
  return vw_fin_rate (a[0], a[1], a[2], a[3], a[4], a[5], out) == VW_FIN_OK ? VW_ERROR_NONE
                                                                            : VW_ERROR_NUM;
}

static VwErrorKind
fn_norm_inv (const double *a,
             double       *out)
{
  double z;

  if (!(a[2] > 0.0) || !vw_stats_norm_s_inv (a[0], &z))
    return VW_ERROR_NUM;
  *out = a[1] + a[2] * z;
  return VW_ERROR_NONE;
}

static VwErrorKind
fn_norm_s_inv (const double *a,
               double       *out)
{
  return vw_stats_norm_s_inv (a[0], out) ? VW_ERROR_NONE : VW_ERROR_NUM;
}

/* LOGNORM.INV(p, mu, sigma) = exp (NORM.INV(p, mu, sigma)) */
static VwErrorKind
fn_lognorm_inv (const double *a,
                double       *out)
{
  VwErrorKind kind = fn_norm_inv (a, out);

  if (kind == VW_ERROR_NONE)
    *out = exp (*out);
  return kind;
}

static VwErrorKind
fn_beta_inv (const double *a,
             double       *out)
{
  double x;

  if (!(a[3] < a[4]) || !vw_stats_beta_inv (a[0], a[1], a[2], &x))
    return VW_ERROR_NUM;
  *out = a[3] + x * (a[4] - a[3]);
  return VW_ERROR_NONE;
}

static VwErrorKind
fn_triangular_inv (const double *a,
                   double       *out)
{
  return vw_stats_triangular_inv (a[0], a[1], a[2], a[3], out) ? VW_ERROR_NONE : VW_ERROR_NUM;
}

/* The spreadsheet serial date: days since 1899-12-30. Months and days outside their range
 * carry over, as in Calc (DATE(2008; 13; 1) is 2009-01-01). */
static VwErrorKind
fn_date (const double *a,
         double       *out)
{
  double y = floor (a[0]), m = floor (a[1]) - 1.0, d = floor (a[2]);
  GDate date, e;

  y += floor (m / 12.0);
  m -= 12.0 * floor (m / 12.0);
  if (y < 1.0 || y > 9999.0)
    return VW_ERROR_NUM;
  g_date_clear (&e, 1);
  g_date_set_dmy (&e, 30, G_DATE_DECEMBER, 1899);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, (GDateMonth) (m + 1.0), (GDateYear) y);
  *out = (double) g_date_get_julian (&date) - (double) g_date_get_julian (&e) + d - 1.0;
  return VW_ERROR_NONE;
}

static VwErrorKind
fn_pi (const double *a,
       double       *out)
{
  *out = G_PI;
  return VW_ERROR_NONE;
}

#define ANY 255

static const Builtin builtins[] = {
  /* element-wise */
  { "ABS", 1, 1, fn_abs, NULL, { 0 }, NULL },
  { "SQRT", 1, 1, fn_sqrt, NULL, { 0 }, N_("the square root of a negative number") },
  { "EXP", 1, 1, fn_exp, NULL, { 0 }, NULL },
  { "LN", 1, 1, fn_ln, NULL, { 0 }, N_("the logarithm of a number that is not above 0") },
  { "LOG10", 1, 1, fn_log10, NULL, { 0 }, N_("the logarithm of a number that is not above 0") },
  { "POWER", 2, 2, fn_power, NULL, { 0 }, N_("a power that cannot be computed") },
  { "NOT", 1, 1, fn_not, NULL, { 0 }, NULL },
  { "PMAX", 2, 2, fn_pmax, NULL, { 0 }, NULL },
  { "PMIN", 2, 2, fn_pmin, NULL, { 0 }, NULL },
  { "ROUND", 1, 2, fn_round, NULL, { 0, 0 }, NULL },
  { "ROUNDUP", 1, 2, fn_roundup, NULL, { 0, 0 }, NULL },
  { "ROUNDDOWN", 1, 2, fn_rounddown, NULL, { 0, 0 }, NULL },
  { "FLOOR", 1, 3, fn_floor, NULL, { 0, 1, 0 }, NULL },
  { "CEILING", 1, 3, fn_ceiling, NULL, { 0, 1, 0 }, NULL },
  /* xgettext:no-c-format */
  { "CRF", 2, 2, fn_crf, NULL, { 0 }, N_("CRF needs a rate above −100 % and a positive number of periods") },
  /* xgettext:no-c-format */
  { "PVAF", 2, 2, fn_pvaf, NULL, { 0 }, N_("PVAF needs a rate above −100 % and a positive number of periods") },
  /* xgettext:no-c-format */
  { "PMT", 3, 5, fn_pmt, NULL, { 0, 0, 0, 0, 0 }, N_("PMT needs a rate above −100 % and a number of periods other than 0") },
  { "IPMT", 4, 6, fn_ipmt, NULL, { 0, 0, 0, 0, 0, 0 }, N_("the period must be between 1 and the number of periods") },
  { "PPMT", 4, 6, fn_ppmt, NULL, { 0, 0, 0, 0, 0, 0 }, N_("the period must be between 1 and the number of periods") },
  { "PV", 3, 5, fn_pv, NULL, { 0, 0, 0, 0, 0 }, N_("the rate must be above −100 %") },
  { "FV", 3, 5, fn_fv, NULL, { 0, 0, 0, 0, 0 }, N_("the rate must be above −100 %") },
  { "NPER", 3, 5, fn_nper, NULL, { 0, 0, 0, 0, 0 }, N_("the payments never reach the target") },
  { "RATE", 3, 6, fn_rate, NULL, { 0, 0, 0, 0, 0, 0.1 }, N_("no rate solves these payments") },
  { "EFFECT", 2, 2, fn_effect, NULL, { 0 }, N_("EFFECT needs a positive rate and at least 1 period a year") },
  { "NOMINAL", 2, 2, fn_nominal, NULL, { 0 }, N_("NOMINAL needs a positive rate and at least 1 period a year") },
  { "NORM.DIST", 4, 4, fn_norm_dist, NULL, { 0 }, N_("the standard deviation must be above 0") },
  { "NORM.INV", 3, 3, fn_norm_inv, NULL, { 0 }, N_("the probability must be between 0 and 1 (exclusive) and the standard deviation above 0") },
  { "NORM.S.INV", 1, 1, fn_norm_s_inv, NULL, { 0 }, N_("the probability must be between 0 and 1 (exclusive)") },
  { "LOGNORM.INV", 3, 3, fn_lognorm_inv, NULL, { 0 }, N_("the probability must be between 0 and 1 (exclusive) and the standard deviation above 0") },
  { "BETA.INV", 3, 5, fn_beta_inv, NULL, { 0, 0, 0, 0, 1 }, N_("BETA.INV needs a probability in 0…1, positive shapes and A < B") },
  { "TRIANGULAR.INV", 4, 4, fn_triangular_inv, NULL, { 0 }, N_("TRIANGULAR.INV needs a probability in 0…1 and min ≤ mode ≤ max with min < max") },
  { "DATE", 3, 3, fn_date, NULL, { 0 }, N_("the year must be between 1 and 9999") },
  { "PI", 0, 0, fn_pi, NULL, { 0 }, NULL },
  /* whole values */
  { "SUM", 1, ANY, NULL, vw_fn_sum, { 0 }, NULL },
  { "PRODUCT", 1, ANY, NULL, vw_fn_product, { 0 }, NULL },
  { "MIN", 1, ANY, NULL, vw_fn_min, { 0 }, NULL },
  { "MAX", 1, ANY, NULL, vw_fn_max, { 0 }, NULL },
  { "AVERAGE", 1, ANY, NULL, vw_fn_average, { 0 }, NULL },
  { "COUNT", 1, ANY, NULL, vw_fn_count, { 0 }, NULL },
  { "AND", 1, ANY, NULL, vw_fn_and, { 0 }, NULL },
  { "OR", 1, ANY, NULL, vw_fn_or, { 0 }, NULL },
  { "CUMSUM", 1, 1, NULL, vw_fn_cumsum, { 0 }, NULL },
  { "SHIFT", 2, 3, NULL, vw_fn_shift, { 0 }, NULL },
  { "AT", 2, 2, NULL, vw_fn_at, { 0 }, NULL },
  { "FIRST", 1, 1, NULL, vw_fn_first, { 0 }, NULL },
  { "LAST", 1, 1, NULL, vw_fn_last, { 0 }, NULL },
  { "GROWTH", 2, 2, NULL, vw_fn_growth, { 0 }, NULL },
  { "RAMP", 2, 2, NULL, vw_fn_ramp, { 0 }, NULL },
  { "PERIODS", 0, 0, NULL, vw_fn_periods, { 0 }, NULL },
  { "NPV", 2, ANY, NULL, vw_fn_npv, { 0 }, NULL },
  { "NPV.EXCEL", 2, ANY, NULL, vw_fn_npv_excel, { 0 }, NULL },
  { "XNPV", 3, 3, NULL, vw_fn_xnpv, { 0 }, NULL },
  { "IRR", 1, 2, NULL, vw_fn_irr, { 0 }, NULL },
  { "IRR.ALL", 1, 1, NULL, vw_fn_irr_all, { 0 }, NULL },
  { "XIRR", 2, 3, NULL, vw_fn_xirr, { 0 }, NULL },
  { "MIRR", 3, 3, NULL, vw_fn_mirr, { 0 }, NULL },
  { "PAYBACK", 1, 1, NULL, vw_fn_payback, { 0 }, NULL },
  { "DPAYBACK", 2, 2, NULL, vw_fn_dpayback, { 0 }, NULL },
  { "PERCENTILE", 2, 2, NULL, vw_fn_percentile, { 0 }, NULL },
  { "PERCENTILE.INC", 2, 2, NULL, vw_fn_percentile, { 0 }, NULL },
  { "PERCENTILE.EXC", 2, 2, NULL, vw_fn_percentile_exc, { 0 }, NULL },
};

const Builtin *
vw_builtin_lookup (const char *name,
                   guint      *index)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtins); i++)
    if (g_ascii_strcasecmp (builtins[i].name, name) == 0)
      {
        *index = i;
        return &builtins[i];
      }
  return NULL;
}

const Builtin *
vw_builtin_get (guint index)
{
  g_assert (index < G_N_ELEMENTS (builtins));
  return &builtins[index];
}
