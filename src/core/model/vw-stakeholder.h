/* vw-stakeholder.h: a person in (or around) the buying center
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-item.h"


G_BEGIN_DECLS

#define VW_TYPE_STAKEHOLDER (vw_stakeholder_get_type ())

G_DECLARE_FINAL_TYPE (VwStakeholder, vw_stakeholder, VW, STAKEHOLDER, VwItem)

VwStakeholder *vw_stakeholder_new (const char *id);

G_END_DECLS
