/* vw-uncertainty-editor.h: an input's distribution, with a small preview
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_UNCERTAINTY_EDITOR (vw_uncertainty_editor_get_type ())

G_DECLARE_FINAL_TYPE (VwUncertaintyEditor, vw_uncertainty_editor, VW, UNCERTAINTY_EDITOR, GtkWidget)

GtkWidget  *vw_uncertainty_editor_new         (VwDocument *document,
                                               VwVariable *variable);
GtkWidget  *vw_uncertainty_editor_new_popover (VwDocument *document,
                                               VwVariable *variable);
const char *vw_uncertainty_kind_label         (const char *kind);

G_END_DECLS
