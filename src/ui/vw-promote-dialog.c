/* vw-promote-dialog.c: Promote to Reference Case, with the anonymization preview and tags
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The preview is vw_case_promote()'s result: built from the customer projection, so nothing
 * internal is in it, with the customer's name replaced and people's names removed. The seller
 * sees what was replaced, may choose the industry, application, region and year (which
 * rebuilds the preview) and edit the title and summary, then adds it. The write runs in a
 * worker.
 */

#define G_LOG_DOMAIN "vw-promote-dialog"

#include <glib/gi18n.h>

#include <math.h>

#include "vw-case-repository.h"
#include "vw-dialog-frame.h"
#include "vw-format.h"
#include "vw-promote-dialog.h"
#include "vw-plain-row.h"

struct _VwPromoteDialog
{
  AdwWindow            parent_instance;

  VwDocument          *document;
  VwCaseRepository    *repository;
  VwReferenceCase     *preview;
  gboolean             title_edited;
  gboolean             summary_edited;
  gboolean             updating;

  GtkButton           *add_button;
  AdwComboRow         *industry_row;
  AdwEntryRow         *application_row;
  AdwEntryRow         *region_row;
  GtkSpinButton       *year_spin;
  AdwEntryRow         *title_row;
  GtkTextBuffer       *summary;
  GtkLabel            *anonymization_label;
  GtkLabel            *tags_label;
  GtkLabel            *figures_label;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (VwPromoteDialog, vw_promote_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_PROMOTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
vw_promote_dialog_dispose (GObject *object)
{
  VwPromoteDialog *self = VW_PROMOTE_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_object (&self->repository);
  g_clear_object (&self->preview);

  G_OBJECT_CLASS (vw_promote_dialog_parent_class)->dispose (object);
}

static void
vw_promote_dialog_class_init (VwPromoteDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vw_promote_dialog_dispose;

  /**
   * VwPromoteDialog::promoted:
   * @uid: the new reference case's id
   */
  signals[SIGNAL_PROMOTED] =
    g_signal_new ("promoted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
vw_promote_dialog_init (VwPromoteDialog *self)
{
}

const char *
vw_case_tag_kind_get_title (VwCaseTagKind kind)
{
  switch (kind)
    {
    case VW_CASE_TAG_INDUSTRY:
      return _("Industry");
    case VW_CASE_TAG_ELEMENT:
      return _("Value element");
    case VW_CASE_TAG_KPI:
      return _("KPI");
    case VW_CASE_TAG_DIMENSION:
      return _("Dimension");
    case VW_CASE_TAG_APPLICATION:
      return _("Application");
    case VW_CASE_TAG_REGION:
      return _("Region");
    case VW_CASE_TAG_YEAR:
    case VW_CASE_TAG_N_KINDS:
    default:
      return _("Year");
    }
}

static const char *
selected_industry (VwPromoteDialog *self)
{
  guint i = adw_combo_row_get_selected (self->industry_row);
  const VwCaseIndustry *industries = vw_case_industries ();

  for (guint k = 0; industries[k].id != NULL; k++)
    if (k == i)
      return industries[k].id;
  return NULL;
}

static char *
entry_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
show_error (VwPromoteDialog *self,
            const char      *message)
{
  vw_dialog_frame_show_error (self->error_label, message);
}

/* The tags and figures of the preview, as the repository will store them. */
static void
show_preview (VwPromoteDialog       *self,
              VwCasePromotionReport *report)
{
  GPtrArray *tags = vw_reference_case_get_tags (self->preview);
  GPtrArray *figures = vw_reference_case_get_figures (self->preview);
  g_autoptr(GString) anonymized = g_string_new (NULL);
  g_autoptr(GString) tag_text = g_string_new (NULL);
  g_autoptr(GString) figure_text = g_string_new (NULL);

  for (guint i = 0; i < report->replacements->len; i++)
    g_string_append_printf (anonymized, "%s\n", (char *) g_ptr_array_index (report->replacements,
                                                                            i));
  g_string_append_printf (anonymized,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u mention of a person or organization removed",
                                       "%u mentions of people and organizations removed",
                                       report->names_removed), report->names_removed);
  g_string_append (anonymized, "\n");
  g_string_append_printf (anonymized,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u internal item left out (costs, margins, notes)",
                                       "%u internal items left out (costs, margins, notes)",
                                       report->internal_items_removed),
                          report->internal_items_removed);
  gtk_label_set_text (self->anonymization_label, anonymized->str);

  for (guint i = 0; i < tags->len; i++)
    {
      const VwCaseTag *tag = g_ptr_array_index (tags, i);

      /* TRANSLATORS: a tag of a reference case: its kind, then its value */
      g_string_append_printf (tag_text, _("%s: %s\n"), vw_case_tag_kind_get_title (tag->kind),
                              vw_case_tag_get_display_label (tag));
    }
  gtk_label_set_text (self->tags_label, g_strchomp (tag_text->str));

  for (guint i = 0; i < figures->len; i++)
    {
      const VwCaseFigure *f = g_ptr_array_index (figures, i);
      double improvement = vw_case_figure_improvement (f);

      if (isfinite (improvement))
        {
          VwValueFormat format = { .kind = VW_VALUE_PERCENT, .decimals = 1 };
          g_autofree char *better = vw_format_value (vw_number_locale_from_environment (),
                                                     &format, improvement, VW_FORMAT_SIGNED);

          g_string_append_printf (figure_text, _("%s (%s): %s against the baseline\n"),
                                  f->kpi_name, f->period_label ? f->period_label : "", better);
        }
      else
        g_string_append_printf (figure_text, _("%s (%s): verified\n"), f->kpi_name,
                                f->period_label ? f->period_label : "");
    }
  gtk_label_set_text (self->figures_label, g_strchomp (figure_text->str));
}

/* Rebuilds the preview from the document and the options; keeps the seller's own title and
 * summary. */
static gboolean
update_preview (VwPromoteDialog  *self,
                GError          **error)
{
  g_autofree char *application = entry_text (self->application_row);
  g_autofree char *region = entry_text (self->region_row);
  g_autofree char *title = entry_text (self->title_row);
  g_autofree char *summary = NULL;
  gboolean first = self->preview == NULL;  /* the first preview guesses the options */
  VwCasePromotionOptions options = {
    .industry = first ? NULL : selected_industry (self),
    .application = first ? NULL : application,
    .region = region,
    .year = first ? 0 : gtk_spin_button_get_value_as_int (self->year_spin),
  };
  VwCasePromotionReport report = { 0 };
  g_autoptr(VwReferenceCase) preview = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->summary, &start, &end);
  summary = gtk_text_buffer_get_text (self->summary, &start, &end, FALSE);

  preview = vw_case_promote (self->document, &options, &report, error);
  if (preview == NULL)
    {
      vw_case_promotion_report_clear (&report);
      return FALSE;
    }
  if (self->title_edited && title != NULL)
    vw_reference_case_set_title (preview, title);
  if (self->summary_edited)
    vw_reference_case_set_summary (preview, summary);
  g_set_object (&self->preview, preview);

  self->updating = TRUE;
    {
      const VwCaseIndustry *industries = vw_case_industries ();
      const char *id = vw_reference_case_get_industry (preview);

      for (guint k = 0; industries[k].id != NULL; k++)
        if (g_strcmp0 (industries[k].id, id) == 0)
          adw_combo_row_set_selected (self->industry_row, k);
      if (first
          && vw_reference_case_get_tag_key (preview, VW_CASE_TAG_APPLICATION) != NULL)
        {
          GPtrArray *tags = vw_reference_case_get_tags (preview);

          for (guint i = 0; i < tags->len; i++)
            if (((VwCaseTag *) g_ptr_array_index (tags, i))->kind == VW_CASE_TAG_APPLICATION)
              gtk_editable_set_text (GTK_EDITABLE (self->application_row),
                                     ((VwCaseTag *) g_ptr_array_index (tags, i))->label);
        }
      if (first && vw_reference_case_get_tag_key (preview, VW_CASE_TAG_YEAR))
        gtk_spin_button_set_value (self->year_spin,
                                   g_ascii_strtod (vw_reference_case_get_tag_key (preview,
                                                                                  VW_CASE_TAG_YEAR),
                                                   NULL));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), vw_reference_case_get_title (preview));
      gtk_text_buffer_set_text (self->summary, vw_reference_case_get_summary (preview), -1);
      show_preview (self, &report);
    }
  self->updating = FALSE;

  vw_case_promotion_report_clear (&report);
  return TRUE;
}

