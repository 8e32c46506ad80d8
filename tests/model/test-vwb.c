/* test-vwb.c: the .vwb format — round trips, the samples, locales
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>

#include "vw-test-util.h"

static VwDocument *
load_path (const char *path,
           char      **bytes_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize len;
  VwDocument *doc;

  g_assert_true (g_file_get_contents (path, &bytes, &len, &error));
  doc = vw_vwb_load_bytes (bytes, len, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  if (bytes_out)
    *bytes_out = g_steal_pointer (&bytes);
  return doc;
}

/* load → save → load gives identical bytes and an identical model */
static void
assert_round_trip (VwDocument *doc,
                   const char *original)
{
  g_autofree char *first = vw_vwb_serialize (doc, NULL, NULL, NULL);
  g_autofree char *second = NULL;
  g_autoptr(VwDocument) again = NULL;
  g_autoptr(GError) error = NULL;

  if (original != NULL)
    g_assert_cmpstr (first, ==, original);

  again = vw_vwb_load_bytes (first, strlen (first), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (vw_document_equal (doc, again));
  second = vw_vwb_serialize (again, NULL, NULL, NULL);
  g_assert_cmpstr (first, ==, second);
}

static void
test_round_trip_small (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  VwItem *cfo = vw_document_find (doc, VW_ITEM_STAKEHOLDER, "cfo");
  VwVariable *fuel = vw_document_find_variable (doc, "fuel_price");

  /* text that needs escaping, several lines, numbers at the edges */
  vw_item_set_string (cfo, "goals", "Cut cost < 5 % & \"grow\"\n\tsecond line ‘quoted’ — ok");
  vw_value_table_set (vw_variable_get_values (fuel), "ours", "", 0.1 + 0.2);
  vw_value_table_set (vw_variable_get_values (fuel), "status_quo", "", -0.0);
  vw_value_table_set (vw_variable_get_values (fuel), "status_quo", "default", 1.7976931348623157e308);
  vw_item_set_double (VW_ITEM (fuel), "dist-a", 5e-324);
  vw_item_set_double (VW_ITEM (fuel), "tornado-low", 1e21);
  assert_round_trip (doc, NULL);
}

/* One item of each kind with every field set: the most attributes an element can carry.
 * (Regression: libxml2 2.9 took 12 s to validate a meta with 18 attributes before the schema
 * put attributes in an <interleave>.) */
static void
test_round_trip_every_field (void)
{
  g_autoptr(VwDocument) doc = vw_document_new ();
  VwItem *items[VW_ITEM_N_KINDS];

  items[VW_ITEM_META] = VW_ITEM (vw_document_get_meta (doc));
  for (guint k = VW_ITEM_ALTERNATIVE; k < VW_ITEM_N_KINDS; k++)
    {
      g_autofree char *id = g_strdup_printf ("item_%u", k);

      items[k] = vw_item_new (k, id);
      vw_document_append_item (doc, items[k]);
      g_object_unref (items[k]);
    }
  {
    g_autoptr(VwItem) second = vw_item_new (VW_ITEM_ALTERNATIVE, "second");

    vw_item_set_string (second, "name", "Second");
    vw_item_set_string (second, "role", "offer");
    vw_document_append_item (doc, second);
  }

  for (guint k = 0; k < VW_ITEM_N_KINDS; k++)
    {
      const VwFieldInfo *fields;
      guint n;

      fields = vw_item_get_fields (items[k], &n);
      for (guint i = 0; i < n; i++)
        {
          const VwFieldInfo *f = &fields[i];
          const char *ref = f->ref_kind == VW_ITEM_META ? NULL : vw_item_get_id (items[f->ref_kind]);
          const char *refs[] = { ref, NULL };

          switch (f->type)
            {
            case VW_FIELD_STRING:
              vw_item_set_string (items[k], f->name, strcmp (f->name, "currency") == 0 ? "SEK" : "Text “é” & <b>\nline");
              break;
            case VW_FIELD_ENUM:
              vw_item_set_string (items[k], f->name, f->choices[1] ? f->choices[1] : f->choices[0]);
              break;
            case VW_FIELD_INT:
              vw_item_set_int (items[k], f->name, f->min <= f->max ? (gint64) f->max : 7);
              break;
            case VW_FIELD_DOUBLE:
              vw_item_set_double (items[k], f->name, -2.5e-8);
              break;
            case VW_FIELD_BOOL:
              vw_item_set_bool (items[k], f->name, TRUE);
              break;
            case VW_FIELD_REF:
              vw_item_set_string (items[k], f->name, ref);
              break;
            case VW_FIELD_REFS:
              vw_item_set_strv (items[k], f->name, refs);
              break;
            case VW_FIELD_DATE:
              vw_item_set_string (items[k], f->name, "2026-02-28");
              break;
            case VW_FIELD_DATETIME:
              vw_item_set_string (items[k], f->name, "2026-02-28T13:45:00+02:00");
              break;
            case VW_FIELD_ID:
            default:
              vw_item_set_string (items[k], f->name, "some_template");
              break;
            }
        }
    }
  vw_item_set_string (items[VW_ITEM_VARIABLE], "formula", "item_6 * 2");
  vw_value_table_set (vw_variable_get_values (VW_VARIABLE (items[VW_ITEM_VARIABLE])), "second", "", 4);
  vw_value_table_set (vw_scenario_get_values (VW_SCENARIO (items[VW_ITEM_SCENARIO])), "item_6", "second", 5);
  vw_value_table_set (vw_snapshot_get_values (VW_SNAPSHOT (items[VW_ITEM_SNAPSHOT])), "item_6", "", 6);

  assert_round_trip (doc, NULL);
}

static void
test_layout (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  g_autofree char *text = vw_vwb_serialize (doc, NULL, NULL, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_cmpstr (lines[0], ==, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
  g_assert_cmpstr (lines[1], ==, "<value-case xmlns=\"https://valueworkbench.github.io/ns/vwb/1\" "
                                 "version=\"1\" kind=\"case\">");
  g_assert_cmpstr (lines[2], ==, "  <meta title=\"Test case\" customer=\"Acme Oy\" currency=\"EUR\" "
                                 "horizon=\"5\"/>");
  /* one element per line */
  for (guint i = 0; lines[i] && lines[i + 1]; i++)
    {
      const char *l = g_strchug (g_strdup (lines[i]));

      g_assert_true (l[0] == '<');
      g_assert_true (g_str_has_suffix (l, ">"));
      g_assert_null (strstr (l + 1, "><"));
      g_free ((char *) l);
    }
  g_assert_nonnull (strstr (text, "    <variable id=\"fuel_price\" label=\"Fuel price\" unit=\"EUR/MWh\" "
                                  "kind=\"input\">\n      <value v=\"35.5\"/>\n"
                                  "      <default v=\"35.5\"/>\n    </variable>\n"));
}

/* Under fi_FI and de_DE the same document gives the same bytes and the same numbers. */
static void
test_locales (void)
{
  static const char * const locales[] = { "fi_FI.UTF-8", "de_DE.UTF-8" };
  g_autoptr(GPtrArray) samples = vw_test_list_samples ();
  guint tested = 0;

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      if (setlocale (LC_ALL, locales[l]) == NULL)
        continue;
      tested++;
      for (guint i = 0; i < samples->len; i++)
        {
          g_autofree char *bytes = NULL;
          g_autoptr(VwDocument) doc = load_path (g_ptr_array_index (samples, i), &bytes);

          assert_round_trip (doc, bytes);
        }
    }
  setlocale (LC_ALL, "C.UTF-8");

  if (tested == 0)
    g_test_skip ("fi_FI.UTF-8 and de_DE.UTF-8 are not generated (see build-aux/dev)");
}

static void
test_sample_round_trip (gconstpointer data)
{
  g_autofree char *bytes = NULL;
  g_autoptr(VwDocument) doc = load_path (data, &bytes);

  /* the samples are stored in the canonical layout */
  assert_round_trip (doc, bytes);
}

static guint
count (VwDocument *doc,
       VwItemKind  kind)
{
  return g_list_model_get_n_items (vw_document_get_items (doc, kind));
}

/* Every lower-case name a formula reads is a variable, every name after @ an alternative, and
 * the formulas have no cycle: the templates compile as soon as the engine is merged. */
static void
collect_references (VwDocument *doc,
                    const char *formula,
                    GPtrArray  *names)
{
  const char *p = formula;

  while (*p)
    {
      if (g_ascii_isdigit (*p))
        {
          while (g_ascii_isalnum (*p) || *p == '.'
                 || ((*p == '-' || *p == '+') && (p[-1] == 'e' || p[-1] == 'E')))
            p++;
        }
      else if (g_ascii_isalpha (*p) || *p == '_')
        {
          const char *start = p;
          g_autofree char *name = NULL;
          gboolean after_at = start > formula && start[-1] == '@';
          const char *q;

          while (g_ascii_isalnum (*p) || *p == '_' || *p == '.')
            p++;
          name = g_strndup (start, p - start);
          for (q = p; *q == ' '; q++)
            ;
          if (*q == '(')
            {
              /* functions are upper case, as in Calc */
              g_assert_true (g_ascii_isupper (name[0]));
              continue;
            }
          if (after_at)
            {
              if (vw_document_find (doc, VW_ITEM_ALTERNATIVE, name) == NULL)
                g_error ("formula ‘%s’ names the unknown alternative ‘%s’", formula, name);
              continue;
            }
          if (strcmp (name, "T") == 0)
            continue;
          if (vw_document_find_variable (doc, name) == NULL)
            g_error ("formula ‘%s’ reads the unknown variable ‘%s’", formula, name);
          g_ptr_array_add (names, g_steal_pointer (&name));
        }
      else
        p++;
    }
}

static void
visit (VwDocument *doc,
       VwVariable *v,
       GHashTable *state)
{
  const char *id = vw_item_get_id (VW_ITEM (v));
  g_autoptr(GPtrArray) deps = g_ptr_array_new_with_free_func (g_free);
  int s = GPOINTER_TO_INT (g_hash_table_lookup (state, id));

  if (s == 2)
    return;
  if (s == 1)
    g_error ("the formulas have a cycle through ‘%s’", id);
  g_hash_table_insert (state, (gpointer) id, GINT_TO_POINTER (1));
  if (vw_variable_is_formula (v))
    collect_references (doc, vw_item_get_string (VW_ITEM (v), "formula"), deps);
  for (guint i = 0; i < deps->len; i++)
    visit (doc, vw_document_find_variable (doc, g_ptr_array_index (deps, i)), state);
  g_hash_table_insert (state, (gpointer) id, GINT_TO_POINTER (2));
}

static void
test_sample_content (gconstpointer data)
{
  g_autoptr(VwDocument) doc = load_path (data, NULL);
  GListModel *variables = vw_document_get_items (doc, VW_ITEM_VARIABLE);
  GListModel *elements = vw_document_get_items (doc, VW_ITEM_ELEMENT);
  GListModel *stakeholders = vw_document_get_items (doc, VW_ITEM_STAKEHOLDER);
  GListModel *stack = vw_document_get_items (doc, VW_ITEM_STATEMENT);
  g_autoptr(GHashTable) state = g_hash_table_new (g_str_hash, g_str_equal);
  static const char * const pricing[] = { "price", "reference_price", "value_split", "our_cost",
                                          "price_floor", "target_margin", "win_probability", NULL };
  guint selected = 0, outside = 0, uncertain = 0, inputs = 0;
  gboolean layers[4] = { FALSE };

  g_assert_cmpuint (count (doc, VW_ITEM_ALTERNATIVE), >=, 2);
  g_assert_cmpuint (count (doc, VW_ITEM_ELEMENT), >=, 12);
  g_assert_cmpuint (count (doc, VW_ITEM_KPI), >=, 3);
  g_assert_cmpuint (count (doc, VW_ITEM_SCENARIO), >=, 2);

  for (guint i = 0; i < g_list_model_get_n_items (elements); i++)
    {
      g_autoptr(VwItem) e = g_list_model_get_item (elements, i);

      selected += vw_item_get_bool (e, "selected");
    }
  g_assert_cmpuint (selected, >=, 3);
  g_assert_cmpuint (selected, <=, 5);

  for (guint i = 0; i < g_list_model_get_n_items (stakeholders); i++)
    {
      g_autoptr(VwItem) s = g_list_model_get_item (stakeholders, i);

      outside += vw_item_get_bool (s, "outside");
    }
  g_assert_cmpuint (g_list_model_get_n_items (stakeholders), >=, 5);
  g_assert_cmpuint (outside, >=, 1);

  for (guint i = 0; i < g_list_model_get_n_items (stack); i++)
    {
      g_autoptr(VwItem) s = g_list_model_get_item (stack, i);
      const char *layer = vw_item_get_string (s, "layer");

      layers[0] |= strcmp (layer, "company") == 0;
      layers[1] |= strcmp (layer, "segment") == 0;
      layers[2] |= strcmp (layer, "customer") == 0;
      layers[3] |= strcmp (layer, "stakeholder") == 0;
    }
  g_assert_true (layers[0] && layers[1] && layers[2] && layers[3]);

  for (guint i = 0; i < g_list_model_get_n_items (variables); i++)
    {
      g_autoptr(VwVariable) v = g_list_model_get_item (variables, i);
      GListModel *alts = vw_document_get_items (doc, VW_ITEM_ALTERNATIVE);

      visit (doc, v, state);
      if (vw_variable_is_formula (v))
        continue;
      inputs++;
      uncertain += strcmp (vw_item_get_string (VW_ITEM (v), "distribution"), "none") != 0;
      /* every input has a value for every alternative, and a template default */
      for (guint a = 0; a < g_list_model_get_n_items (alts); a++)
        {
          g_autoptr(VwItem) alt = g_list_model_get_item (alts, a);

          g_assert_true (vw_variable_get_input (v, vw_item_get_id (alt), NULL));
          g_assert_true (vw_variable_get_default (v, vw_item_get_id (alt), NULL));
        }
    }
  g_assert_cmpuint (uncertain, >=, 3);
  g_assert_cmpuint (inputs, >=, 8);

  for (guint i = 0; pricing[i]; i++)
    g_assert_nonnull (vw_document_find_variable (doc, pricing[i]));
  g_assert_true (vw_document_is_internal (doc, VW_ITEM (vw_document_find_variable (doc, "price_floor")), NULL));
  g_assert_true (vw_document_is_internal (doc, VW_ITEM (vw_document_find_variable (doc, "margin")), NULL));
  g_assert_false (vw_document_is_internal (doc, VW_ITEM (vw_document_find_variable (doc, "value_based_price")), NULL));
}

static void
test_templates_and_example (void)
{
  g_autoptr(GPtrArray) samples = vw_test_list_samples ();
  guint templates = 0, cases = 0;

  for (guint i = 0; i < samples->len; i++)
    {
      g_autoptr(VwDocument) doc = load_path (g_ptr_array_index (samples, i), NULL);
      VwItem *meta = VW_ITEM (vw_document_get_meta (doc));

      if (strcmp (vw_document_get_kind (doc), "template") == 0)
        {
          templates++;
          g_assert_nonnull (vw_item_get_string (meta, "template-id"));
          g_assert_null (vw_item_get_string (meta, "customer"));
        }
      else
        {
          cases++;
          g_assert_cmpstr (vw_item_get_string (meta, "customer"), ==, "Kaskimäki Board Oy");
          g_assert_cmpuint (count (doc, VW_ITEM_SNAPSHOT), >=, 1);
          g_assert_cmpuint (count (doc, VW_ITEM_VERIFICATION), >=, 3);
        }
    }
  g_assert_cmpuint (templates, ==, 5);
  g_assert_cmpuint (cases, ==, 1);
}

static void
test_new_from_template (void)
{
  g_autofree char *path = vw_test_source_path ("data", "samples", "power-plant.vwb", NULL);
  g_autoptr(VwDocument) template_doc = load_path (path, NULL);
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  VwItem *meta;
  double v;

  doc = vw_vwb_new_from_template (template_doc, &error);
  g_assert_no_error (error);
  meta = VW_ITEM (vw_document_get_meta (doc));
  g_assert_cmpstr (vw_document_get_kind (doc), ==, "case");
  g_assert_cmpstr (vw_item_get_string (meta, "template-id"), ==, "power_plant");
  g_assert_cmpint (vw_item_get_int (meta, "template-version"), ==, 1);
  g_assert_cmpstr (vw_item_get_string (meta, "created"), !=, "2026-11-23T08:00:00Z");
  g_assert_true (vw_document_get_dirty (doc));
  g_assert_null (vw_document_get_file (doc));
  g_assert_cmpuint (g_list_model_get_n_items (vw_document_get_items (doc, VW_ITEM_ELEMENT)), ==,
                    g_list_model_get_n_items (vw_document_get_items (template_doc, VW_ITEM_ELEMENT)));
  /* the template's defaults are the case's defaults */
  g_assert_true (vw_variable_get_default (vw_document_find_variable (doc, "fuel_price"), "engine_plant", &v));
  g_assert_cmpfloat (v, ==, 35);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) samples = NULL;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vwb/round-trip/small", test_round_trip_small);
  g_test_add_func ("/vwb/round-trip/every-field", test_round_trip_every_field);
  g_test_add_func ("/vwb/layout", test_layout);
  g_test_add_func ("/vwb/locales", test_locales);
  g_test_add_func ("/vwb/samples/templates-and-example", test_templates_and_example);
  g_test_add_func ("/vwb/new-from-template", test_new_from_template);

  samples = vw_test_list_samples ();
  for (guint i = 0; i < samples->len; i++)
    {
      const char *path = g_ptr_array_index (samples, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *rt = g_strdup_printf ("/vwb/samples/round-trip/%s", base);
      g_autofree char *content = g_strdup_printf ("/vwb/samples/content/%s", base);

      g_test_add_data_func (rt, path, test_sample_round_trip);
      g_test_add_data_func (content, path, test_sample_content);
    }

  return g_test_run ();
}
