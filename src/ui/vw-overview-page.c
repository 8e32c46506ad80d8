/* vw-overview-page.c: the customer, the opportunity, the alternatives and customer selection
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit is one document command; the page redraws itself from the document's signals, so
 * undo, redo and a reload look the same as typing. Text fields commit on every keystroke: the
 * document folds a burst of typing into one undo step.
 */

#define G_LOG_DOMAIN "vw-overview-page"

#include <glib/gi18n.h>

#include "vw-alternative-row.h"
#include "vw-format.h"
#include "vw-overview-page.h"
#include "vw-readiness.h"
#include "vw-plain-row.h"

struct _VwOverviewPage
{
  VwPage          parent_instance;

  GListModel     *alternatives;
  gboolean        updating;

  /* Template widgets */
  GtkWidget      *content;
  AdwEntryRow    *title_row;
  AdwEntryRow    *customer_row;
  AdwEntryRow    *segment_row;
  AdwEntryRow    *opportunity_row;
  AdwEntryRow    *currency_row;
  GtkSpinButton  *horizon_spin;
  AdwActionRow   *horizon_row;
  GtkMenuButton  *start_button;
  GtkCalendar    *start_calendar;
  GtkListBox     *alternatives_list;
  GtkListBox     *criteria_list;
  GtkLabel       *score_label;
  GtkLevelBar    *score_bar;
  GtkLabel       *advice_label;

  GtkDropDown    *criteria[VW_N_CRITERIA];
};

G_DEFINE_FINAL_TYPE (VwOverviewPage, vw_overview_page, VW_TYPE_PAGE)

static VwDocument *
page_document (VwOverviewPage *self)
{
  return vw_page_get_document (VW_PAGE (self));
}

/* The text rows and the meta field each edits. */
static const char *
text_row_field (VwOverviewPage *self,
                AdwEntryRow    *row)
{
  if (row == self->title_row)
    return "title";
  if (row == self->customer_row)
    return "customer";
  if (row == self->segment_row)
    return "segment";
  if (row == self->opportunity_row)
    return "opportunity";
  if (row == self->currency_row)
    return "currency";
  g_assert_not_reached ();
}

static VwItem *
meta (VwOverviewPage *self)
{
  return VW_ITEM (vw_document_get_meta (page_document (self)));
}

static gboolean
currency_is_valid (const char *text)
{
  return strlen (text) == 3
         && g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]) && g_ascii_isupper (text[2]);
}

static void
show_text (VwOverviewPage *self,
           AdwEntryRow    *row)
{
  const char *value = vw_item_get_string (meta (self), text_row_field (self, row));
  g_autofree char *shown = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (g_strcmp0 (shown, value != NULL ? value : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
show_start_date (VwOverviewPage *self)
{
  const char *text = vw_item_get_string (meta (self), "start-date");
  int y, m, d;

  if (text != NULL && sscanf (text, "%4d-%2d-%2d", &y, &m, &d) == 3)
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (y, m, d, 12, 0, 0);

      if (date != NULL)
        {
          /* TRANSLATORS: the start date of the case, g_date_time_format() syntax */
          g_autofree char *label = g_date_time_format (date, C_("start date", "%-d %B %Y"));

          gtk_menu_button_set_label (self->start_button, label);
          gtk_calendar_select_day (self->start_calendar, date);
          return;
        }
    }
  gtk_menu_button_set_label (self->start_button, C_("start date", "Not set"));
}

static void
show_details (VwOverviewPage *self)
{
  g_autofree char *horizon = NULL;
  const char *unit;
  int periods;

  self->updating = TRUE;
  show_text (self, self->title_row);
  show_text (self, self->customer_row);
  show_text (self, self->segment_row);
  show_text (self, self->opportunity_row);
  show_text (self, self->currency_row);
  periods = (int) vw_item_get_int (meta (self), "horizon");
  gtk_spin_button_set_value (self->horizon_spin, periods);
  show_start_date (self);
  self->updating = FALSE;

  unit = vw_item_get_string (meta (self), "period-unit");
  if (g_strcmp0 (unit, "month") == 0)
    horizon = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months", periods),
                               periods);
  else if (g_strcmp0 (unit, "quarter") == 0)
    horizon = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d quarter", "%d quarters",
                                            periods), periods);
  else
    horizon = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", periods),
                               periods);
  adw_action_row_set_subtitle (self->horizon_row, horizon);
}

