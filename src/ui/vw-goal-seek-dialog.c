/* vw-goal-seek-dialog.c: which value of an input makes a figure reach a target
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "What availability makes the contract pay back in 2 years?" The engine's goal seek
 * (vw_goal_seek) runs on the window's evaluation context, so the active scenario and the
 * session's overrides hold, and it puts the input back when it is done; only Apply changes
 * the case, as one undoable command (vw_input_commit).
 */

#define G_LOG_DOMAIN "vw-goal-seek-dialog"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-goal-seek-dialog.h"
#include "vw-input-row.h"
#include "vw-sensitivity.h"
#include "vw-unit-format.h"
#include "vw-value-parse.h"
#include "vw-plain-row.h"

struct _VwGoalSeekDialog
{
  AdwWindow      parent_instance;

  VwCaseModel   *case_model;
  GArray        *outputs;      /* guint: formula variables, document order */
  GArray        *inputs;       /* guint: input variables */
  AdwComboRow   *output_row;
  AdwComboRow   *alternative_row;
  AdwEntryRow   *target_row;
  AdwComboRow   *input_row;
  GtkLabel      *result_label;
  GtkButton     *apply_button;

  gboolean       solved;
  double         solution;
  guint          solved_input;
  guint          solved_alternative;
};

G_DEFINE_FINAL_TYPE (VwGoalSeekDialog, vw_goal_seek_dialog, ADW_TYPE_WINDOW)

static const char *
currency_of (VwGoalSeekDialog *self)
{
  return vw_item_get_string (VW_ITEM (vw_document_get_meta (vw_case_model_get_document (self->case_model))),
                             "currency");
}

static void
format_of (VwGoalSeekDialog *self,
           guint             variable,
           VwValueFormat    *format)
{
  vw_value_format_for_unit (vw_item_get_string (VW_ITEM (vw_case_model_get_variable (self->case_model,
                                                                                     variable)),
                                                "unit"),
                            currency_of (self), format);
}

static void
show_result (VwGoalSeekDialog *self,
             const char       *text,
             gboolean          solved)
{
  gtk_label_set_label (self->result_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->result_label), TRUE);
  if (solved)
    gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->result_label), "error");
  self->solved = solved;
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), solved);
}

/**
 * vw_goal_seek_dialog_solve:
 * @target: the target as the user types it
 * @solution: (out) (optional): the input's value that reaches it
 *
 * Returns: whether a solution was found (the dialog shows it, or why not)
 */
