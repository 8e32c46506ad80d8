/* vw-cli-eval.h
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int vw_cli_eval (const char *expression,
                 int         horizon);

G_END_DECLS