static void
show_readiness (VwOverviewPage *self)
{
  const VwNumberLocale *locale = vw_number_locale_from_environment ();
  g_autofree char *score = NULL;
  g_autofree char *advice = NULL;
  VwReadiness readiness;

  vw_readiness_assess (vw_document_get_meta (page_document (self)), &readiness);

  self->updating = TRUE;
  for (guint c = 0; c < VW_N_CRITERIA; c++)
    gtk_drop_down_set_selected (self->criteria[c], readiness.answers[c]);
  self->updating = FALSE;

  score = vw_format_percent (locale, readiness.score / 100.0, 0);
  gtk_label_set_label (self->score_label,
                       readiness.level == VW_READINESS_UNASSESSED ? "–" : score);
  gtk_level_bar_set_value (self->score_bar, readiness.score);
  advice = vw_readiness_dup_advice (&readiness);
  gtk_label_set_label (self->advice_label, advice);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->score_bar),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, advice, -1);
}

static void
update_alternative_actions (VwOverviewPage *self)
{
  guint n = self->alternatives != NULL ? g_list_model_get_n_items (self->alternatives) : 0;
  gboolean editable = page_document (self) != NULL && !vw_document_get_read_only (page_document (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.add-alternative",
                                 editable && n < VW_MAX_ALTERNATIVES);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->alternatives_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (VW_IS_ALTERNATIVE_ROW (row))
      vw_alternative_row_set_can_remove (VW_ALTERNATIVE_ROW (row), n > VW_MIN_ALTERNATIVES);
}

static void
on_item_changed_cb (VwOverviewPage *self,
                    VwItem         *item,
                    const char     *field)
{
  if (!VW_IS_META (item))
    return;
  if (g_str_has_prefix (field, "fit-"))
    show_readiness (self);
  else
    show_details (self);
}

static void
on_read_only_changed_cb (VwOverviewPage *self)
{
  gtk_widget_set_sensitive (self->content, !vw_document_get_read_only (page_document (self)));
  update_alternative_actions (self);
}

static void
on_text_row_changed_cb (VwOverviewPage *self,
                        AdwEntryRow    *row)
{
  g_autofree char *text = NULL;
  const char *field;

  if (self->updating || page_document (self) == NULL)
    return;

  field = text_row_field (self, row);
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  /* An invalid value stays in the entry, marked, until it is corrected. */
  if ((g_str_equal (field, "title") && *text == '\0')
      || (g_str_equal (field, "currency") && !currency_is_valid (text)))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");

  if (*text == '\0')
    vw_document_unset (page_document (self), meta (self), field);
  else
    vw_document_set_string (page_document (self), meta (self), field, text);
}

static void
on_horizon_changed_cb (VwOverviewPage *self)
{
  if (self->updating || page_document (self) == NULL)
    return;

  vw_document_set_int (page_document (self), meta (self), "horizon",
                       gtk_spin_button_get_value_as_int (self->horizon_spin));
}

static void
on_start_day_selected_cb (VwOverviewPage *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (self->updating || page_document (self) == NULL)
    return;

  date = gtk_calendar_get_date (self->start_calendar);
  text = g_date_time_format (date, "%Y-%m-%d");
  vw_document_set_string (page_document (self), meta (self), "start-date", text);
}

static void
on_start_clear_cb (VwOverviewPage *self)
{
  if (page_document (self) != NULL)
    vw_document_unset (page_document (self), meta (self), "start-date");
  gtk_menu_button_popdown (self->start_button);
}

static void
on_criterion_selected_cb (GtkDropDown    *dropdown,
                          GParamSpec     *pspec,
                          VwOverviewPage *self)
{
  VwCriterion c = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "criterion"));
  VwFit fit = gtk_drop_down_get_selected (dropdown);

  if (self->updating || page_document (self) == NULL || fit > VW_FIT_YES)
    return;

  /* "Not assessed" is the absence of an answer, not an answer written to the file. */
  if (fit == VW_FIT_UNKNOWN)
    vw_document_unset (page_document (self), meta (self), vw_criterion_get_field (c));
  else
    vw_document_set_string (page_document (self), meta (self), vw_criterion_get_field (c),
                            vw_fit_to_string (fit));
}

static GtkWidget *
create_alternative_row (gpointer item,
                        gpointer user_data)
{
  VwOverviewPage *self = user_data;

  return vw_alternative_row_new (page_document (self), VW_ALTERNATIVE (item));
}

static void
on_alternatives_changed_cb (VwOverviewPage *self)
{
  update_alternative_actions (self);
}

static char *
new_alternative_id (VwDocument *document)
{
  for (guint i = 1; ; i++)
    {
      g_autofree char *id = i == 1 ? g_strdup ("competitor")
                                   : g_strdup_printf ("competitor_%u", i);

      if (vw_document_find (document, VW_ITEM_ALTERNATIVE, id) == NULL)
        return g_steal_pointer (&id);
    }
}

