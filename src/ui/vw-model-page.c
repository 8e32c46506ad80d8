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

#include "vw-case-charts.h"
#include "vw-columns-layout.h"
#include "vw-explain-window.h"
#include "vw-goal-seek-dialog.h"
#include "vw-input-adder.h"
#include "vw-kpi-editor.h"
#include "vw-input-row.h"
#include "vw-model-page-private.h"
#include "vw-unit-format.h"

G_DEFINE_FINAL_TYPE (VwModelPage, vw_model_page, VW_TYPE_PAGE)


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
alternative_of_role (VwCaseModel *cm,
                     const char  *role)
{
  for (guint a = 0; a < vw_case_model_get_n_alternatives (cm); a++)
    if (g_strcmp0 (vw_item_get_string (VW_ITEM (vw_case_model_get_alternative (cm, a)), "role"),
                   role) == 0)
      return (int) a;
  return -1;
}

int
vw_model_page_variable_index (VwCaseModel *cm,
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
      int var = vw_model_page_variable_index (cm, vw_item_get_string (VW_ITEM (kpi), "variable"));
      const VwCaseOutputStats *stats = NULL;

      if (var >= 0 && !self->mc_stale)
        stats = vw_model_page_lookup_stats (self, (guint) var, alt);
      vw_kpi_card_show_kpi (card, cm, kpi, alt, self->reference, stats);
    }
  update_table (self);
  vw_model_page_update_formula_rows (self);
  vw_model_page_invalidate_charts (self);
  vw_model_page_update_chart (self);
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
  int var = vw_model_page_variable_index (page_model (self), vw_item_get_string (VW_ITEM (kpi), "variable"));

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
      int var = vw_model_page_variable_index (cm, vw_item_get_string (kpi, "variable"));
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
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->table), GTK_TYPE_SCROLLED_WINDOW),
                          row > 1);
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
      gtk_widget_set_visible (GTK_WIDGET (self->add_input_buttons[1]), FALSE);
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
                                       n_alts == 0
                                       ? _("Name the alternatives on the Overview page — the customer today and our offer — then add the customer’s figures here.")
                                       : _("Add the customer’s figures as inputs: each with its unit and value. Formulas and value elements then compute with them."));
      gtk_widget_set_visible (GTK_WIDGET (self->add_input_buttons[1]), n_alts > 0);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->offer = vw_case_chart_offer_alternative (cm);
  /* A KPI's baseline is the customer today: the status quo, not the price reference. */
  self->reference = alternative_of_role (cm, "status-quo");
  if (self->reference < 0)
    self->reference = vw_case_chart_reference_alternative (cm);
  if (self->input_alternative >= n_alts)
    self->input_alternative = self->offer >= 0 ? (guint) self->offer : 0;

  build_controls (self);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Inputs"), -1);
  vw_model_page_build_inputs (self, GTK_LIST_BOX (list));
  vw_model_page_build_formulas (self, GTK_LIST_BOX (list));
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
void
vw_model_page_schedule_refresh (VwModelPage *self)
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
on_value_changed_cb (VwModelPage *self,
                     VwItem      *item,
                     const char  *key1,
                     const char  *key2)
{
  if (VW_IS_VARIABLE (item))
    refresh_rows_of (self, item);
  else if (VW_IS_SCENARIO (item))
    {
      VwVariable *var = vw_document_find_variable (page_document (self), key1);

      if (var != NULL)
        refresh_rows_of (self, VW_ITEM (var));
    }
  vw_model_page_mark_simulation_stale (self);
  vw_model_page_schedule_refresh (self);
}

static void
on_item_changed_cb (VwModelPage *self,
                    VwItem      *item,
                    const char  *field)
{
  /* What the page is built from; a formula, a distribution or a label only change figures. */
  if (VW_IS_ALTERNATIVE (item) || VW_IS_KPI (item) || VW_IS_VALUE_ELEMENT (item)
      || VW_IS_SCENARIO (item) || VW_IS_META (item)
      || (VW_IS_VARIABLE (item) && (g_strcmp0 (field, "kind") == 0
                                    || g_strcmp0 (field, "group") == 0)))
    self->needs_rebuild = TRUE;
  if (VW_IS_VARIABLE (item) || VW_IS_META (item))
    vw_model_page_mark_simulation_stale (self);
  vw_model_page_schedule_refresh (self);
}

static void
on_item_added_or_removed_cb (VwModelPage *self,
                             VwItem      *item)
{
  if (VW_IS_VERIFICATION (item) || VW_IS_SNAPSHOT (item) || VW_IS_STAKEHOLDER (item)
      || VW_IS_STATEMENT (item))
    return;
  self->needs_rebuild = TRUE;
  vw_model_page_mark_simulation_stale (self);
  vw_model_page_schedule_refresh (self);
}

static void
vw_model_page_bind (VwPage      *page,
                    VwDocument  *document,
                    VwCaseModel *case_model)
{
  VwModelPage *self = VW_MODEL_PAGE (page);

  vw_model_page_cancel_simulation (self);
  if (document != NULL)
    {
      vw_page_follow (page, "value-changed", G_CALLBACK (on_value_changed_cb));
      vw_page_follow (page, "item-changed", G_CALLBACK (on_item_changed_cb));
      vw_page_follow (page, "item-added", G_CALLBACK (on_item_added_or_removed_cb));
      vw_page_follow (page, "item-removed", G_CALLBACK (on_item_added_or_removed_cb));
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->add_input_buttons); i++)
    vw_input_adder_set_document (VW_INPUT_ADDER (gtk_menu_button_get_popover (self->add_input_buttons[i])),
                                 document);
  vw_kpi_editor_set_document (VW_KPI_EDITOR (gtk_menu_button_get_popover (self->add_kpi_button)),
                             document);
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
  vw_model_page_schedule_refresh (self);
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

