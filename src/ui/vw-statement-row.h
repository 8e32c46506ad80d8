/* vw-statement-row.h: one statement of the value proposition stack, with its live figure
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vw-case-model.h"

G_BEGIN_DECLS

#define VW_TYPE_STATEMENT_ROW (vw_statement_row_get_type ())

G_DECLARE_FINAL_TYPE (VwStatementRow, vw_statement_row, VW, STATEMENT_ROW, GtkBox)

GtkWidget   *vw_statement_row_new            (VwCaseModel    *case_model,
                                              VwStatement    *statement);
VwStatement *vw_statement_row_get_statement  (VwStatementRow *self);
const char  *vw_statement_row_get_figure     (VwStatementRow *self);
void         vw_statement_row_update_figure  (VwStatementRow *self);

char        *vw_statement_format_figure      (VwCaseModel    *case_model,
                                              VwStatement    *statement,
                                              VwVariable    **variable,
                                              gboolean       *is_error);

G_END_DECLS
