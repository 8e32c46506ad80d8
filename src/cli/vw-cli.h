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

/* The options shared by the commands on a value case (vw-cli-case.c). */
typedef struct
{
  const char  *scenario;
  const char  *audience;         /* "internal", "customer" or "stakeholder:ID" */
  gboolean     internal;
  char        *stakeholder_id;   /* of a "stakeholder:ID" audience */
  gint64       draws;            /* −1: not given */
  gint64       seed;             /* −1: not given */
  const char **sets;
} VwCliCaseOptions;

int         vw_cli_case_options_parse     (GVariantDict           *options,
                                           VwCliCaseOptions       *out);
void        vw_cli_case_options_clear     (VwCliCaseOptions       *options);
int         vw_cli_case_options_apply     (const VwCliCaseOptions *options,
                                           VwCaseModel            *cm);
guint       vw_cli_case_options_get_draws (const VwCliCaseOptions *options,
                                           VwCaseModel            *cm);
guint64     vw_cli_case_options_get_seed  (const VwCliCaseOptions *options,
                                           VwCaseModel            *cm);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VwCliCaseOptions, vw_cli_case_options_clear)

void       vw_cli_add_options (GApplication *app);
int        vw_cli_run         (GVariantDict *options);
GPtrArray *vw_cli_get_files   (GVariantDict *options);

/* Headless commands, one file each (vw-cli-<command>.c); each returns its exit status. */
int        vw_cli_check       (const char   *path);
int        vw_cli_eval        (const char   *expression,
                               int           horizon);
int        vw_cli_simulate    (const char   *path,
                               GVariantDict *options);
int        vw_cli_export_charts (const char   *dir,
                                 const char   *path,
                                 GVariantDict *options);
int        vw_cli_export_pdf  (const char   *out,
                               GVariantDict *options);
int        vw_cli_cases       (GVariantDict *options);
int        vw_cli_export_results (const char *out,
                               GVariantDict *options);
char      *vw_cli_results_json (VwCaseModel *cm,
                               VwCaseMonteCarlo *mc);

/* --set ID[@ALT]=VALUE on a case model, and loading a case (vw-cli-case.c). */
int        vw_cli_parse_set   (const char   *arg,
                               char        **id,
                               char        **alt,
                               double       *value);
int        vw_cli_apply_set   (VwCaseModel  *cm,
                               const char   *arg);
VwDocument *vw_cli_load_document (const char *path);

/* JSON output shared by the commands (vw-cli-simulate.c). */
void       vw_cli_json_string (GString      *out,
                               const char   *s);
void       vw_cli_json_number (GString      *out,
                               double        v);

G_END_DECLS
