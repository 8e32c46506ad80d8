/* vw-window.c: the main window, one value case per window
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-window"

#include <glib/gi18n.h>

#include "vw-elements-page.h"
#include "vw-proposition-page.h"
#include "vw-evidence-page.h"
#include "vw-model-page.h"
#include "vw-overview-page.h"
#include "vw-pricing-page.h"
#include "vw-stakeholders-page.h"
#include "vw-window-private.h"

typedef struct
{
  const char *name;
  const char *title;        /* N_() */
  const char *icon_name;
  const char *description;  /* N_(): shown until the page has its own widget */
  GType     (*get_type) (void);  /* a VwPage subclass, or NULL for the placeholder */
} VwPageInfo;

/* The pages of the main window, in working order (docs/architecture.md). This table is the one
 * place that lists them: the sidebar, the view stack, the Alt+N shortcuts and the tests use it. */
static const VwPageInfo pages[] = {
  { "overview", N_("Overview"), "vw-overview-symbolic",
    N_("The customer, the segment, whether this customer is ready for a value-based offer, and the alternatives you compare."),
    vw_overview_page_get_type },
  { "stakeholders", N_("Stakeholders"), "vw-stakeholders-symbolic",
    N_("The buying center: who decides, who influences, how they see you, and what each person cares about."),
    vw_stakeholders_page_get_type },
  { "proposition", N_("Value Proposition"), "vw-proposition-symbolic",
    N_("The value proposition stack, from your segment’s message down to each person’s figures."),
    vw_proposition_page_get_type },
  { "elements", N_("Value Elements"), "vw-elements-symbolic",
    N_("Choose the few value elements that are salient, differentiating and of high economic impact."),
    vw_elements_page_get_type },
  { "model", N_("Model & Simulation"), "vw-model-symbolic",
    N_("Quantify the value in the customer’s KPIs, compare the alternatives and simulate the uncertainty."),
    vw_model_page_get_type },
  { "pricing", N_("Pricing"), "vw-pricing-symbolic",
    N_("Price from value: how the value created is shared between the customer and you."),
    vw_pricing_page_get_type },
  { "evidence", N_("Evidence & Cases"), "vw-evidence-symbolic",
    N_("Verify the value delivered and keep it as a searchable reference case."),
    vw_evidence_page_get_type },
};

G_DEFINE_FINAL_TYPE (VwWindow, vw_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_HAS_CASE,
  PROP_VISIBLE_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_leaflet_changed_cb (VwWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  gboolean content_shown = adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->view_stack);

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), self->has_case && folded && content_shown);
  vw_window_actions_update (self);
}

static void
on_sidebar_row_selected_cb (VwWindow      *self,
                            GtkListBoxRow *row)
{
  int index;

  if (row == NULL)
    return;

  index = gtk_list_box_row_get_index (row);
  g_assert (index >= 0 && index < (int) G_N_ELEMENTS (pages));
  adw_view_stack_set_visible_child_name (self->view_stack, pages[index].name);
}

static void
on_sidebar_row_activated_cb (VwWindow      *self,
                             GtkListBoxRow *row)
{
  /* On a narrow window the sidebar fills it; choosing a page shows the page. */
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->view_stack));
}

/* Hands the case shown (or none) to every page. */
void
vw_window_bind_pages (VwWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (self->view_stack, pages[i].name);

      if (VW_IS_PAGE (child))
        vw_page_set_case (VW_PAGE (child), self->document, self->case_model);
    }
}

/**
 * vw_window_get_case_model:
 *
 * Returns: (transfer none) (nullable): the one compiled model of the case shown, which every
 *   page shares
 */
VwCaseModel *
vw_window_get_case_model (VwWindow *self)
{
  g_return_val_if_fail (VW_IS_WINDOW (self), NULL);

  return self->case_model;
}

int
vw_window_page_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_strcmp0 (pages[i].name, name) == 0)
      return (int) i;

  return -1;
}

static void
on_visible_page_changed_cb (VwWindow *self)
{
  int index = vw_window_page_index (adw_view_stack_get_visible_child_name (self->view_stack));

  if (index >= 0)
    {
      gtk_list_box_select_row (self->sidebar_list,
                               gtk_list_box_get_row_at_index (self->sidebar_list, index));
      /* The content region is named after the page it shows, for screen readers. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->view_stack),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(pages[index].title),
                                      -1);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_PAGE]);
}

static GtkWidget *
create_sidebar_row (const VwPageInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (info->icon_name);
  GtkWidget *label = gtk_label_new (_(info->title));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->title),
                                  -1);
  return row;
}

static GtkWidget *
create_placeholder_page (const VwPageInfo *info)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), info->icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _(info->title));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), _(info->description));
  return status;
}

static void
vw_window_build_pages (VwWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      AdwViewStackPage *page;
      GtkWidget *child = pages[i].get_type != NULL
        ? g_object_new (pages[i].get_type (), NULL)
        : create_placeholder_page (&pages[i]);

      page = adw_view_stack_add_titled (self->view_stack,
                                        child,
                                        pages[i].name,
                                        _(pages[i].title));
      adw_view_stack_page_set_icon_name (page, pages[i].icon_name);
      gtk_list_box_append (self->sidebar_list, create_sidebar_row (&pages[i]));
    }

  gtk_list_box_select_row (self->sidebar_list, gtk_list_box_get_row_at_index (self->sidebar_list, 0));
}

void
vw_window_set_has_case (VwWindow *self,
                        gboolean  has_case)
{
  has_case = !!has_case;
  if (self->has_case == has_case)
    return;

  self->has_case = has_case;
  gtk_stack_set_visible_child_name (self->main_stack, has_case ? "case" : "start");
  vw_window_update_title (self);
  on_leaflet_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CASE]);
}

static gboolean
vw_window_close_request (GtkWindow *window)
{
  VwWindow *self = VW_WINDOW (window);
  GSettings *gsettings = vw_settings_get_gsettings (self->settings);
  gboolean maximized = gtk_window_is_maximized (window);

  /* Unsaved changes: ask first; the dialog closes the window again once it is answered. */
  if (!vw_window_confirm_close (self))
    return TRUE;

  /* A maximized window keeps the size it had before, for when it is restored. */
  if (!maximized)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (gsettings, "window-width", width);
      g_settings_set_int (gsettings, "window-height", height);
    }
  g_settings_set_boolean (gsettings, "window-maximized", maximized);

  return GTK_WINDOW_CLASS (vw_window_parent_class)->close_request (window);
}

