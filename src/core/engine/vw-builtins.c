/* vw-builtins.c: the functions of the formula language
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
fn_floor (const double *a,
          double       *out)
{
  double s = fabs (a[1]), q;

  if (s == 0.0)
    {
      *out = 0.0;
      return VW_ERROR_NONE;
    }
  q = round (a[0] / s * 1e9) / 1e9;
  *out = (a[0] < 0.0 && a[2] != 0.0 ? ceil (q) : floor (q)) * s;
  return VW_ERROR_NONE;
}

static VwErrorKind
fn_ceiling (const double *a,
            double       *out)
{
  double s = fabs (a[1]), q;

  if (s == 0.0)
    {
      *out = 0.0;
      return VW_ERROR_NONE;
    }
  q = round (a[0] / s * 1e9) / 1e9;
  *out = (a[0] < 0.0 && a[2] != 0.0 ? floor (q) : ceil (q)) * s;
  return VW_ERROR_NONE;
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

static VwErrorKind
fn_lognorm_inv (const double *a,
                double       *out)
{
  double z;

  if (!(a[2] > 0.0) || !vw_stats_norm_s_inv (a[0], &z))
    return VW_ERROR_NUM;
  *out = exp (a[1] + a[2] * z);
  return VW_ERROR_NONE;
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

/* Whole-value functions --------------------------------------------------------------------- */

static gboolean
need_scalar (Vm         *vm,
             Slot       *arg,
             const char *what,      /* untranslated (N_): translated only on error */
             const char *src,
             Slot       *out,
             double     *v)
{
  if (arg->kind == SLOT_SCALAR)
    {
      *v = arg->s;
      return TRUE;
    }
  if (arg->kind == SLOT_ARRAY && arg->len == 1)
    {
      *v = arg->v[0];
      return TRUE;
    }
  vw_vm_set_error (vm, out, VW_ERROR_VALUE, _("%s must be a single number in %s"), _(what), src);
  return FALSE;
}

/* All elements of args[from…] in one list (scalars count once). */
static double *
flatten (Vm    *vm,
         Slot  *args,
         guint  from,
         guint  argc,
         gsize *n)
{
  gsize total = 0, k = 0;
  double *v;

  for (guint i = from; i < argc; i++)
    total += args[i].kind == SLOT_ARRAY ? args[i].len : 1;
  v = vw_vm_scratch (vm, MAX (total, 1));
  for (guint i = from; i < argc; i++)
    if (args[i].kind == SLOT_ARRAY)
      {
        memcpy (v + k, args[i].v, args[i].len * sizeof (double));
        k += args[i].len;
      }
    else
      v[k++] = args[i].s;
  *n = total;
  return v;
}

static void
set_scalar (Slot   *out,
            double  v)
{
  out->kind = SLOT_SCALAR;
  out->s = v;
}

static void
set_array (Slot   *out,
           double *buf,
           guint   len)
{
  out->kind = SLOT_ARRAY;
  out->v = buf;
  out->len = len;
}

typedef enum { AGG_SUM, AGG_PRODUCT, AGG_MIN, AGG_MAX, AGG_AVERAGE, AGG_COUNT } Agg;

static void
aggregate (Vm         *vm,
           Slot       *args,
           guint       argc,
           Slot       *out,
           const char *src,
           Agg         agg)
{
  gsize n;
  double *v = flatten (vm, args, 0, argc, &n);
  double acc = agg == AGG_PRODUCT ? 1.0 : agg == AGG_MIN ? INFINITY : agg == AGG_MAX ? -INFINITY : 0.0;

  for (gsize i = 0; i < n; i++)
    switch (agg)
      {
      case AGG_SUM: case AGG_AVERAGE: acc += v[i]; break;
      case AGG_PRODUCT: acc *= v[i]; break;
      case AGG_MIN: acc = MIN (acc, v[i]); break;
      case AGG_MAX: acc = MAX (acc, v[i]); break;
      case AGG_COUNT: acc += 1.0; break;
      default: g_assert_not_reached ();
      }
  if (agg == AGG_AVERAGE)
    {
      if (n == 0)
        {
          vw_vm_set_error (vm, out, VW_ERROR_DIV0, _("%s has no values to average"), src);
          return;
        }
      acc /= (double) n;
    }
  if ((agg == AGG_MIN || agg == AGG_MAX) && n == 0)
    acc = 0.0;
  set_scalar (out, acc);
}

