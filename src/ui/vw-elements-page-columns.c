/* vw-elements-page-columns.c: the table of the Value Elements page
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One column per entry of `columns`: its cell (a label bound to a field of the element or to
 * a computed figure of the row, a check button for the selection, a spin button for a rating)
 * and its sorter. Edits in cells are document commands; cells follow the element's
 * notifications, so undo shows in the table without rebuilding it.
 */

#define G_LOG_DOMAIN "vw-elements-page"

#include <math.h>

#include <glib/gi18n.h>

#include "vw-element-evidence.h"
#include "vw-element-ranking.h"
#include "vw-element-row.h"
#include "vw-elements-page-private.h"

typedef enum
{
  CELL_CHECK,     /* the element's `selected` */
  CELL_TEXT,      /* a field of the element, as it is */
  CELL_DIMENSION, /* the element's dimension, translated */
  CELL_PEOPLE,    /* the names of the element's stakeholders */
  CELL_RATING,    /* a 0–5 rating of the element, editable */
  CELL_FIGURE,    /* a computed figure of the row, right-aligned */
} CellKind;

typedef struct
{
  const char *name;      /* for vw_elements_page_sort_by() */
  const char *title;     /* N_() */
  CellKind    kind;
  const char *property;  /* of the element, or of the row for CELL_FIGURE */
  gboolean    expand;
} ColumnSpec;

static const ColumnSpec columns[] = {
  { "selected", N_("Use"), CELL_CHECK, "selected", FALSE },
  { "name", N_("Value Element"), CELL_TEXT, "name", TRUE },
  { "dimension", N_("Dimension"), CELL_DIMENSION, "dimension", FALSE },
  { "stakeholders", N_("Stakeholders"), CELL_PEOPLE, "stakeholders", FALSE },
  { "step", N_("Process Step"), CELL_TEXT, "process-step", FALSE },
  { "salience", N_("Salience"), CELL_RATING, "salience", FALSE },
  { "differentiation", N_("Differentiation"), CELL_RATING, "differentiation", FALSE },
  { "impact", N_("Impact"), CELL_RATING, "impact", FALSE },
  { "value", N_("Value"), CELL_FIGURE, "value-text", FALSE },
  { "score", N_("Score"), CELL_FIGURE, "score-text", FALSE },
};

/* What a cell needs at bind time. */
typedef struct
{
  VwElementsPage   *page;
  const ColumnSpec *spec;
} CellContext;

static VwValueElement *
list_item_element (GtkListItem *list_item)
{
  VwElementRow *row = gtk_list_item_get_item (list_item);

  return row != NULL ? vw_element_row_get_element (row) : NULL;
}

static gboolean
transform_dimension (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  VwValueElement *element = VW_VALUE_ELEMENT (g_binding_dup_source (binding));

  g_value_set_string (to, vw_dimension_get_label (vw_value_element_get_dimension (element)));
  g_object_unref (element);
  return TRUE;
}

static gboolean
transform_people (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  CellContext *context = user_data;
  VwDocument *doc = vw_page_get_document (VW_PAGE (context->page));
  const char * const *ids = g_value_get_boxed (from);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; doc != NULL && ids != NULL && ids[i] != NULL; i++)
    {
      VwItem *person = vw_document_find (doc, VW_ITEM_STAKEHOLDER, ids[i]);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, person != NULL ? vw_item_get_display_name (person) : ids[i]);
    }
  g_value_set_string (to, names->str);
  return TRUE;
}

static void
on_check_toggled_cb (GtkCheckButton *button,
                     GtkListItem    *list_item)
{
  CellContext *context = g_object_get_data (G_OBJECT (button), "vw-context");
  VwValueElement *element = list_item_element (list_item);
  VwDocument *doc = vw_page_get_document (VW_PAGE (context->page));
  gboolean active = gtk_check_button_get_active (button);

  if (element == NULL || doc == NULL
      || active == vw_item_get_bool (VW_ITEM (element), "selected"))
    return;
  if (!vw_document_set_bool (doc, VW_ITEM (element), "selected", active))
    gtk_check_button_set_active (button, !active);  /* a read-only case */
}

static void
on_rating_changed_cb (GtkSpinButton *spin,
                      GtkListItem   *list_item)
{
  CellContext *context = g_object_get_data (G_OBJECT (spin), "vw-context");
  VwValueElement *element = list_item_element (list_item);
  VwDocument *doc = vw_page_get_document (VW_PAGE (context->page));
  int rating = gtk_spin_button_get_value_as_int (spin);

  if (element == NULL || doc == NULL
      || rating == vw_item_get_int (VW_ITEM (element), context->spec->property))
    return;
  if (!vw_document_set_int (doc, VW_ITEM (element), context->spec->property, rating))
    gtk_spin_button_set_value (spin, vw_item_get_int (VW_ITEM (element), context->spec->property));
}

