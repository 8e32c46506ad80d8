/* vw-cli-export-pdf.c: value-workbench --export-pdf OUT FILE [--audience internal|customer|
 *                      stakeholder:ID] [--stakeholder ID] [--paper a4|letter]
 *                      [--language en|fi|de] [--scenario NAME] [--set ID[@ALT]=VALUE]…
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the value report with no display. The edition's case model comes from
 * vw_report_new_case_model(), so a customer or stakeholder edition is built from the
 * customer projection and --set can only reach what that edition may see.
 */

#define G_LOG_DOMAIN "vw-cli-export-pdf"

#include <glib/gi18n.h>

#include "vw-cli.h"
#include "vw-report.h"

/* --stakeholder ID is short for --audience stakeholder:ID. */
static char *
audience_from_options (GVariantDict *options)
{
  const char *audience = NULL;
  const char *stakeholder = NULL;

  g_variant_dict_lookup (options, "audience", "&s", &audience);
  g_variant_dict_lookup (options, "stakeholder", "&s", &stakeholder);
  if (stakeholder != NULL)
    {
      if (audience != NULL && !g_str_equal (audience, "customer") &&
          !g_str_has_prefix (audience, "stakeholder:"))
        return NULL;
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
  audience = audience_from_options (options);
  if (audience == NULL)
    {
      g_printerr (_("--stakeholder cannot be combined with --audience internal\n"));
      return VW_EXIT_USAGE;
    }
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
  report.changes = changes;
  layout = vw_report_build (cm, &report, &error);
  if (layout == NULL || !vw_report_write_pdf (layout, cm, &report, out, &error))
    {
      g_printerr ("error: %s\n", error->message);
      return VW_EXIT_BAD_INPUT;
    }
  return VW_EXIT_OK;
}
