/* vw-pricing-page.c: the Pricing page (value split, price corridor, negotiation position)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Price from value (value-math §10): the customer's share of the differentiation value sets
 * the price of the offer, and what the customer keeps for switching. The seller's own figures
 * (cost, floor, margin, win probability) and notes sit in groups marked internal. Every edit
 * is a document command, so Undo takes it back; a slider drag is one step.
 */

#define G_LOG_DOMAIN "vw-pricing-page"

#include <glib/gi18n.h>

#include "vw-case-charts.h"
#include "vw-case-figures.h"
#include "vw-chart-view.h"
#include "vw-pricing-page.h"
#include "vw-value-split.h"
#include "vw-plain-row.h"

struct _VwPricingPage
{
  VwPage          parent_instance;

  GtkStack       *stack;
  GtkLabel       *heading;
  GtkScale       *split_scale;
  GtkLabel       *customer_share_label;
  GtkLabel       *our_share_label;
  GtkLabel       *price_figure;
  GtkLabel       *incentive_figure;
  GtkLabel       *premium_figure;
  GtkLabel       *split_note;
  VwChartView    *evc_chart;
  VwChartView    *corridor_chart;
  AdwActionRow   *reference_row;
  AdwActionRow   *differentiation_row;
  AdwActionRow   *evc_row;
  GtkSpinButton  *price_spin;
  GtkSpinButton  *cost_spin;
  GtkSpinButton  *target_margin_spin;
  GtkSpinButton  *win_spin;
  AdwActionRow   *floor_row;
  AdwActionRow   *margin_row;
  GtkLabel       *floor_warning;
  AdwExpanderRow *risk_row;
  GtkSpinButton  *risk_share_spin;
  GtkSpinButton  *risk_cap_spin;
  AdwActionRow   *risk_fixed_row;
  AdwActionRow   *risk_variable_row;
  GtkTextView    *notes_view;

  const VwNumberLocale *locale;
  guint           tick_id;
  gboolean        built;
  gboolean        updating;  /* the page writes its widgets: their signals are not edits */
};

G_DEFINE_FINAL_TYPE (VwPricingPage, vw_pricing_page, VW_TYPE_PAGE)

static void vw_pricing_page_refresh (VwPricingPage *self);
static void vw_pricing_page_build   (VwPricingPage *self);

/* ---- reading the case ------------------------------------------------------------------- */

static VwCaseModel *
case_model (VwPricingPage *self)
{
  return vw_page_get_case_model (VW_PAGE (self));
}

static VwDocument *
document (VwPricingPage *self)
{
  return vw_page_get_document (VW_PAGE (self));
}

static gboolean
is_editable_input (VwDocument *doc,
                   const char *id)
{
  VwVariable *var = vw_document_find_variable (doc, id);

  return var != NULL && !vw_variable_is_formula (var) && !vw_document_get_read_only (doc);
}

/* ---- edits ------------------------------------------------------------------------------- */

static void
set_input (VwPricingPage *self,
           const char    *id,
           double         value)
{
  VwVariable *var = vw_document_find_variable (document (self), id);

  if (var != NULL)
    vw_document_set_input (document (self), var, vw_case_figures_input_key (case_model (self), var), value);
}

/**
 * vw_pricing_page_set_customer_share:
 * @share: the customer's share of the differentiation value, 0…1
 *
 * What the value-split slider does: writes the share and the price it gives (price =
 * reference + (1 − share) · differentiation value) as one undoable step.
 */
void
vw_pricing_page_set_customer_share (VwPricingPage *self,
                                    double         share)
{
  VwCaseModel *cm;
  VwValueSplitInput in = { 0 };
  VwValueSplit out;
  double reference, differentiation;

  g_return_if_fail (VW_IS_PRICING_PAGE (self));

  cm = case_model (self);
  if (cm == NULL || !is_editable_input (document (self), VW_VAR_VALUE_SPLIT))
    return;

  share = CLAMP (share, 0.0, 1.0);
  vw_case_model_evaluate (cm);
  vw_document_begin_group (document (self), _("Change value split"));
  set_input (self, VW_VAR_VALUE_SPLIT, share);
  if (is_editable_input (document (self), VW_VAR_PRICE)
      && vw_case_figures_get (cm, VW_VAR_REFERENCE_PRICE, NULL, &reference)
      && vw_case_figures_get (cm, "differentiation_value", NULL, &differentiation))
    {
      in.reference_price = reference;
      in.positive_value = MAX (differentiation, 0.0);
      in.negative_value = MAX (-differentiation, 0.0);
      in.split = 1.0 - share;
      in.base = VW_SPLIT_BASE_DIFFERENTIATION;
      if (vw_value_split (&in, &out, NULL))
        set_input (self, VW_VAR_PRICE, out.price);
    }
  vw_document_end_group (document (self));
}

