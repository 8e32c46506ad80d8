/* test-verification.c: the verification status rule, value delivered, the performance clause
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "vw-case-model.h"
#include "vw-element-evidence.h"
#include "vw-input-range.h"
#include "vw-items.h"
#include "vw-performance-clause.h"
#include "vw-test-util.h"
#include "vw-verification-summary.h"
#include "vw-vwb.h"

static VwDocument *
load_example (void)
{
  return vw_test_load_sample ("example-case.vwb");
}

static const VwVerificationTally *
find_tally (GArray     *tallies,
            const char *id)
{
  for (guint i = 0; i < tallies->len; i++)
    {
      const VwVerificationTally *t = &g_array_index (tallies, VwVerificationTally, i);

      if (g_strcmp0 (vw_item_get_id (t->item), id) == 0)
        return t;
    }
  return NULL;
}

/* The gap is relative to the promised improvement and signed by the KPI's direction. */
static void
test_gap (void)
{
  /* OEE promised 0.85 from a baseline of 0.768: 0.842 misses 0.008 of 0.082. */
  g_assert_cmpfloat_with_epsilon (vw_verification_gap (0.85, 0.842, 0.768, FALSE),
                                  -0.008 / 0.082, 1e-12);
  /* Lower is better: a cost below the promise is ahead; no baseline, so relative to it. */
  g_assert_cmpfloat_with_epsilon (vw_verification_gap (2200000, 2140000, NAN, TRUE),
                                  60000.0 / 2200000, 1e-12);
  g_assert_cmpfloat_with_epsilon (vw_verification_gap (100, 120, NAN, TRUE), -0.2, 1e-12);
  /* A baseline equal to the promise is no improvement to measure against. */
  g_assert_cmpfloat_with_epsilon (vw_verification_gap (50, 55, 50, FALSE), 0.1, 1e-12);
  /* Promise of 0 with no baseline: the absolute difference. */
  g_assert_cmpfloat_with_epsilon (vw_verification_gap (0, -0.5, NAN, FALSE), -0.5, 1e-12);
  g_assert_true (isnan (vw_verification_gap (1, NAN, NAN, FALSE)));
}

/* The tolerance band is ±5 %, inclusive, and nothing measured is pending. */
static void
test_status_rule (void)
{
  g_assert_cmpint (vw_verification_status_for_gap (NAN), ==, VW_VERIFICATION_PENDING);
  g_assert_cmpint (vw_verification_status_for_gap (0), ==, VW_VERIFICATION_ON_TRACK);
  g_assert_cmpint (vw_verification_status_for_gap (0.05), ==, VW_VERIFICATION_ON_TRACK);
  g_assert_cmpint (vw_verification_status_for_gap (-0.05), ==, VW_VERIFICATION_ON_TRACK);
  g_assert_cmpint (vw_verification_status_for_gap (0.0501), ==, VW_VERIFICATION_AHEAD);
  g_assert_cmpint (vw_verification_status_for_gap (-0.0501), ==, VW_VERIFICATION_BEHIND);
  g_assert_cmpstr (vw_verification_status_to_string (VW_VERIFICATION_ON_TRACK), ==, "on-track");
  g_assert_cmpstr (vw_verification_status_to_string (VW_VERIFICATION_PENDING), ==, "pending");
}

