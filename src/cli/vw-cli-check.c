/* vw-cli-check.c: value-workbench --check FILE
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Validates a file with the very loader the workbench uses: "FILE: valid" on stdout and exit
 * status 0, or one "FILE:LINE: message" line per problem on stderr and exit status 1.
 */

#define G_LOG_DOMAIN "vw-cli"

#include <glib/gi18n.h>

#include "vw-cli.h"
#include "vw-vwb.h"

int
vw_cli_check (const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) doc = NULL;
  VwLoadReport report = { 0 };

  g_return_val_if_fail (path != NULL, VW_EXIT_USAGE);

  file = g_file_new_for_commandline_arg (path);
  doc = vw_vwb_load_file (file, NULL, &report, &error);

  if (doc == NULL)
    {
      if (report.problems == NULL || report.problems->len == 0)
        g_printerr ("%s: %s\n", path, error->message);  /* could not be read at all */
      for (guint i = 0; report.problems != NULL && i < report.problems->len; i++)
        {
          const VwLoadProblem *p = g_ptr_array_index (report.problems, i);

          if (p->line > 0)
            g_printerr ("%s:%u: %s\n", path, p->line, p->message);
          else
            g_printerr ("%s: %s\n", path, p->message);
        }
      vw_load_report_clear (&report);
      return VW_EXIT_BAD_INPUT;
    }

  /* TRANSLATORS: the output of --check for a good file; keep "valid" short */
  g_print (_("%s: valid\n"), path);
  if (vw_document_get_read_only (doc))
    g_printerr ("%s: %s\n", path, vw_document_get_read_only_reason (doc));
  vw_load_report_clear (&report);

  return VW_EXIT_OK;
}
