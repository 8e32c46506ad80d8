/* vw-coverage.c: gaps in how the value case covers the buying center (capabilities 1, 5, 6)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules (docs/model.md, "Coverage analysis") look only at the document, so the warnings
 * follow every edit and undo. A link between a person and a value element counts from either
 * side: the person's `elements` or the element's `stakeholders`.
 */

#define G_LOG_DOMAIN "vw-coverage"

#include <glib/gi18n.h>

#include "vw-coverage.h"

#define BLOCKER_MIN_INFLUENCE  4
#define CHAMPION_MIN_INFLUENCE 3

void
vw_gap_free (VwGap *gap)
{
  if (gap == NULL)
    return;
  g_free (gap->subject);
  g_free (gap->message);
  g_free (gap);
}

static VwGap *
gap_new (VwGapKind   kind,
         VwGapFix    fix,
         const char *subject,
         char       *message)
{
  VwGap *gap = g_new0 (VwGap, 1);

  gap->kind = kind;
  gap->fix = fix;
  gap->subject = g_strdup (subject);
  gap->message = message;

  return gap;
}

static gboolean
strv_has (const char * const *strv,
          const char         *id)
{
  return strv != NULL && id != NULL && g_strv_contains (strv, id);
}

/* The person who signs, whatever their title: the economic buyer, or anyone of top influence. */
gboolean
vw_stakeholder_is_decision_maker (VwItem *stakeholder)
{
  g_return_val_if_fail (VW_IS_STAKEHOLDER (stakeholder), FALSE);

  return g_strcmp0 (vw_item_get_string (stakeholder, "role"), "economic-buyer") == 0
         || vw_item_get_int (stakeholder, "influence") >= 5;
}

/* Someone who sells for us inside: named so, or a strong supporter with real influence. */
gboolean
vw_stakeholder_is_champion (VwItem *stakeholder)
{
  g_return_val_if_fail (VW_IS_STAKEHOLDER (stakeholder), FALSE);

  return g_strcmp0 (vw_item_get_string (stakeholder, "role"), "champion") == 0
         || (vw_item_get_int (stakeholder, "attitude") >= 2
             && vw_item_get_int (stakeholder, "influence") >= CHAMPION_MIN_INFLUENCE);
}

gboolean
vw_stakeholder_cares_about (VwItem *stakeholder,
                            VwItem *element)
{
  g_return_val_if_fail (VW_IS_STAKEHOLDER (stakeholder), FALSE);
  g_return_val_if_fail (VW_IS_VALUE_ELEMENT (element), FALSE);

  return strv_has (vw_item_get_strv (stakeholder, "elements"), vw_item_get_id (element))
         || strv_has (vw_item_get_strv (element, "stakeholders"), vw_item_get_id (stakeholder));
}

/* Quantified = the model computes it: quantifying variables, or a value variable if the
 * element has that field. */
gboolean
vw_value_element_is_quantified (VwItem *element)
{
  const char * const *variables;

  g_return_val_if_fail (VW_IS_VALUE_ELEMENT (element), FALSE);

  variables = vw_item_get_strv (element, "variables");
  if (variables != NULL && variables[0] != NULL)
    return TRUE;

  return vw_item_find_field (element, "value") >= 0
         && vw_item_is_set (element, "value")
         && *vw_item_get_string (element, "value") != '\0';
}

/* Whether @stakeholder cares about any value element (a quantified one, if asked). */
static gboolean
cares_about_any (VwDocument *document,
                 VwItem     *stakeholder,
                 gboolean    quantified)
{
  GListModel *elements = vw_document_get_items (document, VW_ITEM_ELEMENT);
  guint n = g_list_model_get_n_items (elements);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, i);

      if (vw_stakeholder_cares_about (stakeholder, element)
          && (!quantified || vw_value_element_is_quantified (element)))
        return TRUE;
    }

  return FALSE;
}

static gboolean
anyone_cares_about (VwDocument *document,
                    VwItem     *element)
{
  GListModel *people = vw_document_get_items (document, VW_ITEM_STAKEHOLDER);
  guint n = g_list_model_get_n_items (people);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) person = g_list_model_get_item (people, i);

      if (vw_stakeholder_cares_about (person, element))
        return TRUE;
    }

  return FALSE;
}