static void
on_split_changed_cb (VwPricingPage *self)
{
  if (!self->updating)
    vw_pricing_page_set_customer_share (self, gtk_range_get_value (GTK_RANGE (self->split_scale)));
}

/* The drag ended: the next drag is a new undo step even within the merge window. */
static gboolean
on_split_event_cb (GtkEventControllerLegacy *controller,
                   GdkEvent                 *event,
                   VwPricingPage            *self)
{
  if (gdk_event_get_event_type (event) == GDK_BUTTON_RELEASE && document (self) != NULL)
    vw_document_break_merge (document (self));
  return GDK_EVENT_PROPAGATE;
}

static void
on_spin_changed_cb (GtkSpinButton *spin,
                    VwPricingPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (spin), "vw-variable");
  double value = gtk_spin_button_get_value (spin);

  if (self->updating || document (self) == NULL)
    return;
  if (g_object_get_data (G_OBJECT (spin), "vw-percent") != NULL)
    value /= 100.0;
  set_input (self, id, value);
}

static void
on_risk_expansion_cb (VwPricingPage *self)
{
  VwItem *meta;

  if (self->updating || document (self) == NULL)
    return;

  meta = VW_ITEM (vw_document_get_meta (document (self)));
  if (adw_expander_row_get_enable_expansion (self->risk_row))
    vw_document_set_double (document (self), meta, "performance-share",
                            gtk_spin_button_get_value (self->risk_share_spin) / 100.0);
  else
    {
      vw_document_begin_group (document (self), _("Turn off risk sharing"));
      vw_document_unset (document (self), meta, "performance-share");
      vw_document_unset (document (self), meta, "performance-cap");
      vw_document_end_group (document (self));
    }
}

static void
on_risk_share_cb (VwPricingPage *self)
{
  if (self->updating || document (self) == NULL)
    return;

  vw_document_set_double (document (self), VW_ITEM (vw_document_get_meta (document (self))),
                          "performance-share", gtk_spin_button_get_value (self->risk_share_spin) / 100.0);
}

static void
on_risk_cap_cb (VwPricingPage *self)
{
  if (self->updating || document (self) == NULL)
    return;

  vw_document_set_double (document (self), VW_ITEM (vw_document_get_meta (document (self))),
                          "performance-cap", gtk_spin_button_get_value (self->risk_cap_spin));
}

static void
on_notes_changed_cb (VwPricingPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  VwItem *meta;

  if (self->updating || document (self) == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  meta = VW_ITEM (vw_document_get_meta (document (self)));
  /* Typing within the merge window is one undo step (same field). */
  if (*text == '\0')
    vw_document_unset (document (self), meta, "negotiation-notes");
  else
    vw_document_set_string (document (self), meta, "negotiation-notes", text);
}

/* ---- showing the case -------------------------------------------------------------------- */

static void
set_row_value (AdwActionRow *row,
               const char   *text)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "vw-value");

  gtk_label_set_text (label, text != NULL ? text : "—");
  gtk_widget_set_visible (GTK_WIDGET (row), text != NULL);
}

static char *
figure (VwPricingPage *self,
        const char    *id,
        VwFormatFlags  flags)
{
  return vw_case_figures_format (case_model (self), id, NULL, self->locale, flags);
}

static void
set_spin (VwPricingPage *self,
          GtkSpinButton *spin)
{
  const char *id = g_object_get_data (G_OBJECT (spin), "vw-variable");
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (spin), ADW_TYPE_ACTION_ROW);
  double value;

  if (vw_case_figures_get (case_model (self), id, NULL, &value))
    {
      if (g_object_get_data (G_OBJECT (spin), "vw-percent") != NULL)
        value *= 100.0;
      gtk_spin_button_set_value (spin, value);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (spin), is_editable_input (document (self), id));
  if (row != NULL)
    gtk_widget_set_visible (row, vw_document_find_variable (document (self), id) != NULL);
}

