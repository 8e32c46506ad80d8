/* test-case-explain.c: "Explain this number", the case model's copy, input origins and the
 * Monte Carlo with progress, on the example case
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vw-explanation.h"
#include "vw-stats.h"
#include "vw-test-util.h"

static VwDocument *
load_example (void)
{
  g_autofree char *path = vw_test_source_path ("data", "samples", "example-case.vwb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VwDocument *doc = vw_vwb_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

static guint
variable_index (VwCaseModel *cm,
                const char  *id)
{
  for (guint i = 0; i < vw_case_model_get_n_variables (cm); i++)
    if (g_str_equal (vw_item_get_id (VW_ITEM (vw_case_model_get_variable (cm, i))), id))
      return i;
  g_assert_not_reached ();
}

static const char *
node_id (VwExplanation *node)
{
  return vw_item_get_id (VW_ITEM (node->item));
}

static VwExplanation *
child (VwExplanation *node,
       guint          i)
{
  g_assert_cmpuint (i, <, node->children->len);
  return g_ptr_array_index (node->children, i);
}

/* Every node carries the value the case model computes for it, and inputs have no children. */
static void
check_tree (VwCaseModel   *cm,
            VwExplanation *node,
            GHashTable    *unfolded)
{
  VwValue value;

  vw_case_model_get_value_at (cm, node->variable, node->alternative, &value);
  g_assert_cmpint (node->kind, ==, value.kind);
  if (value.kind == VW_VALUE_SCALAR)
    g_assert_cmpfloat (node->scalar, ==, value.scalar);

  if (node->formula == NULL)
    {
      g_assert_cmpuint (node->children->len, ==, 0);
      g_assert_cmpint (node->origin, !=, VW_INPUT_MISSING);
      return;
    }
  if (node->repeated)
    {
      g_assert_cmpuint (node->children->len, ==, 0);
      return;
    }
  /* A formula is unfolded once in the whole tree. */
  g_assert_true (g_hash_table_add (unfolded,
                                   GUINT_TO_POINTER (node->variable * 100 + node->alternative + 1)));
  g_assert_cmpuint (node->children->len, >, 0);
  for (guint i = 0; i < node->children->len; i++)
    check_tree (cm, child (node, i), unfolded);
}

static void
test_explain_roce (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  g_autoptr(VwExplanation) tree = NULL;
  g_autoptr(GHashTable) unfolded = g_hash_table_new (NULL, NULL);
  VwExplanation *margin, *turnover;
  gboolean revenue_repeated = FALSE;

  vw_case_model_evaluate (cm);
  /* ROCE of the service contract (alternative 1). */
  tree = vw_case_model_explain (cm, variable_index (cm, "roce"), 1);
  g_assert_cmpstr (node_id (tree), ==, "roce");
  g_assert_cmpstr (tree->formula, ==, "ebit_margin * capital_turnover");
  g_assert_cmpstr (vw_item_get_id (VW_ITEM (tree->alt)), ==, "service_contract");
  g_assert_cmpuint (tree->children->len, ==, 2);
  margin = child (tree, 0);
  turnover = child (tree, 1);
  g_assert_cmpstr (node_id (margin), ==, "ebit_margin");
  g_assert_cmpstr (node_id (turnover), ==, "capital_turnover");
  /* The product of the children is the figure explained. */
  g_assert_cmpfloat_with_epsilon (margin->scalar * turnover->scalar, tree->scalar, 1e-12);

  /* Revenue is read by both; the second place does not unfold it again. */
  g_assert_cmpstr (node_id (child (margin, 1)), ==, "revenue");
  g_assert_false (child (margin, 1)->repeated);
  for (guint i = 0; i < turnover->children->len; i++)
    if (g_str_equal (node_id (child (turnover, i)), "revenue"))
      revenue_repeated = child (turnover, i)->repeated;
  g_assert_true (revenue_repeated);

  check_tree (cm, tree, unfolded);
  g_assert_cmpuint (vw_explanation_count (tree), >, 10);
}

