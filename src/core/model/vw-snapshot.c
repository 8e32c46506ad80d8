/* vw-snapshot.c: a named copy of every input, for a later comparison
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-snapshot"

#include <glib/gi18n.h>

#include "vw-snapshot.h"

/* The fields, in file order (docs/file-format.md). */
static const VwFieldInfo fields[] = {
  { "name", VW_FIELD_STRING, VW_FIELD_REQUIRED, N_("name"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "taken", VW_FIELD_DATETIME, 0, N_("time taken"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "note", VW_FIELD_STRING, 0, N_("note"), NULL, 1, 0, VW_ITEM_META, NULL },
};

struct _VwSnapshot
{
  VwItem parent_instance;
  VwValueTable *values;
};

G_DEFINE_FINAL_TYPE (VwSnapshot, vw_snapshot, VW_TYPE_ITEM)

static void
vw_snapshot_finalize (GObject *object)
{
  VwSnapshot *self = VW_SNAPSHOT (object);

  vw_value_table_free (self->values);

  G_OBJECT_CLASS (vw_snapshot_parent_class)->finalize (object);
}

static void
copy_extra (VwItem *src,
            VwItem *dest)
{
  vw_value_table_free (VW_SNAPSHOT (dest)->values);
  VW_SNAPSHOT (dest)->values = vw_value_table_copy (VW_SNAPSHOT (src)->values);
}

static gboolean
equal_extra (VwItem *a,
             VwItem *b)
{
  return vw_value_table_equal (VW_SNAPSHOT (a)->values, VW_SNAPSHOT (b)->values);
}

static void
vw_snapshot_class_init (VwSnapshotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vw_snapshot_finalize;
  VW_ITEM_CLASS (klass)->copy_extra = copy_extra;
  VW_ITEM_CLASS (klass)->equal_extra = equal_extra;

  vw_item_class_setup (VW_ITEM_CLASS (klass), VW_ITEM_SNAPSHOT, "snapshot", N_("snapshot"),
                       fields, G_N_ELEMENTS (fields));
}

static void
vw_snapshot_init (VwSnapshot *self)
{
  self->values = vw_value_table_new ();
}

VwSnapshot *
vw_snapshot_new (const char *id)
{
  return g_object_new (VW_TYPE_SNAPSHOT, "id", id, NULL);
}

/**
 * vw_snapshot_get_values:
 *
 * Returns: (transfer none): the table of numbers this item holds. Change it only through
 *   #VwDocument commands (or while loading), so that undo and notifications stay right.
 */
VwValueTable *
vw_snapshot_get_values (VwSnapshot *self)
{
  g_return_val_if_fail (VW_IS_SNAPSHOT (self), NULL);

  return self->values;
}
