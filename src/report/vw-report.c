/* vw-report.c: the report's editions, its number formatting and its PDF file
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Confidentiality is decided before the first figure is computed: every audience but
 * "internal" gets a case model over vw_document_new_projection(), and vw_report_build()
 * refuses a customer edition whose document still holds anything internal. The sections then
 * write what the model holds, so a customer edition cannot contain an internal value in any
 * number format: it was never computed.
 */

#define G_LOG_DOMAIN "vw-report"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-report-private-build.h"
#include "vw-unit-format.h"

G_DEFINE_QUARK (vw-report-error-quark, vw_report_error)

static const char * const languages[] = { "en", "fi", "de", NULL };

gboolean
vw_report_language_is_supported (const char *language)
{
  return language != NULL && g_strv_contains (languages, language);
}

/**
 * vw_report_new_case_model:
 * @document: the full case
 * @audience: "internal", "customer" or "stakeholder:ID"
 *
 * Returns: (transfer full): a case model for a report of @audience, or %NULL with @error set
 *   (an unknown audience or stakeholder).
 */
VwCaseModel *
vw_report_new_case_model (VwDocument  *document,
                          const char  *audience,
                          GError     **error)
{
  g_autoptr(VwDocument) projection = NULL;
  g_autofree char *stakeholder = NULL;
  gboolean internal;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);

  if (audience == NULL)
    audience = "internal";
  if (!vw_audience_parse (audience, &internal, &stakeholder, error))
    return NULL;
  if (internal)
    return vw_case_model_new (document);

  if (stakeholder != NULL &&
      vw_document_find (document, VW_ITEM_STAKEHOLDER, stakeholder) == NULL)
    {
      g_set_error (error, VW_REPORT_ERROR, VW_REPORT_ERROR_AUDIENCE,
                   _("The case has no stakeholder “%s”"), stakeholder);
      return NULL;
    }
  projection = vw_document_new_projection (document, audience);
  return vw_case_model_new (projection);
}

/* ---- Numbers ---- */

/* How a variable's unit is written: the charts' rule (vw_value_format_for_unit), then what
 * follows the currency or the share ("EUR/year", "share/year") as a suffix, and fewer
 * decimals than on screen: whole currency units above 100, none for large counts. */
static void
unit_format (VwReportContext *ctx,
             const char      *unit,
             double           value,
             VwValueFormat   *format,
             const char     **suffix)
{
  vw_value_format_for_unit (unit, ctx->currency, format);
  *suffix = NULL;
  switch (format->kind)
    {
    case VW_VALUE_CURRENCY:
      format->decimals = fabs (value) >= 100.0 ? 0 : 2;
      *suffix = unit[3] == '/' ? unit + 3 : NULL;
      break;
    case VW_VALUE_PERCENT:
      format->decimals = fabs (value) < 0.001 && value != 0.0 ? 3 : 1;
      *suffix = unit[5] == '/' ? unit + 5 : NULL;
      break;
    case VW_VALUE_NUMBER:
    default:
      if (fabs (value) >= 1000.0)
        format->decimals = 0;
      break;
    }
}

static char *
format_scalar (VwReportContext *ctx,
               const char      *unit,
               double           value,
               VwFormatFlags    flags)
{
  VwValueFormat format;
  const char *suffix;
  g_autofree char *text = NULL;

  unit_format (ctx, unit, value, &format, &suffix);
  text = vw_format_value (ctx->locale, &format, value, flags);
  if (suffix != NULL)
    return g_strconcat (text, suffix, NULL);
  return g_steal_pointer (&text);
}

char *
vw_report_format_scalar (VwReportContext *ctx,
                         const char      *unit,
                         double           value)
{
  return format_scalar (ctx, unit, value, VW_FORMAT_EXACT);
}

/* One value less another: signed, and a change of a share in percentage points. */
char *
vw_report_format_difference (VwReportContext *ctx,
                             const char      *unit,
                             double           difference)
{
  return format_scalar (ctx, unit, difference, VW_FORMAT_DIFFERENCE);
}