gboolean
vw_goal_seek_dialog_solve (VwGoalSeekDialog *self,
                           const char       *target,
                           double           *solution)
{
  const VwNumberLocale *locale = vw_number_locale_from_environment ();
  guint output, input, alt;
  VwValueFormat out_format, in_format;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  VwEvalContext *ctx;
  double goal, x, lo, hi, found;

  g_return_val_if_fail (VW_IS_GOAL_SEEK_DIALOG (self), FALSE);

  if (self->outputs->len == 0 || self->inputs->len == 0)
    return FALSE;
  output = g_array_index (self->outputs, guint, adw_combo_row_get_selected (self->output_row));
  input = g_array_index (self->inputs, guint, adw_combo_row_get_selected (self->input_row));
  alt = adw_combo_row_get_selected (self->alternative_row);
  format_of (self, output, &out_format);
  format_of (self, input, &in_format);

  if (!vw_value_parse (locale, &out_format, target, &goal))
    {
      text = g_strdup_printf (_("“%s” is not a number"), target);
      show_result (self, text, FALSE);
      return FALSE;
    }

  vw_case_model_evaluate (self->case_model);
  ctx = vw_case_model_get_context (self->case_model);
  x = vw_case_model_get_effective_input (self->case_model, input, alt);
  /* From 0 to ten times the input (the other way round for a negative one). */
  lo = x >= 0 ? 0 : 10 * x;
  hi = x > 0 ? 10 * x : (x < 0 ? 0 : 100);
  if (in_format.kind == VW_VALUE_PERCENT && x >= 0 && x <= 1)
    hi = 1;

  if (!vw_goal_seek (ctx, vw_case_model_get_engine_index (self->case_model, input), (int) alt,
                     vw_case_model_get_engine_index (self->case_model, output), (int) alt,
                     goal, lo, hi, &found, &error))
    {
      g_autofree char *from = vw_format_value (locale, &in_format, lo, VW_FORMAT_EXACT);
      g_autofree char *to = vw_format_value (locale, &in_format, hi, VW_FORMAT_EXACT);

      /* Translators: goal seek failed: "No value of Availability from 0% to 100% reaches it: …" */
      text = g_strdup_printf (_("No value of %s from %s to %s reaches it: %s"),
                              vw_item_get_display_name (VW_ITEM (vw_case_model_get_variable (self->case_model, input))),
                              from, to, error->message);
      show_result (self, text, FALSE);
      return FALSE;
    }
  /* The engine put the input back; the figures shown are as before. */
  vw_eval_context_evaluate (ctx);

  {
    g_autofree char *value = vw_format_value (locale, &in_format, found, VW_FORMAT_EXACT);
    g_autofree char *now = vw_format_value (locale, &in_format, x, VW_FORMAT_EXACT);

    /* Translators: "Availability = 95.3% (now 94%)" */
    text = g_strdup_printf (_("%s = %s (now %s)"),
                            vw_item_get_display_name (VW_ITEM (vw_case_model_get_variable (self->case_model, input))),
                            value, now);
  }
  self->solution = found;
  self->solved_input = input;
  self->solved_alternative = alt;
  show_result (self, text, TRUE);
  if (solution != NULL)
    *solution = found;
  return TRUE;
}

/* Puts the solution into the case (one undoable command). */
gboolean
vw_goal_seek_dialog_apply (VwGoalSeekDialog *self)
{
  g_return_val_if_fail (VW_IS_GOAL_SEEK_DIALOG (self), FALSE);

  if (!self->solved)
    return FALSE;
  vw_document_break_merge (vw_case_model_get_document (self->case_model));
  vw_input_commit (self->case_model, self->solved_input, self->solved_alternative, self->solution);
  vw_document_break_merge (vw_case_model_get_document (self->case_model));
  return TRUE;
}

const char *
vw_goal_seek_dialog_get_message (VwGoalSeekDialog *self)
{
  g_return_val_if_fail (VW_IS_GOAL_SEEK_DIALOG (self), NULL);

  return gtk_label_get_label (self->result_label);
}

static void
on_find_cb (VwGoalSeekDialog *self)
{
  vw_goal_seek_dialog_solve (self, gtk_editable_get_text (GTK_EDITABLE (self->target_row)), NULL);
}