static void
set_chart (VwChartView *view,
           VwChartData *data)
{
  GtkWidget *card = gtk_widget_get_parent (GTK_WIDGET (view));

  vw_chart_view_set_data (view, data);
  gtk_widget_set_visible (card, data != NULL);
  if (data != NULL)
    vw_chart_data_unref (data);
}

static void
refresh_risk (VwPricingPage *self,
              double         price,
              gboolean       has_price)
{
  VwDocument *doc = document (self);
  VwItem *meta = VW_ITEM (vw_document_get_meta (doc));
  gboolean on = vw_item_is_set (meta, "performance-share")
                && vw_item_get_double (meta, "performance-share") > 0;
  double share = vw_item_get_double (meta, "performance-share");

  gtk_spin_button_set_value (self->risk_cap_spin, vw_item_get_double (meta, "performance-cap"));
  adw_expander_row_set_enable_expansion (self->risk_row, on);
  if (on)
    gtk_spin_button_set_value (self->risk_share_spin, share * 100.0);

  if (on && has_price)
    {
      g_autofree char *fixed = vw_case_figures_format_as (case_model (self), VW_VAR_PRICE,
                                                          price * (1.0 - share), self->locale, 0);
      g_autofree char *variable = vw_case_figures_format_as (case_model (self), VW_VAR_PRICE,
                                                             price * share, self->locale, 0);

      set_row_value (self->risk_fixed_row, fixed);
      set_row_value (self->risk_variable_row, variable);
    }
  else
    {
      set_row_value (self->risk_fixed_row, NULL);
      set_row_value (self->risk_variable_row, NULL);
    }
}

static void
refresh_notes (VwPricingPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  const char *notes = vw_item_get_string (VW_ITEM (vw_document_get_meta (document (self))),
                                          "negotiation-notes");
  g_autofree char *shown = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  /* Only an undo or a reload differs from what is shown: keep the cursor while typing. */
  if (g_strcmp0 (shown, notes != NULL ? notes : "") != 0)
    gtk_text_buffer_set_text (buffer, notes != NULL ? notes : "", -1);
  gtk_text_view_set_editable (self->notes_view, !vw_document_get_read_only (document (self)));
}

