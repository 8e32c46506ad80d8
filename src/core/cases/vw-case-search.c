/* vw-case-search.c: full-text search with facets, and benchmark defaults
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A search is one pass over the matches of the user's words, newest first, inside SQLite (an
 * FTS5 auxiliary function called for every match, vw_match()): it marks each match in a bitset
 * of case ids and computes the bm25 terms of the newest RANK_WINDOW matches. The facet counts
 * then come from a compact in-memory copy of the facets (VwCaseFacetCache: for every facet
 * value the ids of its cases, as a bitset when they are many), so counting 60 000 matches is
 * a few thousand word operations and touches no table. The cache follows the database by
 * PRAGMA data_version inside the search's read transaction: new cases are appended, a removal
 * (repository_info.generation) reloads it.
 */

#define G_LOG_DOMAIN "vw-cases"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "vw-case-rank-private.h"
#include "vw-case-repository-private.h"
#include "vw-case-snippet-private.h"
#include "vw-stats.h"

#define DEFAULT_LIMIT 20
#define MAX_LIMIT     500
/* Ranking computes bm25 of this many matches, the newest; a query matching more (a common
 * word in 100 000 cases) ranks its newest 1 000 and the user narrows with facets. The total
 * and the facet counts always cover every match. */
#define RANK_WINDOW   1000
/* A facet value carried by at least one case in DENSE_RATIO gets a bitset besides its list. */
#define DENSE_RATIO   32

typedef struct
{
  VwCaseTagKind  kind;
  char          *key;
  char          *label;
  /* The cases with this value: a list while they are few, a bitset once they are many. */
  GArray        *ids;    /* guint32, ascending; NULL once there is a bitset */
  guint64       *bits;   /* cache->n_words words, or NULL */
} FacetValue;

struct _VwCaseFacetCache
{
  gint64      data_version;
  gint64      generation;
  guint32     max_id;
  guint       n_cases;
  guint       n_words;  /* of every bitset: ids 0 … n_words × 64 - 1 */
  guint64    *present;  /* the stored cases */
  GHashTable *values;   /* code → FacetValue */
  guint32     max_code;
};

#define BIT_TEST(bits, id) (((bits)[(id) >> 6] >> ((id) & 63)) & 1)
#define BIT_SET(bits, id)  ((bits)[(id) >> 6] |= G_GUINT64_CONSTANT (1) << ((id) & 63))

static void
facet_value_free (FacetValue *value)
{
  g_free (value->key);
  g_free (value->label);
  g_clear_pointer (&value->ids, g_array_unref);
  g_free (value->bits);
  g_free (value);
}

void
_vw_case_facet_cache_free (VwCaseFacetCache *cache)
{
  if (cache == NULL)
    return;

  g_free (cache->present);
  g_hash_table_unref (cache->values);
  g_free (cache);
}

static void
facet_cache_clear (VwCaseFacetCache *cache)
{
  g_clear_pointer (&cache->present, g_free);
  g_hash_table_remove_all (cache->values);
  cache->max_id = 0;
  cache->n_cases = 0;
  cache->n_words = 0;
  cache->max_code = 0;
}

static VwCaseFacetCache *
facet_cache_new (void)
{
  VwCaseFacetCache *cache = g_new0 (VwCaseFacetCache, 1);

  cache->data_version = -1;
  cache->generation = -1;
  cache->values = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) facet_value_free);
  return cache;
}

static const char data_version_sql[] = "PRAGMA data_version";
static const char generation_sql[] =
  "SELECT CAST (value AS INTEGER) FROM repository_info WHERE key = 'generation'";

/* @sql: a static string; its statement is kept by the connection (every search runs it). */
static gint64
query_int (VwCaseConnection *connection,
           const char       *sql)
{
  sqlite3_stmt *s = _vw_case_connection_prepare (connection, sql, NULL);
  gint64 value = 0;

  if (s != NULL && sqlite3_step (s) == SQLITE_ROW)
    value = sqlite3_column_int64 (s, 0);
  if (s != NULL)
    sqlite3_reset (s);
  return value;
}

