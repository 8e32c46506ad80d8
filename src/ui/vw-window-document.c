/* vw-window-document.c: the window's value case: opening, saving, closing, the title
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-window"

#include <glib/gi18n.h>

#include "vw-drafts.h"
#include "vw-vwb.h"
#include "vw-window-private.h"

static const char *
meta_string (VwDocument *doc,
             const char *field)
{
  const char *value = vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)), field);

  return value != NULL && *value != '\0' ? value : NULL;
}

static char *
document_display_name (VwDocument *doc)
{
  const char *title = meta_string (doc, "title");

  if (title != NULL)
    return g_strdup (title);
  if (vw_document_get_file (doc) != NULL)
    return g_file_get_basename (vw_document_get_file (doc));
  return g_strdup (_("Untitled Value Case"));
}

void
vw_window_update_title (VwWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *window_title = NULL;
  const char *subtitle = "";

  if (self->document == NULL)
    title = g_strdup (_("Value Workbench"));
  else
    {
      title = document_display_name (self->document);
      subtitle = meta_string (self->document, "customer");
      if (subtitle == NULL)
        subtitle = _("No customer yet");
    }

  /* A leading bullet marks unsaved changes, as GNOME's editors do; the sidebar keeps the
   * plain title, it names the case, not its state. */
  if (self->document != NULL && vw_document_get_dirty (self->document))
    /* Translators: the window title of a case with unsaved changes */
    window_title = g_strdup_printf (_("• %s"), title);
  else
    window_title = g_strdup (title);

  adw_window_title_set_title (self->window_title, window_title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_label_set_label (self->sidebar_title, title);
  gtk_label_set_label (self->sidebar_subtitle, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

char *
vw_window_get_display_name (VwWindow *self)
{
  return document_display_name (self->document);
}

static void
on_history_changed_cb (VwWindow *self)
{
  /* Back to the saved state (undone, or saved): a draft would "restore" nothing but confusion. */
  if (!vw_document_get_dirty (self->document))
    vw_window_remove_draft (self);

  vw_window_update_title (self);
  vw_window_actions_update (self);
}

static void
on_document_changed_cb (VwWindow *self,
                        VwItem   *item)
{
  self->changes++;
  if (VW_IS_META (item))
    vw_window_update_title (self);
  vw_window_schedule_draft (self);
}

void
vw_window_show_notice (VwWindow   *self,
                       const char *message)
{
  if (message != NULL)
    gtk_label_set_label (self->notice_label, message);
  gtk_image_set_from_icon_name (self->notice_icon, "changes-prevent-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->keep_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->reload_button), FALSE);
  gtk_revealer_set_reveal_child (self->notice_revealer, message != NULL);
}

/**
 * vw_window_set_document:
 * @self: a #VwWindow
 * @document: (nullable): the case to show, or %NULL for the start screen
 */
void
vw_window_set_document (VwWindow   *self,
                        VwDocument *document)
{
  if (self->document == document)
    return;

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      vw_window_drafts_dispose (self);
    }
  vw_window_monitor_stop (self);
  g_set_object (&self->document, document);
  g_clear_object (&self->case_model);
  if (document != NULL)
    self->case_model = vw_case_model_new (document);
  self->changes = 0;
  self->close_confirmed = FALSE;

  if (document != NULL)
    {
      g_signal_connect_object (document, "notify::dirty",
                               G_CALLBACK (on_history_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::can-undo",
                               G_CALLBACK (on_history_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::can-redo",
                               G_CALLBACK (on_history_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "item-changed",
                               G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "value-changed",
                               G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "item-added",
                               G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "item-removed",
                               G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
      vw_window_show_notice (self, vw_document_get_read_only_reason (document));
      vw_window_monitor_start (self);
      /* A case from a template, or recovered, is unsaved work from the start. */
      if (vw_document_get_dirty (document))
        vw_window_schedule_draft (self);
    }

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  vw_window_bind_pages (self);
  vw_window_set_has_case (self, document != NULL);
  gtk_stack_set_visible_child_name (self->main_stack, document != NULL ? "case" : "start");
  vw_window_update_title (self);
  vw_window_actions_update (self);
}

/* Opening */

typedef struct
{
  VwWindow     *self;
  GFile        *file;
  GCancellable *cancellable;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_clear_object (&data->cancellable);
  g_free (data);
}

void
vw_window_show_error (VwWindow   *self,
                      const char *heading,
                      const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
vw_window_add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

static void
on_load_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  OpenData *data = user_data;
  VwWindow *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) document = vw_vwb_load_file_finish (result, &error);

  /* A newer open, or the window closing, has taken over. */
  if (self->load_cancellable != data->cancellable)
    {
      open_data_free (data);
      return;
    }
  g_clear_object (&self->load_cancellable);

  if (document == NULL)
    {
      /* The window stays as it was: the start screen, or the case it already showed. */
      gtk_stack_set_visible_child_name (self->main_stack, self->has_case ? "case" : "start");
      vw_window_actions_update (self);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *name = g_file_get_basename (data->file);
          g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

          vw_window_show_error (self, heading, error->message);
        }
    }
  else
    {
      vw_window_set_document (self, document);
      vw_window_add_recent (data->file);
    }

  open_data_free (data);
}

/**
 * vw_window_find_for_file:
 * @application: (nullable): the application
 * @file: a value case
 *
 * Returns: (transfer none) (nullable): the window that shows @file, if any
 */
VwWindow *
vw_window_find_for_file (GtkApplication *application,
                         GFile          *file)
{
  if (application == NULL)
    return NULL;

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      VwWindow *window = l->data;

      if (VW_IS_WINDOW (window)
          && window->document != NULL
          && vw_document_get_file (window->document) != NULL
          && g_file_equal (vw_document_get_file (window->document), file))
        return window;
    }

  return NULL;
}

/**
 * vw_window_open_file:
 * @self: a #VwWindow
 * @file: the value case to open
 *
 * Reads @file without blocking the window: the window shows that it is opening, with a Cancel
 * button, and then the case, or it stays as it was and says why the file could not be opened.
 * A file another window already shows brings that window to the front instead.
 */
void
vw_window_open_file (VwWindow *self,
                     GFile    *file)
{
  VwWindow *other;

  g_return_if_fail (VW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  other = vw_window_find_for_file (gtk_window_get_application (GTK_WINDOW (self)), file);
  if (other != NULL)
    {
      gtk_window_present (GTK_WINDOW (other));
      return;
    }

  vw_window_start_load (self, file);
}

/**
 * vw_window_start_load:
 * @self: a #VwWindow
 * @file: the value case to read
 *
 * Reads @file in the background, showing that it does; also for Reload, where the file is
 * the one already open.
 */
void
vw_window_start_load (VwWindow *self,
                      GFile    *file)
{
  OpenData *data;
  g_autofree char *name = NULL;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  name = g_file_get_basename (file);
  adw_status_page_set_description (self->loading_page, name);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  vw_window_actions_update (self);

  data = g_new0 (OpenData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->cancellable = g_object_ref (self->load_cancellable);
  vw_vwb_load_file_async (file, data->cancellable, on_load_done_cb, data);
}

/**
 * vw_window_show_document:
 * @self: a #VwWindow
 * @document: a case made elsewhere: recovered from a draft, created from a template
 */
void
vw_window_show_document (VwWindow   *self,
                         VwDocument *document)
{
  g_return_if_fail (VW_IS_WINDOW (self));
  g_return_if_fail (VW_IS_DOCUMENT (document));

  vw_window_set_document (self, document);
}

/**
 * vw_window_cancel_open:
 * @self: a #VwWindow
 *
 * Cancel while opening: the window is back as it was at once, whatever the worker still does
 * (its result is ignored, see on_load_done_cb()).
 */
void
vw_window_cancel_open (VwWindow *self)
{
  if (self->load_cancellable == NULL)
    return;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  gtk_stack_set_visible_child_name (self->main_stack, self->has_case ? "case" : "start");
  vw_window_actions_update (self);
}

gboolean
vw_window_get_loading (VwWindow *self)
{
  g_return_val_if_fail (VW_IS_WINDOW (self), FALSE);

  return self->load_cancellable != NULL;
}

/**
 * vw_window_get_document:
 * @self: a #VwWindow
 *
 * Returns: (transfer none) (nullable): the case shown
 */
VwDocument *
vw_window_get_document (VwWindow *self)
{
  g_return_val_if_fail (VW_IS_WINDOW (self), NULL);

  return self->document;
}
