/* test-chart-view.c: the interactive chart under Xvfb
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <gdk/x11/gdkx.h>

#include "vw-chart-samples.h"
#include "vw-chart-view.h"

typedef struct
{
  GtkWindow   *window;
  VwChartView *view;
  int          activated_series;
  int          activated_index;
  guint        n_activated;
  guint        dragged_point;
  double       dragged_x, dragged_y;
  guint        n_dragged;
} Fixture;

static void
on_activated (VwChartView *view,
              int          series,
              int          index,
              Fixture     *f)
{
  f->activated_series = series;
  f->activated_index = index;
  f->n_activated++;
}

static void
on_dragged (VwChartView *view,
            guint        point,
            double       x,
            double       y,
            Fixture     *f)
{
  f->dragged_point = point;
  f->dragged_x = x;
  f->dragged_y = y;
  f->n_dragged++;
}

static void
wait_for_draw (Fixture *f)
{
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->view)))
    g_main_context_iteration (NULL, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  user_data)
{
  VwChartKind kind = GPOINTER_TO_INT (user_data);
  g_autoptr(VwChartData) data = vw_chart_sample_new (kind, "en", VW_CHART_SAMPLE_NO_TITLE);

  f->window = GTK_WINDOW (gtk_window_new ());
  f->view = VW_CHART_VIEW (vw_chart_view_new ());
  gtk_window_set_default_size (f->window, 640, 400);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  vw_chart_view_set_data (f->view, data);
  g_signal_connect (f->view, "item-activated", G_CALLBACK (on_activated), f);
  g_signal_connect (f->view, "item-dragged", G_CALLBACK (on_dragged), f);
  gtk_window_present (f->window);
  wait_for_draw (f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  user_data)
{
  gtk_window_destroy (f->window);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
test_keyboard_navigation (Fixture       *f,
                          gconstpointer  user_data)
{
  const VwChartResult *result = vw_chart_view_get_result (f->view);
  guint n = vw_chart_result_get_n_hits (result);
  const VwChartHit *hit;

  g_assert_cmpuint (n, >, 5);
  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->view)));
  g_assert_cmpint (vw_chart_view_get_focus_item (f->view), ==, -1);

  /* Right/Down → next, Left/Up → previous, Home/End → ends (bound to these actions). */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.move-focus", "i", 1);
  g_assert_cmpint (vw_chart_view_get_focus_item (f->view), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.move-focus", "i", 1);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.move-focus", "i", 1);
  g_assert_cmpint (vw_chart_view_get_focus_item (f->view), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.move-focus", "i", -1);
  g_assert_cmpint (vw_chart_view_get_focus_item (f->view), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.move-focus", "i", G_MAXINT32);
  g_assert_cmpint (vw_chart_view_get_focus_item (f->view), ==, (int) n - 1);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.move-focus", "i", 1);
  g_assert_cmpint (vw_chart_view_get_focus_item (f->view), ==, (int) n - 1);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.move-focus", "i", G_MININT32);
  g_assert_cmpint (vw_chart_view_get_focus_item (f->view), ==, 0);

  /* Enter on the focused item: the first bar of the EVC waterfall, the reference price. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.activate-focus", NULL);
  g_assert_cmpuint (f->n_activated, ==, 1);
  hit = vw_chart_result_get_hit (result, 0);
  g_assert_cmpint (f->activated_series, ==, hit->series);
  g_assert_cmpint (f->activated_index, ==, hit->index);
  g_assert_cmpstr (hit->label, ==, "Reference price");
}

static void
test_tooltip_and_hit (Fixture       *f,
                      gconstpointer  user_data)
{
  const VwChartResult *result = vw_chart_view_get_result (f->view);
  int incentive = -1, downtime = -1;
  g_autofree char *tip = NULL;
  g_autofree char *tip2 = NULL;

  for (guint i = 0; i < vw_chart_result_get_n_hits (result); i++)
    {
      const VwChartHit *hit = vw_chart_result_get_hit (result, i);
      if (g_strcmp0 (hit->label, "Customer incentive") == 0)
        incentive = i;
      if (g_strcmp0 (hit->label, "Less downtime") == 0)
        downtime = i;
    }
  g_assert_cmpint (incentive, >=, 0);
  g_assert_cmpint (downtime, >=, 0);

  /* The pointer over the middle of an item finds it. */
  {
    const VwChartHit *hit = vw_chart_result_get_hit (result, downtime);
    g_assert_cmpint (vw_chart_view_get_item_at (f->view, hit->rect.x + hit->rect.width / 2,
                                                hit->rect.y + hit->rect.height / 2), ==,
                     downtime);
  }
  g_assert_cmpint (vw_chart_view_get_item_at (f->view, 1, 1), ==, -1);

  /* Tooltips: exact, never abbreviated. */
  tip = vw_chart_view_dup_item_tooltip (f->view, incentive);
  g_assert_nonnull (strstr (tip, "Customer incentive"));
  g_assert_nonnull (strstr (tip, "€450,000.00"));
  g_assert_null (strstr (tip, " k"));
  tip2 = vw_chart_view_dup_item_tooltip (f->view, downtime);
  g_assert_nonnull (strstr (tip2, "+€400,000.00"));
  g_assert_null (vw_chart_view_dup_item_tooltip (f->view, 10000));
}

static void
test_formula_tooltip (Fixture       *f,
                      gconstpointer  user_data)
{
  const VwChartResult *result = vw_chart_view_get_result (f->view);

  for (guint i = 0; i < vw_chart_result_get_n_hits (result); i++)
    {
      const VwChartHit *hit = vw_chart_result_get_hit (result, i);

      if (g_strcmp0 (hit->label, "Unplanned downtime") == 0)
        {
          g_autofree char *tip = vw_chart_view_dup_item_tooltip (f->view, i);

          g_assert_nonnull (strstr (tip, "45\xc2\xa0h/year"));
          g_assert_nonnull (strstr (tip, "= baseline_downtime × (1 − downtime_reduction)"));
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_drag_bubble (Fixture       *f,
                  gconstpointer  user_data)
{
  const VwChartResult *result = vw_chart_view_get_result (f->view);
  const VwChartHit *hit = NULL;
  int item = -1;
  double cx, cy, x0, y0, x1, y1;

  for (guint i = 0; i < vw_chart_result_get_n_hits (result) && item < 0; i++)
    if (g_strcmp0 (vw_chart_result_get_hit (result, i)->label, "Jens Weber") == 0)
      item = i;
  g_assert_cmpint (item, >=, 0);
  hit = vw_chart_result_get_hit (result, item);
  g_assert_true (hit->draggable);

  /* Dropped at the top right corner of the plot: supportive (+1) and high influence (1). */
  cx = hit->rect.x + hit->rect.width / 2;
  cy = hit->rect.y + hit->rect.height / 2;
  g_assert_true (vw_chart_result_to_data (result, cx, cy, &x0, &y0));
  g_assert_cmpfloat_with_epsilon (x0, -0.55, 1e-9);
  g_assert_cmpfloat_with_epsilon (y0, 0.72, 1e-9);

  g_assert_true (vw_chart_view_drop_item (f->view, item, 10000, -10000));
  g_assert_cmpuint (f->n_dragged, ==, 1);
  g_assert_cmpuint (f->dragged_point, ==, (guint) hit->index);
  g_assert_cmpfloat (f->dragged_x, ==, 1);
  g_assert_cmpfloat (f->dragged_y, ==, 1);

  /* A drop halfway moves halfway in data units; the view waits for the document's data. */
  g_assert_true (vw_chart_result_to_data (result, cx + 40, cy, &x1, &y1));
  g_assert_true (vw_chart_view_drop_item (f->view, item, cx + 40, cy));
  g_assert_cmpfloat_with_epsilon (f->dragged_x, x1, 1e-9);
  g_assert_cmpfloat (f->dragged_x, >, x0);
  g_assert_cmpfloat_with_epsilon (f->dragged_y, 0.72, 1e-9);
}

static GdkTexture *
render_window (Fixture *f)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (f->window));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int w = gtk_widget_get_width (GTK_WIDGET (f->window));
  int h = gtk_widget_get_height (GTK_WIDGET (f->window));

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (f->window)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, w, h));
}

