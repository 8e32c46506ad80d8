/* test-projection.c: the customer projection keeps nothing internal, and everything else
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "vw-case-model.h"
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

static void
test_audience_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  gboolean internal = FALSE;

  g_assert_true (vw_audience_parse ("internal", &internal, &id, NULL));
  g_assert_true (internal);
  g_assert_null (id);
  g_assert_true (vw_audience_parse ("customer", &internal, &id, NULL));
  g_assert_false (internal);
  g_assert_true (vw_audience_parse ("stakeholder:cfo", &internal, &id, NULL));
  g_assert_false (internal);
  g_assert_cmpstr (id, ==, "cfo");
  g_assert_false (vw_audience_parse ("stakeholder:", &internal, NULL, &error));
  g_assert_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_INVALID_ID);
  g_clear_error (&error);
  g_assert_false (vw_audience_parse ("everyone", &internal, NULL, &error));
  g_assert_nonnull (strstr (error->message, "everyone"));
}

/* The serialized projection names no internal variable, note or value; the serialized case
 * does (so the check can fail), and what the customer may see is still there and computes. */
static void
test_customer_projection (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwDocument) cust = NULL;
  g_autoptr(VwCaseModel) cm = NULL;
  g_autofree char *full = NULL;
  g_autofree char *safe = NULL;
  static const char * const secrets[] = {
    "our_cost", "price_floor", "target_margin", "win_probability", "\"margin\"",
    "keep 5 % in reserve", "Ex-auditor", "fit-bargaining-power=\"partly\"", "Heikki trades volume",
    NULL
  };
  VwValue value;

  full = vw_vwb_serialize (doc, NULL, NULL, NULL);
  cust = vw_document_new_projection (doc, "customer");
  g_assert_nonnull (cust);
  safe = vw_vwb_serialize (cust, NULL, NULL, NULL);

  for (guint i = 0; secrets[i]; i++)
    {
      g_assert_nonnull (strstr (full, secrets[i]));
      g_assert_null (strstr (safe, secrets[i]));
    }

  /* Nothing customer-visible is lost: people, elements, price and the value figures. */
  g_assert_cmpuint (g_list_model_get_n_items (vw_document_get_items (cust, VW_ITEM_STAKEHOLDER)),
                    ==, g_list_model_get_n_items (vw_document_get_items (doc, VW_ITEM_STAKEHOLDER)));
  g_assert_nonnull (vw_document_find_variable (cust, "price"));
  g_assert_nonnull (vw_document_find_variable (cust, "customer_incentive"));
  g_assert_false (vw_document_can_undo (cust));
  g_assert_false (vw_document_get_dirty (cust));
  g_assert_null (vw_document_get_file (cust));

  cm = vw_case_model_new (cust);
  vw_case_model_evaluate (cm);
  g_assert_true (vw_case_model_get_value (cm, "ebit_gain", "service_contract", &value));
  g_assert_cmpint (value.kind, ==, VW_VALUE_SCALAR);
  g_assert_cmpfloat (value.scalar, >, 0);

  /* The projection is independent: editing it leaves the case alone. */
  g_assert_true (vw_document_set_input (cust, vw_document_find_variable (cust, "price"),
                                        "service_contract", 1));
  g_assert_false (vw_document_get_dirty (doc));
}

/* A KPI, a statement or a value element that exists to show an internal figure goes with
 * it, and so do the verification records of such a KPI: its name, baseline and target would still tell the customer what the seller watches.
 * One that a person cares about leaves no dangling reference behind. */
