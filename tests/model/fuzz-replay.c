/* fuzz-replay.c: runs a fuzz target over files and folders (the committed corpus), as a test
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static guint n_inputs;

static void
run_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len;

  if (!g_file_get_contents (path, &data, &len, NULL))
    return;
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
  n_inputs++;
}

static void
run_path (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      run_file (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_REGULAR))
        run_file (child);
    }
}

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    run_path (argv[i]);

  /* TAP, so meson shows the count */
  g_print ("ok 1 - %u inputs replayed\n1..1\n", n_inputs);
  return n_inputs > 0 ? 0 : 1;
}