static void
vw_pricing_page_refresh (VwPricingPage *self)
{
  VwCaseModel *cm = case_model (self);
  VwDocument *doc = document (self);
  VwCaseChartOptions chart_options = { 0 };
  gboolean has_pricing;
  double split = 0, price = 0, floor = 0;
  gboolean has_price, has_floor;

  if (cm == NULL)
    return;
  if (!self->built)
    vw_pricing_page_build (self);

  has_pricing = vw_document_find_variable (doc, VW_VAR_PRICE) != NULL
                && vw_document_find_variable (doc, VW_VAR_VALUE_SPLIT) != NULL;
  gtk_stack_set_visible_child_name (self->stack, has_pricing ? "pricing" : "empty");
  if (!has_pricing)
    return;

  self->updating = TRUE;
  vw_case_model_evaluate (cm);

  {
    const char *offer = vw_case_figures_offer (cm);
    VwItem *alt = offer != NULL ? vw_document_find (doc, VW_ITEM_ALTERNATIVE, offer) : NULL;
    const char *reference = vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)),
                                                "reference-alternative");
    VwItem *ref = reference != NULL ? vw_document_find (doc, VW_ITEM_ALTERNATIVE, reference) : NULL;
    g_autofree char *heading = NULL;

    if (alt != NULL && ref != NULL)
      /* Translators: "Service contract against Local contractor": the offer and the
       * next-best alternative it is priced against */
      heading = g_strdup_printf (_("%s against %s"), vw_item_get_display_name (alt),
                                 vw_item_get_display_name (ref));
    else
      heading = g_strdup (alt != NULL ? vw_item_get_display_name (alt) : "");
    gtk_label_set_text (self->heading, heading);
  }

  if (vw_case_figures_get (cm, VW_VAR_VALUE_SPLIT, NULL, &split))
    {
      g_autofree char *customer = NULL;
      g_autofree char *ours = NULL;
      g_autofree char *customer_text = NULL;
      g_autofree char *ours_text = NULL;

      split = CLAMP (split, 0.0, 1.0);
      gtk_range_set_value (GTK_RANGE (self->split_scale), split);
      customer = vw_format_percent (self->locale, split, 0);
      ours = vw_format_percent (self->locale, 1.0 - split, 0);
      /* Translators: %s is a percentage, e.g. "40%" */
      customer_text = g_strdup_printf (_("Customer keeps %s"), customer);
      /* Translators: %s is a percentage, e.g. "60%" */
      ours_text = g_strdup_printf (_("We capture %s"), ours);
      gtk_label_set_text (self->customer_share_label, customer_text);
      gtk_label_set_text (self->our_share_label, ours_text);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->split_scale),
                            is_editable_input (doc, VW_VAR_VALUE_SPLIT));

  {
    g_autofree char *p = figure (self, VW_VAR_PRICE, VW_FORMAT_ABBREVIATED);
    g_autofree char *i = figure (self, "customer_incentive", VW_FORMAT_ABBREVIATED);
    g_autofree char *reference = figure (self, VW_VAR_REFERENCE_PRICE, 0);
    g_autofree char *d = figure (self, "differentiation_value", 0);
    g_autofree char *evc = figure (self, "evc", 0);
    g_autofree char *premium = NULL;
    double ref_value;

    gtk_label_set_text (self->price_figure, p != NULL ? p : "—");
    gtk_label_set_text (self->incentive_figure, i != NULL ? i : "—");
    has_price = vw_case_figures_get (cm, VW_VAR_PRICE, NULL, &price);
    if (has_price && vw_case_figures_get (cm, VW_VAR_REFERENCE_PRICE, NULL, &ref_value))
      premium = vw_case_figures_format_as (cm, VW_VAR_PRICE, price - ref_value, self->locale,
                                           VW_FORMAT_ABBREVIATED | VW_FORMAT_SIGNED);
    gtk_label_set_text (self->premium_figure, premium != NULL ? premium : "—");
    set_row_value (self->reference_row, reference);
    set_row_value (self->differentiation_row, d);
    set_row_value (self->evc_row, evc);
  }

  {
    double evc_value, incentive;

    if (has_price && vw_case_figures_get (cm, "evc", NULL, &evc_value)
        && vw_case_figures_get (cm, "customer_incentive", NULL, &incentive))
      gtk_label_set_text (self->split_note,
                          price > evc_value
                          ? _("The price is above the economic value to the customer: they lose by switching.")
                          : incentive < 0
                          ? _("The customer keeps nothing at this price.")
                          : _("The price never reaches the economic value to the customer: the rest is their reason to switch."));
    else
      gtk_label_set_text (self->split_note, "");
  }

  set_spin (self, self->price_spin);
  set_spin (self, self->cost_spin);
  set_spin (self, self->target_margin_spin);
  set_spin (self, self->win_spin);
  {
    g_autofree char *f = figure (self, VW_VAR_PRICE_FLOOR, 0);
    g_autofree char *m = figure (self, "margin", 0);

    set_row_value (self->floor_row, f);
    set_row_value (self->margin_row, m);
  }
  has_floor = vw_case_figures_get (cm, VW_VAR_PRICE_FLOOR, NULL, &floor);
  gtk_widget_set_visible (GTK_WIDGET (self->floor_warning), has_price && has_floor && price < floor);

  refresh_risk (self, price, has_price);
  refresh_notes (self);

  /* This page is the seller's: the charts show the internal markers (cost, floor). */
  chart_options.locale = self->locale;
  chart_options.internal = TRUE;
  set_chart (self->evc_chart, vw_case_chart_evc_waterfall (cm, &chart_options));
  set_chart (self->corridor_chart, vw_case_chart_price_corridor (cm, &chart_options));

  self->updating = FALSE;
}

/* Many signals of one edit (a group, a recompile) make one refresh, before the next frame. */
static gboolean
refresh_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  VwPricingPage *self = VW_PRICING_PAGE (widget);

  self->tick_id = 0;
  vw_pricing_page_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (VwPricingPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;  /* map refreshes */
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), refresh_tick_cb, NULL, NULL);
}

static void
vw_pricing_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vw_pricing_page_parent_class)->map (widget);
  vw_pricing_page_refresh (VW_PRICING_PAGE (widget));
}

static void
vw_pricing_page_unmap (GtkWidget *widget)
{
  VwPricingPage *self = VW_PRICING_PAGE (widget);

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (widget, self->tick_id);
      self->tick_id = 0;
    }
  GTK_WIDGET_CLASS (vw_pricing_page_parent_class)->unmap (widget);
}

