/* vw-format.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-format"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "vw-format.h"

#define NBSP "\xc2\xa0"
#define MINUS "\xe2\x88\x92"   /* U+2212: a real minus, as wide as the plus */
#define EN_DASH "\xe2\x80\x93"
#define EM_DASH "\xe2\x80\x94"

/* The tables hold their own words instead of going through gettext, because the locale is an
 * argument here and gettext follows the process environment. */
static const VwNumberLocale locales[] = {
  {
    "en", ".", ",", TRUE, "", "pp",
    { "k", "M", "bn" },
    { "year %s", "quarter %s", "month %s" },
    { "years %s" EN_DASH "%s", "quarters %s" EN_DASH "%s", "months %s" EN_DASH "%s" },
    { "%s years", "%s quarters", "%s months" },
  },
  {
    "fi", ",", NBSP, FALSE, NBSP, "%-yks.",
    { "t.", "milj.", "mrd." },
    { "vuosi %s", "neljännes %s", "kuukausi %s" },
    { "vuodet %s" EN_DASH "%s", "neljännekset %s" EN_DASH "%s",
      "kuukaudet %s" EN_DASH "%s" },
    { "%s vuotta", "%s neljännestä", "%s kuukautta" },
  },
  {
    "de", ",", ".", FALSE, NBSP, "Pp.",
    { "Tsd.", "Mio.", "Mrd." },
    { "Jahr %s", "Quartal %s", "Monat %s" },
    { "Jahre %s" EN_DASH "%s", "Quartale %s" EN_DASH "%s", "Monate %s" EN_DASH "%s" },
    { "%s Jahre", "%s Quartale", "%s Monate" },
  },
};

/**
 * vw_number_locale_lookup:
 * @language: (nullable): a language code or a POSIX locale name ("fi", "de_DE.UTF-8")
 *
 * Returns: (transfer none): the matching table; English for %NULL, "C" or an unknown language.
 */
const VwNumberLocale *
vw_number_locale_lookup (const char *language)
{
  if (language == NULL)
    return &locales[0];

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      gsize len = strlen (locales[i].language);

      if (g_ascii_strncasecmp (language, locales[i].language, len) == 0 &&
          (language[len] == '\0' || language[len] == '_' || language[len] == '-' ||
           language[len] == '.' || language[len] == '@'))
        return &locales[i];
    }

  return &locales[0];
}

/* For the application only: tests and exports pass their locale explicitly. */
const VwNumberLocale *
vw_number_locale_from_environment (void)
{
  const char *name = setlocale (LC_NUMERIC, NULL);

  if (name == NULL || g_str_equal (name, "C") || g_str_has_prefix (name, "C."))
    name = g_getenv ("LANGUAGE");

  return vw_number_locale_lookup (name);
}

const char *
vw_format_currency_symbol (const char *currency)
{
  static const struct { const char *code, *symbol; } symbols[] = {
    { "EUR", "€" }, { "USD", "$" }, { "GBP", "£" }, { "JPY", "¥" }, { "CNY", "¥" },
    { "INR", "₹" },
  };

  if (currency == NULL || currency[0] == '\0')
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (g_ascii_strcasecmp (currency, symbols[i].code) == 0)
      return symbols[i].symbol;

  return currency;
}

/* Writes |value| rounded to @decimals with the locale's marks. When @trim is set, trailing
 * fractional zeros are dropped (automatic precision); fixed precision keeps them so that
 * columns of figures line up. Sets *is_zero when the rounded digits are all zero, so the
 * caller never writes "−0". */
static void
append_digits (GString              *out,
               const VwNumberLocale *locale,
               double                magnitude,
               int                   decimals,
               gboolean              trim,
               gboolean             *is_zero)
{
  char buf[400];
  char fmt[16];
  const char *dot;
  const char *p;
  gsize int_len;

  decimals = CLAMP (decimals, 0, 12);
  g_snprintf (fmt, sizeof fmt, "%%.%df", decimals);
  g_ascii_formatd (buf, sizeof buf, fmt, magnitude);

  *is_zero = TRUE;
  for (p = buf; *p; p++)
    if (*p >= '1' && *p <= '9')
      *is_zero = FALSE;

  dot = strchr (buf, '.');
  int_len = dot != NULL ? (gsize)(dot - buf) : strlen (buf);

  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, locale->group_mark);
      g_string_append_c (out, buf[i]);
    }

  if (dot != NULL)
    {
      gsize frac_len = strlen (dot + 1);

      if (trim)
        while (frac_len > 0 && dot[frac_len] == '0')
          frac_len--;

      if (frac_len > 0)
        {
          g_string_append (out, locale->decimal_mark);
          g_string_append_len (out, dot + 1, frac_len);
        }
    }
}

