/* vw-text-binding.c: a text view that edits one text field of an item, undoably
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each change of the buffer is a document command (consecutive keystrokes fold into one undo
 * step through the document's merge window); a change of the field from elsewhere (undo, a
 * second window) replaces the buffer's text, unless it already says the same, so the cursor
 * stays where the seller types.
 */

#include "vw-text-binding.h"

typedef struct
{
  VwDocument *document;
  VwItem     *item;
  char       *field;
  char       *signal;    /* "notify::<field>" */
  gboolean    syncing;
} TextBinding;

static void
text_binding_free (gpointer data)
{
  TextBinding *binding = data;

  g_clear_object (&binding->document);
  g_clear_object (&binding->item);
  g_free (binding->field);
  g_free (binding->signal);
  g_free (binding);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      TextBinding   *binding)
{
  g_autofree char *text = NULL;

  if (binding->syncing)
    return;

  text = buffer_text (buffer);
  if (g_strcmp0 (text, vw_item_get_string (binding->item, binding->field) ?: "") == 0)
    return;
  vw_document_set_string (binding->document, binding->item, binding->field, text);
}

static void
on_item_notify_cb (GtkTextView *view)
{
  TextBinding *binding = g_object_get_data (G_OBJECT (view), "vw-text-binding");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  const char *value = vw_item_get_string (binding->item, binding->field);
  g_autofree char *text = buffer_text (buffer);

  if (g_strcmp0 (text, value != NULL ? value : "") == 0)
    return;

  binding->syncing = TRUE;
  gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);
  binding->syncing = FALSE;
}

/**
 * vw_text_binding_bind:
 * @field: a string field of @item
 *
 * Shows the field in @view and writes the view's edits back as commands, for as long as
 * @view lives.
 */
void
vw_text_binding_bind (GtkTextView *view,
                      VwDocument  *document,
                      VwItem      *item,
                      const char  *field)
{
  TextBinding *binding;
  const char *value;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (VW_IS_DOCUMENT (document));
  g_return_if_fail (VW_IS_ITEM (item));
  g_return_if_fail (vw_item_find_field (item, field) >= 0);

  binding = g_new0 (TextBinding, 1);
  binding->document = g_object_ref (document);
  binding->item = g_object_ref (item);
  binding->field = g_strdup (field);
  binding->signal = g_strconcat ("notify::", field, NULL);
  g_object_set_data_full (G_OBJECT (view), "vw-text-binding", binding, text_binding_free);

  value = vw_item_get_string (item, field);
  binding->syncing = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), value != NULL ? value : "", -1);
  binding->syncing = FALSE;

  g_signal_connect (gtk_text_view_get_buffer (view), "changed", G_CALLBACK (on_buffer_changed_cb), binding);
  g_signal_connect_object (item, binding->signal, G_CALLBACK (on_item_notify_cb), view, G_CONNECT_SWAPPED);
}
