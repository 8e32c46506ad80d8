/* vw-builtins-series.c: the functions of the formula language that see whole values —
 * aggregates, series helpers, finance over flows, percentiles
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-builtins"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-builtins-private.h"
#include "vw-finance.h"
#include "vw-stats.h"

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
  void fname (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)        \
  {                                                                                     \
    aggregate (vm, args, argc, out, src, agg);                                          \
  }

AGG_FN (vw_fn_sum, AGG_SUM)
AGG_FN (vw_fn_product, AGG_PRODUCT)
AGG_FN (vw_fn_min, AGG_MIN)
AGG_FN (vw_fn_max, AGG_MAX)
AGG_FN (vw_fn_average, AGG_AVERAGE)
AGG_FN (vw_fn_count, AGG_COUNT)

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

void
vw_fn_and (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  logical (vm, args, argc, out, buf, src, TRUE);
}

void
vw_fn_or (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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

void
vw_fn_cumsum (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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

void
vw_fn_shift (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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

void
vw_fn_at (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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

void
vw_fn_first (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  set_scalar (out, args[0].kind == SLOT_SCALAR ? args[0].s : args[0].v[0]);
}

void
vw_fn_last (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  set_scalar (out, args[0].kind == SLOT_SCALAR ? args[0].s : args[0].v[args[0].len - 1]);
}

void
vw_fn_growth (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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

void
vw_fn_ramp (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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

void
vw_fn_periods (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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

void
vw_fn_npv (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  npv_common (vm, args, argc, out, src, FALSE);
}

void
vw_fn_npv_excel (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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

void
vw_fn_xnpv (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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

/* §2: with several IRRs the headline is shown, and the user is told about the others. */
static void
note_multiple (Vm                *vm,
               const VwIrrResult *res,
               const char        *src)
{
  g_autoptr(GString) list = NULL;

  if (!res->multiple_irr)
    return;
  list = g_string_new (NULL);
  for (guint i = 0; i < res->n_roots; i++)
    g_string_append_printf (list, "%s%.4g %%", i > 0 ? ", " : "", res->roots[i] * 100.0);
  vw_vm_set_note (vm, g_strdup_printf (_("%s has %u IRRs (%s); the smallest positive one is shown. "
                                         "Compare on NPV or MIRR instead."),
                                       src, res->n_roots, list->str));
}

void
vw_fn_irr (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  VwIrrResult res;
  gsize n;
  const double *v = flatten (vm, args, 0, 1, &n);
  VwFinStatus st = vw_fin_irr (v, n, &res);

  /* The guess is accepted for compatibility; the result never depends on it (§2). */
  if (st != VW_FIN_OK)
    fin_error (vm, out, st, src);
  else
    {
      note_multiple (vm, &res, src);
      set_scalar (out, res.headline);
    }
}

void
vw_fn_irr_all (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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

void
vw_fn_xirr (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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
    {
      note_multiple (vm, &res, src);
      set_scalar (out, res.headline);
    }
}

void
vw_fn_mirr (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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

void
vw_fn_payback (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  payback_common (vm, &args[0], 0.0, FALSE, out, src);
}

void
vw_fn_dpayback (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
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

void
vw_fn_percentile (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  percentile_common (vm, args, out, src, FALSE);
}

void
vw_fn_percentile_exc (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)
{
  percentile_common (vm, args, out, src, TRUE);
}

