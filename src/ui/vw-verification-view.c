/* vw-verification-view.c: the value delivered, against what was promised
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Value delivered to date on top, then the status of every KPI and value element (the rule is
 * in core: vw-verification-summary.c), the records with their evidence and sign-off, and the
 * performance clause. Every change goes through the document, so it is undoable; the view
 * rebuilds from the document on its signals, once per main-loop turn.
 */

#define G_LOG_DOMAIN "vw-verification-view"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-case-charts.h"
#include "vw-chart-view.h"
#include "vw-format.h"
#include "vw-items.h"
#include "vw-performance-clause.h"
#include "vw-record-editor.h"
#include "vw-unit-format.h"
#include "vw-verification-summary.h"
#include "vw-verification-view.h"
#include "vw-plain-row.h"

struct _VwVerificationView
{
  AdwBin               parent_instance;

  VwDocument          *document;
  VwCaseModel         *case_model;
  guint                refresh_source;
  gboolean             updating;      /* the clause's spin buttons follow the document */
  gboolean             stale;         /* changed while not shown: rebuild when shown */

  GtkStack            *stack;
  GtkLabel            *delivered_value;
  GtkLabel            *delivered_detail;
  GtkLabel            *total_status;
  GtkDropDown         *chart_kpi;
  GPtrArray           *chart_kpi_ids;  /* the KPIs in chart_kpi, by position */
  GtkWidget           *chart_view;
  AdwPreferencesGroup *kpi_group;
  AdwPreferencesGroup *element_group;
  AdwPreferencesGroup *records_group;
  AdwPreferencesGroup *clause_group;
  GtkSpinButton       *share_spin;
  GtkSpinButton       *cap_spin;
  GPtrArray           *rows;          /* (group, row) pairs rebuilt on each refresh */
};

G_DEFINE_FINAL_TYPE (VwVerificationView, vw_verification_view, ADW_TYPE_BIN)

static const VwNumberLocale *
view_locale (void)
{
  return vw_number_locale_from_environment ();
}

static const char *
case_currency (VwDocument *document)
{
  return vw_item_get_string (VW_ITEM (vw_document_get_meta (document)), "currency");
}

static char *
format_money (VwDocument *document,
              double      value)
{
  return vw_format_currency (view_locale (), value, case_currency (document), 0, 0);
}

/* A KPI's figure in its unit (vw_value_format_for_unit): shares as percentages, money in its
 * currency, anything else followed by its unit. */
static char *
format_kpi_value (VwDocument *document,
                  VwItem     *kpi,
                  double      value)
{
  VwValueFormat format;

  if (!isfinite (value))
    return g_strdup ("–");

  vw_value_format_for_unit (kpi ? vw_item_get_string (kpi, "unit") : NULL,
                            case_currency (document), &format);
  if (format.kind == VW_VALUE_PERCENT && format.decimals < 0)
    format.decimals = 1;
  return vw_format_value (view_locale (), &format, value, VW_FORMAT_EXACT);
}

static GtkWidget *
status_chip_new (VwVerificationStatus status)
{
  GtkWidget *chip = gtk_label_new (vw_verification_status_get_label (status));

  gtk_widget_add_css_class (chip, "vw-status");
  gtk_widget_add_css_class (chip, vw_verification_status_to_string (status));
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
  return chip;
}

static void
add_row (VwVerificationView  *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, group);
  g_ptr_array_add (self->rows, row);
}

static void
clear_rows (VwVerificationView *self)
{
  for (guint i = 0; i + 1 < self->rows->len; i += 2)
    adw_preferences_group_remove (g_ptr_array_index (self->rows, i),
                                  g_ptr_array_index (self->rows, i + 1));
  g_ptr_array_set_size (self->rows, 0);
}

static AdwToastOverlay *
find_toast_overlay (GtkWidget *widget)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  return overlay ? ADW_TOAST_OVERLAY (overlay) : NULL;
}

static void
on_edit_clicked_cb (GtkWidget *button,
                    gpointer   user_data)
{
  VwVerificationView *self = VW_VERIFICATION_VIEW (gtk_widget_get_ancestor (button,
                                                   VW_TYPE_VERIFICATION_VIEW));

  vw_verification_view_edit_record (self, VW_VERIFICATION (user_data));
}

