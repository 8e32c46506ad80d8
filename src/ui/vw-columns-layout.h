/* vw-columns-layout.h: two columns side by side, one above the other when narrow
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VW_TYPE_COLUMNS_LAYOUT (vw_columns_layout_get_type ())

G_DECLARE_FINAL_TYPE (VwColumnsLayout, vw_columns_layout, VW, COLUMNS_LAYOUT, GtkLayoutManager)

GtkLayoutManager *vw_columns_layout_new (int    min_side_by_side,
                                         double first_share,
                                         int    spacing);

G_END_DECLS