/* The colour in the middle of a chart item, as the user sees it in the window. */
static guint32
pixel_at_item (Fixture          *f,
               const VwChartHit *hit)
{
  g_autoptr(GdkTexture) texture = render_window (f);
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) w * h * 4);
  graphene_point_t p;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (f->view), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (
                                             hit->rect.x + hit->rect.width / 2,
                                             hit->rect.y + hit->rect.height / 2),
                                           &p));
  gdk_texture_download (texture, pixels, w * 4);
  return ((guint32 *) pixels)[(int) p.y * w + (int) p.x] & 0xffffff;
}

static void
test_theme_follows_style_manager (Fixture       *f,
                                  gconstpointer  user_data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  const VwChartResult *result = vw_chart_view_get_result (f->view);
  const VwChartHit *hit = NULL;
  guint32 light, dark;
  int index = -1;

  for (guint i = 0; i < vw_chart_result_get_n_hits (result) && index < 0; i++)
    if (g_strcmp0 (vw_chart_result_get_hit (result, i)->label, "Less downtime") == 0)
      index = i;
  g_assert_cmpint (index, >=, 0);
  hit = vw_chart_result_get_hit (result, index);

  /* Benefits are green in both schemes, a lighter green on the dark one (#26A269 → #33D17A). */
  light = pixel_at_item (f, hit);
  g_assert_cmphex (light, ==, 0x26A269);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  wait_for_draw (f);
  hit = vw_chart_result_get_hit (vw_chart_view_get_result (f->view), index);
  dark = pixel_at_item (f, hit);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  wait_for_draw (f);

  g_assert_cmphex (dark, ==, 0x33D17A);
}

