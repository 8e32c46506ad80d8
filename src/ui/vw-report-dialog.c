/* vw-report-dialog.c: Export Report: edition, paper and language, with a preview
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The preview is the report itself: the same layout the PDF and the printer get, one page
 * painted into an image. A change of edition rebuilds the report from that edition's case
 * model (vw_report_new_case_model), so what the preview shows a customer edition to hold is
 * exactly what the file will hold.
 */

#define G_LOG_DOMAIN "vw-report-dialog"

#include <glib/gi18n.h>
#include <string.h>

#include "vw-report-dialog.h"
#include "vw-report-print.h"
#include "vw-report.h"

#define PREVIEW_WIDTH 900   /* pixels of the preview image, before the display's scale */

struct _VwReportDialog
{
  AdwWindow        parent_instance;

  VwWindow        *window;
  VwDocument      *document;
  GPtrArray       *audiences;     /* char *, parallel to the edition row's items */
  VwReportLayout  *layout;
  VwCaseModel     *case_model;
  guint            page;
  guint            rebuild_source;

  AdwComboRow     *edition_row;
  AdwComboRow     *paper_row;
  AdwComboRow     *language_row;
  GtkLabel        *edition_note;
  GtkPicture      *preview;
  GtkLabel        *page_label;
  GtkButton       *previous_button;
  GtkButton       *next_button;
  GtkButton       *export_button;
  GtkButton       *print_button;
};

G_DEFINE_FINAL_TYPE (VwReportDialog, vw_report_dialog, ADW_TYPE_WINDOW)

static const char * const languages[] = { "en", "fi", "de" };

/* The last choices, kept for the session: Print (Ctrl+P) uses them too. */
static char *last_audience;
static guint last_paper;
static guint last_language;

static void
options_from_rows (VwReportDialog  *self,
                   VwReportOptions *options)
{
  guint edition = adw_combo_row_get_selected (self->edition_row);

  memset (options, 0, sizeof *options);
  options->audience = edition < self->audiences->len
                      ? g_ptr_array_index (self->audiences, edition) : "customer";
  options->paper = adw_combo_row_get_selected (self->paper_row) == 1 ? VW_REPORT_PAPER_LETTER
                                                                    : VW_REPORT_PAPER_A4;
  options->language = languages[MIN (adw_combo_row_get_selected (self->language_row), 2)];
}

static void
update_page (VwReportDialog *self)
{
  guint n = self->layout != NULL ? vw_report_layout_get_n_pages (self->layout) : 0;
  g_autofree char *label = NULL;

  if (n == 0)
    {
      gtk_picture_set_paintable (self->preview, NULL);
      gtk_label_set_text (self->page_label, "");
      return;
    }

  self->page = MIN (self->page, n - 1);
  {
    double width = vw_report_layout_get_width (self->layout);
    double height = vw_report_layout_get_height (self->layout);
    int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
    int w = PREVIEW_WIDTH * scale;
    int h = (int) (w * height / width);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
    cairo_t *cr = cairo_create (surface);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(GdkTexture) texture = NULL;

    cairo_scale (cr, w / width, w / width);
    vw_report_layout_draw_page (self->layout, cr, self->page);
    cairo_destroy (cr);
    cairo_surface_flush (surface);
    bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                         (gsize) cairo_image_surface_get_stride (surface) * h);
    texture = gdk_memory_texture_new (w, h, GDK_MEMORY_DEFAULT, bytes,
                                      cairo_image_surface_get_stride (surface));
    cairo_surface_destroy (surface);
    gtk_picture_set_paintable (self->preview, GDK_PAINTABLE (texture));
  }

  /* Translators: the preview's position, e.g. "Page 2 of 9" */
  label = g_strdup_printf (_("Page %u of %u"), self->page + 1, n);
  gtk_label_set_text (self->page_label, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->previous_button), self->page > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button), self->page + 1 < n);
}

