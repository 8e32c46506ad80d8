/* vw-report-print.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printed pages are the PDF's pages: the same vw_report_layout_draw_page() on the print
 * context, in points from the paper's corner, scaled down only when the printer's paper is
 * smaller than the report's.
 */

#define G_LOG_DOMAIN "vw-report-print"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vw-report-print.h"

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   VwReportLayout    *layout)
{
  gtk_print_operation_set_n_pages (operation, vw_report_layout_get_n_pages (layout));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 VwReportLayout    *layout)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = MIN (gtk_print_context_get_width (context) / vw_report_layout_get_width (layout),
                      gtk_print_context_get_height (context) / vw_report_layout_get_height (layout));

  cairo_save (cr);
  if (scale < 1.0)
    cairo_scale (cr, scale, scale);
  vw_report_layout_draw_page (layout, cr, page);
  cairo_restore (cr);
}

static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  if (error != NULL && parent != NULL)
    {
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Could Not Print the Report"),
                                                           error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  /* The reference taken for the run, which may end after vw_report_print() returned. */
  g_object_unref (operation);
}

static GtkPrintOperation *
new_operation (VwReportLayout *layout,
               VwReportPaper   paper)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPaperSize *size;

  size = gtk_paper_size_new (paper == VW_REPORT_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                             : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (setup, size);
  gtk_paper_size_free (size);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), layout);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), layout);
  return operation;
}

void
vw_report_print (GtkWindow      *parent,
                 VwReportLayout *layout,
                 VwReportPaper   paper,
                 const char     *job_name)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (layout != NULL);

  operation = new_operation (layout, paper);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (job_name != NULL)
    gtk_print_operation_set_job_name (operation, job_name);
  g_object_set_data_full (G_OBJECT (operation), "vw-report-layout", layout,
                          (GDestroyNotify) vw_report_layout_free);
  g_signal_connect (operation, "done", G_CALLBACK (on_done_cb), parent);

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_object_ref (operation);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    g_warning ("Could not print: %s", error->message);
}

GtkPrintOperationResult
vw_report_print_export (VwReportLayout *layout,
                        VwReportPaper   paper,
                        const char     *path,
                        GError        **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (layout != NULL, GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (path != NULL, GTK_PRINT_OPERATION_RESULT_ERROR);

  operation = new_operation (layout, paper);
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
}
