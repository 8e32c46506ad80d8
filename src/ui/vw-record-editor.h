/* vw-record-editor.h: add or edit one verification record
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_RECORD_EDITOR (vw_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (VwRecordEditor, vw_record_editor, VW, RECORD_EDITOR, AdwWindow)

/* @record NULL: a new record, added on Save. Saving is one undoable command. */
VwRecordEditor *vw_record_editor_new    (VwDocument     *document,
                                         VwVerification *record);
gboolean        vw_record_editor_save   (VwRecordEditor *self,
                                         GError        **error);

G_END_DECLS
