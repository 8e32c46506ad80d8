/* vw-proposition-page.c: the Value Proposition page: the stack, each person, the vision
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three parts, rebuilt from the document when its structure changes: the four-layer stack
 * drawn as cards narrowing from the company to the individual (VwStatementRow per
 * statement); a card per stakeholder with their message, KPIs, top value elements and the
 * internal conversation guide; and the customer's solution vision, each criterion with how
 * each alternative meets it. Figures follow the case model without a rebuild, and text
 * being typed is never rebuilt under the cursor.
 */

#define G_LOG_DOMAIN "vw-proposition-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vw-element-ranking.h"
#include "vw-proposition-page.h"
#include "vw-proposition.h"
#include "vw-statement-row.h"
#include "vw-text-binding.h"

#define TOP_ELEMENTS 3
#define LAYER_INDENT 28  /* each layer narrower than the one above, in px per side */

struct _VwPropositionPage
{
  VwPage       parent_instance;

  GtkBox      *stack_box;
  GtkFlowBox  *people_box;
  GtkListBox  *vision_list;
  GtkButton   *add_criterion_button;

  guint        rebuild_id;
  guint        figures_id;
  GPtrArray   *statement_rows;  /* VwStatementRow, for the figures */
  GPtrArray   *messages;        /* GtkLabel of a person's message; data "vw-statement" */
  char        *focus_criterion; /* a criterion just added: focus its name */
  gboolean     stale;           /* changed while hidden: rebuild when shown */
};

G_DEFINE_FINAL_TYPE (VwPropositionPage, vw_proposition_page, VW_TYPE_PAGE)

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_BOX (box))
        gtk_box_remove (GTK_BOX (box), child);
      else if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
    }
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* ---- the stack ---- */

static void
build_stack (VwPropositionPage *self,
             VwDocument        *doc,
             VwCaseModel       *cm)
{
  static const char * const owners[VW_N_LAYERS] = {
    N_("Marketing’s value themes"), N_("Marketing’s message to the segment"),
    N_("Your proposition to this customer"), N_("What each person hears")
  };
  GListModel *statements = vw_document_get_items (doc, VW_ITEM_STATEMENT);

  for (guint layer = 0; layer < VW_N_LAYERS; layer++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
      GtkWidget *title = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      guint shown = 0;

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "vw-layer");
      gtk_widget_set_margin_start (card, layer * LAYER_INDENT);
      gtk_widget_set_margin_end (card, layer * LAYER_INDENT);
      gtk_widget_set_margin_top (card, layer > 0 ? 10 : 0);
      gtk_box_append (GTK_BOX (title), make_label (vw_layer_get_label (layer), "heading"));
      gtk_box_append (GTK_BOX (title), make_label (_(owners[layer]), "dim-label"));
      gtk_box_append (GTK_BOX (card), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      vw_layer_get_label (layer), -1);

      for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
        {
          g_autoptr(VwStatement) statement = g_list_model_get_item (statements, i);
          GtkWidget *row;

          if (vw_statement_get_layer (statement) != layer)
            continue;
          if (shown++ > 0)
            gtk_box_append (GTK_BOX (card), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
          row = vw_statement_row_new (cm, statement);
          gtk_widget_set_name (row, vw_item_get_id (VW_ITEM (statement)));
          g_ptr_array_add (self->statement_rows, row);
          gtk_box_append (GTK_BOX (card), row);
        }
      if (shown == 0)
        gtk_box_append (GTK_BOX (card), make_label (_("No statement on this layer yet."), "dim-label"));

      gtk_box_append (self->stack_box, card);
    }
}

/* ---- each person ---- */

static char *
join_names (GPtrArray *items,
            gboolean   with_scores)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      VwItem *item = g_ptr_array_index (items, i);

      if (i > 0)
        g_string_append (text, with_scores ? "\n" : ", ");
      if (with_scores)
        /* TRANSLATORS: a value element and its ranking score (0–100) */
        g_string_append_printf (text, _("%s (score %.0f)"), vw_item_get_display_name (item),
                                vw_value_element_get_rank_score (VW_VALUE_ELEMENT (item)));
      else
        g_string_append (text, vw_item_get_display_name (item));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_section (GtkWidget  *card,
             const char *title,
             const char *text,
             const char *empty)
{
  gtk_box_append (GTK_BOX (card), make_label (title, "caption-heading"));
  gtk_box_append (GTK_BOX (card), make_label (text != NULL && *text != '\0' ? text : empty,
                                              text != NULL && *text != '\0' ? NULL : "dim-label"));
}

