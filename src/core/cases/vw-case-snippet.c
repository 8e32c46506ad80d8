/* vw-case-snippet.c: the highlighted passage of a search hit
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Made here rather than by FTS5's snippet(): that needs a full-text query per hit (20 per
 * page), which cost more than the whole rest of a search. The text is at hand (the hit was
 * read anyway) and the words are the query's, folded the way the index folds them
 * (unicode61, remove_diacritics 2), so the passage marks what the index matched.
 */

#include <string.h>

#include "vw-case-snippet-private.h"
#include "vw-reference-case.h"

char *
_vw_case_snippet_fold (const char *word,
                       gssize      length)
{
  g_autofree char *folded = g_utf8_casefold (word, length);

  return g_str_to_ascii (folded, "C");
}

typedef struct
{
  const char *start;
  const char *end;
  gboolean    match;
} Token;

static gboolean
token_matches (const char *start,
               const char *end,
               GPtrArray  *words,
               gboolean    last_is_prefix)
{
  g_autofree char *folded = _vw_case_snippet_fold (start, end - start);

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);

      if (g_str_equal (folded, word)
          || (last_is_prefix && i == words->len - 1 && g_str_has_prefix (folded, word)))
        return TRUE;
    }
  return FALSE;
}

char *
_vw_case_snippet_make (const char *text,
                       GPtrArray  *words,
                       gboolean    last_is_prefix,
                       guint       max_words)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  GString *out;
  const char *p = text;
  int first_match = -1;
  guint from, to;

  if (text == NULL || words == NULL || words->len == 0)
    return NULL;

  while (*p != '\0')
    {
      Token token = { 0 };

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;
      token.start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      token.end = p;
      token.match = token_matches (token.start, token.end, words, last_is_prefix);
      if (token.match && first_match < 0)
        first_match = tokens->len;
      g_array_append_val (tokens, token);
    }

  if (first_match < 0)
    return NULL;

  /* A few words of context before the first match, the rest after it. */
  from = first_match > 4 ? first_match - 4 : 0;
  to = MIN (tokens->len, from + max_words);

  out = g_string_new (from > 0 ? "…" : "");
  for (guint i = from; i < to; i++)
    {
      const Token *token = &g_array_index (tokens, Token, i);
      const char *gap_end = i + 1 < to ? g_array_index (tokens, Token, i + 1).start : token->end;

      if (token->match)
        g_string_append (out, VW_CASE_SNIPPET_OPEN);
      g_string_append_len (out, token->start, token->end - token->start);
      if (token->match)
        g_string_append (out, VW_CASE_SNIPPET_CLOSE);
      /* The text between this word and the next, newlines as spaces. */
      for (const char *c = token->end; c < gap_end; c++)
        g_string_append_c (out, *c == '\n' || *c == '\t' ? ' ' : *c);
    }
  if (to < tokens->len)
    g_string_append (out, "…");
  else
    {
      const Token *last = &g_array_index (tokens, Token, to - 1);
      g_string_append (out, last->end);
    }

  return g_string_free (out, FALSE);
}
