/* vw-stakeholder-table.h: the people of the buying center, editable in place
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_STAKEHOLDER_TABLE (vw_stakeholder_table_get_type ())

G_DECLARE_FINAL_TYPE (VwStakeholderTable, vw_stakeholder_table, VW, STAKEHOLDER_TABLE, AdwBin)

GtkWidget          *vw_stakeholder_table_new           (void);
void                vw_stakeholder_table_set_document  (VwStakeholderTable *self,
                                                        VwDocument         *document);
GtkSingleSelection *vw_stakeholder_table_get_selection (VwStakeholderTable *self);

G_END_DECLS
