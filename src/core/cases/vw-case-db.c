/* vw-case-db.c: opening a case database safely, its schema and migrations (docs/cases.md)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A database may come from anyone (a colleague's repository imported as a file), so nothing
 * in it is trusted before it has been checked: the application id, the schema version, the
 * exact schema (compared with one built here from our own statements, so a trigger or a view
 * smuggled in is refused), and on request every page. Only then is anything written.
 * A fresh database is built by running version 1's statements and then every migration, so
 * a new and a migrated database have the very same schema text.
 */

#define G_LOG_DOMAIN "vw-cases"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vw-case-db-private.h"
#include "vw-case-error.h"
#include "vw-case-repository.h"

/* Version 1: cases, tags, figures and the full-text index. */
static const char schema_v1[] =
  "CREATE TABLE repository_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
  "CREATE TABLE reference_case ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  fingerprint TEXT NOT NULL,"
  "  title TEXT NOT NULL,"
  "  summary TEXT NOT NULL,"
  "  story TEXT NOT NULL,"
  "  tags_text TEXT NOT NULL,"
  "  currency TEXT NOT NULL,"
  "  sample INTEGER NOT NULL CHECK (sample IN (0, 1)),"
  "  added TEXT NOT NULL);"
  "CREATE TABLE case_tag ("
  "  case_id INTEGER NOT NULL REFERENCES reference_case (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  kind INTEGER NOT NULL,"
  "  key TEXT NOT NULL,"
  "  label TEXT NOT NULL,"
  "  PRIMARY KEY (case_id, position)) WITHOUT ROWID;"
  "CREATE INDEX case_tag_by_key ON case_tag (kind, key);"
  "CREATE TABLE case_figure ("
  "  case_id INTEGER NOT NULL REFERENCES reference_case (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  kpi_key TEXT NOT NULL,"
  "  kpi_name TEXT NOT NULL,"
  "  unit TEXT NOT NULL,"
  "  higher_is_better INTEGER NOT NULL,"
  "  baseline REAL,"
  "  promised REAL,"
  "  realized REAL,"
  "  period_label TEXT NOT NULL,"
  "  PRIMARY KEY (case_id, position)) WITHOUT ROWID;"
  "CREATE INDEX case_figure_by_kpi ON case_figure (kpi_key);"
  "CREATE VIRTUAL TABLE case_fts USING fts5 (title, tags_text, summary, story,"
  "  content='reference_case', content_rowid='id',"
  "  tokenize='unicode61 remove_diacritics 2', prefix='2 3');";

/* Version 2: facets. Every case gets its facet codes (a compact blob the search counts from
 * without touching the tag table) and facet terms in the index (so a facet filter is part of
 * the full-text query). The data is filled in by migrate_to_v2(). */
static const char migration_v2[] =
  "ALTER TABLE reference_case ADD COLUMN facet_terms TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE reference_case ADD COLUMN facet_codes BLOB;"
  "CREATE TABLE facet_value ("
  "  code INTEGER PRIMARY KEY,"
  "  kind INTEGER NOT NULL,"
  "  key TEXT NOT NULL,"
  "  label TEXT NOT NULL,"
  "  UNIQUE (kind, key));"
  "DROP TABLE case_fts;"
  "CREATE VIRTUAL TABLE case_fts USING fts5 (title, tags_text, summary, story, facet_terms,"
  "  content='reference_case', content_rowid='id',"
  "  tokenize='unicode61 remove_diacritics 2', prefix='2 3');";

/* Version 3: the facet terms leave the index. The search filters and counts facets from its
 * in-memory copy of facet_codes, so the terms only cost index space, and restricting every
 * query to the text columns (to keep a word from matching "vwf12") cost a third of a common
 * word's scan. The index is rebuilt by migrate(). */
static const char migration_v3[] =
  "DROP TABLE case_fts;"
  "ALTER TABLE reference_case DROP COLUMN facet_terms;"
  "CREATE VIRTUAL TABLE case_fts USING fts5 (title, tags_text, summary, story,"
  "  content='reference_case', content_rowid='id',"
  "  tokenize='unicode61 remove_diacritics 2', prefix='2 3');";

static const char * const migrations[VW_CASE_SCHEMA_VERSION + 1] = {
  NULL, schema_v1, migration_v2, migration_v3,
};

const char *
vw_case_db_schema_sql (int version)
{
  g_return_val_if_fail (version >= 1 && version <= VW_CASE_SCHEMA_VERSION, NULL);
  return migrations[version];
}

void
vw_case_db_set_error (GError     **error,
                      sqlite3     *db,
                      const char  *doing)
{
  int code = db ? sqlite3_errcode (db) & 0xff : SQLITE_ERROR;
  const char *message = db ? sqlite3_errmsg (db) : "out of memory";

  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_A_DATABASE,
                 _("%s: the case repository is damaged (%s)"), doing, message);
  else if (code == SQLITE_READONLY)
    g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_READ_ONLY,
                 _("%s: the case repository is read-only"), doing);
  else if (code == SQLITE_FULL)
    g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_FAILED,
                 _("%s: the disk is full"), doing);
  else
    g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_FAILED, "%s: %s", doing, message);
}

