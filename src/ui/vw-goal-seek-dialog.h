/* vw-goal-seek-dialog.h: which value of an input makes a figure reach a target
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-case-model.h"

G_BEGIN_DECLS

#define VW_TYPE_GOAL_SEEK_DIALOG (vw_goal_seek_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VwGoalSeekDialog, vw_goal_seek_dialog, VW, GOAL_SEEK_DIALOG, AdwWindow)

GtkWidget *vw_goal_seek_dialog_new      (GtkWindow        *parent,
                                         VwCaseModel      *case_model,
                                         guint             alternative);
void       vw_goal_seek_dialog_select   (VwGoalSeekDialog *self,
                                         const char       *output,
                                         const char       *input);
gboolean   vw_goal_seek_dialog_solve    (VwGoalSeekDialog *self,
                                         const char       *target,
                                         double           *solution);
gboolean   vw_goal_seek_dialog_apply    (VwGoalSeekDialog *self);
const char *vw_goal_seek_dialog_get_message (VwGoalSeekDialog *self);

G_END_DECLS
