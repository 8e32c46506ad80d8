/* vw-presenter-window.c: the seller's side of a meeting: every control, the internal figures,
 * private notes, the audience; it drives the customer window
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The presenter edits the real case (undoable, like any page); VwPresentation carries each
 * change into the customer projection in the same dispatch, and each window redraws from its
 * own model before its next frame. "End Meeting" keeps a snapshot and shows what changed.
 */

#define G_LOG_DOMAIN "vw-presenter-window"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-case-figures.h"
#include "vw-presenter-window.h"
#include "vw-plain-row.h"

typedef struct
{
  VwVariable   *variable;
  AdwActionRow *row;
  GtkRange     *scale;
} InputControl;

struct _VwPresenterWindow
{
  AdwWindow         parent_instance;

  VwPresentation   *presentation;
  VwCustomerWindow *customer;
  const VwNumberLocale *locale;
  GArray           *inputs;       /* of InputControl */
  guint             tick_id;
  gboolean          updating;

  GtkStack         *stack;
  GtkDropDown      *audience_drop;
  GtkStringList    *audience_names;
  GPtrArray        *audience_ids;  /* NULL = the whole buying center, else stakeholder ids */
  GtkBox           *inputs_box;
  AdwPreferencesGroup *figures_group;
  AdwPreferencesGroup *internal_group;
  GtkLabel         *notes_label;
  GtkListBox       *changes_list;
  GHashTable       *change_rows;  /* VwMeetingChange key → its row in changes_list */
  GtkBox           *summary_box;
};

G_DEFINE_FINAL_TYPE (VwPresenterWindow, vw_presenter_window, ADW_TYPE_WINDOW)

static VwDocument *
document (VwPresenterWindow *self)
{
  return vw_presentation_get_document (self->presentation);
}

static VwCaseModel *
case_model (VwPresenterWindow *self)
{
  return vw_presentation_get_case_model (self->presentation);
}

/* ---- controls ---------------------------------------------------------------------------- */

/**
 * vw_presenter_window_set_input:
 *
 * What a slider does: sets @variable's input for the offer (or the input shared by every
 * alternative); drags within the merge window are one undo step.
 */
gboolean
vw_presenter_window_set_input (VwPresenterWindow *self,
                               const char        *variable,
                               double             value)
{
  VwVariable *var;

  g_return_val_if_fail (VW_IS_PRESENTER_WINDOW (self), FALSE);

  var = vw_document_find_variable (document (self), variable);
  if (var == NULL || vw_variable_is_formula (var))
    return FALSE;
  return vw_document_set_input (document (self), var,
                                vw_case_figures_input_key (case_model (self), var), value);
}

static void
on_scale_changed_cb (GtkRange          *scale,
                     VwPresenterWindow *self)
{
  InputControl *control = g_object_get_data (G_OBJECT (scale), "vw-control");

  if (!self->updating)
    vw_presenter_window_set_input (self, vw_item_get_id (VW_ITEM (control->variable)),
                                   gtk_range_get_value (scale));
}

static gboolean
on_scale_event_cb (GtkEventControllerLegacy *controller,
                   GdkEvent                 *event,
                   VwPresenterWindow        *self)
{
  if (gdk_event_get_event_type (event) == GDK_BUTTON_RELEASE)
    vw_document_break_merge (document (self));
  return GDK_EVENT_PROPAGATE;
}

/* A slider's range: the input's uncertainty or tornado range when it has one, else 0 to twice
 * the value; always wide enough for the value at the start of the meeting. */
