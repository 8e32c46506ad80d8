/* vw-verification-summary.c: promised against realized, per KPI, per value element, to date
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The status rule, in one place (docs/model.md, "Verification status"):
 *
 *   gap = s × (realized − promised) / scale
 *     s     = +1 when higher is better, −1 when lower is better (the KPI's `better`)
 *     scale = |promised − baseline| when the KPI has a baseline other than the promise (the
 *             promised improvement), otherwise |promised|, otherwise 1
 *
 * so a gap of −0.1 means "10 % of the promised improvement is missing". A KPI's or a value
 * element's gap to date is the mean gap of its measured records; the case's gap to date is
 * (value delivered − value promised) / |value promised| over the measured records that carry
 * both value figures, or the mean gap of every measured record when none does.
 * Status: nothing measured → pending; gap < −5 % → behind; gap > +5 % → ahead; else on track.
 */

#define G_LOG_DOMAIN "vw-verification"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-verification-summary.h"

double
vw_verification_gap (double   promised,
                     double   realized,
                     double   baseline,
                     gboolean lower_is_better)
{
  double scale;

  if (!isfinite (promised) || !isfinite (realized))
    return NAN;

  if (isfinite (baseline) && baseline != promised)
    scale = fabs (promised - baseline);
  else if (promised != 0)
    scale = fabs (promised);
  else
    scale = 1;

  return (lower_is_better ? -1 : 1) * (realized - promised) / scale;
}

VwVerificationStatus
vw_verification_status_for_gap (double gap)
{
  if (!isfinite (gap))
    return VW_VERIFICATION_PENDING;
  if (gap < -VW_VERIFICATION_TOLERANCE)
    return VW_VERIFICATION_BEHIND;
  if (gap > VW_VERIFICATION_TOLERANCE)
    return VW_VERIFICATION_AHEAD;
  return VW_VERIFICATION_ON_TRACK;
}

/* The gap of one record, NAN while it has no realized value. */
double
vw_verification_record_gap (VwDocument     *document,
                            VwVerification *record)
{
  VwItem *item = VW_ITEM (record);
  VwItem *kpi;
  double baseline = NAN;
  gboolean lower = FALSE;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NAN);
  g_return_val_if_fail (VW_IS_VERIFICATION (record), NAN);

  if (!vw_item_is_set (item, "realized"))
    return NAN;

  kpi = vw_document_find (document, VW_ITEM_KPI, vw_item_get_string (item, "kpi"));
  if (kpi != NULL)
    {
      lower = g_strcmp0 (vw_item_get_string (kpi, "better"), "lower") == 0;
      if (vw_item_is_set (kpi, "baseline"))
        baseline = vw_item_get_double (kpi, "baseline");
    }

  return vw_verification_gap (vw_item_get_double (item, "promised"),
                              vw_item_get_double (item, "realized"),
                              baseline, lower);
}

const char *
vw_verification_status_to_string (VwVerificationStatus status)
{
  switch (status)
    {
    case VW_VERIFICATION_BEHIND:
      return "behind";
    case VW_VERIFICATION_ON_TRACK:
      return "on-track";
    case VW_VERIFICATION_AHEAD:
      return "ahead";
    case VW_VERIFICATION_PENDING:
    default:
      return "pending";
    }
}

const char *
vw_verification_status_get_label (VwVerificationStatus status)
{
  switch (status)
    {
    case VW_VERIFICATION_BEHIND:
      return C_("verification status", "Behind");
    case VW_VERIFICATION_ON_TRACK:
      return C_("verification status", "On track");
    case VW_VERIFICATION_AHEAD:
      return C_("verification status", "Ahead");
    case VW_VERIFICATION_PENDING:
    default:
      return C_("verification status", "Not measured yet");
    }
}

static void
tally_clear (gpointer data)
{
  VwVerificationTally *tally = data;

  g_clear_object (&tally->item);
}

static void
tally_init (VwVerificationTally *tally,
            VwItem              *item)
{
  *tally = (VwVerificationTally) { 0 };
  tally->item = item != NULL ? g_object_ref (item) : NULL;
  tally->gap = 0;
}

