/* vw-recovery.h: offering the drafts of unsaved work left by a crash
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

gboolean vw_recovery_offer (GtkApplication *application);

G_END_DECLS
