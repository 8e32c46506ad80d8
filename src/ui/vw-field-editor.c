/* vw-field-editor.c: one widget editing one field of an item, through document commands
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the stakeholder table and the detail pane, so a field is shown, validated and
 * written the same way in both. Text commits on every keystroke; the document folds a burst
 * of typing into one undo step.
 */

#define G_LOG_DOMAIN "vw-field-editor"

#include <adwaita.h>

#include "vw-field-editor.h"
#include "vw-stakeholder-choices.h"

#define BUSY "vw-field-editor-busy"

static const VwFieldInfo *
field_info (VwItem     *item,
            const char *field)
{
  guint n;
  int i = vw_item_find_field (item, field);

  g_assert (i >= 0);
  return &vw_item_get_fields (item, &n)[i];
}

gboolean
vw_field_editor_busy (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), BUSY) != NULL;
}

static guint
get_selected (GtkWidget *widget)
{
  return ADW_IS_COMBO_ROW (widget) ? adw_combo_row_get_selected (ADW_COMBO_ROW (widget))
                                   : gtk_drop_down_get_selected (GTK_DROP_DOWN (widget));
}

static void
set_selected (GtkWidget *widget,
              guint      selected)
{
  if (ADW_IS_COMBO_ROW (widget))
    adw_combo_row_set_selected (ADW_COMBO_ROW (widget), selected);
  else
    gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), selected);
}

void
vw_field_editor_show (GtkWidget  *widget,
                      VwItem     *item,
                      const char *field)
{
  const VwFieldInfo *info = field_info (item, field);

  g_object_set_data (G_OBJECT (widget), BUSY, GINT_TO_POINTER (TRUE));
  switch (info->type)
    {
    case VW_FIELD_STRING:
    case VW_FIELD_DATE:
      {
        const char *value = vw_item_get_string (item, field);
        g_autofree char *shown = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget))));

        /* Compared without the blanks being typed, so "Anna " keeps its space. */
        if (g_strcmp0 (shown, value != NULL ? value : "") != 0)
          gtk_editable_set_text (GTK_EDITABLE (widget), value != NULL ? value : "");
        gtk_widget_remove_css_class (widget, "error");
      }
      break;
    case VW_FIELD_INT:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), vw_item_get_int (item, field));
      break;
    case VW_FIELD_ENUM:
      set_selected (widget, vw_stakeholder_choices_index (field, vw_item_get_string (item, field)));
      break;
    case VW_FIELD_BOOL:
      if (GTK_IS_SWITCH (widget))
        gtk_switch_set_active (GTK_SWITCH (widget), vw_item_get_bool (item, field));
      else
        gtk_check_button_set_active (GTK_CHECK_BUTTON (widget), vw_item_get_bool (item, field));
      break;
    default:
      g_assert_not_reached ();
    }
  g_object_set_data (G_OBJECT (widget), BUSY, NULL);
}

static gboolean
date_is_valid (const char *text)
{
  unsigned y, m, d;
  char end;

  return sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &end) == 3 && strlen (text) == 10
         && g_date_valid_dmy (d, m, y);
}

/**
 * vw_field_editor_commit:
 *
 * Writes the widget's value to the field as one command. An invalid value (an empty required
 * text, a malformed date) is marked with the .error style and not written.
 *
 * Returns: %TRUE if the document changed
 */
gboolean
vw_field_editor_commit (GtkWidget  *widget,
                        VwDocument *document,
                        VwItem     *item,
                        const char *field)
{
  const VwFieldInfo *info;

  if (vw_field_editor_busy (widget) || document == NULL || item == NULL)
    return FALSE;

  info = field_info (item, field);
  switch (info->type)
    {
    case VW_FIELD_STRING:
    case VW_FIELD_DATE:
      {
        g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget))));
        gboolean invalid = *text == '\0' ? (info->flags & VW_FIELD_REQUIRED) != 0
                                         : info->type == VW_FIELD_DATE && !date_is_valid (text);

        if (invalid)
          {
            gtk_widget_add_css_class (widget, "error");
            return FALSE;
          }
        gtk_widget_remove_css_class (widget, "error");
        if (*text == '\0')
          return vw_document_unset (document, item, field);
        return vw_document_set_string (document, item, field, text);
      }
    case VW_FIELD_INT:
      return vw_document_set_int (document, item, field,
                                  gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (widget)));
    case VW_FIELD_ENUM:
      {
        const char *value = vw_stakeholder_choices_value (field, get_selected (widget));

        return value != NULL && vw_document_set_string (document, item, field, value);
      }
    case VW_FIELD_BOOL:
      return vw_document_set_bool (document, item, field,
                                   GTK_IS_SWITCH (widget)
                                   ? gtk_switch_get_active (GTK_SWITCH (widget))
                                   : gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
    default:
      g_assert_not_reached ();
    }
}
