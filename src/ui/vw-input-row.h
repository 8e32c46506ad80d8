/* vw-input-row.h: one input of the model: slider, exact entry, unit, source, uncertainty
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-case-model.h"

G_BEGIN_DECLS

#define VW_TYPE_INPUT_ROW (vw_input_row_get_type ())

G_DECLARE_FINAL_TYPE (VwInputRow, vw_input_row, VW, INPUT_ROW, AdwActionRow)

GtkWidget  *vw_input_row_new                 (VwCaseModel *case_model,
                                              guint        variable);
guint       vw_input_row_get_variable        (VwInputRow  *self);
void        vw_input_row_set_alternative     (VwInputRow  *self,
                                              guint        alternative);
void        vw_input_row_refresh             (VwInputRow  *self);
void        vw_input_row_set_meeting_value   (VwInputRow  *self,
                                              double       value);
gboolean    vw_input_row_get_changed_in_meeting (VwInputRow *self);
gboolean    vw_input_row_get_changed_from_template (VwInputRow *self);
double      vw_input_row_get_value           (VwInputRow  *self);
gboolean    vw_input_row_set_text            (VwInputRow  *self,
                                              const char  *text);
GtkRange   *vw_input_row_get_slider          (VwInputRow  *self);

void        vw_input_commit                  (VwCaseModel *case_model,
                                              guint        variable,
                                              guint        alternative,
                                              double       value);

G_END_DECLS
