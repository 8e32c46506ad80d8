/* test-proposition.c: the value proposition stack, the guide and the solution vision
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "vw-element-ranking.h"
#include "vw-proposition.h"
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

static VwStatement *
statement (VwDocument *doc,
           const char *id)
{
  VwItem *item = vw_document_find (doc, VW_ITEM_STATEMENT, id);

  g_assert_nonnull (item);
  return VW_STATEMENT (item);
}

static void
test_layers_and_inheritance (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  VwStatement *customer = statement (doc, "customer_prop");
  VwStatement *segment = statement (doc, "segment_prop");

  g_assert_cmpint (vw_statement_get_layer (statement (doc, "theme")), ==, VW_LAYER_COMPANY);
  g_assert_cmpint (vw_statement_get_layer (customer), ==, VW_LAYER_CUSTOMER);
  g_assert_cmpint (vw_statement_get_layer (statement (doc, "maintenance_prop")), ==, VW_LAYER_STAKEHOLDER);
  g_assert_true (vw_statement_get_parent (doc, customer) == segment);
  g_assert_null (vw_statement_get_parent (doc, statement (doc, "theme")));

  /* the customer layer inherits: it shows the segment's text, not its own */
  g_assert_true (vw_statement_is_inherited (customer));
  g_assert_cmpstr (vw_statement_get_shown_text (doc, customer), ==, vw_item_get_string (VW_ITEM (segment), "text"));
  g_assert_false (vw_statement_is_inherited (segment));
  /* a top statement set to inherit has nothing to inherit from: it is its own */
  vw_item_set_string (VW_ITEM (statement (doc, "theme")), "mode", "inherit");
  g_assert_false (vw_statement_is_inherited (statement (doc, "theme")));
}

/* A parent loop in a hostile file ends, showing nothing. */
static void
test_parent_loop (void)
{
  g_autoptr(VwDocument) doc = vw_document_new ();
  g_autoptr(VwStatement) a = vw_statement_new ("a");
  g_autoptr(VwStatement) b = vw_statement_new ("b");

  vw_item_set_string (VW_ITEM (a), "layer", "customer");
  vw_item_set_string (VW_ITEM (a), "parent", "b");
  vw_item_set_string (VW_ITEM (a), "mode", "inherit");
  vw_item_set_string (VW_ITEM (b), "layer", "segment");
  vw_item_set_string (VW_ITEM (b), "parent", "a");
  vw_item_set_string (VW_ITEM (b), "mode", "inherit");
  vw_document_append_item (doc, VW_ITEM (a));
  vw_document_append_item (doc, VW_ITEM (b));
  g_assert_cmpstr (vw_statement_get_shown_text (doc, a), ==, "");
}

static void
test_generic (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  VwStatement *mill = statement (doc, "mill_manager_prop");

  /* marketing's layers are general by design */
  g_assert_null (vw_statement_get_generic_reason (doc, statement (doc, "theme")));
  g_assert_null (vw_statement_get_generic_reason (doc, statement (doc, "customer_prop")));
  g_assert_null (vw_statement_get_generic_reason (doc, mill));

  /* no figure behind it */
  g_assert_true (vw_document_unset (doc, VW_ITEM (mill), "variable"));
  g_assert_nonnull (strstr (vw_statement_get_generic_reason (doc, mill), "no figure"));
  g_assert_true (vw_document_undo (doc));
  g_assert_null (vw_statement_get_generic_reason (doc, mill));

  /* nobody it speaks to */
  g_assert_true (vw_document_unset (doc, VW_ITEM (mill), "stakeholder"));
  g_assert_nonnull (strstr (vw_statement_get_generic_reason (doc, mill), "nobody"));
}

static void
test_override_revert (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  VwStatement *customer = statement (doc, "customer_prop");
  g_autofree char *own = g_strdup (vw_item_get_string (VW_ITEM (customer), "text"));
  g_autofree char *inherited = g_strdup (vw_statement_get_shown_text (doc, customer));

  g_assert_true (vw_document_override_statement (doc, customer));
  g_assert_false (vw_statement_is_inherited (customer));
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (customer), "text"), ==, inherited);
  g_assert_cmpstr (vw_document_get_undo_label (doc), ==, "Override statement");
  g_assert_false (vw_document_override_statement (doc, customer));

  g_assert_true (vw_document_revert_statement (doc, customer));
  g_assert_true (vw_statement_is_inherited (customer));
  g_assert_false (vw_document_revert_statement (doc, customer));
  /* nothing above the company layer to revert to */
  g_assert_false (vw_document_revert_statement (doc, statement (doc, "theme")));

  g_assert_true (vw_document_undo (doc));
  g_assert_false (vw_statement_is_inherited (customer));
  g_assert_true (vw_document_undo (doc));
  g_assert_true (vw_statement_is_inherited (customer));
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (customer), "text"), ==, own);
}

