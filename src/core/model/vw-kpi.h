/* vw-kpi.h: a key performance indicator of the customer
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-item.h"


G_BEGIN_DECLS

#define VW_TYPE_KPI (vw_kpi_get_type ())

G_DECLARE_FINAL_TYPE (VwKpi, vw_kpi, VW, KPI, VwItem)

VwKpi *vw_kpi_new (const char *id);

G_END_DECLS
