/* vw-unit-format.h: how a figure is written, from the unit the case gives it
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-format.h"

G_BEGIN_DECLS

void vw_value_format_for_unit (const char    *unit,
                               const char    *currency,
                               VwValueFormat *format);

G_END_DECLS
