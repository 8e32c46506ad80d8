/* vw-vwb-file.c: opening and saving .vwb files on disk
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving follows reliability.md §3: g_file_replace_contents (temp file, fsync, rename, owner
 * and mode kept, optional name~ backup) with the etag read at open, a SHA-256 of the bytes
 * read at open (cp -p keeps the mtime and so defeats the etag), then an fsync of the folder so
 * the rename itself survives a power cut. A failed save leaves the original file untouched and
 * the document dirty.
 */

#define G_LOG_DOMAIN "vw-vwb"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "vw-vwb.h"

/* Reads at most VW_VWB_MAX_BYTES + 1 bytes, so a huge file costs no memory before refusal. */
static GBytes *
read_capped (GFile         *file,
             char         **etag,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GByteArray) bytes = NULL;

  in = g_file_read (file, cancellable, &local);
  if (in == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_READ, _("‘%s’ does not exist."), name);
      else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_READ, _("‘%s’ is a folder, not a file."), name);
      else
        g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_READ, _("‘%s’ could not be read: %s"),
                     name, local->message);
      return NULL;
    }

  info = g_file_input_stream_query_info (in, G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                         cancellable, NULL);
  if (info != NULL && g_file_info_get_size (info) > VW_VWB_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *cap = g_format_size (VW_VWB_MAX_BYTES);

      g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_TOO_LARGE,
                   _("The file is too large (%s); a value case is at most %s."), size, cap);
      return NULL;
    }

  /* Sized by what the file says, read in chunks: a file that grows while we read is still
   * stopped at the cap. */
  bytes = g_byte_array_sized_new (info ? (guint) MIN (g_file_info_get_size (info) + 1,
                                                      VW_VWB_MAX_BYTES + 1) : 65536);
  for (;;)
    {
      char chunk[64 * 1024];
      gssize n = g_input_stream_read (G_INPUT_STREAM (in), chunk, sizeof chunk, cancellable, &local);

      if (n < 0)
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_READ, _("‘%s’ could not be read: %s"),
                       name, local->message);
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (bytes, (const guint8 *) chunk, n);
      if (bytes->len > VW_VWB_MAX_BYTES)
        break;  /* vw_vwb_load_bytes() says "too large" */
    }

  if (etag != NULL)
    *etag = info ? g_strdup (g_file_info_get_etag (info)) : NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * vw_vwb_load_file:
 * @report: (out caller-allocates) (optional): see vw_vwb_load_bytes()
 *
 * Returns: (transfer full) (nullable): the document, remembering @file, its etag and the
 *   checksum of its bytes for the next save.
 */
VwDocument *
vw_vwb_load_file (GFile         *file,
                  GCancellable  *cancellable,
                  VwLoadReport  *report,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *checksum = NULL;
  VwDocument *doc;
  gsize len;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = read_capped (file, &etag, cancellable, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &len);
  doc = vw_vwb_load_bytes (data ? data : "", len, report, error);
  if (doc == NULL)
    return NULL;

  checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  vw_document_set_origin (doc, file, etag, checksum);

  return doc;
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  VwDocument *doc = vw_vwb_load_file (task_data, cancellable, NULL, &error);

  if (doc == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, doc, g_object_unref);
}

/**
 * vw_vwb_load_file_async:
 *
 * Loads in a worker thread, so a hostile file can never freeze the window.
 */
void
vw_vwb_load_file_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vw_vwb_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

VwDocument *
vw_vwb_load_file_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
fsync_folder (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = parent ? g_file_get_path (parent) : NULL;
  int fd;

  if (path == NULL)
    return;

  /* The rename is only durable once the folder's entry is on disk. */
  fd = g_open (path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static void
set_save_error (GError     **error,
                GFile       *file,
                GError      *local)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *basename = g_file_get_basename (file);

  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_CONFLICT,
                 _("‘%s’ has changed on disk since you opened it. Save a copy under another "
                   "name, or overwrite the other changes."), basename);
  else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_WRITE,
                 _("You may not save ‘%s’ in this folder (permission denied). Your work is not "
                   "lost: save a copy in another folder."), name);
  else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_WRITE,
                 _("The folder of ‘%s’ does not exist (any more). Your work is not lost: save a "
                   "copy in another folder."), name);
  else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_WRITE,
                 _("The disk is full: ‘%s’ could not be saved. Your work is not lost: free some "
                   "space or save a copy elsewhere."), name);
  else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_WRITE,
                 _("‘%s’ is on a disk that cannot be written. Your work is not lost: save a copy "
                   "elsewhere."), name);
  else
    g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_WRITE,
                 _("‘%s’ could not be saved (%s). Your work is not lost: the file on disk is "
                   "unchanged; save a copy elsewhere."), name, local->message);
}

