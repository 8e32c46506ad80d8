/* vw-case-figures.c: one figure of a case (a variable of the offer), read and written for people
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pricing page and both presentation windows show the same figures: the value of a variable
 * for the offer alternative, in the case's currency and the variable's unit, or the
 * spreadsheet-like error that explains why it cannot be computed.
 */

#include "vw-case-figures.h"

#include "vw-items.h"
#include "vw-unit-format.h"

/**
 * vw_case_figures_offer:
 *
 * Returns: (nullable): the id of the alternative we price: the case's `offer-alternative`,
 *   else the first alternative whose role is "offer", else the first one
 */
const char *
vw_case_figures_offer (VwCaseModel *cm)
{
  VwDocument *doc = vw_case_model_get_document (cm);
  VwMeta *meta = vw_document_get_meta (doc);
  GListModel *alts = vw_document_get_items (doc, VW_ITEM_ALTERNATIVE);
  const char *offer = vw_item_get_string (VW_ITEM (meta), "offer-alternative");
  guint n = g_list_model_get_n_items (alts);

  if (offer != NULL && vw_document_find (doc, VW_ITEM_ALTERNATIVE, offer) != NULL)
    return offer;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) alt = g_list_model_get_item (alts, i);

      if (g_strcmp0 (vw_item_get_string (alt, "role"), "offer") == 0)
        return vw_item_get_id (alt);
    }

  if (n > 0)
    {
      g_autoptr(VwItem) first = g_list_model_get_item (alts, 0);

      return vw_item_get_id (first);
    }

  return NULL;
}

/**
 * vw_case_figures_reference:
 *
 * Returns: (nullable): the id of the next-best alternative the offer is compared with: the
 *   case's `reference-alternative`, else the first alternative that is not the offer
 */
const char *
vw_case_figures_reference (VwCaseModel *cm)
{
  VwDocument *doc = vw_case_model_get_document (cm);
  const char *reference = vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)),
                                              "reference-alternative");
  const char *offer = vw_case_figures_offer (cm);

  if (reference != NULL && vw_document_find (doc, VW_ITEM_ALTERNATIVE, reference) != NULL)
    return reference;

  for (guint i = 0; i < vw_case_model_get_n_alternatives (cm); i++)
    {
      const char *id = vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (cm, i)));

      if (g_strcmp0 (id, offer) != 0)
        return id;
    }
  return NULL;
}

/**
 * vw_case_figures_alternative_index:
 *
 * Returns: the index of @alternative in the model, or -1
 */
int
vw_case_figures_alternative_index (VwCaseModel *cm,
                                   const char  *alternative)
{
  for (guint i = 0; i < vw_case_model_get_n_alternatives (cm); i++)
    if (g_strcmp0 (vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (cm, i))), alternative) == 0)
      return (int) i;
  return -1;
}

/**
 * vw_case_figures_input_key:
 *
 * Returns: (nullable): the alternative an edit of @variable for the offer writes: the offer's
 *   own input when it has one, else %NULL, the input shared by every alternative (so that a
 *   shared input stays shared)
 */
const char *
vw_case_figures_input_key (VwCaseModel *cm,
                           VwVariable  *variable)
{
  const char *offer = vw_case_figures_offer (cm);
  double unused;

  if (offer != NULL
      && vw_value_table_lookup (vw_variable_get_values (variable), offer, "", &unused))
    return offer;
  return NULL;
}

/**
 * vw_case_figures_get:
 * @alternative: (nullable): the alternative, %NULL for the offer
 *
 * Returns: whether the case has @variable and it is a finite number (the sum over the periods
 *   for a series is not a figure: a series gives %FALSE)
 */
gboolean
vw_case_figures_get (VwCaseModel *cm,
                     const char  *variable,
                     const char  *alternative,
                     double      *value)
{
  VwValue v;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), FALSE);

  if (alternative == NULL)
    alternative = vw_case_figures_offer (cm);
  if (alternative == NULL
      || vw_document_find_variable (vw_case_model_get_document (cm), variable) == NULL
      || !vw_case_model_get_value (cm, variable, alternative, &v)
      || v.kind != VW_VALUE_SCALAR)
    return FALSE;

  *value = v.scalar;
  return TRUE;
}

/**
 * vw_case_figures_format_as:
 * @unit_of: the variable whose unit @value has
 *
 * Returns: (transfer full): @value written in the unit of @unit_of and the case's currency
 */
char *
vw_case_figures_format_as (VwCaseModel          *cm,
                           const char           *unit_of,
                           double                value,
                           const VwNumberLocale *locale,
                           VwFormatFlags         flags)
{
  VwDocument *doc = vw_case_model_get_document (cm);
  VwVariable *var = vw_document_find_variable (doc, unit_of);
  VwValueFormat format;

  vw_value_format_for_unit (var != NULL ? vw_item_get_string (VW_ITEM (var), "unit") : NULL,
                            vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)), "currency"),
                            &format);
  if (format.kind == VW_VALUE_CURRENCY && (flags & VW_FORMAT_ABBREVIATED) == 0)
    format.decimals = 0;
  return vw_format_value (locale, &format, value, flags);
}

/**
 * vw_case_figures_format:
 * @alternative: (nullable): the alternative, %NULL for the offer
 *
 * Returns: (transfer full) (nullable): the figure as text, the error value with its cause when
 *   it cannot be computed, or %NULL when the case has no such variable
 */
char *
vw_case_figures_format (VwCaseModel          *cm,
                        const char           *variable,
                        const char           *alternative,
                        const VwNumberLocale *locale,
                        VwFormatFlags         flags)
{
  VwValue v;

  g_return_val_if_fail (VW_IS_CASE_MODEL (cm), NULL);

  if (alternative == NULL)
    alternative = vw_case_figures_offer (cm);
  if (alternative == NULL
      || vw_document_find_variable (vw_case_model_get_document (cm), variable) == NULL
      || !vw_case_model_get_value (cm, variable, alternative, &v))
    return NULL;

  if (v.kind == VW_VALUE_ERROR)
    return vw_value_error_text (&v);
  if (v.kind != VW_VALUE_SCALAR)
    return vw_value_to_string (&v);

  return vw_case_figures_format_as (cm, variable, v.scalar, locale, flags);
}
