/* vw-elements-page-private.h: shared by the Value Elements page and its table
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-chart-view.h"
#include "vw-element-adder.h"
#include "vw-elements-page.h"

G_BEGIN_DECLS

struct _VwElementsPage
{
  VwPage               parent_instance;

  /* template */
  GtkSearchEntry      *search_entry;
  GtkMenuButton       *add_button;
  GtkDropDown         *dimension_dropdown;
  GtkDropDown         *stakeholder_dropdown;
  GtkDropDown         *step_dropdown;
  GtkDropDown         *alternative_dropdown;
  GtkPaned            *paned;
  GtkBox              *chart_box;
  GtkColumnView       *column_view;
  GtkLabel            *count_label;
  GtkLabel            *value_label;
  GtkLabel            *coverage_label;

  VwChartView         *chart;
  VwElementAdder      *adder;

  GListStore          *rows;         /* of VwElementRow, in document order */
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filtered;
  GtkSortListModel    *sorted;
  GtkSingleSelection  *selection;
  GPtrArray           *sorters;      /* the columns' GtkCustomSorters */
  GHashTable          *columns;      /* name → GtkColumnViewColumn */

  /* the choices of the dropdowns after "All …" (index i + 1) */
  GPtrArray           *stakeholder_ids;
  GPtrArray           *steps;
  GPtrArray           *alternative_ids;
  gboolean             filling_dropdowns;

  guint                refresh_id;
  gboolean             stale;        /* changed while hidden: refresh when shown */
  guint                fit_id;       /* vw_elements_page_fit_columns() after an allocation */
  int                  fit_width;
  gboolean             fit_wider;    /* since the last fit: columns may come back */
  guint                fit_tick;     /* on the column view: fit_columns_tick_cb() */
  guint                fit_step;
  guint                fit_hidden;   /* how many optional columns are left out */
};

void vw_elements_page_setup_columns (VwElementsPage *self);
void vw_elements_page_fit_columns  (VwElementsPage *self,
                                    gboolean        wider);

G_END_DECLS
