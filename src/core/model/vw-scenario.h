/* vw-scenario.h: a named set of input overrides (conservative, base, optimistic)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-item.h"

#include "vw-value-table.h"

G_BEGIN_DECLS

#define VW_TYPE_SCENARIO (vw_scenario_get_type ())

G_DECLARE_FINAL_TYPE (VwScenario, vw_scenario, VW, SCENARIO, VwItem)

VwScenario *vw_scenario_new (const char *id);
VwValueTable *vw_scenario_get_values (VwScenario *self);

G_END_DECLS
