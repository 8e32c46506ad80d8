/* vw-element-adder.c: Benefit on the fly: a new value element with a value formula
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * During a conversation the customer names a benefit nobody had listed. The seller types its
 * name and a formula over the case's variables, sees its value for the offer while typing (or
 * the reason it cannot be computed), and presses Enter: a formula variable and a selected
 * value element quantified by it are added as one undoable step. The value is tried on a
 * scratch copy of the case, so nothing reaches the document before Add.
 */

#define G_LOG_DOMAIN "vw-element-adder"

#include "config.h"

#include <glib/gi18n.h>

#include "vw-util.h"

#include "vw-case-model.h"
#include "vw-element-adder.h"
#include "vw-element-ranking.h"
#include "vw-figure.h"
#include "vw-formula.h"

#define PREVIEW_DELAY_MS 120

struct _VwElementAdder
{
  GtkPopover   parent_instance;

  GtkEntry    *name_entry;
  GtkDropDown *dimension_dropdown;
  GtkEntry    *formula_entry;
  GtkLabel    *hint_label;
  GtkLabel    *result_label;
  GtkButton   *add_button;

  VwDocument  *document;
  VwDocument  *scratch;      /* a copy of the case to try the formula on, while shown */
  VwCaseModel *scratch_model;
  VwVariable  *scratch_variable;
  guint        preview_id;
  gboolean     formula_ok;
};

G_DEFINE_FINAL_TYPE (VwElementAdder, vw_element_adder, GTK_TYPE_POPOVER)

enum {
  ELEMENT_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What a value element added during a meeting is measured in: money per period. */
static char *
value_unit (VwDocument *doc)
{
  VwItem *meta = VW_ITEM (vw_document_get_meta (doc));

  return g_strdup_printf ("%s/%s", vw_item_get_string (meta, "currency"),
                          vw_item_get_string (meta, "period-unit"));
}

static void
show_result (VwElementAdder *self,
             const char     *text,
             gboolean        is_error)
{
  gtk_label_set_text (self->result_label, text);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->result_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "error");
}

static void
ensure_scratch (VwElementAdder *self)
{
  g_autofree char *unit = NULL;
  g_autofree char *id = NULL;

  if (self->scratch != NULL || self->document == NULL)
    return;

  self->scratch = vw_document_copy (self->document);
  id = vw_document_new_id (self->scratch, VW_ITEM_VARIABLE, "new_element", "_value");
  unit = value_unit (self->scratch);
  self->scratch_variable = vw_variable_new (id);
  vw_item_set_string (VW_ITEM (self->scratch_variable), "label", id);
  vw_item_set_string (VW_ITEM (self->scratch_variable), "kind", "formula");
  vw_item_set_string (VW_ITEM (self->scratch_variable), "formula", "0");
  vw_item_set_string (VW_ITEM (self->scratch_variable), "unit", unit);
  vw_document_append_item (self->scratch, VW_ITEM (self->scratch_variable));
  self->scratch_model = vw_case_model_new (self->scratch);
}

static void
drop_scratch (VwElementAdder *self)
{
  g_clear_object (&self->scratch_model);
  g_clear_object (&self->scratch_variable);
  g_clear_object (&self->scratch);
}

/* Tries the formula on the scratch copy: a syntax error, an error value, or the value. */
static void
update_preview (VwElementAdder *self)
{
  const char *formula = gtk_editable_get_text (GTK_EDITABLE (self->formula_entry));
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *unit = NULL;
  VwItem *meta;
  VwValue value;

  g_clear_handle_id (&self->preview_id, g_source_remove);
  self->formula_ok = FALSE;

  if (self->document == NULL)
    return;

  if (vw_str_is_blank (formula))
    {
      show_result (self, _("Without a formula the element is added unquantified."), FALSE);
      self->formula_ok = TRUE;
    }
  else if (!vw_formula_check (formula, &error))
    show_result (self, error->message, TRUE);
  else
    {
      ensure_scratch (self);
      /* A command on the copy, so that its model recompiles. */
      vw_document_set_string (self->scratch, VW_ITEM (self->scratch_variable), "formula", formula);
      meta = VW_ITEM (vw_document_get_meta (self->scratch));
      vw_case_model_evaluate (self->scratch_model);
      vw_case_model_get_value (self->scratch_model, vw_item_get_id (VW_ITEM (self->scratch_variable)),
                               vw_item_get_string (meta, "offer-alternative"), &value);
      unit = value_unit (self->scratch);
      text = vw_figure_format (vw_number_locale_from_environment (), unit,
                               vw_item_get_string (meta, "currency"), &value, VW_FORMAT_EXACT);
      if (value.kind == VW_VALUE_ERROR)
        show_result (self, text, TRUE);
      else
        {
          g_autofree char *shown = g_strdup_printf (_("= %s with the offer"), text);

          show_result (self, shown, FALSE);
          self->formula_ok = TRUE;
        }
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button),
                            self->formula_ok && !vw_str_is_blank (name)
                            && !vw_document_get_read_only (self->document));
}

