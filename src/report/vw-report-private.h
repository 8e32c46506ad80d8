/* vw-report-private.h: what the layout engine reads of a table
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-report-table.h"

G_BEGIN_DECLS

typedef struct
{
  char           *title;    /* markup */
  double          weight;   /* share of the table's width */
  PangoAlignment  align;
  PangoLayout    *layout;   /* the header cell, set when measured */
  double          x, width;
} VwReportColumn;

typedef struct
{
  VwReportRowStyle  style;
  char            **cells;     /* markup, one per column */
  PangoLayout     **layouts;   /* set when measured */
  guint             n_layouts;
  double            height;
} VwReportRow;

struct _VwReportTable
{
  guint           n_columns;
  VwReportColumn *columns;
  GPtrArray      *rows;        /* VwReportRow */
  double          header_height;
};

void vw_report_row_free (VwReportRow *row);

G_END_DECLS
