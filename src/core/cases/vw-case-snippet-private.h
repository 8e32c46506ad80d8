/* vw-case-snippet-private.h: the highlighted passage of a search hit
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A word as the index compares it: case-folded, diacritics removed ("Kääntö" → "kaanto"). */
char *_vw_case_snippet_fold (const char *word,
                             gssize      length);

/* About @max_words words of @text around its first match of @words (folded; the last one a
 * prefix when @last_is_prefix), matches between VW_CASE_SNIPPET_OPEN and _CLOSE, "…" where
 * text was cut. NULL when @text has no match. */
char *_vw_case_snippet_make (const char *text,
                             GPtrArray  *words,
                             gboolean    last_is_prefix,
                             guint       max_words);

G_END_DECLS
