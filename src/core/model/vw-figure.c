/* vw-figure.c: a computed value written in its variable's unit
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a unit is read is vw_value_format_for_unit()'s; this adds what a page needs around it:
 * what the figure is per ("€1.2 M/year"), a series as its total, an error value as its text.
 */

#include <string.h>

#include "vw-figure.h"
#include "vw-unit-format.h"

/**
 * vw_value_total:
 *
 * Returns: a scalar's value, or the sum of a series over its periods; 0 for an error
 */
double
vw_value_total (const VwValue *value)
{
  double sum = 0;

  if (value->kind == VW_VALUE_SCALAR)
    return value->scalar;
  if (value->kind == VW_VALUE_SERIES)
    for (guint t = 0; t < value->len; t++)
      sum += value->series[t];

  return sum;
}

/**
 * vw_figure_format_number:
 *
 * Returns: (transfer full): @number in @unit, e.g. "€1.24 M/year", "12.5%", "840 t/year"
 */
char *
vw_figure_format_number (const VwNumberLocale *locale,
                         const char           *unit,
                         const char           *currency,
                         double                number,
                         VwFormatFlags         flags)
{
  VwValueFormat format;
  const char *per = NULL;
  g_autofree char *text = NULL;

  vw_value_format_for_unit (unit, currency, &format);
  /* Money and shares drop the unit for a symbol; keep what it is per ("/year"). */
  if (format.kind != VW_VALUE_NUMBER && unit != NULL)
    per = strchr (unit, '/');
  text = vw_format_value (locale, &format, number, flags);

  return g_strconcat (text, per, NULL);
}

/**
 * vw_figure_format:
 * @value: a computed value; a series is written as its total over the periods
 *
 * Returns: (transfer full): the figure, or a spreadsheet-like error ("#DIV/0! — …")
 */
char *
vw_figure_format (const VwNumberLocale *locale,
                  const char           *unit,
                  const char           *currency,
                  const VwValue        *value,
                  VwFormatFlags         flags)
{
  g_return_val_if_fail (value != NULL, NULL);

  if (value->kind == VW_VALUE_ERROR)
    return vw_format_error (vw_error_kind_to_string (value->error), value->message);

  return vw_figure_format_number (locale, unit, currency, vw_value_total (value), flags);
}
