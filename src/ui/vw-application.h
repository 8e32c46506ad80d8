/* vw-application.h
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VW_TYPE_APPLICATION (vw_application_get_type ())

G_DECLARE_FINAL_TYPE (VwApplication, vw_application, VW, APPLICATION, AdwApplication)

VwApplication *vw_application_new (gint64 started_at);

G_END_DECLS
