/* vw-cases-view.c: the reference cases: search, facets, evidence, benchmark defaults
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything that touches the database runs in a worker (GTask), never on the main loop:
 * opening and seeding the samples, each search as the user types (the previous one is
 * cancelled), the benchmarks of the KPIs found, imports and exports. The repository itself is
 * thread-safe (vw-case-repository.h). A result that arrives after a newer request is dropped.
 */

#define G_LOG_DOMAIN "vw-cases-view"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-attached-cases-group.h"
#include "vw-benchmark-group.h"
#include "vw-cases-view-private.h"
#include "vw-element-evidence.h"
#include "vw-format.h"
#include "vw-items.h"
#include "vw-promote-dialog.h"
#include "vw-unit-format.h"

#define MAX_FACET_CHIPS 8
#define PAGE_SIZE       20
#define MAX_BENCHMARKS  4


G_DEFINE_FINAL_TYPE (VwCasesView, vw_cases_view, ADW_TYPE_BIN)

/* Benchmarks of the most frequent KPIs among the matches, within the chosen industry. */
static void
start_benchmarks (VwCasesView *self)
{
  GPtrArray *kpis = vw_case_search_results_get_facets (self->results, VW_CASE_TAG_KPI);
  const char *keys[MAX_BENCHMARKS + 1] = { NULL };

  if (self->facets[VW_CASE_TAG_KPI] != NULL)
    keys[0] = self->facets[VW_CASE_TAG_KPI];
  else
    for (guint i = 0; kpis != NULL && i < kpis->len && i < MAX_BENCHMARKS; i++)
      keys[i] = ((VwCaseTag *) g_ptr_array_index (kpis, i))->key;

  vw_benchmark_group_update (self->benchmarks, self->repository,
                             self->facets[VW_CASE_TAG_INDUSTRY], keys);
}

static const VwNumberLocale *
view_locale (void)
{
  return vw_number_locale_from_environment ();
}

void
vw_cases_view_show_toast (VwCasesView *self,
                          const char  *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_message ("%s", message);
}

/* A figure in its KPI's unit and the case's currency. */
static char *
format_figure (const VwCaseFigure *figure,
               const char         *currency,
               double              value)
{
  VwValueFormat format;

  vw_value_format_for_unit (figure->unit, currency, &format);
  if (format.kind == VW_VALUE_PERCENT && format.decimals < 0)
    format.decimals = 1;
  return vw_format_value (view_locale (), &format, value, VW_FORMAT_EXACT);
}

/* "Unplanned downtime 14 h/week → 8.5 h/week (39% better)" */
static char *
figure_text (const VwCaseFigure *figure,
             const char         *currency)
{
  g_autofree char *realized = format_figure (figure, currency, figure->realized);
  double improvement = vw_case_figure_improvement (figure);

  if (isfinite (figure->baseline) && isfinite (improvement))
    {
      g_autofree char *baseline = format_figure (figure, currency, figure->baseline);
      g_autofree char *better = vw_format_percent (view_locale (), fabs (improvement), 0);

      return improvement >= 0
        /* TRANSLATORS: a verified figure: KPI, before → after, and the improvement */
        ? g_strdup_printf (_("%s %s → %s (%s better)"), figure->kpi_name, baseline, realized,
                           better)
        : g_strdup_printf (_("%s %s → %s (%s worse)"), figure->kpi_name, baseline, realized,
                           better);
    }
  /* TRANSLATORS: a verified figure without a baseline: KPI and the realized value */
  return g_strdup_printf (_("%s %s (verified)"), figure->kpi_name, realized);
}

/**
 * vw_cases_view_dup_case_summary:
 *
 * Returns: the case in one line, as it is added to a value element's evidence:
 *   "Reference case: TITLE — FIGURE; FIGURE"
 */
