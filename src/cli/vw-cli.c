/* vw-cli.c: one table of command-line options, and the dispatch of the headless commands
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GApplication parses the options (so --help lists them all); handle-local-options hands them
 * here before GTK is initialised. A headless command returns its exit status; when none was
 * given, vw_cli_run() returns -1 and the GUI starts.
 */

#define G_LOG_DOMAIN "vw-cli"

#include <glib/gi18n.h>

#include "vw-cli.h"

static const GOptionEntry entries[] = {
  /* The GUI */
  { "quit-after-first-frame", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the time from start to the first frame and exit (for benchmarks)"), NULL },
  { "present", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open a case in presentation mode: a customer window and a presenter window "
       "(with --set ID[@ALT]=VALUE…)"), N_("FILE") },

  /* Headless commands */
  { "version", 'v', 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "eval", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Evaluate a formula and print the result"), N_("EXPR") },
  { "horizon", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("Number of periods after t = 0 for --eval (default 10)"), N_("N") },
  { "check", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check that FILE is a valid value case or template; errors as FILE:LINE: message"),
    N_("FILE") },
  { "simulate", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Evaluate every variable of FILE for every alternative and print a table"), N_("FILE") },
  { "export-charts", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write every chart of FILE into DIR as images (no display needed)"), N_("DIR") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-charts: “png” (default, at twice the size) or “svg”"), N_("FORMAT") },
  { "theme", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-charts: “light” (default), “dark”, “print” or “high-contrast”"),
    N_("THEME") },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --simulate or --cases-search: print JSON instead of a table"), NULL },
  { "scenario", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --simulate or --export-charts: apply the scenario NAME (its id or name)"),
    N_("NAME") },
  { "draws", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --simulate or --export-charts: run a Monte Carlo simulation of N draws "
       "(0: none)"), N_("N") },
  { "seed", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --simulate or --export-charts: the seed of the Monte Carlo simulation"), N_("S") },
  { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --simulate or --export-charts: override an input, for every alternative or "
       "for one; repeatable"),
    N_("ID[@ALT]=VALUE") },
  { "audience", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --simulate or --export-charts: “internal” (default) or “customer”, which "
       "leaves out everything internal"), N_("AUDIENCE") },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the value report of the case FILE to OUT as PDF"), N_("OUT") },
  { "export-results", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write every result of the case FILE to OUT, a .csv or .json file"), N_("OUT") },
  { "stakeholder", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-pdf: the edition for one stakeholder (their id)"), N_("ID") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-pdf: “a4” (default) or “letter”"), N_("PAPER") },
  { "logo", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --export-pdf: a PNG image for the cover’s logo"), N_("PNG") },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-pdf: the report’s language, “en” (default), “fi” or “de”"), N_("LANG") },

  /* The case repository (docs/cases.md) */
  { "cases-db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The case repository to use (default: the user’s own)"), N_("PATH") },
  { "cases-import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import a case bundle (.vwcases), a verified value case or another case repository"),
    N_("FILE") },
  { "cases-search", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Search the reference cases (with --json: as JSON)"), N_("QUERY") },
  { "cases-export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export every reference case into DIR/cases.vwcases"), N_("DIR") },

  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

void
vw_cli_add_options (GApplication *app)
{
  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option_entries (app, entries);
  g_application_set_option_context_summary (app,
                                            _("Make the value of an offer visible in the customer’s numbers.\n"
                                              "Without an option, the files are opened in the workbench."));
}

/**
 * vw_cli_get_files:
 * @options: the parsed options
 *
 * Returns: (transfer full) (nullable): the #GFile of each file named on the command line, or
 *   %NULL when there are none.
 */
GPtrArray *
vw_cli_get_files (GVariantDict *options)
{
  g_autofree const char **paths = NULL;
  GPtrArray *files;

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths) || paths[0] == NULL)
    return NULL;

  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));

  return files;
}

/**
 * vw_cli_run:
 * @options: the parsed options
 *
 * Runs the headless command that @options ask for.
 *
 * Returns: its exit status, or -1 when no headless command was asked for.
 */
