/* vw-model-page.c: the Model & Simulation page
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Left, the inputs grouped by the value element they quantify; right, a KPI card per customer
 * KPI and alternative, the alternatives side by side, the charts. A change reaches the screen
 * once per frame: the document's notifications only mark what is out of date, and a tick
 * callback evaluates the case (the engine recomputes only what depends on the inputs that
 * moved) and updates the figures, whose labels change only when their text does.
 */

#define G_LOG_DOMAIN "vw-model-page"

#include <glib/gi18n.h>

#include "vw-explain-window.h"
#include "vw-explanation.h"
#include "vw-formula.h"
#include "vw-goal-seek-dialog.h"
#include "vw-input-row.h"
#include "vw-model-page-private.h"
#include "vw-unit-format.h"

G_DEFINE_FINAL_TYPE (VwModelPage, vw_model_page, VW_TYPE_PAGE)

static void schedule_refresh (VwModelPage *self);

static VwDocument *
page_document (VwModelPage *self)
{
  return vw_page_get_document (VW_PAGE (self));
}

static VwCaseModel *
page_model (VwModelPage *self)
{
  return vw_page_get_case_model (VW_PAGE (self));
}

static int
alternative_named (VwCaseModel *cm,
                   const char  *field)
{
  VwItem *meta = VW_ITEM (vw_document_get_meta (vw_case_model_get_document (cm)));
  const char *id = vw_item_get_string (meta, field);

  for (guint a = 0; id != NULL && a < vw_case_model_get_n_alternatives (cm); a++)
    if (g_strcmp0 (vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (cm, a))), id) == 0)
      return (int) a;
  return -1;
}

static int
alternative_of_role (VwCaseModel *cm,
                     const char  *role)
{
  for (guint a = 0; a < vw_case_model_get_n_alternatives (cm); a++)
    if (g_strcmp0 (vw_item_get_string (VW_ITEM (vw_case_model_get_alternative (cm, a)), "role"),
                   role) == 0)
      return (int) a;
  return -1;
}

static int
variable_index (VwCaseModel *cm,
                const char  *id)
{
  for (guint i = 0; id != NULL && i < vw_case_model_get_n_variables (cm); i++)
    if (g_strcmp0 (vw_item_get_id (VW_ITEM (vw_case_model_get_variable (cm, i))), id) == 0)
      return (int) i;
  return -1;
}

void
vw_model_page_explain (VwModelPage *self,
                       guint        variable,
                       guint        alternative)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  vw_explain_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, page_model (self),
                         variable, alternative);
}

/* Figures ------------------------------------------------------------------------------------ */

static void
update_table (VwModelPage *self)
{
  VwCaseModel *cm = page_model (self);
  const VwNumberLocale *locale = vw_number_locale_from_environment ();
  const char *currency = vw_item_get_string (VW_ITEM (vw_document_get_meta (page_document (self))),
                                             "currency");

  for (guint i = 0; i < self->table_cells->len; i++)
    {
      GtkButton *cell = g_ptr_array_index (self->table_cells, i);
      guint var = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "vw-var"));
      guint alt = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "vw-alt"));
      VwVariable *variable = vw_case_model_get_variable (cm, var);
      g_autofree char *text = NULL;
      VwValueFormat format;
      VwValue value;

      vw_case_model_get_value_at (cm, var, alt, &value);
      vw_value_format_for_unit (vw_item_get_string (VW_ITEM (variable), "unit"), currency, &format);
      if (value.kind == VW_VALUE_SCALAR)
        text = vw_format_value (locale, &format, value.scalar, VW_FORMAT_EXACT);
      else if (value.kind == VW_VALUE_ERROR)
        text = vw_value_error_text (&value);
      else
        text = g_strdup (_("a series"));
      if (g_strcmp0 (gtk_button_get_label (cell), text) != 0)
        gtk_button_set_label (cell, text);
      if (value.kind == VW_VALUE_ERROR)
        gtk_widget_add_css_class (GTK_WIDGET (cell), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (cell), "error");
    }
}

