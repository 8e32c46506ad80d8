/* test-presentation.c: presentation mode on the example case: the customer window never shows
 * an internal figure (in any number format, in en, fi and de: widgets, tooltips, the charts'
 * painted text and accessible descriptions, the clipboard), follows the presenter's edits in
 * its next frame, shows one stakeholder's view, and End Meeting keeps a snapshot and lists
 * what changed
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "vw-case-figures.h"
#include "vw-chart-view.h"
#include "vw-kpi-card.h"
#include "vw-presenter-window.h"
#include "vw-test-utils.h"
#include "vw-vwb.h"

#define SECRET_COST       8765432.1
#define SECRET_MARGIN     0.4321
#define SECRET_WIN        0.6789
#define SECRET_RESERVE    43210.98
#define SECRET_PERSON     "ZEBRA-NOTE-4711 walks away at 1.1 M"
#define SECRET_NEGOTIATE  "OKAPI-NOTE-0815: concede the fee last"

typedef struct
{
  VwDocument        *doc;
  VwCaseModel       *cm;
  VwPresenterWindow *presenter;
} Fixture;

static VwDocument *
load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "samples",
                                            "example-case.vwb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VwDocument *doc = vw_vwb_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

static void
set_offer_input (VwDocument  *doc,
                 VwCaseModel *cm,
                 const char  *id,
                 double       value)
{
  VwVariable *var = vw_document_find_variable (doc, id);

  g_assert_nonnull (var);
  g_assert_true (vw_document_set_input (doc, var, vw_case_figures_input_key (cm, var), value));
}

/* Distinctive internal values: our cost, target margin, win probability, a confidential
 * variable, private notes on a person and on the negotiation. */
static void
set_secrets (VwDocument  *doc,
             VwCaseModel *cm)
{
  g_autoptr(VwItem) reserve = vw_item_new (VW_ITEM_VARIABLE, "discount_reserve");
  g_autoptr(GError) error = NULL;

  set_offer_input (doc, cm, "our_cost", SECRET_COST);
  set_offer_input (doc, cm, "target_margin", SECRET_MARGIN);
  set_offer_input (doc, cm, "win_probability", SECRET_WIN);

  vw_item_set_string (reserve, "label", "Discount reserve");
  vw_item_set_string (reserve, "unit", "EUR");
  vw_item_set_string (reserve, "kind", "input");
  vw_item_set_bool (reserve, "confidential", TRUE);
  g_assert_true (vw_document_add_item (doc, reserve, -1, &error));
  g_assert_no_error (error);
  g_assert_true (vw_document_set_input (doc, VW_VARIABLE (reserve), NULL, SECRET_RESERVE));

  vw_document_set_string (doc, vw_document_find (doc, VW_ITEM_STAKEHOLDER, "cfo"), "notes",
                          SECRET_PERSON);
  vw_document_set_string (doc, VW_ITEM (vw_document_get_meta (doc)), "negotiation-notes",
                          SECRET_NEGOTIATE);
}

static void
add_number_forms (GPtrArray *forms,
                  double     value,
                  gboolean   ratio)
{
  static const char * const languages[] = { "en", "fi", "de" };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ptr_array_add (forms, g_strdup (g_ascii_dtostr (buf, sizeof buf, value)));
  g_ptr_array_add (forms, g_strdup_printf ("%.0f", value));
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const VwNumberLocale *locale = vw_number_locale_lookup (languages[l]);

      for (int decimals = 0; decimals <= 2; decimals++)
        {
          VwValueFormat money = { VW_VALUE_CURRENCY, "EUR", NULL, decimals, 0 };

          g_ptr_array_add (forms, vw_format_number (locale, value, decimals));
          g_ptr_array_add (forms, vw_format_value (locale, &money, value, 0));
          if (ratio)
            g_ptr_array_add (forms, vw_format_percent (locale, value, decimals));
        }
      for (int decimals = -1; decimals <= 1; decimals++)
        {
          VwValueFormat money = { VW_VALUE_CURRENCY, "EUR", NULL, decimals, 0 };
          VwValueFormat plain = { VW_VALUE_NUMBER, NULL, NULL, decimals, 0 };

          g_ptr_array_add (forms, vw_format_value (locale, &money, value, VW_FORMAT_ABBREVIATED));
          g_ptr_array_add (forms, vw_format_value (locale, &plain, value, VW_FORMAT_ABBREVIATED));
        }
    }
}

