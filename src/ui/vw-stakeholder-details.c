/* vw-stakeholder-details.c: everything about one person, editable, private notes marked
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pane follows the document: every field is redrawn from the item's notify:: signal, so
 * undo, a drag on the map and an edit in the table show here at once. The lists of KPIs and
 * value elements are rebuilt when items are added or removed.
 */

#define G_LOG_DOMAIN "vw-stakeholder-details"

#include <glib/gi18n.h>

#include "vw-coverage.h"
#include "vw-field-editor.h"
#include "vw-stakeholder-choices.h"
#include "vw-stakeholder-details.h"
#include "vw-plain-row.h"

struct _VwStakeholderDetails
{
  AdwBin          parent_instance;

  VwDocument     *document;
  VwItem         *person;
  GPtrArray      *manager_ids;    /* reports-to choices; [0] = NULL, nobody */
  GPtrArray      *check_rows;     /* KPI and element rows */
  gboolean        updating;

  /* Template widgets */
  GtkLabel       *heading;
  AdwEntryRow    *name_row;
  AdwEntryRow    *title_row;
  AdwEntryRow    *organization_row;
  AdwComboRow    *role_row;
  GtkSwitch      *outside_switch;
  GtkSpinButton  *influence_spin;
  GtkSpinButton  *attitude_spin;
  AdwComboRow    *trust_row;
  AdwEntryRow    *last_contact_row;
  AdwComboRow    *reports_to_row;
  AdwEntryRow    *goals_row;
  AdwExpanderRow *kpis_row;
  AdwExpanderRow *elements_row;
  GtkTextView    *notes_view;
};

G_DEFINE_FINAL_TYPE (VwStakeholderDetails, vw_stakeholder_details, ADW_TYPE_BIN)

#define FIELD "vw-field"

static GtkWidget *
field_widgets (VwStakeholderDetails *self,
               guint                 i)
{
  GtkWidget *widgets[] = {
    GTK_WIDGET (self->name_row), GTK_WIDGET (self->title_row),
    GTK_WIDGET (self->organization_row), GTK_WIDGET (self->role_row),
    GTK_WIDGET (self->outside_switch), GTK_WIDGET (self->influence_spin),
    GTK_WIDGET (self->attitude_spin), GTK_WIDGET (self->trust_row),
    GTK_WIDGET (self->last_contact_row), GTK_WIDGET (self->goals_row),
  };

  return i < G_N_ELEMENTS (widgets) ? widgets[i] : NULL;
}

static void
show_heading (VwStakeholderDetails *self)
{
  const char *title = vw_item_get_string (self->person, "title");
  g_autofree char *text = NULL;

  if (title != NULL && *title != '\0')
    text = g_strdup_printf ("%s · %s", vw_item_get_display_name (self->person), title);
  gtk_label_set_label (self->heading, text != NULL ? text
                                                   : vw_item_get_display_name (self->person));
}

static void
show_notes (VwStakeholderDetails *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  const char *notes = vw_item_get_string (self->person, "notes");
  GtkTextIter start, end;
  g_autofree char *shown = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (g_strstrip (shown), notes != NULL ? notes : "") != 0)
    {
      self->updating = TRUE;
      gtk_text_buffer_set_text (buffer, notes != NULL ? notes : "", -1);
      self->updating = FALSE;
    }
}

static void
show_manager (VwStakeholderDetails *self)
{
  const char *manager = vw_item_get_string (self->person, "reports-to");
  guint selected = 0;

  for (guint i = 1; i < self->manager_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->manager_ids, i), manager) == 0)
      selected = i;
  self->updating = TRUE;
  adw_combo_row_set_selected (self->reports_to_row, selected);
  self->updating = FALSE;
}

static void
show_links (VwStakeholderDetails *self)
{
  const char * const *kpis = vw_item_get_strv (self->person, "kpis");

  self->updating = TRUE;
  for (guint i = 0; i < self->check_rows->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->check_rows, i);
      VwItem *item = g_object_get_data (G_OBJECT (check), "vw-item");
      gboolean active = VW_IS_VALUE_ELEMENT (item)
        ? vw_stakeholder_cares_about (self->person, item)
        : kpis != NULL && g_strv_contains (kpis, vw_item_get_id (item));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
    }
  self->updating = FALSE;
}

static void
show_field (VwStakeholderDetails *self,
            const char           *field)
{
  for (guint i = 0; field_widgets (self, i) != NULL; i++)
    {
      GtkWidget *widget = field_widgets (self, i);

      if (field == NULL || g_strcmp0 (g_object_get_data (G_OBJECT (widget), FIELD), field) == 0)
        vw_field_editor_show (widget, self->person, g_object_get_data (G_OBJECT (widget), FIELD));
    }
  if (field == NULL || g_str_equal (field, "name") || g_str_equal (field, "title"))
    show_heading (self);
  if (field == NULL || g_str_equal (field, "notes"))
    show_notes (self);
  if (field == NULL || g_str_equal (field, "reports-to"))
    show_manager (self);
  if (field == NULL || g_str_equal (field, "kpis") || g_str_equal (field, "elements")
      || g_str_equal (field, "stakeholders"))
    show_links (self);
}

