/* vw-elements-page.c: the Value Elements page, the selector
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The seller picks the few elements worth proposing from the many found: a table of every
 * element (vw-elements-page-columns.c), filtered by dimension, stakeholder and process step
 * and sorted by the ranking score (vw-element-ranking.c), and the bubble chart of the same
 * elements. A bar below says how many are selected, what they are worth together (from the
 * case model, for the chosen alternative) and which value dimensions they cover. Every edit
 * is a document command; the page only redraws from the document's notifications.
 */

#define G_LOG_DOMAIN "vw-elements-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vw-case-charts.h"
#include "vw-element-ranking.h"
#include "vw-element-row.h"
#include "vw-elements-page-private.h"
#include "vw-figure.h"

G_DEFINE_FINAL_TYPE (VwElementsPage, vw_elements_page, VW_TYPE_PAGE)

static VwDocument *
get_document (VwElementsPage *self)
{
  return vw_page_get_document (VW_PAGE (self));
}

static const char *
dropdown_choice (GtkDropDown *dropdown,
                 GPtrArray   *choices)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0 || selected > choices->len)
    return NULL;
  return g_ptr_array_index (choices, selected - 1);
}

/* The alternative whose value is shown (its dropdown has no "All" entry); NULL: the offer. */
static const char *
get_alternative (VwElementsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->alternative_dropdown);

  if (selected >= self->alternative_ids->len)
    return NULL;
  return g_ptr_array_index (self->alternative_ids, selected);
}

static gboolean
strv_contains (const char * const *strv,
               const char         *id)
{
  return strv != NULL && g_strv_contains (strv, id);
}

static gboolean
row_matches (gpointer item,
             gpointer user_data)
{
  VwElementsPage *self = user_data;
  VwItem *element = VW_ITEM (vw_element_row_get_element (item));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint dimension = gtk_drop_down_get_selected (self->dimension_dropdown);
  const char *stakeholder = dropdown_choice (self->stakeholder_dropdown, self->stakeholder_ids);
  const char *step = dropdown_choice (self->step_dropdown, self->steps);

  if (dimension != GTK_INVALID_LIST_POSITION && dimension > 0
      && vw_value_element_get_dimension (VW_VALUE_ELEMENT (element)) != dimension - 1)
    return FALSE;
  if (stakeholder != NULL && !strv_contains (vw_item_get_strv (element, "stakeholders"), stakeholder))
    return FALSE;
  if (step != NULL && g_strcmp0 (vw_item_get_string (element, "process-step"), step) != 0)
    return FALSE;
  if (text != NULL && *text != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (text, -1);
      g_autofree char *name = g_utf8_casefold (vw_item_get_display_name (element), -1);
      g_autofree char *description = g_utf8_casefold (vw_item_get_string (element, "description") ?: "", -1);

      if (strstr (name, needle) == NULL && strstr (description, needle) == NULL)
        return FALSE;
    }

  return TRUE;
}

/* Rebuilds a dropdown's choices, keeping the chosen one when it still exists. */
static void
fill_dropdown (VwElementsPage *self,
               GtkDropDown    *dropdown,
               GPtrArray      *choices,
               const char     *all_label,
               GPtrArray      *ids,
               GPtrArray      *labels,
               int             preferred)
{
  g_autofree char *kept = g_strdup (all_label != NULL ? dropdown_choice (dropdown, choices)
                                                      : get_alternative (self));
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint position = 0;

  g_ptr_array_set_size (choices, 0);
  if (all_label != NULL)
    gtk_string_list_append (list, all_label);
  for (guint i = 0; i < ids->len; i++)
    {
      g_ptr_array_add (choices, g_strdup (g_ptr_array_index (ids, i)));
      gtk_string_list_append (list, g_ptr_array_index (labels, i));
      if (kept != NULL && g_str_equal (kept, g_ptr_array_index (ids, i)))
        position = i + (all_label != NULL);
      else if (kept == NULL && (int) i == preferred)
        position = i + (all_label != NULL);
    }

  self->filling_dropdowns = TRUE;
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, position);
  self->filling_dropdowns = FALSE;
}

