/* vw-report-table.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-report-table"

#include "vw-report-private.h"

VwReportTable *
vw_report_table_new (guint n_columns)
{
  VwReportTable *self;

  g_return_val_if_fail (n_columns > 0, NULL);

  self = g_new0 (VwReportTable, 1);
  self->n_columns = n_columns;
  self->columns = g_new0 (VwReportColumn, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      self->columns[c].weight = 1.0;
      self->columns[c].align = PANGO_ALIGN_LEFT;
    }
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) vw_report_row_free);
  return self;
}

void
vw_report_row_free (VwReportRow *row)
{
  if (row == NULL)
    return;
  g_strfreev (row->cells);
  for (guint c = 0; c < row->n_layouts; c++)
    g_clear_object (&row->layouts[c]);
  g_free (row->layouts);
  g_free (row);
}

void
vw_report_table_free (VwReportTable *self)
{
  if (self == NULL)
    return;
  for (guint c = 0; c < self->n_columns; c++)
    {
      g_free (self->columns[c].title);
      g_clear_object (&self->columns[c].layout);
    }
  g_free (self->columns);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

void
vw_report_table_set_column (VwReportTable  *self,
                            guint           column,
                            const char     *title,
                            double          weight,
                            PangoAlignment  align)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (weight > 0);

  g_free (self->columns[column].title);
  self->columns[column].title = g_markup_escape_text (title != NULL ? title : "", -1);
  self->columns[column].weight = weight;
  self->columns[column].align = align;
}

guint
vw_report_table_add_row (VwReportTable      *self,
                         VwReportRowStyle    style,
                         const char * const *markup)
{
  VwReportRow *row;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (markup != NULL, 0);

  row = g_new0 (VwReportRow, 1);
  row->style = style;
  row->cells = g_new0 (char *, self->n_columns + 1);
  /* A shorter array leaves the remaining cells empty. */
  for (guint c = 0; c < self->n_columns; c++)
    {
      row->cells[c] = g_strdup (markup[c] != NULL ? markup[c] : "");
      if (markup[c] == NULL)
        {
          for (guint d = c + 1; d < self->n_columns; d++)
            row->cells[d] = g_strdup ("");
          break;
        }
    }
  g_ptr_array_add (self->rows, row);
  return self->rows->len - 1;
}

guint
vw_report_table_add_row_text (VwReportTable      *self,
                              VwReportRowStyle    style,
                              const char * const *text)
{
  g_auto(GStrv) markup = NULL;
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (text != NULL, 0);

  markup = g_new0 (char *, self->n_columns + 1);
  for (; n < self->n_columns && text[n] != NULL; n++)
    markup[n] = g_markup_escape_text (text[n], -1);
  return vw_report_table_add_row (self, style, (const char * const *) markup);
}

guint
vw_report_table_get_n_rows (VwReportTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

guint
vw_report_table_get_n_columns (VwReportTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_columns;
}

const char *
vw_report_table_get_cell (VwReportTable *self,
                          guint          row,
                          guint          column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);

  return ((VwReportRow *) g_ptr_array_index (self->rows, row))->cells[column];
}