/* Adds one record; the gap is summed here and turned into the mean by tally_finish(). */
static void
tally_add (VwVerificationTally *tally,
           VwItem              *record,
           double               gap)
{
  tally->n_records++;
  if (!isfinite (gap))
    return;

  tally->n_measured++;
  tally->gap += gap;
  if (vw_item_is_set (record, "signed-off-by") && vw_item_is_set (record, "signed-off-on"))
    tally->n_signed_off++;
  if (vw_item_is_set (record, "value-promised") && vw_item_is_set (record, "value-delivered"))
    {
      tally->n_valued++;
      tally->value_promised += vw_item_get_double (record, "value-promised");
      tally->value_delivered += vw_item_get_double (record, "value-delivered");
    }
}

static void
tally_finish (VwVerificationTally *tally,
              gboolean             by_value)
{
  if (tally->n_measured == 0)
    tally->gap = NAN;
  else if (by_value && tally->n_valued > 0 && tally->value_promised != 0)
    tally->gap = (tally->value_delivered - tally->value_promised) / fabs (tally->value_promised);
  else
    tally->gap /= tally->n_measured;

  tally->status = vw_verification_status_for_gap (tally->gap);
}

/* One tally per item of @list, in document order; @index maps an item to its tally. */
static GArray *
tallies_new (GListModel *list,
             GHashTable *index)
{
  guint n = g_list_model_get_n_items (list);
  GArray *tallies = g_array_sized_new (FALSE, TRUE, sizeof (VwVerificationTally), n);

  g_array_set_clear_func (tallies, tally_clear);
  g_array_set_size (tallies, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) item = g_list_model_get_item (list, i);

      tally_init (&g_array_index (tallies, VwVerificationTally, i), item);
      g_hash_table_insert (index, item, GUINT_TO_POINTER (i + 1));
    }
  return tallies;
}

static VwVerificationTally *
tally_lookup (GArray     *tallies,
              GHashTable *index,
              VwItem     *item)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (index, item));

  return position > 0 ? &g_array_index (tallies, VwVerificationTally, position - 1) : NULL;
}

/* Keeps the tallies with records, and computes their gaps and statuses. */
static void
tallies_finish (GArray   *tallies,
                gboolean  by_value)
{
  for (guint i = tallies->len; i-- > 0;)
    {
      VwVerificationTally *tally = &g_array_index (tallies, VwVerificationTally, i);

      if (tally->n_records == 0)
        g_array_remove_index (tallies, i);
      else
        tally_finish (tally, by_value);
    }
}

/**
 * vw_verification_summary_new:
 *
 * Returns: (transfer full): the status of every KPI and value element with verification
 *   records, and the value delivered to date
 */
VwVerificationSummary *
vw_verification_summary_new (VwDocument *document)
{
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
  VwVerificationSummary *summary;
  GListModel *records;
  guint n;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);

  summary = g_new0 (VwVerificationSummary, 1);
  summary->kpis = tallies_new (vw_document_get_items (document, VW_ITEM_KPI), index);
  summary->elements = tallies_new (vw_document_get_items (document, VW_ITEM_ELEMENT), index);
  tally_init (&summary->total, NULL);
  summary->last_period = -1;

  records = vw_document_get_items (document, VW_ITEM_VERIFICATION);
  n = g_list_model_get_n_items (records);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) record = g_list_model_get_item (records, i);
      double gap = vw_verification_record_gap (document, VW_VERIFICATION (record));
      VwItem *kpi = vw_document_find (document, VW_ITEM_KPI,
                                      vw_item_get_string (record, "kpi"));
      VwItem *element = vw_document_find (document, VW_ITEM_ELEMENT,
                                          vw_item_get_string (record, "element"));
      VwVerificationTally *tally;

      if (kpi != NULL && (tally = tally_lookup (summary->kpis, index, kpi)) != NULL)
        tally_add (tally, record, gap);
      if (element != NULL && (tally = tally_lookup (summary->elements, index, element)) != NULL)
        tally_add (tally, record, gap);
      tally_add (&summary->total, record, gap);
      if (isfinite (gap))
        summary->last_period = MAX (summary->last_period, vw_item_get_int (record, "period"));
    }

  tallies_finish (summary->kpis, FALSE);
  tallies_finish (summary->elements, TRUE);
  tally_finish (&summary->total, TRUE);

  return summary;
}

void
vw_verification_summary_free (VwVerificationSummary *summary)
{
  if (summary == NULL)
    return;

  g_array_unref (summary->kpis);
  g_array_unref (summary->elements);
  tally_clear (&summary->total);
  g_free (summary);
}
