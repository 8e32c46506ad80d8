/* vw-stakeholder.c: a person in (or around) the buying center
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-stakeholder"

#include <glib/gi18n.h>

#include "vw-stakeholder.h"

static const char * const role_choices[] = {
  "economic-buyer", "technical-buyer", "user", "influencer", "gatekeeper", "procurement",
  "champion", NULL
};
static const char * const trust_choices[] = {
  "unknown", "skeptical", "neutral", "building", "trusted", NULL
};

/* The fields, in file order (docs/file-format.md). */
static const VwFieldInfo fields[] = {
  { "name", VW_FIELD_STRING, VW_FIELD_REQUIRED, N_("name"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "title", VW_FIELD_STRING, 0, N_("job title"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "organization", VW_FIELD_STRING, 0, N_("organization"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "outside", VW_FIELD_BOOL, 0, N_("outside party"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "role", VW_FIELD_ENUM, 0, N_("buying-center role"),
    role_choices, 1, 0, VW_ITEM_META, "influencer" },
  { "influence", VW_FIELD_INT, 0, N_("influence"), NULL, 1, 5, VW_ITEM_META, "3" },
  { "attitude", VW_FIELD_INT, 0, N_("attitude"), NULL, -2, 2, VW_ITEM_META, "0" },
  { "trust", VW_FIELD_ENUM, 0, N_("trust status"), trust_choices, 1, 0, VW_ITEM_META, "unknown" },
  { "goals", VW_FIELD_STRING, 0, N_("personal goals"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "kpis", VW_FIELD_REFS, 0, N_("KPIs owned"), NULL, 1, 0, VW_ITEM_KPI, NULL },
  { "elements", VW_FIELD_REFS, 0, N_("value elements cared about"),
    NULL, 1, 0, VW_ITEM_ELEMENT, NULL },
  { "reports-to", VW_FIELD_REF, 0, N_("manager"), NULL, 1, 0, VW_ITEM_STAKEHOLDER, NULL },
  { "last-contact", VW_FIELD_DATE, 0, N_("last contact"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "notes", VW_FIELD_STRING, VW_FIELD_INTERNAL, N_("private notes"),
    NULL, 1, 0, VW_ITEM_META, NULL },
  { "guide", VW_FIELD_STRING, VW_FIELD_INTERNAL, N_("conversation guide"),
    NULL, 1, 0, VW_ITEM_META, NULL },
};

struct _VwStakeholder
{
  VwItem parent_instance;
};

G_DEFINE_FINAL_TYPE (VwStakeholder, vw_stakeholder, VW_TYPE_ITEM)

static void
vw_stakeholder_class_init (VwStakeholderClass *klass)
{
  vw_item_class_setup (VW_ITEM_CLASS (klass), VW_ITEM_STAKEHOLDER, "stakeholder", N_("stakeholder"),
                       fields, G_N_ELEMENTS (fields));
}

static void
vw_stakeholder_init (VwStakeholder *self)
{
}

VwStakeholder *
vw_stakeholder_new (const char *id)
{
  return g_object_new (VW_TYPE_STAKEHOLDER, "id", id, NULL);
}
