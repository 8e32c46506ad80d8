/* vw-kpi-adder.c: Add KPI: a key figure of the customer's, followed by a variable of the model
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The value has to show in the customer's own numbers: the seller picks the figure of the
 * model that is one of them (availability, maintenance cost), names it as the customer does,
 * says which way is better and, if the customer has one, the target. The KPI is added as one
 * undoable step and gets its cards (baseline → with our offer → target) at once.
 */

#define G_LOG_DOMAIN "vw-kpi-adder"

#include "config.h"

#include <glib/gi18n.h>

#include "vw-kpi-adder.h"
#include "vw-unit-format.h"
#include "vw-util.h"
#include "vw-value-parse.h"

struct _VwKpiAdder
{
  GtkPopover   parent_instance;

  GtkDropDown *variable_dropdown;
  GtkEntry    *name_entry;
  GtkDropDown *better_dropdown;
  GtkEntry    *target_entry;
  GtkLabel    *message_label;
  GtkButton   *add_button;

  VwDocument  *document;
  GPtrArray   *variable_ids;  /* in the order of the drop-down */
};

G_DEFINE_FINAL_TYPE (VwKpiAdder, vw_kpi_adder, GTK_TYPE_POPOVER)

static VwVariable *
chosen_variable (VwKpiAdder *self)
{
  guint i = gtk_drop_down_get_selected (self->variable_dropdown);

  if (self->document == NULL || i >= self->variable_ids->len)
    return NULL;
  return vw_document_find_variable (self->document, g_ptr_array_index (self->variable_ids, i));
}

/* Reads @text in the unit of @variable, the way its input row would. */
static gboolean
parse_target (VwKpiAdder *self,
              VwVariable *variable,
              const char *text,
              double     *value)
{
  VwValueFormat format;

  vw_value_format_for_unit (vw_item_get_string (VW_ITEM (variable), "unit"),
                            vw_item_get_string (VW_ITEM (vw_document_get_meta (self->document)),
                                                "currency"),
                            &format);
  return vw_value_parse (vw_number_locale_from_environment (), &format, text, value);
}

static void
update_state (VwKpiAdder *self)
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
      message = unit != NULL && unit[0] != '\0' ? g_strdup_printf (_("In %s, as the figure."), unit)
                                                : NULL;
      ok = TRUE;
    }

  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), ok);
}

static void
on_changed_cb (VwKpiAdder *self)
{
  update_state (self);
}

static void
on_add_clicked_cb (VwKpiAdder *self)
{
  g_autoptr(GError) error = NULL;
  VwVariable *variable;

  update_state (self);
  variable = chosen_variable (self);
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->add_button)) || variable == NULL)
    return;

  if (vw_kpi_adder_add (self, gtk_editable_get_text (GTK_EDITABLE (self->name_entry)),
                        vw_item_get_id (VW_ITEM (variable)),
                        gtk_drop_down_get_selected (self->better_dropdown) == 1,
                        gtk_editable_get_text (GTK_EDITABLE (self->target_entry)),
                        &error) == NULL)
    {
      gtk_label_set_text (self->message_label, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->target_entry), "");
  gtk_popover_popdown (GTK_POPOVER (self));
}

/* Every figure of the case, computed ones first: a KPI is most often a result. */
static void
fill_variables (VwKpiAdder *self)
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
on_show_cb (VwKpiAdder *self)
{
  fill_variables (self);
  update_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->variable_dropdown));
}

static void
vw_kpi_adder_dispose (GObject *object)
{
  VwKpiAdder *self = VW_KPI_ADDER (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_KPI_ADDER);

  G_OBJECT_CLASS (vw_kpi_adder_parent_class)->dispose (object);
}

static void
vw_kpi_adder_finalize (GObject *object)
{
  g_ptr_array_unref (VW_KPI_ADDER (object)->variable_ids);

  G_OBJECT_CLASS (vw_kpi_adder_parent_class)->finalize (object);
}

