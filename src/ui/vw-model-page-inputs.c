/* vw-model-page-inputs.c: the inputs and formulas of the Model & Simulation page
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inputs are grouped by the value element whose figures they feed: an element names the
 * variables that quantify it, and the explanation tree of each (vw_case_model_explain) ends
 * in the inputs it reads. An input shows in the first element that reads it; inputs no
 * element reads go by their own group. Formulas, for advanced users, come last, each with the
 * error it raises (or reads from a formula it depends on) beside it.
 */

#define G_LOG_DOMAIN "vw-model-page"

#include <glib/gi18n.h>

#include "vw-explanation.h"
#include "vw-formula.h"
#include "vw-input-row.h"
#include "vw-model-page-private.h"
#include "vw-plain-row.h"

void
vw_model_page_update_formula_rows (VwModelPage *self)
{
  VwCaseModel *cm = vw_page_get_case_model (VW_PAGE (self));
  guint alt = self->offer >= 0 ? (guint) self->offer : 0;

  for (guint i = 0; i < self->formula_rows->len; i++)
    {
      AdwEntryRow *row = g_ptr_array_index (self->formula_rows, i);
      guint var = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "vw-var"));
      GtkLabel *error_label = g_object_get_data (G_OBJECT (row), "vw-error");
      g_autofree char *text = NULL;
      VwValue value;

      vw_case_model_get_value_at (cm, var, alt, &value);
      if (value.kind == VW_VALUE_ERROR)
        text = vw_value_error_text (&value);
      gtk_label_set_label (error_label, text != NULL ? text : "");
      gtk_widget_set_visible (GTK_WIDGET (error_label), text != NULL);
      if (text != NULL)
        gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
    }
}

static void
on_row_committed_cb (VwModelPage *self)
{
  vw_model_page_mark_simulation_stale (self);
  vw_model_page_schedule_refresh (self);
}

static GtkWidget *
add_input_row (VwModelPage    *self,
               AdwExpanderRow *group,
               guint           variable)
{
  GtkWidget *row = vw_input_row_new (vw_page_get_case_model (VW_PAGE (self)), variable);

  vw_input_row_set_alternative (VW_INPUT_ROW (row), self->input_alternative);
  g_signal_connect_swapped (row, "committed", G_CALLBACK (on_row_committed_cb), self);
  adw_expander_row_add_row (group, row);
  g_ptr_array_add (self->input_rows, row);
  g_hash_table_insert (self->rows_by_variable, vw_case_model_get_variable (vw_page_get_case_model (VW_PAGE (self)),
                                                                           variable), row);
  return row;
}

/* The inputs an explanation ends in, in the order it reads them. */
static void
collect_inputs (VwExplanation *node,
                GArray        *inputs)
{
  if (node->formula == NULL)
    {
      for (guint i = 0; i < inputs->len; i++)
        if (g_array_index (inputs, guint, i) == node->variable)
          return;
      g_array_append_val (inputs, node->variable);
      return;
    }
  for (guint i = 0; i < node->children->len; i++)
    collect_inputs (g_ptr_array_index (node->children, i), inputs);
}

static AdwExpanderRow *
new_group (VwModelPage *self,
           GtkListBox  *list,
           const char  *title,
           const char  *subtitle)
{
  GtkWidget *group = vw_plain_row (adw_expander_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (group), title);
  if (subtitle != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (group), subtitle);
  gtk_list_box_append (list, group);
  return ADW_EXPANDER_ROW (group);
}

/* Inputs grouped by the value element whose figures they feed (through any formulas); what
 * feeds no element goes by the variable's own group. */