static void
add_alternative_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  VwOverviewPage *self = VW_OVERVIEW_PAGE (widget);
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(VwItem) item = NULL;
  g_autoptr(GError) error = NULL;
  guint n;
  GtkListBoxRow *row;

  g_return_if_fail (page_document (self) != NULL);

  n = g_list_model_get_n_items (self->alternatives);
  id = new_alternative_id (page_document (self));
  name = g_strdup_printf (_("Competitor %u"), n);
  item = vw_item_new (VW_ITEM_ALTERNATIVE, id);
  vw_item_set_string (item, "name", name);
  vw_item_set_string (item, "role", "competitor");
  if (!vw_document_add_item (page_document (self), item, -1, &error))
    {
      g_warning ("%s", error->message);
      return;
    }

  /* Ready to type the competitor's real name. */
  row = gtk_list_box_get_row_at_index (self->alternatives_list, (int) n);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
vw_overview_page_bind (VwPage      *page,
                       VwDocument  *document,
                       VwCaseModel *case_model)
{
  VwOverviewPage *self = VW_OVERVIEW_PAGE (page);
  GListModel *alternatives = document != NULL
    ? vw_document_get_items (document, VW_ITEM_ALTERNATIVE) : NULL;

  if (self->alternatives != NULL)
    g_signal_handlers_disconnect_by_data (self->alternatives, self);
  gtk_list_box_bind_model (self->alternatives_list, NULL, NULL, NULL, NULL);
  g_set_object (&self->alternatives, alternatives);

  if (document == NULL)
    {
      update_alternative_actions (self);
      return;
    }

  vw_page_follow (page, "item-changed", G_CALLBACK (on_item_changed_cb));
  vw_page_follow (page, "notify::read-only", G_CALLBACK (on_read_only_changed_cb));
  gtk_list_box_bind_model (self->alternatives_list, self->alternatives,
                           create_alternative_row, self, NULL);
  g_signal_connect_swapped (self->alternatives, "items-changed",
                            G_CALLBACK (on_alternatives_changed_cb), self);

  show_details (self);
  show_readiness (self);
  on_read_only_changed_cb (self);
}

static void
build_criteria (VwOverviewPage *self)
{
  static const char * const answers[] = {
    NC_("selection criterion", "Not assessed"), NC_("selection criterion", "No"),
    NC_("selection criterion", "Partly"), NC_("selection criterion", "Yes"), NULL
  };
  const char *translated[G_N_ELEMENTS (answers)];

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    translated[i] = answers[i] != NULL ? g_dpgettext2 (NULL, "selection criterion", answers[i])
                                       : NULL;

  for (guint c = 0; c < VW_N_CRITERIA; c++)
    {
      GtkWidget *row = vw_plain_row (adw_action_row_new ());
      GtkWidget *dropdown = gtk_drop_down_new_from_strings (translated);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vw_criterion_get_question (c));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), vw_criterion_get_hint (c));
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (dropdown, 150, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      vw_criterion_get_question (c), -1);
      g_object_set_data (G_OBJECT (dropdown), "criterion", GUINT_TO_POINTER (c));
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_criterion_selected_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), dropdown);
      gtk_list_box_append (self->criteria_list, row);
      self->criteria[c] = GTK_DROP_DOWN (dropdown);
    }
}

static void
vw_overview_page_dispose (GObject *object)
{
  VwOverviewPage *self = VW_OVERVIEW_PAGE (object);

  /* The base class unbinds the case (calling bind with NULL) before the template goes. */
  G_OBJECT_CLASS (vw_overview_page_parent_class)->dispose (object);
  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_OVERVIEW_PAGE);
}

static void
vw_overview_page_class_init (VwOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VwPageClass *page_class = VW_PAGE_CLASS (klass);

  object_class->dispose = vw_overview_page_dispose;
  page_class->bind = vw_overview_page_bind;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/valueworkbench/ValueWorkbench/"
                                               "vw-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, content);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, customer_row);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, segment_row);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, opportunity_row);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, currency_row);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, horizon_spin);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, horizon_row);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, start_calendar);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, alternatives_list);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, criteria_list);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, score_label);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, score_bar);
  gtk_widget_class_bind_template_child (widget_class, VwOverviewPage, advice_label);
  gtk_widget_class_bind_template_callback (widget_class, on_text_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_horizon_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_start_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clear_cb);

  gtk_widget_class_install_action (widget_class, "overview.add-alternative", NULL,
                                   add_alternative_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "overview.add-alternative", NULL);
}

static void
vw_overview_page_init (VwOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_level_bar_add_offset_value (self->score_bar, GTK_LEVEL_BAR_OFFSET_LOW, 50);
  gtk_level_bar_add_offset_value (self->score_bar, GTK_LEVEL_BAR_OFFSET_HIGH, 75);
  gtk_level_bar_add_offset_value (self->score_bar, GTK_LEVEL_BAR_OFFSET_FULL, 100);
  build_criteria (self);
  update_alternative_actions (self);
}

GtkWidget *
vw_overview_page_new (void)
{
  return g_object_new (VW_TYPE_OVERVIEW_PAGE, NULL);
}