static void
input_range (VwVariable *var,
             double      value,
             double     *low,
             double     *high)
{
  VwItem *item = VW_ITEM (var);
  const char *unit = vw_item_get_string (item, "unit");
  const char *dist = vw_item_get_string (item, "distribution");
  double factor = g_strcmp0 (vw_item_get_string (item, "scale"), "factor") == 0 ? value : 1.0;

  if (vw_item_is_set (item, "tornado-low") && vw_item_is_set (item, "tornado-high"))
    {
      *low = vw_item_get_double (item, "tornado-low") * factor;
      *high = vw_item_get_double (item, "tornado-high") * factor;
    }
  else if (dist != NULL && (g_str_equal (dist, "triangular") || g_str_equal (dist, "pert")))
    {
      *low = vw_item_get_double (item, "dist-a") * factor;
      *high = vw_item_get_double (item, "dist-c") * factor;
    }
  else if (dist != NULL && (g_str_equal (dist, "uniform") || g_str_equal (dist, "lognormal")))
    {
      *low = vw_item_get_double (item, "dist-a") * factor;
      *high = vw_item_get_double (item, "dist-b") * factor;
    }
  else if (g_strcmp0 (unit, "share") == 0 && value >= 0 && value <= 1)
    *low = 0, *high = 1;
  else if (value != 0)
    *low = MIN (0, 2 * value), *high = MAX (0, 2 * value);
  else
    *low = 0, *high = 1;

  if (*low > *high)
    {
      double t = *low;

      *low = *high;
      *high = t;
    }
  *low = MIN (*low, value);
  *high = MAX (*high, value);
  if (*high == *low)
    *high = *low + 1;
}

static AdwPreferencesGroup *
group_for (GHashTable *groups,
           GtkBox     *box,
           VwDocument *doc,
           VwVariable *var)
{
  const char *name = vw_item_get_string (VW_ITEM (var), "group");
  AdwPreferencesGroup *group;

  if (name == NULL)
    name = _("Inputs");
  group = g_hash_table_lookup (groups, name);
  if (group == NULL)
    {
      group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (group, name);
      g_hash_table_insert (groups, (gpointer) name, group);
      gtk_box_append (box, GTK_WIDGET (group));
    }
  /* The seller's own inputs are marked where they are, never hidden from the seller. */
  if (vw_document_is_internal (doc, VW_ITEM (var), NULL))
    gtk_widget_add_css_class (GTK_WIDGET (group), "internal");
  return group;
}

static void
build_inputs (VwPresenterWindow *self)
{
  VwCaseModel *cm = case_model (self);
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->inputs_box))) != NULL)
    gtk_box_remove (self->inputs_box, child);
  g_array_set_size (self->inputs, 0);

  vw_case_model_evaluate (cm);
  for (guint v = 0; v < vw_case_model_get_n_variables (cm); v++)
    {
      VwVariable *var = vw_case_model_get_variable (cm, v);
      const char *id = vw_item_get_id (VW_ITEM (var));
      InputControl control = { var, NULL, NULL };
      GtkWidget *scale;
      GtkEventController *legacy;
      double value, low, high;

      if (vw_variable_is_formula (var) || !vw_case_figures_get (cm, id, NULL, &value))
        continue;

      input_range (var, value, &low, &high);
      control.row = ADW_ACTION_ROW (vw_plain_row (adw_action_row_new ()));
      /* Labels are the seller's text, not markup ("O&M cost"). */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (control.row),
                                     vw_item_get_display_name (VW_ITEM (var)));
      scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, low, high, (high - low) / 200);
      gtk_scale_set_draw_value (GTK_SCALE (scale), FALSE);
      gtk_widget_set_size_request (scale, 220, -1);
      gtk_widget_set_valign (scale, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      vw_item_get_display_name (VW_ITEM (var)), -1);
      legacy = gtk_event_controller_legacy_new ();
      gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
      g_signal_connect (legacy, "event", G_CALLBACK (on_scale_event_cb), self);
      gtk_widget_add_controller (scale, legacy);
      adw_action_row_add_suffix (control.row, scale);
      control.scale = GTK_RANGE (scale);
      adw_preferences_group_add (group_for (groups, self->inputs_box, document (self), var),
                                 GTK_WIDGET (control.row));
      g_array_append_val (self->inputs, control);
    }

  /* Pointers into the array are stable only once it is complete. */
  for (guint i = 0; i < self->inputs->len; i++)
    {
      InputControl *control = &g_array_index (self->inputs, InputControl, i);

      g_object_set_data (G_OBJECT (control->scale), "vw-control", control);
      g_signal_connect (control->scale, "value-changed", G_CALLBACK (on_scale_changed_cb), self);
    }
}

/* ---- showing the case -------------------------------------------------------------------- */