static void
test_person (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  VwStakeholder *cfo = VW_STAKEHOLDER (vw_document_find (doc, VW_ITEM_STAKEHOLDER, "cfo"));
  VwStakeholder *production = VW_STAKEHOLDER (vw_document_find (doc, VW_ITEM_STAKEHOLDER, "production_manager"));
  g_autoptr(GPtrArray) top = vw_stakeholder_list_top_elements (doc, production, 3);
  g_autoptr(GPtrArray) all = vw_stakeholder_list_top_elements (doc, cfo, 100);

  g_assert_true (vw_stakeholder_find_statement (doc, production) == statement (doc, "production_prop"));

  /* production cares about uptime (94), speed (73), quality (60), energy (40): best three */
  g_assert_cmpuint (top->len, ==, 3);
  g_assert_cmpstr (vw_item_get_id (g_ptr_array_index (top, 0)), ==, "uptime");
  g_assert_cmpstr (vw_item_get_id (g_ptr_array_index (top, 1)), ==, "speed");
  g_assert_cmpstr (vw_item_get_id (g_ptr_array_index (top, 2)), ==, "quality");
  for (guint i = 1; i < all->len; i++)
    g_assert_cmpfloat (vw_value_element_get_rank_score (g_ptr_array_index (all, i - 1)), >=,
                       vw_value_element_get_rank_score (g_ptr_array_index (all, i)));
}

/* Stored, saved, loaded, kept out of the customer's projection. */
static void
test_guide_round_trip (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  VwItem *cfo = vw_document_find (doc, VW_ITEM_STAKEHOLDER, "cfo");
  g_autoptr(VwDocument) copy = NULL;
  g_autoptr(VwDocument) customer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  gsize length;

  g_assert_true (vw_document_set_string (doc, cfo, "guide", "Ask about the spare parts audit first."));
  g_assert_true (vw_document_is_internal (doc, cfo, "guide"));
  xml = vw_vwb_serialize (doc, NULL, NULL, &length);
  g_assert_nonnull (strstr (xml, "guide=\"Ask about the spare parts audit first.\""));
  copy = vw_vwb_load_bytes (xml, length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vw_item_get_string (vw_document_find (copy, VW_ITEM_STAKEHOLDER, "cfo"), "guide"), ==,
                   "Ask about the spare parts audit first.");

  customer = vw_document_new_projection (doc, "customer");
  g_assert_false (vw_item_is_set (vw_document_find (customer, VW_ITEM_STAKEHOLDER, "cfo"), "guide"));
}

static void
test_vision (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwVisionCriterion) criterion = vw_vision_criterion_new ("fast_response");
  g_autoptr(VwDocument) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  VwItem *loaded;
  gsize length;

  vw_item_set_string (VW_ITEM (criterion), "name", "A technician on site within two hours");
  g_assert_true (vw_document_add_item (doc, VW_ITEM (criterion), -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vw_vision_criterion_get_level (criterion, "service_contract"), ==, VW_VISION_NOT_MET);

  g_assert_true (vw_document_set_vision_level (doc, criterion, "service_contract", VW_VISION_MET));
  g_assert_true (vw_document_set_vision_level (doc, criterion, "local_contractor", VW_VISION_PARTLY_MET));
  g_assert_false (vw_document_set_vision_level (doc, criterion, "local_contractor", VW_VISION_PARTLY_MET));
  g_assert_false (vw_document_set_vision_level (doc, criterion, "no_such_alternative", VW_VISION_MET));
  g_assert_cmpint (vw_vision_criterion_get_level (criterion, "service_contract"), ==, VW_VISION_MET);
  g_assert_cmpint (vw_vision_criterion_get_level (criterion, "local_contractor"), ==, VW_VISION_PARTLY_MET);

  /* moving between levels is one step, and the lists stay disjoint */
  g_assert_true (vw_document_set_vision_level (doc, criterion, "local_contractor", VW_VISION_MET));
  g_assert_false (vw_item_is_set (VW_ITEM (criterion), "partly-met-by"));
  g_assert_true (vw_document_undo (doc));
  g_assert_cmpint (vw_vision_criterion_get_level (criterion, "local_contractor"), ==, VW_VISION_PARTLY_MET);

  xml = vw_vwb_serialize (doc, NULL, NULL, &length);
  g_assert_nonnull (strstr (xml, "<vision>"));
  copy = vw_vwb_load_bytes (xml, length, NULL, &error);
  g_assert_no_error (error);
  loaded = vw_document_find (copy, VW_ITEM_VISION, "fast_response");
  g_assert_nonnull (loaded);
  g_assert_cmpint (vw_vision_criterion_get_level (VW_VISION_CRITERION (loaded), "local_contractor"), ==,
                   VW_VISION_PARTLY_MET);
  g_assert_true (vw_document_equal (doc, copy));

  /* removing an alternative removes it from the criterion too, in the same step */
  g_assert_true (vw_document_remove_item (doc, vw_document_find (doc, VW_ITEM_ALTERNATIVE, "local_contractor"), &error));
  g_assert_cmpint (vw_vision_criterion_get_level (criterion, "local_contractor"), ==, VW_VISION_NOT_MET);
  g_assert_true (vw_document_undo (doc));
  g_assert_cmpint (vw_vision_criterion_get_level (criterion, "local_contractor"), ==, VW_VISION_PARTLY_MET);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/proposition/layers-and-inheritance", test_layers_and_inheritance);
  g_test_add_func ("/proposition/parent-loop", test_parent_loop);
  g_test_add_func ("/proposition/generic", test_generic);
  g_test_add_func ("/proposition/override-revert", test_override_revert);
  g_test_add_func ("/proposition/person", test_person);
  g_test_add_func ("/proposition/guide-round-trip", test_guide_round_trip);
  g_test_add_func ("/proposition/vision", test_vision);

  return g_test_run ();
}
