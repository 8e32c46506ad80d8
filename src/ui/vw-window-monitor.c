/* vw-window-monitor.c: "The file was changed by another program", while the case is open
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-window"

#include <glib/gi18n.h>

#include "vw-drafts.h"
#include "vw-vwb.h"
#include "vw-window-private.h"

static void
show_changed_notice (VwWindow *self)
{
  self->changed_on_disk = TRUE;
  vw_window_show_notice (self, _("The file was changed by another program. Reload it to see "
                                 "those changes, or keep yours: saving will then ask before "
                                 "it overwrites them."));
  gtk_image_set_from_icon_name (self->notice_icon, "dialog-warning-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->keep_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->reload_button), TRUE);
  vw_window_actions_update (self);
}

typedef struct
{
  GFile *file;
  char  *checksum;
} Comparison;

static void
comparison_free (Comparison *comparison)
{
  g_object_unref (comparison->file);
  g_free (comparison->checksum);
  g_free (comparison);
}

static void
compare_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Comparison *comparison = task_data;
  gboolean matches;

  /* Deleted or unreadable counts as unchanged here: Save checks the file itself and says so. */
  if (vw_vwb_file_matches (comparison->file, comparison->checksum, cancellable, &matches, NULL))
    g_task_return_boolean (task, !matches);
  else
    g_task_return_boolean (task, FALSE);
}

static void
on_compared_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  VwWindow *self = VW_WINDOW (source);
  Comparison *comparison = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;

  /* Our own save: the checksum is already the new one, or the save is still running. */
  if (self->document == NULL || self->saving || self->changed_on_disk
      || g_strcmp0 (comparison->checksum, vw_document_get_checksum (self->document)) != 0
      || !g_file_equal (comparison->file, vw_document_get_file (self->document)))
    return;

  show_changed_notice (self);
}

static void
on_file_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    VwWindow          *self)
{
  GFile *ours;

  /* Written in place, or replaced by a rename (as GIO and most editors save). */
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED
      && event != G_FILE_MONITOR_EVENT_RENAMED && event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;
  if (self->document == NULL || self->saving || self->changed_on_disk)
    return;
  ours = vw_document_get_file (self->document);
  if (ours == NULL)
    return;

  if (vw_document_get_checksum (self->document) == NULL)
    return;

  /* A touch or a rewrite with the same bytes is no change: compare what is there, in a
   * worker and within the loader's size cap. */
  {
    g_autoptr(GTask) task = g_task_new (self, self->monitor_cancellable, on_compared_cb, NULL);
    Comparison *comparison = g_new0 (Comparison, 1);

    comparison->file = g_object_ref (ours);
    comparison->checksum = g_strdup (vw_document_get_checksum (self->document));
    g_task_set_task_data (task, comparison, (GDestroyNotify) comparison_free);
    g_task_run_in_thread (task, compare_thread);
  }
}

void
vw_window_monitor_start (VwWindow *self)
{
  g_autoptr(GError) error = NULL;
  GFile *file;

  vw_window_monitor_stop (self);
  if (self->document == NULL || (file = vw_document_get_file (self->document)) == NULL)
    return;

  self->monitor_cancellable = g_cancellable_new ();
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Not watching %s: %s", g_file_peek_path (file), error->message);
      return;
    }
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_file_changed_cb), self, 0);
}

void
vw_window_monitor_stop (VwWindow *self)
{
  g_cancellable_cancel (self->monitor_cancellable);
  g_clear_object (&self->monitor_cancellable);
  if (self->monitor != NULL)
    {
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  self->changed_on_disk = FALSE;
}

/**
 * vw_window_reload:
 * @self: a #VwWindow
 *
 * Reads the file again, as the other program left it; the user chose this over their own
 * unsaved changes, so the draft of those goes too.
 */
void
vw_window_reload (VwWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (self->document == NULL || vw_document_get_file (self->document) == NULL)
    return;

  file = g_object_ref (vw_document_get_file (self->document));
  vw_window_remove_draft (self);
  self->changed_on_disk = FALSE;
  vw_window_show_notice (self, NULL);
  vw_window_start_load (self, file);
}

void
vw_window_keep_mine (VwWindow *self)
{
  /* The notice goes; the next Save still finds the difference and asks (vw_vwb_save_file). */
  vw_window_show_notice (self, NULL);
  vw_window_actions_update (self);
}
