/* vw-stakeholders-page.c: the buying center: map, table, details and coverage gaps
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map (chart 7), the table and the detail pane show the same people; selecting in one
 * selects in the others. Every edit is a document command: a drop on the map is one "Move"
 * step, whatever it changed. The map and the coverage warnings are rebuilt from the document
 * once per main-loop turn after any change, so a grouped command redraws them once.
 */

#define G_LOG_DOMAIN "vw-stakeholders-page"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-case-charts.h"
#include "vw-chart-view.h"
#include "vw-coverage.h"
#include "vw-stakeholder-details.h"
#include "vw-stakeholder-table.h"
#include "vw-stakeholders-page.h"
#include "vw-plain-row.h"

struct _VwStakeholdersPage
{
  VwPage                parent_instance;

  GPtrArray            *gaps;
  guint                 refresh_id;
  gboolean              syncing;

  /* Template widgets */
  AdwFlap              *flap;
  VwStakeholderDetails *details;
  GtkListBox           *coverage_list;
  VwChartView          *map;
  VwStakeholderTable   *table;
};

G_DEFINE_FINAL_TYPE (VwStakeholdersPage, vw_stakeholders_page, VW_TYPE_PAGE)

static VwDocument *
page_document (VwStakeholdersPage *self)
{
  return vw_page_get_document (VW_PAGE (self));
}

static GListModel *
people (VwStakeholdersPage *self)
{
  return vw_document_get_items (page_document (self), VW_ITEM_STAKEHOLDER);
}

static guint
person_index (VwStakeholdersPage *self,
              VwItem             *person)
{
  guint position;

  if (person != NULL && g_list_store_find (G_LIST_STORE (people (self)), person, &position))
    return position;

  return GTK_INVALID_LIST_POSITION;
}

/* The chart's second line names what the person cares about; the seller also wants their
 * goals when hovering. */
static void
add_goals (VwStakeholdersPage *self,
           VwChartData        *data)
{
  for (guint i = 0; i < data->points->len; i++)
    {
      VwChartPoint *point = &g_array_index (data->points, VwChartPoint, i);
      g_autoptr(VwItem) person = g_list_model_get_item (people (self), i);
      const char *goals = person != NULL ? vw_item_get_string (person, "goals") : NULL;
      g_autofree char *line = NULL;
      char *detail;

      if (goals == NULL || *goals == '\0')
        continue;
      line = g_strdup_printf (_("Goals: %s"), goals);
      detail = point->detail != NULL ? g_strconcat (line, "\n", point->detail, NULL)
                                     : g_steal_pointer (&line);
      g_free (point->detail);
      point->detail = detail;
    }
}

static void
refresh_map (VwStakeholdersPage *self)
{
  VwCaseChartOptions options = {
    .locale = vw_number_locale_from_environment (),
    .internal = TRUE,
    .titles = FALSE,
  };
  g_autoptr(VwChartData) data = NULL;
  VwItem *selected = vw_stakeholders_page_get_selected (self);

  if (vw_page_get_case_model (VW_PAGE (self)) != NULL)
    data = vw_case_chart_stakeholder_map (vw_page_get_case_model (VW_PAGE (self)), &options);
  if (data != NULL)
    add_goals (self, data);
  vw_chart_view_set_data (self->map, data);

  self->syncing = TRUE;
  vw_chart_view_set_focus_item (self->map, selected != NULL ? (int) person_index (self, selected)
                                                            : -1);
  self->syncing = FALSE;
}

static void fix_gap (VwStakeholdersPage *self,
                     VwGap              *gap);

static void
on_fix_clicked_cb (GtkButton          *button,
                   VwStakeholdersPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "vw-gap"));

  if (self->gaps != NULL && index < self->gaps->len)
    fix_gap (self, g_ptr_array_index (self->gaps, index));
}

static const char *
fix_label (VwGap *gap)
{
  switch (gap->fix)
    {
    case VW_GAP_FIX_DESELECT_ELEMENT:
      return _("_Deselect");
    case VW_GAP_FIX_ADD_OUTSIDE:
      return _("Add _Outside Party");
    case VW_GAP_FIX_SHOW_PERSON:
    default:
      return gap->subject != NULL ? _("_Open") : _("_Choose Champion");
    }
}