static void
refresh_inputs (VwPresenterWindow *self)
{
  VwCaseModel *cm = case_model (self);

  for (guint i = 0; i < self->inputs->len; i++)
    {
      InputControl *control = &g_array_index (self->inputs, InputControl, i);
      const char *id = vw_item_get_id (VW_ITEM (control->variable));
      g_autofree char *text = vw_case_figures_format (cm, id, NULL, self->locale, 0);
      double value, start;

      if (vw_case_figures_get (cm, id, NULL, &value))
        gtk_range_set_value (control->scale, value);

      /* Changed in this meeting: highlighted, with the value it started from. */
      if (vw_presentation_input_changed (self->presentation, id)
          && vw_presentation_get_start_input (self->presentation, id, vw_case_figures_offer (cm), &start))
        {
          g_autofree char *before = vw_case_figures_format_as (cm, id, start, self->locale, 0);
          /* Translators: an input changed in the meeting: "€40.00, was €35.00" */
          g_autofree char *subtitle = g_strdup_printf (_("%s, was %s"), text, before);

          adw_action_row_set_subtitle (control->row, subtitle);
          gtk_widget_add_css_class (GTK_WIDGET (control->row), "vw-changed");
        }
      else
        {
          adw_action_row_set_subtitle (control->row, text != NULL ? text : "");
          gtk_widget_remove_css_class (GTK_WIDGET (control->row), "vw-changed");
        }
    }
}

static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  /* An unchanged figure is not laid out again. */
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
}

/* A row of the side panel: a title and a text beside it (figures) or below it (changes),
 * each one line that never wraps: a new figure costs one line's layout, not a paragraph's
 * at every width the list tries (AdwActionRow's labels wrap). */
static GtkWidget *
line_row_new (GtkOrientation   orientation,
              GtkLabel       **title,
              GtkLabel       **text)
{
  /* A preferences row, so that a preferences group puts it in its list. */
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (orientation, orientation == GTK_ORIENTATION_HORIZONTAL ? 12 : 2);

  *title = GTK_LABEL (gtk_label_new (NULL));
  *text = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (*title, 0);
  gtk_label_set_ellipsize (*title, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (*title), TRUE);
  gtk_label_set_xalign (*text, orientation == GTK_ORIENTATION_HORIZONTAL ? 1 : 0);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      gtk_label_set_ellipsize (*text, PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (GTK_WIDGET (*text), "dim-label");
    }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*title));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*text));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "vw-title", *title);
  g_object_set_data (G_OBJECT (row), "vw-text", *text);
  return row;
}

/* A row of figures: its key (a KPI or an internal figure) and the label with its value. */
typedef struct
{
  char      *key;
  GtkWidget *row;
  GtkLabel  *title;
  GtkLabel  *value;
} FigureRow;

static void
figure_row_free (gpointer data)
{
  FigureRow *f = data;

  g_free (f->key);
  g_free (f);
}

/* What a group of figures should show: key, title, value (NULL: not shown). */
typedef struct
{
  const char *key;
  const char *title;
  char       *value;
} Figure;


/* The group shows @figures in their order: rows are updated in place while the same figures
 * are shown (a slider step changes a few values, never the rows), rebuilt when that changes. */
static void
sync_figures (AdwPreferencesGroup *group,
              GPtrArray           *rows,
              Figure              *figures,
              guint                n_figures)
{
  guint shown = 0;
  gboolean same = TRUE;

  for (guint i = 0; i < n_figures; i++)
    if (figures[i].value != NULL)
      {
        same = same && shown < rows->len
               && g_str_equal (((FigureRow *) g_ptr_array_index (rows, shown))->key, figures[i].key);
        shown++;
      }

  if (!same || shown != rows->len)
    {
      for (guint i = 0; i < rows->len; i++)
        adw_preferences_group_remove (group, ((FigureRow *) g_ptr_array_index (rows, i))->row);
      g_ptr_array_set_size (rows, 0);
      for (guint i = 0; i < n_figures; i++)
        {
          FigureRow *f;

          if (figures[i].value == NULL)
            continue;
          f = g_new0 (FigureRow, 1);
          f->key = g_strdup (figures[i].key);
          f->row = line_row_new (GTK_ORIENTATION_HORIZONTAL, &f->title, &f->value);
          gtk_widget_add_css_class (GTK_WIDGET (f->value), "numeric");
          gtk_widget_add_css_class (GTK_WIDGET (f->value), "heading");
          adw_preferences_group_add (group, f->row);
          g_ptr_array_add (rows, f);
        }
    }

  shown = 0;
  for (guint i = 0; i < n_figures; i++)
    if (figures[i].value != NULL)
      {
        FigureRow *f = g_ptr_array_index (rows, shown++);

        set_label_text (f->title, figures[i].title);
        set_label_text (f->value, figures[i].value);
      }
}