gboolean
vw_case_db_exec (sqlite3     *db,
                 const char  *sql,
                 GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      vw_case_db_set_error (error, db, _("Case repository"));
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
vw_case_db_prepare_statement (sqlite3     *db,
                              const char  *sql,
                              GError     **error)
{
  sqlite3_stmt *statement = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL) != SQLITE_OK)
    {
      vw_case_db_set_error (error, db, _("Case repository"));
      return NULL;
    }
  return statement;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *statement = vw_case_db_prepare_statement (db, sql, error);
  int status;

  if (statement == NULL)
    return FALSE;
  status = sqlite3_step (statement);
  if (status == SQLITE_ROW)
    *value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  if (status != SQLITE_ROW)
    {
      vw_case_db_set_error (error, db, _("Case repository"));
      return FALSE;
    }
  return TRUE;
}

/* reliability.md §1: none of this depends on the file, so it is set before reading it. */
static gboolean
configure (sqlite3  *db,
           GError  **error)
{
  int on = 1, off = 0;

  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, on, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, off, NULL);
  /* The schema has neither: a database that brings some cannot run them. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, off, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, off, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, off, NULL);
  sqlite3_limit (db, SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024);
  sqlite3_limit (db, SQLITE_LIMIT_SQL_LENGTH, 100 * 1000);
  sqlite3_busy_timeout (db, 10000);

  return vw_case_db_exec (db,
                          "PRAGMA cell_size_check = ON;"
                          "PRAGMA mmap_size = 0;"
                          "PRAGMA foreign_keys = ON;",
                          error);
}

sqlite3 *
vw_case_db_open (const char  *path,
                 gboolean     read_only,
                 gboolean     create,
                 GError     **error)
{
  sqlite3 *db = NULL;
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;

  flags |= read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create && !read_only)
    flags |= SQLITE_OPEN_CREATE;

  if (!create && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_FOUND,
                   _("The case repository “%s” does not exist"), path);
      return NULL;
    }

  if (sqlite3_open_v2 (path, &db, flags, NULL) != SQLITE_OK)
    {
      g_autofree char *doing = g_strdup_printf (_("Opening “%s”"), path);

      vw_case_db_set_error (error, db, doing);
      sqlite3_close (db);
      return NULL;
    }

  if (!configure (db, error))
    {
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

gboolean
vw_case_db_configure_reader (sqlite3  *db,
                             GError  **error)
{
  /* A search reads the lists of common words again and again: 32 MB of pages in memory
   * instead of SQLite's default 2 MB (memory mapping stays off, reliability.md §1). */
  return vw_case_db_exec (db, "PRAGMA query_only = ON; PRAGMA cache_size = -32768;", error);
}

static gboolean
not_ours (GError     **error,
          const char  *path,
          const char  *reason)
{
  g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_A_DATABASE,
               _("“%s” is not a Value Workbench case repository (%s); it was not changed"),
               path, reason);
  return FALSE;
}

static gboolean
run_statements (sqlite3     *db,
                int          from_version,
                int          to_version,
                GError     **error)
{
  for (int v = from_version + 1; v <= to_version; v++)
    if (!vw_case_db_exec (db, migrations[v], error))
      return FALSE;
  return TRUE;
}

