/* vw-readiness.c: is this customer ready for a value-based offer? (capability 5)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A commodity buyer will not pay for value however well it is quantified, so the alignment of
 * their vendor management weighs most and a "no" there overrides the score. The other criteria
 * decide how much work the value case needs before it can be shown.
 */

#define G_LOG_DOMAIN "vw-readiness"

#include <string.h>

#include <glib/gi18n.h>

#include "vw-readiness.h"

typedef struct
{
  const char *field;
  const char *question;  /* N_() */
  const char *hint;      /* N_() */
  int         weight;    /* the weights add up to 100 */
  const char *if_no;     /* N_(): the advice when the answer is "no" */
} VwCriterionInfo;

static const VwCriterionInfo criteria[VW_N_CRITERIA] = {
  { "fit-vendor-management",
    N_("Vendor management values more than price"),
    N_("Their purchasing weighs lifecycle cost and outcomes, not only the unit price"),
    30,
    N_("This customer buys on price: their purchasing will not pay for value, however well it "
       "is quantified. Offer a standard deal, or find a sponsor above purchasing whose goals "
       "need the value.") },
  { "fit-data-sharing",
    N_("They will share performance data"),
    N_("Downtime, output, cost or energy figures of their own operation"),
    25,
    N_("Without their performance data you can only quantify with industry figures: propose "
       "a joint measurement or a pilot before you promise numbers.") },
  { "fit-bargaining-power",
    N_("We have bargaining power"),
    N_("Differentiation the competitors cannot match, or a strong position with them"),
    20,
    N_("You have little bargaining power: lead with the value elements no competitor can "
       "match, and keep the price discussion for last.") },
  { "fit-decision-maker",
    N_("A decision maker’s goals align with our offer"),
    N_("Someone who decides owns a KPI that our offer moves"),
    25,
    N_("No decision maker’s goals match your offer yet: find the person who owns the KPI your "
       "value moves before you build the case.") },
};

static const char * const fit_names[] = { "unknown", "no", "partly", "yes" };

const char *
vw_criterion_get_field (VwCriterion criterion)
{
  g_return_val_if_fail (criterion < VW_N_CRITERIA, NULL);

  return criteria[criterion].field;
}

const char *
vw_criterion_get_question (VwCriterion criterion)
{
  g_return_val_if_fail (criterion < VW_N_CRITERIA, NULL);

  return _(criteria[criterion].question);
}

const char *
vw_criterion_get_hint (VwCriterion criterion)
{
  g_return_val_if_fail (criterion < VW_N_CRITERIA, NULL);

  return _(criteria[criterion].hint);
}

int
vw_criterion_get_weight (VwCriterion criterion)
{
  g_return_val_if_fail (criterion < VW_N_CRITERIA, 0);

  return criteria[criterion].weight;
}

VwFit
vw_fit_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (fit_names); i++)
    if (g_strcmp0 (text, fit_names[i]) == 0)
      return (VwFit) i;

  return VW_FIT_UNKNOWN;
}

const char *
vw_fit_to_string (VwFit fit)
{
  g_return_val_if_fail (fit <= VW_FIT_YES, NULL);

  return fit_names[fit];
}

/**
 * vw_readiness_assess:
 * @meta: the case's meta item, which holds the checklist's answers
 * @out: (out caller-allocates): the assessment
 *
 * The score counts a "yes" fully and a "partly" half, weighted by vw_criterion_get_weight();
 * the level follows the rules in docs/model.md ("Customer selection").
 */
void
vw_readiness_assess (VwMeta      *meta,
                     VwReadiness *out)
{
  int twice_score = 0;
  gboolean any_no = FALSE;

  g_return_if_fail (VW_IS_META (meta));
  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);
  for (guint c = 0; c < VW_N_CRITERIA; c++)
    {
      VwFit fit = vw_fit_from_string (vw_item_get_string (VW_ITEM (meta), criteria[c].field));

      out->answers[c] = fit;
      if (fit != VW_FIT_UNKNOWN)
        out->n_answered++;
      if (fit == VW_FIT_NO)
        any_no = TRUE;
      twice_score += criteria[c].weight * (fit == VW_FIT_YES ? 2 : fit == VW_FIT_PARTLY ? 1 : 0);
    }
  /* Rounded half up: 12.5 points for a "partly" of weight 25 count 13. */
  out->score = (twice_score + 1) / 2;

  if (out->n_answered == 0)
    out->level = VW_READINESS_UNASSESSED;
  else if (out->answers[VW_CRITERION_VENDOR_MANAGEMENT] == VW_FIT_NO)
    out->level = VW_READINESS_NOT_READY;
  else if (!any_no && out->n_answered == VW_N_CRITERIA && out->score >= 75)
    out->level = VW_READINESS_READY;
  else
    out->level = VW_READINESS_PREPARE;
}

/**
 * vw_readiness_dup_advice:
 *
 * Returns: (transfer full): one plain-language recommendation: what to do next with this
 *   customer
 */
char *
vw_readiness_dup_advice (const VwReadiness *readiness)
{
  guint n_open;

  g_return_val_if_fail (readiness != NULL, NULL);

  switch (readiness->level)
    {
    case VW_READINESS_UNASSESSED:
      return g_strdup (_("Answer the four questions to see whether this customer is ready for "
                         "a value-based offer."));
    case VW_READINESS_NOT_READY:
      return g_strdup (_(criteria[VW_CRITERION_VENDOR_MANAGEMENT].if_no));
    case VW_READINESS_READY:
      return g_strdup (_("Go value-based: this customer can see, measure and pay for the value. "
                         "Quantify it in the KPIs of the decision maker."));
    case VW_READINESS_PREPARE:
    default:
      break;
    }

  /* The first "no" is the one thing to fix; then the open questions; then the weak answers. */
  for (guint c = 0; c < VW_N_CRITERIA; c++)
    if (readiness->answers[c] == VW_FIT_NO)
      return g_strdup (_(criteria[c].if_no));

  n_open = VW_N_CRITERIA - readiness->n_answered;
  if (n_open > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Promising, but %u question is still open: answer it "
                                         "in your next meeting before you invest in a full "
                                         "value case.",
                                         "Promising, but %u questions are still open: answer "
                                         "them in your next meeting before you invest in a full "
                                         "value case.", n_open), n_open);

  return g_strdup (_("Workable: strengthen the answers marked “partly” (a pilot, a reference "
                     "customer, a sponsor) before you present numbers."));
}