static void
update_formula_rows (VwModelPage *self)
{
  VwCaseModel *cm = page_model (self);
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

/* Evaluates the case and shows its figures: the cards, the table, the formulas' errors. */
void
vw_model_page_update_values (VwModelPage *self)
{
  VwCaseModel *cm = page_model (self);

  if (cm == NULL)
    return;

  vw_case_model_evaluate (cm);
  for (guint i = 0; i < self->cards->len; i++)
    {
      VwKpiCard *card = g_ptr_array_index (self->cards, i);
      VwKpi *kpi = g_object_get_data (G_OBJECT (card), "vw-kpi");
      guint alt = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (card), "vw-alt"));
      int var = variable_index (cm, vw_item_get_string (VW_ITEM (kpi), "variable"));
      const VwCaseOutputStats *stats = NULL;

      if (var >= 0 && !self->mc_stale)
        stats = vw_model_page_lookup_stats (self, (guint) var, alt);
      vw_kpi_card_show_kpi (card, cm, kpi, alt, self->reference, stats);
    }
  update_table (self);
  update_formula_rows (self);
}

/* Building --------------------------------------------------------------------------------- */

static void
clear_container (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_BOX (container))
        gtk_box_remove (GTK_BOX (container), child);
      else if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
      else if (GTK_IS_GRID (container))
        gtk_grid_remove (GTK_GRID (container), child);
      else
        g_assert_not_reached ();
    }
}

static void
on_card_activate_cb (VwKpiCard   *card,
                     VwModelPage *self)
{
  VwKpi *kpi = g_object_get_data (G_OBJECT (card), "vw-kpi");
  int var = variable_index (page_model (self), vw_item_get_string (VW_ITEM (kpi), "variable"));

  if (var >= 0)
    vw_model_page_explain (self, (guint) var,
                           GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (card), "vw-alt")));
}

static void
build_cards (VwModelPage *self)
{
  VwCaseModel *cm = page_model (self);
  GListModel *kpis = vw_document_get_items (page_document (self), VW_ITEM_KPI);
  guint n_alts = vw_case_model_get_n_alternatives (cm);

  for (guint k = 0; k < g_list_model_get_n_items (kpis); k++)
    {
      g_autoptr(VwKpi) kpi = g_list_model_get_item (kpis, k);

      for (guint a = 0; a < n_alts; a++)
        {
          GtkWidget *card;

          /* The reference is every card's baseline; a card of its own says nothing new. */
          if ((int) a == self->reference && n_alts > 1)
            continue;
          card = vw_kpi_card_new ();
          g_object_set_data_full (G_OBJECT (card), "vw-kpi", g_object_ref (kpi), g_object_unref);
          g_object_set_data (G_OBJECT (card), "vw-alt", GUINT_TO_POINTER (a));
          g_signal_connect (card, "activate", G_CALLBACK (on_card_activate_cb), self);
          gtk_flow_box_append (self->cards_box, card);
          g_ptr_array_add (self->cards, card);
        }
    }
}

static void
on_cell_clicked_cb (GtkButton   *cell,
                    VwModelPage *self)
{
  vw_model_page_explain (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "vw-var")),
                         GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "vw-alt")));
}