/* A wheel over an unfocused rating scrolls the table instead of changing the rating. */
static gboolean
on_rating_scroll_cb (GtkEventControllerScroll *controller,
                     double                    dx,
                     double                    dy,
                     CellContext              *context)
{
  GtkWidget *spin = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *scroller = gtk_widget_get_ancestor (spin, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double step;

  if (gtk_widget_has_focus (spin) || gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (spin)), spin)
      || scroller == NULL)
    return FALSE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  step = pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * step);
  return TRUE;
}

/* The name column: the name, and a mark with the number of reference cases attached to the
 * element as evidence (Evidence & Cases), when it has any. */
static GtkWidget *
name_cell_new (CellContext *context)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *mark = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  gtk_box_append (GTK_BOX (mark), gtk_image_new_from_icon_name ("vw-evidence-symbolic"));
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "caption");
  gtk_box_append (GTK_BOX (mark), count);
  gtk_widget_add_css_class (mark, "dim-label");
  gtk_widget_add_css_class (mark, "attached-cases");
  gtk_widget_set_visible (mark, FALSE);
  gtk_box_append (GTK_BOX (box), mark);

  g_object_set_data (G_OBJECT (box), "vw-label", label);
  g_object_set_data (G_OBJECT (box), "vw-cases-mark", mark);
  g_object_set_data (G_OBJECT (box), "vw-cases-count", count);
  return box;
}

static void
show_cases (GtkWidget      *cell,
            VwValueElement *element)
{
  GtkWidget *mark = g_object_get_data (G_OBJECT (cell), "vw-cases-mark");
  g_auto(GStrv) cases = vw_element_dup_cases (VW_ITEM (element));
  guint n = g_strv_length (cases);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *text = NULL;

  /* TRANSLATORS: the mark on a value element in the table; %u is a count */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u reference case attached as evidence",
                                       "%u reference cases attached as evidence", n), n);
  gtk_label_set_label (g_object_get_data (G_OBJECT (cell), "vw-cases-count"), count);
  gtk_widget_set_tooltip_text (mark, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_set_visible (mark, n > 0);
}