#define AGG_FN(fname, agg)                                                              \
  static void fname (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src) \
  {                                                                                     \
    aggregate (vm, args, argc, out, src, agg);                                          \
  }

AGG_FN (fn_sum, AGG_SUM)
AGG_FN (fn_product, AGG_PRODUCT)
AGG_FN (fn_min, AGG_MIN)
AGG_FN (fn_max, AGG_MAX)
AGG_FN (fn_average, AGG_AVERAGE)
AGG_FN (fn_count, AGG_COUNT)

/* AND and OR work period by period on series (so IF(AND(T >= 1, T <= 5), …) works). */
static void
logical (Vm         *vm,
         Slot       *args,
         guint       argc,
         Slot       *out,
         double     *buf,
         const char *src,
         gboolean    is_and)
{
  guint len = 0;

  for (guint k = 0; k < argc; k++)
    if (args[k].kind == SLOT_ARRAY)
      {
        if (len != 0 && args[k].len != len)
          {
            vw_vm_set_error (vm, out, VW_ERROR_VALUE,
                             _("%s combines series of different lengths"), src);
            return;
          }
        len = args[k].len;
      }
  for (guint i = 0; i < MAX (len, 1); i++)
    {
      gboolean r = is_and;
      for (guint k = 0; k < argc; k++)
        {
          gboolean x = (args[k].kind == SLOT_SCALAR ? args[k].s : args[k].v[i]) != 0.0;
          r = is_and ? (r && x) : (r || x);
        }
      buf[i] = r;
    }
  if (len == 0)
    set_scalar (out, buf[0]);
  else
    set_array (out, buf, len);
}

static void
fn_and (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  logical (vm, args, argc, out, buf, src, TRUE);
}

static void
fn_or (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  logical (vm, args, argc, out, buf, src, FALSE);
}

/* A scalar argument of a series helper stands for a constant series over the horizon. */
static const double *
as_series (Vm    *vm,
           Slot  *arg,
           double *tmp,
           guint *len)
{
  if (arg->kind == SLOT_ARRAY)
    {
      *len = arg->len;
      return arg->v;
    }
  *len = vm->horizon + 1;
  for (guint i = 0; i < *len; i++)
    tmp[i] = arg->s;
  return tmp;
}

static void
fn_cumsum (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  guint len;
  const double *x = as_series (vm, &args[0], buf, &len);
  double acc = 0.0;

  for (guint i = 0; i < len; i++)
    {
      acc += x[i];
      buf[i] = acc;
    }
  set_array (out, buf, len);
}

static void
fn_shift (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  double k, fill = 0.0;
  guint len;
  const double *x;
  double *tmp;

  if (!need_scalar (vm, &args[1], N_("The number of periods"), src, out, &k))
    return;
  if (argc > 2 && !need_scalar (vm, &args[2], N_("The fill value"), src, out, &fill))
    return;
  tmp = vw_vm_scratch (vm, vm->width);
  x = as_series (vm, &args[0], tmp, &len);
  for (guint i = 0; i < len; i++)
    {
      double from = (double) i - floor (k);
      buf[i] = from >= 0.0 && from < (double) len ? x[(guint) from] : fill;
    }
  set_array (out, buf, len);
}

static void
fn_at (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  double t;

  if (!need_scalar (vm, &args[1], N_("The period"), src, out, &t))
    return;
  if (args[0].kind == SLOT_SCALAR)
    {
      set_scalar (out, args[0].s);
      return;
    }
  if (t != floor (t) || t < 0.0 || t >= (double) args[0].len)
    {
      vw_vm_set_error (vm, out, VW_ERROR_REF, _("period %g is outside 0…%u in %s"), t,
                       args[0].len - 1, src);
      return;
    }
  set_scalar (out, args[0].v[(guint) t]);
}