static void
update_message (VwPropositionPage *self,
                GtkLabel          *label)
{
  VwDocument *doc = vw_page_get_document (VW_PAGE (self));
  VwCaseModel *cm = vw_page_get_case_model (VW_PAGE (self));
  VwStatement *statement = g_object_get_data (G_OBJECT (label), "vw-statement");
  g_autofree char *figure = vw_statement_format_figure (cm, statement, NULL, NULL);
  const char *text = vw_statement_get_shown_text (doc, statement);

  if (figure != NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s\n%s", text, figure);

      gtk_label_set_text (label, both);
    }
  else
    gtk_label_set_text (label, text);
}

static GtkWidget *
create_person_card (VwPropositionPage *self,
                    VwDocument        *doc,
                    VwStakeholder     *person)
{
  VwItem *item = VW_ITEM (person);
  VwStatement *statement = vw_stakeholder_find_statement (doc, person);
  g_autoptr(GPtrArray) kpis = vw_stakeholder_list_kpis (doc, person);
  g_autoptr(GPtrArray) top = vw_stakeholder_list_top_elements (doc, person, TOP_ELEMENTS);
  g_autofree char *kpi_text = join_names (kpis, FALSE);
  g_autofree char *top_text = join_names (top, TRUE);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *guide_title = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *guide_frame = gtk_frame_new (NULL);
  GtkWidget *guide = gtk_text_view_new ();
  g_autofree char *guide_label = NULL;
  const char *title = vw_item_get_string (item, "title");

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "vw-person");
  gtk_box_append (GTK_BOX (card), make_label (vw_item_get_display_name (item), "heading"));
  if (title != NULL && *title != '\0')
    gtk_box_append (GTK_BOX (card), make_label (title, "dim-label"));

  gtk_box_append (GTK_BOX (card), make_label (_("Their message"), "caption-heading"));
  if (statement != NULL)
    {
      GtkWidget *message = make_label ("", NULL);

      g_object_set_data_full (G_OBJECT (message), "vw-statement", g_object_ref (statement), g_object_unref);
      g_ptr_array_add (self->messages, message);
      update_message (self, GTK_LABEL (message));
      gtk_box_append (GTK_BOX (card), message);
    }
  else
    gtk_box_append (GTK_BOX (card), make_label (_("No message for this person yet: add one on the Individual layer."),
                                                "dim-label"));
  add_section (card, _("KPIs they own"), kpi_text, _("None yet"));
  add_section (card, _("Top value elements"), top_text, _("None linked yet"));

  /* The guide is internal: the lock and the tint say the customer never sees it. */
  gtk_box_append (GTK_BOX (guide_title), gtk_image_new_from_icon_name ("changes-prevent-symbolic"));
  gtk_box_append (GTK_BOX (guide_title), make_label (_("Conversation guide (internal)"), "caption-heading"));
  gtk_widget_set_margin_top (guide_title, 6);
  gtk_box_append (GTK_BOX (card), guide_title);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (guide), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (guide), FALSE);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (guide), !vw_document_get_read_only (doc));
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (guide), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (guide), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (guide), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (guide), 6);
  gtk_widget_set_size_request (guide, -1, 60);
  gtk_widget_add_css_class (guide_frame, "internal");
  /* TRANSLATORS: accessible name; %s is a person's name */
  guide_label = g_strdup_printf (_("Conversation guide for %s"), vw_item_get_display_name (item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (guide), GTK_ACCESSIBLE_PROPERTY_LABEL, guide_label, -1);
  gtk_widget_set_name (guide, "guide");
  vw_text_binding_bind (GTK_TEXT_VIEW (guide), doc, item, "guide");
  gtk_frame_set_child (GTK_FRAME (guide_frame), guide);
  gtk_box_append (GTK_BOX (card), guide_frame);

  return card;
}

static void
build_people (VwPropositionPage *self,
              VwDocument        *doc)
{
  GListModel *people = vw_document_get_items (doc, VW_ITEM_STAKEHOLDER);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(VwStakeholder) person = g_list_model_get_item (people, i);

      gtk_flow_box_append (self->people_box, create_person_card (self, doc, person));
    }
}

/* ---- the solution vision ---- */

