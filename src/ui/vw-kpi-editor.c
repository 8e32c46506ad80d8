/* vw-kpi-editor.c: the customer's KPIs: add one, change or remove one
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The value has to show in the customer's own numbers: the seller picks the figure of the
 * model that is one of them (availability, maintenance cost), names it as the customer does,
 * says which way is better and, if the customer has one, the target. The KPI is added as one
 * undoable step and gets its cards (baseline → with our offer → target) at once. The same
 * popover changes a KPI ("our target is 88 %") or removes it, each one undoable step.
 */

#define G_LOG_DOMAIN "vw-kpi-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vw-kpi-editor.h"
#include "vw-util.h"
#include "vw-value-parse.h"

struct _VwKpiEditor
{
  GtkPopover   parent_instance;

  GtkDropDown *kpi_dropdown;
  GtkDropDown *variable_dropdown;
  GtkEntry    *name_entry;
  GtkDropDown *better_dropdown;
  GtkEntry    *target_entry;
  GtkLabel    *message_label;
  GtkButton   *add_button;
  GtkButton   *remove_button;

  VwDocument  *document;
  GPtrArray   *kpi_ids;       /* after "New KPI", in the order of the drop-down */
  GPtrArray   *variable_ids;  /* in the order of the drop-down */
};

G_DEFINE_FINAL_TYPE (VwKpiEditor, vw_kpi_editor, GTK_TYPE_POPOVER)

/* The KPI being changed, or NULL when a new one is being added. */
static VwKpi *
chosen_kpi (VwKpiEditor *self)
{
  guint i = gtk_drop_down_get_selected (self->kpi_dropdown);

  if (self->document == NULL || i == 0 || i == GTK_INVALID_LIST_POSITION || i > self->kpi_ids->len)
    return NULL;
  return VW_KPI (vw_document_find (self->document, VW_ITEM_KPI,
                                   g_ptr_array_index (self->kpi_ids, i - 1)));
}

static VwVariable *
chosen_variable (VwKpiEditor *self)
{
  guint i = gtk_drop_down_get_selected (self->variable_dropdown);

  if (self->document == NULL || i >= self->variable_ids->len)
    return NULL;
  return vw_document_find_variable (self->document, g_ptr_array_index (self->variable_ids, i));
}

/* Reads @text in the unit of @variable, the way its input row would. */
static gboolean
parse_target (VwKpiEditor *self,
              VwVariable *variable,
              const char *text,
              double     *value)
{
  VwValueFormat format;

  vw_document_value_format (self->document, vw_item_get_string (VW_ITEM (variable), "unit"),
                            &format);
  return vw_value_parse (vw_number_locale_from_environment (), &format, text, value);
}

static void
update_state (VwKpiEditor *self)
{
  VwVariable *variable = chosen_variable (self);
  const char *target = gtk_editable_get_text (GTK_EDITABLE (self->target_entry));
  g_autofree char *message = NULL;
  gboolean ok = FALSE;
  double value;

  gtk_entry_set_placeholder_text (self->name_entry,
                                  variable != NULL ? vw_item_get_display_name (VW_ITEM (variable))
                                                   : NULL);
  if (self->document == NULL || vw_document_get_read_only (self->document))
    message = g_strdup (_("The case is read-only."));
  else if (variable == NULL)
    message = g_strdup (_("The case has no figures yet: add an input first."));
  else if (!vw_str_is_blank (target) && !parse_target (self, variable, target, &value))
    message = g_strdup_printf (_("“%s” is not a number."), target);
  else
    {
      const char *unit = vw_item_get_string (VW_ITEM (variable), "unit");

      /* TRANSLATORS: %s is a unit, e.g. "EUR/year" */
      message = unit != NULL && unit[0] != '\0' ? g_strdup_printf (_("In %s, the figure’s unit."), unit)
                                                : NULL;
      ok = TRUE;
    }

  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), ok);
}

static void
on_changed_cb (VwKpiEditor *self)
{
  update_state (self);
}

static void
on_add_clicked_cb (VwKpiEditor *self)
{
  g_autoptr(GError) error = NULL;
  VwVariable *variable;

  update_state (self);
  variable = chosen_variable (self);
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->add_button)) || variable == NULL)
    return;

  if (!vw_kpi_editor_save (self, chosen_kpi (self),
                           gtk_editable_get_text (GTK_EDITABLE (self->name_entry)),
                           vw_item_get_id (VW_ITEM (variable)),
                           gtk_drop_down_get_selected (self->better_dropdown) == 1,
                           gtk_editable_get_text (GTK_EDITABLE (self->target_entry)),
                           &error))
    {
      gtk_label_set_text (self->message_label, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->target_entry), "");
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_remove_clicked_cb (VwKpiEditor *self)
{
  g_autoptr(GError) error = NULL;
  VwKpi *kpi = chosen_kpi (self);

  if (kpi == NULL)
    return;
  if (!vw_document_remove_item (self->document, VW_ITEM (kpi), &error))
    {
      gtk_label_set_text (self->message_label, error->message);
      return;
    }
  gtk_popover_popdown (GTK_POPOVER (self));
}