/* Every way the internal figures could be written, the derived ones (floor, margin) too. */
static GPtrArray *
secret_forms (VwCaseModel *cm)
{
  GPtrArray *forms = g_ptr_array_new_with_free_func (g_free);
  double floor, margin;

  vw_case_model_evaluate (cm);
  g_assert_true (vw_case_figures_get (cm, "price_floor", NULL, &floor));
  g_assert_true (vw_case_figures_get (cm, "margin", NULL, &margin));
  add_number_forms (forms, SECRET_COST, FALSE);
  add_number_forms (forms, SECRET_RESERVE, FALSE);
  add_number_forms (forms, floor, FALSE);
  add_number_forms (forms, SECRET_MARGIN, TRUE);
  add_number_forms (forms, SECRET_WIN, TRUE);
  add_number_forms (forms, margin, TRUE);
  g_ptr_array_add (forms, g_strdup ("ZEBRA-NOTE"));
  g_ptr_array_add (forms, g_strdup ("OKAPI-NOTE"));
  g_ptr_array_add (forms, g_strdup ("Discount reserve"));
  g_ptr_array_add (forms, g_strdup ("Our cost"));
  g_ptr_array_add (forms, g_strdup ("Price floor"));
  return forms;
}

static void
add_text (GString    *all,
          const char *text)
{
  if (text != NULL && *text != '\0')
    {
      g_string_append (all, text);
      g_string_append_c (all, '\n');
    }
}

static void
collect_chart (VwChartView *view,
               GString     *all)
{
  const VwChartResult *result = vw_chart_view_get_result (view);
  VwChartData *data = vw_chart_view_get_data (view);

  if (data != NULL)
    {
      add_text (all, data->title);
      add_text (all, data->subtitle);
      for (guint i = 0; i < data->categories->len; i++)
        add_text (all, g_array_index (data->categories, VwChartCategory, i).label);
      for (guint i = 0; i < data->markers->len; i++)
        {
          const VwChartMarker *m = &g_array_index (data->markers, VwChartMarker, i);

          g_assert_false (m->internal);
          add_text (all, m->label);
        }
    }
  if (result == NULL)
    return;
  for (guint i = 0; i < vw_chart_result_get_n_texts (result); i++)
    add_text (all, vw_chart_result_get_text (result, i)->text);
  for (guint i = 0; i < vw_chart_result_get_n_hits (result); i++)
    {
      const VwChartHit *hit = vw_chart_result_get_hit (result, i);
      g_autofree char *tip = vw_chart_view_dup_item_tooltip (view, (int) i);

      add_text (all, hit->label);
      add_text (all, hit->value_text);
      add_text (all, hit->description);
      add_text (all, hit->formula);
      add_text (all, tip);
    }
  {
    g_autofree char *summary = vw_chart_result_get_summary (result);

    add_text (all, summary);
  }
}

/* Everything the customer window shows or tells: labels, tooltips, editable text, window
 * title, KPI card texts, and for each chart its painted text and accessible descriptions. */
static void
collect_texts (GtkWidget *widget,
               GString   *all)
{
  add_text (all, gtk_widget_get_tooltip_text (widget));
  if (GTK_IS_LABEL (widget))
    add_text (all, gtk_label_get_label (GTK_LABEL (widget)));
  if (GTK_IS_EDITABLE (widget))
    add_text (all, gtk_editable_get_text (GTK_EDITABLE (widget)));
  if (GTK_IS_WINDOW (widget))
    add_text (all, gtk_window_get_title (GTK_WINDOW (widget)));
  if (VW_IS_KPI_CARD (widget))
    {
      add_text (all, vw_kpi_card_get_value_text (VW_KPI_CARD (widget)));
      add_text (all, vw_kpi_card_get_delta_text (VW_KPI_CARD (widget)));
      add_text (all, vw_kpi_card_get_range_text (VW_KPI_CARD (widget)));
    }
  if (VW_IS_CHART_VIEW (widget))
    collect_chart (VW_CHART_VIEW (widget), all);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, all);
}

