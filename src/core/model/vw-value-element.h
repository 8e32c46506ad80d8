/* vw-value-element.h: one improvement opportunity found in the customer’s processes
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-item.h"


G_BEGIN_DECLS

#define VW_TYPE_VALUE_ELEMENT (vw_value_element_get_type ())

G_DECLARE_FINAL_TYPE (VwValueElement, vw_value_element, VW, VALUE_ELEMENT, VwItem)

VwValueElement *vw_value_element_new (const char *id);

G_END_DECLS