static void
on_remove_clicked_cb (GtkWidget *button,
                      gpointer   user_data)
{
  VwVerificationView *self = VW_VERIFICATION_VIEW (gtk_widget_get_ancestor (button,
                                                   VW_TYPE_VERIFICATION_VIEW));
  g_autoptr(VwItem) record = g_object_ref (VW_ITEM (user_data));
  g_autoptr(GError) error = NULL;
  AdwToastOverlay *overlay;
  AdwToast *toast;

  if (!vw_document_remove_item (self->document, record, &error))
    {
      g_warning ("Could not remove the record: %s", error->message);
      return;
    }

  overlay = find_toast_overlay (GTK_WIDGET (self));
  if (overlay == NULL)
    return;
  toast = adw_toast_new (_("Verification record removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (overlay, toast);
}

static GtkWidget *
icon_button_new (const char *icon_name,
                 const char *tooltip,
                 GCallback   callback,
                 VwItem     *record)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_signal_connect_object (button, "clicked", callback, record, 0);
  return button;
}

static char *
record_title (VwDocument *document,
              VwItem     *record,
              VwItem     *kpi)
{
  g_autofree char *period = NULL;

  if (vw_item_is_set (record, "period-label"))
    period = g_strdup (vw_item_get_string (record, "period-label"));
  else
    {
      const char *unit = vw_item_get_string (VW_ITEM (vw_document_get_meta (document)),
                                             "period-unit");
      VwPeriodUnit pu = g_strcmp0 (unit, "month") == 0 ? VW_PERIOD_MONTH
                        : g_strcmp0 (unit, "quarter") == 0 ? VW_PERIOD_QUARTER : VW_PERIOD_YEAR;
      int t = (int) vw_item_get_int (record, "period");

      period = vw_format_period (view_locale (), pu, t, t);
    }

  /* TRANSLATORS: a verification record: the KPI, then the period, e.g. "OEE · 2025" */
  return g_strdup_printf (_("%s · %s"), kpi ? vw_item_get_display_name (kpi)
                                            : vw_item_get_string (record, "kpi"), period);
}

static char *
record_subtitle (VwDocument *document,
                 VwItem     *record,
                 VwItem     *kpi)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *promised = format_kpi_value (document, kpi,
                                                vw_item_get_double (record, "promised"));

  if (vw_item_is_set (record, "realized"))
    {
      g_autofree char *realized = format_kpi_value (document, kpi,
                                                    vw_item_get_double (record, "realized"));

      g_string_append_printf (text, _("Promised %s · realized %s"), promised, realized);
    }
  else
    g_string_append_printf (text, _("Promised %s · not measured yet"), promised);

  if (vw_item_is_set (record, "value-delivered"))
    {
      g_autofree char *value = format_money (document,
                                             vw_item_get_double (record, "value-delivered"));

      g_string_append (text, " · ");
      g_string_append_printf (text, _("value delivered %s"), value);
    }

  g_string_append_c (text, '\n');
  if (vw_item_is_set (record, "signed-off-by") && vw_item_is_set (record, "signed-off-on"))
    g_string_append_printf (text, _("Signed off by %s on %s"),
                            vw_item_get_string (record, "signed-off-by"),
                            vw_item_get_string (record, "signed-off-on"));
  else
    g_string_append (text, _("Not signed off by the customer"));

  if (vw_item_is_set (record, "evidence"))
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, _("Evidence: %s"), vw_item_get_string (record, "evidence"));
    }
  return g_markup_escape_text (text->str, -1);
}

static void
on_record_row_activated_cb (AdwActionRow *row,
                            gpointer      record)
{
  VwVerificationView *self = VW_VERIFICATION_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (row),
                                                   VW_TYPE_VERIFICATION_VIEW));

  vw_verification_view_edit_record (self, record);
}

static void
build_records (VwVerificationView *self)
{
  GListModel *records = vw_document_get_items (self->document, VW_ITEM_VERIFICATION);
  guint n = g_list_model_get_n_items (records);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) record = g_list_model_get_item (records, i);
      VwItem *kpi = vw_document_find (self->document, VW_ITEM_KPI,
                                      vw_item_get_string (record, "kpi"));
      g_autofree char *title = record_title (self->document, record, kpi);
      g_autofree char *subtitle = record_subtitle (self->document, record, kpi);
      double gap = vw_verification_record_gap (self->document, VW_VERIFICATION (record));
      GtkWidget *row = vw_plain_row (adw_action_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 status_chip_new (vw_verification_status_for_gap (gap)));
      if (!vw_document_get_read_only (self->document))
        {
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     icon_button_new ("document-edit-symbolic", _("Edit Record"),
                                                      G_CALLBACK (on_edit_clicked_cb), record));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     icon_button_new ("user-trash-symbolic", _("Remove Record"),
                                                      G_CALLBACK (on_remove_clicked_cb),
                                                      record));
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
        }
      g_signal_connect_object (row, "activated", G_CALLBACK (on_record_row_activated_cb),
                               record, 0);
      add_row (self, self->records_group, row);
    }
}