static void
vw_window_dispose (GObject *object)
{
  VwWindow *self = (VwWindow *)object;

  vw_window_drafts_dispose (self);
  vw_window_monitor_stop (self);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_cancellable_cancel (self->save_cancellable);
  g_clear_object (&self->save_cancellable);
  vw_window_set_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vw_window_parent_class)->dispose (object);
}

static void
vw_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VwWindow *self = VW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_HAS_CASE:
      g_value_set_boolean (value, self->has_case);
      break;
    case PROP_VISIBLE_PAGE:
      g_value_set_string (value, vw_window_get_visible_page (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vw_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VwWindow *self = VW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VISIBLE_PAGE:
      vw_window_set_visible_page (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vw_window_class_init (VwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vw_window_dispose;
  object_class->get_property = vw_window_get_property;
  object_class->set_property = vw_window_set_property;
  window_class->close_request = vw_window_close_request;

  properties[PROP_HAS_CASE] =
    g_param_spec_boolean ("has-case", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VISIBLE_PAGE] =
    g_param_spec_string ("visible-page", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, history_section);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, notice_icon);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, keep_button);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, reload_button);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, sidebar_subtitle);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, VwWindow, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed_cb);

  vw_window_class_actions_init (widget_class);
}

static void
vw_window_init (VwWindow *self)
{
  GSettings *gsettings;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = vw_settings_new ();
  gsettings = vw_settings_get_gsettings (self->settings);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (gsettings, "window-width"),
                               g_settings_get_int (gsettings, "window-height"));
  if (g_settings_get_boolean (gsettings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  vw_window_build_pages (self);
  vw_window_recent_init (self);
  vw_window_update_title (self);
  vw_window_actions_update (self);
}

VwWindow *
vw_window_new (AdwApplication *application)
{
  g_return_val_if_fail (application == NULL || ADW_IS_APPLICATION (application), NULL);

  return g_object_new (VW_TYPE_WINDOW, "application", application, NULL);
}

/**
 * vw_window_new_case:
 * @self: a #VwWindow
 *
 * Shows an empty, untitled value case in @self, on its first page. It has the two
 * alternatives every value case compares, the customer today and our offer, so that its
 * figures can be added at once.
 */
void
vw_window_new_case (VwWindow *self)
{
  g_autoptr(VwDocument) document = vw_document_new ();
  struct { const char *id, *role, *name; } alternatives[] = {
    { "today", "status-quo", N_("The customer today") },
    { "our_offer", "offer", N_("Our offer") },
  };

  g_return_if_fail (VW_IS_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (alternatives); i++)
    {
      g_autoptr(VwAlternative) alternative = vw_alternative_new (alternatives[i].id);

      vw_item_set_string (VW_ITEM (alternative), "role", alternatives[i].role);
      vw_item_set_string (VW_ITEM (alternative), "name", _(alternatives[i].name));
      vw_document_append_item (document, VW_ITEM (alternative));
    }

  vw_window_set_document (self, document);
  vw_window_set_visible_page (self, pages[0].name);
}

gboolean
vw_window_get_has_case (VwWindow *self)
{
  g_return_val_if_fail (VW_IS_WINDOW (self), FALSE);

  return self->has_case;
}

const char *
vw_window_get_visible_page (VwWindow *self)
{
  g_return_val_if_fail (VW_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
vw_window_set_visible_page (VwWindow   *self,
                            const char *page_name)
{
  g_return_if_fail (VW_IS_WINDOW (self));

  if (vw_window_page_index (page_name) < 0)
    {
      g_warning ("No page named “%s”", page_name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, page_name);
}

void
vw_window_add_toast (VwWindow   *self,
                     const char *message)
{
  g_return_if_fail (VW_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/**
 * vw_window_list_page_names:
 *
 * Returns: (transfer none): the page names, in sidebar order, %NULL-terminated.
 */
const char * const *
vw_window_list_page_names (void)
{
  static const char *names[G_N_ELEMENTS (pages) + 1];

  if (names[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      names[i] = pages[i].name;

  return names;
}
