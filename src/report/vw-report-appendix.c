/* vw-report-appendix.c: meeting changes, verification, references, every assumption
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-report"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-report-private-build.h"

/* What the meeting's changes did to each KPI of our offer: before, now and the change. */
static void
add_kpi_changes (VwReportContext *ctx,
                 VwCaseModel     *before)
{
  GListModel *kpis = vw_document_get_items (ctx->doc, VW_ITEM_KPI);
  g_autoptr(VwReportTable) table = vw_report_table_new (4);

  if (ctx->offer < 0)
    return;
  vw_report_table_set_column (table, 0, TR (ctx, N_("KPI")), 2.6, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 1, TR (ctx, N_("Before")), 1.3, PANGO_ALIGN_RIGHT);
  vw_report_table_set_column (table, 2, TR (ctx, N_("Now")), 1.3, PANGO_ALIGN_RIGHT);
  vw_report_table_set_column (table, 3, TR (ctx, N_("Change")), 1.3, PANGO_ALIGN_RIGHT);
  vw_case_model_evaluate (before);
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(VwItem) kpi = g_list_model_get_item (kpis, i);
      int var = vw_report_find_variable (ctx, vw_item_get_string (kpi, "variable"));
      const char *unit;
      g_autofree char *then_text = NULL;
      g_autofree char *now_text = NULL;
      g_autofree char *change = NULL;
      const char *row[5];
      VwValue then;
      double now;

      if (var < 0 || !vw_report_get_scalar (ctx, var, ctx->offer, &now))
        continue;
      vw_case_model_get_value_at (before, var, ctx->offer, &then);
      if (then.kind != VW_VALUE_SCALAR || !isfinite (then.scalar) || then.scalar == now)
        continue;
      unit = vw_report_variable_unit (ctx, var);
      then_text = vw_report_format_scalar (ctx, unit, then.scalar);
      now_text = vw_report_format_scalar (ctx, unit, now);
      change = vw_report_format_difference (ctx, unit, now - then.scalar);
      row[0] = vw_item_get_string (kpi, "name");
      row[1] = then_text;
      row[2] = now_text;
      row[3] = change;
      row[4] = NULL;
      vw_report_table_add_row_text (table, VW_REPORT_ROW_NORMAL, row);
    }
  if (vw_report_table_get_n_rows (table) == 0)
    return;
  vw_report_layout_add_heading (ctx->layout, 2, TR (ctx, N_("Effect on the KPIs")));
  vw_report_layout_add_table (ctx->layout, g_steal_pointer (&table));
}

/* The inputs changed since the last snapshot ("before the meeting"), and what they did to
 * the headline and the KPIs. */
