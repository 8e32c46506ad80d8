/* vw-customer-window.h: what the customer sees in a meeting, in large type
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-case-model.h"
#include "vw-document.h"
#include "vw-format.h"

G_BEGIN_DECLS

#define VW_TYPE_CUSTOMER_WINDOW (vw_customer_window_get_type ())

G_DECLARE_FINAL_TYPE (VwCustomerWindow, vw_customer_window, VW, CUSTOMER_WINDOW, AdwWindow)

GtkWidget *vw_customer_window_new          (void);
void       vw_customer_window_set_case     (VwCustomerWindow *self,
                                            VwDocument       *projection,
                                            VwCaseModel      *projection_model,
                                            const char       *stakeholder);
void       vw_customer_window_refresh      (VwCustomerWindow *self);
void       vw_customer_window_set_locale   (VwCustomerWindow *self,
                                            const VwNumberLocale *locale);
char      *vw_customer_window_dup_summary  (VwCustomerWindow *self);
void       vw_customer_window_show_on_best_monitor (VwCustomerWindow *self);

G_END_DECLS
