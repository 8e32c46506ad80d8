/* vw-text-binding.h: a text view that edits one text field of an item, undoably
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vw-document.h"

G_BEGIN_DECLS

void vw_text_binding_bind (GtkTextView *view,
                           VwDocument  *document,
                           VwItem      *item,
                           const char  *field);

G_END_DECLS