static guint64 *
bitset_resize (guint64 *bits,
               guint    old_words,
               guint    new_words)
{
  bits = g_renew (guint64, bits, new_words);
  memset (bits + old_words, 0, (new_words - old_words) * sizeof (guint64));
  return bits;
}

/* Room for case ids up to @id in every bitset (doubling, so appending stays cheap). */
static void
facet_cache_reserve (VwCaseFacetCache *cache,
                     guint32           id)
{
  GHashTableIter iter;
  gpointer value;
  guint n_words = MAX (cache->n_words, 16);

  if (id / 64 < cache->n_words)
    return;
  while (id / 64 >= n_words)
    n_words *= 2;

  cache->present = bitset_resize (cache->present, cache->n_words, n_words);
  g_hash_table_iter_init (&iter, cache->values);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      FacetValue *facet = value;

      if (facet->bits != NULL)
        facet->bits = bitset_resize (facet->bits, cache->n_words, n_words);
    }
  cache->n_words = n_words;
}

/* Brings @connection's cache up to date; call inside the search's read transaction. */
static gboolean
facet_cache_update (VwCaseConnection  *connection,
                    GError           **error)
{
  VwCaseFacetCache *cache;
  GHashTableIter iter;
  gpointer value;
  gint64 data_version, generation;
  sqlite3_stmt *s;
  int status;

  if (connection->facets == NULL)
    connection->facets = facet_cache_new ();
  cache = connection->facets;

  data_version = query_int (connection, data_version_sql);
  if (data_version == cache->data_version)
    return TRUE;

  generation = query_int (connection, generation_sql);
  if (generation != cache->generation)
    {
      facet_cache_clear (cache);
      cache->generation = generation;
    }

  /* Facet values are only ever added (a removal reloads everything): the new ones. */
  s = vw_case_db_prepare_statement (connection->db,
                                    "SELECT code, kind, key, label FROM facet_value"
                                    " WHERE code > ?1 ORDER BY code",
                                    error);
  if (s == NULL)
    return FALSE;
  sqlite3_bind_int64 (s, 1, cache->max_code);
  while ((status = sqlite3_step (s)) == SQLITE_ROW)
    {
      gint64 code = sqlite3_column_int64 (s, 0);
      int kind = sqlite3_column_int (s, 1);
      FacetValue *facet;

      if (code <= 0 || code > G_MAXINT32)
        continue;
      facet = g_new0 (FacetValue, 1);
      facet->kind = CLAMP (kind, 0, VW_CASE_TAG_N_FACETS - 1);
      facet->key = g_strdup ((const char *) sqlite3_column_text (s, 2));
      facet->label = g_strdup ((const char *) sqlite3_column_text (s, 3));
      facet->ids = g_array_new (FALSE, FALSE, sizeof (guint32));
      cache->max_code = MAX (cache->max_code, (guint32) code);
      g_hash_table_insert (cache->values, GSIZE_TO_POINTER (code), facet);
    }
  sqlite3_finalize (s);
  if (status != SQLITE_DONE)
    {
      vw_case_db_set_error (error, connection->db, _("Reading the search facets"));
      return FALSE;
    }

  /* New cases (ids only grow: SQLite picks max + 1 unless the largest id is taken). */
  s = vw_case_db_prepare_statement (connection->db,
                                    "SELECT id, facet_codes FROM reference_case WHERE id > ?1"
                                    " ORDER BY id",
                                    error);
  if (s == NULL)
    return FALSE;
  sqlite3_bind_int64 (s, 1, cache->max_id);
  while ((status = sqlite3_step (s)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (s, 0);
      const guint8 *blob = sqlite3_column_blob (s, 1);
      guint n = sqlite3_column_bytes (s, 1) / sizeof (guint32);

      if (id <= 0 || id >= G_MAXINT32)
        continue;
      facet_cache_reserve (cache, id);
      BIT_SET (cache->present, (guint32) id);
      for (guint i = 0; i < n; i++)
        {
          guint32 code, id32 = id;
          FacetValue *facet;

          memcpy (&code, blob + i * sizeof code, sizeof code);
          facet = g_hash_table_lookup (cache->values, GUINT_TO_POINTER (GUINT32_FROM_LE (code)));
          if (facet == NULL)
            continue;
          if (facet->bits != NULL)
            BIT_SET (facet->bits, id32);
          /* A code twice in one case counts once. */
          else if (facet->ids->len == 0
                   || g_array_index (facet->ids, guint32, facet->ids->len - 1) != id32)
            g_array_append_val (facet->ids, id32);
        }
      cache->max_id = id;
      cache->n_cases++;
    }
  sqlite3_finalize (s);
  if (status != SQLITE_DONE)
    {
      vw_case_db_set_error (error, connection->db, _("Reading the search facets"));
      return FALSE;
    }

  /* The values now common enough get a bitset instead of their list. */
  g_hash_table_iter_init (&iter, cache->values);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      FacetValue *facet = value;

      if (facet->bits != NULL || (guint64) facet->ids->len * DENSE_RATIO < cache->max_id)
        continue;
      facet->bits = g_new0 (guint64, cache->n_words);
      for (guint i = 0; i < facet->ids->len; i++)
        BIT_SET (facet->bits, g_array_index (facet->ids, guint32, i));
      g_clear_pointer (&facet->ids, g_array_unref);
    }

  cache->data_version = data_version;
  return TRUE;
}

