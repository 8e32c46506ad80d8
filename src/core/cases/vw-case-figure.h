/* vw-case-figure.h: one verified figure of a reference case (a KPI, promised and realized)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VW_TYPE_CASE_FIGURE (vw_case_figure_get_type ())

/* A plain boxed struct: the repository fills it, views read it. Numbers that are unknown are
 * NAN (e.g. a KPI without a baseline); check with isfinite(). */
typedef struct
{
  char     *kpi_key;          /* a stable key across cases, e.g. "downtime" (the KPI's id
                               * without a trailing "_kpi"); benchmarks group by it */
  char     *kpi_name;         /* "Unplanned downtime" */
  char     *unit;             /* "h/year", "share", "EUR/year"; may be empty */
  gboolean  higher_is_better;
  double    baseline;         /* before the offer; NAN if the case had none */
  double    promised;         /* what the value case promised; NAN if none */
  double    realized;         /* what was measured and signed off */
  char     *period_label;     /* "2025", "first year"; may be empty */
} VwCaseFigure;

GType         vw_case_figure_get_type    (void) G_GNUC_CONST;
VwCaseFigure *vw_case_figure_new         (const char          *kpi_key,
                                          const char          *kpi_name,
                                          const char          *unit,
                                          gboolean             higher_is_better,
                                          double               baseline,
                                          double               promised,
                                          double               realized,
                                          const char          *period_label);
VwCaseFigure *vw_case_figure_copy        (const VwCaseFigure  *figure);
void          vw_case_figure_free        (VwCaseFigure        *figure);

/* The improvement over the baseline as a share, positive when better: 0.38 = 38 % less
 * downtime for a lower-is-better KPI. NAN without a finite, non-zero baseline. */
double        vw_case_figure_improvement (const VwCaseFigure  *figure);
/* Realized against promised as a share of the promised change (1 = as promised, > 1 ahead).
 * NAN without a baseline and a promise that differs from it. */
double        vw_case_figure_achievement (const VwCaseFigure  *figure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwCaseFigure, vw_case_figure_free)

G_END_DECLS
