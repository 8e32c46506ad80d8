/* vw-statement-row.c: one statement of the value proposition stack, with its live figure
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tag says whether the statement inherits the text above it or is overridden (with the
 * button that switches, one undoable step); an inheriting statement shows the inherited text,
 * read-only and dimmed. Right-aligned, the figure behind the claim, computed by the case
 * model for the offer and refreshed by the page when the model changes. Below, the value
 * elements and KPIs it names; a generic statement says what it lacks.
 */

#define G_LOG_DOMAIN "vw-statement-row"

#include <glib/gi18n.h>

#include "vw-figure.h"
#include "vw-proposition.h"
#include "vw-statement-row.h"
#include "vw-text-binding.h"

struct _VwStatementRow
{
  GtkBox       parent_instance;

  VwCaseModel *case_model;
  VwStatement *statement;

  GtkLabel    *mode_tag;
  GtkLabel    *inherited_text;  /* when inheriting */
  GtkLabel    *figure;
  GtkLabel    *figure_caption;
  GtkButton   *mode_button;
};

G_DEFINE_FINAL_TYPE (VwStatementRow, vw_statement_row, GTK_TYPE_BOX)

static VwDocument *
get_document (VwStatementRow *self)
{
  return vw_case_model_get_document (self->case_model);
}

static void
on_mode_clicked_cb (VwStatementRow *self)
{
  VwDocument *doc = get_document (self);

  if (vw_statement_is_inherited (self->statement))
    vw_document_override_statement (doc, self->statement);
  else
    vw_document_revert_statement (doc, self->statement);
}

/* "Elements: A, B · KPIs: X" from the statement's references. */
static char *
describe_links (VwDocument  *doc,
                VwStatement *statement)
{
  static const struct { const char *field; VwItemKind kind; const char *label; } links[] = {
    { "elements", VW_ITEM_ELEMENT, N_("Value elements") },
    { "kpis", VW_ITEM_KPI, N_("KPIs") },
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint l = 0; l < G_N_ELEMENTS (links); l++)
    {
      const char * const *ids = vw_item_get_strv (VW_ITEM (statement), links[l].field);

      if (ids == NULL || ids[0] == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, "%s: ", _(links[l].label));
      for (guint i = 0; ids[i] != NULL; i++)
        {
          VwItem *item = vw_document_find (doc, links[l].kind, ids[i]);

          g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                                  item != NULL ? vw_item_get_display_name (item) : ids[i]);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
make_label (const char *text,
            const char *css_class,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
build (VwStatementRow *self)
{
  VwDocument *doc = get_document (self);
  VwItem *item = VW_ITEM (self->statement);
  gboolean inherited = vw_statement_is_inherited (self->statement);
  const char *parent = vw_item_get_string (item, "parent");
  const char *generic = vw_statement_get_generic_reason (doc, self->statement);
  const char *person_id = vw_item_get_string (item, "stakeholder");
  VwItem *person = person_id != NULL ? vw_document_find (doc, VW_ITEM_STAKEHOLDER, person_id) : NULL;
  g_autofree char *links = describe_links (doc, self->statement);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *figure_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *text;
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  /* The tag: inherited or the seller's own. */
  self->mode_tag = GTK_LABEL (make_label (parent == NULL || *parent == '\0' ? _("Own statement")
                                          : inherited ? _("Inherited") : _("Overridden"),
                                          "vw-tag", 0));
  gtk_widget_set_valign (GTK_WIDGET (self->mode_tag), GTK_ALIGN_START);
  gtk_label_set_wrap (self->mode_tag, FALSE);
  if (inherited)
    gtk_widget_add_css_class (GTK_WIDGET (self->mode_tag), "vw-tag-inherited");
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->mode_tag));
  if (person != NULL)
    {
      GtkWidget *name = make_label (vw_item_get_display_name (person), "heading", 0);

      gtk_label_set_wrap (GTK_LABEL (name), FALSE);
      gtk_widget_set_valign (name, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (header), name);
    }
  if (generic != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *warning = make_label (generic, "warning", 0);

      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_widget_set_hexpand (warning, TRUE);
      gtk_box_append (GTK_BOX (header), icon);
      gtk_box_append (GTK_BOX (header), warning);
    }
  else
    gtk_widget_set_hexpand (figure_box, TRUE);

  self->figure = GTK_LABEL (make_label ("", "title-3", 1));
  gtk_widget_add_css_class (GTK_WIDGET (self->figure), "numeric");
  gtk_label_set_selectable (self->figure, TRUE);
  self->figure_caption = GTK_LABEL (make_label ("", "caption", 1));
  gtk_widget_add_css_class (GTK_WIDGET (self->figure_caption), "dim-label");
  gtk_box_append (GTK_BOX (figure_box), GTK_WIDGET (self->figure));
  gtk_box_append (GTK_BOX (figure_box), GTK_WIDGET (self->figure_caption));
  gtk_widget_set_halign (figure_box, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (header), figure_box);
  gtk_box_append (GTK_BOX (self), header);

  /* The text: the seller's own, editable; or the inherited one, read-only. */
  if (inherited)
    {
      text = make_label (vw_statement_get_shown_text (doc, self->statement), "vw-statement-inherited", 0);
      gtk_label_set_selectable (GTK_LABEL (text), TRUE);
      self->inherited_text = GTK_LABEL (text);
    }
  else
    {
      text = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (text), FALSE);
      gtk_widget_add_css_class (text, "vw-statement-text");
      gtk_text_view_set_editable (GTK_TEXT_VIEW (text), !vw_document_get_read_only (doc));
      vw_text_binding_bind (GTK_TEXT_VIEW (text), doc, item, "text");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  person != NULL ? vw_item_get_display_name (person)
                                  : vw_layer_get_label (vw_statement_get_layer (self->statement)), -1);
  gtk_box_append (GTK_BOX (self), text);

  /* The links, and the switch between inheriting and overriding. */
  gtk_box_append (GTK_BOX (footer), make_label (links, "caption", 0));
  gtk_widget_add_css_class (gtk_widget_get_last_child (footer), "dim-label");
  gtk_widget_set_hexpand (gtk_widget_get_last_child (footer), TRUE);
  if (parent != NULL && *parent != '\0')
    {
      self->mode_button = GTK_BUTTON (gtk_button_new_with_mnemonic (inherited ? _("_Override") : _("_Revert to Inherited")));
      gtk_widget_add_css_class (GTK_WIDGET (self->mode_button), "flat");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->mode_button),
                                   inherited ? _("Write this layer’s own statement, starting from the inherited one")
                                             : _("Show the statement of the layer above again"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->mode_button), !vw_document_get_read_only (doc));
      g_signal_connect_swapped (self->mode_button, "clicked", G_CALLBACK (on_mode_clicked_cb), self);
      gtk_box_append (GTK_BOX (footer), GTK_WIDGET (self->mode_button));
    }
  gtk_box_append (GTK_BOX (self), footer);

  vw_statement_row_update_figure (self);
}