static gint64
find_facet_code (VwCaseFacetCache *cache,
                 VwCaseTagKind     kind,
                 const char       *key)
{
  GHashTableIter iter;
  gpointer code, value;

  g_hash_table_iter_init (&iter, cache->values);
  while (g_hash_table_iter_next (&iter, &code, &value))
    {
      const FacetValue *facet = value;

      if (facet->kind == kind && g_str_equal (facet->key, key))
        return GPOINTER_TO_SIZE (code);
    }
  return -1;
}

static void
append_quoted (GString    *out,
               const char *word,
               gssize      length)
{
  g_string_append_c (out, '"');
  for (gssize i = 0; i < length; i++)
    {
      if (word[i] == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, word[i]);
    }
  g_string_append_c (out, '"');
}

/* The user's words as an FTS5 expression that cannot be a syntax error: every word quoted, all
 * ANDed, the last one a prefix while it is being typed (two characters or more, which the
 * prefix index serves). NULL when there are no words. */
static char *
text_expression (const char  *text,
                 GPtrArray   *words,
                 gboolean    *last_is_prefix)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = text;
  const char *last_start = NULL;
  gssize last_length = 0;
  guint n_words = 0;

  if (text == NULL)
    return NULL;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      if (n_words++ > 0)
        g_string_append (out, " AND ");
      append_quoted (out, start, p - start);
      g_ptr_array_add (words, _vw_case_snippet_fold (start, p - start));
      last_start = start;
      last_length = p - start;
      if (n_words == 32)
        break;
    }

  if (n_words == 0)
    return NULL;

  /* Still typing the last word: match it as a prefix. */
  if (last_start + last_length == text + strlen (text)
      && g_utf8_strlen (last_start, last_length) >= 2)
    {
      g_string_append_c (out, '*');
      *last_is_prefix = TRUE;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct
{
  char      *match;           /* the words only; NULL: no words */
  guint32    filters[4];      /* facet codes a match must carry */
  guint      n_filters;
  gboolean   empty;           /* a filter names a facet value no case has */
  GPtrArray *words;           /* the user's words, folded, for the snippets */
  gboolean   last_is_prefix;
} Expression;

static void
build_expression (VwCaseFacetCache  *cache,
                  const VwCaseQuery *query,
                  Expression        *expression)
{
  const struct { VwCaseTagKind kind; const char *key; } filters[] = {
    { VW_CASE_TAG_INDUSTRY, query->industry },
    { VW_CASE_TAG_ELEMENT, query->element },
    { VW_CASE_TAG_KPI, query->kpi },
    { VW_CASE_TAG_DIMENSION, query->dimension },
  };
  g_autofree char *text = NULL;

  expression->empty = FALSE;
  expression->words = g_ptr_array_new_with_free_func (g_free);
  text = text_expression (query->text, expression->words, &expression->last_is_prefix);

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      gint64 code;

      if (filters[i].key == NULL || filters[i].key[0] == '\0')
        continue;
      code = find_facet_code (cache, filters[i].kind, filters[i].key);
      if (code < 0)
        {
          expression->empty = TRUE;
          continue;
        }
      expression->filters[expression->n_filters++] = code;
    }

  /* Filters are checked on the facet cache while counting: a facet's list of cases is long,
   * intersecting it in the index costs more than the words' own lists. */
  expression->match = g_strdup (text);
}

