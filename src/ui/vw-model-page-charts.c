/* vw-model-page-charts.c: the charts of the Model & Simulation page
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One tab per chart; the builders are the case's (vw-case-charts.h), the views cache what they
 * drew (VwChartView keeps its render until its data changes). Only the chart on screen is
 * rebuilt when a figure changes; a tab shown later is brought up to date when it is shown.
 * The tornado runs the model twice per uncertain input, so it too is only rebuilt on screen.
 */

#define G_LOG_DOMAIN "vw-model-page"

#include <glib/gi18n.h>

#include "vw-case-charts.h"
#include "vw-chart-view.h"
#include "vw-model-page-private.h"

typedef struct
{
  const char *name;
  const char *title;   /* N_() */
  VwChartKind kind;
} ChartTab;

static const ChartTab tabs[] = {
  { "waterfall", N_("Value"), VW_CHART_VALUE_WATERFALL },
  { "tco", N_("TCO"), VW_CHART_TCO },
  { "cash-flow", N_("Cash Flow"), VW_CHART_CASH_FLOW },
  { "tornado", N_("Tornado"), VW_CHART_TORNADO },
  { "histogram", N_("Distribution"), VW_CHART_HISTOGRAM },
  { "s-curve", N_("S-Curve"), VW_CHART_S_CURVE },
};

static int
current_tab (VwModelPage *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->charts_stack);

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    if (g_strcmp0 (tabs[i].name, name) == 0)
      return (int) i;
  return -1;
}

/* The Monte Carlo draws of the headline for our offer, when a simulation is current. */
static const double *
headline_draws (VwModelPage *self,
                guint       *n)
{
  VwCaseModel *cm = vw_page_get_case_model (VW_PAGE (self));
  const VwCaseMonteCarlo *mc = vw_model_page_get_simulation (self);
  int var = vw_case_chart_headline_variable (cm);
  int alt = vw_case_chart_offer_alternative (cm);

  if (mc == NULL || var < 0 || alt < 0)
    return NULL;
  for (guint o = 0; o < mc->n_outputs; o++)
    if (mc->outputs[o].var == var && mc->outputs[o].alt == alt && mc->outputs[o].n_valid > 0)
      {
        *n = mc->outputs[o].n_valid;
        return vw_case_monte_carlo_get_sorted (mc, o);
      }
  return NULL;
}

static VwChartData *
build_chart (VwModelPage   *self,
             const ChartTab *tab,
             char         **why_not)
{
  VwCaseModel *cm = vw_page_get_case_model (VW_PAGE (self));
  VwCaseChartOptions opt = { vw_number_locale_from_environment (), TRUE, FALSE };
  g_autoptr(GError) error = NULL;
  VwChartData *data = NULL;
  const double *draws;
  guint n = 0;

  switch (tab->kind)
    {
    case VW_CHART_VALUE_WATERFALL:
      data = vw_case_chart_value_waterfall (cm, &opt);
      break;
    case VW_CHART_TCO:
      data = vw_case_chart_tco (cm, &opt);
      break;
    case VW_CHART_CASH_FLOW:
      data = vw_case_chart_cash_flow (cm, &opt);
      break;
    case VW_CHART_TORNADO:
      data = vw_case_chart_tornado (cm, &opt, &error);
      break;
    case VW_CHART_HISTOGRAM:
    case VW_CHART_S_CURVE:
      draws = headline_draws (self, &n);
      if (draws == NULL)
        {
          *why_not = g_strdup (_("Simulate to see how the headline figure is distributed."));
          return NULL;
        }
      data = vw_case_chart_distribution (cm, tab->kind, draws, n, &opt);
      break;
    default:
      g_assert_not_reached ();
    }

  if (data == NULL)
    *why_not = error != NULL ? g_strdup (error->message)
                             : g_strdup (_("This case has no figures for this chart."));
  return data;
}

