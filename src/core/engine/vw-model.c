/* vw-model.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The graph has one node per variable and alternative, because x@competitor makes a formula
 * of one alternative depend on another's. Kahn's algorithm gives the evaluation order; the
 * nodes it cannot order are on a cycle or depend on one.
 */

#define G_LOG_DOMAIN "vw-model"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-formula.h"
#include "vw-model-private.h"

static void
var_free (Var *v)
{
  g_free (v->name);
  g_free (v->formula);
  g_array_unref (v->inputs);
  vw_code_free (v->code);
  vw_err_unref (v->static_err);
  g_free (v);
}

VwModel *
vw_model_new (guint horizon)
{
  VwModel *m = g_new0 (VwModel, 1);

  m->refcount = 1;
  m->horizon = horizon;
  m->vars = g_ptr_array_new_with_free_func ((GDestroyNotify) var_free);
  m->alts = g_ptr_array_new_with_free_func (g_free);
  m->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  m->cycles = g_ptr_array_new_with_free_func (g_free);
  return m;
}

VwModel *
vw_model_ref (VwModel *model)
{
  g_return_val_if_fail (model != NULL, NULL);
  g_atomic_int_inc (&model->refcount);
  return model;
}

void
vw_model_unref (VwModel *model)
{
  if (model == NULL || !g_atomic_int_dec_and_test (&model->refcount))
    return;
  g_ptr_array_unref (model->vars);
  g_ptr_array_unref (model->alts);
  g_hash_table_unref (model->by_name);
  g_ptr_array_unref (model->cycles);
  g_free (model->t_series);
  g_free (model->order);
  g_free (model->pos);
  g_free (model->dep_start);
  g_free (model->dependents);
  if (model->node_errors != NULL)
    for (guint i = 0; i < model->n_nodes; i++)
      vw_err_unref (model->node_errors[i]);
  g_free (model->node_errors);
  g_free (model);
}

int
vw_model_add_alternative (VwModel    *model,
                          const char *id)
{
  g_return_val_if_fail (model != NULL && !model->compiled, -1);
  g_return_val_if_fail (id != NULL, -1);

  g_ptr_array_add (model->alts, g_strdup (id));
  return model->alts->len - 1;
}

static gboolean
valid_name (const char *name)
{
  if (!(g_ascii_isalpha (name[0]) || name[0] == '_'))
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!(g_ascii_isalnum (*p) || *p == '_'))
      return FALSE;
  return strcmp (name, "T") != 0 && g_ascii_strcasecmp (name, "TRUE") != 0 &&
         g_ascii_strcasecmp (name, "FALSE") != 0;
}

static int
add_var (VwModel     *model,
         const char  *name,
         GError     **error)
{
  Var *v;

  g_return_val_if_fail (model != NULL && !model->compiled, -1);
  g_return_val_if_fail (name != NULL, -1);

  /* The empty name is the anonymous formula of --eval. */
  if (name[0] != '\0' && !valid_name (name))
    {
      g_set_error (error, VW_FORMULA_ERROR, VW_FORMULA_ERROR_SYNTAX,
                   _("“%s” cannot name a variable: use letters, digits and “_”, starting with a letter"),
                   name);
      return -1;
    }
  if (g_hash_table_contains (model->by_name, name))
    {
      g_set_error (error, VW_FORMULA_ERROR, VW_FORMULA_ERROR_SYNTAX,
                   _("There is already a variable named “%s”"), name);
      return -1;
    }
  v = g_new0 (Var, 1);
  v->name = g_strdup (name);
  v->inputs = g_array_new (FALSE, TRUE, sizeof (double));
  g_ptr_array_add (model->vars, v);
  g_hash_table_insert (model->by_name, v->name, GINT_TO_POINTER (model->vars->len));
  return model->vars->len - 1;
}

int
vw_model_add_input (VwModel     *model,
                    const char  *name,
                    double       value,
                    GError     **error)
{
  int i;

  g_return_val_if_fail (isfinite (value), -1);

  i = add_var (model, name, error);
  if (i >= 0)
    {
      Var *v = g_ptr_array_index (model->vars, i);
      v->is_input = TRUE;
      v->default_value = value;
    }
  return i;
}

