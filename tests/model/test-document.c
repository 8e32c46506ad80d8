/* test-document.c: editing a value case — commands, undo/redo, coalescing, dirty flag,
 * change notifications and the confidentiality rule
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "vw-test-util.h"

static gint64 fake_now;

static gint64
fake_clock (gpointer data)
{
  return fake_now;
}

typedef struct
{
  GPtrArray *events;  /* "kind:item:detail" strings */
} Recorder;

static void
on_item_changed (VwDocument *doc, VwItem *item, const char *field, Recorder *r)
{
  g_ptr_array_add (r->events, g_strdup_printf ("changed:%s:%s", vw_item_get_id (item), field));
}

static void
on_value_changed (VwDocument *doc, VwItem *item, const char *k1, const char *k2, Recorder *r)
{
  g_ptr_array_add (r->events, g_strdup_printf ("value:%s:%s:%s", vw_item_get_id (item), k1, k2));
}

static void
on_added (VwDocument *doc, VwItem *item, Recorder *r)
{
  g_ptr_array_add (r->events, g_strdup_printf ("added:%s", vw_item_get_id (item)));
}

static void
on_removed (VwDocument *doc, VwItem *item, Recorder *r)
{
  g_ptr_array_add (r->events, g_strdup_printf ("removed:%s", vw_item_get_id (item)));
}

static void
record (VwDocument *doc, Recorder *r)
{
  r->events = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (doc, "item-changed", G_CALLBACK (on_item_changed), r);
  g_signal_connect (doc, "value-changed", G_CALLBACK (on_value_changed), r);
  g_signal_connect (doc, "item-added", G_CALLBACK (on_added), r);
  g_signal_connect (doc, "item-removed", G_CALLBACK (on_removed), r);
}

static const char *
last_event (Recorder *r)
{
  g_assert_cmpuint (r->events->len, >, 0);
  return g_ptr_array_index (r->events, r->events->len - 1);
}

/* Undo must give back exactly the document before, and redo exactly the one after. */
static void
assert_undo_redo (VwDocument *doc, VwDocument *before, const char *label)
{
  g_autofree char *after = vw_vwb_serialize (doc, NULL, NULL, NULL);
  g_autofree char *before_text = vw_vwb_serialize (before, NULL, NULL, NULL);
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_assert_cmpstr (vw_document_get_undo_label (doc), ==, label);
  g_assert_cmpstr (after, !=, before_text);
  g_assert_true (vw_document_undo (doc));
  undone = vw_vwb_serialize (doc, NULL, NULL, NULL);
  g_assert_cmpstr (undone, ==, before_text);
  g_assert_cmpstr (vw_document_get_redo_label (doc), ==, label);
  g_assert_true (vw_document_redo (doc));
  redone = vw_vwb_serialize (doc, NULL, NULL, NULL);
  g_assert_cmpstr (redone, ==, after);
}

static VwDocument *
copy_of (VwDocument *doc)
{
  g_autofree char *text = NULL;
  gsize len;
  g_autoptr(GError) error = NULL;
  VwDocument *copy;

  text = vw_vwb_serialize (doc, NULL, NULL, &len);
  copy = vw_vwb_load_bytes (text, len, NULL, &error);
  g_assert_no_error (error);
  return copy;
}

