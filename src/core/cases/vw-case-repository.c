/* vw-case-repository.c: the case repository object, its connections and simple operations
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One write connection behind a mutex, and a pool of read connections (query_only) that each
 * serve one thread at a time. SQLite's own per-connection mutex is off (NOMUTEX): the
 * repository's locking is what makes a connection single-threaded.
 */

#define G_LOG_DOMAIN "vw-cases"

#include <math.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vw-case-repository-private.h"

/* Idle read connections kept open; more threads than this get a connection of their own that
 * is closed after use. */
#define MAX_IDLE_READERS 4

struct _VwCaseRepository
{
  GObject    parent_instance;

  char      *path;
  gboolean   read_only;
  int        schema_version;

  GMutex     writer_lock;
  sqlite3   *writer;      /* NULL when read-only */

  GMutex     pool_lock;
  GPtrArray *idle;        /* of VwCaseConnection */
};

G_DEFINE_FINAL_TYPE (VwCaseRepository, vw_case_repository, G_TYPE_OBJECT)

G_DEFINE_QUARK (vw-case-error-quark, vw_case_error)

VwCaseConnection *
_vw_case_connection_new (sqlite3 *db)
{
  VwCaseConnection *connection = g_new0 (VwCaseConnection, 1);

  connection->db = db;
  connection->statements = g_hash_table_new_full (NULL, NULL, NULL,
                                                  (GDestroyNotify) sqlite3_finalize);
  return connection;
}

void
_vw_case_connection_free (VwCaseConnection *connection,
                          gboolean          close_db)
{
  if (connection == NULL)
    return;

  _vw_case_facet_cache_free (connection->facets);
  g_hash_table_unref (connection->statements);
  if (close_db)
    sqlite3_close (connection->db);
  g_free (connection);
}

sqlite3_stmt *
_vw_case_connection_prepare (VwCaseConnection  *connection,
                             const char        *sql,
                             GError           **error)
{
  sqlite3_stmt *statement = g_hash_table_lookup (connection->statements, sql);

  if (statement != NULL)
    {
      sqlite3_reset (statement);
      sqlite3_clear_bindings (statement);
      return statement;
    }

  if (sqlite3_prepare_v3 (connection->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement,
                          NULL) != SQLITE_OK)
    {
      vw_case_db_set_error (error, connection->db, _("Case repository"));
      sqlite3_finalize (statement);
      return NULL;
    }
  g_hash_table_insert (connection->statements, (gpointer) sql, statement);
  return statement;
}

static void
connection_free (VwCaseConnection *connection)
{
  _vw_case_connection_free (connection, TRUE);
}

static void
vw_case_repository_finalize (GObject *object)
{
  VwCaseRepository *self = VW_CASE_REPOSITORY (object);

  g_ptr_array_unref (self->idle);
  if (self->writer != NULL)
    sqlite3_close (self->writer);
  g_mutex_clear (&self->writer_lock);
  g_mutex_clear (&self->pool_lock);
  g_free (self->path);

  G_OBJECT_CLASS (vw_case_repository_parent_class)->finalize (object);
}

static void
vw_case_repository_class_init (VwCaseRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vw_case_repository_finalize;
}

static void
vw_case_repository_init (VwCaseRepository *self)
{
  g_mutex_init (&self->writer_lock);
  g_mutex_init (&self->pool_lock);
  self->idle = g_ptr_array_new_with_free_func ((GDestroyNotify) connection_free);
}

char *
vw_case_repository_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "value-workbench", "cases.sqlite", NULL);
}

VwCaseRepository *
vw_case_repository_open (const char       *path,
                         VwCaseOpenFlags   flags,
                         GError          **error)
{
  g_autoptr(VwCaseRepository) self = NULL;
  gboolean read_only = (flags & VW_CASE_OPEN_READ_ONLY) != 0;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_only)
    {
      g_autofree char *folder = g_path_get_dirname (path);

      if (g_mkdir_with_parents (folder, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_FAILED,
                       _("Could not create the folder “%s”: %s"), folder,
                       g_strerror (saved_errno));
          return NULL;
        }
    }

  self = g_object_new (VW_TYPE_CASE_REPOSITORY, NULL);
  self->path = g_strdup (path);
  self->read_only = read_only;

  /* The first connection validates (and creates or migrates) the database. A read-only
   * repository uses it as its first reader. */
  db = vw_case_db_open (path, read_only, !read_only, error);
  if (db == NULL)
    return NULL;
  if (!vw_case_db_prepare (db, path, read_only, (flags & VW_CASE_OPEN_CHECK) != 0,
                           &self->schema_version, error))
    {
      sqlite3_close (db);
      return NULL;
    }

  if (read_only)
    {
      VwCaseConnection *connection = _vw_case_connection_new (db);

      if (!vw_case_db_configure_reader (db, error) || !_vw_case_search_install (connection, error))
        {
          connection_free (connection);
          return NULL;
        }
      g_ptr_array_add (self->idle, connection);
    }
  else
    self->writer = db;

  return g_steal_pointer (&self);
}

