/* test-window.c: the main window, its pages, and every template, under Xvfb
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vw-preferences-window.h"
#include "vw-settings.h"
#include "vw-test-utils.h"
#include "vw-vwb.h"
#include "vw-window.h"

/* A rendered window has text, icons and anti-aliasing: far more than a handful of colours. */
#define MIN_COLOURS 16

static void
test_start_screen (void)
{
  VwWindow *window = vw_window_new (NULL);
  GtkWidget *status;

  vw_test_show_and_wait (GTK_WINDOW (window));

  g_assert_false (vw_window_get_has_case (window));
  status = vw_test_find_by_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, NULL);
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "Value Workbench");
  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (window), "window-start.png"), >=, MIN_COLOURS);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_new_case_shows_pages (void)
{
  VwWindow *window = vw_window_new (NULL);
  const char * const *names = vw_window_list_page_names ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  vw_test_show_and_wait (GTK_WINDOW (window));

  vw_window_new_case (window);
  vw_test_iterate (50);
  g_assert_true (vw_window_get_has_case (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled Value Case");
  g_assert_cmpstr (vw_window_get_visible_page (window), ==, "overview");
  g_assert_cmpuint (g_strv_length ((char **) names), ==, 7);
  /* A new case compares the customer today with our offer, and has nothing to save yet. */
  {
    VwDocument *doc = vw_window_get_document (window);
    GListModel *alternatives = vw_document_get_items (doc, VW_ITEM_ALTERNATIVE);
    g_autoptr(VwItem) today = g_list_model_get_item (alternatives, 0);
    g_autoptr(VwItem) offer = g_list_model_get_item (alternatives, 1);

    g_assert_cmpuint (g_list_model_get_n_items (alternatives), ==, 2);
    g_assert_cmpstr (vw_item_get_string (today, "role"), ==, "status-quo");
    g_assert_cmpstr (vw_item_get_string (offer, "role"), ==, "offer");
    g_assert_false (vw_document_get_dirty (doc));
    g_assert_false (vw_document_can_undo (doc));
  }

  /* Every page is reachable through its action (the Alt+N shortcuts use it). */
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *png = g_strdup_printf ("page-%s.png", names[i]);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", names[i]));
      vw_test_iterate (20);
      g_assert_cmpstr (vw_window_get_visible_page (window), ==, names[i]);
      g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (window), png), >=, MIN_COLOURS);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Names, titles and statements are the user's text, never markup: a case whose every name
 * reads "<b>R&D …" shows on every page without a markup warning (fatal in tests). */
static void
test_markup_in_names (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "samples",
                                            "example-case.vwb", NULL);
  g_autofree char *text = NULL;
  g_autofree char *hostile = NULL;
  g_autoptr(GRegex) names = g_regex_new ("( (name|label|title|text|description|goals)=\")",
                                         0, 0, NULL);
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *pages = vw_window_list_page_names ();
  VwWindow *window = vw_window_new (NULL);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  hostile = g_regex_replace (names, text, -1, 0, "\\1&lt;b&gt;R&amp;D &lt;/i ", 0, &error);
  g_assert_no_error (error);
  doc = vw_vwb_load_bytes (hostile, strlen (hostile), NULL, &error);
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  vw_test_show_and_wait (GTK_WINDOW (window));
  vw_window_show_document (window, doc);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]));
      vw_test_iterate (30);
      g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (window), "window-markup.png"), >=,
                        MIN_COLOURS);
    }

  /* The windows a case opens: the presentation's two and the report's preview. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    guint before = g_list_model_get_n_items (toplevels);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-report", NULL));
    vw_test_iterate (300);
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), >=, before + 3);
    for (guint i = g_list_model_get_n_items (toplevels); i-- > 0;)
      {
        g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

        if (other != GTK_WINDOW (window))
          gtk_window_destroy (other);
      }
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sidebar_follows_pages (void)
{
  VwWindow *window = vw_window_new (NULL);
  const char * const *names = vw_window_list_page_names ();
  GtkListBox *sidebar;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  vw_test_show_and_wait (GTK_WINDOW (window));
  vw_window_new_case (window);
  vw_test_iterate (20);

  sidebar = GTK_LIST_BOX (vw_test_find_by_type (GTK_WIDGET (window), GTK_TYPE_LIST_BOX,
                                                "navigation-sidebar"));
  g_assert_nonnull (sidebar);

  /* Choosing a row shows its page … */
  for (guint i = 0; names[i] != NULL; i++)
    {
      gtk_list_box_select_row (sidebar, gtk_list_box_get_row_at_index (sidebar, i));
      g_assert_cmpstr (vw_window_get_visible_page (window), ==, names[i]);
    }

  /* … and showing a page another way selects its row. */
  vw_window_set_visible_page (window, "pricing");
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (sidebar)), ==, 5);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_narrow_window_folds (void)
{
  VwWindow *window = vw_window_new (NULL);
  GtkWidget *sidebar;
  AdwLeaflet *leaflet;

  gtk_window_set_default_size (GTK_WINDOW (window), 480, 600);
  vw_test_show_and_wait (GTK_WINDOW (window));
  vw_window_new_case (window);
  /* The pages of a case take a few layouts on a loaded machine: wait for the fold, 2 s at most. */
  for (guint i = 0; i < 40 && !adw_leaflet_get_folded (ADW_LEAFLET (vw_test_find_by_type (
         GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL))); i++)
    vw_test_iterate (50);

  sidebar = vw_test_find_by_type (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "navigation-sidebar");
  leaflet = ADW_LEAFLET (vw_test_find_by_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));
  /* On a loaded machine the narrow size is allocated a while later: waited for, up to 10 s. */
  for (guint i = 0; i < 200 && !adw_leaflet_get_folded (leaflet); i++)
    vw_test_iterate (50);
  g_assert_true (adw_leaflet_get_folded (leaflet));

  /* Folded, the window shows either the list of pages or one page, with a way back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "model"));
  vw_test_iterate (50);
  g_assert_false (gtk_widget_get_mapped (sidebar));
  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (window), "window-narrow.png"), >=, MIN_COLOURS);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL));
  vw_test_iterate (50);
  g_assert_true (gtk_widget_get_mapped (sidebar));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
leaflet_folded_is (gpointer data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (vw_test_find_by_type (GTK_WIDGET (data), ADW_TYPE_LEAFLET, NULL));
  int wanted = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (data), "vw-wanted"));

  /* The window's content is its size less the client-side decoration's borders. */
  return ABS (gtk_widget_get_width (GTK_WIDGET (data)) - wanted) <= 20
         && adw_leaflet_get_folded (leaflet)
              == GPOINTER_TO_INT (g_object_get_data (G_OBJECT (data), "vw-folded"));
}

