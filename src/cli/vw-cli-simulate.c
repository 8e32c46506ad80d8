/* vw-cli-simulate.c: value-workbench --simulate FILE [--json] [--scenario NAME] [--draws N]
 *                    [--seed S] [--set ID=VALUE]… [--set ID@ALT=VALUE]… [--audience customer]
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Evaluates a value case and prints every variable of every alternative, as a table or as
 * JSON (docs/cli.md), with Monte Carlo statistics when draws are asked for or the case sets
 * them. A seller's tool: everything is shown unless --audience customer, which leaves out
 * every variable vw_document_is_internal() names (and so whatever is computed from one).
 */

#define G_LOG_DOMAIN "vw-cli-simulate"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-case-model.h"
#include "vw-cli.h"
#include "vw-number.h"

typedef struct
{
  VwDocument       *doc;
  VwCaseModel      *cm;
  gboolean          customer;
  gboolean         *shown;     /* per variable */
  VwCaseMonteCarlo *mc;
} Simulation;

static void
simulation_clear (Simulation *sim)
{
  g_clear_pointer (&sim->mc, vw_case_monte_carlo_free);
  g_clear_pointer (&sim->shown, g_free);
  g_clear_object (&sim->cm);
  g_clear_object (&sim->doc);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Simulation, simulation_clear)

/* ---- JSON ---- */

void
vw_cli_json_string (GString    *out,
                    const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s != NULL ? s : ""; *p; p++)
    {
      switch (*p)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

void
vw_cli_json_number (GString *out,
                    double   v)
{
  char buf[VW_NUMBER_BUF_SIZE];

  /* The shortest text that reads back to the same double (the file format's writer). */
  vw_number_format_buf (v, buf, sizeof buf);
  g_string_append (out, buf);
}

static void
json_value (GString       *out,
            const VwValue *v)
{
  switch (v->kind)
    {
    case VW_VALUE_SCALAR:
      vw_cli_json_number (out, v->scalar);
      break;
    case VW_VALUE_SERIES:
      g_string_append_c (out, '[');
      for (guint i = 0; i < v->len; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          vw_cli_json_number (out, v->series[i]);
        }
      g_string_append_c (out, ']');
      break;
    case VW_VALUE_ERROR:
    default:
      {
        g_autofree char *text = vw_value_error_text (v);
        g_string_append (out, "{\"error\": ");
        vw_cli_json_string (out, text);
        g_string_append_c (out, '}');
      }
      break;
    }
}

static const char *
var_id (Simulation *sim,
        guint       i)
{
  return vw_item_get_id (VW_ITEM (vw_case_model_get_variable (sim->cm, i)));
}

static const char *
alt_id (Simulation *sim,
        guint       a)
{
  return vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (sim->cm, a)));
}