void
vw_model_set_input (VwModel *model,
                    int      var,
                    int      alt,
                    double   value)
{
  Var *v;

  g_return_if_fail (model != NULL && !model->compiled);
  g_return_if_fail (var >= 0 && (guint) var < model->vars->len);
  g_return_if_fail (alt >= 0 && isfinite (value));

  v = g_ptr_array_index (model->vars, var);
  g_return_if_fail (v->is_input);
  while (v->inputs->len <= (guint) alt)
    g_array_append_val (v->inputs, v->default_value);
  g_array_index (v->inputs, double, alt) = value;
}

int
vw_model_add_formula (VwModel     *model,
                      const char  *name,
                      const char  *formula,
                      GError     **error)
{
  int i;

  g_return_val_if_fail (formula != NULL, -1);

  i = add_var (model, name, error);
  if (i >= 0)
    ((Var *) g_ptr_array_index (model->vars, i))->formula = g_strdup (formula);
  return i;
}

static VwErrorKind
resolve (const char  *name,
         const char  *alt,
         int         *var,
         int         *alt_index,
         char       **message,
         gpointer     user_data)
{
  VwModel *m = user_data;
  gpointer p = g_hash_table_lookup (m->by_name, name);

  if (p == NULL || name[0] == '\0')
    {
      *message = g_strdup_printf (_("unknown name “%s”"), name);
      return VW_ERROR_NAME;
    }
  *var = GPOINTER_TO_INT (p) - 1;
  if (alt != NULL)
    {
      *alt_index = vw_model_lookup_alternative (m, alt);
      if (*alt_index < 0)
        {
          *message = g_strdup_printf (_("there is no alternative “%s” (in %s@%s)"), alt, name, alt);
          return VW_ERROR_REF;
        }
    }
  return VW_ERROR_NONE;
}

static char *
node_label (VwModel *m,
            guint    node,
            gboolean with_alt)
{
  guint na = m->alts->len;
  Var *v = g_ptr_array_index (m->vars, node / na);

  if (!with_alt)
    return g_strdup (v->name);
  return g_strdup_printf ("%s@%s", v->name, (char *) g_ptr_array_index (m->alts, node % na));
}

/* Deps of a node, resolved to nodes; returns the count and fills *out (owned by caller). */
static guint
node_deps (VwModel *m,
           guint    node,
           guint  **out)
{
  guint na = m->alts->len;
  Var *v = g_ptr_array_index (m->vars, node / na);
  guint alt = node % na;

  *out = NULL;
  if (v->is_input || v->code == NULL || v->code->n_deps == 0)
    return 0;
  *out = g_new (guint, v->code->n_deps);
  for (guint i = 0; i < v->code->n_deps; i++)
    {
      const Dep *d = &v->code->deps[i];
      (*out)[i] = vw_model_node (m, d->var, d->alt < 0 ? (int) alt : d->alt);
    }
  return v->code->n_deps;
}

