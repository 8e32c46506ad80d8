/* vw-settings.h: the user's preferences, as GObject properties bound to GSettings
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define VW_TYPE_SETTINGS (vw_settings_get_type ())

G_DECLARE_FINAL_TYPE (VwSettings, vw_settings, VW, SETTINGS, GObject)

VwSettings *vw_settings_new                  (void);
VwSettings *vw_settings_new_for_settings     (GSettings  *settings);
GSettings  *vw_settings_get_gsettings        (VwSettings *self);

guint       vw_settings_get_autosave_delay   (VwSettings *self);
void        vw_settings_set_autosave_delay   (VwSettings *self,
                                              guint       seconds);
gboolean    vw_settings_get_make_backup      (VwSettings *self);
void        vw_settings_set_make_backup      (VwSettings *self,
                                              gboolean    make_backup);
const char *vw_settings_get_default_currency (VwSettings *self);
void        vw_settings_set_default_currency (VwSettings *self,
                                              const char *currency);
const char *vw_settings_get_default_period   (VwSettings *self);
void        vw_settings_set_default_period   (VwSettings *self,
                                              const char *period);
const char *vw_settings_get_color_scheme     (VwSettings *self);
void        vw_settings_set_color_scheme     (VwSettings *self,
                                              const char *scheme);

gboolean    vw_settings_is_valid_currency    (const char *code);

G_END_DECLS
