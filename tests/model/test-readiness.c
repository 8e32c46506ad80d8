/* test-readiness.c: the customer-selection checklist, its score, advice and file round trip
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vw-document.h"
#include "vw-items.h"
#include "vw-readiness.h"
#include "vw-test-util.h"
#include "vw-vwb.h"

static void
set_answers (VwMeta     *meta,
             const char *vendor,
             const char *data,
             const char *power,
             const char *decider)
{
  const char *answers[VW_N_CRITERIA] = { vendor, data, power, decider };

  for (guint c = 0; c < VW_N_CRITERIA; c++)
    if (answers[c] != NULL)
      vw_item_set_string (VW_ITEM (meta), vw_criterion_get_field (c), answers[c]);
    else
      vw_item_unset (VW_ITEM (meta), vw_criterion_get_field (c));
}

static void
test_weights (void)
{
  int sum = 0;

  for (guint c = 0; c < VW_N_CRITERIA; c++)
    {
      g_assert_cmpint (vw_criterion_get_weight (c), >, 0);
      g_assert_cmpint (vw_item_kind_find_field (VW_ITEM_META, vw_criterion_get_field (c)), >=, 0);
      sum += vw_criterion_get_weight (c);
    }
  g_assert_cmpint (sum, ==, 100);
  g_assert_cmpint (vw_fit_from_string ("partly"), ==, VW_FIT_PARTLY);
  g_assert_cmpint (vw_fit_from_string ("nonsense"), ==, VW_FIT_UNKNOWN);
  g_assert_cmpstr (vw_fit_to_string (VW_FIT_NO), ==, "no");
}

static void
test_levels (void)
{
  g_autoptr(VwMeta) meta = vw_meta_new ("meta");
  VwReadiness r;
  g_autofree char *advice = NULL;

  /* Nothing answered. */
  vw_readiness_assess (meta, &r);
  g_assert_cmpint (r.level, ==, VW_READINESS_UNASSESSED);
  g_assert_cmpint (r.score, ==, 0);
  g_assert_cmpuint (r.n_answered, ==, 0);

  /* Everything yes. */
  set_answers (meta, "yes", "yes", "yes", "yes");
  vw_readiness_assess (meta, &r);
  g_assert_cmpint (r.level, ==, VW_READINESS_READY);
  g_assert_cmpint (r.score, ==, 100);
  advice = vw_readiness_dup_advice (&r);
  g_assert_true (g_str_has_prefix (advice, "Go value-based"));
  g_clear_pointer (&advice, g_free);

  /* One "partly" of weight 20: 90 points, still ready. */
  set_answers (meta, "yes", "yes", "partly", "yes");
  vw_readiness_assess (meta, &r);
  g_assert_cmpint (r.score, ==, 90);
  g_assert_cmpint (r.level, ==, VW_READINESS_READY);

  /* Three "partly": 15 + 12.5 + 20 + 12.5 = 60, workable only. */
  set_answers (meta, "partly", "partly", "yes", "partly");
  vw_readiness_assess (meta, &r);
  g_assert_cmpint (r.score, ==, 60);
  g_assert_cmpint (r.level, ==, VW_READINESS_PREPARE);
  advice = vw_readiness_dup_advice (&r);
  g_assert_true (g_str_has_prefix (advice, "Workable"));
  g_clear_pointer (&advice, g_free);

  /* A commodity buyer overrides a high score. */
  set_answers (meta, "no", "yes", "yes", "yes");
  vw_readiness_assess (meta, &r);
  g_assert_cmpint (r.score, ==, 70);
  g_assert_cmpint (r.level, ==, VW_READINESS_NOT_READY);
  advice = vw_readiness_dup_advice (&r);
  g_assert_true (g_str_has_prefix (advice, "This customer buys on price"));
  g_clear_pointer (&advice, g_free);

  /* Another "no" names what to fix. */
  set_answers (meta, "yes", "no", "yes", "yes");
  vw_readiness_assess (meta, &r);
  g_assert_cmpint (r.score, ==, 75);
  g_assert_cmpint (r.level, ==, VW_READINESS_PREPARE);
  advice = vw_readiness_dup_advice (&r);
  g_assert_true (g_str_has_prefix (advice, "Without their performance data"));
  g_clear_pointer (&advice, g_free);

  /* Open questions are counted. */
  set_answers (meta, "yes", NULL, "yes", NULL);
  vw_readiness_assess (meta, &r);
  g_assert_cmpuint (r.n_answered, ==, 2);
  g_assert_cmpint (r.score, ==, 50);
  g_assert_cmpint (r.level, ==, VW_READINESS_PREPARE);
  advice = vw_readiness_dup_advice (&r);
  g_assert_nonnull (strstr (advice, "2 questions are still open"));
  g_clear_pointer (&advice, g_free);

  set_answers (meta, "yes", "yes", NULL, "yes");
  vw_readiness_assess (meta, &r);
  advice = vw_readiness_dup_advice (&r);
  g_assert_nonnull (strstr (advice, "1 question is still open"));
}

