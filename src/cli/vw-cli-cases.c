/* vw-cli-cases.c: value-workbench [--cases-db PATH] --cases-import FILE | --cases-search QUERY
 *                 [--json] | --cases-export DIR
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case repository from the command line (docs/cli.md). Several of the three commands may
 * be given at once; they run in the order import, search, export.
 */

#define G_LOG_DOMAIN "vw-cli"

#include <math.h>

#include <glib/gi18n.h>

#include "vw-case-repository.h"
#include "vw-cli.h"
#include "vw-format.h"
#include "vw-unit-format.h"

static const VwCaseTagKind listed_tags[] = {
  VW_CASE_TAG_APPLICATION, VW_CASE_TAG_ELEMENT, VW_CASE_TAG_KPI, VW_CASE_TAG_DIMENSION,
  VW_CASE_TAG_REGION, VW_CASE_TAG_YEAR,
};

static VwCaseRepository *
open_repository (GVariantDict *options)
{
  g_autoptr(VwCaseRepository) repository = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = NULL;
  const char *path = NULL;

  if (!g_variant_dict_lookup (options, "cases-db", "^&ay", &path))
    path = default_path = vw_case_repository_default_path ();

  repository = vw_case_repository_open (path, VW_CASE_OPEN_DEFAULT, &error);
  if (repository == NULL)
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }

  /* The user's own repository starts with the samples (installed builds only). */
  if (default_path != NULL
      && !vw_case_repository_seed_samples (repository, NULL, NULL, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_printerr (_("The sample cases could not be added: %s\n"), error->message);

  return g_steal_pointer (&repository);
}

static int
import (VwCaseRepository *repository,
        const char       *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  VwCaseImportReport report = { 0 };
  g_autoptr(GError) error = NULL;

  if (!vw_case_repository_import_file (repository, file, NULL, &report, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return VW_EXIT_BAD_INPUT;
    }

  g_print (g_dngettext (NULL, "Imported %u reference case", "Imported %u reference cases",
                        report.added), report.added);
  if (report.duplicates > 0)
    g_print (g_dngettext (NULL, " (%u already in the repository)",
                          " (%u already in the repository)", report.duplicates),
             report.duplicates);
  g_print ("\n");
  vw_case_import_report_clear (&report);
  return VW_EXIT_OK;
}

static char *
format_figure_value (const VwCaseFigure *figure,
                     const char         *currency,
                     double              value)
{
  const VwNumberLocale *locale = vw_number_locale_from_environment ();
  VwValueFormat format = { 0 };

  vw_value_format_for_unit (figure->unit, currency, &format);
  return vw_format_value (locale, &format, value, VW_FORMAT_EXACT);
}

static void
print_text_case (VwReferenceCase *reference_case)
{
  const VwNumberLocale *locale = vw_number_locale_from_environment ();
  const char *currency = vw_reference_case_get_currency (reference_case);
  GPtrArray *tags = vw_reference_case_get_tags (reference_case);
  GPtrArray *figures = vw_reference_case_get_figures (reference_case);
  g_autofree char *snippet = NULL;
  g_autoptr(GString) tag_line = g_string_new (NULL);
  VwCaseTag industry = { VW_CASE_TAG_INDUSTRY,
                         (char *) vw_reference_case_get_industry (reference_case), NULL, 0 };

  industry.label = industry.key;
  g_print ("%s  %s%s\n", vw_reference_case_get_uid (reference_case),
           vw_reference_case_get_title (reference_case),
           vw_reference_case_get_sample (reference_case) ? _(" (sample)") : "");

  g_string_append (tag_line, vw_case_tag_get_display_label (&industry));
  for (guint k = 0; k < G_N_ELEMENTS (listed_tags); k++)
    for (guint i = 0; i < tags->len; i++)
      {
        const VwCaseTag *tag = g_ptr_array_index (tags, i);

        if (tag->kind == listed_tags[k])
          g_string_append_printf (tag_line, " · %s", vw_case_tag_get_display_label (tag));
      }
  g_print ("    %s\n", tag_line->str);

  for (guint i = 0; i < figures->len; i++)
    {
      const VwCaseFigure *figure = g_ptr_array_index (figures, i);
      g_autofree char *realized = format_figure_value (figure, currency, figure->realized);
      double improvement = vw_case_figure_improvement (figure);

      if (isfinite (figure->baseline) && isfinite (improvement))
        {
          g_autofree char *baseline = format_figure_value (figure, currency, figure->baseline);
          g_autofree char *change = vw_format_percent (locale, improvement, 0);

          /* TRANSLATORS: KPI (period): before → after (improvement) */
          g_print (_("    %s (%s): %s → %s (%s better)\n"), figure->kpi_name,
                   figure->period_label, baseline, realized, change);
        }
      else
        g_print ("    %s (%s): %s\n", figure->kpi_name, figure->period_label, realized);
    }

  snippet = vw_case_snippet_to_plain (vw_reference_case_get_snippet (reference_case), "*", "*");
  if (snippet[0] != '\0')
    g_print ("    “%s”\n", g_strdelimit (snippet, "\n", ' '));
  g_print ("\n");
}

static void
json_figures (GString   *out,
              GPtrArray *figures)
{
  g_string_append (out, "[");
  for (guint i = 0; i < figures->len; i++)
    {
      const VwCaseFigure *figure = g_ptr_array_index (figures, i);
      const struct { const char *name; double value; } numbers[] = {
        { "baseline", figure->baseline },
        { "promised", figure->promised },
        { "realized", figure->realized },
        { "improvement", vw_case_figure_improvement (figure) },
      };

      g_string_append (out, i > 0 ? ", {\"kpi\": " : "{\"kpi\": ");
      vw_cli_json_string (out, figure->kpi_key);
      g_string_append (out, ", \"name\": ");
      vw_cli_json_string (out, figure->kpi_name);
      g_string_append (out, ", \"unit\": ");
      vw_cli_json_string (out, figure->unit);
      g_string_append (out, ", \"better\": ");
      vw_cli_json_string (out, figure->higher_is_better ? "higher" : "lower");
      g_string_append (out, ", \"period\": ");
      vw_cli_json_string (out, figure->period_label);
      for (guint n = 0; n < G_N_ELEMENTS (numbers); n++)
        {
          g_string_append_printf (out, ", \"%s\": ", numbers[n].name);
          if (isfinite (numbers[n].value))
            vw_cli_json_number (out, numbers[n].value);
          else
            g_string_append (out, "null");
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]");
}

static void
json_tags (GString   *out,
           GPtrArray *tags)
{
  g_string_append_c (out, '{');
  for (guint k = 0; k < G_N_ELEMENTS (listed_tags); k++)
    {
      gboolean first = TRUE;

      g_string_append (out, k > 0 ? ", " : "");
      vw_cli_json_string (out, vw_case_tag_kind_to_string (listed_tags[k]));
      g_string_append (out, ": [");
      for (guint i = 0; i < tags->len; i++)
        {
          const VwCaseTag *tag = g_ptr_array_index (tags, i);

          if (tag->kind != listed_tags[k])
            continue;
          g_string_append (out, first ? "{\"key\": " : ", {\"key\": ");
          vw_cli_json_string (out, tag->key);
          g_string_append (out, ", \"label\": ");
          vw_cli_json_string (out, tag->label);
          g_string_append_c (out, '}');
          first = FALSE;
        }
      g_string_append_c (out, ']');
    }
  g_string_append_c (out, '}');
}

static void
print_json (VwCaseSearchResults *results)
{
  GListModel *cases = vw_case_search_results_get_cases (results);
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out, "{\"total\": %u,\n \"cases\": [",
                          vw_case_search_results_get_total (results));
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(VwReferenceCase) reference_case = g_list_model_get_item (cases, i);
      g_autofree char *plain = vw_case_snippet_to_plain (
        vw_reference_case_get_snippet (reference_case), "", "");
      g_autofree char *markup = vw_case_snippet_to_markup (
        vw_reference_case_get_snippet (reference_case));

      g_string_append (out, i > 0 ? ",\n  {\"id\": " : "\n  {\"id\": ");
      vw_cli_json_string (out, vw_reference_case_get_uid (reference_case));
      g_string_append (out, ", \"title\": ");
      vw_cli_json_string (out, vw_reference_case_get_title (reference_case));
      g_string_append (out, ", \"industry\": ");
      vw_cli_json_string (out, vw_reference_case_get_industry (reference_case));
      g_string_append_printf (out, ", \"sample\": %s",
                              vw_reference_case_get_sample (reference_case) ? "true" : "false");
      g_string_append (out, ", \"currency\": ");
      vw_cli_json_string (out, vw_reference_case_get_currency (reference_case));
      g_string_append (out, ",\n   \"tags\": ");
      json_tags (out, vw_reference_case_get_tags (reference_case));
      g_string_append (out, ",\n   \"figures\": ");
      json_figures (out, vw_reference_case_get_figures (reference_case));
      g_string_append (out, ",\n   \"snippet\": ");
      vw_cli_json_string (out, plain);
      g_string_append (out, ", \"snippet_markup\": ");
      vw_cli_json_string (out, markup);
      g_string_append (out, ", \"score\": ");
      vw_cli_json_number (out, vw_reference_case_get_score (reference_case));
      g_string_append_c (out, '}');
    }

  g_string_append (out, "],\n \"facets\": {");
  for (VwCaseTagKind kind = 0; kind < VW_CASE_TAG_N_FACETS; kind++)
    {
      GPtrArray *facets = vw_case_search_results_get_facets (results, kind);

      g_string_append (out, kind > 0 ? ",\n  " : "\n  ");
      vw_cli_json_string (out, vw_case_tag_kind_to_string (kind));
      g_string_append (out, ": [");
      for (guint i = 0; i < facets->len; i++)
        {
          const VwCaseTag *facet = g_ptr_array_index (facets, i);

          g_string_append (out, i > 0 ? ", {\"key\": " : "{\"key\": ");
          vw_cli_json_string (out, facet->key);
          g_string_append (out, ", \"label\": ");
          vw_cli_json_string (out, facet->label);
          g_string_append_printf (out, ", \"count\": %u}", facet->count);
        }
      g_string_append_c (out, ']');
    }
  g_string_append (out, "}}\n");
  g_print ("%s", out->str);
}

static int
search (VwCaseRepository *repository,
        const char       *text,
        gboolean          json)
{
  g_autoptr(VwCaseSearchResults) results = NULL;
  g_autoptr(GError) error = NULL;
  VwCaseQuery query = { .text = text };
  GListModel *cases;

  results = vw_case_repository_search (repository, &query, NULL, &error);
  if (results == NULL)
    {
      g_printerr ("%s\n", error->message);
      return VW_EXIT_BAD_INPUT;
    }

  if (json)
    {
      print_json (results);
      return VW_EXIT_OK;
    }

  cases = vw_case_search_results_get_cases (results);
  g_print (g_dngettext (NULL, "%u reference case matches", "%u reference cases match",
                        vw_case_search_results_get_total (results)),
           vw_case_search_results_get_total (results));
  if (g_list_model_get_n_items (cases) < vw_case_search_results_get_total (results))
    g_print (_(", the best %u:"), g_list_model_get_n_items (cases));
  g_print ("\n\n");
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(VwReferenceCase) reference_case = g_list_model_get_item (cases, i);
      print_text_case (reference_case);
    }
  return VW_EXIT_OK;
}

