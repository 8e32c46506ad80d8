/* vw-cli-export.c: the exports of a case, with no display
 *
 *   value-workbench --export-pdf OUT FILE [--audience internal|customer|stakeholder:ID]
 *                   [--stakeholder ID] [--paper a4|letter] [--language en|fi|de]
 *                   [--scenario NAME] [--set ID[@ALT]=VALUE]…
 *   value-workbench --export-results OUT.csv|OUT.json FILE [--audience …] [--stakeholder ID]
 *                   [--scenario NAME] [--set …]
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The edition's case model comes from vw_report_new_case_model(), so a customer or
 * stakeholder edition is built from the customer projection and --set can only reach what
 * that edition may see.
 */

#define G_LOG_DOMAIN "vw-cli-export"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-cli.h"
#include "vw-csv.h"
#include "vw-number.h"
#include "vw-report.h"

/* --stakeholder ID is short for --audience stakeholder:ID. */
static char *
audience_from_options (GVariantDict *options,
                       int          *status)
{
  const char *audience = NULL;
  const char *stakeholder = NULL;

  g_variant_dict_lookup (options, "audience", "&s", &audience);
  g_variant_dict_lookup (options, "stakeholder", "&s", &stakeholder);
  if (stakeholder != NULL)
    {
      if (audience != NULL && !g_str_equal (audience, "customer") &&
          !g_str_has_prefix (audience, "stakeholder:"))
        {
          g_printerr (_("--stakeholder cannot be combined with --audience internal\n"));
          *status = VW_EXIT_USAGE;
          return NULL;
        }
      return g_strconcat ("stakeholder:", stakeholder, NULL);
    }
  return g_strdup (audience != NULL ? audience : "internal");
}

/* The case model of the edition, with --scenario and --set applied; NULL after a message. */
static VwCaseModel *
prepare_case_model (const char   *path,
                    const char   *audience,
                    GVariantDict *options,
                    int          *status)
{
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree const char **sets = NULL;
  const char *scenario = NULL;

  *status = VW_EXIT_BAD_INPUT;
  doc = vw_cli_load_document (path);
  if (doc == NULL)
    return NULL;
  cm = vw_report_new_case_model (doc, audience, &error);
  if (cm == NULL)
    {
      g_printerr ("error: %s\n", error->message);
      return NULL;
    }
  if (g_variant_dict_lookup (options, "scenario", "&s", &scenario) &&
      !vw_case_model_set_scenario (cm, scenario, &error))
    {
      g_printerr ("error: --scenario %s: %s\n", scenario, error->message);
      return NULL;
    }
  g_variant_dict_lookup (options, "set", "^a&s", &sets);
  for (guint i = 0; sets != NULL && sets[i] != NULL; i++)
    {
      *status = vw_cli_apply_set (cm, sets[i]);
      if (*status != VW_EXIT_OK)
        return NULL;
    }
  *status = VW_EXIT_OK;
  return g_steal_pointer (&cm);
}

/**
 * vw_cli_export_pdf:
 * @out: the PDF to write
 * @options: the parsed options; the case is the one remaining argument
 *
 * Returns: the exit status
 */
int
vw_cli_export_pdf (const char   *out,
                   GVariantDict *options)
{
  g_autofree const char **rest = NULL;
  g_autofree const char **sets = NULL;
  g_autofree char *audience = NULL;
  g_autofree char *changes = NULL;
  g_autoptr(VwCaseModel) cm = NULL;
  g_autoptr(VwReportLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  VwReportOptions report = { 0 };
  const char *paper = "a4";
  const char *language = "en";
  int status;

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest) ||
      rest[0] == NULL || rest[1] != NULL)
    {
      g_printerr (_("--export-pdf OUT takes exactly one case: --export-pdf OUT FILE\n"));
      return VW_EXIT_USAGE;
    }
  audience = audience_from_options (options, &status);
  if (audience == NULL)
    return status;
  g_variant_dict_lookup (options, "paper", "&s", &paper);
  if (!vw_report_paper_parse (paper, &report.paper))
    {
      g_printerr (_("--paper is “a4” or “letter”, not “%s”\n"), paper);
      return VW_EXIT_USAGE;
    }
  g_variant_dict_lookup (options, "language", "&s", &language);
  if (!vw_report_language_is_supported (language))
    {
      g_printerr (_("--language is “en”, “fi” or “de”, not “%s”\n"), language);
      return VW_EXIT_USAGE;
    }

  cm = prepare_case_model (rest[0], audience, options, &status);
  if (cm == NULL)
    return status;

  if (g_variant_dict_lookup (options, "set", "^a&s", &sets))
    changes = g_strjoinv (", ", (char **) sets);
  report.audience = audience;
  report.language = language;
  g_variant_dict_lookup (options, "logo", "^&ay", &report.logo);
  report.changes = changes;
  layout = vw_report_build (cm, &report, &error);
  if (layout == NULL || !vw_report_write_pdf (layout, cm, &report, out, &error))
    {
      g_printerr ("error: %s\n", error->message);
      return VW_EXIT_BAD_INPUT;
    }
  return VW_EXIT_OK;
}

