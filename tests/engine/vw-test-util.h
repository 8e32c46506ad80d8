/* vw-test-util.h: helpers shared by the engine tests
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tolerances are those of value-math.md §0.4: closed forms relative 1e-9; published rounded
 * values half a unit in the last printed digit.
 */

#pragma once

#include <glib.h>
#include <math.h>

#include "vw-model.h"

#define assert_rel(actual, expected)                                                        \
  G_STMT_START {                                                                            \
    double a_ = (actual), e_ = (expected);                                                  \
    if (!(fabs (a_ - e_) <= 1e-9 * MAX (fabs (e_), 1e-300)))                               \
      g_error ("%s:%d: %s = %.17g, expected %.17g (relative 1e-9)", __FILE__, __LINE__,     \
               #actual, a_, e_);                                                            \
  } G_STMT_END

/* abs_tol: half a unit in the last printed digit of a published value. */
#define assert_abs(actual, expected, abs_tol)                                               \
  G_STMT_START {                                                                            \
    double a_ = (actual), e_ = (expected);                                                  \
    if (!(fabs (a_ - e_) <= (abs_tol)))                                                     \
      g_error ("%s:%d: %s = %.17g, expected %.17g ± %g", __FILE__, __LINE__, #actual, a_,   \
               e_, (double) (abs_tol));                                                     \
  } G_STMT_END

/* Evaluates an expression with no variables over t = 0…horizon. */
static inline VwValue
test_eval (const char *expr,
           guint       horizon,
           char      **text)
{
  static VwModel *model;
  static VwEvalContext *ctx;
  VwValue v;
  int var;

  /* Keep the last model alive so the returned series stays valid until the next call. */
  g_clear_pointer (&ctx, vw_eval_context_free);
  g_clear_pointer (&model, vw_model_unref);
  model = vw_model_new (horizon);
  var = vw_model_add_formula (model, "", expr, NULL);
  vw_model_compile (model);
  ctx = vw_eval_context_new (model);
  vw_eval_context_evaluate (ctx);
  vw_eval_context_get (ctx, var, 0, &v);
  if (text != NULL)
    *text = vw_value_to_string (&v);
  return v;
}

static inline double
test_eval_number (const char *expr)
{
  VwValue v = test_eval (expr, 10, NULL);

  if (v.kind != VW_VALUE_SCALAR)
    {
      g_autofree char *text = vw_value_to_string (&v);
      g_error ("%s gave %s, expected a number", expr, text);
    }
  return v.scalar;
}

/* The full error text, "#DIV/0!: …", or NULL when expr is not an error. */
static inline char *
test_eval_error (const char *expr)
{
  VwValue v = test_eval (expr, 10, NULL);
  return v.kind == VW_VALUE_ERROR ? vw_value_error_text (&v) : NULL;
}

/* TRUE when expr evaluates to an error whose text starts with prefix ("#NUM!"). */
static inline gboolean
test_eval_error_is (const char *expr,
                    const char *prefix)
{
  g_autofree char *text = test_eval_error (expr);
  return text != NULL && g_str_has_prefix (text, prefix);
}
