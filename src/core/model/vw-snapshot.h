/* vw-snapshot.h: a named copy of every input, for a later comparison
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-item.h"

#include "vw-value-table.h"

G_BEGIN_DECLS

#define VW_TYPE_SNAPSHOT (vw_snapshot_get_type ())

G_DECLARE_FINAL_TYPE (VwSnapshot, vw_snapshot, VW, SNAPSHOT, VwItem)

VwSnapshot *vw_snapshot_new (const char *id);
VwValueTable *vw_snapshot_get_values (VwSnapshot *self);

G_END_DECLS