static void
on_text_read_cb (GObject      *clipboard,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static char *
copy_to_clipboard (GtkWidget *window)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (window);
  char *text = NULL;

  g_assert_true (gtk_widget_activate_action (window, "customer.copy", NULL));
  gdk_clipboard_read_text_async (clipboard, NULL, on_text_read_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  return text;
}

/* @form occurs in @text as a figure of its own, not as the tail or head of a longer number
 * ("15 M" is not in "1.15 M", "43%" is not in "143%"). */
static gboolean
contains_figure (const char *text,
                 const char *form)
{
  gsize len = strlen (form);

  for (const char *at = strstr (text, form); at != NULL; at = strstr (at + 1, form))
    {
      char before = at > text ? at[-1] : ' ';
      char after = at[len];

      if (!g_ascii_isdigit (before) && before != '.' && before != ',' && !g_ascii_isdigit (after))
        return TRUE;
    }
  return FALSE;
}

static void
assert_free_of (const char *haystack,
                GPtrArray  *forms,
                const char *where)
{
  for (guint i = 0; i < forms->len; i++)
    {
      const char *form = g_ptr_array_index (forms, i);
      guint digits = 0;

      for (const char *p = form; *p; p++)
        digits += g_ascii_isdigit (*p);
      /* "0" (a share rounded to no decimals) says nothing; "43%" or "€8.77 M" does. */
      if (digits < 2 && strstr (form, "NOTE") == NULL && !g_ascii_isalpha (*form))
        continue;
      if (contains_figure (haystack, form))
        g_error ("%s shows the internal “%s”:\n%s", where, form, haystack);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->doc = load_example ();
  f->cm = vw_case_model_new (f->doc);
  set_secrets (f->doc, f->cm);
  f->presenter = vw_presenter_window_start (NULL, f->doc, f->cm);
  vw_test_show_and_wait (GTK_WINDOW (f->presenter));
  vw_test_show_and_wait (GTK_WINDOW (vw_presenter_window_get_customer_window (f->presenter)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->presenter));
  vw_test_iterate (50);
  g_clear_object (&f->cm);
  g_clear_object (&f->doc);
}

static void
test_confidential (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const languages[] = { "en", "fi", "de" };
  static const char * const audiences[] = { "customer", "stakeholder:cfo" };
  GtkWidget *customer = GTK_WIDGET (vw_presenter_window_get_customer_window (f->presenter));
  g_autoptr(GPtrArray) forms = secret_forms (f->cm);
  g_autoptr(GString) presenter_text = g_string_new (NULL);

  /* The check can fail: the presenter shows the same figures in the same forms. */
  collect_texts (GTK_WIDGET (f->presenter), presenter_text);
  g_assert_nonnull (strstr (presenter_text->str, SECRET_NEGOTIATE));
  {
    g_autofree char *cost = vw_case_figures_format (f->cm, "our_cost", NULL,
                                                    vw_number_locale_from_environment (), 0);
    gboolean listed = FALSE;

    g_assert_nonnull (strstr (presenter_text->str, cost));
    for (guint i = 0; i < forms->len; i++)
      listed |= g_str_equal (g_ptr_array_index (forms, i), cost);
    g_assert_true (listed);
  }

  for (guint a = 0; a < G_N_ELEMENTS (audiences); a++)
    {
      g_assert_true (vw_presentation_set_audience (vw_presenter_window_get_presentation (f->presenter),
                                                   audiences[a]));
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          g_autoptr(GString) shown = g_string_new (NULL);
          g_autofree char *copied = NULL;
          g_autofree char *where = g_strdup_printf ("the customer window (%s, %s)",
                                                    audiences[a], languages[l]);

          vw_customer_window_set_locale (VW_CUSTOMER_WINDOW (customer),
                                         vw_number_locale_lookup (languages[l]));
          vw_test_iterate (100);
          collect_texts (customer, shown);
          /* It does show the case: the customer's name and the price. */
          g_assert_nonnull (strstr (shown->str, "Kaskimäki Board Oy"));
          assert_free_of (shown->str, forms, where);

          copied = copy_to_clipboard (customer);
          g_assert_nonnull (strstr (copied, "Kaskimäki Board Oy"));
          assert_free_of (copied, forms, "the customer window's clipboard");
        }
    }
}

/* The customer window's KPIs follow the presenter's slider in the next frame, with the value
 * the engine computes for the projection (built here independently of the windows). */
static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  VwCustomerWindow *customer = vw_presenter_window_get_customer_window (f->presenter);
  GdkFrameClock *clock = gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (customer)));
  g_autoptr(VwDocument) projection = NULL;
  g_autoptr(VwCaseModel) expected_model = NULL;
  VwKpiCard *oee_card = NULL;
  gint64 frame;
  double expected;
  g_autofree char *expected_text = NULL;
  VwValueFormat percent = { VW_VALUE_PERCENT, NULL, NULL, -1, 0 };

  vw_customer_window_set_locale (customer, vw_number_locale_lookup ("en"));
  g_assert_true (vw_presenter_window_set_input (f->presenter, "availability", 0.97));
  frame = gdk_frame_clock_get_frame_counter (clock);
  /* Two frames at most: the one in progress and the next. */
  while (gdk_frame_clock_get_frame_counter (clock) < frame + 2)
    g_main_context_iteration (NULL, TRUE);

  projection = vw_document_new_projection (f->doc, "customer");
  expected_model = vw_case_model_new (projection);
  vw_case_model_evaluate (expected_model);
  g_assert_true (vw_case_figures_get (expected_model, "oee", NULL, &expected));
  g_assert_cmpfloat_with_epsilon (expected, 0.97 * 0.93 * 0.98, 1e-3);
  expected_text = vw_format_value (vw_number_locale_lookup ("en"), &percent, expected,
                                   VW_FORMAT_ABBREVIATED);

  {
    GtkWidget *w = GTK_WIDGET (customer);
    GPtrArray *stack = g_ptr_array_new ();

    g_ptr_array_add (stack, w);
    while (stack->len > 0 && oee_card == NULL)
      {
        GtkWidget *node = g_ptr_array_steal_index (stack, stack->len - 1);

        if (VW_IS_KPI_CARD (node)
            && g_strcmp0 (vw_kpi_card_get_title (VW_KPI_CARD (node)), "Overall equipment effectiveness") == 0)
          oee_card = VW_KPI_CARD (node);
        for (GtkWidget *c = gtk_widget_get_first_child (node); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);
  }
  g_assert_nonnull (oee_card);
  g_assert_cmpstr (vw_kpi_card_get_value_text (oee_card), ==, expected_text);
  /* Changed in the meeting: highlighted, with the value before. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (oee_card), "vw-changed"));
  g_assert_true (vw_presentation_input_changed (vw_presenter_window_get_presentation (f->presenter),
                                                "availability"));
}

static void
test_stakeholder (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *customer = GTK_WIDGET (vw_presenter_window_get_customer_window (f->presenter));
  g_autoptr(GString) shown = g_string_new (NULL);

  g_assert_true (vw_presentation_set_audience (vw_presenter_window_get_presentation (f->presenter),
                                               "stakeholder:cfo"));
  vw_test_iterate (100);
  collect_texts (customer, shown);
  g_assert_nonnull (strstr (shown->str, "For Jukka Lindqvist, Finance Director"));
  /* Another person's statement is not in the CFO's edition. */
  g_assert_null (strstr (shown->str, "firefighting"));
  g_assert_false (vw_presentation_set_audience (vw_presenter_window_get_presentation (f->presenter),
                                                "internal"));
}

