/* vw-template-chooser.h
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-window.h"

G_BEGIN_DECLS

#define VW_TYPE_TEMPLATE_CHOOSER (vw_template_chooser_get_type ())

G_DECLARE_FINAL_TYPE (VwTemplateChooser, vw_template_chooser, VW, TEMPLATE_CHOOSER, AdwWindow)

VwTemplateChooser *vw_template_chooser_new           (VwWindow          *parent);
guint              vw_template_chooser_get_n_templates (VwTemplateChooser *self);
const char        *vw_template_chooser_get_title       (VwTemplateChooser *self,
                                                        guint              index);
void               vw_template_chooser_choose          (VwTemplateChooser *self,
                                                        guint              index);
char             **vw_template_chooser_get_dirs        (void);

G_END_DECLS
