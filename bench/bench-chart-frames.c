/* bench-chart-frames.c: a simulated slider drag redrawing every visible chart
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Six chart views in a 1280x800 window; on every frame the "slider" moves, the chart data of
 * every view is rebuilt (standing in for the engine's recompute) and set. Goal (issue 6):
 * 60 fps with no frame gap over 20 ms across 300 frames. Run under a display, e.g.
 *   GSK_RENDERER=cairo tests/xvfb-wrapper.sh _build/bench/bench-chart-frames
 * With --case FILE the frames are the real path: the slider sets an input of the case in its
 * document, the case model re-evaluates and the case chart builders make every chart's data.
 */

#include <math.h>

#include "vw-case-charts.h"
#include "vw-chart-samples.h"
#include "vw-chart-view.h"
#include "vw-vwb.h"

#define N_FRAMES 300

static const VwChartKind kinds[] = {
  VW_CHART_VALUE_WATERFALL, VW_CHART_TCO, VW_CHART_CASH_FLOW,
  VW_CHART_TORNADO, VW_CHART_KPI_BULLET, VW_CHART_VALUE_BUBBLES,
};

typedef struct
{
  GtkWidget  *views[G_N_ELEMENTS (kinds)];
  GMainLoop  *loop;
  guint       frame;
  gint64      last;
  gint64      first;
  double      max_gap_ms;
  guint       gaps_over_20;
  double      recompute_ms;
  gboolean    static_data;
  /* --case FILE */
  VwDocument  *doc;
  VwCaseModel *cm;
  VwVariable  *slider;
  double       slider_base;
} Bench;

/* The slider at position t moves the first input of the case that has a value of its own. */
static VwChartData *
recompute_case (Bench       *b,
                VwChartKind  kind,
                double       t)
{
  const VwCaseChartOptions opt = { vw_number_locale_lookup ("en"), TRUE, FALSE };

  vw_document_set_input (b->doc, b->slider, NULL,
                         b->slider_base * (1.0 + 0.1 * sin (t * 2 * G_PI)));
  switch (kind)
    {
    case VW_CHART_VALUE_WATERFALL: return vw_case_chart_value_waterfall (b->cm, &opt);
    case VW_CHART_TCO:             return vw_case_chart_tco (b->cm, &opt);
    case VW_CHART_CASH_FLOW:       return vw_case_chart_cash_flow (b->cm, &opt);
    case VW_CHART_TORNADO:         return vw_case_chart_tornado (b->cm, &opt, NULL);
    case VW_CHART_KPI_BULLET:      return vw_case_chart_kpi_bullets (b->cm, NULL, &opt);
    case VW_CHART_VALUE_BUBBLES:   return vw_case_chart_value_bubbles (b->cm, &opt);
    default:                       g_assert_not_reached ();
    }
}

static gboolean
open_case (Bench      *b,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  GListModel *vars;

  b->doc = vw_vwb_load_file (file, NULL, NULL, &error);
  if (b->doc == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return FALSE;
    }
  b->cm = vw_case_model_new (b->doc);
  vars = vw_document_get_items (b->doc, VW_ITEM_VARIABLE);
  for (guint i = 0; i < g_list_model_get_n_items (vars) && b->slider == NULL; i++)
    {
      g_autoptr(VwVariable) var = g_list_model_get_item (vars, i);

      if (!vw_variable_is_formula (var) && vw_variable_get_input (var, NULL, &b->slider_base)
          && b->slider_base != 0)
        b->slider = var;
    }
  return b->slider != NULL;
}