static void
test_end_meeting (Fixture       *f,
                  gconstpointer  data)
{
  VwPresentation *presentation = vw_presenter_window_get_presentation (f->presenter);
  GListModel *snapshots = vw_document_get_items (f->doc, VW_ITEM_SNAPSHOT);
  guint before = g_list_model_get_n_items (snapshots);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(VwItem) snapshot = NULL;
  gboolean input_listed = FALSE, kpi_listed = FALSE;
  double value;

  g_assert_true (vw_presenter_window_set_input (f->presenter, "availability", 0.96));
  changes = vw_presentation_list_changes (presentation);
  for (guint i = 0; i < changes->len; i++)
    {
      VwMeetingChange *c = g_ptr_array_index (changes, i);

      if (!c->is_kpi && g_str_equal (c->label, "Availability"))
        {
          input_listed = TRUE;
          g_assert_cmpstr (c->before, ==, "94%");
          g_assert_cmpstr (c->after, ==, "96%");
        }
      if (c->is_kpi && g_str_equal (c->label, "Overall equipment effectiveness"))
        {
          kpi_listed = TRUE;
          g_assert_true (c->changed);
          g_assert_cmpstr (c->effect, ==, "+1.8\u00A0pp");  /* percentage points, not "%" */
        }
    }
  g_assert_true (input_listed);
  g_assert_true (kpi_listed);

  vw_presenter_window_end_meeting (f->presenter);
  vw_test_iterate (50);
  g_assert_null (vw_presenter_window_get_customer_window (f->presenter));
  g_assert_cmpuint (g_list_model_get_n_items (snapshots), ==, before + 1);
  snapshot = g_list_model_get_item (snapshots, before);
  g_assert_true (g_str_has_prefix (vw_item_get_string (snapshot, "name"), "Meeting of "));
  g_assert_true (vw_value_table_lookup (vw_snapshot_get_values (VW_SNAPSHOT (snapshot)),
                                        "availability",
                                        vw_case_figures_input_key (f->cm, vw_document_find_variable (f->doc, "availability")) ?: "",
                                        &value));
  g_assert_cmpfloat (value, ==, 0.96);
  g_assert_cmpstr (vw_document_get_undo_label (f->doc), !=, NULL);
}