static void
fill_dropdowns (VwElementsPage *self)
{
  VwDocument *doc = get_document (self);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *offer = NULL;
  int preferred = -1;
  GListModel *list;

  if (doc == NULL)
    return;

  list = vw_document_get_items (doc, VW_ITEM_STAKEHOLDER);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VwItem) person = g_list_model_get_item (list, i);

      g_ptr_array_add (ids, (gpointer) vw_item_get_id (person));
      g_ptr_array_add (labels, (gpointer) vw_item_get_display_name (person));
    }
  fill_dropdown (self, self->stakeholder_dropdown, self->stakeholder_ids,
                 _("All stakeholders"), ids, labels, -1);

  g_ptr_array_set_size (ids, 0);
  g_ptr_array_set_size (labels, 0);
  list = vw_document_get_items (doc, VW_ITEM_ELEMENT);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (list, i);
      const char *step = vw_item_get_string (element, "process-step");

      if (step != NULL && *step != '\0' && g_hash_table_add (seen, (gpointer) step))
        {
          g_ptr_array_add (ids, (gpointer) step);
          g_ptr_array_add (labels, (gpointer) step);
        }
    }
  fill_dropdown (self, self->step_dropdown, self->steps, _("All process steps"), ids, labels, -1);

  g_ptr_array_set_size (ids, 0);
  g_ptr_array_set_size (labels, 0);
  offer = vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)), "offer-alternative");
  list = vw_document_get_items (doc, VW_ITEM_ALTERNATIVE);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VwItem) alternative = g_list_model_get_item (list, i);

      if (g_strcmp0 (vw_item_get_id (alternative), offer) == 0)
        preferred = i;
      g_ptr_array_add (ids, (gpointer) vw_item_get_id (alternative));
      g_ptr_array_add (labels, (gpointer) vw_item_get_display_name (alternative));
    }
  fill_dropdown (self, self->alternative_dropdown, self->alternative_ids, NULL, ids, labels,
                 preferred >= 0 ? preferred : 0);
}

