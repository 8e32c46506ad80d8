/* vw-variable.c: a named input or formula of the value model
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-variable"

#include <glib/gi18n.h>

#include "vw-variable.h"

static const char * const kind_choices[] = { "input", "formula", NULL };
static const char * const distribution_choices[] = {
  "none", "triangular", "pert", "normal", "lognormal", "uniform", "bernoulli", NULL
};
static const char * const scale_choices[] = { "absolute", "factor", NULL };
/* What the case's charts read this variable as (vw-case-charts.h, docs/file-format.md). */
static const char * const role_choices[] = {
  "headline", "tco", "tco-price", "cash-flow", "discount-rate", NULL
};

/* The fields, in file order (docs/file-format.md). */
static const VwFieldInfo fields[] = {
  { "label", VW_FIELD_STRING, VW_FIELD_REQUIRED, N_("label"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "unit", VW_FIELD_STRING, 0, N_("unit"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "kind", VW_FIELD_ENUM, VW_FIELD_REQUIRED, N_("kind"), kind_choices, 1, 0, VW_ITEM_META, NULL },
  { "formula", VW_FIELD_STRING, 0, N_("formula"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "group", VW_FIELD_STRING, 0, N_("group"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "role", VW_FIELD_ENUM, 0, N_("role in the charts"), role_choices, 1, 0, VW_ITEM_META, NULL },
  { "confidential", VW_FIELD_BOOL, 0, N_("confidential"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "source", VW_FIELD_STRING, 0, N_("source"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "distribution", VW_FIELD_ENUM, 0, N_("distribution"),
    distribution_choices, 1, 0, VW_ITEM_META, "none" },
  { "scale", VW_FIELD_ENUM, 0, N_("range scale"), scale_choices, 1, 0, VW_ITEM_META, "absolute" },
  { "dist-a", VW_FIELD_DOUBLE, 0, N_("first distribution parameter"),
    NULL, 1, 0, VW_ITEM_META, NULL },
  { "dist-b", VW_FIELD_DOUBLE, 0, N_("second distribution parameter"),
    NULL, 1, 0, VW_ITEM_META, NULL },
  { "dist-c", VW_FIELD_DOUBLE, 0, N_("third distribution parameter"),
    NULL, 1, 0, VW_ITEM_META, NULL },
  { "tornado-low", VW_FIELD_DOUBLE, 0, N_("low end of the tornado range"),
    NULL, 1, 0, VW_ITEM_META, NULL },
  { "tornado-high", VW_FIELD_DOUBLE, 0, N_("high end of the tornado range"),
    NULL, 1, 0, VW_ITEM_META, NULL },
};

struct _VwVariable
{
  VwItem parent_instance;
  VwValueTable *values;
};

G_DEFINE_FINAL_TYPE (VwVariable, vw_variable, VW_TYPE_ITEM)

static void
vw_variable_finalize (GObject *object)
{
  VwVariable *self = VW_VARIABLE (object);

  vw_value_table_free (self->values);

  G_OBJECT_CLASS (vw_variable_parent_class)->finalize (object);
}

static void
copy_extra (VwItem *src,
            VwItem *dest)
{
  vw_value_table_free (VW_VARIABLE (dest)->values);
  VW_VARIABLE (dest)->values = vw_value_table_copy (VW_VARIABLE (src)->values);
}

static gboolean
equal_extra (VwItem *a,
             VwItem *b)
{
  return vw_value_table_equal (VW_VARIABLE (a)->values, VW_VARIABLE (b)->values);
}

static void
vw_variable_class_init (VwVariableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vw_variable_finalize;
  VW_ITEM_CLASS (klass)->copy_extra = copy_extra;
  VW_ITEM_CLASS (klass)->equal_extra = equal_extra;

  vw_item_class_setup (VW_ITEM_CLASS (klass), VW_ITEM_VARIABLE, "variable", N_("variable"),
                       fields, G_N_ELEMENTS (fields));
}

static void
vw_variable_init (VwVariable *self)
{
  self->values = vw_value_table_new ();
}

VwVariable *
vw_variable_new (const char *id)
{
  return g_object_new (VW_TYPE_VARIABLE, "id", id, NULL);
}

/**
 * vw_variable_get_values:
 *
 * Returns: (transfer none): the table of numbers this item holds. Change it only through
 *   #VwDocument commands (or while loading), so that undo and notifications stay right.
 */
VwValueTable *
vw_variable_get_values (VwVariable *self)
{
  g_return_val_if_fail (VW_IS_VARIABLE (self), NULL);

  return self->values;
}

gboolean
vw_variable_is_formula (VwVariable *self)
{
  g_return_val_if_fail (VW_IS_VARIABLE (self), FALSE);

  return g_strcmp0 (vw_item_get_string (VW_ITEM (self), "kind"), "formula") == 0;
}

static gboolean
lookup_for_alternative (VwVariable *self,
                        const char *alternative,
                        const char *key2,
                        double     *value)
{
  /* A value for this alternative wins over the value for every alternative. */
  if (alternative != NULL && *alternative != '\0'
      && vw_value_table_lookup (self->values, alternative, key2, value))
    return TRUE;

  return vw_value_table_lookup (self->values, "", key2, value);
}

/**
 * vw_variable_get_input:
 * @alternative: (nullable): an alternative's id
 *
 * Returns: whether the input has a value for @alternative (its own, or the one shared by
 *   every alternative).
 */
gboolean
vw_variable_get_input (VwVariable *self,
                       const char *alternative,
                       double     *value)
{
  g_return_val_if_fail (VW_IS_VARIABLE (self), FALSE);

  return lookup_for_alternative (self, alternative, VW_VARIABLE_INPUT, value);
}

gboolean
vw_variable_get_default (VwVariable *self,
                         const char *alternative,
                         double     *value)
{
  g_return_val_if_fail (VW_IS_VARIABLE (self), FALSE);

  return lookup_for_alternative (self, alternative, VW_VARIABLE_DEFAULT, value);
}