/* Lists the schema: "type name tbl_name sql" lines, sorted. */
static char *
describe_schema (sqlite3  *db,
                 GError  **error)
{
  sqlite3_stmt *statement;
  GString *out = g_string_new (NULL);
  int status;

  statement = vw_case_db_prepare_statement (db,
                                            "SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                            "ORDER BY type, name",
                                            error);
  if (statement == NULL)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  while ((status = sqlite3_step (statement)) == SQLITE_ROW)
    for (int c = 0; c < 4; c++)
      {
        const char *text = (const char *) sqlite3_column_text (statement, c);

        g_string_append (out, text ? text : "(null)");
        g_string_append_c (out, c == 3 ? '\n' : '\t');
      }
  sqlite3_finalize (statement);

  if (status != SQLITE_DONE)
    {
      vw_case_db_set_error (error, db, _("Reading the case repository"));
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static char *
reference_schema (int       version,
                  GError  **error)
{
  sqlite3 *memory = NULL;
  char *description = NULL;

  if (sqlite3_open_v2 (":memory:", &memory, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                       NULL) == SQLITE_OK
      && run_statements (memory, 0, version, error))
    description = describe_schema (memory, error);
  sqlite3_close (memory);
  return description;
}

/* The first line where @actual differs from @expected, for the message. */
static char *
first_difference (const char *actual,
                  const char *expected)
{
  g_auto(GStrv) a = g_strsplit (actual, "\n", -1);
  g_auto(GStrv) e = g_strsplit (expected, "\n", -1);
  guint i;

  for (i = 0; a[i] != NULL && e[i] != NULL; i++)
    if (!g_str_equal (a[i], e[i]))
      break;

  if (a[i] != NULL && a[i][0] != '\0')
    {
      g_auto(GStrv) fields = g_strsplit (a[i], "\t", 3);
      return g_strdup_printf (_("it has a %s “%s” that is not ours"),
                              fields[0], fields[1] ? fields[1] : "");
    }
  return g_strdup (_("parts of its schema are missing"));
}

static gboolean
check_schema (sqlite3     *db,
              const char  *path,
              int          version,
              GError     **error)
{
  g_autofree char *actual = describe_schema (db, error);
  g_autofree char *expected = NULL;
  g_autofree char *difference = NULL;

  if (actual == NULL)
    return FALSE;
  expected = reference_schema (version, error);
  if (expected == NULL)
    return FALSE;
  if (g_str_equal (actual, expected))
    return TRUE;

  difference = first_difference (actual, expected);
  return not_ours (error, path, difference);
}

static gboolean
check_pages (sqlite3     *db,
             const char  *path,
             GError     **error)
{
  sqlite3_stmt *statement;
  g_autofree char *result = NULL;

  statement = vw_case_db_prepare_statement (db, "PRAGMA quick_check(1)", error);
  if (statement == NULL)
    return FALSE;
  if (sqlite3_step (statement) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);

  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_A_DATABASE,
                   _("The case repository “%s” is damaged (%s); it was not changed"),
                   path, result ? result : sqlite3_errmsg (db));
      return FALSE;
    }

  /* quick_check does not read the full-text index; its check is a write command, which a
   * read-only connection cannot run (imports check a private copy read-write). */
  if (!sqlite3_db_readonly (db, "main")
      && sqlite3_exec (db, "INSERT INTO case_fts (case_fts, rank) VALUES ('integrity-check', 1)",
                    NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_A_DATABASE,
                   _("The search index of “%s” is damaged (%s); it was not changed"),
                   path, sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (sqlite3     *db,
         int          from_version,
         GError     **error)
{
  g_autofree char *set_version = NULL;

  if (!vw_case_db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!run_statements (db, from_version, VW_CASE_SCHEMA_VERSION, error))
    goto rollback;

  /* Data steps of the migrations, on the final schema: facet codes from the tags (version
   * 2), and the index, which versions 2 and 3 both recreate. */
  if (from_version >= 1 && from_version < 2 && !_vw_case_db_fill_facets (db, error))
    goto rollback;
  if (from_version >= 1 && from_version < 3
      && !vw_case_db_exec (db, "INSERT INTO case_fts (case_fts) VALUES ('rebuild')", error))
    goto rollback;

  set_version = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                 VW_CASE_APPLICATION_ID, VW_CASE_SCHEMA_VERSION);
  if (!vw_case_db_exec (db, set_version, error) || !vw_case_db_exec (db, "COMMIT", error))
    goto rollback;

  return TRUE;

rollback:
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

gboolean
vw_case_db_prepare (sqlite3     *db,
                    const char  *path,
                    gboolean     read_only,
                    gboolean     check_pages_too,
                    int         *version,
                    GError     **error)
{
  gint64 application_id = 0, user_version = 0, n_objects = 0;

  if (!query_int (db, "PRAGMA application_id", &application_id, NULL)
      || !query_int (db, "PRAGMA user_version", &user_version, NULL)
      || !query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, NULL))
    return not_ours (error, path, sqlite3_errmsg (db));

  if (application_id == 0 && user_version == 0 && n_objects == 0)
    {
      /* A new, empty database. */
      if (read_only)
        return not_ours (error, path, _("it is empty"));
      if (!migrate (db, 0, error))
        return FALSE;
      user_version = VW_CASE_SCHEMA_VERSION;
    }
  else if (application_id != VW_CASE_APPLICATION_ID)
    return not_ours (error, path, _("it belongs to another application"));
  else if (user_version > VW_CASE_SCHEMA_VERSION)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NEWER_VERSION,
                   _("The case repository “%s” was written by a newer version of Value "
                     "Workbench (schema %d; this version reads up to %d)"),
                   path, (int) user_version, VW_CASE_SCHEMA_VERSION);
      return FALSE;
    }
  else if (user_version < 1)
    return not_ours (error, path, _("it has no schema version"));
  else
    {
      if (!check_schema (db, path, user_version, error))
        return FALSE;
      if (check_pages_too && !check_pages (db, path, error))
        return FALSE;

      if (user_version < VW_CASE_SCHEMA_VERSION)
        {
          if (read_only)
            {
              g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_READ_ONLY,
                           _("The case repository “%s” is from an older version and cannot be "
                             "read without updating it, which read-only access forbids"), path);
              return FALSE;
            }
          if (!migrate (db, user_version, error))
            return FALSE;
          user_version = VW_CASE_SCHEMA_VERSION;
        }
    }

  /* The writer builds the index of a whole import in one transaction: 64 MB of cache. */
  if (!read_only
      && !vw_case_db_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                               " PRAGMA cache_size = -65536;", error))
    return FALSE;

  if (version != NULL)
    *version = user_version;
  return TRUE;
}
