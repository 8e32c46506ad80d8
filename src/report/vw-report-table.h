/* vw-report-table.h: a table of the report, which may break across pages
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

typedef enum
{
  VW_REPORT_ROW_NORMAL,
  VW_REPORT_ROW_TOTAL,   /* bold, with a rule above: a sum or the headline */
  VW_REPORT_ROW_GROUP,   /* a heading row: its first cell spans the table, shaded */
} VwReportRowStyle;

/* Cells are Pango markup: escape any text that comes from the document
 * (g_markup_escape_text, or vw_report_table_add_row_text). The header row is drawn again at
 * the top of every page the table continues on. */
typedef struct _VwReportTable VwReportTable;

VwReportTable *vw_report_table_new          (guint               n_columns);
void           vw_report_table_free         (VwReportTable      *self);
void           vw_report_table_set_column   (VwReportTable      *self,
                                             guint               column,
                                             const char         *title,
                                             double              weight,
                                             PangoAlignment      align);
guint          vw_report_table_add_row      (VwReportTable      *self,
                                             VwReportRowStyle    style,
                                             const char * const *markup);
guint          vw_report_table_add_row_text (VwReportTable      *self,
                                             VwReportRowStyle    style,
                                             const char * const *text);
guint          vw_report_table_get_n_rows   (VwReportTable      *self);
guint          vw_report_table_get_n_columns (VwReportTable     *self);
const char    *vw_report_table_get_cell     (VwReportTable      *self,
                                             guint               row,
                                             guint               column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwReportTable, vw_report_table_free)

G_END_DECLS