/* The example case: each KPI's and element's status to date, and the value delivered. */
static void
test_example_summary (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwVerificationSummary) summary = vw_verification_summary_new (doc);
  const VwVerificationTally *t;
  double oee_gap = (-0.008 / 0.082 + 0.011 / 0.082) / 2;

  /* KPIs in document order, only those with records. */
  g_assert_cmpuint (summary->kpis->len, ==, 4);
  g_assert_cmpstr (vw_item_get_id (g_array_index (summary->kpis, VwVerificationTally, 0).item),
                   ==, "oee_kpi");

  t = find_tally (summary->kpis, "oee_kpi");
  g_assert_cmpuint (t->n_records, ==, 2);
  g_assert_cmpuint (t->n_measured, ==, 2);
  g_assert_cmpuint (t->n_signed_off, ==, 1);
  g_assert_cmpfloat_with_epsilon (t->gap, oee_gap, 1e-12);
  g_assert_cmpint (t->status, ==, VW_VERIFICATION_ON_TRACK);

  t = find_tally (summary->kpis, "roce_kpi");
  g_assert_cmpfloat_with_epsilon (t->gap, (0.079 - 0.085) / 0.085, 1e-12);
  g_assert_cmpint (t->status, ==, VW_VERIFICATION_BEHIND);

  t = find_tally (summary->kpis, "maintenance_cost_kpi");
  g_assert_cmpint (t->status, ==, VW_VERIFICATION_ON_TRACK);

  t = find_tally (summary->kpis, "ebit_kpi");
  g_assert_cmpuint (t->n_measured, ==, 0);
  g_assert_cmpint (t->status, ==, VW_VERIFICATION_PENDING);

  /* Elements go by value when their records carry it: 1 215 000 + 1 145 000 delivered of
   * 1 346 000 + 1 010 000 promised is ahead, own cost 360 000 of 300 000 is ahead too. */
  g_assert_cmpuint (summary->elements->len, ==, 3);
  t = find_tally (summary->elements, "uptime");
  g_assert_cmpfloat_with_epsilon (t->value_delivered, 2360000, 1e-6);
  g_assert_cmpfloat_with_epsilon (t->value_promised, 2356000, 1e-6);
  g_assert_cmpint (t->status, ==, VW_VERIFICATION_ON_TRACK);
  t = find_tally (summary->elements, "own_cost");
  g_assert_cmpint (t->status, ==, VW_VERIFICATION_AHEAD);
  t = find_tally (summary->elements, "roce");
  g_assert_cmpint (t->status, ==, VW_VERIFICATION_BEHIND);
  g_assert_null (find_tally (summary->elements, "speed"));

  /* To date: the EBIT record is not measured, so its promised 1 350 000 does not count. */
  g_assert_cmpuint (summary->total.n_records, ==, 5);
  g_assert_cmpuint (summary->total.n_measured, ==, 4);
  g_assert_cmpfloat_with_epsilon (summary->total.value_promised, 2656000, 1e-6);
  g_assert_cmpfloat_with_epsilon (summary->total.value_delivered, 2720000, 1e-6);
  g_assert_cmpint (summary->total.status, ==, VW_VERIFICATION_ON_TRACK);
  g_assert_cmpint (summary->last_period, ==, 2);
}

/* Editing a record changes the status; undo restores it. */
static void
test_summary_follows_edits (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  VwItem *record = vw_document_find (doc, VW_ITEM_VERIFICATION, "roce_2025");
  g_autoptr(VwVerificationSummary) before = vw_verification_summary_new (doc);
  g_autoptr(VwVerificationSummary) after = NULL;
  g_autoptr(VwVerificationSummary) undone = NULL;

  g_assert_cmpint (find_tally (before->kpis, "roce_kpi")->status, ==, VW_VERIFICATION_BEHIND);
  g_assert_true (vw_document_set_double (doc, record, "realized", 0.095));
  after = vw_verification_summary_new (doc);
  g_assert_cmpint (find_tally (after->kpis, "roce_kpi")->status, ==, VW_VERIFICATION_AHEAD);
  g_assert_true (vw_document_undo (doc));
  undone = vw_verification_summary_new (doc);
  g_assert_cmpint (find_tally (undone->kpis, "roce_kpi")->status, ==, VW_VERIFICATION_BEHIND);
}

