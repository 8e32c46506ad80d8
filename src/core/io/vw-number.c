/* vw-number.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * g_ascii_strtod accepts far more than a file should hold ("nan", "inf", hex, leading spaces),
 * so a number is first matched against the grammar -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
 * and only then converted. Writing uses the shortest decimal form that reads back to the same
 * double, so files stay readable ("0.1", not "0.10000000000000001") and round trips are exact.
 */

#define G_LOG_DOMAIN "vw-number"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vw-number.h"

VwNumberStatus
vw_number_parse (const char *text,
                 double     *value)
{
  const char *p = text;
  gboolean nonzero = FALSE;
  double d;
  char *end = NULL;

  g_return_val_if_fail (text != NULL, VW_NUMBER_SYNTAX);

  if (*p == '-')
    p++;
  if (*p == '0')
    p++;
  else if (*p >= '1' && *p <= '9')
    {
      nonzero = TRUE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  else
    return VW_NUMBER_SYNTAX;

  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return VW_NUMBER_SYNTAX;
      while (g_ascii_isdigit (*p))
        nonzero |= *p++ != '0';
    }

  if (*p == 'e' || *p == 'E')
    {
      int digits = 0;

      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return VW_NUMBER_SYNTAX;
      while (g_ascii_isdigit (*p))
        {
          p++;
          /* "1e99999999999" is not a number anyone means: say so instead of parsing it */
          if (++digits > 5)
            return *text == '-' || !nonzero ? VW_NUMBER_SYNTAX : VW_NUMBER_TOO_LARGE;
        }
    }

  if (*p != '\0' || p - text > 64)
    return VW_NUMBER_SYNTAX;

  errno = 0;
  d = g_ascii_strtod (text, &end);
  if (end != p)
    return VW_NUMBER_SYNTAX;
  if (!isfinite (d))
    return VW_NUMBER_TOO_LARGE;
  if (errno == ERANGE && d == 0.0 && nonzero)
    return VW_NUMBER_TOO_SMALL;

  if (value != NULL)
    *value = d;

  return VW_NUMBER_OK;
}

void
vw_number_format_buf (double  value,
                      char   *buf,
                      gsize   size)
{
  char sci[VW_NUMBER_BUF_SIZE];
  int precision;
  int exponent;
  const char *e;

  g_return_if_fail (size >= VW_NUMBER_BUF_SIZE);
  g_return_if_fail (isfinite (value));

  if (value == 0.0)
    {
      g_strlcpy (buf, signbit (value) ? "-0" : "0", size);
      return;
    }

  /* The fewest significant digits that read back to the very same double (17 always do). */
  for (precision = 1; precision <= 17; precision++)
    {
      char fmt[8];

      g_snprintf (fmt, sizeof fmt, "%%.%de", precision - 1);
      g_ascii_formatd (sci, sizeof sci, fmt, value);
      if (g_ascii_strtod (sci, NULL) == value)
        break;
    }

  e = strchr (sci, 'e');
  g_assert (e != NULL);
  exponent = atoi (e + 1);

  if (exponent >= -6 && exponent < 21)
    {
      /* Plain decimal notation, as a person writes it. */
      char fmt[8];
      int decimals = MAX (0, precision - 1 - exponent);

      g_snprintf (fmt, sizeof fmt, "%%.%df", decimals);
      g_ascii_formatd (buf, size, fmt, value);
      g_assert (g_ascii_strtod (buf, NULL) == value);
    }
  else
    {
      /* 1.5e+25 → 1.5e25 */
      g_autofree char *mantissa = g_strndup (sci, e - sci);

      g_snprintf (buf, size, "%se%d", mantissa, exponent);
    }
}

char *
vw_number_format (double value)
{
  char buf[VW_NUMBER_BUF_SIZE];

  vw_number_format_buf (value, buf, sizeof buf);

  return g_strdup (buf);
}
