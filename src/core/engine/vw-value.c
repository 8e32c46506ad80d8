/* vw-value.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-value"

#include "vw-value.h"

const char *
vw_error_kind_to_string (VwErrorKind kind)
{
  switch (kind)
    {
    case VW_ERROR_DIV0: return "#DIV/0!";
    case VW_ERROR_NUM: return "#NUM!";
    case VW_ERROR_VALUE: return "#VALUE!";
    case VW_ERROR_NAME: return "#NAME?";
    case VW_ERROR_REF: return "#REF!";
    case VW_ERROR_CYCLE: return "#CYCLE!";
    case VW_ERROR_NA: return "#N/A";
    case VW_ERROR_NONE:
    default: return "";
    }
}

/* "#DIV/0!: capacity_mw is 0 in lcoe" */
char *
vw_value_error_text (const VwValue *value)
{
  g_return_val_if_fail (value != NULL && value->kind == VW_VALUE_ERROR, NULL);
  return g_strdup_printf ("%s: %s", vw_error_kind_to_string (value->error), value->message);
}

static void
append_number (GString *s,
               double   v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* 17 significant digits round-trip every double; -0 prints as 0. */
  g_ascii_formatd (buf, sizeof buf, "%.17g", v == 0.0 ? 0.0 : v);
  g_string_append (s, buf);
}

/* A scalar with 17 significant digits, a series as "[v0, v1, …]", an error as its text. */
char *
vw_value_to_string (const VwValue *value)
{
  GString *s;

  g_return_val_if_fail (value != NULL, NULL);

  if (value->kind == VW_VALUE_ERROR)
    return vw_value_error_text (value);
  s = g_string_new (NULL);
  if (value->kind == VW_VALUE_SCALAR)
    append_number (s, value->scalar);
  else
    {
      g_string_append_c (s, '[');
      for (guint i = 0; i < value->len; i++)
        {
          if (i > 0)
            g_string_append (s, ", ");
          append_number (s, value->series[i]);
        }
      g_string_append_c (s, ']');
    }
  return g_string_free (s, FALSE);
}
