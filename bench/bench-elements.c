/* bench-elements.c: the Value Elements page under load
 *   bench-elements [CASE.vwb [FRAMES]]
 * Under Xvfb (build-aux/dev bench runs it so), a 1280×800 window with the page bound to the
 * case, then for FRAMES frames each:
 *   - a drop on the bubble chart every frame (a "Rate" command: salience and differentiation
 *     of another element each time; the table's row, the chart and the summary follow);
 *   - typing a formula in Benefit on the fly, one key a frame (the value is computed as you
 *     type), the text typed and erased again.
 * For each: frames per second, the frame clock's gaps, the action itself and the main
 * thread's work from the action to the painted frame. Prints a table and a JSON line each.
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <string.h>

#include "vw-chart-view.h"
#include "vw-element-adder.h"
#include "vw-elements-page.h"
#include "vw-vwb.h"
#include "vw-bench-case.h"
#include "vw-bench-stats.h"

/* Typed a key at a time, then erased a key at a time. */
#define FORMULA "12 * 2 * 1500 + 0.5 * 340"

typedef enum
{
  PHASE_DRAG,
  PHASE_TYPE,
  N_PHASES
} Phase;

static const char * const phase_names[] = { "bubble-drag", "formula-typing" };
static const char * const phase_titles[] = {
  "drops on the bubble chart, one per frame",
  "typing a formula (Benefit on the fly)",
};

typedef struct
{
  GtkWidget  *chart;
  GtkWidget  *formula;
  GtkWidget  *add_button;
  guint       n_elements;
  Phase       phase;
  guint       frame;
  guint       n_frames;
  gint64      first_frame;
  gint64      last;
  gint64      acted;
  GArray     *gaps[N_PHASES];        /* ms between painted frames */
  GArray     *work[N_PHASES];        /* ms in the action itself */
  GArray     *frame_work[N_PHASES];  /* ms from the action to the painted frame */
  GMainLoop  *loop;
} Bench;

static void
append (GArray *a,
        double  ms)
{
  g_array_append_val (a, ms);
}

static void
on_after_paint (GdkFrameClock *clock,
                Bench         *b)
{
  gint64 now = g_get_monotonic_time ();

  if (b->first_frame == 0)
    b->first_frame = now;
  else if (b->frame > 1 && b->phase < N_PHASES)
    append (b->gaps[b->phase], (now - b->last) / 1000.0);
  b->last = now;
  if (b->acted != 0 && b->phase < N_PHASES)
    append (b->frame_work[b->phase], (now - b->acted) / 1000.0);
  b->acted = 0;
}