static void
refresh_figures (VwPresenterWindow *self)
{
  VwCaseModel *cm = case_model (self);
  GListModel *kpis = vw_document_get_items (document (self), VW_ITEM_KPI);
  GPtrArray *rows = g_object_get_data (G_OBJECT (self->figures_group), "vw-rows");
  GPtrArray *internal_rows = g_object_get_data (G_OBJECT (self->internal_group), "vw-rows");
  static const struct { const char *id; const char *title; } internal[] = {
    { VW_VAR_PRICE, N_("Price") },
    { "customer_incentive", N_("Customer incentive") },
    { VW_VAR_OUR_COST, N_("Our cost") },
    { VW_VAR_PRICE_FLOOR, N_("Price floor") },
    { "margin", N_("Margin at this price") },
    { VW_VAR_WIN_PROBABILITY, N_("Win probability") },
  };
  guint n_kpis = g_list_model_get_n_items (kpis);
  g_autofree Figure *figures = g_new0 (Figure, MAX (n_kpis, G_N_ELEMENTS (internal)));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_kpis; i++)
    {
      VwItem *kpi = g_list_model_get_item (kpis, i);

      g_ptr_array_add (items, kpi);
      figures[i].key = vw_item_get_id (kpi);
      figures[i].title = vw_item_get_display_name (kpi);
      figures[i].value = vw_case_figures_format (cm, vw_item_get_string (kpi, "variable"),
                                                 NULL, self->locale, 0);
    }
  sync_figures (self->figures_group, rows, figures, n_kpis);
  for (guint i = 0; i < n_kpis; i++)
    g_free (figures[i].value);

  for (guint i = 0; i < G_N_ELEMENTS (internal); i++)
    {
      figures[i].key = internal[i].id;
      figures[i].title = _(internal[i].title);
      figures[i].value = vw_case_figures_format (cm, internal[i].id, NULL, self->locale, 0);
    }
  sync_figures (self->internal_group, internal_rows, figures, G_N_ELEMENTS (internal));
  for (guint i = 0; i < G_N_ELEMENTS (internal); i++)
    g_free (figures[i].value);
}

static void
refresh_notes (VwPresenterWindow *self)
{
  VwDocument *doc = document (self);
  GListModel *people = vw_document_get_items (doc, VW_ITEM_STAKEHOLDER);
  const char *negotiation = vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)),
                                                "negotiation-notes");
  const char *audience = vw_presentation_get_audience (self->presentation);
  const char *person_id = g_str_has_prefix (audience, "stakeholder:")
                          ? audience + strlen ("stakeholder:") : NULL;
  GString *notes = g_string_new (NULL);

  if (negotiation != NULL)
    g_string_append_printf (notes, "%s\n", negotiation);
  /* The notes on the person in the room, or on everyone when the whole center is. */
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(VwItem) person = g_list_model_get_item (people, i);
      const char *text = vw_item_get_string (person, "notes");

      if (text != NULL && (person_id == NULL || g_str_equal (person_id, vw_item_get_id (person))))
        g_string_append_printf (notes, "\n%s: %s", vw_item_get_display_name (person), text);
    }
  set_label_text (self->notes_label, notes->len > 0 ? notes->str : _("No private notes."));
  g_string_free (notes, TRUE);
}

/* The list of changes, updated in place: each change's row is found by its key, moved only
 * when the order changes, and its texts set only when they differ. */