static void
on_widget_edited_cb (GtkWidget            *widget,
                     GParamSpec           *pspec,
                     VwStakeholderDetails *self)
{
  if (self->updating || self->person == NULL)
    return;

  vw_field_editor_commit (widget, self->document, self->person,
                          g_object_get_data (G_OBJECT (widget), FIELD));
}

static void
on_notes_changed_cb (VwStakeholderDetails *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->updating || self->person == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (text);
  if (*text == '\0')
    vw_document_unset (self->document, self->person, "notes");
  else
    vw_document_set_string (self->document, self->person, "notes", text);
}

static void
on_manager_selected_cb (VwStakeholderDetails *self)
{
  guint selected = adw_combo_row_get_selected (self->reports_to_row);

  if (self->updating || self->person == NULL || selected >= self->manager_ids->len)
    return;

  if (selected == 0)
    vw_document_unset (self->document, self->person, "reports-to");
  else
    vw_document_set_string (self->document, self->person, "reports-to",
                            g_ptr_array_index (self->manager_ids, selected));
}

/* @strv without @id, or with it appended. */
static GStrv
strv_toggle (const char * const *strv,
             const char         *id,
             gboolean            present)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    if (!g_str_equal (strv[i], id))
      g_strv_builder_add (builder, strv[i]);
  if (present)
    g_strv_builder_add (builder, id);

  return g_strv_builder_end (builder);
}

static void
on_link_toggled_cb (GtkCheckButton       *check,
                    VwStakeholderDetails *self)
{
  VwItem *item = g_object_get_data (G_OBJECT (check), "vw-item");
  gboolean active = gtk_check_button_get_active (check);
  const char *id = vw_item_get_id (item);
  g_autofree char *label = NULL;
  g_auto(GStrv) mine = NULL;

  if (self->updating || self->person == NULL)
    return;

  if (VW_IS_KPI (item))
    {
      mine = strv_toggle (vw_item_get_strv (self->person, "kpis"), id, active);
      vw_document_set_strv (self->document, self->person, "kpis", (const char * const *) mine);
      return;
    }

  /* The link may be on either side: clearing it clears both, in one step. */
  label = g_strdup_printf (active ? _("Link %s to %s") : _("Unlink %s from %s"),
                           vw_item_get_display_name (self->person),
                           vw_item_get_display_name (item));
  vw_document_begin_group (self->document, label);
  mine = strv_toggle (vw_item_get_strv (self->person, "elements"), id, active);
  vw_document_set_strv (self->document, self->person, "elements", (const char * const *) mine);
  if (!active)
    {
      g_auto(GStrv) theirs = strv_toggle (vw_item_get_strv (item, "stakeholders"),
                                          vw_item_get_id (self->person), FALSE);

      vw_document_set_strv (self->document, item, "stakeholders", (const char * const *) theirs);
    }
  vw_document_end_group (self->document);
}

static void
remove_check_rows (VwStakeholderDetails *self)
{
  for (guint i = 0; i < self->check_rows->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->check_rows, i);
      GtkWidget *row = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);
      VwItem *item = g_object_get_data (G_OBJECT (check), "vw-item");

      adw_expander_row_remove (VW_IS_KPI (item) ? self->kpis_row : self->elements_row, row);
    }
  g_ptr_array_set_size (self->check_rows, 0);
}

static void
add_check_rows (VwStakeholderDetails *self,
                VwItemKind            kind,
                AdwExpanderRow       *expander)
{
  GListModel *items = vw_document_get_items (self->document, kind);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) item = g_list_model_get_item (items, i);
      GtkWidget *row = vw_plain_row (adw_action_row_new ());
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vw_item_get_display_name (item));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      vw_item_get_display_name (item), -1);
      g_object_set_data_full (G_OBJECT (check), "vw-item", g_object_ref (item), g_object_unref);
      g_signal_connect (check, "toggled", G_CALLBACK (on_link_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (expander, row);
      g_ptr_array_add (self->check_rows, check);
    }
}

