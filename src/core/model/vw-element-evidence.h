/* vw-element-evidence.h: reference cases attached to a value element as its evidence
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-document.h"

G_BEGIN_DECLS

gboolean   vw_element_has_case    (VwItem      *element,
                                   const char  *uid);
char     **vw_element_dup_cases   (VwItem      *element);
gboolean   vw_element_attach_case (VwDocument  *document,
                                   VwItem      *element,
                                   const char  *uid,
                                   const char  *summary);
gboolean   vw_element_detach_case (VwDocument  *document,
                                   VwItem      *element,
                                   const char  *uid,
                                   const char  *summary);

G_END_DECLS
