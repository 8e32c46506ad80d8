/* vw-kpi.c: a key performance indicator of the customer
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-kpi"

#include <glib/gi18n.h>

#include "vw-kpi.h"

static const char * const better_choices[] = { "higher", "lower", NULL };

/* The fields, in file order (docs/file-format.md). */
static const VwFieldInfo fields[] = {
  { "name", VW_FIELD_STRING, VW_FIELD_REQUIRED, N_("name"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "unit", VW_FIELD_STRING, 0, N_("unit"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "better", VW_FIELD_ENUM, 0, N_("better when"), better_choices, 1, 0, VW_ITEM_META, "higher" },
  { "baseline", VW_FIELD_DOUBLE, 0, N_("baseline"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "target", VW_FIELD_DOUBLE, 0, N_("target"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "owner", VW_FIELD_REF, 0, N_("owner"), NULL, 1, 0, VW_ITEM_STAKEHOLDER, NULL },
  { "variable", VW_FIELD_REF, 0, N_("variable"), NULL, 1, 0, VW_ITEM_VARIABLE, NULL },
  { "description", VW_FIELD_STRING, 0, N_("description"), NULL, 1, 0, VW_ITEM_META, NULL },
};

struct _VwKpi
{
  VwItem parent_instance;
};

G_DEFINE_FINAL_TYPE (VwKpi, vw_kpi, VW_TYPE_ITEM)

static void
vw_kpi_class_init (VwKpiClass *klass)
{
  vw_item_class_setup (VW_ITEM_CLASS (klass), VW_ITEM_KPI, "kpi", N_("KPI"),
                       fields, G_N_ELEMENTS (fields));
}

static void
vw_kpi_init (VwKpi *self)
{
}

VwKpi *
vw_kpi_new (const char *id)
{
  return g_object_new (VW_TYPE_KPI, "id", id, NULL);
}
