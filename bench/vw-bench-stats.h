/* vw-bench-stats.h: the one way the benchmarks summarize their samples
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <math.h>
#include <stdlib.h>

static inline int
vw_bench_compare_doubles (const void *a,
                          const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The nearest-rank percentile: the smallest sample that at least a fraction @p of all samples
 * are at or below (p = 0.5 the median, 0.95 the p95, 1 the largest). Sorts @samples. */
static inline double
vw_bench_percentile (double *samples,
                     guint   n,
                     double  p)
{
  guint rank;

  if (n == 0)
    return 0.0;
  qsort (samples, n, sizeof (double), vw_bench_compare_doubles);
  rank = (guint) ceil (p * n);
  return samples[CLAMP (rank, 1, n) - 1];
}

static inline double
vw_bench_percentile_array (GArray *samples,
                           double  p)
{
  return vw_bench_percentile ((double *) (void *) samples->data, samples->len, p);
}

/* The three load averages, as /proc/loadavg gives them ("0.31 1.89 4.09"), or "?". */
static inline const char *
vw_bench_load_average (void)
{
  static char text[64] = "?";
  g_autofree char *contents = NULL;

  if (g_file_get_contents ("/proc/loadavg", &contents, NULL, NULL))
    {
      g_strlcpy (text, contents, sizeof text);
      for (int i = 0, spaces = 0; text[i] != '\0'; i++)
        if (text[i] == ' ' && ++spaces == 3)
          text[i] = '\0';
    }
  return text;
}