static gboolean
same_gaps (GPtrArray *a,
           GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      VwGap *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);

      if (x->kind != y->kind || x->fix != y->fix || g_strcmp0 (x->subject, y->subject) != 0
          || g_strcmp0 (x->message, y->message) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
refresh_coverage (VwStakeholdersPage *self)
{
  g_autoptr(GPtrArray) gaps = NULL;
  GtkWidget *child;

  /* Most edits (a drop on the map) leave the warnings as they were: keep the rows then, so
   * the page is not laid out again. */
  gaps = page_document (self) != NULL ? vw_coverage_analyze (page_document (self)) : NULL;
  if (gaps != NULL && self->gaps != NULL && same_gaps (gaps, self->gaps)
      && gtk_widget_get_first_child (GTK_WIDGET (self->coverage_list)) != NULL)
    {
      g_ptr_array_unref (self->gaps);
      self->gaps = g_steal_pointer (&gaps);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->coverage_list))) != NULL)
    gtk_list_box_remove (self->coverage_list, child);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  if (gaps == NULL)
    return;

  self->gaps = g_steal_pointer (&gaps);
  if (self->gaps->len == 0)
    {
      GtkWidget *row = vw_plain_row (adw_action_row_new ());
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("The buying center is covered: a champion, quantified "
                                       "value for every decision maker, no ignored party."));
      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->coverage_list, row);
      return;
    }

  for (guint i = 0; i < self->gaps->len; i++)
    {
      VwGap *gap = g_ptr_array_index (self->gaps, i);
      GtkWidget *row = vw_plain_row (adw_action_row_new ());
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *button = gtk_button_new_with_mnemonic (fix_label (gap));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gap->message);
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Warning"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, gap->message, -1);
      g_object_set_data (G_OBJECT (button), "vw-gap", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (on_fix_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->coverage_list, row);
    }
}

