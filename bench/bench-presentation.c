/* bench-presentation.c: a slider step in the presenter window until both windows have painted
 * it (the presenter's and the customer's next frame), on every sample case; goal p95 < 8 ms
 *
 * Run under a display (tests/xvfb-wrapper.sh _build/bench/bench-presentation). Prints a table
 * and JSON.
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <math.h>

#include "vw-case-figures.h"
#include "vw-presenter-window.h"
#include "vw-vwb.h"

#define STEPS 200

typedef struct
{
  gint64 painted[2];
} Paints;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gint64        *when)
{
  *when = g_get_monotonic_time ();
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
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
  gint64 painted[2] = { 0, 0 };
  double times[STEPS];
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
    g_signal_connect (gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (windows[w]))),
                      "after-paint", G_CALLBACK (on_after_paint_cb), &painted[w]);

  for (int s = 0; s < STEPS; s++)
    {
      gint64 start = g_get_monotonic_time ();

      painted[0] = painted[1] = 0;
      vw_presenter_window_set_input (presenter, vw_item_get_id (VW_ITEM (var)),
                                     base * (1.0 + 0.001 * (s % 50 + 1)));
      while (painted[0] == 0 || painted[1] == 0)
        g_main_context_iteration (NULL, TRUE);
      times[s] = (MAX (painted[0], painted[1]) - start) / 1000.0;
    }

  qsort (times, STEPS, sizeof (double), compare_doubles);
  {
    g_autofree char *name = g_path_get_basename (path);

    g_print ("%-28s %-22s %8.2f %8.2f %8.2f\n", name, vw_item_get_id (VW_ITEM (var)),
             times[STEPS / 2], times[(int) (STEPS * 0.95)], times[STEPS - 1]);
    g_string_append_printf (json, "%s{\"case\":\"%s\",\"input\":\"%s\",\"p50_ms\":%.3f,"
                            "\"p95_ms\":%.3f,\"max_ms\":%.3f}",
                            json->len > 1 ? "," : "", name, vw_item_get_id (VW_ITEM (var)),
                            times[STEPS / 2], times[(int) (STEPS * 0.95)], times[STEPS - 1]);
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

  gtk_init ();
  adw_init ();
  dir = g_dir_open (VW_SAMPLES_DIR, 0, NULL);
  g_print ("%d slider steps per case, each until both windows painted it (ms)\n", STEPS);
  g_print ("%-28s %-22s %8s %8s %8s\n", "case", "input", "p50", "p95", "max");
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".vwb"))
      {
        g_autofree char *path = g_build_filename (VW_SAMPLES_DIR, name, NULL);

        bench_case (path, json);
      }
  g_string_append (json, "]");
  g_print ("%s\n", json->str);
  return 0;
}
