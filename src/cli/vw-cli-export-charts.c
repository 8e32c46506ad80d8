/* vw-cli-export-charts.c: value-workbench --export-charts DIR FILE [--format png|svg]
 *                         [--audience internal|customer|stakeholder:ID] [--scenario NAME]
 *                         [--set ID[@ALT]=VALUE]… [--draws N] [--seed S] [--theme THEME]
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes every chart of a value case, headless, for a seller's slides: PNG at 2× or SVG,
 * named by chart kind and alternative (docs/cli.md). A customer audience's charts are built
 * from the customer projection of the case (vw_document_new_projection), so no internal
 * figure is even computed into them.
 */

#define G_LOG_DOMAIN "vw-cli-export-charts"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "vw-case-charts.h"
#include "vw-chart-painter.h"
#include "vw-cli.h"

/* Logical size of every chart: 16:9, as a slide. PNGs are written at twice this. */
#define CHART_WIDTH  1280
#define CHART_HEIGHT 720
#define PNG_SCALE    2.0

typedef struct
{
  const char         *dir;
  gboolean            svg;
  const VwChartTheme *theme;
  guint               n_written;
} Export;

static gboolean
write_chart (Export      *export,
             VwChartData *data,
             const char  *suffix,
             GError     **error)
{
  const VwChartTheme *theme = export->theme;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  gboolean ok;

  if (data == NULL)
    return TRUE;
  name = g_strdup_printf ("%s%s%s.%s", vw_chart_kind_to_string (data->kind),
                          suffix != NULL ? "-" : "", suffix != NULL ? suffix : "",
                          export->svg ? "svg" : "png");
  path = g_build_filename (export->dir, name, NULL);
  ok = export->svg ? vw_chart_write_svg (data, theme, CHART_WIDTH, CHART_HEIGHT, path, error)
                   : vw_chart_write_png (data, theme, CHART_WIDTH, CHART_HEIGHT, PNG_SCALE, path,
                                         error);
  vw_chart_data_unref (data);
  if (ok)
    {
      g_print ("%s\n", path);
      export->n_written++;
    }
  return ok;
}

