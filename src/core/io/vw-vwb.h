/* vw-vwb.h: reading and writing .vwb files (value cases and segment templates)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vw-document.h"
#include "vw-io-error.h"

G_BEGIN_DECLS

#define VW_VWB_NAMESPACE "https://valueworkbench.github.io/ns/vwb/1"

/* Files above this size are refused before parsing (reliability.md §2). */
#define VW_VWB_MAX_BYTES (16 * 1024 * 1024)

typedef struct
{
  guint  line;     /* 0 when the problem has no line (an empty file) */
  char  *message;  /* in a seller's words, without the line */
} VwLoadProblem;

typedef struct
{
  GPtrArray *problems;        /* of VwLoadProblem: every problem found, the first is the error */
  int        version;         /* the file's format version, 0 if unknown */
  char      *draft_original;  /* a draft: the URI of the document it belongs to */
  char      *draft_written;   /* a draft: when it was written (ISO 8601) */
} VwLoadReport;

void        vw_load_report_clear   (VwLoadReport   *report);

VwDocument *vw_vwb_load_bytes      (const char     *data,
                                    gsize           length,
                                    VwLoadReport   *report,
                                    GError        **error);
char       *vw_vwb_serialize       (VwDocument     *document,
                                    const char     *draft_original,
                                    const char     *draft_written,
                                    gsize          *length);

VwDocument *vw_vwb_load_file       (GFile          *file,
                                    GCancellable   *cancellable,
                                    VwLoadReport   *report,
                                    GError        **error);
void        vw_vwb_load_file_async (GFile          *file,
                                    GCancellable   *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer        user_data);
VwDocument *vw_vwb_load_file_finish (GAsyncResult  *result,
                                     GError       **error);
gboolean    vw_vwb_save_file       (VwDocument     *document,
                                    GFile          *file,
                                    gboolean        make_backup,
                                    gboolean        overwrite_changes,
                                    GCancellable   *cancellable,
                                    GError        **error);

gboolean    vw_vwb_file_matches    (GFile          *file,
                                    const char     *checksum,
                                    GCancellable   *cancellable,
                                    gboolean       *matches,
                                    GError        **error);

VwDocument *vw_vwb_new_from_template (VwDocument  *template_doc,
                                      GError     **error);

G_END_DECLS
