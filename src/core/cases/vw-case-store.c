/* vw-case-store.c: the rows of one reference case (write and read)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case is a row of reference_case, its tags and figures, and its row of the external-content
 * full-text index, all written in the caller's transaction. Facet tags (industry, value
 * element, KPI, dimension) get a small integer code (facet_value); the case keeps its codes
 * as a blob, what the search filters and counts facets from.
 */

#define G_LOG_DOMAIN "vw-cases"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "vw-case-repository-private.h"

enum
{
  FIND_UID,
  INSERT_CASE,
  INSERT_FTS,
  INSERT_TAG,
  INSERT_FIGURE,
  FIND_FACET,
  INSERT_FACET,
  DELETE_FTS,
  DELETE_CASE,
  BUMP_GENERATION,
  N_STATEMENTS
};

static const char * const statement_sql[N_STATEMENTS] = {
  [FIND_UID] = "SELECT id FROM reference_case WHERE uid = ?1",
  [INSERT_CASE] = "INSERT INTO reference_case (uid, fingerprint, title, summary, story, tags_text,"
                  " currency, sample, added, facet_codes)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
  [INSERT_FTS] = "INSERT INTO case_fts (rowid, title, tags_text, summary, story)"
                 " VALUES (?1, ?2, ?3, ?4, ?5)",
  [INSERT_TAG] = "INSERT INTO case_tag (case_id, position, kind, key, label)"
                 " VALUES (?1, ?2, ?3, ?4, ?5)",
  [INSERT_FIGURE] = "INSERT INTO case_figure (case_id, position, kpi_key, kpi_name, unit,"
                    " higher_is_better, baseline, promised, realized, period_label)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
  [FIND_FACET] = "SELECT code FROM facet_value WHERE kind = ?1 AND key = ?2",
  [INSERT_FACET] = "INSERT INTO facet_value (kind, key, label) VALUES (?1, ?2, ?3)",
  [DELETE_FTS] = "INSERT INTO case_fts (case_fts, rowid, title, tags_text, summary, story)"
                 " SELECT 'delete', id, title, tags_text, summary, story FROM reference_case"
                 " WHERE id = ?1",
  [DELETE_CASE] = "DELETE FROM reference_case WHERE id = ?1",
  /* Readers reload their facet cache when cases were removed (not only added). */
  [BUMP_GENERATION] = "INSERT INTO repository_info (key, value) VALUES ('generation', '1')"
                      " ON CONFLICT (key) DO UPDATE SET value = CAST (value AS INTEGER) + 1",
};

struct _VwCaseWriter
{
  sqlite3      *db;
  sqlite3_stmt *statements[N_STATEMENTS];
  GHashTable   *facet_codes;  /* "kind\tkey" → code */
};

VwCaseWriter *
_vw_case_writer_new (sqlite3  *db,
                     GError  **error)
{
  VwCaseWriter *writer = g_new0 (VwCaseWriter, 1);

  writer->db = db;
  writer->facet_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < N_STATEMENTS; i++)
    {
      writer->statements[i] = vw_case_db_prepare_statement (db, statement_sql[i], error);
      if (writer->statements[i] == NULL)
        {
          _vw_case_writer_free (writer);
          return NULL;
        }
    }
  return writer;
}

void
_vw_case_writer_free (VwCaseWriter *writer)
{
  if (writer == NULL)
    return;

  for (guint i = 0; i < N_STATEMENTS; i++)
    sqlite3_finalize (writer->statements[i]);
  g_hash_table_unref (writer->facet_codes);
  g_free (writer);
}

static sqlite3_stmt *
statement (VwCaseWriter *writer,
           guint         which)
{
  sqlite3_stmt *s = writer->statements[which];

  sqlite3_reset (s);
  sqlite3_clear_bindings (s);
  return s;
}