/* A series is written as its periods, shortened in the middle when long. */
char *
vw_report_format_value (VwReportContext *ctx,
                        const char      *unit,
                        const VwValue   *value)
{
  switch (value->kind)
    {
    case VW_VALUE_SCALAR:
      return vw_report_format_scalar (ctx, unit, value->scalar);
    case VW_VALUE_SERIES:
      {
        GString *out = g_string_new (NULL);

        for (guint i = 0; i < value->len; i++)
          {
            g_autofree char *one = NULL;

            if (value->len > 5 && i == 2)
              {
                g_string_append (out, "; …");
                i = value->len - 2;
                continue;
              }
            one = vw_report_format_scalar (ctx, unit, value->series[i]);
            g_string_append_printf (out, "%s%s", i > 0 ? "; " : "", one);
          }
        return g_string_free (out, FALSE);
      }
    case VW_VALUE_ERROR:
    default:
      return vw_value_error_text (value);
    }
}

gboolean
vw_report_get_scalar (VwReportContext *ctx,
                      int              variable,
                      int              alternative,
                      double          *out)
{
  VwValue v;

  if (variable < 0 || alternative < 0)
    return FALSE;
  vw_case_model_get_value_at (ctx->cm, variable, alternative, &v);
  if (v.kind != VW_VALUE_SCALAR || !isfinite (v.scalar))
    return FALSE;
  *out = v.scalar;
  return TRUE;
}

char *
vw_report_format_variable (VwReportContext *ctx,
                           int              variable,
                           int              alternative)
{
  VwValue v;

  if (variable < 0 || alternative < 0)
    return g_strdup ("–");
  vw_case_model_get_value_at (ctx->cm, variable, alternative, &v);
  return vw_report_format_value (ctx, vw_report_variable_unit (ctx, variable), &v);
}

int
vw_report_find_variable (VwReportContext *ctx,
                         const char      *id)
{
  guint n = vw_case_model_get_n_variables (ctx->cm);

  if (id == NULL || id[0] == '\0')
    return -1;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (vw_item_get_id (VW_ITEM (vw_case_model_get_variable (ctx->cm, i))), id) == 0)
      return i;
  return -1;
}

int
vw_report_find_alternative (VwReportContext *ctx,
                            const char      *id)
{
  guint n = vw_case_model_get_n_alternatives (ctx->cm);

  if (id == NULL || id[0] == '\0')
    return -1;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (ctx->cm, i))),
                   id) == 0)
      return i;
  return -1;
}

const char *
vw_report_variable_label (VwReportContext *ctx,
                          int              variable)
{
  return vw_item_get_string (VW_ITEM (vw_case_model_get_variable (ctx->cm, variable)), "label");
}

const char *
vw_report_variable_unit (VwReportContext *ctx,
                         int              variable)
{
  return vw_item_get_string (VW_ITEM (vw_case_model_get_variable (ctx->cm, variable)), "unit");
}

const char *
vw_report_alternative_name (VwReportContext *ctx,
                            int              alternative)
{
  if (alternative < 0)
    return "";
  return vw_item_get_string (VW_ITEM (vw_case_model_get_alternative (ctx->cm, alternative)),
                             "name");
}

/* A statement in "inherit" mode without its own text says what the layer above says. */
const char *
vw_report_statement_text (VwReportContext *ctx,
                          VwItem          *statement)
{
  for (guint depth = 0; statement != NULL && depth < 8; depth++)
    {
      const char *text = vw_item_get_string (statement, "text");

      if (text != NULL && text[0] != '\0')
        return text;
      statement = vw_document_find (ctx->doc, VW_ITEM_STATEMENT,
                                    vw_item_get_string (statement, "parent"));
    }
  return NULL;
}

/* The words for the file format's enumerations, in the report's language. */
static const struct
{
  const char *choice;
  const char *label;
} choice_labels[] = {
  { "status-quo", N_("Status quo") },
  { "offer", N_("Our offer") },
  { "competitor", N_("Competitor") },
  { "economic-buyer", N_("Economic buyer") },
  { "technical-buyer", N_("Technical buyer") },
  { "user", N_("User") },
  { "influencer", N_("Influencer") },
  { "gatekeeper", N_("Gatekeeper") },
  { "procurement", N_("Procurement") },
  { "champion", N_("Champion") },
  { "unknown", N_("Unknown") },
  { "skeptical", N_("Skeptical") },
  { "neutral", N_("Neutral") },
  { "building", N_("Building") },
  { "trusted", N_("Trusted") },
  { "operational", N_("Operational") },
  { "strategic", N_("Strategic") },
  { "social", N_("Social") },
  { "symbolic", N_("Symbolic") },
  { "benefit", N_("Benefit") },
  { "sacrifice-reduction", N_("Lower sacrifice") },
  { "low", N_("Low") },
  { "medium", N_("Medium") },
  { "high", N_("High") },
  { "triangular", N_("Triangular") },
  { "pert", N_("PERT") },
  { "normal", N_("Normal") },
  { "lognormal", N_("Lognormal") },
  { "uniform", N_("Uniform") },
  { "bernoulli", N_("Event (yes/no)") },
};

