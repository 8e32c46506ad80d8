/* vw-case-model.c: a value case compiled into the calculation engine, kept current
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model layer depends on the engine, never the reverse: this file is the one bridge.
 * Engine variable i is the document's variable i (list order), so an index serves both.
 * Notifications decide how much work a change costs: an input moves one engine input (the
 * engine then recomputes only its dependent cone), a formula or the structure marks the model
 * stale and the next evaluation recompiles it (well under a millisecond for our templates).
 */

#define G_LOG_DOMAIN "vw-case-model"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vw-case-model.h"
#include "vw-stats.h"

struct _VwCaseModel
{
  GObject        parent_instance;

  VwDocument    *document;
  gulong         handlers[4];

  char          *scenario;      /* the active scenario's id, or NULL */
  VwValueTable  *overrides;     /* session overrides (--set): variable × alternative or "" */

  /* What the last compile saw. */
  GPtrArray     *variables;     /* VwVariable, in document order */
  GPtrArray     *alternatives;  /* VwAlternative */
  int           *engine_index;  /* per variable: the engine's index, or -1 if refused */
  GPtrArray     *refused;       /* per variable: why the engine refused its id, or NULL */
  GPtrArray     *missing;       /* "variable@alternative" of inputs with no value */
  VwModel       *model;
  VwEvalContext *ctx;
  gboolean       stale;
  guint          n_compiles;

  GPtrArray     *discrete;      /* value and probability blocks of Bernoulli distributions */
};

G_DEFINE_FINAL_TYPE (VwCaseModel, vw_case_model, G_TYPE_OBJECT)

G_DEFINE_QUARK (vw-case-model-error-quark, vw_case_model_error)

static void
clear_compiled (VwCaseModel *self)
{
  g_clear_pointer (&self->ctx, vw_eval_context_free);
  g_clear_pointer (&self->model, vw_model_unref);
  g_ptr_array_set_size (self->variables, 0);
  g_ptr_array_set_size (self->alternatives, 0);
  g_ptr_array_set_size (self->refused, 0);
  g_ptr_array_set_size (self->missing, 0);
  g_clear_pointer (&self->engine_index, g_free);
  self->stale = TRUE;
}