/* 800 px is narrow: the sidebar folds and the page gets the whole width (the Value Elements
 * table needs it); 1024 px keeps the sidebar. */
static void
test_fold_at_800 (void)
{
  VwWindow *window = vw_window_new (NULL);
  struct { int width; gboolean folded; } sizes[] = { { 800, TRUE }, { 1024, FALSE } };

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  vw_test_show_and_wait (GTK_WINDOW (window));
  vw_window_new_case (window);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_object_set_data (G_OBJECT (window), "vw-wanted", GINT_TO_POINTER (sizes[i].width));
      g_object_set_data (G_OBJECT (window), "vw-folded", GINT_TO_POINTER (sizes[i].folded));
      gtk_window_set_default_size (GTK_WINDOW (window), sizes[i].width, 700);
      g_assert_true (vw_test_wait_until (leaflet_folded_is, window, 10000));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_follow_settings (void)
{
  g_autoptr(VwSettings) settings = vw_settings_new ();
  VwPreferencesWindow *prefs = vw_preferences_window_new (settings);
  GtkSpinButton *spin;
  GtkSwitch *backup;

  vw_test_show_and_wait (GTK_WINDOW (prefs));

  spin = GTK_SPIN_BUTTON (vw_test_find_by_type (GTK_WIDGET (prefs), GTK_TYPE_SPIN_BUTTON, NULL));
  backup = GTK_SWITCH (vw_test_find_by_type (GTK_WIDGET (prefs), GTK_TYPE_SWITCH, NULL));
  g_assert_nonnull (spin);
  g_assert_nonnull (backup);

  /* Settings → widgets */
  vw_settings_set_autosave_delay (settings, 17);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 17);

  /* Widgets → settings */
  gtk_switch_set_active (backup, !vw_settings_get_make_backup (settings));
  g_assert_cmpint (gtk_switch_get_active (backup), ==, vw_settings_get_make_backup (settings));
  gtk_spin_button_set_value (spin, 30);
  g_assert_cmpuint (vw_settings_get_autosave_delay (settings), ==, 30);

  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (prefs), "preferences.png"), >=, MIN_COLOURS);

  gtk_window_destroy (GTK_WINDOW (prefs));
}

static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  vw_test_show_and_wait (overlay);
  g_assert_cmpuint (vw_test_render_and_count (GTK_WIDGET (overlay), "help-overlay.png"), >=, MIN_COLOURS);
  gtk_window_destroy (overlay);
}

int
main (int   argc,
      char *argv[])
{
  vw_test_init (&argc, &argv);

  g_test_add_func ("/window/start-screen", test_start_screen);
  g_test_add_func ("/window/new-case-shows-pages", test_new_case_shows_pages);
  g_test_add_func ("/window/markup-in-names", test_markup_in_names);
  g_test_add_func ("/window/sidebar-follows-pages", test_sidebar_follows_pages);
  g_test_add_func ("/window/narrow-window-folds", test_narrow_window_folds);
  g_test_add_func ("/window/fold-at-800", test_fold_at_800);
  g_test_add_func ("/preferences/follow-settings", test_preferences_follow_settings);
  g_test_add_func ("/help-overlay/renders", test_help_overlay);

  return g_test_run ();
}