/* g_file_replace_contents() of GLib 2.74 closes the stream after a failed write, and closing
 * commits: on a full disk (ENOSPC, EFBIG) it renamed the truncated temp file over the user's
 * document (seen under RLIMIT_FSIZE, see tests/model/test-save.c). So we write ourselves and,
 * on failure, close with a cancelled cancellable, which makes GIO drop the temp file instead. */
static gboolean
replace_contents (GFile         *file,
                  const char    *data,
                  gsize          len,
                  const char    *etag,
                  gboolean       make_backup,
                  char         **new_etag,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  gsize written = 0;

  out = g_file_replace (file, etag, make_backup, G_FILE_CREATE_NONE, cancellable, error);
  if (out == NULL)
    return FALSE;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), data, len, &written, cancellable, error))
    {
      abandon = g_cancellable_new ();
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error))
    return FALSE;

  *new_etag = g_file_output_stream_get_etag (out);

  return TRUE;
}

/**
 * vw_vwb_file_matches:
 * @file: a value case on disk
 * @checksum: the SHA-256 of the bytes the document was read from or last saved as
 * @cancellable: (nullable): a #GCancellable
 * @matches: (out): whether @file still holds exactly those bytes
 * @error: where an unreadable file is reported
 *
 * Compares what is on disk now with what the document knows, reading at most the loader's
 * size cap. `cp -p` keeps the modification time, so only the bytes tell. Blocks: call it from
 * a worker.
 *
 * Returns: %FALSE when @file cannot be read (deleted, unreadable, too large).
 */
gboolean
vw_vwb_file_matches (GFile         *file,
                     const char    *checksum,
                     GCancellable  *cancellable,
                     gboolean      *matches,
                     GError       **error)
{
  g_autoptr(GBytes) now = NULL;
  g_autofree char *now_sum = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (matches != NULL, FALSE);

  *matches = FALSE;
  now = read_capped (file, NULL, cancellable, error);
  if (now == NULL)
    return FALSE;

  now_sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, now);
  *matches = g_strcmp0 (now_sum, checksum) == 0;
  return TRUE;
}

/**
 * vw_vwb_save_file:
 * @file: where to save; when it is the file the document came from, a change made to it by
 *   someone else since is a %VW_IO_ERROR_CONFLICT unless @overwrite_changes
 * @make_backup: keep the previous version as `name~`
 *
 * Returns: %TRUE when saved; the document is then clean and remembers the new etag.
 */
gboolean
vw_vwb_save_file (VwDocument    *document,
                  GFile         *file,
                  gboolean       make_backup,
                  gboolean       overwrite_changes,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *data = NULL;
  g_autofree char *new_etag = NULL;
  g_autofree char *checksum = NULL;
  const char *etag = NULL;
  gboolean same;
  gsize len;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (vw_document_get_read_only (document))
    {
      g_set_error_literal (error, VW_IO_ERROR, VW_IO_ERROR_WRITE,
                           vw_document_get_read_only_reason (document));
      return FALSE;
    }

  same = vw_document_get_file (document) != NULL
         && g_file_equal (file, vw_document_get_file (document));

  if (same && !overwrite_changes && vw_document_get_checksum (document) != NULL)
    {
      g_autoptr(GError) read_error = NULL;
      gboolean matches = FALSE;
      gboolean readable;

      etag = vw_document_get_etag (document);
      readable = vw_vwb_file_matches (file, vw_document_get_checksum (document), cancellable,
                                      &matches, &read_error);

      if (!readable || !matches)
        {
          g_autofree char *basename = g_file_get_basename (file);

          if (!readable && !g_file_query_exists (file, cancellable))
            g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_CONFLICT,
                         _("‘%s’ has been deleted or moved since you opened it. Save a copy "
                           "under another name, or save it again where it was."), basename);
          else
            g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_CONFLICT,
                         _("‘%s’ has changed on disk since you opened it. Save a copy under "
                           "another name, or overwrite the other changes."), basename);
          return FALSE;
        }
    }

  data = vw_vwb_serialize (document, NULL, NULL, &len);

  if (!replace_contents (file, data, len, etag, make_backup, &new_etag, cancellable, &local))
    {
      set_save_error (error, file, local);
      return FALSE;
    }

  fsync_folder (file);

  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
  vw_document_set_origin (document, file, new_etag, checksum);
  vw_document_set_clean (document);

  return TRUE;
}
