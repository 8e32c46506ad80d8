/* vw-customer-window.c: what the customer sees in a meeting, in large type
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Confidentiality by construction: this window is only ever given the customer projection of
 * the case and a case model compiled from it (VwPresentation), never the case itself, so an
 * internal figure cannot reach its widgets, its accessible tree, its tooltips or what it copies.
 * It follows the projection's own signals and redraws before the next frame.
 */

#define G_LOG_DOMAIN "vw-customer-window"

#include <glib/gi18n.h>

#include "vw-case-charts.h"
#include "vw-case-figures.h"
#include "vw-chart-view.h"
#include "vw-customer-window.h"
#include "vw-kpi-card.h"

struct _VwCustomerWindow
{
  AdwWindow      parent_instance;

  VwDocument    *projection;
  VwCaseModel   *model;
  char          *stakeholder;  /* the person of a stakeholder edition, or NULL */
  const VwNumberLocale *locale;
  guint          tick_id;
  GHashTable    *start_kpis;   /* KPI id → its value when the meeting first showed it */

  AdwHeaderBar  *header_bar;
  GtkLabel      *customer_label;
  GtkLabel      *audience_label;
  GtkLabel      *proposition_label;
  GtkFlowBox    *kpi_box;
  GPtrArray     *cards;        /* VwKpiCard, with "vw-kpi" data: the KPI id */
  GtkLabel      *price_label;
  GtkLabel      *incentive_label;
  GtkWidget     *price_strip;
  VwChartView   *value_chart;
  VwChartView   *evc_chart;
};

G_DEFINE_FINAL_TYPE (VwCustomerWindow, vw_customer_window, ADW_TYPE_WINDOW)

/* ---- what the audience sees -------------------------------------------------------------- */

/* Setting a tooltip, even the same one, makes GTK query the tooltip under the pointer again. */
static void
set_tooltip (GtkWidget  *widget,
             const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

/* An unchanged label is not laid out again, nor is an unchanged title sent to the display. */
static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
}

static void
set_title (GtkWindow  *window,
           const char *title)
{
  if (g_strcmp0 (gtk_window_get_title (window), title) != 0)
    gtk_window_set_title (window, title);
}

/* The one person of a stakeholder edition, or NULL for the whole buying center. */
static VwItem *
audience_person (VwCustomerWindow *self)
{
  if (self->stakeholder == NULL)
    return NULL;
  return vw_document_find (self->projection, VW_ITEM_STAKEHOLDER, self->stakeholder);
}

static const char *
statement_text (VwDocument *doc,
                VwItem     *statement)
{
  /* "inherit" shows the statement above until the seller writes their own. */
  for (guint depth = 0; statement != NULL && depth < 8; depth++)
    {
      const char *text = vw_item_get_string (statement, "text");
      const char *parent = vw_item_get_string (statement, "parent");

      if (text != NULL && *text != '\0'
          && g_strcmp0 (vw_item_get_string (statement, "mode"), "inherit") != 0)
        return text;
      if (parent == NULL)
        return text;
      statement = vw_document_find (doc, VW_ITEM_STATEMENT, parent);
    }
  return NULL;
}

static VwItem *
audience_statement (VwCustomerWindow *self,
                    VwItem           *person)
{
  GListModel *statements = vw_document_get_items (self->projection, VW_ITEM_STATEMENT);
  VwItem *customer = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(VwItem) s = g_list_model_get_item (statements, i);
      const char *layer = vw_item_get_string (s, "layer");

      if (person != NULL && g_strcmp0 (layer, "stakeholder") == 0
          && g_strcmp0 (vw_item_get_string (s, "stakeholder"), vw_item_get_id (person)) == 0)
        return s;
      if (customer == NULL && g_strcmp0 (layer, "customer") == 0)
        customer = s;
    }
  return customer;
}

