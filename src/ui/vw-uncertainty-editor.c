/* vw-uncertainty-editor.c: an input's distribution, with a small preview
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields are the variable's own (docs/file-format.md: distribution, scale, dist-a/b/c);
 * each change is one undoable command, and the editor follows the variable's notifications,
 * so an undo shows here at once. The preview draws the density from the engine's quantile
 * function (vw_distribution_quantile), the same the Monte Carlo draws from.
 */

#define G_LOG_DOMAIN "vw-uncertainty-editor"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-monte-carlo.h"
#include "vw-uncertainty-editor.h"

static const char * const kinds[] = {
  "none", "triangular", "pert", "normal", "lognormal", "uniform", "bernoulli", NULL
};
static const char * const params[] = { "dist-a", "dist-b", "dist-c" };

#define PREVIEW_BINS 48

struct _VwUncertaintyEditor
{
  GtkWidget       parent_instance;

  VwDocument     *document;
  VwVariable     *variable;

  GtkDropDown    *kind_dropdown;
  GtkDropDown    *scale_dropdown;
  GtkLabel       *param_labels[3];
  GtkSpinButton  *param_spins[3];
  GtkDrawingArea *preview;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (VwUncertaintyEditor, vw_uncertainty_editor, GTK_TYPE_WIDGET)

/**
 * vw_uncertainty_kind_label:
 * @kind: a distribution as the file names it ("pert")
 *
 * Returns: its name for people, translated
 */
const char *
vw_uncertainty_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "triangular") == 0)
    return _("Triangular");
  if (g_strcmp0 (kind, "pert") == 0)
    return _("PERT");
  if (g_strcmp0 (kind, "normal") == 0)
    return _("Normal");
  if (g_strcmp0 (kind, "lognormal") == 0)
    return _("Lognormal");
  if (g_strcmp0 (kind, "uniform") == 0)
    return _("Uniform");
  if (g_strcmp0 (kind, "bernoulli") == 0)
    return _("Yes or no (Bernoulli)");
  return _("None");
}

/* The parameters' names for a kind; NULL where it has none. */
static void
param_names (const char  *kind,
             const char **names)
{
  names[0] = names[1] = names[2] = NULL;
  if (g_str_equal (kind, "triangular") || g_str_equal (kind, "pert"))
    {
      names[0] = _("Minimum");
      names[1] = _("Most likely");
      names[2] = _("Maximum");
    }
  else if (g_str_equal (kind, "normal"))
    {
      names[0] = _("Mean");
      names[1] = _("Standard deviation");
    }
  else if (g_str_equal (kind, "lognormal"))
    {
      names[0] = _("P10");
      names[1] = _("P90");
    }
  else if (g_str_equal (kind, "uniform"))
    {
      names[0] = _("Minimum");
      names[1] = _("Maximum");
    }
  else if (g_str_equal (kind, "bernoulli"))
    names[0] = _("Probability");
}

static const char *
current_kind (VwUncertaintyEditor *self)
{
  const char *kind = vw_item_get_string (VW_ITEM (self->variable), "distribution");

  return kind != NULL ? kind : "none";
}

static gboolean
make_distribution (VwUncertaintyEditor *self,
                   VwDistribution      *d)
{
  const char *kind = current_kind (self);
  VwItem *item = VW_ITEM (self->variable);

  memset (d, 0, sizeof *d);
  d->a = vw_item_get_double (item, "dist-a");
  d->b = vw_item_get_double (item, "dist-b");
  d->c = vw_item_get_double (item, "dist-c");
  if (g_str_equal (kind, "triangular"))
    d->kind = VW_DIST_TRIANGULAR;
  else if (g_str_equal (kind, "pert"))
    d->kind = VW_DIST_PERT;
  else if (g_str_equal (kind, "normal"))
    d->kind = VW_DIST_NORMAL;
  else if (g_str_equal (kind, "lognormal"))
    d->kind = VW_DIST_LOGNORMAL;
  else if (g_str_equal (kind, "uniform"))
    d->kind = VW_DIST_UNIFORM;
  else
    return FALSE;

  return vw_distribution_check (d, NULL);
}

