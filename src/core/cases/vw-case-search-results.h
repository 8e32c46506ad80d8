/* vw-case-search-results.h: one page of ranked search hits and the facet counts of all matches
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vw-reference-case.h"

G_BEGIN_DECLS

#define VW_TYPE_CASE_SEARCH_RESULTS (vw_case_search_results_get_type ())

G_DECLARE_FINAL_TYPE (VwCaseSearchResults, vw_case_search_results, VW, CASE_SEARCH_RESULTS, GObject)

VwCaseSearchResults *vw_case_search_results_new        (void);
/* The hits of the requested page, best first: a GListModel of VwReferenceCase (with snippet
 * and score), ready for a GtkListView. (transfer none) */
GListModel          *vw_case_search_results_get_cases  (VwCaseSearchResults *self);
/* How many cases match in all (not only this page). */
guint                vw_case_search_results_get_total  (VwCaseSearchResults *self);
/* The facet counts of one kind (industry, element, KPI, dimension) over all matches, most
 * frequent first; (element-type VwCaseTag) (transfer none). */
GPtrArray           *vw_case_search_results_get_facets (VwCaseSearchResults *self,
                                                        VwCaseTagKind        kind);

/* For the repository. */
void                 vw_case_search_results_set_total  (VwCaseSearchResults *self,
                                                        guint                total);
void                 vw_case_search_results_add_case   (VwCaseSearchResults *self,
                                                        VwReferenceCase     *reference_case);
void                 vw_case_search_results_add_facet  (VwCaseSearchResults *self,
                                                        VwCaseTag           *facet);

G_END_DECLS
