/* vw-dialog-frame.h: the frame of the page's edit dialogs (Cancel, an action, an error line)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkBox *vw_dialog_frame_build      (AdwWindow   *window,
                                    const char  *action_label,
                                    GtkButton  **action_button,
                                    GtkLabel   **error_label);
void    vw_dialog_frame_show_error (GtkLabel    *error_label,
                                    const char  *message);

G_END_DECLS
