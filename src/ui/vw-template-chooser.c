/* vw-template-chooser.c: New from Template: the segment templates, each with a preview
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-template-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "vw-settings.h"
#include "vw-template-chooser.h"
#include "vw-vwb.h"
#include "vw-plain-row.h"

struct _VwTemplateChooser
{
  AdwWindow   parent_instance;

  VwWindow   *parent;      /* weak: the window that asked */
  GPtrArray  *templates;   /* of VwDocument, in list order */

  GtkStack   *stack;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (VwTemplateChooser, vw_template_chooser, ADW_TYPE_WINDOW)

/**
 * vw_template_chooser_get_dirs:
 *
 * Where the templates are: the installed samples, and, for a binary run from its build
 * directory, the source tree's data/samples. The build directory is recognised by the path of
 * the running executable (compile-time VW_BUILD_ROOT), so an installed binary never looks
 * into a source tree, and no environment variable is needed.
 *
 * Returns: (transfer full): the folders, %NULL-terminated
 */
char **
vw_template_chooser_get_dirs (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  if (exe != NULL && g_str_has_prefix (exe, VW_BUILD_ROOT G_DIR_SEPARATOR_S))
    g_strv_builder_add (builder, VW_SOURCE_SAMPLES_DIR);
  g_strv_builder_add (builder, PKGDATADIR G_DIR_SEPARATOR_S "samples");

  return g_strv_builder_end (builder);
}

static const char *
meta_string (VwDocument *doc,
             const char *field)
{
  return vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)), field);
}

static gboolean
is_listed (GPtrArray  *templates,
           const char *template_id)
{
  for (guint i = 0; i < templates->len; i++)
    if (g_strcmp0 (meta_string (g_ptr_array_index (templates, i), "template-id"), template_id) == 0)
      return TRUE;
  return FALSE;
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (meta_string (*(VwDocument **) a, "title"),
                         meta_string (*(VwDocument **) b, "title"));
}

static void
load_templates (VwTemplateChooser *self)
{
  g_auto(GStrv) dirs = vw_template_chooser_get_dirs ();

  for (guint d = 0; dirs[d] != NULL; d++)
    {
      g_autoptr(GDir) dir = g_dir_open (dirs[d], 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = NULL;
          g_autoptr(GFile) file = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(VwDocument) doc = NULL;

          if (!g_str_has_suffix (name, ".vwb"))
            continue;
          path = g_build_filename (dirs[d], name, NULL);
          file = g_file_new_for_path (path);
          doc = vw_vwb_load_file (file, NULL, NULL, &error);
          if (doc == NULL)
            {
              g_warning ("Template %s: %s", path, error->message);
              continue;
            }
          /* The example case sits with the templates but is a case; a template found in
           * the source tree and installed is listed once. */
          if (g_strcmp0 (vw_document_get_kind (doc), "template") != 0
              || is_listed (self->templates, meta_string (doc, "template-id")))
            continue;
          g_ptr_array_add (self->templates, g_steal_pointer (&doc));
        }
    }

  g_ptr_array_sort (self->templates, compare_titles);
}

static guint
count_items (VwDocument *doc,
             VwItemKind  kind)
{
  return g_list_model_get_n_items (vw_document_get_items (doc, kind));
}

static GtkWidget *
create_row (VwDocument *doc)
{
  GtkWidget *row = vw_plain_row (adw_action_row_new ());
  GtkWidget *preview;
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *subtitle = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *s1 = NULL;
  g_autofree char *s2 = NULL;
  g_autofree char *s3 = NULL;
  guint n_stakeholders = count_items (doc, VW_ITEM_STAKEHOLDER);
  guint n_elements = count_items (doc, VW_ITEM_ELEMENT);
  guint n_alternatives = count_items (doc, VW_ITEM_ALTERNATIVE);
  const char *segment = meta_string (doc, "segment");
  const char *description = meta_string (doc, "description");

  subtitle = g_strdup_printf ("%s\n%s", segment != NULL ? segment : "",
                              description != NULL ? description : "");
  /* A preview of what the template brings, one figure a line. */
  s1 = g_strdup_printf (ngettext ("%u stakeholder", "%u stakeholders", n_stakeholders),
                        n_stakeholders);
  s2 = g_strdup_printf (ngettext ("%u value element", "%u value elements", n_elements),
                        n_elements);
  s3 = g_strdup_printf (ngettext ("%u alternative", "%u alternatives", n_alternatives),
                        n_alternatives);
  counts = g_strjoin ("\n", s1, s2, s3, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), meta_string (doc, "title"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  preview = gtk_label_new (counts);
  gtk_label_set_justify (GTK_LABEL (preview), GTK_JUSTIFY_RIGHT);
  gtk_label_set_xalign (GTK_LABEL (preview), 1);
  gtk_widget_add_css_class (preview, "caption");
  gtk_widget_add_css_class (preview, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), preview);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  meta_string (doc, "title"), -1);
  return row;
}

