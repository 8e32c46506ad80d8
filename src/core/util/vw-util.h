/* vw-util.h: small helpers shared by every layer
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean vw_set_str      (char       **str_pointer,
                          const char  *new_str);
gboolean vw_str_is_blank (const char  *text);

G_END_DECLS