static gboolean
run_xdotool (const char *args)
{
  g_autofree char *command = g_strdup_printf ("xdotool %s", args);
  int status = 0;

  return g_spawn_command_line_sync (command, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

/* A real pointer click through the X server (XTest), not a synthesized signal. */
static void
test_click_activates (Fixture       *f,
                      gconstpointer  user_data)
{
  const VwChartResult *result = vw_chart_view_get_result (f->view);
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  const VwChartHit *hit = NULL;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window));
  graphene_point_t p;
  double sx, sy;
  g_autofree char *move = NULL;
  gint64 deadline;

  if (xdotool == NULL || !GDK_IS_X11_SURFACE (surface))
    {
      g_test_skip ("needs xdotool and an X11 display");
      return;
    }

  for (guint i = 0; i < vw_chart_result_get_n_hits (result) && hit == NULL; i++)
    if (g_strcmp0 (vw_chart_result_get_hit (result, i)->label, "Less downtime") == 0)
      hit = vw_chart_result_get_hit (result, i);
  g_assert_nonnull (hit);

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (f->view), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (
                                             hit->rect.x + hit->rect.width / 2,
                                             hit->rect.y + hit->rect.height / 2),
                                           &p));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &sx, &sy);
  {
    int x = 0, y = 0;
    Window child;

    XTranslateCoordinates (gdk_x11_display_get_xdisplay (gdk_display_get_default ()),
                           gdk_x11_surface_get_xid (surface),
                           gdk_x11_display_get_xrootwindow (gdk_display_get_default ()),
                           0, 0, &x, &y, &child);
    move = g_strdup_printf ("mousemove --sync %d %d click 1", (int) (x + sx + p.x),
                            (int) (y + sy + p.y));
  }

  g_assert_true (run_xdotool (move));
  deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  while (f->n_activated == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  g_assert_cmpuint (f->n_activated, ==, 1);
  g_assert_cmpint (f->activated_index, ==, hit->index);
  g_assert_cmpint (f->activated_series, ==, 0);
  /* The click also moved the keyboard focus to the item. */
  g_assert_cmpint (vw_chart_view_get_focus_item (f->view), ==,
                   (int) (hit - vw_chart_result_get_hit (result, 0)));
}

