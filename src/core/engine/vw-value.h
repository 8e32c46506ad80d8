/* vw-value.h
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The result of a formula: a scalar, a series over the periods t = 0…N (or an array of another
 * length), or an error value such as #DIV/0! with a message naming the cause and the variable
 * it started in. A VwValue never holds NaN or infinity.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  VW_VALUE_SCALAR,
  VW_VALUE_SERIES,
  VW_VALUE_ERROR,
} VwValueType;

typedef enum
{
  VW_ERROR_NONE,
  VW_ERROR_DIV0,   /* #DIV/0! */
  VW_ERROR_NUM,    /* #NUM!   */
  VW_ERROR_VALUE,  /* #VALUE! */
  VW_ERROR_NAME,   /* #NAME?  */
  VW_ERROR_REF,    /* #REF!   */
  VW_ERROR_CYCLE,  /* #CYCLE! */
  VW_ERROR_NA,     /* #N/A    */
} VwErrorKind;

typedef struct
{
  VwValueType   kind;
  guint         len;      /* number of elements of a series */
  double        scalar;   /* the value of a scalar */
  const double *series;   /* the elements of a series; owned by whoever returned the value */
  VwErrorKind   error;    /* the kind of an error value */
  const char   *message;  /* its cause, e.g. "capacity_mw is 0 in lcoe" */
  const char   *note;     /* advice on a valid result, e.g. that a cash flow has several
                           * IRRs (value-math §2), or NULL */
} VwValue;

const char *vw_error_kind_to_string (VwErrorKind    kind);
char       *vw_value_to_string      (const VwValue *value);
char       *vw_value_error_text     (const VwValue *value);

G_END_DECLS