/* The alternatives side by side: one row per KPI (its variable), one column per alternative. */
static void
build_table (VwModelPage *self)
{
  VwCaseModel *cm = page_model (self);
  GListModel *kpis = vw_document_get_items (page_document (self), VW_ITEM_KPI);
  guint n_alts = vw_case_model_get_n_alternatives (cm);
  guint row = 1;

  for (guint a = 0; a < n_alts; a++)
    {
      GtkWidget *head = gtk_label_new (vw_item_get_display_name (VW_ITEM (vw_case_model_get_alternative (cm, a))));

      gtk_widget_add_css_class (head, "heading");
      gtk_label_set_wrap (GTK_LABEL (head), TRUE);
      gtk_label_set_xalign (GTK_LABEL (head), 1);
      gtk_grid_attach (self->table, head, (int) a + 1, 0, 1, 1);
    }

  for (guint k = 0; k < g_list_model_get_n_items (kpis); k++)
    {
      g_autoptr(VwItem) kpi = g_list_model_get_item (kpis, k);
      int var = variable_index (cm, vw_item_get_string (kpi, "variable"));
      GtkWidget *name;

      if (var < 0)
        continue;
      name = gtk_label_new (vw_item_get_display_name (kpi));
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_grid_attach (self->table, name, 0, (int) row, 1, 1);
      for (guint a = 0; a < n_alts; a++)
        {
          GtkWidget *cell = gtk_button_new_with_label ("");
          g_autofree char *tip = g_strdup_printf (_("Explain %s for %s"), vw_item_get_display_name (kpi),
                                                  vw_item_get_display_name (VW_ITEM (vw_case_model_get_alternative (cm, a))));

          gtk_widget_add_css_class (cell, "flat");
          gtk_widget_add_css_class (cell, "numeric");
          gtk_widget_set_halign (cell, GTK_ALIGN_END);
          gtk_widget_set_tooltip_text (cell, tip);
          g_object_set_data (G_OBJECT (cell), "vw-var", GUINT_TO_POINTER ((guint) var));
          g_object_set_data (G_OBJECT (cell), "vw-alt", GUINT_TO_POINTER (a));
          g_signal_connect (cell, "clicked", G_CALLBACK (on_cell_clicked_cb), self);
          gtk_grid_attach (self->table, cell, (int) a + 1, (int) row, 1, 1);
          g_ptr_array_add (self->table_cells, cell);
        }
      row++;
    }
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->table)), row > 1);
}

static void
on_row_committed_cb (VwModelPage *self)
{
  vw_model_page_mark_simulation_stale (self);
  schedule_refresh (self);
}

static GtkWidget *
add_input_row (VwModelPage    *self,
               AdwExpanderRow *group,
               guint           variable)
{
  GtkWidget *row = vw_input_row_new (page_model (self), variable);

  vw_input_row_set_alternative (VW_INPUT_ROW (row), self->input_alternative);
  g_signal_connect_swapped (row, "committed", G_CALLBACK (on_row_committed_cb), self);
  adw_expander_row_add_row (group, row);
  g_ptr_array_add (self->input_rows, row);
  g_hash_table_insert (self->rows_by_variable, vw_case_model_get_variable (page_model (self),
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
  GtkWidget *group = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (group), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (group), FALSE);
  if (subtitle != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (group), subtitle);
  gtk_list_box_append (list, group);
  return ADW_EXPANDER_ROW (group);
}

/* Inputs grouped by the value element whose figures they feed (through any formulas); what
 * feeds no element goes by the variable's own group. */
static void
build_inputs (VwModelPage *self,
              GtkListBox  *list)
{
  VwCaseModel *cm = page_model (self);
  GListModel *elements = vw_document_get_items (page_document (self), VW_ITEM_ELEMENT);
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
          int v = variable_index (cm, vars[i]);
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
  VwVariable *variable = vw_case_model_get_variable (page_model (self), var);
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
  vw_document_set_string (page_document (self), VW_ITEM (variable), "formula", text);
  vw_model_page_mark_simulation_stale (self);
  schedule_refresh (self);
}

/* Formula editing, for advanced users: collapsed at first. */
static void
build_formulas (VwModelPage *self,
                GtkListBox  *list)
{
  VwCaseModel *cm = page_model (self);
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
      row = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vw_item_get_display_name (VW_ITEM (var)));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
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

static void
build_controls (VwModelPage *self)
{
  VwCaseModel *cm = page_model (self);
  GListModel *scenarios = vw_document_get_items (page_document (self), VW_ITEM_SCENARIO);
  g_autoptr(GtkStringList) scenario_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) alt_names = gtk_string_list_new (NULL);
  const char *active = vw_case_model_get_scenario (cm);
  guint selected = 0;

  g_ptr_array_set_size (self->scenario_ids, 0);
  g_ptr_array_add (self->scenario_ids, NULL);
  gtk_string_list_append (scenario_names, _("As entered"));
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(VwItem) scenario = g_list_model_get_item (scenarios, i);

      g_ptr_array_add (self->scenario_ids, g_strdup (vw_item_get_id (scenario)));
      gtk_string_list_append (scenario_names, vw_item_get_display_name (scenario));
      if (g_strcmp0 (active, vw_item_get_id (scenario)) == 0)
        selected = i + 1;
    }
  for (guint a = 0; a < vw_case_model_get_n_alternatives (cm); a++)
    gtk_string_list_append (alt_names,
                            vw_item_get_display_name (VW_ITEM (vw_case_model_get_alternative (cm, a))));

  self->updating_controls = TRUE;
  gtk_drop_down_set_model (self->scenario_dropdown, G_LIST_MODEL (scenario_names));
  gtk_drop_down_set_selected (self->scenario_dropdown, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scenario_dropdown),
                            g_list_model_get_n_items (scenarios) > 0);
  gtk_drop_down_set_model (self->alternative_dropdown, G_LIST_MODEL (alt_names));
  gtk_drop_down_set_selected (self->alternative_dropdown, self->input_alternative);
  self->updating_controls = FALSE;
}

