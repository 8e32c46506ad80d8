/* vw-proposition.c: reading the value proposition stack
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stack runs from the company's value themes through the segment's proposition (both
 * marketing's) to the customer's and each person's (the seller's). A statement below the top
 * either inherits the text above it or overrides it; the gap the workbench exists to close is
 * a statement that stays generic: no figure behind it, or, at the bottom, nobody it speaks to.
 */

#define G_LOG_DOMAIN "vw-proposition"

#include <glib/gi18n.h>

#include "vw-element-ranking.h"
#include "vw-proposition.h"

/* Deeper than any real stack: protects against a parent loop in a hostile file. */
#define MAX_DEPTH 16

VwLayer
vw_statement_get_layer (VwStatement *statement)
{
  static const char * const names[VW_N_LAYERS] = { "company", "segment", "customer", "stakeholder" };
  const char *layer;

  g_return_val_if_fail (VW_IS_STATEMENT (statement), VW_LAYER_COMPANY);

  layer = vw_item_get_string (VW_ITEM (statement), "layer");
  for (guint l = 0; l < VW_N_LAYERS; l++)
    if (g_strcmp0 (layer, names[l]) == 0)
      return l;
  return VW_LAYER_COMPANY;
}

/**
 * vw_layer_get_label:
 *
 * Returns: the layer's name, translated ("Company", "Segment", "Customer", "Individual")
 */
const char *
vw_layer_get_label (VwLayer layer)
{
  static const char * const labels[VW_N_LAYERS] = {
    N_("Company"), N_("Segment"), N_("Customer"), N_("Individual")
  };

  g_return_val_if_fail (layer < VW_N_LAYERS, NULL);
  return _(labels[layer]);
}