static void
vw_case_model_dispose (GObject *object)
{
  VwCaseModel *self = VW_CASE_MODEL (object);

  if (self->document != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
      g_clear_signal_handler (&self->handlers[i], self->document);
  g_clear_object (&self->document);
  if (self->variables != NULL)
    clear_compiled (self);

  G_OBJECT_CLASS (vw_case_model_parent_class)->dispose (object);
}

static void
vw_case_model_finalize (GObject *object)
{
  VwCaseModel *self = VW_CASE_MODEL (object);

  g_free (self->scenario);
  vw_value_table_free (self->overrides);
  g_ptr_array_unref (self->variables);
  g_ptr_array_unref (self->alternatives);
  g_ptr_array_unref (self->refused);
  g_ptr_array_unref (self->missing);
  g_ptr_array_unref (self->discrete);

  G_OBJECT_CLASS (vw_case_model_parent_class)->finalize (object);
}

static void
vw_case_model_class_init (VwCaseModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vw_case_model_dispose;
  G_OBJECT_CLASS (klass)->finalize = vw_case_model_finalize;
}

static void
vw_case_model_init (VwCaseModel *self)
{
  self->overrides = vw_value_table_new ();
  self->variables = g_ptr_array_new_with_free_func (g_object_unref);
  self->alternatives = g_ptr_array_new_with_free_func (g_object_unref);
  self->refused = g_ptr_array_new_with_free_func (g_free);
  self->missing = g_ptr_array_new_with_free_func (g_free);
  self->discrete = g_ptr_array_new_with_free_func (g_free);
  self->stale = TRUE;
}

static VwScenario *
active_scenario (VwCaseModel *self)
{
  if (self->scenario == NULL)
    return NULL;
  return (VwScenario *) vw_document_find (self->document, VW_ITEM_SCENARIO, self->scenario);
}

/* The layers of an input, first match wins (see the header). */
static gboolean
effective_input (VwCaseModel *self,
                 VwVariable  *variable,
                 const char  *alternative,
                 double      *value)
{
  const char *id = vw_item_get_id (VW_ITEM (variable));
  VwScenario *scenario = active_scenario (self);

  if (vw_value_table_lookup (self->overrides, id, alternative, value)
      || vw_value_table_lookup (self->overrides, id, "", value))
    return TRUE;
  if (scenario != NULL
      && (vw_value_table_lookup (vw_scenario_get_values (scenario), id, alternative, value)
          || vw_value_table_lookup (vw_scenario_get_values (scenario), id, "", value)))
    return TRUE;
  if (vw_variable_get_input (variable, alternative, value)
      || vw_variable_get_default (variable, alternative, value))
    return TRUE;
  *value = 0.0;
  return FALSE;
}

static const char *
alt_id (VwCaseModel *self,
        guint        a)
{
  return vw_item_get_id (g_ptr_array_index (self->alternatives, a));
}

/* Builds a compiled engine model of the document as it is now, with the effective inputs. */
static VwModel *
build (VwCaseModel *self,
       gboolean     record)
{
  VwMeta *meta = vw_document_get_meta (self->document);
  GListModel *vars = vw_document_get_items (self->document, VW_ITEM_VARIABLE);
  GListModel *alts = vw_document_get_items (self->document, VW_ITEM_ALTERNATIVE);
  guint n_vars = g_list_model_get_n_items (vars);
  guint n_alts = g_list_model_get_n_items (alts);
  VwModel *model = vw_model_new ((guint) vw_item_get_int (VW_ITEM (meta), "horizon"));

  if (record)
    {
      clear_compiled (self);
      for (guint a = 0; a < n_alts; a++)
        g_ptr_array_add (self->alternatives, g_list_model_get_item (alts, a));
      for (guint i = 0; i < n_vars; i++)
        g_ptr_array_add (self->variables, g_list_model_get_item (vars, i));
      self->engine_index = g_new (int, MAX (n_vars, 1));
    }

  for (guint a = 0; a < n_alts; a++)
    {
      g_autoptr(VwItem) alt = g_list_model_get_item (alts, a);
      vw_model_add_alternative (model, vw_item_get_id (alt));
    }

  for (guint i = 0; i < n_vars; i++)
    {
      g_autoptr(VwVariable) var = g_list_model_get_item (vars, i);
      g_autoptr(GError) error = NULL;
      const char *id = vw_item_get_id (VW_ITEM (var));
      int e;

      if (vw_variable_is_formula (var))
        {
          const char *formula = vw_item_get_string (VW_ITEM (var), "formula");
          e = vw_model_add_formula (model, id, formula != NULL ? formula : "", &error);
        }
      else
        {
          e = vw_model_add_input (model, id, 0.0, &error);
          for (guint a = 0; e >= 0 && a < n_alts; a++)
            {
              g_autoptr(VwItem) alt = g_list_model_get_item (alts, a);
              double value;

              if (!effective_input (self, var, vw_item_get_id (alt), &value) && record)
                g_ptr_array_add (self->missing,
                                 g_strdup_printf ("%s@%s", id, vw_item_get_id (alt)));
              vw_model_set_input (model, e, a, value);
            }
        }
      if (record)
        {
          self->engine_index[i] = e;
          g_ptr_array_add (self->refused, e < 0 ? g_strdup (error->message) : NULL);
        }
    }

  vw_model_compile (model);
  return model;
}

static void
ensure_compiled (VwCaseModel *self)
{
  if (!self->stale && self->model != NULL)
    return;
  self->model = build (self, TRUE);
  self->ctx = vw_eval_context_new (self->model);
  self->stale = FALSE;
  self->n_compiles++;
}

/* Pushes the effective inputs of one variable (or of all, @variable < 0) into the context. */
static void
refresh_inputs (VwCaseModel *self,
                int          variable)
{
  if (self->stale || self->ctx == NULL)
    return;
  for (guint i = variable < 0 ? 0 : (guint) variable;
       i < (variable < 0 ? self->variables->len : (guint) variable + 1); i++)
    {
      VwVariable *var = g_ptr_array_index (self->variables, i);
      int e = self->engine_index[i];

      if (e < 0 || !vw_model_is_input (self->model, e))
        continue;
      for (guint a = 0; a < self->alternatives->len; a++)
        {
          double value;

          effective_input (self, var, alt_id (self, a), &value);
          vw_eval_context_set_input (self->ctx, e, (int) a, value);
        }
    }
}

static int
find_variable_index (VwCaseModel *self,
                     const char  *id)
{
  for (guint i = 0; i < self->variables->len; i++)
    if (g_strcmp0 (vw_item_get_id (g_ptr_array_index (self->variables, i)), id) == 0)
      return (int) i;
  return -1;
}

static void
on_item_changed (VwDocument  *document,
                 VwItem      *item,
                 const char  *field,
                 VwCaseModel *self)
{
  VwItemKind kind = vw_item_get_kind (item);

  /* Only what changes the graph recompiles; labels, units and uncertainty do not. */
  if ((kind == VW_ITEM_VARIABLE
       && (g_str_equal (field, "formula") || g_str_equal (field, "kind") || g_str_equal (field, "id")))
      || (kind == VW_ITEM_ALTERNATIVE && g_str_equal (field, "id"))
      || (kind == VW_ITEM_META && g_str_equal (field, "horizon")))
    self->stale = TRUE;
  else if (kind == VW_ITEM_SCENARIO && g_str_equal (field, "id"))
    self->stale = TRUE;
}

static void
on_value_changed (VwDocument  *document,
                  VwItem      *item,
                  const char  *key1,
                  const char  *key2,
                  VwCaseModel *self)
{
  guint index;

  if (self->stale || self->ctx == NULL)
    return;

  if (VW_IS_VARIABLE (item))
    {
      /* key2 "default" matters too: the default stands in for a missing input. */
      if (g_ptr_array_find (self->variables, item, &index))
        refresh_inputs (self, (int) index);
    }
  else if (VW_IS_SCENARIO (item) && self->scenario != NULL
           && g_strcmp0 (vw_item_get_id (item), self->scenario) == 0)
    {
      int i = find_variable_index (self, key1);
      if (i >= 0)
        refresh_inputs (self, i);
    }
}

static void
on_item_added_or_removed (VwDocument  *document,
                          VwItem      *item,
                          VwCaseModel *self)
{
  VwItemKind kind = vw_item_get_kind (item);

  if (kind == VW_ITEM_VARIABLE || kind == VW_ITEM_ALTERNATIVE)
    self->stale = TRUE;
  else if (kind == VW_ITEM_SCENARIO)
    refresh_inputs (self, -1);  /* the active scenario may have gone (or come back by undo) */
}

/**
 * vw_case_model_new:
 * @document: the value case
 *
 * Returns: (transfer full): a compiler that follows @document's changes
 */
VwCaseModel *
vw_case_model_new (VwDocument *document)
{
  VwCaseModel *self;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);

  self = g_object_new (VW_TYPE_CASE_MODEL, NULL);
  self->document = g_object_ref (document);
  self->handlers[0] = g_signal_connect (document, "item-changed",
                                        G_CALLBACK (on_item_changed), self);
  self->handlers[1] = g_signal_connect (document, "value-changed",
                                        G_CALLBACK (on_value_changed), self);
  self->handlers[2] = g_signal_connect (document, "item-added",
                                        G_CALLBACK (on_item_added_or_removed), self);
  self->handlers[3] = g_signal_connect (document, "item-removed",
                                        G_CALLBACK (on_item_added_or_removed), self);
  return self;
}