static void
clear_built (VwModelPage *self)
{
  GtkWidget *child;

  g_ptr_array_set_size (self->input_rows, 0);
  g_hash_table_remove_all (self->rows_by_variable);
  g_ptr_array_set_size (self->cards, 0);
  g_ptr_array_set_size (self->table_cells, 0);
  g_ptr_array_set_size (self->formula_rows, 0);
  clear_container (GTK_WIDGET (self->inputs_box));
  clear_container (GTK_WIDGET (self->cards_box));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);
  g_clear_pointer (&self->meeting_values, g_free);
}

static void
rebuild (VwModelPage *self)
{
  VwCaseModel *cm = page_model (self);
  GtkWidget *list;
  guint n_alts;

  self->needs_rebuild = FALSE;
  clear_built (self);
  vw_model_page_clear_simulation (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "model.goal-seek", FALSE);

  if (cm == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Case Open"));
      adw_status_page_set_description (self->empty_page,
                                       _("Open a value case or start one from a template to quantify its value."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  vw_case_model_evaluate (cm);
  n_alts = vw_case_model_get_n_alternatives (cm);
  if (vw_case_model_get_n_variables (cm) == 0 || n_alts == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Model Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("This case has no alternatives or variables to compute. Start from a template, or add the customer’s figures to the case file."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->offer = alternative_named (cm, "offer-alternative");
  if (self->offer < 0)
    self->offer = alternative_of_role (cm, "offer");
  /* A KPI's baseline is the customer today: the status quo, not the price reference. */
  self->reference = alternative_of_role (cm, "status-quo");
  if (self->reference < 0)
    self->reference = alternative_named (cm, "reference-alternative");
  if (self->input_alternative >= n_alts)
    self->input_alternative = self->offer >= 0 ? (guint) self->offer : 0;

  build_controls (self);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Inputs"), -1);
  build_inputs (self, GTK_LIST_BOX (list));
  build_formulas (self, GTK_LIST_BOX (list));
  gtk_box_append (self->inputs_box, list);
  build_cards (self);
  build_table (self);

  vw_model_page_update_values (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "model.goal-seek", TRUE);
  gtk_stack_set_visible_child_name (self->stack, "case");
}

/* Refreshing --------------------------------------------------------------------------------- */

static gboolean
refresh_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  VwModelPage *self = VW_MODEL_PAGE (widget);

  self->refresh_tick = 0;
  vw_model_page_refresh_now (self);
  return G_SOURCE_REMOVE;
}

/* The figures are brought up to date before the next frame is drawn, once however many
 * changes came in between. */
static void
schedule_refresh (VwModelPage *self)
{
  if (self->refresh_tick != 0)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      /* Hidden: the next map refreshes. */
      return;
    }
  self->refresh_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), refresh_tick_cb,
                                                     NULL, NULL);
}

/**
 * vw_model_page_refresh_now:
 *
 * Brings everything shown up to date at once (the tick callback does this every frame that
 * follows a change; tests and the bench call it directly).
 */
void
vw_model_page_refresh_now (VwModelPage *self)
{
  g_return_if_fail (VW_IS_MODEL_PAGE (self));

  if (self->refresh_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->refresh_tick);
      self->refresh_tick = 0;
    }
  if (self->needs_rebuild)
    rebuild (self);
  else
    vw_model_page_update_values (self);
}

static void
refresh_rows_of (VwModelPage *self,
                 VwItem      *variable)
{
  VwInputRow *row = g_hash_table_lookup (self->rows_by_variable, variable);

  if (row != NULL)
    vw_input_row_refresh (row);
}

