/* vw-csv.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Customers send their figures as spreadsheets. A CSV written here opens in the user's
 * spreadsheet program with the user's decimal separator (";" between fields when the decimal
 * separator is a comma, as Calc and Excel expect). Reading accepts what people type: "1 234,56"
 * in Finnish, "1.234,56" in German, and "1234.56" pasted anywhere, which is read as 1234.56,
 * never cut to 1234 (reliability.md §5). Reading only proposes changes; vw_csv_apply() makes
 * them one undo step after the seller has seen the preview.
 */

#define G_LOG_DOMAIN "vw-csv"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "vw-csv.h"
#include "vw-number.h"

#define MAX_CSV_BYTES (8 * 1024 * 1024)

G_DEFINE_QUARK (vw-csv-error-quark, vw_csv_error)

void
vw_csv_change_free (VwCsvChange *change)
{
  if (change == NULL)
    return;

  g_free (change->variable);
  g_free (change->alternative);
  g_free (change);
}

static char
locale_decimal (void)
{
  const char *dp = localeconv ()->decimal_point;

  return dp != NULL && dp[0] == ',' ? ',' : '.';
}

static gboolean
is_grouped (const char *digits,
            char        sep)
{
  /* 1.234 or 12.345.678: groups of three after the first group of one to three digits */
  const char *p = digits;
  int first = 0;

  if (*p == '-')
    p++;
  while (g_ascii_isdigit (*p))
    p++, first++;
  if (first < 1 || first > 3 || *p != sep)
    return FALSE;
  while (*p == sep)
    {
      p++;
      for (int i = 0; i < 3; i++, p++)
        if (!g_ascii_isdigit (*p))
          return FALSE;
    }

  return *p == '\0';
}

/**
 * vw_number_parse_locale:
 *
 * Reads a number as a person types it in the current locale. Spaces, no-break spaces and
 * U+202F (the Finnish thousands separator) are ignored. When both "," and "." appear, the last
 * one is the decimal separator. A lone separator that is not the locale's decimal separator
 * is a thousands separator only when it groups by three ("1.234" in German); otherwise it is
 * a decimal point ("1234.56" in Finnish).
 *
 * Returns: %TRUE and @value when @text is a finite number.
 */
gboolean
vw_number_parse_locale (const char *text,
                        double     *value)
{
  g_autoptr(GString) s = g_string_new (NULL);
  char dec = locale_decimal ();
  const char *last_comma, *last_dot;

  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == '\'')
        continue;
      if (c == 0x2212)  /* minus sign */
        c = '-';
      if (c > 0x7F)
        return FALSE;
      g_string_append_c (s, (char) c);
    }

  last_comma = strrchr (s->str, ',');
  last_dot = strrchr (s->str, '.');

  if (last_comma != NULL && last_dot != NULL)
    {
      char decimal = last_comma > last_dot ? ',' : '.';
      char group = decimal == ',' ? '.' : ',';
      GString *t = g_string_new (NULL);

      for (const char *p = s->str; *p; p++)
        if (*p != group)
          g_string_append_c (t, *p == decimal ? '.' : *p);
      g_string_assign (s, t->str);
      g_string_free (t, TRUE);
    }
  else if (last_comma != NULL || last_dot != NULL)
    {
      char sep = last_comma ? ',' : '.';

      if (sep != dec && is_grouped (s->str, sep))
        {
          GString *t = g_string_new (NULL);

          for (const char *p = s->str; *p; p++)
            if (*p != sep)
              g_string_append_c (t, *p);
          g_string_assign (s, t->str);
          g_string_free (t, TRUE);
        }
      else
        g_strdelimit (s->str, ",", '.');
    }

  return vw_number_parse (s->str, value) == VW_NUMBER_OK;
}

/* The shortest exact form, with the locale's decimal separator and no grouping. */
char *
vw_number_format_locale (double value)
{
  char *text = vw_number_format (value);

  if (locale_decimal () == ',')
    g_strdelimit (text, ".", ',');

  return text;
}

/* One cell, quoted when it holds the separator, a quote or a line break (RFC 4180). */
void
vw_csv_append_cell (GString    *out,
                    const char *text,
                    char        sep)
{
  if (strchr (text, sep) || strchr (text, '"') || strchr (text, '\n') || strchr (text, '\r'))
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
}

/**
 * vw_csv_export_inputs:
 * @for_customer: leave out everything internal (vw_document_is_internal())
 *
 * Returns: (transfer full): one row per input: id, label, unit, then one column per
 *   alternative (headed by its name); an empty cell where an input has no value.
 */