static void
on_option_changed_cb (VwPromoteDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (self->updating)
    return;
  show_error (self, update_preview (self, &error) ? NULL : error->message);
}

static void
on_text_edited_cb (VwPromoteDialog *self,
                   GObject         *source)
{
  if (self->updating)
    return;
  if (source == G_OBJECT (self->title_row))
    self->title_edited = TRUE;
  else
    self->summary_edited = TRUE;
}

static void
add_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;

  if (vw_case_repository_add (source, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_added_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(VwPromoteDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  VwReferenceCase *stored = g_task_get_task_data (G_TASK (result));

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_PROMOTED], 0, vw_reference_case_get_uid (stored));
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * vw_promote_dialog_add:
 *
 * Stores the preview, with the title and summary as edited, in a worker; the dialog emits
 * "promoted" and closes when done, or shows why not (e.g. already in the repository).
 */
void
vw_promote_dialog_add (VwPromoteDialog *self)
{
  g_autofree char *title = entry_text (self->title_row);
  g_autofree char *summary = NULL;
  g_autoptr(GTask) task = NULL;
  GtkTextIter start, end;

  g_return_if_fail (VW_IS_PROMOTE_DIALOG (self));

  gtk_text_buffer_get_bounds (self->summary, &start, &end);
  summary = gtk_text_buffer_get_text (self->summary, &start, &end, FALSE);
  if (title == NULL)
    {
      show_error (self, _("Give the reference case a title."));
      return;
    }
  vw_reference_case_set_title (self->preview, title);
  vw_reference_case_set_summary (self->preview, summary);

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
  task = g_task_new (self->repository, NULL, on_added_cb, g_object_ref (self));
  g_task_set_task_data (task, g_object_ref (self->preview), g_object_unref);
  g_task_run_in_thread (task, add_thread);
}

static GtkWidget *
label_group_new (const char  *title,
                 const char  *description,
                 GtkLabel   **label)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *card = gtk_label_new (NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_label_set_xalign (GTK_LABEL (card), 0);
  gtk_label_set_wrap (GTK_LABEL (card), TRUE);
  gtk_label_set_selectable (GTK_LABEL (card), TRUE);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "vw-preview-card");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), card);
  *label = GTK_LABEL (card);
  return group;
}

