/* vw-make-draft.c: writes a draft through the drafts API, as a crashed session leaves one
 *   vw-make-draft CASE.vwb TITLE   (XDG_DATA_HOME says where the drafts go)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vw-drafts.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) document = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: vw-make-draft CASE.vwb TITLE\n");
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  document = vw_vwb_load_file (file, NULL, NULL, &error);
  if (document == NULL
      || !vw_document_set_string (document, VW_ITEM (vw_document_get_meta (document)),
                                  "title", argv[2])
      || !vw_drafts_write (document, &error))
    {
      g_printerr ("%s\n", error != NULL ? error->message : "the title was refused");
      return 1;
    }

  g_print ("%s\n", vw_document_get_draft_id (document));
  return 0;
}