static gboolean
refresh_cb (gpointer user_data)
{
  VwStakeholdersPage *self = user_data;

  self->refresh_id = 0;
  refresh_map (self);
  refresh_coverage (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (VwStakeholdersPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, refresh_cb, self, NULL);
}

static void
show_toast (VwStakeholdersPage *self,
            const char         *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

VwItem *
vw_stakeholders_page_get_selected (VwStakeholdersPage *self)
{
  g_return_val_if_fail (VW_IS_STAKEHOLDERS_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (vw_stakeholder_table_get_selection (self->table));
}

/**
 * vw_stakeholders_page_select:
 * @person: (nullable): the stakeholder to select, in the table, the map and the details
 * @show_details: slide the detail pane in
 */
void
vw_stakeholders_page_select (VwStakeholdersPage *self,
                             VwItem             *person,
                             gboolean            show_details)
{
  guint index;

  g_return_if_fail (VW_IS_STAKEHOLDERS_PAGE (self));

  index = page_document (self) != NULL ? person_index (self, person) : GTK_INVALID_LIST_POSITION;
  gtk_single_selection_set_selected (vw_stakeholder_table_get_selection (self->table), index);
  if (show_details && index != GTK_INVALID_LIST_POSITION)
    adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
on_selection_changed_cb (VwStakeholdersPage *self)
{
  VwItem *person = vw_stakeholders_page_get_selected (self);

  vw_stakeholder_details_set_person (self->details, page_document (self), person);
  if (person == NULL)
    adw_flap_set_reveal_flap (self->flap, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stakeholders.remove",
                                 person != NULL && !vw_document_get_read_only (page_document (self)));

  self->syncing = TRUE;
  vw_chart_view_set_focus_item (self->map, person != NULL ? (int) person_index (self, person) : -1);
  self->syncing = FALSE;
}

static void
on_map_focus_cb (VwStakeholdersPage *self)
{
  int focus = vw_chart_view_get_focus_item (self->map);

  if (self->syncing || page_document (self) == NULL || focus < 0)
    return;

  gtk_single_selection_set_selected (vw_stakeholder_table_get_selection (self->table),
                                     (guint) focus);
}

static void
on_map_item_activated_cb (VwStakeholdersPage *self,
                          int                 series,
                          int                 index)
{
  g_autoptr(VwItem) person = NULL;

  if (page_document (self) == NULL || index < 0)
    return;

  person = g_list_model_get_item (people (self), (guint) index);
  vw_stakeholders_page_select (self, person, TRUE);
}

static void
on_map_item_dragged_cb (VwStakeholdersPage *self,
                        guint               index,
                        double              x,
                        double              y)
{
  g_autoptr(VwItem) person = NULL;
  g_autofree char *label = NULL;
  gint64 attitude, influence;

  if (page_document (self) == NULL || vw_document_get_read_only (page_document (self)))
    return;
  person = g_list_model_get_item (people (self), index);
  if (person == NULL)
    return;

  /* The grid has whole steps: the drop snaps to the nearest cell. */
  attitude = CLAMP ((gint64) lround (x), -2, 2);
  influence = CLAMP ((gint64) lround (y), 1, 5);
  label = g_strdup_printf (_("Move %s"), vw_item_get_display_name (person));
  vw_document_begin_group (page_document (self), label);
  vw_document_set_int (page_document (self), person, "attitude", attitude);
  vw_document_set_int (page_document (self), person, "influence", influence);
  vw_document_end_group (page_document (self));
  vw_stakeholders_page_select (self, person, FALSE);
}

static void
on_item_changed_cb (VwStakeholdersPage *self,
                    VwItem             *item,
                    const char         *field)
{
  if (VW_IS_STAKEHOLDER (item) || VW_IS_VALUE_ELEMENT (item))
    queue_refresh (self);
}

static void
on_item_added_cb (VwStakeholdersPage *self,
                  VwItem             *item)
{
  if (VW_IS_STAKEHOLDER (item) || VW_IS_VALUE_ELEMENT (item))
    queue_refresh (self);
}

static void
on_item_removed_cb (VwStakeholdersPage *self,
                    VwItem             *item)
{
  if (item == vw_stakeholder_details_get_person (self->details))
    {
      adw_flap_set_reveal_flap (self->flap, FALSE);
      vw_stakeholder_details_set_person (self->details, page_document (self), NULL);
    }
  on_item_added_cb (self, item);
}

static char *
new_person_id (VwDocument *document)
{
  for (guint i = 1; ; i++)
    {
      g_autofree char *id = g_strdup_printf ("person_%u", i);

      if (vw_document_find (document, VW_ITEM_STAKEHOLDER, id) == NULL)
        return g_steal_pointer (&id);
    }
}

static void
add_person (VwStakeholdersPage *self,
            gboolean            outside)
{
  g_autofree char *id = NULL;
  g_autoptr(VwItem) person = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (page_document (self) != NULL);

  id = new_person_id (page_document (self));
  person = vw_item_new (VW_ITEM_STAKEHOLDER, id);
  vw_item_set_string (person, "name", outside ? _("New outside party") : _("New person"));
  if (outside)
    vw_item_set_bool (person, "outside", TRUE);
  if (!vw_document_add_item (page_document (self), person, -1, &error))
    {
      g_warning ("%s", error->message);
      return;
    }
  vw_stakeholders_page_select (self, person, TRUE);
  vw_stakeholder_details_focus (self->details, "name");
}

/* The most supportive person with some influence, to make champion. */
static VwItem *
champion_candidate (VwStakeholdersPage *self)
{
  GListModel *list = people (self);
  VwItem *best = NULL;
  gint64 best_score = G_MININT64;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VwItem) person = g_list_model_get_item (list, i);
      gint64 score = vw_item_get_int (person, "attitude") * 10 + vw_item_get_int (person, "influence");

      if (score > best_score)
        {
          best_score = score;
          best = person;
        }
    }

  return best;
}

static void
fix_gap (VwStakeholdersPage *self,
         VwGap              *gap)
{
  switch (gap->fix)
    {
    case VW_GAP_FIX_SHOW_PERSON:
      {
        VwItem *person = gap->subject != NULL
          ? vw_document_find (page_document (self), VW_ITEM_STAKEHOLDER, gap->subject)
          : champion_candidate (self);

        vw_stakeholders_page_select (self, person, TRUE);
        vw_stakeholder_details_focus (self->details, gap->subject != NULL ? "attitude" : "role");
      }
      break;
    case VW_GAP_FIX_DESELECT_ELEMENT:
      {
        VwItem *element = vw_document_find (page_document (self), VW_ITEM_ELEMENT, gap->subject);
        g_autofree char *title = NULL;

        if (element != NULL && vw_document_set_bool (page_document (self), element, "selected", FALSE))
          {
            title = g_strdup_printf (_("“%s” deselected"), vw_item_get_display_name (element));
            show_toast (self, title);
          }
      }
      break;
    case VW_GAP_FIX_ADD_OUTSIDE:
      add_person (self, TRUE);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  add_person (VW_STAKEHOLDERS_PAGE (widget), FALSE);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VwStakeholdersPage *self = VW_STAKEHOLDERS_PAGE (widget);
  g_autoptr(VwItem) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (vw_stakeholders_page_get_selected (self) == NULL)
    return;

  person = g_object_ref (vw_stakeholders_page_get_selected (self));
  if (!vw_document_remove_item (page_document (self), person, &error))
    {
      g_warning ("%s", error->message);
      return;
    }
  title = g_strdup_printf (_("%s removed"), vw_item_get_display_name (person));
  show_toast (self, title);
}

static void
close_details_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VwStakeholdersPage *self = VW_STAKEHOLDERS_PAGE (widget);

  adw_flap_set_reveal_flap (self->flap, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->map));
}

static void
on_read_only_changed_cb (VwStakeholdersPage *self)
{
  gboolean editable = page_document (self) != NULL && !vw_document_get_read_only (page_document (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stakeholders.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stakeholders.remove",
                                 editable && vw_stakeholders_page_get_selected (self) != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->details), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->table), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->coverage_list), editable);
}

