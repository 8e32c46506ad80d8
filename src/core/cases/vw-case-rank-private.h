/* vw-case-rank-private.h: the ranking of the search (bm25 with the search's own match count)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The current row's bm25 without its inverse document frequency: the sum over the phrases of
 * their weighted, saturated frequencies (higher is better). Every phrase has the same document
 * frequency (the search's match count), so the idf is a common factor of every row's score
 * and the order of the rows does not depend on it. @n_rows: the rows of the table. */
double   _vw_case_rank_terms   (const Fts5ExtensionApi *api,
                                Fts5Context            *fts,
                                double                 *n_rows);
/* FTS5's idf for a phrase found in @n_matches of @n_rows rows (a small positive number for a
 * word in more than half of them). bm25 = -(idf × terms), lower is better. */
double   _vw_case_rank_idf     (double                  n_rows,
                                double                  n_matches);
/* The FTS5 API of @db (NULL without FTS5). */
fts5_api *_vw_case_rank_fts5_api (sqlite3              *db);

G_END_DECLS
