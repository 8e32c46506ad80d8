/* vw-report-sections.c: cover, executive summary, stakeholders, value elements
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-report"

#include <glib/gi18n.h>

#include "vw-report-private-build.h"

static void
add_text (VwReportContext *ctx,
          VwReportStyle    style,
          const char      *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  vw_report_layout_add_text (ctx->layout, style, markup);
}

/* "label: value" with the label in bold; the value is escaped here. */
static void
add_labelled (VwReportContext *ctx,
              const char      *label,
              const char      *value)
{
  g_autofree char *l = NULL;
  g_autofree char *v = NULL;
  g_autofree char *markup = NULL;

  if (value == NULL || value[0] == '\0')
    return;
  l = g_markup_escape_text (label, -1);
  v = g_markup_escape_text (value, -1);
  markup = g_strdup_printf ("<b>%s:</b> %s", l, v);
  vw_report_layout_add_text (ctx->layout, VW_REPORT_STYLE_BODY, markup);
}

static const char *
meta_string (VwReportContext *ctx,
             const char      *field)
{
  const char *s = vw_item_get_string (ctx->meta, field);

  return s != NULL ? s : "";
}

void
vw_report_add_cover (VwReportContext *ctx)
{
  g_autofree char *edition = NULL;

  vw_report_layout_add_space (ctx->layout, 140.0);
  add_text (ctx, VW_REPORT_STYLE_SUBTITLE, TR (ctx, N_("Value report")));
  vw_report_layout_add_space (ctx->layout, 8.0);
  add_text (ctx, VW_REPORT_STYLE_TITLE, meta_string (ctx, "title"));
  vw_report_layout_add_space (ctx->layout, 6.0);
  add_text (ctx, VW_REPORT_STYLE_SUBTITLE, meta_string (ctx, "customer"));
  vw_report_layout_add_space (ctx->layout, 40.0);

  if (meta_string (ctx, "description")[0] != '\0')
    add_text (ctx, VW_REPORT_STYLE_LEAD, meta_string (ctx, "description"));
  vw_report_layout_add_space (ctx->layout, 30.0);

  add_labelled (ctx, TR (ctx, N_("Segment")), meta_string (ctx, "segment"));
  add_labelled (ctx, TR (ctx, N_("Prepared by")), meta_string (ctx, "author"));
  add_labelled (ctx, TR (ctx, N_("Date")), ctx->date);

  if (ctx->internal)
    edition = g_strdup (TR (ctx, N_("Internal edition: it contains our costs, margins and "
                                    "private notes. Do not send it to the customer.")));
  else if (ctx->stakeholder != NULL)
    {
      VwItem *person = vw_document_find (ctx->doc, VW_ITEM_STAKEHOLDER, ctx->stakeholder);

      edition = g_strdup_printf (TR (ctx, N_("Prepared for %s")),
                                 person != NULL ? vw_item_get_string (person, "name") : "");
    }
  vw_report_layout_add_space (ctx->layout, 20.0);
  if (edition != NULL)
    add_text (ctx, ctx->internal ? VW_REPORT_STYLE_WARNING : VW_REPORT_STYLE_BODY, edition);
  vw_report_layout_add_page_break (ctx->layout);
}

static VwItem *
customer_statement (VwReportContext *ctx)
{
  GListModel *statements = vw_document_get_items (ctx->doc, VW_ITEM_STATEMENT);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(VwItem) s = g_list_model_get_item (statements, i);

      if (g_strcmp0 (vw_item_get_string (s, "layer"), "customer") == 0)
        return s;   /* the document holds its own reference */
    }
  return NULL;
}

/* The Monte Carlo range of a variable for an alternative, "P10 a – P90 b", or NULL. */
static char *
range_text (VwReportContext *ctx,
            int              variable,
            int              alternative)
{
  const VwCaseOutputStats *s = vw_report_find_stats (ctx, variable, alternative);
  const char *unit;
  g_autofree char *p10 = NULL;
  g_autofree char *p90 = NULL;

  if (s == NULL || s->min == s->max)
    return NULL;
  unit = vw_report_variable_unit (ctx, variable);
  p10 = vw_report_format_scalar (ctx, unit, s->p10);
  p90 = vw_report_format_scalar (ctx, unit, s->p90);
  return g_strdup_printf (TR (ctx, N_("P10–P90: %s to %s")), p10, p90);
}