/* Real key presses through the X server: the bindings, not just the actions behind them. */
static void
test_real_keys (Fixture       *f,
                gconstpointer  user_data)
{
  const VwChartResult *result = vw_chart_view_get_result (f->view);
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window));
  g_autofree char *move = NULL;
  gint64 deadline;
  int x = 0, y = 0;
  Window child;

  if (xdotool == NULL || !GDK_IS_X11_SURFACE (surface))
    {
      g_test_skip ("needs xdotool and an X11 display");
      return;
    }

  /* With no window manager, keys go to the window under the pointer. */
  XTranslateCoordinates (gdk_x11_display_get_xdisplay (gdk_display_get_default ()),
                         gdk_x11_surface_get_xid (surface),
                         gdk_x11_display_get_xrootwindow (gdk_display_get_default ()),
                         0, 0, &x, &y, &child);
  move = g_strdup_printf ("mousemove --sync %d %d", x + 5, y + 5);
  g_assert_true (run_xdotool (move));
  gtk_widget_grab_focus (GTK_WIDGET (f->view));

  g_assert_true (run_xdotool ("key Right Right Right Left Return"));
  deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  while (f->n_activated == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  g_assert_cmpint (vw_chart_view_get_focus_item (f->view), ==, 1);
  g_assert_cmpuint (f->n_activated, ==, 1);
  g_assert_cmpint (f->activated_index, ==, vw_chart_result_get_hit (result, 1)->index);

  g_assert_true (run_xdotool ("key End"));
  deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  while (vw_chart_view_get_focus_item (f->view) == 1 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (vw_chart_view_get_focus_item (f->view), ==,
                   (int) vw_chart_result_get_n_hits (result) - 1);
}

/* A real drag through the X server: one item-dragged on drop, none while moving. */
static void
test_real_drag (Fixture       *f,
                gconstpointer  user_data)
{
  const VwChartResult *result = vw_chart_view_get_result (f->view);
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window));
  const VwChartHit *hit = NULL;
  g_autofree char *press = NULL;
  g_autofree char *release = NULL;
  graphene_point_t p;
  double sx, sy, x0, y0;
  gint64 deadline;
  int x = 0, y = 0, hit_index;
  Window child;

  if (xdotool == NULL || !GDK_IS_X11_SURFACE (surface))
    {
      g_test_skip ("needs xdotool and an X11 display");
      return;
    }

  for (guint i = 0; i < vw_chart_result_get_n_hits (result) && hit == NULL; i++)
    if (g_strcmp0 (vw_chart_result_get_hit (result, i)->label, "Jens Weber") == 0)
      hit = vw_chart_result_get_hit (result, i);
  g_assert_nonnull (hit);
  /* The view paints again during the drag and frees this result: keep what is checked. */
  hit_index = hit->index;
  g_assert_true (vw_chart_result_to_data (result, hit->rect.x + hit->rect.width / 2,
                                          hit->rect.y + hit->rect.height / 2, &x0, &y0));

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (f->view), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (
                                             hit->rect.x + hit->rect.width / 2,
                                             hit->rect.y + hit->rect.height / 2),
                                           &p));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &sx, &sy);
  XTranslateCoordinates (gdk_x11_display_get_xdisplay (gdk_display_get_default ()),
                         gdk_x11_surface_get_xid (surface),
                         gdk_x11_display_get_xrootwindow (gdk_display_get_default ()),
                         0, 0, &x, &y, &child);
  x += (int) (sx + p.x);
  y += (int) (sy + p.y);

  press = g_strdup_printf ("mousemove --sync %d %d mousedown 1", x, y);
  g_assert_true (run_xdotool (press));
  for (int step = 1; step <= 8; step++)
    {
      g_autofree char *move = g_strdup_printf ("mousemove --sync %d %d", x + step * 12, y + 1);
      g_assert_true (run_xdotool (move));
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpuint (f->n_dragged, ==, 0);
  release = g_strdup ("mouseup 1");
  g_assert_true (run_xdotool (release));

  deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  while (f->n_dragged == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  g_assert_cmpuint (f->n_dragged, ==, 1);
  g_assert_cmpuint (f->n_activated, ==, 0);
  g_assert_cmpuint (f->dragged_point, ==, (guint) hit_index);
  /* 96 px to the right: more supportive; the influence stays about the same. */
  g_assert_cmpfloat (f->dragged_x, >, x0 + 0.1);
  g_assert_cmpfloat_with_epsilon (f->dragged_y, y0, 0.02);
}

/* The document replaces the data while a bubble is being dragged (an undo, another window):
 * the drag ends quietly instead of reporting a point that is gone. */
static void
test_drag_while_data_changes (Fixture       *f,
                              gconstpointer  user_data)
{
  const VwChartResult *result = vw_chart_view_get_result (f->view);
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window));
  g_autoptr(VwChartData) fewer = vw_chart_data_new (VW_CHART_STAKEHOLDER_MAP);
  const VwChartHit *hit = NULL;
  g_autofree char *press = NULL;
  graphene_point_t p;
  double sx, sy;
  int x = 0, y = 0;
  Window child;

  if (xdotool == NULL || !GDK_IS_X11_SURFACE (surface))
    {
      g_test_skip ("needs xdotool and an X11 display");
      return;
    }

  /* The last point drawn, so that with one point left its index no longer exists. */
  hit = vw_chart_result_get_hit (result, vw_chart_result_get_n_hits (result) - 1);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (f->view), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (
                                             hit->rect.x + hit->rect.width / 2,
                                             hit->rect.y + hit->rect.height / 2),
                                           &p));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &sx, &sy);
  XTranslateCoordinates (gdk_x11_display_get_xdisplay (gdk_display_get_default ()),
                         gdk_x11_surface_get_xid (surface),
                         gdk_x11_display_get_xrootwindow (gdk_display_get_default ()),
                         0, 0, &x, &y, &child);
  x += (int) (sx + p.x);
  y += (int) (sy + p.y);

  press = g_strdup_printf ("mousemove --sync %d %d mousedown 1 mousemove --sync %d %d", x, y,
                           x + 30, y + 30);
  g_assert_true (run_xdotool (press));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  vw_chart_data_add_point (fewer, "Only one", 0.5, 0.5, 1, -1);
  vw_chart_view_set_data (f->view, fewer);
  wait_for_draw (f);

  g_assert_true (run_xdotool ("mousemove --sync 5 5 mouseup 1"));
  for (int i = 0; i < 20; i++)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }

  g_assert_cmpuint (f->n_dragged, ==, 0);
  g_assert_cmpuint (vw_chart_result_get_n_hits (vw_chart_view_get_result (f->view)), ==, 1);
}