static int
compare_facets (gconstpointer a,
                gconstpointer b)
{
  const VwCaseTag *x = *(VwCaseTag * const *) a;
  const VwCaseTag *y = *(VwCaseTag * const *) b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_utf8_collate (x->label, y->label);
}

typedef struct
{
  gint64 id;
  double score;
} Hit;

/* What vw_match() fills in, for one search. */
typedef struct
{
  VwCaseFacetCache *cache;
  const guint64    *allowed;  /* the cases a match must be: present, with every filter */
  guint64          *matches;  /* bitset: the matches found */
  guint             total;
  GArray           *window;   /* of Hit: the newest RANK_WINDOW matches, their bm25 terms */
  double            n_rows;   /* of the index, for the idf */
  guint             n_seen;
  gint64            previous; /* the last row seen, to check the order */
  gboolean          ascending;
  GCancellable     *cancellable;
} Counting;

/* vw_match (case_fts), an FTS5 auxiliary function called for every match in the WHERE clause
 * of a scan newest first; always false, so the scan returns no row and never goes back to C
 * per match (for 60 000 matches that is the difference between about 3 ms and 40 ms). */
static void
match_function (const Fts5ExtensionApi  *api,
                Fts5Context             *fts,
                sqlite3_context         *context,
                int                      n_values,
                sqlite3_value          **values)
{
  VwCaseConnection *connection = api->xUserData (fts);
  Counting *counting = connection->counting;
  gint64 id = api->xRowid (fts);

  if (counting == NULL)
    {
      sqlite3_result_error (context, "vw_match outside of a search", -1);
      return;
    }
  sqlite3_result_int (context, 0);

  if (counting->previous != 0 && id > counting->previous)
    counting->ascending = TRUE;
  counting->previous = id;
  if ((++counting->n_seen & 4095) == 0 && g_cancellable_is_cancelled (counting->cancellable))
    {
      sqlite3_result_error (context, "cancelled", -1);
      return;
    }

  /* A row the cache does not know (it cannot be in our snapshot) or left out by a filter. */
  if (id <= 0 || id > counting->cache->max_id || !BIT_TEST (counting->allowed, (guint64) id))
    return;

  BIT_SET (counting->matches, (guint64) id);
  counting->total++;
  if (counting->window->len < RANK_WINDOW)
    {
      Hit hit = { id, _vw_case_rank_terms (api, fts, &counting->n_rows) };

      g_array_append_val (counting->window, hit);
    }
}

/* vw_allowed (rowid): whether a case carries every facet filter, before vw_match() is called
 * for it (a filter leaving out most matches then saves most of vw_match()'s calls). */
static void
allowed_function (sqlite3_context  *context,
                  int               argc,
                  sqlite3_value   **argv)
{
  VwCaseConnection *connection = sqlite3_user_data (context);
  Counting *counting = connection->counting;
  gint64 id = sqlite3_value_int64 (argv[0]);

  if (counting == NULL)
    sqlite3_result_error (context, "vw_allowed outside of a search", -1);
  else
    sqlite3_result_int (context, id > 0 && id <= counting->cache->max_id
                                 && BIT_TEST (counting->allowed, (guint64) id));
}

gboolean
_vw_case_search_install (VwCaseConnection  *connection,
                         GError           **error)
{
  fts5_api *api = _vw_case_rank_fts5_api (connection->db);

  if (api == NULL)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_FAILED,
                   _("This SQLite has no full-text search (FTS5)"));
      return FALSE;
    }
  /* DIRECTONLY: callable from our statements only, never from a schema object. */
  if (api->xCreateFunction (api, "vw_match", connection, match_function, NULL) != SQLITE_OK
      || sqlite3_create_function_v2 (connection->db, "vw_allowed", 1,
                                     SQLITE_UTF8 | SQLITE_DIRECTONLY, connection,
                                     allowed_function, NULL, NULL, NULL) != SQLITE_OK)
    {
      vw_case_db_set_error (error, connection->db, _("Case repository"));
      return FALSE;
    }
  return TRUE;
}

