/* vw-element-row.h: one value element as a row of the selector, with its computed figures
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "vw-items.h"

G_BEGIN_DECLS

#define VW_TYPE_ELEMENT_ROW (vw_element_row_get_type ())

G_DECLARE_FINAL_TYPE (VwElementRow, vw_element_row, VW, ELEMENT_ROW, GObject)

VwElementRow   *vw_element_row_new            (VwValueElement *element);
VwValueElement *vw_element_row_get_element    (VwElementRow   *self);
double          vw_element_row_get_score      (VwElementRow   *self);
const char     *vw_element_row_get_score_text (VwElementRow   *self);
gboolean        vw_element_row_has_value      (VwElementRow   *self);
double          vw_element_row_get_value      (VwElementRow   *self);
const char     *vw_element_row_get_value_text (VwElementRow   *self);
void            vw_element_row_set_value      (VwElementRow   *self,
                                               gboolean        has_value,
                                               double          value,
                                               const char     *text);

G_END_DECLS
