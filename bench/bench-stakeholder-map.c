/* bench-stakeholder-map.c: the Stakeholders page under load
 *   bench-stakeholder-map CASE.vwb [FRAMES]
 * Under Xvfb (build-aux/dev bench runs it so): the time from presenting a 1280×800 window
 * with the page bound to the case to its first painted frame, then one drop on the map per
 * frame (the worst case of a drag: a Move command of another person each time, so the detail
 * pane changes person too; the map and the coverage refreshed) for FRAMES frames, with the
 * frame clock's gaps and the main thread's work from the drop to the painted frame. Prints a
 * table and a JSON line.
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "vw-chart-view.h"
#include "vw-stakeholders-page.h"
#include "vw-vwb.h"

typedef struct
{
  GtkWidget *map;
  guint      n_people;
  guint      frame;
  guint      n_frames;
  gint64     start;
  gint64     first_frame;
  gint64     last;
  GArray    *gaps;      /* ms between painted frames */
  GArray    *work;      /* ms spent in the drop (command + signals) */
  GArray    *frame_work; /* ms from the drop to the frame painted (refresh, layout, paint) */
  gint64     dropped;
  GMainLoop *loop;
} Bench;

static void
on_after_paint (GdkFrameClock *clock,
                Bench         *b)
{
  gint64 now = g_get_monotonic_time ();

  if (b->first_frame == 0)
    b->first_frame = now;
  else if (b->frame > 1)
    {
      double gap = (now - b->last) / 1000.0;
      g_array_append_val (b->gaps, gap);
    }
  b->last = now;
  if (b->dropped != 0)
    {
      double ms = (now - b->dropped) / 1000.0;

      g_array_append_val (b->frame_work, ms);
      b->dropped = 0;
    }
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Bench *b = user_data;
  gint64 t0;
  double ms;

  if (b->first_frame == 0)
    return G_SOURCE_CONTINUE;
  if (b->frame++ >= b->n_frames)
    {
      g_main_loop_quit (b->loop);
      return G_SOURCE_REMOVE;
    }

  t0 = b->dropped = g_get_monotonic_time ();
  g_signal_emit_by_name (b->map, "item-dragged", b->frame % b->n_people,
                         (double) ((int) (b->frame % 5) - 2), (double) (1 + b->frame % 5));
  ms = (g_get_monotonic_time () - t0) / 1000.0;
  g_array_append_val (b->work, ms);
  return G_SOURCE_CONTINUE;
}

/* The map is the page's only chart view. */
static GtkWidget *
find_chart_view (GtkWidget *root)
{
  if (VW_IS_CHART_VIEW (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_chart_view (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static int
cmp_double (gconstpointer a,
            gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *a,
            double  p)
{
  g_array_sort (a, cmp_double);
  return a->len == 0 ? 0 : g_array_index (a, double, (guint) (p * (a->len - 1)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = NULL;
  GtkWidget *window, *page;
  Bench b = { 0 };
  double sum = 0;

  if (argc < 2)
    {
      g_printerr ("usage: bench-stakeholder-map CASE.vwb [FRAMES]\n");
      return 2;
    }
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  file = g_file_new_for_commandline_arg (argv[1]);
  doc = vw_vwb_load_file (file, NULL, NULL, &error);
  if (doc == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  cm = vw_case_model_new (doc);
  b.n_frames = argc > 2 ? (guint) atoi (argv[2]) : 300;
  b.n_people = g_list_model_get_n_items (vw_document_get_items (doc, VW_ITEM_STAKEHOLDER));
  b.gaps = g_array_new (FALSE, FALSE, sizeof (double));
  b.work = g_array_new (FALSE, FALSE, sizeof (double));
  b.frame_work = g_array_new (FALSE, FALSE, sizeof (double));
  b.loop = g_main_loop_new (NULL, FALSE);

  b.start = g_get_monotonic_time ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  page = vw_stakeholders_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), page);
  vw_page_set_case (VW_PAGE (page), doc, cm);
  b.map = find_chart_view (page);
  g_assert (b.map != NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), &b);
  gtk_widget_add_tick_callback (window, tick_cb, &b, NULL);
  g_main_loop_run (b.loop);

  for (guint i = 0; i < b.gaps->len; i++)
    sum += g_array_index (b.gaps, double, i);
  g_print ("%-44s %10s\n", "measure", "result");
  g_print ("%-44s %8.1f ms\n", "present → first frame (page with the case)",
           (b.first_frame - b.start) / 1000.0);
  g_print ("%-44s %8.1f fps\n", "drops on the map, one per frame",
           b.gaps->len > 0 ? 1000.0 * b.gaps->len / sum : 0);
  g_print ("%-44s %8.2f / %.2f / %.2f ms\n", "frame gap median / p95 / max",
           percentile (b.gaps, 0.5), percentile (b.gaps, 0.95), percentile (b.gaps, 1.0));
  g_print ("%-44s %8.2f / %.2f ms\n", "drop (command + signals) median / max",
           percentile (b.work, 0.5), percentile (b.work, 1.0));
  g_print ("%-44s %8.2f / %.2f ms\n", "drop → painted (all main-thread work) p50 / p95",
           percentile (b.frame_work, 0.5), percentile (b.frame_work, 0.95));
  g_print ("{\"benchmark\": \"stakeholder-map\", \"people\": %u, \"first_frame_ms\": %.1f, "
           "\"fps\": %.1f, \"gap_p95_ms\": %.2f, \"gap_max_ms\": %.2f, \"drop_median_ms\": %.3f, "
           "\"frame_work_p50_ms\": %.2f, \"frame_work_p95_ms\": %.2f}\n",
           b.n_people, (b.first_frame - b.start) / 1000.0,
           b.gaps->len > 0 ? 1000.0 * b.gaps->len / sum : 0, percentile (b.gaps, 0.95),
           percentile (b.gaps, 1.0), percentile (b.work, 0.5), percentile (b.frame_work, 0.5),
           percentile (b.frame_work, 0.95));
  return 0;
}
