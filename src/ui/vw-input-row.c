/* vw-input-row.c: one input of the model: slider, exact entry, unit, source, uncertainty
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row edits the input where its effective value comes from (vw_case_model_get_input_origin):
 * a session override (--set) stays a session override, a value the active scenario overrides
 * is changed in the scenario, anything else in the case, for this alternative when it has a
 * value of its own and for every alternative when they share one. So the slider never moves
 * a value the model then ignores. Each change is one undoable command; a drag merges into one
 * (the document's merge window) and releasing the slider ends it.
 *
 * A dot in the accent colour marks a value changed from the template's; an accent background
 * a value changed in this meeting (since vw_input_row_start_meeting()).
 */

#define G_LOG_DOMAIN "vw-input-row"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-input-row.h"
#include "vw-uncertainty-editor.h"
#include "vw-value-parse.h"

struct _VwInputRow
{
  AdwActionRow          parent_instance;

  VwCaseModel          *case_model;
  VwVariable           *variable;
  guint                 index;
  guint                 alternative;

  GtkScale             *slider;
  GtkEntry             *entry;
  GtkLabel             *unit_label;
  GtkWidget            *template_dot;
  GtkLabel             *origin_tag;
  GtkMenuButton        *uncertainty_button;

  const VwNumberLocale *locale;
  VwValueFormat         format;
  double                value;
  double                meeting_value;   /* NAN: no meeting */
  gboolean              updating;        /* the row itself moves the slider */
};

G_DEFINE_FINAL_TYPE (VwInputRow, vw_input_row, ADW_TYPE_ACTION_ROW)

enum {
  SIGNAL_COMMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
alternative_id (VwInputRow *self)
{
  return vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (self->case_model,
                                                                 self->alternative)));
}

/* The slider's span, decided when the row is shown for an alternative and kept while the
 * value moves, so the handle never jumps under the pointer. */
static void
update_range (VwInputRow *self)
{
  GtkAdjustment *adj = gtk_range_get_adjustment (GTK_RANGE (self->slider));
  double lo, hi, v = self->value;

  if (self->format.kind == VW_VALUE_PERCENT && v >= 0 && v <= 1)
    lo = 0, hi = 1;
  else if (v > 0)
    lo = 0, hi = 2 * v;
  else if (v < 0)
    lo = 2 * v, hi = 0;
  else
    lo = 0, hi = 100;

  self->updating = TRUE;
  gtk_adjustment_configure (adj, v, lo, hi, (hi - lo) / 200, (hi - lo) / 20, 0);
  self->updating = FALSE;
}

/* Exact; the unit stands beside the entry, so a plain number is not followed by it. */
static char *
format_for_entry (VwInputRow *self,
                  double      value)
{
  VwValueFormat format = self->format;

  format.unit = NULL;
  return vw_format_value (self->locale, &format, value, VW_FORMAT_EXACT);
}

static void
show_value (VwInputRow *self)
{
  g_autofree char *text = format_for_entry (self, self->value);
  GtkAdjustment *adj = gtk_range_get_adjustment (GTK_RANGE (self->slider));

  self->updating = TRUE;
  if (!gtk_widget_has_focus (GTK_WIDGET (self->entry))
      || g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  if (self->value >= gtk_adjustment_get_lower (adj) && self->value <= gtk_adjustment_get_upper (adj))
    gtk_adjustment_set_value (adj, self->value);
  self->updating = FALSE;
}

static void
show_origin (VwInputRow    *self,
             VwInputOrigin  origin)
{
  const char *tag = NULL;
  double dflt;
  gboolean from_template;

  switch (origin)
    {
    case VW_INPUT_FROM_SCENARIO:
      tag = _("Scenario");
      break;
    case VW_INPUT_FROM_SESSION:
      tag = _("This session");
      break;
    case VW_INPUT_MISSING:
      tag = _("Missing");
      break;
    case VW_INPUT_FROM_TEMPLATE:
    case VW_INPUT_FROM_DOCUMENT:
    default:
      break;
    }
  gtk_label_set_label (self->origin_tag, tag != NULL ? tag : "");
  gtk_widget_set_visible (GTK_WIDGET (self->origin_tag), tag != NULL);

  from_template = origin == VW_INPUT_FROM_DOCUMENT
                  && vw_variable_get_default (self->variable, alternative_id (self), &dflt)
                  && dflt != self->value;
  gtk_widget_set_visible (self->template_dot, from_template);

  if (isfinite (self->meeting_value) && self->meeting_value != self->value)
    gtk_widget_add_css_class (GTK_WIDGET (self), "vw-changed-in-meeting");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "vw-changed-in-meeting");
}