static void
fn_first (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  set_scalar (out, args[0].kind == SLOT_SCALAR ? args[0].s : args[0].v[0]);
}

static void
fn_last (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  set_scalar (out, args[0].kind == SLOT_SCALAR ? args[0].s : args[0].v[args[0].len - 1]);
}

static void
fn_growth (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  double base, rate, f = 1.0;

  if (!need_scalar (vm, &args[0], N_("The base"), src, out, &base) ||
      !need_scalar (vm, &args[1], N_("The growth rate"), src, out, &rate))
    return;
  buf[0] = 0.0;
  for (guint t = 1; t <= vm->horizon; t++)
    {
      buf[t] = base * f;
      f *= 1.0 + rate;
    }
  set_array (out, buf, vm->horizon + 1);
}

static void
fn_ramp (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  double start, end;

  if (!need_scalar (vm, &args[0], N_("The start period"), src, out, &start) ||
      !need_scalar (vm, &args[1], N_("The end period"), src, out, &end))
    return;
  if (end < start)
    {
      vw_vm_set_error (vm, out, VW_ERROR_NUM, _("the ramp ends before it starts in %s"), src);
      return;
    }
  for (guint t = 0; t <= vm->horizon; t++)
    {
      double x = (double) t;
      buf[t] = x >= end ? 1.0 : x <= start ? 0.0 : (x - start) / (end - start);
    }
  set_array (out, buf, vm->horizon + 1);
}

static void
fn_periods (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  set_scalar (out, vm->horizon);
}

static void
fin_error (Vm          *vm,
           Slot        *out,
           VwFinStatus  st,
           const char  *src)
{
  switch (st)
    {
    case VW_FIN_BAD_RATE:
      vw_vm_set_error (vm, out, VW_ERROR_NUM, _("the rate must be above −100 %% in %s"), src);
      break;
    case VW_FIN_EMPTY:
      vw_vm_set_error (vm, out, VW_ERROR_VALUE, _("there are no cash flows in %s"), src);
      break;
    case VW_FIN_NO_SIGN_CHANGE:
      vw_vm_set_error (vm, out, VW_ERROR_NUM,
                       _("no IRR: the cash flows never change sign in %s"), src);
      break;
    case VW_FIN_NO_ROOT:
      vw_vm_set_error (vm, out, VW_ERROR_NUM,
                       _("no IRR: the NPV is never 0 for rates between −100 %% and 100 000 %% in %s"),
                       src);
      break;
    case VW_FIN_NOT_REACHED:
      vw_vm_set_error (vm, out, VW_ERROR_NA,
                       _("payback is not reached within the horizon in %s"), src);
      break;
    case VW_FIN_DOMAIN:
      vw_vm_set_error (vm, out, VW_ERROR_NUM, _("invalid arguments in %s"), src);
      break;
    case VW_FIN_OVERFLOW:
    case VW_FIN_OK:
    default:
      vw_vm_set_error (vm, out, VW_ERROR_NUM, _("%s is too large to compute"), src);
      break;
    }
}

static void
npv_common (Vm         *vm,
            Slot       *args,
            guint       argc,
            Slot       *out,
            const char *src,
            gboolean    excel)
{
  double rate, r;
  gsize n;
  const double *v;
  VwFinStatus st;

  if (!need_scalar (vm, &args[0], N_("The rate"), src, out, &rate))
    return;
  v = flatten (vm, args, 1, argc, &n);
  st = vw_fin_npv_checked (rate, v, n, &r);
  if (st != VW_FIN_OK)
    {
      fin_error (vm, out, st, src);
      return;
    }
  /* Spreadsheet convention: the first value is one period away. */
  set_scalar (out, excel ? r / (1.0 + rate) : r);
}

static void
fn_npv (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  npv_common (vm, args, argc, out, src, FALSE);
}

static void
fn_npv_excel (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  npv_common (vm, args, argc, out, src, TRUE);
}

