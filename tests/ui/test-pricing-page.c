/* test-pricing-page.c: the Pricing page on the example case: the value-split slider moves the
 * price and the customer's incentive as one undoable step, the internal figures are marked
 * internal, risk sharing (the performance clause) and the negotiation notes are stored in the document and undone
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "vw-case-figures.h"
#include "vw-pricing-page.h"
#include "vw-test-utils.h"
#include "vw-vwb.h"

typedef struct
{
  VwDocument    *doc;
  VwCaseModel   *cm;
  GtkWindow     *window;
  VwPricingPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->page = VW_PRICING_PAGE (vw_pricing_page_new ());
  f->window = vw_test_show_page_with_sample (VW_PAGE (f->page), "example-case.vwb", 1000, 800,
                                             &f->doc, &f->cm);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->cm);
  g_clear_object (&f->doc);
}

static double
input_of (Fixture    *f,
          const char *id)
{
  double value = NAN;

  g_assert_true (vw_variable_get_input (vw_document_find_variable (f->doc, id),
                                        vw_case_figures_offer (f->cm), &value));
  return value;
}

static double
value_of (Fixture    *f,
          const char *id)
{
  double value = NAN;

  vw_case_model_evaluate (f->cm);
  g_assert_true (vw_case_figures_get (f->cm, id, NULL, &value));
  return value;
}

/* Whether a label anywhere under @root shows exactly @text. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_visible (root)
      && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_spin_for (GtkWidget  *root,
               const char *variable)
{
  if (GTK_IS_SPIN_BUTTON (root)
      && g_strcmp0 (g_object_get_data (G_OBJECT (root), "vw-variable"), variable) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_spin_for (child, variable);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_value_split (Fixture       *f,
                  gconstpointer  data)
{
  GtkRange *scale = GTK_RANGE (vw_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_SCALE, NULL));
  double old_price = input_of (f, "price");
  double old_split = input_of (f, "value_split");
  double reference = value_of (f, "reference_price");
  double differentiation = value_of (f, "differentiation_value");
  double expected;
  g_autofree char *price_text = NULL;
  g_autofree char *incentive_text = NULL;

  g_assert_nonnull (scale);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (scale), old_split, 1e-12);

  /* A drag: several positions, one undo step named after the slider. */
  for (double share = 0.5; share >= 0.29; share -= 0.05)
    gtk_range_set_value (scale, share);
  gtk_range_set_value (scale, 0.3);
  expected = reference + (1.0 - 0.3) * differentiation;
  g_assert_cmpfloat_with_epsilon (input_of (f, "value_split"), 0.3, 1e-12);
  g_assert_cmpfloat_with_epsilon (input_of (f, "price"), expected, 1e-6 * fabs (expected));
  /* The customer keeps 30 % of the differentiation value: incentive = EVC − price. */
  g_assert_cmpfloat_with_epsilon (value_of (f, "customer_incentive"), 0.3 * differentiation,
                                  1e-6 * fabs (differentiation));
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), ==, "Change value split");

  /* The page shows the new figures before the next frame is drawn. */
  vw_test_iterate (100);
  price_text = vw_case_figures_format (f->cm, "price", NULL, vw_number_locale_from_environment (),
                                       VW_FORMAT_ABBREVIATED);
  incentive_text = vw_case_figures_format (f->cm, "customer_incentive", NULL,
                                           vw_number_locale_from_environment (),
                                           VW_FORMAT_ABBREVIATED);
  g_assert_true (shows_text (GTK_WIDGET (f->page), price_text));
  g_assert_true (shows_text (GTK_WIDGET (f->page), incentive_text));
  g_assert_true (shows_text (GTK_WIDGET (f->page), "Customer keeps 30%"));
  g_assert_true (shows_text (GTK_WIDGET (f->page), "We capture 70%"));

  /* One undo takes the whole drag back, price and split together. */
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpfloat (input_of (f, "price"), ==, old_price);
  g_assert_cmpfloat (input_of (f, "value_split"), ==, old_split);
  g_assert_false (vw_document_get_dirty (f->doc));
  vw_test_iterate (100);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (scale), old_split, 1e-12);
}