static char *
tally_subtitle (VwVerificationView        *self,
                const VwVerificationTally *tally,
                gboolean                   by_value)
{
  g_autofree char *figure = NULL;
  g_autofree char *measured = NULL;

  if (tally->n_measured == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record, none measured yet",
                                         "%u records, none measured yet", tally->n_records),
                            tally->n_records);

  /* TRANSLATORS: "2 of 3 records measured" */
  measured = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u record measured",
                                           "%u of %u records measured", tally->n_records),
                              tally->n_measured, tally->n_records);
  if (by_value && tally->n_valued > 0)
    {
      g_autofree char *delivered = format_money (self->document, tally->value_delivered);
      g_autofree char *promised = format_money (self->document, tally->value_promised);

      figure = g_strdup_printf (_("%s delivered of %s promised"), delivered, promised);
    }
  else
    {
      g_autofree char *gap = vw_format_percent (view_locale (), tally->gap, 1);

      /* TRANSLATORS: the gap is signed: "+13.4 %" ahead of the promise, "−9.8 %" behind it */
      figure = g_strdup_printf (_("%s%s against the promised improvement"),
                                tally->gap > 0 ? "+" : "", gap);
    }
  return g_strdup_printf ("%s · %s", figure, measured);
}

static void
build_tallies (VwVerificationView  *self,
               AdwPreferencesGroup *group,
               GArray              *tallies,
               gboolean             by_value)
{
  for (guint i = 0; i < tallies->len; i++)
    {
      const VwVerificationTally *tally = &g_array_index (tallies, VwVerificationTally, i);
      g_autofree char *subtitle = tally_subtitle (self, tally, by_value);
      g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
      g_autofree char *title = g_markup_escape_text (vw_item_get_display_name (tally->item), -1);
      GtkWidget *row = vw_plain_row (adw_action_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status_chip_new (tally->status));
      add_row (self, group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (group), tallies->len > 0);
}

static void
build_summary (VwVerificationView    *self,
               VwVerificationSummary *summary)
{
  const VwVerificationTally *total = &summary->total;
  g_autofree char *detail = NULL;
  GtkWidget *chip = GTK_WIDGET (self->total_status);

  if (total->n_valued > 0)
    {
      g_autofree char *delivered = format_money (self->document, total->value_delivered);
      g_autofree char *promised = format_money (self->document, total->value_promised);

      gtk_label_set_text (self->delivered_value, delivered);
      detail = g_strdup_printf (_("of %s promised for the periods measured · %u of %u records "
                                  "measured, %u signed off by the customer"),
                                promised, total->n_measured, total->n_records,
                                total->n_signed_off);
    }
  else
    {
      gtk_label_set_text (self->delivered_value, "–");
      detail = g_strdup_printf (_("No value figures yet: add the value promised and delivered "
                                  "to the records · %u of %u records measured"),
                                total->n_measured, total->n_records);
    }
  gtk_label_set_text (self->delivered_detail, detail);

  gtk_label_set_text (self->total_status, vw_verification_status_get_label (total->status));
  for (VwVerificationStatus s = VW_VERIFICATION_PENDING; s <= VW_VERIFICATION_AHEAD; s++)
    gtk_widget_remove_css_class (chip, vw_verification_status_to_string (s));
  gtk_widget_add_css_class (chip, vw_verification_status_to_string (total->status));
}

static void
build_clause (VwVerificationView *self)
{
  VwItem *meta = VW_ITEM (vw_document_get_meta (self->document));
  g_autoptr(VwPerformanceClause) clause = NULL;
  g_autofree char *description = NULL;

  self->updating = TRUE;
  gtk_spin_button_set_value (self->share_spin, 100 * vw_item_get_double (meta,
                                                                         "performance-share"));
  gtk_spin_button_set_value (self->cap_spin, 100 * vw_item_get_double (meta, "performance-cap"));
  self->updating = FALSE;

  if (self->case_model != NULL)
    clause = vw_performance_clause_new (self->case_model);
  gtk_widget_set_sensitive (gtk_widget_get_ancestor (GTK_WIDGET (self->cap_spin),
                                                     ADW_TYPE_ACTION_ROW), clause != NULL);
  if (clause == NULL)
    {
      adw_preferences_group_set_description (self->clause_group,
        _("No part of the fee depends on verified value. Set a share to tie part of it to "
          "the value delivered each period."));
      return;
    }

  for (guint i = 0; i < clause->periods->len; i++)
    {
      const VwClausePeriod *p = &g_array_index (clause->periods, VwClausePeriod, i);
      g_autofree char *t = g_strdup_printf ("%" G_GINT64_FORMAT, p->period);
      g_autofree char *fee = format_money (self->document, p->fee);
      g_autofree char *at_risk = format_money (self->document, p->at_risk);
      g_autofree char *subtitle = NULL;
      g_autofree char *earned_text = NULL;
      GtkWidget *row = vw_plain_row (adw_action_row_new ());
      GtkWidget *earned;

      if (!isfinite (p->fee))
        subtitle = g_strdup (_("The case has no price of our offer for this period"));
      else if (isfinite (p->earned))
        {
          g_autofree char *delivered = format_money (self->document, p->value_delivered);
          g_autofree char *promised = format_money (self->document, p->value_promised);

          subtitle = g_strdup_printf (_("Fee %s, %s of it at risk · value delivered %s of %s "
                                        "promised"), fee, at_risk, delivered, promised);
        }
      else
        subtitle = g_strdup_printf (_("Fee %s, %s of it at risk · not verified yet"),
                                    fee, at_risk);

      if (isfinite (p->earned))
        {
          g_autofree char *money = format_money (self->document, p->earned);
          g_autofree char *share = vw_format_percent (view_locale (), p->attainment, 0);

          /* TRANSLATORS: the at-risk part of the fee earned, and the share of it */
          earned_text = g_strdup_printf (_("Earned %s (%s)"), money, share);
        }
      else
        earned_text = g_strdup (_("Open"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), p->label ? p->label : t);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      earned = gtk_label_new (earned_text);
      gtk_widget_add_css_class (earned, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), earned);
      add_row (self, self->clause_group, row);
    }

  {
    g_autofree char *share = vw_format_percent (view_locale (), clause->share, 0);
    g_autofree char *cap = vw_format_percent (view_locale (), clause->cap, 0);
    g_autofree char *earned = format_money (self->document, clause->earned_to_date);
    g_autofree char *at_risk = format_money (self->document, clause->at_risk_to_date);

    description = g_strdup_printf (_("%s of each period’s fee is paid by the value verified "
                                     "in that period, up to %s of it. Earned to date: %s of "
                                     "%s at risk."), share, cap, earned, at_risk);
    adw_preferences_group_set_description (self->clause_group, description);
  }
}

