/* test-case-hostile.c: damaged and hostile databases and bundles, and schema migration
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every bad input gives a clear error and changes nothing: the file keeps its bytes, the
 * repository keeps its cases.
 */

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "vw-case-db-private.h"
#include "vw-cases-test-util.h"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static void
sql (const char *path,
     const char *statements)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, statements, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", statements, message);
  sqlite3_close (db);
}

/* A repository with two cases, closed (so the file alone holds it). */
static char *
make_repository (const char *name)
{
  g_autofree char *path = tmp_path (name);
  g_autoptr(VwCaseRepository) repository = NULL;
  g_autoptr(GError) error = NULL;

  repository = vw_case_repository_open (path, VW_CASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *title = g_strdup_printf ("Stored case %u", i);
      g_autoptr(VwReferenceCase) reference_case = vw_cases_test_make_case (
        title, "paper", "A long enough summary of what was delivered and verified.", "downtime",
        100, 60 + i);

      g_assert_true (vw_case_repository_add (repository, reference_case, &error));
    }
  g_clear_object (&repository);
  /* WAL checkpointed and removed on close. */
  return g_steal_pointer (&path);
}

static void
assert_refused (const char      *path,
                VwCaseOpenFlags  flags,
                int              code,
                const char      *in_message)
{
  g_autofree char *before = vw_cases_test_sha256_file (path);
  g_autofree char *after = NULL;
  g_autoptr(VwCaseRepository) repository = NULL;
  g_autoptr(GError) error = NULL;

  repository = vw_case_repository_open (path, flags, &error);
  g_assert_null (repository);
  g_assert_error (error, VW_CASE_ERROR, code);
  if (in_message != NULL && strstr (error->message, in_message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, in_message);
  g_assert_nonnull (strstr (error->message, path));

  after = vw_cases_test_sha256_file (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_not_a_database (void)
{
  g_autofree char *random_path = tmp_path ("random.sqlite");
  g_autofree char *text_path = tmp_path ("text.sqlite");
  g_autofree char *other_path = tmp_path ("other-app.sqlite");
  g_autofree char *garbage = g_malloc (8192);

  for (guint i = 0; i < 8192; i++)
    garbage[i] = (char) g_test_rand_int_range (0, 256);
  g_assert_true (g_file_set_contents (random_path, garbage, 8192, NULL));
  g_assert_true (g_file_set_contents (text_path, "just some notes\n", -1, NULL));
  sql (other_path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");

  assert_refused (random_path, VW_CASE_OPEN_DEFAULT, VW_CASE_ERROR_NOT_A_DATABASE, NULL);
  assert_refused (text_path, VW_CASE_OPEN_DEFAULT, VW_CASE_ERROR_NOT_A_DATABASE, NULL);
  assert_refused (other_path, VW_CASE_OPEN_DEFAULT, VW_CASE_ERROR_NOT_A_DATABASE,
                  "another application");
}

/* Things a case repository never holds: a trigger (which would run on our inserts), a view,
 * a table, a changed table definition. */
static void
test_hostile_schema (void)
{
  static const struct { const char *name; const char *sql; const char *message; } cases[] = {
    { "trigger.sqlite",
      "CREATE TRIGGER steal AFTER INSERT ON reference_case BEGIN"
      " UPDATE repository_info SET value = new.summary; END;", "trigger “steal”" },
    { "view.sqlite", "CREATE VIEW everything AS SELECT * FROM reference_case;", "view" },
    { "table.sqlite", "CREATE TABLE extra (x);", "table “extra”" },
    { "column.sqlite", "ALTER TABLE case_tag ADD COLUMN payload TEXT;", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = make_repository (cases[i].name);

      sql (path, cases[i].sql);
      assert_refused (path, VW_CASE_OPEN_DEFAULT, VW_CASE_ERROR_NOT_A_DATABASE, cases[i].message);
      assert_refused (path, VW_CASE_OPEN_READ_ONLY, VW_CASE_ERROR_NOT_A_DATABASE, NULL);
    }
}

static void
test_newer_version (void)
{
  g_autofree char *path = make_repository ("newer.sqlite");

  sql (path, "PRAGMA user_version = 99;");
  assert_refused (path, VW_CASE_OPEN_DEFAULT, VW_CASE_ERROR_NEWER_VERSION, "newer version");
}

/* Damaged pages: found by the check that imports always run. */
static void
test_damaged_pages (void)
{
  g_autofree char *path = make_repository ("damaged.sqlite");
  g_autofree char *contents = NULL;
  g_autoptr(VwCaseRepository) mine = NULL;
  g_autofree char *mine_path = tmp_path ("mine-for-damaged.sqlite");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gsize length;

  /* Scribble over the page header of every page after the first (whose schema stays
   * readable, so only a page check finds the damage). */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  for (gsize offset = 4096; offset + 64 < length; offset += 4096)
    memset (contents + offset, 0x5a, 8);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  assert_refused (path, VW_CASE_OPEN_CHECK, VW_CASE_ERROR_NOT_A_DATABASE, NULL);

  mine = vw_case_repository_open (mine_path, VW_CASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (vw_case_repository_import_file (mine, file, NULL, NULL, NULL, &error));
  g_assert_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_A_DATABASE);
  g_assert_cmpuint (vw_case_repository_count (mine, NULL), ==, 0);
}

/* Version 1 (before facets) is migrated on open: facet codes filled in, the index rebuilt; a
 * read-only open refuses to migrate. */
static void
test_migration_from_v1 (void)
{
  g_autofree char *path = tmp_path ("v1.sqlite");
  g_autofree char *statements = NULL;
  g_autoptr(VwCaseRepository) repository = NULL;
  g_autoptr(VwCaseSearchResults) results = NULL;
  g_autoptr(VwReferenceCase) read = NULL;
  VwCaseQuery query = { .text = "conveyor", .industry = "mining" };
  g_autoptr(GError) error = NULL;
  GPtrArray *facets;

  statements = g_strdup_printf ("%s PRAGMA application_id = %d; PRAGMA user_version = 1;",
                                vw_case_db_schema_sql (1), VW_CASE_APPLICATION_ID);
  sql (path, statements);
  sql (path,
       "INSERT INTO reference_case VALUES (1, 'c1111111111111111', 'f1', 'Conveyor uptime',"
       " 'Belt conveyors at a mine', '', 'Mining · Fewer stops', 'EUR', 1, '2026-01-01T00:00:00Z');"
       "INSERT INTO reference_case VALUES (2, 'c2222222222222222', 'f2', 'Conveyor energy',"
       " 'Conveyor drives at a mill', '', 'Paper', 'EUR', 0, '2026-01-02T00:00:00Z');"
       "INSERT INTO case_tag VALUES (1, 0, 0, 'mining', 'Mining'), (1, 1, 1, 'uptime', 'Fewer stops'),"
       " (1, 2, 2, 'downtime', 'Downtime'), (2, 0, 0, 'paper', 'Paper');"
       "INSERT INTO case_figure VALUES (1, 0, 'downtime', 'Downtime', 'h', 0, 400, 300, 260, '2025'),"
       " (2, 0, 'energy', 'Energy', 'MWh', 0, 100, 90, 85, '2025');"
       "INSERT INTO case_fts (rowid, title, tags_text, summary, story)"
       " SELECT id, title, tags_text, summary, story FROM reference_case;");

  /* Read-only: cannot migrate, says so, changes nothing. */
  assert_refused (path, VW_CASE_OPEN_READ_ONLY, VW_CASE_ERROR_READ_ONLY, "older version");

  repository = vw_case_repository_open (path, VW_CASE_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vw_case_repository_get_schema_version (repository), ==,
                   VW_CASE_SCHEMA_VERSION);

  results = vw_case_repository_search (repository, &query, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 1);
  facets = vw_case_search_results_get_facets (results, VW_CASE_TAG_ELEMENT);
  g_assert_cmpuint (facets->len, ==, 1);
  g_assert_cmpstr (((VwCaseTag *) g_ptr_array_index (facets, 0))->key, ==, "uptime");
  g_clear_object (&results);

  query.industry = NULL;
  results = vw_case_repository_search (repository, &query, NULL, &error);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 2);

  read = vw_case_repository_get (repository, "c1111111111111111", &error);
  g_assert_no_error (error);
  g_assert_true (vw_reference_case_get_sample (read));
  g_assert_cmpfloat (((VwCaseFigure *) g_ptr_array_index (
                        vw_reference_case_get_figures (read), 0))->realized, ==, 260);

  /* Opened again: nothing left to migrate, and a migrated database passes the exact schema
   * comparison with a new one. */
  g_clear_object (&repository);
  repository = vw_case_repository_open (path, VW_CASE_OPEN_CHECK, &error);
  g_assert_no_error (error);
}

static gint64
query_count (const char *path,
             const char *statement)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *s = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, statement, -1, &s, NULL), ==, SQLITE_OK);
  if (sqlite3_step (s) == SQLITE_ROW)
    value = sqlite3_column_int64 (s, 0);
  sqlite3_finalize (s);
  sqlite3_close (db);
  return value;
}

/* Version 2 (facet terms in the index) is migrated on open: the terms leave the index and the
 * case table, the index is rebuilt from the cases, the facets come from the stored codes. */
static void
test_migration_from_v2 (void)
{
  g_autofree char *path = tmp_path ("v2.sqlite");
  g_autofree char *statements = NULL;
  g_autoptr(VwCaseRepository) repository = NULL;
  g_autoptr(VwCaseSearchResults) results = NULL;
  VwCaseQuery query = { .text = "conveyor", .element = "uptime" };
  g_autoptr(GError) error = NULL;
  GPtrArray *facets;

  statements = g_strdup_printf ("%s %s PRAGMA application_id = %d; PRAGMA user_version = 2;",
                                vw_case_db_schema_sql (1), vw_case_db_schema_sql (2),
                                VW_CASE_APPLICATION_ID);
  sql (path, statements);
  /* Codes 1 mining, 2 uptime, 3 paper; the blobs are little-endian 32-bit codes. */
  sql (path,
       "INSERT INTO facet_value VALUES (1, 0, 'mining', 'Mining'), (2, 1, 'uptime', 'Fewer stops'),"
       " (3, 0, 'paper', 'Paper');"
       "INSERT INTO reference_case VALUES (1, 'c1111111111111111', 'f1', 'Conveyor uptime',"
       " 'Belt conveyors at a mine', '', 'Mining · Fewer stops', 'EUR', 0,"
       " '2026-01-01T00:00:00Z', 'vwf1 vwf2', X'0100000002000000');"
       "INSERT INTO reference_case VALUES (2, 'c2222222222222222', 'f2', 'Conveyor energy',"
       " 'Conveyor drives at a mill', '', 'Paper', 'EUR', 0, '2026-01-02T00:00:00Z', 'vwf3',"
       " X'03000000');"
       "INSERT INTO case_tag VALUES (1, 0, 0, 'mining', 'Mining'), (1, 1, 1, 'uptime', 'Fewer stops'),"
       " (2, 0, 0, 'paper', 'Paper');"
       "INSERT INTO case_figure VALUES (1, 0, 'downtime', 'Downtime', 'h', 0, 400, 300, 260, '2025'),"
       " (2, 0, 'energy', 'Energy', 'MWh', 0, 100, 90, 85, '2025');"
       "INSERT INTO case_fts (rowid, title, tags_text, summary, story, facet_terms)"
       " SELECT id, title, tags_text, summary, story, facet_terms FROM reference_case;");
  g_assert_cmpint (query_count (path, "SELECT count (*) FROM case_fts WHERE case_fts MATCH 'vwf2'"),
                   ==, 1);

  assert_refused (path, VW_CASE_OPEN_READ_ONLY, VW_CASE_ERROR_READ_ONLY, "older version");

  repository = vw_case_repository_open (path, VW_CASE_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vw_case_repository_get_schema_version (repository), ==, 3);

  results = vw_case_repository_search (repository, &query, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 1);
  facets = vw_case_search_results_get_facets (results, VW_CASE_TAG_INDUSTRY);
  g_assert_cmpuint (facets->len, ==, 1);
  g_assert_cmpstr (((VwCaseTag *) g_ptr_array_index (facets, 0))->key, ==, "mining");
  g_clear_object (&results);

  /* Every word of the cases is found again; a facet term no longer is. */
  query.element = NULL;
  results = vw_case_repository_search (repository, &query, NULL, &error);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 2);
  g_clear_object (&results);
  query.text = "drives mill";
  results = vw_case_repository_search (repository, &query, NULL, &error);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 1);
  g_clear_object (&results);
  query.text = "vwf2 ";
  results = vw_case_repository_search (repository, &query, NULL, &error);
  g_assert_cmpuint (vw_case_search_results_get_total (results), ==, 0);
  g_clear_object (&results);

  /* Opened again: nothing left to migrate, the exact schema of a new database. */
  g_clear_object (&repository);
  repository = vw_case_repository_open (path, VW_CASE_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_clear_object (&repository);
  g_assert_cmpint (query_count (path, "SELECT count (*) FROM pragma_table_info ('reference_case')"
                                      " WHERE name = 'facet_terms'"), ==, 0);
  g_assert_cmpint (query_count (path, "SELECT count (*) FROM case_fts WHERE case_fts MATCH"
                                      " 'conveyor'"), ==, 2);
}