void
vw_model_page_build_inputs (VwModelPage *self,
                            GtkListBox  *list)
{
  VwCaseModel *cm = vw_page_get_case_model (VW_PAGE (self));
  GListModel *elements = vw_document_get_items (vw_page_get_document (VW_PAGE (self)), VW_ITEM_ELEMENT);
  guint n_vars = vw_case_model_get_n_variables (cm);
  guint alt = self->offer >= 0 ? (guint) self->offer : 0;
  g_autofree gboolean *placed = g_new0 (gboolean, MAX (n_vars, 1));
  g_autoptr(GHashTable) other_groups = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint e = 0; e < g_list_model_get_n_items (elements); e++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, e);
      const char * const *vars = vw_item_get_strv (element, "variables");
      g_autoptr(GArray) inputs = g_array_new (FALSE, FALSE, sizeof (guint));
      AdwExpanderRow *group = NULL;

      for (guint i = 0; vars != NULL && vars[i] != NULL; i++)
        {
          int v = vw_model_page_variable_index (cm, vars[i]);
          g_autoptr(VwExplanation) tree = NULL;

          if (v < 0)
            continue;
          tree = vw_case_model_explain (cm, (guint) v, alt);
          collect_inputs (tree, inputs);
        }
      for (guint i = 0; i < inputs->len; i++)
        {
          guint v = g_array_index (inputs, guint, i);

          if (placed[v])
            continue;
          if (group == NULL)
            {
              group = new_group (self, list, vw_item_get_display_name (element),
                                 vw_item_get_string (element, "evidence"));
              adw_expander_row_set_expanded (group, vw_item_get_bool (element, "selected"));
            }
          add_input_row (self, group, v);
          placed[v] = TRUE;
        }
    }

  for (guint v = 0; v < n_vars; v++)
    {
      VwVariable *var = vw_case_model_get_variable (cm, v);
      const char *name = vw_item_get_string (VW_ITEM (var), "group");
      AdwExpanderRow *group;

      if (placed[v] || vw_variable_is_formula (var))
        continue;
      if (name == NULL || name[0] == '\0')
        name = _("Other inputs");
      group = g_hash_table_lookup (other_groups, name);
      if (group == NULL)
        {
          group = new_group (self, list, name, NULL);
          g_hash_table_insert (other_groups, (gpointer) name, group);
        }
      add_input_row (self, group, v);
    }
}

static void
on_formula_apply_cb (AdwEntryRow *row,
                     VwModelPage *self)
{
  guint var = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "vw-var"));
  VwVariable *variable = vw_case_model_get_variable (vw_page_get_case_model (VW_PAGE (self)), var);
  GtkLabel *error_label = g_object_get_data (G_OBJECT (row), "vw-error");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;

  /* A syntax error stays in the row; the case keeps the formula that works. */
  if (!vw_formula_check (text, &error))
    {
      gtk_label_set_label (error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (error_label), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return;
    }
  vw_document_set_string (vw_page_get_document (VW_PAGE (self)), VW_ITEM (variable), "formula", text);
  vw_model_page_mark_simulation_stale (self);
  vw_model_page_schedule_refresh (self);
}

/* Formula editing, for advanced users: collapsed at first. */
void
vw_model_page_build_formulas (VwModelPage *self,
                              GtkListBox  *list)
{
  VwCaseModel *cm = vw_page_get_case_model (VW_PAGE (self));
  AdwExpanderRow *group = NULL;

  for (guint v = 0; v < vw_case_model_get_n_variables (cm); v++)
    {
      VwVariable *var = vw_case_model_get_variable (cm, v);
      GtkWidget *row, *error_label;

      if (!vw_variable_is_formula (var))
        continue;
      if (group == NULL)
        group = new_group (self, list, _("Formulas"),
                           _("For advanced users: how each figure is computed"));
      row = vw_plain_row (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vw_item_get_display_name (VW_ITEM (var)));
      gtk_editable_set_text (GTK_EDITABLE (row), vw_item_get_string (VW_ITEM (var), "formula"));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      gtk_widget_add_css_class (row, "monospace");
      error_label = gtk_label_new (NULL);
      gtk_widget_add_css_class (error_label, "error");
      gtk_widget_add_css_class (error_label, "caption");
      gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (error_label), 30);
      gtk_widget_set_visible (error_label, FALSE);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), error_label);
      g_object_set_data (G_OBJECT (row), "vw-var", GUINT_TO_POINTER (v));
      g_object_set_data (G_OBJECT (row), "vw-error", error_label);
      g_signal_connect (row, "apply", G_CALLBACK (on_formula_apply_cb), self);
      adw_expander_row_add_row (group, row);
      g_ptr_array_add (self->formula_rows, row);
    }
}