/**
 * vw_case_model_get_document:
 *
 * Returns: (transfer none): the document
 */
VwDocument *
vw_case_model_get_document (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);
  return self->document;
}

/**
 * vw_case_model_set_scenario:
 * @scenario: (nullable): a scenario's id or name, or %NULL for the inputs as entered
 */
gboolean
vw_case_model_set_scenario (VwCaseModel *self,
                            const char  *scenario,
                            GError     **error)
{
  VwItem *item = NULL;

  g_return_val_if_fail (VW_IS_CASE_MODEL (self), FALSE);

  if (scenario != NULL)
    {
      GListModel *list = vw_document_get_items (self->document, VW_ITEM_SCENARIO);

      item = vw_document_find (self->document, VW_ITEM_SCENARIO, scenario);
      /* People type the name they see ("Conservative") as often as the id. */
      for (guint i = 0; item == NULL && i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(VwItem) s = g_list_model_get_item (list, i);
          if (g_utf8_collate (vw_item_get_string (s, "name"), scenario) == 0)
            item = s;
        }
      if (item == NULL)
        {
          g_set_error (error, VW_CASE_MODEL_ERROR, VW_CASE_MODEL_ERROR_UNKNOWN_SCENARIO,
                       _("There is no scenario “%s” in this case"), scenario);
          return FALSE;
        }
    }

  g_free (self->scenario);
  self->scenario = item != NULL ? g_strdup (vw_item_get_id (item)) : NULL;
  refresh_inputs (self, -1);
  return TRUE;
}