/* The KPIs of the audience: the person's own (owned, listed, or in their statement), else all. */
static GPtrArray *
audience_kpis (VwCustomerWindow *self,
               VwItem           *person,
               VwItem           *statement)
{
  GListModel *kpis = vw_document_get_items (self->projection, VW_ITEM_KPI);
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (kpis);

  for (guint pass = 0; pass < 2 && chosen->len == 0; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(VwItem) kpi = g_list_model_get_item (kpis, i);
        const char *id = vw_item_get_id (kpi);
        const char * const *own = person != NULL ? vw_item_get_strv (person, "kpis") : NULL;
        const char * const *claimed = statement != NULL ? vw_item_get_strv (statement, "kpis") : NULL;
        gboolean theirs = pass == 1 || person == NULL
          || g_strcmp0 (vw_item_get_string (kpi, "owner"), vw_item_get_id (person)) == 0
          || (own != NULL && g_strv_contains (own, id))
          || (claimed != NULL && g_strv_contains (claimed, id));

        if (theirs)
          g_ptr_array_add (chosen, g_object_ref (kpi));
      }
  return chosen;
}

static void
refresh_header (VwCustomerWindow *self,
                VwItem           *person,
                VwItem           *statement)
{
  VwItem *meta = VW_ITEM (vw_document_get_meta (self->projection));
  const char *customer = vw_item_get_string (meta, "customer");
  const char *text = statement != NULL ? statement_text (self->projection, statement) : NULL;

  set_label_text (self->customer_label,
                      customer != NULL ? customer : vw_item_get_string (meta, "title"));
  {
    /* Translators: the title of the customer window; %s is the case's title */
    g_autofree char *title = g_strdup_printf (_("Customer View: %s"), vw_item_get_string (meta, "title"));

    set_title (GTK_WINDOW (self), title);
  }

  if (person != NULL)
    {
      const char *title = vw_item_get_string (person, "title");
      g_autofree char *audience = title != NULL
        /* Translators: who the customer window speaks to: a name and a job title */
        ? g_strdup_printf (_("For %s, %s"), vw_item_get_display_name (person), title)
        /* Translators: who the customer window speaks to: a name */
        : g_strdup_printf (_("For %s"), vw_item_get_display_name (person));

      set_label_text (self->audience_label, audience);
    }
  else
    set_label_text (self->audience_label, vw_item_get_string (meta, "title"));

  if (text == NULL)
    text = vw_item_get_string (meta, "description");
  set_label_text (self->proposition_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->proposition_label), text != NULL);
}

static gboolean
same_kpis (VwCustomerWindow *self,
           GPtrArray        *kpis)
{
  if (kpis->len != self->cards->len)
    return FALSE;
  for (guint i = 0; i < kpis->len; i++)
    if (g_strcmp0 (vw_item_get_id (g_ptr_array_index (kpis, i)),
                   g_object_get_data (g_ptr_array_index (self->cards, i), "vw-kpi")) != 0)
      return FALSE;
  return TRUE;
}