/* Whether the check rows already show @kpis then @elements, in order. */
static gboolean
check_rows_match (VwStakeholderDetails *self,
                  GListModel           *kpis,
                  GListModel           *elements)
{
  guint n_kpis = g_list_model_get_n_items (kpis);

  if (self->check_rows->len != n_kpis + g_list_model_get_n_items (elements))
    return FALSE;
  for (guint i = 0; i < self->check_rows->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->check_rows, i);
      g_autoptr(VwItem) item = i < n_kpis ? g_list_model_get_item (kpis, i)
                                          : g_list_model_get_item (elements, i - n_kpis);

      if (g_object_get_data (G_OBJECT (check), "vw-item") != item)
        return FALSE;
    }
  return TRUE;
}

/* The reports-to choices: everybody but the person, kept when they are the same, so showing
 * another person (a drop on the map selects them) does not rebuild the dropdown. */
static void
update_managers (VwStakeholderDetails *self)
{
  GListModel *people = vw_document_get_items (self->document, VW_ITEM_STAKEHOLDER);
  GListModel *shown = adw_combo_row_get_model (self->reports_to_row);
  guint n = g_list_model_get_n_items (people);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n_shown, prefix = 0, suffix = 0;

  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (names, (gpointer) C_("reports to", "Nobody"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) other = g_list_model_get_item (people, i);

      if (other == self->person)
        continue;
      g_ptr_array_add (ids, g_strdup (vw_item_get_id (other)));
      g_ptr_array_add (names, (gpointer) vw_item_get_display_name (other));
    }

  g_ptr_array_unref (self->manager_ids);
  self->manager_ids = g_steal_pointer (&ids);
  if (!GTK_IS_STRING_LIST (shown))
    {
      g_autoptr(GtkStringList) managers = gtk_string_list_new (NULL);

      for (guint i = 0; i < names->len; i++)
        gtk_string_list_append (managers, g_ptr_array_index (names, i));
      self->updating = TRUE;
      adw_combo_row_set_model (self->reports_to_row, G_LIST_MODEL (managers));
      self->updating = FALSE;
      return;
    }

  /* Showing another person changes only the names between the two: replace just those. */
  n_shown = g_list_model_get_n_items (shown);
  while (prefix < n_shown && prefix < names->len
         && g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (shown), prefix),
                         g_ptr_array_index (names, prefix)))
    prefix++;
  while (suffix < n_shown - prefix && suffix < names->len - prefix
         && g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (shown),
                                                     n_shown - 1 - suffix),
                         g_ptr_array_index (names, names->len - 1 - suffix)))
    suffix++;
  if (prefix + suffix == n_shown && n_shown == names->len)
    return;

  g_ptr_array_set_size (names, names->len - suffix);
  g_ptr_array_add (names, NULL);
  self->updating = TRUE;
  gtk_string_list_splice (GTK_STRING_LIST (shown), prefix, n_shown - prefix - suffix,
                          (const char * const *) names->pdata + prefix);
  self->updating = FALSE;
}

static void
rebuild_lists (VwStakeholderDetails *self)
{
  GListModel *kpis = vw_document_get_items (self->document, VW_ITEM_KPI);
  GListModel *elements = vw_document_get_items (self->document, VW_ITEM_ELEMENT);

  update_managers (self);

  /* The rows do not depend on the person, only their checks (show_links): rebuild them only
   * when KPIs or elements came or went, and rename them in place. */
  if (check_rows_match (self, kpis, elements))
    {
      for (guint i = 0; i < self->check_rows->len; i++)
        {
          GtkWidget *check = g_ptr_array_index (self->check_rows, i);
          GtkWidget *row = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);
          VwItem *item = g_object_get_data (G_OBJECT (check), "vw-item");
          const char *name = vw_item_get_display_name (item);

          if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name) != 0)
            {
              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
              gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
            }
        }
      return;
    }
  remove_check_rows (self);
  add_check_rows (self, VW_ITEM_KPI, self->kpis_row);
  add_check_rows (self, VW_ITEM_ELEMENT, self->elements_row);
}

static void
on_item_changed_cb (VwStakeholderDetails *self,
                    VwItem               *item,
                    const char           *field)
{
  if (self->person == NULL)
    return;
  if (item == self->person)
    show_field (self, field);
  else if (VW_IS_VALUE_ELEMENT (item) && g_str_equal (field, "stakeholders"))
    show_links (self);
  else if (VW_IS_STAKEHOLDER (item) && g_str_equal (field, "name"))
    {
      rebuild_lists (self);
      show_field (self, NULL);
    }
}

static void
on_items_added_or_removed_cb (VwStakeholderDetails *self,
                              VwItem               *item)
{
  if (self->person == NULL || item == self->person)
    return;
  if (VW_IS_KPI (item) || VW_IS_VALUE_ELEMENT (item) || VW_IS_STAKEHOLDER (item))
    {
      rebuild_lists (self);
      show_field (self, NULL);
    }
}

