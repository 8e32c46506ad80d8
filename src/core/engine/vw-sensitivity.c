/* vw-sensitivity.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-sensitivity"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-sensitivity.h"

G_DEFINE_QUARK (vw-sensitivity-error-quark, vw_sensitivity_error)

#define SCAN_POINTS 200

static gboolean
output_at (VwEvalContext *ctx,
           int            in_var,
           int            in_alt,
           double         x,
           int            out_var,
           int            out_alt,
           double        *out,
           GError       **error)
{
  VwValue v;

  if (in_var >= 0)
    vw_eval_context_set_input (ctx, in_var, in_alt, x);
  vw_eval_context_evaluate (ctx);
  vw_eval_context_get (ctx, out_var, out_alt, &v);
  if (v.kind == VW_VALUE_SCALAR)
    {
      *out = v.scalar;
      return TRUE;
    }
  if (v.kind == VW_VALUE_ERROR)
    {
      g_autofree char *text = vw_value_error_text (&v);
      g_set_error (error, VW_SENSITIVITY_ERROR, VW_SENSITIVITY_ERROR_NOT_A_NUMBER,
                   _("The output cannot be computed: %s"), text);
    }
  else
    g_set_error (error, VW_SENSITIVITY_ERROR, VW_SENSITIVITY_ERROR_NOT_A_NUMBER,
                 _("The output is a series; choose a single number such as its NPV"));
  return FALSE;
}

static double
input_value (VwEvalContext *ctx,
             int            var,
             int            alt)
{
  return vw_eval_context_get_input (ctx, var, alt < 0 ? 0 : alt);
}

/* Restores an input that was set for all alternatives, or one. */
typedef struct
{
  int     var, alt;
  double *saved;
  guint   n;
} Saved;

static void
save_input (VwEvalContext *ctx,
            VwModel       *m,
            int            var,
            int            alt,
            Saved         *s)
{
  s->var = var;
  s->alt = alt;
  s->n = alt < 0 ? vw_model_get_n_alternatives (m) : 1;
  s->saved = g_new (double, s->n);
  for (guint a = 0; a < s->n; a++)
    s->saved[a] = vw_eval_context_get_input (ctx, var, alt < 0 ? (int) a : alt);
}

static void
restore_input (VwEvalContext *ctx,
               Saved         *s)
{
  for (guint a = 0; a < s->n; a++)
    vw_eval_context_set_input (ctx, s->var, s->alt < 0 ? (int) a : s->alt, s->saved[a]);
  vw_eval_context_evaluate (ctx);
  g_clear_pointer (&s->saved, g_free);
}

/**
 * vw_tornado:
 * @bars: (out caller-allocates): @n_inputs bars, sorted by swing, largest first
 *
 * One-at-a-time sensitivity (value-math §12). Swings equal within 1e-9 of the largest keep
 * the order of @inputs, so exact ties in linear models (S-31) are stable.
 */
gboolean
vw_tornado (VwEvalContext        *ctx,
            int                   out_var,
            int                   out_alt,
            const VwTornadoInput *inputs,
            guint                 n_inputs,
            double               *base,
            VwTornadoBar         *bars,
            GError              **error)
{
  double max_swing = 0.0;

  g_return_val_if_fail (ctx != NULL && bars != NULL && base != NULL, FALSE);

  if (!output_at (ctx, -1, 0, 0, out_var, out_alt, base, error))
    return FALSE;

  for (guint i = 0; i < n_inputs; i++)
    {
      VwTornadoBar *b = &bars[i];
      Saved s;
      gboolean ok;

      save_input (ctx, vw_eval_context_get_model (ctx), inputs[i].var, inputs[i].alt, &s);
      b->input = i;
      b->low = inputs[i].low;
      b->high = inputs[i].high;
      ok = output_at (ctx, inputs[i].var, inputs[i].alt, b->low, out_var, out_alt, &b->f_low, error) &&
           output_at (ctx, inputs[i].var, inputs[i].alt, b->high, out_var, out_alt, &b->f_high, error);
      restore_input (ctx, &s);
      if (!ok)
        return FALSE;
      b->swing = fabs (b->f_high - b->f_low);
      b->bar_min = MIN (b->f_low, b->f_high);
      b->bar_max = MAX (b->f_low, b->f_high);
      b->high_raises = b->f_high > b->f_low;
      b->base_outside = *base < b->bar_min - 1e-12 * fabs (*base) ||
                        *base > b->bar_max + 1e-12 * fabs (*base);
      max_swing = MAX (max_swing, b->swing);
    }

  /* Stable insertion sort; a near-tie never overtakes. */
  for (guint i = 1; i < n_inputs; i++)
    {
      VwTornadoBar key = bars[i];
      guint j = i;

      while (j > 0 && key.swing > bars[j - 1].swing + 1e-9 * max_swing)
        {
          bars[j] = bars[j - 1];
          j--;
        }
      bars[j] = key;
    }
  return TRUE;
}

/**
 * vw_spider:
 * @changes: relative changes of each input, e.g. −0.2, −0.1, 0, 0.1, 0.2
 * @out: (out caller-allocates): @n_inputs × @n_changes outputs, row per input
 *
 * The output with each input at base × (1 + change), the others at base.
 */