/* Shift+Ctrl+A: the Add Input popover of whichever state the page shows. */
static void
add_input_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VwModelPage *self = VW_MODEL_PAGE (widget);

  for (guint i = 0; i < G_N_ELEMENTS (self->add_input_buttons); i++)
    if (gtk_widget_is_drawable (GTK_WIDGET (self->add_input_buttons[i])))
      gtk_menu_button_popup (self->add_input_buttons[i]);
}

static GtkMenuButton *
new_add_button (const char *label,
                const char *tooltip,
                GtkWidget  *popover)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), content);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_tooltip_text (button, tooltip);
  return GTK_MENU_BUTTON (button);
}

static GtkMenuButton *
new_add_input_button (void)
{
  return new_add_button (_("Add _Input…"), _("Add a figure of the customer’s (Shift+Ctrl+A)"),
                         GTK_WIDGET (vw_input_adder_new ()));
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
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "model.add-input", NULL,
                                   add_input_action);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_a,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "model.add-input", NULL);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_list_item_set_child (item, label);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (string));
  gtk_widget_set_tooltip_text (label, gtk_string_object_get_string (string));
}

/* A drop-down of names that ellipsizes the long ones ("Preventive maintenance contract with
 * remote monitoring…") instead of widening the page. */
static GtkDropDown *
new_name_drop_down (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), NULL);
  gtk_drop_down_set_factory (dropdown, factory);
  g_object_unref (factory);
  return dropdown;
}

static GtkWidget *
labelled (const char *text,
          GtkWidget  *widget)
{
  /* Label above: alternatives have long names, and the page must fit a narrow window. */
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
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
  self->add_input_buttons[1] = new_add_input_button ();
  gtk_widget_set_halign (GTK_WIDGET (self->add_input_buttons[1]), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->add_input_buttons[1]), "pill");
  gtk_widget_add_css_class (GTK_WIDGET (self->add_input_buttons[1]), "suggested-action");
  adw_status_page_set_child (self->empty_page, GTK_WIDGET (self->add_input_buttons[1]));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);

  /* Flow boxes, so the page reflows into one column in a narrow window (the window folds its
   * sidebar below ~720 px and the page must still fit). */
  toolbar = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (toolbar), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (toolbar), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (toolbar), 18);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (toolbar), 6);
  self->scenario_dropdown = new_name_drop_down ();
  g_signal_connect_swapped (self->scenario_dropdown, "notify::selected",
                            G_CALLBACK (on_scenario_selected_cb), self);
  gtk_flow_box_append (GTK_FLOW_BOX (toolbar), labelled (_("_Scenario"), GTK_WIDGET (self->scenario_dropdown)));
  self->alternative_dropdown = new_name_drop_down ();
  g_signal_connect_swapped (self->alternative_dropdown, "notify::selected",
                            G_CALLBACK (on_alternative_selected_cb), self);
  gtk_flow_box_append (GTK_FLOW_BOX (toolbar), labelled (_("_Inputs of"), GTK_WIDGET (self->alternative_dropdown)));
  gtk_flow_box_append (GTK_FLOW_BOX (toolbar), vw_model_page_build_simulation_bar (self));
  gtk_box_append (GTK_BOX (content), toolbar);

  /* Side by side from 900 px, the inputs taking half; stacked below. */
  columns = g_object_new (GTK_TYPE_BOX, "layout-manager",
                          vw_columns_layout_new (900, 0.5, 24), NULL);
  self->inputs_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  {
    GtkWidget *inputs = section (_("Inputs"), GTK_WIDGET (self->inputs_box));

    self->add_input_buttons[0] = new_add_input_button ();
    gtk_widget_set_halign (GTK_WIDGET (self->add_input_buttons[0]), GTK_ALIGN_START);
    gtk_widget_add_css_class (GTK_WIDGET (self->add_input_buttons[0]), "flat");
    gtk_box_append (GTK_BOX (inputs), GTK_WIDGET (self->add_input_buttons[0]));
    gtk_box_append (GTK_BOX (columns), inputs);
  }

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
  {
    GtkWidget *kpis = section (_("The customer’s KPIs"), GTK_WIDGET (self->cards_box));

    self->add_kpi_button = new_add_button (_("Add or Change a _KPI…"),
                                           _("Follow a figure of the model as one of the customer’s KPIs, or change one"),
                                           GTK_WIDGET (vw_kpi_editor_new ()));
    gtk_widget_set_halign (GTK_WIDGET (self->add_kpi_button), GTK_ALIGN_START);
    gtk_widget_add_css_class (GTK_WIDGET (self->add_kpi_button), "flat");
    gtk_box_append (GTK_BOX (kpis), GTK_WIDGET (self->add_kpi_button));
    gtk_box_append (GTK_BOX (right), kpis);
  }

  self->table = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->table, 12);
  gtk_grid_set_row_spacing (self->table, 2);
  gtk_widget_set_margin_top (GTK_WIDGET (self->table), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->table), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->table), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->table), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Alternatives side by side"), -1);
  table_card = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (table_card), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (table_card), TRUE);
  gtk_widget_add_css_class (table_card, "card");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (table_card), GTK_WIDGET (self->table));
  gtk_box_append (GTK_BOX (right), section (_("Alternatives side by side"), table_card));

  gtk_box_append (GTK_BOX (right), section (_("Charts"), vw_model_page_build_charts (self)));
  gtk_box_append (GTK_BOX (columns), right);
  gtk_box_append (GTK_BOX (content), columns);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1400);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 1400);
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
