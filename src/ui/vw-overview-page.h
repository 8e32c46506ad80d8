/* vw-overview-page.h: the customer, the opportunity, the alternatives and customer selection
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-page.h"

G_BEGIN_DECLS

#define VW_TYPE_OVERVIEW_PAGE (vw_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (VwOverviewPage, vw_overview_page, VW, OVERVIEW_PAGE, VwPage)

GtkWidget *vw_overview_page_new (void);

G_END_DECLS