static void
vw_stakeholder_details_dispose (GObject *object)
{
  VwStakeholderDetails *self = VW_STAKEHOLDER_DETAILS (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->person);
  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_STAKEHOLDER_DETAILS);

  G_OBJECT_CLASS (vw_stakeholder_details_parent_class)->dispose (object);
}

static void
vw_stakeholder_details_finalize (GObject *object)
{
  VwStakeholderDetails *self = VW_STAKEHOLDER_DETAILS (object);

  g_ptr_array_unref (self->manager_ids);
  g_ptr_array_unref (self->check_rows);

  G_OBJECT_CLASS (vw_stakeholder_details_parent_class)->finalize (object);
}

static void
vw_stakeholder_details_class_init (VwStakeholderDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vw_stakeholder_details_dispose;
  object_class->finalize = vw_stakeholder_details_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/valueworkbench/ValueWorkbench/"
                                               "vw-stakeholder-details.ui");
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, heading);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, name_row);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, title_row);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, organization_row);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, role_row);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, outside_switch);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, influence_spin);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, attitude_spin);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, trust_row);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, last_contact_row);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, reports_to_row);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, goals_row);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, kpis_row);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, elements_row);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholderDetails, notes_view);
}

static void
vw_stakeholder_details_init (VwStakeholderDetails *self)
{
  static const char * const fields[] = {
    "name", "title", "organization", "role", "outside", "influence", "attitude", "trust",
    "last-contact", "goals",
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->manager_ids = g_ptr_array_new_with_free_func (g_free);
  self->check_rows = g_ptr_array_new ();

  {
    g_autoptr(GtkStringList) roles = vw_stakeholder_choices_new_model ("role");
    g_autoptr(GtkStringList) trust = vw_stakeholder_choices_new_model ("trust");

    adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));
    adw_combo_row_set_model (self->trust_row, G_LIST_MODEL (trust));
  }

  /* One edit signal per kind of widget; the field name says what it edits. */
  for (guint i = 0; field_widgets (self, i) != NULL; i++)
    {
      GtkWidget *widget = field_widgets (self, i);
      const char *signal = GTK_IS_EDITABLE (widget) && !GTK_IS_SPIN_BUTTON (widget)
        ? "notify::text"
        : GTK_IS_SPIN_BUTTON (widget) ? "notify::value"
        : GTK_IS_SWITCH (widget) ? "notify::active" : "notify::selected";

      g_object_set_data (G_OBJECT (widget), FIELD, (gpointer) fields[i]);
      g_signal_connect (widget, signal, G_CALLBACK (on_widget_edited_cb), self);
    }
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->notes_view), "changed",
                            G_CALLBACK (on_notes_changed_cb), self);
  g_signal_connect_swapped (self->reports_to_row, "notify::selected",
                            G_CALLBACK (on_manager_selected_cb), self);
}

GtkWidget *
vw_stakeholder_details_new (void)
{
  return g_object_new (VW_TYPE_STAKEHOLDER_DETAILS, NULL);
}

/**
 * vw_stakeholder_details_set_person:
 * @person: (nullable): the stakeholder shown
 */
void
vw_stakeholder_details_set_person (VwStakeholderDetails *self,
                                   VwDocument           *document,
                                   VwItem               *person)
{
  g_return_if_fail (VW_IS_STAKEHOLDER_DETAILS (self));
  g_return_if_fail (person == NULL || VW_IS_STAKEHOLDER (person));

  if (self->document != document)
    {
      if (self->document != NULL)
        g_signal_handlers_disconnect_by_data (self->document, self);
      g_set_object (&self->document, document);
      if (document != NULL)
        {
          g_signal_connect_swapped (document, "item-changed", G_CALLBACK (on_item_changed_cb),
                                    self);
          g_signal_connect_swapped (document, "item-added",
                                    G_CALLBACK (on_items_added_or_removed_cb), self);
          g_signal_connect_swapped (document, "item-removed",
                                    G_CALLBACK (on_items_added_or_removed_cb), self);
        }
    }
  if (!g_set_object (&self->person, person) || person == NULL)
    return;

  rebuild_lists (self);
  self->updating = TRUE;
  show_field (self, NULL);
  self->updating = FALSE;
}

VwItem *
vw_stakeholder_details_get_person (VwStakeholderDetails *self)
{
  g_return_val_if_fail (VW_IS_STAKEHOLDER_DETAILS (self), NULL);

  return self->person;
}

/* Puts the keyboard focus on the row of @field ("name", "role"…), e.g. for a new person. */
void
vw_stakeholder_details_focus (VwStakeholderDetails *self,
                              const char           *field)
{
  g_return_if_fail (VW_IS_STAKEHOLDER_DETAILS (self));

  for (guint i = 0; field_widgets (self, i) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (field_widgets (self, i)), FIELD), field) == 0)
      gtk_widget_grab_focus (field_widgets (self, i));
}
