/* vw-eval-context.c: the values of one evaluation of a compiled model, for one thread
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Incremental evaluation: a changed input marks its node dirty; evaluation walks the
 * topological order from the first dirty node and recomputes only dirty nodes. A node whose
 * value did not change does not dirty its dependents, so a slider that moves a value which is
 * later clipped by MAX() stops there.
 */

#define G_LOG_DOMAIN "vw-eval-context"

#include <math.h>
#include <string.h>

#include "vw-model-private.h"

typedef struct
{
  SlotKind kind;
  guint    len;
  double   s;
  VwErr   *err;
  char    *note;
} NodeValue;

struct _VwEvalContext
{
  VwModel   *model;
  Vm         vm;
  double    *inputs;     /* per node; only input nodes are read */
  NodeValue *values;
  double    *arena;      /* n_nodes × width */
  guint8    *dirty;
  guint      first_dirty;
  guint8    *needed;     /* NULL: every node; else only the cone of the targets */
};

static void
load_node (Vm   *vm,
           int   var,
           int   alt,
           Slot *out)
{
  VwEvalContext *ctx = vm->load_data;
  guint node = vw_model_node (ctx->model, var, alt);
  const NodeValue *nv = &ctx->values[node];

  out->kind = nv->kind;
  out->len = nv->len;
  out->s = nv->s;
  out->v = ctx->arena + (gsize) node * ctx->model->width;
  out->err = nv->err;
}

static void
mark_dirty (VwEvalContext *ctx,
            guint          node)
{
  guint pos = ctx->model->pos[node];

  if (pos == G_MAXUINT)
    return;
  ctx->dirty[node] = TRUE;
  ctx->first_dirty = MIN (ctx->first_dirty, pos);
}

VwEvalContext *
vw_eval_context_new (VwModel *model)
{
  VwEvalContext *ctx;
  guint na;

  g_return_val_if_fail (model != NULL && model->compiled, NULL);

  ctx = g_new0 (VwEvalContext, 1);
  ctx->model = vw_model_ref (model);
  na = model->alts->len;
  vw_vm_init (&ctx->vm, model->width, model->horizon, model->t_series);
  ctx->vm.load = load_node;
  ctx->vm.load_data = ctx;
  ctx->inputs = g_new0 (double, MAX (model->n_nodes, 1));
  ctx->values = g_new0 (NodeValue, MAX (model->n_nodes, 1));
  ctx->arena = g_new0 (double, MAX ((gsize) model->n_nodes * model->width, 1));
  ctx->dirty = g_new0 (guint8, MAX (model->n_nodes, 1));

  for (guint i = 0; i < model->vars->len; i++)
    {
      Var *v = g_ptr_array_index (model->vars, i);
      if (v->code != NULL)
        vw_vm_reserve (&ctx->vm, v->code);
    }
  for (guint u = 0; u < model->n_nodes; u++)
    {
      Var *v = g_ptr_array_index (model->vars, u / na);

      if (v->is_input)
        ctx->inputs[u] = g_array_index (v->inputs, double, u % na);
      if (model->node_errors[u] != NULL)
        {
          ctx->values[u].kind = SLOT_ERROR;
          ctx->values[u].err = vw_err_ref (model->node_errors[u]);
        }
      else
        ctx->dirty[u] = TRUE;
    }
  ctx->first_dirty = 0;
  return ctx;
}

void
vw_eval_context_free (VwEvalContext *ctx)
{
  if (ctx == NULL)
    return;
  for (guint u = 0; u < ctx->model->n_nodes; u++)
    {
      vw_err_unref (ctx->values[u].err);
      g_free (ctx->values[u].note);
    }
  vw_vm_clear (&ctx->vm);
  g_free (ctx->inputs);
  g_free (ctx->values);
  g_free (ctx->arena);
  g_free (ctx->dirty);
  g_free (ctx->needed);
  vw_model_unref (ctx->model);
  g_free (ctx);
}

/**
 * vw_eval_context_get_model:
 *
 * Returns: (transfer none): the model this context evaluates
 */
VwModel *
vw_eval_context_get_model (VwEvalContext *ctx)
{
  g_return_val_if_fail (ctx != NULL, NULL);
  return ctx->model;
}

