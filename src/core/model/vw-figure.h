/* vw-figure.h: a computed value written in its variable's unit
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-format.h"
#include "vw-value.h"

G_BEGIN_DECLS

double  vw_value_total          (const VwValue        *value);
char   *vw_figure_format_number (const VwNumberLocale *locale,
                                 const char           *unit,
                                 const char           *currency,
                                 double                number,
                                 VwFormatFlags         flags);
char   *vw_figure_format        (const VwNumberLocale *locale,
                                 const char           *unit,
                                 const char           *currency,
                                 const VwValue        *value,
                                 VwFormatFlags         flags);

G_END_DECLS