static void
test_every_command (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  VwItem *cfo = vw_document_find (doc, VW_ITEM_STAKEHOLDER, "cfo");
  VwVariable *fuel = vw_document_find_variable (doc, "fuel_price");
  VwScenario *low = VW_SCENARIO (vw_document_find (doc, VW_ITEM_SCENARIO, "low"));
  VwItem *element = vw_document_find (doc, VW_ITEM_ELEMENT, "fuel");
  const char *kpis[] = { "cost", NULL };
  g_autoptr(VwDocument) before = NULL;
  g_autoptr(VwItem) alt = NULL;
  g_autoptr(GError) error = NULL;
  VwSnapshot *snapshot;

#define STEP(expr, label) \
  G_STMT_START { \
    g_clear_object (&before); \
    before = copy_of (doc); \
    g_assert_true (expr); \
    vw_document_break_merge (doc); \
    assert_undo_redo (doc, before, label); \
  } G_STMT_END

  STEP (vw_document_set_int (doc, cfo, "attitude", 2), "Move Anna Virtanen");
  STEP (vw_document_set_string (doc, cfo, "title", "Chief Financial Officer"),
        "Change job title of Anna Virtanen");
  STEP (vw_document_set_double (doc, vw_document_find (doc, VW_ITEM_KPI, "cost"), "target", 900000),
        "Change target of Energy cost");
  STEP (vw_document_set_bool (doc, element, "selected", TRUE), "Select Fuel cost over plant life");
  STEP (vw_document_set_strv (doc, cfo, "kpis", kpis), "Change KPIs owned of Anna Virtanen");
  STEP (vw_document_unset (doc, cfo, "notes"), "Change private notes of Anna Virtanen");
  STEP (vw_document_set_string (doc, VW_ITEM (vw_document_get_meta (doc)), "customer", "Beta AB"),
        "Change customer");
  STEP (vw_document_set_input (doc, fuel, "ours", 31.25), "Change Fuel price");
  STEP (vw_document_unset_input (doc, fuel, NULL), "Clear Fuel price");
  STEP (vw_document_set_override (doc, low, "price", "ours", 90000), "Change price in Conservative");
  STEP (vw_document_unset_override (doc, low, "fuel_price", NULL),
        "Remove fuel_price from Conservative");

  alt = vw_item_new (VW_ITEM_ALTERNATIVE, "rival");
  vw_item_set_string (alt, "name", "Rival Corp");
  vw_item_set_string (alt, "role", "competitor");
  STEP (vw_document_add_item (doc, alt, 1, &error), "Add Rival Corp");
  g_assert_no_error (error);
  STEP (vw_document_move_item (doc, alt, 2), "Move Rival Corp");
  STEP (vw_document_set_input (doc, fuel, "rival", 40), "Change Fuel price");
  STEP (vw_document_set_string (doc, VW_ITEM (vw_document_get_meta (doc)), "reference-alternative",
                                "rival"), "Change reference alternative");
  /* Removing an alternative also drops its inputs and the references to it: the saved file
   * must never name a missing item. */
  STEP (vw_document_remove_item (doc, alt, &error), "Remove Rival Corp");
  g_assert_no_error (error);
  g_assert_false (vw_variable_get_input (fuel, "rival", NULL) && FALSE);
  {
    double v;

    g_assert_true (vw_variable_get_input (fuel, "ours", &v));
    g_assert_cmpfloat (v, ==, 31.25);
    g_assert_false (vw_value_table_lookup (vw_variable_get_values (fuel), "rival", "", NULL));
    g_assert_null (vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)), "reference-alternative"));
  }

  STEP (vw_document_remove_item (doc, vw_document_find (doc, VW_ITEM_KPI, "cost"), &error),
        "Remove Energy cost");
  g_assert_cmpuint (g_strv_length ((char **) vw_item_get_strv (cfo, "kpis")), ==, 0);

  g_clear_object (&before);
  before = copy_of (doc);
  snapshot = vw_document_take_snapshot (doc, "Before the meeting", &error);
  g_assert_no_error (error);
  g_assert_nonnull (snapshot);
  vw_document_break_merge (doc);
  assert_undo_redo (doc, before, "Take snapshot “Before the meeting”");

  vw_document_set_input (doc, fuel, "ours", 99);
  vw_document_break_merge (doc);
  STEP (vw_document_restore_snapshot (doc, snapshot), "Restore snapshot “Before the meeting”");
  {
    double v;

    g_assert_true (vw_variable_get_input (fuel, "ours", &v));
    g_assert_cmpfloat (v, ==, 31.25);
  }

  /* a group of commands is one step */
  g_clear_object (&before);
  before = copy_of (doc);
  vw_document_begin_group (doc, "Move CFO");
  vw_document_set_int (doc, cfo, "influence", 2);
  vw_document_set_int (doc, cfo, "attitude", -1);
  vw_document_end_group (doc);
  assert_undo_redo (doc, before, "Move CFO");
