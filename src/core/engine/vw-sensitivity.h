/* vw-sensitivity.h: tornado, spider, goal seek and break-even on a compiled model
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function evaluates in the context it is given, changing one input at a time and
 * restoring it afterwards, so a caller can run them on a context that holds a scenario.
 */

#pragma once

#include <glib.h>

#include "vw-model.h"

G_BEGIN_DECLS

#define VW_SENSITIVITY_ERROR (vw_sensitivity_error_quark ())

typedef enum
{
  VW_SENSITIVITY_ERROR_NOT_A_NUMBER,   /* the output is an error value or a series */
  VW_SENSITIVITY_ERROR_NO_SOLUTION,    /* goal seek: no solution in the range */
  VW_SENSITIVITY_ERROR_INVALID,
} VwSensitivityError;

typedef struct
{
  int    var;      /* an input */
  int    alt;      /* its alternative, or -1 for all */
  double low;
  double high;
} VwTornadoInput;

typedef struct
{
  guint    input;          /* index into the inputs given */
  double   low, high;      /* the input values */
  double   f_low, f_high;  /* the output at each */
  double   bar_min, bar_max;
  double   swing;          /* |f_high − f_low| */
  gboolean high_raises;    /* the high end of the input moves the output up */
  gboolean base_outside;   /* not monotone: the base is outside [bar_min, bar_max] */
} VwTornadoBar;

GQuark   vw_sensitivity_error_quark (void);

gboolean vw_tornado     (VwEvalContext        *ctx,
                         int                   out_var,
                         int                   out_alt,
                         const VwTornadoInput *inputs,
                         guint                 n_inputs,
                         double               *base,
                         VwTornadoBar         *bars,
                         GError              **error);
gboolean vw_spider      (VwEvalContext        *ctx,
                         int                   out_var,
                         int                   out_alt,
                         const VwTornadoInput *inputs,
                         guint                 n_inputs,
                         const double         *changes,
                         guint                 n_changes,
                         double               *out,
                         GError              **error);
gboolean vw_goal_seek   (VwEvalContext        *ctx,
                         int                   in_var,
                         int                   in_alt,
                         int                   out_var,
                         int                   out_alt,
                         double                target,
                         double                lo,
                         double                hi,
                         double               *solution,
                         GError              **error);
gboolean vw_break_even  (VwEvalContext        *ctx,
                         int                   in_var,
                         int                   in_alt,
                         int                   out_var,
                         int                   out_alt,
                         double                lo,
                         double                hi,
                         double               *solution,
                         GError              **error);

G_END_DECLS