static void
on_cases_changed_cb (VwValueElement *element,
                     GParamSpec     *pspec,
                     GtkWidget      *cell)
{
  show_cases (cell, element);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               CellContext              *context)
{
  GtkWidget *cell;

  switch (context->spec->kind)
    {
    case CELL_CHECK:
      cell = gtk_check_button_new ();
      gtk_widget_set_halign (cell, GTK_ALIGN_CENTER);
      g_signal_connect (cell, "toggled", G_CALLBACK (on_check_toggled_cb), list_item);
      break;
    case CELL_RATING:
      {
        GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

        cell = gtk_spin_button_new_with_range (0, 5, 1);
        gtk_editable_set_width_chars (GTK_EDITABLE (cell), 1);
        gtk_widget_add_css_class (cell, "numeric");
        gtk_widget_add_css_class (cell, "rating");
        /* One digit wide, typed or stepped with Up and Down (the wheel once focused), or set
         * by dragging the bubble: the step buttons made three ratings wider than the other
         * columns together, and the table scroll sideways in a narrow window. */
        for (GtkWidget *c = gtk_widget_get_first_child (cell); c != NULL;
             c = gtk_widget_get_next_sibling (c))
          if (GTK_IS_BUTTON (c))
            gtk_widget_set_visible (c, FALSE);
        gtk_widget_set_halign (cell, GTK_ALIGN_START);
        gtk_editable_set_alignment (GTK_EDITABLE (cell), 0.5);
        gtk_widget_set_tooltip_text (cell, _("0 to 5: type a digit, or press Up or Down"));
        g_signal_connect (cell, "value-changed", G_CALLBACK (on_rating_changed_cb), list_item);
        gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
        g_signal_connect (scroll, "scroll", G_CALLBACK (on_rating_scroll_cb), context);
        gtk_widget_add_controller (cell, scroll);
      }
      break;
    case CELL_FIGURE:
      cell = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (cell), 1);
      gtk_widget_add_css_class (cell, "numeric");
      break;
    case CELL_TEXT:
      if (context->spec->expand)
        {
          cell = name_cell_new (context);
          break;
        }
      G_GNUC_FALLTHROUGH;
    case CELL_DIMENSION:
    case CELL_PEOPLE:
    default:
      cell = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (cell), 0);
      gtk_label_set_ellipsize (GTK_LABEL (cell), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (cell), context->spec->expand ? 40 : 18);
      break;
    }

  g_object_set_data (G_OBJECT (cell), "vw-context", context);
  gtk_list_item_set_child (list_item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              CellContext              *context)
{
  VwElementRow *row = gtk_list_item_get_item (list_item);
  VwValueElement *element = vw_element_row_get_element (row);
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  const char *name = vw_item_get_display_name (VW_ITEM (element));
  g_autofree char *accessible = NULL;
  GBinding *binding = NULL;

  switch (context->spec->kind)
    {
    case CELL_CHECK:
      binding = g_object_bind_property (element, "selected", cell, "active", G_BINDING_SYNC_CREATE);
      /* TRANSLATORS: the check button of a value element in the table */
      accessible = g_strdup_printf (_("Use “%s” in the proposition"), name);
      break;
    case CELL_RATING:
      binding = g_object_bind_property (element, context->spec->property, cell, "value", G_BINDING_SYNC_CREATE);
      /* TRANSLATORS: e.g. "Salience of “Fewer unplanned stops”" */
      accessible = g_strdup_printf (_("%s of “%s”"), _(context->spec->title), name);
      break;
    case CELL_FIGURE:
      binding = g_object_bind_property (row, context->spec->property, cell, "label", G_BINDING_SYNC_CREATE);
      break;
    case CELL_DIMENSION:
      binding = g_object_bind_property_full (element, "dimension", cell, "label", G_BINDING_SYNC_CREATE,
                                             transform_dimension, NULL, context, NULL);
      break;
    case CELL_PEOPLE:
      binding = g_object_bind_property_full (element, "stakeholders", cell, "label", G_BINDING_SYNC_CREATE,
                                             transform_people, NULL, context, NULL);
      break;
    case CELL_TEXT:
    default:
      if (context->spec->expand)
        {
          GtkWidget *label = g_object_get_data (G_OBJECT (cell), "vw-label");

          binding = g_object_bind_property (element, context->spec->property, label, "label",
                                            G_BINDING_SYNC_CREATE);
          gtk_widget_set_tooltip_text (label, vw_item_get_string (VW_ITEM (element), "description"));
          show_cases (cell, element);
          g_object_set_data (G_OBJECT (cell), "vw-cases-handler",
                             GSIZE_TO_POINTER (g_signal_connect (element, "notify::cases",
                                                                 G_CALLBACK (on_cases_changed_cb),
                                                                 cell)));
          break;
        }
      binding = g_object_bind_property (element, context->spec->property, cell, "label", G_BINDING_SYNC_CREATE);
      break;
    }

  if (accessible != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data (G_OBJECT (cell), "vw-binding", binding);
  /* Which element and column the cell shows now (cells are recycled); tests look it up. */
  g_object_set_data (G_OBJECT (cell), "vw-element", element);
  g_object_set_data (G_OBJECT (cell), "vw-column", (gpointer) context->spec->name);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                CellContext              *context)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  GBinding *binding = g_object_steal_data (G_OBJECT (cell), "vw-binding");
  gulong handler = GPOINTER_TO_SIZE (g_object_steal_data (G_OBJECT (cell), "vw-cases-handler"));
  VwValueElement *element = g_object_get_data (G_OBJECT (cell), "vw-element");

  if (binding != NULL)
    g_binding_unbind (binding);
  if (handler != 0 && element != NULL)
    g_signal_handler_disconnect (element, handler);
}

static int
compare_strings (const char *a,
                 const char *b)
{
  return g_utf8_collate (a != NULL ? a : "", b != NULL ? b : "");
}