char *
vw_cases_view_dup_case_summary (VwReferenceCase *reference_case)
{
  GPtrArray *figures = vw_reference_case_get_figures (reference_case);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, _("Reference case: %s"),
                          vw_reference_case_get_title (reference_case));
  for (guint i = 0; i < figures->len && i < 3; i++)
    {
      g_autofree char *figure = figure_text (g_ptr_array_index (figures, i),
                                             vw_reference_case_get_currency (reference_case));

      g_string_append (text, i == 0 ? " — " : "; ");
      g_string_append (text, figure);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Search ------------------------------------------------------------------------------------ */

static GtkWidget *
tag_label_new (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "vw-tag");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
on_use_evidence_cb (GtkWidget  *button,
                    const char *element_id)
{
  VwCasesView *self = VW_CASES_VIEW (gtk_widget_get_ancestor (button, VW_TYPE_CASES_VIEW));
  VwReferenceCase *reference_case = g_object_get_data (G_OBJECT (button), "vw-case");
  GtkWidget *popover = gtk_widget_get_ancestor (button, GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  if (vw_cases_view_use_as_evidence (self, reference_case, element_id))
    vw_cases_view_show_toast (self, _("Reference case added to the value element’s evidence"));
  else
    vw_cases_view_show_toast (self, _("The value element already has this reference case"));
}

/* The popover listing the document's value elements, built when the button opens it (a page
 * of results would otherwise build one button per element per case). */
static void
create_evidence_popover_cb (GtkMenuButton *button,
                            gpointer       user_data)
{
  VwCasesView *self = VW_CASES_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                              VW_TYPE_CASES_VIEW));
  VwReferenceCase *reference_case = user_data;
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *heading = gtk_label_new (_("Add to the evidence of"));
  GListModel *elements;
  guint n;

  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_bottom (heading, 6);
  gtk_box_append (GTK_BOX (box), heading);

  elements = vw_document_get_items (self->document, VW_ITEM_ELEMENT);
  n = g_list_model_get_n_items (elements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, i);
      GtkWidget *item = gtk_button_new_with_label (vw_item_get_display_name (element));

      gtk_widget_add_css_class (item, "flat");
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (item))), 0);
      g_object_set_data_full (G_OBJECT (item), "vw-case", g_object_ref (reference_case),
                              g_object_unref);
      g_signal_connect_data (item, "clicked", G_CALLBACK (on_use_evidence_cb),
                             g_strdup (vw_item_get_id (element)), (GClosureNotify) g_free, 0);
      gtk_box_append (GTK_BOX (box), item);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
}

static GtkWidget *
evidence_button_new (VwCasesView     *self,
                     VwReferenceCase *reference_case)
{
  GtkWidget *button = gtk_menu_button_new ();
  gboolean has_elements = self->document != NULL
    && g_list_model_get_n_items (vw_document_get_items (self->document, VW_ITEM_ELEMENT)) > 0;

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Use as Evidence"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, has_elements);
  if (has_elements)
    gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_evidence_popover_cb,
                                           g_object_ref (reference_case), g_object_unref);
  return button;
}

static GtkWidget *
create_result_row (gpointer item,
                   gpointer user_data)
{
  VwCasesView *self = user_data;
  VwReferenceCase *reference_case = item;
  GPtrArray *figures = vw_reference_case_get_figures (reference_case);
  GPtrArray *tags = vw_reference_case_get_tags (reference_case);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (vw_reference_case_get_title (reference_case));
  GtkWidget *tag_box = gtk_flow_box_new ();
  GtkWidget *snippet = gtk_label_new (NULL);
  const char *text = vw_reference_case_get_snippet (reference_case);
  g_autofree char *markup = NULL;

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (top), title);
  if (vw_reference_case_get_sample (reference_case))
    gtk_box_append (GTK_BOX (top), tag_label_new (_("Sample"), "vw-sample"));
  gtk_box_append (GTK_BOX (top), evidence_button_new (self, reference_case));
  gtk_box_append (GTK_BOX (box), top);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (tag_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (tag_box), 6);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (tag_box), 6);
  for (guint i = 0; i < tags->len; i++)
    {
      const VwCaseTag *tag = g_ptr_array_index (tags, i);

      if (tag->kind == VW_CASE_TAG_INDUSTRY || tag->kind == VW_CASE_TAG_APPLICATION
          || tag->kind == VW_CASE_TAG_REGION || tag->kind == VW_CASE_TAG_YEAR)
        gtk_flow_box_append (GTK_FLOW_BOX (tag_box),
                             tag_label_new (vw_case_tag_get_display_label (tag), NULL));
    }
  gtk_box_append (GTK_BOX (box), tag_box);

  if (text == NULL || text[0] == '\0')
    text = vw_reference_case_get_summary (reference_case);
  markup = vw_case_snippet_to_markup (text ? text : "");
  gtk_label_set_markup (GTK_LABEL (snippet), markup);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_widget_add_css_class (snippet, "vw-snippet");
  gtk_box_append (GTK_BOX (box), snippet);

  for (guint i = 0; i < figures->len; i++)
    {
      g_autofree char *figure = figure_text (g_ptr_array_index (figures, i),
                                             vw_reference_case_get_currency (reference_case));
      GtkWidget *label = gtk_label_new (figure);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "vw-verified-figure");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  vw_reference_case_get_title (reference_case), -1);
  return row;
}

