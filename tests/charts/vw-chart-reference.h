/* vw-chart-reference.h: a rendering compared with its committed reference image
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

void vw_chart_reference_check (cairo_surface_t *actual,
                               const char      *name);

G_END_DECLS