static void
vw_pricing_page_bind (VwPage      *page,
                      VwDocument  *doc,
                      VwCaseModel *cm)
{
  VwPricingPage *self = VW_PRICING_PAGE (page);
  static const char * const signals[] = { "item-changed", "value-changed", "item-added",
                                          "item-removed" };

  if (doc == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    vw_page_follow (page, signals[i], G_CALLBACK (queue_refresh));
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    vw_pricing_page_refresh (self);
}

/* ---- building the page ------------------------------------------------------------------- */

static GtkLabel *
add_figure (GtkFlowBox *box,
            const char *caption,
            const char *accessible)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (caption);
  GtkWidget *value = gtk_label_new ("—");

  gtk_widget_set_hexpand (column, TRUE);
  gtk_widget_add_css_class (title, "caption");
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_add_css_class (value, "title-2");
  gtk_widget_add_css_class (value, "numeric");
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_box_append (GTK_BOX (column), title);
  gtk_box_append (GTK_BOX (column), value);
  gtk_flow_box_append (box, column);
  return GTK_LABEL (value);
}

static AdwActionRow *
add_value_row (AdwPreferencesGroup *group,
               const char          *title,
               const char          *subtitle)
{
  GtkWidget *row = vw_plain_row (adw_action_row_new ());
  GtkWidget *value = gtk_label_new ("—");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (value, "numeric");
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  g_object_set_data (G_OBJECT (row), "vw-value", value);
  adw_preferences_group_add (group, row);
  return ADW_ACTION_ROW (row);
}

static GtkSpinButton *
add_spin_row (VwPricingPage       *self,
              AdwPreferencesGroup *group,
              const char          *title,
              const char          *subtitle,
              const char          *variable,
              gboolean             percent)
{
  GtkWidget *row = vw_plain_row (adw_action_row_new ());
  GtkWidget *spin = percent ? gtk_spin_button_new_with_range (0, 100, 1)
                            : gtk_spin_button_new_with_range (0, 1e12, 1000);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), percent ? 1 : 0);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (spin, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data (G_OBJECT (spin), "vw-variable", (gpointer) variable);
  if (percent)
    g_object_set_data (G_OBJECT (spin), "vw-percent", GINT_TO_POINTER (1));
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_spin_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);
  return GTK_SPIN_BUTTON (spin);
}

static GtkWidget *
chart_card (const char   *title,
            VwChartView **view)
{
  return vw_chart_view_new_card (title, "heading", 280, 260, view);
}

static GtkWidget *
internal_group (const char *title,
                const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
  GtkWidget *label = gtk_label_new (_("Internal"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_widget_add_css_class (group, "internal");
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_box_append (GTK_BOX (badge), icon);
  gtk_box_append (GTK_BOX (badge), label);
  gtk_widget_set_tooltip_text (badge, _("Never shown to the customer"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), badge);
  return group;
}

static GtkWidget *
build_split (VwPricingPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *ends = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *figures = gtk_flow_box_new ();
  GtkWidget *scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 1, 0.01);
  GtkEventController *legacy = gtk_event_controller_legacy_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Value Split"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("How the value of your offer over the next-best alternative is shared: the customer’s share is their incentive to switch, the rest is your premium."));
  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_margin_top (box, 6);

  self->customer_share_label = GTK_LABEL (gtk_label_new (NULL));
  self->our_share_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->customer_share_label), TRUE);
  gtk_label_set_xalign (self->customer_share_label, 0);
  gtk_label_set_xalign (self->our_share_label, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->customer_share_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (self->our_share_label), "numeric");
  gtk_box_append (GTK_BOX (ends), GTK_WIDGET (self->customer_share_label));
  gtk_box_append (GTK_BOX (ends), GTK_WIDGET (self->our_share_label));
  gtk_widget_set_margin_start (ends, 12);
  gtk_widget_set_margin_end (ends, 12);
  gtk_widget_set_margin_top (ends, 12);

  self->split_scale = GTK_SCALE (scale);
  gtk_scale_set_draw_value (self->split_scale, FALSE);
  gtk_scale_add_mark (self->split_scale, 0.5, GTK_POS_BOTTOM, NULL);
  gtk_widget_set_margin_start (scale, 12);
  gtk_widget_set_margin_end (scale, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Customer’s share of the value"), -1);
  g_signal_connect_swapped (scale, "value-changed", G_CALLBACK (on_split_changed_cb), self);
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (on_split_event_cb), self);
  gtk_widget_add_controller (scale, legacy);

  /* Three figures side by side, or under each other in a narrow window. */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (figures), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (figures), TRUE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (figures), 3);
  self->price_figure = add_figure (GTK_FLOW_BOX (figures), _("Price"), _("Price"));
  self->incentive_figure = add_figure (GTK_FLOW_BOX (figures), _("Customer incentive"),
                                       _("Customer incentive"));
  self->premium_figure = add_figure (GTK_FLOW_BOX (figures), _("Premium over the reference"),
                                     _("Premium over the reference"));
  gtk_widget_set_margin_start (figures, 12);
  gtk_widget_set_margin_end (figures, 12);

  self->split_note = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->split_note, TRUE);
  gtk_label_set_xalign (self->split_note, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->split_note), "dim-label");
  gtk_widget_set_margin_start (GTK_WIDGET (self->split_note), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->split_note), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->split_note), 12);

  gtk_box_append (GTK_BOX (box), ends);
  gtk_box_append (GTK_BOX (box), scale);
  gtk_box_append (GTK_BOX (box), figures);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->split_note));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
}

