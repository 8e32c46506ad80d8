/* vw-cases-view.h: the reference cases: search, facets, evidence, benchmark defaults
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-case-repository.h"
#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_CASES_VIEW (vw_cases_view_get_type ())

G_DECLARE_FINAL_TYPE (VwCasesView, vw_cases_view, VW, CASES_VIEW, AdwBin)

GtkWidget           *vw_cases_view_new                  (void);
void                 vw_cases_view_set_document         (VwCasesView   *self,
                                                         VwDocument    *document);
/* Before the view is first shown (tests): another database and sample bundle than the
 * user's ($XDG_DATA_HOME/value-workbench/cases.sqlite, the installed samples). */
void                 vw_cases_view_set_repository_path  (VwCasesView   *self,
                                                         const char    *path,
                                                         GFile         *sample_bundle);
/* Opens the repository (in a worker, seeding the samples on first use) and searches. */
void                 vw_cases_view_open                 (VwCasesView   *self);
VwCaseRepository    *vw_cases_view_get_repository       (VwCasesView   *self);
gboolean             vw_cases_view_get_busy             (VwCasesView   *self);
GtkEditable         *vw_cases_view_get_search_entry     (VwCasesView   *self);
void                 vw_cases_view_search               (VwCasesView   *self);
void                 vw_cases_view_set_facet            (VwCasesView   *self,
                                                         VwCaseTagKind  kind,
                                                         const char    *key);
VwCaseSearchResults *vw_cases_view_get_results          (VwCasesView   *self);
gboolean             vw_cases_view_use_as_evidence      (VwCasesView   *self,
                                                         VwReferenceCase *reference_case,
                                                         const char    *element_id);
char                *vw_cases_view_dup_case_summary     (VwReferenceCase *reference_case);

G_END_DECLS