static gboolean
preview_cb (gpointer user_data)
{
  VwElementAdder *self = user_data;

  self->preview_id = 0;
  update_preview (self);
  return G_SOURCE_REMOVE;
}

static void
on_changed_cb (VwElementAdder *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
  g_clear_handle_id (&self->preview_id, g_source_remove);
  self->preview_id = g_timeout_add (PREVIEW_DELAY_MS, preview_cb, self);
}

static void
on_name_activate_cb (VwElementAdder *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->formula_entry));
}

static void
on_add_clicked_cb (VwElementAdder *self)
{
  g_autoptr(GError) error = NULL;
  VwValueElement *element;

  update_preview (self);
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->add_button)))
    return;

  element = vw_element_adder_add (self, gtk_editable_get_text (GTK_EDITABLE (self->name_entry)),
                                  gtk_drop_down_get_selected (self->dimension_dropdown),
                                  gtk_editable_get_text (GTK_EDITABLE (self->formula_entry)),
                                  &error);
  if (element == NULL)
    {
      show_result (self, error->message, TRUE);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->formula_entry), "");
  g_clear_handle_id (&self->preview_id, g_source_remove);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_formula_activate_cb (VwElementAdder *self)
{
  on_add_clicked_cb (self);
}

static void
on_show_cb (VwElementAdder *self)
{
  g_autofree char *unit = NULL;
  g_autofree char *hint = NULL;

  drop_scratch (self);
  if (self->document != NULL)
    {
      unit = value_unit (self->document);
      /* TRANSLATORS: %s is a unit such as "EUR/year" */
      hint = g_strdup_printf (_("The value in %s for the offer; use the case’s variables by their id."), unit);
      gtk_label_set_text (self->hint_label, hint);
    }
  update_preview (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
on_closed_cb (VwElementAdder *self)
{
  g_clear_handle_id (&self->preview_id, g_source_remove);
  drop_scratch (self);
}

static void
vw_element_adder_dispose (GObject *object)
{
  VwElementAdder *self = VW_ELEMENT_ADDER (object);

  g_clear_handle_id (&self->preview_id, g_source_remove);
  drop_scratch (self);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_ELEMENT_ADDER);

  G_OBJECT_CLASS (vw_element_adder_parent_class)->dispose (object);
}

static void
vw_element_adder_class_init (VwElementAdderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vw_element_adder_dispose;

  /**
   * VwElementAdder::element-added:
   * @element: the new value element, already in the document
   */
  signals[ELEMENT_ADDED] =
    g_signal_new ("element-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, VW_TYPE_VALUE_ELEMENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vw-element-adder.ui");
  gtk_widget_class_bind_template_child (widget_class, VwElementAdder, name_entry);
  gtk_widget_class_bind_template_child (widget_class, VwElementAdder, dimension_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VwElementAdder, formula_entry);
  gtk_widget_class_bind_template_child (widget_class, VwElementAdder, hint_label);
  gtk_widget_class_bind_template_child (widget_class, VwElementAdder, result_label);
  gtk_widget_class_bind_template_child (widget_class, VwElementAdder, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_formula_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
vw_element_adder_init (VwElementAdder *self)
{
  g_autoptr(GtkStringList) dimensions = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint d = 0; d < VW_N_DIMENSIONS; d++)
    gtk_string_list_append (dimensions, vw_dimension_get_label (d));
  gtk_drop_down_set_model (self->dimension_dropdown, G_LIST_MODEL (dimensions));

  g_signal_connect (self, "show", G_CALLBACK (on_show_cb), NULL);
  g_signal_connect (self, "closed", G_CALLBACK (on_closed_cb), NULL);
}

VwElementAdder *
vw_element_adder_new (void)
{
  return g_object_new (VW_TYPE_ELEMENT_ADDER, NULL);
}

void
vw_element_adder_set_document (VwElementAdder *self,
                               VwDocument     *document)
{
  g_return_if_fail (VW_IS_ELEMENT_ADDER (self));

  drop_scratch (self);
  g_set_object (&self->document, document);
}

/**
 * vw_element_adder_get_result:
 *
 * Returns: what the popover says about the formula typed: its value or why it cannot be added
 */
const char *
vw_element_adder_get_result (VwElementAdder *self)
{
  g_return_val_if_fail (VW_IS_ELEMENT_ADDER (self), NULL);

  if (self->preview_id != 0)
    update_preview (self);
  return gtk_label_get_text (self->result_label);
}

/**
 * vw_element_adder_add:
 * @name: the element's name
 * @dimension: a #VwDimension
 * @formula: (nullable): its value, a formula over the case's variables; %NULL or empty for
 *   an element not quantified yet
 *
 * Adds, as one undoable step, a formula variable in the case's currency per period and a
 * selected value element quantified by it.
 *
 * Returns: (transfer none) (nullable): the new element, or %NULL with @error set
 */
VwValueElement *
vw_element_adder_add (VwElementAdder *self,
                      const char     *name,
                      int             dimension,
                      const char     *formula,
                      GError        **error)
{
  static const char * const dimension_ids[VW_N_DIMENSIONS] = {
    "operational", "strategic", "social", "symbolic"
  };
  g_autoptr(VwValueElement) element = NULL;
  g_autoptr(VwVariable) variable = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *element_id = NULL;
  g_autofree char *label = NULL;
  gboolean ok;

  g_return_val_if_fail (VW_IS_ELEMENT_ADDER (self), NULL);
  g_return_val_if_fail (self->document != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (dimension >= 0 && dimension < VW_N_DIMENSIONS, NULL);

  clean_name = g_strstrip (g_strdup (name));
  if (vw_str_is_blank (clean_name))
    {
      g_set_error_literal (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_INVALID_ID,
                           _("The value element needs a name."));
      return NULL;
    }
  if (vw_str_is_blank (formula))
    formula = NULL;
  if (formula != NULL && !vw_formula_check (formula, error))
    return NULL;

  element_id = vw_document_new_id (self->document, VW_ITEM_ELEMENT, clean_name, NULL);
  element = vw_value_element_new (element_id);
  vw_item_set_string (VW_ITEM (element), "name", clean_name);
  vw_item_set_string (VW_ITEM (element), "dimension", dimension_ids[dimension]);
  vw_item_set_bool (VW_ITEM (element), "selected", TRUE);

  if (formula != NULL)
    {
      g_autofree char *variable_id = vw_document_new_id (self->document, VW_ITEM_VARIABLE, clean_name, "_value");
      g_autofree char *unit = value_unit (self->document);
      const char *ids[] = { variable_id, NULL };

      variable = vw_variable_new (variable_id);
      vw_item_set_string (VW_ITEM (variable), "label", clean_name);
      vw_item_set_string (VW_ITEM (variable), "kind", "formula");
      vw_item_set_string (VW_ITEM (variable), "formula", formula);
      vw_item_set_string (VW_ITEM (variable), "unit", unit);
      vw_item_set_string (VW_ITEM (variable), "group", _("Value elements"));
      vw_item_set_strv (VW_ITEM (element), "variables", ids);
      vw_item_set_string (VW_ITEM (element), "value", variable_id);
    }

  /* TRANSLATORS: an undo step, e.g. "Add value element “Shorter changeovers”" */
  label = g_strdup_printf (_("Add value element “%s”"), clean_name);
  vw_document_begin_group (self->document, label);
  ok = (variable == NULL || vw_document_add_item (self->document, VW_ITEM (variable), -1, error))
       && vw_document_add_item (self->document, VW_ITEM (element), -1, error);
  vw_document_end_group (self->document);
  if (!ok)
    {
      /* Leave nothing half added. */
      if (variable != NULL && vw_document_find (self->document, VW_ITEM_VARIABLE, vw_item_get_id (VW_ITEM (variable))))
        vw_document_undo (self->document);
      return NULL;
    }

  g_signal_emit (self, signals[ELEMENT_ADDED], 0, element);
  return element;
}
