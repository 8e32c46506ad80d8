/* vw-application.c: start-up, the command line, application-wide actions
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-application"

#include <glib/gi18n.h>

#include "vw-application.h"
#include "vw-case-figures.h"
#include "vw-cli.h"
#include "vw-drafts.h"
#include "vw-preferences-window.h"
#include "vw-settings.h"
#include "vw-recovery.h"
#include "vw-window.h"

struct _VwApplication
{
  AdwApplication  parent_instance;

  VwSettings     *settings;
  gint64          started_at;
  gboolean        quit_after_first_frame;
  gboolean        first_frame_seen;
  gboolean        recovery_offered;
  char          **present_sets;    /* --present FILE: the --set values, applied once loaded */
  gboolean        present_pending;
};

G_DEFINE_FINAL_TYPE (VwApplication, vw_application, ADW_TYPE_APPLICATION)

static void
vw_application_apply_color_scheme (VwApplication *self)
{
  const char *scheme = vw_settings_get_color_scheme (self->settings);
  AdwColorScheme adw_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (scheme, "light") == 0)
    adw_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    adw_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), adw_scheme);
}

static void
on_first_frame_cb (GdkFrameClock *frame_clock,
                   VwApplication *self)
{
  gint64 elapsed_us;

  g_signal_handlers_disconnect_by_func (frame_clock, on_first_frame_cb, self);

  if (self->first_frame_seen)
    return;
  self->first_frame_seen = TRUE;

  elapsed_us = g_get_monotonic_time () - self->started_at;
  if (self->quit_after_first_frame)
    {
      g_print ("first-frame-ms: %.1f\n", elapsed_us / 1000.0);
      g_application_quit (G_APPLICATION (self));
    }
  else
    g_debug ("First frame after %.1f ms", elapsed_us / 1000.0);
}

static VwWindow *
vw_application_present_new_window (VwApplication *self)
{
  VwWindow *window = vw_window_new (ADW_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (window));

  /* Work left unsaved by a crash is offered once, over the first window. */
  if (!self->recovery_offered && !self->quit_after_first_frame)
    {
      self->recovery_offered = TRUE;
      vw_drafts_clean_temporaries ();
      vw_recovery_offer (GTK_APPLICATION (self));
    }

  if (!self->first_frame_seen)
    {
      GdkFrameClock *clock = gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (window)));

      g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_frame_cb), self);
    }

  return window;
}

static int
vw_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  VwApplication *self = VW_APPLICATION (app);
  g_autoptr(GPtrArray) files = NULL;
  int status;

  /* Headless commands run here, before GTK is initialised, and never need a display. */
  status = vw_cli_run (options);
  if (status >= 0)
    return status;

  if (g_variant_dict_contains (options, "quit-after-first-frame"))
    {
      /* A measurement must start its own process, never hand over to a running instance. */
      self->quit_after_first_frame = TRUE;
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  if (g_variant_dict_contains (options, "present"))
    {
      const char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;

      /* A presentation is this process's own: its windows start here, never in another. */
      g_variant_dict_lookup (options, "present", "^&ay", &path);
      g_variant_dict_lookup (options, "set", "^as", &self->present_sets);
      self->present_pending = TRUE;
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return VW_EXIT_BAD_INPUT;
        }
      file = g_file_new_for_commandline_arg (path);
      g_application_open (app, &file, 1, "");
      return -1;
    }

  /* The file arguments are one of our options (so that the headless commands can take them
   * too); hand them to the primary instance, which may be another process. */
  files = vw_cli_get_files (options);
  if (files != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return VW_EXIT_BAD_INPUT;
        }

      g_application_open (app, (GFile **) files->pdata, files->len, "");
      if (g_application_get_is_remote (app))
        return VW_EXIT_OK;
    }

  return -1;
}

static void
vw_application_activate (GApplication *app)
{
  VwApplication *self = VW_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (window);
  else
    vw_application_present_new_window (self);
}

/* --present FILE [--set ID[@ALT]=VALUE…]: once the case has loaded, each --set becomes an
 * edit of the case (one undo step each, before the meeting starts, so End Meeting compares with
 * these values), then the presentation starts. A bad --set is reported and nothing started. */