/* Every chart the case has data for, in the order of docs/cli.md. */
static gboolean
write_all (Export                  *export,
           VwCaseModel             *cm,
           const VwCliCaseOptions  *opts,
           const VwCaseChartOptions *chart_opts,
           GError                 **error)
{
  VwDocument *doc = vw_case_model_get_document (cm);
  GListModel *kpis = vw_document_get_items (doc, VW_ITEM_KPI);
  int offer = vw_case_chart_offer_alternative (cm);
  int headline = vw_case_chart_headline_variable (cm);
  VwAlternative *offer_item = offer >= 0 ? vw_case_model_get_alternative (cm, (guint) offer)
                                         : NULL;
  const char *offer_id = offer_item != NULL ? vw_item_get_id (VW_ITEM (offer_item)) : NULL;
  g_autoptr(GError) tornado_error = NULL;
  guint n_draws;

  if (!write_chart (export, vw_case_chart_value_waterfall (cm, chart_opts), offer_id, error)
      || !write_chart (export, vw_case_chart_evc_waterfall (cm, chart_opts), offer_id, error)
      || !write_chart (export, vw_case_chart_tco (cm, chart_opts), NULL, error)
      || !write_chart (export, vw_case_chart_cash_flow (cm, chart_opts), offer_id, error))
    return FALSE;

  /* A headline that is not a number has no tornado; the other charts still go out. */
  if (!write_chart (export, vw_case_chart_tornado (cm, chart_opts, &tornado_error), offer_id,
                    error))
    return FALSE;
  if (tornado_error != NULL)
    g_printerr (_("warning: no tornado chart: %s\n"), tornado_error->message);

  n_draws = vw_cli_case_options_get_draws (opts, cm);
  if (n_draws > 0 && headline >= 0 && offer >= 0)
    {
      g_autoptr(VwMonteCarloResult) mc = NULL;

      mc = vw_case_model_run_monte_carlo_samples (cm, (guint) headline, (guint) offer, n_draws,
                                                  vw_cli_case_options_get_seed (opts, cm),
                                                  NULL, error);
      if (mc == NULL)
        return FALSE;
      if (!write_chart (export, vw_case_chart_distribution (cm, VW_CHART_HISTOGRAM, mc->sorted,
                                                            mc->n_valid, chart_opts),
                        offer_id, error)
          || !write_chart (export, vw_case_chart_distribution (cm, VW_CHART_S_CURVE, mc->sorted,
                                                               mc->n_valid, chart_opts),
                           offer_id, error))
        return FALSE;
    }

  if (!write_chart (export, vw_case_chart_kpi_bullets (cm, opts->stakeholder_id, chart_opts),
                    NULL, error)
      || !write_chart (export, vw_case_chart_stakeholder_map (cm, chart_opts), NULL, error)
      || !write_chart (export, vw_case_chart_value_bubbles (cm, chart_opts), NULL, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(VwItem) kpi = g_list_model_get_item (kpis, i);

      if (!write_chart (export, vw_case_chart_verification (cm, vw_item_get_id (kpi), chart_opts),
                        vw_item_get_id (kpi), error))
        return FALSE;
    }

  return write_chart (export, vw_case_chart_price_corridor (cm, chart_opts), offer_id, error);
}

/* An internal input is not in the customer's document, and nothing the customer sees reads
 * it (a formula that does is internal too): its --set has nothing to change there. */
static void
drop_internal_sets (VwCliCaseOptions *opts,
                    VwDocument       *projection)
{
  guint kept = 0;

  for (guint i = 0; opts->sets != NULL && opts->sets[i] != NULL; i++)
    {
      const char *arg = opts->sets[i];
      g_autofree char *id = g_strndup (arg, strcspn (arg, "@="));

      if (vw_document_find_variable (projection, id) != NULL)
        opts->sets[kept++] = arg;
      else
        g_printerr (_("note: --set %s is internal and leaves the customer’s charts unchanged\n"),
                    arg);
    }
  if (opts->sets != NULL)
    opts->sets[kept] = NULL;
}

/**
 * vw_cli_export_charts:
 * @dir: the folder to write into (made when missing)
 * @path: the value case
 * @options: the parsed command-line options
 *
 * Returns: the exit status
 */
int
vw_cli_export_charts (const char   *dir,
                      const char   *path,
                      GVariantDict *options)
{
  g_auto(VwCliCaseOptions) opts = { 0 };
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwCaseModel) cm = NULL;
  g_autoptr(GError) error = NULL;
  VwCaseChartOptions chart_opts = { .locale = vw_number_locale_from_environment (),
                                    .titles = TRUE };
  Export export = { .dir = dir };
  const char *format = "png";
  const char *theme_name = "light";
  VwChartThemeId theme;
  int status;

  g_return_val_if_fail (dir != NULL && path != NULL, VW_EXIT_USAGE);

  g_variant_dict_lookup (options, "format", "&s", &format);
  if (!g_str_equal (format, "png") && !g_str_equal (format, "svg"))
    {
      g_printerr (_("error: --format must be “png” or “svg”, found “%s”\n"), format);
      return VW_EXIT_USAGE;
    }
  export.svg = g_str_equal (format, "svg");
  g_variant_dict_lookup (options, "theme", "&s", &theme_name);
  if (!vw_chart_theme_parse (theme_name, &theme))
    {
      g_printerr (_("error: --theme must be “light”, “dark”, “print” or “high-contrast”, "
                    "found “%s”\n"), theme_name);
      return VW_EXIT_USAGE;
    }
  export.theme = vw_chart_theme_get (theme);
  status = vw_cli_case_options_parse (options, &opts);
  if (status != VW_EXIT_OK)
    return status;

  doc = vw_cli_load_document (path);
  if (doc == NULL)
    return VW_EXIT_BAD_INPUT;
  /* Every --set is checked on the whole case, so a typo is an error for every audience. */
  {
    g_autoptr(VwCaseModel) check = vw_case_model_new (doc);

    status = vw_cli_case_options_apply (&opts, check);
    if (status != VW_EXIT_OK)
      return status;
  }
  if (!opts.internal)
    {
      /* The customer's charts are drawn from the customer's document, nothing else. */
      VwDocument *projection = vw_document_new_projection (doc, opts.audience);

      if (projection == NULL)
        {
          g_printerr (_("error: --audience %s: the case has no such stakeholder\n"),
                      opts.audience);
          return VW_EXIT_BAD_INPUT;
        }
      g_object_unref (doc);
      doc = projection;
      drop_internal_sets (&opts, doc);
    }
  chart_opts.internal = opts.internal;

  cm = vw_case_model_new (doc);
  status = vw_cli_case_options_apply (&opts, cm);
  if (status != VW_EXIT_OK)
    return status;
  vw_case_model_evaluate (cm);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;
      g_printerr (_("error: cannot make the folder “%s”: %s\n"), dir, g_strerror (saved));
      return VW_EXIT_BAD_INPUT;
    }
  if (!write_all (&export, cm, &opts, &chart_opts, &error))
    {
      g_printerr ("error: %s\n", error->message);
      return VW_EXIT_BAD_INPUT;
    }
  if (export.n_written == 0)
    g_printerr (_("warning: the case has nothing to chart yet\n"));
  return VW_EXIT_OK;
}