static void
test_readers_of_internal_figures (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwDocument) cust = NULL;
  g_autoptr(VwKpi) kpi = vw_kpi_new ("cost_watch");
  g_autoptr(VwStatement) statement = vw_statement_new ("margin_line");
  g_autoptr(VwValueElement) element = vw_value_element_new ("margin_element");
  g_autoptr(VwVerification) record = vw_verification_new ("cost_2025");
  const char *kpis[] = { "cost_watch", "oee_kpi", NULL };
  g_autofree char *safe = NULL;
  VwItem *cfo;

  vw_item_set_string (VW_ITEM (kpi), "name", "Cost watch");
  vw_item_set_string (VW_ITEM (kpi), "variable", "our_cost");
  vw_item_set_double (VW_ITEM (kpi), "target", 777777);
  vw_item_set_string (VW_ITEM (statement), "layer", "customer");
  vw_item_set_string (VW_ITEM (statement), "text", "Margin line");
  vw_item_set_string (VW_ITEM (statement), "variable", "margin");
  vw_item_set_string (VW_ITEM (element), "name", "Margin element");
  vw_item_set_string (VW_ITEM (element), "value", "price_floor");
  vw_document_append_item (doc, VW_ITEM (kpi));
  vw_document_append_item (doc, VW_ITEM (statement));
  vw_item_set_string (VW_ITEM (record), "kpi", "cost_watch");
  vw_item_set_double (VW_ITEM (record), "promised", 654321);
  vw_item_set_string (VW_ITEM (record), "evidence", "Internal costing ledger");
  vw_document_append_item (doc, VW_ITEM (element));
  vw_document_append_item (doc, VW_ITEM (record));
  cfo = vw_document_find (doc, VW_ITEM_STAKEHOLDER, "cfo");
  vw_item_set_strv (cfo, "kpis", kpis);

  cust = vw_document_new_projection (doc, "customer");
  safe = vw_vwb_serialize (cust, NULL, NULL, NULL);
  g_assert_null (vw_document_find (cust, VW_ITEM_KPI, "cost_watch"));
  g_assert_null (vw_document_find (cust, VW_ITEM_STATEMENT, "margin_line"));
  g_assert_null (vw_document_find (cust, VW_ITEM_ELEMENT, "margin_element"));
  g_assert_null (vw_document_find (cust, VW_ITEM_VERIFICATION, "cost_2025"));
  for (const char * const *s = (const char * const []) { "Cost watch", "777777", "Margin line",
                                                         "Margin element", "cost_watch", "654321",
                                                         "Internal costing", NULL };
       *s != NULL; s++)
    g_assert_null (strstr (safe, *s));
  /* The customer's own KPIs stay. */
  g_assert_nonnull (vw_document_find (cust, VW_ITEM_KPI, "oee_kpi"));
  g_assert_nonnull (vw_document_find (cust, VW_ITEM_KPI, "roce_kpi"));
}

static void
test_stakeholder_projection (void)
{
  g_autoptr(VwDocument) doc = load_example ();
  g_autoptr(VwDocument) cfo = vw_document_new_projection (doc, "stakeholder:cfo");
  g_autoptr(VwDocument) nobody = vw_document_new_projection (doc, "stakeholder:nobody");
  GListModel *people;
  GListModel *statements;

  g_assert_null (nobody);
  g_assert_nonnull (cfo);
  people = vw_document_get_items (cfo, VW_ITEM_STAKEHOLDER);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  g_assert_nonnull (vw_document_find (cfo, VW_ITEM_STAKEHOLDER, "cfo"));
  g_assert_false (vw_item_is_set (vw_document_find (cfo, VW_ITEM_STAKEHOLDER, "cfo"), "notes"));

  /* Other people's statements are gone, the shared layers stay. */
  statements = vw_document_get_items (cfo, VW_ITEM_STATEMENT);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(VwItem) s = g_list_model_get_item (statements, i);

      g_assert_cmpstr (vw_item_get_string (s, "layer"), !=, "stakeholder");
    }
  g_assert_nonnull (vw_document_find (cfo, VW_ITEM_STATEMENT, "customer_prop"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/projection/audience-parse", test_audience_parse);
  g_test_add_func ("/projection/customer", test_customer_projection);
  g_test_add_func ("/projection/stakeholder", test_stakeholder_projection);
  g_test_add_func ("/projection/readers-of-internal-figures", test_readers_of_internal_figures);

  return g_test_run ();
}
