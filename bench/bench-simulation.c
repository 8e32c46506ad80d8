/* bench-simulation.c: the Model & Simulation page under a slider drag and a Monte Carlo
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real page in a 1280x800 window with the largest sample case (most variables ×
 * alternatives) or FILE. Goals (issue 8):
 *  - slider step → the input set in the document → the case re-evaluated → every card and
 *    the chart on screen updated and painted: p95 under 8 ms per change, 60 fps held;
 *  - a Monte Carlo of 10,000 draws including the UI update under 200 ms.
 * "work" is the time the change costs the main thread: the slider's commit plus the frame
 * that shows it (from the frame clock's before-paint to after-paint, which includes the
 * page's refresh in the update phase, layout and paint); "CPU time" is the main thread's
 * over the same step, which a loaded machine does not inflate; "latency" adds the wait for
 * the frame. The drag phase moves the slider once per frame for 300 frames, as a hand does.
 * Run under a display, e.g.
 *   GSK_RENDERER=cairo tests/xvfb-wrapper.sh _build/bench/bench-simulation [--no-chart] [FILE]
 * Prints a table, then JSON on the last line.
 */

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vw-input-row.h"
#include "vw-model-page.h"
#include "vw-vwb.h"
#include "vw-bench-case.h"
#include "vw-bench-stats.h"

#define N_STEPS 300
#define N_MC    5

typedef struct
{
  GtkWidget   *window;
  VwModelPage *page;
  GtkRange    *slider;
  GMainLoop   *loop;
  GdkFrameClock *clock;

  /* one step at a time */
  gboolean     waiting;
  gint64       set_at, commit_us, frame_start, cpu_at;
  double       work[N_STEPS], latency[N_STEPS], cpu[N_STEPS];
  guint        step;

  /* the drag: a step every frame */
  gboolean     dragging;
  guint        frames;
  gint64       last_frame, first_frame;
  double       max_gap_ms;
  guint        gaps_over_20;

  /* Monte Carlo */
  gint64       mc_started;
  gboolean     mc_waiting_paint;
  double       mc_ms[N_MC];
  guint        mc_run;
} Bench;

static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_GINT64_CONSTANT (1000000) + ts.tv_nsec / 1000;
}

static double
slider_value (Bench *b,
              guint  i)
{
  GtkAdjustment *adj = gtk_range_get_adjustment (b->slider);
  double lo = gtk_adjustment_get_lower (adj), hi = gtk_adjustment_get_upper (adj);

  /* Back and forth over the middle of the span, as a drag does. */
  return lo + (hi - lo) * (0.3 + 0.4 * fabs (sin (i * 0.05)));
}

static void
set_slider (Bench *b,
            guint  i)
{
  gint64 t0 = g_get_monotonic_time ();

  b->cpu_at = thread_cpu_us ();
  gtk_range_set_value (b->slider, slider_value (b, i));
  b->commit_us = g_get_monotonic_time () - t0;
  b->set_at = t0;
}

static gboolean
step_cb (gpointer data)
{
  Bench *b = data;

  set_slider (b, b->step);
  b->waiting = TRUE;
  /* A frame even if nothing on screen changed, without damaging anything ourselves. */
  gdk_frame_clock_request_phase (b->clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  return G_SOURCE_REMOVE;
}

static void
on_before_paint (GdkFrameClock *clock,
                 Bench         *b)
{
  b->frame_start = g_get_monotonic_time ();
}

static gboolean drag_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer data);

static gboolean
mc_start_cb (gpointer data)
{
  Bench *b = data;

  b->mc_started = g_get_monotonic_time ();
  vw_model_page_simulate (b->page, 10000);
  return G_SOURCE_REMOVE;
}

static gboolean
mc_poll_cb (gpointer data)
{
  Bench *b = data;

  if (b->mc_started == 0 || b->mc_waiting_paint)
    return G_SOURCE_CONTINUE;
  if (!vw_model_page_get_simulating (b->page) && vw_model_page_get_simulation (b->page) != NULL)
    {
      /* The cards and the chart have their results: time it when that frame is painted. */
      b->mc_waiting_paint = TRUE;
      gdk_frame_clock_request_phase (b->clock, GDK_FRAME_CLOCK_PHASE_PAINT);
    }
  return G_SOURCE_CONTINUE;
}

