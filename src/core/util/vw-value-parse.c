/* vw-value-parse.c: a figure typed by the user, in their locale, back to a number
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inverse of vw_format_value() for entry fields: whatever the formatter writes in a
 * locale reads back ("1 234,56 €" in fi, "1.234,56" in de, "12.5%", "−3"), and so does what
 * people type (no grouping, a plain hyphen, the unit left out). Files never go through here:
 * they use vw-number.h.
 */

#include <math.h>
#include <string.h>

#include "vw-value-parse.h"

/* Drops @word from @text wherever it stands (a currency symbol, a unit). */
static void
remove_word (GString    *text,
             const char *word)
{
  const char *found;

  if (word == NULL || word[0] == '\0')
    return;
  while ((found = strstr (text->str, word)) != NULL)
    g_string_erase (text, found - text->str, strlen (word));
}

/**
 * vw_value_parse:
 * @locale: the locale the user types in
 * @format: (nullable): what the value is: a percentage is divided by 100, a currency symbol
 *   or the unit may be typed along
 * @value: (out): the number
 *
 * Returns: %FALSE when @text is not a number in @locale (@value untouched)
 */
gboolean
vw_value_parse (const VwNumberLocale *locale,
                const VwValueFormat  *format,
                const char           *text,
                double               *value)
{
  g_autoptr(GString) s = NULL;
  gboolean percent = format != NULL && format->kind == VW_VALUE_PERCENT;
  gboolean negative = FALSE;
  GString *plain;
  char *end;
  double x;

  g_return_val_if_fail (locale != NULL && value != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  s = g_string_new (text);
  if (format != NULL && format->kind == VW_VALUE_CURRENCY)
    {
      remove_word (s, vw_format_currency_symbol (format->currency));
      remove_word (s, format->currency);
    }
  if (format != NULL && format->kind == VW_VALUE_NUMBER)
    remove_word (s, format->unit);
  if (strchr (s->str, '%') != NULL)
    {
      remove_word (s, "%");
      percent = TRUE;
    }
  /* The formatter's minus (U+2212) and the keyboard's. */
  if (strstr (s->str, "\xe2\x88\x92") != NULL || strchr (s->str, '-') != NULL)
    {
      remove_word (s, "\xe2\x88\x92");
      remove_word (s, "-");
      negative = TRUE;
    }
  remove_word (s, "+");
  /* Spaces of every kind group digits (fi), as does the locale's own mark. */
  remove_word (s, "\xc2\xa0");
  remove_word (s, "\xe2\x80\xaf");
  remove_word (s, " ");
  if (!g_str_equal (locale->group_mark, locale->decimal_mark))
    remove_word (s, locale->group_mark);

  plain = g_string_new (NULL);
  for (const char *p = s->str; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (plain, *p);
      else if (strncmp (p, locale->decimal_mark, strlen (locale->decimal_mark)) == 0)
        {
          g_string_append_c (plain, '.');
          p += strlen (locale->decimal_mark) - 1;
        }
      else
        {
          g_string_free (plain, TRUE);
          return FALSE;
        }
    }
  if (plain->len == 0 || g_str_equal (plain->str, "."))
    {
      g_string_free (plain, TRUE);
      return FALSE;
    }

  x = g_ascii_strtod (plain->str, &end);
  if (*end != '\0' || !isfinite (x))
    {
      g_string_free (plain, TRUE);
      return FALSE;
    }
  g_string_free (plain, TRUE);

  if (percent)
    x /= 100.0;
  *value = negative ? -x : x;
  return TRUE;
}
