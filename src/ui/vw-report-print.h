/* vw-report-print.h: print a laid-out report through GtkPrintOperation
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vw-report-layout.h"

G_BEGIN_DECLS

/* Shows the print dialog and prints @layout with the report's own page code; takes
 * ownership of @layout. */
void                    vw_report_print        (GtkWindow      *parent,
                                                VwReportLayout *layout,
                                                VwReportPaper   paper,
                                                const char     *job_name);

/* The same operation without the dialog, writing @path as PDF through GTK's print backend
 * (GTK_PRINT_OPERATION_ACTION_EXPORT): what the tests print to. Synchronous. */
GtkPrintOperationResult vw_report_print_export (VwReportLayout *layout,
                                                VwReportPaper   paper,
                                                const char     *path,
                                                GError        **error);

G_END_DECLS
