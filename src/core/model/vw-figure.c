/* vw-figure.c: a computed value written in its variable's unit
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A variable's unit is free text (docs/file-format.md); two spellings carry meaning for the
 * formatter: "share" (a ratio, written as a percentage) and the case's currency code, alone
 * or followed by "/period" ("EUR/year"), written as money. Anything else is written after
 * the number ("t/year").
 */

#include <string.h>

#include "vw-figure.h"

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
 * vw_figure_format_for_unit:
 * @unit: (nullable): the variable's unit
 * @currency: (nullable): the case's currency code
 * @format: (out caller-allocates): how to write the number
 * @per: (out) (transfer none): what follows the number ("/year"), or ""
 */
void
vw_figure_format_for_unit (const char     *unit,
                           const char     *currency,
                           VwValueFormat  *format,
                           const char    **per)
{
  gsize currency_len = currency != NULL ? strlen (currency) : 0;

  memset (format, 0, sizeof *format);
  format->kind = VW_VALUE_NUMBER;
  format->decimals = -1;
  *per = "";

  if (unit == NULL || *unit == '\0')
    return;

  if (g_str_has_prefix (unit, "share"))
    {
      format->kind = VW_VALUE_PERCENT;
      *per = unit + strlen ("share");
    }
  else if (currency_len > 0 && strncmp (unit, currency, currency_len) == 0
           && (unit[currency_len] == '\0' || unit[currency_len] == '/'))
    {
      format->kind = VW_VALUE_CURRENCY;
      format->currency = currency;
      *per = unit + currency_len;
    }
  else
    format->unit = unit;
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
  const char *per;
  g_autofree char *text = NULL;

  vw_figure_format_for_unit (unit, currency, &format, &per);
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
