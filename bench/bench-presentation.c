/* bench-presentation.c: a slider step in the presenter window until both windows have painted
 * it (the presenter's and the customer's next frame), on every sample case; goal p95 < 8 ms
 *
 * "work" is what a step costs the main thread: the slider's commit (the input set in the case
 * and copied into the projection) plus each window's frame that shows it, from the frame
 * clock's before-paint to after-paint (the window's refresh in the update phase, layout and
 * paint). "latency" is from the commit to both frames painted; each step starts after the
 * windows have been idle for 20 ms, so it is not held back by the previous step's frame
 * (60 Hz pacing would otherwise add up to 16.7 ms). Animations are off, as in bench-simulation:
 * with them, a chart's 200 ms value animation repaints it in the frames that follow. "cpu" is the main thread's CPU time over
 * the same span, which other processes on a loaded machine do not inflate.
 *
 * Run under a display (tests/xvfb-wrapper.sh _build/bench/bench-presentation [FILE…]), on every
 * sample or on the cases given. Prints a table and JSON.
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <math.h>
#include <time.h>

#include "vw-case-figures.h"
#include "vw-presenter-window.h"
#include "vw-vwb.h"
#include "vw-bench-case.h"
#include "vw-bench-stats.h"

#define STEPS 200

typedef struct
{
  gint64 began;    /* before-paint of the frame in progress */
  gint64 painted;  /* after-paint of the last frame, 0 until the step's frame */
  gint64 busy;     /* µs spent in frames since the step began */
} Clock;

static void
on_before_paint_cb (GdkFrameClock *clock,
                    Clock         *c)
{
  c->began = g_get_monotonic_time ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Clock         *c)
{
  c->painted = g_get_monotonic_time ();
  if (c->began != 0)
    c->busy += c->painted - c->began;
  c->began = 0;
}

static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_GINT64_CONSTANT (1000000) + ts.tv_nsec / 1000;
}

/* The first input of the case whose slider moves a customer figure: one with a range. */
static VwVariable *
pick_input (VwCaseModel *cm,
            double      *value)
{
  for (guint v = 0; v < vw_case_model_get_n_variables (cm); v++)
    {
      VwVariable *var = vw_case_model_get_variable (cm, v);

      if (!vw_variable_is_formula (var)
          && vw_item_is_set (VW_ITEM (var), "tornado-low")
          && !vw_document_is_internal (vw_case_model_get_document (cm), VW_ITEM (var), NULL)
          && vw_case_figures_get (cm, vw_item_get_id (VW_ITEM (var)), NULL, value))
        return var;
    }
  return NULL;
}

static gboolean
bench_case (const char *path,
            GString    *json)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VwDocument) doc = vw_vwb_load_file (file, NULL, NULL, NULL);
  g_autoptr(VwCaseModel) cm = NULL;
  VwPresenterWindow *presenter;
  GtkWidget *windows[2];
  Clock clocks[2] = { { 0 } };
  double times[STEPS], work[STEPS], cpu[STEPS];
  VwVariable *var;
  double base;

  if (doc == NULL)
    return FALSE;
  cm = vw_case_model_new (doc);
  vw_case_model_evaluate (cm);
  var = pick_input (cm, &base);
  if (var == NULL)
    return FALSE;

  presenter = vw_presenter_window_start (NULL, doc, cm);
  windows[0] = GTK_WIDGET (presenter);
  windows[1] = GTK_WIDGET (vw_presenter_window_get_customer_window (presenter));
  for (int i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (300000);
  for (int i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  for (int w = 0; w < 2; w++)
    {
      GdkFrameClock *clock = gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (windows[w])));

      g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), &clocks[w]);
      g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &clocks[w]);
    }

  for (int s = 0; s < STEPS; s++)
    {
      gint64 start, committed, cpu_start;

      /* Idle first, so the step's frames may start at once: twice, as a window's frame
       * clock may still paint one more (empty) frame the first time. */
      for (int k = 0; k < 2; k++)
        {
          while (g_main_context_iteration (NULL, FALSE))
            ;
          g_usleep (20000);
        }
      while (g_main_context_iteration (NULL, FALSE))
        ;
      for (int w = 0; w < 2; w++)
        clocks[w].painted = clocks[w].busy = 0;
      cpu_start = thread_cpu_us ();
      start = g_get_monotonic_time ();
      vw_presenter_window_set_input (presenter, vw_item_get_id (VW_ITEM (var)),
                                     base * (1.0 + 0.001 * (s % 50 + 1)));
      committed = g_get_monotonic_time ();
      while (clocks[0].painted == 0 || clocks[1].painted == 0)
        g_main_context_iteration (NULL, TRUE);
      times[s] = (MAX (clocks[0].painted, clocks[1].painted) - start) / 1000.0;
      work[s] = (committed - start + clocks[0].busy + clocks[1].busy) / 1000.0;
      cpu[s] = (thread_cpu_us () - cpu_start) / 1000.0;
    }

  {
    g_autofree char *name = g_path_get_basename (path);

    double figures[] = {
      vw_bench_percentile (work, STEPS, 0.5), vw_bench_percentile (work, STEPS, 0.95),
      vw_bench_percentile (cpu, STEPS, 0.5), vw_bench_percentile (cpu, STEPS, 0.95),
      vw_bench_percentile (times, STEPS, 0.5), vw_bench_percentile (times, STEPS, 0.95),
      vw_bench_percentile (times, STEPS, 1.0),
    };

    g_print ("%-28s %-22s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f\n", name,
             vw_item_get_id (VW_ITEM (var)), figures[0], figures[1], figures[2], figures[3],
             figures[4], figures[5], figures[6]);
    g_string_append_printf (json, "%s{\"case\":\"%s\",\"input\":\"%s\",\"work_p50_ms\":%.3f,"
                            "\"work_p95_ms\":%.3f,\"cpu_p50_ms\":%.3f,\"cpu_p95_ms\":%.3f,\"p50_ms\":%.3f,\"p95_ms\":%.3f,\"max_ms\":%.3f}",
                            json->len > 1 ? "," : "", name, vw_item_get_id (VW_ITEM (var)),
                            figures[0], figures[1], figures[2], figures[3], figures[4],
                            figures[5], figures[6]);
  }
  gtk_window_destroy (GTK_WINDOW (presenter));
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GString) json = g_string_new ("[");
  const char *name;

  vw_bench_init ();
  dir = g_dir_open (VW_SAMPLES_DIR, 0, NULL);
  g_print ("%d slider steps per case, each until both windows painted it (ms; load average %s)\n",
           STEPS, vw_bench_load_average ());
  g_print ("%-28s %-22s %8s %8s %8s %8s %8s %8s %8s\n", "case", "input", "work p50", "work p95",
           "cpu p50", "cpu p95", "lat p50", "lat p95", "lat max");
  /* FILE…: those cases only; else every sample. */
  for (int i = 1; i < argc; i++)
    bench_case (argv[i], json);
  while (argc == 1 && dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".vwb"))
      {
        g_autofree char *path = g_build_filename (VW_SAMPLES_DIR, name, NULL);

        bench_case (path, json);
      }
  g_string_append (json, "]");
  g_print ("%s\n", json->str);
  return 0;
}
