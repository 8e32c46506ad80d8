/* vw-unit-format.c: how a figure is written, from the unit the case gives it
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cases write units as text (docs/templates.md): "share" for a ratio, "EUR/year" for money,
 * "t/year" for anything else. The KPI cards, the input rows and the explanation tree all
 * need the same reading of them, so it lives here, next to the formatter.
 */

#include <string.h>

#include "vw-unit-format.h"

/* A leading currency code ("EUR", "EUR/year", "USD/t"): the case's currency or one the
 * formatter has a symbol for, then the end or a slash. Three capitals alone are not enough:
 * "TEU/year" counts containers. */
static gboolean
unit_is_money (const char *unit,
               const char *currency)
{
  char code[4] = { 0 };

  for (int i = 0; i < 3; i++)
    if (!g_ascii_isupper (unit[i]))
      return FALSE;
  if (unit[3] != '\0' && unit[3] != '/')
    return FALSE;

  memcpy (code, unit, 3);
  return g_strcmp0 (code, currency) == 0 || g_strcmp0 (vw_format_currency_symbol (code), code) != 0;
}

/**
 * vw_value_format_for_unit:
 * @unit: (nullable): the unit of a variable or KPI
 * @currency: (nullable): the case's currency code ("EUR")
 * @format: (out): the format; its unit points into @unit
 *
 * "share" (and "share/year") is a ratio written as a percentage; a unit starting with a
 * currency code ("EUR/year") is money in that currency, written with its symbol; anything
 * else is a number followed by the unit.
 */
void
vw_value_format_for_unit (const char    *unit,
                          const char    *currency,
                          VwValueFormat *format)
{
  g_return_if_fail (format != NULL);

  memset (format, 0, sizeof *format);
  format->decimals = -1;
  format->kind = VW_VALUE_NUMBER;

  if (unit == NULL || unit[0] == '\0')
    return;

  if (g_str_equal (unit, "share") || g_str_has_prefix (unit, "share/"))
    {
      format->kind = VW_VALUE_PERCENT;
      return;
    }

  if (unit_is_money (unit, currency))
    {
      char code[4] = { unit[0], unit[1], unit[2], '\0' };

      format->kind = VW_VALUE_CURRENCY;
      /* Interned: the code outlives @unit, and a format stays a plain struct to copy. */
      format->currency = g_intern_string (code);
      return;
    }

  format->unit = unit;
}
