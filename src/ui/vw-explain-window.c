/* vw-explain-window.c: "Explain this number": a figure unfolded into formulas and inputs
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tree comes from vw_case_model_explain() (core, unit tested); this only shows it: a
 * formula is an expander row (its formula under its name, its value on the right) whose
 * children are what it reads; an input is a plain row with its source and where its value
 * comes from. Rows of a branch are made when it is first expanded. Figures are exact (never
 * abbreviated): this is where a CFO checks them.
 */

#define G_LOG_DOMAIN "vw-explain-window"

#include <glib/gi18n.h>

#include "vw-explain-window.h"
#include "vw-explanation.h"
#include "vw-unit-format.h"
#include "vw-plain-row.h"

struct _VwExplainWindow
{
  AdwWindow             parent_instance;

  VwExplanation        *tree;
  const char           *currency;
  char                 *scenario_name;
  const VwNumberLocale *locale;
  GtkListBox           *list;
};

G_DEFINE_FINAL_TYPE (VwExplainWindow, vw_explain_window, ADW_TYPE_WINDOW)

static char *
format_node_value (VwExplainWindow *self,
                   VwExplanation   *node)
{
  VwValueFormat format;

  vw_value_format_for_unit (vw_item_get_string (VW_ITEM (node->item), "unit"), self->currency,
                            &format);
  switch (node->kind)
    {
    case VW_VALUE_SCALAR:
      return vw_format_value (self->locale, &format, node->scalar, VW_FORMAT_EXACT);
    case VW_VALUE_SERIES:
      {
        double sum = 0;
        g_autofree char *total = NULL;

        for (guint i = 0; i < node->len; i++)
          sum += node->series[i];
        total = vw_format_value (self->locale, &format, sum, VW_FORMAT_EXACT);
        /* Translators: a value per period, summed: "€1,200.00 over 11 periods" */
        return g_strdup_printf (_("%s over %u periods"), total, node->len);
      }
    case VW_VALUE_ERROR:
    default:
      return g_strdup (node->error);
    }
}

static char *
describe_origin (VwExplainWindow *self,
                 VwExplanation   *node)
{
  switch (node->origin)
    {
    case VW_INPUT_FROM_SESSION:
      return g_strdup (_("Set for this session"));
    case VW_INPUT_FROM_SCENARIO:
      return g_strdup_printf (_("Scenario “%s”"), self->scenario_name);
    case VW_INPUT_FROM_TEMPLATE:
      return g_strdup (_("The template’s value"));
    case VW_INPUT_MISSING:
      return g_strdup (_("Missing: reads as 0"));
    case VW_INPUT_FROM_DOCUMENT:
    default:
      return g_strdup (_("Entered in this case"));
    }
}

static char *
node_title (VwExplanation *node)
{
  /* Translators: a variable and the alternative it is computed for */
  return g_strdup_printf (_("%s — %s"), vw_item_get_display_name (VW_ITEM (node->item)),
                          vw_item_get_display_name (VW_ITEM (node->alt)));
}

static GtkWidget *
value_label (VwExplainWindow *self,
             VwExplanation   *node)
{
  g_autofree char *text = format_node_value (self, node);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  /* A figure never breaks ("1.29 1/ year"); only an error's sentence wraps. */
  if (node->kind == VW_VALUE_ERROR)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_add_css_class (label, "error");
    }
  return label;
}

static GtkWidget *create_row (VwExplainWindow *self,
                              VwExplanation   *node,
                              guint            depth);

/* Nested rows of a list sit flush with their parent; a blank of one step per level shows the
 * tree. */
static GtkWidget *
indent_for (guint depth)
{
  GtkWidget *blank = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_size_request (blank, 18 * (int) depth, -1);
  return blank;
}

static void
on_expanded_cb (AdwExpanderRow  *row,
                GParamSpec      *pspec,
                VwExplainWindow *self)
{
  VwExplanation *node = g_object_get_data (G_OBJECT (row), "vw-node");
  guint depth = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "vw-depth"));

  if (!adw_expander_row_get_expanded (row) || g_object_get_data (G_OBJECT (row), "vw-filled"))
    return;

  g_object_set_data (G_OBJECT (row), "vw-filled", GINT_TO_POINTER (TRUE));
  for (guint i = 0; i < node->children->len; i++)
    adw_expander_row_add_row (row, create_row (self, g_ptr_array_index (node->children, i),
                                               depth + 1));
}