static char *
results_json (Simulation *sim)
{
  VwItem *meta = VW_ITEM (vw_document_get_meta (sim->doc));
  guint n_vars = vw_case_model_get_n_variables (sim->cm);
  guint n_alts = vw_case_model_get_n_alternatives (sim->cm);
  g_autoptr(GString) out = g_string_new ("{\"title\": ");
  gboolean first = TRUE;

  vw_cli_json_string (out, vw_item_get_string (meta, "title"));
  g_string_append (out, ", \"currency\": ");
  vw_cli_json_string (out, vw_item_get_string (meta, "currency"));
  g_string_append_printf (out, ", \"horizon\": %d", (int) vw_item_get_int (meta, "horizon"));

  g_string_append (out, ",\n \"alternatives\": [");
  for (guint a = 0; a < n_alts; a++)
    {
      VwItem *alt = VW_ITEM (vw_case_model_get_alternative (sim->cm, a));
      g_string_append (out, a > 0 ? ", {\"id\": " : "{\"id\": ");
      vw_cli_json_string (out, vw_item_get_id (alt));
      g_string_append (out, ", \"name\": ");
      vw_cli_json_string (out, vw_item_get_string (alt, "name"));
      g_string_append_c (out, '}');
    }

  g_string_append (out, "],\n \"results\": {");
  for (guint i = 0; i < n_vars; i++)
    {
      if (!sim->shown[i])
        continue;
      g_string_append (out, first ? "\n  " : ",\n  ");
      first = FALSE;
      vw_cli_json_string (out, var_id (sim, i));
      g_string_append (out, ": {");
      for (guint a = 0; a < n_alts; a++)
        {
          VwValue v;

          vw_case_model_get_value_at (sim->cm, i, a, &v);
          if (a > 0)
            g_string_append (out, ", ");
          vw_cli_json_string (out, alt_id (sim, a));
          g_string_append (out, ": ");
          json_value (out, &v);
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, "}");

  if (sim->mc != NULL)
    {
      int last_var = -1;

      g_string_append_printf (out, ",\n \"monte_carlo\": {\"draws\": %u, "
                              "\"seed\": %" G_GUINT64_FORMAT ", "
                              "\"convention\": \"non-exceedance\", \"outputs\": {",
                              sim->mc->n_draws, sim->mc->seed);
      for (guint o = 0; o < sim->mc->n_outputs; o++)
        {
          const VwCaseOutputStats *s = &sim->mc->outputs[o];

          if (!sim->shown[s->var] || s->n_valid == 0 || s->min == s->max)
            continue;
          if (s->var != last_var)
            {
              g_string_append (out, last_var >= 0 ? "},\n  " : "\n  ");
              vw_cli_json_string (out, var_id (sim, s->var));
              g_string_append (out, ": {");
              last_var = s->var;
            }
          else
            g_string_append (out, ", ");
          vw_cli_json_string (out, alt_id (sim, s->alt));
          g_string_append (out, ": {\"mean\": ");
          vw_cli_json_number (out, s->mean);
          g_string_append (out, ", \"p10\": ");
          vw_cli_json_number (out, s->p10);
          g_string_append (out, ", \"p50\": ");
          vw_cli_json_number (out, s->p50);
          g_string_append (out, ", \"p90\": ");
          vw_cli_json_number (out, s->p90);
          g_string_append_c (out, '}');
        }
      g_string_append (out, last_var >= 0 ? "}}}" : "}}");
    }
  g_string_append (out, "}\n");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The JSON of --simulate for any case model (--export-results); @shown may be NULL (all). */
char *
vw_cli_results_json (VwCaseModel      *cm,
                     VwCaseMonteCarlo *mc)
{
  guint n = vw_case_model_get_n_variables (cm);
  g_autofree gboolean *shown = g_new (gboolean, MAX (n, 1));
  Simulation view = { vw_case_model_get_document (cm), cm, FALSE, shown, mc };

  for (guint i = 0; i < n; i++)
    shown[i] = TRUE;
  return results_json (&view);
}

/* ---- The table ---- */

static char *
format_number (double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* Readable: whole numbers for money-sized values, six significant digits otherwise. */
  if (fabs (v) >= 1e4 && fabs (v) < 1e15)
    g_ascii_formatd (buf, sizeof buf, "%.0f", v);
  else
    g_ascii_formatd (buf, sizeof buf, "%.6g", v == 0.0 ? 0.0 : v);
  return g_strdup (buf);
}

static char *
format_cell (const VwValue *v)
{
  switch (v->kind)
    {
    case VW_VALUE_SCALAR:
      return format_number (v->scalar);
    case VW_VALUE_SERIES:
      {
        g_autofree char *first = v->len > 0 ? format_number (v->series[0]) : g_strdup ("");
        g_autofree char *second = v->len > 1 ? format_number (v->series[1]) : NULL;
        g_autofree char *last = v->len > 2 ? format_number (v->series[v->len - 1]) : NULL;

        /* Compact: t = 0, t = 1, …, the last period. */
        if (v->len <= 2)
          return second != NULL ? g_strdup_printf ("[%s, %s]", first, second)
                                : g_strdup_printf ("[%s]", first);
        if (v->len == 3)
          return g_strdup_printf ("[%s, %s, %s]", first, second, last);
        return g_strdup_printf ("[%s, %s, …, %s]", first, second, last);
      }
    case VW_VALUE_ERROR:
    default:
      return g_strdup (vw_error_kind_to_string (v->error));
    }
}

static void
append_padded (GString    *out,
               const char *text,
               guint       width,
               gboolean    right)
{
  glong len = g_utf8_strlen (text, -1);

  if (right)
    for (glong i = len; i < (glong) width; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, text);
  if (!right)
    for (glong i = len; i < (glong) width; i++)
      g_string_append_c (out, ' ');
}

/* Prints rows of cells with the first @n_left columns left-aligned, the rest right-aligned. */
static void
print_rows (GPtrArray *rows,
            guint      n_cols,
            guint      n_left)
{
  g_autofree guint *width = g_new0 (guint, n_cols);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < n_cols; c++)
        width[c] = MAX (width[c], (guint) g_utf8_strlen (row[c], -1));
    }
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < n_cols; c++)
        {
          if (c > 0)
            g_string_append (out, "  ");
          append_padded (out, row[c], c + 1 == n_cols && c < n_left ? 0 : width[c], c >= n_left);
        }
      g_string_append_c (out, '\n');
    }
  g_print ("%s", out->str);
}

