/* vw-finance.h
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finance functions on plain double arrays, following value-math.md (§1–§4): the workbench
 * NPV (c_0 undiscounted), all IRRs with a headline rule, TVM functions, payback. They return
 * a VwFinStatus instead of NaN so the formula engine can turn failures into error values.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  VW_FIN_OK = 0,
  VW_FIN_BAD_RATE,      /* rate <= -1 */
  VW_FIN_EMPTY,         /* no flows */
  VW_FIN_NO_SIGN_CHANGE,/* IRR: the flows never change sign */
  VW_FIN_NO_ROOT,       /* IRR/RATE: NPV never reaches 0 in (-1, 1000] */
  VW_FIN_NOT_REACHED,   /* payback not reached within the horizon */
  VW_FIN_DOMAIN,        /* other invalid argument (dates out of order, MIRR signs…) */
  VW_FIN_OVERFLOW,      /* the result is not a finite number */
} VwFinStatus;

typedef struct
{
  double   roots[16];     /* sorted ascending */
  guint    n_roots;
  gboolean double_root;   /* at least one root is tangential (found as a local minimum) */
  double   headline;      /* value-math §2 step 3 */
  gboolean multiple_irr;
} VwIrrResult;

typedef struct
{
  double   periods;
  gboolean cumulative_negative_again;
} VwPaybackResult;

double      vw_fin_npv        (double        rate,
                               const double *flows,
                               gsize         n);
VwFinStatus vw_fin_npv_checked (double        rate,
                                const double *flows,
                                gsize         n,
                                double       *out);
VwFinStatus vw_fin_xnpv       (double        rate,
                               const double *flows,
                               const double *dates,
                               gsize         n,
                               double       *out);
VwFinStatus vw_fin_irr        (const double *flows,
                               gsize         n,
                               VwIrrResult  *out);
VwFinStatus vw_fin_xirr       (const double *flows,
                               const double *dates,
                               gsize         n,
                               VwIrrResult  *out);
VwFinStatus vw_fin_mirr       (const double *flows,
                               gsize         n,
                               double        finance_rate,
                               double        reinvest_rate,
                               double       *out);
double      vw_fin_pmt        (double rate, double nper, double pv, double fv, double type);
double      vw_fin_fv         (double rate, double nper, double pmt, double pv, double type);
double      vw_fin_pv         (double rate, double nper, double pmt, double fv, double type);
VwFinStatus vw_fin_nper       (double rate, double pmt, double pv, double fv, double type,
                               double *out);
VwFinStatus vw_fin_ipmt       (double rate, double per, double nper, double pv, double fv,
                               double type, double *out);
VwFinStatus vw_fin_rate       (double nper, double pmt, double pv, double fv, double type,
                               double guess, double *out);
double      vw_fin_crf        (double rate, double n);
double      vw_fin_pvaf       (double rate, double n);
VwFinStatus vw_fin_payback    (const double    *flows,
                               gsize            n,
                               double           rate,
                               gboolean         discounted,
                               VwPaybackResult *out);

G_END_DECLS