/**
 * vw_input_row_refresh:
 *
 * Reads the input's effective value again (after an undo, a scenario switch…).
 */
void
vw_input_row_refresh (VwInputRow *self)
{
  VwInputOrigin origin;

  g_return_if_fail (VW_IS_INPUT_ROW (self));

  origin = vw_case_model_get_input_origin (self->case_model, self->index, self->alternative,
                                           &self->value);
  show_value (self);
  show_origin (self, origin);
}

/**
 * vw_input_commit:
 * @case_model: the window's case model
 * @variable: an input (document order)
 * @alternative: the alternative whose value changes (document order)
 *
 * Changes an input where its effective value comes from (see the top of this file): the
 * input rows and the goal seek dialog both go through here.
 */
void
vw_input_commit (VwCaseModel *case_model,
                 guint        variable,
                 guint        alternative,
                 double       value)
{
  VwDocument *doc = vw_case_model_get_document (case_model);
  VwVariable *var = vw_case_model_get_variable (case_model, variable);
  const char *var_id = vw_item_get_id (VW_ITEM (var));
  const char *alt = vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (case_model,
                                                                            alternative)));
  double x;

  g_return_if_fail (isfinite (value));

  switch (vw_case_model_get_input_origin (case_model, variable, alternative, &x))
    {
    case VW_INPUT_FROM_SESSION:
      /* Not a document change (no undo, not saved), as --set itself. */
      vw_case_model_set_override (case_model, var_id, alt, value, NULL);
      break;
    case VW_INPUT_FROM_SCENARIO:
      {
        VwScenario *scenario = (VwScenario *) vw_document_find (doc, VW_ITEM_SCENARIO,
                                                                vw_case_model_get_scenario (case_model));
        gboolean own = vw_value_table_lookup (vw_scenario_get_values (scenario), var_id, alt, &x);

        vw_document_set_override (doc, scenario, var_id, own ? alt : "", value);
      }
      break;
    case VW_INPUT_FROM_DOCUMENT:
    case VW_INPUT_FROM_TEMPLATE:
    case VW_INPUT_MISSING:
    default:
      {
        VwValueTable *values = vw_variable_get_values (var);
        gboolean own = vw_value_table_lookup (values, alt, VW_VARIABLE_INPUT, &x);
        gboolean shared = vw_value_table_lookup (values, "", VW_VARIABLE_INPUT, &x);

        vw_document_set_input (doc, var, own || !shared ? alt : "", value);
      }
      break;
    }
}

static void
commit_value (VwInputRow *self,
              double      value)
{
  if (!isfinite (value) || value == self->value)
    return;

  vw_input_commit (self->case_model, self->index, self->alternative, value);
  /* A session override is no document change: nobody else tells the row. */
  vw_input_row_refresh (self);
  g_signal_emit (self, signals[SIGNAL_COMMITTED], 0);
}

static void
on_slider_value_changed_cb (VwInputRow *self)
{
  if (self->updating)
    return;
  commit_value (self, gtk_range_get_value (GTK_RANGE (self->slider)));
}

static void
on_slider_released_cb (VwInputRow *self)
{
  vw_document_break_merge (vw_case_model_get_document (self->case_model));
}

/**
 * vw_input_row_set_text:
 * @text: a figure as the user types it, in their locale
 *
 * Returns: %FALSE when @text is not a number (the entry then shows the error)
 */
gboolean
vw_input_row_set_text (VwInputRow *self,
                       const char *text)
{
  double value;

  g_return_val_if_fail (VW_IS_INPUT_ROW (self), FALSE);

  if (!vw_value_parse (self->locale, &self->format, text, &value))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a number"), text);

      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), message);
      return FALSE;
    }

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), NULL);
  vw_document_break_merge (vw_case_model_get_document (self->case_model));
  commit_value (self, value);
  vw_document_break_merge (vw_case_model_get_document (self->case_model));
  /* A value beyond the slider's span widens it. */
  if (value < gtk_adjustment_get_lower (gtk_range_get_adjustment (GTK_RANGE (self->slider)))
      || value > gtk_adjustment_get_upper (gtk_range_get_adjustment (GTK_RANGE (self->slider))))
    update_range (self);
  vw_input_row_refresh (self);
  return TRUE;
}

