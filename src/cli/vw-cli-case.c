/* vw-cli-case.c: what every headless command on a value case shares: loading the file and
 *                the options --scenario, --set, --draws, --seed and --audience
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-cli"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-cli.h"
#include "vw-vwb.h"

#define MAX_DRAWS 1000000

/**
 * vw_cli_case_options_parse:
 * @options: the parsed command-line options
 * @out: (out): the case options; the strings point into @options
 *
 * Checks the options' syntax, before any file is read, so that a typo is not hidden behind
 * a file problem.
 *
 * Returns: %VW_EXIT_OK, or %VW_EXIT_USAGE after printing the problem
 */
int
vw_cli_case_options_parse (GVariantDict     *options,
                           VwCliCaseOptions *out)
{
  const char *draws_text = NULL;
  const char *seed_text = NULL;
  g_autoptr(GError) error = NULL;

  memset (out, 0, sizeof *out);
  out->audience = "internal";
  out->internal = TRUE;
  out->draws = -1;
  out->seed = -1;
  g_variant_dict_lookup (options, "scenario", "&s", &out->scenario);
  g_variant_dict_lookup (options, "audience", "&s", &out->audience);
  /* Strings, not G_OPTION_ARG_INT: GApplication drops an integer option given as 0, and
   * --draws 0 must be able to turn off the simulation a case asks for. */
  g_variant_dict_lookup (options, "draws", "&s", &draws_text);
  g_variant_dict_lookup (options, "seed", "&s", &seed_text);
  g_variant_dict_lookup (options, "set", "^a&s", &out->sets);

  if (!vw_audience_parse (out->audience, &out->internal, &out->stakeholder_id, &error))
    {
      g_printerr (_("error: --audience must be “internal” or “customer”, found “%s”\n"),
                  out->audience);
      return VW_EXIT_USAGE;
    }
  if (draws_text != NULL
      && !g_ascii_string_to_signed (draws_text, 10, 0, MAX_DRAWS, &out->draws, NULL))
    {
      g_printerr (_("error: --draws must be a whole number from 0 to %d, found “%s”\n"),
                  MAX_DRAWS, draws_text);
      return VW_EXIT_USAGE;
    }
  if (seed_text != NULL
      && !g_ascii_string_to_signed (seed_text, 10, 0, G_MAXINT64, &out->seed, NULL))
    {
      g_printerr (_("error: --seed must be a whole number, 0 or more, found “%s”\n"), seed_text);
      return VW_EXIT_USAGE;
    }
  for (guint i = 0; out->sets != NULL && out->sets[i] != NULL; i++)
    if (strchr (out->sets[i], '=') == NULL || out->sets[i][0] == '=')
      {
        g_printerr (_("error: --set %s: write ID=VALUE or ID@ALTERNATIVE=VALUE\n"), out->sets[i]);
        return VW_EXIT_USAGE;
      }
  return VW_EXIT_OK;
}

void
vw_cli_case_options_clear (VwCliCaseOptions *options)
{
  g_clear_pointer (&options->sets, g_free);
  g_clear_pointer (&options->stakeholder_id, g_free);
}

/**
 * vw_cli_load_document:
 *
 * Loads @path, printing its first problem as PATH:LINE: message.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL (exit with %VW_EXIT_BAD_INPUT)
 */
VwDocument *
vw_cli_load_document (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  VwLoadReport report = { 0 };
  VwDocument *doc;

  doc = vw_vwb_load_file (file, NULL, &report, &error);
  if (doc == NULL)
    {
      if (report.problems != NULL && report.problems->len > 0)
        {
          const VwLoadProblem *p = g_ptr_array_index (report.problems, 0);
          if (p->line > 0)
            g_printerr ("%s:%u: %s\n", path, p->line, p->message);
          else
            g_printerr ("%s: %s\n", path, p->message);
        }
      else
        g_printerr ("%s: %s\n", path, error->message);
    }
  vw_load_report_clear (&report);
  return doc;
}