static void
refresh_changes (VwPresenterWindow *self)
{
  g_autoptr(GPtrArray) changes = vw_presentation_list_changes (self->presentation);
  GtkWidget *row;
  int shown = 0;

  for (guint i = 0; i < changes->len; i++)
    {
      VwMeetingChange *c = g_ptr_array_index (changes, i);
      g_autofree char *subtitle = NULL;

      if (!c->changed)
        continue;
      row = g_hash_table_lookup (self->change_rows, c->key);
      if (row == NULL)
        {
          GtkLabel *title, *text;

          row = line_row_new (GTK_ORIENTATION_VERTICAL, &title, &text);
          g_object_set_data_full (G_OBJECT (row), "vw-key", g_strdup (c->key), g_free);
          g_hash_table_insert (self->change_rows, g_strdup (c->key), row);
          gtk_list_box_insert (self->changes_list, row, shown);
        }
      else if (gtk_list_box_get_row_at_index (self->changes_list, shown) != GTK_LIST_BOX_ROW (row))
        {
          g_object_ref (row);
          gtk_list_box_remove (self->changes_list, row);
          gtk_list_box_insert (self->changes_list, row, shown);
          g_object_unref (row);
        }
      set_label_text (g_object_get_data (G_OBJECT (row), "vw-title"), c->label);
      /* Translators: before → after in the list of changes of a meeting */
      subtitle = c->effect != NULL ? g_strdup_printf (_("%s → %s (%s)"), c->before, c->after, c->effect)
                                   : g_strdup_printf (_("%s → %s"), c->before, c->after);
      set_label_text (g_object_get_data (G_OBJECT (row), "vw-text"), subtitle);
      shown++;
    }

  /* What is left after the changes shown is no longer a change. */
  while ((row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->changes_list, shown))) != NULL)
    {
      g_hash_table_remove (self->change_rows, g_object_get_data (G_OBJECT (row), "vw-key"));
      gtk_list_box_remove (self->changes_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->changes_list), shown > 0);
}

/**
 * vw_presenter_window_refresh:
 *
 * Shows the case's current figures (done by itself before each frame that follows a change).
 */
void
vw_presenter_window_refresh (VwPresenterWindow *self)
{
  g_return_if_fail (VW_IS_PRESENTER_WINDOW (self));

  if (vw_presentation_get_ended (self->presentation))
    return;

  self->updating = TRUE;
  vw_case_model_evaluate (case_model (self));
  refresh_inputs (self);
  refresh_figures (self);
  refresh_notes (self);
  refresh_changes (self);
  self->updating = FALSE;
}

static gboolean
refresh_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  VwPresenterWindow *self = VW_PRESENTER_WINDOW (widget);

  self->tick_id = 0;
  vw_presenter_window_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (VwPresenterWindow *self)
{
  if (self->tick_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), refresh_tick_cb, NULL, NULL);
}

static void
on_structure_changed_cb (VwPresenterWindow *self)
{
  if (!vw_presentation_get_ended (self->presentation))
    build_inputs (self);
  queue_refresh (self);
}

static void
on_projection_changed_cb (VwPresenterWindow *self,
                          gboolean           rebuilt)
{
  const char *audience = vw_presentation_get_audience (self->presentation);

  if (rebuilt && self->customer != NULL)
    vw_customer_window_set_case (self->customer,
                                 vw_presentation_get_projection (self->presentation),
                                 vw_presentation_get_projection_model (self->presentation),
                                 g_str_has_prefix (audience, "stakeholder:")
                                 ? audience + strlen ("stakeholder:") : NULL);
}

/* ---- the audience ------------------------------------------------------------------------ */

static void
fill_audiences (VwPresenterWindow *self)
{
  GListModel *people = vw_document_get_items (document (self), VW_ITEM_STAKEHOLDER);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_set_size (self->audience_ids, 0);
  g_ptr_array_add (names, g_strdup (_("The Whole Buying Center")));
  g_ptr_array_add (self->audience_ids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(VwItem) person = g_list_model_get_item (people, i);
      const char *title = vw_item_get_string (person, "title");

      g_ptr_array_add (names, title != NULL
                              ? g_strdup_printf ("%s, %s", vw_item_get_display_name (person), title)
                              : g_strdup (vw_item_get_display_name (person)));
      g_ptr_array_add (self->audience_ids, g_strdup (vw_item_get_id (person)));
    }
  g_ptr_array_add (names, NULL);
  self->updating = TRUE;
  gtk_string_list_splice (self->audience_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->audience_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->audience_drop, 0);
  self->updating = FALSE;
}

