/* vw-document-projection.c: what an audience may see of a value case
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every customer surface (the customer window, the customer PDF, CSV and JSON, the customer
 * charts) is built from a projection: an independent copy of the case from which everything
 * vw_document_is_internal() names has been removed. Removing instead of hiding means an
 * internal figure cannot reach a customer output through a path nobody thought of.
 */

#include <glib/gi18n.h>

#include "vw-document-private.h"
#include "vw-items.h"

/**
 * vw_audience_parse:
 * @text: "internal", "customer" or "stakeholder:ID"
 * @internal: (out): whether the audience may see internal figures
 * @stakeholder_id: (out) (optional) (transfer full): the stakeholder of a personal edition
 *
 * Returns: %FALSE with @error set for any other text.
 */
gboolean
vw_audience_parse (const char  *text,
                   gboolean    *internal,
                   char       **stakeholder_id,
                   GError     **error)
{
  const char *id = NULL;

  g_return_val_if_fail (internal != NULL, FALSE);

  if (stakeholder_id != NULL)
    *stakeholder_id = NULL;

  if (g_strcmp0 (text, "internal") == 0 || g_strcmp0 (text, "customer") == 0)
    {
      *internal = g_str_equal (text, "internal");
      return TRUE;
    }

  if (text != NULL && g_str_has_prefix (text, "stakeholder:"))
    id = text + strlen ("stakeholder:");

  if (id == NULL || !vw_id_is_valid (id))
    {
      g_set_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_INVALID_ID,
                   _("The audience must be “internal”, “customer” or “stakeholder:ID”, found “%s”"),
                   text != NULL ? text : "");
      return FALSE;
    }

  *internal = FALSE;
  if (stakeholder_id != NULL)
    *stakeholder_id = g_strdup (id);
  return TRUE;
}

static VwDocument *
copy_document (VwDocument *source)
{
  VwDocument *copy = vw_document_new ();
  VwItem *src_meta = VW_ITEM (vw_document_get_meta (source));
  VwItem *dest_meta = VW_ITEM (vw_document_get_meta (copy));
  guint n_fields;

  vw_document_set_kind (copy, vw_document_get_kind (source));
  vw_item_get_fields (src_meta, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    vw_item_set_value (dest_meta, i, vw_item_peek_value (src_meta, i));

  for (guint k = VW_ITEM_META + 1; k < VW_ITEM_N_KINDS; k++)
    {
      GListModel *list = vw_document_get_items (source, k);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(VwItem) item = g_list_model_get_item (list, i);
          g_autoptr(VwItem) item_copy = vw_item_copy (item);

          vw_document_append_item (copy, item_copy);
        }
    }

  return copy;
}

/* Whether @item exists to show an internal figure: a KPI that follows one (its name,
 * baseline and target would still say what the seller watches), a statement or a value
 * element quantified by one, a verification record of such a KPI. */
static gboolean
shows_internal_figure (VwDocument *source,
                       VwItem     *item)
{
  const char *figure = NULL;
  VwItem *variable;

  switch (vw_item_get_kind (item))
    {
    case VW_ITEM_KPI:
    case VW_ITEM_STATEMENT:
      figure = vw_item_get_string (item, "variable");
      break;
    case VW_ITEM_ELEMENT:
      figure = vw_item_get_string (item, "value");
      break;
    case VW_ITEM_VERIFICATION:
      {
        VwItem *kpi = vw_document_find (source, VW_ITEM_KPI, vw_item_get_string (item, "kpi"));

        return kpi != NULL && shows_internal_figure (source, kpi);
      }
    default:
      return FALSE;
    }

  variable = vw_document_find (source, VW_ITEM_VARIABLE, figure);
  return variable != NULL && vw_document_is_internal (source, variable, NULL);
}

/* Items of @copy to remove, decided on @source: once an internal input is gone, a formula
 * that read it no longer looks internal, so the rule must be asked before anything goes. */
