/* test-save.c: saving under faults, and drafts
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each fault ends the same way: a clear error, the file on disk untouched, the document still
 * dirty. Faults that need another user or a resource limit run in a forked child.
 */

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "vw-drafts.h"
#include "vw-test-util.h"

static char *tmp_dir;

static char *
read_file (const char *path)
{
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

static VwDocument *
saved_document (const char *name,
                GFile     **file_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  GFile *file = g_file_new_for_path (path);
  VwDocument *doc = vw_test_small_document ();

  g_assert_true (vw_vwb_save_file (doc, file, FALSE, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_object_unref (doc);

  /* reopen, as the app does: it remembers etag and checksum */
  doc = vw_vwb_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  *file_out = file;
  return doc;
}

static void
edit (VwDocument *doc)
{
  static int n;

  vw_document_set_input (doc, vw_document_find_variable (doc, "fuel_price"), "ours", 29.75 + n++);
  g_assert_true (vw_document_get_dirty (doc));
}

static void
test_save_and_reload (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(VwDocument) doc = saved_document ("plain.vwb", &file);
  g_autoptr(VwDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *old = read_file (path);
  GStatBuf st;

  g_assert_false (vw_document_get_dirty (doc));
  g_assert_nonnull (vw_document_get_etag (doc));

  /* a 0600 file stays 0600, and the backup keeps the old version */
  g_chmod (path, 0600);
  edit (doc);
  g_assert_true (vw_vwb_save_file (doc, file, TRUE, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (vw_document_get_dirty (doc));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    g_autofree char *backup_contents = read_file (backup);

    g_assert_cmpstr (backup_contents, ==, old);
  }

  /* saving twice in a row works: the new etag was kept */
  edit (doc);
  g_assert_true (vw_vwb_save_file (doc, file, FALSE, FALSE, NULL, &error));
  g_assert_no_error (error);

  again = vw_vwb_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (vw_document_equal (doc, again));
}

static void
test_changed_on_disk (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(VwDocument) doc = saved_document ("conflict.vwb", &file);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *now = NULL;
  const char *theirs = "someone else's version\n";

  edit (doc);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  /* make sure the mtime differs even on a coarse clock */
  g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, g_get_real_time () / G_USEC_PER_SEC + 10,
                               G_FILE_QUERY_INFO_NONE, NULL, NULL);

  g_assert_false (vw_vwb_save_file (doc, file, FALSE, FALSE, NULL, &error));
  g_assert_error (error, VW_IO_ERROR, VW_IO_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==,
                   "‘conflict.vwb’ has changed on disk since you opened it. Save a copy under "
                   "another name, or overwrite the other changes.");
  now = read_file (path);
  g_assert_cmpstr (now, ==, theirs);
  g_assert_true (vw_document_get_dirty (doc));

  /* the seller chose "Overwrite" */
  g_clear_error (&error);
  g_assert_true (vw_vwb_save_file (doc, file, FALSE, TRUE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (vw_document_get_dirty (doc));
}

/* cp -p keeps the mtime, so the etag matches: the checksum still notices. */
static void
test_changed_same_mtime (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(VwDocument) doc = saved_document ("copy-p.vwb", &file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *now = NULL;
  g_autofree char *mine = read_file (path);
  const char *theirs = "same mtime, other bytes\n";

  info = g_file_query_info (file, "time::*", G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  g_file_set_attributes_from_info (file, info, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  edit (doc);
  g_assert_false (vw_vwb_save_file (doc, file, FALSE, FALSE, NULL, &error));
  g_assert_error (error, VW_IO_ERROR, VW_IO_ERROR_CONFLICT);
  now = read_file (path);
  g_assert_cmpstr (now, ==, theirs);
  g_assert_true (vw_document_get_dirty (doc));
  g_assert_nonnull (mine);
}

static void
test_deleted_since_opening (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(VwDocument) doc = saved_document ("deleted.vwb", &file);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_delete (file, NULL, NULL));
  edit (doc);
  g_assert_false (vw_vwb_save_file (doc, file, FALSE, FALSE, NULL, &error));
  g_assert_error (error, VW_IO_ERROR, VW_IO_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==,
                   "‘deleted.vwb’ has been deleted or moved since you opened it. Save a copy "
                   "under another name, or save it again where it was.");
  g_assert_true (vw_document_get_dirty (doc));
  g_assert_false (g_file_query_exists (file, NULL));
}

static void
test_missing_folder (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  g_autofree char *path = g_build_filename (tmp_dir, "no-such-folder", "case.vwb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  edit (doc);
  g_assert_false (vw_vwb_save_file (doc, file, FALSE, FALSE, NULL, &error));
  g_assert_error (error, VW_IO_ERROR, VW_IO_ERROR_WRITE);
  expected = g_strdup_printf ("The folder of ‘%s’ does not exist (any more). Your work is not lost: "
                              "save a copy in another folder.", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (vw_document_get_dirty (doc));
}

/* Runs @func in a child process; the test passes when the child exits with 0. */
static void
in_child (void (*func) (gpointer), gpointer data)
{
  pid_t pid = fork ();
  int status = 0;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      func (data);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

#define CHILD_CHECK(cond) G_STMT_START { if (!(cond)) { g_printerr ("failed: %s\n", #cond); _exit (1); } } G_STMT_END

static void
save_in_read_only_folder (gpointer data)
{
  const char *folder = data;
  g_autofree char *path = g_build_filename (folder, "case.vwb", NULL);
  g_autofree char *before = read_file (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  /* root may write anywhere: become nobody, as a seller is */
  if (getuid () == 0)
    CHILD_CHECK (setgid (65534) == 0 && setuid (65534) == 0);

  doc = vw_vwb_load_file (file, NULL, NULL, &error);
  CHILD_CHECK (doc != NULL);
  edit (doc);
  CHILD_CHECK (!vw_vwb_save_file (doc, file, FALSE, FALSE, NULL, &error));
  CHILD_CHECK (g_error_matches (error, VW_IO_ERROR, VW_IO_ERROR_WRITE));
  CHILD_CHECK (strstr (error->message, "(permission denied). Your work is not lost") != NULL);
  CHILD_CHECK (vw_document_get_dirty (doc));
  after = read_file (path);
  CHILD_CHECK (g_strcmp0 (before, after) == 0);
}

static void
test_read_only_folder (void)
{
  g_autofree char *folder = g_build_filename (tmp_dir, "read-only", NULL);
  g_autofree char *path = g_build_filename (folder, "case.vwb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (vw_vwb_save_file (doc, file, FALSE, FALSE, NULL, &error));
  g_chmod (path, 0444);
  g_chmod (folder, 0555);
  g_chmod (tmp_dir, 0755);
  in_child (save_in_read_only_folder, folder);
  g_chmod (folder, 0755);
}

static void
save_on_full_disk (gpointer data)
{
  const char *path = data;
  g_autofree char *before = read_file (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  struct rlimit limit = { 4096, 4096 };

  doc = vw_vwb_load_file (file, NULL, NULL, &error);
  CHILD_CHECK (doc != NULL);
  /* make the document larger than the limit */
  for (int i = 0; i < 100; i++)
    vw_document_set_string (doc, VW_ITEM (vw_document_get_meta (doc)), "description",
                            "A long description of the case, repeated to exceed the quota. "
                            "A long description of the case, repeated to exceed the quota. "
                            "A long description of the case, repeated to exceed the quota. "
                            "A long description of the case, repeated to exceed the quota. "
                            "A long description of the case, repeated to exceed the quota. ");
  edit (doc);
  signal (SIGXFSZ, SIG_IGN);
  CHILD_CHECK (setrlimit (RLIMIT_FSIZE, &limit) == 0);
  {
    g_autofree char *big = g_strnfill (5000, 'x');
    vw_document_set_string (doc, VW_ITEM (vw_document_get_meta (doc)), "description", big);
  }

  CHILD_CHECK (!vw_vwb_save_file (doc, file, FALSE, FALSE, NULL, &error));
  CHILD_CHECK (g_error_matches (error, VW_IO_ERROR, VW_IO_ERROR_WRITE));
  CHILD_CHECK (strstr (error->message, "Your work is not lost") != NULL);
  CHILD_CHECK (vw_document_get_dirty (doc));
  after = read_file (path);
  CHILD_CHECK (g_strcmp0 (before, after) == 0);
}

static void
test_full_disk (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "full.vwb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  g_autoptr(GError) error = NULL;

  g_assert_true (vw_vwb_save_file (doc, file, FALSE, FALSE, NULL, &error));
  in_child (save_on_full_disk, path);
}

static void
test_drafts (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(VwDocument) doc = saved_document ("drafted.vwb", &file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(VwDocument) recovered = NULL;
  g_autofree char *dir = vw_drafts_get_dir ();
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *on_disk = NULL;
  g_autofree char *draft_path = NULL;
  g_autofree char *junk = g_build_filename (dir, "0f8fad5b-d9cb-469f-a165-70867728950e.vwb", NULL);
  g_autofree char *temp = NULL;
  VwDraftInfo *info;
  GStatBuf st;

  g_assert_true (g_str_has_prefix (dir, tmp_dir));
  on_disk = read_file (g_file_peek_path (file));

  edit (doc);
  g_assert_true (vw_drafts_write (doc, &error));
  g_assert_no_error (error);
  /* the user's file is never touched by a draft */
  {
    g_autofree char *still = read_file (g_file_peek_path (file));

    g_assert_cmpstr (still, ==, on_disk);
  }
  draft_path = g_strdup_printf ("%s/%s.vwb", dir, vw_document_get_draft_id (doc));
  g_assert_cmpint (g_stat (draft_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* an empty draft (a crash at the wrong moment) and a leftover temp file */
  g_assert_true (g_file_set_contents (junk, "", 0, NULL));
  temp = g_strconcat (draft_path, ".X1Y2Z3", NULL);
  g_assert_true (g_file_set_contents (temp, "partial", -1, NULL));

  drafts = vw_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 2);
  for (guint i = 0; i < drafts->len; i++)
    {
      info = g_ptr_array_index (drafts, i);
      if (strcmp (info->id, vw_document_get_draft_id (doc)) == 0)
        {
          g_assert_cmpstr (info->title, ==, "Test case");
          g_assert_cmpstr (info->original, ==, uri);
          g_assert_nonnull (info->written);
          g_assert_null (info->problem);
        }
      else
        {
          g_assert_null (info->title);
          g_assert_cmpstr (info->problem, ==, "The file is empty: it holds no value case.");
        }
    }

  recovered = vw_drafts_recover (vw_document_get_draft_id (doc), &error);
  g_assert_no_error (error);
  g_assert_true (vw_document_equal (doc, recovered));
  g_assert_true (vw_document_get_dirty (recovered));
  g_assert_true (g_file_equal (vw_document_get_file (recovered), file));
  g_assert_cmpstr (vw_document_get_draft_id (recovered), ==, vw_document_get_draft_id (doc));

  /* start-up removes what an interrupted draft write left, and nothing else */
  g_assert_cmpuint (vw_drafts_clean_temporaries (), ==, 1);
  g_assert_false (g_file_test (temp, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (draft_path, G_FILE_TEST_EXISTS));

  /* saving deletes the draft (the app does this after a save or a discard) */
  g_assert_true (vw_vwb_save_file (recovered, file, FALSE, TRUE, NULL, &error));
  g_assert_true (vw_drafts_remove (vw_document_get_draft_id (recovered), &error));
  g_assert_true (vw_drafts_remove ("0f8fad5b-d9cb-469f-a165-70867728950e", &error));
  g_assert_no_error (error);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = vw_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 0);

  /* an id that is not a UUID never becomes a path */
  g_assert_null (vw_drafts_recover ("../../etc/passwd", &error));
  g_assert_error (error, VW_IO_ERROR, VW_IO_ERROR_READ);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  VwDocument **out = data;
  GError *error = NULL;

  *out = vw_vwb_load_file_finish (result, &error);
  g_assert_no_error (error);
}

static void
on_refused (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  GError **out = data;

  g_assert_null (vw_vwb_load_file_finish (result, out));
}

/* Opening runs in a worker thread; the main loop keeps running. */
static void
test_load_async (void)
{
  g_autofree char *good = vw_test_source_path ("data", "samples", "power-plant.vwb", NULL);
  g_autofree char *bad = vw_test_source_path ("tests", "hostile", "billion-laughs.vwb", NULL);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  vw_vwb_load_file_async (good_file, NULL, on_loaded, &doc);
  vw_vwb_load_file_async (bad_file, NULL, on_refused, &error);
  while (doc == NULL || error == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)), "title"), ==,
                   "Power plant: lifecycle cost of electricity");
  g_assert_true (g_file_equal (vw_document_get_file (doc), good_file));
  g_assert_error (error, VW_IO_ERROR, VW_IO_ERROR_FORBIDDEN);
  g_assert_true (g_str_has_prefix (error->message, "Line 2: This file contains a document type"));
}

/* Above the size cap the file is refused from its size, before a byte is parsed. */
static void
test_open_refusals (void)
{
  g_autofree char *big = g_build_filename (tmp_dir, "huge.vwb", NULL);
  g_autoptr(GFile) big_file = g_file_new_for_path (big);
  g_autoptr(GFile) folder = g_file_new_for_path (tmp_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  FILE *f = fopen (big, "w");

  /* sparse: 17 MB on paper, nothing on disk */
  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), 17 * 1024 * 1024), ==, 0);
  fclose (f);
  g_assert_null (vw_vwb_load_file (big_file, NULL, NULL, &error));
  g_assert_error (error, VW_IO_ERROR, VW_IO_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "The file is too large ("));
  g_clear_error (&error);

  g_assert_null (vw_vwb_load_file (folder, NULL, NULL, &error));
  g_assert_error (error, VW_IO_ERROR, VW_IO_ERROR_READ);
  expected = g_strdup_printf ("‘%s’ is a folder, not a file.", tmp_dir);
  g_assert_cmpstr (error->message, ==, expected);
  g_unlink (big);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmp_dir = g_dir_make_tmp ("vw-save-XXXXXX", NULL);
  {
    g_autofree char *data_home = g_build_filename (tmp_dir, "data", NULL);

    /* before anything reads it: drafts go under the test's folder */
    g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  }

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/save/reload", test_save_and_reload);
  g_test_add_func ("/save/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/save/changed-same-mtime", test_changed_same_mtime);
  g_test_add_func ("/save/deleted-since-opening", test_deleted_since_opening);
  g_test_add_func ("/save/missing-folder", test_missing_folder);
  g_test_add_func ("/save/read-only-folder", test_read_only_folder);
  g_test_add_func ("/save/full-disk", test_full_disk);
  g_test_add_func ("/save/drafts", test_drafts);
  g_test_add_func ("/save/load-async", test_load_async);
  g_test_add_func ("/save/open-refusals", test_open_refusals);

  status = g_test_run ();

  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmp_dir);

    if (system (cmd) != 0)
      g_printerr ("could not remove %s\n", tmp_dir);
  }
  g_free (tmp_dir);

  return status;
}
