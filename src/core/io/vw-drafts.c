/* vw-drafts.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A draft is the whole document in the .vwb format plus a <draft> element naming the file it
 * belongs to, written to $XDG_DATA_HOME/value-workbench/drafts/<uuid>.vwb, never into the
 * user's file: a live what-if session must not overwrite the baseline. Drafts are read back
 * through the same hostile-input loader as any file: they may be empty or damaged.
 */

#define G_LOG_DOMAIN "vw-drafts"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "vw-drafts.h"

void
vw_draft_info_free (VwDraftInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->id);
  g_free (info->path);
  g_free (info->title);
  g_free (info->original);
  g_clear_pointer (&info->written, g_date_time_unref);
  g_free (info->problem);
  g_free (info);
}

char *
vw_drafts_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "value-workbench", "drafts", NULL);
}

static char *
draft_path (const char *id)
{
  g_autofree char *dir = vw_drafts_get_dir ();
  g_autofree char *name = g_strconcat (id, ".vwb", NULL);

  return g_build_filename (dir, name, NULL);
}

/**
 * vw_drafts_write:
 *
 * Writes @document's draft atomically and durably, readable by the user only.
 */
gboolean
vw_drafts_write (VwDocument  *document,
                 GError     **error)
{
  g_autofree char *dir = vw_drafts_get_dir ();
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gsize len;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_WRITE,
                   _("The folder for unsaved work (%s) could not be created: %s"),
                   dir, g_strerror (saved));
      return FALSE;
    }

  if (vw_document_get_file (document) != NULL)
    original = g_file_get_uri (vw_document_get_file (document));
  written = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  data = vw_vwb_serialize (document, original, written, &len);
  path = draft_path (vw_document_get_draft_id (document));

  return g_file_set_contents_full (path, data, len,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

static gboolean
is_draft_name (const char *name)
{
  g_autofree char *id = NULL;

  /* Skips the temporary files of an interrupted write (name.vwb.XXXXXX). */
  if (!g_str_has_suffix (name, ".vwb"))
    return FALSE;
  id = g_strndup (name, strlen (name) - 4);

  return g_uuid_string_is_valid (id);
}

/* Newest first; by id when written in the same second, so the order is stable. */
static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const VwDraftInfo *x = *(VwDraftInfo * const *) a;
  const VwDraftInfo *y = *(VwDraftInfo * const *) b;
  int c = g_date_time_compare (y->written, x->written);

  return c != 0 ? c : strcmp (x->id, y->id);
}

/**
 * vw_drafts_list:
 *
 * Returns: (transfer full) (element-type VwDraftInfo): the drafts, newest first.
 */
GPtrArray *
vw_drafts_list (void)
{
  g_autofree char *dir_path = vw_drafts_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) vw_draft_info_free);
  const char *name;

  if (dir == NULL)
    return drafts;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(VwDocument) doc = NULL;
      VwLoadReport report = { 0 };
      VwDraftInfo *info;

      if (!is_draft_name (name))
        continue;

      info = g_new0 (VwDraftInfo, 1);
      info->id = g_strndup (name, strlen (name) - 4);
      info->path = g_build_filename (dir_path, name, NULL);
      file = g_file_new_for_path (info->path);
      doc = vw_vwb_load_file (file, NULL, &report, &error);
      if (doc != NULL)
        {
          info->title = g_strdup (vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)), "title"));
          info->original = g_strdup (report.draft_original);
          if (report.draft_written != NULL)
            info->written = g_date_time_new_from_iso8601 (report.draft_written, NULL);
        }
      else
        info->problem = g_strdup (error->message);
      if (info->written == NULL)
        {
          GStatBuf st;

          info->written = g_stat (info->path, &st) == 0
                          ? g_date_time_new_from_unix_utc (st.st_mtime)
                          : g_date_time_new_now_utc ();
        }
      vw_load_report_clear (&report);
      g_ptr_array_add (drafts, info);
    }

  g_ptr_array_sort (drafts, compare_newest_first);

  return drafts;
}

/**
 * vw_drafts_recover:
 *
 * Returns: (transfer full) (nullable): the draft's document, unsaved (dirty), keeping its
 *   draft id and the file it belongs to; the original file is not touched.
 */
VwDocument *
vw_drafts_recover (const char  *id,
                   GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  VwLoadReport report = { 0 };
  VwDocument *doc;

  g_return_val_if_fail (id != NULL, NULL);

  if (!g_uuid_string_is_valid (id))
    {
      g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_READ, _("There is no draft ‘%s’."), id);
      return NULL;
    }

  path = draft_path (id);
  file = g_file_new_for_path (path);
  doc = vw_vwb_load_file (file, NULL, &report, error);
  if (doc != NULL)
    {
      g_autoptr(GFile) original = report.draft_original
                                  ? g_file_new_for_uri (report.draft_original) : NULL;

      /* Not the draft's etag: the original's is unknown, so the next save checks nothing
       * against it; the original is only replaced when the seller saves. */
      vw_document_set_origin (doc, original, NULL, NULL);
      vw_document_set_draft_id (doc, id);
      vw_document_mark_unsaved (doc);
    }
  vw_load_report_clear (&report);

  return doc;
}

gboolean
vw_drafts_remove (const char  *id,
                  GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (id != NULL, FALSE);

  if (!g_uuid_string_is_valid (id))
    return TRUE;

  path = draft_path (id);
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved = errno;

      g_set_error (error, VW_IO_ERROR, VW_IO_ERROR_WRITE,
                   _("The draft %s could not be removed: %s"), path, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

/**
 * vw_drafts_clean_temporaries:
 *
 * Removes the temporary files that a draft write killed half-way leaves behind
 * (`<uuid>.vwb.XXXXXX`). Call once at start-up, before any draft is written.
 *
 * Returns: how many were removed
 */
guint
vw_drafts_clean_temporaries (void)
{
  g_autofree char *dir_path = vw_drafts_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint removed = 0;

  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      const char *dot = strstr (name, ".vwb.");
      g_autofree char *id = NULL;

      if (dot == NULL || strlen (dot) != strlen (".vwb.XXXXXX"))
        continue;
      id = g_strndup (name, dot - name);
      if (g_uuid_string_is_valid (id))
        {
          g_autofree char *path = g_build_filename (dir_path, name, NULL);

          removed += g_unlink (path) == 0;
        }
    }

  return removed;
}