static int
export (VwCaseRepository *repository,
        const char       *dir)
{
  g_autofree char *path = g_build_filename (dir, "cases.vwcases", NULL);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      g_printerr (_("Could not create the folder “%s”: %s\n"), dir, g_strerror (errno));
      return VW_EXIT_BAD_INPUT;
    }
  if (!vw_case_repository_export_bundle (repository, file, NULL, &n, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return VW_EXIT_BAD_INPUT;
    }
  g_print (g_dngettext (NULL, "Exported %u reference case to %s\n",
                        "Exported %u reference cases to %s\n", n), n, path);
  return VW_EXIT_OK;
}

int
vw_cli_cases (GVariantDict *options)
{
  g_autoptr(VwCaseRepository) repository = NULL;
  const char *import_path = NULL, *search_text = NULL, *export_dir = NULL;
  int status = VW_EXIT_OK;

  g_variant_dict_lookup (options, "cases-import", "^&ay", &import_path);
  g_variant_dict_lookup (options, "cases-search", "&s", &search_text);
  g_variant_dict_lookup (options, "cases-export", "^&ay", &export_dir);

  if (import_path == NULL && search_text == NULL && export_dir == NULL)
    {
      g_printerr (_("--cases-db needs --cases-import, --cases-search or --cases-export\n"));
      return VW_EXIT_USAGE;
    }

  repository = open_repository (options);
  if (repository == NULL)
    return VW_EXIT_BAD_INPUT;

  if (import_path != NULL)
    status = import (repository, import_path);
  if (status == VW_EXIT_OK && search_text != NULL)
    status = search (repository, search_text, g_variant_dict_contains (options, "json"));
  if (status == VW_EXIT_OK && export_dir != NULL)
    status = export (repository, export_dir);

  return status;
}