static void
on_entry_activate_cb (VwInputRow *self)
{
  vw_input_row_set_text (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
}

static void
on_entry_focus_leave_cb (VwInputRow *self)
{
  g_autofree char *shown = format_for_entry (self, self->value);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), shown) != 0)
    vw_input_row_set_text (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
}

static void
vw_input_row_dispose (GObject *object)
{
  VwInputRow *self = VW_INPUT_ROW (object);

  g_clear_object (&self->case_model);
  g_clear_object (&self->variable);

  G_OBJECT_CLASS (vw_input_row_parent_class)->dispose (object);
}

static void
vw_input_row_class_init (VwInputRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vw_input_row_dispose;

  /**
   * VwInputRow::committed:
   *
   * The row changed the input (in the case, the scenario or the session).
   */
  signals[SIGNAL_COMMITTED] =
    g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
vw_input_row_init (VwInputRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkGesture *release = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->locale = vw_number_locale_from_environment ();
  self->meeting_value = NAN;
  gtk_widget_add_css_class (GTK_WIDGET (self), "vw-input-row");

  self->template_dot = gtk_label_new ("●");
  gtk_widget_add_css_class (self->template_dot, "accent");
  gtk_widget_add_css_class (self->template_dot, "vw-template-dot");
  gtk_widget_set_tooltip_text (self->template_dot, _("Changed from the template’s value"));
  gtk_widget_set_valign (self->template_dot, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->template_dot, FALSE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), self->template_dot);

  self->origin_tag = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->origin_tag), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->origin_tag), "vw-tag");
  gtk_widget_set_valign (GTK_WIDGET (self->origin_tag), GTK_ALIGN_CENTER);
  gtk_widget_set_visible (GTK_WIDGET (self->origin_tag), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->origin_tag));

  self->slider = GTK_SCALE (gtk_scale_new (GTK_ORIENTATION_HORIZONTAL, NULL));
  gtk_scale_set_draw_value (self->slider, FALSE);
  gtk_widget_set_size_request (GTK_WIDGET (self->slider), 100, -1);
  gtk_widget_set_valign (GTK_WIDGET (self->slider), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->slider, "value-changed",
                            G_CALLBACK (on_slider_value_changed_cb), self);
  /* Observe the release without taking the drag from the scale. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (release), GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (release, "released", G_CALLBACK (on_slider_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->slider), GTK_EVENT_CONTROLLER (release));
  /* The wheel scrolls the page: a slider under the pointer must not change an input. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (self->slider));

    for (guint i = g_list_model_get_n_items (controllers); i > 0; i--)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i - 1);

        if (GTK_IS_EVENT_CONTROLLER_SCROLL (c))
          gtk_widget_remove_controller (GTK_WIDGET (self->slider), c);
      }
  }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->slider));

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 12);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->entry), 16);
  gtk_entry_set_alignment (self->entry, 1.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->entry), "numeric");
  gtk_widget_set_valign (GTK_WIDGET (self->entry), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_entry_activate_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_entry_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), focus);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));

  self->unit_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->unit_label), "dim-label");
  gtk_label_set_xalign (self->unit_label, 0);
  gtk_label_set_width_chars (self->unit_label, 6);
  gtk_label_set_max_width_chars (self->unit_label, 8);
  gtk_label_set_ellipsize (self->unit_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_valign (GTK_WIDGET (self->unit_label), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->unit_label));

  self->uncertainty_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->uncertainty_button, "media-playlist-shuffle-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (self->uncertainty_button), "flat");
  gtk_widget_set_valign (GTK_WIDGET (self->uncertainty_button), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->uncertainty_button));

  adw_action_row_add_suffix (ADW_ACTION_ROW (self), box);
}

static void
update_uncertainty_button (VwInputRow *self)
{
  const char *kind = vw_item_get_string (VW_ITEM (self->variable), "distribution");
  gboolean uncertain = kind != NULL && !g_str_equal (kind, "none");
  g_autofree char *tip = NULL;

  tip = uncertain ? g_strdup_printf (_("Uncertainty: %s"), vw_uncertainty_kind_label (kind))
                  : g_strdup (_("Uncertainty: none"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->uncertainty_button), tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->uncertainty_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  if (uncertain)
    gtk_widget_remove_css_class (GTK_WIDGET (self->uncertainty_button), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->uncertainty_button), "dim-label");
}

static void
on_variable_notify_cb (VwInputRow *self)
{
  update_uncertainty_button (self);
}

/**
 * vw_input_row_new:
 * @case_model: the window's case model
 * @variable: an input of its document (document order)
 */