char *
vw_csv_export_inputs (VwDocument *document,
                      gboolean    for_customer,
                      gsize      *length)
{
  GListModel *alts = vw_document_get_items (document, VW_ITEM_ALTERNATIVE);
  GListModel *vars = vw_document_get_items (document, VW_ITEM_VARIABLE);
  char sep = locale_decimal () == ',' ? ';' : ',';
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);

  g_string_append_printf (out, "id%c%s%c%s", sep, _("Input"), sep, _("Unit"));
  for (guint a = 0; a < g_list_model_get_n_items (alts); a++)
    {
      g_autoptr(VwItem) alt = g_list_model_get_item (alts, a);

      g_string_append_c (out, sep);
      vw_csv_append_cell (out, vw_item_get_display_name (alt), sep);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < g_list_model_get_n_items (vars); i++)
    {
      g_autoptr(VwVariable) v = g_list_model_get_item (vars, i);
      VwItem *item = VW_ITEM (v);

      if (vw_variable_is_formula (v) || (for_customer && vw_document_is_internal (document, item, NULL)))
        continue;

      vw_csv_append_cell (out, vw_item_get_id (item), sep);
      g_string_append_c (out, sep);
      vw_csv_append_cell (out, vw_item_get_display_name (item), sep);
      g_string_append_c (out, sep);
      vw_csv_append_cell (out, vw_item_get_string (item, "unit") ? vw_item_get_string (item, "unit") : "", sep);
      for (guint a = 0; a < g_list_model_get_n_items (alts); a++)
        {
          g_autoptr(VwItem) alt = g_list_model_get_item (alts, a);
          double value;

          g_string_append_c (out, sep);
          if (vw_variable_get_input (v, vw_item_get_id (alt), &value))
            {
              g_autofree char *text = vw_number_format_locale (value);

              g_string_append (out, text);
            }
        }
      g_string_append (out, "\r\n");
    }

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/* Splits CSV text into rows of cells (quotes, doubled quotes, CRLF or LF). */
static GPtrArray *
split_rows (const char *data,
            gsize       length,
            char        sep)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *cell = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (gsize i = 0; i <= length; i++)
    {
      char c = i < length ? data[i] : '\n';

      if (quoted)
        {
          if (c == '"' && i + 1 < length && data[i + 1] == '"')
            g_string_append_c (cell, '"'), i++;
          else if (c == '"')
            quoted = FALSE;
          else if (i < length)
            g_string_append_c (cell, c);
          else
            quoted = FALSE;  /* an unclosed quote ends with the data */
          continue;
        }

      if (c == '"' && cell->len == 0)
        quoted = TRUE;
      else if (c == sep)
        {
          g_ptr_array_add (row, g_strdup (cell->str));
          g_string_truncate (cell, 0);
        }
      else if (c == '\n')
        {
          g_ptr_array_add (row, g_strdup (cell->str));
          g_string_truncate (cell, 0);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
      else if (c != '\r')
        g_string_append_c (cell, c);
    }

  g_ptr_array_unref (row);
  g_string_free (cell, TRUE);

  /* the final newline leaves one empty row behind */
  if (rows->len > 0)
    {
      GPtrArray *last = g_ptr_array_index (rows, rows->len - 1);

      if (last->len == 1 && *(char *) g_ptr_array_index (last, 0) == '\0')
        g_ptr_array_set_size (rows, rows->len - 1);
    }

  return rows;
}

/**
 * vw_csv_read_inputs:
 *
 * Reads a CSV of inputs (as exported, or as a customer edited it: rows may be missing or in
 * another order, cells empty) and lists what would change. Nothing is changed yet.
 *
 * Returns: (transfer full) (element-type VwCsvChange): the changes, or %NULL and @error naming
 *   the line and the cell.
 */