static void
on_value_changed_cb (VwDocument  *document,
                     VwItem      *item,
                     const char  *key1,
                     const char  *key2,
                     VwModelPage *self)
{
  if (VW_IS_VARIABLE (item))
    refresh_rows_of (self, item);
  else if (VW_IS_SCENARIO (item))
    {
      VwVariable *var = vw_document_find_variable (document, key1);

      if (var != NULL)
        refresh_rows_of (self, VW_ITEM (var));
    }
  vw_model_page_mark_simulation_stale (self);
  schedule_refresh (self);
}

static void
on_item_changed_cb (VwDocument  *document,
                    VwItem      *item,
                    const char  *field,
                    VwModelPage *self)
{
  /* What the page is built from; a formula, a distribution or a label only change figures. */
  if (VW_IS_ALTERNATIVE (item) || VW_IS_KPI (item) || VW_IS_VALUE_ELEMENT (item)
      || VW_IS_SCENARIO (item) || VW_IS_META (item)
      || (VW_IS_VARIABLE (item) && (g_strcmp0 (field, "kind") == 0
                                    || g_strcmp0 (field, "group") == 0)))
    self->needs_rebuild = TRUE;
  if (VW_IS_VARIABLE (item) || VW_IS_META (item))
    vw_model_page_mark_simulation_stale (self);
  schedule_refresh (self);
}

static void
on_item_added_or_removed_cb (VwDocument  *document,
                             VwItem      *item,
                             VwModelPage *self)
{
  if (VW_IS_VERIFICATION (item) || VW_IS_SNAPSHOT (item) || VW_IS_STAKEHOLDER (item)
      || VW_IS_STATEMENT (item))
    return;
  self->needs_rebuild = TRUE;
  vw_model_page_mark_simulation_stale (self);
  schedule_refresh (self);
}

static void
disconnect_document (VwModelPage *self,
                     VwDocument  *document)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->doc_handlers); i++)
    if (document != NULL)
      g_clear_signal_handler (&self->doc_handlers[i], document);
}

static void
vw_model_page_bind (VwPage      *page,
                    VwDocument  *document,
                    VwCaseModel *case_model)
{
  VwModelPage *self = VW_MODEL_PAGE (page);
  VwDocument *old = g_object_get_data (G_OBJECT (self), "vw-bound-document");

  vw_model_page_cancel_simulation (self);
  disconnect_document (self, old);
  g_object_set_data (G_OBJECT (self), "vw-bound-document", document);
  if (document != NULL)
    {
      self->doc_handlers[0] = g_signal_connect (document, "value-changed",
                                                G_CALLBACK (on_value_changed_cb), self);
      self->doc_handlers[1] = g_signal_connect (document, "item-changed",
                                                G_CALLBACK (on_item_changed_cb), self);
      self->doc_handlers[2] = g_signal_connect (document, "item-added",
                                                G_CALLBACK (on_item_added_or_removed_cb), self);
      self->doc_handlers[3] = g_signal_connect (document, "item-removed",
                                                G_CALLBACK (on_item_added_or_removed_cb), self);
    }
  self->input_alternative = G_MAXUINT;
  rebuild (self);
}

/* Controls --------------------------------------------------------------------------------- */

static void
on_scenario_selected_cb (VwModelPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->scenario_dropdown);
  VwCaseModel *cm = page_model (self);

  if (self->updating_controls || cm == NULL || selected >= self->scenario_ids->len)
    return;
  vw_case_model_set_scenario (cm, g_ptr_array_index (self->scenario_ids, selected), NULL);
  for (guint i = 0; i < self->input_rows->len; i++)
    vw_input_row_refresh (g_ptr_array_index (self->input_rows, i));
  vw_model_page_mark_simulation_stale (self);
  schedule_refresh (self);
}

static void
update_meeting_values (VwModelPage *self)
{
  guint n_alts = vw_case_model_get_n_alternatives (page_model (self));

  for (guint i = 0; i < self->input_rows->len; i++)
    {
      VwInputRow *row = g_ptr_array_index (self->input_rows, i);
      guint v = vw_input_row_get_variable (row);

      vw_input_row_set_meeting_value (row, self->meeting_values != NULL
                                           ? self->meeting_values[v * n_alts + self->input_alternative]
                                           : NAN);
    }
}

