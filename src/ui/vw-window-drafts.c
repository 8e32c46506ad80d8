/* vw-window-drafts.c: the window keeps a draft of unsaved work, for recovery after a crash
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-window"

#include <glib/gi18n.h>

#include "vw-drafts.h"
#include "vw-window-private.h"

/* During continuous editing a draft is still written at least this often (reliability.md §1). */
#define MAX_DRAFT_INTERVAL_US (30 * G_USEC_PER_SEC)

static void
draft_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (vw_drafts_write (VW_DOCUMENT (task_data), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_draft_written_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  VwWindow *self = VW_WINDOW (source);
  g_autoptr(GError) error = NULL;

  self->draft_writing = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Not worth interrupting the user for: the file itself is untouched. */
      g_warning ("The draft could not be written: %s", error->message);
      return;
    }

  /* Saved or discarded while the worker wrote: the draft must not outlive the changes. */
  if (self->document == NULL || !vw_document_get_dirty (self->document))
    vw_window_remove_draft (self);
}

static gboolean
on_draft_timeout_cb (gpointer user_data)
{
  VwWindow *self = VW_WINDOW (user_data);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) copy = NULL;

  self->draft_source = 0;

  if (self->document == NULL || !vw_document_get_dirty (self->document))
    return G_SOURCE_REMOVE;

  /* One write at a time; the next change schedules the next one. */
  if (self->draft_writing)
    {
      vw_window_schedule_draft (self);
      return G_SOURCE_REMOVE;
    }

  copy = vw_window_copy_document (self->document, &error);
  if (copy == NULL)
    {
      g_warning ("No draft written: %s", error->message);
      return G_SOURCE_REMOVE;
    }

  self->first_unwritten_change = 0;
  self->draft_writing = TRUE;
  task = g_task_new (self, NULL, on_draft_written_cb, NULL);
  g_task_set_source_tag (task, on_draft_timeout_cb);
  g_task_set_task_data (task, g_steal_pointer (&copy), g_object_unref);
  g_task_run_in_thread (task, draft_thread);

  return G_SOURCE_REMOVE;
}

/**
 * vw_window_schedule_draft:
 * @self: a #VwWindow
 *
 * Called on every change: the draft is written autosave-delay seconds after the last change,
 * but no later than 30 s after the first change it has not written yet.
 */
void
vw_window_schedule_draft (VwWindow *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 delay = (gint64) vw_settings_get_autosave_delay (self->settings) * G_USEC_PER_SEC;
  gint64 deadline;

  if (self->document == NULL || vw_document_get_read_only (self->document))
    return;

  if (self->first_unwritten_change == 0)
    self->first_unwritten_change = now;
  deadline = self->first_unwritten_change + MAX_DRAFT_INTERVAL_US;
  delay = MIN (delay, MAX (0, deadline - now));

  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_source = g_timeout_add_full (G_PRIORITY_LOW, (guint) (delay / 1000),
                                           on_draft_timeout_cb, self, NULL);
}

/**
 * vw_window_remove_draft:
 * @self: a #VwWindow
 *
 * After a save or a discard: the draft has nothing left to recover.
 */
void
vw_window_remove_draft (VwWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->first_unwritten_change = 0;
  if (self->document == NULL)
    return;

  if (!vw_drafts_remove (vw_document_get_draft_id (self->document), &error))
    g_warning ("The draft could not be removed: %s", error->message);
}

void
vw_window_drafts_dispose (VwWindow *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->first_unwritten_change = 0;
}
