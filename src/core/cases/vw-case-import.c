/* vw-case-import.c: importing bundles, value cases and other repositories; exporting; samples
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-cases"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vw-case-bundle-private.h"
#include "vw-case-repository-private.h"
#include "vw-vwb.h"

#define SAMPLES_SEEDED_KEY "samples-seeded"

static const char sqlite_magic[16] = "SQLite format 3";

/* What the first bytes say the file is. */
typedef enum
{
  FILE_BUNDLE,
  FILE_VALUE_CASE,
  FILE_DATABASE,
  FILE_UNKNOWN,
} FileKind;

static FileKind
sniff (const char *data,
       gsize       length)
{
  const char *p = data, *end = data + length;

  if (length >= sizeof sqlite_magic && memcmp (data, sqlite_magic, sizeof sqlite_magic) == 0)
    return FILE_DATABASE;

  /* The root element's name: after the XML declaration and comments. */
  while (p < end)
    {
      p = memchr (p, '<', end - p);
      if (p == NULL || p + 1 >= end)
        return FILE_UNKNOWN;
      if (p[1] != '?' && p[1] != '!')
        break;
      p++;
    }
  if (p == NULL || p >= end)
    return FILE_UNKNOWN;
  if (end - p > 13 && strncmp (p, "<value-cases", 12) == 0 && !g_ascii_isalnum (p[12]))
    return FILE_BUNDLE;
  if (end - p > 12 && strncmp (p, "<value-case", 11) == 0 && !g_ascii_isalnum (p[11])
      && p[11] != '-')
    return FILE_VALUE_CASE;
  return FILE_UNKNOWN;
}

static void
remove_copy (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (dir);
}

static gboolean
read_cases_from_database (VwCaseRepository  *self,
                          const char        *path,
                          GPtrArray        **cases,
                          GCancellable      *cancellable,
                          GError           **error)
{
  g_autoptr(VwCaseRepository) other = NULL;
  g_autofree char *copy_dir = NULL, *copy_path = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  VwCaseConnection *connection;
  sqlite3_stmt *s;
  int status;

  if (g_strcmp0 (path, vw_case_repository_get_path (self)) == 0)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID,
                   _("“%s” is this repository itself"), path);
      return FALSE;
    }

  /* Someone else's database is never changed: a private copy is checked (every page and the
   * index), migrated if it is older, and read. */
  copy_dir = g_dir_make_tmp ("vw-cases-import-XXXXXX", error);
  if (copy_dir == NULL)
    return FALSE;
  copy_path = g_build_filename (copy_dir, "import.sqlite", NULL);
  {
    g_autoptr(GFile) from = g_file_new_for_path (path);
    g_autoptr(GFile) to = g_file_new_for_path (copy_path);

    if (g_file_copy (from, to, G_FILE_COPY_NONE, cancellable, NULL, NULL, error))
      other = vw_case_repository_open (copy_path, VW_CASE_OPEN_CHECK, error);
  }
  if (other == NULL)
    {
      remove_copy (copy_dir);
      return FALSE;
    }

  connection = _vw_case_repository_borrow (other, error);
  if (connection == NULL)
    {
      g_clear_object (&other);
      remove_copy (copy_dir);
      return FALSE;
    }
  s = vw_case_db_prepare_statement (connection->db, "SELECT id FROM reference_case ORDER BY id",
                                    error);
  if (s == NULL)
    status = SQLITE_ERROR;
  else
    status = SQLITE_ROW;
  while (s != NULL && (status = sqlite3_step (s)) == SQLITE_ROW)
    {
      VwReferenceCase *reference_case;

      reference_case = _vw_case_store_read (connection, sqlite3_column_int64 (s, 0), error);
      if (reference_case == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_clear_object (&reference_case);
          status = SQLITE_ABORT;
          break;
        }
      g_ptr_array_add (found, reference_case);
    }
  sqlite3_finalize (s);
  if (s != NULL && status != SQLITE_DONE && status != SQLITE_ABORT)
    vw_case_db_set_error (error, connection->db, _("Reading the case repository"));
  _vw_case_repository_give_back (other, connection);
  g_clear_object (&other);
  remove_copy (copy_dir);

  if (status != SQLITE_DONE)
    return FALSE;
  *cases = g_steal_pointer (&found);
  return TRUE;
}