/**
 * vw_eval_context_set_input:
 * @alt: the alternative, or -1 for all of them
 *
 * Changes an input for this context only; the next vw_eval_context_evaluate() recomputes
 * what depends on it.
 */
void
vw_eval_context_set_input (VwEvalContext *ctx,
                           int            var,
                           int            alt,
                           double         value)
{
  VwModel *m;

  g_return_if_fail (ctx != NULL);
  m = ctx->model;
  g_return_if_fail (var >= 0 && (guint) var < m->vars->len);
  g_return_if_fail (alt >= -1 && alt < (int) m->alts->len);
  g_return_if_fail (isfinite (value));
  g_return_if_fail (((Var *) g_ptr_array_index (m->vars, var))->is_input);

  for (guint a = alt < 0 ? 0 : (guint) alt; a < (alt < 0 ? m->alts->len : (guint) alt + 1); a++)
    {
      guint node = vw_model_node (m, var, a);
      if (ctx->inputs[node] != value)
        {
          ctx->inputs[node] = value;
          mark_dirty (ctx, node);
        }
    }
}

double
vw_eval_context_get_input (VwEvalContext *ctx,
                           int            var,
                           int            alt)
{
  g_return_val_if_fail (ctx != NULL, 0.0);
  g_return_val_if_fail (var >= 0 && (guint) var < ctx->model->vars->len, 0.0);
  g_return_val_if_fail (alt >= 0 && (guint) alt < ctx->model->alts->len, 0.0);
  return ctx->inputs[vw_model_node (ctx->model, var, alt)];
}

/* Back to the model's own input values. */
void
vw_eval_context_reset_inputs (VwEvalContext *ctx)
{
  VwModel *m;

  g_return_if_fail (ctx != NULL);
  m = ctx->model;
  for (guint u = 0; u < m->n_nodes; u++)
    {
      Var *v = g_ptr_array_index (m->vars, u / m->alts->len);
      if (v->is_input)
        vw_eval_context_set_input (ctx, u / m->alts->len, u % m->alts->len,
                                   g_array_index (v->inputs, double, u % m->alts->len));
    }
}

/**
 * vw_eval_context_set_targets:
 * @vars: (nullable): variables, or %NULL to evaluate every node again
 * @alts: their alternatives (-1: all)
 *
 * Restricts evaluation to what the given nodes need (themselves and everything they depend
 * on). Monte Carlo and goal seek ask for one output; the rest of the model stays dirty and is
 * computed when the targets are cleared.
 */
void
vw_eval_context_set_targets (VwEvalContext *ctx,
                             const int     *vars,
                             const int     *alts,
                             guint          n)
{
  VwModel *m;
  g_autofree guint *stack = NULL;
  guint sp = 0;

  g_return_if_fail (ctx != NULL);
  m = ctx->model;
  if (vars == NULL)
    {
      g_clear_pointer (&ctx->needed, g_free);
      ctx->first_dirty = 0;
      return;
    }
  g_free (ctx->needed);
  ctx->needed = g_new0 (guint8, MAX (m->n_nodes, 1));
  stack = g_new (guint, MAX (m->n_nodes, 1));
  for (guint i = 0; i < n; i++)
    for (guint a = 0; a < m->alts->len; a++)
      if (alts[i] < 0 || (guint) alts[i] == a)
        {
          guint node = vw_model_node (m, vars[i], a);
          if (!ctx->needed[node])
            {
              ctx->needed[node] = TRUE;
              stack[sp++] = node;
            }
        }
  /* Walk the dependencies backwards from the targets. */
  while (sp > 0)
    {
      guint u = stack[--sp];
      Var *v = g_ptr_array_index (m->vars, u / m->alts->len);

      if (v->code == NULL)
        continue;
      for (guint d = 0; d < v->code->n_deps; d++)
        {
          const Dep *dep = &v->code->deps[d];
          guint w = vw_model_node (m, dep->var, dep->alt < 0 ? (int) (u % m->alts->len) : dep->alt);
          if (!ctx->needed[w])
            {
              ctx->needed[w] = TRUE;
              stack[sp++] = w;
            }
        }
    }
  ctx->first_dirty = 0;
}

/* Marks every node dirty: the next evaluation recomputes the whole model. */
void
vw_eval_context_invalidate (VwEvalContext *ctx)
{
  g_return_if_fail (ctx != NULL);
  for (guint u = 0; u < ctx->model->n_nodes; u++)
    mark_dirty (ctx, u);
}

