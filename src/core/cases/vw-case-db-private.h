/* vw-case-db-private.h: opening a case database safely, its schema and migrations
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include <glib.h>

G_BEGIN_DECLS

/* 'VWCS': a file with another application id is never touched. */
#define VW_CASE_APPLICATION_ID 0x56574353

/* Opens @path with the reliability.md §1 settings (defensive, trusted_schema=OFF,
 * cell_size_check, mmap_size=0, foreign keys). @create: create a missing file. Does not
 * validate nor change the database; vw_case_db_prepare() does. */
sqlite3  *vw_case_db_open        (const char  *path,
                                  gboolean     read_only,
                                  gboolean     create,
                                  GError     **error);
/* Validates the database (application id, version, quick_check, exact schema), then, unless
 * @read_only, creates or migrates it and switches it to WAL with synchronous=FULL. On error
 * the file is unchanged. @version: the schema version after. */
gboolean  vw_case_db_prepare     (sqlite3     *db,
                                  const char  *path,
                                  gboolean     read_only,
                                  gboolean     check_pages,
                                  int         *version,
                                  GError     **error);
/* The settings of every further connection (the read pool): WAL is already on. */
gboolean  vw_case_db_configure_reader (sqlite3 *db,
                                       GError **error);

gboolean  vw_case_db_exec        (sqlite3     *db,
                                  const char  *sql,
                                  GError     **error);
sqlite3_stmt *vw_case_db_prepare_statement (sqlite3     *db,
                                            const char  *sql,
                                            GError     **error);
/* Sets @error from the connection's last error, with what we were doing. */
void      vw_case_db_set_error   (GError     **error,
                                  sqlite3     *db,
                                  const char  *doing);

/* Fills the facet codes of every case from its tags (migration to version 2). */
gboolean  _vw_case_db_fill_facets (sqlite3  *db,
                                   GError  **error);

/* The statements creating each schema version (tests build old databases with them). */
const char *vw_case_db_schema_sql (int version);

G_END_DECLS