static void
on_facet_toggled_cb (GtkToggleButton *button,
                     VwCasesView     *self)
{
  VwCaseTagKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "vw-kind"));
  const char *key = g_object_get_data (G_OBJECT (button), "vw-key");

  vw_cases_view_set_facet (self, kind, gtk_toggle_button_get_active (button) ? key : NULL);
}

/* One line of chips per facet kind: the most frequent values among all matches. */
static void
build_facets (VwCasesView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->facet_box))) != NULL)
    gtk_box_remove (self->facet_box, child);

  for (VwCaseTagKind kind = 0; kind < VW_CASE_TAG_N_FACETS; kind++)
    {
      GPtrArray *facets = vw_case_search_results_get_facets (self->results, kind);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *title = gtk_label_new (vw_case_tag_kind_get_title (kind));
      GtkWidget *chips = gtk_flow_box_new ();

      if (facets == NULL || facets->len == 0)
        continue;

      gtk_widget_add_css_class (title, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_width_chars (GTK_LABEL (title), 14);
      gtk_widget_set_valign (title, GTK_ALIGN_START);
      gtk_widget_set_margin_top (title, 6);
      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (chips), GTK_SELECTION_NONE);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (chips), 4);
      gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (chips), 6);
      gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (chips), 6);
      gtk_widget_set_hexpand (chips, TRUE);

      for (guint i = 0; i < facets->len && i < MAX_FACET_CHIPS; i++)
        {
          const VwCaseTag *facet = g_ptr_array_index (facets, i);
          g_autofree char *text = g_strdup_printf ("%s (%u)",
                                                   vw_case_tag_get_display_label (facet),
                                                   facet->count);
          GtkWidget *chip = gtk_toggle_button_new_with_label (text);

          gtk_widget_add_css_class (chip, "vw-facet");
          gtk_widget_set_halign (chip, GTK_ALIGN_START);
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip),
                                        g_strcmp0 (self->facets[kind], facet->key) == 0);
          g_object_set_data (G_OBJECT (chip), "vw-kind", GINT_TO_POINTER (kind));
          g_object_set_data_full (G_OBJECT (chip), "vw-key", g_strdup (facet->key), g_free);
          g_signal_connect (chip, "toggled", G_CALLBACK (on_facet_toggled_cb), self);
          gtk_flow_box_append (GTK_FLOW_BOX (chips), chip);
        }

      gtk_box_append (GTK_BOX (line), title);
      gtk_box_append (GTK_BOX (line), chips);
      gtk_box_append (self->facet_box, line);
    }
}

void
vw_cases_view_set_searching (VwCasesView *self,
                             gboolean     searching)
{
  self->searching = searching;
  gtk_spinner_set_spinning (self->spinner, searching || self->opening);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), searching || self->opening);
}

typedef struct
{
  VwCasesView *view;
  guint        serial;
} SearchCall;

static void
on_search_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autofree SearchCall *call = user_data;
  g_autoptr(VwCasesView) self = call->view;
  g_autoptr(GError) error = NULL;
  g_autoptr(VwCaseSearchResults) results = NULL;
  g_autofree char *count = NULL;
  guint total;

  results = vw_case_repository_search_finish (VW_CASE_REPOSITORY (source), result, &error);
  if (call->serial != self->search_serial)
    return;  /* a newer search runs: its result counts */

  vw_cases_view_set_searching (self, FALSE);
  if (results == NULL)
    {
      gtk_label_set_text (self->count_label, error->message);
      return;
    }

  g_set_object (&self->results, results);
  total = vw_case_search_results_get_total (results);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reference case",
                                        "%u reference cases", total), total);
  gtk_label_set_text (self->count_label, count);
  gtk_list_box_bind_model (self->result_list, vw_case_search_results_get_cases (results),
                           create_result_row, self, NULL);
  gtk_widget_set_visible (self->more_button,
                          g_list_model_get_n_items (vw_case_search_results_get_cases (results))
                          < total);
  build_facets (self);
  start_benchmarks (self);
}

