/* bench-case.c: how fast a value case loads, compiles, evaluates and follows a slider
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the largest sample: load (bytes -> document), compile + evaluate (VwCaseModel), the two
 * together (goal, issue 5: under 20 ms), one input changed through vw_document_set_input()
 * and re-evaluated (what the live simulation does on every slider move), a scenario switch,
 * and a Monte Carlo of every output. Medians; prints a table and one JSON line.
 * Usage: bench-case [SAMPLES_DIR]
 */

#include <string.h>

#include "vw-case-model.h"
#include "vw-vwb.h"

#define ROUNDS 200

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* The first input that a formula uses, so a change has a cone to recompute. */
static VwVariable *
first_input (VwDocument *doc)
{
  GListModel *vars = vw_document_get_items (doc, VW_ITEM_VARIABLE);

  for (guint i = 0; i < g_list_model_get_n_items (vars); i++)
    {
      g_autoptr(VwVariable) v = g_list_model_get_item (vars, i);
      if (!vw_variable_is_formula (v))
        return v;
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = argc > 1 ? argv[1] : "data/samples";
  g_autoptr(GDir) d = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *largest = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GArray) t_load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_compile = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_change = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_scenario = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = NULL;
  g_autoptr(VwCaseMonteCarlo) mc = NULL;
  const char *name;
  gsize size = 0, len = 0;
  guint n_nodes = 0, n_changed = 0, mc_draws = 1000;
  VwVariable *input;
  const char *input_alt;
  double base, t0, t_mc;

  d = g_dir_open (dir, 0, &error);
  if (d == NULL)
    g_error ("%s", error->message);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize n;

      if (g_str_has_suffix (name, ".vwb") && g_file_get_contents (path, &contents, &n, NULL)
          && n > size)
        {
          size = n;
          g_free (largest);
          largest = g_steal_pointer (&path);
        }
    }
  if (largest == NULL || !g_file_get_contents (largest, &data, &len, &error))
    g_error ("no sample in %s", dir);

  for (guint r = 0; r < ROUNDS; r++)
    {
      g_autoptr(VwDocument) doc_r = NULL;
      g_autoptr(VwCaseModel) cm_r = NULL;
      double a, b, c;

      a = now_ms ();
      doc_r = vw_vwb_load_bytes (data, len, NULL, &error);
      g_assert_no_error (error);
      b = now_ms ();
      cm_r = vw_case_model_new (doc_r);
      n_nodes = vw_case_model_evaluate (cm_r);
      c = now_ms ();
      g_array_append_val (t_load, (double) { b - a });
      g_array_append_val (t_compile, (double) { c - b });
      g_array_append_val (t_total, (double) { c - a });
    }

  /* The live simulation: one input moves, the engine recomputes its cone. */
  doc = vw_vwb_load_bytes (data, len, NULL, &error);
  g_assert_no_error (error);
  cm = vw_case_model_new (doc);
  vw_case_model_evaluate (cm);
  input = first_input (doc);
  input_alt = vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (cm, 1)));
  vw_variable_get_input (input, input_alt, &base);
  vw_document_set_merge_window (doc, G_MAXINT64);  /* one undo step, like a slider drag */
  for (guint r = 0; r < ROUNDS; r++)
    {
      double a = now_ms ();

      vw_document_set_input (doc, input, input_alt, base * (1.0 + 0.001 * (r + 1)));
      n_changed = vw_case_model_evaluate (cm);
      g_array_append_val (t_change, (double) { now_ms () - a });
    }
  for (guint r = 0; r < ROUNDS; r++)
    {
      GListModel *scenarios = vw_document_get_items (doc, VW_ITEM_SCENARIO);
      guint n = g_list_model_get_n_items (scenarios);
      g_autoptr(VwItem) s = g_list_model_get_item (scenarios, r % n);
      double a = now_ms ();

      vw_case_model_set_scenario (cm, vw_item_get_id (s), NULL);
      vw_case_model_evaluate (cm);
      g_array_append_val (t_scenario, (double) { now_ms () - a });
    }

  t0 = now_ms ();
  mc = vw_case_model_run_monte_carlo (cm, mc_draws, 1, NULL, &error);
  g_assert_no_error (error);
  t_mc = now_ms () - t0;

  g_print ("sample: %s (%.1f KB, %u variable x alternative values, %u processors)\n\n",
           largest, len / 1024.0, n_nodes, g_get_num_processors ());
  g_print ("%-52s %12s\n", "benchmark (median of 200)", "time");
  g_print ("%-52s %9.3f ms\n", "load (bytes -> document)", median (t_load));
  g_print ("%-52s %9.3f ms\n", "compile + evaluate everything", median (t_compile));
  g_print ("%-52s %9.3f ms   (goal < 20 ms)\n", "load + compile + evaluate", median (t_total));
  g_print ("%-52s %9.1f us   (%u values recomputed)\n", "one input changed + re-evaluate",
           median (t_change) * 1000, n_changed);
  g_print ("%-52s %9.1f us\n", "switch scenario + re-evaluate", median (t_scenario) * 1000);
  g_print ("%-52s %9.1f ms   (%u outputs, %u uncertain inputs)\n",
           "Monte Carlo, 1000 draws, every output", t_mc, mc->n_outputs, mc->n_dists);
  g_print ("{\"bench\": \"case\", \"sample\": \"%s\", \"bytes\": %" G_GSIZE_FORMAT ", "
           "\"values\": %u, \"load_ms\": %.4f, \"compile_evaluate_ms\": %.4f, "
           "\"total_ms\": %.4f, \"input_change_ms\": %.4f, \"input_change_values\": %u, "
           "\"scenario_ms\": %.4f, \"mc_draws\": %u, \"mc_ms\": %.1f, \"mc_outputs\": %u}\n",
           largest, len, n_nodes, median (t_load), median (t_compile), median (t_total),
           median (t_change), n_changed, median (t_scenario), mc_draws, t_mc, mc->n_outputs);
  return 0;
}
