/* vw-window-actions.c: the window's actions, their shortcuts, and when they are enabled
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-window"

#include <glib/gi18n.h>

#include "vw-presenter-window.h"
#include "vw-report-dialog.h"
#include "vw-template-chooser.h"
#include "vw-window-private.h"

/**
 * vw_window_actions_update:
 * @self: a #VwWindow
 *
 * The one place that decides which actions are enabled, and what Undo and Redo say they will
 * do. Called whenever the document, its history or the window's state changes.
 */
void
vw_window_actions_update (VwWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  VwDocument *doc = self->document;
  gboolean loading = self->load_cancellable != NULL;
  gboolean writable = doc != NULL && !vw_document_get_read_only (doc) && !self->saving;
  gboolean can_undo = writable && vw_document_can_undo (doc);
  gboolean can_redo = writable && vw_document_can_redo (doc);
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  gtk_widget_action_set_enabled (widget, "win.open", !loading);
  gtk_widget_action_set_enabled (widget, "win.open-recent", !loading);
  gtk_widget_action_set_enabled (widget, "win.cancel-open", loading);
  gtk_widget_action_set_enabled (widget, "win.reload", self->changed_on_disk && !loading);
  gtk_widget_action_set_enabled (widget, "win.keep-mine", self->changed_on_disk);
  gtk_widget_action_set_enabled (widget, "win.save", writable);
  /* A newer format's file is never written, under any name (docs/file-format.md). */
  gtk_widget_action_set_enabled (widget, "win.save-as", writable);
  gtk_widget_action_set_enabled (widget, "win.undo", can_undo);
  gtk_widget_action_set_enabled (widget, "win.redo", can_redo);
  gtk_widget_action_set_enabled (widget, "win.show-page", self->has_case);
  gtk_widget_action_set_enabled (widget, "win.present", self->has_case && !loading);
  gtk_widget_action_set_enabled (widget, "win.export-report", self->has_case && !loading);
  gtk_widget_action_set_enabled (widget, "win.print-report", self->has_case && !loading);
  gtk_widget_action_set_enabled (widget, "win.show-sidebar",
                                 self->has_case && adw_leaflet_get_folded (self->leaflet));

  /* "Undo Move Anna Virtanen": the user sees what the shortcut will take back. */
  if (can_undo && vw_document_get_undo_label (doc) != NULL)
    /* Translators: %s is what the step did, e.g. "Move Anna Virtanen" */
    undo_tip = g_strdup_printf (_("Undo %s (Ctrl+Z)"), vw_document_get_undo_label (doc));
  else
    undo_tip = g_strdup (_("Undo (Ctrl+Z)"));
  if (can_redo && vw_document_get_redo_label (doc) != NULL)
    /* Translators: %s is what the step did, e.g. "Move Anna Virtanen" */
    redo_tip = g_strdup_printf (_("Redo %s (Shift+Ctrl+Z)"), vw_document_get_redo_label (doc));
  else
    redo_tip = g_strdup (_("Redo (Shift+Ctrl+Z)"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tip);

  /* The same words in the main menu, where the shortcuts are shown beside them. */
  g_menu_remove_all (self->history_section);
  if (doc != NULL)
    {
      g_autofree char *undo_item = NULL;
      g_autofree char *redo_item = NULL;

      if (can_undo && vw_document_get_undo_label (doc) != NULL)
        /* Translators: a menu item; %s is what the step did, e.g. "Move Anna Virtanen" */
        undo_item = g_strdup_printf (_("_Undo %s"), vw_document_get_undo_label (doc));
      if (can_redo && vw_document_get_redo_label (doc) != NULL)
        /* Translators: a menu item; %s is what the step did, e.g. "Move Anna Virtanen" */
        redo_item = g_strdup_printf (_("_Redo %s"), vw_document_get_redo_label (doc));
      g_menu_append (self->history_section, undo_item != NULL ? undo_item : _("_Undo"), "win.undo");
      g_menu_append (self->history_section, redo_item != NULL ? redo_item : _("_Redo"), "win.redo");
    }
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  VwWindow *self = VW_WINDOW (widget);

  /* A case usually starts from the segment's template; the chooser also offers an empty one. */
  gtk_window_present (GTK_WINDOW (vw_template_chooser_new (self)));
}

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     VwWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      vw_window_open_in_place (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VwWindow *self = VW_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) cases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open Value Case"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  gtk_file_filter_set_name (cases, _("Value Cases"));
  gtk_file_filter_add_mime_type (cases, "application/x-value-workbench+xml");
  gtk_file_filter_add_suffix (cases, "vwb");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), cases);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);

  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  vw_window_open_in_place (VW_WINDOW (widget), file);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  vw_window_reload (VW_WINDOW (widget));
}

static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  vw_window_keep_mine (VW_WINDOW (widget));
}

static void
cancel_open_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  vw_window_cancel_open (VW_WINDOW (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VwWindow *self = VW_WINDOW (widget);

  if (vw_document_get_file (self->document) == NULL)
    vw_window_save_as (self);
  else
    vw_window_save_async (self, vw_document_get_file (self->document), FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  vw_window_save_as (VW_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VwWindow *self = VW_WINDOW (widget);

  vw_document_undo (self->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  VwWindow *self = VW_WINDOW (widget);

  vw_document_redo (self->document);
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  VwWindow *self = VW_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  VwWindow *self = VW_WINDOW (widget);

  vw_window_set_visible_page (self, g_variant_get_string (param, NULL));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->view_stack));
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  VwWindow *self = VW_WINDOW (widget);

  /* The presenter edits this window's case: its undo, dirty flag and drafts are the same. */
  vw_presenter_window_start (gtk_window_get_application (GTK_WINDOW (self)), self->document,
                             self->case_model);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (vw_report_dialog_new (VW_WINDOW (widget))));
}

static void
print_report_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  vw_report_print_case (VW_WINDOW (widget));
}

void
vw_window_class_actions_init (GtkWidgetClass *widget_class)
{
  const char * const *names = vw_window_list_page_names ();

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-open", NULL, cancel_open_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.keep-mine", NULL, keep_mine_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, print_report_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);

  for (guint i = 0; names[i] != NULL; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", names[i]);
}