/* Rebuilds the chart on screen. */
void
vw_model_page_update_chart (VwModelPage *self)
{
  int t = current_tab (self);
  GtkWidget *page;
  VwChartView *view;
  GtkLabel *empty;
  g_autoptr(VwChartData) data = NULL;
  g_autofree char *why_not = NULL;

  if (t < 0 || vw_page_get_case_model (VW_PAGE (self)) == NULL)
    return;

  page = gtk_stack_get_visible_child (self->charts_stack);
  view = g_object_get_data (G_OBJECT (page), "vw-view");
  empty = g_object_get_data (G_OBJECT (page), "vw-empty");
  data = build_chart (self, &tabs[t], &why_not);
  vw_chart_view_set_data (view, data);
  gtk_widget_set_visible (GTK_WIDGET (view), data != NULL);
  gtk_label_set_label (empty, why_not != NULL ? why_not : "");
  gtk_widget_set_visible (GTK_WIDGET (empty), data == NULL);
  g_object_set_data (G_OBJECT (page), "vw-stale", NULL);
}

/* Every chart must be rebuilt when next shown (a new case, a new simulation). */
void
vw_model_page_invalidate_charts (VwModelPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (self->charts_stack, tabs[i].name);

      g_object_set_data (G_OBJECT (page), "vw-stale", GINT_TO_POINTER (TRUE));
    }
}

static void
on_tab_changed_cb (VwModelPage *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->charts_stack);

  if (page != NULL && g_object_get_data (G_OBJECT (page), "vw-stale") != NULL)
    vw_model_page_update_chart (self);
}

/* An item explains the figure it shows (an element's value, a TCO component, a KPI); items
 * that only spread the headline (a histogram bin, a period's cash) explain the headline. */
static void
on_item_activated_cb (VwChartView *view,
                      int          series,
                      int          index,
                      VwModelPage *self)
{
  VwCaseModel *cm = vw_page_get_case_model (VW_PAGE (self));
  VwChartData *data = vw_chart_view_get_data (view);
  int var = -1, alt = -1;

  if (data == NULL || !vw_chart_data_get_item_source (data, series, index, &var, &alt))
    var = vw_case_chart_headline_variable (cm);
  if (alt < 0)
    alt = vw_case_chart_offer_alternative (cm);
  if (var >= 0 && alt >= 0)
    vw_model_page_explain (self, (guint) var, (guint) alt);
}

GtkWidget *
vw_model_page_build_charts (VwModelPage *self)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *switcher = gtk_stack_switcher_new ();
  GtkWidget *scroller;

  gtk_widget_add_css_class (card, "card");
  self->charts_stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->charts_stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *view = vw_chart_view_new ();
      GtkWidget *empty = gtk_label_new (NULL);

      gtk_widget_set_size_request (view, -1, 320);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(tabs[i].title), -1);
      g_signal_connect (view, "item-activated", G_CALLBACK (on_item_activated_cb), self);
      gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
      gtk_widget_add_css_class (empty, "dim-label");
      gtk_widget_set_size_request (empty, -1, 120);
      gtk_widget_set_visible (empty, FALSE);
      gtk_box_append (GTK_BOX (page), view);
      gtk_box_append (GTK_BOX (page), empty);
      g_object_set_data (G_OBJECT (page), "vw-view", view);
      g_object_set_data (G_OBJECT (page), "vw-empty", empty);
      gtk_stack_add_titled (self->charts_stack, page, tabs[i].name, _(tabs[i].title));
    }
  g_signal_connect_swapped (self->charts_stack, "notify::visible-child",
                            G_CALLBACK (on_tab_changed_cb), self);

  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->charts_stack);
  /* Six tabs are wider than a narrow window: they scroll there. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), switcher);
  gtk_widget_set_halign (scroller, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (scroller, 12);
  gtk_box_append (GTK_BOX (card), scroller);
  gtk_widget_set_margin_start (GTK_WIDGET (self->charts_stack), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->charts_stack), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->charts_stack), 6);
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->charts_stack));
  return card;
}

/* Shows the tab of @kind (tests, the bench). */
gboolean
vw_model_page_show_chart (VwModelPage *self,
                          VwChartKind  kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    if (tabs[i].kind == kind)
      {
        gtk_stack_set_visible_child_name (self->charts_stack, tabs[i].name);
        vw_model_page_update_chart (self);
        return TRUE;
      }
  return FALSE;
}

/* The chart view of the tab shown (tests, the bench). */
GtkWidget *
vw_model_page_get_chart_view (VwModelPage *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->charts_stack);

  return page != NULL ? g_object_get_data (G_OBJECT (page), "vw-view") : NULL;
}