GPtrArray *
vw_csv_read_inputs (VwDocument  *document,
                    const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char **columns = NULL;  /* alternative id per column, NULL = not an alternative */
  GPtrArray *header;
  const char *first_line_end;
  guint semis = 0, commas = 0, tabs = 0;
  char sep;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);

  if (length > MAX_CSV_BYTES || !g_utf8_validate_len (data, length, NULL))
    {
      g_set_error_literal (error, VW_CSV_ERROR, VW_CSV_ERROR_TOO_LARGE,
                           length > MAX_CSV_BYTES ? _("The spreadsheet is larger than 8 MB.")
                                                  : _("The spreadsheet is not UTF-8 text; save it as “CSV UTF-8”."));
      return NULL;
    }

  /* the separator is whichever the header line uses */
  first_line_end = memchr (data, '\n', length);
  for (const char *p = data; p < (first_line_end ? first_line_end : data + length); p++)
    semis += *p == ';', commas += *p == ',', tabs += *p == '\t';
  sep = tabs > semis && tabs > commas ? '\t' : semis >= commas && semis > 0 ? ';' : ',';

  rows = split_rows (data, length, sep);
  if (rows->len == 0 || ((GPtrArray *) g_ptr_array_index (rows, 0))->len < 4
      || g_ascii_strcasecmp (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 0), 0), "id") != 0)
    {
      g_set_error_literal (error, VW_CSV_ERROR, VW_CSV_ERROR_HEADER,
                           _("Line 1: the first row must be the header: id, input, unit, then one "
                             "column per alternative."));
      return NULL;
    }

  header = g_ptr_array_index (rows, 0);
  columns = g_new0 (char *, header->len);
  for (guint c = 3; c < header->len; c++)
    {
      const char *title = g_ptr_array_index (header, c);
      GListModel *alts = vw_document_get_items (document, VW_ITEM_ALTERNATIVE);

      for (guint a = 0; a < g_list_model_get_n_items (alts); a++)
        {
          g_autoptr(VwItem) alt = g_list_model_get_item (alts, a);

          if (g_strcmp0 (title, vw_item_get_id (alt)) == 0
              || g_strcmp0 (title, vw_item_get_display_name (alt)) == 0)
            columns[c] = (char *) vw_item_get_id (alt);
        }
      if (columns[c] == NULL)
        {
          g_set_error (error, VW_CSV_ERROR, VW_CSV_ERROR_HEADER,
                       _("Line 1: the column “%s” is not an alternative of this case."), title);
          return NULL;
        }
    }

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) vw_csv_change_free);
  for (guint r = 1; r < rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r);
      const char *id = g_ptr_array_index (row, 0);
      VwVariable *v;

      if (*id == '\0')
        continue;  /* a blank line or a note below the table */

      v = vw_document_find_variable (document, id);
      if (v == NULL || vw_variable_is_formula (v))
        {
          g_set_error (error, VW_CSV_ERROR, VW_CSV_ERROR_UNKNOWN_INPUT,
                       _("Line %u: there is no input “%s” in this case."), r + 1, id);
          return NULL;
        }

      for (guint c = 3; c < MIN (row->len, header->len); c++)
        {
          const char *cell = g_ptr_array_index (row, c);
          VwCsvChange *change;
          double value, old = 0.0;
          gboolean had;

          if (*g_strstrip ((char *) cell) == '\0')
            continue;
          if (!vw_number_parse_locale (cell, &value))
            {
              g_set_error (error, VW_CSV_ERROR, VW_CSV_ERROR_NOT_A_NUMBER,
                           _("Line %u: “%s” in the column “%s” is not a number."),
                           r + 1, cell, (const char *) g_ptr_array_index (header, c));
              return NULL;
            }
          had = vw_variable_get_input (v, columns[c], &old);
          if (had && memcmp (&old, &value, sizeof old) == 0)
            continue;

          change = g_new0 (VwCsvChange, 1);
          change->variable = g_strdup (id);
          change->alternative = g_strdup (columns[c]);
          change->had_value = had;
          change->old_value = old;
          change->new_value = value;
          change->line = r + 1;
          g_ptr_array_add (changes, change);
        }
    }

  return g_steal_pointer (&changes);
}

/**
 * vw_csv_apply:
 * @changes: (element-type VwCsvChange): from vw_csv_read_inputs()
 *
 * Applies the changes as one undo step, "Import inputs from a spreadsheet".
 *
 * Returns: whether anything changed
 */
gboolean
vw_csv_apply (VwDocument *document,
              GPtrArray  *changes)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), FALSE);

  vw_document_begin_group (document, _("Import inputs from a spreadsheet"));
  for (guint i = 0; i < changes->len; i++)
    {
      VwCsvChange *c = g_ptr_array_index (changes, i);
      VwVariable *v = vw_document_find_variable (document, c->variable);

      if (v != NULL)
        changed |= vw_document_set_input (document, v, c->alternative, c->new_value);
    }
  vw_document_end_group (document);

  return changed;
}
