/* vw-format.h: the one number formatter for screen, report and exports
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How one language writes numbers. The locale is always passed explicitly, so the output
 * never depends on the process environment (tests, exports and the customer window may each
 * use a different one). Obtain one with vw_number_locale_lookup(); never free it. */
typedef struct
{
  const char *language;         /* "en", "fi", "de" */
  const char *decimal_mark;     /* "." or "," */
  const char *group_mark;       /* "," / U+00A0 / "." */
  gboolean    currency_first;   /* "€1.00" rather than "1,00 €" */
  const char *percent_space;    /* "" (en) or U+00A0 (fi, de) */
  const char *points;           /* a difference of percentages: "pp", "%-yks.", "Pp." */
  const char *abbrev[3];        /* thousand, million, billion */
  const char *period_one[3];    /* "year %s", "quarter %s", "month %s" */
  const char *period_range[3];  /* "years %s–%s", … */
  const char *duration[3];      /* "%s years", … */
} VwNumberLocale;

typedef enum
{
  VW_VALUE_NUMBER,
  VW_VALUE_CURRENCY,
  VW_VALUE_PERCENT,   /* the value is a ratio: 0.125 is written "12.5%" */
} VwValueKind;

typedef enum
{
  VW_PERIOD_YEAR,
  VW_PERIOD_QUARTER,
  VW_PERIOD_MONTH,
} VwPeriodUnit;

/* What a value is. The chart data and the report carry one of these per figure. */
typedef struct
{
  VwValueKind kind;
  const char *currency;   /* ISO 4217 code ("EUR"), used when kind is CURRENCY */
  const char *unit;       /* written after the number ("MWh"), used when kind is NUMBER */
  int         decimals;   /* -1: the default of the kind and style */
  int         scale;      /* abbreviated style only: 0 automatic, or 3, 6, 9 to force k/M/bn */
} VwValueFormat;

typedef enum
{
  VW_FORMAT_EXACT       = 0,
  VW_FORMAT_ABBREVIATED = 1 << 0,  /* cards and axes: "€1.24 M"; never tables or tooltips */
  VW_FORMAT_SIGNED      = 1 << 1,  /* deltas: "+€1,200.00" */
  VW_FORMAT_DIFFERENCE  = 1 << 2,  /* the value is one value minus another: signed, and a
                                    * difference of percentages is in points ("+7.0 pp") */
} VwFormatFlags;

const VwNumberLocale *vw_number_locale_lookup           (const char           *language);
const VwNumberLocale *vw_number_locale_from_environment (void);

char                 *vw_format_value                   (const VwNumberLocale *locale,
                                                         const VwValueFormat  *format,
                                                         double                value,
                                                         VwFormatFlags         flags);
char                 *vw_format_number                  (const VwNumberLocale *locale,
                                                         double                value,
                                                         int                   decimals);
char                 *vw_format_currency                (const VwNumberLocale *locale,
                                                         double                value,
                                                         const char           *currency,
                                                         int                   decimals,
                                                         VwFormatFlags         flags);
char                 *vw_format_percent                 (const VwNumberLocale *locale,
                                                         double                ratio,
                                                         int                   decimals);
char                 *vw_format_period                  (const VwNumberLocale *locale,
                                                         VwPeriodUnit          unit,
                                                         int                   first,
                                                         int                   last);
char                 *vw_format_duration                (const VwNumberLocale *locale,
                                                         VwPeriodUnit          unit,
                                                         double                value,
                                                         int                   decimals);
char                 *vw_format_error                   (const char           *code,
                                                         const char           *cause);
const char           *vw_format_currency_symbol         (const char           *currency);

G_END_DECLS
