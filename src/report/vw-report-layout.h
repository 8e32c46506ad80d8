/* vw-report-layout.h: blocks of text, tables and charts flowed onto pages
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report's page engine. The content is added as a list of blocks; paginate() measures
 * them with Pango (device-independent metrics, 1 unit = 1 pt) and places them on pages,
 * breaking tables between rows (the header repeated) and text between lines, and keeping a
 * heading with what follows it. draw_page() then paints one page on any cairo context: the
 * PDF surface, GtkPrintOperation's context, or an image for the preview. Draw-only, no GTK.
 */

#pragma once

#include <cairo.h>

#include "vw-chart-data.h"
#include "vw-catalog.h"
#include "vw-report-table.h"

G_BEGIN_DECLS

typedef enum
{
  VW_REPORT_PAPER_A4,
  VW_REPORT_PAPER_LETTER,
} VwReportPaper;

typedef enum
{
  VW_REPORT_STYLE_TITLE,      /* the cover's title */
  VW_REPORT_STYLE_SUBTITLE,   /* the cover's second line */
  VW_REPORT_STYLE_LEAD,       /* a section's opening sentence: larger */
  VW_REPORT_STYLE_BODY,
  VW_REPORT_STYLE_SMALL,
  VW_REPORT_STYLE_NOTE,       /* muted, small: conventions, sources */
  VW_REPORT_STYLE_WARNING,    /* the internal marking, in red */
} VwReportStyle;

typedef struct
{
  int    level;     /* 1 or 2 */
  char  *text;
  guint  page;      /* 0-based */
  double y;         /* top of the heading on its page, in points from the top */
} VwReportOutlineEntry;

typedef struct _VwReportLayout VwReportLayout;

VwReportLayout *vw_report_layout_new           (VwReportPaper          paper,
                                                const VwCatalog *catalog);
void            vw_report_layout_free          (VwReportLayout        *self);

gboolean        vw_report_paper_parse          (const char            *text,
                                                VwReportPaper         *paper);
double          vw_report_layout_get_width     (VwReportLayout        *self);
double          vw_report_layout_get_height    (VwReportLayout        *self);
double          vw_report_layout_get_content_width (VwReportLayout    *self);

/* Running texts (plain text): the header's left and right, the footer's left; @marking, when
 * set, is drawn in red at the top and bottom of every page, the cover included. */
void            vw_report_layout_set_running   (VwReportLayout        *self,
                                                const char            *header_left,
                                                const char            *header_right,
                                                const char            *footer_left,
                                                const char            *marking);

/* An image (a company logo) at the top right of the cover, fitted into 160 × 64 pt. */
void            vw_report_layout_set_logo      (VwReportLayout        *self,
                                                cairo_surface_t       *logo);

/* Content, in reading order. Text is Pango markup; headings are plain text. */
void            vw_report_layout_add_text      (VwReportLayout        *self,
                                                VwReportStyle          style,
                                                const char            *markup);
void            vw_report_layout_add_heading   (VwReportLayout        *self,
                                                int                    level,
                                                const char            *text);
void            vw_report_layout_add_table     (VwReportLayout        *self,
                                                VwReportTable         *table);
void            vw_report_layout_add_chart     (VwReportLayout        *self,
                                                VwChartData           *data,
                                                double                 height);
void            vw_report_layout_add_figures   (VwReportLayout        *self,
                                                const char * const    *labels,
                                                const char * const    *values,
                                                const char * const    *notes);
void            vw_report_layout_add_space     (VwReportLayout        *self,
                                                double                 points);
void            vw_report_layout_add_page_break (VwReportLayout       *self);
void            vw_report_layout_add_contents  (VwReportLayout        *self);

guint           vw_report_layout_paginate      (VwReportLayout        *self);
guint           vw_report_layout_get_n_pages   (VwReportLayout        *self);
const VwReportOutlineEntry *
                vw_report_layout_get_outline   (VwReportLayout        *self,
                                                guint                 *n_entries);
void            vw_report_layout_draw_page     (VwReportLayout        *self,
                                                cairo_t               *cr,
                                                guint                  page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwReportLayout, vw_report_layout_free)

G_END_DECLS