static guint
count_colors (GdkTexture *texture)
{
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) w * h * 4);
  g_autoptr(GHashTable) colors = g_hash_table_new (NULL, NULL);

  gdk_texture_download (texture, pixels, w * 4);
  for (int i = 0; i < w * h; i += 3)
    g_hash_table_add (colors, GUINT_TO_POINTER (((guint32 *) pixels)[i]));

  return g_hash_table_size (colors);
}

static void
test_render_png (Fixture       *f,
                 gconstpointer  user_data)
{
  /* The window, not the chart alone: the chart is transparent over its card. */
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (f->window));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "chart-view.png", NULL);
  int w = gtk_widget_get_width (GTK_WIDGET (f->window));
  int h = gtk_widget_get_height (GTK_WIDGET (f->window));

  g_assert_cmpint (w, >=, 280);
  /* The saved image shows the keyboard focus ring on the price segment of our offer. */
  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  gtk_window_set_focus_visible (f->window, TRUE);
  vw_chart_view_set_focus_item (f->view, 4);
  g_assert_true (gtk_widget_has_visible_focus (GTK_WIDGET (f->view)));
  wait_for_draw (f);
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (f->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);

  /* Bars, text and antialiasing: a blank or single-colour widget has a handful of colours. */
  g_assert_cmpuint (count_colors (texture), >, 50);

  /* The focus ring: 2 px of the accent colour, 3 px outside the focused segment. */
  {
    const VwChartHit *hit = vw_chart_result_get_hit (vw_chart_view_get_result (f->view), 4);
    g_autofree guchar *pixels = g_malloc ((gsize) w * h * 4);
    graphene_point_t p;
    guint32 ring;

    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (f->view), GTK_WIDGET (f->window),
                                             &GRAPHENE_POINT_INIT (hit->rect.x - 3,
                                                                   hit->rect.y +
                                                                   hit->rect.height / 2),
                                             &p));
    gdk_texture_download (texture, pixels, w * 4);
    ring = ((guint32 *) pixels)[(int) p.y * w + (int) p.x] & 0xffffff;
    g_assert_cmphex (ring, ==, 0x1C71D8);
  }
}

