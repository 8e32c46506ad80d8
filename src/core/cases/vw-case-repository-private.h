/* vw-case-repository-private.h: the pieces of the repository shared by its source files
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-case-db-private.h"
#include "vw-case-repository.h"
#include "vw-reference-case-private.h"

G_BEGIN_DECLS

typedef struct _VwCaseFacetCache VwCaseFacetCache;

/* One read connection, used by one thread at a time, with what it keeps between searches. */
typedef struct
{
  sqlite3          *db;
  VwCaseFacetCache *facets;
  GHashTable       *statements;  /* SQL text (static strings) → prepared statement */
  gpointer          counting;    /* the search counting matches (vw-case-search.c) */
  GHashTable       *window;      /* the ids the search ranks (vw-case-search.c) */
} VwCaseConnection;

/* A connection for @db (the pool's readers, or the writer during a migration). */
VwCaseConnection *_vw_case_connection_new         (sqlite3           *db);
/* Closes the statements and the cache; the database only if @close_db. */
void              _vw_case_connection_free        (VwCaseConnection  *connection,
                                                   gboolean           close_db);
/* The prepared statement for @sql (a string that lives as long as the program), reset and
 * with its bindings cleared; owned by the connection. */
sqlite3_stmt     *_vw_case_connection_prepare     (VwCaseConnection  *connection,
                                                   const char        *sql,
                                                   GError           **error);

VwCaseConnection *_vw_case_repository_borrow      (VwCaseRepository  *self,
                                                   GError           **error);
void              _vw_case_repository_give_back   (VwCaseRepository  *self,
                                                   VwCaseConnection  *connection);
/* The write connection, locked for the caller until _unlock_writer(). */
sqlite3          *_vw_case_repository_lock_writer (VwCaseRepository  *self,
                                                   GError           **error);
void              _vw_case_repository_unlock_writer (VwCaseRepository *self);

/* vw-case-store.c: rows of one case. A writer holds the statements of one transaction. */
typedef struct _VwCaseWriter VwCaseWriter;

VwCaseWriter     *_vw_case_writer_new             (sqlite3           *db,
                                                   GError           **error);
void              _vw_case_writer_free            (VwCaseWriter      *writer);
/* @duplicate: set when the uid is already stored (nothing written, no error). */
gboolean          _vw_case_writer_insert          (VwCaseWriter      *writer,
                                                   VwReferenceCase   *reference_case,
                                                   const char        *added,
                                                   gboolean          *duplicate,
                                                   GError           **error);
gboolean          _vw_case_writer_remove          (VwCaseWriter      *writer,
                                                   const char        *uid,
                                                   GError           **error);
/* Reads a stored case by its row id (NULL and no error when there is none). */
VwReferenceCase  *_vw_case_store_read             (VwCaseConnection  *connection,
                                                   gint64             id,
                                                   GError           **error);
gint64            _vw_case_store_find_id          (sqlite3           *db,
                                                   const char        *uid,
                                                   GError           **error);

/* vw-case-search.c */
void              _vw_case_facet_cache_free       (VwCaseFacetCache  *cache);
/* Installs the search's SQL functions on a read connection. */
gboolean          _vw_case_search_install         (VwCaseConnection  *connection,
                                                   GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwCaseWriter, _vw_case_writer_free)

G_END_DECLS