/* The slider at position t: every value of the sample scaled, as a recompute would change it. */
static VwChartData *
recompute (VwChartKind kind,
           double      t)
{
  VwChartData *data = vw_chart_sample_new (kind, "en", VW_CHART_SAMPLE_NO_TITLE);
  double factor = 1.0 + 0.25 * sin (t * 2 * G_PI);

  for (guint s = 0; s < data->series->len; s++)
    {
      VwChartSeries *series = g_ptr_array_index (data->series, s);
      for (guint i = 0; i < series->n_values; i++)
        series->values[i] *= factor;
    }
  for (guint p = 0; p < data->points->len; p++)
    g_array_index (data->points, VwChartPoint, p).size *= factor;
  data->base_value *= factor;

  return data;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Bench *b = user_data;
  gint64 now = g_get_monotonic_time ();
  gint64 start;

  if (b->frame > 0)
    {
      double gap = (now - b->last) / 1000.0;

      b->max_gap_ms = MAX (b->max_gap_ms, gap);
      b->gaps_over_20 += gap > 20.0;
      if (gap > 20.0)
        g_printerr ("a gap of %.1f ms before frame %u\n", gap, b->frame);
    }
  else
    b->first = now;
  b->last = now;

  if (b->frame == N_FRAMES)
    {
      g_main_loop_quit (b->loop);
      return G_SOURCE_REMOVE;
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(VwChartData) data = NULL;

      if (b->static_data)
        {
          gtk_widget_queue_draw (b->views[i]);
          continue;
        }
      data = b->doc != NULL ? recompute_case (b, kinds[i], (double) b->frame / 120)
                            : recompute (kinds[i], (double) b->frame / 120);
      vw_chart_view_set_data (VW_CHART_VIEW (b->views[i]), data);
    }
  b->recompute_ms += (g_get_monotonic_time () - start) / 1000.0;
  b->frame++;

  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  Bench b = { 0 };
  GtkWidget *window;
  GtkWidget *grid;
  double seconds;
  gboolean animations;
  gboolean small = FALSE;

  gtk_init ();
  adw_init ();

  /* --no-animations: as with the desktop setting off; --static: redraw without new data;
   * --small: a 640x400 window, to tell the charts' cost from the cost of presenting a frame. */
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--small"))
        small = TRUE;
      else if (g_str_equal (argv[i], "--no-animations"))
        g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
      else if (g_str_equal (argv[i], "--static"))
        b.static_data = TRUE;
      else if (g_str_equal (argv[i], "--case") && i + 1 < argc)
        {
          if (!open_case (&b, argv[++i]))
            return 1;
        }
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), small ? 640 : 1280, small ? 400 : 800);
  grid = gtk_grid_new ();
  gtk_grid_set_row_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_window_set_child (GTK_WINDOW (window), grid);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(VwChartData) data = b.doc != NULL ? recompute_case (&b, kinds[i], 0)
                                                  : recompute (kinds[i], 0);

      b.views[i] = vw_chart_view_new ();
      gtk_widget_set_hexpand (b.views[i], TRUE);
      gtk_widget_set_vexpand (b.views[i], TRUE);
      vw_chart_view_set_data (VW_CHART_VIEW (b.views[i]), data);
      gtk_grid_attach (GTK_GRID (grid), b.views[i], i % 3, i / 3, 1, 1);
    }

  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  /* The drag starts on a window that is on screen: its first paint (every chart drawn for
   * the first time) is not a frame of the drag. */
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
    gint64 first = gdk_frame_clock_get_frame_counter (clock);

    while (gdk_frame_clock_get_frame_counter (clock) < first + 2)
      g_main_context_iteration (NULL, TRUE);
  }

  b.loop = g_main_loop_new (NULL, FALSE);
  gtk_widget_add_tick_callback (window, tick_cb, &b, NULL);
  g_main_loop_run (b.loop);

  seconds = (b.last - b.first) / 1e6;
  g_object_get (gtk_settings_get_default (), "gtk-enable-animations", &animations, NULL);

  g_print ("Simulated slider drag%s: %d frames, %u charts of %dx%d, renderer %s, "
           "animations %s\n\n", b.doc != NULL ? " on the case" : "", N_FRAMES, (guint) G_N_ELEMENTS (kinds), gtk_widget_get_width (b.views[0]),
           gtk_widget_get_height (b.views[0]),
           g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "default",
           animations ? "on" : "off");
  g_print ("%-28s %10.1f\n", "frames per second", N_FRAMES / seconds);
  g_print ("%-28s %10.1f\n", "longest frame gap (ms)", b.max_gap_ms);
  g_print ("%-28s %10u\n", "gaps over 20 ms", b.gaps_over_20);
  g_print ("%-28s %10.3f\n", "data rebuild per frame (ms)", b.recompute_ms / N_FRAMES);
  g_print ("\n{\"frames\":%d,\"charts\":%u,\"fps\":%.2f,\"max_gap_ms\":%.2f,"
           "\"gaps_over_20ms\":%u,\"rebuild_ms\":%.3f}\n",
           N_FRAMES, (guint) G_N_ELEMENTS (kinds), N_FRAMES / seconds, b.max_gap_ms,
           b.gaps_over_20, b.recompute_ms / N_FRAMES);

  gtk_window_destroy (GTK_WINDOW (window));
  g_main_loop_unref (b.loop);
  g_clear_object (&b.cm);
  g_clear_object (&b.doc);

  return 0;
}
