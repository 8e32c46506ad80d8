/* vw-verification-summary.h: promised against realized, per KPI, per value element, to date
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-document.h"

G_BEGIN_DECLS

/* How far realized may fall short of (or exceed) the promise and still be "on track": 5 % of
 * the promised improvement (docs/model.md, "Verification status"). */
#define VW_VERIFICATION_TOLERANCE 0.05

typedef enum
{
  VW_VERIFICATION_PENDING,   /* nothing measured yet */
  VW_VERIFICATION_BEHIND,
  VW_VERIFICATION_ON_TRACK,
  VW_VERIFICATION_AHEAD,
} VwVerificationStatus;

/* What one KPI, one value element or the whole case has delivered so far. */
typedef struct
{
  VwItem               *item;             /* the KPI or element; NULL for the whole case */
  guint                 n_records;
  guint                 n_measured;       /* records with a realized value */
  guint                 n_signed_off;     /* measured and signed off by the customer */
  double                gap;              /* mean relative gap of the measured records; NAN */
  VwVerificationStatus  status;
  guint                 n_valued;         /* measured records with both value figures */
  double                value_promised;   /* to date: the sums over those records */
  double                value_delivered;
} VwVerificationTally;

typedef struct
{
  GArray              *kpis;       /* VwVerificationTally, KPIs with records, document order */
  GArray              *elements;   /* VwVerificationTally, elements with records */
  VwVerificationTally  total;      /* the case: value delivered to date */
  gint64               last_period;  /* the latest measured period, −1 when none */
} VwVerificationSummary;

double                 vw_verification_gap            (double                 promised,
                                                       double                 realized,
                                                       double                 baseline,
                                                       gboolean               lower_is_better);
VwVerificationStatus   vw_verification_status_for_gap (double                 gap);
double                 vw_verification_record_gap     (VwDocument            *document,
                                                       VwVerification        *record);
const char            *vw_verification_status_to_string (VwVerificationStatus status);
const char            *vw_verification_status_get_label (VwVerificationStatus status);

VwVerificationSummary *vw_verification_summary_new    (VwDocument            *document);
void                   vw_verification_summary_free   (VwVerificationSummary *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwVerificationSummary, vw_verification_summary_free)

G_END_DECLS