static void
refresh_kpis (VwCustomerWindow *self,
              GPtrArray        *kpis)
{
  const char *offer = vw_case_figures_offer (self->model);
  int offer_index = vw_case_figures_alternative_index (self->model, offer);
  int reference = vw_case_figures_alternative_index (self->model,
                                                     vw_case_figures_reference (self->model));

  if (!same_kpis (self, kpis))
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->kpi_box))) != NULL)
        gtk_flow_box_remove (self->kpi_box, child);
      g_ptr_array_set_size (self->cards, 0);

      for (guint i = 0; i < kpis->len; i++)
        {
          GtkWidget *card = vw_kpi_card_new ();

          vw_kpi_card_set_locale (VW_KPI_CARD (card), self->locale);
          g_object_set_data_full (G_OBJECT (card), "vw-kpi",
                                  g_strdup (vw_item_get_id (g_ptr_array_index (kpis, i))), g_free);
          gtk_widget_set_size_request (card, 300, -1);
          gtk_flow_box_append (self->kpi_box, card);
          g_ptr_array_add (self->cards, card);
        }
    }

  if (offer_index < 0)
    return;

  for (guint i = 0; i < kpis->len; i++)
    {
      VwItem *kpi = g_ptr_array_index (kpis, i);
      GtkWidget *card = g_ptr_array_index (self->cards, i);
      double *start = g_hash_table_lookup (self->start_kpis, vw_item_get_id (kpi));
      double now;

      vw_kpi_card_show_kpi (VW_KPI_CARD (card), self->model, VW_KPI (kpi), (guint) offer_index,
                            reference, NULL);
      if (!vw_case_figures_get (self->model, vw_item_get_string (kpi, "variable"), offer, &now))
        continue;

      /* The first value the meeting showed is the reference for "changed in the meeting". */
      if (start == NULL)
        {
          start = g_new (double, 1);
          *start = now;
          g_hash_table_insert (self->start_kpis, g_strdup (vw_item_get_id (kpi)), start);
        }

      if (now != *start)
        {
          g_autofree char *before = vw_case_figures_format_as (self->model,
                                                               vw_item_get_string (kpi, "variable"),
                                                               *start, self->locale, 0);
          /* Translators: tooltip of a KPI that changed in the meeting; %s is a figure */
          g_autofree char *tip = g_strdup_printf (_("Before the meeting: %s"), before);

          gtk_widget_add_css_class (card, "vw-changed");
          set_tooltip (card, tip);
        }
      else
        {
          gtk_widget_remove_css_class (card, "vw-changed");
          set_tooltip (card, NULL);
        }
    }
}

static void
set_chart (VwChartView *view,
           VwChartData *data)
{
  vw_chart_view_set_data (view, data);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (view)), data != NULL);
  if (data != NULL)
    vw_chart_data_unref (data);
}

/**
 * vw_customer_window_refresh:
 *
 * Shows the projection's current figures (the window does it by itself before each frame
 * that follows a change; tests and benchmarks call it to measure).
 */
void
vw_customer_window_refresh (VwCustomerWindow *self)
{
  VwCaseChartOptions options = { 0 };
  g_autoptr(GPtrArray) kpis = NULL;
  VwItem *person, *statement;

  g_return_if_fail (VW_IS_CUSTOMER_WINDOW (self));

  if (self->model == NULL)
    return;

  vw_case_model_evaluate (self->model);
  person = audience_person (self);
  statement = audience_statement (self, person);
  refresh_header (self, person, statement);

  kpis = audience_kpis (self, person, statement);
  refresh_kpis (self, kpis);

  {
    g_autofree char *price = vw_case_figures_format (self->model, VW_VAR_PRICE, NULL,
                                                     self->locale, VW_FORMAT_ABBREVIATED);
    g_autofree char *incentive = vw_case_figures_format (self->model, "customer_incentive", NULL,
                                                         self->locale, VW_FORMAT_ABBREVIATED);

    set_label_text (self->price_label, price != NULL ? price : "");
    set_label_text (self->incentive_label, incentive != NULL ? incentive : "");
    gtk_widget_set_visible (self->price_strip, price != NULL);
  }

  /* The customer's edition of the charts: no internal markers, from the projection only. */
  options.locale = self->locale;
  options.internal = FALSE;
  set_chart (self->value_chart, vw_case_chart_value_waterfall (self->model, &options));
  set_chart (self->evc_chart, vw_case_chart_evc_waterfall (self->model, &options));
}

static gboolean
refresh_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  VwCustomerWindow *self = VW_CUSTOMER_WINDOW (widget);

  self->tick_id = 0;
  vw_customer_window_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (VwCustomerWindow *self)
{
  if (self->tick_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), refresh_tick_cb, NULL, NULL);
}

/**
 * vw_customer_window_set_case:
 * @projection: (nullable): the customer projection of the case (vw_document_new_projection)
 * @projection_model: (nullable): its own case model
 * @stakeholder: (nullable): the person of a stakeholder edition (audience "stakeholder:ID")
 */