gboolean
vw_case_repository_import_file (VwCaseRepository              *self,
                                GFile                         *file,
                                const VwCasePromotionOptions  *options,
                                VwCaseImportReport            *report,
                                GCancellable                  *cancellable,
                                GError                       **error)
{
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);

  /* Never more than the cap + 1 byte, so a huge file is refused without reading it all. */
  input = g_file_read (file, cancellable, error);
  if (input == NULL)
    return FALSE;
  {
    g_autoptr(GError) read_error = NULL;

    bytes = g_input_stream_read_bytes (G_INPUT_STREAM (input), VW_CASE_BUNDLE_MAX_BYTES + 1,
                                       cancellable, &read_error);
    if (bytes == NULL)
      {
        g_propagate_error (error, g_steal_pointer (&read_error));
        return FALSE;
      }
  }
  data = g_bytes_get_data (bytes, &length);

  switch (sniff (data, length))
    {
    case FILE_DATABASE:
      {
        g_autofree char *path = g_file_get_path (file);

        g_clear_pointer (&bytes, g_bytes_unref);
        if (path == NULL || !read_cases_from_database (self, path, &cases, cancellable, error))
          {
            if (path == NULL)
              g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID,
                           _("%s: a case repository must be a local file"), name);
            return FALSE;
          }
      }
      break;

    case FILE_VALUE_CASE:
      {
        g_autoptr(VwDocument) document = NULL;
        VwReferenceCase *reference_case;

        document = vw_vwb_load_bytes (data, length, NULL, error);
        if (document == NULL)
          return FALSE;
        reference_case = vw_case_promote (document, options, NULL, error);
        if (reference_case == NULL)
          return FALSE;
        cases = g_ptr_array_new_with_free_func (g_object_unref);
        g_ptr_array_add (cases, reference_case);
      }
      break;

    case FILE_BUNDLE:
      cases = _vw_case_bundle_parse (data, length, name, cancellable, error);
      if (cases == NULL)
        return FALSE;
      break;

    case FILE_UNKNOWN:
    default:
      if (length > VW_CASE_BUNDLE_MAX_BYTES)
        g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID_BUNDLE,
                     _("%s: the file is larger than %d MB; nothing was imported"), name,
                     VW_CASE_BUNDLE_MAX_BYTES >> 20);
      else
        g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID_BUNDLE,
                     _("%s is neither a case bundle, a value case nor a case repository; "
                       "nothing was imported"), name);
      return FALSE;
    }

  return vw_case_repository_add_many (self, cases, report, cancellable, error);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  VwCaseImportReport *report = g_new0 (VwCaseImportReport, 1);
  GError *error = NULL;

  if (vw_case_repository_import_file (source_object, task_data, NULL, report, cancellable,
                                      &error))
    g_task_return_pointer (task, report, (GDestroyNotify) vw_case_import_report_clear);
  else
    {
      vw_case_import_report_clear (report);
      g_free (report);
      g_task_return_error (task, error);
    }
}