/* The chart of the KPI chosen (the first with records unless the user chose another). */
static void
build_chart (VwVerificationView    *self,
             VwVerificationSummary *summary)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(VwChartData) data = NULL;
  g_autofree char *chosen = NULL;
  guint selected = gtk_drop_down_get_selected (self->chart_kpi);
  guint position = 0;
  VwCaseChartOptions options = { .locale = view_locale (), .internal = TRUE };

  if (selected < self->chart_kpi_ids->len)
    chosen = g_strdup (g_ptr_array_index (self->chart_kpi_ids, selected));

  g_ptr_array_set_size (self->chart_kpi_ids, 0);
  for (guint i = 0; i < summary->kpis->len; i++)
    {
      VwItem *kpi = g_array_index (summary->kpis, VwVerificationTally, i).item;

      gtk_string_list_append (names, vw_item_get_display_name (kpi));
      g_ptr_array_add (self->chart_kpi_ids, g_strdup (vw_item_get_id (kpi)));
      if (g_strcmp0 (chosen, vw_item_get_id (kpi)) == 0)
        position = i;
    }

  self->updating = TRUE;
  gtk_drop_down_set_model (self->chart_kpi, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->chart_kpi, position);
  self->updating = FALSE;

  if (self->case_model != NULL && position < self->chart_kpi_ids->len)
    data = vw_case_chart_verification (self->case_model,
                                       g_ptr_array_index (self->chart_kpi_ids, position),
                                       &options);
  vw_chart_view_set_data (VW_CHART_VIEW (self->chart_view), data);
  gtk_widget_set_visible (gtk_widget_get_parent (self->chart_view), data != NULL);
}