static void
type_key (Bench *b)
{
  guint len = strlen (FORMULA);
  guint step = b->frame % (2 * len);
  /* up to len keys typed, then len erased */
  guint shown = step < len ? step + 1 : 2 * len - step - 1;
  GtkEditable *editable = GTK_EDITABLE (b->formula);
  int end = (int) g_utf8_strlen (gtk_editable_get_text (editable), -1);

  if (step < len)
    {
      int pos = end;

      gtk_editable_insert_text (editable, FORMULA + shown - 1, 1, &pos);
    }
  else
    gtk_editable_delete_text (editable, end - 1, end);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Bench *b = user_data;
  gint64 t0;

  if (b->first_frame == 0)
    return G_SOURCE_CONTINUE;
  if (b->frame++ >= b->n_frames)
    {
      b->frame = 0;
      if (++b->phase == N_PHASES)
        {
          g_main_loop_quit (b->loop);
          return G_SOURCE_REMOVE;
        }
      /* The adder open, as in a meeting. */
      if (b->phase == PHASE_TYPE)
        gtk_menu_button_popup (GTK_MENU_BUTTON (b->add_button));
      return G_SOURCE_CONTINUE;
    }

  t0 = b->acted = g_get_monotonic_time ();
  if (b->phase == PHASE_DRAG)
    g_signal_emit_by_name (b->chart, "item-dragged", b->frame % b->n_elements,
                           (double) (1 + b->frame % 5), (double) (1 + (b->frame / 5) % 5));
  else
    type_key (b);
  append (b->work[b->phase], (g_get_monotonic_time () - t0) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_type (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The adder's second entry is the formula. */
static GtkWidget *
find_formula_entry (GtkWidget *root,
                    guint     *seen)
{
  if (GTK_IS_ENTRY (root) && ++*seen == 2)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_formula_entry (c, seen);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static double
fps (GArray *gaps)
{
  double sum = 0;

  for (guint i = 0; i < gaps->len; i++)
    sum += g_array_index (gaps, double, i);
  return sum > 0 ? 1000.0 * gaps->len / sum : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = NULL;
  GtkWidget *window, *page, *button, *adder;
  Bench b = { 0 };
  guint seen = 0;
  gint64 start;

  /* Without arguments, the largest template. */
  doc = vw_bench_open_case (argc, argv, "power-plant.vwb");
  if (doc == NULL)
    return 1;
  cm = vw_case_model_new (doc);
  b.n_frames = argc > 2 ? (guint) atoi (argv[2]) : 300;
  b.n_elements = g_list_model_get_n_items (vw_document_get_items (doc, VW_ITEM_ELEMENT));
  for (guint i = 0; i < N_PHASES; i++)
    {
      b.gaps[i] = g_array_new (FALSE, FALSE, sizeof (double));
      b.work[i] = g_array_new (FALSE, FALSE, sizeof (double));
      b.frame_work[i] = g_array_new (FALSE, FALSE, sizeof (double));
    }
  b.loop = g_main_loop_new (NULL, FALSE);

  start = g_get_monotonic_time ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  page = vw_elements_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), page);
  vw_page_set_case (VW_PAGE (page), doc, cm);
  b.chart = find_type (page, VW_TYPE_CHART_VIEW);
  button = find_type (page, GTK_TYPE_MENU_BUTTON);
  g_assert (b.chart != NULL && button != NULL);
  adder = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), &b);
  b.add_button = button;
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  b.formula = find_formula_entry (adder, &seen);
  g_assert (b.formula != NULL);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gtk_widget_add_tick_callback (window, tick_cb, &b, NULL);
  g_main_loop_run (b.loop);
  /* What the last frames showed, so a broken run shows: a value, and the drops undoable. */
  g_print ("%-44s %10s\n", "adder result after typing",
           vw_element_adder_get_result (VW_ELEMENT_ADDER (adder)));
  g_print ("%-44s %10s\n", "drops undoable", vw_document_can_undo (doc) ? "yes" : "no");

  g_print ("%-44s %10s\n", "measure", "result");
  g_print ("%-44s %10s\n", "popover shown while typing",
           gtk_widget_get_mapped (adder) ? "yes" : "no");
  g_print ("%-44s %8.1f ms\n", "present → first frame (page with the case)",
           (b.first_frame - start) / 1000.0);
  for (guint i = 0; i < N_PHASES; i++)
    {
      g_print ("%-44s %8.1f fps\n", phase_titles[i], fps (b.gaps[i]));
      g_print ("  %-42s %8.2f / %.2f / %.2f ms\n", "frame gap median / p95 / max",
               vw_bench_percentile_array (b.gaps[i], 0.5), vw_bench_percentile_array (b.gaps[i], 0.95),
               vw_bench_percentile_array (b.gaps[i], 1.0));
      g_print ("  %-42s %8.2f / %.2f ms\n", "the action itself median / max",
               vw_bench_percentile_array (b.work[i], 0.5), vw_bench_percentile_array (b.work[i], 1.0));
      g_print ("  %-42s %8.2f / %.2f ms\n", "action → painted p50 / p95",
               vw_bench_percentile_array (b.frame_work[i], 0.5), vw_bench_percentile_array (b.frame_work[i], 0.95));
    }
  for (guint i = 0; i < N_PHASES; i++)
    g_print ("{\"benchmark\": \"elements-%s\", \"elements\": %u, \"fps\": %.1f, "
             "\"gap_p95_ms\": %.2f, \"gap_max_ms\": %.2f, \"action_median_ms\": %.3f, "
             "\"frame_work_p50_ms\": %.2f, \"frame_work_p95_ms\": %.2f}\n",
             phase_names[i], b.n_elements, fps (b.gaps[i]), vw_bench_percentile_array (b.gaps[i], 0.95),
             vw_bench_percentile_array (b.gaps[i], 1.0), vw_bench_percentile_array (b.work[i], 0.5),
             vw_bench_percentile_array (b.frame_work[i], 0.5), vw_bench_percentile_array (b.frame_work[i], 0.95));
  return 0;
}