/**
 * vw_case_model_get_scenario:
 *
 * Returns: (nullable): the id of the active scenario
 */
const char *
vw_case_model_get_scenario (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);
  return self->scenario;
}

/**
 * vw_case_model_set_override:
 * @variable: an input variable's id
 * @alternative: (nullable): an alternative's id, or %NULL for every alternative
 *
 * Overrides an input for this session only (the command line's --set); the document does
 * not change.
 */
gboolean
vw_case_model_set_override (VwCaseModel *self,
                            const char  *variable,
                            const char  *alternative,
                            double       value,
                            GError     **error)
{
  VwVariable *var;

  g_return_val_if_fail (VW_IS_CASE_MODEL (self), FALSE);
  g_return_val_if_fail (variable != NULL, FALSE);
  g_return_val_if_fail (isfinite (value), FALSE);

  var = vw_document_find_variable (self->document, variable);
  if (var == NULL)
    {
      g_set_error (error, VW_CASE_MODEL_ERROR, VW_CASE_MODEL_ERROR_UNKNOWN_VARIABLE,
                   _("There is no variable “%s” in this case"), variable);
      return FALSE;
    }
  if (vw_variable_is_formula (var))
    {
      g_set_error (error, VW_CASE_MODEL_ERROR, VW_CASE_MODEL_ERROR_NOT_AN_INPUT,
                   _("“%s” is computed by a formula, so it cannot be set; set the inputs it "
                     "is computed from"), variable);
      return FALSE;
    }
  if (alternative != NULL
      && vw_document_find (self->document, VW_ITEM_ALTERNATIVE, alternative) == NULL)
    {
      g_set_error (error, VW_CASE_MODEL_ERROR, VW_CASE_MODEL_ERROR_UNKNOWN_ALTERNATIVE,
                   _("There is no alternative “%s” in this case"), alternative);
      return FALSE;
    }

  vw_value_table_set (self->overrides, variable, alternative != NULL ? alternative : "", value);
  refresh_inputs (self, find_variable_index (self, variable));
  return TRUE;
}

void
vw_case_model_clear_overrides (VwCaseModel *self)
{
  g_return_if_fail (VW_IS_CASE_MODEL (self));

  vw_value_table_clear (self->overrides);
  refresh_inputs (self, -1);
}

/**
 * vw_case_model_evaluate:
 *
 * Compiles the document when its structure changed, then recomputes what changed.
 *
 * Returns: the number of variable × alternative values computed
 */
guint
vw_case_model_evaluate (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), 0);

  ensure_compiled (self);
  return vw_eval_context_evaluate (self->ctx);
}

/**
 * vw_case_model_get_value_at:
 * @out: (out): valid until the next evaluation
 *
 * The value of variable @variable (document order) for alternative @alternative, as of the
 * last vw_case_model_evaluate().
 */
void
vw_case_model_get_value_at (VwCaseModel *self,
                            guint        variable,
                            guint        alternative,
                            VwValue     *out)
{
  g_return_if_fail (VW_IS_CASE_MODEL (self) && out != NULL);
  g_return_if_fail (!self->stale && self->ctx != NULL);
  g_return_if_fail (variable < self->variables->len && alternative < self->alternatives->len);

  if (self->engine_index[variable] < 0)
    {
      /* The engine refused the id (e.g. "true"): show why, as an error value. */
      memset (out, 0, sizeof *out);
      out->kind = VW_VALUE_ERROR;
      out->error = VW_ERROR_NAME;
      out->message = g_ptr_array_index (self->refused, variable);
      return;
    }
  vw_eval_context_get (self->ctx, self->engine_index[variable], (int) alternative, out);
}