static void
on_chart_kpi_changed_cb (VwVerificationView *self)
{
  g_autoptr(VwVerificationSummary) summary = NULL;

  if (self->updating || self->document == NULL)
    return;
  summary = vw_verification_summary_new (self->document);
  build_chart (self, summary);
}

/* A card with a heading on the left of its top row; @top receives the row for more. */
static GtkWidget *
card_new (const char  *heading,
          int          spacing,
          GtkWidget  **top)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);
  GtkWidget *title = gtk_label_new (heading);

  *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "vw-summary-card");
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (*top), title);
  gtk_box_append (GTK_BOX (card), *top);
  return card;
}

static GtkWidget *
build_chart_card (VwVerificationView *self)
{
  GtkWidget *top;
  GtkWidget *card = card_new (_("Promised and Realized"), 12, &top);

  self->chart_kpi = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_kpi),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("KPI shown"), -1);
  g_signal_connect_swapped (self->chart_kpi, "notify::selected",
                            G_CALLBACK (on_chart_kpi_changed_cb), self);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->chart_kpi));

  self->chart_view = vw_chart_view_new ();
  gtk_widget_set_size_request (self->chart_view, -1, 300);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Promised and realized, per period and cumulative"), -1);
  gtk_box_append (GTK_BOX (card), self->chart_view);
  return card;
}

/**
 * vw_verification_view_refresh:
 *
 * Rebuilds the view from the document now (it also does so by itself, after changes).
 */
void
vw_verification_view_refresh (VwVerificationView *self)
{
  g_autoptr(VwVerificationSummary) summary = NULL;
  gboolean empty, writable;

  g_return_if_fail (VW_IS_VERIFICATION_VIEW (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->stale = FALSE;
  clear_rows (self);
  if (self->document == NULL)
    return;

  writable = !vw_document_get_read_only (self->document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "verification.add", writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clause_group), writable);

  empty = g_list_model_get_n_items (vw_document_get_items (self->document,
                                                           VW_ITEM_VERIFICATION)) == 0;
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "records");

  summary = vw_verification_summary_new (self->document);
  build_summary (self, summary);
  build_chart (self, summary);
  build_tallies (self, self->kpi_group, summary->kpis, FALSE);
  build_tallies (self, self->element_group, summary->elements, TRUE);
  build_records (self);
  build_clause (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  VwVerificationView *self = data;

  self->refresh_source = 0;
  vw_verification_view_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Rebuilt once per main-loop turn while shown; a page that is not shown (the seller drags a
 * slider on another page) only notes that it must rebuild when it is shown again. */
static void
on_document_changed_cb (VwVerificationView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

static void
vw_verification_view_map (GtkWidget *widget)
{
  VwVerificationView *self = VW_VERIFICATION_VIEW (widget);

  GTK_WIDGET_CLASS (vw_verification_view_parent_class)->map (widget);
  if (self->stale)
    vw_verification_view_refresh (self);
}

void
vw_verification_view_set_case (VwVerificationView *self,
                               VwDocument         *document,
                               VwCaseModel        *case_model)
{
  g_return_if_fail (VW_IS_VERIFICATION_VIEW (self));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_set_object (&self->case_model, case_model);
  if (document != NULL)
    {
      g_signal_connect_swapped (document, "item-changed", G_CALLBACK (on_document_changed_cb), self);
      g_signal_connect_swapped (document, "item-added", G_CALLBACK (on_document_changed_cb), self);
      g_signal_connect_swapped (document, "item-removed", G_CALLBACK (on_document_changed_cb), self);
      g_signal_connect_swapped (document, "value-changed", G_CALLBACK (on_document_changed_cb), self);
    }
  vw_verification_view_refresh (self);
}

/**
 * vw_verification_view_edit_record:
 * @record: (nullable): the record, or %NULL to add one
 *
 * Returns: (transfer none): the editor, shown
 */
GtkWindow *
vw_verification_view_edit_record (VwVerificationView *self,
                                  VwVerification     *record)
{
  VwRecordEditor *editor;

  g_return_val_if_fail (VW_IS_VERIFICATION_VIEW (self), NULL);
  g_return_val_if_fail (self->document != NULL, NULL);

  editor = vw_record_editor_new (self->document, record);
  gtk_window_set_transient_for (GTK_WINDOW (editor),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WINDOW (editor);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  vw_verification_view_edit_record (VW_VERIFICATION_VIEW (widget), NULL);
}

static void
on_clause_spin_changed_cb (VwVerificationView *self,
                           GtkSpinButton      *spin)
{
  VwItem *meta;
  const char *field = spin == self->share_spin ? "performance-share" : "performance-cap";
  double value = gtk_spin_button_get_value (spin) / 100;

  if (self->updating || self->document == NULL)
    return;

  meta = VW_ITEM (vw_document_get_meta (self->document));
  if (spin == self->share_spin && value == 0)
    vw_document_unset (self->document, meta, field);
  else if (vw_item_get_double (meta, field) != value || !vw_item_is_set (meta, field))
    vw_document_set_double (self->document, meta, field, value);
}

static GtkSpinButton *
clause_spin_row (VwVerificationView *self,
                 const char         *title,
                 const char         *subtitle,
                 double              min,
                 double              max)
{
  GtkWidget *row = vw_plain_row (adw_action_row_new ());
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, 5);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 0);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (spin, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (self->clause_group, row);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_clause_spin_changed_cb), self);
  return GTK_SPIN_BUTTON (spin);
}

static GtkWidget *
group_new (const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  return group;
}

static GtkWidget *
build_summary_card (VwVerificationView *self)
{
  GtkWidget *top;
  GtkWidget *card = card_new (_("Value delivered to date"), 6, &top);

  self->total_status = GTK_LABEL (status_chip_new (VW_VERIFICATION_PENDING));
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->total_status));

  self->delivered_value = GTK_LABEL (gtk_label_new ("–"));
  gtk_label_set_xalign (self->delivered_value, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->delivered_value), "title-1");
  gtk_widget_add_css_class (GTK_WIDGET (self->delivered_value), "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delivered_value),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Value delivered to date"),
                                  -1);
  self->delivered_detail = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->delivered_detail, 0);
  gtk_label_set_wrap (self->delivered_detail, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->delivered_detail), "dim-label");

  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->delivered_value));
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->delivered_detail));
  return card;
}

