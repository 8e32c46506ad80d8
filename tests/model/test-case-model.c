/* test-case-model.c: a value case compiled into the engine, kept current, and every sample
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vw-case-model.h"
#include "vw-test-util.h"

/* value-math §0.4: closed forms, relative 1e-9 */
#define assert_close(a, b) \
  G_STMT_START { \
    double _a = (a), _b = (b); \
    if (!(fabs (_a - _b) <= 1e-9 * MAX (fabs (_a), fabs (_b)))) \
      g_error ("%s = %.17g, expected %.17g", #a, _a, _b); \
  } G_STMT_END

static VwVariable *
add_variable (VwDocument *doc,
              const char *id,
              const char *formula)
{
  VwItem *item = vw_item_new (VW_ITEM_VARIABLE, id);

  vw_item_set_string (item, "label", id);
  vw_item_set_string (item, "kind", formula != NULL ? "formula" : "input");
  if (formula != NULL)
    vw_item_set_string (item, "formula", formula);
  vw_document_append_item (doc, item);
  g_object_unref (item);
  return VW_VARIABLE (item);
}

/* a (input, per alternative), b = a·10, c (input), d = c + 1, gain = b − b@base */
static VwDocument *
small_document (void)
{
  VwDocument *doc = vw_document_new ();
  VwItem *meta = VW_ITEM (vw_document_get_meta (doc));
  const char *alts[] = { "base", "offer" };
  VwVariable *v;
  VwItem *scenario;

  vw_item_set_string (meta, "title", "Small");
  vw_item_set_int (meta, "horizon", 3);
  for (guint i = 0; i < G_N_ELEMENTS (alts); i++)
    {
      VwItem *item = vw_item_new (VW_ITEM_ALTERNATIVE, alts[i]);
      vw_item_set_string (item, "name", alts[i]);
      vw_item_set_string (item, "role", i == 0 ? "status-quo" : "offer");
      vw_document_append_item (doc, item);
      g_object_unref (item);
    }
  v = add_variable (doc, "a", NULL);
  vw_value_table_set (vw_variable_get_values (v), "", "", 2);
  vw_value_table_set (vw_variable_get_values (v), "offer", "", 3);
  add_variable (doc, "b", "a * 10");
  v = add_variable (doc, "c", NULL);
  vw_value_table_set (vw_variable_get_values (v), "", "", 5);
  add_variable (doc, "d", "c + 1");
  add_variable (doc, "gain", "b - b@base");
  add_variable (doc, "flow", "IF(T >= 1, b, 0)");

  scenario = vw_item_new (VW_ITEM_SCENARIO, "high");
  vw_item_set_string (scenario, "name", "High");
  vw_value_table_set (vw_scenario_get_values (VW_SCENARIO (scenario)), "c", "", 50);
  vw_document_append_item (doc, scenario);
  g_object_unref (scenario);
  return doc;
}

static double
scalar (VwCaseModel *cm,
        const char  *var,
        const char  *alt)
{
  VwValue v;

  g_assert_true (vw_case_model_get_value (cm, var, alt, &v));
  if (v.kind != VW_VALUE_SCALAR)
    g_error ("%s@%s is not a number", var, alt);
  return v.scalar;
}

static void
test_incremental (void)
{
  g_autoptr(VwDocument) doc = small_document ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  VwVariable *a = vw_document_find_variable (doc, "a");
  VwVariable *b = vw_document_find_variable (doc, "b");
  VwValue v;

  g_assert_cmpuint (vw_case_model_evaluate (cm), ==, 6 * 2);
  g_assert_cmpuint (vw_case_model_get_n_compiles (cm), ==, 1);
  g_assert_cmpfloat (scalar (cm, "b", "base"), ==, 20);
  g_assert_cmpfloat (scalar (cm, "b", "offer"), ==, 30);
  g_assert_cmpfloat (scalar (cm, "gain", "offer"), ==, 10);
  g_assert_cmpfloat (scalar (cm, "gain", "base"), ==, 0);
  g_assert_true (vw_case_model_get_value (cm, "flow", "offer", &v));
  g_assert_cmpint (v.kind, ==, VW_VALUE_SERIES);
  g_assert_cmpuint (v.len, ==, 4);
  g_assert_cmpfloat (v.series[0], ==, 0);
  g_assert_cmpfloat (v.series[3], ==, 30);
  g_assert_false (vw_case_model_get_value (cm, "nope", "base", &v));
  g_assert_false (vw_case_model_get_value (cm, "b", "nope", &v));

  /* Nothing changed: nothing is recomputed. */
  g_assert_cmpuint (vw_case_model_evaluate (cm), ==, 0);

  /* A slider moves a@offer: a, b, gain and flow of the offer, no recompile. */
  g_assert_true (vw_document_set_input (doc, a, "offer", 4));
  g_assert_cmpuint (vw_case_model_evaluate (cm), ==, 4);
  g_assert_cmpuint (vw_case_model_get_n_compiles (cm), ==, 1);
  g_assert_cmpfloat (scalar (cm, "b", "offer"), ==, 40);
  g_assert_cmpfloat (scalar (cm, "gain", "offer"), ==, 20);

  /* The shared value: the offer keeps its own, so a, b, flow of base and gain of both. */
  g_assert_true (vw_document_set_input (doc, a, "", 7));
  g_assert_cmpuint (vw_case_model_evaluate (cm), ==, 5);
  g_assert_cmpfloat (scalar (cm, "gain", "offer"), ==, 40 - 70);
  g_assert_cmpfloat (scalar (cm, "d", "offer"), ==, 6);

  /* Undo is a change like any other. */
  g_assert_true (vw_document_undo (doc));
  g_assert_cmpuint (vw_case_model_evaluate (cm), ==, 5);
  g_assert_cmpfloat (scalar (cm, "b", "base"), ==, 20);

  /* A formula changes: recompile, once. */
  g_assert_true (vw_document_set_string (doc, VW_ITEM (b), "formula", "a * 100"));
  vw_case_model_evaluate (cm);
  g_assert_cmpuint (vw_case_model_get_n_compiles (cm), ==, 2);
  g_assert_cmpfloat (scalar (cm, "gain", "offer"), ==, 400 - 200);
  g_assert_true (vw_document_undo (doc));
  vw_case_model_evaluate (cm);
  g_assert_cmpuint (vw_case_model_get_n_compiles (cm), ==, 3);
  g_assert_cmpfloat (scalar (cm, "gain", "offer"), ==, 40 - 20);

  /* A label does not recompile. */
  g_assert_true (vw_document_set_string (doc, VW_ITEM (b), "label", "Bee"));
  g_assert_cmpuint (vw_case_model_evaluate (cm), ==, 0);
  g_assert_cmpuint (vw_case_model_get_n_compiles (cm), ==, 3);

  /* A variable and an alternative added, then removed: recompiled each time. */
  {
    g_autoptr(VwItem) e = vw_item_new (VW_ITEM_VARIABLE, "e");
    g_autoptr(VwItem) rival = vw_item_new (VW_ITEM_ALTERNATIVE, "rival");
    g_autoptr(GError) error = NULL;
    guint compiles = vw_case_model_get_n_compiles (cm);

    vw_item_set_string (e, "label", "E");
    vw_item_set_string (e, "kind", "formula");
    vw_item_set_string (e, "formula", "d * 2 + gain");
    g_assert_true (vw_document_add_item (doc, e, -1, &error));
    vw_item_set_string (rival, "name", "Rival");
    vw_item_set_string (rival, "role", "competitor");
    g_assert_true (vw_document_add_item (doc, rival, -1, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (vw_case_model_evaluate (cm), ==, 7 * 3);
    g_assert_cmpuint (vw_case_model_get_n_compiles (cm), ==, compiles + 1);
    g_assert_cmpfloat (scalar (cm, "e", "offer"), ==, 12 + 20);
    g_assert_cmpfloat (scalar (cm, "b", "rival"), ==, 20);  /* the shared input */
    g_assert_true (vw_document_remove_item (doc, rival, &error));
    vw_case_model_evaluate (cm);
    g_assert_cmpuint (vw_case_model_get_n_alternatives (cm), ==, 2);
    g_assert_false (vw_case_model_get_value (cm, "b", "rival", &v));
    g_assert_true (vw_document_remove_item (doc, e, &error));
    vw_case_model_evaluate (cm);
    g_assert_false (vw_case_model_get_value (cm, "e", "offer", &v));
    g_assert_cmpuint (vw_case_model_get_n_compiles (cm), ==, compiles + 3);
  }

  /* A formula with an error is an error value with its message, and so is what reads it. */
  g_assert_true (vw_document_set_string (doc, VW_ITEM (b), "formula", "a / 0"));
  vw_case_model_evaluate (cm);
  g_assert_true (vw_case_model_get_value (cm, "gain", "offer", &v));
  g_assert_cmpint (v.kind, ==, VW_VALUE_ERROR);
  g_assert_cmpint (v.error, ==, VW_ERROR_DIV0);
  g_assert_nonnull (v.message);
}

static void
test_overrides (void)
{
  g_autoptr(VwDocument) doc = small_document ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  VwScenario *high = (VwScenario *) vw_document_find (doc, VW_ITEM_SCENARIO, "high");
  g_autoptr(GError) error = NULL;

  vw_case_model_evaluate (cm);
  g_assert_cmpfloat (scalar (cm, "d", "base"), ==, 6);

  /* By name as well as by id. */
  g_assert_true (vw_case_model_set_scenario (cm, "High", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vw_case_model_get_scenario (cm), ==, "high");
  g_assert_cmpuint (vw_case_model_evaluate (cm), ==, 4);  /* c and d of both alternatives */
  g_assert_cmpfloat (scalar (cm, "d", "offer"), ==, 51);

  /* The scenario changes in the document: followed. */
  g_assert_true (vw_document_set_override (doc, high, "c", "offer", 60));
  vw_case_model_evaluate (cm);
  g_assert_cmpfloat (scalar (cm, "d", "offer"), ==, 61);
  g_assert_cmpfloat (scalar (cm, "d", "base"), ==, 51);

  /* --set wins over the scenario; per alternative wins over shared. */
  g_assert_true (vw_case_model_set_override (cm, "c", NULL, 9, &error));
  g_assert_true (vw_case_model_set_override (cm, "c", "offer", 8, &error));
  vw_case_model_evaluate (cm);
  g_assert_cmpfloat (scalar (cm, "d", "base"), ==, 10);
  g_assert_cmpfloat (scalar (cm, "d", "offer"), ==, 9);
  vw_case_model_clear_overrides (cm);
  g_assert_true (vw_case_model_set_scenario (cm, NULL, &error));
  vw_case_model_evaluate (cm);
  g_assert_cmpfloat (scalar (cm, "d", "offer"), ==, 6);

  g_assert_false (vw_case_model_set_override (cm, "nope", NULL, 1, &error));
  g_assert_error (error, VW_CASE_MODEL_ERROR, VW_CASE_MODEL_ERROR_UNKNOWN_VARIABLE);
  g_assert_cmpstr (error->message, ==, "There is no variable “nope” in this case");
  g_clear_error (&error);
  g_assert_false (vw_case_model_set_override (cm, "b", NULL, 1, &error));
  g_assert_error (error, VW_CASE_MODEL_ERROR, VW_CASE_MODEL_ERROR_NOT_AN_INPUT);
  g_clear_error (&error);
  g_assert_false (vw_case_model_set_override (cm, "a", "rival", 1, &error));
  g_assert_error (error, VW_CASE_MODEL_ERROR, VW_CASE_MODEL_ERROR_UNKNOWN_ALTERNATIVE);
  g_assert_cmpstr (error->message, ==, "There is no alternative “rival” in this case");
  g_clear_error (&error);
  g_assert_false (vw_case_model_set_scenario (cm, "Gloomy", &error));
  g_assert_error (error, VW_CASE_MODEL_ERROR, VW_CASE_MODEL_ERROR_UNKNOWN_SCENARIO);
  g_assert_cmpstr (error->message, ==, "There is no scenario “Gloomy” in this case");
}

static void
test_missing_input (void)
{
  g_autoptr(VwDocument) doc = small_document ();
  g_autoptr(VwCaseModel) cm = NULL;
  GPtrArray *missing;

  add_variable (doc, "empty", NULL);
  add_variable (doc, "uses_empty", "empty + 1");
  cm = vw_case_model_new (doc);
  vw_case_model_evaluate (cm);
  missing = vw_case_model_get_missing_inputs (cm);
  g_assert_cmpuint (missing->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (missing, 0), ==, "empty@base");
  g_assert_cmpfloat (scalar (cm, "uses_empty", "offer"), ==, 1);
}

static VwDocument *
load_sample (const char *name)
{
  g_autofree char *path = vw_test_source_path ("data", "samples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VwDocument *doc = vw_vwb_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

/* Every variable of every alternative of every sample, in every scenario, is a value. */
static void
test_samples_evaluate (void)
{
  g_autoptr(GPtrArray) samples = vw_test_list_samples ();
  guint n_errors = 0;

  g_assert_cmpuint (samples->len, >=, 6);
  for (guint s = 0; s < samples->len; s++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (samples, s));
      g_autoptr(VwDocument) doc = load_sample (base);
      g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
      GListModel *scenarios = vw_document_get_items (doc, VW_ITEM_SCENARIO);

      for (int sc = -1; sc < (int) g_list_model_get_n_items (scenarios); sc++)
        {
          g_autoptr(GError) error = NULL;

          if (sc >= 0)
            {
              g_autoptr(VwItem) item = g_list_model_get_item (scenarios, sc);
              g_assert_true (vw_case_model_set_scenario (cm, vw_item_get_id (item), &error));
            }
          vw_case_model_evaluate (cm);
          g_assert_cmpuint (vw_case_model_get_missing_inputs (cm)->len, ==, 0);
          for (guint i = 0; i < vw_case_model_get_n_variables (cm); i++)
            for (guint a = 0; a < vw_case_model_get_n_alternatives (cm); a++)
              {
                VwValue v;

                vw_case_model_get_value_at (cm, i, a, &v);
                if (v.kind == VW_VALUE_ERROR)
                  {
                    g_autofree char *text = vw_value_error_text (&v);
                    g_printerr ("# %s: %s@%s: %s\n", base,
                                vw_item_get_id (VW_ITEM (vw_case_model_get_variable (cm, i))),
                                vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (cm, a))),
                                text);
                    n_errors++;
                  }
              }
        }
      /* Its uncertainty is valid, too. */
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GArray) dists = vw_case_model_get_distributions (cm, &error);

        g_assert_no_error (error);
        g_assert_cmpuint (dists->len, >=, 3);
      }
    }
  g_assert_cmpuint (n_errors, ==, 0);
}

/* Every sample's ranges are centred on its inputs: a tornado range brackets the input (1 for a
 * factor), and a triangular or PERT distribution has the input as its most likely value, so
 * the Monte Carlo and the tornado describe the case that is shown, not the template's. */
static void
test_samples_ranges (void)
{
  g_autoptr(GPtrArray) samples = vw_test_list_samples ();
  guint n_bad = 0, n_checked = 0;

  for (guint s = 0; s < samples->len; s++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (samples, s));
      g_autoptr(VwDocument) doc = load_sample (base);
      g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);

      for (guint i = 0; i < vw_case_model_get_n_variables (cm); i++)
        {
          VwItem *var = VW_ITEM (vw_case_model_get_variable (cm, i));
          gboolean factor = g_strcmp0 (vw_item_get_string (var, "scale"), "factor") == 0;
          const char *dist = vw_item_get_string (var, "distribution");
          gboolean tri = g_str_equal (dist, "triangular") || g_str_equal (dist, "pert");

          if (vw_variable_is_formula (VW_VARIABLE (var)))
            continue;
          for (guint a = 0; a < vw_case_model_get_n_alternatives (cm); a++)
            {
              double x = factor ? 1.0 : vw_case_model_get_effective_input (cm, i, a);
              gboolean ok = TRUE;

              if (vw_item_is_set (var, "tornado-low"))
                ok &= vw_item_get_double (var, "tornado-low") <= x
                      && x <= vw_item_get_double (var, "tornado-high");
              if (tri)
                ok &= vw_item_get_double (var, "dist-a") <= x
                      && vw_item_get_double (var, "dist-b") == x
                      && x <= vw_item_get_double (var, "dist-c");
              n_checked++;
              if (!ok)
                {
                  g_printerr ("# %s: %s@%s = %g is not the centre of its ranges\n", base,
                              vw_item_get_id (var),
                              vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (cm, a))), x);
                  n_bad++;
                }
            }
        }
    }
  g_assert_cmpuint (n_checked, >, 100);
  g_assert_cmpuint (n_bad, ==, 0);
}

