/* vw-explain-window.h: "Explain this number": a figure unfolded into formulas and inputs
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-case-model.h"

G_BEGIN_DECLS

#define VW_TYPE_EXPLAIN_WINDOW (vw_explain_window_get_type ())

G_DECLARE_FINAL_TYPE (VwExplainWindow, vw_explain_window, VW, EXPLAIN_WINDOW, AdwWindow)

GtkWidget *vw_explain_window_new       (GtkWindow   *parent,
                                        VwCaseModel *case_model,
                                        guint        variable,
                                        guint        alternative);
GtkWidget *vw_explain_window_get_tree  (VwExplainWindow *self);

G_END_DECLS
