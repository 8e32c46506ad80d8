/* vw-stats.h
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Percentiles (value-math §11), distribution functions and their inverses. Functions return
 * FALSE for arguments outside their domain instead of a NaN.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

double   vw_stats_percentile_sorted (const double *sorted,
                                     gsize         n,
                                     double        p);
void     vw_stats_percentiles_select (double       *x,
                                      gsize         n,
                                      const double *p,
                                      double       *out,
                                      guint         n_p);
gboolean vw_stats_percentile_inc    (const double *data,
                                     gsize         n,
                                     double        p,
                                     double       *out);
gboolean vw_stats_percentile_exc    (const double *data,
                                     gsize         n,
                                     double        p,
                                     double       *out);
double   vw_stats_norm_cdf          (double z);
double   vw_stats_norm_pdf          (double z);
gboolean vw_stats_norm_s_inv        (double p,
                                     double *out);
double   vw_stats_beta_cdf          (double x,
                                     double a,
                                     double b);
gboolean vw_stats_beta_inv          (double p,
                                     double a,
                                     double b,
                                     double *out);
gboolean vw_stats_triangular_inv    (double p,
                                     double min,
                                     double mode,
                                     double max,
                                     double *out);

G_END_DECLS
