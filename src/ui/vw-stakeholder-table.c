/* vw-stakeholder-table.c: the people of the buying center, editable in place
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each cell is a plain GtkEntry, GtkSpinButton, GtkDropDown or GtkCheckButton bound to one
 * field of the row's stakeholder (GtkEditableLabel in a column view has crashed before),
 * through vw-field-editor.c, and follows the item's notify:: signal, so undo and the map's
 * drags show in the table at once. Recycled cells drop their item on unbind.
 */

#define G_LOG_DOMAIN "vw-stakeholder-table"

#include <glib/gi18n.h>

#include "vw-field-editor.h"
#include "vw-stakeholder-choices.h"
#include "vw-stakeholder-table.h"

struct _VwStakeholderTable
{
  AdwBin              parent_instance;

  VwDocument         *document;
  GtkSingleSelection *selection;
  GtkColumnView      *view;
};

G_DEFINE_FINAL_TYPE (VwStakeholderTable, vw_stakeholder_table, ADW_TYPE_BIN)

typedef struct
{
  const char *field;
  const char *title;    /* N_() */
  gboolean    expand;
} VwColumnInfo;

static const VwColumnInfo columns[] = {
  { "name", N_("Name"), TRUE },
  { "title", N_("Job title"), TRUE },
  { "role", N_("Role"), FALSE },
  { "influence", N_("Influence"), FALSE },
  { "attitude", N_("Attitude"), FALSE },
  { "trust", N_("Trust"), FALSE },
  { "outside", N_("Outside"), FALSE },
};

/* What a cell widget keeps: its stakeholder while bound, and the notify handler. */
#define CELL_ITEM    "vw-cell-item"
#define CELL_HANDLER "vw-cell-handler"
#define CELL_NAME_HANDLER "vw-cell-name-handler"

static void
on_cell_edited_cb (GtkWidget *cell)
{
  VwStakeholderTable *self = g_object_get_data (G_OBJECT (cell), "vw-table");

  vw_field_editor_commit (cell, self->document, g_object_get_data (G_OBJECT (cell), CELL_ITEM),
                          g_object_get_data (G_OBJECT (cell), "vw-field"));
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               VwStakeholderTable       *self)
{
  const char *field = g_object_get_data (G_OBJECT (factory), "vw-field");
  GtkWidget *cell = NULL;
  int i = vw_item_kind_find_field (VW_ITEM_STAKEHOLDER, field);
  guint n;
  const VwFieldInfo *info = &vw_item_kind_get_fields (VW_ITEM_STAKEHOLDER, &n)[i];

  switch (info->type)
    {
    case VW_FIELD_STRING:
      cell = gtk_entry_new ();
      gtk_editable_set_enable_undo (GTK_EDITABLE (cell), FALSE);
      gtk_entry_set_has_frame (GTK_ENTRY (cell), FALSE);
      g_signal_connect (cell, "changed", G_CALLBACK (on_cell_edited_cb), NULL);
      break;
    case VW_FIELD_INT:
      cell = gtk_spin_button_new_with_range (info->min, info->max, 1);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (cell), TRUE);
      g_signal_connect (cell, "value-changed", G_CALLBACK (on_cell_edited_cb), NULL);
      break;
    case VW_FIELD_ENUM:
      cell = gtk_drop_down_new (G_LIST_MODEL (vw_stakeholder_choices_new_model (field)), NULL);
      gtk_widget_add_css_class (cell, "flat");
      g_signal_connect (cell, "notify::selected", G_CALLBACK (on_cell_edited_cb), NULL);
      break;
    case VW_FIELD_BOOL:
      cell = gtk_check_button_new ();
      gtk_widget_set_halign (cell, GTK_ALIGN_CENTER);
      g_signal_connect (cell, "toggled", G_CALLBACK (on_cell_edited_cb), NULL);
      break;
    default:
      g_assert_not_reached ();
    }
  g_object_set_data (G_OBJECT (cell), "vw-field", (gpointer) field);
  g_object_set_data (G_OBJECT (cell), "vw-table", self);
  gtk_list_item_set_child (list_item, cell);
}