static void
on_audience_selected_cb (VwPresenterWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->audience_drop);
  const char *id;
  g_autofree char *audience = NULL;

  if (self->updating || selected >= self->audience_ids->len)
    return;

  id = g_ptr_array_index (self->audience_ids, selected);
  audience = id != NULL ? g_strconcat ("stakeholder:", id, NULL) : g_strdup ("customer");
  vw_presentation_set_audience (self->presentation, audience);
  refresh_notes (self);
}

/* ---- the end of the meeting -------------------------------------------------------------- */

static void
attach_cell (GtkGrid    *grid,
             const char *text,
             int         column,
             int         row,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  gtk_label_set_wrap (GTK_LABEL (label), column == 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static GtkWidget *
changes_grid (GPtrArray  *changes,
              gboolean    kpis,
              const char *heading)
{
  GtkWidget *grid = gtk_grid_new ();
  int row = 1;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  attach_cell (GTK_GRID (grid), heading, 0, 0, "heading");
  attach_cell (GTK_GRID (grid), _("Before"), 1, 0, "heading");
  attach_cell (GTK_GRID (grid), _("After"), 2, 0, "heading");
  if (kpis)
    attach_cell (GTK_GRID (grid), _("Effect"), 3, 0, "heading");

  for (guint i = 0; i < changes->len; i++)
    {
      VwMeetingChange *c = g_ptr_array_index (changes, i);

      if (c->is_kpi != kpis)
        continue;
      attach_cell (GTK_GRID (grid), c->label, 0, row, NULL);
      attach_cell (GTK_GRID (grid), c->before, 1, row, NULL);
      attach_cell (GTK_GRID (grid), c->after, 2, row, c->changed ? "heading" : NULL);
      if (kpis)
        attach_cell (GTK_GRID (grid), c->effect, 3, row, c->changed ? "accent" : "dim-label");
      row++;
    }
  if (row == 1)
    {
      GtkWidget *none = gtk_label_new (kpis ? _("The case has no KPIs.") : _("No input was changed."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_grid_attach (GTK_GRID (grid), none, 0, 1, 4, 1);
    }
  return grid;
}

/**
 * vw_presenter_window_end_meeting:
 *
 * Keeps a snapshot of the inputs (one undoable step), closes the customer window and shows
 * what the meeting changed: each input before and after, and its effect on each KPI.
 */
void
vw_presenter_window_end_meeting (VwPresenterWindow *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  VwSnapshot *snapshot;
  GtkWidget *child;
  GtkWidget *title;

  g_return_if_fail (VW_IS_PRESENTER_WINDOW (self));

  if (vw_presentation_get_ended (self->presentation))
    return;

  changes = vw_presentation_list_changes (self->presentation);
  snapshot = vw_presentation_end (self->presentation, &error);
  if (self->customer != NULL)
    gtk_window_destroy (GTK_WINDOW (self->customer));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_box))) != NULL)
    gtk_box_remove (self->summary_box, child);
  title = gtk_label_new (snapshot != NULL
                         ? vw_item_get_string (VW_ITEM (snapshot), "name")
                         : error->message);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (self->summary_box, title);
  gtk_box_append (self->summary_box, changes_grid (changes, FALSE, _("Input")));
  gtk_box_append (self->summary_box, changes_grid (changes, TRUE, _("KPI")));
  gtk_stack_set_visible_child_name (self->stack, "summary");
  gtk_widget_set_sensitive (GTK_WIDGET (self->audience_drop), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presenter.end", FALSE);
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  vw_presenter_window_end_meeting (VW_PRESENTER_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  vw_document_undo (document (VW_PRESENTER_WINDOW (widget)));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  vw_document_redo (document (VW_PRESENTER_WINDOW (widget)));
}

/* ---- building ---------------------------------------------------------------------------- */

static GtkWidget *
side_group (const char           *title,
            AdwPreferencesGroup **group,
            gboolean              internal)
{
  GtkWidget *g = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (g), title);
  g_object_set_data_full (G_OBJECT (g), "vw-rows", g_ptr_array_new_with_free_func (figure_row_free),
                          (GDestroyNotify) g_ptr_array_unref);
  if (internal)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (g),
                                             _("Internal: never shown to the customer"));
      gtk_widget_add_css_class (g, "internal");
    }
  if (group != NULL)
    *group = ADW_PREFERENCES_GROUP (g);
  return g;
}

