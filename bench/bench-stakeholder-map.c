/* bench-stakeholder-map.c: the Stakeholders page under load
 *   bench-stakeholder-map [CASE.vwb [FRAMES]]
 * Under Xvfb (build-aux/dev bench runs it so): the time from presenting a 1280×800 window
 * with the page bound to the case to its first painted frame, then one drop on the map per
 * frame (the worst case of a drag: a Move command of another person each time, so the detail
 * pane changes person too; the map and the coverage refreshed) for FRAMES frames, with the
 * frame clock's gaps and the main thread's work from the drop to the painted frame. Prints a
 * table and a JSON line. Then, the detail pane open, typing a person's personal goals, one
 * key a frame (a document command each, merged into one undo step; the map's hover text and
 * the table follow), typed and erased again, for FRAMES frames.
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <string.h>

#include "vw-chart-view.h"
#include "vw-stakeholders-page.h"
#include "vw-vwb.h"
#include "vw-bench-case.h"
#include "vw-bench-stats.h"

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
  gboolean   typing;    /* the second phase */
  GtkWidget *page;
  GtkWidget *goals;
  GArray    *type_gaps;
  GArray    *type_work;
  GArray    *type_frame_work;
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
      g_array_append_val (b->typing ? b->type_gaps : b->gaps, gap);
    }
  b->last = now;
  if (b->dropped != 0)
    {
      double ms = (now - b->dropped) / 1000.0;

      g_array_append_val (b->typing ? b->type_frame_work : b->frame_work, ms);
      b->dropped = 0;
    }
}

#define GOALS " and fewer night call-outs"

static GListModel *
people (Bench *b)
{
  return vw_document_get_items (vw_page_get_document (VW_PAGE (b->page)), VW_ITEM_STAKEHOLDER);
}

/* Up to the whole text typed a key at a time, then erased a key at a time. */
static void
type_key (Bench *b)
{
  guint len = strlen (GOALS);
  guint step = (b->frame - 1) % (2 * len);
  GtkEditable *editable = GTK_EDITABLE (b->goals);
  int end = (int) g_utf8_strlen (gtk_editable_get_text (editable), -1);

  if (step < len)
    {
      int pos = end;

      gtk_editable_insert_text (editable, GOALS + step, 1, &pos);
    }
  else
    gtk_editable_delete_text (editable, end - 1, end);
}

static gboolean
is_goals_row (GtkWidget *w)
{
  return ADW_IS_ENTRY_ROW (w)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), "Personal goals") == 0;
}

