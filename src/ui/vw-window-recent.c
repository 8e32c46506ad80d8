/* vw-window-recent.c: the recent value cases under the Open button, and files dropped on
 * the window
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-window"

#include <glib/gi18n.h>

#include "vw-window-private.h"

#define MAX_RECENT 8

/**
 * vw_window_open_in_place:
 * @self: a #VwWindow
 * @file: a value case
 *
 * One case per window: opens @file in @self while it is empty, beside it otherwise; a file
 * already open brings its window forward.
 */
void
vw_window_open_in_place (VwWindow *self,
                         GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  VwWindow *target = self;

  if (self->has_case && vw_window_find_for_file (app, file) == NULL)
    {
      target = vw_window_new (app != NULL ? ADW_APPLICATION (app) : NULL);
      gtk_window_present (GTK_WINDOW (target));
    }
  vw_window_open_file (target, file);
}

static gboolean
is_value_case (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);

  return g_str_has_suffix (uri, ".vwb") && gtk_recent_info_exists (info);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified (*(GtkRecentInfo **) a);
  GDateTime *tb = gtk_recent_info_get_modified (*(GtkRecentInfo **) b);

  return g_date_time_compare (tb, ta);
}

static void
on_recent_changed_cb (VwWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GPtrArray) cases = NULL;
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());

  cases = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);

  for (GList *l = items; l != NULL; l = l->next)
    {
      if (is_value_case (l->data))
        g_ptr_array_add (cases, gtk_recent_info_ref (l->data));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (cases, compare_newest_first);

  for (guint i = 0; i < cases->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (cases, i);
      g_autofree char *name = gtk_recent_info_get_short_name (info);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (section, item);
    }

  if (cases->len == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Value Cases"), "win.no-recent");

      g_menu_append_item (section, item);
    }

  g_menu_append_section (menu, _("Recent"), G_MENU_MODEL (section));
  adw_split_button_set_menu_model (self->open_button, G_MENU_MODEL (menu));
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            VwWindow      *self)
{
  GSList *files;
  gboolean opened = FALSE;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);

      /* Anything else dropped is no case: the loader would say so, but the user did not
       * mean to open it as one. */
      if (name == NULL || !g_str_has_suffix (name, ".vwb"))
        continue;
      vw_window_open_in_place (self, l->data);
      opened = TRUE;
    }
  g_slist_free (files);

  return opened;
}

void
vw_window_recent_init (VwWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (on_recent_changed_cb), self, G_CONNECT_SWAPPED);
  on_recent_changed_cb (self);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
