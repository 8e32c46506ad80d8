/* vw-input-range.h: set an input's value and its uncertainty range in one step
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-document.h"

G_BEGIN_DECLS

gboolean vw_document_set_input_range (VwDocument  *document,
                                      VwVariable  *variable,
                                      const char  *alternative,
                                      double       median,
                                      double       p10,
                                      double       p90,
                                      const char  *source,
                                      GError     **error);

G_END_DECLS
