/* vw-dialog-frame.c: the frame of the page's edit dialogs (Cancel, an action, an error line)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A modal AdwWindow whose header bar has Cancel at the start and the suggested, default action
 * at the end (libadwaita 1.2 has no AdwDialog), then a hidden error line that says why the
 * action could not be done. Escape closes, as Cancel does.
 */

#include <glib/gi18n.h>

#include "vw-dialog-frame.h"

/**
 * vw_dialog_frame_build:
 * @action_button: (out): the action; the caller connects its "clicked"
 * @error_label: (out): the error line, hidden until vw_dialog_frame_show_error()
 *
 * Returns: (transfer none): the window's content box, for the caller to append its body to
 */
GtkBox *
vw_dialog_frame_build (AdwWindow   *window,
                       const char  *action_label,
                       GtkButton  **action_button,
                       GtkLabel   **error_label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *action = gtk_button_new_with_mnemonic (action_label);
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  GtkWidget *error = gtk_label_new (NULL);

  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_widget_add_css_class (action, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), action);
  gtk_window_set_default_widget (GTK_WINDOW (window), action);
  gtk_box_append (GTK_BOX (box), header);

  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_set_margin_top (error, 12);
  gtk_widget_set_margin_start (error, 12);
  gtk_widget_set_margin_end (error, 12);
  gtk_widget_set_visible (error, FALSE);
  gtk_box_append (GTK_BOX (box), error);

  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                      gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (shortcuts));
  adw_window_set_content (window, box);

  *action_button = GTK_BUTTON (action);
  *error_label = GTK_LABEL (error);
  return GTK_BOX (box);
}

/* Shows @message in the error line, or hides it for %NULL. */
void
vw_dialog_frame_show_error (GtkLabel   *error_label,
                            const char *message)
{
  gtk_label_set_text (error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (error_label), message != NULL);
}
