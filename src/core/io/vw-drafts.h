/* vw-drafts.h: unsaved work, kept apart from the user's files, for recovery after a crash
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-vwb.h"

G_BEGIN_DECLS

typedef struct
{
  char      *id;        /* the document's draft id (a UUID) */
  char      *path;
  char      *title;     /* NULL when the draft cannot be read */
  char      *original;  /* URI of the document's file, NULL for a never-saved document */
  GDateTime *written;
  char      *problem;   /* why the draft cannot be recovered, or NULL */
} VwDraftInfo;

void         vw_draft_info_free (VwDraftInfo  *info);
char        *vw_drafts_get_dir  (void);
gboolean     vw_drafts_write    (VwDocument   *document,
                                 GError      **error);
GPtrArray   *vw_drafts_list     (void);
VwDocument  *vw_drafts_recover  (const char   *id,
                                 GError      **error);
gboolean     vw_drafts_remove   (const char   *id,
                                 GError      **error);
guint        vw_drafts_clean_temporaries (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwDraftInfo, vw_draft_info_free)

G_END_DECLS
