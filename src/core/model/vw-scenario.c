/* vw-scenario.c: a named set of input overrides (conservative, base, optimistic)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-scenario"

#include <glib/gi18n.h>

#include "vw-scenario.h"

/* The fields, in file order (docs/file-format.md). */
static const VwFieldInfo fields[] = {
  { "name", VW_FIELD_STRING, VW_FIELD_REQUIRED, N_("name"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "description", VW_FIELD_STRING, 0, N_("description"), NULL, 1, 0, VW_ITEM_META, NULL },
};

struct _VwScenario
{
  VwItem parent_instance;
  VwValueTable *values;
};

G_DEFINE_FINAL_TYPE (VwScenario, vw_scenario, VW_TYPE_ITEM)

static void
vw_scenario_finalize (GObject *object)
{
  VwScenario *self = VW_SCENARIO (object);

  vw_value_table_free (self->values);

  G_OBJECT_CLASS (vw_scenario_parent_class)->finalize (object);
}

static void
copy_extra (VwItem *src,
            VwItem *dest)
{
  vw_value_table_free (VW_SCENARIO (dest)->values);
  VW_SCENARIO (dest)->values = vw_value_table_copy (VW_SCENARIO (src)->values);
}

static gboolean
equal_extra (VwItem *a,
             VwItem *b)
{
  return vw_value_table_equal (VW_SCENARIO (a)->values, VW_SCENARIO (b)->values);
}

static void
vw_scenario_class_init (VwScenarioClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vw_scenario_finalize;
  VW_ITEM_CLASS (klass)->copy_extra = copy_extra;
  VW_ITEM_CLASS (klass)->equal_extra = equal_extra;

  vw_item_class_setup (VW_ITEM_CLASS (klass), VW_ITEM_SCENARIO, "scenario", N_("scenario"),
                       fields, G_N_ELEMENTS (fields));
}

static void
vw_scenario_init (VwScenario *self)
{
  self->values = vw_value_table_new ();
}

VwScenario *
vw_scenario_new (const char *id)
{
  return g_object_new (VW_TYPE_SCENARIO, "id", id, NULL);
}

/**
 * vw_scenario_get_values:
 *
 * Returns: (transfer none): the table of numbers this item holds. Change it only through
 *   #VwDocument commands (or while loading), so that undo and notifications stay right.
 */
VwValueTable *
vw_scenario_get_values (VwScenario *self)
{
  g_return_val_if_fail (VW_IS_SCENARIO (self), NULL);

  return self->values;
}