/* Returns whether an outside party is on the map. */
static gboolean
analyze_people (VwDocument *document,
                GPtrArray  *gaps)
{
  GListModel *people = vw_document_get_items (document, VW_ITEM_STAKEHOLDER);
  guint n = g_list_model_get_n_items (people);
  gboolean champion = FALSE, outside = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) person = g_list_model_get_item (people, i);
      const char *name = vw_item_get_display_name (person);
      const char *id = vw_item_get_id (person);

      champion |= vw_stakeholder_is_champion (person);
      if (vw_stakeholder_is_decision_maker (person) && !cares_about_any (document, person, TRUE))
        g_ptr_array_add (gaps, gap_new (VW_GAP_BUYER_UNQUANTIFIED, VW_GAP_FIX_SHOW_PERSON, id,
                                        g_strdup_printf (_("%s decides, but none of the value "
                                                           "elements they care about is "
                                                           "quantified"), name)));
      if (vw_item_get_int (person, "influence") >= BLOCKER_MIN_INFLUENCE
          && vw_item_get_int (person, "attitude") < 0)
        g_ptr_array_add (gaps, gap_new (VW_GAP_INFLUENTIAL_BLOCKER, VW_GAP_FIX_SHOW_PERSON, id,
                                        g_strdup_printf (_("%s is influential and against the "
                                                           "offer: plan how to win them over"),
                                                         name)));
      if (vw_item_get_bool (person, "outside"))
        {
          outside = TRUE;
          if (!cares_about_any (document, person, FALSE))
            g_ptr_array_add (gaps, gap_new (VW_GAP_OUTSIDE_IGNORED, VW_GAP_FIX_SHOW_PERSON, id,
                                            g_strdup_printf (_("%s is outside the customer and "
                                                               "cares about no value element "
                                                               "yet"), name)));
          else if (!vw_item_is_set (person, "last-contact"))
            g_ptr_array_add (gaps, gap_new (VW_GAP_OUTSIDE_IGNORED, VW_GAP_FIX_SHOW_PERSON, id,
                                            g_strdup_printf (_("%s is outside the customer and "
                                                               "has never been contacted"),
                                                             name)));
        }
    }

  if (n > 0 && !champion)
    g_ptr_array_insert (gaps, 0, gap_new (VW_GAP_NO_CHAMPION, VW_GAP_FIX_SHOW_PERSON, NULL,
                                          g_strdup (_("Nobody champions the offer inside the "
                                                      "customer: win a strong supporter and "
                                                      "mark them as champion"))));

  return outside;
}

static void
analyze_elements (VwDocument *document,
                  GPtrArray  *gaps)
{
  GListModel *elements = vw_document_get_items (document, VW_ITEM_ELEMENT);
  guint n = g_list_model_get_n_items (elements);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, i);

      if (vw_item_get_bool (element, "selected") && !anyone_cares_about (document, element))
        g_ptr_array_add (gaps, gap_new (VW_GAP_ELEMENT_UNOWNED, VW_GAP_FIX_DESELECT_ELEMENT,
                                        vw_item_get_id (element),
                                        g_strdup_printf (_("Nobody on the map cares about the "
                                                           "selected value element “%s”"),
                                                         vw_item_get_display_name (element))));
    }
}

/**
 * vw_coverage_analyze:
 *
 * Returns: (transfer container) (element-type VwGap): the gaps, most urgent kind first:
 *   a missing champion, then per person (unquantified decision maker, blocker, ignored outside
 *   party) in map order, then unowned selected elements, then a missing outside party
 */
GPtrArray *
vw_coverage_analyze (VwDocument *document)
{
  GPtrArray *gaps;
  gboolean outside;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);

  gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) vw_gap_free);
  outside = analyze_people (document, gaps);
  analyze_elements (document, gaps);
  if (!outside)
    g_ptr_array_add (gaps, gap_new (VW_GAP_NO_OUTSIDE_PARTY, VW_GAP_FIX_ADD_OUTSIDE, NULL,
                                    g_strdup (_("No outside party is on the map: a municipality, "
                                                "a regulator, a union or an insurer can block "
                                                "or speed up the deal"))));

  return gaps;
}
