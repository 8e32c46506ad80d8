/* main.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>
#include <locale.h>

#include "vw-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VwApplication) app = NULL;
  gint64 started_at = g_get_monotonic_time ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = vw_application_new (started_at);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