static gboolean
store (VwEvalContext *ctx,
       guint          node,
       const Slot    *r)
{
  NodeValue *nv = &ctx->values[node];
  double *dst = ctx->arena + (gsize) node * ctx->model->width;
  gboolean changed;

  switch (r->kind)
    {
    case SLOT_SCALAR:
      changed = nv->kind != SLOT_SCALAR || nv->s != r->s;
      nv->s = r->s;
      break;
    case SLOT_ARRAY:
      changed = nv->kind != SLOT_ARRAY || nv->len != r->len ||
                memcmp (dst, r->v, r->len * sizeof (double)) != 0;
      if (changed)
        memmove (dst, r->v, r->len * sizeof (double));
      nv->len = r->len;
      break;
    case SLOT_ERROR:
    default:
      changed = nv->kind != SLOT_ERROR || nv->err != r->err;
      break;
    }
  if (r->kind == SLOT_ERROR)
    {
      VwErr *old = nv->err;
      nv->err = vw_err_ref (r->err);
      vw_err_unref (old);
    }
  else
    g_clear_pointer (&nv->err, vw_err_unref);
  nv->kind = r->kind;
  return changed;
}

/**
 * vw_eval_context_evaluate:
 *
 * Recomputes every node whose inputs changed since the last call (all of them the first
 * time).
 *
 * Returns: the number of nodes (variable × alternative) that were computed.
 */
guint
vw_eval_context_evaluate (VwEvalContext *ctx)
{
  VwModel *m;
  guint na, count = 0;

  g_return_val_if_fail (ctx != NULL, 0);
  m = ctx->model;
  na = m->alts->len;

  for (guint i = ctx->first_dirty; i < m->n_order; i++)
    {
      guint node = m->order[i];
      Var *v;
      Slot r;

      if (!ctx->dirty[node] || (ctx->needed != NULL && !ctx->needed[node]))
        continue;
      ctx->dirty[node] = FALSE;
      count++;
      v = g_ptr_array_index (m->vars, node / na);
      if (v->is_input)
        {
          r.kind = SLOT_SCALAR;
          r.s = ctx->inputs[node];
        }
      else if (v->static_err != NULL)
        {
          r.kind = SLOT_ERROR;
          r.err = v->static_err;
        }
      else
        {
          ctx->vm.var_name = v->name;
          ctx->vm.alt_name = na > 1 ? g_ptr_array_index (m->alts, node % na) : NULL;
          ctx->vm.alt = node % na;
          vw_vm_run (&ctx->vm, v->code, &r);
        }
      if (store (ctx, node, &r))
        for (guint e = m->dep_start[node]; e < m->dep_start[node + 1]; e++)
          ctx->dirty[m->dependents[e]] = TRUE;
      g_free (ctx->values[node].note);
      ctx->values[node].note = g_steal_pointer (&ctx->vm.note);
      vw_vm_release (&ctx->vm);
    }
  ctx->first_dirty = m->n_order;
  return count;
}

/**
 * vw_eval_context_get:
 * @out: (out): the value; its series and message stay valid until the next evaluation
 */
void
vw_eval_context_get (VwEvalContext *ctx,
                     int            var,
                     int            alt,
                     VwValue       *out)
{
  guint node;
  const NodeValue *nv;

  g_return_if_fail (ctx != NULL && out != NULL);
  g_return_if_fail (var >= 0 && (guint) var < ctx->model->vars->len);
  g_return_if_fail (alt >= 0 && (guint) alt < ctx->model->alts->len);

  node = vw_model_node (ctx->model, var, alt);
  nv = &ctx->values[node];
  memset (out, 0, sizeof *out);
  out->note = nv->note;
  switch (nv->kind)
    {
    case SLOT_SCALAR:
      out->kind = VW_VALUE_SCALAR;
      out->scalar = nv->s;
      break;
    case SLOT_ARRAY:
      out->kind = VW_VALUE_SERIES;
      out->len = nv->len;
      out->series = ctx->arena + (gsize) node * ctx->model->width;
      break;
    case SLOT_ERROR:
    default:
      out->kind = VW_VALUE_ERROR;
      out->error = nv->err->kind;
      out->message = nv->err->message;
      break;
    }
}