static GtkWidget *
find_goals_row (GtkWidget *root)
{
  if (is_goals_row (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_goals_row (c);

      if (found != NULL)
        return found;
    }
  return NULL;
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
      if (b->typing)
        {
          g_main_loop_quit (b->loop);
          return G_SOURCE_REMOVE;
        }
      g_autoptr(VwItem) first = g_list_model_get_item (people (b), 0);

      /* Open the first person and type into their goals. */
      b->typing = TRUE;
      b->frame = 0;
      vw_stakeholders_page_select (VW_STAKEHOLDERS_PAGE (b->page), first, TRUE);
      return G_SOURCE_CONTINUE;
    }

  t0 = b->dropped = g_get_monotonic_time ();
  if (b->typing)
    type_key (b);
  else
    g_signal_emit_by_name (b->map, "item-dragged", b->frame % b->n_people,
                           (double) ((int) (b->frame % 5) - 2), (double) (1 + b->frame % 5));
  ms = (g_get_monotonic_time () - t0) / 1000.0;
  g_array_append_val (b->typing ? b->type_work : b->work, ms);
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = NULL;
  GtkWidget *window, *page;
  Bench b = { 0 };
  double sum = 0;

  /* Without arguments, the largest template. */
  doc = vw_bench_open_case (argc, argv, "power-plant.vwb");
  if (doc == NULL)
    return 1;
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
  b.page = page;
  b.goals = find_goals_row (page);
  g_assert (b.goals != NULL);
  b.type_gaps = g_array_new (FALSE, FALSE, sizeof (double));
  b.type_work = g_array_new (FALSE, FALSE, sizeof (double));
  b.type_frame_work = g_array_new (FALSE, FALSE, sizeof (double));
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
           vw_bench_percentile_array (b.gaps, 0.5), vw_bench_percentile_array (b.gaps, 0.95), vw_bench_percentile_array (b.gaps, 1.0));
  g_print ("%-44s %8.2f / %.2f ms\n", "drop (command + signals) median / max",
           vw_bench_percentile_array (b.work, 0.5), vw_bench_percentile_array (b.work, 1.0));
  g_print ("%-44s %8.2f / %.2f ms\n", "drop → painted (all main-thread work) p50 / p95",
           vw_bench_percentile_array (b.frame_work, 0.5), vw_bench_percentile_array (b.frame_work, 0.95));
  {
    double type_sum = 0;

    for (guint i = 0; i < b.type_gaps->len; i++)
      type_sum += g_array_index (b.type_gaps, double, i);
    g_print ("%-44s %8.1f fps\n", "typing personal goals, one key per frame",
             b.type_gaps->len > 0 ? 1000.0 * b.type_gaps->len / type_sum : 0);
    g_print ("%-44s %8.2f / %.2f / %.2f ms\n", "frame gap median / p95 / max",
             vw_bench_percentile_array (b.type_gaps, 0.5), vw_bench_percentile_array (b.type_gaps, 0.95),
             vw_bench_percentile_array (b.type_gaps, 1.0));
    g_print ("%-44s %8.2f / %.2f ms\n", "key (command + signals) median / max",
             vw_bench_percentile_array (b.type_work, 0.5), vw_bench_percentile_array (b.type_work, 1.0));
    g_print ("%-44s %8.2f / %.2f ms\n", "key → painted p50 / p95",
             vw_bench_percentile_array (b.type_frame_work, 0.5), vw_bench_percentile_array (b.type_frame_work, 0.95));
    g_print ("%-44s %s\n", "goals after typing (no undo step per key)",
             vw_document_get_undo_label (vw_page_get_document (VW_PAGE (page))));
    g_print ("{\"benchmark\": \"stakeholder-goals-typing\", \"fps\": %.1f, \"gap_p95_ms\": %.2f, "
             "\"gap_max_ms\": %.2f, \"key_median_ms\": %.3f, \"frame_work_p50_ms\": %.2f, "
             "\"frame_work_p95_ms\": %.2f}\n",
             b.type_gaps->len > 0 ? 1000.0 * b.type_gaps->len / type_sum : 0,
             vw_bench_percentile_array (b.type_gaps, 0.95), vw_bench_percentile_array (b.type_gaps, 1.0),
             vw_bench_percentile_array (b.type_work, 0.5), vw_bench_percentile_array (b.type_frame_work, 0.5),
             vw_bench_percentile_array (b.type_frame_work, 0.95));
  }
  g_print ("{\"benchmark\": \"stakeholder-map\", \"people\": %u, \"first_frame_ms\": %.1f, "
           "\"fps\": %.1f, \"gap_p95_ms\": %.2f, \"gap_max_ms\": %.2f, \"drop_median_ms\": %.3f, "
           "\"frame_work_p50_ms\": %.2f, \"frame_work_p95_ms\": %.2f}\n",
           b.n_people, (b.first_frame - b.start) / 1000.0,
           b.gaps->len > 0 ? 1000.0 * b.gaps->len / sum : 0, vw_bench_percentile_array (b.gaps, 0.95),
           vw_bench_percentile_array (b.gaps, 1.0), vw_bench_percentile_array (b.work, 0.5), vw_bench_percentile_array (b.frame_work, 0.5),
           vw_bench_percentile_array (b.frame_work, 0.95));
  return 0;
}
