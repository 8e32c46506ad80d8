/* test-coverage.c: the coverage analysis of the buying center
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vw-coverage.h"
#include "vw-document.h"
#include "vw-items.h"
#include "vw-test-util.h"
#include "vw-vwb.h"

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

static VwGap *
find_gap (GPtrArray  *gaps,
          VwGapKind   kind,
          const char *subject)
{
  for (guint i = 0; i < gaps->len; i++)
    {
      VwGap *gap = g_ptr_array_index (gaps, i);

      if (gap->kind == kind && g_strcmp0 (gap->subject, subject) == 0)
        return gap;
    }

  return NULL;
}

static VwItem *
person (VwDocument *doc,
        const char *id)
{
  VwItem *item = vw_document_find (doc, VW_ITEM_STAKEHOLDER, id);

  g_assert_nonnull (item);
  return item;
}

/* The example case: one influential blocker (Pekka Rautio), and two outside parties nobody has
 * contacted yet; the buyers' elements are quantified and Sanna Heikkinen champions the offer. */
static void
test_example (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(GPtrArray) gaps = vw_coverage_analyze (doc);
  VwGap *gap;

  g_assert_cmpuint (gaps->len, ==, 3);
  gap = g_ptr_array_index (gaps, 0);
  g_assert_cmpint (gap->kind, ==, VW_GAP_INFLUENTIAL_BLOCKER);
  g_assert_cmpstr (gap->subject, ==, "maintenance_manager");
  g_assert_cmpint (gap->fix, ==, VW_GAP_FIX_SHOW_PERSON);
  g_assert_nonnull (strstr (gap->message, "Pekka Rautio"));
  gap = find_gap (gaps, VW_GAP_OUTSIDE_IGNORED, "union_rep");
  g_assert_nonnull (gap);
  g_assert_nonnull (strstr (gap->message, "never been contacted"));
  g_assert_nonnull (find_gap (gaps, VW_GAP_OUTSIDE_IGNORED, "insurer"));

  g_assert_true (vw_stakeholder_is_champion (person (doc, "production_manager")));
  g_assert_false (vw_stakeholder_is_champion (person (doc, "cfo")));
  g_assert_true (vw_stakeholder_is_decision_maker (person (doc, "mill_manager")));
  g_assert_true (vw_stakeholder_is_decision_maker (person (doc, "cfo")));
  g_assert_false (vw_stakeholder_is_decision_maker (person (doc, "purchasing")));
}

static void
set_stakeholders (VwDocument *doc,
                  const char *element_id,
                  const char *stakeholder_id)
{
  const char *ids[] = { stakeholder_id, NULL };

  g_assert_true (vw_document_set_strv (doc, vw_document_find (doc, VW_ITEM_ELEMENT, element_id),
                                       "stakeholders", ids));
}

