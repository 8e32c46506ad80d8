/* vw-test-util.h: helpers shared by the model tests
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-vwb.h"

G_BEGIN_DECLS

VwDocument *vw_test_small_document (void);
char       *vw_test_source_path    (const char *first,
                                    ...) G_GNUC_NULL_TERMINATED;
GPtrArray  *vw_test_list_samples   (void);
VwDocument *vw_test_load_sample    (const char *name);
char       *vw_test_first_message  (const char *data,
                                    gsize       length,
                                    guint      *line);

G_END_DECLS