static void
print_table (Simulation *sim)
{
  VwItem *meta = VW_ITEM (vw_document_get_meta (sim->doc));
  guint n_vars = vw_case_model_get_n_variables (sim->cm);
  guint n_alts = vw_case_model_get_n_alternatives (sim->cm);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GString) notes = g_string_new (NULL);
  const char *scenario = vw_case_model_get_scenario (sim->cm);
  char **row;

  g_print ("%s\n", vw_item_get_string (meta, "title"));
  /* TRANSLATORS: the heading of --simulate: currency, number of periods and their unit */
  g_print (_("Currency %s, horizon %d periods (%s)"), vw_item_get_string (meta, "currency"),
           (int) vw_item_get_int (meta, "horizon"), vw_item_get_string (meta, "period-unit"));
  if (scenario != NULL)
    g_print (_(", scenario “%s”"), scenario);
  g_print ("\n\n");

  row = g_new0 (char *, n_alts + 3);
  row[0] = g_strdup (_("Variable"));
  row[1] = g_strdup (_("Unit"));
  for (guint a = 0; a < n_alts; a++)
    row[a + 2] = g_strdup (vw_item_get_string (VW_ITEM (vw_case_model_get_alternative (sim->cm, a)),
                                               "name"));
  g_ptr_array_add (rows, row);

  for (guint i = 0; i < n_vars; i++)
    {
      VwItem *var = VW_ITEM (vw_case_model_get_variable (sim->cm, i));
      const char *unit = vw_item_get_string (var, "unit");

      if (!sim->shown[i])
        continue;
      row = g_new0 (char *, n_alts + 3);
      row[0] = g_strdup (vw_item_get_id (var));
      row[1] = g_strdup (unit != NULL ? unit : "");
      for (guint a = 0; a < n_alts; a++)
        {
          VwValue v;

          vw_case_model_get_value_at (sim->cm, i, a, &v);
          row[a + 2] = format_cell (&v);
          if (v.kind == VW_VALUE_ERROR)
            {
              g_autofree char *text = vw_value_error_text (&v);
              g_string_append_printf (notes, "%s@%s: %s\n", vw_item_get_id (var), alt_id (sim, a),
                                      text);
            }
        }
      g_ptr_array_add (rows, row);
    }
  print_rows (rows, n_alts + 2, 2);
  if (notes->len > 0)
    g_print ("\n%s", notes->str);

  if (sim->mc != NULL)
    {
      g_autofree char *seed = NULL;

      g_ptr_array_set_size (rows, 0);
      g_print ("\n");
      /* TRANSLATORS: heading of the Monte Carlo table; P10 is the value not exceeded with
       * a probability of 10 % */
      seed = g_strdup_printf ("%" G_GUINT64_FORMAT, sim->mc->seed);
      /* A G_GUINT64_FORMAT inside the message would cut it short for gettext. */
      g_print (_("Monte Carlo: %u draws, seed %s; non-exceedance: P(X ≤ P10) = 10 %%\n\n"),
               sim->mc->n_draws, seed);
      row = g_new0 (char *, 7);
      row[0] = g_strdup (_("Variable"));
      row[1] = g_strdup (_("Alternative"));
      row[2] = g_strdup (_("Mean"));
      row[3] = g_strdup ("P10");
      row[4] = g_strdup ("P50");
      row[5] = g_strdup ("P90");
      g_ptr_array_add (rows, row);
      for (guint o = 0; o < sim->mc->n_outputs; o++)
        {
          const VwCaseOutputStats *s = &sim->mc->outputs[o];

          if (!sim->shown[s->var] || s->n_valid == 0 || s->min == s->max)
            continue;
          row = g_new0 (char *, 7);
          row[0] = g_strdup (var_id (sim, s->var));
          row[1] = g_strdup (alt_id (sim, s->alt));
          row[2] = format_number (s->mean);
          row[3] = format_number (s->p10);
          row[4] = format_number (s->p50);
          row[5] = format_number (s->p90);
          g_ptr_array_add (rows, row);
        }
      print_rows (rows, 6, 2);
    }
}