static void
on_after_paint (GdkFrameClock *clock,
                Bench         *b)
{
  gint64 now = g_get_monotonic_time ();

  if (b->waiting)
    {
      b->waiting = FALSE;
      b->work[b->step] = (b->commit_us + (now - b->frame_start)) / 1000.0;
      b->latency[b->step] = (now - b->set_at) / 1000.0;
      b->cpu[b->step] = (thread_cpu_us () - b->cpu_at) / 1000.0;
      if (++b->step < N_STEPS)
        g_timeout_add (2, step_cb, b);
      else
        {
          /* Then the drag: a new value at every frame. */
          b->dragging = TRUE;
          gtk_widget_add_tick_callback (b->window, drag_tick, b, NULL);
        }
      return;
    }

  if (b->mc_waiting_paint)
    {
      b->mc_ms[b->mc_run] = (now - b->mc_started) / 1000.0;
      b->mc_waiting_paint = FALSE;
      b->mc_started = 0;
      /* Inputs unchanged: a new run starts from the same case. */
      if (++b->mc_run < N_MC)
        g_timeout_add (50, mc_start_cb, b);
      else
        g_main_loop_quit (b->loop);
    }
}

static gboolean
drag_tick (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       data)
{
  Bench *b = data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  if (b->frames > 0)
    {
      double gap = (now - b->last_frame) / 1000.0;

      b->max_gap_ms = MAX (b->max_gap_ms, gap);
      if (gap > 20.0)
        b->gaps_over_20++;
    }
  else
    b->first_frame = now;
  b->last_frame = now;

  if (b->frames++ >= N_STEPS)
    {
      b->dragging = FALSE;
      g_timeout_add (100, mc_start_cb, b);
      g_timeout_add (1, mc_poll_cb, b);
      return G_SOURCE_REMOVE;
    }
  set_slider (b, N_STEPS + b->frames);
  return G_SOURCE_CONTINUE;
}

/* The sample with the most variables × alternatives. */
static char *
largest_sample (void)
{
  g_autoptr(GDir) dir = g_dir_open (VW_SAMPLES_DIR, 0, NULL);
  g_autofree char *best = NULL;
  guint best_size = 0;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (VW_SAMPLES_DIR, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(VwDocument) doc = NULL;
      guint size;

      if (!g_str_has_suffix (name, ".vwb")
          || (doc = vw_vwb_load_file (file, NULL, NULL, NULL)) == NULL)
        continue;
      size = g_list_model_get_n_items (vw_document_get_items (doc, VW_ITEM_VARIABLE))
             * g_list_model_get_n_items (vw_document_get_items (doc, VW_ITEM_ALTERNATIVE));
      if (size > best_size)
        {
          best_size = size;
          g_free (best);
          best = g_steal_pointer (&path);
        }
    }
  return g_steal_pointer (&best);
}

