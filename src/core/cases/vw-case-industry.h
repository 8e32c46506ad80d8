/* vw-case-industry.h: the industries of the case repository (from the seed study's companies)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *id;          /* stored in the database and bundles: "paper" */
  const char *label;       /* N_() "Pulp, paper and board": translate with _() to show */
  const char *descriptor;  /* N_() "a paper and board mill": replaces the customer's name */
} VwCaseIndustry;

/* Every known industry, ending with { NULL }; "other" is last before the terminator. */
const VwCaseIndustry *vw_case_industries          (void);
/* NULL for an unknown id. */
const VwCaseIndustry *vw_case_industry_find       (const char *id);
/* A best guess from free text (a case's segment and title), "other" when nothing fits. */
const VwCaseIndustry *vw_case_industry_guess      (const char *text);

G_END_DECLS