static void
on_level_changed_cb (GtkDropDown *dropdown)
{
  VwPropositionPage *self = g_object_get_data (G_OBJECT (dropdown), "vw-page");
  VwVisionCriterion *criterion = g_object_get_data (G_OBJECT (dropdown), "vw-criterion");
  const char *alternative = g_object_get_data (G_OBJECT (dropdown), "vw-alternative");
  /* The dropdown lists the best first. */
  VwVisionLevel level = VW_VISION_MET - gtk_drop_down_get_selected (dropdown);

  vw_document_set_vision_level (vw_page_get_document (VW_PAGE (self)), criterion, alternative, level);
}

static void
on_criterion_name_changed_cb (GtkEditable *entry)
{
  VwPropositionPage *self = g_object_get_data (G_OBJECT (entry), "vw-page");
  VwItem *criterion = g_object_get_data (G_OBJECT (entry), "vw-criterion");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  /* A criterion keeps a name: an emptied field is not written. */
  if (*name != '\0' && g_strcmp0 (name, vw_item_get_string (criterion, "name")) != 0)
    vw_document_set_string (vw_page_get_document (VW_PAGE (self)), criterion, "name", name);
}

static void
on_criterion_renamed_cb (GtkEditable *entry)
{
  VwItem *criterion = g_object_get_data (G_OBJECT (entry), "vw-criterion");
  g_autofree char *shown = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (shown, vw_item_get_string (criterion, "name")) != 0)
    gtk_editable_set_text (entry, vw_item_get_string (criterion, "name"));
}

static void
on_remove_criterion_clicked_cb (GtkButton *button)
{
  VwPropositionPage *self = g_object_get_data (G_OBJECT (button), "vw-page");
  VwItem *criterion = g_object_get_data (G_OBJECT (button), "vw-criterion");

  vw_document_remove_item (vw_page_get_document (VW_PAGE (self)), criterion, NULL);
}

static GtkWidget *
create_criterion_row (VwPropositionPage *self,
                      VwDocument        *doc,
                      VwVisionCriterion *criterion)
{
  static const char * const levels[] = { N_("Meets it"), N_("Partly"), N_("Does not"), NULL };
  GListModel *alternatives = vw_document_get_items (doc, VW_ITEM_ALTERNATIVE);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *flow = gtk_flow_box_new ();
  gboolean read_only = vw_document_get_read_only (doc);
  g_autofree char *remove_label = NULL;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (entry), vw_item_get_string (VW_ITEM (criterion), "name"));
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_editable_set_editable (GTK_EDITABLE (entry), !read_only);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Criterion of the customer"), -1);
  g_object_set_data (G_OBJECT (entry), "vw-page", self);
  g_object_set_data_full (G_OBJECT (entry), "vw-criterion", g_object_ref (criterion), g_object_unref);
  g_signal_connect (entry, "changed", G_CALLBACK (on_criterion_name_changed_cb), NULL);
  g_signal_connect_object (criterion, "notify::name", G_CALLBACK (on_criterion_renamed_cb), entry,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (top), entry);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_sensitive (remove, !read_only);
  /* TRANSLATORS: accessible name and tooltip; %s is a criterion */
  remove_label = g_strdup_printf (_("Remove “%s”"), vw_item_get_display_name (VW_ITEM (criterion)));
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data (G_OBJECT (remove), "vw-page", self);
  g_object_set_data_full (G_OBJECT (remove), "vw-criterion", g_object_ref (criterion), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_criterion_clicked_cb), NULL);
  gtk_box_append (GTK_BOX (top), remove);
  gtk_box_append (GTK_BOX (box), top);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  for (guint i = 0; i < g_list_model_get_n_items (alternatives); i++)
    {
      g_autoptr(VwItem) alternative = g_list_model_get_item (alternatives, i);
      const char *id = vw_item_get_id (alternative);
      GtkWidget *pair = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *dropdown = gtk_drop_down_new_from_strings (levels);
      g_autofree char *accessible = NULL;
      g_autoptr(GtkStringList) translated = gtk_string_list_new (NULL);

      for (guint l = 0; levels[l] != NULL; l++)
        gtk_string_list_append (translated, _(levels[l]));
      gtk_drop_down_set_model (GTK_DROP_DOWN (dropdown), G_LIST_MODEL (translated));
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                                  VW_VISION_MET - vw_vision_criterion_get_level (criterion, id));
      gtk_widget_set_sensitive (dropdown, !read_only);
      /* TRANSLATORS: accessible name, e.g. "Local contractor: No stop longer than a shift" */
      accessible = g_strdup_printf (_("%s: %s"), vw_item_get_display_name (alternative),
                                    vw_item_get_display_name (VW_ITEM (criterion)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data (G_OBJECT (dropdown), "vw-page", self);
      g_object_set_data_full (G_OBJECT (dropdown), "vw-criterion", g_object_ref (criterion), g_object_unref);
      g_object_set_data_full (G_OBJECT (dropdown), "vw-alternative", g_strdup (id), g_free);
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_level_changed_cb), NULL);

      gtk_box_append (GTK_BOX (pair), make_label (vw_item_get_display_name (alternative), "caption"));
      gtk_box_append (GTK_BOX (pair), dropdown);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), pair);
    }
  gtk_box_append (GTK_BOX (box), flow);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  if (g_strcmp0 (self->focus_criterion, vw_item_get_id (VW_ITEM (criterion))) == 0)
    {
      gtk_widget_grab_focus (entry);
      g_clear_pointer (&self->focus_criterion, g_free);
    }
  return row;
}