static void
sync_rows (VwElementsPage *self)
{
  VwDocument *doc = get_document (self);
  GListModel *elements = doc != NULL ? vw_document_get_items (doc, VW_ITEM_ELEMENT) : NULL;
  guint n = elements != NULL ? g_list_model_get_n_items (elements) : 0;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) existing = g_hash_table_new (NULL, NULL);

  /* Rows of elements still there are kept, so a cell being edited keeps its row. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      VwElementRow *row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      g_hash_table_insert (existing, vw_element_row_get_element (row), row);
      g_object_unref (row);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwValueElement) element = g_list_model_get_item (elements, i);
      VwElementRow *row = g_hash_table_lookup (existing, element);

      g_ptr_array_add (rows, row != NULL ? g_object_ref (row) : vw_element_row_new (element));
    }

  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);
}

static void
update_values (VwElementsPage *self)
{
  VwCaseModel *cm = vw_page_get_case_model (VW_PAGE (self));
  VwDocument *doc = get_document (self);
  const VwNumberLocale *locale = vw_number_locale_from_environment ();
  const char *alternative = get_alternative (self);
  const char *currency;

  if (cm == NULL)
    return;

  currency = vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)), "currency");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(VwElementRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      VwValueElement *element = vw_element_row_get_element (row);
      g_autofree char *text = NULL;
      VwVariable *variable;
      VwValue value;

      if (!vw_value_element_compute_value (element, cm, alternative, &value))
        {
          vw_element_row_set_value (row, FALSE, 0, NULL);
          continue;
        }
      variable = vw_document_find_variable (doc, vw_value_element_get_value_variable (element));
      text = vw_figure_format (locale, variable != NULL ? vw_item_get_string (VW_ITEM (variable), "unit") : NULL,
                               currency, &value, VW_FORMAT_ABBREVIATED);
      vw_element_row_set_value (row, value.kind != VW_VALUE_ERROR, vw_value_total (&value), text);
    }
}

static void
update_summary (VwElementsPage *self)
{
  VwCaseModel *cm = vw_page_get_case_model (VW_PAGE (self));
  VwDocument *doc = get_document (self);
  VwSelectionSummary summary;
  g_autoptr(GString) coverage = g_string_new (NULL);
  g_autoptr(GString) value = g_string_new (NULL);
  g_autofree char *count = NULL;
  const char *currency;

  if (cm == NULL)
    {
      gtk_label_set_text (self->count_label, "");
      gtk_label_set_text (self->value_label, "");
      gtk_label_set_text (self->coverage_label, "");
      return;
    }

  vw_element_selection_summarize (vw_document_get_items (doc, VW_ITEM_ELEMENT), cm,
                                  get_alternative (self), &summary);
  currency = vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)), "currency");

  /* TRANSLATORS: "3 of 47 selected": value elements chosen for the proposition */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u selected", "%u of %u selected",
                                        summary.n_elements),
                           summary.n_selected, summary.n_elements);
  gtk_label_set_text (self->count_label, count);

  if (summary.n_quantified > 0)
    {
      g_autofree char *total = vw_figure_format_number (vw_number_locale_from_environment (),
                                                        summary.unit, currency, summary.value,
                                                        VW_FORMAT_ABBREVIATED);
      g_string_append (value, total);
    }
  else if (summary.n_selected > 0)
    g_string_append (value, _("none quantified yet"));
  if (summary.n_errors > 0)
    {
      g_string_append (value, " · ");
      g_string_append_printf (value, g_dngettext (GETTEXT_PACKAGE, "%u cannot be computed",
                                                  "%u cannot be computed", summary.n_errors),
                              summary.n_errors);
    }
  if (summary.n_other_unit > 0)
    {
      g_string_append (value, " · ");
      g_string_append_printf (value, g_dngettext (GETTEXT_PACKAGE, "%u in another unit",
                                                  "%u in other units", summary.n_other_unit),
                              summary.n_other_unit);
    }
  gtk_label_set_text (self->value_label, value->str);

  /* TRANSLATORS: the value dimensions the selected elements cover, e.g. "2 of 4 dimensions" */
  g_string_append_printf (coverage, _("%u of %u dimensions"), summary.n_dimensions, VW_N_DIMENSIONS);
  for (guint d = 0; d < VW_N_DIMENSIONS; d++)
    g_string_append_printf (coverage, "%s%s %u", d == 0 ? ": " : " · ",
                            vw_dimension_get_label (d), summary.per_dimension[d]);
  gtk_label_set_text (self->coverage_label, coverage->str);
  if (summary.n_selected > 0 && summary.n_dimensions < VW_N_DIMENSIONS)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->coverage_label),
                                 _("Sellers mostly stop at operational value: look for strategic, social and symbolic elements too."));
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->coverage_label), NULL);
}

static void
update_chart (VwElementsPage *self)
{
  VwCaseModel *cm = vw_page_get_case_model (VW_PAGE (self));
  VwCaseChartOptions options = { .locale = vw_number_locale_from_environment (), .internal = TRUE };
  g_autoptr(VwChartData) data = NULL;

  /* The seller's own view: internal markers may show; point i is element i. */
  if (cm != NULL)
    data = vw_case_chart_value_bubbles (cm, &options);
  vw_chart_view_set_data (self->chart, data);
}

static VwItem *
nth_element (VwElementsPage *self,
             guint           index)
{
  VwDocument *doc = get_document (self);
  GListModel *elements = doc != NULL ? vw_document_get_items (doc, VW_ITEM_ELEMENT) : NULL;
  g_autoptr(VwItem) element = NULL;

  if (elements == NULL || index >= g_list_model_get_n_items (elements))
    return NULL;
  element = g_list_model_get_item (elements, index);
  return element;  /* the list keeps it */
}

/* A bubble dropped at (salience, differentiation): both ratings in one step. */
static void
on_bubble_dragged_cb (VwElementsPage *self,
                      guint           index,
                      double          x,
                      double          y)
{
  VwDocument *doc = get_document (self);
  VwItem *element = nth_element (self, index);
  int salience = (int) CLAMP (round (x), 0, 5);
  int differentiation = (int) CLAMP (round (y), 0, 5);
  g_autofree char *label = NULL;

  if (element == NULL || vw_document_get_read_only (doc))
    return;
  if (salience == vw_item_get_int (element, "salience")
      && differentiation == vw_item_get_int (element, "differentiation"))
    {
      update_chart (self);  /* back where it was */
      return;
    }

  /* TRANSLATORS: an undo step; %s is a value element's name */
  label = g_strdup_printf (_("Rate “%s”"), vw_item_get_display_name (element));
  vw_document_begin_group (doc, label);
  vw_document_set_int (doc, element, "salience", salience);
  vw_document_set_int (doc, element, "differentiation", differentiation);
  vw_document_end_group (doc);
}

