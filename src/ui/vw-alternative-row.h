/* vw-alternative-row.h: one alternative of the case, renamed in place, its role chosen
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_ALTERNATIVE_ROW (vw_alternative_row_get_type ())

G_DECLARE_FINAL_TYPE (VwAlternativeRow, vw_alternative_row, VW, ALTERNATIVE_ROW, AdwEntryRow)

GtkWidget     *vw_alternative_row_new                (VwDocument       *document,
                                                      VwAlternative    *alternative);
VwAlternative *vw_alternative_row_get_alternative    (VwAlternativeRow *self);
void           vw_alternative_row_set_can_remove     (VwAlternativeRow *self,
                                                      gboolean          can_remove);

G_END_DECLS
