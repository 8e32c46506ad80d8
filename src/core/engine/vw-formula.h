/* vw-formula.h
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VW_FORMULA_ERROR (vw_formula_error_quark ())

typedef enum
{
  VW_FORMULA_ERROR_SYNTAX,
  VW_FORMULA_ERROR_ARGUMENTS,
} VwFormulaError;

GQuark   vw_formula_error_quark (void);
gboolean vw_formula_check       (const char  *text,
                                 GError     **error);

G_END_DECLS
