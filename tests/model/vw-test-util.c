/* vw-test-util.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "vw-test-util.h"

/* Two alternatives, one stakeholder, a KPI, an element, inputs, a formula, pricing. */
VwDocument *
vw_test_small_document (void)
{
  VwDocument *doc = vw_document_new ();
  VwItem *meta = VW_ITEM (vw_document_get_meta (doc));
  VwItem *item;

  vw_item_set_string (meta, "title", "Test case");
  vw_item_set_string (meta, "customer", "Acme Oy");
  vw_item_set_string (meta, "currency", "EUR");
  vw_item_set_int (meta, "horizon", 5);

  item = vw_item_new (VW_ITEM_ALTERNATIVE, "status_quo");
  vw_item_set_string (item, "name", "Today");
  vw_item_set_string (item, "role", "status-quo");
  vw_document_append_item (doc, item);
  g_object_unref (item);

  item = vw_item_new (VW_ITEM_ALTERNATIVE, "ours");
  vw_item_set_string (item, "name", "Our offer");
  vw_item_set_string (item, "role", "offer");
  vw_document_append_item (doc, item);
  g_object_unref (item);

  item = vw_item_new (VW_ITEM_STAKEHOLDER, "cfo");
  vw_item_set_string (item, "name", "Anna Virtanen");
  vw_item_set_string (item, "title", "CFO");
  vw_item_set_int (item, "influence", 5);
  vw_item_set_int (item, "attitude", 0);
  vw_item_set_string (item, "notes", "Prefers short meetings");
  vw_document_append_item (doc, item);
  g_object_unref (item);

  item = vw_item_new (VW_ITEM_KPI, "cost");
  vw_item_set_string (item, "name", "Energy cost");
  vw_item_set_string (item, "owner", "cfo");
  vw_item_set_string (item, "better", "lower");
  vw_item_set_double (item, "baseline", 1250000.5);
  vw_document_append_item (doc, item);
  g_object_unref (item);

  item = vw_item_new (VW_ITEM_ELEMENT, "fuel");
  vw_item_set_string (item, "name", "Fuel cost over plant life");
  vw_item_set_int (item, "impact", 5);
  vw_document_append_item (doc, item);
  g_object_unref (item);

  item = vw_item_new (VW_ITEM_VARIABLE, "fuel_price");
  vw_item_set_string (item, "label", "Fuel price");
  vw_item_set_string (item, "unit", "EUR/MWh");
  vw_item_set_string (item, "kind", "input");
  vw_value_table_set (vw_variable_get_values (VW_VARIABLE (item)), "", "", 35.5);
  vw_value_table_set (vw_variable_get_values (VW_VARIABLE (item)), "", "default", 35.5);
  vw_document_append_item (doc, item);
  g_object_unref (item);

  item = vw_item_new (VW_ITEM_VARIABLE, "our_cost");
  vw_item_set_string (item, "label", "Our cost");
  vw_item_set_string (item, "kind", "input");
  vw_value_table_set (vw_variable_get_values (VW_VARIABLE (item)), "", "", 80000);
  vw_document_append_item (doc, item);
  g_object_unref (item);

  item = vw_item_new (VW_ITEM_VARIABLE, "price");
  vw_item_set_string (item, "label", "Price");
  vw_item_set_string (item, "kind", "input");
  vw_value_table_set (vw_variable_get_values (VW_VARIABLE (item)), "", "", 100000);
  vw_document_append_item (doc, item);
  g_object_unref (item);

  item = vw_item_new (VW_ITEM_VARIABLE, "margin");
  vw_item_set_string (item, "label", "Margin");
  vw_item_set_string (item, "kind", "formula");
  vw_item_set_string (item, "formula", "(price - our_cost) / price");
  vw_document_append_item (doc, item);
  g_object_unref (item);

  item = vw_item_new (VW_ITEM_VARIABLE, "saving");
  vw_item_set_string (item, "label", "Saving");
  vw_item_set_string (item, "kind", "formula");
  vw_item_set_string (item, "formula", "fuel_price@status_quo * 1e-3 - fuel_price * PRICE(2)");
  vw_document_append_item (doc, item);
  g_object_unref (item);

  item = vw_item_new (VW_ITEM_SCENARIO, "low");
  vw_item_set_string (item, "name", "Conservative");
  vw_value_table_set (vw_scenario_get_values (VW_SCENARIO (item)), "fuel_price", "", 30);
  vw_document_append_item (doc, item);
  g_object_unref (item);

  vw_document_set_clean (doc);
  return doc;
}

char *
vw_test_source_path (const char *first,
                     ...)
{
  const char *root = g_getenv ("VW_SOURCE_ROOT");
  g_autofree char *rest = NULL;
  va_list args;

  g_assert_nonnull (root);
  va_start (args, first);
  rest = g_build_filename_valist (first, &args);
  va_end (args);

  return g_build_filename (root, rest, NULL);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every .vwb file of data/samples, sorted. */
GPtrArray *
vw_test_list_samples (void)
{
  g_autofree char *dir_path = vw_test_source_path ("data", "samples", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".vwb"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (paths, compare_paths);

  return paths;
}

/* Loads @data, expects failure, returns the first problem's message and line. */
char *
vw_test_first_message (const char *data,
                       gsize       length,
                       guint      *line)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) doc = NULL;
  VwLoadReport report = { 0 };
  VwLoadProblem *first;
  char *message;

  doc = vw_vwb_load_bytes (data, length, &report, &error);
  g_assert_null (doc);
  g_assert_nonnull (error);
  g_assert_cmpuint (report.problems->len, >, 0);
  first = g_ptr_array_index (report.problems, 0);
  *line = first->line;
  message = g_strdup (first->message);
  vw_load_report_clear (&report);

  return message;
}

/* data/samples/@name, loaded; the test fails when it does not load. */
VwDocument *
vw_test_load_sample (const char *name)
{
  g_autofree char *path = vw_test_source_path ("data", "samples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VwDocument *doc = vw_vwb_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return doc;
}
