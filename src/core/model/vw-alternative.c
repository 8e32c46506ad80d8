/* vw-alternative.c: a solution the customer can choose: status quo, our offer, a competitor
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-alternative"

#include <glib/gi18n.h>

#include "vw-alternative.h"

static const char * const role_choices[] = { "status-quo", "offer", "competitor", NULL };

/* The fields, in file order (docs/file-format.md). */
static const VwFieldInfo fields[] = {
  { "name", VW_FIELD_STRING, VW_FIELD_REQUIRED, N_("name"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "role", VW_FIELD_ENUM, VW_FIELD_REQUIRED, N_("role"), role_choices, 1, 0, VW_ITEM_META, NULL },
  { "supplier", VW_FIELD_STRING, 0, N_("supplier"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "description", VW_FIELD_STRING, 0, N_("description"), NULL, 1, 0, VW_ITEM_META, NULL },
};

struct _VwAlternative
{
  VwItem parent_instance;
};

G_DEFINE_FINAL_TYPE (VwAlternative, vw_alternative, VW_TYPE_ITEM)

static void
vw_alternative_class_init (VwAlternativeClass *klass)
{
  vw_item_class_setup (VW_ITEM_CLASS (klass), VW_ITEM_ALTERNATIVE, "alternative", N_("alternative"),
                       fields, G_N_ELEMENTS (fields));
}

static void
vw_alternative_init (VwAlternative *self)
{
}

VwAlternative *
vw_alternative_new (const char *id)
{
  return g_object_new (VW_TYPE_ALTERNATIVE, "id", id, NULL);
}