/* The density as a silhouette: how many of 2,000 evenly spaced quantiles fall in each bin. */
static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  VwUncertaintyEditor *self = VW_UNCERTAINTY_EDITOR (user_data);
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  guint bins[PREVIEW_BINS] = { 0 };
  guint peak = 0;
  VwDistribution d;
  double lo, hi;
  GdkRGBA fg, accent;

  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &accent))
    accent = (GdkRGBA) { 0.21, 0.52, 0.89, 1.0 };

  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.3);
  cairo_rectangle (cr, 0, height - 1, width, 1);
  cairo_fill (cr);

  if (g_str_equal (current_kind (self), "bernoulli"))
    {
      double p = CLAMP (vw_item_get_double (VW_ITEM (self->variable), "dist-a"), 0, 1);

      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_rectangle (cr, width * 0.2, (height - 1) * p, width * 0.15, (height - 1) * (1 - p));
      cairo_rectangle (cr, width * 0.65, (height - 1) * (1 - p), width * 0.15, (height - 1) * p);
      cairo_fill (cr);
      return;
    }
  if (!make_distribution (self, &d))
    return;

  lo = vw_distribution_quantile (&d, 0.005);
  hi = vw_distribution_quantile (&d, 0.995);
  if (!(hi > lo))
    return;
  for (guint i = 0; i < 2000; i++)
    {
      double x = vw_distribution_quantile (&d, (i + 0.5) / 2000);
      int bin = (int) ((x - lo) / (hi - lo) * PREVIEW_BINS);

      if (bin >= 0 && bin < PREVIEW_BINS)
        peak = MAX (peak, ++bins[bin]);
    }
  if (peak == 0)
    return;

  cairo_move_to (cr, 0, height - 1);
  for (guint b = 0; b < PREVIEW_BINS; b++)
    cairo_line_to (cr, (b + 0.5) * width / PREVIEW_BINS,
                   (height - 1) - (height - 4) * (double) bins[b] / peak);
  cairo_line_to (cr, width, height - 1);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.35);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

static void
sync_from_variable (VwUncertaintyEditor *self)
{
  const char *kind = current_kind (self);
  const char *names[3];
  VwItem *item = VW_ITEM (self->variable);

  self->updating = TRUE;
  for (guint k = 0; kinds[k] != NULL; k++)
    if (g_str_equal (kinds[k], kind))
      gtk_drop_down_set_selected (self->kind_dropdown, k);
  gtk_drop_down_set_selected (self->scale_dropdown,
                              g_strcmp0 (vw_item_get_string (item, "scale"), "factor") == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_dropdown),
                            !g_str_equal (kind, "none") && !g_str_equal (kind, "bernoulli"));

  param_names (kind, names);
  for (guint i = 0; i < 3; i++)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->param_labels[i]), names[i] != NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->param_spins[i]), names[i] != NULL);
      if (names[i] == NULL)
        continue;
      gtk_label_set_label (self->param_labels[i], names[i]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->param_spins[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, names[i], -1);
      gtk_spin_button_set_value (self->param_spins[i], vw_item_get_double (item, params[i]));
    }
  self->updating = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

static void
on_kind_selected_cb (VwUncertaintyEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  if (self->updating || selected >= G_N_ELEMENTS (kinds) - 1)
    return;
  vw_document_set_string (self->document, VW_ITEM (self->variable), "distribution",
                          kinds[selected]);
}

static void
on_scale_selected_cb (VwUncertaintyEditor *self)
{
  if (self->updating)
    return;
  vw_document_set_string (self->document, VW_ITEM (self->variable), "scale",
                          gtk_drop_down_get_selected (self->scale_dropdown) == 1
                          ? "factor" : "absolute");
}

static void
on_param_changed_cb (GtkSpinButton       *spin,
                     VwUncertaintyEditor *self)
{
  if (self->updating)
    return;
  for (guint i = 0; i < 3; i++)
    if (spin == self->param_spins[i])
      vw_document_set_double (self->document, VW_ITEM (self->variable), params[i],
                              gtk_spin_button_get_value (spin));
}