static void
test_internal_position (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *cost = find_spin_for (GTK_WIDGET (f->page), "our_cost");
  GtkWidget *margin = find_spin_for (GTK_WIDGET (f->page), "target_margin");
  g_autofree char *floor_text = NULL;

  g_assert_nonnull (cost);
  g_assert_nonnull (margin);
  /* Both sit in a group marked internal. */
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_ancestor (cost, ADW_TYPE_PREFERENCES_GROUP),
                                           "internal"));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (cost)), ==, input_of (f, "our_cost"));
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (margin)),
                                  100 * input_of (f, "target_margin"), 1e-9);

  /* An edit of the cost moves the floor: floor = cost / (1 − target margin). */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (cost), 800000);
  g_assert_cmpfloat (input_of (f, "our_cost"), ==, 800000);
  g_assert_cmpfloat_with_epsilon (value_of (f, "price_floor"),
                                  800000 / (1 - input_of (f, "target_margin")), 1e-6);
  vw_test_iterate (100);
  floor_text = vw_case_figures_format (f->cm, "price_floor", NULL,
                                       vw_number_locale_from_environment (), 0);
  g_assert_true (shows_text (GTK_WIDGET (f->page), floor_text));
  g_assert_true (vw_document_undo (f->doc));
  vw_test_iterate (100);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (cost)), ==, input_of (f, "our_cost"));
}

static void
test_risk_and_notes (Fixture       *f,
                     gconstpointer  data)
{
  VwItem *meta = VW_ITEM (vw_document_get_meta (f->doc));
  AdwExpanderRow *risk = ADW_EXPANDER_ROW (vw_test_find_by_type (GTK_WIDGET (f->page),
                                                                 ADW_TYPE_EXPANDER_ROW, NULL));
  GtkTextView *notes = GTK_TEXT_VIEW (vw_test_find_by_type (GTK_WIDGET (f->page),
                                                            GTK_TYPE_TEXT_VIEW, NULL));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (notes);
  const char *original_notes = vw_item_get_string (meta, "negotiation-notes");
  g_autofree char *at_risk = NULL;

  /* The example ties 20 % of the fee to the verified value. */
  g_assert_true (adw_expander_row_get_enable_expansion (risk));
  at_risk = vw_case_figures_format_as (f->cm, "price", 0.2 * input_of (f, "price"),
                                       vw_number_locale_from_environment (), 0);
  g_assert_true (shows_text (GTK_WIDGET (f->page), at_risk));

  adw_expander_row_set_enable_expansion (risk, FALSE);
  g_assert_false (vw_item_is_set (meta, "performance-share"));
  g_assert_false (vw_item_is_set (meta, "performance-cap"));
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), ==, "Turn off risk sharing");
  g_assert_true (vw_document_undo (f->doc));
  g_assert_cmpfloat (vw_item_get_double (meta, "performance-share"), ==, 0.2);
  g_assert_cmpfloat (vw_item_get_double (meta, "performance-cap"), ==, 1.5);
  vw_test_iterate (100);
  g_assert_true (adw_expander_row_get_enable_expansion (risk));

  /* Notes typed on the page are the document's, and undone like any edit. */
  gtk_text_buffer_set_text (buffer, "Walk away below 1.1 M", -1);
  g_assert_cmpstr (vw_item_get_string (meta, "negotiation-notes"), ==, "Walk away below 1.1 M");
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_ancestor (GTK_WIDGET (notes),
                                                                    ADW_TYPE_PREFERENCES_GROUP),
                                           "internal"));
  vw_document_break_merge (f->doc);
  g_assert_true (vw_document_undo (f->doc));
  vw_test_iterate (100);
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, original_notes);
  }
}

/* A case without the pricing block says so instead of showing empty figures. */
static void
test_no_pricing_block (void)
{
  g_autoptr(VwDocument) doc = vw_document_new ();
  g_autoptr(VwCaseModel) cm = vw_case_model_new (doc);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page = vw_pricing_page_new ();
  GtkStack *stack;

  gtk_window_set_child (window, page);
  vw_page_set_case (VW_PAGE (page), doc, cm);
  vw_test_show_and_wait (window);
  stack = GTK_STACK (vw_test_find_by_type (page, GTK_TYPE_STACK, NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  vw_test_init (&argc, &argv);

  g_test_add ("/pricing-page/value-split", Fixture, NULL,
              fixture_set_up, test_value_split, fixture_tear_down);
  g_test_add ("/pricing-page/internal-position", Fixture, NULL,
              fixture_set_up, test_internal_position, fixture_tear_down);
  g_test_add ("/pricing-page/risk-and-notes", Fixture, NULL,
              fixture_set_up, test_risk_and_notes, fixture_tear_down);
  g_test_add_func ("/pricing-page/no-pricing-block", test_no_pricing_block);

  return g_test_run ();
}