const char *
vw_report_choice_label (VwReportContext *ctx,
                        const char      *choice)
{
  for (guint i = 0; i < G_N_ELEMENTS (choice_labels); i++)
    if (g_strcmp0 (choice, choice_labels[i].choice) == 0)
      return TR (ctx, choice_labels[i].label);
  return choice != NULL ? choice : "";
}

const VwCaseOutputStats *
vw_report_find_stats (VwReportContext *ctx,
                      int              variable,
                      int              alternative)
{
  if (ctx->mc == NULL)
    return NULL;
  for (guint o = 0; o < ctx->mc->n_outputs; o++)
    {
      const VwCaseOutputStats *s = &ctx->mc->outputs[o];

      if (s->var == variable && s->alt == alternative && s->n_valid > 0)
        return s;
    }
  return NULL;
}

/* A case chart at the report's width; @data may be NULL (the case has nothing for it). */
void
vw_report_add_chart (VwReportContext *ctx,
                     VwChartData     *data,
                     double           height)
{
  if (data == NULL)
    return;
  vw_report_layout_add_chart (ctx->layout, data, height);
  vw_chart_data_unref (data);
}

void
vw_report_add_note (VwReportContext *ctx,
                    const char      *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  vw_report_layout_add_text (ctx->layout, VW_REPORT_STYLE_NOTE, markup);
}

/* ---- Building ---- */

/* The headline: the figure the customer-layer statement quantifies, else the first
 * statement's figure, else the first formula. */
static int
find_headline (VwReportContext *ctx)
{
  GListModel *statements = vw_document_get_items (ctx->doc, VW_ITEM_STATEMENT);
  int first = -1;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(VwItem) s = g_list_model_get_item (statements, i);
      int v = vw_report_find_variable (ctx, vw_item_get_string (s, "variable"));

      if (v >= 0 && g_strcmp0 (vw_item_get_string (s, "layer"), "customer") == 0)
        return v;
      if (v >= 0 && first < 0)
        first = v;
    }
  if (first >= 0)
    return first;
  for (guint i = 0; i < vw_case_model_get_n_variables (ctx->cm); i++)
    if (vw_variable_is_formula (vw_case_model_get_variable (ctx->cm, i)))
      return i;
  return -1;
}

static int
find_role (VwReportContext *ctx,
           const char      *role)
{
  for (guint a = 0; a < vw_case_model_get_n_alternatives (ctx->cm); a++)
    if (g_strcmp0 (vw_item_get_string (VW_ITEM (vw_case_model_get_alternative (ctx->cm, a)),
                                       "role"), role) == 0)
      return a;
  return -1;
}

static GDateTime *
report_date (const VwReportOptions *options)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  if (options->date != NULL)
    return g_date_time_ref (options->date);
  /* Reproducible builds: the same input gives the same file. */
  if (epoch != NULL && epoch[0] != '\0')
    return g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  return g_date_time_new_now_utc ();
}

static char *
format_date (const char *language,
             GDateTime  *date)
{
  /* ISO 8601 in English, day.month.year in Finnish and German. */
  if (g_strcmp0 (language, "fi") == 0 || g_strcmp0 (language, "de") == 0)
    return g_date_time_format (date, "%-d.%-m.%Y");
  return g_date_time_format (date, "%Y-%m-%d");
}

static char *
edition_label (VwReportContext *ctx)
{
  if (ctx->internal)
    return g_strdup (TR (ctx, N_("Internal edition")));
  if (ctx->stakeholder != NULL)
    {
      VwItem *person = vw_document_find (ctx->doc, VW_ITEM_STAKEHOLDER, ctx->stakeholder);

      return g_strdup_printf (TR (ctx, N_("Edition for %s")),
                              person != NULL ? vw_item_get_string (person, "name")
                                             : ctx->stakeholder);
    }
  return g_strdup (TR (ctx, N_("Customer edition")));
}