static void
on_item_notify_cb (VwItem     *item,
                   GParamSpec *pspec,
                   GtkWidget  *cell)
{
  vw_field_editor_show (cell, item, g_object_get_data (G_OBJECT (cell), "vw-field"));
}

static const char *
column_title (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_str_equal (columns[i].field, field))
      return _(columns[i].title);

  return field;
}

/* "Influence of Marja Kaskimäki": a screen reader names the cell, not just the column. */
static void
label_cell (GtkWidget *cell,
            VwItem    *item)
{
  g_autofree char *label = g_strdup_printf (C_("table cell", "%s of %s"),
                                            column_title (g_object_get_data (G_OBJECT (cell),
                                                                             "vw-field")),
                                            vw_item_get_display_name (item));

  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
on_item_renamed_cb (VwItem     *item,
                    GParamSpec *pspec,
                    GtkWidget  *cell)
{
  label_cell (cell, item);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              VwStakeholderTable       *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  VwItem *item = gtk_list_item_get_item (list_item);
  const char *field = g_object_get_data (G_OBJECT (cell), "vw-field");
  g_autofree char *signal = g_strconcat ("notify::", field, NULL);
  gulong handler;

  vw_field_editor_show (cell, item, field);
  g_object_set_data (G_OBJECT (cell), CELL_ITEM, item);
  handler = g_signal_connect (item, signal, G_CALLBACK (on_item_notify_cb), cell);
  g_object_set_data (G_OBJECT (cell), CELL_HANDLER, GSIZE_TO_POINTER (handler));
  handler = g_signal_connect (item, "notify::name", G_CALLBACK (on_item_renamed_cb), cell);
  g_object_set_data (G_OBJECT (cell), CELL_NAME_HANDLER, GSIZE_TO_POINTER (handler));
  label_cell (cell, item);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                VwStakeholderTable       *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  VwItem *item = g_object_get_data (G_OBJECT (cell), CELL_ITEM);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (cell), CELL_HANDLER));
  gulong name_handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (cell), CELL_NAME_HANDLER));

  if (item != NULL && handler != 0)
    g_signal_handler_disconnect (item, handler);
  if (item != NULL && name_handler != 0)
    g_signal_handler_disconnect (item, name_handler);
  g_object_set_data (G_OBJECT (cell), CELL_ITEM, NULL);
  g_object_set_data (G_OBJECT (cell), CELL_HANDLER, NULL);
  g_object_set_data (G_OBJECT (cell), CELL_NAME_HANDLER, NULL);
}

static void
vw_stakeholder_table_dispose (GObject *object)
{
  VwStakeholderTable *self = VW_STAKEHOLDER_TABLE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (vw_stakeholder_table_parent_class)->dispose (object);
}

static void
vw_stakeholder_table_class_init (VwStakeholderTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vw_stakeholder_table_dispose;
}

static void
vw_stakeholder_table_init (VwStakeholderTable *self)
{
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("People"), -1);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "vw-field", (gpointer) columns[i].field);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), self);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->view));
}

GtkWidget *
vw_stakeholder_table_new (void)
{
  return g_object_new (VW_TYPE_STAKEHOLDER_TABLE, NULL);
}

void
vw_stakeholder_table_set_document (VwStakeholderTable *self,
                                   VwDocument         *document)
{
  g_return_if_fail (VW_IS_STAKEHOLDER_TABLE (self));

  g_set_object (&self->document, document);
  gtk_single_selection_set_model (self->selection,
                                  document != NULL
                                  ? vw_document_get_items (document, VW_ITEM_STAKEHOLDER) : NULL);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

GtkSingleSelection *
vw_stakeholder_table_get_selection (VwStakeholderTable *self)
{
  g_return_val_if_fail (VW_IS_STAKEHOLDER_TABLE (self), NULL);

  return self->selection;
}