static void
vw_statement_row_dispose (GObject *object)
{
  VwStatementRow *self = VW_STATEMENT_ROW (object);

  g_clear_object (&self->case_model);
  g_clear_object (&self->statement);

  G_OBJECT_CLASS (vw_statement_row_parent_class)->dispose (object);
}

static void
vw_statement_row_class_init (VwStatementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vw_statement_row_dispose;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "statement");
}

static void
vw_statement_row_init (VwStatementRow *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
}

GtkWidget *
vw_statement_row_new (VwCaseModel *case_model,
                      VwStatement *statement)
{
  VwStatementRow *self;

  g_return_val_if_fail (VW_IS_CASE_MODEL (case_model), NULL);
  g_return_val_if_fail (VW_IS_STATEMENT (statement), NULL);

  self = g_object_new (VW_TYPE_STATEMENT_ROW, NULL);
  self->case_model = g_object_ref (case_model);
  self->statement = g_object_ref (statement);
  build (self);
  return GTK_WIDGET (self);
}

VwStatement *
vw_statement_row_get_statement (VwStatementRow *self)
{
  g_return_val_if_fail (VW_IS_STATEMENT_ROW (self), NULL);
  return self->statement;
}

/**
 * vw_statement_row_get_figure:
 *
 * Returns: the figure shown ("" when the statement has none)
 */
const char *
vw_statement_row_get_figure (VwStatementRow *self)
{
  g_return_val_if_fail (VW_IS_STATEMENT_ROW (self), NULL);
  return gtk_label_get_text (self->figure);
}

/**
 * vw_statement_format_figure:
 * @variable: (out) (optional) (transfer none): the variable behind the figure
 * @is_error: (out) (optional): whether the figure is an error value
 *
 * Returns: (transfer full) (nullable): the figure behind @statement, computed by
 *   @case_model for the offer, or %NULL when the statement has none
 */
char *
vw_statement_format_figure (VwCaseModel  *case_model,
                            VwStatement  *statement,
                            VwVariable  **variable,
                            gboolean     *is_error)
{
  VwDocument *doc = vw_case_model_get_document (case_model);
  VwItem *meta = VW_ITEM (vw_document_get_meta (doc));
  const char *variable_id = vw_item_get_string (VW_ITEM (statement), "variable");
  VwVariable *found = NULL;
  VwValue value;

  if (variable != NULL)
    *variable = NULL;
  if (variable_id != NULL && *variable_id != '\0')
    found = vw_document_find_variable (doc, variable_id);
  if (found == NULL)
    return NULL;

  vw_case_model_evaluate (case_model);
  if (!vw_case_model_get_value (case_model, variable_id, vw_item_get_string (meta, "offer-alternative"), &value))
    return NULL;
  if (variable != NULL)
    *variable = found;
  if (is_error != NULL)
    *is_error = value.kind == VW_VALUE_ERROR;
  return vw_figure_format (vw_number_locale_from_environment (), vw_item_get_string (VW_ITEM (found), "unit"),
                           vw_item_get_string (meta, "currency"), &value, VW_FORMAT_ABBREVIATED);
}

/**
 * vw_statement_row_update_figure:
 *
 * Computes the statement's figure again from the case model, for the offer, and the
 * inherited text again from the statements above.
 */
void
vw_statement_row_update_figure (VwStatementRow *self)
{
  VwVariable *variable = NULL;
  gboolean is_error = FALSE;
  g_autofree char *text = NULL;

  g_return_if_fail (VW_IS_STATEMENT_ROW (self));

  if (self->inherited_text != NULL)
    gtk_label_set_text (self->inherited_text, vw_statement_get_shown_text (get_document (self), self->statement));

  text = vw_statement_format_figure (self->case_model, self->statement, &variable, &is_error);
  gtk_label_set_text (self->figure, text != NULL ? text : "");
  gtk_label_set_text (self->figure_caption, variable != NULL ? vw_item_get_display_name (VW_ITEM (variable)) : "");
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->figure), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->figure), "error");
}
