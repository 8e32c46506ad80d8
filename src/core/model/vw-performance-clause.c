/* vw-performance-clause.c: the part of the price that depends on verified value
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clause (docs/model.md, "Performance clause"): a share of each period's price is at risk
 * and paid in proportion to the value verified in that period,
 *
 *   earned = price(t) × share × min(cap, max(0, delivered(t) / promised(t)))
 *
 * where promised(t) and delivered(t) sum the period's measured records that carry both value
 * figures; the rest of the price, price(t) × (1 − share), is fixed.
 */

#define G_LOG_DOMAIN "vw-verification"

#include <math.h>

#include "vw-performance-clause.h"

static void
clause_period_clear (gpointer data)
{
  VwClausePeriod *period = data;

  g_clear_pointer (&period->label, g_free);
}

/* The period @t of @periods (added when new); @index maps t to its position + 1. */
static VwClausePeriod *
clause_period_lookup (GArray     *periods,
                      GHashTable *index,
                      gint64      t)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (index, &t));

  if (position == 0)
    {
      gint64 *key = g_new (gint64, 1);

      *key = t;
      g_array_append_vals (periods, &(VwClausePeriod) {
                             .period = t, .fee = NAN, .at_risk = NAN, .value_delivered = NAN,
                             .attainment = NAN, .earned = NAN }, 1);
      position = periods->len;
      g_hash_table_insert (index, key, GUINT_TO_POINTER (position));
    }
  return &g_array_index (periods, VwClausePeriod, position - 1);
}

static int
compare_periods (gconstpointer a,
                 gconstpointer b)
{
  const VwClausePeriod *pa = a, *pb = b;

  return pa->period < pb->period ? -1 : pa->period > pb->period;
}

/* The offer's price (evaluated once), as an error value when the case has none. */
static void
offer_price (VwCaseModel *case_model,
             VwValue     *value)
{
  VwDocument *document = vw_case_model_get_document (case_model);
  const char *offer = vw_item_get_string (VW_ITEM (vw_document_get_meta (document)),
                                          "offer-alternative");

  *value = (VwValue) { .kind = VW_VALUE_ERROR, .error = VW_ERROR_NA };
  if (offer == NULL || vw_document_find_variable (document, VW_VAR_PRICE) == NULL)
    return;

  vw_case_model_evaluate (case_model);
  if (!vw_case_model_get_value (case_model, VW_VAR_PRICE, offer, value))
    *value = (VwValue) { .kind = VW_VALUE_ERROR, .error = VW_ERROR_NA };
}

/* The price in period @t, or NAN. */
static double
price_at (const VwValue *value,
          gint64         t)
{
  switch (value->kind)
    {
    case VW_VALUE_SCALAR:
      return value->scalar;
    case VW_VALUE_SERIES:
      return t >= 0 && (guint64) t < value->len ? value->series[t] : NAN;
    case VW_VALUE_ERROR:
    default:
      return NAN;
    }
}

/**
 * vw_performance_clause_new:
 *
 * Returns: (transfer full) (nullable): the clause per period, or %NULL when the case has none
 *   (no `performance-share` in its meta, or a share of 0)
 */
VwPerformanceClause *
vw_performance_clause_new (VwCaseModel *case_model)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  VwDocument *document;
  VwItem *meta;
  VwPerformanceClause *clause;
  GListModel *records;
  VwValue price;
  guint n;

  g_return_val_if_fail (VW_IS_CASE_MODEL (case_model), NULL);

  document = vw_case_model_get_document (case_model);
  meta = VW_ITEM (vw_document_get_meta (document));
  if (!vw_item_is_set (meta, "performance-share")
      || !(vw_item_get_double (meta, "performance-share") > 0))
    return NULL;

  clause = g_new0 (VwPerformanceClause, 1);
  clause->share = CLAMP (vw_item_get_double (meta, "performance-share"), 0, 1);
  clause->cap = MAX (1, vw_item_get_double (meta, "performance-cap"));
  clause->periods = g_array_new (FALSE, TRUE, sizeof (VwClausePeriod));
  g_array_set_clear_func (clause->periods, clause_period_clear);

  records = vw_document_get_items (document, VW_ITEM_VERIFICATION);
  n = g_list_model_get_n_items (records);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) record = g_list_model_get_item (records, i);
      VwClausePeriod *p;

      if (!vw_item_is_set (record, "value-promised"))
        continue;

      p = clause_period_lookup (clause->periods, index, vw_item_get_int (record, "period"));
      if (p->label == NULL && vw_item_is_set (record, "period-label"))
        p->label = g_strdup (vw_item_get_string (record, "period-label"));
      /* A record counts once it is measured and valued; until then the period is open. */
      if (vw_item_is_set (record, "realized") && vw_item_is_set (record, "value-delivered"))
        {
          p->value_promised += vw_item_get_double (record, "value-promised");
          p->value_delivered = (isfinite (p->value_delivered) ? p->value_delivered : 0)
                               + vw_item_get_double (record, "value-delivered");
        }
    }

  g_array_sort (clause->periods, compare_periods);
  offer_price (case_model, &price);
  for (guint i = 0; i < clause->periods->len; i++)
    {
      VwClausePeriod *p = &g_array_index (clause->periods, VwClausePeriod, i);

      p->fee = price_at (&price, p->period);
      p->at_risk = p->fee * clause->share;
      if (!isfinite (p->value_delivered))
        continue;

      p->attainment = p->value_promised > 0
        ? CLAMP (p->value_delivered / p->value_promised, 0, clause->cap)
        : (p->value_delivered > 0 ? clause->cap : 0);
      p->earned = p->at_risk * p->attainment;
      if (isfinite (p->earned))
        {
          clause->at_risk_to_date += p->at_risk;
          clause->earned_to_date += p->earned;
        }
    }

  return clause;
}

void
vw_performance_clause_free (VwPerformanceClause *clause)
{
  if (clause == NULL)
    return;

  g_array_unref (clause->periods);
  g_free (clause);
}