static void
bind_text (sqlite3_stmt *s,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (s, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

static void
bind_number (sqlite3_stmt *s,
             int           index,
             double        value)
{
  if (isfinite (value))
    sqlite3_bind_double (s, index, value);
  else
    sqlite3_bind_null (s, index);
}

static gboolean
run (VwCaseWriter  *writer,
     sqlite3_stmt  *s,
     GError       **error)
{
  int status = sqlite3_step (s);

  if (status != SQLITE_DONE && status != SQLITE_ROW)
    {
      vw_case_db_set_error (error, writer->db, _("Storing the reference case"));
      return FALSE;
    }
  return TRUE;
}

static gint64
facet_code (VwCaseWriter     *writer,
            const VwCaseTag  *tag,
            GError          **error)
{
  g_autofree char *name = g_strdup_printf ("%d\t%s", tag->kind, tag->key);
  gpointer cached;
  sqlite3_stmt *s;
  gint64 code = 0;

  if (g_hash_table_lookup_extended (writer->facet_codes, name, NULL, &cached))
    return GPOINTER_TO_SIZE (cached);

  s = statement (writer, FIND_FACET);
  sqlite3_bind_int (s, 1, tag->kind);
  bind_text (s, 2, tag->key);
  if (sqlite3_step (s) == SQLITE_ROW)
    code = sqlite3_column_int64 (s, 0);
  else
    {
      s = statement (writer, INSERT_FACET);
      sqlite3_bind_int (s, 1, tag->kind);
      bind_text (s, 2, tag->key);
      bind_text (s, 3, tag->label);
      if (!run (writer, s, error))
        return -1;
      code = sqlite3_last_insert_rowid (writer->db);
    }

  g_hash_table_insert (writer->facet_codes, g_steal_pointer (&name), GSIZE_TO_POINTER (code));
  return code;
}

/* The facet codes of @tags, as the blob (little-endian 32-bit codes). */
static gboolean
encode_facets (VwCaseWriter  *writer,
               GPtrArray     *tags,
               GByteArray    *codes,
               GError       **error)
{
  for (guint i = 0; i < tags->len; i++)
    {
      const VwCaseTag *tag = g_ptr_array_index (tags, i);
      guint32 code_le;
      gint64 code;

      if (tag->kind >= VW_CASE_TAG_N_FACETS)
        continue;
      code = facet_code (writer, tag, error);
      if (code < 0)
        return FALSE;

      code_le = GUINT32_TO_LE ((guint32) code);
      g_byte_array_append (codes, (const guint8 *) &code_le, sizeof code_le);
    }
  return TRUE;
}

static char *
tags_text (GPtrArray *tags)
{
  GString *text = g_string_new (NULL);

  /* The untranslated labels: the index is shared by every language the user may switch to. */
  for (guint i = 0; i < tags->len; i++)
    {
      const VwCaseTag *tag = g_ptr_array_index (tags, i);

      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, tag->label);
    }
  return g_string_free (text, FALSE);
}

gboolean
_vw_case_writer_insert (VwCaseWriter     *writer,
                        VwReferenceCase  *reference_case,
                        const char       *added,
                        gboolean         *duplicate,
                        GError          **error)
{
  GPtrArray *tags = vw_reference_case_get_tags (reference_case);
  GPtrArray *figures = vw_reference_case_get_figures (reference_case);
  g_autoptr(GByteArray) codes = g_byte_array_new ();
  g_autofree char *labels = tags_text (tags);
  sqlite3_stmt *s;
  gint64 id;

  *duplicate = FALSE;

  s = statement (writer, FIND_UID);
  bind_text (s, 1, vw_reference_case_get_uid (reference_case));
  if (sqlite3_step (s) == SQLITE_ROW)
    {
      *duplicate = TRUE;
      return TRUE;
    }

  if (!encode_facets (writer, tags, codes, error))
    return FALSE;

  s = statement (writer, INSERT_CASE);
  bind_text (s, 1, vw_reference_case_get_uid (reference_case));
  bind_text (s, 2, vw_reference_case_get_fingerprint (reference_case));
  bind_text (s, 3, vw_reference_case_get_title (reference_case));
  bind_text (s, 4, vw_reference_case_get_summary (reference_case));
  bind_text (s, 5, vw_reference_case_get_story (reference_case));
  bind_text (s, 6, labels);
  bind_text (s, 7, vw_reference_case_get_currency (reference_case));
  sqlite3_bind_int (s, 8, vw_reference_case_get_sample (reference_case) ? 1 : 0);
  bind_text (s, 9, added);
  sqlite3_bind_blob (s, 10, codes->data, codes->len, SQLITE_TRANSIENT);
  if (!run (writer, s, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (writer->db);

  s = statement (writer, INSERT_FTS);
  sqlite3_bind_int64 (s, 1, id);
  bind_text (s, 2, vw_reference_case_get_title (reference_case));
  bind_text (s, 3, labels);
  bind_text (s, 4, vw_reference_case_get_summary (reference_case));
  bind_text (s, 5, vw_reference_case_get_story (reference_case));
  if (!run (writer, s, error))
    return FALSE;

  for (guint i = 0; i < tags->len; i++)
    {
      const VwCaseTag *tag = g_ptr_array_index (tags, i);

      s = statement (writer, INSERT_TAG);
      sqlite3_bind_int64 (s, 1, id);
      sqlite3_bind_int (s, 2, i);
      sqlite3_bind_int (s, 3, tag->kind);
      bind_text (s, 4, tag->key);
      bind_text (s, 5, tag->label);
      if (!run (writer, s, error))
        return FALSE;
    }

  for (guint i = 0; i < figures->len; i++)
    {
      const VwCaseFigure *figure = g_ptr_array_index (figures, i);

      s = statement (writer, INSERT_FIGURE);
      sqlite3_bind_int64 (s, 1, id);
      sqlite3_bind_int (s, 2, i);
      bind_text (s, 3, figure->kpi_key);
      bind_text (s, 4, figure->kpi_name);
      bind_text (s, 5, figure->unit);
      sqlite3_bind_int (s, 6, figure->higher_is_better ? 1 : 0);
      bind_number (s, 7, figure->baseline);
      bind_number (s, 8, figure->promised);
      bind_number (s, 9, figure->realized);
      bind_text (s, 10, figure->period_label);
      if (!run (writer, s, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_vw_case_writer_remove (VwCaseWriter  *writer,
                        const char    *uid,
                        GError       **error)
{
  sqlite3_stmt *s;
  gint64 id;

  s = statement (writer, FIND_UID);
  bind_text (s, 1, uid);
  if (sqlite3_step (s) != SQLITE_ROW)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_FOUND,
                   _("There is no reference case “%s” in the repository"), uid);
      return FALSE;
    }
  id = sqlite3_column_int64 (s, 0);

  s = statement (writer, DELETE_FTS);
  sqlite3_bind_int64 (s, 1, id);
  if (!run (writer, s, error))
    return FALSE;
  s = statement (writer, DELETE_CASE);
  sqlite3_bind_int64 (s, 1, id);
  if (!run (writer, s, error))
    return FALSE;
  return run (writer, statement (writer, BUMP_GENERATION), error);
}

gint64
_vw_case_store_find_id (sqlite3     *db,
                        const char  *uid,
                        GError     **error)
{
  sqlite3_stmt *s = vw_case_db_prepare_statement (db, statement_sql[FIND_UID], error);
  gint64 id = 0;

  if (s == NULL)
    return -1;
  sqlite3_bind_text (s, 1, uid, -1, SQLITE_STATIC);
  if (sqlite3_step (s) == SQLITE_ROW)
    id = sqlite3_column_int64 (s, 0);
  sqlite3_finalize (s);
  return id;
}

static const char *
column_text (sqlite3_stmt *s,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (s, column);

  return text ? text : "";
}

static double
column_number (sqlite3_stmt *s,
               int           column)
{
  return sqlite3_column_type (s, column) == SQLITE_NULL ? NAN : sqlite3_column_double (s, column);
}

static const char read_case_sql[] =
  "SELECT uid, fingerprint, title, summary, story, currency, sample, added FROM reference_case"
  " WHERE id = ?1";
static const char read_tags_sql[] =
  "SELECT kind, key, label FROM case_tag WHERE case_id = ?1 ORDER BY position";
static const char read_figures_sql[] =
  "SELECT kpi_key, kpi_name, unit, higher_is_better, baseline, promised, realized, period_label"
  " FROM case_figure WHERE case_id = ?1 ORDER BY position";

VwReferenceCase *
_vw_case_store_read (VwCaseConnection  *connection,
                     gint64             id,
                     GError           **error)
{
  g_autoptr(VwReferenceCase) reference_case = NULL;
  g_autofree char *uid = NULL, *fingerprint = NULL, *added = NULL;
  sqlite3_stmt *s;
  int status;

  s = _vw_case_connection_prepare (connection, read_case_sql, error);
  if (s == NULL)
    return NULL;
  sqlite3_bind_int64 (s, 1, id);
  if (sqlite3_step (s) == SQLITE_ROW)
    {
      uid = g_strdup (column_text (s, 0));
      fingerprint = g_strdup (column_text (s, 1));
      reference_case = vw_reference_case_new (column_text (s, 2));
      vw_reference_case_set_summary (reference_case, column_text (s, 3));
      vw_reference_case_set_story (reference_case, column_text (s, 4));
      vw_reference_case_set_currency (reference_case, column_text (s, 5));
      vw_reference_case_set_sample (reference_case, sqlite3_column_int (s, 6) != 0);
      added = g_strdup (column_text (s, 7));
    }
  sqlite3_reset (s);
  if (reference_case == NULL)
    return NULL;

  s = _vw_case_connection_prepare (connection, read_tags_sql, error);
  if (s == NULL)
    return NULL;
  sqlite3_bind_int64 (s, 1, id);
  while ((status = sqlite3_step (s)) == SQLITE_ROW)
    {
      int kind = sqlite3_column_int (s, 0);

      if (kind >= 0 && kind < VW_CASE_TAG_N_KINDS)
        vw_reference_case_add_tag (reference_case, kind, column_text (s, 1), column_text (s, 2));
    }
  sqlite3_reset (s);
  if (status != SQLITE_DONE)
    {
      vw_case_db_set_error (error, connection->db, _("Reading a reference case"));
      return NULL;
    }

  s = _vw_case_connection_prepare (connection, read_figures_sql, error);
  if (s == NULL)
    return NULL;
  sqlite3_bind_int64 (s, 1, id);
  while ((status = sqlite3_step (s)) == SQLITE_ROW)
    {
      g_autoptr(VwCaseFigure) figure = NULL;

      figure = vw_case_figure_new (column_text (s, 0), column_text (s, 1), column_text (s, 2),
                                   sqlite3_column_int (s, 3) != 0, column_number (s, 4),
                                   column_number (s, 5), column_number (s, 6),
                                   column_text (s, 7));
      vw_reference_case_add_figure (reference_case, figure);
    }
  sqlite3_reset (s);
  if (status != SQLITE_DONE)
    {
      vw_case_db_set_error (error, connection->db, _("Reading a reference case"));
      return NULL;
    }

  /* As stored: the content read back hashes to the same fingerprint, but the stored one is
   * what duplicates are detected by. */
  _vw_reference_case_set_stored (reference_case, uid, fingerprint, added);
  return g_steal_pointer (&reference_case);
}

gboolean
_vw_case_db_fill_facets (sqlite3  *db,
                         GError  **error)
{
  g_autoptr(VwCaseWriter) writer = _vw_case_writer_new (db, error);
  VwCaseConnection *reader = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *s;

  if (writer == NULL)
    return FALSE;

  s = vw_case_db_prepare_statement (db, "SELECT id FROM reference_case ORDER BY id", error);
  if (s == NULL)
    return FALSE;
  while (sqlite3_step (s) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (s, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (s);

  s = vw_case_db_prepare_statement (db,
                                    "UPDATE reference_case SET facet_codes = ?2"
                                    " WHERE id = ?1",
                                    error);
  if (s == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(VwReferenceCase) reference_case = NULL;
      g_autoptr(GByteArray) codes = g_byte_array_new ();

      if (reader == NULL)
        reader = _vw_case_connection_new (db);
      reference_case = _vw_case_store_read (reader, id, error);
      if (reference_case == NULL
          || !encode_facets (writer, vw_reference_case_get_tags (reference_case), codes, error))
        {
          _vw_case_connection_free (reader, FALSE);
          sqlite3_finalize (s);
          return FALSE;
        }

      sqlite3_reset (s);
      sqlite3_bind_int64 (s, 1, id);
      sqlite3_bind_blob (s, 2, codes->data, codes->len, SQLITE_TRANSIENT);
      if (sqlite3_step (s) != SQLITE_DONE)
        {
          vw_case_db_set_error (error, db, _("Updating the case repository"));
          _vw_case_connection_free (reader, FALSE);
          sqlite3_finalize (s);
          return FALSE;
        }
    }

  _vw_case_connection_free (reader, FALSE);
  sqlite3_finalize (s);
  return TRUE;
}