/**
 * vw_case_model_get_value:
 *
 * Returns: %FALSE when @variable or @alternative is not in the compiled case
 */
gboolean
vw_case_model_get_value (VwCaseModel *self,
                         const char  *variable,
                         const char  *alternative,
                         VwValue     *out)
{
  int v;

  g_return_val_if_fail (VW_IS_CASE_MODEL (self), FALSE);
  g_return_val_if_fail (variable != NULL && alternative != NULL && out != NULL, FALSE);

  ensure_compiled (self);
  v = find_variable_index (self, variable);
  for (guint a = 0; v >= 0 && a < self->alternatives->len; a++)
    if (g_str_equal (alt_id (self, a), alternative))
      {
        vw_case_model_get_value_at (self, (guint) v, a, out);
        return TRUE;
      }
  return FALSE;
}

double
vw_case_model_get_effective_input (VwCaseModel *self,
                                   guint        variable,
                                   guint        alternative)
{
  double value;

  g_return_val_if_fail (VW_IS_CASE_MODEL (self), 0.0);
  ensure_compiled (self);
  g_return_val_if_fail (variable < self->variables->len, 0.0);
  g_return_val_if_fail (alternative < self->alternatives->len, 0.0);

  effective_input (self, g_ptr_array_index (self->variables, variable),
                   alt_id (self, alternative), &value);
  return value;
}

guint
vw_case_model_get_n_variables (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), 0);
  ensure_compiled (self);
  return self->variables->len;
}

guint
vw_case_model_get_n_alternatives (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), 0);
  ensure_compiled (self);
  return self->alternatives->len;
}

/**
 * vw_case_model_get_variable:
 *
 * Returns: (transfer none): the variable of engine index @index
 */
VwVariable *
vw_case_model_get_variable (VwCaseModel *self,
                            guint        index)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);
  ensure_compiled (self);
  g_return_val_if_fail (index < self->variables->len, NULL);
  return g_ptr_array_index (self->variables, index);
}

/**
 * vw_case_model_get_alternative:
 *
 * Returns: (transfer none): the alternative of engine index @index
 */
VwAlternative *
vw_case_model_get_alternative (VwCaseModel *self,
                               guint        index)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);
  ensure_compiled (self);
  g_return_val_if_fail (index < self->alternatives->len, NULL);
  return g_ptr_array_index (self->alternatives, index);
}

/**
 * vw_case_model_get_missing_inputs:
 *
 * Returns: (transfer none) (element-type utf8): "variable@alternative" of every input that
 *   has no value (read as 0), as of the last compile
 */
GPtrArray *
vw_case_model_get_missing_inputs (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);
  ensure_compiled (self);
  return self->missing;
}

/**
 * vw_case_model_get_model:
 *
 * Returns: (transfer none): the compiled engine model (inputs as at its compile)
 */
VwModel *
vw_case_model_get_model (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);
  ensure_compiled (self);
  return self->model;
}

/**
 * vw_case_model_get_context:
 *
 * Returns: (transfer none): the context holding the current inputs and results
 */
VwEvalContext *
vw_case_model_get_context (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);
  ensure_compiled (self);
  return self->ctx;
}

int
vw_case_model_get_engine_index (VwCaseModel *self,
                                guint        variable)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), -1);
  ensure_compiled (self);
  g_return_val_if_fail (variable < self->variables->len, -1);
  return self->engine_index[variable];
}

/* For tests: how many times the document was compiled. */
guint
vw_case_model_get_n_compiles (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), 0);
  return self->n_compiles;
}

/**
 * vw_case_model_build_model:
 *
 * Returns: (transfer full): a new compiled engine model whose inputs are the current effective
 *   inputs, for Monte Carlo and other work on other threads
 */
VwModel *
vw_case_model_build_model (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);
  ensure_compiled (self);
  return build (self, FALSE);
}

