/* vw-normalize.c: rewrites .vwb files in the canonical layout (for maintaining the samples)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: vw-normalize FILE…   Each file is loaded with the real loader and written back by the
 * real writer; a file that does not load is left alone and its problems are printed.
 */

#include <locale.h>

#include "vw-vwb.h"

int
main (int   argc,
      char *argv[])
{
  int status = 0;

  setlocale (LC_ALL, "");

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(VwDocument) doc = NULL;
      VwLoadReport report = { 0 };
      g_autofree char *data = NULL;
      gsize len;

      doc = vw_vwb_load_file (file, NULL, &report, &error);
      if (doc == NULL)
        {
          for (guint p = 0; report.problems && p < report.problems->len; p++)
            {
              VwLoadProblem *problem = g_ptr_array_index (report.problems, p);

              g_printerr ("%s:%u: %s\n", argv[i], problem->line, problem->message);
            }
          if (report.problems == NULL || report.problems->len == 0)
            g_printerr ("%s: %s\n", argv[i], error->message);
          vw_load_report_clear (&report);
          status = 1;
          continue;
        }
      vw_load_report_clear (&report);

      data = vw_vwb_serialize (doc, NULL, NULL, &len);
      if (!g_file_set_contents (argv[i], data, len, &error))
        {
          g_printerr ("%s: %s\n", argv[i], error->message);
          status = 1;
        }
    }

  return status;
}