void
vw_report_add_changes (VwReportContext *ctx)
{
  GListModel *snapshots = vw_document_get_items (ctx->doc, VW_ITEM_SNAPSHOT);
  guint n = g_list_model_get_n_items (snapshots);
  g_autoptr(VwItem) snapshot = NULL;
  g_autoptr(VwReportTable) table = NULL;
  g_autoptr(VwCaseModel) before = NULL;
  VwValueTable *values;
  g_autofree char *lead = NULL;

  if (n == 0)
    return;
  snapshot = g_list_model_get_item (snapshots, n - 1);
  values = vw_snapshot_get_values (VW_SNAPSHOT (snapshot));

  table = vw_report_table_new (4);
  vw_report_table_set_column (table, 0, TR (ctx, N_("Input")), 2.6, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 1, TR (ctx, N_("Alternative")), 1.6, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 2, TR (ctx, N_("Before")), 1.3, PANGO_ALIGN_RIGHT);
  vw_report_table_set_column (table, 3, TR (ctx, N_("Now")), 1.3, PANGO_ALIGN_RIGHT);

  before = vw_case_model_new (ctx->doc);
  for (guint i = 0; i < vw_value_table_get_size (values); i++)
    {
      const VwValueEntry *e = vw_value_table_get_entry (values, i);
      int var = vw_report_find_variable (ctx, e->key1);
      const char *unit;
      g_autofree char *then = NULL;
      g_autofree char *now = NULL;

      if (var < 0)
        continue;
      unit = vw_report_variable_unit (ctx, var);
      /* A shared input that changed alike for every alternative is one row. */
      if (e->key2[0] == '\0')
        {
          guint n_alts = vw_case_model_get_n_alternatives (ctx->cm);
          double first = vw_case_model_get_effective_input (ctx->cm, var, 0);
          gboolean alike = TRUE;

          for (guint a = 0; a < n_alts; a++)
            {
              VwItem *alt = VW_ITEM (vw_case_model_get_alternative (ctx->cm, a));

              alike = alike && vw_case_model_get_effective_input (ctx->cm, var, a) == first;
              vw_case_model_set_override (before, e->key1, vw_item_get_id (alt), e->value, NULL);
            }
          if (alike)
            {
              const char *row[5];

              if (first == e->value)
                continue;
              then = vw_report_format_scalar (ctx, unit, e->value);
              now = vw_report_format_scalar (ctx, unit, first);
              row[0] = vw_report_variable_label (ctx, var);
              row[1] = TR (ctx, N_("All alternatives"));
              row[2] = then;
              row[3] = now;
              row[4] = NULL;
              vw_report_table_add_row_text (table, VW_REPORT_ROW_NORMAL, row);
              continue;
            }
        }
      for (guint a = 0; a < vw_case_model_get_n_alternatives (ctx->cm); a++)
        {
          VwItem *alt = VW_ITEM (vw_case_model_get_alternative (ctx->cm, a));
          double current = vw_case_model_get_effective_input (ctx->cm, var, a);
          const char *row[5];

          if (e->key2[0] != '\0' && g_strcmp0 (e->key2, vw_item_get_id (alt)) != 0)
            continue;
          vw_case_model_set_override (before, e->key1, vw_item_get_id (alt), e->value, NULL);
          if (current == e->value)
            continue;
          g_clear_pointer (&then, g_free);
          g_clear_pointer (&now, g_free);
          then = vw_report_format_scalar (ctx, unit, e->value);
          now = vw_report_format_scalar (ctx, unit, current);
          row[0] = vw_report_variable_label (ctx, var);
          row[1] = vw_item_get_string (alt, "name");
          row[2] = then;
          row[3] = now;
          row[4] = NULL;
          vw_report_table_add_row_text (table, VW_REPORT_ROW_NORMAL, row);
        }
    }

  if (vw_report_table_get_n_rows (table) == 0)
    return;

  vw_report_layout_add_heading (ctx->layout, 1, TR (ctx, N_("What changed in our meeting")));
  lead = g_strdup_printf (TR (ctx, N_("Compared with “%s”:")),
                          vw_item_get_string (snapshot, "name"));
  vw_report_add_note (ctx, lead);
  vw_report_layout_add_table (ctx->layout, g_steal_pointer (&table));

  if (ctx->headline >= 0 && ctx->offer >= 0)
    {
      VwValue v;
      g_autofree char *then = NULL;
      g_autofree char *now = vw_report_format_variable (ctx, ctx->headline, ctx->offer);
      g_autofree char *text = NULL;
      g_autofree char *markup = NULL;

      vw_case_model_evaluate (before);
      vw_case_model_get_value_at (before, ctx->headline, ctx->offer, &v);
      then = vw_report_format_value (ctx, vw_report_variable_unit (ctx, ctx->headline), &v);
      text = g_strdup_printf (TR (ctx, N_("%s: %s before, %s now.")),
                              vw_report_variable_label (ctx, ctx->headline), then, now);
      markup = g_markup_escape_text (text, -1);
      vw_report_layout_add_text (ctx->layout, VW_REPORT_STYLE_BODY, markup);
    }
  add_kpi_changes (ctx, before);
}