static GPtrArray *
collect_removals (VwDocument *source,
                  VwDocument *copy,
                  const char *stakeholder_id)
{
  GPtrArray *doomed = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *variables = vw_document_get_items (source, VW_ITEM_VARIABLE);

  for (guint i = 0; i < g_list_model_get_n_items (variables); i++)
    {
      g_autoptr(VwItem) variable = g_list_model_get_item (variables, i);

      if (vw_document_is_internal (source, variable, NULL))
        g_ptr_array_add (doomed, g_object_ref (vw_document_find (copy, VW_ITEM_VARIABLE,
                                                                 vw_item_get_id (variable))));
    }

  /* What exists to show an internal figure goes with it. */
  {
    static const VwItemKind kinds[] = {
      VW_ITEM_KPI, VW_ITEM_STATEMENT, VW_ITEM_ELEMENT, VW_ITEM_VERIFICATION
    };

    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      {
        GListModel *items = vw_document_get_items (source, kinds[k]);

        for (guint i = 0; i < g_list_model_get_n_items (items); i++)
          {
            g_autoptr(VwItem) item = g_list_model_get_item (items, i);

            if (shows_internal_figure (source, item))
              g_ptr_array_add (doomed, g_object_ref (vw_document_find (copy, kinds[k],
                                                                       vw_item_get_id (item))));
          }
      }
  }

  if (stakeholder_id != NULL)
    {
      GListModel *statements = vw_document_get_items (copy, VW_ITEM_STATEMENT);
      GListModel *people = vw_document_get_items (copy, VW_ITEM_STAKEHOLDER);

      /* Statements first: once their stakeholder is gone they no longer say whose they are. */
      for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
        {
          g_autoptr(VwItem) statement = g_list_model_get_item (statements, i);

          if (g_strcmp0 (vw_item_get_string (statement, "layer"), "stakeholder") == 0
              && g_strcmp0 (vw_item_get_string (statement, "stakeholder"), stakeholder_id) != 0)
            g_ptr_array_add (doomed, g_steal_pointer (&statement));
        }
      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        {
          g_autoptr(VwItem) person = g_list_model_get_item (people, i);

          if (g_strcmp0 (vw_item_get_id (person), stakeholder_id) != 0)
            g_ptr_array_add (doomed, g_steal_pointer (&person));
        }
    }

  return doomed;
}

static void
unset_internal_fields (VwDocument *copy,
                       VwItem     *item)
{
  const VwFieldInfo *fields;
  guint n;

  fields = vw_item_get_fields (item, &n);
  for (guint i = 0; i < n; i++)
    if ((fields[i].flags & VW_FIELD_INTERNAL) && vw_item_is_set (item, fields[i].name))
      vw_document_unset (copy, item, fields[i].name);
}

/**
 * vw_document_new_projection:
 * @self: the case
 * @audience: "customer", or "stakeholder:ID" for one person's edition
 *
 * Makes the document an audience may see: an independent copy without the internal
 * variables (and every formula that reads one), without internal fields such as private
 * notes, and without scenario or snapshot values of removed variables. A stakeholder's
 * edition also keeps only that person and their own stakeholder-layer statements. The copy
 * has no file and no undo history (undoing must not bring an internal figure back).
 *
 * Returns: (transfer full) (nullable): the projection, or %NULL for an audience that is not
 *   a customer audience ("internal" or an unknown stakeholder)
 */
VwDocument *
vw_document_new_projection (VwDocument *self,
                            const char *audience)
{
  g_autofree char *stakeholder_id = NULL;
  g_autoptr(GPtrArray) doomed = NULL;
  gboolean internal;
  VwDocument *copy;

  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);

  if (!vw_audience_parse (audience, &internal, &stakeholder_id, NULL) || internal)
    g_return_val_if_reached (NULL);
  if (stakeholder_id != NULL && vw_document_find (self, VW_ITEM_STAKEHOLDER, stakeholder_id) == NULL)
    return NULL;

  copy = copy_document (self);
  doomed = collect_removals (self, copy, stakeholder_id);
  for (guint i = 0; i < doomed->len; i++)
    vw_document_remove_item (copy, g_ptr_array_index (doomed, i), NULL);

  unset_internal_fields (copy, VW_ITEM (vw_document_get_meta (copy)));
  for (guint k = VW_ITEM_META + 1; k < VW_ITEM_N_KINDS; k++)
    {
      GListModel *list = vw_document_get_items (copy, k);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(VwItem) item = g_list_model_get_item (list, i);

          unset_internal_fields (copy, item);
        }
    }

  g_ptr_array_set_size (copy->undo, 0);
  g_ptr_array_set_size (copy->redo, 0);
  copy->save_point = 0;
  return copy;
}

/**
 * vw_document_copy:
 *
 * An independent copy of every item, with no file and no undo history: a scratch copy to try
 * a change on (a formula being typed) without touching the case. Internal figures stay in it,
 * so it must never feed a customer surface; vw_document_new_projection() is for those.
 *
 * Returns: (transfer full): the copy
 */
VwDocument *
vw_document_copy (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);

  return copy_document (self);
}
