/* vw-statement.h: one statement of the value proposition stack
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-item.h"


G_BEGIN_DECLS

#define VW_TYPE_STATEMENT (vw_statement_get_type ())

G_DECLARE_FINAL_TYPE (VwStatement, vw_statement, VW, STATEMENT, VwItem)

VwStatement *vw_statement_new (const char *id);

G_END_DECLS