const char *
vw_case_repository_get_path (VwCaseRepository *self)
{
  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (self), NULL);
  return self->path;
}

int
vw_case_repository_get_schema_version (VwCaseRepository *self)
{
  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (self), 0);
  return self->schema_version;
}

VwCaseConnection *
_vw_case_repository_borrow (VwCaseRepository  *self,
                            GError           **error)
{
  VwCaseConnection *connection = NULL;
  sqlite3 *db;

  g_mutex_lock (&self->pool_lock);
  if (self->idle->len > 0)
    connection = g_ptr_array_steal_index_fast (self->idle, self->idle->len - 1);
  g_mutex_unlock (&self->pool_lock);

  if (connection != NULL)
    return connection;

  /* The database was validated when the repository opened; readers only read it. */
  db = vw_case_db_open (self->path, TRUE, FALSE, error);
  if (db == NULL)
    return NULL;
  if (!vw_case_db_configure_reader (db, error))
    {
      sqlite3_close (db);
      return NULL;
    }

  connection = _vw_case_connection_new (db);
  if (!_vw_case_search_install (connection, error))
    {
      connection_free (connection);
      return NULL;
    }
  return connection;
}

void
_vw_case_repository_give_back (VwCaseRepository *self,
                               VwCaseConnection *connection)
{
  if (connection == NULL)
    return;

  /* A connection left inside a transaction (an error path) must not keep its snapshot; no
   * statement may stay active either. */
  {
    GHashTableIter iter;
    gpointer statement;

    g_hash_table_iter_init (&iter, connection->statements);
    while (g_hash_table_iter_next (&iter, NULL, &statement))
      sqlite3_reset (statement);
  }
  if (!sqlite3_get_autocommit (connection->db))
    sqlite3_exec (connection->db, "ROLLBACK", NULL, NULL, NULL);

  g_mutex_lock (&self->pool_lock);
  if (self->idle->len < MAX_IDLE_READERS)
    {
      g_ptr_array_add (self->idle, connection);
      connection = NULL;
    }
  g_mutex_unlock (&self->pool_lock);

  if (connection != NULL)
    connection_free (connection);
}

sqlite3 *
_vw_case_repository_lock_writer (VwCaseRepository  *self,
                                 GError           **error)
{
  if (self->read_only)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_READ_ONLY,
                   _("The case repository “%s” is open read-only"), self->path);
      return NULL;
    }

  g_mutex_lock (&self->writer_lock);
  return self->writer;
}

void
_vw_case_repository_unlock_writer (VwCaseRepository *self)
{
  g_mutex_unlock (&self->writer_lock);
}

guint
vw_case_repository_count (VwCaseRepository  *self,
                          GError           **error)
{
  VwCaseConnection *connection;
  sqlite3_stmt *statement;
  guint count = 0;

  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (self), 0);

  connection = _vw_case_repository_borrow (self, error);
  if (connection == NULL)
    return 0;

  statement = vw_case_db_prepare_statement (connection->db,
                                            "SELECT count(*) FROM reference_case", error);
  if (statement != NULL)
    {
      if (sqlite3_step (statement) == SQLITE_ROW)
        count = sqlite3_column_int (statement, 0);
      else
        vw_case_db_set_error (error, connection->db, _("Counting the reference cases"));
      sqlite3_finalize (statement);
    }

  _vw_case_repository_give_back (self, connection);
  return count;
}

