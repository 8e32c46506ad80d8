/* vw-verification.h: promised against realized value of one KPI in one period
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-item.h"


G_BEGIN_DECLS

#define VW_TYPE_VERIFICATION (vw_verification_get_type ())

G_DECLARE_FINAL_TYPE (VwVerification, vw_verification, VW, VERIFICATION, VwItem)

VwVerification *vw_verification_new (const char *id);

G_END_DECLS