/* Power plant: LCOE by the general (discounted) form of value-math §5, costs at t = 0…20 and
 * energy at t = 1…20, computed here by a loop; the NPV advantage by the §5 identity
 * PVcost_B − PVcost_A = (LCOE_B − LCOE_A) · Σ E_t/(1+r)^t. */
static void
plant_pv (double  capex_per_kw,
          double  efficiency,
          double  fixed_om,
          double  variable_om,
          double *pv_cost,
          double *pv_energy)
{
  const double mw = 100, hours = 4000, fuel = 35, esc = 0.02, ef = 0.202, co2 = 80, r = 0.08;
  double energy = mw * hours;
  double fuel_mwh = energy / efficiency;

  *pv_cost = mw * 1000 * capex_per_kw;
  *pv_energy = 0;
  for (int t = 1; t <= 20; t++)
    {
      double cost = fuel_mwh * fuel * pow (1 + esc, t - 1) + fuel_mwh * ef * co2
                    + mw * 1000 * fixed_om + energy * variable_om;
      *pv_cost += cost / pow (1 + r, t);
      *pv_energy += energy / pow (1 + r, t);
    }
}

static void
test_power_plant (void)
{
  g_autoptr(VwDocument) doc = load_sample ("power-plant.vwb");
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  double pv_ep, pv_gt, e_ep, e_gt, lcoe_ep, lcoe_gt;

  plant_pv (950, 0.465, 15, 6, &pv_ep, &e_ep);
  plant_pv (700, 0.38, 12, 4, &pv_gt, &e_gt);
  lcoe_ep = pv_ep / e_ep;
  lcoe_gt = pv_gt / e_gt;
  vw_case_model_evaluate (cm);
  assert_close (scalar (cm, "lcoe", "engine_plant"), lcoe_ep);
  assert_close (scalar (cm, "lcoe", "gas_turbine"), lcoe_gt);
  assert_close (scalar (cm, "npv_advantage", "engine_plant"), (lcoe_gt - lcoe_ep) * e_ep);
  g_assert_cmpfloat (scalar (cm, "npv_advantage", "gas_turbine"), ==, 0);
  /* The figures docs/templates.md quotes, to their printed digits. */
  g_assert_cmpfloat (fabs (lcoe_ep - 155.7), <, 0.05);
  g_assert_cmpfloat (fabs (lcoe_gt - 173.9), <, 0.05);
  g_assert_cmpfloat (fabs (scalar (cm, "npv_advantage", "engine_plant") - 71e6), <, 0.5e6);
  /* Price floor = our cost / (1 − target margin). */
  assert_close (scalar (cm, "price_floor", "engine_plant"), 76e6 / (1 - 0.12));

  /* value-math S-14 through the template itself (overrides, as --set would): capital 500 M at
   * t = 0 (250 MW × 2000/kW), operating cost 25 M a year (100/kW), 2e9 kWh a year
   * (250 MW × 8000 h), 7 %, 20 years, no fuel or CO2: 0.03609823143581392 $/kWh. */
  {
    const struct { const char *id; double v; } s14[] = {
      { "capacity_mw", 250 }, { "capex_per_kw", 2000 }, { "running_hours", 8000 },
      { "fixed_om_per_kw", 100 }, { "variable_om", 0 }, { "fuel_price", 0 },
      { "co2_price", 0 }, { "fuel_escalation", 0 }, { "discount_rate", 0.07 },
    };
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (s14); i++)
      g_assert_true (vw_case_model_set_override (cm, s14[i].id, NULL, s14[i].v, &error));
    g_assert_cmpuint (vw_case_model_evaluate (cm), >, 0);
    g_assert_cmpuint (vw_case_model_get_n_compiles (cm), ==, 1);
    assert_close (scalar (cm, "lcoe", "engine_plant") / 1000, 0.03609823143581392);
    assert_close (scalar (cm, "lcoe", "gas_turbine") / 1000, 0.03609823143581392);
  }
}