/* Enter or a double click on a bubble selects or deselects its element. */
static void
on_bubble_activated_cb (VwElementsPage *self,
                        int             series,
                        int             index)
{
  VwDocument *doc = get_document (self);
  VwItem *element = index >= 0 ? nth_element (self, index) : NULL;

  if (element != NULL)
    vw_document_set_bool (doc, element, "selected", !vw_item_get_bool (element, "selected"));
}

static void
resort (VwElementsPage *self)
{
  for (guint i = 0; i < self->sorters->len; i++)
    gtk_sorter_changed (g_ptr_array_index (self->sorters, i), GTK_SORTER_CHANGE_DIFFERENT);
}

static gboolean
refresh_cb (gpointer user_data)
{
  VwElementsPage *self = user_data;

  self->refresh_id = 0;
  /* A hidden page computes nothing: opening a case costs only what is on screen. */
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->stale)
    return G_SOURCE_REMOVE;

  update_values (self);
  update_summary (self);
  update_chart (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  resort (self);

  return G_SOURCE_REMOVE;
}

/* Many notifications arrive for one command (a group, an undo); redraw once after them. */
static void
queue_refresh (VwElementsPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, refresh_cb, self, NULL);
}

static void
on_item_changed_cb (VwElementsPage *self,
                    VwItem         *item,
                    const char     *field)
{
  VwItemKind kind = vw_item_get_kind (item);

  if (kind == VW_ITEM_STAKEHOLDER || kind == VW_ITEM_ALTERNATIVE
      || (kind == VW_ITEM_ELEMENT && g_strcmp0 (field, "process-step") == 0))
    fill_dropdowns (self);
  queue_refresh (self);
}

static void
on_value_changed_cb (VwElementsPage *self)
{
  queue_refresh (self);
}

static void
on_item_added_or_removed_cb (VwElementsPage *self,
                             VwItem         *item)
{
  if (vw_item_get_kind (item) == VW_ITEM_ELEMENT)
    sync_rows (self);
  fill_dropdowns (self);
  queue_refresh (self);
}

static void
cancel_refresh (VwElementsPage *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
}

static void
vw_elements_page_bind (VwPage      *page,
                       VwDocument  *document,
                       VwCaseModel *case_model)
{
  VwElementsPage *self = VW_ELEMENTS_PAGE (page);

  cancel_refresh (self);

  vw_element_adder_set_document (self->adder, document);
  sync_rows (self);
  if (document == NULL)
    {
      update_summary (self);
      update_chart (self);
      return;
    }

  vw_page_follow (page, "item-changed", G_CALLBACK (on_item_changed_cb));
  vw_page_follow (page, "value-changed", G_CALLBACK (on_value_changed_cb));
  vw_page_follow (page, "item-added", G_CALLBACK (on_item_added_or_removed_cb));
  vw_page_follow (page, "item-removed", G_CALLBACK (on_item_added_or_removed_cb));
  fill_dropdowns (self);
  refresh_cb (self);
}