/* A KPI chosen: its fields to change; "New KPI": empty fields. */
static void
on_kpi_chosen_cb (VwKpiEditor *self)
{
  VwKpi *kpi = chosen_kpi (self);
  g_autofree char *target = NULL;
  guint variable = 0;

  if (kpi != NULL)
    {
      const char *id = vw_item_get_string (VW_ITEM (kpi), "variable");

      for (guint i = 0; i < self->variable_ids->len; i++)
        if (g_strcmp0 (g_ptr_array_index (self->variable_ids, i), id) == 0)
          variable = i;
      if (vw_item_is_set (VW_ITEM (kpi), "target"))
        {
          VwValueFormat format;

          vw_document_value_format (self->document, vw_item_get_string (VW_ITEM (kpi), "unit"),
                                    &format);
          target = vw_format_value (vw_number_locale_from_environment (), &format,
                                    vw_item_get_double (VW_ITEM (kpi), "target"), VW_FORMAT_EXACT);
        }
    }
  gtk_drop_down_set_selected (self->variable_dropdown, variable);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry),
                         kpi != NULL ? vw_item_get_string (VW_ITEM (kpi), "name") : "");
  gtk_drop_down_set_selected (self->better_dropdown,
                              kpi != NULL && g_strcmp0 (vw_item_get_string (VW_ITEM (kpi), "better"),
                                                        "lower") == 0);
  gtk_editable_set_text (GTK_EDITABLE (self->target_entry), target != NULL ? target : "");
  gtk_button_set_label (self->add_button, kpi != NULL ? _("_Save") : _("_Add KPI"));
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), kpi != NULL);
  update_state (self);
}

static void
fill_kpis (VwKpiEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->kpi_ids, 0);
  gtk_string_list_append (names, _("New KPI"));
  if (self->document != NULL)
    {
      GListModel *kpis = vw_document_get_items (self->document, VW_ITEM_KPI);

      for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
        {
          g_autoptr(VwItem) kpi = g_list_model_get_item (kpis, i);

          g_ptr_array_add (self->kpi_ids, g_strdup (vw_item_get_id (kpi)));
          gtk_string_list_append (names, vw_item_get_display_name (kpi));
        }
    }
  gtk_drop_down_set_model (self->kpi_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->kpi_dropdown, 0);
}

/* Every figure of the case, computed ones first: a KPI is most often a result. */
static void
fill_variables (VwKpiEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->variable_ids, 0);
  if (self->document != NULL)
    {
      GListModel *variables = vw_document_get_items (self->document, VW_ITEM_VARIABLE);

      for (guint pass = 0; pass < 2; pass++)
        for (guint i = 0; i < g_list_model_get_n_items (variables); i++)
          {
            g_autoptr(VwVariable) variable = g_list_model_get_item (variables, i);

            if (vw_variable_is_formula (variable) != (pass == 0) ||
                vw_document_is_internal (self->document, VW_ITEM (variable), NULL))
              continue;
            g_ptr_array_add (self->variable_ids, g_strdup (vw_item_get_id (VW_ITEM (variable))));
            gtk_string_list_append (names, vw_item_get_display_name (VW_ITEM (variable)));
          }
    }
  gtk_drop_down_set_model (self->variable_dropdown, G_LIST_MODEL (names));
}

static void
on_show_cb (VwKpiEditor *self)
{
  fill_variables (self);
  fill_kpis (self);
  on_kpi_chosen_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->kpi_dropdown));
}

static void
vw_kpi_editor_dispose (GObject *object)
{
  VwKpiEditor *self = VW_KPI_EDITOR (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_KPI_EDITOR);

  G_OBJECT_CLASS (vw_kpi_editor_parent_class)->dispose (object);
}

static void
vw_kpi_editor_finalize (GObject *object)
{
  g_ptr_array_unref (VW_KPI_EDITOR (object)->variable_ids);
  g_ptr_array_unref (VW_KPI_EDITOR (object)->kpi_ids);

  G_OBJECT_CLASS (vw_kpi_editor_parent_class)->finalize (object);
}

static void
vw_kpi_editor_class_init (VwKpiEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = vw_kpi_editor_dispose;
  G_OBJECT_CLASS (klass)->finalize = vw_kpi_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vw-kpi-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, VwKpiEditor, kpi_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VwKpiEditor, variable_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VwKpiEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, VwKpiEditor, better_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VwKpiEditor, target_entry);
  gtk_widget_class_bind_template_child (widget_class, VwKpiEditor, message_label);
  gtk_widget_class_bind_template_child (widget_class, VwKpiEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, VwKpiEditor, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kpi_chosen_cb);
}