#undef STEP
}

static void
test_coalescing (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  VwVariable *fuel = vw_document_find_variable (doc, "fuel_price");
  double v;

  vw_document_set_clock (doc, fake_clock, NULL);
  vw_document_set_merge_window (doc, 500000);
  fake_now = 1000000;

  /* a slider drag: 20 changes 50 ms apart are one step */
  for (int i = 0; i < 20; i++)
    {
      fake_now += 50000;
      vw_document_set_input (doc, fuel, NULL, 36 + i);
    }
  g_assert_true (vw_document_undo (doc));
  g_assert_false (vw_document_can_undo (doc));
  g_assert_true (vw_variable_get_input (fuel, NULL, &v));
  g_assert_cmpfloat (v, ==, 35.5);
  g_assert_true (vw_document_redo (doc));
  g_assert_true (vw_variable_get_input (fuel, NULL, &v));
  g_assert_cmpfloat (v, ==, 55);

  /* after a pause longer than the window, a new step */
  fake_now += 600000;
  vw_document_set_input (doc, fuel, NULL, 40);
  g_assert_true (vw_document_undo (doc));
  g_assert_true (vw_variable_get_input (fuel, NULL, &v));
  g_assert_cmpfloat (v, ==, 55);
  g_assert_true (vw_document_redo (doc));

  /* another value within the window is its own step */
  fake_now += 1000;
  vw_document_set_input (doc, vw_document_find_variable (doc, "price"), NULL, 120000);
  g_assert_true (vw_document_undo (doc));
  g_assert_true (vw_variable_get_input (fuel, NULL, &v));
  g_assert_cmpfloat (v, ==, 40);

  /* a released slider ends the step even within the window */
  fake_now += 1000;
  vw_document_set_input (doc, fuel, NULL, 41);
  vw_document_break_merge (doc);
  fake_now += 1000;
  vw_document_set_input (doc, fuel, NULL, 42);
  g_assert_true (vw_document_undo (doc));
  g_assert_true (vw_variable_get_input (fuel, NULL, &v));
  g_assert_cmpfloat (v, ==, 41);
  g_assert_true (vw_document_redo (doc));
  vw_document_break_merge (doc);

  /* a slider that moves two numbers as one group (value split and price): the drag is one
   * step, undone to the values before it */
  {
    VwVariable *price = vw_document_find_variable (doc, "price");
    double before_price;

    g_assert_true (vw_variable_get_input (price, NULL, &before_price));
    for (int i = 0; i < 10; i++)
      {
        fake_now += 30000;
        vw_document_begin_group (doc, "Change value split");
        vw_document_set_input (doc, fuel, NULL, 60 + i);
        vw_document_set_input (doc, price, NULL, 1000 + i);
        vw_document_end_group (doc);
      }
    g_assert_cmpstr (vw_document_get_undo_label (doc), ==, "Change value split");
    g_assert_true (vw_document_undo (doc));
    g_assert_true (vw_variable_get_input (fuel, NULL, &v));
    g_assert_cmpfloat (v, ==, 42);
    g_assert_true (vw_variable_get_input (price, NULL, &v));
    g_assert_cmpfloat (v, ==, before_price);
    g_assert_true (vw_document_redo (doc));
    g_assert_true (vw_variable_get_input (price, NULL, &v));
    g_assert_cmpfloat (v, ==, 1009);

    /* a group with another label is a step of its own */
    fake_now += 30000;
    vw_document_begin_group (doc, "Reset");
    vw_document_set_input (doc, fuel, NULL, 1);
    vw_document_set_input (doc, price, NULL, 2);
    vw_document_end_group (doc);
    g_assert_true (vw_document_undo (doc));
    g_assert_true (vw_variable_get_input (fuel, NULL, &v));
    g_assert_cmpfloat (v, ==, 69);
  }
}

