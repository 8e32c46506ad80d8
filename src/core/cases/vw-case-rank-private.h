/* vw-case-rank-private.h: vw_bm25(), the ranking function of the search
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Registers vw_bm25 (case_fts, n_matches) on @db. */
gboolean _vw_case_rank_install (sqlite3 *db);

G_END_DECLS