static void
report_cycles (VwModel *m,
               guint   *left,
               guint    n_left)
{
  g_autofree int *on_path = g_new (int, m->n_nodes);
  g_autofree int *cycle_of = g_new (int, m->n_nodes);
  g_autofree guint *path = g_new (guint, m->n_nodes + 1);

  for (guint i = 0; i < m->n_nodes; i++)
    on_path[i] = cycle_of[i] = -1;

  for (guint k = 0; k < n_left; k++)
    {
      guint start = left[k], cur = start, len = 0;
      const char *cycle_text;
      guint first;

      if (m->node_errors[start] != NULL)
        continue;
      /* Walk to a dependency that is not ordered either, until a node repeats or a cycle
       * already reported is reached. */
      while (on_path[cur] < 0 && cycle_of[cur] < 0)
        {
          g_autofree guint *deps = NULL;
          guint nd = node_deps (m, cur, &deps), next = G_MAXUINT;

          on_path[cur] = len;
          path[len++] = cur;
          for (guint i = 0; i < nd; i++)
            if (m->pos[deps[i]] == G_MAXUINT)
              {
                next = deps[i];
                break;
              }
          g_assert (next != G_MAXUINT);
          cur = next;
        }

      if (cycle_of[cur] >= 0)
        {
          /* Everything on the path leads into a known cycle (or to a node that does). */
          first = len;
          cycle_text = g_ptr_array_index (m->cycles, cycle_of[cur]);
        }
      else
        {
          g_autoptr(GString) text = g_string_new (NULL);
          gboolean same_alt = TRUE;

          first = on_path[cur];
          for (guint i = first; i < len; i++)
            same_alt = same_alt && path[i] % m->alts->len == cur % m->alts->len;
          for (guint i = first; i <= len; i++)
            {
              g_autofree char *label = node_label (m, i < len ? path[i] : cur, !same_alt);
              g_string_append (text, label);
              if (i < len)
                g_string_append (text, " → ");
            }
          g_ptr_array_add (m->cycles, g_string_free (g_steal_pointer (&text), FALSE));
          cycle_text = g_ptr_array_index (m->cycles, m->cycles->len - 1);
          for (guint i = first; i < len; i++)
            {
              cycle_of[path[i]] = m->cycles->len - 1;
              m->node_errors[path[i]] =
                vw_err_new (VW_ERROR_CYCLE, g_strdup_printf (_("circular reference %s"), cycle_text));
            }
        }
      for (guint i = 0; i < first; i++)
        {
          g_autofree char *label = node_label (m, path[i], m->alts->len > 1);
          /* Remember the cycle so later walks stop here instead of overwriting this. */
          cycle_of[path[i]] = cycle_of[cur] >= 0 ? cycle_of[cur] : (int) m->cycles->len - 1;
          m->node_errors[path[i]] =
            vw_err_new (VW_ERROR_CYCLE, g_strdup_printf (_("%s depends on the circular reference %s"),
                                                         label, cycle_text));
        }
      for (guint i = 0; i < len; i++)
        on_path[path[i]] = -1;
    }
}

void
vw_model_compile (VwModel *model)
{
  guint na, nn, n_edges = 0;
  g_autofree guint *indeg = NULL;
  g_autofree guint *fill = NULL;
  g_autofree guint *queue = NULL;
  g_autofree guint *left = NULL;
  guint head = 0, tail = 0, n_left = 0;

  g_return_if_fail (model != NULL && !model->compiled);

  if (model->alts->len == 0)
    vw_model_add_alternative (model, "base");
  na = model->alts->len;
  model->width = MAX (model->horizon + 1, 16);

  for (guint i = 0; i < model->vars->len; i++)
    {
      Var *v = g_ptr_array_index (model->vars, i);
      g_autoptr(GError) error = NULL;

      while (v->inputs->len < na)
        g_array_append_val (v->inputs, v->default_value);
      if (v->is_input)
        continue;
      v->code = vw_code_compile (v->formula, resolve, model, &error);
      if (v->code == NULL)
        v->static_err = vw_err_new (VW_ERROR_VALUE,
                                    v->name[0] != '\0'
                                    ? g_strdup_printf (_("the formula of %s cannot be read: %s"),
                                                       v->name, error->message)
                                    : g_strdup_printf (_("the formula cannot be read: %s"),
                                                       error->message));
      else
        model->width = MAX (model->width, v->code->max_array);
    }

  model->t_series = g_new (double, model->width);
  for (guint t = 0; t < model->width; t++)
    model->t_series[t] = t;

  nn = model->n_nodes = model->vars->len * na;
  indeg = g_new0 (guint, nn);
  model->dep_start = g_new0 (guint, nn + 1);
  model->pos = g_new (guint, nn);
  model->order = g_new (guint, nn);
  model->node_errors = g_new0 (VwErr *, nn);

  /* Edges dependency → dependent, stored as compressed rows of dependents. */
  for (guint u = 0; u < nn; u++)
    {
      g_autofree guint *deps = NULL;
      guint nd = node_deps (model, u, &deps);
      for (guint i = 0; i < nd; i++)
        model->dep_start[deps[i] + 1]++;
      indeg[u] = nd;
      n_edges += nd;
    }
  for (guint u = 0; u < nn; u++)
    model->dep_start[u + 1] += model->dep_start[u];
  model->dependents = g_new (guint, MAX (n_edges, 1));
  fill = g_memdup2 (model->dep_start, nn * sizeof (guint));
  for (guint u = 0; u < nn; u++)
    {
      g_autofree guint *deps = NULL;
      guint nd = node_deps (model, u, &deps);
      for (guint i = 0; i < nd; i++)
        model->dependents[fill[deps[i]]++] = u;
    }

  queue = g_new (guint, nn);
  for (guint u = 0; u < nn; u++)
    {
      model->pos[u] = G_MAXUINT;
      if (indeg[u] == 0)
        queue[tail++] = u;
    }
  while (head < tail)
    {
      guint u = queue[head++];
      model->pos[u] = model->n_order;
      model->order[model->n_order++] = u;
      for (guint e = model->dep_start[u]; e < model->dep_start[u + 1]; e++)
        if (--indeg[model->dependents[e]] == 0)
          queue[tail++] = model->dependents[e];
    }

  left = g_new (guint, nn);
  for (guint u = 0; u < nn; u++)
    if (model->pos[u] == G_MAXUINT)
      left[n_left++] = u;
  if (n_left > 0)
    report_cycles (model, left, n_left);

  model->compiled = TRUE;
}

