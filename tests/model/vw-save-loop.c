/* vw-save-loop.c: the writer for kill-during-save.sh
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * vw-save-loop create FILE   writes a ~3 MB case (version A)
 * vw-save-loop run FILE      saves FILE over and over, alternating versions A and B, until killed
 * vw-save-loop verify FILE   exit 0 when FILE loads and is exactly version A or version B
 */

#include <string.h>

#include "vw-test-util.h"

static VwDocument *
big_document (void)
{
  VwDocument *doc = vw_test_small_document ();
  g_autofree char *notes = g_strnfill (2000, 'n');

  for (int i = 0; i < 1400; i++)
    {
      g_autofree char *id = g_strdup_printf ("person_%d", i);
      g_autoptr(VwItem) s = vw_item_new (VW_ITEM_STAKEHOLDER, id);

      vw_item_set_string (s, "name", id);
      vw_item_set_string (s, "notes", notes);
      vw_document_append_item (doc, s);
    }
  return doc;
}

static double
version_value (char version)
{
  return version == 'A' ? 35.5 : 71.25;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(VwDocument) doc = NULL;

  if (argc != 3)
    return 2;
  file = g_file_new_for_commandline_arg (argv[2]);

  if (strcmp (argv[1], "create") == 0)
    {
      doc = big_document ();
      vw_document_set_input (doc, vw_document_find_variable (doc, "fuel_price"), NULL, version_value ('A'));
      return vw_vwb_save_file (doc, file, FALSE, TRUE, NULL, &error) ? 0 : 1;
    }

  if (strcmp (argv[1], "run") == 0)
    {
      doc = vw_vwb_load_file (file, NULL, NULL, &error);
      if (doc == NULL)
        return 1;
      for (guint n = 0;; n++)
        {
          vw_document_set_input (doc, vw_document_find_variable (doc, "fuel_price"), NULL,
                                 version_value (n % 2 ? 'A' : 'B'));
          if (!vw_vwb_save_file (doc, file, FALSE, FALSE, NULL, &error))
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
        }
    }

  if (strcmp (argv[1], "verify") == 0)
    {
      g_autofree char *bytes = NULL;
      g_autofree char *again = NULL;
      gsize len;
      double v = 0;

      if (!g_file_load_contents (file, NULL, &bytes, &len, NULL, &error))
        {
          g_printerr ("cannot be read: %s\n", error->message);
          return 1;
        }
      doc = vw_vwb_load_bytes (bytes, len, NULL, &error);
      if (doc == NULL)
        {
          g_printerr ("does not load: %s\n", error->message);
          return 1;
        }
      /* complete (every person there), canonical, and one of the two versions */
      again = vw_vwb_serialize (doc, NULL, NULL, NULL);
      vw_variable_get_input (vw_document_find_variable (doc, "fuel_price"), NULL, &v);
      if (g_list_model_get_n_items (vw_document_get_items (doc, VW_ITEM_STAKEHOLDER)) != 1401
          || strcmp (again, bytes) != 0 || (v != version_value ('A') && v != version_value ('B')))
        {
          g_printerr ("neither the old nor the new version (fuel price %g)\n", v);
          return 1;
        }
      g_print ("%c\n", v == version_value ('A') ? 'A' : 'B');
      return 0;
    }

  return 2;
}
