/* vw-presenter-window.h: the seller's side of a meeting: every control, the internal figures,
 * private notes, the audience; it drives the customer window
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-customer-window.h"
#include "vw-presentation.h"

G_BEGIN_DECLS

#define VW_TYPE_PRESENTER_WINDOW (vw_presenter_window_get_type ())

G_DECLARE_FINAL_TYPE (VwPresenterWindow, vw_presenter_window, VW, PRESENTER_WINDOW, AdwWindow)

VwPresenterWindow *vw_presenter_window_start          (GtkApplication    *application,
                                                       VwDocument        *document,
                                                       VwCaseModel       *case_model);
VwPresentation    *vw_presenter_window_get_presentation (VwPresenterWindow *self);
VwCustomerWindow  *vw_presenter_window_get_customer_window (VwPresenterWindow *self);
gboolean           vw_presenter_window_set_input      (VwPresenterWindow *self,
                                                       const char        *variable,
                                                       double             value);
void               vw_presenter_window_refresh        (VwPresenterWindow *self);
void               vw_presenter_window_end_meeting    (VwPresenterWindow *self);

G_END_DECLS
