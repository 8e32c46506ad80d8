/* vw-document-history.c: undo, redo, the dirty flag and the merge window
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The undo stack holds the commands applied, oldest first; undo applies the top one backwards
 * and moves it to the redo stack. The document is dirty when the undo stack is not exactly as
 * it was at the last save (save_point).
 */

#define G_LOG_DOMAIN "vw-document"

#include "vw-document-private.h"

void
vw_document_notify_history (VwDocument *self,
                            gboolean    was_dirty,
                            gboolean    could_undo,
                            gboolean    could_redo)
{
  if (was_dirty != vw_document_get_dirty (self))
    g_object_notify (G_OBJECT (self), "dirty");
  if (could_undo != vw_document_can_undo (self))
    g_object_notify (G_OBJECT (self), "can-undo");
  if (could_redo != vw_document_can_redo (self))
    g_object_notify (G_OBJECT (self), "can-redo");
}

gboolean
vw_document_can_undo (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);

  return self->undo->len > 0;
}

gboolean
vw_document_can_redo (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);

  return self->redo->len > 0;
}

const char *
vw_document_get_undo_label (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);

  if (self->undo->len == 0)
    return NULL;

  return ((VwCommand *) g_ptr_array_index (self->undo, self->undo->len - 1))->label;
}

const char *
vw_document_get_redo_label (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);

  if (self->redo->len == 0)
    return NULL;

  return ((VwCommand *) g_ptr_array_index (self->redo, self->redo->len - 1))->label;
}

gboolean
vw_document_undo (VwDocument *self)
{
  gboolean was_dirty, could_undo, could_redo;
  VwCommand *cmd;

  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->groups->len == 0, FALSE);

  if (self->undo->len == 0 || self->read_only)
    return FALSE;

  was_dirty = vw_document_get_dirty (self);
  could_undo = vw_document_can_undo (self);
  could_redo = vw_document_can_redo (self);

  cmd = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  vw_command_apply (self, cmd, FALSE);
  g_ptr_array_add (self->redo, cmd);
  self->merge_broken = TRUE;

  vw_document_notify_history (self, was_dirty, could_undo, could_redo);
  return TRUE;
}

gboolean
vw_document_redo (VwDocument *self)
{
  gboolean was_dirty, could_undo, could_redo;
  VwCommand *cmd;

  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->groups->len == 0, FALSE);

  if (self->redo->len == 0 || self->read_only)
    return FALSE;

  was_dirty = vw_document_get_dirty (self);
  could_undo = vw_document_can_undo (self);
  could_redo = vw_document_can_redo (self);

  cmd = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  vw_command_apply (self, cmd, TRUE);
  g_ptr_array_add (self->undo, cmd);
  self->merge_broken = TRUE;

  vw_document_notify_history (self, was_dirty, could_undo, could_redo);
  return TRUE;
}

gboolean
vw_document_get_dirty (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);

  return self->save_point != (int) self->undo->len;
}

/**
 * vw_document_set_clean:
 *
 * Marks the current state as saved (after a successful save or load).
 */
void
vw_document_set_clean (VwDocument *self)
{
  gboolean was_dirty;

  g_return_if_fail (VW_IS_DOCUMENT (self));

  was_dirty = vw_document_get_dirty (self);
  self->save_point = self->undo->len;
  self->merge_broken = TRUE;
  if (was_dirty)
    g_object_notify (G_OBJECT (self), "dirty");
}

/**
 * vw_document_mark_unsaved:
 *
 * Makes the document dirty with no undo step: a recovered draft holds unsaved work.
 */
void
vw_document_mark_unsaved (VwDocument *self)
{
  gboolean was_dirty;

  g_return_if_fail (VW_IS_DOCUMENT (self));

  was_dirty = vw_document_get_dirty (self);
  self->save_point = -1;
  if (!was_dirty)
    g_object_notify (G_OBJECT (self), "dirty");
}

void
vw_document_set_merge_window (VwDocument *self,
                              gint64      usec)
{
  g_return_if_fail (VW_IS_DOCUMENT (self));

  self->merge_window = MAX (0, usec);
}

/**
 * vw_document_set_clock:
 * @func: (nullable): the time source, or %NULL for the monotonic clock
 */
void
vw_document_set_clock (VwDocument  *self,
                       VwClockFunc  func,
                       gpointer     user_data)
{
  g_return_if_fail (VW_IS_DOCUMENT (self));

  self->clock = func;
  self->clock_data = user_data;
}

/**
 * vw_document_break_merge:
 *
 * The next change starts a new undo step even within the merge window (a slider released).
 */
void
vw_document_break_merge (VwDocument *self)
{
  g_return_if_fail (VW_IS_DOCUMENT (self));

  self->merge_broken = TRUE;
}
