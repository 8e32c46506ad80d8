/* vw-bench-case.h: how the GUI benchmarks start: GTK without animations, and a case
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-vwb.h"

/* GTK and libadwaita with animations off: a frame shows the final state. */
static inline void
vw_bench_init (void)
{
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

/* vw_bench_init(), and the case named on the command line, or the sample @default_sample
 * (build-aux/dev bench runs the benchmarks without arguments). NULL, after saying why, when
 * it cannot be loaded. */
static inline VwDocument *
vw_bench_open_case (int         argc,
                    char      **argv,
                    const char *default_sample)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  VwDocument *doc;

  vw_bench_init ();

  file = argc > 1 ? g_file_new_for_commandline_arg (argv[1])
                  : g_file_new_build_filename (VW_SAMPLES_DIR, default_sample, NULL);
  doc = vw_vwb_load_file (file, NULL, NULL, &error);
  if (doc == NULL)
    g_printerr ("%s\n", error->message);
  return doc;
}
