/* vw-attached-cases-group.c: the reference cases this case uses as evidence, per value element
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per case attached to a value element (`cases` of the element), with the case's title
 * looked up in the repository in a worker; the remove button detaches it again (undoable). A
 * case that is not in this user's repository (a colleague's file) still shows, by its id.
 */

#define G_LOG_DOMAIN "vw-attached-cases-group"

#include <glib/gi18n.h>

#include "vw-attached-cases-group.h"
#include "vw-cases-view.h"
#include "vw-element-evidence.h"
#include "vw-items.h"
#include "vw-plain-row.h"

typedef struct
{
  char            *element_id;
  char            *uid;
  VwReferenceCase *reference_case;   /* NULL: not in the repository */
} Attachment;

struct _VwAttachedCasesGroup
{
  AdwPreferencesGroup  parent_instance;

  VwDocument          *document;
  VwCaseRepository    *repository;
  GCancellable        *cancellable;
  GPtrArray           *rows;
  GPtrArray           *attachments;   /* Attachment *, one per row */
  guint                refresh_source;
  gboolean             busy;
};

G_DEFINE_FINAL_TYPE (VwAttachedCasesGroup, vw_attached_cases_group, ADW_TYPE_PREFERENCES_GROUP)

static void
attachment_free (gpointer data)
{
  Attachment *attachment = data;

  g_free (attachment->element_id);
  g_free (attachment->uid);
  g_clear_object (&attachment->reference_case);
  g_free (attachment);
}

static void
lookup_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GPtrArray *attachments = task_data;

  for (guint i = 0; i < attachments->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      Attachment *attachment = g_ptr_array_index (attachments, i);

      attachment->reference_case = vw_case_repository_get (source, attachment->uid, NULL);
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_remove_clicked_cb (GtkButton            *button,
                      VwAttachedCasesGroup *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "vw-index"));

  vw_attached_cases_group_remove_at (self, index);
}

static void
clear_rows (VwAttachedCasesGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->attachments, g_ptr_array_unref);
}

static void
on_lookup_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(VwAttachedCasesGroup) self = user_data;
  GPtrArray *attachments = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), NULL)
      || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  self->busy = FALSE;
  clear_rows (self);
  self->attachments = g_ptr_array_ref (attachments);
  for (guint i = 0; i < attachments->len; i++)
    {
      Attachment *attachment = g_ptr_array_index (attachments, i);
      VwItem *element = vw_document_find (self->document, VW_ITEM_ELEMENT, attachment->element_id);
      GtkWidget *row = vw_plain_row (adw_action_row_new ());
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (attachment->reference_case != NULL)
        title = g_markup_escape_text (vw_reference_case_get_title (attachment->reference_case),
                                      -1);
      else
        /* TRANSLATORS: a reference case used as evidence that this user's repository lacks */
        title = g_strdup_printf (_("Case %s (not in your repository)"), attachment->uid);
      /* TRANSLATORS: "Evidence of: <value element>" */
      subtitle = g_markup_printf_escaped (_("Evidence of: %s"),
                                          element ? vw_item_get_display_name (element)
                                                  : attachment->element_id);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove from the Evidence"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove from the Evidence"), -1);
      g_object_set_data (G_OBJECT (remove), "vw-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), attachments->len > 0);
}