static int
compare_numbers (double a,
                 double b)
{
  return a < b ? -1 : a > b ? 1 : 0;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const ColumnSpec *spec = user_data;
  VwElementRow *row_a = VW_ELEMENT_ROW ((gpointer) a);
  VwElementRow *row_b = VW_ELEMENT_ROW ((gpointer) b);
  VwItem *ea = VW_ITEM (vw_element_row_get_element (row_a));
  VwItem *eb = VW_ITEM (vw_element_row_get_element (row_b));
  const char * const *pa, * const *pb;
  int order = 0;

  switch (spec->kind)
    {
    case CELL_CHECK:
      order = compare_numbers (vw_item_get_bool (ea, "selected"), vw_item_get_bool (eb, "selected"));
      break;
    case CELL_DIMENSION:
      order = compare_numbers (vw_value_element_get_dimension (VW_VALUE_ELEMENT (ea)),
                               vw_value_element_get_dimension (VW_VALUE_ELEMENT (eb)));
      break;
    case CELL_PEOPLE:
      pa = vw_item_get_strv (ea, "stakeholders");
      pb = vw_item_get_strv (eb, "stakeholders");
      order = compare_numbers (pa != NULL ? g_strv_length ((char **) pa) : 0,
                               pb != NULL ? g_strv_length ((char **) pb) : 0);
      break;
    case CELL_RATING:
      order = compare_numbers (vw_item_get_int (ea, spec->property), vw_item_get_int (eb, spec->property));
      break;
    case CELL_FIGURE:
      if (g_str_equal (spec->name, "score"))
        order = compare_numbers (vw_element_row_get_score (row_a), vw_element_row_get_score (row_b));
      else if (vw_element_row_has_value (row_a) != vw_element_row_has_value (row_b))
        order = vw_element_row_has_value (row_a) ? 1 : -1;  /* unquantified first going up */
      else
        order = compare_numbers (vw_element_row_get_value (row_a), vw_element_row_get_value (row_b));
      break;
    case CELL_TEXT:
    default:
      order = compare_strings (vw_item_get_string (ea, spec->property), vw_item_get_string (eb, spec->property));
      break;
    }

  /* Ties keep a stable, readable order. */
  if (order == 0)
    order = compare_strings (vw_item_get_display_name (ea), vw_item_get_display_name (eb));
  return order;
}

/* The columns a narrow table leaves out first: the filters above still choose by them. */
static const char * const optional_columns[] = { "step", "stakeholders", "dimension" };

/* Leaves out the least useful optional column, one a frame, while the table is wider than
 * its place; read from the table's scroll range, which is right only once the columns shown
 * have been laid out (a frame later). With all three out, the page's minimum becomes what
 * the other columns need (more in some languages), so that a narrower window folds its
 * sidebar instead of scrolling the table. */
static gboolean
fit_columns_tick_cb (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  VwElementsPage *self = user_data;
  GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  double width = gtk_adjustment_get_page_size (hadjustment);
  double upper = gtk_adjustment_get_upper (hadjustment);

  if (self->fit_step++ == 0)
    return G_SOURCE_CONTINUE;  /* not laid out yet */

  if (upper > width && self->fit_hidden < G_N_ELEMENTS (optional_columns))
    {
      gtk_column_view_column_set_visible (g_hash_table_lookup (self->columns,
                                                               optional_columns[self->fit_hidden++]),
                                          FALSE);
      return G_SOURCE_CONTINUE;
    }
  if (self->fit_hidden == G_N_ELEMENTS (optional_columns))
    {
      int min = 0;

      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      if (gtk_scrolled_window_get_min_content_width (GTK_SCROLLED_WINDOW (scroller)) < min)
        gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), min);
    }

  self->fit_tick = 0;
  return G_SOURCE_REMOVE;
}

/* Shows as many of the optional columns as fit the table's width, so the table does not
 * scroll sideways when leaving one out would do (libadwaita 1.2 has no breakpoints). The
 * table's own width does not depend on its columns (it scrolls): this cannot oscillate.
 * Narrower, it only leaves more out; @wider, it shows them all and leaves out again. */
void
vw_elements_page_fit_columns (VwElementsPage *self,
                              gboolean        wider)
{
  if (wider)
    {
      for (guint i = 0; i < G_N_ELEMENTS (optional_columns); i++)
        gtk_column_view_column_set_visible (g_hash_table_lookup (self->columns,
                                                                 optional_columns[i]),
                                            TRUE);
      self->fit_hidden = 0;
    }
  self->fit_step = 0;
  if (self->fit_tick == 0)
    self->fit_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->column_view),
                                                   fit_columns_tick_cb, self, NULL);
}

void
vw_elements_page_setup_columns (VwElementsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      const ColumnSpec *spec = &columns[i];
      CellContext *context = g_new0 (CellContext, 1);
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkCustomSorter *sorter;

      context->page = self;
      context->spec = spec;
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), context);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), context);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), context);
      /* The context lives as long as the factory. */
      g_object_set_data_full (G_OBJECT (factory), "vw-context", context, g_free);

      column = gtk_column_view_column_new (_(spec->title), factory);
      gtk_column_view_column_set_expand (column, spec->expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      sorter = gtk_custom_sorter_new (compare_rows, (gpointer) spec, NULL);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      g_ptr_array_add (self->sorters, sorter);
      gtk_column_view_append_column (self->column_view, column);
      g_hash_table_insert (self->columns, (gpointer) spec->name, column);
      g_object_unref (column);
    }

  vw_elements_page_sort_by (self, "score", GTK_SORT_DESCENDING);
}
