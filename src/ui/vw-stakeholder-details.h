/* vw-stakeholder-details.h: everything about one person, editable, private notes marked
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_STAKEHOLDER_DETAILS (vw_stakeholder_details_get_type ())

G_DECLARE_FINAL_TYPE (VwStakeholderDetails, vw_stakeholder_details, VW, STAKEHOLDER_DETAILS, AdwBin)

GtkWidget *vw_stakeholder_details_new        (void);
void       vw_stakeholder_details_set_person (VwStakeholderDetails *self,
                                              VwDocument           *document,
                                              VwItem               *person);
VwItem    *vw_stakeholder_details_get_person (VwStakeholderDetails *self);
void       vw_stakeholder_details_focus      (VwStakeholderDetails *self,
                                              const char           *field);

G_END_DECLS