static gboolean
refresh_cb (gpointer data)
{
  VwAttachedCasesGroup *self = data;
  g_autoptr(GTask) task = NULL;
  GPtrArray *attachments;
  GListModel *elements;
  guint n;

  self->refresh_source = 0;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->document == NULL || self->repository == NULL)
    {
      self->busy = FALSE;
      clear_rows (self);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return G_SOURCE_REMOVE;
    }

  attachments = g_ptr_array_new_with_free_func (attachment_free);
  elements = vw_document_get_items (self->document, VW_ITEM_ELEMENT);
  n = g_list_model_get_n_items (elements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, i);
      g_auto(GStrv) uids = vw_element_dup_cases (element);

      for (guint k = 0; uids[k] != NULL; k++)
        {
          Attachment *attachment = g_new0 (Attachment, 1);

          attachment->element_id = g_strdup (vw_item_get_id (element));
          attachment->uid = g_strdup (uids[k]);
          g_ptr_array_add (attachments, attachment);
        }
    }

  self->busy = TRUE;
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self->repository, self->cancellable, on_lookup_done_cb, g_object_ref (self));
  g_task_set_task_data (task, attachments, (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (task, lookup_thread);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (VwAttachedCasesGroup *self)
{
  self->busy = TRUE;
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_cb, self);
}

static void
on_item_changed_cb (VwAttachedCasesGroup *self,
                    VwItem               *item,
                    const char           *field)
{
  if (VW_IS_VALUE_ELEMENT (item) && (g_strcmp0 (field, "cases") == 0
                                     || g_strcmp0 (field, "name") == 0))
    queue_refresh (self);
}

static void
on_item_added_removed_cb (VwAttachedCasesGroup *self,
                          VwItem               *item)
{
  if (VW_IS_VALUE_ELEMENT (item))
    queue_refresh (self);
}

void
vw_attached_cases_group_set_case (VwAttachedCasesGroup *self,
                                  VwDocument           *document,
                                  VwCaseRepository     *repository)
{
  g_return_if_fail (VW_IS_ATTACHED_CASES_GROUP (self));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_set_object (&self->repository, repository);
  if (document != NULL)
    {
      g_signal_connect_swapped (document, "item-changed", G_CALLBACK (on_item_changed_cb), self);
      g_signal_connect_swapped (document, "item-added", G_CALLBACK (on_item_added_removed_cb),
                                self);
      g_signal_connect_swapped (document, "item-removed", G_CALLBACK (on_item_added_removed_cb),
                                self);
    }
  queue_refresh (self);
}

gboolean
vw_attached_cases_group_get_busy (VwAttachedCasesGroup *self)
{
  g_return_val_if_fail (VW_IS_ATTACHED_CASES_GROUP (self), FALSE);

  return self->busy;
}

guint
vw_attached_cases_group_get_n_rows (VwAttachedCasesGroup *self)
{
  g_return_val_if_fail (VW_IS_ATTACHED_CASES_GROUP (self), 0);

  return self->rows->len;
}

/* Detaches the case of row @index from its element, as its remove button does (undoable). */
gboolean
vw_attached_cases_group_remove_at (VwAttachedCasesGroup *self,
                                   guint                 index)
{
  g_autofree char *summary = NULL;
  Attachment *attachment;
  VwItem *element;

  g_return_val_if_fail (VW_IS_ATTACHED_CASES_GROUP (self), FALSE);

  if (self->attachments == NULL || index >= self->attachments->len || self->document == NULL)
    return FALSE;

  attachment = g_ptr_array_index (self->attachments, index);
  element = vw_document_find (self->document, VW_ITEM_ELEMENT, attachment->element_id);
  if (element == NULL)
    return FALSE;
  /* The line in the evidence goes too, when the case is at hand to rebuild it. */
  if (attachment->reference_case != NULL)
    summary = vw_cases_view_dup_case_summary (attachment->reference_case);
  return vw_element_detach_case (self->document, element, attachment->uid, summary);
}

static void
vw_attached_cases_group_dispose (GObject *object)
{
  VwAttachedCasesGroup *self = VW_ATTACHED_CASES_GROUP (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->repository);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->attachments, g_ptr_array_unref);

  G_OBJECT_CLASS (vw_attached_cases_group_parent_class)->dispose (object);
}

static void
vw_attached_cases_group_class_init (VwAttachedCasesGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vw_attached_cases_group_dispose;
}

static void
vw_attached_cases_group_init (VwAttachedCasesGroup *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Evidence in This Case"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
    _("Reference cases attached to the value elements; they appear with the elements in the "
      "proposition and the report."));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
vw_attached_cases_group_new (void)
{
  return g_object_new (VW_TYPE_ATTACHED_CASES_GROUP, NULL);
}