static void
add_kpi_table (VwReportContext *ctx,
               const char      *owner)
{
  GListModel *kpis = vw_document_get_items (ctx->doc, VW_ITEM_KPI);
  g_autoptr(VwReportTable) table = vw_report_table_new (5);
  g_autofree char *offer_title = NULL;

  offer_title = g_strdup_printf (TR (ctx, N_("With %s")),
                                 vw_report_alternative_name (ctx, ctx->offer));
  vw_report_table_set_column (table, 0, TR (ctx, N_("KPI")), 3.0, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 1, TR (ctx, N_("Today")), 1.6, PANGO_ALIGN_RIGHT);
  vw_report_table_set_column (table, 2, offer_title, 1.6, PANGO_ALIGN_RIGHT);
  vw_report_table_set_column (table, 3, TR (ctx, N_("Target")), 1.4, PANGO_ALIGN_RIGHT);
  vw_report_table_set_column (table, 4, TR (ctx, N_("Better when")), 1.1, PANGO_ALIGN_LEFT);

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(VwItem) kpi = g_list_model_get_item (kpis, i);
      int var = vw_report_find_variable (ctx, vw_item_get_string (kpi, "variable"));
      const char *unit = vw_item_get_string (kpi, "unit");
      g_autofree char *today = NULL;
      g_autofree char *with_offer = NULL;
      g_autofree char *target = NULL;
      const char *row[6];

      if (owner != NULL && g_strcmp0 (vw_item_get_string (kpi, "owner"), owner) != 0)
        continue;
      if (vw_item_is_set (kpi, "baseline"))
        today = vw_report_format_scalar (ctx, unit, vw_item_get_double (kpi, "baseline"));
      else if (var >= 0 && ctx->status_quo >= 0)
        today = vw_report_format_variable (ctx, var, ctx->status_quo);
      with_offer = var >= 0 ? vw_report_format_variable (ctx, var, ctx->offer) : NULL;
      if (vw_item_is_set (kpi, "target"))
        target = vw_report_format_scalar (ctx, unit, vw_item_get_double (kpi, "target"));

      row[0] = vw_item_get_string (kpi, "name");
      row[1] = today != NULL ? today : "–";
      row[2] = with_offer != NULL ? with_offer : "–";
      row[3] = target != NULL ? target : "–";
      row[4] = g_strcmp0 (vw_item_get_string (kpi, "better"), "lower") == 0
               ? TR (ctx, N_("Lower")) : TR (ctx, N_("Higher"));
      row[5] = NULL;
      vw_report_table_add_row_text (table, VW_REPORT_ROW_NORMAL, row);
    }

  if (vw_report_table_get_n_rows (table) > 0)
    vw_report_layout_add_table (ctx->layout, g_steal_pointer (&table));
}

void
vw_report_add_summary (VwReportContext *ctx)
{
  VwItem *statement = customer_statement (ctx);
  const char *proposition = statement != NULL ? vw_report_statement_text (ctx, statement) : NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  int price = vw_report_find_variable (ctx, VW_VAR_PRICE);
  int incentive = vw_report_find_variable (ctx, "customer_incentive");

  vw_report_layout_add_contents (ctx->layout);
  vw_report_layout_add_space (ctx->layout, 10.0);
  vw_report_layout_add_heading (ctx->layout, 1, TR (ctx, N_("Executive summary")));
  if (proposition != NULL)
    add_text (ctx, VW_REPORT_STYLE_LEAD, proposition);

  if (ctx->headline >= 0 && ctx->offer >= 0)
    {
      g_ptr_array_add (labels, g_strdup (vw_report_variable_label (ctx, ctx->headline)));
      g_ptr_array_add (values, vw_report_format_variable (ctx, ctx->headline, ctx->offer));
      g_ptr_array_add (notes, range_text (ctx, ctx->headline, ctx->offer));
    }
  if (price >= 0 && ctx->offer >= 0)
    {
      g_ptr_array_add (labels, g_strdup (vw_report_variable_label (ctx, price)));
      g_ptr_array_add (values, vw_report_format_variable (ctx, price, ctx->offer));
      g_ptr_array_add (notes, g_strdup (vw_report_alternative_name (ctx, ctx->offer)));
    }
  if (incentive >= 0 && ctx->offer >= 0)
    {
      g_ptr_array_add (labels, g_strdup (vw_report_variable_label (ctx, incentive)));
      g_ptr_array_add (values, vw_report_format_variable (ctx, incentive, ctx->offer));
      g_ptr_array_add (notes, g_strdup (TR (ctx, N_("What you keep at our price"))));
    }
  if (labels->len > 0)
    {
      for (guint i = 0; i < notes->len; i++)
        if (g_ptr_array_index (notes, i) == NULL)
          g_ptr_array_index (notes, i) = g_strdup ("");
      g_ptr_array_add (labels, NULL);
      g_ptr_array_add (values, NULL);
      g_ptr_array_add (notes, NULL);
      vw_report_layout_add_space (ctx->layout, 4.0);
      vw_report_layout_add_figures (ctx->layout, (const char * const *) labels->pdata,
                                    (const char * const *) values->pdata,
                                    (const char * const *) notes->pdata);
    }

  /* The recommendation, in one sentence built from the figures above. */
  if (ctx->offer >= 0 && ctx->headline >= 0)
    {
      g_autofree char *value = vw_report_format_variable (ctx, ctx->headline, ctx->offer);
      g_autofree char *text = g_strdup_printf (TR (ctx, N_("We recommend %s: %s comes to %s.")),
                                               vw_report_alternative_name (ctx, ctx->offer),
                                               vw_report_variable_label (ctx, ctx->headline),
                                               value);
      const VwCaseOutputStats *s = vw_report_find_stats (ctx, ctx->headline, ctx->offer);

      add_text (ctx, VW_REPORT_STYLE_BODY, text);
      if (s != NULL && s->min != s->max)
        {
          g_autofree char *p10 = vw_report_format_scalar (ctx, vw_report_variable_unit (ctx, ctx->headline), s->p10);
          g_autofree char *p90 = vw_report_format_scalar (ctx, vw_report_variable_unit (ctx, ctx->headline), s->p90);
          g_autofree char *range = g_strdup_printf (TR (ctx, N_("In 8 of 10 simulated outcomes "
                                                                "it lies between %s (P10) and "
                                                                "%s (P90).")), p10, p90);

          add_text (ctx, VW_REPORT_STYLE_BODY, range);
        }
    }

  vw_report_layout_add_heading (ctx->layout, 2, TR (ctx, N_("Your key figures")));
  add_kpi_table (ctx, NULL);
}