void
vw_customer_window_set_case (VwCustomerWindow *self,
                             VwDocument       *projection,
                             VwCaseModel      *projection_model,
                             const char       *stakeholder)
{
  static const char * const doc_signals[] = { "item-changed", "value-changed", "item-added",
                                              "item-removed" };

  g_return_if_fail (VW_IS_CUSTOMER_WINDOW (self));
  g_return_if_fail (projection_model == NULL
                    || vw_case_model_get_document (projection_model) == projection);

  if (self->projection != NULL)
    g_signal_handlers_disconnect_by_func (self->projection, queue_refresh, self);
  g_set_object (&self->projection, projection);
  g_set_object (&self->model, projection_model);
  g_free (self->stakeholder);
  self->stakeholder = g_strdup (stakeholder);

  if (projection != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (doc_signals); i++)
      g_signal_connect_object (projection, doc_signals[i], G_CALLBACK (queue_refresh), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  vw_customer_window_refresh (self);
}

/**
 * vw_customer_window_set_locale:
 * @locale: (nullable): how numbers are written, %NULL for the user's
 *
 * The customer's language for numbers (a German customer reads "1.234,5").
 */
void
vw_customer_window_set_locale (VwCustomerWindow     *self,
                               const VwNumberLocale *locale)
{
  g_return_if_fail (VW_IS_CUSTOMER_WINDOW (self));

  self->locale = locale != NULL ? locale : vw_number_locale_from_environment ();
  for (guint i = 0; i < self->cards->len; i++)
    vw_kpi_card_set_locale (g_ptr_array_index (self->cards, i), self->locale);
  vw_customer_window_refresh (self);
}

/**
 * vw_customer_window_dup_summary:
 *
 * Returns: (transfer full): what Copy puts on the clipboard: the proposition, each KPI shown
 *   and the price, as the window shows them
 */
char *
vw_customer_window_dup_summary (VwCustomerWindow *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (VW_IS_CUSTOMER_WINDOW (self), NULL);

  g_string_append_printf (text, "%s\n%s\n", gtk_label_get_text (self->customer_label),
                          gtk_label_get_text (self->proposition_label));
  for (guint i = 0; i < self->cards->len; i++)
    {
      VwKpiCard *card = g_ptr_array_index (self->cards, i);

      g_string_append_printf (text, "%s: %s\n", vw_kpi_card_get_title (card),
                              vw_kpi_card_get_value_text (card));
    }
  if (gtk_widget_get_visible (self->price_strip))
    g_string_append_printf (text, "%s: %s\n%s: %s\n", _("Price"),
                            gtk_label_get_text (self->price_label), _("Value to you"),
                            gtk_label_get_text (self->incentive_label));
  return g_string_free (text, FALSE);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  g_autofree char *summary = vw_customer_window_dup_summary (VW_CUSTOMER_WINDOW (widget));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), summary);
}

static void
toggle_fullscreen_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    gtk_window_unfullscreen (GTK_WINDOW (widget));
  else
    gtk_window_fullscreen (GTK_WINDOW (widget));
}

/**
 * vw_customer_window_show_on_best_monitor:
 *
 * Presents the window full screen on the second monitor (the projector) when there is one;
 * on a single screen, as a window beside the presenter's.
 */
void
vw_customer_window_show_on_best_monitor (VwCustomerWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));

  g_return_if_fail (VW_IS_CUSTOMER_WINDOW (self));

  if (g_list_model_get_n_items (monitors) > 1)
    {
      g_autoptr(GdkMonitor) second = g_list_model_get_item (monitors, 1);

      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), second);
    }
  gtk_window_present (GTK_WINDOW (self));
}

static void
on_fullscreened_cb (VwCustomerWindow *self)
{
  /* On the projector the window is the picture: no title bar. */
  gtk_widget_set_visible (GTK_WIDGET (self->header_bar), !gtk_window_is_fullscreen (GTK_WINDOW (self)));
}