/**
 * vw_cli_simulate:
 * @path: the value case
 * @options: the parsed command-line options
 *
 * Returns: the exit status
 */
int
vw_cli_simulate (const char   *path,
                 GVariantDict *options)
{
  g_auto(Simulation) sim = { 0 };
  g_auto(VwCliCaseOptions) opts = { 0 };
  g_autoptr(GError) error = NULL;
  GPtrArray *missing;
  gboolean json;
  guint n_draws;
  int status;

  g_return_val_if_fail (path != NULL, VW_EXIT_USAGE);

  json = g_variant_dict_contains (options, "json");
  status = vw_cli_case_options_parse (options, &opts);
  if (status != VW_EXIT_OK)
    return status;
  if (opts.stakeholder_id != NULL)
    {
      g_printerr (_("error: --audience must be “internal” or “customer”, found “%s”\n"),
                  opts.audience);
      return VW_EXIT_USAGE;
    }

  sim.doc = vw_cli_load_document (path);
  if (sim.doc == NULL)
    return VW_EXIT_BAD_INPUT;

  sim.cm = vw_case_model_new (sim.doc);
  sim.customer = !opts.internal;
  status = vw_cli_case_options_apply (&opts, sim.cm);
  if (status != VW_EXIT_OK)
    return status;

  vw_case_model_evaluate (sim.cm);
  sim.shown = g_new0 (gboolean, MAX (vw_case_model_get_n_variables (sim.cm), 1));
  for (guint i = 0; i < vw_case_model_get_n_variables (sim.cm); i++)
    sim.shown[i] = !sim.customer
                   || !vw_document_is_internal (sim.doc,
                                                VW_ITEM (vw_case_model_get_variable (sim.cm, i)),
                                                NULL);

  missing = vw_case_model_get_missing_inputs (sim.cm);
  for (guint i = 0; i < missing->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (missing, i), "@", 2);
      VwVariable *var = vw_document_find_variable (sim.doc, parts[0]);

      if (!sim.customer || !vw_document_is_internal (sim.doc, VW_ITEM (var), NULL))
        g_printerr (_("warning: “%s” has no value for “%s”; 0 is used\n"), parts[0], parts[1]);
    }

  /* --draws wins; else the case's own setting; --draws 0 turns Monte Carlo off. */
  n_draws = vw_cli_case_options_get_draws (&opts, sim.cm);
  if (n_draws > 0)
    {
      guint64 s = vw_cli_case_options_get_seed (&opts, sim.cm);

      sim.mc = vw_case_model_run_monte_carlo (sim.cm, n_draws, s, NULL, &error);
      if (sim.mc == NULL)
        {
          g_printerr ("error: %s\n", error->message);
          return VW_EXIT_BAD_INPUT;
        }
    }

  if (json)
    {
      g_autofree char *text = results_json (&sim);

      g_print ("%s", text);
    }
  else
    print_table (&sim);
  return VW_EXIT_OK;
}