static gboolean
same_length (Vm         *vm,
             Slot       *a,
             Slot       *b,
             Slot       *out,
             const char *src)
{
  guint la = a->kind == SLOT_ARRAY ? a->len : 1, lb = b->kind == SLOT_ARRAY ? b->len : 1;

  if (la == lb)
    return TRUE;
  vw_vm_set_error (vm, out, VW_ERROR_VALUE,
                   _("the values and the dates must have the same length (%u and %u) in %s"),
                   la, lb, src);
  return FALSE;
}

static const double *
values_of (Slot   *s,
           double *one)
{
  if (s->kind == SLOT_ARRAY)
    return s->v;
  *one = s->s;
  return one;
}

static void
fn_xnpv (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  double rate, r, one_v, one_d;
  VwFinStatus st;

  if (!need_scalar (vm, &args[0], N_("The rate"), src, out, &rate) ||
      !same_length (vm, &args[1], &args[2], out, src))
    return;
  st = vw_fin_xnpv (rate, values_of (&args[1], &one_v), values_of (&args[2], &one_d),
                    args[1].kind == SLOT_ARRAY ? args[1].len : 1, &r);
  if (st == VW_FIN_DOMAIN)
    vw_vm_set_error (vm, out, VW_ERROR_NUM,
                     _("a date is before the first date in %s"), src);
  else if (st != VW_FIN_OK)
    fin_error (vm, out, st, src);
  else
    set_scalar (out, r);
}

static void
fn_irr (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  VwIrrResult res;
  gsize n;
  const double *v = flatten (vm, args, 0, 1, &n);
  VwFinStatus st = vw_fin_irr (v, n, &res);

  /* The guess is accepted for compatibility; the result never depends on it (§2). */
  if (st != VW_FIN_OK)
    fin_error (vm, out, st, src);
  else
    set_scalar (out, res.headline);
}

static void
fn_irr_all (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  VwIrrResult res;
  gsize n;
  const double *v = flatten (vm, args, 0, 1, &n);
  VwFinStatus st = vw_fin_irr (v, n, &res);

  if (st != VW_FIN_OK)
    {
      fin_error (vm, out, st, src);
      return;
    }
  res.n_roots = MIN (res.n_roots, vm->width);
  memcpy (buf, res.roots, res.n_roots * sizeof (double));
  set_array (out, buf, res.n_roots);
}

static void
fn_xirr (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  VwIrrResult res;
  double one_v, one_d;
  VwFinStatus st;

  if (!same_length (vm, &args[0], &args[1], out, src))
    return;
  st = vw_fin_xirr (values_of (&args[0], &one_v), values_of (&args[1], &one_d),
                    args[0].kind == SLOT_ARRAY ? args[0].len : 1, &res);
  if (st == VW_FIN_DOMAIN)
    vw_vm_set_error (vm, out, VW_ERROR_NUM, _("a date is before the first date in %s"), src);
  else if (st != VW_FIN_OK)
    fin_error (vm, out, st, src);
  else
    set_scalar (out, res.headline);
}

static void
fn_mirr (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  double f, g, r;
  gsize n;
  const double *v;
  VwFinStatus st;

  if (!need_scalar (vm, &args[1], N_("The finance rate"), src, out, &f) ||
      !need_scalar (vm, &args[2], N_("The reinvestment rate"), src, out, &g))
    return;
  v = flatten (vm, args, 0, 1, &n);
  st = vw_fin_mirr (v, n, f, g, &r);
  if (st == VW_FIN_DOMAIN)
    vw_vm_set_error (vm, out, VW_ERROR_DIV0,
                     _("MIRR needs at least one positive and one negative flow in %s"), src);
  else if (st != VW_FIN_OK)
    fin_error (vm, out, st, src);
  else
    set_scalar (out, r);
}

static void
payback_common (Vm         *vm,
                Slot       *flows,
                double      rate,
                gboolean    discounted,
                Slot       *out,
                const char *src)
{
  VwPaybackResult res;
  gsize n;
  const double *v = flatten (vm, flows, 0, 1, &n);
  VwFinStatus st = vw_fin_payback (v, n, rate, discounted, &res);

  if (st != VW_FIN_OK)
    fin_error (vm, out, st, src);
  else
    set_scalar (out, res.periods);
}

static void
fn_payback (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  payback_common (vm, &args[0], 0.0, FALSE, out, src);
}

