/* vw-case-bundle-private.h: .vwcases bundles, read (untrusted) and written
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vw-reference-case.h"

G_BEGIN_DECLS

#define VW_CASE_BUNDLE_NAMESPACE "https://valueworkbench.github.io/ns/vwcases/1"
#define VW_CASE_BUNDLE_MAX_CASES 1000000

/* Every case of the bundle, each validated; the first problem fails the whole bundle with
 * VW_CASE_ERROR_INVALID_BUNDLE and its line. (element-type VwReferenceCase) */
GPtrArray *_vw_case_bundle_parse     (const char    *data,
                                      gsize          length,
                                      const char    *display_name,
                                      GCancellable  *cancellable,
                                      GError       **error);
/* Appends one case to a bundle being written (between the header and the footer). */
void       _vw_case_bundle_append    (GString       *out,
                                      VwReferenceCase *reference_case);
#define VW_CASE_BUNDLE_HEADER \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<value-cases xmlns=\"" VW_CASE_BUNDLE_NAMESPACE "\" version=\"1\">\n"
#define VW_CASE_BUNDLE_FOOTER "</value-cases>\n"

G_END_DECLS
