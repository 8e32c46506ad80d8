/* vw-kpi-card.h: one customer KPI for one alternative: baseline → with the offer → target
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used by the Model & Simulation page, the Pricing page and the presentation windows:
 *
 *   GtkWidget *card = vw_kpi_card_new ();
 *   vw_kpi_card_show_kpi (VW_KPI_CARD (card), case_model, kpi, offer, reference, NULL);
 *   g_signal_connect (card, "activate", G_CALLBACK (explain_cb), kpi);   // click, Enter
 *
 * or, without a case model, vw_kpi_card_set_title/_set_format/_set_figures/_set_range. The card
 * only formats what it is given (vw-format.h): a customer window gives it the figures of the
 * customer projection, never internal ones.
 */

#pragma once

#include <adwaita.h>

#include "vw-case-model.h"
#include "vw-format.h"
#include "vw-kpi.h"

G_BEGIN_DECLS

#define VW_TYPE_KPI_CARD (vw_kpi_card_get_type ())

G_DECLARE_FINAL_TYPE (VwKpiCard, vw_kpi_card, VW, KPI_CARD, GtkWidget)

GtkWidget  *vw_kpi_card_new                 (void);

void        vw_kpi_card_set_title           (VwKpiCard            *self,
                                             const char           *title);
const char *vw_kpi_card_get_title           (VwKpiCard            *self);
void        vw_kpi_card_set_subtitle        (VwKpiCard            *self,
                                             const char           *subtitle);
void        vw_kpi_card_set_locale          (VwKpiCard            *self,
                                             const VwNumberLocale *locale);
void        vw_kpi_card_set_format          (VwKpiCard            *self,
                                             const VwValueFormat  *format);
void        vw_kpi_card_set_lower_is_better (VwKpiCard            *self,
                                             gboolean              lower_is_better);
void        vw_kpi_card_set_figures         (VwKpiCard            *self,
                                             double                baseline,
                                             double                value,
                                             double                target);
void        vw_kpi_card_set_error           (VwKpiCard            *self,
                                             const char           *message);
void        vw_kpi_card_set_range           (VwKpiCard            *self,
                                             double                p10,
                                             double                p90);

void        vw_kpi_card_show_kpi            (VwKpiCard            *self,
                                             VwCaseModel          *case_model,
                                             VwKpi                *kpi,
                                             guint                 alternative,
                                             int                   reference,
                                             const VwCaseOutputStats *stats);

const char *vw_kpi_card_get_value_text      (VwKpiCard            *self);
const char *vw_kpi_card_get_delta_text      (VwKpiCard            *self);
const char *vw_kpi_card_get_range_text      (VwKpiCard            *self);
int         vw_kpi_card_get_verdict         (VwKpiCard            *self);

G_END_DECLS
