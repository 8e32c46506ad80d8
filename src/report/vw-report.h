/* vw-report.h: the PDF value report of a case, for one audience
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-case-model.h"
#include "vw-report-layout.h"

G_BEGIN_DECLS

#define VW_REPORT_ERROR (vw_report_error_quark ())

typedef enum
{
  VW_REPORT_ERROR_AUDIENCE,   /* a customer edition from a document with internal content */
  VW_REPORT_ERROR_LANGUAGE,
  VW_REPORT_ERROR_WRITE,
  VW_REPORT_ERROR_LOGO,
} VwReportError;

typedef struct
{
  const char    *audience;   /* "internal" (default), "customer", "stakeholder:ID" */
  VwReportPaper  paper;
  const char    *language;   /* "en" (default), "fi", "de" */
  const char    *changes;    /* nullable: what the caller changed (--set), plain text */
  guint          draws;      /* Monte Carlo draws; 0: the case's own setting */
  GDateTime     *date;       /* nullable: the report's date; default now (or SOURCE_DATE_EPOCH) */
  const char    *logo;       /* nullable: a PNG for the cover's logo slot */
} VwReportOptions;

GQuark          vw_report_error_quark      (void);
gboolean        vw_report_language_is_supported (const char *language);

/* The case model a report of @audience may be built from: over the customer projection for
 * every audience but "internal", so no internal figure is ever computed into it. */
VwCaseModel    *vw_report_new_case_model   (VwDocument            *document,
                                            const char            *audience,
                                            GError               **error);

/* Lays the whole report out (cover, summary, sections, appendix) and paginates it. */
VwReportLayout *vw_report_build            (VwCaseModel           *case_model,
                                            const VwReportOptions *options,
                                            GError               **error);

/* Writes @layout as PDF with its outline and metadata (title, author, subject, keywords). */
gboolean        vw_report_write_pdf        (VwReportLayout        *layout,
                                            VwCaseModel           *case_model,
                                            const VwReportOptions *options,
                                            const char            *path,
                                            GError               **error);

G_END_DECLS