/* "ebit - ebit@own_maintenance": the second reads another alternative. */
static void
test_explain_other_alternative (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  g_autoptr(VwExplanation) tree = NULL;

  vw_case_model_evaluate (cm);
  tree = vw_case_model_explain (cm, variable_index (cm, "ebit_gain"), 1);
  g_assert_cmpuint (tree->children->len, ==, 2);
  g_assert_cmpstr (node_id (child (tree, 0)), ==, "ebit");
  g_assert_cmpstr (vw_item_get_id (VW_ITEM (child (tree, 0)->alt)), ==, "service_contract");
  g_assert_cmpstr (node_id (child (tree, 1)), ==, "ebit");
  g_assert_cmpstr (vw_item_get_id (VW_ITEM (child (tree, 1)->alt)), ==, "own_maintenance");
  g_assert_cmpfloat_with_epsilon (child (tree, 0)->scalar - child (tree, 1)->scalar,
                                  tree->scalar, 1e-6);
}

/* An error shows where it arises and in everything that depends on it. */
static void
test_explain_error (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  g_autoptr(VwExplanation) tree = NULL;
  VwExplanation *margin;

  g_assert_true (vw_document_set_string (doc, VW_ITEM (vw_document_find_variable (doc, "revenue")),
                                         "formula", "output_t * selling_price / 0"));
  vw_case_model_evaluate (cm);
  tree = vw_case_model_explain (cm, variable_index (cm, "roce"), 1);
  g_assert_cmpint (tree->kind, ==, VW_VALUE_ERROR);
  g_assert_nonnull (tree->error);
  margin = child (tree, 0);
  g_assert_cmpint (margin->kind, ==, VW_VALUE_ERROR);
  g_assert_cmpint (child (margin, 1)->kind, ==, VW_VALUE_ERROR);
  g_assert_nonnull (strstr (child (margin, 1)->error, "#DIV/0!"));
  /* …but not in what the broken formula reads. */
  g_assert_cmpint (child (child (margin, 1), 0)->kind, ==, VW_VALUE_SCALAR);
}

static void
test_input_origin (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  guint availability = variable_index (cm, "availability");
  double value;

  vw_case_model_evaluate (cm);
  /* The status quo's availability is entered in the case. */
  g_assert_cmpint (vw_case_model_get_input_origin (cm, availability, 0, &value), ==,
                   VW_INPUT_FROM_DOCUMENT);
  g_assert_cmpfloat (value, ==, 0.86);
  g_assert_true (vw_case_model_set_scenario (cm, "optimistic", NULL));
  g_assert_cmpint (vw_case_model_get_input_origin (cm, availability, 1, &value), ==,
                   VW_INPUT_FROM_SCENARIO);
  g_assert_cmpfloat (value, ==, 0.96);
  g_assert_true (vw_case_model_set_override (cm, "availability", "service_contract", 0.9, NULL));
  g_assert_cmpint (vw_case_model_get_input_origin (cm, availability, 1, &value), ==,
                   VW_INPUT_FROM_SESSION);
  g_assert_cmpfloat (value, ==, 0.9);
  /* The template's default only, once the case's own value is gone. */
  g_assert_true (vw_document_unset_input (doc, vw_document_find_variable (doc, "availability"),
                                          "local_contractor"));
  g_assert_cmpint (vw_case_model_get_input_origin (cm, availability, 2, &value), ==,
                   VW_INPUT_FROM_TEMPLATE);
  g_assert_cmpfloat (value, ==, 0.9);
}