static void
test_accessible_and_data (Fixture       *f,
                          gconstpointer  user_data)
{
  g_autoptr(VwChartData) changed = vw_chart_data_copy (vw_chart_view_get_data (f->view));
  g_autoptr(VwChartData) other = vw_chart_sample_new (VW_CHART_TCO, "en", 0);
  VwChartSeries *series = g_ptr_array_index (changed->series, 0);
  const VwChartResult *result;
  gboolean enabled;

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (f->view)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);

  /* Animations are off in tests: a new value shows at once, in the hit regions too. */
  g_object_get (gtk_settings_get_default (), "gtk-enable-animations", &enabled, NULL);
  g_assert_false (enabled);
  /* Totals are levels the engine computed: the EVC moves with the step above it. */
  series->values[1] = 500000;
  series->values[6] = 1950000;
  vw_chart_view_set_data (f->view, changed);
  result = vw_chart_view_get_result (f->view);
  for (guint i = 0; i < vw_chart_result_get_n_hits (result); i++)
    if (g_strcmp0 (vw_chart_result_get_hit (result, i)->label, "Customer incentive") == 0)
      g_assert_cmpstr (vw_chart_result_get_hit (result, i)->value_text, ==, "€600,000.00");

  /* A different kind resets focus and draws the new chart. */
  vw_chart_view_set_focus_item (f->view, 3);
  g_assert_cmpint (vw_chart_view_get_focus_item (f->view), ==, 3);
  vw_chart_view_set_data (f->view, other);
  g_assert_cmpint (vw_chart_view_get_focus_item (f->view), ==, -1);
  result = vw_chart_view_get_result (f->view);
  g_assert_cmpstr (vw_chart_result_get_hit (result, 0)->label, ==, "Maintenance");

  vw_chart_view_set_data (f->view, NULL);
  g_assert_null (vw_chart_view_get_result (f->view));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/chart-view/keyboard-navigation", Fixture,
              GINT_TO_POINTER (VW_CHART_EVC_WATERFALL), fixture_setup,
              test_keyboard_navigation, fixture_teardown);
  g_test_add ("/chart-view/tooltip-and-hit", Fixture, GINT_TO_POINTER (VW_CHART_EVC_WATERFALL),
              fixture_setup, test_tooltip_and_hit, fixture_teardown);
  g_test_add ("/chart-view/formula-tooltip", Fixture, GINT_TO_POINTER (VW_CHART_KPI_BULLET),
              fixture_setup, test_formula_tooltip, fixture_teardown);
  g_test_add ("/chart-view/drag-bubble", Fixture, GINT_TO_POINTER (VW_CHART_STAKEHOLDER_MAP),
              fixture_setup, test_drag_bubble, fixture_teardown);
  g_test_add ("/chart-view/render-png", Fixture, GINT_TO_POINTER (VW_CHART_TCO),
              fixture_setup, test_render_png, fixture_teardown);
  g_test_add ("/chart-view/theme-follows-style-manager", Fixture,
              GINT_TO_POINTER (VW_CHART_EVC_WATERFALL), fixture_setup,
              test_theme_follows_style_manager, fixture_teardown);
  g_test_add ("/chart-view/click-activates", Fixture, GINT_TO_POINTER (VW_CHART_EVC_WATERFALL),
              fixture_setup, test_click_activates, fixture_teardown);
  g_test_add ("/chart-view/real-keys", Fixture, GINT_TO_POINTER (VW_CHART_EVC_WATERFALL),
              fixture_setup, test_real_keys, fixture_teardown);
  g_test_add ("/chart-view/real-drag", Fixture, GINT_TO_POINTER (VW_CHART_STAKEHOLDER_MAP),
              fixture_setup, test_real_drag, fixture_teardown);
  g_test_add ("/chart-view/drag-while-data-changes", Fixture,
              GINT_TO_POINTER (VW_CHART_STAKEHOLDER_MAP), fixture_setup,
              test_drag_while_data_changes, fixture_teardown);
  g_test_add ("/chart-view/accessible-and-data", Fixture,
              GINT_TO_POINTER (VW_CHART_EVC_WATERFALL), fixture_setup, test_accessible_and_data,
              fixture_teardown);

  return g_test_run ();
}