/* Searches with the entry's text, the chosen facets and the current page size. */
static void
run_search (VwCasesView *self)
{
  g_autofree char *text = NULL;
  VwCaseQuery query;
  SearchCall *call;

  if (self->repository == NULL)
    return;

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  self->search_cancellable = g_cancellable_new ();

  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  query = (VwCaseQuery) {
    .text = text,
    .industry = self->facets[VW_CASE_TAG_INDUSTRY],
    .element = self->facets[VW_CASE_TAG_ELEMENT],
    .kpi = self->facets[VW_CASE_TAG_KPI],
    .dimension = self->facets[VW_CASE_TAG_DIMENSION],
    .limit = self->limit,
  };
  call = g_new0 (SearchCall, 1);
  call->view = g_object_ref (self);
  call->serial = ++self->search_serial;
  vw_cases_view_set_searching (self, TRUE);
  /* The repository copies the query; the search runs in its worker. */
  vw_case_repository_search_async (self->repository, &query, self->search_cancellable,
                                   on_search_done_cb, call);
}

/**
 * vw_cases_view_search:
 *
 * Searches with the entry's text and the chosen facets, in a worker, showing the first page
 * of results; a search still running is cancelled. Called as the user types.
 */
void
vw_cases_view_search (VwCasesView *self)
{
  g_return_if_fail (VW_IS_CASES_VIEW (self));

  self->limit = PAGE_SIZE;
  run_search (self);
}

static void
on_more_clicked_cb (VwCasesView *self)
{
  self->limit = MIN (self->limit + PAGE_SIZE, 500);
  run_search (self);
}

void
vw_cases_view_set_facet (VwCasesView   *self,
                         VwCaseTagKind  kind,
                         const char    *key)
{
  g_return_if_fail (VW_IS_CASES_VIEW (self));
  g_return_if_fail (kind < VW_CASE_TAG_N_FACETS);

  if (g_strcmp0 (self->facets[kind], key) == 0)
    return;
  g_free (self->facets[kind]);
  self->facets[kind] = g_strdup (key);
  vw_cases_view_search (self);
}

/* Evidence ----------------------------------------------------------------------------------- */

/**
 * vw_cases_view_use_as_evidence:
 *
 * Attaches @reference_case to the value element @element_id of the document (one undoable
 * command): its id in the element's `cases`, its one-line summary in its evidence.
 *
 * Returns: %FALSE when the element already has it, or there is no such element
 */
gboolean
vw_cases_view_use_as_evidence (VwCasesView     *self,
                               VwReferenceCase *reference_case,
                               const char      *element_id)
{
  g_autofree char *summary = NULL;
  VwItem *element;

  g_return_val_if_fail (VW_IS_CASES_VIEW (self), FALSE);
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (reference_case), FALSE);

  if (self->document == NULL
      || (element = vw_document_find (self->document, VW_ITEM_ELEMENT, element_id)) == NULL)
    return FALSE;

  summary = vw_cases_view_dup_case_summary (reference_case);
  return vw_element_attach_case (self->document, element,
                                 vw_reference_case_get_uid (reference_case), summary);
}

/* The widget --------------------------------------------------------------------------------- */

static void
vw_cases_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vw_cases_view_parent_class)->map (widget);

  /* The repository is opened the first time the user looks at it. */
  vw_cases_view_open (VW_CASES_VIEW (widget));
}

static void
vw_cases_view_dispose (GObject *object)
{
  VwCasesView *self = VW_CASES_VIEW (object);

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_object (&self->document);
  g_clear_object (&self->repository);
  g_clear_object (&self->results);
  g_clear_object (&self->sample_bundle);
  g_clear_pointer (&self->repository_path, g_free);
  for (guint i = 0; i < VW_CASE_TAG_N_FACETS; i++)
    g_clear_pointer (&self->facets[i], g_free);

  G_OBJECT_CLASS (vw_cases_view_parent_class)->dispose (object);
}

static void
vw_cases_view_class_init (VwCasesViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = vw_cases_view_dispose;
  widget_class->map = vw_cases_view_map;

  gtk_widget_class_install_action (widget_class, "cases.import", NULL,
                                   vw_cases_view_import_action);
  gtk_widget_class_install_action (widget_class, "cases.export", NULL,
                                   vw_cases_view_export_action);
  gtk_widget_class_install_action (widget_class, "cases.promote", NULL,
                                   vw_cases_view_promote_action);
}

static GtkWidget *
build_search_bar (VwCasesView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *promote = gtk_button_new_with_mnemonic (_("_Promote This Case…"));
  g_autoptr(GMenu) menu = g_menu_new ();

  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->entry, "placeholder-text", _("Search reference cases"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search reference cases"), -1);
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (vw_cases_view_search),
                            self);

  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);

  g_menu_append (menu, _("_Import Cases…"), "cases.import");
  g_menu_append (menu, _("_Export All Cases…"), "cases.export");
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (menu_button, _("Import and Export"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Import and Export"), -1);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (promote), "cases.promote");
  gtk_widget_set_tooltip_text (promote, _("Add this case’s verified result to the repository, "
                                          "anonymized"));

  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->spinner));
  gtk_box_append (GTK_BOX (bar), promote);
  gtk_box_append (GTK_BOX (bar), menu_button);
  return bar;
}

