/* vw-vwb-private.h: what the parts of the .vwb loader share
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "vw-vwb.h"

G_BEGIN_DECLS

/* Caps on what one file may hold: far above any real case, far below what hurts. */
#define VW_MAX_ELEMENTS      200000
#define VW_MAX_ITEMS_OF_KIND 20000

typedef struct
{
  VwDocument   *doc;
  VwLoadReport *report;
  VwIoError     first_code;
  gboolean      lenient;     /* a newer format version: skip what we do not know */
  guint         n_elements;
  GHashTable   *lines;       /* VwItem → line, for messages about references */
} VwLoader;

void     vw_loader_problem (VwLoader   *loader,
                            VwIoError   code,
                            guint       line,
                            const char *format,
                            ...) G_GNUC_PRINTF (4, 5);
gboolean vw_loader_walk    (VwLoader   *loader,
                            xmlNodePtr  root);

G_END_DECLS