/* FTS5 reads the matches in descending rowid order itself (no sorting): the first ones
 * vw_match() sees are the newest. */
static const char all_matches_sql[] =
  "SELECT rowid FROM case_fts WHERE case_fts MATCH ?1 AND vw_match (case_fts)"
  " ORDER BY rowid DESC";
static const char filtered_matches_sql[] =
  "SELECT rowid FROM case_fts WHERE case_fts MATCH ?1 AND vw_allowed (rowid)"
  " AND vw_match (case_fts) ORDER BY rowid DESC";
static const char newest_sql[] =
  "SELECT id FROM reference_case ORDER BY id DESC LIMIT ?1 OFFSET ?2";

static guint
popcount_and (const guint64 *a,
              const guint64 *b,
              guint          n_words)
{
  guint count = 0;

  for (guint i = 0; i < n_words; i++)
    count += __builtin_popcountll (a[i] & b[i]);
  return count;
}

/* The cases a match must be: every stored case, or those carrying every filter's value. */
static guint64 *
allowed_cases (VwCaseFacetCache *cache,
               const Expression *expression)
{
  guint64 *allowed = g_memdup2 (cache->present, cache->n_words * sizeof (guint64));

  for (guint f = 0; f < expression->n_filters; f++)
    {
      const FacetValue *facet = g_hash_table_lookup (cache->values,
                                                     GUINT_TO_POINTER (expression->filters[f]));
      g_autofree guint64 *bits = NULL;
      const guint64 *value_bits;

      if (facet == NULL)
        {
          memset (allowed, 0, cache->n_words * sizeof (guint64));
          break;
        }
      value_bits = facet->bits;
      if (value_bits == NULL)
        {
          value_bits = bits = g_new0 (guint64, cache->n_words);
          for (guint i = 0; i < facet->ids->len; i++)
            BIT_SET (bits, g_array_index (facet->ids, guint32, i));
        }
      for (guint i = 0; i < cache->n_words; i++)
        allowed[i] &= value_bits[i];
    }
  return allowed;
}

/* Every match: the total, the match bitset and the ranking window (the RANK_WINDOW newest
 * matches, best first). */
static gboolean
find_matches (VwCaseConnection  *connection,
              const Expression  *expression,
              guint64          **matches,
              guint             *total,
              GArray            *window,
              GCancellable      *cancellable,
              GError           **error)
{
  VwCaseFacetCache *cache = connection->facets;
  g_autofree guint64 *allowed = allowed_cases (cache, expression);
  Counting counting = {
    .cache = cache, .allowed = allowed, .window = window, .cancellable = cancellable,
  };
  sqlite3_stmt *s;
  int status;

  *total = 0;
  if (expression->match == NULL)
    {
      /* No words: the allowed cases are the matches, newest first. */
      *total = popcount_and (allowed, allowed, cache->n_words);
      for (guint w = cache->n_words; w-- > 0 && window->len < RANK_WINDOW;)
        for (int b = 63; b >= 0 && window->len < RANK_WINDOW; b--)
          if ((allowed[w] >> b) & 1)
            {
              Hit hit = { (gint64) w * 64 + b, 0 };
              g_array_append_val (window, hit);
            }
      *matches = g_steal_pointer (&allowed);
      return TRUE;
    }

  counting.matches = g_new0 (guint64, cache->n_words);
  s = _vw_case_connection_prepare (connection,
                                   expression->n_filters > 0 ? filtered_matches_sql
                                                             : all_matches_sql,
                                   error);
  if (s == NULL)
    {
      g_free (counting.matches);
      return FALSE;
    }
  sqlite3_bind_text (s, 1, expression->match, -1, SQLITE_STATIC);
  connection->counting = &counting;
  status = sqlite3_step (s);
  connection->counting = NULL;
  sqlite3_reset (s);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_free (counting.matches);
      return FALSE;
    }
  if (status != SQLITE_DONE)
    {
      vw_case_db_set_error (error, connection->db, _("Searching the reference cases"));
      g_free (counting.matches);
      return FALSE;
    }

  /* The window must be the newest matches: FTS5 has always honoured ORDER BY rowid DESC. */
  if (counting.ascending)
    g_warning ("The full-text index returned the matches oldest first; the ranking is of the "
               "oldest %u", RANK_WINDOW);

  /* bm25 = -(idf × terms), the idf now that the count is known. */
  if (window->len > 0)
    {
      double idf = _vw_case_rank_idf (counting.n_rows, counting.total);

      for (guint i = 0; i < window->len; i++)
        g_array_index (window, Hit, i).score *= -idf;
    }
  *matches = counting.matches;
  *total = counting.total;
  return TRUE;
}

