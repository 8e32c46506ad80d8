/* vw-model-page-private.h: shared by the Model & Simulation page's files
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-model-page.h"

G_BEGIN_DECLS

struct _VwModelPage
{
  VwPage            parent_instance;

  GtkStack         *stack;
  AdwStatusPage    *empty_page;
  GtkMenuButton    *add_input_buttons[2];  /* below the inputs, and on the empty page */
  GtkMenuButton    *add_kpi_button;
  GtkDropDown      *scenario_dropdown;
  GPtrArray        *scenario_ids;       /* char *, NULL first: the inputs as entered */
  GtkDropDown      *alternative_dropdown;
  GtkButton        *simulate_button;
  GtkButton        *cancel_button;
  GtkProgressBar   *progress;
  GtkLabel         *simulation_label;
  GtkButton        *goal_seek_button;
  GtkBox           *inputs_box;
  GtkFlowBox       *cards_box;
  GtkGrid          *table;
  GtkStack         *charts_stack;

  GPtrArray        *input_rows;         /* VwInputRow */
  GHashTable       *rows_by_variable;   /* VwVariable → VwInputRow */
  GPtrArray        *cards;              /* VwKpiCard; data "vw-kpi", "vw-alt" */
  GPtrArray        *table_cells;        /* GtkButton; data "vw-var", "vw-alt" */
  GPtrArray        *formula_rows;       /* AdwEntryRow; data "vw-var" */

  guint             refresh_tick;
  gboolean          needs_rebuild;
  gboolean          updating_controls;

  int               offer;              /* alternatives by role, −1 when absent */
  int               reference;
  guint             input_alternative;
  double           *meeting_values;     /* n_variables × n_alternatives, or NULL */

  /* The Monte Carlo: a worker thread on a copy of the case (vw-model-page-simulation.c). */
  GCancellable     *mc_cancellable;
  gpointer          mc_job;
  guint             mc_progress_source;
  VwCaseMonteCarlo *mc;
  GHashTable       *mc_index;           /* var × alt + 1 → VwCaseOutputStats */
  gboolean          mc_stale;           /* inputs changed since */
};

void vw_model_page_simulation_dispose  (VwModelPage *self);
void vw_model_page_clear_simulation    (VwModelPage *self);
void vw_model_page_mark_simulation_stale (VwModelPage *self);
const VwCaseOutputStats *vw_model_page_lookup_stats (VwModelPage *self,
                                                     guint        variable,
                                                     guint        alternative);
void vw_model_page_update_values       (VwModelPage *self);
void vw_model_page_explain             (VwModelPage *self,
                                        guint        variable,
                                        guint        alternative);
GtkWidget *vw_model_page_build_simulation_bar (VwModelPage *self);
GtkWidget *vw_model_page_build_charts  (VwModelPage *self);
void vw_model_page_update_chart        (VwModelPage *self);
void vw_model_page_invalidate_charts   (VwModelPage *self);
void vw_model_page_schedule_refresh    (VwModelPage *self);
int  vw_model_page_variable_index      (VwCaseModel *case_model,
                                        const char  *id);
void vw_model_page_build_inputs        (VwModelPage *self,
                                        GtkListBox  *list);
void vw_model_page_build_formulas      (VwModelPage *self,
                                        GtkListBox  *list);
void vw_model_page_update_formula_rows (VwModelPage *self);

G_END_DECLS
