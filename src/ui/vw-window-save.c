/* vw-window-save.c: Save, Save As, and the question about unsaved changes on close
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-window"

#include <glib/gi18n.h>

#include "vw-drafts.h"
#include "vw-vwb.h"
#include "vw-window-private.h"

/**
 * vw_window_copy_document:
 * @document: the case shown
 *
 * Writing happens in a worker thread while the user may go on editing, so the worker gets a
 * copy of the case made here, on the main thread, with the same file, etag and draft id.
 *
 * Returns: (transfer full) (nullable): the copy, or %NULL if it did not read back
 */
VwDocument *
vw_window_copy_document (VwDocument  *document,
                         GError     **error)
{
  g_autofree char *data = NULL;
  VwLoadReport report = { 0 };
  VwDocument *copy;
  gsize len;

  data = vw_vwb_serialize (document, NULL, NULL, &len);
  copy = vw_vwb_load_bytes (data, len, &report, error);
  vw_load_report_clear (&report);
  /* Never expected (the model only holds what the file format can say), but if it happens
   * the user's file must not be replaced by something that would not open again. */
  if (copy == NULL)
    return NULL;

  vw_document_set_origin (copy, vw_document_get_file (document),
                          vw_document_get_etag (document), vw_document_get_checksum (document));
  vw_document_set_draft_id (copy, vw_document_get_draft_id (document));
  return copy;
}

typedef struct
{
  VwDocument *copy;
  GFile      *file;
  gboolean    make_backup;
  gboolean    overwrite_changes;
  guint       changes;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->copy);
  g_clear_object (&data->file);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (vw_vwb_save_file (data->copy, data->file, data->make_backup, data->overwrite_changes,
                        cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_conflict_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         VwWindow         *self)
{
  if (g_strcmp0 (response, "overwrite") == 0)
    vw_window_save_async (self, vw_document_get_file (self->document), TRUE);
  else if (g_strcmp0 (response, "copy") == 0)
    vw_window_save_as (self);
  else
    self->quit_after_save = FALSE;
}

static void
show_conflict_dialog (VwWindow   *self,
                      const char *message)
{
  GtkWidget *dialog;

  /* Never a silent overwrite: another program's changes are lost only if the user says so. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("File Changed on Disk"), message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "copy", _("Save a _Copy…"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "copy");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_save_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  VwWindow *self = VW_WINDOW (source);
  SaveData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  g_clear_object (&self->save_cancellable);

  if (self->document == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      vw_window_actions_update (self);
      if (g_error_matches (error, VW_IO_ERROR, VW_IO_ERROR_CONFLICT))
        show_conflict_dialog (self, error->message);
      else
        {
          g_autofree char *name = g_file_get_basename (data->file);
          g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);

          /* The case stays modified: nothing the user did is marked as kept when it is not. */
          self->quit_after_save = FALSE;
          vw_window_show_error (self, heading, error->message);
        }
      return;
    }

  vw_document_set_origin (self->document, data->file, vw_document_get_etag (data->copy),
                          vw_document_get_checksum (data->copy));
  /* Changes made while the worker wrote are not in the file: the case stays modified. */
  if (data->changes == self->changes)
    {
      vw_document_set_clean (self->document);
      vw_window_remove_draft (self);
    }
  else
    vw_document_mark_unsaved (self->document);

  vw_window_add_recent (data->file);
  vw_window_update_title (self);
  vw_window_actions_update (self);
  vw_window_add_toast (self, _("Saved"));

  if (self->quit_after_save)
    {
      self->quit_after_save = FALSE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/**
 * vw_window_save_async:
 * @self: a #VwWindow
 * @file: where to save
 * @overwrite_changes: %TRUE when the user chose to overwrite changes made by another program
 *
 * Saves the case to @file in a worker; "Saved" when done, a dialog when it was not.
 */
void
vw_window_save_async (VwWindow *self,
                      GFile    *file,
                      gboolean  overwrite_changes)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) copy = NULL;
  SaveData *data;

  g_return_if_fail (VW_IS_WINDOW (self));
  g_return_if_fail (self->document != NULL);

  if (self->saving)
    return;

  copy = vw_window_copy_document (self->document, &error);
  if (copy == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);

      self->quit_after_save = FALSE;
      vw_window_show_error (self, heading, error->message);
      return;
    }

  data = g_new0 (SaveData, 1);
  data->copy = g_steal_pointer (&copy);
  data->file = g_object_ref (file);
  data->make_backup = vw_settings_get_make_backup (self->settings);
  data->overwrite_changes = overwrite_changes;
  data->changes = self->changes;

  self->saving = TRUE;
  self->save_cancellable = g_cancellable_new ();
  vw_window_actions_update (self);

  task = g_task_new (self, self->save_cancellable, on_save_done_cb, NULL);
  g_task_set_source_tag (task, vw_window_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

static void
on_save_as_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        VwWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      vw_window_save_async (self, file, FALSE);
    }
  else
    self->quit_after_save = FALSE;

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/**
 * vw_window_save_as:
 * @self: a #VwWindow
 *
 * Asks where to save the case, then saves it there.
 */
void
vw_window_save_as (VwWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) cases = gtk_file_filter_new ();
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  GFile *current;

  g_return_if_fail (VW_IS_WINDOW (self));

  dialog = gtk_file_chooser_native_new (_("Save Value Case"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_filter_set_name (cases, _("Value Cases"));
  gtk_file_filter_add_suffix (cases, "vwb");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), cases);

  current = vw_document_get_file (self->document);
  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), current, NULL);
  else
    {
      title = g_strdup (vw_item_get_string (VW_ITEM (vw_document_get_meta (self->document)),
                                            "title"));
      /* Translators: the file name offered for a case without a title */
      name = g_strdup_printf ("%s.vwb", title != NULL && *title != '\0' ? title : _("Value Case"));
      g_strdelimit (name, "/\\:", '-');
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }

  g_signal_connect (dialog, "response", G_CALLBACK (on_save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      VwWindow         *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      vw_window_remove_draft (self);
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      self->quit_after_save = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
    }
}

/**
 * vw_window_confirm_close:
 * @self: a #VwWindow
 *
 * Returns: %TRUE if the window may close now; %FALSE if it asks about unsaved changes first
 * (and closes itself once the user has answered Discard, or Save and the save succeeded).
 */
gboolean
vw_window_confirm_close (VwWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->close_confirmed || self->document == NULL || !vw_document_get_dirty (self->document))
    return TRUE;

  name = vw_window_get_display_name (self);
  heading = g_strdup_printf (_("Save Changes to “%s”?"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("If you don’t save, the changes you made since the last "
                                     "save will be permanently lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}