guint
vw_case_model_get_mc_draws (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), 0);
  return (guint) vw_item_get_int (VW_ITEM (vw_document_get_meta (self->document)), "mc-draws");
}

guint64
vw_case_model_get_mc_seed (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), 0);
  return (guint64) vw_item_get_int (VW_ITEM (vw_document_get_meta (self->document)), "mc-seed");
}

/* One distribution of @var; returns FALSE when the input is not uncertain (or is 0 under a
 * factor, which no factor can move). */
static gboolean
make_distribution (VwCaseModel    *self,
                   VwVariable     *var,
                   int             e,
                   int             alt,
                   double          x,
                   VwDistribution *d)
{
  VwItem *item = VW_ITEM (var);
  const char *kind = vw_item_get_string (item, "distribution");
  double a = vw_item_get_double (item, "dist-a");
  double b = vw_item_get_double (item, "dist-b");
  double c = vw_item_get_double (item, "dist-c");

  memset (d, 0, sizeof *d);
  d->var = e;
  d->alt = alt;

  if (alt >= 0 && x == 0.0)
    return FALSE;

  if (g_str_equal (kind, "triangular") || g_str_equal (kind, "pert"))
    {
      d->kind = g_str_equal (kind, "pert") ? VW_DIST_PERT : VW_DIST_TRIANGULAR;
      /* A negative input turns the factors' order around: min stays the smallest value. */
      d->a = alt >= 0 ? (x > 0 ? a * x : c * x) : a;
      d->b = alt >= 0 ? b * x : b;
      d->c = alt >= 0 ? (x > 0 ? c * x : a * x) : c;
    }
  else if (g_str_equal (kind, "uniform"))
    {
      d->kind = VW_DIST_UNIFORM;
      d->a = alt >= 0 ? (x > 0 ? a * x : b * x) : a;
      d->b = alt >= 0 ? (x > 0 ? b * x : a * x) : b;
    }
  else if (g_str_equal (kind, "normal"))
    {
      d->kind = VW_DIST_NORMAL;
      d->a = alt >= 0 ? a * x : a;
      d->b = alt >= 0 ? b * fabs (x) : b;
    }
  else if (g_str_equal (kind, "lognormal"))
    {
      d->kind = VW_DIST_LOGNORMAL;
      d->a = alt >= 0 ? a * x : a;
      d->b = alt >= 0 ? b * x : b;
    }
  else if (g_str_equal (kind, "bernoulli"))
    {
      /* The event happens with probability a: the input is 1 (or its own value under a
       * factor), else 0. */
      double *block = g_new (double, 4);

      block[0] = 0.0;
      block[1] = alt >= 0 ? x : 1.0;
      block[2] = 1.0 - a;
      block[3] = a;
      g_ptr_array_add (self->discrete, block);
      d->kind = VW_DIST_DISCRETE;
      d->values = block;
      d->probs = block + 2;
      d->n_values = 2;
    }
  else
    return FALSE;

  return TRUE;
}

/**
 * vw_case_model_get_distributions:
 *
 * The Monte Carlo inputs from each input variable's uncertainty: an absolute distribution
 * draws one value for every alternative; a factor draws for each alternative independently,
 * scaled by its own effective input.
 *
 * Returns: (transfer full): a #GArray of #VwDistribution (valid until the next call), or
 *   %NULL with @error naming the variable whose uncertainty is not valid
 */
GArray *
vw_case_model_get_distributions (VwCaseModel  *self,
                                 GError      **error)
{
  g_autoptr(GArray) dists = g_array_new (FALSE, TRUE, sizeof (VwDistribution));

  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);

  ensure_compiled (self);
  g_ptr_array_set_size (self->discrete, 0);

  for (guint i = 0; i < self->variables->len; i++)
    {
      VwVariable *var = g_ptr_array_index (self->variables, i);
      int e = self->engine_index[i];
      gboolean factor = g_strcmp0 (vw_item_get_string (VW_ITEM (var), "scale"), "factor") == 0;

      if (e < 0 || vw_variable_is_formula (var))
        continue;
      for (guint a = 0; a < (factor ? self->alternatives->len : 1); a++)
        {
          VwDistribution d;
          g_autoptr(GError) local = NULL;
          double x;

          effective_input (self, var, alt_id (self, a), &x);
          if (!make_distribution (self, var, e, factor ? (int) a : -1, x, &d))
            continue;
          if (!vw_distribution_check (&d, &local))
            {
              g_set_error (error, VW_CASE_MODEL_ERROR, VW_CASE_MODEL_ERROR_INVALID_DISTRIBUTION,
                           _("The uncertainty of “%s” cannot be simulated: %s"),
                           vw_item_get_string (VW_ITEM (var), "label"), local->message);
              return NULL;
            }
          g_array_append_val (dists, d);
        }
    }

  return g_steal_pointer (&dists);
}

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* Draws [begin, end) of a simulation, on one thread with its own context. Each draw sets
 * every uncertain input, so a draw's result does not depend on the draws before it: the
 * split between threads cannot change a number. */
