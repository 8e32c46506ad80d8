/* vw-case-rank.c: bm25 for the search, computed while it scans the matches
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FTS5's own bm25() starts every query by counting, for each phrase, every row that contains
 * it (its inverse document frequency): for a common word in 100 000 cases that is a full pass
 * over 60 000 rows per word, 15 ms, more than the rest of a search. The search counts the
 * matches itself, and takes that count as the document frequency of every phrase; the idf is
 * then the same factor for every row, so a row's terms are computed during the search's one
 * pass over the matches and multiplied by the idf once the count is known. It is otherwise
 * FTS5's formula (k1 = 1.2, b = 0.75, the same column weights). For a query of one word, the
 * common case while typing, the ranking is exactly bm25's; with several words, all of them
 * weigh the same (every hit contains all of them).
 */

#define G_LOG_DOMAIN "vw-cases"

#include <math.h>

#include "vw-case-rank-private.h"

#define K1 1.2
#define B  0.75
#define MAX_PHRASES 64
#define N_COLUMNS   4

/* title, tags, summary, story */
static const double column_weights[N_COLUMNS] = { 10.0, 5.0, 2.0, 1.0 };

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
  averages->average_length = n_rows > 0 && total > 0 ? (double) total / n_rows : 1;
  api->xSetAuxdata (fts, averages, g_free);
  return averages;
}

double
_vw_case_rank_terms (const Fts5ExtensionApi *api,
                     Fts5Context            *fts,
                     double                 *n_rows)
{
  double frequencies[MAX_PHRASES] = { 0 };
  Averages *averages = get_averages (api, fts);
  int n_phrases = MIN (api->xPhraseCount (fts), MAX_PHRASES);
  int n_columns = MIN (api->xColumnCount (fts), N_COLUMNS);
  int n_instances = 0, length = 0;
  double terms = 0;

  *n_rows = averages->n_rows;
  if (api->xInstCount (fts, &n_instances) != SQLITE_OK)
    return 0;
  for (int i = 0; i < n_instances; i++)
    {
      int phrase, column, offset;

      if (api->xInst (fts, i, &phrase, &column, &offset) == SQLITE_OK
          && phrase < n_phrases && column < n_columns)
        frequencies[phrase] += column_weights[column];
    }
  /* Every column together (-1): one read of the row's sizes. */
  if (api->xColumnSize (fts, -1, &length) != SQLITE_OK)
    length = 0;

  for (int p = 0; p < n_phrases; p++)
    terms += frequencies[p] * (K1 + 1)
             / (frequencies[p] + K1 * (1 - B + B * length / averages->average_length));
  return terms;
}

double
_vw_case_rank_idf (double n_rows,
                   double n_matches)
{
  /* As FTS5: a word in more than half the rows still counts a little. */
  double idf = log ((n_rows - n_matches + 0.5) / (n_matches + 0.5));

  return idf > 0 ? idf : 1e-6;
}

fts5_api *
_vw_case_rank_fts5_api (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *statement = NULL;

  /* The documented way to reach the FTS5 API of a connection. */
  if (sqlite3_prepare_v2 (db, "SELECT fts5 (?1)", -1, &statement, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_pointer (statement, 1, (void *) &api, "fts5_api_ptr", NULL);
  sqlite3_step (statement);
  sqlite3_finalize (statement);

  return api != NULL && api->iVersion >= 2 ? api : NULL;
}