void
vw_report_add_stakeholders (VwReportContext *ctx)
{
  GListModel *people = vw_document_get_items (ctx->doc, VW_ITEM_STAKEHOLDER);
  GListModel *statements = vw_document_get_items (ctx->doc, VW_ITEM_STATEMENT);
  gboolean heading = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(VwItem) person = g_list_model_get_item (people, i);
      const char *id = vw_item_get_id (person);
      const char * const *elements = vw_item_get_strv (person, "elements");
      VwItem *statement = NULL;
      g_autofree char *title = NULL;
      GString *who;

      for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
        {
          g_autoptr(VwItem) st = g_list_model_get_item (statements, s);

          if (g_strcmp0 (vw_item_get_string (st, "stakeholder"), id) == 0)
            statement = st;
        }
      /* One section per person the proposition addresses, or the edition's person. */
      if (statement == NULL && g_strcmp0 (ctx->stakeholder, id) != 0)
        continue;

      if (!heading)
        {
          vw_report_layout_add_heading (ctx->layout, 1,
                                        ctx->stakeholder != NULL
                                        ? TR (ctx, N_("What it means for you"))
                                        : TR (ctx, N_("What it means for each of you")));
          heading = TRUE;
        }

      vw_report_layout_add_heading (ctx->layout, 2, vw_item_get_string (person, "name"));
      who = g_string_new (NULL);
      if (vw_item_get_string (person, "title") != NULL)
        g_string_append (who, vw_item_get_string (person, "title"));
      if (vw_item_get_string (person, "organization") != NULL)
        g_string_append_printf (who, "%s%s", who->len > 0 ? ", " : "",
                                vw_item_get_string (person, "organization"));
      if (ctx->internal)
        g_string_append_printf (who, " · %s", vw_report_choice_label (ctx,
                                vw_item_get_string (person, "role")));
      title = g_string_free (who, FALSE);
      vw_report_add_note (ctx, title);

      if (statement != NULL && vw_report_statement_text (ctx, statement) != NULL)
        add_text (ctx, VW_REPORT_STYLE_LEAD, vw_report_statement_text (ctx, statement));
      if (statement != NULL)
        {
          int var = vw_report_find_variable (ctx, vw_item_get_string (statement, "variable"));

          if (var >= 0 && ctx->offer >= 0)
            {
              g_autofree char *value = vw_report_format_variable (ctx, var, ctx->offer);

              add_labelled (ctx, vw_report_variable_label (ctx, var), value);
            }
        }
      add_labelled (ctx, TR (ctx, N_("Goals")), vw_item_get_string (person, "goals"));
      add_kpi_table (ctx, id);
      {
        VwChartData *bullets = vw_case_chart_kpi_bullets (ctx->cm, id, &ctx->charts);

        if (bullets != NULL)
          vw_report_add_chart (ctx, bullets, 70.0 + 36.0 * bullets->categories->len);
      }

      if (elements != NULL && elements[0] != NULL)
        {
          GString *list = g_string_new (NULL);

          for (guint e = 0; elements[e] != NULL; e++)
            {
              VwItem *element = vw_document_find (ctx->doc, VW_ITEM_ELEMENT, elements[e]);

              if (element != NULL)
                g_string_append_printf (list, "%s%s", list->len > 0 ? "; " : "",
                                        vw_item_get_string (element, "name"));
            }
          add_labelled (ctx, TR (ctx, N_("Value elements")), list->str);
          g_string_free (list, TRUE);
        }

      if (ctx->internal)
        {
          g_autofree char *standing =
            g_strdup_printf (TR (ctx, N_("Influence %d of 5, attitude %+d, trust: %s")),
                             (int) vw_item_get_int (person, "influence"),
                             (int) vw_item_get_int (person, "attitude"),
                             vw_report_choice_label (ctx, vw_item_get_string (person, "trust")));

          add_text (ctx, VW_REPORT_STYLE_WARNING, standing);
          if (vw_item_get_string (person, "notes") != NULL)
            add_labelled (ctx, TR (ctx, N_("Private notes")), vw_item_get_string (person, "notes"));
        }
    }
}