/* Maintenance: OEE = A·P·Q (value-math §8, S-18), EBIT, ROCE = EBIT / capital employed
 * (§9, S-24), which the template computes as EBIT margin × capital turnover (DuPont). */
static void
test_maintenance (void)
{
  g_autoptr(VwDocument) doc = load_sample ("preventive-maintenance.vwb");
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  struct { const char *alt; double a, p, q, own, fee, spares, roce; } cases[] = {
    { "own_maintenance", 0.88, 0.90, 0.97, 2400000, 0, 3000000, 0 },
    { "service_contract", 0.94, 0.93, 0.98, 900000, 1200000, 2000000, 0 },
    { "local_contractor", 0.90, 0.90, 0.97, 1500000, 700000, 3000000, 0 },
  };

  vw_case_model_evaluate (cm);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double oee = cases[i].a * cases[i].p * cases[i].q;
      double output = 8200 * 12 * oee;
      double ebit = output * 180 - 9000000 - (cases[i].own + cases[i].fee);

      cases[i].roce = ebit / (40000000 + cases[i].spares);
      assert_close (scalar (cm, "oee", cases[i].alt), oee);
      assert_close (scalar (cm, "ebit", cases[i].alt), ebit);
      assert_close (scalar (cm, "roce", cases[i].alt), cases[i].roce);
    }
  assert_close (scalar (cm, "roce_gain", "service_contract"), cases[1].roce - cases[0].roce);
  /* docs/templates.md: ROCE 5.1 % → 9.7 %, OEE 76.8 % → 85.7 % */
  g_assert_cmpfloat (fabs (cases[0].roce - 0.051), <, 0.0005);
  g_assert_cmpfloat (fabs (cases[1].roce - 0.097), <, 0.0005);
  g_assert_cmpfloat (fabs (scalar (cm, "oee", "service_contract") - 0.857), <, 0.0005);

  /* value-math S-24 through the template: EBIT 100 000 (1000 t × 200 − 100 000 fixed, no
   * maintenance, no fee under own maintenance) over capital employed 150 000: ROCE 2/3, the
   * DuPont product margin × turnover equal to EBIT / CE. */
  {
    const struct { const char *id; double v; } s24[] = {
      { "availability", 1 }, { "performance", 1 }, { "quality", 1 }, { "planned_hours", 1000 },
      { "ideal_rate", 1 }, { "contribution_margin", 200 }, { "fixed_costs", 100000 },
      { "own_maintenance_cost", 0 }, { "capital_employed", 150000 }, { "spare_parts", 0 },
    };
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (s24); i++)
      g_assert_true (vw_case_model_set_override (cm, s24[i].id, NULL, s24[i].v, &error));
    vw_case_model_evaluate (cm);
    assert_close (scalar (cm, "ebit", "own_maintenance"), 100000);
    assert_close (scalar (cm, "roce", "own_maintenance"), 100000.0 / 150000.0);
    g_assert_cmpfloat (fabs (scalar (cm, "roce", "own_maintenance") - 0.6667), <, 0.00005);
  }
}