VwStatement *
vw_statement_get_parent (VwDocument  *doc,
                         VwStatement *statement)
{
  const char *parent;

  g_return_val_if_fail (VW_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (VW_IS_STATEMENT (statement), NULL);

  parent = vw_item_get_string (VW_ITEM (statement), "parent");
  if (parent == NULL || *parent == '\0')
    return NULL;
  return VW_STATEMENT (vw_document_find (doc, VW_ITEM_STATEMENT, parent));
}

/* Inherits: its mode says so and there is a statement above to inherit from. */
gboolean
vw_statement_is_inherited (VwStatement *statement)
{
  const char *parent;

  g_return_val_if_fail (VW_IS_STATEMENT (statement), FALSE);

  parent = vw_item_get_string (VW_ITEM (statement), "parent");
  return g_strcmp0 (vw_item_get_string (VW_ITEM (statement), "mode"), "inherit") == 0
         && parent != NULL && *parent != '\0';
}

/**
 * vw_statement_get_shown_text:
 *
 * Returns: the statement's own text, or for an inheriting one the text shown by the
 *   statement above (recursively); "" when there is none
 */
const char *
vw_statement_get_shown_text (VwDocument  *doc,
                             VwStatement *statement)
{
  const char *text;

  g_return_val_if_fail (VW_IS_DOCUMENT (doc), "");
  g_return_val_if_fail (VW_IS_STATEMENT (statement), "");

  for (guint depth = 0; statement != NULL && depth < MAX_DEPTH; depth++)
    {
      if (!vw_statement_is_inherited (statement))
        {
          text = vw_item_get_string (VW_ITEM (statement), "text");
          return text != NULL ? text : "";
        }
      statement = vw_statement_get_parent (doc, statement);
    }
  return "";
}

/**
 * vw_statement_get_generic_reason:
 *
 * A statement of the customer or a person's layer is generic when no figure stands behind
 * it (no `variable`), and a person's statement also when it names nobody. The company and
 * segment layers are general by design and never flagged.
 *
 * Returns: (nullable): why the statement is generic, translated, or %NULL
 */
const char *
vw_statement_get_generic_reason (VwDocument  *doc,
                                 VwStatement *statement)
{
  VwLayer layer;
  const char *variable, *person;

  g_return_val_if_fail (VW_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (VW_IS_STATEMENT (statement), NULL);

  layer = vw_statement_get_layer (statement);
  if (layer < VW_LAYER_CUSTOMER)
    return NULL;

  person = vw_item_get_string (VW_ITEM (statement), "stakeholder");
  if (layer == VW_LAYER_STAKEHOLDER
      && (person == NULL || vw_document_find (doc, VW_ITEM_STAKEHOLDER, person) == NULL))
    return _("Generic: it speaks to nobody in particular. Choose the person.");

  variable = vw_item_get_string (VW_ITEM (statement), "variable");
  if (variable == NULL || vw_document_find_variable (doc, variable) == NULL)
    return _("Generic: no figure stands behind it. Link the figure that proves it.");

  return NULL;
}

/**
 * vw_document_override_statement:
 *
 * Makes an inheriting statement the seller's own, starting from the text it showed: one
 * undoable step.
 *
 * Returns: %FALSE if nothing changed (not inheriting, or a read-only case)
 */
gboolean
vw_document_override_statement (VwDocument  *doc,
                                 VwStatement *statement)
{
  g_autofree char *text = NULL;
  gboolean ok;

  g_return_val_if_fail (VW_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (VW_IS_STATEMENT (statement), FALSE);

  if (!vw_statement_is_inherited (statement) || vw_document_get_read_only (doc))
    return FALSE;

  text = g_strdup (vw_statement_get_shown_text (doc, statement));
  vw_document_begin_group (doc, _("Override statement"));
  ok = vw_document_set_string (doc, VW_ITEM (statement), "mode", "override");
  if (ok && *text != '\0' && g_strcmp0 (vw_item_get_string (VW_ITEM (statement), "text"), text) != 0)
    vw_document_set_string (doc, VW_ITEM (statement), "text", text);
  vw_document_end_group (doc);
  return ok;
}

/**
 * vw_document_revert_statement:
 *
 * Goes back to the text of the statement above. The statement's own text is kept in the
 * file (an override later starts from the inherited text again), and undo brings it back.
 *
 * Returns: %FALSE if nothing changed (already inheriting, nothing above, or read-only)
 */
gboolean
vw_document_revert_statement (VwDocument  *doc,
                              VwStatement *statement)
{
  const char *parent;

  g_return_val_if_fail (VW_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (VW_IS_STATEMENT (statement), FALSE);

  parent = vw_item_get_string (VW_ITEM (statement), "parent");
  if (vw_statement_is_inherited (statement) || parent == NULL || *parent == '\0')
    return FALSE;
  return vw_document_set_string (doc, VW_ITEM (statement), "mode", "inherit");
}

/**
 * vw_stakeholder_find_statement:
 *
 * Returns: (nullable) (transfer none): the person's own statement (layer "stakeholder")
 */
VwStatement *
vw_stakeholder_find_statement (VwDocument    *doc,
                               VwStakeholder *person)
{
  GListModel *statements;

  g_return_val_if_fail (VW_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (VW_IS_STAKEHOLDER (person), NULL);

  statements = vw_document_get_items (doc, VW_ITEM_STATEMENT);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(VwStatement) statement = g_list_model_get_item (statements, i);

      if (vw_statement_get_layer (statement) == VW_LAYER_STAKEHOLDER
          && g_strcmp0 (vw_item_get_string (VW_ITEM (statement), "stakeholder"),
                        vw_item_get_id (VW_ITEM (person))) == 0)
        return statement;  /* the list keeps it */
    }
  return NULL;
}

/**
 * vw_stakeholder_list_kpis:
 *
 * Returns: (transfer container) (element-type VwKpi): the KPIs the person owns: those they
 *   list, then those that name them as owner, each once, in document order
 */
GPtrArray *
vw_stakeholder_list_kpis (VwDocument    *doc,
                          VwStakeholder *person)
{
  const char * const *listed;
  GPtrArray *kpis = g_ptr_array_new ();
  GListModel *all;

  g_return_val_if_fail (VW_IS_DOCUMENT (doc), kpis);
  g_return_val_if_fail (VW_IS_STAKEHOLDER (person), kpis);

  listed = vw_item_get_strv (VW_ITEM (person), "kpis");
  all = vw_document_get_items (doc, VW_ITEM_KPI);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(VwItem) kpi = g_list_model_get_item (all, i);

      if ((listed != NULL && g_strv_contains (listed, vw_item_get_id (kpi)))
          || g_strcmp0 (vw_item_get_string (kpi, "owner"), vw_item_get_id (VW_ITEM (person))) == 0)
        g_ptr_array_add (kpis, kpi);
    }
  return kpis;
}

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  double sa = vw_value_element_get_rank_score (*(VwValueElement **) a);
  double sb = vw_value_element_get_rank_score (*(VwValueElement **) b);

  return sa > sb ? -1 : sa < sb ? 1 : 0;
}

/**
 * vw_stakeholder_list_top_elements:
 * @max: at most this many
 *
 * Returns: (transfer container) (element-type VwValueElement): the value elements the
 *   person cares about (listed by the person, or naming the person), best ranking score
 *   first (stable: document order among equals)
 */
GPtrArray *
vw_stakeholder_list_top_elements (VwDocument    *doc,
                                  VwStakeholder *person,
                                  guint          max)
{
  const char *id;
  const char * const *listed;
  GPtrArray *elements = g_ptr_array_new ();
  GListModel *all;

  g_return_val_if_fail (VW_IS_DOCUMENT (doc), elements);
  g_return_val_if_fail (VW_IS_STAKEHOLDER (person), elements);

  id = vw_item_get_id (VW_ITEM (person));
  listed = vw_item_get_strv (VW_ITEM (person), "elements");
  all = vw_document_get_items (doc, VW_ITEM_ELEMENT);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (all, i);
      const char * const *people = vw_item_get_strv (element, "stakeholders");

      if ((listed != NULL && g_strv_contains (listed, vw_item_get_id (element)))
          || (people != NULL && g_strv_contains (people, id)))
        g_ptr_array_add (elements, element);
    }

  /* g_ptr_array_sort is a merge sort in GLib: stable. */
  g_ptr_array_sort (elements, compare_scores);
  if (elements->len > max)
    g_ptr_array_set_size (elements, max);
  return elements;
}

/* @ids without @id, or with it added at the end. */
static char **
strv_with (const char * const *ids,
           const char         *id,
           gboolean            present)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (!g_str_equal (ids[i], id))
      g_strv_builder_add (builder, ids[i]);
  if (present)
    g_strv_builder_add (builder, id);
  return g_strv_builder_end (builder);
}