static VwCaseRepository *
repository_with_one_case (const char *name)
{
  g_autofree char *path = tmp_path (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(VwReferenceCase) reference_case = NULL;
  VwCaseRepository *repository = vw_case_repository_open (path, VW_CASE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  reference_case = vw_cases_test_make_case ("Already here", "energy", "", "downtime", 10, 5);
  g_assert_true (vw_case_repository_add (repository, reference_case, &error));
  return repository;
}

static const char valid_case[] =
  "  <case><title>Fine</title><tag kind=\"industry\" key=\"paper\" label=\"Paper\"/>"
  "<figure kpi=\"oee\" name=\"OEE\" baseline=\"0.7\" realized=\"0.8\"/></case>\n";

#define HEADER "<?xml version=\"1.0\"?>\n<value-cases xmlns=\"" \
               "https://valueworkbench.github.io/ns/vwcases/1\" version=\"1\">\n"

static void
test_hostile_bundles (void)
{
  static const struct { const char *name; const char *body; const char *message; } bundles[] = {
    { "billion-laughs", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<value-cases>&lol1;"
      "</value-cases>", "line 2: the file contains a declaration" },
    { "xxe", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
      "<value-cases>&x;</value-cases>", "declaration" },
    { "truncated", HEADER "  <case><title>Cut", "not well-formed" },
    { "bad-number", HEADER "  <case><title>T</title><tag kind=\"industry\" key=\"paper\"/>\n"
      "<figure kpi=\"oee\" realized=\"nan\"/></case>\n</value-cases>",
      "line 4: the attribute “realized” of <figure> must be a number, found “nan”" },
    { "comma-number", HEADER "  <case><title>T</title><tag kind=\"industry\" key=\"paper\"/>"
      "<figure kpi=\"oee\" realized=\"1,5\"/></case>\n</value-cases>", "found “1,5”" },
    { "unknown-element", HEADER "  <case><title>T</title><script/></case></value-cases>",
      "<script> does not belong here" },
    { "unknown-attribute", HEADER "  <case onload=\"x\"><title>T</title></case></value-cases>",
      "unknown attribute “onload”" },
    { "second-invalid", HEADER "  <case><title>Fine</title><tag kind=\"industry\" key=\"paper\"/>"
      "<figure kpi=\"oee\" realized=\"0.8\"/></case>\n  <case><title>No figure</title>"
      "<tag kind=\"industry\" key=\"paper\"/></case>\n</value-cases>", "line 4" },
    { "unknown-industry", HEADER "  <case><title>T</title><tag kind=\"industry\" key=\"crypto\"/>"
      "<figure kpi=\"oee\" realized=\"0.8\"/></case></value-cases>", "industry “crypto”" },
    { "bad-key", HEADER "  <case><title>T</title><tag kind=\"industry\" key=\"paper\"/>"
      "<tag kind=\"kpi\" key=\"Robert'); DROP TABLE\"/>"
      "<figure kpi=\"oee\" realized=\"0.8\"/></case></value-cases>", "is not valid" },
    { "control-character", HEADER "  <case><title>T&#1;</title></case></value-cases>",
      "not well-formed" },
    { "wrong-namespace", "<value-cases version=\"1\"><case/></value-cases>",
      "not an element of case bundles" },
    { "newer-version", "<value-cases xmlns=\"https://valueworkbench.github.io/ns/vwcases/1\""
      " version=\"2\"/>", "reads version 1" },
    { "invalid-utf8", HEADER "  <case><title>caf\xc3\x28</title></case></value-cases>",
      "not valid UTF-8" },
    { "gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00", "neither a case bundle" },
    { "empty", "", "neither a case bundle" },
  };
  g_autoptr(VwCaseRepository) repository = repository_with_one_case ("target.sqlite");

  for (guint i = 0; i < G_N_ELEMENTS (bundles); i++)
    {
      g_autofree char *name = g_strconcat (bundles[i].name, ".vwcases", NULL);
      g_autofree char *path = tmp_path (name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, bundles[i].body, -1, NULL));
      g_assert_false (vw_case_repository_import_file (repository, file, NULL, NULL, NULL, &error));
      g_assert_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID_BUNDLE);
      if (strstr (error->message, bundles[i].message) == NULL)
        g_error ("%s: “%s” does not say “%s”", bundles[i].name, error->message, bundles[i].message);
      g_assert_cmpuint (vw_case_repository_count (repository, NULL), ==, 1);
    }

  /* And a valid bundle after all that is fine. */
  {
    g_autofree char *path = tmp_path ("valid.vwcases");
    g_autofree char *body = g_strconcat (HEADER, valid_case, "</value-cases>\n", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;

    g_assert_true (g_file_set_contents (path, body, -1, NULL));
    g_assert_true (vw_case_repository_import_file (repository, file, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (vw_case_repository_count (repository, NULL), ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = vw_cases_test_tmpdir ();

  g_test_add_func ("/cases/hostile/not-a-database", test_not_a_database);
  g_test_add_func ("/cases/hostile/schema", test_hostile_schema);
  g_test_add_func ("/cases/hostile/newer-version", test_newer_version);
  g_test_add_func ("/cases/hostile/damaged-pages", test_damaged_pages);
  g_test_add_func ("/cases/hostile/bundles", test_hostile_bundles);
  g_test_add_func ("/cases/migration/from-v1", test_migration_from_v1);
  g_test_add_func ("/cases/migration/from-v2", test_migration_from_v2);

  status = g_test_run ();
  vw_cases_test_rmdir (tmpdir);
  return status;
}