/* Each facet value's count among the matches. */
static void
add_facets (VwCaseSearchResults *results,
            VwCaseFacetCache    *cache,
            const guint64       *matches)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, cache->values);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const FacetValue *facet = value;
      guint count = 0;
      VwCaseTag *tag;

      if (facet->bits != NULL)
        count = popcount_and (facet->bits, matches, cache->n_words);
      else
        for (guint i = 0; i < facet->ids->len; i++)
          count += BIT_TEST (matches, g_array_index (facet->ids, guint32, i));
      if (count == 0)
        continue;
      tag = vw_case_tag_new (facet->kind, facet->key, facet->label);
      tag->count = count;
      vw_case_search_results_add_facet (results, tag);
    }

  for (guint kind = 0; kind < VW_CASE_TAG_N_FACETS; kind++)
    g_ptr_array_sort (vw_case_search_results_get_facets (results, kind), compare_facets);
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *x = a, *y = b;

  if (x->score != y->score)
    return x->score < y->score ? -1 : 1;
  return x->id > y->id ? -1 : x->id < y->id;
}

#define SNIPPET_WORDS 24

/* Reads a hit; its snippet is the summary's passage with a match, else the story's, else the
 * summary's beginning. */
static gboolean
add_hit (VwCaseConnection     *connection,
         VwCaseSearchResults  *results,
         gint64                id,
         const Expression     *expression,
         double                score,
         GError              **error)
{
  g_autoptr(VwReferenceCase) reference_case = NULL;
  g_autofree char *snippet = NULL;
  GError *local_error = NULL;

  reference_case = _vw_case_store_read (connection, id, &local_error);
  if (reference_case == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_A_DATABASE,
                     _("The search index of the case repository does not match its cases"));
      return FALSE;
    }

  snippet = _vw_case_snippet_make (vw_reference_case_get_summary (reference_case),
                                   expression->words, expression->last_is_prefix,
                                   SNIPPET_WORDS);
  if (snippet == NULL)
    snippet = _vw_case_snippet_make (vw_reference_case_get_story (reference_case),
                                     expression->words, expression->last_is_prefix,
                                     SNIPPET_WORDS);
  if (snippet == NULL)
    {
      const char *summary = vw_reference_case_get_summary (reference_case);
      const char *end = summary;

      /* The beginning, cut at a word. */
      for (guint n = 0; *end != '\0' && n < 200; n++)
        end = g_utf8_next_char (end);
      while (*end != '\0' && !g_unichar_isspace (g_utf8_get_char (end)))
        end = g_utf8_next_char (end);
      if (*end != '\0')
        {
          g_autofree char *beginning = g_strndup (summary, end - summary);
          snippet = g_strconcat (beginning, "…", NULL);
        }
      else
        snippet = g_strdup (summary);
    }

  _vw_reference_case_set_hit (reference_case, snippet, score);
  vw_case_search_results_add_case (results, reference_case);
  return TRUE;
}

