/* vw-recovery.c: offering the drafts of unsaved work left by a crash
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-recovery"

#include <glib/gi18n.h>

#include "vw-drafts.h"
#include "vw-recovery.h"
#include "vw-window.h"

static GtkWidget *
find_list (GtkWidget *widget)
{
  return gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX);
}

/* The last row gone, nothing is left to offer: the dialog closes itself. */
static void
remove_row (GtkWidget *button)
{
  GtkWidget *list = find_list (button);
  GtkWidget *row = gtk_widget_get_ancestor (button, GTK_TYPE_LIST_BOX_ROW);

  gtk_list_box_remove (GTK_LIST_BOX (list), row);
  if (gtk_widget_get_first_child (list) == NULL)
    gtk_window_close (GTK_WINDOW (gtk_widget_get_root (list)));
}

static void
on_recover_clicked_cb (GtkButton      *button,
                       GtkApplication *application)
{
  const char *id = g_object_get_data (G_OBJECT (button), "draft-id");
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) document = vw_drafts_recover (id, &error);
  GtkWindow *active = gtk_application_get_active_window (application);
  VwWindow *window;

  if (document == NULL)
    {
      GtkWindow *dialog = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));

      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
      return;
    }

  /* The window the dialog was shown over, while it is empty; a new one otherwise. */
  if (VW_IS_WINDOW (active) && !vw_window_get_has_case (VW_WINDOW (active)))
    window = VW_WINDOW (active);
  else
    {
      window = vw_window_new (ADW_APPLICATION (application));
      gtk_window_present (GTK_WINDOW (window));
    }
  vw_window_show_document (window, document);
  remove_row (GTK_WIDGET (button));
}

static void
on_discard_clicked_cb (GtkButton *button)
{
  const char *id = g_object_get_data (G_OBJECT (button), "draft-id");
  g_autoptr(GError) error = NULL;

  if (!vw_drafts_remove (id, &error))
    g_warning ("%s", error->message);
  remove_row (GTK_WIDGET (button));
}

static GtkWidget *
create_row (VwDraftInfo    *info,
            GtkApplication *application)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *recover;
  GtkWidget *discard;
  g_autofree char *when = NULL;
  g_autofree char *where = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *recover_label = NULL;
  g_autofree char *discard_label = NULL;
  const char *title = info->title != NULL && *info->title != '\0' ? info->title
                                                                  : _("Untitled Value Case");

  if (info->written != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (info->written);

      /* Translators: when a draft was written, see the GDateTime format codes */
      when = g_date_time_format (local, _("%e %B %Y, %H:%M"));
    }
  if (info->original != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (info->original);

      where = g_file_get_parse_name (file);
    }
  else
    where = g_strdup (_("Never saved"));

  if (info->problem != NULL)
    subtitle = g_strdup (info->problem);
  else
    subtitle = g_strdup_printf ("%s\n%s", where, when != NULL ? g_strstrip (when) : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  recover = gtk_button_new_with_mnemonic (_("_Recover"));
  /* Translators: %s is the title of a value case */
  recover_label = g_strdup_printf (_("Recover “%s”"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (recover),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, recover_label, -1);
  gtk_widget_add_css_class (recover, "suggested-action");
  gtk_widget_set_valign (recover, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (recover, info->problem == NULL);
  g_object_set_data_full (G_OBJECT (recover), "draft-id", g_strdup (info->id), g_free);
  g_signal_connect (recover, "clicked", G_CALLBACK (on_recover_clicked_cb), application);

  discard = gtk_button_new_with_mnemonic (_("_Discard"));
  /* Translators: %s is the title of a value case */
  discard_label = g_strdup_printf (_("Discard “%s”"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (discard),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, discard_label, -1);
  gtk_widget_set_valign (discard, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (discard), "draft-id", g_strdup (info->id), g_free);
  g_signal_connect (discard, "clicked", G_CALLBACK (on_discard_clicked_cb), NULL);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), discard);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), recover);
  return row;
}

/**
 * vw_recovery_offer:
 * @application: the application, with its first window
 *
 * If work was left unsaved by a crash, asks over the active window whether to recover it,
 * draft by draft. Drafts the user neither recovers nor discards stay for the next start.
 *
 * Returns: %TRUE if there were drafts to offer
 */
gboolean
vw_recovery_offer (GtkApplication *application)
{
  g_autoptr(GPtrArray) drafts = vw_drafts_list ();
  GtkWidget *dialog;
  GtkWidget *list;

  if (drafts->len == 0)
    return FALSE;

  dialog = adw_message_dialog_new (gtk_application_get_active_window (application),
                                   _("Recover Unsaved Work?"),
                                   _("Value Workbench was closed before these changes were "
                                     "saved. Recover them to go on where you left off."));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Unsaved Work"), -1);
  for (guint i = 0; i < drafts->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         create_row (g_ptr_array_index (drafts, i), application));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "later", _("_Decide Later"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 480, -1);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}
