/* vw-test-utils.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "vw-test-utils.h"
#include "vw-vwb.h"

void
vw_test_init (int    *argc,
              char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();

  /* Without a GtkApplication, nobody adds our icons to the theme. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_BASE "/icons");

  /* … nor loads our style sheet. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  /* Tests look at the final state, not at a transition half-way. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

void
vw_test_iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Pages redraw from idles after the document's signals: let them all run. */
void
vw_test_settle (void)
{
  vw_test_iterate (30);
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

void
vw_test_show_and_wait (GtkWindow *window)
{
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

/* Renders @widget as it is on screen, keeps the picture as @png_name in the build directory
 * (to look at), and returns how many distinct colours it has: a blank or failed rendering has
 * one or two. */
guint
vw_test_render_and_count (GtkWidget  *widget,
                          const char *png_name)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  g_autofree guchar *pixels = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width, height;

  /* Let pending size changes settle, so every widget has an allocation. */
  gtk_test_widget_wait_for_draw (widget);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  /* The widget's CSS background and its own snapshot, as the frame clock would take them
   * (a GtkWidgetPaintable of a toplevel is empty in GTK 4.8). */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_snapshot_render_background (snapshot, gtk_widget_get_style_context (widget), 0, 0, width, height);
  G_GNUC_END_IGNORE_DEPRECATIONS
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  path = g_test_build_filename (G_TEST_BUILT, png_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));

  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      guint32 pixel;

      memcpy (&pixel, pixels + i * 4, 4);
      g_hash_table_add (colours, GUINT_TO_POINTER (pixel));
    }

  return g_hash_table_size (colours);
}

/* Depth-first search for the first widget of @type (and @css_class, if given). */
GtkWidget *
vw_test_find_by_type (GtkWidget  *root,
                      GType       type,
                      const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (css_class == NULL || gtk_widget_has_css_class (root, css_class)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = vw_test_find_by_type (child, type, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A sample case of data/samples ("example-case.vwb"), loaded or the test fails. */
VwDocument *
vw_test_load_sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "samples", name,
                                            NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VwDocument *doc = vw_vwb_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* Runs the main loop until @predicate (@data) holds; FALSE when @timeout_ms passed first. */
gboolean
vw_test_wait_until (gboolean (*predicate) (gpointer),
                    gpointer   data,
                    guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (500);
    }
  return TRUE;
}

GtkWindow *
vw_test_show_page_with_sample (VwPage       *page,
                               const char   *name,
                               int           width,
                               int           height,
                               VwDocument  **document,
                               VwCaseModel **case_model)
{
  g_autofree char *path = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "samples",
                                            name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  *document = vw_vwb_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  *case_model = vw_case_model_new (*document);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, GTK_WIDGET (page));
  vw_page_set_case (page, *document, *case_model);
  vw_test_show_and_wait (window);

  return window;
}
