/* vw-performance-clause.h: the part of the price that depends on verified value
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-case-model.h"

G_BEGIN_DECLS

/* One period of the contract with value to verify. */
typedef struct
{
  gint64  period;           /* t */
  char   *label;            /* the records' period label, or NULL */
  double  fee;              /* the offer's price in this period; NAN when the model has none */
  double  at_risk;          /* fee × share */
  double  value_promised;   /* of the period's measured records with both value figures */
  double  value_delivered;  /* of the same records; NAN until one is measured */
  double  attainment;       /* delivered / promised, within [0, cap]; NAN until measured */
  double  earned;           /* at_risk × attainment; NAN until measured */
} VwClausePeriod;

typedef struct
{
  double  share;            /* of the price tied to verified value, 0–1 */
  double  cap;              /* the most the at-risk part can pay, as a multiple (≥ 1) */
  GArray *periods;          /* VwClausePeriod, by period */
  double  at_risk_to_date;  /* sums over the verified periods */
  double  earned_to_date;
} VwPerformanceClause;

VwPerformanceClause *vw_performance_clause_new  (VwCaseModel         *case_model);
void                 vw_performance_clause_free (VwPerformanceClause *clause);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwPerformanceClause, vw_performance_clause_free)

G_END_DECLS
