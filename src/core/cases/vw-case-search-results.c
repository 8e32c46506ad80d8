/* vw-case-search-results.c: one page of ranked search hits and the facet counts
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vw-case-search-results.h"

struct _VwCaseSearchResults
{
  GObject     parent_instance;

  GListStore *cases;
  guint       total;
  GPtrArray  *facets[VW_CASE_TAG_N_FACETS];  /* of VwCaseTag with counts */
};

G_DEFINE_FINAL_TYPE (VwCaseSearchResults, vw_case_search_results, G_TYPE_OBJECT)

static void
vw_case_search_results_finalize (GObject *object)
{
  VwCaseSearchResults *self = VW_CASE_SEARCH_RESULTS (object);

  g_object_unref (self->cases);
  for (guint i = 0; i < VW_CASE_TAG_N_FACETS; i++)
    g_ptr_array_unref (self->facets[i]);

  G_OBJECT_CLASS (vw_case_search_results_parent_class)->finalize (object);
}

static void
vw_case_search_results_class_init (VwCaseSearchResultsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vw_case_search_results_finalize;
}

static void
vw_case_search_results_init (VwCaseSearchResults *self)
{
  self->cases = g_list_store_new (VW_TYPE_REFERENCE_CASE);
  for (guint i = 0; i < VW_CASE_TAG_N_FACETS; i++)
    self->facets[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) vw_case_tag_free);
}

VwCaseSearchResults *
vw_case_search_results_new (void)
{
  return g_object_new (VW_TYPE_CASE_SEARCH_RESULTS, NULL);
}

GListModel *
vw_case_search_results_get_cases (VwCaseSearchResults *self)
{
  g_return_val_if_fail (VW_IS_CASE_SEARCH_RESULTS (self), NULL);
  return G_LIST_MODEL (self->cases);
}

guint
vw_case_search_results_get_total (VwCaseSearchResults *self)
{
  g_return_val_if_fail (VW_IS_CASE_SEARCH_RESULTS (self), 0);
  return self->total;
}

GPtrArray *
vw_case_search_results_get_facets (VwCaseSearchResults *self,
                                   VwCaseTagKind        kind)
{
  g_return_val_if_fail (VW_IS_CASE_SEARCH_RESULTS (self), NULL);
  g_return_val_if_fail (kind < VW_CASE_TAG_N_FACETS, NULL);
  return self->facets[kind];
}

void
vw_case_search_results_set_total (VwCaseSearchResults *self,
                                  guint                total)
{
  g_return_if_fail (VW_IS_CASE_SEARCH_RESULTS (self));
  self->total = total;
}

void
vw_case_search_results_add_case (VwCaseSearchResults *self,
                                 VwReferenceCase     *reference_case)
{
  g_return_if_fail (VW_IS_CASE_SEARCH_RESULTS (self));
  g_return_if_fail (VW_IS_REFERENCE_CASE (reference_case));
  g_list_store_append (self->cases, reference_case);
}

void
vw_case_search_results_add_facet (VwCaseSearchResults *self,
                                  VwCaseTag           *facet)
{
  g_return_if_fail (VW_IS_CASE_SEARCH_RESULTS (self));
  g_return_if_fail (facet != NULL && facet->kind < VW_CASE_TAG_N_FACETS);
  g_ptr_array_add (self->facets[facet->kind], facet);
}
