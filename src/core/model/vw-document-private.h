/* vw-document-private.h: what vw-document.c and vw-document-commands.c share
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-document.h"

G_BEGIN_DECLS


typedef enum
{
  CMD_SET_FIELD,
  CMD_SET_VALUE,
  CMD_INSERT,
  CMD_REMOVE,
  CMD_GROUP,
} CommandType;

typedef struct _VwCommand VwCommand;

struct _VwCommand
{
  CommandType   type;
  char         *label;
  gint64        time;
  VwItem       *item;
  /* CMD_SET_FIELD */
  guint         field;
  VwFieldValue  old_field;
  VwFieldValue  new_field;
  /* CMD_SET_VALUE: a table entry; had/has say whether it exists before/after */
  char         *key1;
  char         *key2;
  gboolean      had_old;
  gboolean      has_new;
  double        old_value;
  double        new_value;
  /* CMD_INSERT / CMD_REMOVE */
  guint         position;
  /* CMD_GROUP */
  GPtrArray    *children;
};

struct _VwDocument
{
  GObject      parent_instance;

  char        *kind;
  VwMeta      *meta;
  GListStore  *lists[VW_ITEM_N_KINDS];   /* [VW_ITEM_META] is unused */
  GHashTable  *index[VW_ITEM_N_KINDS];   /* id → item (borrowed) */

  gboolean     read_only;
  char        *read_only_reason;
  GFile       *file;
  char        *etag;
  char        *checksum;
  char        *draft_id;

  GPtrArray   *undo;       /* of VwCommand, oldest first */
  GPtrArray   *redo;       /* of VwCommand, next to redo last */
  int          save_point; /* undo->len when last saved; -1 when unreachable */
  GPtrArray   *groups;     /* open groups (VwCommand of kind group), innermost last */
  gboolean     merge_broken;
  gint64       merge_window;
  VwClockFunc  clock;
  gpointer     clock_data;
};

enum {
  SIGNAL_ITEM_CHANGED,
  SIGNAL_VALUE_CHANGED,
  SIGNAL_ITEM_ADDED,
  SIGNAL_ITEM_REMOVED,
  N_SIGNALS
};

extern guint vw_document_signals[N_SIGNALS];

void  vw_document_notify_history    (VwDocument *self,
                                     gboolean    was_dirty,
                                     gboolean    could_undo,
                                     gboolean    could_redo);
void  vw_document_insert_raw        (VwDocument *self,
                                     VwItem     *item,
                                     guint       position);
guint vw_document_remove_raw        (VwDocument *self,
                                     VwItem     *item);
void  vw_command_free               (gpointer    data);

void  vw_command_apply              (VwDocument *self,
                                     VwCommand  *cmd,
                                     gboolean    forward);

G_END_DECLS
