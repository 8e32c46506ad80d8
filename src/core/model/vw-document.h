/* vw-document.h: a value case (or a segment template), with undo/redo
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vw-items.h"
#include "vw-unit-format.h"

G_BEGIN_DECLS

/* The format version this build reads and writes (docs/file-format.md). */
#define VW_FORMAT_VERSION 1

#define VW_MIN_ALTERNATIVES 2
#define VW_MAX_ALTERNATIVES 8

/* Reserved variable ids of pricing (domain.md, capability 10). */
#define VW_VAR_PRICE           "price"
#define VW_VAR_REFERENCE_PRICE "reference_price"
#define VW_VAR_VALUE_SPLIT     "value_split"
#define VW_VAR_OUR_COST        "our_cost"
#define VW_VAR_PRICE_FLOOR     "price_floor"
#define VW_VAR_TARGET_MARGIN   "target_margin"
#define VW_VAR_WIN_PROBABILITY "win_probability"

#define VW_DOCUMENT_ERROR (vw_document_error_quark ())

typedef enum
{
  VW_DOCUMENT_ERROR_INVALID_ID,
  VW_DOCUMENT_ERROR_DUPLICATE_ID,
  VW_DOCUMENT_ERROR_LIMIT,
  VW_DOCUMENT_ERROR_READ_ONLY,
} VwDocumentError;

/* Returns the current time in µs; tests replace it to make coalescing deterministic. */
typedef gint64 (*VwClockFunc) (gpointer user_data);

#define VW_TYPE_DOCUMENT (vw_document_get_type ())

G_DECLARE_FINAL_TYPE (VwDocument, vw_document, VW, DOCUMENT, GObject)

GQuark       vw_document_error_quark          (void);

VwDocument  *vw_document_new                  (void);
const char  *vw_document_get_kind             (VwDocument  *self);
void         vw_document_set_kind             (VwDocument  *self,
                                               const char  *kind);
VwMeta      *vw_document_get_meta             (VwDocument  *self);
GListModel  *vw_document_get_items            (VwDocument  *self,
                                               VwItemKind   kind);
VwItem      *vw_document_find                 (VwDocument  *self,
                                               VwItemKind   kind,
                                               const char  *id);
char        *vw_document_new_id               (VwDocument  *self,
                                               VwItemKind   kind,
                                               const char  *name,
                                               const char  *suffix);
void         vw_document_value_format         (VwDocument    *self,
                                               const char    *unit,
                                               VwValueFormat *format);
VwVariable  *vw_document_find_variable        (VwDocument  *self,
                                               const char  *id);
guint        vw_document_count_items          (VwDocument  *self);
gboolean     vw_document_equal                (VwDocument  *a,
                                               VwDocument  *b);

/* Read-only: a file from a newer version of the format. */
gboolean     vw_document_get_read_only        (VwDocument  *self);
const char  *vw_document_get_read_only_reason (VwDocument  *self);
void         vw_document_set_read_only        (VwDocument  *self,
                                               const char  *reason);

/* Where the document came from (set by the loader, used by the saver). */
GFile       *vw_document_get_file             (VwDocument  *self);
const char  *vw_document_get_etag             (VwDocument  *self);
const char  *vw_document_get_checksum         (VwDocument  *self);
void         vw_document_set_origin           (VwDocument  *self,
                                               GFile       *file,
                                               const char  *etag,
                                               const char  *checksum);
const char  *vw_document_get_draft_id         (VwDocument  *self);
void         vw_document_set_draft_id         (VwDocument  *self,
                                               const char  *draft_id);

/* The confidentiality rule, in one place (architecture.md, "Audiences"). */
gboolean     vw_variable_id_is_reserved_internal (const char *id);
gboolean     vw_document_is_internal          (VwDocument  *self,
                                               VwItem      *item,
                                               const char  *field);

/* What an audience may see (vw-document-projection.c): customer outputs use only this. */
gboolean     vw_audience_parse                (const char  *text,
                                               gboolean    *internal,
                                               char       **stakeholder_id,
                                               GError     **error);
VwDocument  *vw_document_new_projection       (VwDocument  *self,
                                               const char  *audience);
VwDocument  *vw_document_copy                 (VwDocument  *self);

/* Building a document without undo (the loader, the templates' tests). */
void         vw_document_append_item          (VwDocument  *self,
                                               VwItem      *item);

/* Editing: every call is one undoable command (vw-document-commands.c). */
gboolean     vw_document_set_string           (VwDocument         *self,
                                               VwItem             *item,
                                               const char         *field,
                                               const char         *value);
gboolean     vw_document_set_int              (VwDocument         *self,
                                               VwItem             *item,
                                               const char         *field,
                                               gint64              value);
gboolean     vw_document_set_double           (VwDocument         *self,
                                               VwItem             *item,
                                               const char         *field,
                                               double              value);
gboolean     vw_document_set_bool             (VwDocument         *self,
                                               VwItem             *item,
                                               const char         *field,
                                               gboolean            value);
gboolean     vw_document_set_strv             (VwDocument         *self,
                                               VwItem             *item,
                                               const char         *field,
                                               const char * const *value);
gboolean     vw_document_unset                (VwDocument         *self,
                                               VwItem             *item,
                                               const char         *field);
gboolean     vw_document_set_input            (VwDocument         *self,
                                               VwVariable         *variable,
                                               const char         *alternative,
                                               double              value);
gboolean     vw_document_unset_input          (VwDocument         *self,
                                               VwVariable         *variable,
                                               const char         *alternative);
gboolean     vw_document_set_override         (VwDocument         *self,
                                               VwScenario         *scenario,
                                               const char         *variable,
                                               const char         *alternative,
                                               double              value);
gboolean     vw_document_unset_override       (VwDocument         *self,
                                               VwScenario         *scenario,
                                               const char         *variable,
                                               const char         *alternative);
gboolean     vw_document_add_item             (VwDocument         *self,
                                               VwItem             *item,
                                               int                 position,
                                               GError            **error);
gboolean     vw_document_remove_item          (VwDocument         *self,
                                               VwItem             *item,
                                               GError            **error);
gboolean     vw_document_move_item            (VwDocument         *self,
                                               VwItem             *item,
                                               guint               position);
VwSnapshot  *vw_document_take_snapshot        (VwDocument         *self,
                                               const char         *name,
                                               GError            **error);
gboolean     vw_document_restore_snapshot     (VwDocument         *self,
                                               VwSnapshot         *snapshot);
void         vw_document_begin_group          (VwDocument         *self,
                                               const char         *label);
void         vw_document_end_group            (VwDocument         *self);

gboolean     vw_document_can_undo             (VwDocument  *self);
gboolean     vw_document_can_redo             (VwDocument  *self);
const char  *vw_document_get_undo_label       (VwDocument  *self);
const char  *vw_document_get_redo_label       (VwDocument  *self);
gboolean     vw_document_undo                 (VwDocument  *self);
gboolean     vw_document_redo                 (VwDocument  *self);
gboolean     vw_document_get_dirty            (VwDocument  *self);
void         vw_document_set_clean            (VwDocument  *self);
void         vw_document_mark_unsaved         (VwDocument  *self);
void         vw_document_set_merge_window     (VwDocument  *self,
                                               gint64       usec);
void         vw_document_set_clock            (VwDocument  *self,
                                               VwClockFunc  func,
                                               gpointer     user_data);
void         vw_document_break_merge          (VwDocument  *self);

G_END_DECLS