/* Decimals for automatic precision: three significant digits, at most two decimals. */
static int
auto_decimals (double magnitude)
{
  if (magnitude >= 100.0 || magnitude == 0.0)
    return 0;
  if (magnitude >= 10.0)
    return 1;
  return 2;
}

static const char *
scale_suffix (const VwNumberLocale *locale,
              int                   scale)
{
  switch (scale)
    {
    case 3: return locale->abbrev[0];
    case 6: return locale->abbrev[1];
    case 9: return locale->abbrev[2];
    default: return NULL;
    }
}

/* Picks k/M/bn for @magnitude so that the mantissa stays below 1000 after rounding:
 * 999 999 is "1 M", not "1,000 k". */
static int
choose_scale (double magnitude)
{
  int scale = 0;

  while (scale < 9 && magnitude >= 999.5)
    {
      magnitude /= 1000.0;
      scale += 3;
    }

  return scale;
}

/**
 * vw_format_value:
 * @locale: the number locale
 * @format: (nullable): what the value is; %NULL is a plain number
 * @value: the value; non-finite values are written as a spreadsheet error, never "nan"
 * @flags: exact or abbreviated, signed or not
 *
 * Returns: (transfer full): the text, e.g. "€1,234.56", "1 234,56 €", "€1.24 M", "12.5%"
 */
char *
vw_format_value (const VwNumberLocale *locale,
                 const VwValueFormat  *format,
                 double                value,
                 VwFormatFlags         flags)
{
  static const VwValueFormat plain = { VW_VALUE_NUMBER, NULL, NULL, -1, 0 };
  GString *out;
  const char *symbol = NULL;
  const char *suffix = NULL;
  gboolean abbreviate = (flags & VW_FORMAT_ABBREVIATED) != 0;
  gboolean trim;
  gboolean is_zero;
  gboolean negative;
  double magnitude;
  int decimals;
  int scale = 0;

  if (locale == NULL)
    locale = vw_number_locale_lookup (NULL);
  if (format == NULL)
    format = &plain;

  if (!isfinite (value))
    return g_strdup ("#NUM!");

  if (format->kind == VW_VALUE_PERCENT)
    value *= 100.0;

  negative = value < 0;
  magnitude = fabs (value);

  if (abbreviate && format->kind != VW_VALUE_PERCENT)
    {
      scale = format->scale > 0 ? format->scale : choose_scale (magnitude);
      magnitude /= pow (10.0, scale);
      suffix = scale_suffix (locale, scale);
    }

  decimals = format->decimals;
  trim = decimals < 0;
  if (decimals < 0)
    {
      if (format->kind == VW_VALUE_CURRENCY && !abbreviate)
        decimals = 2, trim = FALSE;
      else if (format->kind == VW_VALUE_CURRENCY && scale == 0)
        decimals = magnitude >= 100.0 ? 0 : 2, trim = magnitude >= 100.0;
      else if (format->kind == VW_VALUE_PERCENT)
        decimals = 1;
      else if (abbreviate)
        decimals = auto_decimals (magnitude);
      else
        decimals = 2;
    }

  if (format->kind == VW_VALUE_CURRENCY)
    symbol = vw_format_currency_symbol (format->currency);

  out = g_string_new (NULL);

  {
    GString *digits = g_string_new (NULL);

    append_digits (digits, locale, magnitude, decimals, trim, &is_zero);

    if (negative && !is_zero)
      g_string_append (out, MINUS);
    else if ((flags & (VW_FORMAT_SIGNED | VW_FORMAT_DIFFERENCE)) && !is_zero)
      g_string_append_c (out, '+');

    if (symbol != NULL && locale->currency_first)
      {
        g_string_append (out, symbol);
        /* A code reads better apart from the figure: "SEK 1,200.00", "€1,200.00". */
        if (g_utf8_strlen (symbol, -1) > 1)
          g_string_append (out, NBSP);
      }

    g_string_append (out, digits->str);
    g_string_free (digits, TRUE);
  }

  if (suffix != NULL)
    {
      g_string_append (out, NBSP);
      g_string_append (out, suffix);
    }

  if (format->kind == VW_VALUE_PERCENT && (flags & VW_FORMAT_DIFFERENCE))
    {
      g_string_append (out, NBSP);
      g_string_append (out, locale->points);
    }
  else if (format->kind == VW_VALUE_PERCENT)
    {
      g_string_append (out, locale->percent_space);
      g_string_append_c (out, '%');
    }
  else if (symbol != NULL && !locale->currency_first)
    {
      g_string_append (out, NBSP);
      g_string_append (out, symbol);
    }
  else if (format->kind == VW_VALUE_NUMBER && format->unit != NULL && format->unit[0] != '\0')
    {
      g_string_append (out, NBSP);
      g_string_append (out, format->unit);
    }

  return g_string_free (out, FALSE);
}

