/* fuzz-vwb.c: libFuzzer target for the .vwb loader
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes → the loader. When they load: save → load must give the same model and the same
 * bytes (the round-trip promise of docs/file-format.md). Built as a libFuzzer binary with
 * -Dfuzzing=true (clang); fuzz-replay.c runs the committed corpus in `meson test`.
 */

#include <libxml/parser.h>
#include <stdint.h>
#include <string.h>

#include "vw-vwb.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwDocument) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize len;

  doc = vw_vwb_load_bytes ((const char *) data, size, NULL, &error);
  if (doc == NULL)
    {
      /* a refusal always says why */
      g_assert (error != NULL && error->message[0] != '\0');
      return 0;
    }

  first = vw_vwb_serialize (doc, NULL, NULL, &len);
  again = vw_vwb_load_bytes (first, len, NULL, &error);
  if (again == NULL)
    g_error ("a saved document does not load: %s", error->message);
  if (!vw_document_equal (doc, again))
    g_error ("load → save → load changed the document");
  second = vw_vwb_serialize (again, NULL, NULL, NULL);
  if (strcmp (first, second) != 0)
    g_error ("load → save → load changed the bytes");

  return 0;
}