static GtkLabel *
add_label (GtkBox     *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static GtkWidget *
chart_card (const char   *title,
            VwChartView **view)
{
  return vw_chart_view_new_card (title, "title-3", 360, 300, view);
}

static GtkWidget *
price_figure (const char  *caption,
              GtkLabel   **value)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (caption);

  *value = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (*value), "title-1");
  gtk_widget_add_css_class (GTK_WIDGET (*value), "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (*value), GTK_ACCESSIBLE_PROPERTY_LABEL, caption, -1);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*value));
  return box;
}

static void
vw_customer_window_build (VwCustomerWindow *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *charts = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *strip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 48);
  GtkWidget *title = adw_window_title_new (_("Customer View"), NULL);

  self->header_bar = ADW_HEADER_BAR (adw_header_bar_new ());
  adw_header_bar_set_title_widget (self->header_bar, title);
  gtk_widget_add_css_class (GTK_WIDGET (self->header_bar), "flat");
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->header_bar));

  gtk_widget_set_margin_start (box, 48);
  gtk_widget_set_margin_end (box, 48);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 36);

  self->customer_label = add_label (GTK_BOX (box), "title-1");
  self->audience_label = add_label (GTK_BOX (box), "dim-label");
  self->proposition_label = add_label (GTK_BOX (box), "vw-proposition");

  self->price_strip = strip;
  gtk_box_append (GTK_BOX (strip), price_figure (_("Price"), &self->price_label));
  gtk_box_append (GTK_BOX (strip), price_figure (_("Value to you"), &self->incentive_label));
  gtk_box_append (GTK_BOX (box), strip);

  self->kpi_box = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->kpi_box, GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (self->kpi_box, TRUE);
  gtk_flow_box_set_max_children_per_line (self->kpi_box, 4);
  gtk_flow_box_set_column_spacing (self->kpi_box, 18);
  gtk_flow_box_set_row_spacing (self->kpi_box, 18);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kpi_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Your KPIs"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->kpi_box));

  gtk_box_set_homogeneous (GTK_BOX (charts), TRUE);
  gtk_box_append (GTK_BOX (charts), chart_card (_("Value to You"), &self->value_chart));
  gtk_box_append (GTK_BOX (charts), chart_card (_("Economic Value to You"), &self->evc_chart));
  gtk_box_append (GTK_BOX (box), charts);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (outer), scroller);
  adw_window_set_content (ADW_WINDOW (self), outer);
}

static void
vw_customer_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vw_customer_window_parent_class)->map (widget);
  vw_customer_window_refresh (VW_CUSTOMER_WINDOW (widget));
}

static void
vw_customer_window_dispose (GObject *object)
{
  VwCustomerWindow *self = VW_CUSTOMER_WINDOW (object);

  if (self->projection != NULL)
    g_signal_handlers_disconnect_by_func (self->projection, queue_refresh, self);
  g_clear_object (&self->model);
  g_clear_object (&self->projection);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->start_kpis, g_hash_table_unref);
  g_clear_pointer (&self->stakeholder, g_free);

  G_OBJECT_CLASS (vw_customer_window_parent_class)->dispose (object);
}

static void
vw_customer_window_class_init (VwCustomerWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vw_customer_window_dispose;
  widget_class->map = vw_customer_window_map;

  gtk_widget_class_install_action (widget_class, "customer.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "customer.fullscreen", NULL,
                                   toggle_fullscreen_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "customer.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "customer.fullscreen", NULL);
}

static void
vw_customer_window_init (VwCustomerWindow *self)
{
  self->locale = vw_number_locale_from_environment ();
  self->cards = g_ptr_array_new ();
  self->start_kpis = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_widget_add_css_class (GTK_WIDGET (self), "vw-customer");
  gtk_window_set_default_size (GTK_WINDOW (self), 1280, 800);
  vw_customer_window_build (self);
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (on_fullscreened_cb), NULL);
}

GtkWidget *
vw_customer_window_new (void)
{
  return g_object_new (VW_TYPE_CUSTOMER_WINDOW, NULL);
}
