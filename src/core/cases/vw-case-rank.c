/* vw-case-rank.c: vw_bm25(), the ranking function of the search (an FTS5 auxiliary function)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FTS5's own bm25() starts every query by counting, for each phrase, every row that contains
 * it (its inverse document frequency): for a common word in 100 000 cases that is a full pass
 * over 60 000 rows per word, 15 ms, more than the rest of a search. The search has just
 * counted the matches itself, so vw_bm25() takes that count as the document frequency of
 * every phrase. It is otherwise FTS5's formula (k1 = 1.2, b = 0.75, the same column weights).
 * For a query of one word, the common case while typing, the ranking is exactly bm25's; with
 * several words, all of them weigh the same (every hit contains all of them).
 */

#define G_LOG_DOMAIN "vw-cases"

#include <math.h>

#include <glib.h>
#include <sqlite3.h>

#include "vw-case-rank-private.h"

#define K1 1.2
#define B  0.75
#define MAX_PHRASES 64
#define N_COLUMNS   5

/* title, tags, summary, story, facet terms */
static const double column_weights[N_COLUMNS] = { 10.0, 5.0, 2.0, 1.0, 0.0 };

typedef struct
{
  double average_length;  /* tokens per row, every column together */
  double n_rows;
} Averages;

static Averages *
get_averages (const Fts5ExtensionApi *api,
              Fts5Context            *fts)
{
  Averages *averages = api->xGetAuxdata (fts, 0);
  sqlite3_int64 n_rows = 0, total = 0;

  if (averages != NULL)
    return averages;

  averages = g_new0 (Averages, 1);
  api->xRowCount (fts, &n_rows);
  for (int c = 0; c < api->xColumnCount (fts); c++)
    {
      sqlite3_int64 column_total = 0;

      api->xColumnTotalSize (fts, c, &column_total);
      total += column_total;
    }
  averages->n_rows = n_rows;
  averages->average_length = n_rows > 0 ? (double) total / n_rows : 1;
  api->xSetAuxdata (fts, averages, g_free);
  return averages;
}

/* vw_bm25 (case_fts, n_matches): lower is better, as bm25(). */
static void
rank_function (const Fts5ExtensionApi  *api,
               Fts5Context             *fts,
               sqlite3_context         *context,
               int                      n_values,
               sqlite3_value          **values)
{
  double frequencies[MAX_PHRASES] = { 0 };
  Averages *averages = get_averages (api, fts);
  int n_phrases = MIN (api->xPhraseCount (fts), MAX_PHRASES);
  int n_columns = MIN (api->xColumnCount (fts), N_COLUMNS);
  double n_matches = n_values > 0 ? sqlite3_value_double (values[0]) : 1;
  double idf, length = 0, score = 0;
  int n_instances = 0;

  if (api->xInstCount (fts, &n_instances) != SQLITE_OK)
    {
      sqlite3_result_error (context, "vw_bm25: no instances", -1);
      return;
    }
  for (int i = 0; i < n_instances; i++)
    {
      int phrase, column, offset;

      if (api->xInst (fts, i, &phrase, &column, &offset) == SQLITE_OK
          && phrase < n_phrases && column < n_columns)
        frequencies[phrase] += column_weights[column];
    }
  for (int c = 0; c < n_columns; c++)
    {
      int column_length = 0;

      api->xColumnSize (fts, c, &column_length);
      length += column_length;
    }

  /* As FTS5: a word in more than half the rows still counts a little. */
  idf = log ((averages->n_rows - n_matches + 0.5) / (n_matches + 0.5));
  if (idf <= 0)
    idf = 1e-6;

  for (int p = 0; p < n_phrases; p++)
    score += idf * frequencies[p] * (K1 + 1)
             / (frequencies[p] + K1 * (1 - B + B * length / averages->average_length));

  sqlite3_result_double (context, -score);
}

gboolean
_vw_case_rank_install (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *statement = NULL;

  /* The documented way to reach the FTS5 API of a connection. */
  if (sqlite3_prepare_v2 (db, "SELECT fts5 (?1)", -1, &statement, NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_pointer (statement, 1, (void *) &api, "fts5_api_ptr", NULL);
  sqlite3_step (statement);
  sqlite3_finalize (statement);

  if (api == NULL || api->iVersion < 2)
    return FALSE;
  return api->xCreateFunction (api, "vw_bm25", NULL, rank_function, NULL) == SQLITE_OK;
}