guint
vw_model_get_horizon (VwModel *model)
{
  g_return_val_if_fail (model != NULL, 0);
  return model->horizon;
}

guint
vw_model_get_n_variables (VwModel *model)
{
  g_return_val_if_fail (model != NULL, 0);
  return model->vars->len;
}

guint
vw_model_get_n_alternatives (VwModel *model)
{
  g_return_val_if_fail (model != NULL, 0);
  return model->alts->len;
}

int
vw_model_lookup (VwModel    *model,
                 const char *name)
{
  g_return_val_if_fail (model != NULL && name != NULL, -1);
  return GPOINTER_TO_INT (g_hash_table_lookup (model->by_name, name)) - 1;
}

int
vw_model_lookup_alternative (VwModel    *model,
                             const char *id)
{
  g_return_val_if_fail (model != NULL && id != NULL, -1);
  for (guint i = 0; i < model->alts->len; i++)
    if (strcmp (g_ptr_array_index (model->alts, i), id) == 0)
      return i;
  return -1;
}

const char *
vw_model_get_name (VwModel *model,
                   int      var)
{
  g_return_val_if_fail (model != NULL && var >= 0 && (guint) var < model->vars->len, NULL);
  return ((Var *) g_ptr_array_index (model->vars, var))->name;
}

/**
 * vw_model_get_references:
 * @n_refs: (out): how many
 *
 * What the formula of @var reads, in formula order without repeats, as of the last compile:
 * (variable, alternative) pairs, the alternative −1 for "the same alternative" and an
 * alternative index for `name@alt`. An input or a formula that does not compile reads nothing.
 *
 * Returns: (transfer none) (array length=n_refs): valid until the model is compiled again
 */
const VwModelReference *
vw_model_get_references (VwModel *model,
                         int      var,
                         guint   *n_refs)
{
  Var *v;

  g_return_val_if_fail (model != NULL && var >= 0 && (guint) var < model->vars->len, NULL);
  g_return_val_if_fail (n_refs != NULL, NULL);
  G_STATIC_ASSERT (sizeof (VwModelReference) == sizeof (Dep));
  G_STATIC_ASSERT (G_STRUCT_OFFSET (VwModelReference, alt) == G_STRUCT_OFFSET (Dep, alt));

  v = g_ptr_array_index (model->vars, var);
  if (v->is_input || v->code == NULL)
    {
      *n_refs = 0;
      return NULL;
    }
  *n_refs = v->code->n_deps;
  return (const VwModelReference *) v->code->deps;
}

gboolean
vw_model_is_input (VwModel *model,
                   int      var)
{
  g_return_val_if_fail (model != NULL && var >= 0 && (guint) var < model->vars->len, FALSE);
  return ((Var *) g_ptr_array_index (model->vars, var))->is_input;
}

double
vw_model_get_input (VwModel *model,
                    int      var,
                    int      alt)
{
  Var *v;

  g_return_val_if_fail (model != NULL && var >= 0 && (guint) var < model->vars->len, 0.0);
  v = g_ptr_array_index (model->vars, var);
  if (alt < 0 || (guint) alt >= v->inputs->len)
    return v->default_value;
  return g_array_index (v->inputs, double, alt);
}

/**
 * vw_model_get_cycles:
 *
 * Returns: (transfer none): every circular reference found by vw_model_compile(), as text
 *   such as "a → b → c → a".
 */
GPtrArray *
vw_model_get_cycles (VwModel *model)
{
  g_return_val_if_fail (model != NULL && model->compiled, NULL);
  return model->cycles;
}