void
vw_report_add_elements (VwReportContext *ctx)
{
  GListModel *elements = vw_document_get_items (ctx->doc, VW_ITEM_ELEMENT);
  g_autoptr(VwReportTable) table = vw_report_table_new (4);

  vw_report_table_set_column (table, 0, TR (ctx, N_("Value element")), 3.4, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 1, TR (ctx, N_("Dimension")), 1.3, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 2, TR (ctx, N_("Quantified by")), 2.2, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 3, TR (ctx, N_("Evidence")), 2.6, PANGO_ALIGN_LEFT);

  for (guint i = 0; i < g_list_model_get_n_items (elements); i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, i);
      const char * const *vars = vw_item_get_strv (element, "variables");
      g_autofree char *name = NULL;
      g_autofree char *description = NULL;
      g_autofree char *evidence = NULL;
      g_autofree char *confidence = NULL;
      g_autofree char *dimension = NULL;
      GString *quantified;
      const char *row[5];

      if (!vw_item_get_bool (element, "selected"))
        continue;

      quantified = g_string_new (NULL);

      name = g_markup_escape_text (vw_item_get_string (element, "name"), -1);
      description = g_markup_escape_text (vw_item_get_string (element, "description") != NULL
                                          ? vw_item_get_string (element, "description") : "", -1);
      for (guint v = 0; vars != NULL && vars[v] != NULL; v++)
        {
          int var = vw_report_find_variable (ctx, vars[v]);
          g_autofree char *value = NULL;
          g_autofree char *label = NULL;
          g_autofree char *escaped = NULL;

          if (var < 0)
            continue;
          value = vw_report_format_variable (ctx, var, ctx->offer);
          label = g_markup_escape_text (vw_report_variable_label (ctx, var), -1);
          escaped = g_markup_escape_text (value, -1);
          g_string_append_printf (quantified, "%s%s: %s", quantified->len > 0 ? "\n" : "",
                                  label, escaped);
        }
      evidence = g_markup_escape_text (vw_item_get_string (element, "evidence") != NULL
                                       ? vw_item_get_string (element, "evidence") : "–", -1);
      confidence = g_markup_printf_escaped ("%s: %s", TR (ctx, N_("Confidence")),
                                            vw_report_choice_label (ctx,
                                              vw_item_get_string (element, "confidence")));
      dimension = g_markup_printf_escaped ("%s\n<span size='smaller'>%s</span>",
                                           vw_report_choice_label (ctx,
                                             vw_item_get_string (element, "dimension")),
                                           vw_report_choice_label (ctx,
                                             vw_item_get_string (element, "effect")));
      row[0] = g_strdup_printf ("<b>%s</b>\n<span size='smaller'>%s</span>", name, description);
      row[1] = dimension;
      row[2] = quantified->str;
      row[3] = g_strdup_printf ("%s\n<span size='smaller'>%s</span>", evidence, confidence);
      row[4] = NULL;
      vw_report_table_add_row (table, VW_REPORT_ROW_NORMAL, row);
      g_free ((char *) row[0]);
      g_free ((char *) row[3]);
      g_string_free (quantified, TRUE);
    }

  if (vw_report_table_get_n_rows (table) == 0)
    return;
  vw_report_layout_add_heading (ctx->layout, 1, TR (ctx, N_("The value we create")));
  vw_report_add_note (ctx, TR (ctx, N_("The value elements chosen for this case, with the "
                                       "figures that quantify them for our offer and the "
                                       "evidence behind them.")));
  vw_report_layout_add_table (ctx->layout, g_steal_pointer (&table));
  vw_report_add_chart (ctx, vw_case_chart_value_waterfall (ctx->cm, &ctx->charts), 250.0);
}
