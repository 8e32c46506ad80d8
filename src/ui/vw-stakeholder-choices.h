/* vw-stakeholder-choices.h: a stakeholder's role and trust status, in the seller's words
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @field is "role" or "trust"; the choices are the model's (vw-stakeholder.c), in its order. */
GtkStringList *vw_stakeholder_choices_new_model (const char *field);
guint          vw_stakeholder_choices_index     (const char *field,
                                                 const char *value);
const char    *vw_stakeholder_choices_value     (const char *field,
                                                 guint       index);
const char    *vw_stakeholder_choices_label     (const char *field,
                                                 const char *value);

G_END_DECLS
