/* vw-preferences-window.h
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-settings.h"

G_BEGIN_DECLS

#define VW_TYPE_PREFERENCES_WINDOW (vw_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (VwPreferencesWindow, vw_preferences_window, VW, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

VwPreferencesWindow *vw_preferences_window_new (VwSettings *settings);

G_END_DECLS