void
vw_report_add_verification (VwReportContext *ctx)
{
  GListModel *records = vw_document_get_items (ctx->doc, VW_ITEM_VERIFICATION);
  g_autoptr(VwReportTable) table = NULL;

  if (g_list_model_get_n_items (records) == 0)
    return;

  table = vw_report_table_new (6);
  vw_report_table_set_column (table, 0, TR (ctx, N_("KPI")), 2.2, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 1, TR (ctx, N_("Period")), 1.0, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 2, TR (ctx, N_("Promised")), 1.2, PANGO_ALIGN_RIGHT);
  vw_report_table_set_column (table, 3, TR (ctx, N_("Realized")), 1.2, PANGO_ALIGN_RIGHT);
  vw_report_table_set_column (table, 4, TR (ctx, N_("Evidence")), 2.2, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 5, TR (ctx, N_("Signed off")), 1.4, PANGO_ALIGN_LEFT);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(VwItem) record = g_list_model_get_item (records, i);
      VwItem *kpi = vw_document_find (ctx->doc, VW_ITEM_KPI, vw_item_get_string (record, "kpi"));
      const char *unit = kpi != NULL ? vw_item_get_string (kpi, "unit") : NULL;
      g_autofree char *period = NULL;
      g_autofree char *promised = vw_report_format_scalar (ctx, unit,
                                                           vw_item_get_double (record, "promised"));
      g_autofree char *realized = vw_item_is_set (record, "realized")
        ? vw_report_format_scalar (ctx, unit, vw_item_get_double (record, "realized"))
        : g_strdup (TR (ctx, N_("not yet measured")));
      g_autofree char *signed_off = NULL;
      const char *row[7];

      period = vw_item_get_string (record, "period-label") != NULL
               ? g_strdup (vw_item_get_string (record, "period-label"))
               : g_strdup_printf ("t = %d", (int) vw_item_get_int (record, "period"));
      if (vw_item_get_string (record, "signed-off-by") != NULL)
        signed_off = g_strdup_printf ("%s %s", vw_item_get_string (record, "signed-off-by"),
                                      vw_item_get_string (record, "signed-off-on") != NULL
                                      ? vw_item_get_string (record, "signed-off-on") : "");
      row[0] = kpi != NULL ? vw_item_get_string (kpi, "name") : "";
      row[1] = period;
      row[2] = promised;
      row[3] = realized;
      row[4] = vw_item_get_string (record, "evidence") != NULL
               ? vw_item_get_string (record, "evidence") : "";
      row[5] = signed_off != NULL ? signed_off : "–";
      row[6] = NULL;
      vw_report_table_add_row_text (table, VW_REPORT_ROW_NORMAL, row);
    }

  vw_report_layout_add_heading (ctx->layout, 1, TR (ctx, N_("Value delivered to date")));
  vw_report_layout_add_table (ctx->layout, g_steal_pointer (&table));
  vw_report_add_chart (ctx, vw_case_chart_verification (ctx->cm, NULL, &ctx->charts), 260.0);
}

/* The evidence the case cites for its selected value elements. */
void
vw_report_add_references (VwReportContext *ctx)
{
  GListModel *elements = vw_document_get_items (ctx->doc, VW_ITEM_ELEMENT);
  g_autoptr(VwReportTable) table = vw_report_table_new (3);

  vw_report_table_set_column (table, 0, TR (ctx, N_("Reference")), 3.2, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 1, TR (ctx, N_("Supports")), 2.2, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 2, TR (ctx, N_("Confidence")), 1.0, PANGO_ALIGN_LEFT);
  for (guint i = 0; i < g_list_model_get_n_items (elements); i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, i);
      const char *cases = vw_item_get_string (element, "cases");
      const char *evidence = vw_item_get_string (element, "evidence");
      g_autofree char *reference = NULL;
      g_autofree char *name = NULL;
      g_autofree char *confidence = NULL;
      const char *row[4];

      if ((evidence == NULL && cases == NULL) || !vw_item_get_bool (element, "selected"))
        continue;
      /* The cases of the repository cited (their summaries are already in the evidence). */
      if (cases != NULL && cases[0] != '\0')
        reference = g_markup_printf_escaped ("%s\n<span size='smaller'>%s: %s</span>",
                                             evidence != NULL ? evidence : "",
                                             TR (ctx, N_("Reference cases")), cases);
      else
        reference = g_markup_escape_text (evidence, -1);
      name = g_markup_escape_text (vw_item_get_string (element, "name"), -1);
      confidence = g_markup_escape_text (vw_report_choice_label (ctx,
                                           vw_item_get_string (element, "confidence")), -1);
      row[0] = reference;
      row[1] = name;
      row[2] = confidence;
      row[3] = NULL;
      vw_report_table_add_row (table, VW_REPORT_ROW_NORMAL, row);
    }
  if (vw_report_table_get_n_rows (table) == 0)
    return;
  vw_report_layout_add_heading (ctx->layout, 1, TR (ctx, N_("Reference cases and evidence")));
  vw_report_layout_add_table (ctx->layout, g_steal_pointer (&table));
}

/* Every variable the edition holds: inputs with their source, formulas with their text, and
 * the value of each for every alternative, so the reader can check each number. */