static void
on_filter_changed_cb (VwElementsPage *self)
{
  if (self->filling_dropdowns || self->filter == NULL)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_alternative_changed_cb (VwElementsPage *self)
{
  if (self->filling_dropdowns || self->rows == NULL)
    return;
  queue_refresh (self);
}

static void
on_stop_search_cb (VwElementsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static gboolean
focus_filter_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  VwElementsPage *self = VW_ELEMENTS_PAGE (widget);

  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

static gboolean
add_element_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  VwElementsPage *self = VW_ELEMENTS_PAGE (widget);

  if (!gtk_widget_get_mapped (widget) || get_document (self) == NULL
      || vw_document_get_read_only (get_document (self)))
    return FALSE;
  gtk_menu_button_popup (self->add_button);
  return TRUE;
}

/* Window-wide shortcuts (the focus may be in the sidebar), taken only while the page shows. */
static void
add_shortcuts (VwElementsPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (focus_filter_cb, NULL, NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                                                          gtk_callback_action_new (add_element_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
on_element_added_cb (VwElementsPage *self,
                     VwValueElement *element)
{
  /* Show the new element even if a filter would hide it. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->dimension_dropdown, 0);
  gtk_drop_down_set_selected (self->stakeholder_dropdown, 0);
  gtk_drop_down_set_selected (self->step_dropdown, 0);
}

static void
vw_elements_page_map (GtkWidget *widget)
{
  VwElementsPage *self = VW_ELEMENTS_PAGE (widget);

  GTK_WIDGET_CLASS (vw_elements_page_parent_class)->map (widget);
  if (self->stale)
    refresh_cb (self);
}

static gboolean
fit_columns_cb (gpointer user_data)
{
  VwElementsPage *self = user_data;

  self->fit_id = 0;
  vw_elements_page_fit_columns (self, self->fit_wider);
  self->fit_wider = FALSE;
  return G_SOURCE_REMOVE;
}

/* Which columns fit is decided after the table's width changed, never during the allocation. */
static void
on_table_width_cb (VwElementsPage *self)
{
  GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));
  int width = (int) gtk_adjustment_get_page_size (hadjustment);

  if (width == self->fit_width)
    return;
  self->fit_wider |= width > self->fit_width;
  self->fit_width = width;
  if (self->fit_id == 0)
    self->fit_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 30, fit_columns_cb, self, NULL);
}

static void
vw_elements_page_dispose (GObject *object)
{
  VwElementsPage *self = VW_ELEMENTS_PAGE (object);

  g_clear_handle_id (&self->fit_id, g_source_remove);
  /* Unbind while the widgets are still there. */
  vw_page_set_case (VW_PAGE (self), NULL, NULL);
  cancel_refresh (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_ELEMENTS_PAGE);

  G_OBJECT_CLASS (vw_elements_page_parent_class)->dispose (object);
}

static void
vw_elements_page_finalize (GObject *object)
{
  VwElementsPage *self = VW_ELEMENTS_PAGE (object);

  g_clear_object (&self->rows);
  g_clear_object (&self->filter);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->sorters, g_ptr_array_unref);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->stakeholder_ids, g_ptr_array_unref);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->alternative_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (vw_elements_page_parent_class)->finalize (object);
}

static void
vw_elements_page_class_init (VwElementsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VwPageClass *page_class = VW_PAGE_CLASS (klass);

  object_class->dispose = vw_elements_page_dispose;
  object_class->finalize = vw_elements_page_finalize;
  widget_class->map = vw_elements_page_map;
  page_class->bind = vw_elements_page_bind;

  g_type_ensure (VW_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vw-elements-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VwElementsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VwElementsPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, VwElementsPage, dimension_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VwElementsPage, stakeholder_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VwElementsPage, step_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VwElementsPage, alternative_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VwElementsPage, paned);
  gtk_widget_class_bind_template_child (widget_class, VwElementsPage, chart_box);
  gtk_widget_class_bind_template_child (widget_class, VwElementsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, VwElementsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VwElementsPage, value_label);
  gtk_widget_class_bind_template_child (widget_class, VwElementsPage, coverage_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_alternative_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
}

static void
vw_elements_page_init (VwElementsPage *self)
{
  g_autoptr(GtkStringList) dimensions = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->stakeholder_ids = g_ptr_array_new_with_free_func (g_free);
  self->steps = g_ptr_array_new_with_free_func (g_free);
  self->alternative_ids = g_ptr_array_new_with_free_func (g_free);
  self->sorters = g_ptr_array_new_with_free_func (g_object_unref);
  self->columns = g_hash_table_new (g_str_hash, g_str_equal);

  gtk_string_list_append (dimensions, _("All dimensions"));
  for (guint d = 0; d < VW_N_DIMENSIONS; d++)
    gtk_string_list_append (dimensions, vw_dimension_get_label (d));
  gtk_drop_down_set_model (self->dimension_dropdown, G_LIST_MODEL (dimensions));

  self->rows = g_list_store_new (VW_TYPE_ELEMENT_ROW);
  self->filter = gtk_custom_filter_new (row_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  vw_elements_page_setup_columns (self);
  g_signal_connect_object (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)),
                           "notify::page-size", G_CALLBACK (on_table_width_cb), self,
                           G_CONNECT_SWAPPED);

  self->chart = VW_CHART_VIEW (vw_chart_view_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->chart), -1, 120);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Value elements by salience and differentiation"), -1);
  gtk_box_append (self->chart_box, GTK_WIDGET (self->chart));
  g_signal_connect_swapped (self->chart, "item-dragged", G_CALLBACK (on_bubble_dragged_cb), self);
  g_signal_connect_swapped (self->chart, "item-activated", G_CALLBACK (on_bubble_activated_cb), self);

  self->adder = vw_element_adder_new ();
  gtk_menu_button_set_popover (self->add_button, GTK_WIDGET (self->adder));
  g_signal_connect_swapped (self->adder, "element-added", G_CALLBACK (on_element_added_cb), self);

  add_shortcuts (self);
  update_summary (self);
}

