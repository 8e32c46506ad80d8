/* vw-verification-view.h: the value delivered, against what was promised
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-case-model.h"

G_BEGIN_DECLS

#define VW_TYPE_VERIFICATION_VIEW (vw_verification_view_get_type ())

G_DECLARE_FINAL_TYPE (VwVerificationView, vw_verification_view, VW, VERIFICATION_VIEW, AdwBin)

GtkWidget  *vw_verification_view_new          (void);
void        vw_verification_view_set_case     (VwVerificationView *self,
                                               VwDocument         *document,
                                               VwCaseModel        *case_model);
GtkWindow  *vw_verification_view_edit_record  (VwVerificationView *self,
                                               VwVerification     *record);
void        vw_verification_view_refresh      (VwVerificationView *self);

G_END_DECLS
