/* vw-report-dialog.h: Export Report (Ctrl+E), and Print (Ctrl+P) with the same choices
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-window.h"

G_BEGIN_DECLS

#define VW_TYPE_REPORT_DIALOG (vw_report_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VwReportDialog, vw_report_dialog, VW, REPORT_DIALOG, AdwWindow)

VwReportDialog *vw_report_dialog_new         (VwWindow       *window);
guint           vw_report_dialog_get_n_pages (VwReportDialog *self);
void            vw_report_print_case         (VwWindow       *window);

G_END_DECLS