static void
vw_verification_view_dispose (GObject *object)
{
  VwVerificationView *self = VW_VERIFICATION_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->case_model);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->chart_kpi_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (vw_verification_view_parent_class)->dispose (object);
}

static void
vw_verification_view_class_init (VwVerificationViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vw_verification_view_dispose;
  GTK_WIDGET_CLASS (klass)->map = vw_verification_view_map;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "verification.add", NULL,
                                   add_action);
}

static void
vw_verification_view_init (VwVerificationView *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *empty_button = gtk_button_new_with_mnemonic (_("_Add Record"));
  GtkWidget *add_button = gtk_button_new_from_icon_name ("list-add-symbolic");

  self->rows = g_ptr_array_new ();
  self->chart_kpi_ids = g_ptr_array_new_with_free_func (g_free);
  self->stack = GTK_STACK (gtk_stack_new ());

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "vw-evidence-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Value Verified Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
    _("After the sale, record each period’s measured KPI values against what was promised, "
      "with the evidence and the customer’s sign-off."));
  gtk_widget_set_halign (empty_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (empty_button, "pill");
  gtk_widget_add_css_class (empty_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (empty_button), "verification.add");
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), empty_button);

  self->kpi_group = ADW_PREFERENCES_GROUP (group_new (_("Status by KPI")));
  self->element_group = ADW_PREFERENCES_GROUP (group_new (_("Status by Value Element")));
  self->records_group = ADW_PREFERENCES_GROUP (group_new (_("Records")));
  adw_preferences_group_set_description (self->records_group,
    _("What was measured each period, with its evidence and the customer’s sign-off."));
  gtk_widget_set_tooltip_text (add_button, _("Add Record"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Record"), -1);
  gtk_widget_add_css_class (add_button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_button), "verification.add");
  adw_preferences_group_set_header_suffix (self->records_group, add_button);

  self->clause_group = ADW_PREFERENCES_GROUP (group_new (_("Performance Clause")));
  self->share_spin = clause_spin_row (self, _("Share of the fee at risk"),
                                      _("Paid according to the value verified, in %"), 0, 100);
  self->cap_spin = clause_spin_row (self, _("Payment cap"),
                                    _("The most the at-risk part pays when more value is "
                                      "delivered than promised, in %"), 100, 1000);

  gtk_box_append (GTK_BOX (content), build_summary_card (self));
  gtk_box_append (GTK_BOX (content), build_chart_card (self));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->kpi_group));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->element_group));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->records_group));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->clause_group));

  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_add_named (self->stack, content, "records");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
vw_verification_view_new (void)
{
  return g_object_new (VW_TYPE_VERIFICATION_VIEW, NULL);
}
