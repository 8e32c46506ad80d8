/* vw-window.h
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-case-model.h"
#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_WINDOW (vw_window_get_type ())

G_DECLARE_FINAL_TYPE (VwWindow, vw_window, VW, WINDOW, AdwApplicationWindow)

VwWindow   *vw_window_new              (AdwApplication *application);
void        vw_window_new_case         (VwWindow       *self);
void        vw_window_open_file        (VwWindow       *self,
                                        GFile          *file);
void        vw_window_show_document    (VwWindow       *self,
                                        VwDocument     *document);
gboolean    vw_window_get_has_case     (VwWindow       *self);
VwWindow   *vw_window_find_for_file    (GtkApplication *application,
                                        GFile          *file);
gboolean    vw_window_get_loading      (VwWindow       *self);
VwDocument *vw_window_get_document     (VwWindow       *self);
VwCaseModel *vw_window_get_case_model  (VwWindow       *self);
const char *vw_window_get_visible_page (VwWindow       *self);
void        vw_window_set_visible_page (VwWindow       *self,
                                        const char     *page_name);
void        vw_window_add_toast        (VwWindow       *self,
                                        const char     *message);

const char * const *vw_window_list_page_names (void);

G_END_DECLS
