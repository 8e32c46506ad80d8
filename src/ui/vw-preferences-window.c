/* vw-preferences-window.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-preferences-window"

#include <glib/gi18n.h>

#include "vw-preferences-window.h"

struct _VwPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  VwSettings           *settings;

  /* Template widgets */
  AdwComboRow          *color_scheme_row;
  GtkSpinButton        *autosave_spin;
  GtkSwitch            *backup_switch;
  AdwComboRow          *currency_row;
  AdwComboRow          *period_row;
};

G_DEFINE_FINAL_TYPE (VwPreferencesWindow, vw_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The order of each combo row's items; the stored values are these identifiers. */
static const char * const color_schemes[] = { "default", "light", "dark", NULL };
static const char * const periods[] = { "year", "quarter", "month", NULL };
static const char * const currencies[] = {
  "EUR", "USD", "GBP", "SEK", "NOK", "DKK", "CHF", "PLN", "CZK", "JPY", "CNY", "INR", "BRL",
  "CAD", "AUD", NULL
};

static guint
index_of (const char * const *values,
          const char         *value)
{
  for (guint i = 0; values[i] != NULL; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;

  return 0;
}

static const char *
value_at (const char * const *values,
          guint               index)
{
  return index < g_strv_length ((char **) values) ? values[index] : NULL;
}

static void
on_color_scheme_selected_cb (VwPreferencesWindow *self)
{
  const char *value = value_at (color_schemes, adw_combo_row_get_selected (self->color_scheme_row));

  if (self->settings != NULL && value != NULL)
    vw_settings_set_color_scheme (self->settings, value);
}

static void
on_currency_selected_cb (VwPreferencesWindow *self)
{
  const char *value = value_at (currencies, adw_combo_row_get_selected (self->currency_row));

  if (self->settings != NULL && value != NULL)
    vw_settings_set_default_currency (self->settings, value);
}

static void
on_period_selected_cb (VwPreferencesWindow *self)
{
  const char *value = value_at (periods, adw_combo_row_get_selected (self->period_row));

  if (self->settings != NULL && value != NULL)
    vw_settings_set_default_period (self->settings, value);
}

static void
vw_preferences_window_dispose (GObject *object)
{
  VwPreferencesWindow *self = (VwPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VW_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vw_preferences_window_parent_class)->dispose (object);
}

static void
vw_preferences_window_class_init (VwPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vw_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vw-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VwPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, VwPreferencesWindow, autosave_spin);
  gtk_widget_class_bind_template_child (widget_class, VwPreferencesWindow, backup_switch);
  gtk_widget_class_bind_template_child (widget_class, VwPreferencesWindow, currency_row);
  gtk_widget_class_bind_template_child (widget_class, VwPreferencesWindow, period_row);
  gtk_widget_class_bind_template_callback (widget_class, on_color_scheme_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_currency_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_selected_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vw_preferences_window_init (VwPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->currency_row,
                           G_LIST_MODEL (gtk_string_list_new ((const char * const *) currencies)));
}

/**
 * vw_preferences_window_new:
 * @settings: the preferences to show and edit
 *
 * Returns: (transfer floating): a window whose rows follow and change @settings.
 */
VwPreferencesWindow *
vw_preferences_window_new (VwSettings *settings)
{
  VwPreferencesWindow *self;

  g_return_val_if_fail (VW_IS_SETTINGS (settings), NULL);

  self = g_object_new (VW_TYPE_PREFERENCES_WINDOW, NULL);

  /* Show the current values before the rows start writing back. */
  adw_combo_row_set_selected (self->color_scheme_row,
                              index_of (color_schemes, vw_settings_get_color_scheme (settings)));
  adw_combo_row_set_selected (self->currency_row,
                              index_of (currencies, vw_settings_get_default_currency (settings)));
  adw_combo_row_set_selected (self->period_row,
                              index_of (periods, vw_settings_get_default_period (settings)));
  self->settings = g_object_ref (settings);

  g_object_bind_property (settings, "autosave-delay",
                          gtk_spin_button_get_adjustment (self->autosave_spin), "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (settings, "make-backup", self->backup_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  return self;
}
