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
#include <string.h>

#include "vw-case-model-private.h"


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
static VwInputOrigin
lookup_input (VwCaseModel *self,
              VwVariable  *variable,
              const char  *alternative,
              double      *value)
{
  const char *id = vw_item_get_id (VW_ITEM (variable));
  VwScenario *scenario = active_scenario (self);

  if (vw_value_table_lookup (self->overrides, id, alternative, value)
      || vw_value_table_lookup (self->overrides, id, "", value))
    return VW_INPUT_FROM_SESSION;
  if (scenario != NULL
      && (vw_value_table_lookup (vw_scenario_get_values (scenario), id, alternative, value)
          || vw_value_table_lookup (vw_scenario_get_values (scenario), id, "", value)))
    return VW_INPUT_FROM_SCENARIO;
  if (vw_variable_get_input (variable, alternative, value))
    return VW_INPUT_FROM_DOCUMENT;
  if (vw_variable_get_default (variable, alternative, value))
    return VW_INPUT_FROM_TEMPLATE;
  *value = 0.0;
  return VW_INPUT_MISSING;
}

gboolean
vw_case_model_effective_input (VwCaseModel *self,
                               VwVariable  *variable,
                               const char  *alternative,
                               double      *value)
{
  return lookup_input (self, variable, alternative, value) != VW_INPUT_MISSING;
}

/**
 * vw_case_model_get_input_origin:
 * @variable: an input (document order)
 * @value: (out) (optional): the effective input
 *
 * Returns: which layer the effective input of @variable for @alternative comes from
 */
VwInputOrigin
vw_case_model_get_input_origin (VwCaseModel *self,
                                guint        variable,
                                guint        alternative,
                                double      *value)
{
  GListModel *vars, *alts;
  g_autoptr(VwVariable) var = NULL;
  g_autoptr(VwItem) alt = NULL;
  double x;

  g_return_val_if_fail (VW_IS_CASE_MODEL (self), VW_INPUT_MISSING);

  vars = vw_document_get_items (self->document, VW_ITEM_VARIABLE);
  alts = vw_document_get_items (self->document, VW_ITEM_ALTERNATIVE);
  g_return_val_if_fail (variable < g_list_model_get_n_items (vars), VW_INPUT_MISSING);
  g_return_val_if_fail (alternative < g_list_model_get_n_items (alts), VW_INPUT_MISSING);

  var = g_list_model_get_item (vars, variable);
  alt = g_list_model_get_item (alts, alternative);
  return lookup_input (self, var, vw_item_get_id (alt), value != NULL ? value : &x);
}

const char *
vw_case_model_alt_id (VwCaseModel *self,
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

              gboolean found = vw_case_model_effective_input (self, var, vw_item_get_id (alt),
                                                              &value);

              if (!found && record)
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

void
vw_case_model_ensure_compiled (VwCaseModel *self)
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

          vw_case_model_effective_input (self, var, vw_case_model_alt_id (self, a), &value);
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
       && (g_str_equal (field, "formula") || g_str_equal (field, "kind")
           || g_str_equal (field, "id")))
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
 * vw_case_model_new_copy:
 *
 * Returns: (transfer full): a model of an independent copy of the document, with the same
 *   scenario and session overrides: a worker thread (Monte Carlo) owns it alone while the
 *   user goes on editing the original.
 */
VwCaseModel *
vw_case_model_new_copy (VwCaseModel *self)
{
  g_autoptr(VwDocument) copy = NULL;
  VwCaseModel *model;

  g_return_val_if_fail (VW_IS_CASE_MODEL (self), NULL);

  copy = vw_document_copy (self->document);
  model = vw_case_model_new (copy);
  model->scenario = g_strdup (self->scenario);
  vw_value_table_free (model->overrides);
  model->overrides = vw_value_table_copy (self->overrides);
  return model;
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

  vw_case_model_ensure_compiled (self);
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

  vw_case_model_ensure_compiled (self);
  v = find_variable_index (self, variable);
  for (guint a = 0; v >= 0 && a < self->alternatives->len; a++)
    if (g_str_equal (vw_case_model_alt_id (self, a), alternative))
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
  vw_case_model_ensure_compiled (self);
  g_return_val_if_fail (variable < self->variables->len, 0.0);
  g_return_val_if_fail (alternative < self->alternatives->len, 0.0);

  vw_case_model_effective_input (self, g_ptr_array_index (self->variables, variable),
                   vw_case_model_alt_id (self, alternative), &value);
  return value;
}

guint
vw_case_model_get_n_variables (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), 0);
  vw_case_model_ensure_compiled (self);
  return self->variables->len;
}

guint
vw_case_model_get_n_alternatives (VwCaseModel *self)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), 0);
  vw_case_model_ensure_compiled (self);
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
  vw_case_model_ensure_compiled (self);
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
  vw_case_model_ensure_compiled (self);
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
  vw_case_model_ensure_compiled (self);
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
  vw_case_model_ensure_compiled (self);
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
  vw_case_model_ensure_compiled (self);
  return self->ctx;
}

int
vw_case_model_get_engine_index (VwCaseModel *self,
                                guint        variable)
{
  g_return_val_if_fail (VW_IS_CASE_MODEL (self), -1);
  vw_case_model_ensure_compiled (self);
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
  vw_case_model_ensure_compiled (self);
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