static GtkWidget *
build_risk (VwPricingPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *expander = vw_plain_row (adw_expander_row_new ());
  GtkWidget *share_row = vw_plain_row (adw_action_row_new ());
  GtkWidget *cap_row = vw_plain_row (adw_action_row_new ());

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Risk Sharing"));
  self->risk_row = ADW_EXPANDER_ROW (expander);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                 _("Tie part of the price to verified value"));
  adw_expander_row_set_subtitle (self->risk_row,
                                 _("That part of each period’s price is paid by the value verified in that period"));
  adw_expander_row_set_show_enable_switch (self->risk_row, TRUE);
  g_signal_connect_swapped (expander, "notify::enable-expansion",
                            G_CALLBACK (on_risk_expansion_cb), self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (share_row), _("Share of the price at risk"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (share_row), _("Percent"));
  self->risk_share_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 100, 5));
  gtk_spin_button_set_value (self->risk_share_spin, 20);
  gtk_widget_set_valign (GTK_WIDGET (self->risk_share_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->risk_share_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Share of the price at risk"), -1);
  g_signal_connect_swapped (self->risk_share_spin, "value-changed",
                            G_CALLBACK (on_risk_share_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (share_row), GTK_WIDGET (self->risk_share_spin));
  adw_expander_row_add_row (self->risk_row, share_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (cap_row), _("Most the part at risk can earn"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (cap_row),
                               _("As a multiple of itself, when more value is verified than promised"));
  self->risk_cap_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 5, 0.1));
  gtk_spin_button_set_digits (self->risk_cap_spin, 2);
  gtk_widget_set_valign (GTK_WIDGET (self->risk_cap_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->risk_cap_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Most the part at risk can earn"), -1);
  g_signal_connect_swapped (self->risk_cap_spin, "value-changed", G_CALLBACK (on_risk_cap_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (cap_row), GTK_WIDGET (self->risk_cap_spin));
  adw_expander_row_add_row (self->risk_row, cap_row);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
  self->risk_fixed_row = add_value_row (ADW_PREFERENCES_GROUP (group), _("Paid in any case"), NULL);
  self->risk_variable_row = add_value_row (ADW_PREFERENCES_GROUP (group),
                                           _("Paid once the value is verified"), NULL);
  return group;
}

/* The page's widgets are made the first time it is shown: a window opens faster when the
 * pages nobody looked at yet are only a stack. */
static void
vw_pricing_page_build (VwPricingPage *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *charts = gtk_flow_box_new ();
  GtkWidget *value_group = adw_preferences_group_new ();
  GtkWidget *position = internal_group (_("Negotiation Position"),
                                        _("Your cost, your floor and your chances: never shown to the customer."));
  GtkWidget *notes = internal_group (_("Negotiation Notes"), NULL);
  GtkWidget *notes_frame = gtk_frame_new (NULL);
  GtkWidget *price_row;

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);

  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->heading, 0);
  gtk_label_set_wrap (self->heading, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "title-2");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->heading));
  gtk_box_append (GTK_BOX (box), build_split (self));

  /* Side by side, or one above the other in a narrow window. */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (charts), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (charts), TRUE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (charts), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (charts), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (charts), 12);
  gtk_flow_box_append (GTK_FLOW_BOX (charts), chart_card (_("Economic Value to the Customer"), &self->evc_chart));
  gtk_flow_box_append (GTK_FLOW_BOX (charts), chart_card (_("Price Corridor"), &self->corridor_chart));
  gtk_box_append (GTK_BOX (box), charts);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (value_group), _("Price from Value"));
  self->reference_row = add_value_row (ADW_PREFERENCES_GROUP (value_group), _("Reference price"),
                                       _("What the next-best alternative costs the customer"));
  self->differentiation_row = add_value_row (ADW_PREFERENCES_GROUP (value_group),
                                             _("Differentiation value"),
                                             _("What your offer is worth more than the reference"));
  self->evc_row = add_value_row (ADW_PREFERENCES_GROUP (value_group),
                                 _("Economic value to the customer"),
                                 _("The highest price at which the customer is no worse off"));
  self->price_spin = add_spin_row (self, ADW_PREFERENCES_GROUP (value_group), _("Price"),
                                   _("Your price for the offer; the slider sets it from the split"),
                                   VW_VAR_PRICE, FALSE);
  gtk_box_append (GTK_BOX (box), value_group);
  gtk_box_append (GTK_BOX (box), build_risk (self));

  self->cost_spin = add_spin_row (self, ADW_PREFERENCES_GROUP (position), _("Our cost"), NULL,
                                  VW_VAR_OUR_COST, FALSE);
  self->target_margin_spin = add_spin_row (self, ADW_PREFERENCES_GROUP (position), _("Target margin"),
                                           _("Percent of the price"), VW_VAR_TARGET_MARGIN, TRUE);
  self->floor_row = add_value_row (ADW_PREFERENCES_GROUP (position), _("Price floor"),
                                   _("Walk-away price: cost at the target margin"));
  self->margin_row = add_value_row (ADW_PREFERENCES_GROUP (position), _("Margin at this price"), NULL);
  self->win_spin = add_spin_row (self, ADW_PREFERENCES_GROUP (position), _("Win probability"),
                                 _("Percent"), VW_VAR_WIN_PROBABILITY, TRUE);
  self->floor_warning = GTK_LABEL (gtk_label_new (_("The price is below your price floor.")));
  gtk_widget_add_css_class (GTK_WIDGET (self->floor_warning), "error");
  gtk_label_set_xalign (self->floor_warning, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->floor_warning), 6);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (position), GTK_WIDGET (self->floor_warning));
  gtk_box_append (GTK_BOX (box), position);

  self->notes_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->notes_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->notes_view, 9);
  gtk_text_view_set_bottom_margin (self->notes_view, 9);
  gtk_text_view_set_left_margin (self->notes_view, 9);
  gtk_text_view_set_right_margin (self->notes_view, 9);
  gtk_widget_set_size_request (GTK_WIDGET (self->notes_view), -1, 120);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Negotiation notes"), -1);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->notes_view), "changed",
                            G_CALLBACK (on_notes_changed_cb), self);
  gtk_frame_set_child (GTK_FRAME (notes_frame), GTK_WIDGET (self->notes_view));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (notes), notes_frame);
  gtk_box_append (GTK_BOX (box), notes);

  price_row = gtk_widget_get_ancestor (GTK_WIDGET (self->price_spin), ADW_TYPE_ACTION_ROW);
  gtk_widget_set_name (price_row, "price-row");

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (self->stack, scroller, "pricing");
  self->built = TRUE;
}

static void
vw_pricing_page_class_init (VwPricingPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VwPageClass *page_class = VW_PAGE_CLASS (klass);

  widget_class->map = vw_pricing_page_map;
  widget_class->unmap = vw_pricing_page_unmap;
  page_class->bind = vw_pricing_page_bind;
}

static void
vw_pricing_page_init (VwPricingPage *self)
{
  GtkWidget *empty;

  self->locale = vw_number_locale_from_environment ();
  self->stack = GTK_STACK (gtk_stack_new ());
  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "vw-pricing-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Pricing Block"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("This case has no “price” and “value_split” variables. Cases made from a segment template have them."));
  gtk_stack_add_named (self->stack, empty, "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
vw_pricing_page_new (void)
{
  return g_object_new (VW_TYPE_PRICING_PAGE, NULL);
}