/* The group of the presenter window titled @title. */
static GtkWidget *
find_group (GtkWidget  *widget,
            const char *title)
{
  if (ADW_IS_PREFERENCES_GROUP (widget)
      && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_group (c, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  /* The presenter's side rows: a title label and a text label, one line each. */
  if (GTK_IS_LIST_BOX_ROW (widget) && g_object_get_data (G_OBJECT (widget), "vw-title") != NULL)
    {
      if (gtk_widget_get_visible (widget) && gtk_widget_get_visible (gtk_widget_get_parent (widget)))
        g_ptr_array_add (rows, widget);
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_rows (c, rows);
}

/* The rows of "Changed in This Meeting", in the order shown, after the presenter's refresh. */
static GPtrArray *
changed_rows (Fixture *f)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *group = find_group (GTK_WIDGET (f->presenter), "Changed in This Meeting");

  g_assert_nonnull (group);
  vw_presenter_window_refresh (f->presenter);
  collect_rows (group, rows);
  return rows;
}

static const char *
row_title (GtkWidget *row)
{
  return gtk_label_get_text (g_object_get_data (G_OBJECT (row), "vw-title"));
}

static GtkWidget *
row_titled (GPtrArray  *rows,
            const char *title)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (row_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static const char *
subtitle (GtkWidget *row)
{
  return gtk_label_get_text (g_object_get_data (G_OBJECT (row), "vw-text"));
}

/* The value label of a figure row. */
static const char *
row_value (GtkWidget *row)
{
  GPtrArray *stack = g_ptr_array_new ();
  const char *text = NULL;

  g_ptr_array_add (stack, row);
  while (stack->len > 0 && text == NULL)
    {
      GtkWidget *node = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_LABEL (node) && gtk_widget_has_css_class (node, "numeric"))
        text = gtk_label_get_text (GTK_LABEL (node));
      for (GtkWidget *c = gtk_widget_get_first_child (node); c; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  g_ptr_array_unref (stack);
  return text;
}

static void
step (Fixture    *f,
      const char *input,
      double      value)
{
  g_assert_true (vw_presenter_window_set_input (f->presenter, input, value));
  /* One undo step each, as separate drags are. */
  vw_document_break_merge (f->doc);
}

/* The presenter's rows are updated in place across steps, undo and redo, and say the truth:
 * the change list keeps one row per change (the same widget while it stays a change), in
 * the order inputs then KPIs; the KPI figures keep their rows and show the engine's value. */
static void
test_changes_in_place (Fixture       *f,
                       gconstpointer  data)
{
  const VwNumberLocale *locale = vw_number_locale_from_environment ();
  GtkWidget *kpis = find_group (GTK_WIDGET (f->presenter), "Customer’s KPIs");
  g_autoptr(GPtrArray) figures = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *oee_text = NULL;
  GtkWidget *availability, *oee, *oee_figure;
  guint n_rows;

  g_assert_nonnull (kpis);
  rows = changed_rows (f);
  g_assert_cmpuint (rows->len, ==, 0);

  step (f, "availability", 0.96);
  g_ptr_array_unref (rows);
  rows = changed_rows (f);
  availability = row_titled (rows, "Availability");
  oee = row_titled (rows, "Overall equipment effectiveness");
  g_assert_nonnull (availability);
  g_assert_nonnull (oee);
  g_assert_true (g_ptr_array_index (rows, 0) == availability);
  g_assert_cmpstr (subtitle (availability), ==, "94% → 96%");
  n_rows = rows->len;
  collect_rows (kpis, figures);
  oee_figure = row_titled (figures, "Overall equipment effectiveness");
  g_assert_nonnull (oee_figure);

  /* Another step of the same input: the same rows, new texts. */
  step (f, "availability", 0.97);
  g_ptr_array_unref (rows);
  rows = changed_rows (f);
  g_assert_cmpuint (rows->len, ==, n_rows);
  g_assert_true (row_titled (rows, "Availability") == availability);
  g_assert_true (row_titled (rows, "Overall equipment effectiveness") == oee);
  g_assert_cmpstr (subtitle (availability), ==, "94% → 97%");
  g_ptr_array_set_size (figures, 0);
  collect_rows (kpis, figures);
  g_assert_true (row_titled (figures, "Overall equipment effectiveness") == oee_figure);
  oee_text = vw_case_figures_format (f->cm, "oee", NULL, locale, 0);
  g_assert_cmpstr (row_value (oee_figure), ==, oee_text);

  /* A second input: its row comes after the first input's, before the KPIs. */
  step (f, "quality", 0.99);
  g_ptr_array_unref (rows);
  rows = changed_rows (f);
  g_assert_cmpuint (rows->len, ==, n_rows + 1);
  g_assert_true (g_ptr_array_index (rows, 0) == availability);
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 1)), ==, "Quality rate");
  g_assert_nonnull (strstr (subtitle (g_ptr_array_index (rows, 1)), " → 99%"));

  /* Undo takes the row away again, then everything, then redo brings the first back. */
  g_assert_true (vw_document_undo (f->doc));
  g_ptr_array_unref (rows);
  rows = changed_rows (f);
  g_assert_cmpuint (rows->len, ==, n_rows);
  g_assert_null (row_titled (rows, "Quality rate"));
  g_assert_true (row_titled (rows, "Availability") == availability);

  g_assert_true (vw_document_undo (f->doc));
  g_assert_true (vw_document_undo (f->doc));
  g_ptr_array_unref (rows);
  rows = changed_rows (f);
  g_assert_cmpuint (rows->len, ==, 0);
  g_free (oee_text);
  oee_text = vw_case_figures_format (f->cm, "oee", NULL, locale, 0);
  g_assert_cmpstr (row_value (oee_figure), ==, oee_text);

  g_assert_true (vw_document_redo (f->doc));
  g_ptr_array_unref (rows);
  rows = changed_rows (f);
  g_assert_cmpuint (rows->len, ==, n_rows);
  g_assert_cmpstr (subtitle (row_titled (rows, "Availability")), ==, "94% → 96%");
  g_assert_nonnull (strstr (subtitle (row_titled (rows, "Overall equipment effectiveness")), " → "));
}

int
main (int   argc,
      char *argv[])
{
  vw_test_init (&argc, &argv);

  g_test_add ("/presentation/confidential", Fixture, NULL,
              fixture_set_up, test_confidential, fixture_tear_down);
  g_test_add ("/presentation/update", Fixture, NULL,
              fixture_set_up, test_update, fixture_tear_down);
  g_test_add ("/presentation/stakeholder", Fixture, NULL,
              fixture_set_up, test_stakeholder, fixture_tear_down);
  g_test_add ("/presentation/changes-in-place", Fixture, NULL,
              fixture_set_up, test_changes_in_place, fixture_tear_down);
  g_test_add ("/presentation/end-meeting", Fixture, NULL,
              fixture_set_up, test_end_meeting, fixture_tear_down);

  return g_test_run ();
}
