/* vw-promote-dialog.h: Promote to Reference Case, with the anonymization preview and tags
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-case-repository.h"
#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_PROMOTE_DIALOG (vw_promote_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VwPromoteDialog, vw_promote_dialog, VW, PROMOTE_DIALOG, AdwWindow)

GtkWindow       *vw_promote_dialog_new         (VwDocument        *document,
                                                VwCaseRepository  *repository,
                                                GError           **error);
VwReferenceCase *vw_promote_dialog_get_preview (VwPromoteDialog   *self);
void             vw_promote_dialog_add         (VwPromoteDialog   *self);

/* A tag kind in the user's words ("Value element"), for the preview and the search facets. */
const char      *vw_case_tag_kind_get_title    (VwCaseTagKind      kind);

G_END_DECLS
