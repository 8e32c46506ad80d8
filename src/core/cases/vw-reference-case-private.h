/* vw-reference-case-private.h: what the repository sets on the cases it reads
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-reference-case.h"

G_BEGIN_DECLS

/* Limits of a stored case; bundles and the database are checked against them. */
#define VW_CASE_MAX_TITLE   500
#define VW_CASE_MAX_TEXT    (64 * 1024)
#define VW_CASE_MAX_TAGS    200
#define VW_CASE_MAX_FIGURES 200
#define VW_CASE_MAX_KEY     64

void _vw_reference_case_set_stored (VwReferenceCase *self,
                                    const char      *uid,
                                    const char      *fingerprint,
                                    const char      *added);
void _vw_reference_case_set_hit    (VwReferenceCase *self,
                                    const char      *snippet,
                                    double           score);

G_END_DECLS
