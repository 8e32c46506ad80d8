/* vw-evidence-page.h: Evidence & Cases, the verification of this case and the reference cases
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-page.h"

G_BEGIN_DECLS

#define VW_TYPE_EVIDENCE_PAGE (vw_evidence_page_get_type ())

G_DECLARE_FINAL_TYPE (VwEvidencePage, vw_evidence_page, VW, EVIDENCE_PAGE, VwPage)

GtkWidget *vw_evidence_page_new                   (void);
GtkWidget *vw_evidence_page_get_verification_view (VwEvidencePage *self);
GtkWidget *vw_evidence_page_get_cases_view        (VwEvidencePage *self);
void       vw_evidence_page_show_view             (VwEvidencePage *self,
                                                   const char     *name);

G_END_DECLS