static void
test_dirty (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  VwVariable *fuel = vw_document_find_variable (doc, "fuel_price");

  vw_document_set_clock (doc, fake_clock, NULL);
  fake_now = 0;

  g_assert_false (vw_document_get_dirty (doc));
  vw_document_set_input (doc, fuel, NULL, 36);
  g_assert_true (vw_document_get_dirty (doc));
  vw_document_undo (doc);
  g_assert_false (vw_document_get_dirty (doc));
  vw_document_redo (doc);
  g_assert_true (vw_document_get_dirty (doc));

  /* saved, then a change within the merge window: still a change, the file is out of date */
  vw_document_set_clean (doc);
  g_assert_false (vw_document_get_dirty (doc));
  vw_document_set_input (doc, fuel, NULL, 37);
  g_assert_true (vw_document_get_dirty (doc));
  vw_document_undo (doc);
  g_assert_false (vw_document_get_dirty (doc));

  /* setting the value it already has is no change */
  g_assert_false (vw_document_set_input (doc, fuel, NULL, 36));
  g_assert_false (vw_document_get_dirty (doc));

  /* undo past the save point, then a new change: the saved state is unreachable */
  vw_document_undo (doc);
  vw_document_set_input (doc, fuel, NULL, 50);
  g_assert_true (vw_document_get_dirty (doc));
  vw_document_undo (doc);
  g_assert_true (vw_document_get_dirty (doc));

  vw_document_mark_unsaved (doc);
  g_assert_true (vw_document_get_dirty (doc));
}

static void
test_notifications (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  Recorder r;
  VwItem *cfo = vw_document_find (doc, VW_ITEM_STAKEHOLDER, "cfo");

  record (doc, &r);
  vw_document_set_int (doc, cfo, "influence", 1);
  g_assert_cmpstr (last_event (&r), ==, "changed:cfo:influence");
  vw_document_set_input (doc, vw_document_find_variable (doc, "fuel_price"), "ours", 1);
  g_assert_cmpstr (last_event (&r), ==, "value:fuel_price:ours:");
  vw_document_undo (doc);
  g_assert_cmpstr (last_event (&r), ==, "value:fuel_price:ours:");
  g_assert_cmpuint (r.events->len, ==, 3);
  /* nothing changes, nothing is said */
  vw_document_set_int (doc, cfo, "influence", 1);
  g_assert_cmpuint (r.events->len, ==, 3);
  vw_document_remove_item (doc, cfo, NULL);
  /* the KPI's owner is unset first, then the stakeholder goes */
  g_assert_cmpstr (g_ptr_array_index (r.events, 3), ==, "changed:cost:owner");
  g_assert_cmpstr (last_event (&r), ==, "removed:cfo");
  vw_document_undo (doc);
  g_assert_cmpstr (last_event (&r), ==, "changed:cost:owner");
  g_assert_cmpstr (g_ptr_array_index (r.events, 5), ==, "added:cfo");
  g_assert_cmpstr (vw_item_get_string (vw_document_find (doc, VW_ITEM_KPI, "cost"), "owner"), ==, "cfo");

  g_ptr_array_unref (r.events);
}

static void
test_confidentiality (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  VwItem *cfo = vw_document_find (doc, VW_ITEM_STAKEHOLDER, "cfo");
  VwItem *fuel = VW_ITEM (vw_document_find_variable (doc, "fuel_price"));

  g_assert_true (vw_document_is_internal (doc, VW_ITEM (vw_document_find_variable (doc, "our_cost")), NULL));
  g_assert_false (vw_document_is_internal (doc, VW_ITEM (vw_document_find_variable (doc, "price")), NULL));
  /* margin = (price - our_cost) / price would reveal our cost */
  g_assert_true (vw_document_is_internal (doc, VW_ITEM (vw_document_find_variable (doc, "margin")), NULL));
  /* "PRICE(2)" is a function, "status_quo" after @ an alternative: neither makes it internal */
  g_assert_false (vw_document_is_internal (doc, VW_ITEM (vw_document_find_variable (doc, "saving")), NULL));
  g_assert_false (vw_document_is_internal (doc, fuel, NULL));
  vw_document_set_bool (doc, fuel, "confidential", TRUE);
  g_assert_true (vw_document_is_internal (doc, fuel, NULL));
  g_assert_true (vw_document_is_internal (doc, VW_ITEM (vw_document_find_variable (doc, "saving")), NULL));

  g_assert_true (vw_document_is_internal (doc, cfo, "notes"));
  g_assert_false (vw_document_is_internal (doc, cfo, "name"));
  g_assert_false (vw_document_is_internal (doc, cfo, NULL));

  for (const char * const *id = (const char * const[]) { "our_cost", "price_floor", "target_margin",
                                                          "win_probability", NULL }; *id; id++)
    g_assert_true (vw_variable_id_is_reserved_internal (*id));
  g_assert_false (vw_variable_id_is_reserved_internal ("value_split"));
}