static char *
now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
vw_case_repository_add_many (VwCaseRepository    *self,
                             GPtrArray           *reference_cases,
                             VwCaseImportReport  *report,
                             GCancellable        *cancellable,
                             GError             **error)
{
  g_autofree char *added = now_iso8601 ();
  g_autoptr(GPtrArray) added_uids = g_ptr_array_new_with_free_func (g_free);
  VwCaseWriter *writer = NULL;
  guint n_duplicates = 0;
  gboolean ok = FALSE;
  sqlite3 *db;

  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (reference_cases != NULL, FALSE);

  /* Everything is checked before anything is written. */
  for (guint i = 0; i < reference_cases->len; i++)
    if (!vw_reference_case_validate (g_ptr_array_index (reference_cases, i), error))
      return FALSE;

  db = _vw_case_repository_lock_writer (self, error);
  if (db == NULL)
    return FALSE;

  if (!vw_case_db_exec (db, "BEGIN IMMEDIATE", error))
    goto out;
  writer = _vw_case_writer_new (db, error);
  if (writer == NULL)
    goto rollback;

  for (guint i = 0; i < reference_cases->len; i++)
    {
      VwReferenceCase *reference_case = g_ptr_array_index (reference_cases, i);
      gboolean duplicate = FALSE;

      if ((i & 1023) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        goto rollback;
      if (!_vw_case_writer_insert (writer, reference_case, added, &duplicate, error))
        goto rollback;
      if (duplicate)
        n_duplicates++;
      else
        g_ptr_array_add (added_uids, g_strdup (vw_reference_case_get_uid (reference_case)));
    }

  g_clear_pointer (&writer, _vw_case_writer_free);
  if (!vw_case_db_exec (db, "COMMIT", error))
    goto rollback;

  for (guint i = 0; i < reference_cases->len; i++)
    {
      VwReferenceCase *reference_case = g_ptr_array_index (reference_cases, i);

      if (vw_reference_case_get_added (reference_case) == NULL)
        _vw_reference_case_set_stored (reference_case, vw_reference_case_get_uid (reference_case),
                                       vw_reference_case_get_fingerprint (reference_case), added);
    }

  if (report != NULL)
    {
      report->added += added_uids->len;
      report->duplicates += n_duplicates;
      if (report->added_uids == NULL)
        report->added_uids = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < added_uids->len; i++)
        g_ptr_array_add (report->added_uids, g_strdup (g_ptr_array_index (added_uids, i)));
    }
  ok = TRUE;
  goto out;

rollback:
  g_clear_pointer (&writer, _vw_case_writer_free);
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
out:
  _vw_case_repository_unlock_writer (self);
  return ok;
}

gboolean
vw_case_repository_add (VwCaseRepository  *self,
                        VwReferenceCase   *reference_case,
                        GError           **error)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new ();
  VwCaseImportReport report = { 0 };
  gboolean ok;

  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (reference_case), FALSE);

  g_ptr_array_add (cases, reference_case);
  ok = vw_case_repository_add_many (self, cases, &report, NULL, error);
  if (ok && report.duplicates > 0)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_DUPLICATE,
                   _("The repository already holds “%s”"),
                   vw_reference_case_get_title (reference_case));
      ok = FALSE;
    }
  vw_case_import_report_clear (&report);
  return ok;
}

VwReferenceCase *
vw_case_repository_get (VwCaseRepository  *self,
                        const char        *uid,
                        GError           **error)
{
  VwCaseConnection *connection;
  VwReferenceCase *reference_case = NULL;
  GError *local_error = NULL;
  gint64 id;

  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  connection = _vw_case_repository_borrow (self, error);
  if (connection == NULL)
    return NULL;

  id = _vw_case_store_find_id (connection->db, uid, &local_error);
  if (id > 0)
    reference_case = _vw_case_store_read (connection, id, &local_error);
  _vw_case_repository_give_back (self, connection);

  if (local_error != NULL)
    g_propagate_error (error, local_error);
  else if (reference_case == NULL)
    g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_FOUND,
                 _("There is no reference case “%s” in the repository"), uid);
  return reference_case;
}

gboolean
vw_case_repository_remove (VwCaseRepository  *self,
                           const char        *uid,
                           GError           **error)
{
  VwCaseWriter *writer = NULL;
  gboolean ok = FALSE;
  sqlite3 *db;

  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (uid != NULL, FALSE);

  db = _vw_case_repository_lock_writer (self, error);
  if (db == NULL)
    return FALSE;

  if (vw_case_db_exec (db, "BEGIN IMMEDIATE", error))
    {
      writer = _vw_case_writer_new (db, error);
      ok = writer != NULL && _vw_case_writer_remove (writer, uid, error);
      g_clear_pointer (&writer, _vw_case_writer_free);
      ok = ok && vw_case_db_exec (db, "COMMIT", error);
      if (!ok)
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
    }

  _vw_case_repository_unlock_writer (self);
  return ok;
}

void
vw_case_benchmark_clear (VwCaseBenchmark *benchmark)
{
  g_return_if_fail (benchmark != NULL);

  g_clear_pointer (&benchmark->unit, g_free);
  g_clear_pointer (&benchmark->kpi_name, g_free);
  benchmark->n_cases = 0;
  benchmark->median = benchmark->p10 = benchmark->p90 = NAN;
}

void
vw_case_import_report_clear (VwCaseImportReport *report)
{
  g_return_if_fail (report != NULL);

  g_clear_pointer (&report->added_uids, g_ptr_array_unref);
  report->added = 0;
  report->duplicates = 0;
}