/* Bearings: 5-year TCO (value-math §6) with the failure cost as probability × consequence
 * (§7, S-22): expected failures × (critical share × downtime × cost per hour + repair). */
static void
test_bearings (void)
{
  g_autoptr(VwDocument) doc = load_sample ("bearings-tco.vwb");
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  struct { const char *alt; double life, lube, kw, p, stock, price; } cases[] = {
    { "standard_bearing", 1.5, 260, 0.35, 0.06, 9000, 180 },
    { "premium_bearing", 4, 90, 0.27, 0.015, 5000, 310 },
  };
  double tco[2];

  vw_case_model_evaluate (cm);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double repl = 120 / cases[i].life;
      double annual = repl * cases[i].price + repl * 420 + 120 * cases[i].lube
                      + 120 * cases[i].kw * 7000 * 0.12
                      + 120 * cases[i].p * (0.3 * 6 * 5000 + 1500) + cases[i].stock;

      tco[i] = 5 * annual;
      assert_close (scalar (cm, "tco_5y", cases[i].alt), tco[i]);
    }
  assert_close (scalar (cm, "tco_saving", "premium_bearing"), tco[0] - tco[1]);
  /* docs/templates.md: 995 kEUR → 419 kEUR */
  g_assert_cmpfloat (fabs (tco[0] - 995400), <, 1e-6);
  g_assert_cmpfloat (fabs (tco[1] - 419080), <, 1e-6);
}

