/* vw-input-adder.h: Add Input: a new figure of the customer's, with its unit and value
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_INPUT_ADDER (vw_input_adder_get_type ())

G_DECLARE_FINAL_TYPE (VwInputAdder, vw_input_adder, VW, INPUT_ADDER, GtkPopover)

VwInputAdder *vw_input_adder_new          (void);
void          vw_input_adder_set_document (VwInputAdder  *self,
                                           VwDocument    *document);
VwVariable   *vw_input_adder_add          (VwInputAdder  *self,
                                           const char    *label,
                                           const char    *unit,
                                           const char    *value,
                                           GError       **error);

G_END_DECLS