static gboolean
document_has_internal (VwDocument *doc)
{
  GListModel *variables = vw_document_get_items (doc, VW_ITEM_VARIABLE);
  GListModel *people = vw_document_get_items (doc, VW_ITEM_STAKEHOLDER);

  for (guint i = 0; i < g_list_model_get_n_items (variables); i++)
    {
      g_autoptr(VwItem) v = g_list_model_get_item (variables, i);

      if (vw_document_is_internal (doc, v, NULL))
        return TRUE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(VwItem) p = g_list_model_get_item (people, i);

      if (vw_item_is_set (p, "notes"))
        return TRUE;
    }
  return FALSE;
}

/**
 * vw_report_build:
 * @case_model: from vw_report_new_case_model() for @options->audience
 * @options: the edition, paper and language
 *
 * Returns: (transfer full): the paginated report, or %NULL with @error set.
 */
VwReportLayout *
vw_report_build (VwCaseModel           *case_model,
                 const VwReportOptions *options,
                 GError               **error)
{
  g_autoptr(VwReportLayout) layout = NULL;
  g_autofree char *stakeholder = NULL;
  g_autofree char *edition = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *header = NULL;
  g_autoptr(GDateTime) date = NULL;
  VwReportContext ctx = { 0 };
  const VwCatalog *previous;
  const char *language;
  gboolean internal;
  guint draws;

  g_return_val_if_fail (VW_IS_CASE_MODEL (case_model), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  language = options->language != NULL ? options->language : "en";
  if (!vw_report_language_is_supported (language))
    {
      g_set_error (error, VW_REPORT_ERROR, VW_REPORT_ERROR_LANGUAGE,
                   _("The report is written in “en”, “fi” or “de”, not “%s”"), language);
      return NULL;
    }
  if (!vw_audience_parse (options->audience != NULL ? options->audience : "internal",
                          &internal, &stakeholder, error))
    return NULL;

  ctx.cm = case_model;
  ctx.doc = vw_case_model_get_document (case_model);
  if (!internal && document_has_internal (ctx.doc))
    {
      g_set_error_literal (error, VW_REPORT_ERROR, VW_REPORT_ERROR_AUDIENCE,
                           _("A customer edition must be built from the customer projection "
                             "of the case"));
      return NULL;
    }

  ctx.meta = VW_ITEM (vw_document_get_meta (ctx.doc));
  ctx.options = options;
  ctx.catalog = vw_catalog_get (language);
  ctx.locale = vw_number_locale_lookup (language);
  ctx.internal = internal;
  ctx.stakeholder = stakeholder;
  ctx.currency = vw_item_get_string (ctx.meta, "currency");
  if (ctx.currency == NULL || ctx.currency[0] == '\0')
    ctx.currency = "EUR";

  vw_case_model_evaluate (case_model);
  /* The same roles as every chart of the case. */
  ctx.offer = vw_case_chart_offer_alternative (case_model);
  ctx.reference = vw_case_chart_reference_alternative (case_model);
  ctx.status_quo = find_role (&ctx, "status-quo");
  ctx.headline = vw_case_chart_headline_variable (case_model);
  if (ctx.headline < 0)
    ctx.headline = find_headline (&ctx);
  ctx.charts.locale = ctx.locale;
  ctx.charts.internal = internal;
  ctx.charts.titles = TRUE;

  draws = options->draws > 0 ? options->draws : vw_case_model_get_mc_draws (case_model);
  if (draws > 0)
    {
      g_autoptr(GError) mc_error = NULL;

      ctx.mc = vw_case_model_run_monte_carlo (case_model, draws,
                                              vw_case_model_get_mc_seed (case_model), NULL,
                                              &mc_error);
      if (ctx.mc == NULL)
        g_debug ("No Monte Carlo in the report: %s", mc_error->message);
    }

  layout = vw_report_layout_new (options->paper, ctx.catalog);
  ctx.layout = layout;
  if (options->logo != NULL)
    {
      cairo_surface_t *logo = cairo_image_surface_create_from_png (options->logo);

      if (cairo_surface_status (logo) != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, VW_REPORT_ERROR, VW_REPORT_ERROR_LOGO,
                       _("The logo %s is not a PNG image that can be read"), options->logo);
          cairo_surface_destroy (logo);
          g_clear_pointer (&ctx.mc, vw_case_monte_carlo_free);
          return NULL;
        }
      vw_report_layout_set_logo (layout, logo);
      cairo_surface_destroy (logo);
    }

  date = report_date (options);
  date_text = format_date (language, date);
  ctx.date = date_text;
  edition = edition_label (&ctx);
  header = g_strdup (vw_item_get_string (ctx.meta, "title"));
  footer = g_strdup_printf (TR (&ctx, N_("Value report · %s")), date_text);
  vw_report_layout_set_running (layout, header, edition, footer,
                                internal ? TR (&ctx, N_("Internal – not for the customer"))
                                         : NULL);

  /* The charts' words, built here and drawn later, in the report's language. */
  previous = vw_catalog_push_thread (ctx.catalog);
  vw_report_add_cover (&ctx);
  vw_report_add_summary (&ctx);
  vw_report_add_stakeholders (&ctx);
  vw_report_add_elements (&ctx);
  vw_report_add_alternatives (&ctx);
  vw_report_add_uncertainty (&ctx);
  vw_report_add_pricing (&ctx);
  vw_report_add_changes (&ctx);
  vw_report_add_verification (&ctx);
  vw_report_add_references (&ctx);
  vw_report_add_appendix (&ctx);
  vw_catalog_pop_thread (previous);

  g_clear_pointer (&ctx.mc, vw_case_monte_carlo_free);

  vw_report_layout_paginate (layout);
  return g_steal_pointer (&layout);
}

