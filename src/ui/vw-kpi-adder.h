/* vw-kpi-adder.h: Add KPI: a key figure of the customer's, followed by a variable of the model
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_KPI_ADDER (vw_kpi_adder_get_type ())

G_DECLARE_FINAL_TYPE (VwKpiAdder, vw_kpi_adder, VW, KPI_ADDER, GtkPopover)

VwKpiAdder *vw_kpi_adder_new          (void);
void        vw_kpi_adder_set_document (VwKpiAdder  *self,
                                       VwDocument  *document);
VwKpi      *vw_kpi_adder_add          (VwKpiAdder  *self,
                                       const char  *name,
                                       const char  *variable,
                                       gboolean     lower_is_better,
                                       const char  *target,
                                       GError     **error);

G_END_DECLS
