/* vw-pricing-page.h: the Pricing page (value split, price corridor, negotiation position)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-page.h"

G_BEGIN_DECLS

#define VW_TYPE_PRICING_PAGE (vw_pricing_page_get_type ())

G_DECLARE_FINAL_TYPE (VwPricingPage, vw_pricing_page, VW, PRICING_PAGE, VwPage)

GtkWidget *vw_pricing_page_new                (void);
void       vw_pricing_page_set_customer_share (VwPricingPage *self,
                                               double         share);

G_END_DECLS
