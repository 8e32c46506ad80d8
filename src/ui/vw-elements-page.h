/* vw-elements-page.h: the Value Elements page, the selector
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-page.h"

G_BEGIN_DECLS

#define VW_TYPE_ELEMENTS_PAGE (vw_elements_page_get_type ())

G_DECLARE_FINAL_TYPE (VwElementsPage, vw_elements_page, VW, ELEMENTS_PAGE, VwPage)

GtkWidget  *vw_elements_page_new                (void);
GListModel *vw_elements_page_get_shown          (VwElementsPage *self);
void        vw_elements_page_set_dimension      (VwElementsPage *self,
                                                 int             dimension);
void        vw_elements_page_set_stakeholder    (VwElementsPage *self,
                                                 const char     *stakeholder_id);
void        vw_elements_page_set_process_step   (VwElementsPage *self,
                                                 const char     *process_step);
void        vw_elements_page_set_alternative    (VwElementsPage *self,
                                                 const char     *alternative_id);
void        vw_elements_page_sort_by            (VwElementsPage *self,
                                                 const char     *column,
                                                 GtkSortType     order);

G_END_DECLS