static void
test_limits (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VwItem) dup = vw_item_new (VW_ITEM_STAKEHOLDER, "cfo");
  g_autoptr(VwItem) bad = vw_item_new (VW_ITEM_STAKEHOLDER, "Bad Id");

  g_assert_false (vw_document_remove_item (doc, vw_document_find (doc, VW_ITEM_ALTERNATIVE, "ours"), &error));
  g_assert_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "A case compares at least 2 alternatives");
  g_clear_error (&error);

  for (int i = 0; i < 6; i++)
    {
      g_autofree char *id = g_strdup_printf ("alt_%d", i);
      g_autoptr(VwItem) alt = vw_item_new (VW_ITEM_ALTERNATIVE, id);

      vw_item_set_string (alt, "name", id);
      vw_item_set_string (alt, "role", "competitor");
      g_assert_true (vw_document_add_item (doc, alt, -1, &error));
    }
  {
    g_autoptr(VwItem) ninth = vw_item_new (VW_ITEM_ALTERNATIVE, "ninth");

    g_assert_false (vw_document_add_item (doc, ninth, -1, &error));
    g_assert_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_LIMIT);
    g_clear_error (&error);
  }

  g_assert_false (vw_document_add_item (doc, dup, -1, &error));
  g_assert_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_DUPLICATE_ID);
  g_assert_cmpstr (error->message, ==, "There is already a stakeholder with the id ‘cfo’");
  g_clear_error (&error);
  g_assert_false (vw_document_add_item (doc, bad, -1, &error));
  g_assert_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_INVALID_ID);
}

static void
count (guint *counter)
{
  (*counter)++;
}

static void
test_properties (void)
{
  g_autoptr(VwDocument) doc = vw_test_small_document ();
  VwItem *cfo = vw_document_find (doc, VW_ITEM_STAKEHOLDER, "cfo");
  g_autofree char *name = NULL;
  int influence = 0;
  guint notified = 0;
  gulong handler;

  /* GTK list views bind to these properties */
  g_object_get (cfo, "name", &name, "influence", &influence, NULL);
  g_assert_cmpstr (name, ==, "Anna Virtanen");
  g_assert_cmpint (influence, ==, 5);
  handler = g_signal_connect_swapped (cfo, "notify::influence", G_CALLBACK (count), &notified);
  vw_document_set_int (doc, cfo, "influence", 5);  /* no change, no notify */
  g_assert_cmpuint (notified, ==, 0);
  vw_document_set_int (doc, cfo, "influence", 4);
  g_assert_cmpuint (notified, ==, 1);
  g_signal_handler_disconnect (cfo, handler);
  /* an unset field reads as its default */
  g_assert_cmpint (vw_item_get_int (VW_ITEM (vw_document_get_meta (doc)), "mc-draws"), ==, 10000);
  /* text that XML cannot carry is repaired at the door */
  vw_document_set_string (doc, cfo, "goals", "A\001B\r\nC");
  g_assert_cmpstr (vw_item_get_string (cfo, "goals"), ==, "A\xEF\xBF\xBD" "B\nC");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/commands/every-kind", test_every_command);
  g_test_add_func ("/document/commands/coalescing", test_coalescing);
  g_test_add_func ("/document/dirty", test_dirty);
  g_test_add_func ("/document/notifications", test_notifications);
  g_test_add_func ("/document/confidentiality", test_confidentiality);
  g_test_add_func ("/document/limits", test_limits);
  g_test_add_func ("/document/properties", test_properties);

  return g_test_run ();
}
