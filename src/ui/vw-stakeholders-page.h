/* vw-stakeholders-page.h: the buying center: map, table, details and coverage gaps
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-page.h"

G_BEGIN_DECLS

#define VW_TYPE_STAKEHOLDERS_PAGE (vw_stakeholders_page_get_type ())

G_DECLARE_FINAL_TYPE (VwStakeholdersPage, vw_stakeholders_page, VW, STAKEHOLDERS_PAGE, VwPage)

GtkWidget *vw_stakeholders_page_new           (void);
VwItem    *vw_stakeholders_page_get_selected  (VwStakeholdersPage *self);
void       vw_stakeholders_page_select        (VwStakeholdersPage *self,
                                               VwItem             *person,
                                               gboolean            show_details);

G_END_DECLS
