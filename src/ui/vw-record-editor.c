/* vw-record-editor.c: add or edit one verification record
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog edits a copy of the fields; Save checks them all first and then writes the
 * changes as one command ("Edit verification record"), or adds a new record, so one undo
 * takes the whole edit back.
 */

#define G_LOG_DOMAIN "vw-record-editor"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-csv.h"
#include "vw-dialog-frame.h"
#include "vw-items.h"
#include "vw-record-editor.h"
#include "vw-plain-row.h"

struct _VwRecordEditor
{
  AdwWindow        parent_instance;

  VwDocument      *document;
  VwVerification  *record;       /* NULL: a new one */
  GPtrArray       *kpi_ids;
  GPtrArray       *element_ids;  /* [0] is NULL: no element */

  GtkButton       *save_button;
  AdwComboRow     *kpi_row;
  AdwComboRow     *element_row;
  GtkSpinButton   *period_spin;
  AdwEntryRow     *period_label_row;
  AdwEntryRow     *promised_row;
  AdwEntryRow     *realized_row;
  AdwEntryRow     *value_promised_row;
  AdwEntryRow     *value_delivered_row;
  AdwEntryRow     *evidence_row;
  AdwEntryRow     *signed_off_by_row;
  AdwEntryRow     *signed_off_on_row;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (VwRecordEditor, vw_record_editor, ADW_TYPE_WINDOW)

#define VW_RECORD_EDITOR_ERROR (g_quark_from_static_string ("vw-record-editor-error"))

static void
vw_record_editor_dispose (GObject *object)
{
  VwRecordEditor *self = VW_RECORD_EDITOR (object);

  g_clear_object (&self->document);
  g_clear_object (&self->record);
  g_clear_pointer (&self->kpi_ids, g_ptr_array_unref);
  g_clear_pointer (&self->element_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (vw_record_editor_parent_class)->dispose (object);
}

static void
vw_record_editor_class_init (VwRecordEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vw_record_editor_dispose;
}

static void
vw_record_editor_init (VwRecordEditor *self)
{
}

static AdwEntryRow *
add_entry_row (AdwPreferencesGroup *group,
               const char          *title)
{
  GtkWidget *row = vw_plain_row (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

/* A combo row over one list of the document, by name; @none adds a first "None" choice. */
static AdwComboRow *
add_item_row (AdwPreferencesGroup *group,
              const char          *title,
              GListModel          *items,
              const char          *none,
              GPtrArray           *ids)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *row = vw_plain_row (adw_combo_row_new ());
  guint n = g_list_model_get_n_items (items);

  if (none != NULL)
    {
      gtk_string_list_append (names, none);
      g_ptr_array_add (ids, NULL);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) item = g_list_model_get_item (items, i);

      gtk_string_list_append (names, vw_item_get_display_name (item));
      g_ptr_array_add (ids, g_strdup (vw_item_get_id (item)));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

static void
select_id (AdwComboRow *row,
           GPtrArray   *ids,
           const char  *id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
}

static void
set_number (AdwEntryRow *row,
            VwItem      *record,
            const char  *field)
{
  g_autofree char *text = NULL;

  if (record == NULL || !vw_item_is_set (record, field))
    return;

  text = vw_number_format_locale (vw_item_get_double (record, field));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
set_text (AdwEntryRow *row,
          VwItem      *record,
          const char  *field)
{
  if (record != NULL && vw_item_is_set (record, field))
    gtk_editable_set_text (GTK_EDITABLE (row), vw_item_get_string (record, field));
}

/* A new record is most likely for the latest period recorded so far (or the first). */
static gint64
latest_period (VwDocument *document)
{
  GListModel *records = vw_document_get_items (document, VW_ITEM_VERIFICATION);
  guint n = g_list_model_get_n_items (records);
  gint64 latest = 1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) record = g_list_model_get_item (records, i);

      latest = MAX (latest, vw_item_get_int (record, "period"));
    }
  return latest;
}

static void
on_save_clicked_cb (VwRecordEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (vw_record_editor_save (self, &error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  vw_dialog_frame_show_error (self->error_label, error->message);
}

static void
build (VwRecordEditor *self)
{
  VwItem *record = self->record ? VW_ITEM (self->record) : NULL;
  GtkBox *box;
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *what = adw_preferences_group_new ();
  GtkWidget *figures = adw_preferences_group_new ();
  GtkWidget *proof = adw_preferences_group_new ();
  GtkWidget *period_row = vw_plain_row (adw_action_row_new ());

  gtk_window_set_title (GTK_WINDOW (self),
                        record ? _("Edit Verification Record") : _("Add Verification Record"));
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 640);
  box = vw_dialog_frame_build (ADW_WINDOW (self), record ? _("_Save") : _("_Add"),
                               &self->save_button, &self->error_label);
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (what), _("What Was Promised"));
  self->kpi_row = add_item_row (ADW_PREFERENCES_GROUP (what), _("KPI"),
                                vw_document_get_items (self->document, VW_ITEM_KPI),
                                NULL, self->kpi_ids);
  self->element_row = add_item_row (ADW_PREFERENCES_GROUP (what), _("Value element"),
                                    vw_document_get_items (self->document, VW_ITEM_ELEMENT),
                                    C_("value element", "None"), self->element_ids);
  self->period_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 1000, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->period_spin), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (period_row), _("Period"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (period_row),
                               _("The period of the model, 1 for the first year of the contract"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (period_row), GTK_WIDGET (self->period_spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (period_row),
                                         GTK_WIDGET (self->period_spin));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->period_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Period"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (what), period_row);
  self->period_label_row = add_entry_row (ADW_PREFERENCES_GROUP (what), _("Period label"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (figures), _("Figures"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (figures),
                                         _("The KPI as promised and as measured; the value in "
                                           "money, when agreed with the customer."));
  self->promised_row = add_entry_row (ADW_PREFERENCES_GROUP (figures), _("Promised"));
  self->realized_row = add_entry_row (ADW_PREFERENCES_GROUP (figures),
                                      _("Realized (empty until measured)"));
  self->value_promised_row = add_entry_row (ADW_PREFERENCES_GROUP (figures), _("Value promised"));
  self->value_delivered_row = add_entry_row (ADW_PREFERENCES_GROUP (figures),
                                             _("Value delivered"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (proof), _("Evidence and Sign-Off"));
  self->evidence_row = add_entry_row (ADW_PREFERENCES_GROUP (proof), _("Evidence"));
  self->signed_off_by_row = add_entry_row (ADW_PREFERENCES_GROUP (proof),
                                           _("Signed off by (customer)"));
  self->signed_off_on_row = add_entry_row (ADW_PREFERENCES_GROUP (proof),
                                           _("Sign-off date (YYYY-MM-DD)"));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (what));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (figures));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (proof));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (box, page);

  if (record != NULL)
    {
      select_id (self->kpi_row, self->kpi_ids, vw_item_get_string (record, "kpi"));
      select_id (self->element_row, self->element_ids, vw_item_get_string (record, "element"));
      gtk_spin_button_set_value (self->period_spin, vw_item_get_int (record, "period"));
    }
  else
    gtk_spin_button_set_value (self->period_spin, latest_period (self->document));
  set_text (self->period_label_row, record, "period-label");
  set_number (self->promised_row, record, "promised");
  set_number (self->realized_row, record, "realized");
  set_number (self->value_promised_row, record, "value-promised");
  set_number (self->value_delivered_row, record, "value-delivered");
  set_text (self->evidence_row, record, "evidence");
  set_text (self->signed_off_by_row, record, "signed-off-by");
  set_text (self->signed_off_on_row, record, "signed-off-on");
}

/**
 * vw_record_editor_new:
 * @record: (nullable): the record to edit, or %NULL to add one
 */
VwRecordEditor *
vw_record_editor_new (VwDocument     *document,
                      VwVerification *record)
{
  VwRecordEditor *self;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (record == NULL || VW_IS_VERIFICATION (record), NULL);

  self = g_object_new (VW_TYPE_RECORD_EDITOR, NULL);
  self->document = g_object_ref (document);
  self->record = record ? g_object_ref (record) : NULL;
  self->kpi_ids = g_ptr_array_new_with_free_func (g_free);
  self->element_ids = g_ptr_array_new_with_free_func (g_free);
  build (self);
  return self;
}

/* An entry's number: %FALSE with @error when it is not one; an empty entry is unset (@set
 * FALSE), which is an error when @required. */
static gboolean
read_number (AdwEntryRow  *row,
             gboolean      required,
             double       *value,
             gboolean     *set,
             GError      **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  *set = text[0] != '\0';
  if (!*set && !required)
    return TRUE;
  if (!*set)
    {
      g_set_error (error, VW_RECORD_EDITOR_ERROR, 0, _("Enter the promised figure of the KPI."));
      return FALSE;
    }
  if (!vw_number_parse_locale (text, value) || !isfinite (*value))
    {
      g_set_error (error, VW_RECORD_EDITOR_ERROR, 0,
                   _("“%s” is not a number (%s)."), text, title);
      return FALSE;
    }
  return TRUE;
}

static char *
read_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* A new record gets its fields directly; an existing one through undoable commands. */
static void
apply_text (VwRecordEditor *self,
            VwItem         *item,
            const char     *field,
            const char     *text)
{
  gboolean is_new = self->record == NULL;

  if (text != NULL && (!vw_item_is_set (item, field)
                       || g_strcmp0 (vw_item_get_string (item, field), text) != 0))
    is_new ? vw_item_set_string (item, field, text)
           : vw_document_set_string (self->document, item, field, text);
  else if (text == NULL && vw_item_is_set (item, field) && !is_new)
    vw_document_unset (self->document, item, field);
}

static void
apply_number (VwRecordEditor *self,
              VwItem         *item,
              const char     *field,
              double          value,
              gboolean        set)
{
  gboolean is_new = self->record == NULL;

  if (set && (!vw_item_is_set (item, field) || vw_item_get_double (item, field) != value))
    is_new ? vw_item_set_double (item, field, value)
           : vw_document_set_double (self->document, item, field, value);
  else if (!set && vw_item_is_set (item, field) && !is_new)
    vw_document_unset (self->document, item, field);
}

static char *
new_record_id (VwDocument *document,
               const char *kpi,
               gint64      period)
{
  g_autofree char *stem = g_strdup_printf ("%.50s_%" G_GINT64_FORMAT, kpi, period);
  char *id = g_strdup (stem);

  for (guint i = 2; vw_document_find (document, VW_ITEM_VERIFICATION, id) != NULL; i++)
    {
      g_free (id);
      id = g_strdup_printf ("%s_%u", stem, i);
    }
  return id;
}

/**
 * vw_record_editor_save:
 *
 * Checks every field, then adds the record or writes the changes as one undoable command.
 *
 * Returns: %FALSE with @error (in the user's words) when a field is wrong; nothing changed.
 */
gboolean
vw_record_editor_save (VwRecordEditor  *self,
                       GError         **error)
{
  g_autofree char *period_label = read_text (self->period_label_row);
  g_autofree char *evidence = read_text (self->evidence_row);
  g_autofree char *signed_by = read_text (self->signed_off_by_row);
  g_autofree char *signed_on = read_text (self->signed_off_on_row);
  g_autoptr(VwItem) fresh = NULL;
  double promised, realized = 0, value_promised = 0, value_delivered = 0;
  gboolean has_promised, has_realized, has_vp, has_vd;
  guint kpi = adw_combo_row_get_selected (self->kpi_row);
  guint element = adw_combo_row_get_selected (self->element_row);
  const char *kpi_id, *element_id;
  gint64 period;
  VwItem *item;

  g_return_val_if_fail (VW_IS_RECORD_EDITOR (self), FALSE);

  if (kpi == GTK_INVALID_LIST_POSITION || kpi >= self->kpi_ids->len)
    {
      g_set_error (error, VW_RECORD_EDITOR_ERROR, 0,
                   _("The case has no KPI yet: add the KPI to verify first."));
      return FALSE;
    }
  if (!read_number (self->promised_row, TRUE, &promised, &has_promised, error)
      || !read_number (self->realized_row, FALSE, &realized, &has_realized, error)
      || !read_number (self->value_promised_row, FALSE, &value_promised, &has_vp, error)
      || !read_number (self->value_delivered_row, FALSE, &value_delivered, &has_vd, error))
    return FALSE;
  if (signed_on != NULL)
    {
      GDate date;

      g_date_clear (&date, 1);
      if (strlen (signed_on) == 10)
        g_date_set_parse (&date, signed_on);
      if (strlen (signed_on) != 10 || signed_on[4] != '-' || signed_on[7] != '-'
          || !g_date_valid (&date))
        {
          g_set_error (error, VW_RECORD_EDITOR_ERROR, 0,
                       _("“%s” is not a date: write it as YYYY-MM-DD, like 2026-02-10."),
                       signed_on);
          return FALSE;
        }
    }

  kpi_id = g_ptr_array_index (self->kpi_ids, kpi);
  element_id = element < self->element_ids->len ? g_ptr_array_index (self->element_ids, element)
                                                 : NULL;
  period = gtk_spin_button_get_value_as_int (self->period_spin);

  if (self->record == NULL)
    {
      g_autofree char *id = new_record_id (self->document, kpi_id, period);

      fresh = VW_ITEM (vw_verification_new (id));
      item = fresh;
    }
  else
    {
      item = VW_ITEM (self->record);
      vw_document_begin_group (self->document, _("Edit verification record"));
    }

  apply_text (self, item, "kpi", kpi_id);
  if (self->record == NULL || vw_item_get_int (item, "period") != period)
    self->record == NULL ? vw_item_set_int (item, "period", period)
                         : vw_document_set_int (self->document, item, "period", period);
  apply_text (self, item, "period-label", period_label);
  apply_number (self, item, "promised", promised, has_promised);
  apply_number (self, item, "realized", realized, has_realized);
  apply_text (self, item, "evidence", evidence);
  apply_text (self, item, "signed-off-by", signed_by);
  apply_text (self, item, "signed-off-on", signed_on);
  apply_text (self, item, "element", element_id);
  apply_number (self, item, "value-promised", value_promised, has_vp);
  apply_number (self, item, "value-delivered", value_delivered, has_vd);

  if (self->record != NULL)
    {
      vw_document_end_group (self->document);
      return TRUE;
    }

  return vw_document_add_item (self->document, item, -1, error);
}