static void
vw_uncertainty_editor_dispose (GObject *object)
{
  VwUncertaintyEditor *self = VW_UNCERTAINTY_EDITOR (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->variable);

  G_OBJECT_CLASS (vw_uncertainty_editor_parent_class)->dispose (object);
}

static void
vw_uncertainty_editor_class_init (VwUncertaintyEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vw_uncertainty_editor_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_GRID_LAYOUT);
}

static void
attach (VwUncertaintyEditor *self,
        GtkWidget           *child,
        int                  column,
        int                  row,
        int                  width)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkGridLayoutChild *cell;

  gtk_widget_set_parent (child, GTK_WIDGET (self));
  cell = GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (layout, child));
  gtk_grid_layout_child_set_column (cell, column);
  gtk_grid_layout_child_set_row (cell, row);
  gtk_grid_layout_child_set_column_span (cell, width);
}

static GtkWidget *
caption (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
vw_uncertainty_editor_init (VwUncertaintyEditor *self)
{
  GtkGridLayout *layout = GTK_GRID_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  const char *scale_names[] = { _("Absolute values"), _("Factors of the input"), NULL };
  GtkWidget *label;

  gtk_grid_layout_set_row_spacing (layout, 6);
  gtk_grid_layout_set_column_spacing (layout, 12);

  for (guint k = 0; kinds[k] != NULL; k++)
    gtk_string_list_append (kind_names, vw_uncertainty_kind_label (kinds[k]));

  label = gtk_label_new (_("Uncertainty"));
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  attach (self, label, 0, 0, 2);

  attach (self, caption (_("Distribution")), 0, 1, 1);
  self->kind_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&kind_names)),
                                                          NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Distribution"), -1);
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected",
                            G_CALLBACK (on_kind_selected_cb), self);
  attach (self, GTK_WIDGET (self->kind_dropdown), 1, 1, 1);

  attach (self, caption (_("Range")), 0, 2, 1);
  self->scale_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (scale_names));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Range"), -1);
  g_signal_connect_swapped (self->scale_dropdown, "notify::selected",
                            G_CALLBACK (on_scale_selected_cb), self);
  attach (self, GTK_WIDGET (self->scale_dropdown), 1, 2, 1);

  for (guint i = 0; i < 3; i++)
    {
      self->param_labels[i] = GTK_LABEL (caption (NULL));
      attach (self, GTK_WIDGET (self->param_labels[i]), 0, 3 + (int) i, 1);
      self->param_spins[i] = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (-1e12, 1e12, 0.01));
      gtk_spin_button_set_digits (self->param_spins[i], 4);
      gtk_widget_add_css_class (GTK_WIDGET (self->param_spins[i]), "numeric");
      g_signal_connect (self->param_spins[i], "value-changed",
                        G_CALLBACK (on_param_changed_cb), self);
      attach (self, GTK_WIDGET (self->param_spins[i]), 1, 3 + (int) i, 1);
    }

  self->preview = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_content_width (self->preview, 240);
  gtk_drawing_area_set_content_height (self->preview, 56);
  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Preview of the distribution"),
                                  -1);
  attach (self, GTK_WIDGET (self->preview), 0, 6, 2);
}

GtkWidget *
vw_uncertainty_editor_new (VwDocument *document,
                           VwVariable *variable)
{
  VwUncertaintyEditor *self;

  g_return_val_if_fail (VW_IS_DOCUMENT (document) && VW_IS_VARIABLE (variable), NULL);

  self = g_object_new (VW_TYPE_UNCERTAINTY_EDITOR, NULL);
  self->document = g_object_ref (document);
  self->variable = g_object_ref (variable);
  g_signal_connect_object (variable, "notify", G_CALLBACK (sync_from_variable), self,
                           G_CONNECT_SWAPPED);
  sync_from_variable (self);
  return GTK_WIDGET (self);
}

/* The editor in a popover, for an input row's button. */
GtkWidget *
vw_uncertainty_editor_new_popover (VwDocument *document,
                                   VwVariable *variable)
{
  GtkWidget *popover = gtk_popover_new ();

  gtk_popover_set_child (GTK_POPOVER (popover), vw_uncertainty_editor_new (document, variable));
  return popover;
}
