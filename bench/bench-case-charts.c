/* bench-case-charts.c: each chart of a value case, built from the case and drawn at 1280x800
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For every chart kind: "build" is the case chart builder after one input of the case changed
 * (so it includes re-evaluating what depends on it, as a slider drag does), "draw" the
 * painter on a cairo image surface, as wall time and as the thread's CPU time (the goal is
 * judged on CPU time, which other work on a shared machine does not inflate). Goal (issue 6): each chart draws in under 2 ms. The
 * distribution charts are built from draws made once beforehand (the simulation runs on a
 * worker thread, not per frame). Prints a table, then JSON on the last line.
 *   bench-case-charts [--iterations N] [FILE]      (default: data/samples/example-case.vwb)
 */

#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "vw-case-charts.h"
#include "vw-chart-painter.h"
#include "vw-vwb.h"

#define WIDTH 1280
#define HEIGHT 800

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* CPU time of this thread in µs: on a machine shared with other work, wall time also counts
 * the time the scheduler gave to others. */
static gint64
thread_cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static double
median_of (double *times,
           int     n)
{
  qsort (times, n, sizeof (double), compare_doubles);
  return times[n / 2];
}

static VwChartData *
build (VwCaseModel              *cm,
       VwChartKind               kind,
       const VwMonteCarloResult *mc,
       const VwCaseChartOptions *opt)
{
  switch (kind)
    {
    case VW_CHART_VALUE_WATERFALL: return vw_case_chart_value_waterfall (cm, opt);
    case VW_CHART_EVC_WATERFALL:   return vw_case_chart_evc_waterfall (cm, opt);
    case VW_CHART_TCO:             return vw_case_chart_tco (cm, opt);
    case VW_CHART_CASH_FLOW:       return vw_case_chart_cash_flow (cm, opt);
    case VW_CHART_TORNADO:         return vw_case_chart_tornado (cm, opt, NULL);
    case VW_CHART_HISTOGRAM:
    case VW_CHART_S_CURVE:
      vw_case_model_evaluate (cm);
      return mc != NULL ? vw_case_chart_distribution (cm, kind, mc->sorted, mc->n_valid, opt)
                        : NULL;
    case VW_CHART_KPI_BULLET:      return vw_case_chart_kpi_bullets (cm, NULL, opt);
    case VW_CHART_STAKEHOLDER_MAP: return vw_case_chart_stakeholder_map (cm, opt);
    case VW_CHART_VALUE_BUBBLES:   return vw_case_chart_value_bubbles (cm, opt);
    case VW_CHART_VERIFICATION:    return vw_case_chart_verification (cm, NULL, opt);
    case VW_CHART_PRICE_CORRIDOR:  return vw_case_chart_price_corridor (cm, opt);
    case VW_CHART_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* The first input variable with a value of its own: what the benchmark's "slider" moves. */
static VwVariable *
find_slider (VwDocument *doc)
{
  GListModel *vars = vw_document_get_items (doc, VW_ITEM_VARIABLE);

  for (guint i = 0; i < g_list_model_get_n_items (vars); i++)
    {
      g_autoptr(VwVariable) var = g_list_model_get_item (vars, i);
      double x;

      if (!vw_variable_is_formula (var) && vw_variable_get_input (var, NULL, &x) && x != 0)
        return var;
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  int iterations = 200;
  GOptionEntry entries[] = {
    { "iterations", 'n', 0, G_OPTION_ARG_INT, &iterations, "Builds and draws per kind", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[FILE]");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = NULL;
  g_autoptr(VwMonteCarloResult) mc = NULL;
  g_autofree char *path = NULL;
  VwCaseChartOptions opt = { vw_number_locale_lookup ("en"), TRUE, TRUE };
  VwVariable *slider;
  cairo_surface_t *surface;
  guint over_goal = 0;
  double base;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  iterations = MAX (iterations, 5);
  path = argc > 1 ? g_strdup (argv[1])
                  : g_build_filename (g_getenv ("VW_SOURCE_ROOT") != NULL
                                        ? g_getenv ("VW_SOURCE_ROOT") : ".",
                                      "data", "samples", "example-case.vwb", NULL);
  file = g_file_new_for_commandline_arg (path);
  doc = vw_vwb_load_file (file, NULL, NULL, &error);
  if (doc == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 1;
    }
  cm = vw_case_model_new (doc);
  vw_case_model_evaluate (cm);
  slider = find_slider (doc);
  g_assert (slider != NULL);
  vw_variable_get_input (slider, NULL, &base);
  if (vw_case_chart_headline_variable (cm) >= 0 && vw_case_chart_offer_alternative (cm) >= 0)
    mc = vw_case_model_run_monte_carlo_samples (cm, vw_case_chart_headline_variable (cm),
                                                vw_case_chart_offer_alternative (cm), 10000, 1,
                                                NULL, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  g_print ("Case charts of %s at %dx%d, %d builds and draws each (cairo image surface);\n"
           "build = the builder after the input %s changed, draw = the painter\n\n",
           path, WIDTH, HEIGHT, iterations, vw_item_get_id (VW_ITEM (slider)));
  g_print ("%-18s %12s %12s %12s %12s  %s\n", "kind", "build ms", "draw ms", "draw CPU ms",
           "total ms", "draw < 2 ms (CPU)");
  g_string_append_printf (json, "{\"width\":%d,\"height\":%d,\"iterations\":%d,\"kinds\":[",
                          WIDTH, HEIGHT, iterations);

  for (guint k = 0; k < VW_CHART_N_KINDS; k++)
    {
      g_autofree double *build_ms = g_new (double, iterations);
      g_autofree double *draw_ms = g_new (double, iterations);
      g_autofree double *total_ms = g_new (double, iterations);
      g_autofree double *cpu_ms = g_new (double, iterations);
      char buf[4][G_ASCII_DTOSTR_BUF_SIZE];
      double b, d, t, c;
      gboolean built = TRUE;

      for (int i = -3; i < iterations && built; i++)
        {
          g_autoptr(VwChartData) data = NULL;
          cairo_t *cr;
          gint64 start, mid, end, cpu_start;

          /* A slider step: the next build re-evaluates what depends on it. */
          vw_document_set_input (doc, slider, NULL, base * (1.0 + 0.001 * (i % 7)));
          start = g_get_monotonic_time ();
          data = build (cm, k, mc, &opt);
          mid = g_get_monotonic_time ();
          if (data == NULL)
            {
              built = FALSE;
              break;
            }
          cr = cairo_create (surface);
          cpu_start = thread_cpu_time ();
          vw_chart_result_free (vw_chart_paint (cr, data, NULL, WIDTH, HEIGHT));
          cairo_surface_flush (surface);
          end = g_get_monotonic_time ();
          if (i >= 0)
            cpu_ms[i] = (thread_cpu_time () - cpu_start) / 1000.0;
          cairo_destroy (cr);
          /* The first rounds warm up fontconfig and the glyph caches. */
          if (i >= 0)
            {
              build_ms[i] = (mid - start) / 1000.0;
              draw_ms[i] = (end - mid) / 1000.0;
              total_ms[i] = (end - start) / 1000.0;
            }
        }
      if (!built)
        {
          g_print ("%-18s %12s\n", vw_chart_kind_to_string (k), "(no data)");
          continue;
        }
      b = median_of (build_ms, iterations);
      d = median_of (draw_ms, iterations);
      t = median_of (total_ms, iterations);
      c = median_of (cpu_ms, iterations);
      over_goal += c >= 2.0;
      g_print ("%-18s %12.3f %12.3f %12.3f %12.3f  %s\n", vw_chart_kind_to_string (k), b, d, c,
               t, c < 2.0 ? "yes" : "NO");
      g_string_append_printf (json, "%s{\"kind\":\"%s\",\"build_ms\":%s,\"draw_ms\":%s,"
                              "\"draw_cpu_ms\":%s,\"total_ms\":%s}", k > 0 ? "," : "",
                              vw_chart_kind_to_string (k),
                              g_ascii_formatd (buf[0], sizeof buf[0], "%.4f", b),
                              g_ascii_formatd (buf[1], sizeof buf[1], "%.4f", d),
                              g_ascii_formatd (buf[3], sizeof buf[3], "%.4f", c),
                              g_ascii_formatd (buf[2], sizeof buf[2], "%.4f", t));
    }

  g_string_append_printf (json, "],\"kinds_over_goal\":%u}", over_goal);
  g_print ("\n%s\n", json->str);
  cairo_surface_destroy (surface);
  return over_goal == 0 ? 0 : 1;
}
