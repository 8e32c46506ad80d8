/* vw-util.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vw-util.h"

/* g_set_str() arrived in GLib 2.76; this is our floor's stand-in.
 * Returns TRUE when the string changed, so setters notify only on change. */
gboolean
vw_set_str (char       **str_pointer,
            const char  *new_str)
{
  char *copy;

  g_return_val_if_fail (str_pointer != NULL, FALSE);

  if (g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;

  return TRUE;
}

/**
 * vw_str_is_blank:
 * @text: (nullable): UTF-8 text
 *
 * Returns: whether @text is %NULL, empty or only white space
 */
gboolean
vw_str_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}