static GtkWidget *
create_row (VwExplainWindow *self,
            VwExplanation   *node,
            guint            depth)
{
  g_autofree char *title = node_title (node);
  GtkWidget *row;

  if (node->formula != NULL && !node->repeated && node->children->len > 0)
    {
      row = vw_plain_row (adw_expander_row_new ());
      /* The case's text and formulas ("a < b", "O&M"), not markup. */
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), node->formula);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), value_label (self, node));
      g_object_set_data (G_OBJECT (row), "vw-node", node);
      g_object_set_data (G_OBJECT (row), "vw-depth", GUINT_TO_POINTER (depth));
      if (depth > 0)
        adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), indent_for (depth));
      g_signal_connect (row, "notify::expanded", G_CALLBACK (on_expanded_cb), self);
    }
  else
    {
      g_autofree char *subtitle = NULL;
      const char *source = vw_item_get_string (VW_ITEM (node->item), "source");

      row = vw_plain_row (adw_action_row_new ());
      if (node->formula != NULL)
        subtitle = node->repeated
                   ? g_strdup_printf (_("%s (unfolded above)"), node->formula)
                   : g_strdup (node->formula);
      else
        {
          g_autofree char *origin = describe_origin (self, node);

          subtitle = source != NULL && source[0] != '\0'
                     ? g_strdup_printf ("%s · %s", origin, source)
                     : g_steal_pointer (&origin);
        }
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label (self, node));
      if (depth > 0)
        adw_action_row_add_prefix (ADW_ACTION_ROW (row), indent_for (depth));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static void
vw_explain_window_finalize (GObject *object)
{
  VwExplainWindow *self = VW_EXPLAIN_WINDOW (object);

  vw_explanation_free (self->tree);
  g_free (self->scenario_name);

  G_OBJECT_CLASS (vw_explain_window_parent_class)->finalize (object);
}

static void
vw_explain_window_class_init (VwExplainWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vw_explain_window_finalize;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
vw_explain_window_init (VwExplainWindow *self)
{
  self->locale = vw_number_locale_from_environment ();
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 560);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

/**
 * vw_explain_window_new:
 * @parent: (nullable): the window it belongs to
 * @case_model: an evaluated case model
 *
 * Returns: (transfer none): the window, presented; it closes with Escape
 */
GtkWidget *
vw_explain_window_new (GtkWindow   *parent,
                       VwCaseModel *case_model,
                       guint        variable,
                       guint        alternative)
{
  VwExplainWindow *self;
  VwDocument *doc;
  GtkWidget *box, *header, *scrolled, *clamp, *content, *intro, *root_row;
  const char *scenario;
  g_autofree char *title = NULL;

  g_return_val_if_fail (VW_IS_CASE_MODEL (case_model), NULL);

  self = g_object_new (VW_TYPE_EXPLAIN_WINDOW, "transient-for", parent, NULL);
  doc = vw_case_model_get_document (case_model);
  self->currency = g_intern_string (vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)),
                                                        "currency"));
  scenario = vw_case_model_get_scenario (case_model);
  if (scenario != NULL)
    {
      VwItem *item = vw_document_find (doc, VW_ITEM_SCENARIO, scenario);

      self->scenario_name = g_strdup (item != NULL ? vw_item_get_display_name (item) : scenario);
    }
  vw_case_model_evaluate (case_model);
  self->tree = vw_case_model_explain (case_model, variable, alternative);

  title = g_strdup_printf (_("Explain: %s"), vw_item_get_display_name (VW_ITEM (self->tree->item)));
  gtk_window_set_title (GTK_WINDOW (self), title);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
  gtk_box_append (GTK_BOX (box), header);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  intro = gtk_label_new (_("Each figure unfolds into the formula that computes it and the "
                           "figures it reads, down to the inputs and where they come from."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_widget_add_css_class (intro, "dim-label");
  gtk_box_append (GTK_BOX (content), intro);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Explanation"), -1);
  root_row = create_row (self, self->tree, 0);
  gtk_list_box_append (self->list, root_row);
  if (ADW_IS_EXPANDER_ROW (root_row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (root_row), TRUE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->list));

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);

  gtk_window_present (GTK_WINDOW (self));
  return GTK_WIDGET (self);
}

/* The list of the tree's rows (tests). */
GtkWidget *
vw_explain_window_get_tree (VwExplainWindow *self)
{
  g_return_val_if_fail (VW_IS_EXPLAIN_WINDOW (self), NULL);

  return GTK_WIDGET (self->list);
}
