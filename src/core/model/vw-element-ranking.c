/* vw-element-ranking.c: the ranking score of value elements, and the figures of a selection
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The score follows the selection rule of the domain: a value element is worth proposing when
 * it is salient (on the person's agenda), differentiating (the competitor cannot match it) and
 * of large economic impact, all three at once. docs/model.md documents the formula.
 */

#define G_LOG_DOMAIN "vw-element-ranking"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "vw-element-ranking.h"
#include "vw-figure.h"

/* The weights of the weighted geometric mean; they add up to 1. Impact weighs most, as the
 * quantification recipe orders elements by leverage first. */
#define WEIGHT_SALIENCE        0.3
#define WEIGHT_DIFFERENTIATION 0.3
#define WEIGHT_IMPACT          0.4
#define RATING_MAX             5.0

/**
 * vw_element_rank_score:
 * @salience: 0–5
 * @differentiation: 0–5
 * @impact: 0–5
 *
 * The ranking score of a value element, 0–100: the weighted geometric mean of its three
 * ratings, each divided by 5, times 100. A 0 in any rating gives 0, since an element nobody
 * cares about, or that every competitor offers, or that is worth nothing, is not worth
 * proposing however good the other two are. Ratings outside 0–5 are clamped.
 *
 * Returns: the score, 0–100
 */
double
vw_element_rank_score (int salience,
                       int differentiation,
                       int impact)
{
  double s = CLAMP (salience, 0, RATING_MAX) / RATING_MAX;
  double d = CLAMP (differentiation, 0, RATING_MAX) / RATING_MAX;
  double i = CLAMP (impact, 0, RATING_MAX) / RATING_MAX;

  if (s == 0 || d == 0 || i == 0)
    return 0;

  return 100.0 * pow (s, WEIGHT_SALIENCE) * pow (d, WEIGHT_DIFFERENTIATION) * pow (i, WEIGHT_IMPACT);
}

double
vw_value_element_get_rank_score (VwValueElement *element)
{
  VwItem *item = VW_ITEM (element);

  g_return_val_if_fail (VW_IS_VALUE_ELEMENT (element), 0);

  return vw_element_rank_score (vw_item_get_int (item, "salience"),
                                vw_item_get_int (item, "differentiation"),
                                vw_item_get_int (item, "impact"));
}

VwDimension
vw_value_element_get_dimension (VwValueElement *element)
{
  static const char * const names[VW_N_DIMENSIONS] = {
    "operational", "strategic", "social", "symbolic"
  };
  const char *dimension;

  g_return_val_if_fail (VW_IS_VALUE_ELEMENT (element), VW_DIMENSION_OPERATIONAL);

  dimension = vw_item_get_string (VW_ITEM (element), "dimension");
  for (guint d = 0; d < VW_N_DIMENSIONS; d++)
    if (g_strcmp0 (dimension, names[d]) == 0)
      return d;

  return VW_DIMENSION_OPERATIONAL;
}

/**
 * vw_dimension_get_label:
 *
 * Returns: the dimension in a seller's words, translated
 */
const char *
vw_dimension_get_label (VwDimension dimension)
{
  static const char * const labels[VW_N_DIMENSIONS] = {
    N_("Operational"), N_("Strategic"), N_("Social"), N_("Symbolic")
  };

  g_return_val_if_fail (dimension < VW_N_DIMENSIONS, NULL);

  return _(labels[dimension]);
}

/**
 * vw_value_element_get_value_variable:
 *
 * Returns: (nullable): the id of the variable holding the element's economic value (its
 *   `value` field), or %NULL when the element is not quantified
 */
const char *
vw_value_element_get_value_variable (VwValueElement *element)
{
  VwItem *item = VW_ITEM (element);
  const char *id;

  g_return_val_if_fail (VW_IS_VALUE_ELEMENT (element), NULL);

  id = vw_item_get_string (item, "value");

  return id != NULL && *id != '\0' ? id : NULL;
}

/**
 * vw_value_element_compute_value:
 * @alternative: (nullable): an alternative id; %NULL for the offer
 * @out: (out caller-allocates): the element's value, from @case_model's current results
 *
 * Evaluates @case_model if it needs it.
 *
 * Returns: %FALSE when the element is not quantified (no value variable)
 */
gboolean
vw_value_element_compute_value (VwValueElement *element,
                                VwCaseModel    *case_model,
                                const char     *alternative,
                                VwValue        *out)
{
  const char *variable;

  g_return_val_if_fail (VW_IS_VALUE_ELEMENT (element), FALSE);
  g_return_val_if_fail (VW_IS_CASE_MODEL (case_model), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  variable = vw_value_element_get_value_variable (element);
  if (variable == NULL)
    return FALSE;

  if (alternative == NULL)
    alternative = vw_item_get_string (VW_ITEM (vw_document_get_meta (vw_case_model_get_document (case_model))),
                                      "offer-alternative");
  vw_case_model_evaluate (case_model);

  return vw_case_model_get_value (case_model, variable, alternative, out);
}

/**
 * vw_element_selection_summarize:
 * @elements: a list of #VwValueElement
 * @alternative: (nullable): whose values to add; %NULL for the offer
 *
 * Counts the selected elements, adds up their values, and counts the dimensions they cover.
 * Only values in one unit are added (the unit of the first quantified selected element);
 * the others are counted in @summary->n_other_unit, so a total never mixes € and hours.
 */
void
vw_element_selection_summarize (GListModel         *elements,
                                VwCaseModel        *case_model,
                                const char         *alternative,
                                VwSelectionSummary *summary)
{
  VwDocument *document = vw_case_model_get_document (case_model);
  guint n = g_list_model_get_n_items (elements);

  g_return_if_fail (summary != NULL);

  memset (summary, 0, sizeof *summary);
  summary->n_elements = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwValueElement) element = g_list_model_get_item (elements, i);
      VwDimension dimension;
      VwVariable *variable;
      const char *unit;
      VwValue value;

      if (!vw_item_get_bool (VW_ITEM (element), "selected"))
        continue;

      summary->n_selected++;
      dimension = vw_value_element_get_dimension (element);
      if (summary->per_dimension[dimension]++ == 0)
        summary->n_dimensions++;

      if (!vw_value_element_compute_value (element, case_model, alternative, &value))
        continue;
      if (value.kind == VW_VALUE_ERROR)
        {
          summary->n_errors++;
          continue;
        }

      variable = vw_document_find_variable (document, vw_value_element_get_value_variable (element));
      unit = variable != NULL ? vw_item_get_string (VW_ITEM (variable), "unit") : NULL;
      if (summary->n_quantified == 0)
        summary->unit = unit;
      else if (g_strcmp0 (summary->unit, unit) != 0)
        {
          summary->n_other_unit++;
          continue;
        }

      summary->n_quantified++;
      summary->value += vw_value_total (&value);
    }
}