static void
rebuild (VwReportDialog *self)
{
  g_autoptr(GError) error = NULL;
  VwReportOptions options;

  options_from_rows (self, &options);
  g_clear_pointer (&self->layout, vw_report_layout_free);
  g_clear_object (&self->case_model);

  g_free (last_audience);
  last_audience = g_strdup (options.audience);
  last_paper = adw_combo_row_get_selected (self->paper_row);
  last_language = adw_combo_row_get_selected (self->language_row);

  gtk_label_set_text (self->edition_note,
                      g_str_equal (options.audience, "internal")
                      ? _("The internal edition holds our costs, margins and private notes, "
                          "and says so on every page. Never send it to the customer.")
                      : _("Built from the customer’s view of the case: nothing internal is "
                          "computed into it."));

  self->case_model = vw_report_new_case_model (self->document, options.audience, &error);
  if (self->case_model != NULL)
    self->layout = vw_report_build (self->case_model, &options, &error);
  if (self->layout == NULL)
    gtk_label_set_text (self->edition_note, error->message);

  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), self->layout != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_button), self->layout != NULL);
  update_page (self);
}

static gboolean
rebuild_cb (gpointer data)
{
  VwReportDialog *self = data;

  self->rebuild_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* The build takes a few hundred milliseconds (the Monte Carlo): the choice is shown and the
 * preview says it is being updated first, and quick successive changes build once. */
static void
on_option_changed_cb (VwReportDialog *self)
{
  if (self->document == NULL)
    return;
  gtk_label_set_text (self->page_label, _("Updating…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_button), FALSE);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  self->rebuild_source = g_timeout_add (60, rebuild_cb, self);
}

static void
on_previous_clicked_cb (VwReportDialog *self)
{
  if (self->page > 0)
    self->page--;
  update_page (self);
}

static void
on_next_clicked_cb (VwReportDialog *self)
{
  self->page++;
  update_page (self);
}

/* Page Up / Page Down turn the preview's pages. */
static gboolean
turn_page_cb (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  VwReportDialog *self = VW_REPORT_DIALOG (widget);
  int step = g_variant_get_int32 (args);

  if (step < 0)
    on_previous_clicked_cb (self);
  else if (self->layout != NULL && self->page + 1 < vw_report_layout_get_n_pages (self->layout))
    on_next_clicked_cb (self);
  return TRUE;
}

static char *
suggested_name (VwReportDialog *self)
{
  const char *title = vw_item_get_string (VW_ITEM (vw_document_get_meta (self->document)), "title");
  VwReportOptions options;
  g_autofree char *name = NULL;

  options_from_rows (self, &options);
  /* Translators: the file name offered for a report; %s is the case's title */
  name = g_strdup_printf (g_str_equal (options.audience, "internal") ? _("%s (internal).pdf")
                                                                     : _("%s.pdf"),
                          title != NULL && title[0] != '\0' ? title : _("Value report"));
  g_strdelimit (name, "/\\:", '-');
  return g_steal_pointer (&name);
}

static void
on_save_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     VwReportDialog  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  VwReportOptions options;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || self->layout == NULL)
    return;

  path = g_file_get_path (file);
  options_from_rows (self, &options);
  if (path == NULL ||
      !vw_report_write_pdf (self->layout, self->case_model, &options, path, &error))
    {
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                           _("Could Not Export the Report"),
                                                           error != NULL ? error->message : NULL));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  {
    g_autofree char *name = g_file_get_basename (file);
    /* Translators: %s is the file name */
    g_autofree char *message = g_strdup_printf (_("Report saved as “%s”"), name);

    vw_window_add_toast (self->window, message);
  }
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_export_clicked_cb (VwReportDialog *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggested_name (self);

  chooser = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_print_clicked_cb (VwReportDialog *self)
{
  VwReportOptions options;
  const char *title = vw_item_get_string (VW_ITEM (vw_document_get_meta (self->document)), "title");

  if (self->layout == NULL)
    return;
  options_from_rows (self, &options);
  vw_report_print (GTK_WINDOW (self->window), g_steal_pointer (&self->layout), options.paper,
                   title);
  gtk_window_close (GTK_WINDOW (self));
}

static void
vw_report_dialog_dispose (GObject *object)
{
  VwReportDialog *self = VW_REPORT_DIALOG (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_pointer (&self->layout, vw_report_layout_free);
  g_clear_object (&self->case_model);
  g_clear_object (&self->document);
  g_clear_pointer (&self->audiences, g_ptr_array_unref);

  G_OBJECT_CLASS (vw_report_dialog_parent_class)->dispose (object);
}

static void
vw_report_dialog_class_init (VwReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vw_report_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vw-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VwReportDialog, edition_row);
  gtk_widget_class_bind_template_child (widget_class, VwReportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, VwReportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, VwReportDialog, edition_note);
  gtk_widget_class_bind_template_child (widget_class, VwReportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, VwReportDialog, page_label);
  gtk_widget_class_bind_template_child (widget_class, VwReportDialog, previous_button);
  gtk_widget_class_bind_template_child (widget_class, VwReportDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, VwReportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, VwReportDialog, print_button);
  gtk_widget_class_bind_template_callback (widget_class, on_option_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_previous_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_print_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Up, 0, turn_page_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Down, 0, turn_page_cb, "i", 1);
}

static void
vw_report_dialog_init (VwReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->audiences = g_ptr_array_new_with_free_func (g_free);
}

/* The editions: the customer's first (the safe choice), then each person, then internal. */
static void
fill_editions (VwReportDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *people = vw_document_get_items (self->document, VW_ITEM_STAKEHOLDER);
  guint selected = 0;

  gtk_string_list_append (names, _("Customer"));
  g_ptr_array_add (self->audiences, g_strdup ("customer"));
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(VwItem) person = g_list_model_get_item (people, i);
      /* Translators: an edition of the report for one person; %s is their name */
      g_autofree char *name = g_strdup_printf (_("For %s"), vw_item_get_string (person, "name"));

      gtk_string_list_append (names, name);
      g_ptr_array_add (self->audiences, g_strconcat ("stakeholder:", vw_item_get_id (person), NULL));
    }
  gtk_string_list_append (names, _("Internal – not for the customer"));
  g_ptr_array_add (self->audiences, g_strdup ("internal"));

  for (guint i = 0; last_audience != NULL && i < self->audiences->len; i++)
    if (g_str_equal (g_ptr_array_index (self->audiences, i), last_audience))
      selected = i;

  adw_combo_row_set_model (self->edition_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->edition_row, selected);
}

/**
 * vw_report_dialog_new:
 * @window: the window of the case to report on
 *
 * Returns: (transfer none): the dialog, presented modal over @window
 */
VwReportDialog *
vw_report_dialog_new (VwWindow *window)
{
  VwReportDialog *self;

  g_return_val_if_fail (VW_IS_WINDOW (window), NULL);
  g_return_val_if_fail (vw_window_get_document (window) != NULL, NULL);

  self = g_object_new (VW_TYPE_REPORT_DIALOG, "transient-for", window, NULL);
  self->window = window;
  adw_combo_row_set_selected (self->paper_row, last_paper);
  adw_combo_row_set_selected (self->language_row, last_language);
  self->document = g_object_ref (vw_window_get_document (window));
  fill_editions (self);
  rebuild (self);
  return self;
}

guint
vw_report_dialog_get_n_pages (VwReportDialog *self)
{
  g_return_val_if_fail (VW_IS_REPORT_DIALOG (self), 0);

  /* A change waiting to be built is built now: the caller asks about the current choices. */
  if (self->rebuild_source != 0)
    {
      g_clear_handle_id (&self->rebuild_source, g_source_remove);
      rebuild (self);
    }
  return self->layout != NULL ? vw_report_layout_get_n_pages (self->layout) : 0;
}

/**
 * vw_report_print_case:
 * @window: a window showing a case
 *
 * Print (Ctrl+P): the report with the choices last made in Export Report (the customer
 * edition at first), straight to the print dialog.
 */
void
vw_report_print_case (VwWindow *window)
{
  g_autoptr(VwCaseModel) cm = NULL;
  g_autoptr(GError) error = NULL;
  VwReportLayout *layout;
  VwReportOptions options = { 0 };
  VwDocument *doc = vw_window_get_document (window);

  g_return_if_fail (doc != NULL);

  options.audience = last_audience != NULL ? last_audience : "customer";
  /* The person chosen for another case is not in this one. */
  if (g_str_has_prefix (options.audience, "stakeholder:") &&
      vw_document_find (doc, VW_ITEM_STAKEHOLDER, options.audience + strlen ("stakeholder:")) == NULL)
    options.audience = "customer";
  options.paper = last_paper == 1 ? VW_REPORT_PAPER_LETTER : VW_REPORT_PAPER_A4;
  options.language = languages[MIN (last_language, 2)];
  cm = vw_report_new_case_model (doc, options.audience, &error);
  layout = cm != NULL ? vw_report_build (cm, &options, &error) : NULL;
  if (layout == NULL)
    {
      vw_window_add_toast (window, error->message);
      return;
    }
  vw_report_print (GTK_WINDOW (window), layout, options.paper,
                   vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)), "title"));
}