static GtkWidget *
scrolled (GtkWidget *child,
          int        width)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), child);
  gtk_widget_set_vexpand (scroller, TRUE);
  if (width > 0)
    gtk_widget_set_size_request (scroller, width, -1);
  else
    gtk_widget_set_hexpand (scroller, TRUE);
  gtk_widget_set_margin_start (child, 18);
  gtk_widget_set_margin_end (child, 18);
  gtk_widget_set_margin_top (child, 12);
  gtk_widget_set_margin_bottom (child, 18);
  return scroller;
}

static void
vw_presenter_window_build (VwPresenterWindow *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *end_button = gtk_button_new_with_mnemonic (_("_End Meeting"));
  GtkWidget *undo = gtk_button_new_from_icon_name ("edit-undo-symbolic");
  GtkWidget *redo = gtk_button_new_from_icon_name ("edit-redo-symbolic");
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *notes_group = side_group (_("Private Notes"), NULL, TRUE);
  GtkWidget *changes_group = side_group (_("Changed in This Meeting"), NULL, FALSE);
  GtkWidget *summary_scroller;

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Presenter"), NULL));
  self->audience_names = gtk_string_list_new (NULL);
  self->audience_drop = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->audience_names)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->audience_drop), _("Whose view the customer window shows"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->audience_drop), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Audience"), -1);
  g_signal_connect_swapped (self->audience_drop, "notify::selected",
                            G_CALLBACK (on_audience_selected_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->audience_drop));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (undo), "presenter.undo");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (redo), "presenter.redo");
  gtk_widget_set_tooltip_text (undo, _("Undo (Ctrl+Z)"));
  gtk_widget_set_tooltip_text (redo, _("Redo (Shift+Ctrl+Z)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (undo), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Undo"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (redo), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Redo"), -1);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), undo);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), redo);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (end_button), "presenter.end");
  gtk_widget_add_css_class (end_button, "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (end_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("End Meeting"), -1);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), end_button);
  gtk_box_append (GTK_BOX (outer), header);

  self->inputs_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_box_append (GTK_BOX (body), scrolled (GTK_WIDGET (self->inputs_box), -1));
  gtk_box_append (GTK_BOX (body), gtk_separator_new (GTK_ORIENTATION_VERTICAL));

  gtk_box_append (GTK_BOX (side), side_group (_("Customer’s KPIs"), &self->figures_group, FALSE));
  gtk_box_append (GTK_BOX (side), side_group (_("Negotiation Position"), &self->internal_group, TRUE));
  self->notes_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->notes_label, TRUE);
  gtk_label_set_xalign (self->notes_label, 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (notes_group), GTK_WIDGET (self->notes_label));
  gtk_box_append (GTK_BOX (side), notes_group);
  self->changes_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->changes_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->changes_list), "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (changes_group), GTK_WIDGET (self->changes_list));
  gtk_box_append (GTK_BOX (side), changes_group);
  gtk_box_append (GTK_BOX (body), scrolled (side, 400));

  self->summary_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  summary_scroller = scrolled (GTK_WIDGET (self->summary_box), -1);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, body, "meeting");
  gtk_stack_add_named (self->stack, summary_scroller, "summary");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), outer);
}

static gboolean
vw_presenter_window_close_request (GtkWindow *window)
{
  VwPresenterWindow *self = VW_PRESENTER_WINDOW (window);

  /* The customer window belongs to the meeting: it never stays on the projector alone. */
  if (self->customer != NULL)
    gtk_window_destroy (GTK_WINDOW (self->customer));
  return GTK_WINDOW_CLASS (vw_presenter_window_parent_class)->close_request (window);
}

