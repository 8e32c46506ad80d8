/* vw-readiness.h: is this customer ready for a value-based offer? (capability 5)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-meta.h"

G_BEGIN_DECLS

/* The customer-selection checklist (docs/domain.md, capability 5), one meta field each. */
typedef enum
{
  VW_CRITERION_VENDOR_MANAGEMENT,  /* their vendor management is aligned with buying on value */
  VW_CRITERION_DATA_SHARING,       /* they will share performance data */
  VW_CRITERION_BARGAINING_POWER,   /* we have enough bargaining power */
  VW_CRITERION_DECISION_MAKER,     /* a decision maker's goals align with our offer */
  VW_N_CRITERIA
} VwCriterion;

typedef enum
{
  VW_FIT_UNKNOWN,
  VW_FIT_NO,
  VW_FIT_PARTLY,
  VW_FIT_YES,
} VwFit;

typedef enum
{
  VW_READINESS_UNASSESSED,  /* no question answered yet */
  VW_READINESS_NOT_READY,   /* a commodity buyer: value will not be paid for */
  VW_READINESS_PREPARE,     /* workable, with open questions or weak answers */
  VW_READINESS_READY,
} VwReadinessLevel;

typedef struct
{
  VwFit            answers[VW_N_CRITERIA];
  int              score;        /* 0–100: the weighted share of the criteria met */
  guint            n_answered;
  VwReadinessLevel level;
} VwReadiness;

const char *vw_criterion_get_field    (VwCriterion        criterion);
const char *vw_criterion_get_question (VwCriterion        criterion);
const char *vw_criterion_get_hint     (VwCriterion        criterion);
int         vw_criterion_get_weight   (VwCriterion        criterion);
VwFit       vw_fit_from_string        (const char        *text);
const char *vw_fit_to_string          (VwFit              fit);

void        vw_readiness_assess       (VwMeta            *meta,
                                       VwReadiness       *out);
char       *vw_readiness_dup_advice   (const VwReadiness *readiness);

G_END_DECLS