char *
vw_format_number (const VwNumberLocale *locale,
                  double                value,
                  int                   decimals)
{
  VwValueFormat format = { VW_VALUE_NUMBER, NULL, NULL, decimals, 0 };

  return vw_format_value (locale, &format, value, VW_FORMAT_EXACT);
}

char *
vw_format_currency (const VwNumberLocale *locale,
                    double                value,
                    const char           *currency,
                    int                   decimals,
                    VwFormatFlags         flags)
{
  VwValueFormat format = { VW_VALUE_CURRENCY, currency, NULL, decimals, 0 };

  return vw_format_value (locale, &format, value, flags);
}

char *
vw_format_percent (const VwNumberLocale *locale,
                   double                ratio,
                   int                   decimals)
{
  VwValueFormat format = { VW_VALUE_PERCENT, NULL, NULL, decimals, 0 };

  return vw_format_value (locale, &format, ratio, VW_FORMAT_EXACT);
}

/**
 * vw_format_period:
 *
 * Returns: (transfer full): "year 3" when @first equals @last, else "years 1–5".
 */
char *
vw_format_period (const VwNumberLocale *locale,
                  VwPeriodUnit          unit,
                  int                   first,
                  int                   last)
{
  char a[16], b[16];

  if (locale == NULL)
    locale = vw_number_locale_lookup (NULL);
  unit = CLAMP ((int)unit, VW_PERIOD_YEAR, VW_PERIOD_MONTH);

  g_snprintf (a, sizeof a, "%d", first);
  g_snprintf (b, sizeof b, "%d", last);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  if (first == last)
    return g_strdup_printf (locale->period_one[unit], a);
  return g_strdup_printf (locale->period_range[unit], a, b);
#pragma GCC diagnostic pop
}

/**
 * vw_format_duration:
 *
 * Returns: (transfer full): "2.4 years" / "2,4 vuotta" / "2,4 Jahre"; "#NUM!" when not finite.
 */
char *
vw_format_duration (const VwNumberLocale *locale,
                    VwPeriodUnit          unit,
                    double                value,
                    int                   decimals)
{
  g_autofree char *number = NULL;

  if (locale == NULL)
    locale = vw_number_locale_lookup (NULL);
  if (!isfinite (value))
    return g_strdup ("#NUM!");
  unit = CLAMP ((int)unit, VW_PERIOD_YEAR, VW_PERIOD_MONTH);

  number = vw_format_number (locale, value, decimals);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (locale->duration[unit], number);
#pragma GCC diagnostic pop
}

/**
 * vw_format_error:
 * @code: a spreadsheet-style code ("#DIV/0!", "#NUM!", "#VALUE!", "#REF!", "#N/A")
 * @cause: (nullable): why, in the seller's words ("baseline cost is 0")
 *
 * Returns: (transfer full): "#DIV/0! — baseline cost is 0", or the bare code without a cause.
 */
char *
vw_format_error (const char *code,
                 const char *cause)
{
  if (code == NULL || code[0] == '\0')
    code = "#VALUE!";

  if (cause == NULL || cause[0] == '\0')
    return g_strdup (code);

  return g_strconcat (code, " " EM_DASH " ", cause, NULL);
}
