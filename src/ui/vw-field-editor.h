/* vw-field-editor.h: one widget editing one field of an item, through document commands
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vw-document.h"

G_BEGIN_DECLS

/* @widget: a GtkEditable (text, date), GtkSpinButton (int), GtkDropDown or AdwComboRow (enum,
 * by the choices of vw-stakeholder-choices.h), GtkCheckButton or GtkSwitch (bool). */
void     vw_field_editor_show   (GtkWidget  *widget,
                                 VwItem     *item,
                                 const char *field);
gboolean vw_field_editor_commit (GtkWidget  *widget,
                                 VwDocument *document,
                                 VwItem     *item,
                                 const char *field);
gboolean vw_field_editor_busy   (GtkWidget  *widget);

G_END_DECLS