static void
build_vision (VwPropositionPage *self,
              VwDocument        *doc)
{
  GListModel *criteria = vw_document_get_items (doc, VW_ITEM_VISION);
  guint n = g_list_model_get_n_items (criteria);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwVisionCriterion) criterion = g_list_model_get_item (criteria, i);

      gtk_list_box_append (self->vision_list, create_criterion_row (self, doc, criterion));
    }
  if (n == 0)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = make_label (_("No criteria yet. Ask the customer what a good solution looks like to them."),
                                     "dim-label");

      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->vision_list, row);
    }
}

static void
on_add_criterion_clicked_cb (VwPropositionPage *self)
{
  VwDocument *doc = vw_page_get_document (VW_PAGE (self));
  g_autoptr(VwVisionCriterion) criterion = NULL;
  g_autofree char *id = NULL;

  if (doc == NULL)
    return;
  for (guint n = g_list_model_get_n_items (vw_document_get_items (doc, VW_ITEM_VISION)) + 1; ; n++)
    {
      g_free (id);
      id = g_strdup_printf ("criterion_%u", n);
      if (vw_document_find (doc, VW_ITEM_VISION, id) == NULL)
        break;
    }
  criterion = vw_vision_criterion_new (id);
  vw_item_set_string (VW_ITEM (criterion), "name", _("New criterion"));
  g_free (self->focus_criterion);
  self->focus_criterion = g_strdup (id);
  vw_document_add_item (doc, VW_ITEM (criterion), -1, NULL);
}

/* ---- following the document ---- */

static gboolean
rebuild_cb (gpointer user_data)
{
  VwPropositionPage *self = user_data;
  VwDocument *doc = vw_page_get_document (VW_PAGE (self));
  VwCaseModel *cm = vw_page_get_case_model (VW_PAGE (self));

  self->rebuild_id = 0;
  /* A hidden page builds nothing: opening a case costs only what is on screen. */
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->stale && doc != NULL)
    return G_SOURCE_REMOVE;

  g_ptr_array_set_size (self->statement_rows, 0);
  g_ptr_array_set_size (self->messages, 0);
  clear_box (GTK_WIDGET (self->stack_box));
  clear_box (GTK_WIDGET (self->people_box));
  clear_box (GTK_WIDGET (self->vision_list));
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_criterion_button),
                            doc != NULL && !vw_document_get_read_only (doc));
  if (doc == NULL || cm == NULL)
    return G_SOURCE_REMOVE;

  build_stack (self, doc, cm);
  build_people (self, doc);
  build_vision (self, doc);
  return G_SOURCE_REMOVE;
}

static gboolean
figures_cb (gpointer user_data)
{
  VwPropositionPage *self = user_data;

  self->figures_id = 0;
  if (self->stale)
    return G_SOURCE_REMOVE;
  for (guint i = 0; i < self->statement_rows->len; i++)
    vw_statement_row_update_figure (g_ptr_array_index (self->statement_rows, i));
  for (guint i = 0; i < self->messages->len; i++)
    update_message (self, g_ptr_array_index (self->messages, i));
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (VwPropositionPage *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, rebuild_cb, self, NULL);
}

static void
queue_figures (VwPropositionPage *self)
{
  if (self->figures_id == 0)
    self->figures_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, figures_cb, self, NULL);
}

