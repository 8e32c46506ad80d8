/* vw-value-table.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-value-table"

#include <string.h>

#include "vw-value-table.h"

struct _VwValueTable
{
  GArray *entries;  /* of VwValueEntry, sorted by (key1, key2) */
};

static void
entry_clear (gpointer data)
{
  VwValueEntry *e = data;

  g_free (e->key1);
  g_free (e->key2);
}

VwValueTable *
vw_value_table_new (void)
{
  VwValueTable *self = g_new0 (VwValueTable, 1);

  self->entries = g_array_new (FALSE, TRUE, sizeof (VwValueEntry));
  g_array_set_clear_func (self->entries, entry_clear);

  return self;
}

void
vw_value_table_free (VwValueTable *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->entries);
  g_free (self);
}

VwValueTable *
vw_value_table_copy (const VwValueTable *self)
{
  VwValueTable *copy = vw_value_table_new ();

  for (guint i = 0; i < self->entries->len; i++)
    {
      const VwValueEntry *e = &g_array_index (self->entries, VwValueEntry, i);
      VwValueEntry c = { g_strdup (e->key1), g_strdup (e->key2), e->value };

      g_array_append_val (copy->entries, c);
    }

  return copy;
}

gboolean
vw_value_table_equal (const VwValueTable *a,
                      const VwValueTable *b)
{
  if (a->entries->len != b->entries->len)
    return FALSE;

  for (guint i = 0; i < a->entries->len; i++)
    {
      const VwValueEntry *x = &g_array_index (a->entries, VwValueEntry, i);
      const VwValueEntry *y = &g_array_index (b->entries, VwValueEntry, i);

      /* Bit-exact: a round trip must give back the very same doubles. */
      if (strcmp (x->key1, y->key1) != 0 || strcmp (x->key2, y->key2) != 0
          || memcmp (&x->value, &y->value, sizeof (double)) != 0)
        return FALSE;
    }

  return TRUE;
}

guint
vw_value_table_get_size (const VwValueTable *self)
{
  return self->entries->len;
}

const VwValueEntry *
vw_value_table_get_entry (const VwValueTable *self,
                          guint               index)
{
  g_return_val_if_fail (index < self->entries->len, NULL);

  return &g_array_index (self->entries, VwValueEntry, index);
}

static int
compare_keys (const VwValueEntry *e,
              const char         *key1,
              const char         *key2)
{
  int c = strcmp (e->key1, key1);

  return c != 0 ? c : strcmp (e->key2, key2);
}

/* Binary search: returns TRUE and the index when found, else the insertion point. */
static gboolean
find (const VwValueTable *self,
      const char         *key1,
      const char         *key2,
      guint              *index)
{
  guint lo = 0, hi = self->entries->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = compare_keys (&g_array_index (self->entries, VwValueEntry, mid), key1, key2);

      if (c == 0)
        {
          *index = mid;
          return TRUE;
        }
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  *index = lo;
  return FALSE;
}

gboolean
vw_value_table_lookup (const VwValueTable *self,
                       const char         *key1,
                       const char         *key2,
                       double             *value)
{
  guint i;

  if (!find (self, key1 ? key1 : "", key2 ? key2 : "", &i))
    return FALSE;

  if (value != NULL)
    *value = g_array_index (self->entries, VwValueEntry, i).value;

  return TRUE;
}

gboolean
vw_value_table_set (VwValueTable *self,
                    const char   *key1,
                    const char   *key2,
                    double        value)
{
  guint i;

  key1 = key1 ? key1 : "";
  key2 = key2 ? key2 : "";

  if (find (self, key1, key2, &i))
    {
      VwValueEntry *e = &g_array_index (self->entries, VwValueEntry, i);

      if (memcmp (&e->value, &value, sizeof (double)) == 0)
        return FALSE;
      e->value = value;
      return TRUE;
    }
  else
    {
      VwValueEntry e = { g_strdup (key1), g_strdup (key2), value };

      g_array_insert_val (self->entries, i, e);
      return TRUE;
    }
}

gboolean
vw_value_table_remove (VwValueTable *self,
                       const char   *key1,
                       const char   *key2)
{
  guint i;

  if (!find (self, key1 ? key1 : "", key2 ? key2 : "", &i))
    return FALSE;

  g_array_remove_index (self->entries, i);
  return TRUE;
}

void
vw_value_table_clear (VwValueTable *self)
{
  g_array_set_size (self->entries, 0);
}

void
vw_value_table_append_unsorted (VwValueTable *self,
                                const char   *key1,
                                const char   *key2,
                                double        value)
{
  VwValueEntry e = { g_strdup (key1 ? key1 : ""), g_strdup (key2 ? key2 : ""), value };

  g_array_append_val (self->entries, e);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const VwValueEntry *x = a;
  const VwValueEntry *y = b;

  return compare_keys (x, y->key1, y->key2);
}

gboolean
vw_value_table_sort (VwValueTable *self)
{
  g_array_sort (self->entries, compare_entries);

  for (guint i = 1; i < self->entries->len; i++)
    if (compare_entries (&g_array_index (self->entries, VwValueEntry, i - 1),
                         &g_array_index (self->entries, VwValueEntry, i)) == 0)
      return FALSE;

  return TRUE;
}
