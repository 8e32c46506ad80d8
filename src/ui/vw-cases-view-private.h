/* vw-cases-view-private.h: what the parts of VwCasesView share (vw-cases-view*.c)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-attached-cases-group.h"
#include "vw-benchmark-group.h"
#include "vw-cases-view.h"

G_BEGIN_DECLS

struct _VwCasesView
{
  AdwBin               parent_instance;

  VwDocument          *document;
  VwCaseRepository    *repository;
  char                *repository_path;   /* NULL: the user's */
  GFile               *sample_bundle;     /* NULL: the installed samples */
  GCancellable        *search_cancellable;
  guint                search_serial;     /* of the latest search started */
  gboolean             opening;
  gboolean             searching;
  char                *facets[VW_CASE_TAG_N_FACETS];
  VwCaseSearchResults *results;

  GtkStack            *stack;             /* "loading", "error", "results" */
  AdwStatusPage       *error_page;
  GtkSearchEntry      *entry;
  GtkLabel            *count_label;
  GtkSpinner          *spinner;
  GtkBox              *facet_box;
  GtkListBox          *result_list;
  GtkWidget           *more_button;
  guint                limit;             /* results shown: a page, more on request */
  VwBenchmarkGroup    *benchmarks;
  VwAttachedCasesGroup *attached;
};

void vw_cases_view_show_toast       (VwCasesView *self,
                                     const char  *message);
void vw_cases_view_set_searching    (VwCasesView *self,
                                     gboolean     searching);
void vw_cases_view_import_action    (GtkWidget   *widget,
                                     const char  *action_name,
                                     GVariant    *parameter);
void vw_cases_view_export_action    (GtkWidget   *widget,
                                     const char  *action_name,
                                     GVariant    *parameter);
void vw_cases_view_promote_action   (GtkWidget   *widget,
                                     const char  *action_name,
                                     GVariant    *parameter);

G_END_DECLS
