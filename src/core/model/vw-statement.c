/* vw-statement.c: one statement of the value proposition stack
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-statement"

#include <glib/gi18n.h>

#include "vw-statement.h"

static const char * const layer_choices[] = {
  "company", "segment", "customer", "stakeholder", NULL
};
static const char * const mode_choices[] = { "inherit", "override", NULL };

/* The fields, in file order (docs/file-format.md). */
static const VwFieldInfo fields[] = {
  { "layer", VW_FIELD_ENUM, VW_FIELD_REQUIRED, N_("layer"),
    layer_choices, 1, 0, VW_ITEM_META, NULL },
  { "parent", VW_FIELD_REF, 0, N_("statement above"), NULL, 1, 0, VW_ITEM_STATEMENT, NULL },
  { "stakeholder", VW_FIELD_REF, 0, N_("stakeholder"), NULL, 1, 0, VW_ITEM_STAKEHOLDER, NULL },
  { "mode", VW_FIELD_ENUM, 0, N_("inherit or override"),
    mode_choices, 1, 0, VW_ITEM_META, "override" },
  { "text", VW_FIELD_STRING, 0, N_("text"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "elements", VW_FIELD_REFS, 0, N_("value elements"), NULL, 1, 0, VW_ITEM_ELEMENT, NULL },
  { "kpis", VW_FIELD_REFS, 0, N_("KPIs"), NULL, 1, 0, VW_ITEM_KPI, NULL },
  { "variable", VW_FIELD_REF, 0, N_("quantified figure"), NULL, 1, 0, VW_ITEM_VARIABLE, NULL },
};

struct _VwStatement
{
  VwItem parent_instance;
};

G_DEFINE_FINAL_TYPE (VwStatement, vw_statement, VW_TYPE_ITEM)

static void
vw_statement_class_init (VwStatementClass *klass)
{
  vw_item_class_setup (VW_ITEM_CLASS (klass), VW_ITEM_STATEMENT, "statement", N_("statement"),
                       fields, G_N_ELEMENTS (fields));
}

static void
vw_statement_init (VwStatement *self)
{
}

VwStatement *
vw_statement_new (const char *id)
{
  return g_object_new (VW_TYPE_STATEMENT, "id", id, NULL);
}
