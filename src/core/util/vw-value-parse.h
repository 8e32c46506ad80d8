/* vw-value-parse.h: a figure typed by the user, in their locale, back to a number
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-format.h"

G_BEGIN_DECLS

gboolean vw_value_parse (const VwNumberLocale *locale,
                         const VwValueFormat  *format,
                         const char           *text,
                         double               *value);

G_END_DECLS