void
vw_case_repository_import_file_async (VwCaseRepository    *self,
                                      GFile               *file,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (VW_IS_CASE_REPOSITORY (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, vw_case_repository_import_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, import_thread);
}

int
vw_case_repository_import_file_finish (VwCaseRepository  *self,
                                       GAsyncResult      *result,
                                       guint             *duplicates,
                                       GError           **error)
{
  VwCaseImportReport *report;
  int added;

  g_return_val_if_fail (g_task_is_valid (result, self), -1);

  report = g_task_propagate_pointer (G_TASK (result), error);
  if (report == NULL)
    return -1;

  added = report->added;
  if (duplicates != NULL)
    *duplicates = report->duplicates;
  vw_case_import_report_clear (report);
  g_free (report);
  return added;
}

gboolean
vw_case_repository_export_bundle (VwCaseRepository    *self,
                                  GFile               *file,
                                  const char * const  *uids,
                                  guint               *n_exported,
                                  GCancellable        *cancellable,
                                  GError             **error)
{
  g_autoptr(GString) out = g_string_new (VW_CASE_BUNDLE_HEADER);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  VwCaseConnection *connection;
  gboolean ok = FALSE;
  guint n = 0;

  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  connection = _vw_case_repository_borrow (self, error);
  if (connection == NULL)
    return FALSE;

  /* One snapshot: an import running meanwhile is either all in the bundle or not at all. */
  if (!vw_case_db_exec (connection->db, "BEGIN", error))
    goto out;

  if (uids == NULL)
    {
      sqlite3_stmt *s = vw_case_db_prepare_statement (connection->db,
                                                      "SELECT id FROM reference_case ORDER BY id",
                                                      error);
      if (s == NULL)
        goto out;
      while (sqlite3_step (s) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (s, 0);
          g_array_append_val (ids, id);
        }
      sqlite3_finalize (s);
    }
  else
    for (guint i = 0; uids[i] != NULL; i++)
      {
        gint64 id = _vw_case_store_find_id (connection->db, uids[i], error);

        if (id < 0)
          goto out;
        if (id == 0)
          {
            g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_FOUND,
                         _("There is no reference case “%s” in the repository"), uids[i]);
            goto out;
          }
        g_array_append_val (ids, id);
      }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(VwReferenceCase) reference_case = NULL;

      if ((i & 1023) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
      reference_case = _vw_case_store_read (connection, g_array_index (ids, gint64, i), error);
      if (reference_case == NULL)
        goto out;
      _vw_case_bundle_append (out, reference_case);
      n++;
    }
  g_string_append (out, VW_CASE_BUNDLE_FOOTER);
  ok = TRUE;

out:
  _vw_case_repository_give_back (self, connection);
  if (!ok)
    return FALSE;

  /* Replaced atomically: a crash leaves the old file or the new one. */
  if (!g_file_replace_contents (file, out->str, out->len, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                cancellable, error))
    return FALSE;
  if (n_exported != NULL)
    *n_exported = n;
  return TRUE;
}

static gboolean
get_info (VwCaseRepository  *self,
          const char        *key,
          gboolean          *present,
          GError           **error)
{
  VwCaseConnection *connection = _vw_case_repository_borrow (self, error);
  sqlite3_stmt *s;

  if (connection == NULL)
    return FALSE;
  s = vw_case_db_prepare_statement (connection->db,
                                    "SELECT 1 FROM repository_info WHERE key = ?1", error);
  if (s != NULL)
    {
      sqlite3_bind_text (s, 1, key, -1, SQLITE_STATIC);
      *present = sqlite3_step (s) == SQLITE_ROW;
      sqlite3_finalize (s);
    }
  _vw_case_repository_give_back (self, connection);
  return s != NULL;
}

static gboolean
set_info (VwCaseRepository  *self,
          const char        *key,
          const char        *value,
          GError           **error)
{
  sqlite3 *db = _vw_case_repository_lock_writer (self, error);
  sqlite3_stmt *s;
  gboolean ok = FALSE;

  if (db == NULL)
    return FALSE;
  s = vw_case_db_prepare_statement (db,
                                    "INSERT OR REPLACE INTO repository_info (key, value)"
                                    " VALUES (?1, ?2)",
                                    error);
  if (s != NULL)
    {
      sqlite3_bind_text (s, 1, key, -1, SQLITE_STATIC);
      sqlite3_bind_text (s, 2, value, -1, SQLITE_STATIC);
      ok = sqlite3_step (s) == SQLITE_DONE;
      if (!ok)
        vw_case_db_set_error (error, db, _("Updating the case repository"));
      sqlite3_finalize (s);
    }
  _vw_case_repository_unlock_writer (self);
  return ok;
}

gboolean
vw_case_repository_seed_samples (VwCaseRepository  *self,
                                 GFile             *bundle,
                                 guint             *n_added,
                                 GError           **error)
{
  g_autoptr(GFile) installed = NULL;
  VwCaseImportReport report = { 0 };
  gboolean seeded = FALSE;

  g_return_val_if_fail (VW_IS_CASE_REPOSITORY (self), FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if (!get_info (self, SAMPLES_SEEDED_KEY, &seeded, error))
    return FALSE;
  if (seeded)
    return TRUE;

  if (bundle == NULL)
    bundle = installed = g_file_new_build_filename (PKGDATADIR, "cases", "samples.vwcases", NULL);

  /* A crash between the import and the mark imports again next time: all duplicates. */
  if (!vw_case_repository_import_file (self, bundle, NULL, &report, NULL, error))
    return FALSE;
  if (n_added != NULL)
    *n_added = report.added;
  vw_case_import_report_clear (&report);

  return set_info (self, SAMPLES_SEEDED_KEY, "1", error);
}
