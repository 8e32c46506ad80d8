/* vw-value-table.h: numbers keyed by two ids (variable × alternative), in a stable order
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A variable's inputs (key1 = alternative, "" for every alternative, key2 = ""), a scenario's
 * overrides and a snapshot's values (key1 = variable, key2 = alternative or ""). Kept sorted
 * by (key1, key2) so that files are written in a stable order. */
typedef struct _VwValueTable VwValueTable;

typedef struct
{
  char   *key1;
  char   *key2;
  double  value;
} VwValueEntry;

VwValueTable       *vw_value_table_new     (void);
void                vw_value_table_free    (VwValueTable       *self);
VwValueTable       *vw_value_table_copy    (const VwValueTable *self);
gboolean            vw_value_table_equal   (const VwValueTable *a,
                                            const VwValueTable *b);
guint               vw_value_table_get_size (const VwValueTable *self);
const VwValueEntry *vw_value_table_get_entry (const VwValueTable *self,
                                              guint               index);
gboolean            vw_value_table_lookup  (const VwValueTable *self,
                                            const char         *key1,
                                            const char         *key2,
                                            double             *value);
/* Returns TRUE when the table changed. */
gboolean            vw_value_table_set     (VwValueTable       *self,
                                            const char         *key1,
                                            const char         *key2,
                                            double              value);
gboolean            vw_value_table_remove  (VwValueTable       *self,
                                            const char         *key1,
                                            const char         *key2);
void                vw_value_table_clear   (VwValueTable       *self);

/* Bulk loading: append in any order, then sort once (O(n log n) instead of O(n²) for a
 * hostile file's unsorted table). Returns FALSE when two entries have the same keys. */
void                vw_value_table_append_unsorted (VwValueTable *self,
                                                    const char   *key1,
                                                    const char   *key2,
                                                    double        value);
gboolean            vw_value_table_sort    (VwValueTable       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwValueTable, vw_value_table_free)

G_END_DECLS