static void
vw_presenter_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vw_presenter_window_parent_class)->map (widget);
  vw_presenter_window_refresh (VW_PRESENTER_WINDOW (widget));
}

static void
vw_presenter_window_dispose (GObject *object)
{
  VwPresenterWindow *self = VW_PRESENTER_WINDOW (object);

  if (self->presentation != NULL)
    {
      g_signal_handlers_disconnect_by_data (vw_presentation_get_document (self->presentation), self);
      g_signal_handlers_disconnect_by_data (self->presentation, self);
    }
  if (self->customer != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->customer), (gpointer *) &self->customer);
  self->customer = NULL;
  g_clear_object (&self->presentation);
  g_clear_object (&self->audience_names);
  g_clear_pointer (&self->audience_ids, g_ptr_array_unref);
  g_clear_pointer (&self->inputs, g_array_unref);
  g_clear_pointer (&self->change_rows, g_hash_table_unref);

  G_OBJECT_CLASS (vw_presenter_window_parent_class)->dispose (object);
}

static void
vw_presenter_window_class_init (VwPresenterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vw_presenter_window_dispose;
  widget_class->map = vw_presenter_window_map;
  window_class->close_request = vw_presenter_window_close_request;

  gtk_widget_class_install_action (widget_class, "presenter.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "presenter.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "presenter.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "presenter.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "presenter.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
vw_presenter_window_init (VwPresenterWindow *self)
{
  self->locale = vw_number_locale_from_environment ();
  self->inputs = g_array_new (FALSE, TRUE, sizeof (InputControl));
  self->audience_ids = g_ptr_array_new_with_free_func (g_free);
  self->change_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_window_set_default_size (GTK_WINDOW (self), 1200, 800);
  gtk_window_set_title (GTK_WINDOW (self), _("Presenter"));
  vw_presenter_window_build (self);
}

/**
 * vw_presenter_window_start:
 * @application: (nullable): the application the windows belong to
 * @document: the case
 * @case_model: (nullable): its compiled model (the main window's), or %NULL
 *
 * Starts a meeting: the presenter window, and the customer window on the second monitor when
 * there is one.
 *
 * Returns: (transfer none): the presenter window, shown
 */
VwPresenterWindow *
vw_presenter_window_start (GtkApplication *application,
                           VwDocument     *document,
                           VwCaseModel    *case_model)
{
  VwPresenterWindow *self;
  static const char * const doc_signals[] = { "item-changed", "value-changed" };

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);

  self = g_object_new (VW_TYPE_PRESENTER_WINDOW, NULL);
  if (application != NULL)
    gtk_window_set_application (GTK_WINDOW (self), application);
  self->presentation = vw_presentation_new (document, case_model);

  for (guint i = 0; i < G_N_ELEMENTS (doc_signals); i++)
    g_signal_connect_object (document, doc_signals[i], G_CALLBACK (queue_refresh), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (document, "item-added", G_CALLBACK (on_structure_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (document, "item-removed", G_CALLBACK (on_structure_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->presentation, "projection-changed",
                           G_CALLBACK (on_projection_changed_cb), self, G_CONNECT_SWAPPED);

  build_inputs (self);
  fill_audiences (self);

  self->customer = VW_CUSTOMER_WINDOW (vw_customer_window_new ());
  g_object_add_weak_pointer (G_OBJECT (self->customer), (gpointer *) &self->customer);
  if (application != NULL)
    gtk_window_set_application (GTK_WINDOW (self->customer), application);
  on_projection_changed_cb (self, TRUE);

  gtk_window_present (GTK_WINDOW (self));
  vw_customer_window_show_on_best_monitor (self->customer);
  return self;
}

VwPresentation *
vw_presenter_window_get_presentation (VwPresenterWindow *self)
{
  g_return_val_if_fail (VW_IS_PRESENTER_WINDOW (self), NULL);
  return self->presentation;
}

/**
 * vw_presenter_window_get_customer_window:
 *
 * Returns: (transfer none) (nullable): the customer window, %NULL once closed
 */
VwCustomerWindow *
vw_presenter_window_get_customer_window (VwPresenterWindow *self)
{
  g_return_val_if_fail (VW_IS_PRESENTER_WINDOW (self), NULL);
  return self->customer;
}