/* Which alternative's inputs the rows show and edit. */
void
vw_model_page_set_input_alternative (VwModelPage *self,
                                     guint        alternative)
{
  g_return_if_fail (VW_IS_MODEL_PAGE (self));
  g_return_if_fail (page_model (self) != NULL);
  g_return_if_fail (alternative < vw_case_model_get_n_alternatives (page_model (self)));

  self->input_alternative = alternative;
  for (guint i = 0; i < self->input_rows->len; i++)
    vw_input_row_set_alternative (g_ptr_array_index (self->input_rows, i), alternative);
  update_meeting_values (self);
  if (gtk_drop_down_get_selected (self->alternative_dropdown) != alternative)
    gtk_drop_down_set_selected (self->alternative_dropdown, alternative);
}

static void
on_alternative_selected_cb (VwModelPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->alternative_dropdown);

  if (self->updating_controls || page_model (self) == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  vw_model_page_set_input_alternative (self, selected);
}

/**
 * vw_model_page_start_meeting:
 *
 * Inputs changed from now on are highlighted as changed in this meeting.
 */
void
vw_model_page_start_meeting (VwModelPage *self)
{
  VwCaseModel *cm;
  guint n_vars, n_alts;

  g_return_if_fail (VW_IS_MODEL_PAGE (self));

  cm = page_model (self);
  if (cm == NULL)
    return;
  n_vars = vw_case_model_get_n_variables (cm);
  n_alts = vw_case_model_get_n_alternatives (cm);
  g_free (self->meeting_values);
  self->meeting_values = g_new (double, MAX (n_vars * n_alts, 1));
  for (guint v = 0; v < n_vars; v++)
    for (guint a = 0; a < n_alts; a++)
      vw_case_model_get_input_origin (cm, v, a, &self->meeting_values[v * n_alts + a]);
  update_meeting_values (self);
}

/* Life cycle ------------------------------------------------------------------------------- */

static void
vw_model_page_map (GtkWidget *widget)
{
  VwModelPage *self = VW_MODEL_PAGE (widget);

  GTK_WIDGET_CLASS (vw_model_page_parent_class)->map (widget);
  if (page_model (self) != NULL || self->needs_rebuild)
    vw_model_page_refresh_now (self);
}

static void
vw_model_page_dispose (GObject *object)
{
  VwModelPage *self = VW_MODEL_PAGE (object);

  vw_model_page_simulation_dispose (self);
  disconnect_document (self, g_object_get_data (object, "vw-bound-document"));
  g_object_set_data (object, "vw-bound-document", NULL);

  G_OBJECT_CLASS (vw_model_page_parent_class)->dispose (object);
}

static void
vw_model_page_finalize (GObject *object)
{
  VwModelPage *self = VW_MODEL_PAGE (object);

  g_ptr_array_unref (self->input_rows);
  g_hash_table_unref (self->rows_by_variable);
  g_ptr_array_unref (self->cards);
  g_ptr_array_unref (self->table_cells);
  g_ptr_array_unref (self->formula_rows);
  g_ptr_array_unref (self->scenario_ids);
  g_free (self->meeting_values);

  G_OBJECT_CLASS (vw_model_page_parent_class)->finalize (object);
}

static void
goal_seek_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VwModelPage *self = VW_MODEL_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (page_model (self) == NULL || vw_case_model_get_n_variables (page_model (self)) == 0)
    return;
  vw_goal_seek_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, page_model (self),
                           self->offer >= 0 ? (guint) self->offer : 0);
}

static void
vw_model_page_class_init (VwModelPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vw_model_page_dispose;
  object_class->finalize = vw_model_page_finalize;
  GTK_WIDGET_CLASS (klass)->map = vw_model_page_map;
  VW_PAGE_CLASS (klass)->bind = vw_model_page_bind;

  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "model.goal-seek", NULL,
                                   goal_seek_action);
}

static GtkWidget *
labelled (const char *text,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  return box;
}