/* 20 % of the 1 250 000 fee is at risk, paid by verified value, capped at 150 %. */
static void
test_performance_clause (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  g_autoptr(VwPerformanceClause) clause = vw_performance_clause_new (cm);
  g_autoptr(VwPerformanceClause) capped = NULL;
  const VwClausePeriod *p;

  g_assert_nonnull (clause);
  g_assert_cmpfloat (clause->share, ==, 0.2);
  g_assert_cmpfloat (clause->cap, ==, 1.5);
  g_assert_cmpuint (clause->periods->len, ==, 2);

  p = &g_array_index (clause->periods, VwClausePeriod, 0);
  g_assert_cmpint (p->period, ==, 1);
  g_assert_cmpstr (p->label, ==, "2025");
  g_assert_cmpfloat_with_epsilon (p->fee, 1250000, 1e-6);
  g_assert_cmpfloat_with_epsilon (p->at_risk, 250000, 1e-6);
  g_assert_cmpfloat_with_epsilon (p->attainment, 1575000.0 / 1646000, 1e-12);
  g_assert_cmpfloat_with_epsilon (p->earned, 250000 * 1575000.0 / 1646000, 1e-6);

  p = &g_array_index (clause->periods, VwClausePeriod, 1);
  g_assert_cmpfloat_with_epsilon (p->attainment, 1145000.0 / 1010000, 1e-12);
  g_assert_cmpfloat_with_epsilon (clause->at_risk_to_date, 500000, 1e-6);

  /* Far more value than promised pays at most the cap. */
  g_assert_true (vw_document_set_double (doc, vw_document_find (doc, VW_ITEM_VERIFICATION,
                                                                "oee_2026"),
                                         "value-delivered", 5000000));
  capped = vw_performance_clause_new (cm);
  p = &g_array_index (capped->periods, VwClausePeriod, 1);
  g_assert_cmpfloat (p->attainment, ==, 1.5);
  g_assert_cmpfloat_with_epsilon (p->earned, 375000, 1e-6);

  /* No share, no clause. */
  g_assert_true (vw_document_unset (doc, VW_ITEM (vw_document_get_meta (doc)),
                                    "performance-share"));
  g_assert_null (vw_performance_clause_new (cm));
}

/* Benchmark defaults: value, distribution and tornado range in one undoable step. */
static void
test_input_range (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) dists = NULL;
  VwVariable *availability = vw_document_find_variable (doc, "availability");
  VwItem *item = VW_ITEM (availability);
  VwValue value;
  double before;

  vw_case_model_evaluate (cm);
  g_assert_true (vw_case_model_get_value (cm, "availability", "service_contract", &value));
  before = value.scalar;

  g_assert_true (vw_document_set_input_range (doc, availability, "service_contract",
                                              0.95, 0.92, 0.97, "Benchmark: 14 cases", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vw_document_get_undo_label (doc), ==, "Set input from benchmark");
  vw_case_model_evaluate (cm);
  g_assert_true (vw_case_model_get_value (cm, "availability", "service_contract", &value));
  g_assert_cmpfloat (value.scalar, ==, 0.95);
  g_assert_cmpstr (vw_item_get_string (item, "distribution"), ==, "lognormal");
  g_assert_cmpstr (vw_item_get_string (item, "scale"), ==, "factor");
  g_assert_cmpfloat_with_epsilon (vw_item_get_double (item, "dist-a"), 0.92 / 0.95, 1e-12);
  g_assert_cmpfloat_with_epsilon (vw_item_get_double (item, "dist-b"), 0.97 / 0.95, 1e-12);
  g_assert_false (vw_item_is_set (item, "dist-c"));
  g_assert_cmpfloat_with_epsilon (vw_item_get_double (item, "tornado-high"), 0.97 / 0.95, 1e-12);
  g_assert_cmpstr (vw_item_get_string (item, "source"), ==, "Benchmark: 14 cases");
  /* The Monte Carlo takes the new distribution. */
  dists = vw_case_model_get_distributions (cm, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dists);

  /* One undo restores everything. */
  g_assert_true (vw_document_undo (doc));
  vw_case_model_evaluate (cm);
  g_assert_true (vw_case_model_get_value (cm, "availability", "service_contract", &value));
  g_assert_cmpfloat (value.scalar, ==, before);
  g_assert_cmpstr (vw_item_get_string (item, "distribution"), ==, "triangular");

  /* A range through zero is triangular over P10–median–P90. */
  g_assert_true (vw_document_set_input_range (doc, availability, NULL, 0.1, -0.05, 0.3, NULL,
                                              &error));
  g_assert_cmpstr (vw_item_get_string (item, "distribution"), ==, "triangular");
  g_assert_cmpfloat_with_epsilon (vw_item_get_double (item, "dist-c"), 3, 1e-12);

  /* Refused: not ordered, or a formula. Nothing changes. */
  g_assert_false (vw_document_set_input_range (doc, availability, NULL, 0.5, 0.6, 0.7, NULL,
                                               &error));
  g_assert_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_LIMIT);
  g_clear_error (&error);
  g_assert_false (vw_document_set_input_range (doc, vw_document_find_variable (doc, "oee"),
                                               NULL, 0.5, 0.4, 0.7, NULL, &error));
  g_assert_nonnull (strstr (error->message, "formula"));
}