/* One row per variable, alternative and period; the Monte Carlo statistics beside the
 * scalars. Machine-readable: numbers written to read back exactly, comma-separated. */
static char *
results_csv (VwCaseModel      *cm,
             VwCaseMonteCarlo *mc)
{
  guint n_vars = vw_case_model_get_n_variables (cm);
  guint n_alts = vw_case_model_get_n_alternatives (cm);
  GString *out = g_string_new ("id,label,unit,alternative,period,value,p10,p50,p90,error\r\n");

  for (guint i = 0; i < n_vars; i++)
    {
      VwItem *var = VW_ITEM (vw_case_model_get_variable (cm, i));
      const char *unit = vw_item_get_string (var, "unit");

      for (guint a = 0; a < n_alts; a++)
        {
          VwItem *alt = VW_ITEM (vw_case_model_get_alternative (cm, a));
          const VwCaseOutputStats *stats = NULL;
          VwValue v;
          guint n;

          vw_case_model_get_value_at (cm, i, a, &v);
          for (guint o = 0; mc != NULL && o < mc->n_outputs; o++)
            if (mc->outputs[o].var == (int) i && mc->outputs[o].alt == (int) a &&
                mc->outputs[o].n_valid > 0)
              stats = &mc->outputs[o];

          n = v.kind == VW_VALUE_SERIES ? v.len : 1;
          for (guint t = 0; t < n; t++)
            {
              char buf[VW_NUMBER_BUF_SIZE];
              const double stat[3] = { stats ? stats->p10 : NAN, stats ? stats->p50 : NAN,
                                       stats ? stats->p90 : NAN };

              vw_csv_append_cell (out, vw_item_get_id (var), ',');
              g_string_append_c (out, ',');
              vw_csv_append_cell (out, vw_item_get_string (var, "label"), ',');
              g_string_append_c (out, ',');
              vw_csv_append_cell (out, unit != NULL ? unit : "", ',');
              g_string_append_c (out, ',');
              vw_csv_append_cell (out, vw_item_get_id (alt), ',');
              g_string_append_c (out, ',');
              if (v.kind == VW_VALUE_SERIES)
                g_string_append_printf (out, "%u", t);
              g_string_append_c (out, ',');
              if (v.kind != VW_VALUE_ERROR)
                {
                  vw_number_format_buf (v.kind == VW_VALUE_SERIES ? v.series[t] : v.scalar,
                                        buf, sizeof buf);
                  g_string_append (out, buf);
                }
              for (guint k = 0; k < 3; k++)
                {
                  g_string_append_c (out, ',');
                  if (v.kind == VW_VALUE_SCALAR && stats != NULL && stats->min != stats->max)
                    {
                      vw_number_format_buf (stat[k], buf, sizeof buf);
                      g_string_append (out, buf);
                    }
                }
              g_string_append_c (out, ',');
              if (v.kind == VW_VALUE_ERROR)
                {
                  g_autofree char *text = vw_value_error_text (&v);

                  vw_csv_append_cell (out, text, ',');
                }
              g_string_append (out, "\r\n");
            }
        }
    }
  return g_string_free (out, FALSE);
}

/**
 * vw_cli_export_results:
 * @out: a .csv or .json file to write
 * @options: the parsed options; the case is the one remaining argument
 *
 * Returns: the exit status
 */
int
vw_cli_export_results (const char   *out,
                       GVariantDict *options)
{
  g_autofree const char **rest = NULL;
  g_autofree char *audience = NULL;
  g_autofree char *text = NULL;
  g_autoptr(VwCaseModel) cm = NULL;
  g_autoptr(VwCaseMonteCarlo) mc = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json;
  int status;

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest) ||
      rest[0] == NULL || rest[1] != NULL)
    {
      g_printerr (_("--export-results OUT takes exactly one case: --export-results OUT FILE\n"));
      return VW_EXIT_USAGE;
    }
  json = g_str_has_suffix (out, ".json");
  if (!json && !g_str_has_suffix (out, ".csv"))
    {
      g_printerr (_("--export-results writes a .csv or a .json file, not “%s”\n"), out);
      return VW_EXIT_USAGE;
    }
  audience = audience_from_options (options, &status);
  if (audience == NULL)
    return status;
  cm = prepare_case_model (rest[0], audience, options, &status);
  if (cm == NULL)
    return status;

  vw_case_model_evaluate (cm);
  mc = vw_case_model_run_monte_carlo (cm, vw_case_model_get_mc_draws (cm),
                                      vw_case_model_get_mc_seed (cm), NULL, &error);
  if (mc == NULL)
    g_clear_error (&error);   /* a case without uncertainty has no statistics */
  text = json ? vw_cli_results_json (cm, mc) : results_csv (cm, mc);
  if (!g_file_set_contents (out, text, -1, &error))
    {
      g_printerr ("error: %s\n", error->message);
      return VW_EXIT_BAD_INPUT;
    }
  return VW_EXIT_OK;
}