typedef struct
{
  VwModel              *model;
  const VwDistribution *dists;
  guint                 n_dists;
  const double         *inputs;    /* n_draws × n_dists, or NULL when nothing is uncertain */
  const int            *out_var;   /* engine indices */
  const int            *out_alt;
  guint                 n_outputs;
  guint                 n_draws;
  double               *samples;   /* n_outputs × n_draws */
  guint8               *valid;     /* n_outputs × n_draws */
  guint                 begin, end;
  GCancellable         *cancellable;
} McChunk;

static gpointer
mc_worker (gpointer data)
{
  McChunk *c = data;
  g_autoptr(VwEvalContext) ctx = vw_eval_context_new (c->model);

  for (guint k = c->begin; k < c->end; k++)
    {
      if ((k & 63) == 0 && g_cancellable_is_cancelled (c->cancellable))
        break;
      for (guint j = 0; c->inputs != NULL && j < c->n_dists; j++)
        vw_eval_context_set_input (ctx, c->dists[j].var, c->dists[j].alt,
                                   c->inputs[(gsize) k * c->n_dists + j]);
      vw_eval_context_evaluate (ctx);
      for (guint o = 0; o < c->n_outputs; o++)
        {
          VwValue v;

          vw_eval_context_get (ctx, c->out_var[o], c->out_alt[o], &v);
          if (v.kind == VW_VALUE_SCALAR)
            {
              c->samples[(gsize) o * c->n_draws + k] = v.scalar;
              c->valid[(gsize) o * c->n_draws + k] = TRUE;
            }
        }
    }
  return NULL;
}

/**
 * vw_case_model_run_monte_carlo:
 * @n_draws: at least 1
 *
 * Simulates every scalar formula variable of every alternative at once. The draws come from
 * the engine's generator (vw_monte_carlo_run(), so the same seed gives the same draws); this
 * then evaluates the whole model once per draw on every processor, which is far cheaper than
 * one engine run per output, and gives the same numbers whatever the number of threads.
 * Blocks: call it from a worker thread in the UI.
 *
 * Returns: (transfer full): the statistics, or %NULL with @error
 */