static void
vw_kpi_editor_init (VwKpiEditor *self)
{
  const char *better[] = { _("Higher is better"), _("Lower is better"), NULL };
  g_autoptr(GtkStringList) directions = gtk_string_list_new (better);

  self->variable_ids = g_ptr_array_new_with_free_func (g_free);
  self->kpi_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->better_dropdown, G_LIST_MODEL (directions));
  gtk_drop_down_set_expression (self->variable_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                             "string"));
  g_signal_connect (self, "show", G_CALLBACK (on_show_cb), NULL);
}

VwKpiEditor *
vw_kpi_editor_new (void)
{
  return g_object_new (VW_TYPE_KPI_EDITOR, NULL);
}

void
vw_kpi_editor_set_document (VwKpiEditor *self,
                           VwDocument *document)
{
  g_return_if_fail (VW_IS_KPI_EDITOR (self));

  g_set_object (&self->document, document);
  fill_variables (self);
  fill_kpis (self);
}

/**
 * vw_kpi_editor_save:
 * @kpi: (nullable): the KPI to change, or %NULL to add one
 * @name: (nullable): the KPI's name as the customer says it; blank for the figure's label
 * @variable: the id of the variable it follows
 * @lower_is_better: whether a smaller value is the better one (costs, downtime)
 * @target: (nullable): the customer's target as typed, in the figure's unit; blank for none
 *
 * Adds the KPI, or changes @kpi, as one undoable step, in the unit of its figure.
 *
 * Returns: (transfer none) (nullable): the KPI, or %NULL with @error set
 */
VwKpi *
vw_kpi_editor_save (VwKpiEditor  *self,
                    VwKpi        *kpi,
                    const char   *name,
                    const char   *variable,
                    gboolean      lower_is_better,
                    const char   *target,
                    GError      **error)
{
  g_autoptr(VwKpi) added = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *step = NULL;
  VwDocument *doc;
  VwItem *item;
  VwVariable *figure;
  const char *unit;
  double target_value = 0.0;
  gboolean ok;

  g_return_val_if_fail (VW_IS_KPI_EDITOR (self), NULL);
  g_return_val_if_fail (self->document != NULL, NULL);
  g_return_val_if_fail (kpi == NULL || VW_IS_KPI (kpi), NULL);


  doc = self->document;
  figure = vw_document_find_variable (doc, variable);
  if (figure == NULL)
    {
      g_set_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_INVALID_ID,
                   _("The case has no figure “%s”."), variable != NULL ? variable : "");
      return NULL;
    }
  if (!vw_str_is_blank (target) && !parse_target (self, figure, target, &target_value))
    {
      g_set_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_INVALID_ID,
                   _("“%s” is not a number."), target);
      return NULL;
    }

  clean_name = vw_str_is_blank (name) ? g_strdup (vw_item_get_display_name (VW_ITEM (figure)))
                                      : g_strstrip (g_strdup (name));
  unit = vw_item_get_string (VW_ITEM (figure), "unit");
  if (kpi == NULL)
    {
      g_autofree char *id = vw_document_new_id (doc, VW_ITEM_KPI, clean_name, "_kpi");

      added = vw_kpi_new (id);
      item = VW_ITEM (added);
      vw_item_set_string (item, "name", clean_name);
      vw_item_set_string (item, "variable", vw_item_get_id (VW_ITEM (figure)));
      vw_item_set_string (item, "better", lower_is_better ? "lower" : "higher");
      if (unit != NULL && unit[0] != '\0')
        vw_item_set_string (item, "unit", unit);
      if (!vw_str_is_blank (target))
        vw_item_set_double (item, "target", target_value);
      /* TRANSLATORS: an undo step, e.g. "Add KPI “Overall equipment effectiveness”" */
      step = g_strdup_printf (_("Add KPI “%s”"), clean_name);
      vw_document_begin_group (doc, step);
      ok = vw_document_add_item (doc, item, -1, error);
      vw_document_end_group (doc);
      return ok ? VW_KPI (item) : NULL;
    }

  item = VW_ITEM (kpi);
  if (vw_document_get_read_only (doc))
    {
      g_set_error_literal (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_READ_ONLY,
                           _("The case is read-only."));
      return NULL;
    }
  /* TRANSLATORS: an undo step, e.g. "Change KPI “Overall equipment effectiveness”" */
  step = g_strdup_printf (_("Change KPI “%s”"), clean_name);
  /* Each setter is a no-op for a field that keeps its value. */
  vw_document_begin_group (doc, step);
  vw_document_set_string (doc, item, "name", clean_name);
  vw_document_set_string (doc, item, "variable", vw_item_get_id (VW_ITEM (figure)));
  vw_document_set_string (doc, item, "better", lower_is_better ? "lower" : "higher");
  vw_document_set_string (doc, item, "unit", unit != NULL && unit[0] != '\0' ? unit : NULL);
  if (!vw_str_is_blank (target))
    vw_document_set_double (doc, item, "target", target_value);
  else
    vw_document_unset (doc, item, "target");
  vw_document_end_group (doc);
  return kpi;
}
