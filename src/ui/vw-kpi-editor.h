/* vw-kpi-editor.h: the customer's KPIs: add one, change or remove one
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_KPI_EDITOR (vw_kpi_editor_get_type ())

G_DECLARE_FINAL_TYPE (VwKpiEditor, vw_kpi_editor, VW, KPI_EDITOR, GtkPopover)

VwKpiEditor *vw_kpi_editor_new          (void);
void        vw_kpi_editor_set_document (VwKpiEditor  *self,
                                       VwDocument  *document);
VwKpi       *vw_kpi_editor_save         (VwKpiEditor  *self,
                                         VwKpi        *kpi,
                                         const char   *name,
                                         const char   *variable,
                                         gboolean      lower_is_better,
                                         const char   *target,
                                         GError      **error);

G_END_DECLS