/**
 * vw_document_set_vision_level:
 *
 * Says how well @alternative meets @criterion: one undoable step that moves the alternative
 * between the criterion's `met-by` and `partly-met-by` lists.
 *
 * Returns: %FALSE if nothing changed
 */
gboolean
vw_document_set_vision_level (VwDocument        *doc,
                              VwVisionCriterion *criterion,
                              const char        *alternative,
                              VwVisionLevel      level)
{
  VwItem *item = VW_ITEM (criterion);
  g_auto(GStrv) met = NULL;
  g_auto(GStrv) partly = NULL;
  g_autofree char *label = NULL;
  VwItem *alt;

  g_return_val_if_fail (VW_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (VW_IS_VISION_CRITERION (criterion), FALSE);
  g_return_val_if_fail (level <= VW_VISION_MET, FALSE);

  alt = vw_document_find (doc, VW_ITEM_ALTERNATIVE, alternative);
  if (alt == NULL || vw_vision_criterion_get_level (criterion, alternative) == level)
    return FALSE;

  met = strv_with (vw_item_get_strv (item, "met-by"), alternative, level == VW_VISION_MET);
  partly = strv_with (vw_item_get_strv (item, "partly-met-by"), alternative, level == VW_VISION_PARTLY_MET);

  /* TRANSLATORS: an undo step: how an alternative meets one of the customer's criteria */
  label = g_strdup_printf (_("Change how “%s” meets “%s”"), vw_item_get_display_name (alt),
                           vw_item_get_display_name (item));
  vw_document_begin_group (doc, label);
  if (g_strv_length (met) > 0)
    vw_document_set_strv (doc, item, "met-by", (const char * const *) met);
  else
    vw_document_unset (doc, item, "met-by");
  if (g_strv_length (partly) > 0)
    vw_document_set_strv (doc, item, "partly-met-by", (const char * const *) partly);
  else
    vw_document_unset (doc, item, "partly-met-by");
  vw_document_end_group (doc);

  return vw_vision_criterion_get_level (criterion, alternative) == level;
}