static GtkWidget *
section (const char *title,
         GtkWidget  *child)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), child);
  return box;
}

GtkWidget *vw_model_page_build_simulation_bar (VwModelPage *self);

static void
vw_model_page_init (VwModelPage *self)
{
  GtkWidget *scrolled, *clamp, *content, *toolbar, *columns, *right, *table_card;

  self->input_rows = g_ptr_array_new ();
  self->rows_by_variable = g_hash_table_new (NULL, NULL);
  self->cards = g_ptr_array_new ();
  self->table_cells = g_ptr_array_new ();
  self->formula_rows = g_ptr_array_new ();
  self->scenario_ids = g_ptr_array_new_with_free_func (g_free);
  self->offer = self->reference = -1;

  self->stack = GTK_STACK (gtk_stack_new ());
  self->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty_page, "vw-model-symbolic");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);

  toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  self->scenario_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  g_signal_connect_swapped (self->scenario_dropdown, "notify::selected",
                            G_CALLBACK (on_scenario_selected_cb), self);
  gtk_box_append (GTK_BOX (toolbar), labelled (_("_Scenario"), GTK_WIDGET (self->scenario_dropdown)));
  self->alternative_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  g_signal_connect_swapped (self->alternative_dropdown, "notify::selected",
                            G_CALLBACK (on_alternative_selected_cb), self);
  gtk_box_append (GTK_BOX (toolbar), labelled (_("_Inputs of"), GTK_WIDGET (self->alternative_dropdown)));
  gtk_box_append (GTK_BOX (toolbar), vw_model_page_build_simulation_bar (self));
  gtk_box_append (GTK_BOX (content), toolbar);

  columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  self->inputs_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_widget_set_size_request (GTK_WIDGET (self->inputs_box), 520, -1);
  gtk_box_append (GTK_BOX (columns), section (_("Inputs"), GTK_WIDGET (self->inputs_box)));

  right = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_hexpand (right, TRUE);
  self->cards_box = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->cards_box, GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (self->cards_box, TRUE);
  gtk_flow_box_set_min_children_per_line (self->cards_box, 1);
  gtk_flow_box_set_max_children_per_line (self->cards_box, 3);
  gtk_flow_box_set_row_spacing (self->cards_box, 12);
  gtk_flow_box_set_column_spacing (self->cards_box, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cards_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("KPI cards"), -1);
  gtk_box_append (GTK_BOX (right), section (_("The customer’s KPIs"), GTK_WIDGET (self->cards_box)));

  self->table = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->table, 12);
  gtk_grid_set_row_spacing (self->table, 2);
  gtk_widget_set_margin_top (GTK_WIDGET (self->table), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->table), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->table), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->table), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Alternatives side by side"), -1);
  table_card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (table_card, "card");
  gtk_box_append (GTK_BOX (table_card), GTK_WIDGET (self->table));
  gtk_box_append (GTK_BOX (right), section (_("Alternatives side by side"), table_card));

  self->charts_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_box_append (GTK_BOX (right), GTK_WIDGET (self->charts_box));
  gtk_box_append (GTK_BOX (columns), right);
  gtk_box_append (GTK_BOX (content), columns);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1400);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_stack_add_named (self->stack, scrolled, "case");

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
  rebuild (self);
}

guint
vw_model_page_get_n_cards (VwModelPage *self)
{
  g_return_val_if_fail (VW_IS_MODEL_PAGE (self), 0);

  return self->cards->len;
}

VwKpiCard *
vw_model_page_get_card (VwModelPage *self,
                        guint        index)
{
  g_return_val_if_fail (VW_IS_MODEL_PAGE (self), NULL);
  g_return_val_if_fail (index < self->cards->len, NULL);

  return g_ptr_array_index (self->cards, index);
}

GtkWidget *
vw_model_page_find_input_row (VwModelPage *self,
                              const char  *variable)
{
  VwDocument *doc;
  VwVariable *var;

  g_return_val_if_fail (VW_IS_MODEL_PAGE (self), NULL);

  doc = page_document (self);
  var = doc != NULL ? vw_document_find_variable (doc, variable) : NULL;
  return var != NULL ? g_hash_table_lookup (self->rows_by_variable, var) : NULL;
}