VwCaseMonteCarlo *
vw_case_model_run_monte_carlo (VwCaseModel   *self,
                               guint          n_draws,
                               guint64        seed,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(GArray) dists = NULL;
  g_autoptr(VwModel) model = NULL;
  g_autoptr(VwEvalContext) ctx = NULL;
  g_autoptr(VwMonteCarloResult) draws = NULL;
  g_autoptr(GArray) outputs = NULL;
  g_autoptr(GArray) out_var = NULL;
  g_autoptr(GArray) out_alt = NULL;
  g_autofree double *samples = NULL;
  g_autofree guint8 *valid = NULL;
  g_autofree McChunk *chunks = NULL;
  g_autofree GThread **threads = NULL;
  VwCaseMonteCarlo *mc;
  guint n_alts, n_threads;

  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);
  g_return_val_if_fail (n_draws > 0, NULL);

  dists = vw_case_model_get_distributions (self, error);
  if (dists == NULL)
    return NULL;
  model = vw_case_model_build_model (self);
  n_alts = self->alternatives->len;

  if (dists->len > 0)
    {
      VwMonteCarloSpec spec = { 0 };
      const VwDistribution *d0 = &g_array_index (dists, VwDistribution, 0);

      spec.n_draws = n_draws;
      spec.seed = seed;
      /* The cheapest output: the first uncertain input itself; only its draws are used. */
      spec.output_var = d0->var;
      spec.output_alt = d0->alt < 0 ? 0 : d0->alt;
      draws = vw_monte_carlo_run (model, &spec, (const VwDistribution *) dists->data,
                                  dists->len, cancellable, NULL, NULL, error);
      if (draws == NULL)
        return NULL;
    }

  /* The outputs: what is a number in the base case. */
  ctx = vw_eval_context_new (model);
  vw_eval_context_evaluate (ctx);
  outputs = g_array_new (FALSE, TRUE, sizeof (VwCaseOutputStats));
  out_var = g_array_new (FALSE, FALSE, sizeof (int));
  out_alt = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < self->variables->len; i++)
    for (guint a = 0; a < n_alts; a++)
      {
        VwCaseOutputStats s = { 0 };
        int e = self->engine_index[i];
        VwValue v;

        if (e < 0 || !vw_variable_is_formula (g_ptr_array_index (self->variables, i)))
          continue;
        vw_eval_context_get (ctx, e, (int) a, &v);
        if (v.kind != VW_VALUE_SCALAR)
          continue;
        s.var = (int) i;
        s.alt = (int) a;
        g_array_append_val (outputs, s);
        g_array_append_val (out_var, e);
        g_array_append_val (out_alt, a);
      }

  samples = g_new (double, MAX ((gsize) outputs->len * n_draws, 1));
  valid = g_new0 (guint8, MAX ((gsize) outputs->len * n_draws, 1));
  n_threads = CLAMP (g_get_num_processors (), 1, n_draws / 256 + 1);
  chunks = g_new0 (McChunk, n_threads);
  threads = g_new0 (GThread *, n_threads);
  for (guint t = 0; t < n_threads; t++)
    {
      McChunk *c = &chunks[t];

      c->model = model;
      c->dists = (const VwDistribution *) dists->data;
      c->n_dists = dists->len;
      c->inputs = draws != NULL ? draws->inputs : NULL;
      c->out_var = (const int *) out_var->data;
      c->out_alt = (const int *) out_alt->data;
      c->n_outputs = outputs->len;
      c->n_draws = n_draws;
      c->samples = samples;
      c->valid = valid;
      c->begin = (guint) ((guint64) n_draws * t / n_threads);
      c->end = (guint) ((guint64) n_draws * (t + 1) / n_threads);
      c->cancellable = cancellable;
      threads[t] = t == 0 ? NULL : g_thread_new ("vw-case-mc", mc_worker, c);
    }
  mc_worker (&chunks[0]);
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  mc = g_new0 (VwCaseMonteCarlo, 1);
  mc->n_draws = n_draws;
  mc->seed = seed;
  mc->n_dists = dists->len;
  mc->n_outputs = outputs->len;
  mc->outputs = (VwCaseOutputStats *) (gpointer) g_array_free (g_steal_pointer (&outputs), FALSE);
  for (guint o = 0; o < mc->n_outputs; o++)
    {
      VwCaseOutputStats *s = &mc->outputs[o];
      double *x = samples + (gsize) o * n_draws;
      const guint8 *ok = valid + (gsize) o * n_draws;
      double sum = 0.0;
      guint n = 0;

      /* Summed in draw order, as vw_monte_carlo_run() does, so the means agree exactly. */
      for (guint k = 0; k < n_draws; k++)
        if (ok[k])
          {
            sum += x[k];
            x[n++] = x[k];
          }
      s->n_valid = n;
      if (n == 0)
        continue;
      qsort (x, n, sizeof (double), cmp_double);
      s->mean = sum / n;
      s->min = x[0];
      s->max = x[n - 1];
      s->p10 = vw_stats_percentile_sorted (x, n, 0.10);
      s->p50 = vw_stats_percentile_sorted (x, n, 0.50);
      s->p90 = vw_stats_percentile_sorted (x, n, 0.90);
    }

  return mc;
}

void
vw_case_monte_carlo_free (VwCaseMonteCarlo *mc)
{
  if (mc == NULL)
    return;
  g_free (mc->outputs);
  g_free (mc);
}