static void
vw_kpi_adder_class_init (VwKpiAdderClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = vw_kpi_adder_dispose;
  G_OBJECT_CLASS (klass)->finalize = vw_kpi_adder_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vw-kpi-adder.ui");
  gtk_widget_class_bind_template_child (widget_class, VwKpiAdder, variable_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VwKpiAdder, name_entry);
  gtk_widget_class_bind_template_child (widget_class, VwKpiAdder, better_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VwKpiAdder, target_entry);
  gtk_widget_class_bind_template_child (widget_class, VwKpiAdder, message_label);
  gtk_widget_class_bind_template_child (widget_class, VwKpiAdder, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
vw_kpi_adder_init (VwKpiAdder *self)
{
  const char *better[] = { _("Higher is better"), _("Lower is better"), NULL };
  g_autoptr(GtkStringList) directions = gtk_string_list_new (better);

  self->variable_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->better_dropdown, G_LIST_MODEL (directions));
  gtk_drop_down_set_expression (self->variable_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                             "string"));
  g_signal_connect (self, "show", G_CALLBACK (on_show_cb), NULL);
}

VwKpiAdder *
vw_kpi_adder_new (void)
{
  return g_object_new (VW_TYPE_KPI_ADDER, NULL);
}

void
vw_kpi_adder_set_document (VwKpiAdder *self,
                           VwDocument *document)
{
  g_return_if_fail (VW_IS_KPI_ADDER (self));

  g_set_object (&self->document, document);
  fill_variables (self);
}

/**
 * vw_kpi_adder_add:
 * @name: (nullable): the KPI's name as the customer says it; blank for the figure's label
 * @variable: the id of the variable it follows
 * @lower_is_better: whether a smaller value is the better one (costs, downtime)
 * @target: (nullable): the customer's target as typed, in the figure's unit; blank for none
 *
 * Adds the KPI as one undoable step, in the unit of its figure.
 *
 * Returns: (transfer none) (nullable): the new KPI, or %NULL with @error set
 */
VwKpi *
vw_kpi_adder_add (VwKpiAdder  *self,
                  const char  *name,
                  const char  *variable,
                  gboolean     lower_is_better,
                  const char  *target,
                  GError     **error)
{
  g_autoptr(VwKpi) kpi = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *id = NULL;
  g_autofree char *step = NULL;
  VwVariable *figure;
  const char *unit;
  double target_value = 0.0;

  g_return_val_if_fail (VW_IS_KPI_ADDER (self), NULL);
  g_return_val_if_fail (self->document != NULL, NULL);

  figure = vw_document_find_variable (self->document, variable);
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
  id = vw_document_new_id (self->document, VW_ITEM_KPI, clean_name, "_kpi");
  kpi = vw_kpi_new (id);
  vw_item_set_string (VW_ITEM (kpi), "name", clean_name);
  vw_item_set_string (VW_ITEM (kpi), "variable", vw_item_get_id (VW_ITEM (figure)));
  vw_item_set_string (VW_ITEM (kpi), "better", lower_is_better ? "lower" : "higher");
  unit = vw_item_get_string (VW_ITEM (figure), "unit");
  if (unit != NULL && unit[0] != '\0')
    vw_item_set_string (VW_ITEM (kpi), "unit", unit);
  if (!vw_str_is_blank (target))
    vw_item_set_double (VW_ITEM (kpi), "target", target_value);

  /* TRANSLATORS: an undo step, e.g. "Add KPI “Overall equipment effectiveness”" */
  step = g_strdup_printf (_("Add KPI “%s”"), clean_name);
  vw_document_begin_group (self->document, step);
  if (!vw_document_add_item (self->document, VW_ITEM (kpi), -1, error))
    {
      vw_document_end_group (self->document);
      return NULL;
    }
  vw_document_end_group (self->document);

  return kpi;
}