static void
fn_dpayback (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  double rate;

  if (need_scalar (vm, &args[0], N_("The rate"), src, out, &rate))
    payback_common (vm, &args[1], rate, TRUE, out, src);
}

static void
percentile_common (Vm         *vm,
                   Slot       *args,
                   Slot       *out,
                   const char *src,
                   gboolean    exc)
{
  double k, r;
  gsize n;
  const double *v;
  g_autofree double *copy = NULL;
  gboolean ok;

  if (!need_scalar (vm, &args[1], N_("The percentile"), src, out, &k))
    return;
  v = flatten (vm, args, 0, 1, &n);
  copy = g_memdup2 (v, n * sizeof (double));
  ok = exc ? vw_stats_percentile_exc (copy, n, k, &r) : vw_stats_percentile_inc (copy, n, k, &r);
  if (!ok)
    vw_vm_set_error (vm, out, VW_ERROR_NUM,
                     _("the percentile %g is outside the range the data allow in %s"), k, src);
  else
    set_scalar (out, r);
}

static void
fn_percentile (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  percentile_common (vm, args, out, src, FALSE);
}

static void
fn_percentile_exc (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  percentile_common (vm, args, out, src, TRUE);
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
  { "CRF", 2, 2, fn_crf, NULL, { 0 }, N_("CRF needs a rate above −100 % and a positive number of periods") },
  { "PVAF", 2, 2, fn_pvaf, NULL, { 0 }, N_("PVAF needs a rate above −100 % and a positive number of periods") },
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
  { "SUM", 1, ANY, NULL, fn_sum, { 0 }, NULL },
  { "PRODUCT", 1, ANY, NULL, fn_product, { 0 }, NULL },
  { "MIN", 1, ANY, NULL, fn_min, { 0 }, NULL },
  { "MAX", 1, ANY, NULL, fn_max, { 0 }, NULL },
  { "AVERAGE", 1, ANY, NULL, fn_average, { 0 }, NULL },
  { "COUNT", 1, ANY, NULL, fn_count, { 0 }, NULL },
  { "AND", 1, ANY, NULL, fn_and, { 0 }, NULL },
  { "OR", 1, ANY, NULL, fn_or, { 0 }, NULL },
  { "CUMSUM", 1, 1, NULL, fn_cumsum, { 0 }, NULL },
  { "SHIFT", 2, 3, NULL, fn_shift, { 0 }, NULL },
  { "AT", 2, 2, NULL, fn_at, { 0 }, NULL },
  { "FIRST", 1, 1, NULL, fn_first, { 0 }, NULL },
  { "LAST", 1, 1, NULL, fn_last, { 0 }, NULL },
  { "GROWTH", 2, 2, NULL, fn_growth, { 0 }, NULL },
  { "RAMP", 2, 2, NULL, fn_ramp, { 0 }, NULL },
  { "PERIODS", 0, 0, NULL, fn_periods, { 0 }, NULL },
  { "NPV", 2, ANY, NULL, fn_npv, { 0 }, NULL },
  { "NPV.EXCEL", 2, ANY, NULL, fn_npv_excel, { 0 }, NULL },
  { "XNPV", 3, 3, NULL, fn_xnpv, { 0 }, NULL },
  { "IRR", 1, 2, NULL, fn_irr, { 0 }, NULL },
  { "IRR.ALL", 1, 1, NULL, fn_irr_all, { 0 }, NULL },
  { "XIRR", 2, 3, NULL, fn_xirr, { 0 }, NULL },
  { "MIRR", 3, 3, NULL, fn_mirr, { 0 }, NULL },
  { "PAYBACK", 1, 1, NULL, fn_payback, { 0 }, NULL },
  { "DPAYBACK", 2, 2, NULL, fn_dpayback, { 0 }, NULL },
  { "PERCENTILE", 2, 2, NULL, fn_percentile, { 0 }, NULL },
  { "PERCENTILE.INC", 2, 2, NULL, fn_percentile, { 0 }, NULL },
  { "PERCENTILE.EXC", 2, 2, NULL, fn_percentile_exc, { 0 }, NULL },
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
