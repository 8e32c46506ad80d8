/* vw-explanation.c: "Explain this number": a figure's formula, inputs and sources, as a tree
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A CFO audits a figure by unfolding it: the formula, then each variable it reads with its
 * value, then theirs, down to the inputs and where they come from. The engine knows what each
 * formula reads (vw_model_get_references); this turns that into a tree over the document's
 * variables. A variable × alternative read in several places is unfolded at its first place
 * only (the others are marked repeated), so the tree stays as small as the model, and a
 * cycle ends there too.
 */

#define G_LOG_DOMAIN "vw-explanation"

#include <string.h>

#include "vw-explanation.h"

typedef struct
{
  VwCaseModel *cm;
  VwModel     *model;
  guint        n_alts;
  int         *doc_index;  /* engine index → document index, or −1 */
  GHashTable  *seen;       /* variable × alternative already in the tree */
} Explainer;

static VwExplanation *
explain_node (Explainer *ex,
              guint      variable,
              guint      alternative)
{
  VwExplanation *node = g_new0 (VwExplanation, 1);
  gpointer key = GUINT_TO_POINTER (variable * ex->n_alts + alternative + 1);
  int engine = vw_case_model_get_engine_index (ex->cm, variable);
  VwValue value;

  node->variable = variable;
  node->alternative = alternative;
  node->item = g_object_ref (vw_case_model_get_variable (ex->cm, variable));
  node->alt = g_object_ref (vw_case_model_get_alternative (ex->cm, alternative));
  node->children = g_ptr_array_new_with_free_func ((GDestroyNotify) vw_explanation_free);

  vw_case_model_get_value_at (ex->cm, variable, alternative, &value);
  node->kind = value.kind;
  switch (value.kind)
    {
    case VW_VALUE_SCALAR:
      node->scalar = value.scalar;
      break;
    case VW_VALUE_SERIES:
      node->series = g_memdup2 (value.series, sizeof (double) * value.len);
      node->len = value.len;
      break;
    case VW_VALUE_ERROR:
      node->error = vw_value_error_text (&value);
      break;
    }

  if (!vw_variable_is_formula (node->item))
    {
      node->origin = vw_case_model_get_input_origin (ex->cm, variable, alternative, NULL);
      return node;
    }

  node->formula = g_strdup (vw_item_get_string (VW_ITEM (node->item), "formula"));
  if (g_hash_table_contains (ex->seen, key))
    {
      node->repeated = TRUE;
      return node;
    }
  g_hash_table_add (ex->seen, key);

  if (engine >= 0)
    {
      guint n_refs;
      const VwModelReference *refs = vw_model_get_references (ex->model, engine, &n_refs);
      g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < n_refs; i++)
        {
          int var = ex->doc_index[refs[i].var];
          guint alt = refs[i].alt >= 0 ? (guint) refs[i].alt : alternative;
          gpointer ref_key;

          if (var < 0 || alt >= ex->n_alts)
            continue;
          /* "a * a" reads a once, as far as the reader is concerned. */
          ref_key = GUINT_TO_POINTER ((guint) var * ex->n_alts + alt + 1);
          if (!g_hash_table_add (listed, ref_key))
            continue;
          g_ptr_array_add (node->children, explain_node (ex, (guint) var, alt));
        }
    }

  return node;
}

/**
 * vw_case_model_explain:
 * @case_model: an evaluated case model
 * @variable: a variable (document order)
 * @alternative: an alternative (document order)
 *
 * Returns: (transfer full): the tree of @variable for @alternative, as of the last evaluation
 */
VwExplanation *
vw_case_model_explain (VwCaseModel *case_model,
                       guint        variable,
                       guint        alternative)
{
  Explainer ex = { 0 };
  guint n_vars, n_engine;
  VwExplanation *root;

  g_return_val_if_fail (VW_IS_CASE_MODEL (case_model), NULL);
  g_return_val_if_fail (variable < vw_case_model_get_n_variables (case_model), NULL);
  g_return_val_if_fail (alternative < vw_case_model_get_n_alternatives (case_model), NULL);

  ex.cm = case_model;
  ex.model = vw_case_model_get_model (case_model);
  ex.n_alts = vw_case_model_get_n_alternatives (case_model);
  n_vars = vw_case_model_get_n_variables (case_model);
  n_engine = vw_model_get_n_variables (ex.model);
  ex.doc_index = g_new (int, MAX (n_engine, 1));
  for (guint i = 0; i < n_engine; i++)
    ex.doc_index[i] = -1;
  for (guint i = 0; i < n_vars; i++)
    {
      int e = vw_case_model_get_engine_index (case_model, i);

      if (e >= 0 && (guint) e < n_engine)
        ex.doc_index[e] = (int) i;
    }
  ex.seen = g_hash_table_new (NULL, NULL);

  root = explain_node (&ex, variable, alternative);

  g_hash_table_unref (ex.seen);
  g_free (ex.doc_index);
  return root;
}

/* The nodes of the tree, @self included. */
guint
vw_explanation_count (VwExplanation *self)
{
  guint n = 1;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->children->len; i++)
    n += vw_explanation_count (g_ptr_array_index (self->children, i));
  return n;
}

void
vw_explanation_free (VwExplanation *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->item);
  g_clear_object (&self->alt);
  g_free (self->formula);
  g_free (self->series);
  g_free (self->error);
  g_ptr_array_unref (self->children);
  g_free (self);
}