void
vw_report_add_appendix (VwReportContext *ctx)
{
  guint n_vars = vw_case_model_get_n_variables (ctx->cm);
  guint n_alts = vw_case_model_get_n_alternatives (ctx->cm);
  g_autoptr(VwReportTable) table = vw_report_table_new (n_alts + 2);
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  const char *scenario = vw_case_model_get_scenario (ctx->cm);

  vw_report_table_set_column (table, 0, TR (ctx, N_("Assumption or formula")), 3.6,
                              PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 1, TR (ctx, N_("Unit")), 0.9, PANGO_ALIGN_LEFT);
  for (guint a = 0; a < n_alts; a++)
    vw_report_table_set_column (table, a + 2, vw_report_alternative_name (ctx, a),
                                n_alts > 4 ? 1.0 : 1.3, PANGO_ALIGN_RIGHT);

  /* Grouped as on the inputs page, groups in order of first appearance. */
  for (guint v = 0; v < n_vars; v++)
    {
      const char *group = vw_item_get_string (VW_ITEM (vw_case_model_get_variable (ctx->cm, v)),
                                              "group");

      group = group != NULL ? group : "";
      if (!g_hash_table_contains (groups, group))
        {
          g_hash_table_add (groups, (gpointer) group);
          g_ptr_array_add (order, (gpointer) group);
        }
    }

  for (guint g = 0; g < order->len; g++)
    {
      const char *group = g_ptr_array_index (order, g);
      g_autofree char *group_markup = g_markup_printf_escaped ("%s", group[0] != '\0' ? group
                                                               : TR (ctx, N_("Other")));
      const char *group_row[] = { group_markup, NULL };

      vw_report_table_add_row (table, VW_REPORT_ROW_GROUP, group_row);
      for (guint v = 0; v < n_vars; v++)
        {
          VwItem *var = VW_ITEM (vw_case_model_get_variable (ctx->cm, v));
          const char *vgroup = vw_item_get_string (var, "group");
          g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
          GString *first;

          if (g_strcmp0 (vgroup != NULL ? vgroup : "", group) != 0)
            continue;

          first = g_string_new (NULL);
          {
            g_autofree char *head = g_markup_printf_escaped (
              "<b>%s</b> <span size='smaller' font_family='Monospace'>%s</span>",
              vw_item_get_string (var, "label"), vw_item_get_id (var));

            g_string_append (first, head);
          }
          if (vw_variable_is_formula (VW_VARIABLE (var)))
            {
              g_autofree char *formula = g_markup_escape_text (vw_item_get_string (var, "formula"), -1);

              g_string_append_printf (first, "\n<span size='smaller' font_family='Monospace'>= %s</span>",
                                      formula);
            }
          if (vw_item_get_string (var, "source") != NULL)
            {
              g_autofree char *source = g_markup_escape_text (vw_item_get_string (var, "source"), -1);

              g_string_append_printf (first, "\n<span size='smaller'><i>%s: %s</i></span>",
                                      TR (ctx, N_("Source")), source);
            }
          g_ptr_array_add (row, g_string_free (first, FALSE));
          g_ptr_array_add (row, g_markup_escape_text (vw_item_get_string (var, "unit") != NULL
                                                      ? vw_item_get_string (var, "unit") : "", -1));
          for (guint a = 0; a < n_alts; a++)
            {
              g_autofree char *value = vw_report_format_variable (ctx, v, a);

              g_ptr_array_add (row, g_markup_escape_text (value, -1));
            }
          g_ptr_array_add (row, NULL);
          vw_report_table_add_row (table, VW_REPORT_ROW_NORMAL, (const char * const *) row->pdata);
        }
    }

  vw_report_layout_add_page_break (ctx->layout);
  vw_report_layout_add_heading (ctx->layout, 1, TR (ctx, N_("Appendix: every assumption and "
                                                          "formula")));
  if (scenario != NULL)
    {
      g_autofree char *text = g_strdup_printf (TR (ctx, N_("Scenario: %s")), scenario);

      vw_report_add_note (ctx, text);
    }
  if (ctx->options->changes != NULL)
    {
      g_autofree char *text = g_strdup_printf (TR (ctx, N_("Changed for this report: %s")),
                                               ctx->options->changes);

      vw_report_add_note (ctx, text);
    }
  vw_report_add_note (ctx, TR (ctx, N_("Formulas are written in the workbench’s formula "
                                       "language; x@alternative reads the value of another "
                                       "alternative, and a value per period is listed from "
                                       "the first period to the last.")));
  vw_report_layout_add_table (ctx->layout, g_steal_pointer (&table));
}