/* One case per window: the window that asked while it is empty, a new one beside it otherwise. */
static VwWindow *
get_target (VwTemplateChooser *self)
{
  GtkApplication *app;
  VwWindow *window;

  if (self->parent != NULL && !vw_window_get_has_case (self->parent)
      && !vw_window_get_loading (self->parent))
    return self->parent;

  app = self->parent != NULL ? gtk_window_get_application (GTK_WINDOW (self->parent)) : NULL;
  window = vw_window_new (app != NULL ? ADW_APPLICATION (app) : NULL);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/**
 * vw_template_chooser_choose:
 * @self: a #VwTemplateChooser
 * @index: the template's row
 *
 * Creates an untitled case from the template, with the user as its author, shows it (in the
 * window that asked while it is empty, beside it otherwise), and closes the chooser.
 */
void
vw_template_chooser_choose (VwTemplateChooser *self,
                            guint              index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(VwSettings) settings = vw_settings_new ();
  VwItem *meta;

  g_return_if_fail (VW_IS_TEMPLATE_CHOOSER (self));
  g_return_if_fail (index < self->templates->len);

  doc = vw_vwb_new_from_template (g_ptr_array_index (self->templates, index), &error);
  if (doc == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }

  /* Defaults the template leaves open come from the preferences; a template's own currency
   * and period stay, its figures are in them. */
  meta = VW_ITEM (vw_document_get_meta (doc));
  vw_item_set_string (meta, "author", g_get_real_name ());
  if (meta_string (doc, "currency") == NULL)
    vw_item_set_string (meta, "currency", vw_settings_get_default_currency (settings));
  if (meta_string (doc, "period-unit") == NULL)
    vw_item_set_string (meta, "period-unit", vw_settings_get_default_period (settings));

  vw_window_show_document (get_target (self), doc);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_empty_clicked_cb (VwTemplateChooser *self)
{
  vw_window_new_case (get_target (self));
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_row_activated_cb (VwTemplateChooser *self,
                     GtkListBoxRow     *row)
{
  vw_template_chooser_choose (self, (guint) gtk_list_box_row_get_index (row));
}

static void
vw_template_chooser_dispose (GObject *object)
{
  VwTemplateChooser *self = (VwTemplateChooser *)object;

  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_TEMPLATE_CHOOSER);

  G_OBJECT_CLASS (vw_template_chooser_parent_class)->dispose (object);
}

static void
vw_template_chooser_finalize (GObject *object)
{
  VwTemplateChooser *self = (VwTemplateChooser *)object;

  g_ptr_array_unref (self->templates);

  G_OBJECT_CLASS (vw_template_chooser_parent_class)->finalize (object);
}

static void
vw_template_chooser_class_init (VwTemplateChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vw_template_chooser_dispose;
  object_class->finalize = vw_template_chooser_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vw-template-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, VwTemplateChooser, stack);
  gtk_widget_class_bind_template_child (widget_class, VwTemplateChooser, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_empty_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vw_template_chooser_init (VwTemplateChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->templates = g_ptr_array_new_with_free_func (g_object_unref);
  load_templates (self);
  for (guint i = 0; i < self->templates->len; i++)
    gtk_list_box_append (self->list, create_row (g_ptr_array_index (self->templates, i)));
  gtk_stack_set_visible_child_name (self->stack, self->templates->len > 0 ? "list" : "empty");

  /* Enter takes the first template, arrows the others. */
  if (self->templates->len > 0)
    gtk_window_set_focus (GTK_WINDOW (self),
                          GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, 0)));
}

VwTemplateChooser *
vw_template_chooser_new (VwWindow *parent)
{
  VwTemplateChooser *self = g_object_new (VW_TYPE_TEMPLATE_CHOOSER,
                                          "transient-for", parent,
                                          NULL);

  g_set_weak_pointer (&self->parent, parent);
  return self;
}

guint
vw_template_chooser_get_n_templates (VwTemplateChooser *self)
{
  g_return_val_if_fail (VW_IS_TEMPLATE_CHOOSER (self), 0);

  return self->templates->len;
}

const char *
vw_template_chooser_get_title (VwTemplateChooser *self,
                               guint              index)
{
  g_return_val_if_fail (VW_IS_TEMPLATE_CHOOSER (self), NULL);
  g_return_val_if_fail (index < self->templates->len, NULL);

  return meta_string (g_ptr_array_index (self->templates, index), "title");
}