/* ---- PDF ---- */

gboolean
vw_report_write_pdf (VwReportLayout        *layout,
                     VwCaseModel           *case_model,
                     const VwReportOptions *options,
                     const char            *path,
                     GError               **error)
{
  const VwCatalog *catalog;
  VwItem *meta;
  cairo_surface_t *surface;
  cairo_status_t status;
  const VwReportOutlineEntry *outline;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *keywords = NULL;
  g_autofree char *creator = NULL;
  guint n_outline;
  int parent = CAIRO_PDF_OUTLINE_ROOT;
  cairo_t *cr;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (VW_IS_CASE_MODEL (case_model), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  catalog = vw_catalog_get (options->language);
  meta = VW_ITEM (vw_document_get_meta (vw_case_model_get_document (case_model)));

  surface = cairo_pdf_surface_create (path, vw_report_layout_get_width (layout),
                                      vw_report_layout_get_height (layout));
  cr = cairo_create (surface);

  /* Only what the case model holds, which for a customer is its projection. */
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  vw_item_get_string (meta, "title"));
  if (vw_item_get_string (meta, "author") != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                    vw_item_get_string (meta, "author"));
  subject = g_strdup_printf ("%s: %s", vw_catalog_translate (catalog, N_("Value report")),
                             vw_item_get_string (meta, "customer") != NULL
                             ? vw_item_get_string (meta, "customer") : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  keywords = g_strjoin (", ", vw_catalog_translate (catalog, N_("value report")),
                        vw_item_get_string (meta, "segment") != NULL
                        ? vw_item_get_string (meta, "segment") : "",
                        vw_item_get_string (meta, "customer") != NULL
                        ? vw_item_get_string (meta, "customer") : "", NULL);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, keywords);
  creator = g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  date = report_date (options);
  iso = g_date_time_format_iso8601 (date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, iso);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, iso);

  outline = vw_report_layout_get_outline (layout, &n_outline);
  for (guint page = 0; page < vw_report_layout_get_n_pages (layout); page++)
    {
      vw_report_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  for (guint i = 0; i < n_outline; i++)
    {
      g_autofree char *dest = g_strdup_printf ("page=%u pos=[0 %g]", outline[i].page + 1,
                                               MAX (outline[i].y - 12.0, 0.0));
      int id = cairo_pdf_surface_add_outline (surface,
                                              outline[i].level == 1 ? CAIRO_PDF_OUTLINE_ROOT
                                                                    : parent,
                                              outline[i].text, dest,
                                              CAIRO_PDF_OUTLINE_FLAG_OPEN);

      if (outline[i].level == 1)
        parent = id;
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, VW_REPORT_ERROR, VW_REPORT_ERROR_WRITE,
                   _("Could not write the report to %s: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
