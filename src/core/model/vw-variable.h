/* vw-variable.h: a named input or formula of the value model
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-item.h"

#include "vw-value-table.h"

G_BEGIN_DECLS

#define VW_TYPE_VARIABLE (vw_variable_get_type ())

G_DECLARE_FINAL_TYPE (VwVariable, vw_variable, VW, VARIABLE, VwItem)

VwVariable *vw_variable_new (const char *id);
VwValueTable *vw_variable_get_values   (VwVariable *self);
gboolean      vw_variable_is_formula   (VwVariable *self);
gboolean      vw_variable_get_input    (VwVariable *self,
                                        const char *alternative,
                                        double     *value);
gboolean      vw_variable_get_default  (VwVariable *self,
                                        const char *alternative,
                                        double     *value);

/* Keys of the values table: key1 is the alternative ("" = every alternative), key2 is "" for
 * the input and "default" for the template's default. */
#define VW_VARIABLE_INPUT   ""
#define VW_VARIABLE_DEFAULT "default"


G_END_DECLS
