/* vw-model-page.h: the Model & Simulation page
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-chart-data.h"
#include "vw-kpi-card.h"
#include "vw-page.h"

G_BEGIN_DECLS

#define VW_TYPE_MODEL_PAGE (vw_model_page_get_type ())

G_DECLARE_FINAL_TYPE (VwModelPage, vw_model_page, VW, MODEL_PAGE, VwPage)

/* What the tests and the bench drive. */
guint             vw_model_page_get_n_cards        (VwModelPage *self);
VwKpiCard        *vw_model_page_get_card           (VwModelPage *self,
                                                    guint        index);
GtkWidget        *vw_model_page_find_input_row     (VwModelPage *self,
                                                    const char  *variable);
void              vw_model_page_set_input_alternative (VwModelPage *self,
                                                    guint        alternative);
void              vw_model_page_simulate           (VwModelPage *self,
                                                    guint        n_draws);
void              vw_model_page_cancel_simulation  (VwModelPage *self);
gboolean          vw_model_page_get_simulating     (VwModelPage *self);
const VwCaseMonteCarlo *vw_model_page_get_simulation (VwModelPage *self);
void              vw_model_page_refresh_now        (VwModelPage *self);
void              vw_model_page_start_meeting      (VwModelPage *self);
gboolean          vw_model_page_show_chart         (VwModelPage *self,
                                                    VwChartKind  kind);
GtkWidget        *vw_model_page_get_chart_view     (VwModelPage *self);

G_END_DECLS