static void
on_item_changed_cb (VwPropositionPage *self,
                    VwItem            *item,
                    const char        *field)
{
  VwItemKind kind = vw_item_get_kind (item);

  /* Text typed here is shown by its own widget; only what repeats it needs a refresh. */
  if ((kind == VW_ITEM_STATEMENT && g_strcmp0 (field, "text") == 0)
      || (kind == VW_ITEM_STAKEHOLDER && g_strcmp0 (field, "guide") == 0)
      || (kind == VW_ITEM_VISION && g_strcmp0 (field, "name") == 0))
    {
      queue_figures (self);
      return;
    }

  switch (kind)
    {
    case VW_ITEM_STATEMENT:
    case VW_ITEM_STAKEHOLDER:
    case VW_ITEM_KPI:
    case VW_ITEM_ELEMENT:
    case VW_ITEM_ALTERNATIVE:
    case VW_ITEM_VISION:
      queue_rebuild (self);
      break;
    default:
      queue_figures (self);
    }
}

static void
on_value_changed_cb (VwPropositionPage *self)
{
  queue_figures (self);
}

static void
on_item_added_or_removed_cb (VwPropositionPage *self,
                             VwItem            *item)
{
  queue_rebuild (self);
}

static void
cancel_updates (VwPropositionPage *self)
{
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->figures_id, g_source_remove);
}

static void
vw_proposition_page_bind (VwPage      *page,
                          VwDocument  *document,
                          VwCaseModel *case_model)
{
  VwPropositionPage *self = VW_PROPOSITION_PAGE (page);

  cancel_updates (self);
  if (document != NULL)
    {
      vw_page_follow (page, "item-changed", G_CALLBACK (on_item_changed_cb));
      vw_page_follow (page, "value-changed", G_CALLBACK (on_value_changed_cb));
      vw_page_follow (page, "item-added", G_CALLBACK (on_item_added_or_removed_cb));
      vw_page_follow (page, "item-removed", G_CALLBACK (on_item_added_or_removed_cb));
    }
  rebuild_cb (self);
}

static void
vw_proposition_page_map (GtkWidget *widget)
{
  VwPropositionPage *self = VW_PROPOSITION_PAGE (widget);

  GTK_WIDGET_CLASS (vw_proposition_page_parent_class)->map (widget);
  if (self->stale)
    queue_rebuild (self);
}

static void
vw_proposition_page_dispose (GObject *object)
{
  VwPropositionPage *self = VW_PROPOSITION_PAGE (object);

  /* Unbind while the widgets are still there. */
  vw_page_set_case (VW_PAGE (self), NULL, NULL);
  cancel_updates (self);
  g_clear_pointer (&self->statement_rows, g_ptr_array_unref);
  g_clear_pointer (&self->messages, g_ptr_array_unref);
  g_clear_pointer (&self->focus_criterion, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_PROPOSITION_PAGE);

  G_OBJECT_CLASS (vw_proposition_page_parent_class)->dispose (object);
}

static void
vw_proposition_page_class_init (VwPropositionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vw_proposition_page_dispose;
  widget_class->map = vw_proposition_page_map;
  VW_PAGE_CLASS (klass)->bind = vw_proposition_page_bind;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vw-proposition-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VwPropositionPage, stack_box);
  gtk_widget_class_bind_template_child (widget_class, VwPropositionPage, people_box);
  gtk_widget_class_bind_template_child (widget_class, VwPropositionPage, vision_list);
  gtk_widget_class_bind_template_child (widget_class, VwPropositionPage, add_criterion_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_criterion_clicked_cb);
}

static void
vw_proposition_page_init (VwPropositionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->statement_rows = g_ptr_array_new ();
  self->messages = g_ptr_array_new ();
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_criterion_button), FALSE);
}

GtkWidget *
vw_proposition_page_new (void)
{
  return g_object_new (VW_TYPE_PROPOSITION_PAGE, NULL);
}

/**
 * vw_proposition_page_find_statement:
 *
 * Returns: (transfer none) (nullable): the #VwStatementRow of a statement
 */
GtkWidget *
vw_proposition_page_find_statement (VwPropositionPage *self,
                                    const char        *statement_id)
{
  g_return_val_if_fail (VW_IS_PROPOSITION_PAGE (self), NULL);

  for (guint i = 0; i < self->statement_rows->len; i++)
    {
      VwStatementRow *row = g_ptr_array_index (self->statement_rows, i);

      if (g_strcmp0 (vw_item_get_id (VW_ITEM (vw_statement_row_get_statement (row))), statement_id) == 0)
        return GTK_WIDGET (row);
    }
  return NULL;
}