/**
 * vw_cli_parse_set:
 * @arg: ID=VALUE or ID@ALT=VALUE
 * @id: (out): the variable's id
 * @alt: (out) (nullable): the alternative's id, or %NULL for the input's own choice
 * @value: (out): the value, written with a dot whatever the locale
 *
 * Returns: %VW_EXIT_OK; %VW_EXIT_USAGE without '='; %VW_EXIT_BAD_INPUT for a value that is not
 *   a number, after printing the problem
 */
int
vw_cli_parse_set (const char  *arg,
                  char       **id,
                  char       **alt,
                  double      *value)
{
  const char *eq = strchr (arg, '=');
  char *end = NULL;
  char *at;

  if (eq == NULL || eq == arg)
    {
      g_printerr (_("error: --set %s: write ID=VALUE or ID@ALTERNATIVE=VALUE\n"), arg);
      return VW_EXIT_USAGE;
    }

  /* Locale-independent, like the formula language: 7.5, never 7,5; the whole text. */
  *value = g_ascii_strtod (eq + 1, &end);
  if (eq[1] == '\0' || end == NULL || *end != '\0' || !isfinite (*value)
      || g_ascii_isspace (eq[1]))
    {
      g_printerr (_("error: --set %s: “%s” is not a number; write it with a dot, like 12.5\n"),
                  arg, eq + 1);
      return VW_EXIT_BAD_INPUT;
    }

  *id = g_strndup (arg, eq - arg);
  at = strchr (*id, '@');
  *alt = at != NULL ? g_strdup (at + 1) : NULL;
  if (at != NULL)
    *at = '\0';
  return VW_EXIT_OK;
}

/**
 * vw_cli_apply_set:
 * @arg: ID=VALUE or ID@ALT=VALUE
 *
 * Sets the value as an override of @cm (a layer above the case, never saved).
 *
 * Returns: %VW_EXIT_OK, or the exit status after printing the problem
 */
int
vw_cli_apply_set (VwCaseModel *cm,
                  const char  *arg)
{
  g_autofree char *id = NULL;
  g_autofree char *alt = NULL;
  g_autoptr(GError) error = NULL;
  double value;
  int status = vw_cli_parse_set (arg, &id, &alt, &value);

  if (status != VW_EXIT_OK)
    return status;
  if (!vw_case_model_set_override (cm, id, alt, value, &error))
    {
      g_printerr ("error: --set %s: %s\n", arg, error->message);
      return VW_EXIT_BAD_INPUT;
    }
  return VW_EXIT_OK;
}

/**
 * vw_cli_case_options_apply:
 *
 * Applies --scenario and every --set to @cm.
 *
 * Returns: %VW_EXIT_OK, or the exit status after printing the problem
 */
int
vw_cli_case_options_apply (const VwCliCaseOptions *options,
                           VwCaseModel            *cm)
{
  g_autoptr(GError) error = NULL;

  if (options->scenario != NULL && !vw_case_model_set_scenario (cm, options->scenario, &error))
    {
      g_printerr ("error: --scenario %s: %s\n", options->scenario, error->message);
      return VW_EXIT_BAD_INPUT;
    }
  for (guint i = 0; options->sets != NULL && options->sets[i] != NULL; i++)
    {
      int status = vw_cli_apply_set (cm, options->sets[i]);
      if (status != VW_EXIT_OK)
        return status;
    }
  return VW_EXIT_OK;
}

/**
 * vw_cli_case_options_get_draws:
 *
 * Returns: --draws when given; else the case's own `mc-draws` when it sets one; else 0
 */
guint
vw_cli_case_options_get_draws (const VwCliCaseOptions *options,
                               VwCaseModel            *cm)
{
  if (options->draws >= 0)
    return (guint) options->draws;
  if (vw_item_is_set (VW_ITEM (vw_document_get_meta (vw_case_model_get_document (cm))),
                      "mc-draws"))
    return vw_case_model_get_mc_draws (cm);
  return 0;
}

guint64
vw_cli_case_options_get_seed (const VwCliCaseOptions *options,
                              VwCaseModel            *cm)
{
  return options->seed >= 0 ? (guint64) options->seed : vw_case_model_get_mc_seed (cm);
}