/* The answers are saved, reloaded, undone, and never reach the customer's projection. */
static void
test_file_and_projection (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  g_autoptr(VwDocument) back = NULL;
  g_autoptr(VwDocument) customer = NULL;
  g_autoptr(GError) error = NULL;
  VwItem *meta = VW_ITEM (vw_document_get_meta (doc));
  g_autofree char *xml = NULL;
  g_autofree char *customer_xml = NULL;
  VwReadiness r;
  gsize len;

  g_assert_true (vw_document_set_string (doc, meta, "fit-bargaining-power", "partly"));
  g_assert_true (vw_document_set_string (doc, meta, "fit-decision-maker", "yes"));
  g_assert_true (vw_document_set_string (doc, meta, "opportunity", "Line 2 retrofit"));
  g_assert_cmpstr (vw_document_get_undo_label (doc), ==, "Change opportunity");

  xml = vw_vwb_serialize (doc, NULL, NULL, &len);
  g_assert_nonnull (strstr (xml, "fit-bargaining-power=\"partly\""));
  g_assert_nonnull (strstr (xml, "opportunity=\"Line 2 retrofit\""));
  back = vw_vwb_load_bytes (xml, len, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (vw_document_equal (doc, back));
  vw_readiness_assess (vw_document_get_meta (back), &r);
  g_assert_cmpint (r.score, ==, 35);

  g_assert_true (vw_document_is_internal (doc, meta, "fit-decision-maker"));
  g_assert_false (vw_document_is_internal (doc, meta, "opportunity"));
  customer = vw_document_new_projection (doc, "customer");
  customer_xml = vw_vwb_serialize (customer, NULL, NULL, &len);
  g_assert_null (strstr (customer_xml, "fit-"));
  g_assert_nonnull (strstr (customer_xml, "Line 2 retrofit"));

  g_assert_true (vw_document_undo (doc));
  g_assert_true (vw_document_undo (doc));
  vw_readiness_assess (vw_document_get_meta (doc), &r);
  g_assert_cmpint (r.score, ==, 10);
  g_assert_cmpuint (r.n_answered, ==, 1);
}

/* A value other than the four answers is refused by the loader with a message. */
static void
test_bad_answer (void)
{
  const char *xml =
    "<?xml version=\"1.0\"?>\n"
    "<value-case xmlns=\"https://valueworkbench.github.io/ns/vwb/1\" version=\"1\" kind=\"case\">\n"
    "  <meta title=\"t\" fit-data-sharing=\"maybe\"/>\n"
    "  <alternatives><alternative id=\"a\" name=\"A\" role=\"status-quo\"/>"
    "<alternative id=\"b\" name=\"B\" role=\"offer\"/></alternatives>\n"
    "</value-case>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) doc = vw_vwb_load_bytes (xml, strlen (xml), NULL, &error);

  g_assert_null (doc);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "maybe"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/readiness/weights", test_weights);
  g_test_add_func ("/readiness/levels", test_levels);
  g_test_add_func ("/readiness/file-and-projection", test_file_and_projection);
  g_test_add_func ("/readiness/bad-answer", test_bad_answer);

  return g_test_run ();
}