static void
on_apply_cb (VwGoalSeekDialog *self)
{
  if (vw_goal_seek_dialog_apply (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
on_selection_changed_cb (VwGoalSeekDialog *self)
{
  self->solved = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->result_label), FALSE);
}

static guint
find_index (GArray   *indices,
            VwCaseModel *cm,
            const char *id)
{
  for (guint i = 0; i < indices->len; i++)
    if (g_strcmp0 (vw_item_get_id (VW_ITEM (vw_case_model_get_variable (cm, g_array_index (indices, guint, i)))), id) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

/* Chooses the figure and the input by their ids (tests, a caller's default). */
void
vw_goal_seek_dialog_select (VwGoalSeekDialog *self,
                            const char       *output,
                            const char       *input)
{
  guint o, i;

  g_return_if_fail (VW_IS_GOAL_SEEK_DIALOG (self));

  o = find_index (self->outputs, self->case_model, output);
  i = find_index (self->inputs, self->case_model, input);
  if (o != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->output_row, o);
  if (i != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->input_row, i);
}

static void
vw_goal_seek_dialog_dispose (GObject *object)
{
  VwGoalSeekDialog *self = VW_GOAL_SEEK_DIALOG (object);

  g_clear_object (&self->case_model);
  g_clear_pointer (&self->outputs, g_array_unref);
  g_clear_pointer (&self->inputs, g_array_unref);

  G_OBJECT_CLASS (vw_goal_seek_dialog_parent_class)->dispose (object);
}

static void
vw_goal_seek_dialog_class_init (VwGoalSeekDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vw_goal_seek_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
vw_goal_seek_dialog_init (VwGoalSeekDialog *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Goal Seek"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, -1);
  self->outputs = g_array_new (FALSE, FALSE, sizeof (guint));
  self->inputs = g_array_new (FALSE, FALSE, sizeof (guint));
}

static AdwComboRow *
combo_row (const char    *title,
           GtkStringList *names)
{
  GtkWidget *row = vw_plain_row (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  return ADW_COMBO_ROW (row);
}

/**
 * vw_goal_seek_dialog_new:
 * @alternative: the alternative chosen at first (document order)
 *
 * Returns: (transfer none): the dialog, presented
 */
GtkWidget *
vw_goal_seek_dialog_new (GtkWindow   *parent,
                         VwCaseModel *case_model,
                         guint        alternative)
{
  VwGoalSeekDialog *self;
  g_autoptr(GtkStringList) outputs = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) inputs = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) alts = gtk_string_list_new (NULL);
  GtkWidget *box, *header, *content, *group, *buttons, *find;

  g_return_val_if_fail (VW_IS_CASE_MODEL (case_model), NULL);

  self = g_object_new (VW_TYPE_GOAL_SEEK_DIALOG, "transient-for", parent, NULL);
  self->case_model = g_object_ref (case_model);
  for (guint v = 0; v < vw_case_model_get_n_variables (case_model); v++)
    {
      VwVariable *var = vw_case_model_get_variable (case_model, v);

      g_array_append_val (vw_variable_is_formula (var) ? self->outputs : self->inputs, v);
      gtk_string_list_append (vw_variable_is_formula (var) ? outputs : inputs,
                              vw_item_get_display_name (VW_ITEM (var)));
    }
  for (guint a = 0; a < vw_case_model_get_n_alternatives (case_model); a++)
    gtk_string_list_append (alts, vw_item_get_display_name (VW_ITEM (vw_case_model_get_alternative (case_model, a))));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Find the value of one input that makes a figure reach "
                                           "your target, all else as it is."));
  self->output_row = combo_row (_("_Figure"), outputs);
  self->alternative_row = combo_row (_("_For"), alts);
  adw_combo_row_set_selected (self->alternative_row, alternative);
  self->target_row = ADW_ENTRY_ROW (vw_plain_row (adw_entry_row_new ()));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->target_row), _("_Should become"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->target_row), TRUE);
  g_signal_connect_swapped (self->target_row, "entry-activated", G_CALLBACK (on_find_cb), self);
  self->input_row = combo_row (_("By changing _input"), inputs);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->output_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->alternative_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->target_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->input_row));
  gtk_box_append (GTK_BOX (content), group);
  g_signal_connect_swapped (self->output_row, "notify::selected",
                            G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->input_row, "notify::selected",
                            G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->alternative_row, "notify::selected",
                            G_CALLBACK (on_selection_changed_cb), self);

  self->result_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->result_label, TRUE);
  gtk_label_set_xalign (self->result_label, 0);
  gtk_label_set_selectable (self->result_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->result_label), "numeric");
  gtk_widget_set_visible (GTK_WIDGET (self->result_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->result_label));

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  find = gtk_button_new_with_mnemonic (_("_Find"));
  g_signal_connect_swapped (find, "clicked", G_CALLBACK (on_find_cb), self);
  gtk_box_append (GTK_BOX (buttons), find);
  self->apply_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Apply to the Case")));
  gtk_widget_add_css_class (GTK_WIDGET (self->apply_button), "suggested-action");
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), FALSE);
  g_signal_connect_swapped (self->apply_button, "clicked", G_CALLBACK (on_apply_cb), self);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->apply_button));
  gtk_box_append (GTK_BOX (content), buttons);

  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WIDGET (self);
}
