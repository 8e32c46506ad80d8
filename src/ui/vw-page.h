/* vw-page.h: the base of the main window's pages
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-case-model.h"
#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_PAGE (vw_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (VwPage, vw_page, VW, PAGE, AdwBin)

struct _VwPageClass
{
  AdwBinClass parent_class;

  /* The case shown changed (both NULL when it closes): rebuild from it. The case model is the
   * window's one compiled model of @document, shared by every page. */
  void (*bind) (VwPage      *self,
                VwDocument  *document,
                VwCaseModel *case_model);
};

VwDocument  *vw_page_get_document   (VwPage      *self);
VwCaseModel *vw_page_get_case_model (VwPage      *self);
void         vw_page_set_case       (VwPage      *self,
                                     VwDocument  *document,
                                     VwCaseModel *case_model);
void         vw_page_follow         (VwPage      *self,
                                     const char  *detailed_signal,
                                     GCallback    callback);

G_END_DECLS
