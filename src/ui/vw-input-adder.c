/* vw-input-adder.c: Add Input: a new figure of the customer's, with its unit and value
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case started empty, or a figure the customer brings up that the template lacks ("we do
 * 14 changeovers a week"): the seller names it, gives its unit and value, and presses Enter.
 * The input is added as one undoable step, with one value shared by every alternative, and
 * appears among the inputs, ready for a formula or a value element to read it by its id.
 */

#define G_LOG_DOMAIN "vw-input-adder"

#include "config.h"

#include <glib/gi18n.h>

#include "vw-util.h"

#include "vw-input-adder.h"
#include "vw-value-parse.h"

struct _VwInputAdder
{
  GtkPopover  parent_instance;

  GtkEntry   *label_entry;
  GtkEntry   *unit_entry;
  GtkEntry   *value_entry;
  GtkLabel   *message_label;
  GtkButton  *add_button;

  VwDocument *document;
};

G_DEFINE_FINAL_TYPE (VwInputAdder, vw_input_adder, GTK_TYPE_POPOVER)

static const char *
entry_text (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* Reads @text as a value in @unit the way the input rows do ("12,5 %" in fi is 0.125). */
static gboolean
parse_value (VwInputAdder *self,
             const char   *unit,
             const char   *text,
             double       *value)
{
  VwValueFormat format;

  vw_document_value_format (self->document, unit, &format);
  return vw_value_parse (vw_number_locale_from_environment (), &format, text, value);
}

/* What the popover says below the fields: what the new input will be called in formulas, or
 * why it cannot be added yet. */
static void
update_state (VwInputAdder *self)
{
  const char *label = entry_text (self->label_entry);
  const char *unit = entry_text (self->unit_entry);
  const char *text = entry_text (self->value_entry);
  g_autofree char *message = NULL;
  gboolean ok = FALSE;
  double value;

  if (self->document == NULL || vw_document_get_read_only (self->document))
    message = g_strdup (_("The case is read-only."));
  else if (vw_str_is_blank (label))
    message = g_strdup (_("Name the figure as the customer does."));
  else if (!vw_str_is_blank (text) && !parse_value (self, unit, text, &value))
    /* TRANSLATORS: %s is what the user typed as the value */
    message = g_strdup_printf (_("“%s” is not a number."), text);
  else
    {
      g_autofree char *id = vw_document_new_id (self->document, VW_ITEM_VARIABLE, label, NULL);

      /* TRANSLATORS: %s is the identifier formulas use, e.g. "changeovers_per_week" */
      message = g_strdup_printf (_("Formulas read it as %s."), id);
      ok = !vw_str_is_blank (text);
    }

  gtk_label_set_text (self->message_label, message);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), ok);
}

static void
on_changed_cb (VwInputAdder *self)
{
  update_state (self);
}

static void
on_next_cb (VwInputAdder *self,
            GtkEntry     *entry)
{
  gtk_widget_grab_focus (GTK_WIDGET (entry == self->label_entry ? self->unit_entry
                                                                 : self->value_entry));
}

static void
on_add_clicked_cb (VwInputAdder *self)
{
  g_autoptr(GError) error = NULL;

  update_state (self);
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->add_button)))
    return;

  if (vw_input_adder_add (self, entry_text (self->label_entry), entry_text (self->unit_entry),
                          entry_text (self->value_entry), &error) == NULL)
    {
      gtk_label_set_text (self->message_label, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->label_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->value_entry), "");
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_show_cb (VwInputAdder *self)
{
  update_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->label_entry));
}

static void
vw_input_adder_dispose (GObject *object)
{
  VwInputAdder *self = VW_INPUT_ADDER (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_INPUT_ADDER);

  G_OBJECT_CLASS (vw_input_adder_parent_class)->dispose (object);
}

static void
vw_input_adder_class_init (VwInputAdderClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = vw_input_adder_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vw-input-adder.ui");
  gtk_widget_class_bind_template_child (widget_class, VwInputAdder, label_entry);
  gtk_widget_class_bind_template_child (widget_class, VwInputAdder, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, VwInputAdder, value_entry);
  gtk_widget_class_bind_template_child (widget_class, VwInputAdder, message_label);
  gtk_widget_class_bind_template_child (widget_class, VwInputAdder, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
vw_input_adder_init (VwInputAdder *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "show", G_CALLBACK (on_show_cb), NULL);
}

VwInputAdder *
vw_input_adder_new (void)
{
  return g_object_new (VW_TYPE_INPUT_ADDER, NULL);
}

void
vw_input_adder_set_document (VwInputAdder *self,
                             VwDocument   *document)
{
  g_return_if_fail (VW_IS_INPUT_ADDER (self));

  g_set_object (&self->document, document);
}

/**
 * vw_input_adder_add:
 * @label: the figure's name
 * @unit: (nullable): its unit ("h/year", "share", "EUR"); empty for a plain number
 * @value: its value as typed, in the user's language and in @unit
 *
 * Adds, as one undoable step, an input variable with one value for every alternative.
 *
 * Returns: (transfer none) (nullable): the new input, or %NULL with @error set
 */
VwVariable *
vw_input_adder_add (VwInputAdder  *self,
                    const char    *label,
                    const char    *unit,
                    const char    *value,
                    GError       **error)
{
  g_autoptr(VwVariable) variable = NULL;
  g_autofree char *clean_label = NULL;
  g_autofree char *clean_unit = NULL;
  g_autofree char *id = NULL;
  g_autofree char *step = NULL;
  double number;
  gboolean ok;

  g_return_val_if_fail (VW_IS_INPUT_ADDER (self), NULL);
  g_return_val_if_fail (self->document != NULL, NULL);

  clean_label = g_strstrip (g_strdup (label != NULL ? label : ""));
  clean_unit = g_strstrip (g_strdup (unit != NULL ? unit : ""));
  if (clean_label[0] == '\0')
    {
      g_set_error_literal (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_INVALID_ID,
                           _("The input needs a name."));
      return NULL;
    }
  if (value == NULL || !parse_value (self, clean_unit, value, &number))
    {
      g_set_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_INVALID_ID,
                   _("“%s” is not a number."), value != NULL ? value : "");
      return NULL;
    }

  id = vw_document_new_id (self->document, VW_ITEM_VARIABLE, clean_label, NULL);
  variable = vw_variable_new (id);
  vw_item_set_string (VW_ITEM (variable), "label", clean_label);
  vw_item_set_string (VW_ITEM (variable), "kind", "input");
  if (clean_unit[0] != '\0')
    vw_item_set_string (VW_ITEM (variable), "unit", clean_unit);

  /* TRANSLATORS: an undo step, e.g. "Add input “Changeovers per week”" */
  step = g_strdup_printf (_("Add input “%s”"), clean_label);
  vw_document_begin_group (self->document, step);
  ok = vw_document_add_item (self->document, VW_ITEM (variable), -1, error)
       && vw_document_set_input (self->document, variable, NULL, number);
  vw_document_end_group (self->document);
  if (!ok)
    {
      /* Leave nothing half added. */
      if (vw_document_find (self->document, VW_ITEM_VARIABLE, id) != NULL)
        vw_document_undo (self->document);
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_READ_ONLY,
                             _("The case is read-only."));
      return NULL;
    }

  return variable;
}
