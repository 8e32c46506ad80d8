/* vw-case-promotion.h: a verified value case → an anonymized reference case (with preview)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-document.h"
#include "vw-reference-case.h"

G_BEGIN_DECLS

typedef struct
{
  const char *industry;     /* a VwCaseIndustry id; NULL: guessed from the segment and title */
  const char *application;  /* "Preventive maintenance"; NULL: from the template or segment */
  const char *region;       /* "Nordics"; NULL: none */
  int         year;         /* 0: the year of the last signed-off record, else of start-date */
  gboolean    sample;
} VwCasePromotionOptions;

typedef struct
{
  /* What the anonymization replaced, for the preview ("Kaskimäki Board Oy → a paper and
   * board mill"); shown to the seller only, never stored. (element-type utf8) */
  GPtrArray *replacements;
  guint      names_removed;          /* occurrences of people's and organizations' names */
  guint      internal_items_removed; /* internal variables and fields left out (projection) */
  guint      records_used;           /* verification records with a realized value */
} VwCasePromotionReport;

void             vw_case_promotion_report_clear (VwCasePromotionReport        *report);

/* Builds the reference case from the customer projection of @document, so nothing internal
 * is ever read into it; then replaces the customer's name by the industry's descriptor and
 * removes every person's and organization's name from every text. Nothing is stored: the
 * result is the preview, vw_case_repository_add() stores it. Fails with
 * VW_CASE_ERROR_NOT_VERIFIED when no record has a realized value. @report may be NULL. */
VwReferenceCase *vw_case_promote                (VwDocument                   *document,
                                                 const VwCasePromotionOptions *options,
                                                 VwCasePromotionReport        *report,
                                                 GError                      **error);

G_END_DECLS