static GtkWidget *
find_input_row (GtkWidget *root)
{
  if (VW_IS_INPUT_ROW (root) && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_input_row (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  gboolean no_chart = argc > 1 && g_str_equal (argv[1], "--no-chart");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = NULL;
  Bench b = { 0 };
  GtkWidget *row;
  double work_copy[N_STEPS], lat_copy[N_STEPS], mc_copy[N_MC];
  double fps;

  if (no_chart)
    argc--, argv++;
  path = argc > 1 ? g_strdup (argv[1]) : largest_sample ();
  vw_bench_init ();

  file = g_file_new_for_path (path);
  doc = vw_vwb_load_file (file, NULL, NULL, &error);
  if (doc == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 1;
    }
  cm = vw_case_model_new (doc);

  b.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (b.window), 1280, 800);
  b.page = g_object_new (VW_TYPE_MODEL_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (b.window), GTK_WIDGET (b.page));
  vw_page_set_case (VW_PAGE (b.page), doc, cm);
  gtk_window_present (GTK_WINDOW (b.window));
  while (!gtk_widget_get_mapped (b.window))
    g_main_context_iteration (NULL, TRUE);
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  /* --no-chart: the distribution tab, empty until a simulation, to see what the chart costs. */
  if (no_chart)
    vw_model_page_show_chart (b.page, VW_CHART_HISTOGRAM);
  row = find_input_row (GTK_WIDGET (b.page));
  if (row == NULL)
    {
      g_printerr ("%s: no input row on screen\n", path);
      return 1;
    }
  b.slider = vw_input_row_get_slider (VW_INPUT_ROW (row));
  b.clock = gtk_widget_get_frame_clock (b.window);
  g_signal_connect (b.clock, "before-paint", G_CALLBACK (on_before_paint), &b);
  g_signal_connect (b.clock, "after-paint", G_CALLBACK (on_after_paint), &b);
  b.loop = g_main_loop_new (NULL, FALSE);
  g_timeout_add (100, step_cb, &b);
  g_main_loop_run (b.loop);

  /* The page's own share of a step: the input set, the case evaluated, cards, table and the
   * chart on screen updated, without layout and paint. */
  {
    double refresh[N_STEPS];

    for (guint i = 0; i < N_STEPS; i++)
      {
        gint64 t0 = g_get_monotonic_time ();

        set_slider (&b, i);
        vw_model_page_refresh_now (b.page);
        refresh[i] = (g_get_monotonic_time () - t0) / 1000.0;
      }
    g_print ("%-52s %8.2f ms %7.2f ms\n", "slider step: commit + page refresh only, ms",
             vw_bench_percentile (refresh, N_STEPS, 0.5), vw_bench_percentile (refresh, N_STEPS, 0.95));
  }

  memcpy (work_copy, b.work, sizeof work_copy);
  memcpy (lat_copy, b.latency, sizeof lat_copy);
  memcpy (mc_copy, b.mc_ms, sizeof mc_copy);
  qsort (mc_copy, N_MC, sizeof (double), vw_bench_compare_doubles);
  fps = b.frames > 1 ? (b.frames - 1) / ((b.last_frame - b.first_frame) / 1e6) : 0;

  g_print ("case: %s (%u cards), load average %s\n", path, vw_model_page_get_n_cards (b.page),
           vw_bench_load_average ());
  g_print ("%-52s %10s %10s\n", "", "p50", "p95");
  g_print ("%-52s %8.2f ms %7.2f ms\n", "slider step: work (commit + frame), ms",
           vw_bench_percentile (work_copy, N_STEPS, 0.5), vw_bench_percentile (work_copy, N_STEPS, 0.95));
  g_print ("%-52s %8.2f ms %7.2f ms\n", "slider step: main thread's CPU time, ms",
           vw_bench_percentile (b.cpu, N_STEPS, 0.5), vw_bench_percentile (b.cpu, N_STEPS, 0.95));
  g_print ("%-52s %8.2f ms %7.2f ms\n", "slider step: latency to painted, ms",
           vw_bench_percentile (lat_copy, N_STEPS, 0.5), vw_bench_percentile (lat_copy, N_STEPS, 0.95));
  g_print ("%-52s %8.1f fps, longest gap %.1f ms, %u gaps > 20 ms\n",
           "drag, one step per frame, 300 frames", fps, b.max_gap_ms, b.gaps_over_20);
  g_print ("%-52s %8.1f ms (min %.1f)\n", "Monte Carlo 10,000 draws to painted, median of 5",
           vw_bench_percentile (mc_copy, N_MC, 0.5), mc_copy[0]);
  g_print ("{\"case\": \"%s\", \"step_work_p50_ms\": %.3f, \"step_work_p95_ms\": %.3f, "
           "\"step_cpu_p50_ms\": %.3f, \"step_cpu_p95_ms\": %.3f, "
           "\"step_latency_p50_ms\": %.3f, \"step_latency_p95_ms\": %.3f, \"drag_fps\": %.1f, "
           "\"drag_max_gap_ms\": %.1f, \"drag_gaps_over_20ms\": %u, \"mc_10000_ms_median\": %.1f, "
           "\"mc_10000_ms_min\": %.1f}\n",
           path, vw_bench_percentile (work_copy, N_STEPS, 0.5), vw_bench_percentile (work_copy, N_STEPS, 0.95),
           vw_bench_percentile (b.cpu, N_STEPS, 0.5), vw_bench_percentile (b.cpu, N_STEPS, 0.95),
           vw_bench_percentile (lat_copy, N_STEPS, 0.5), vw_bench_percentile (lat_copy, N_STEPS, 0.95), fps,
           b.max_gap_ms, b.gaps_over_20, vw_bench_percentile (mc_copy, N_MC, 0.5), mc_copy[0]);

  gtk_window_destroy (GTK_WINDOW (b.window));
  return 0;
}