static void
on_present_case_loaded_cb (VwWindow      *window,
                           GParamSpec    *pspec,
                           VwApplication *self)
{
  VwDocument *document;
  VwCaseModel *case_model;
  g_auto(GStrv) sets = g_steal_pointer (&self->present_sets);

  if (!vw_window_get_has_case (window))
    {
      self->present_sets = g_steal_pointer (&sets);
      return;
    }
  g_signal_handlers_disconnect_by_func (window, on_present_case_loaded_cb, self);

  document = vw_window_get_document (window);
  case_model = vw_window_get_case_model (window);
  for (guint i = 0; sets != NULL && sets[i] != NULL; i++)
    {
      g_autofree char *id = NULL;
      g_autofree char *alt = NULL;
      VwVariable *var;
      double value;

      if (vw_cli_parse_set (sets[i], &id, &alt, &value) != VW_EXIT_OK)
        return;
      var = vw_document_find_variable (document, id);
      if (var == NULL || vw_variable_is_formula (var))
        {
          g_printerr (_("error: --set %s: “%s” is not an input of this case\n"), sets[i], id);
          return;
        }
      if (alt != NULL && vw_document_find (document, VW_ITEM_ALTERNATIVE, alt) == NULL)
        {
          g_printerr (_("error: --set %s: the case has no alternative “%s”\n"), sets[i], alt);
          return;
        }
      vw_document_set_input (document, var,
                             alt != NULL ? alt : vw_case_figures_input_key (case_model, var),
                             value);
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
}

static void
vw_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  VwApplication *self = VW_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));
      VwWindow *window = vw_window_find_for_file (GTK_APPLICATION (app), files[i]);

      /* A file already open brings its window forward; an empty window is used, not kept. */
      if (window != NULL)
        {
          gtk_window_present (GTK_WINDOW (window));
          continue;
        }
      if (VW_IS_WINDOW (active)
          && !vw_window_get_has_case (VW_WINDOW (active))
          && !vw_window_get_loading (VW_WINDOW (active)))
        window = VW_WINDOW (active);
      else
        window = vw_application_present_new_window (self);

      if (self->present_pending)
        {
          self->present_pending = FALSE;
          g_signal_connect (window, "notify::has-case", G_CALLBACK (on_present_case_loaded_cb),
                            self);
        }
      vw_window_open_file (window, files[i]);
    }
}

static void
on_color_scheme_changed_cb (VwApplication *self)
{
  vw_application_apply_color_scheme (self);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  vw_application_present_new_window (VW_APPLICATION (user_data));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  VwApplication *self = VW_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  VwPreferencesWindow *prefs = vw_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (prefs), parent);
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  VwApplication *self = VW_APPLICATION (user_data);
  static const char *developers[] = { "The Value Workbench authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Value Workbench"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Value Workbench authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Show the value of your offer in your customer’s numbers, and price from it."),
                         "website", "https://github.com/valueworkbench/value-workbench",
                         "issue-url", "https://github.com/valueworkbench/value-workbench/issues",
                         "developers", developers,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 The Value Workbench authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Closing each window lets it save its size and ask about its unsaved changes. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

static void
vw_application_startup (GApplication *app)
{
  VwApplication *self = VW_APPLICATION (app);
  static const char *new_window_accels[] = { "<Shift><Control>n", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (vw_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);

  self->settings = vw_settings_new ();
  g_signal_connect_object (self->settings, "notify::color-scheme",
                           G_CALLBACK (on_color_scheme_changed_cb), self, G_CONNECT_SWAPPED);
  vw_application_apply_color_scheme (self);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.new-window", new_window_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
vw_application_dispose (GObject *object)
{
  VwApplication *self = (VwApplication *)object;

  g_clear_object (&self->settings);

  g_clear_pointer (&self->present_sets, g_strfreev);
  G_OBJECT_CLASS (vw_application_parent_class)->dispose (object);
}

static void
vw_application_class_init (VwApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = vw_application_dispose;
  app_class->handle_local_options = vw_application_handle_local_options;
  app_class->startup = vw_application_startup;
  app_class->activate = vw_application_activate;
  app_class->open = vw_application_open;
}

static void
vw_application_init (VwApplication *self)
{
  vw_cli_add_options (G_APPLICATION (self));
}

VwApplication *
vw_application_new (gint64 started_at)
{
  VwApplication *self;

  self = g_object_new (VW_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
  self->started_at = started_at;
  return self;
}

