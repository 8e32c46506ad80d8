/* vw-report-private-build.h: the state shared by the report's section writers
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-case-charts.h"
#include "vw-format.h"
#include "vw-report.h"

G_BEGIN_DECLS

typedef struct
{
  VwCaseModel           *cm;
  VwDocument            *doc;
  VwItem                *meta;
  const VwReportOptions *options;
  const VwCatalog *catalog;
  const VwNumberLocale  *locale;
  VwReportLayout        *layout;
  gboolean               internal;
  const char            *stakeholder;   /* the stakeholder edition's person, or NULL */
  const char            *currency;
  int                    offer;         /* alternative indices, -1 when absent */
  int                    reference;
  int                    status_quo;
  int                    headline;      /* variable index, -1 when absent */
  VwCaseMonteCarlo      *mc;
  char                  *date;          /* the report's date, written for its language */
  VwCaseChartOptions     charts;        /* the report's language and audience, with titles */
} VwReportContext;

#define TR(ctx, s) vw_catalog_translate ((ctx)->catalog, s)

/* vw-report.c */
char       *vw_report_format_scalar     (VwReportContext *ctx,
                                         const char      *unit,
                                         double           value);
char       *vw_report_format_difference (VwReportContext *ctx,
                                         const char      *unit,
                                         double           difference);
char       *vw_report_format_value      (VwReportContext *ctx,
                                         const char      *unit,
                                         const VwValue   *value);
char       *vw_report_format_variable   (VwReportContext *ctx,
                                         int              variable,
                                         int              alternative);
gboolean    vw_report_get_scalar        (VwReportContext *ctx,
                                         int              variable,
                                         int              alternative,
                                         double          *out);
int         vw_report_find_variable     (VwReportContext *ctx,
                                         const char      *id);
int         vw_report_find_alternative  (VwReportContext *ctx,
                                         const char      *id);
const char *vw_report_variable_label    (VwReportContext *ctx,
                                         int              variable);
const char *vw_report_variable_unit     (VwReportContext *ctx,
                                         int              variable);
const char *vw_report_alternative_name  (VwReportContext *ctx,
                                         int              alternative);
const char *vw_report_statement_text    (VwReportContext *ctx,
                                         VwItem          *statement);
const char *vw_report_choice_label      (VwReportContext *ctx,
                                         const char      *choice);
const VwCaseOutputStats *
            vw_report_find_stats        (VwReportContext *ctx,
                                         int              variable,
                                         int              alternative);
void        vw_report_add_note          (VwReportContext *ctx,
                                         const char      *text);
void        vw_report_add_chart         (VwReportContext *ctx,
                                         VwChartData     *data,
                                         double           height);

/* vw-report-sections.c */
void        vw_report_add_cover         (VwReportContext *ctx);
void        vw_report_add_summary       (VwReportContext *ctx);
void        vw_report_add_stakeholders  (VwReportContext *ctx);
void        vw_report_add_elements      (VwReportContext *ctx);

/* vw-report-analysis.c */
void        vw_report_add_alternatives  (VwReportContext *ctx);
void        vw_report_add_uncertainty   (VwReportContext *ctx);
void        vw_report_add_pricing       (VwReportContext *ctx);

/* vw-report-appendix.c */
void        vw_report_add_changes       (VwReportContext *ctx);
void        vw_report_add_verification  (VwReportContext *ctx);
void        vw_report_add_references    (VwReportContext *ctx);
void        vw_report_add_appendix      (VwReportContext *ctx);

G_END_DECLS