GtkWidget *
vw_input_row_new (VwCaseModel *case_model,
                  guint        variable)
{
  VwInputRow *self;
  VwDocument *doc;
  const char *unit, *source, *label;
  g_autofree char *accessible = NULL;

  g_return_val_if_fail (VW_IS_CASE_MODEL (case_model), NULL);
  g_return_val_if_fail (variable < vw_case_model_get_n_variables (case_model), NULL);

  self = g_object_new (VW_TYPE_INPUT_ROW, NULL);
  self->case_model = g_object_ref (case_model);
  self->index = variable;
  self->variable = g_object_ref (vw_case_model_get_variable (case_model, variable));
  doc = vw_case_model_get_document (case_model);

  label = vw_item_get_display_name (VW_ITEM (self->variable));
  unit = vw_item_get_string (VW_ITEM (self->variable), "unit");
  source = vw_item_get_string (VW_ITEM (self->variable), "source");
  /* Labels are the case's text ("Fixed O&M cost"), not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), label);
  if (source != NULL && source[0] != '\0')
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), source);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 2);
    }
  vw_document_value_format (doc, unit, &self->format);
  gtk_label_set_label (self->unit_label, unit != NULL ? unit : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->unit_label), unit);

  if (vw_document_is_internal (doc, VW_ITEM (self->variable), NULL))
    {
      GtkWidget *lock = gtk_image_new_from_icon_name ("changes-prevent-symbolic");

      gtk_widget_set_tooltip_text (lock, _("Internal: never shown to the customer"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (self), lock);
      gtk_widget_add_css_class (GTK_WIDGET (self), "internal");
    }

  /* Screen readers and tests find the controls by the input's name. */
  accessible = g_strdup_printf (_("%s, slider"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->slider),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_free (accessible);
  accessible = g_strdup_printf (_("%s, exact value"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  gtk_menu_button_set_popover (self->uncertainty_button,
                               vw_uncertainty_editor_new_popover (doc, self->variable));
  g_signal_connect_object (self->variable, "notify", G_CALLBACK (on_variable_notify_cb), self,
                           G_CONNECT_SWAPPED);
  update_uncertainty_button (self);

  vw_input_row_set_alternative (self, 0);
  return GTK_WIDGET (self);
}

guint
vw_input_row_get_variable (VwInputRow *self)
{
  g_return_val_if_fail (VW_IS_INPUT_ROW (self), 0);

  return self->index;
}

/* Which alternative's value the row shows and edits (document order). */
void
vw_input_row_set_alternative (VwInputRow *self,
                              guint       alternative)
{
  g_return_if_fail (VW_IS_INPUT_ROW (self));
  g_return_if_fail (alternative < vw_case_model_get_n_alternatives (self->case_model));

  self->alternative = alternative;
  vw_case_model_get_input_origin (self->case_model, self->index, alternative, &self->value);
  update_range (self);
  vw_input_row_refresh (self);
}

/**
 * vw_input_row_set_meeting_value:
 * @value: the input as the meeting started, for the alternative shown; NAN: no meeting
 *
 * A value that differs from it counts as changed in the meeting.
 */
void
vw_input_row_set_meeting_value (VwInputRow *self,
                                double      value)
{
  g_return_if_fail (VW_IS_INPUT_ROW (self));

  self->meeting_value = value;
  vw_input_row_refresh (self);
}

gboolean
vw_input_row_get_changed_in_meeting (VwInputRow *self)
{
  g_return_val_if_fail (VW_IS_INPUT_ROW (self), FALSE);

  return gtk_widget_has_css_class (GTK_WIDGET (self), "vw-changed-in-meeting");
}

gboolean
vw_input_row_get_changed_from_template (VwInputRow *self)
{
  g_return_val_if_fail (VW_IS_INPUT_ROW (self), FALSE);

  return gtk_widget_get_visible (self->template_dot);
}

double
vw_input_row_get_value (VwInputRow *self)
{
  g_return_val_if_fail (VW_IS_INPUT_ROW (self), NAN);

  return self->value;
}

GtkRange *
vw_input_row_get_slider (VwInputRow *self)
{
  g_return_val_if_fail (VW_IS_INPUT_ROW (self), NULL);

  return GTK_RANGE (self->slider);
}
