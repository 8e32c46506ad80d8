/* vw-alternative-row.c: one alternative of the case, renamed in place, its role chosen
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every keystroke is a rename command; the document folds consecutive ones into one undo step
 * (its merge window), so nothing typed is ever lost to a save or a crash.
 */

#define G_LOG_DOMAIN "vw-alternative-row"

#include <glib/gi18n.h>

#include "vw-alternative-row.h"

struct _VwAlternativeRow
{
  AdwEntryRow    parent_instance;

  VwDocument    *document;
  VwAlternative *alternative;
  gboolean       updating;

  GtkImage      *role_icon;
  GtkDropDown   *role_dropdown;
  GtkButton     *remove_button;
};

G_DEFINE_FINAL_TYPE (VwAlternativeRow, vw_alternative_row, ADW_TYPE_ENTRY_ROW)

/* In the order of the dropdown. */
static const char * const roles[] = { "status-quo", "offer", "competitor" };
static const char * const role_icons[] = {
  "media-playback-pause-symbolic", "starred-symbolic", "system-users-symbolic"
};

static guint
role_index (const char *role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (role, roles[i]) == 0)
      return i;

  return G_N_ELEMENTS (roles) - 1;
}

static void
update_from_item (VwAlternativeRow *self)
{
  VwItem *item = VW_ITEM (self->alternative);
  const char *name = vw_item_get_string (item, "name");
  guint role = role_index (vw_item_get_string (item, "role"));
  g_autofree char *remove_label = NULL;
  g_autofree char *role_label = NULL;
  g_autofree char *shown = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));

  /* Compared without the blanks being typed, so "Rival " does not lose its space. */
  self->updating = TRUE;
  if (g_strcmp0 (shown, name) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self), name != NULL ? name : "");
  gtk_drop_down_set_selected (self->role_dropdown, role);
  gtk_image_set_from_icon_name (self->role_icon, role_icons[role]);
  self->updating = FALSE;

  /* Screen readers hear which alternative each control belongs to. */
  remove_label = g_strdup_printf (_("Remove %s"), name);
  role_label = g_strdup_printf (_("Role of %s"), name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->role_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, role_label, -1);
}

static void
on_item_notify_cb (VwAlternativeRow *self)
{
  update_from_item (self);
}

static void
on_name_changed_cb (VwAlternativeRow *self)
{
  g_autofree char *name = NULL;

  if (self->updating || self->document == NULL)
    return;

  /* A name is required: an empty entry keeps the last name until something is typed. */
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  if (*name == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  vw_document_set_string (self->document, VW_ITEM (self->alternative), "name", name);
}

static void
on_role_selected_cb (VwAlternativeRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->role_dropdown);

  if (self->updating || self->document == NULL || selected >= G_N_ELEMENTS (roles))
    return;

  vw_document_set_string (self->document, VW_ITEM (self->alternative), "role", roles[selected]);
}

static void
on_remove_clicked_cb (VwAlternativeRow *self)
{
  g_autoptr(GError) error = NULL;

  if (!vw_document_remove_item (self->document, VW_ITEM (self->alternative), &error))
    g_warning ("%s", error->message);
}

static void
vw_alternative_row_dispose (GObject *object)
{
  VwAlternativeRow *self = VW_ALTERNATIVE_ROW (object);

  if (self->alternative != NULL)
    g_signal_handlers_disconnect_by_data (self->alternative, self);
  g_clear_object (&self->alternative);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_ALTERNATIVE_ROW);

  G_OBJECT_CLASS (vw_alternative_row_parent_class)->dispose (object);
}

static void
vw_alternative_row_class_init (VwAlternativeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vw_alternative_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/valueworkbench/ValueWorkbench/"
                                               "vw-alternative-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VwAlternativeRow, role_icon);
  gtk_widget_class_bind_template_child (widget_class, VwAlternativeRow, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VwAlternativeRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_role_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
vw_alternative_row_init (VwAlternativeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vw_alternative_row_new (VwDocument    *document,
                        VwAlternative *alternative)
{
  VwAlternativeRow *self;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (VW_IS_ALTERNATIVE (alternative), NULL);

  self = g_object_new (VW_TYPE_ALTERNATIVE_ROW,
                       "title", _("Name"),
                       NULL);
  self->document = g_object_ref (document);
  self->alternative = g_object_ref (alternative);
  g_signal_connect_swapped (alternative, "notify::name", G_CALLBACK (on_item_notify_cb), self);
  g_signal_connect_swapped (alternative, "notify::role", G_CALLBACK (on_item_notify_cb), self);
  update_from_item (self);

  return GTK_WIDGET (self);
}

VwAlternative *
vw_alternative_row_get_alternative (VwAlternativeRow *self)
{
  g_return_val_if_fail (VW_IS_ALTERNATIVE_ROW (self), NULL);

  return self->alternative;
}

void
vw_alternative_row_set_can_remove (VwAlternativeRow *self,
                                   gboolean          can_remove)
{
  g_return_if_fail (VW_IS_ALTERNATIVE_ROW (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), can_remove);
}
