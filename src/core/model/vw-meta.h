/* vw-meta.h: the case as a whole: title, customer, currency, horizon…
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-item.h"


G_BEGIN_DECLS

#define VW_TYPE_META (vw_meta_get_type ())

G_DECLARE_FINAL_TYPE (VwMeta, vw_meta, VW, META, VwItem)

VwMeta *vw_meta_new (const char *id);

G_END_DECLS
