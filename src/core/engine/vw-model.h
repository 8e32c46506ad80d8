/* vw-model.h: a compiled set of named variables over periods and alternatives
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How to use it (the document compiler and the live simulation):
 *
 *   VwModel *m = vw_model_new (10);                       // horizon N: periods t = 0…10
 *   vw_model_add_alternative (m, "status_quo");           // index 0
 *   vw_model_add_alternative (m, "offer");                // index 1
 *   int cap = vw_model_add_input (m, "capacity_mw", 50, NULL);   // same value in every alternative
 *   vw_model_set_input (m, cap, 1, 55);                   // but 55 in "offer"
 *   vw_model_add_formula (m, "advantage", "npv - npv@status_quo", NULL);
 *   vw_model_compile (m);                                 // graph, order, cycles; never fails
 *
 *   VwEvalContext *ctx = vw_eval_context_new (m);         // one per thread; the model is shared
 *   vw_eval_context_evaluate (ctx);                       // everything, the first time
 *   vw_eval_context_set_input (ctx, cap, 1, 60);          // a slider moved
 *   vw_eval_context_evaluate (ctx);                       // only what depends on capacity_mw@offer
 *   VwValue v;
 *   vw_eval_context_get (ctx, vw_model_lookup (m, "advantage"), 1, &v);
 *
 * A formula refers to a variable of the same alternative by its name, and to another
 * alternative's value with name@alternative_id. A formula that does not parse, a name that
 * does not exist and a cycle do not stop the compile: the variable concerned holds an error
 * value (#VALUE!, #NAME?, #CYCLE! "a → b → a"), and so does everything that depends on it.
 *
 * A compiled VwModel is immutable and may be shared by any number of threads, each with its
 * own VwEvalContext. Adding variables after vw_model_compile() is a programming error.
 *
 * A value (VwValue, vw-value.h) is a scalar, a series or an error; a valid value may carry a
 * note (several IRRs). vw_eval_context_set_targets() limits evaluation to what some outputs
 * need (Monte Carlo, goal seek); vw_eval_context_invalidate() recomputes everything.
 * Uncertainty and what-if on top of this: vw-monte-carlo.h, vw-sensitivity.h,
 * vw-value-split.h. The formula language: docs/formulas.md.
 */

#pragma once

#include <glib.h>

#include "vw-value.h"

G_BEGIN_DECLS

typedef struct _VwModel VwModel;
typedef struct _VwEvalContext VwEvalContext;

VwModel    *vw_model_new              (guint         horizon);
VwModel    *vw_model_ref              (VwModel      *model);
void        vw_model_unref            (VwModel      *model);
int         vw_model_add_alternative  (VwModel      *model,
                                       const char   *id);
int         vw_model_add_input        (VwModel      *model,
                                       const char   *name,
                                       double        value,
                                       GError      **error);
void        vw_model_set_input        (VwModel      *model,
                                       int           var,
                                       int           alt,
                                       double        value);
int         vw_model_add_formula      (VwModel      *model,
                                       const char   *name,
                                       const char   *formula,
                                       GError      **error);
void        vw_model_compile          (VwModel      *model);

guint       vw_model_get_horizon      (VwModel      *model);
guint       vw_model_get_n_variables  (VwModel      *model);
guint       vw_model_get_n_alternatives (VwModel    *model);
int         vw_model_lookup           (VwModel      *model,
                                       const char   *name);
int         vw_model_lookup_alternative (VwModel    *model,
                                       const char   *id);
const char *vw_model_get_name         (VwModel      *model,
                                       int           var);
typedef struct
{
  int var;
  int alt;   /* −1: the same alternative as the formula's */
} VwModelReference;

const VwModelReference *vw_model_get_references (VwModel *model,
                                                 int      var,
                                                 guint   *n_refs);
gboolean    vw_model_is_input         (VwModel      *model,
                                       int           var);
double      vw_model_get_input        (VwModel      *model,
                                       int           var,
                                       int           alt);
GPtrArray  *vw_model_get_cycles       (VwModel      *model);

VwEvalContext *vw_eval_context_new    (VwModel       *model);
void        vw_eval_context_free      (VwEvalContext *ctx);
VwModel    *vw_eval_context_get_model (VwEvalContext *ctx);
void        vw_eval_context_set_input (VwEvalContext *ctx,
                                       int            var,
                                       int            alt,
                                       double         value);
double      vw_eval_context_get_input (VwEvalContext *ctx,
                                       int            var,
                                       int            alt);
void        vw_eval_context_reset_inputs (VwEvalContext *ctx);
void        vw_eval_context_invalidate (VwEvalContext *ctx);
void        vw_eval_context_set_targets (VwEvalContext *ctx,
                                       const int     *vars,
                                       const int     *alts,
                                       guint          n);
guint       vw_eval_context_evaluate  (VwEvalContext *ctx);
void        vw_eval_context_get       (VwEvalContext *ctx,
                                       int            var,
                                       int            alt,
                                       VwValue       *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwModel, vw_model_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwEvalContext, vw_eval_context_free)

G_END_DECLS
