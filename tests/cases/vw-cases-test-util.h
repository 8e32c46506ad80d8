/* vw-cases-test-util.h: helpers shared by the case repository tests
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-case-repository.h"
#include "vw-vwb.h"

G_BEGIN_DECLS

/* A fresh folder under the test's temporary directory, removed by the caller's teardown. */
char             *vw_cases_test_tmpdir       (void);
void              vw_cases_test_rmdir        (const char *path);
/* data/samples/NAME loaded from the source tree. */
VwDocument       *vw_cases_test_load_sample  (const char *name);
/* A small, valid reference case of @industry whose title, summary and figures are given. */
VwReferenceCase  *vw_cases_test_make_case    (const char *title,
                                              const char *industry,
                                              const char *summary,
                                              const char *kpi_key,
                                              double      baseline,
                                              double      realized);
char             *vw_cases_test_sha256_file  (const char *path);

G_END_DECLS