/* Monte Carlo of every output at once agrees exactly with the engine's own run of one output,
 * and the same seed gives the same numbers. */
static void
test_monte_carlo (void)
{
  g_autoptr(VwDocument) doc = load_sample ("power-plant.vwb");
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  g_autoptr(GError) error = NULL;
  g_autoptr(VwCaseMonteCarlo) mc = NULL;
  g_autoptr(VwCaseMonteCarlo) again = NULL;
  g_autoptr(VwCaseMonteCarlo) other = NULL;
  g_autoptr(GArray) dists = NULL;
  g_autoptr(VwModel) model = NULL;
  g_autoptr(VwMonteCarloResult) ref = NULL;
  VwMonteCarloSpec spec = { 0 };
  const VwCaseOutputStats *lcoe = NULL;
  int lcoe_var;

  g_assert_cmpuint (vw_case_model_get_mc_draws (cm), ==, 10000);
  g_assert_cmpuint (vw_case_model_get_mc_seed (cm), ==, 20261123);
  mc = vw_case_model_run_monte_carlo (cm, 400, 99, NULL, &error);
  g_assert_no_error (error);
  again = vw_case_model_run_monte_carlo (cm, 400, 99, NULL, &error);
  other = vw_case_model_run_monte_carlo (cm, 400, 100, NULL, &error);
  g_assert_cmpuint (mc->n_outputs, ==, again->n_outputs);
  g_assert_cmpmem (mc->outputs, mc->n_outputs * sizeof *mc->outputs,
                   again->outputs, again->n_outputs * sizeof *again->outputs);

  lcoe_var = vw_model_lookup (vw_case_model_get_model (cm), "lcoe");
  for (guint o = 0; o < mc->n_outputs; o++)
    if (mc->outputs[o].var == lcoe_var && mc->outputs[o].alt == 1)
      lcoe = &mc->outputs[o];
  g_assert_nonnull (lcoe);
  g_assert_cmpuint (lcoe->n_valid, ==, 400);
  g_assert_cmpfloat (lcoe->p10, <, lcoe->p50);
  g_assert_cmpfloat (lcoe->p50, <, lcoe->p90);
  g_assert_cmpfloat (lcoe->mean, !=, other->outputs[lcoe - mc->outputs].mean);

  dists = vw_case_model_get_distributions (cm, &error);
  model = vw_case_model_build_model (cm);
  spec.n_draws = 400;
  spec.seed = 99;
  spec.output_var = lcoe_var;
  spec.output_alt = 1;
  ref = vw_monte_carlo_run (model, &spec, (VwDistribution *) dists->data, dists->len,
                            NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (lcoe->mean, ==, ref->mean);
  g_assert_cmpfloat (lcoe->p10, ==, ref->p10);
  g_assert_cmpfloat (lcoe->p50, ==, ref->p50);
  g_assert_cmpfloat (lcoe->p90, ==, ref->p90);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case-model/incremental", test_incremental);
  g_test_add_func ("/case-model/overrides", test_overrides);
  g_test_add_func ("/case-model/missing-input", test_missing_input);
  g_test_add_func ("/case-model/samples-evaluate", test_samples_evaluate);
  g_test_add_func ("/case-model/samples-ranges", test_samples_ranges);
  g_test_add_func ("/case-model/power-plant", test_power_plant);
  g_test_add_func ("/case-model/maintenance", test_maintenance);
  g_test_add_func ("/case-model/bearings", test_bearings);
  g_test_add_func ("/case-model/monte-carlo", test_monte_carlo);

  return g_test_run ();
}