GtkWidget *
vw_elements_page_new (void)
{
  return g_object_new (VW_TYPE_ELEMENTS_PAGE, NULL);
}

/**
 * vw_elements_page_get_shown:
 *
 * Returns: (transfer none): the rows (#VwElementRow) shown, filtered and in table order
 */
GListModel *
vw_elements_page_get_shown (VwElementsPage *self)
{
  g_return_val_if_fail (VW_IS_ELEMENTS_PAGE (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

/**
 * vw_elements_page_set_dimension:
 * @dimension: a #VwDimension, or -1 for all
 */
void
vw_elements_page_set_dimension (VwElementsPage *self,
                                int             dimension)
{
  g_return_if_fail (VW_IS_ELEMENTS_PAGE (self));
  g_return_if_fail (dimension >= -1 && dimension < VW_N_DIMENSIONS);

  gtk_drop_down_set_selected (self->dimension_dropdown, dimension + 1);
}

static void
select_choice (GtkDropDown *dropdown,
               GPtrArray   *choices,
               const char  *id,
               guint        offset)
{
  guint index;

  if (id == NULL && offset > 0)
    gtk_drop_down_set_selected (dropdown, 0);
  else if (id != NULL && g_ptr_array_find_with_equal_func (choices, id, g_str_equal, &index))
    gtk_drop_down_set_selected (dropdown, index + offset);
  else
    g_warning ("No choice “%s”", id);
}

/**
 * vw_elements_page_set_stakeholder:
 * @stakeholder_id: (nullable): show only the elements this person cares about; %NULL for all
 */
void
vw_elements_page_set_stakeholder (VwElementsPage *self,
                                  const char     *stakeholder_id)
{
  g_return_if_fail (VW_IS_ELEMENTS_PAGE (self));
  select_choice (self->stakeholder_dropdown, self->stakeholder_ids, stakeholder_id, 1);
}

void
vw_elements_page_set_process_step (VwElementsPage *self,
                                   const char     *process_step)
{
  g_return_if_fail (VW_IS_ELEMENTS_PAGE (self));
  select_choice (self->step_dropdown, self->steps, process_step, 1);
}

void
vw_elements_page_set_alternative (VwElementsPage *self,
                                  const char     *alternative_id)
{
  g_return_if_fail (VW_IS_ELEMENTS_PAGE (self));
  g_return_if_fail (alternative_id != NULL);
  select_choice (self->alternative_dropdown, self->alternative_ids, alternative_id, 0);
}

/**
 * vw_elements_page_sort_by:
 * @column: "name", "dimension", "stakeholders", "step", "salience", "differentiation",
 *   "impact", "value" or "score"
 */
void
vw_elements_page_sort_by (VwElementsPage *self,
                          const char     *column,
                          GtkSortType     order)
{
  GtkColumnViewColumn *col;

  g_return_if_fail (VW_IS_ELEMENTS_PAGE (self));

  col = g_hash_table_lookup (self->columns, column);
  g_return_if_fail (col != NULL);
  gtk_column_view_sort_by_column (self->column_view, col, order);
}