/* A reference case attached as evidence: its id in `cases`, its line in `evidence`, one undo
 * step each way; attaching twice changes nothing. */
static void
test_element_evidence (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  VwItem *uptime = vw_document_find (doc, VW_ITEM_ELEMENT, "uptime");
  g_autofree char *original = g_strdup (vw_item_get_string (uptime, "evidence"));
  const char *line = "Reference case: a board mill — OEE 76.8% → 86.1%";
  g_auto(GStrv) cases = NULL;

  g_assert_false (vw_element_has_case (uptime, "c0123456789abcdef"));
  g_assert_true (vw_element_attach_case (doc, uptime, "c0123456789abcdef", line));
  g_assert_true (vw_element_has_case (uptime, "c0123456789abcdef"));
  g_assert_cmpstr (vw_document_get_undo_label (doc), ==, "Use reference case as evidence");
  g_assert_true (g_str_has_prefix (vw_item_get_string (uptime, "evidence"), original));
  g_assert_true (g_str_has_suffix (vw_item_get_string (uptime, "evidence"), line));
  g_assert_false (vw_element_attach_case (doc, uptime, "c0123456789abcdef", line));

  g_assert_true (vw_element_attach_case (doc, uptime, "cfedcba9876543210", "Second case"));
  cases = vw_element_dup_cases (uptime);
  g_assert_cmpuint (g_strv_length (cases), ==, 2);
  g_assert_cmpstr (cases[1], ==, "cfedcba9876543210");

  g_assert_true (vw_element_detach_case (doc, uptime, "c0123456789abcdef", line));
  g_assert_false (vw_element_has_case (uptime, "c0123456789abcdef"));
  g_assert_null (strstr (vw_item_get_string (uptime, "evidence"), line));
  g_assert_nonnull (strstr (vw_item_get_string (uptime, "evidence"), "Second case"));

  /* Undo all three: back to the original. */
  g_assert_true (vw_document_undo (doc));
  g_assert_true (vw_document_undo (doc));
  g_assert_true (vw_document_undo (doc));
  g_assert_false (vw_item_is_set (uptime, "cases"));
  g_assert_cmpstr (vw_item_get_string (uptime, "evidence"), ==, original);

  /* An element without evidence gets just the line. */
  g_assert_true (vw_element_attach_case (doc, vw_document_find (doc, VW_ITEM_ELEMENT, "quality"),
                                         "c1111111111111111", line));
  g_assert_cmpstr (vw_item_get_string (vw_document_find (doc, VW_ITEM_ELEMENT, "quality"),
                                       "evidence"), ==, line);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/verification/gap", test_gap);
  g_test_add_func ("/verification/status-rule", test_status_rule);
  g_test_add_func ("/verification/example-summary", test_example_summary);
  g_test_add_func ("/verification/follows-edits", test_summary_follows_edits);
  g_test_add_func ("/verification/performance-clause", test_performance_clause);
  g_test_add_func ("/verification/input-range", test_input_range);
  g_test_add_func ("/verification/element-evidence", test_element_evidence);

  return g_test_run ();
}