gboolean
vw_spider (VwEvalContext        *ctx,
           int                   out_var,
           int                   out_alt,
           const VwTornadoInput *inputs,
           guint                 n_inputs,
           const double         *changes,
           guint                 n_changes,
           double               *out,
           GError              **error)
{
  g_return_val_if_fail (ctx != NULL && out != NULL, FALSE);

  for (guint i = 0; i < n_inputs; i++)
    {
      double base = input_value (ctx, inputs[i].var, inputs[i].alt);
      Saved s;
      gboolean ok = TRUE;

      save_input (ctx, vw_eval_context_get_model (ctx), inputs[i].var, inputs[i].alt, &s);
      for (guint c = 0; c < n_changes && ok; c++)
        ok = output_at (ctx, inputs[i].var, inputs[i].alt, base * (1.0 + changes[c]),
                        out_var, out_alt, &out[i * n_changes + c], error);
      restore_input (ctx, &s);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/**
 * vw_goal_seek:
 *
 * Finds the value of an input in [@lo, @hi] that brings the output to @target: a scan for a
 * sign change, then bisection to full precision. When several solutions exist, the one
 * nearest @lo is returned. The input is restored afterwards.
 */
gboolean
vw_goal_seek (VwEvalContext  *ctx,
              int             in_var,
              int             in_alt,
              int             out_var,
              int             out_alt,
              double          target,
              double          lo,
              double          hi,
              double         *solution,
              GError        **error)
{
  VwModel *m;
  Saved s;
  double x_prev = lo, f_prev, f_min = INFINITY, f_max = -INFINITY;
  gboolean found = FALSE, ok = TRUE;
  double a = lo, b = hi, fa = 0.0;

  g_return_val_if_fail (ctx != NULL && solution != NULL, FALSE);

  m = vw_eval_context_get_model (ctx);
  if (!(lo < hi) || !isfinite (lo) || !isfinite (hi))
    {
      g_set_error (error, VW_SENSITIVITY_ERROR, VW_SENSITIVITY_ERROR_INVALID,
                   _("The search range must go from a lower to a higher number"));
      return FALSE;
    }
  save_input (ctx, m, in_var, in_alt, &s);

  if (!output_at (ctx, in_var, in_alt, lo, out_var, out_alt, &f_prev, error))
    {
      restore_input (ctx, &s);
      return FALSE;
    }
  f_prev -= target;
  f_min = f_max = f_prev;
  if (f_prev == 0.0)
    {
      *solution = lo;
      restore_input (ctx, &s);
      return TRUE;
    }
  for (guint i = 1; i <= SCAN_POINTS && ok && !found; i++)
    {
      double x = lo + (hi - lo) * i / SCAN_POINTS, f;

      ok = output_at (ctx, in_var, in_alt, x, out_var, out_alt, &f, NULL);
      if (!ok)
        {
          /* An error at one point of the scan (a division by 0) is skipped over. */
          ok = TRUE;
          continue;
        }
      f -= target;
      f_min = MIN (f_min, f);
      f_max = MAX (f_max, f);
      if (f == 0.0 || (f < 0) != (f_prev < 0))
        {
          found = TRUE;
          a = x_prev;
          b = x;
          fa = f_prev;
        }
      x_prev = x;
      f_prev = f;
    }

  if (!found)
    {
      g_autofree char *lo_s = g_strdup_printf ("%.6g", lo);
      g_autofree char *hi_s = g_strdup_printf ("%.6g", hi);
      g_autofree char *fmin_s = g_strdup_printf ("%.6g", f_min + target);
      g_autofree char *fmax_s = g_strdup_printf ("%.6g", f_max + target);
      g_autofree char *target_s = g_strdup_printf ("%.6g", target);

      restore_input (ctx, &s);
      g_set_error (error, VW_SENSITIVITY_ERROR, VW_SENSITIVITY_ERROR_NO_SOLUTION,
                   _("No value of %s between %s and %s brings %s to %s: there it only goes from %s to %s"),
                   vw_model_get_name (m, in_var), lo_s, hi_s, vw_model_get_name (m, out_var),
                   target_s, fmin_s, fmax_s);
      return FALSE;
    }

  for (int it = 0; it < 200 && b - a > 1e-15 * MAX (1.0, fabs (a)); it++)
    {
      double mid = 0.5 * (a + b), fm;

      if (!output_at (ctx, in_var, in_alt, mid, out_var, out_alt, &fm, NULL))
        break;
      fm -= target;
      if (fm == 0.0)
        {
          a = b = mid;
          break;
        }
      if ((fm < 0) == (fa < 0))
        {
          a = mid;
          fa = fm;
        }
      else
        b = mid;
    }
  *solution = 0.5 * (a + b);
  restore_input (ctx, &s);
  return TRUE;
}

/* The value of an input at which the output is 0 (e.g. the break-even price). */
gboolean
vw_break_even (VwEvalContext  *ctx,
               int             in_var,
               int             in_alt,
               int             out_var,
               int             out_alt,
               double          lo,
               double          hi,
               double         *solution,
               GError        **error)
{
  return vw_goal_seek (ctx, in_var, in_alt, out_var, out_alt, 0.0, lo, hi, solution, error);
}
