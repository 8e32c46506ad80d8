/* vw-cli.h: the command line's options and its headless commands
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vw-case-model.h"

G_BEGIN_DECLS

/* Exit statuses of every command (docs/cli.md). */
#define VW_EXIT_OK        0
#define VW_EXIT_BAD_INPUT 1
#define VW_EXIT_USAGE     2

void       vw_cli_add_options (GApplication *app);
int        vw_cli_run         (GVariantDict *options);
GPtrArray *vw_cli_get_files   (GVariantDict *options);

/* Headless commands, one file each (vw-cli-<command>.c); each returns its exit status. */
int        vw_cli_check       (const char   *path);
int        vw_cli_eval        (const char   *expression,
                               int           horizon);
int        vw_cli_simulate    (const char   *path,
                               GVariantDict *options);
int        vw_cli_export_pdf  (const char   *out,
                               GVariantDict *options);

/* --set ID[@ALT]=VALUE on a case model (vw-cli-simulate.c). */
int        vw_cli_apply_set   (VwCaseModel  *cm,
                               const char   *arg);
VwDocument *vw_cli_load_document (const char *path);

G_END_DECLS
