/* vw-value-element.c: one improvement opportunity found in the customer’s processes
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-value-element"

#include <glib/gi18n.h>

#include "vw-value-element.h"

static const char * const dimension_choices[] = {
  "operational", "strategic", "social", "symbolic", NULL
};
static const char * const effect_choices[] = { "benefit", "sacrifice-reduction", NULL };
static const char * const confidence_choices[] = { "low", "medium", "high", NULL };

/* The fields, in file order (docs/file-format.md). */
static const VwFieldInfo fields[] = {
  { "name", VW_FIELD_STRING, VW_FIELD_REQUIRED, N_("name"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "description", VW_FIELD_STRING, 0, N_("description"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "dimension", VW_FIELD_ENUM, 0, N_("dimension"),
    dimension_choices, 1, 0, VW_ITEM_META, "operational" },
  { "effect", VW_FIELD_ENUM, 0, N_("effect"), effect_choices, 1, 0, VW_ITEM_META, "benefit" },
  { "process-step", VW_FIELD_STRING, 0, N_("process step"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "stakeholders", VW_FIELD_REFS, 0, N_("stakeholders"), NULL, 1, 0, VW_ITEM_STAKEHOLDER, NULL },
  { "salience", VW_FIELD_INT, 0, N_("salience"), NULL, 0, 5, VW_ITEM_META, "0" },
  { "differentiation", VW_FIELD_INT, 0, N_("differentiation"), NULL, 0, 5, VW_ITEM_META, "0" },
  { "impact", VW_FIELD_INT, 0, N_("economic impact"), NULL, 0, 5, VW_ITEM_META, "0" },
  { "selected", VW_FIELD_BOOL, 0, N_("selected"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "variables", VW_FIELD_REFS, 0, N_("quantifying variables"),
    NULL, 1, 0, VW_ITEM_VARIABLE, NULL },
  { "value", VW_FIELD_REF, 0, N_("economic value"), NULL, 1, 0, VW_ITEM_VARIABLE, NULL },
  { "evidence", VW_FIELD_STRING, 0, N_("evidence"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "confidence", VW_FIELD_ENUM, 0, N_("confidence"),
    confidence_choices, 1, 0, VW_ITEM_META, "medium" },
  { "cases", VW_FIELD_STRING, 0, N_("reference cases"), NULL, 1, 0, VW_ITEM_META, NULL },
};

struct _VwValueElement
{
  VwItem parent_instance;
};

G_DEFINE_FINAL_TYPE (VwValueElement, vw_value_element, VW_TYPE_ITEM)

static void
vw_value_element_class_init (VwValueElementClass *klass)
{
  vw_item_class_setup (VW_ITEM_CLASS (klass), VW_ITEM_ELEMENT, "element", N_("value element"),
                       fields, G_N_ELEMENTS (fields));
}

static void
vw_value_element_init (VwValueElement *self)
{
}

VwValueElement *
vw_value_element_new (const char *id)
{
  return g_object_new (VW_TYPE_VALUE_ELEMENT, "id", id, NULL);
}