static void
vw_stakeholders_page_bind (VwPage      *page,
                           VwDocument  *document,
                           VwCaseModel *case_model)
{
  VwStakeholdersPage *self = VW_STAKEHOLDERS_PAGE (page);

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  adw_flap_set_reveal_flap (self->flap, FALSE);
  vw_stakeholder_details_set_person (self->details, document, NULL);
  vw_stakeholder_table_set_document (self->table, document);

  if (document != NULL)
    {
      vw_page_follow (page, "item-changed", G_CALLBACK (on_item_changed_cb));
      vw_page_follow (page, "item-added", G_CALLBACK (on_item_added_cb));
      vw_page_follow (page, "item-removed", G_CALLBACK (on_item_removed_cb));
      vw_page_follow (page, "notify::read-only", G_CALLBACK (on_read_only_changed_cb));
    }
  refresh_map (self);
  refresh_coverage (self);
  on_read_only_changed_cb (self);
}

static void
vw_stakeholders_page_dispose (GObject *object)
{
  VwStakeholdersPage *self = VW_STAKEHOLDERS_PAGE (object);

  G_OBJECT_CLASS (vw_stakeholders_page_parent_class)->dispose (object);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_STAKEHOLDERS_PAGE);
}

static void
vw_stakeholders_page_class_init (VwStakeholdersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  VwPageClass *page_class = VW_PAGE_CLASS (klass);

  object_class->dispose = vw_stakeholders_page_dispose;
  page_class->bind = vw_stakeholders_page_bind;

  g_type_ensure (VW_TYPE_CHART_VIEW);
  g_type_ensure (VW_TYPE_STAKEHOLDER_DETAILS);
  g_type_ensure (VW_TYPE_STAKEHOLDER_TABLE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/valueworkbench/ValueWorkbench/"
                                               "vw-stakeholders-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VwStakeholdersPage, flap);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholdersPage, details);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholdersPage, coverage_list);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholdersPage, map);
  gtk_widget_class_bind_template_child (widget_class, VwStakeholdersPage, table);

  gtk_widget_class_install_action (widget_class, "stakeholders.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "stakeholders.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "stakeholders.close-details", NULL,
                                   close_details_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "stakeholders.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "stakeholders.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "stakeholders.close-details", NULL);
}

static void
vw_stakeholders_page_init (VwStakeholdersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (vw_stakeholder_table_get_selection (self->table), "notify::selected",
                            G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->map, "notify::focus-item", G_CALLBACK (on_map_focus_cb), self);
  g_signal_connect_swapped (self->map, "item-activated", G_CALLBACK (on_map_item_activated_cb),
                            self);
  g_signal_connect_swapped (self->map, "item-dragged", G_CALLBACK (on_map_item_dragged_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stakeholders.remove", FALSE);
}

GtkWidget *
vw_stakeholders_page_new (void)
{
  return g_object_new (VW_TYPE_STAKEHOLDERS_PAGE, NULL);
}