static AdwEntryRow *
entry_row_new (AdwPreferencesGroup *group,
               const char          *title)
{
  GtkWidget *row = vw_plain_row (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static void
build (VwPromoteDialog *self)
{
  GtkBox *box;
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *tags = adw_preferences_group_new ();
  GtkWidget *texts = adw_preferences_group_new ();
  GtkWidget *year_row = vw_plain_row (adw_action_row_new ());
  GtkWidget *summary_view = gtk_text_view_new ();
  g_autoptr(GtkStringList) industries = gtk_string_list_new (NULL);
  const VwCaseIndustry *known = vw_case_industries ();

  gtk_window_set_title (GTK_WINDOW (self), _("Promote to Reference Case"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);
  box = vw_dialog_frame_build (ADW_WINDOW (self), _("_Add to Repository"), &self->add_button,
                               &self->error_label);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (vw_promote_dialog_add), self);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (tags), _("Tags"));
  for (guint k = 0; known[k].id != NULL; k++)
    gtk_string_list_append (industries, _(known[k].label));
  self->industry_row = ADW_COMBO_ROW (vw_plain_row (adw_combo_row_new ()));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->industry_row), _("Industry"));
  adw_combo_row_set_model (self->industry_row, G_LIST_MODEL (industries));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (tags), GTK_WIDGET (self->industry_row));
  self->application_row = entry_row_new (ADW_PREFERENCES_GROUP (tags), _("Application"));
  self->region_row = entry_row_new (ADW_PREFERENCES_GROUP (tags), _("Region"));
  self->year_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 2100, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->year_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->year_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Year"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (year_row), _("Year"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (year_row), GTK_WIDGET (self->year_spin));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (tags), year_row);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (texts), _("Reference Case"));
  self->title_row = entry_row_new (ADW_PREFERENCES_GROUP (texts), _("Title"));
  self->summary = gtk_text_view_get_buffer (GTK_TEXT_VIEW (summary_view));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (summary_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (summary_view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (summary_view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (summary_view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (summary_view), 12);
  gtk_widget_set_size_request (summary_view, -1, 120);
  gtk_widget_add_css_class (summary_view, "card");
  gtk_widget_set_margin_top (summary_view, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (summary_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Summary"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (texts), summary_view);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
    ADW_PREFERENCES_GROUP (label_group_new (_("Anonymization"),
                                            _("What the reference case will not contain. It is "
                                              "built from the customer edition of this case."),
                                            &self->anonymization_label)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (texts));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (tags));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
    ADW_PREFERENCES_GROUP (label_group_new (_("Stored Tags"), NULL, &self->tags_label)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
    ADW_PREFERENCES_GROUP (label_group_new (_("Verified Figures"), NULL, &self->figures_label)));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (box, page);

  g_signal_connect_swapped (self->industry_row, "notify::selected",
                            G_CALLBACK (on_option_changed_cb), self);
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (on_option_changed_cb),
                            self);
  g_signal_connect_swapped (self->application_row, "apply", G_CALLBACK (on_option_changed_cb),
                            self);
  g_signal_connect_swapped (self->region_row, "apply", G_CALLBACK (on_option_changed_cb), self);
  adw_entry_row_set_show_apply_button (self->application_row, TRUE);
  adw_entry_row_set_show_apply_button (self->region_row, TRUE);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (on_text_edited_cb), self);
  g_signal_connect_swapped (self->summary, "changed", G_CALLBACK (on_text_edited_cb), self);
}

/**
 * vw_promote_dialog_new:
 *
 * Returns: (transfer floating) (nullable): the dialog with its preview, or %NULL with @error
 *   when the case cannot be promoted (nothing verified yet)
 */
GtkWindow *
vw_promote_dialog_new (VwDocument        *document,
                       VwCaseRepository  *repository,
                       GError           **error)
{
  VwPromoteDialog *self;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (repository), NULL);

  self = g_object_new (VW_TYPE_PROMOTE_DIALOG, NULL);
  self->document = g_object_ref (document);
  self->repository = g_object_ref (repository);
  build (self);
  if (!update_preview (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  return GTK_WINDOW (self);
}

VwReferenceCase *
vw_promote_dialog_get_preview (VwPromoteDialog *self)
{
  g_return_val_if_fail (VW_IS_PROMOTE_DIALOG (self), NULL);

  return self->preview;
}