static void
vw_cases_view_init (VwCasesView *self)
{
  GtkWidget *results = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *loading = adw_status_page_new ();
  GtkWidget *spinner = gtk_spinner_new ();

  self->stack = GTK_STACK (gtk_stack_new ());
  self->limit = PAGE_SIZE;

  adw_status_page_set_title (ADW_STATUS_PAGE (loading), _("Opening the Case Repository"));
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  adw_status_page_set_child (ADW_STATUS_PAGE (loading), spinner);

  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->error_page, "dialog-warning-symbolic");
  adw_status_page_set_title (self->error_page, _("The Case Repository Cannot Be Opened"));

  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->count_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  self->facet_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));

  self->benchmarks = VW_BENCHMARK_GROUP (vw_benchmark_group_new ());
  self->attached = VW_ATTACHED_CASES_GROUP (vw_attached_cases_group_new ());

  self->result_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->result_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->result_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->result_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reference cases found"), -1);

  gtk_box_append (GTK_BOX (results), GTK_WIDGET (self->attached));
  gtk_box_append (GTK_BOX (results), build_search_bar (self));
  gtk_box_append (GTK_BOX (results), GTK_WIDGET (self->facet_box));
  gtk_box_append (GTK_BOX (results), GTK_WIDGET (self->benchmarks));
  gtk_box_append (GTK_BOX (results), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (results), GTK_WIDGET (self->result_list));
  self->more_button = gtk_button_new_with_mnemonic (_("Show _More Results"));
  gtk_widget_set_halign (self->more_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->more_button, "pill");
  gtk_widget_set_visible (self->more_button, FALSE);
  g_signal_connect_swapped (self->more_button, "clicked", G_CALLBACK (on_more_clicked_cb), self);
  gtk_box_append (GTK_BOX (results), self->more_button);

  gtk_stack_add_named (self->stack, loading, "loading");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");
  gtk_stack_add_named (self->stack, results, "results");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
  /* Typing anywhere in the view goes to the search. */
  gtk_search_entry_set_key_capture_widget (self->entry, GTK_WIDGET (self));
}

GtkWidget *
vw_cases_view_new (void)
{
  return g_object_new (VW_TYPE_CASES_VIEW, NULL);
}

void
vw_cases_view_set_document (VwCasesView *self,
                            VwDocument  *document)
{
  g_return_if_fail (VW_IS_CASES_VIEW (self));

  if (!g_set_object (&self->document, document))
    return;

  vw_benchmark_group_set_document (self->benchmarks, document);
  if (self->repository != NULL)
    vw_attached_cases_group_set_case (self->attached, document, self->repository);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cases.promote", document != NULL);
  /* The "Use as evidence" lists show this document's elements. */
  if (self->results != NULL)
    gtk_list_box_bind_model (self->result_list, vw_case_search_results_get_cases (self->results),
                             create_result_row, self, NULL);
  if (self->results != NULL && self->repository != NULL)
    start_benchmarks (self);
}

void
vw_cases_view_set_repository_path (VwCasesView *self,
                                   const char  *path,
                                   GFile       *sample_bundle)
{
  g_return_if_fail (VW_IS_CASES_VIEW (self));
  g_return_if_fail (self->repository == NULL && !self->opening);

  g_free (self->repository_path);
  self->repository_path = g_strdup (path);
  g_set_object (&self->sample_bundle, sample_bundle);
}

VwCaseRepository *
vw_cases_view_get_repository (VwCasesView *self)
{
  g_return_val_if_fail (VW_IS_CASES_VIEW (self), NULL);

  return self->repository;
}

gboolean
vw_cases_view_get_busy (VwCasesView *self)
{
  g_return_val_if_fail (VW_IS_CASES_VIEW (self), FALSE);

  return self->opening || self->searching;
}

GtkEditable *
vw_cases_view_get_search_entry (VwCasesView *self)
{
  g_return_val_if_fail (VW_IS_CASES_VIEW (self), NULL);

  return GTK_EDITABLE (self->entry);
}

VwCaseSearchResults *
vw_cases_view_get_results (VwCasesView *self)
{
  g_return_val_if_fail (VW_IS_CASES_VIEW (self), NULL);

  return self->results;
}