/* Each rule fires on the edit that breaks it, and undo takes the warning away again. */
static void
test_rules_follow_edits (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(GPtrArray) gaps = NULL;
  VwItem *element;
  const char *cfo_elements[] = { "predictable_cost", NULL };
  VwGap *gap;

  /* The champion cools down. */
  g_assert_true (vw_document_set_int (doc, person (doc, "production_manager"), "attitude", 1));
  gaps = vw_coverage_analyze (doc);
  gap = g_ptr_array_index (gaps, 0);
  g_assert_cmpint (gap->kind, ==, VW_GAP_NO_CHAMPION);
  g_assert_null (gap->subject);
  g_clear_pointer (&gaps, g_ptr_array_unref);
  /* Naming someone champion is enough, whatever their attitude. */
  g_assert_true (vw_document_set_string (doc, person (doc, "purchasing"), "role", "champion"));
  gaps = vw_coverage_analyze (doc);
  g_assert_null (find_gap (gaps, VW_GAP_NO_CHAMPION, NULL));
  g_clear_pointer (&gaps, g_ptr_array_unref);
  g_assert_true (vw_document_undo (doc));
  g_assert_true (vw_document_undo (doc));

  /* The CFO keeps only an element no variable quantifies; the element side still links
   * spares_capital to the CFO, so unlink that too. */
  g_assert_true (vw_document_set_strv (doc, person (doc, "cfo"), "elements", cfo_elements));
  gaps = vw_coverage_analyze (doc);
  g_assert_null (find_gap (gaps, VW_GAP_BUYER_UNQUANTIFIED, "cfo"));
  g_clear_pointer (&gaps, g_ptr_array_unref);
  element = vw_document_find (doc, VW_ITEM_ELEMENT, "predictable_cost");
  g_assert_true (vw_document_unset (doc, element, "variables"));
  set_stakeholders (doc, "spares_capital", NULL);
  set_stakeholders (doc, "roce", "mill_manager");
  set_stakeholders (doc, "own_cost", "maintenance_manager");
  set_stakeholders (doc, "insurance", "insurer");
  gaps = vw_coverage_analyze (doc);
  gap = find_gap (gaps, VW_GAP_BUYER_UNQUANTIFIED, "cfo");
  g_assert_nonnull (gap);
  g_assert_nonnull (strstr (gap->message, "Jukka Lindqvist"));
  /* spares_capital is selected and now nobody cares about it. */
  gap = find_gap (gaps, VW_GAP_ELEMENT_UNOWNED, "spares_capital");
  g_assert_nonnull (gap);
  g_assert_cmpint (gap->fix, ==, VW_GAP_FIX_DESELECT_ELEMENT);
  g_assert_nonnull (strstr (gap->message, "Less capital in spare parts"));
  g_clear_pointer (&gaps, g_ptr_array_unref);

  /* Deselecting the element removes that warning. */
  g_assert_true (vw_document_set_bool (doc, vw_document_find (doc, VW_ITEM_ELEMENT,
                                                              "spares_capital"),
                                       "selected", FALSE));
  gaps = vw_coverage_analyze (doc);
  g_assert_null (find_gap (gaps, VW_GAP_ELEMENT_UNOWNED, "spares_capital"));
  g_clear_pointer (&gaps, g_ptr_array_unref);

  /* The outside parties leave the map: the last warning says nobody outside is there. */
  g_assert_true (vw_document_remove_item (doc, person (doc, "union_rep"), NULL));
  g_assert_true (vw_document_remove_item (doc, person (doc, "insurer"), NULL));
  gaps = vw_coverage_analyze (doc);
  gap = g_ptr_array_index (gaps, gaps->len - 1);
  g_assert_cmpint (gap->kind, ==, VW_GAP_NO_OUTSIDE_PARTY);
  g_assert_cmpint (gap->fix, ==, VW_GAP_FIX_ADD_OUTSIDE);
  g_assert_null (find_gap (gaps, VW_GAP_OUTSIDE_IGNORED, "union_rep"));
  g_clear_pointer (&gaps, g_ptr_array_unref);

  /* A blocker who warms up is no longer one. */
  g_assert_true (vw_document_set_int (doc, person (doc, "maintenance_manager"), "attitude", 0));
  gaps = vw_coverage_analyze (doc);
  g_assert_null (find_gap (gaps, VW_GAP_INFLUENTIAL_BLOCKER, "maintenance_manager"));
}

/* An outside party who cares about nothing gets the other message. */
static void
test_outside_without_elements (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(GPtrArray) gaps = NULL;
  const char *none[] = { NULL };
  VwGap *gap;

  g_assert_true (vw_document_set_strv (doc, person (doc, "insurer"), "elements", none));
  set_stakeholders (doc, "safety", NULL);
  set_stakeholders (doc, "insurance", NULL);
  gaps = vw_coverage_analyze (doc);
  gap = find_gap (gaps, VW_GAP_OUTSIDE_IGNORED, "insurer");
  g_assert_nonnull (gap);
  g_assert_nonnull (strstr (gap->message, "cares about no value element"));
}

static void
test_empty (void)
{
  g_autoptr(VwDocument) doc = vw_document_new ();
  g_autoptr(GPtrArray) gaps = vw_coverage_analyze (doc);

  /* No people: no champion is expected yet, but an outside party is still missing. */
  g_assert_cmpuint (gaps->len, ==, 1);
  g_assert_cmpint (((VwGap *) g_ptr_array_index (gaps, 0))->kind, ==, VW_GAP_NO_OUTSIDE_PARTY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/coverage/example", test_example);
  g_test_add_func ("/coverage/rules-follow-edits", test_rules_follow_edits);
  g_test_add_func ("/coverage/outside-without-elements", test_outside_without_elements);
  g_test_add_func ("/coverage/empty", test_empty);

  return g_test_run ();
}