/* A worker's copy: the same figures, the same scenario and overrides, and independent. */
static void
test_copy (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  g_autoptr(VwCaseModel) copy = NULL;
  VwValue a, b;

  g_assert_true (vw_case_model_set_scenario (cm, "conservative", NULL));
  g_assert_true (vw_case_model_set_override (cm, "price", "service_contract", 1100000, NULL));
  vw_case_model_evaluate (cm);
  copy = vw_case_model_new_copy (cm);
  vw_case_model_evaluate (copy);
  g_assert_true (vw_case_model_get_document (copy) != doc);
  g_assert_cmpstr (vw_case_model_get_scenario (copy), ==, "conservative");
  vw_case_model_get_value (cm, "ebit", "service_contract", &a);
  vw_case_model_get_value (copy, "ebit", "service_contract", &b);
  g_assert_cmpfloat (a.scalar, ==, b.scalar);

  /* Editing the original leaves the copy alone. */
  vw_document_set_input (doc, vw_document_find_variable (doc, "contribution_margin"), NULL, 50);
  vw_case_model_set_scenario (cm, NULL, NULL);
  vw_case_model_evaluate (cm);
  vw_case_model_evaluate (copy);
  vw_case_model_get_value (cm, "ebit", "service_contract", &a);
  vw_case_model_get_value (copy, "ebit", "service_contract", &b);
  g_assert_cmpfloat (a.scalar, !=, b.scalar);
}

typedef struct
{
  guint calls;
  guint last;
  guint total;
} Progress;

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *p = user_data;

  g_assert_cmpuint (done, >=, p->last);
  g_assert_cmpuint (done, <=, total);
  p->calls++;
  p->last = done;
  p->total = total;
}

static void
test_monte_carlo_progress (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  g_autoptr(VwCaseMonteCarlo) plain = NULL;
  g_autoptr(VwCaseMonteCarlo) full = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };

  vw_case_model_evaluate (cm);
  plain = vw_case_model_run_monte_carlo (cm, 3000, 11, NULL, &error);
  g_assert_no_error (error);
  full = vw_case_model_run_monte_carlo_full (cm, 3000, 11, on_progress, &progress, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (progress.calls, >, 5);
  g_assert_cmpuint (progress.total, ==, 3000);
  g_assert_cmpuint (full->n_outputs, ==, plain->n_outputs);
  for (guint o = 0; o < full->n_outputs; o++)
    {
      const VwCaseOutputStats *s = &full->outputs[o];
      const double *sorted = vw_case_monte_carlo_get_sorted (full, o);

      g_assert_cmpfloat (s->p10, ==, plain->outputs[o].p10);
      g_assert_cmpfloat (s->p90, ==, plain->outputs[o].p90);
      if (s->n_valid == 0)
        continue;
      /* The samples kept are the ones the statistics came from. */
      g_assert_cmpfloat (sorted[0], ==, s->min);
      g_assert_cmpfloat (sorted[s->n_valid - 1], ==, s->max);
      for (guint k = 1; k < s->n_valid; k++)
        g_assert_cmpfloat (sorted[k - 1], <=, sorted[k]);
      g_assert_cmpfloat (vw_stats_percentile_sorted (sorted, s->n_valid, 0.5), ==, s->p50);
    }
}

static void
test_monte_carlo_cancel (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  VwCaseMonteCarlo *mc;

  vw_case_model_evaluate (cm);
  g_cancellable_cancel (cancellable);
  mc = vw_case_model_run_monte_carlo_full (cm, 5000, 1, NULL, NULL, cancellable, &error);
  g_assert_null (mc);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case-explain/roce", test_explain_roce);
  g_test_add_func ("/case-explain/other-alternative", test_explain_other_alternative);
  g_test_add_func ("/case-explain/error", test_explain_error);
  g_test_add_func ("/case-explain/input-origin", test_input_origin);
  g_test_add_func ("/case-explain/copy", test_copy);
  g_test_add_func ("/case-explain/monte-carlo-progress", test_monte_carlo_progress);
  g_test_add_func ("/case-explain/monte-carlo-cancel", test_monte_carlo_cancel);

  return g_test_run ();
}