int
vw_cli_run (GVariantDict *options)
{
  g_return_val_if_fail (options != NULL, VW_EXIT_USAGE);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return VW_EXIT_OK;
    }

  if (g_variant_dict_contains (options, "eval"))
    {
      const char *expression = NULL;
      gint32 horizon = 10;

      g_variant_dict_lookup (options, "eval", "&s", &expression);
      g_variant_dict_lookup (options, "horizon", "i", &horizon);
      return vw_cli_eval (expression, horizon);
    }

  if (g_variant_dict_contains (options, "check"))
    {
      g_autofree const char **rest = NULL;
      const char *path = NULL;

      g_variant_dict_lookup (options, "check", "^&ay", &path);
      if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest) && rest[0] != NULL)
        {
          g_printerr (_("--check takes exactly one file\n"));
          return VW_EXIT_USAGE;
        }
      return vw_cli_check (path);
    }

  if (g_variant_dict_contains (options, "simulate"))
    {
      g_autofree const char **rest = NULL;
      const char *path = NULL;

      g_variant_dict_lookup (options, "simulate", "^&ay", &path);
      if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest) && rest[0] != NULL)
        {
          g_printerr (_("--simulate takes exactly one file\n"));
          return VW_EXIT_USAGE;
        }
      return vw_cli_simulate (path, options);
    }

  if (g_variant_dict_contains (options, "export-charts"))
    {
      g_autofree const char **rest = NULL;
      const char *dir = NULL;

      g_variant_dict_lookup (options, "export-charts", "^&ay", &dir);
      if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest)
          || rest[0] == NULL || rest[1] != NULL)
        {
          g_printerr (_("--export-charts DIR takes exactly one file\n"));
          return VW_EXIT_USAGE;
        }
      return vw_cli_export_charts (dir, rest[0], options);
    }
  for (guint i = 0; i < 2; i++)
    {
      const char *option = i == 0 ? "format" : "theme";

      if (g_variant_dict_contains (options, option))
        {
          g_printerr (_("--%s needs --export-charts DIR FILE\n"), option);
          return VW_EXIT_USAGE;
        }
    }

  if (g_variant_dict_contains (options, "export-pdf"))
    {
      const char *out = NULL;

      g_variant_dict_lookup (options, "export-pdf", "^&ay", &out);
      return vw_cli_export_pdf (out, options);
    }
  if (g_variant_dict_contains (options, "export-results"))
    {
      const char *out = NULL;

      g_variant_dict_lookup (options, "export-results", "^&ay", &out);
      return vw_cli_export_results (out, options);
    }

  {
    static const char * const export_only[] = { "stakeholder", "paper", "language", "logo",
                                                NULL };

    for (guint i = 0; export_only[i] != NULL; i++)
      if (g_variant_dict_contains (options, export_only[i]))
        {
          g_printerr (_("--%s needs --export-pdf OUT FILE\n"), export_only[i]);
          return VW_EXIT_USAGE;
        }
  }

  if (g_variant_dict_contains (options, "cases-db")
      || g_variant_dict_contains (options, "cases-import")
      || g_variant_dict_contains (options, "cases-search")
      || g_variant_dict_contains (options, "cases-export"))
    return vw_cli_cases (options);

  /* --present FILE is the GUI's; its --set values are checked when the case has loaded. */
  if (g_variant_dict_contains (options, "present"))
    {
      g_autofree const char **rest = NULL;

      if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest) && rest[0] != NULL)
        {
          g_printerr (_("--present takes exactly one file\n"));
          return VW_EXIT_USAGE;
        }
      return -1;
    }

  /* Options of a command mean nothing on their own: say which commands take them. */
  {
    static const struct { const char *option, *commands; } modifiers[] = {
      { "json", "--simulate, --cases-search" },
      { "scenario", "--simulate, --export-pdf, --export-results, --export-charts" },
      { "draws", "--simulate, --export-pdf, --export-results, --export-charts" },
      { "seed", "--simulate, --export-pdf, --export-results, --export-charts" },
      { "set", "--simulate, --present, --export-pdf, --export-results, --export-charts" },
      { "audience", "--simulate, --export-pdf, --export-results, --export-charts" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
      if (g_variant_dict_contains (options, modifiers[i].option))
        {
          /* TRANSLATORS: "--json goes with a command: --simulate, --cases-search" */
          g_printerr (_("--%s goes with a command: %s\n"), modifiers[i].option,
                      modifiers[i].commands);
          return VW_EXIT_USAGE;
        }
  }

  return -1;
}
