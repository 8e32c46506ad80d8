/* vw-plain-row.h: preference rows that show text as it is
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Libadwaita's rows read their title and subtitle as Pango markup. Ours show the user's text
 * (names, goals, sources: "R&D <2 h>") and translations ("Modell & Simulation"), never
 * markup, so every row is made plain where it is made.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

static inline GtkWidget *
vw_plain_row (GtkWidget *row)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

G_END_DECLS
