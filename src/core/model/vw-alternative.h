/* vw-alternative.h: a solution the customer can choose: status quo, our offer, a competitor
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-item.h"


G_BEGIN_DECLS

#define VW_TYPE_ALTERNATIVE (vw_alternative_get_type ())

G_DECLARE_FINAL_TYPE (VwAlternative, vw_alternative, VW, ALTERNATIVE, VwItem)

VwAlternative *vw_alternative_new (const char *id);

G_END_DECLS
