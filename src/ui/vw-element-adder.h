/* vw-element-adder.h: Benefit on the fly: a new value element with a value formula
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_ELEMENT_ADDER (vw_element_adder_get_type ())

G_DECLARE_FINAL_TYPE (VwElementAdder, vw_element_adder, VW, ELEMENT_ADDER, GtkPopover)

VwElementAdder *vw_element_adder_new          (void);
void            vw_element_adder_set_document (VwElementAdder *self,
                                               VwDocument     *document);
const char     *vw_element_adder_get_result   (VwElementAdder *self);
VwValueElement *vw_element_adder_add          (VwElementAdder *self,
                                               const char     *name,
                                               int             dimension,
                                               const char     *formula,
                                               GError        **error);

G_END_DECLS