static gboolean
fetch_page (VwCaseConnection     *connection,
            const Expression     *expression,
            GArray               *window,
            guint                 limit,
            guint                 offset,
            VwCaseSearchResults  *results,
            GError              **error)
{
  g_autoptr(GArray) newest = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *s;
  int status;

  if (expression->match != NULL || expression->n_filters > 0)
    {
      for (guint i = offset; i < window->len && i < offset + limit; i++)
        {
          const Hit *hit = &g_array_index (window, Hit, i);

          if (!add_hit (connection, results, hit->id, expression, hit->score, error))
            return FALSE;
        }
      return TRUE;
    }

  /* No words and no filters: the newest cases. */
  s = _vw_case_connection_prepare (connection, newest_sql, error);
  if (s == NULL)
    return FALSE;
  sqlite3_bind_int (s, 1, limit);
  sqlite3_bind_int (s, 2, offset);
  while ((status = sqlite3_step (s)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (s, 0);
      g_array_append_val (newest, id);
    }
  sqlite3_reset (s);
  if (status != SQLITE_DONE)
    {
      vw_case_db_set_error (error, connection->db, _("Searching the reference cases"));
      return FALSE;
    }

  for (guint i = 0; i < newest->len; i++)
    if (!add_hit (connection, results, g_array_index (newest, gint64, i), expression, 0, error))
      return FALSE;
  return TRUE;
}

VwCaseSearchResults *
vw_case_repository_search (VwCaseRepository   *self,
                           const VwCaseQuery  *query,
                           GCancellable       *cancellable,
                           GError            **error)
{
  g_autoptr(VwCaseSearchResults) results = vw_case_search_results_new ();
  g_autoptr(GArray) window = g_array_new (FALSE, FALSE, sizeof (Hit));
  g_autofree guint64 *matches = NULL;
  VwCaseConnection *connection;
  Expression expression = { 0 };
  guint total = 0;
  guint limit;
  gboolean ok = FALSE;

  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  limit = query->limit == 0 ? DEFAULT_LIMIT : MIN (query->limit, MAX_LIMIT);

  connection = _vw_case_repository_borrow (self, error);
  if (connection == NULL)
    return NULL;

  /* One snapshot for the facets, the count and the page. */
  if (!vw_case_db_exec (connection->db, "BEGIN", error))
    goto out;
  if (!facet_cache_update (connection, error))
    goto out;

  build_expression (connection->facets, query, &expression);
  if (!expression.empty)
    {
      if (!find_matches (connection, &expression, &matches, &total, window, cancellable, error))
        goto out;
      /* Best first; without words there is nothing to rank by: the newest first. */
      g_array_sort (window, compare_hits);
      if (total > query->offset
          && !fetch_page (connection, &expression, window, limit, query->offset, results, error))
        goto out;
    }

  vw_case_search_results_set_total (results, total);
  if (matches != NULL)
    add_facets (results, connection->facets, matches);
  ok = TRUE;

out:
  g_free (expression.match);
  g_clear_pointer (&expression.words, g_ptr_array_unref);
  _vw_case_repository_give_back (self, connection);
  return ok ? g_steal_pointer (&results) : NULL;
}

static VwCaseQuery *
query_copy (const VwCaseQuery *query)
{
  VwCaseQuery *copy = g_new0 (VwCaseQuery, 1);

  copy->text = g_strdup (query->text);
  copy->industry = g_strdup (query->industry);
  copy->element = g_strdup (query->element);
  copy->kpi = g_strdup (query->kpi);
  copy->dimension = g_strdup (query->dimension);
  copy->limit = query->limit;
  copy->offset = query->offset;
  return copy;
}

static void
query_free (VwCaseQuery *query)
{
  g_free ((char *) query->text);
  g_free ((char *) query->industry);
  g_free ((char *) query->element);
  g_free ((char *) query->kpi);
  g_free ((char *) query->dimension);
  g_free (query);
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  VwCaseSearchResults *results;

  results = vw_case_repository_search (source_object, task_data, cancellable, &error);
  if (results == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, results, g_object_unref);
}

void
vw_case_repository_search_async (VwCaseRepository    *self,
                                 const VwCaseQuery   *query,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (VW_IS_CASE_REPOSITORY (self));
  g_return_if_fail (query != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, vw_case_repository_search_async);
  g_task_set_task_data (task, query_copy (query), (GDestroyNotify) query_free);
  g_task_run_in_thread (task, search_thread);
}

VwCaseSearchResults *
vw_case_repository_search_finish (VwCaseRepository  *self,
                                  GAsyncResult      *result,
                                  GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static const char *
most_frequent (GHashTable *tally)
{
  GHashTableIter iter;
  gpointer key, count;
  const char *best = NULL;
  guint best_count = 0;

  g_hash_table_iter_init (&iter, tally);
  while (g_hash_table_iter_next (&iter, &key, &count))
    if (GPOINTER_TO_UINT (count) > best_count
        || (GPOINTER_TO_UINT (count) == best_count && g_strcmp0 (key, best) < 0))
      {
        best = key;
        best_count = GPOINTER_TO_UINT (count);
      }
  return best;
}

static void
tally (GHashTable *table,
       const char *text)
{
  gpointer count = g_hash_table_lookup (table, text);

  g_hash_table_insert (table, g_strdup (text), GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

gboolean
vw_case_repository_benchmark (VwCaseRepository  *self,
                              const char        *industry,
                              const char        *kpi_key,
                              VwCaseMeasure      measure,
                              VwCaseBenchmark   *benchmark,
                              GError           **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  VwCaseConnection *connection;
  sqlite3_stmt *s;
  gint64 previous_case = 0;
  double latest = NAN;
  int status;

  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (kpi_key != NULL, FALSE);
  g_return_val_if_fail (benchmark != NULL, FALSE);

  memset (benchmark, 0, sizeof *benchmark);
  benchmark->median = benchmark->p10 = benchmark->p90 = NAN;

  connection = _vw_case_repository_borrow (self, error);
  if (connection == NULL)
    return FALSE;

  /* A case's figures are in period order: the last one of the KPI is its latest result. */
  s = vw_case_db_prepare_statement (connection->db,
                                    "SELECT f.case_id, f.realized, f.baseline, f.higher_is_better,"
                                    " f.unit, f.kpi_name FROM case_figure f"
                                    " WHERE f.kpi_key = ?1 AND f.realized IS NOT NULL"
                                    " AND (?2 IS NULL OR f.case_id IN (SELECT case_id FROM case_tag"
                                    "  WHERE kind = 0 AND key = ?2))"
                                    " ORDER BY f.case_id, f.position",
                                    error);
  if (s == NULL)
    {
      _vw_case_repository_give_back (self, connection);
      return FALSE;
    }
  sqlite3_bind_text (s, 1, kpi_key, -1, SQLITE_STATIC);
  if (industry != NULL)
    sqlite3_bind_text (s, 2, industry, -1, SQLITE_STATIC);

  while ((status = sqlite3_step (s)) == SQLITE_ROW)
    {
      gint64 case_id = sqlite3_column_int64 (s, 0);
      VwCaseFigure figure = { 0 };

      if (case_id != previous_case && isfinite (latest))
        g_array_append_val (values, latest);
      if (case_id != previous_case)
        latest = NAN;
      previous_case = case_id;

      figure.realized = sqlite3_column_double (s, 1);
      figure.baseline = sqlite3_column_type (s, 2) == SQLITE_NULL ? NAN
                                                                   : sqlite3_column_double (s, 2);
      figure.higher_is_better = sqlite3_column_int (s, 3) != 0;
      if (measure == VW_CASE_MEASURE_IMPROVEMENT)
        latest = vw_case_figure_improvement (&figure);
      else
        latest = figure.realized;
      if (isfinite (latest))
        {
          tally (units, (const char *) sqlite3_column_text (s, 4));
          tally (names, (const char *) sqlite3_column_text (s, 5));
        }
    }
  if (isfinite (latest))
    g_array_append_val (values, latest);
  sqlite3_finalize (s);

  if (status != SQLITE_DONE)
    {
      vw_case_db_set_error (error, connection->db, _("Computing the benchmark"));
      _vw_case_repository_give_back (self, connection);
      return FALSE;
    }
  _vw_case_repository_give_back (self, connection);

  if (values->len == 0)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NO_DATA,
                   _("No verified case has the KPI “%s”"), kpi_key);
      return FALSE;
    }

  g_array_sort (values, compare_doubles);
  benchmark->n_cases = values->len;
  benchmark->median = vw_stats_percentile_sorted ((double *) values->data, values->len, 0.5);
  benchmark->p10 = vw_stats_percentile_sorted ((double *) values->data, values->len, 0.1);
  benchmark->p90 = vw_stats_percentile_sorted ((double *) values->data, values->len, 0.9);
  benchmark->unit = g_strdup (most_frequent (units));
  benchmark->kpi_name = g_strdup (most_frequent (names));
  return TRUE;
}
