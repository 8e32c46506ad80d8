/* vw-settings.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widgets bind to this object, not to GSettings, so the preferences can be driven and checked
 * by tests with the memory backend, and values are validated in one place.
 */

#define G_LOG_DOMAIN "vw-settings"

#include "vw-settings.h"
#include "vw-util.h"

#include <string.h>

struct _VwSettings
{
  GObject    parent_instance;

  GSettings *settings;

  guint      autosave_delay;
  gboolean   make_backup;
  char      *default_currency;
  char      *default_period;
  char      *color_scheme;
};

G_DEFINE_FINAL_TYPE (VwSettings, vw_settings, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_AUTOSAVE_DELAY,
  PROP_MAKE_BACKUP,
  PROP_DEFAULT_CURRENCY,
  PROP_DEFAULT_PERIOD,
  PROP_COLOR_SCHEME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The property names are the GSettings key names, so one loop binds them all. */
static const char * const bound_keys[] = {
  "autosave-delay", "make-backup", "default-currency", "default-period", "color-scheme",
};

gboolean
vw_settings_is_valid_currency (const char *code)
{
  if (code == NULL || strlen (code) != 3)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isupper (code[i]))
      return FALSE;

  return TRUE;
}

static void
vw_settings_constructed (GObject *object)
{
  VwSettings *self = (VwSettings *)object;

  G_OBJECT_CLASS (vw_settings_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);

  for (guint i = 0; i < G_N_ELEMENTS (bound_keys); i++)
    g_settings_bind (self->settings, bound_keys[i], self, bound_keys[i], G_SETTINGS_BIND_DEFAULT);
}

static void
vw_settings_finalize (GObject *object)
{
  VwSettings *self = (VwSettings *)object;

  g_clear_object (&self->settings);
  g_clear_pointer (&self->default_currency, g_free);
  g_clear_pointer (&self->default_period, g_free);
  g_clear_pointer (&self->color_scheme, g_free);

  G_OBJECT_CLASS (vw_settings_parent_class)->finalize (object);
}

static void
vw_settings_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VwSettings *self = VW_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_AUTOSAVE_DELAY:
      g_value_set_uint (value, self->autosave_delay);
      break;
    case PROP_MAKE_BACKUP:
      g_value_set_boolean (value, self->make_backup);
      break;
    case PROP_DEFAULT_CURRENCY:
      g_value_set_string (value, self->default_currency);
      break;
    case PROP_DEFAULT_PERIOD:
      g_value_set_string (value, self->default_period);
      break;
    case PROP_COLOR_SCHEME:
      g_value_set_string (value, self->color_scheme);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vw_settings_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  VwSettings *self = VW_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_AUTOSAVE_DELAY:
      vw_settings_set_autosave_delay (self, g_value_get_uint (value));
      break;
    case PROP_MAKE_BACKUP:
      vw_settings_set_make_backup (self, g_value_get_boolean (value));
      break;
    case PROP_DEFAULT_CURRENCY:
      vw_settings_set_default_currency (self, g_value_get_string (value));
      break;
    case PROP_DEFAULT_PERIOD:
      vw_settings_set_default_period (self, g_value_get_string (value));
      break;
    case PROP_COLOR_SCHEME:
      vw_settings_set_color_scheme (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vw_settings_class_init (VwSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = vw_settings_constructed;
  object_class->finalize = vw_settings_finalize;
  object_class->get_property = vw_settings_get_property;
  object_class->set_property = vw_settings_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTOSAVE_DELAY] =
    g_param_spec_uint ("autosave-delay", NULL, NULL, 1, 300, 3, flags);
  properties[PROP_MAKE_BACKUP] =
    g_param_spec_boolean ("make-backup", NULL, NULL, TRUE, flags);
  properties[PROP_DEFAULT_CURRENCY] =
    g_param_spec_string ("default-currency", NULL, NULL, "EUR", flags);
  properties[PROP_DEFAULT_PERIOD] =
    g_param_spec_string ("default-period", NULL, NULL, "year", flags);
  properties[PROP_COLOR_SCHEME] =
    g_param_spec_string ("color-scheme", NULL, NULL, "default", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vw_settings_init (VwSettings *self)
{
  self->autosave_delay = 3;
  self->make_backup = TRUE;
  self->default_currency = g_strdup ("EUR");
  self->default_period = g_strdup ("year");
  self->color_scheme = g_strdup ("default");
}

/**
 * vw_settings_new:
 *
 * Returns: the preferences of the application's GSettings schema.
 */
VwSettings *
vw_settings_new (void)
{
  return g_object_new (VW_TYPE_SETTINGS, NULL);
}

/**
 * vw_settings_new_for_settings:
 * @settings: a #GSettings of the application's schema
 *
 * Returns: preferences stored in @settings (tests pass one with a memory backend).
 */
VwSettings *
vw_settings_new_for_settings (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (VW_TYPE_SETTINGS, "settings", settings, NULL);
}

GSettings *
vw_settings_get_gsettings (VwSettings *self)
{
  g_return_val_if_fail (VW_IS_SETTINGS (self), NULL);

  return self->settings;
}

guint
vw_settings_get_autosave_delay (VwSettings *self)
{
  g_return_val_if_fail (VW_IS_SETTINGS (self), 3);

  return self->autosave_delay;
}

void
vw_settings_set_autosave_delay (VwSettings *self,
                                guint       seconds)
{
  g_return_if_fail (VW_IS_SETTINGS (self));

  seconds = CLAMP (seconds, 1, 300);
  if (self->autosave_delay == seconds)
    return;

  self->autosave_delay = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_DELAY]);
}

gboolean
vw_settings_get_make_backup (VwSettings *self)
{
  g_return_val_if_fail (VW_IS_SETTINGS (self), TRUE);

  return self->make_backup;
}

void
vw_settings_set_make_backup (VwSettings *self,
                             gboolean    make_backup)
{
  g_return_if_fail (VW_IS_SETTINGS (self));

  make_backup = !!make_backup;
  if (self->make_backup == make_backup)
    return;

  self->make_backup = make_backup;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAKE_BACKUP]);
}

const char *
vw_settings_get_default_currency (VwSettings *self)
{
  g_return_val_if_fail (VW_IS_SETTINGS (self), NULL);

  return self->default_currency;
}

void
vw_settings_set_default_currency (VwSettings *self,
                                  const char *currency)
{
  g_return_if_fail (VW_IS_SETTINGS (self));

  /* An ISO 4217 code is three capital letters; anything else keeps the old value. */
  if (!vw_settings_is_valid_currency (currency))
    return;

  if (vw_set_str (&self->default_currency, currency))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFAULT_CURRENCY]);
}

const char *
vw_settings_get_default_period (VwSettings *self)
{
  g_return_val_if_fail (VW_IS_SETTINGS (self), NULL);

  return self->default_period;
}

void
vw_settings_set_default_period (VwSettings *self,
                                const char *period)
{
  g_return_if_fail (VW_IS_SETTINGS (self));

  if (g_strcmp0 (period, "year") != 0 &&
      g_strcmp0 (period, "quarter") != 0 &&
      g_strcmp0 (period, "month") != 0)
    return;

  if (vw_set_str (&self->default_period, period))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFAULT_PERIOD]);
}

const char *
vw_settings_get_color_scheme (VwSettings *self)
{
  g_return_val_if_fail (VW_IS_SETTINGS (self), NULL);

  return self->color_scheme;
}

void
vw_settings_set_color_scheme (VwSettings *self,
                              const char *scheme)
{
  g_return_if_fail (VW_IS_SETTINGS (self));

  if (g_strcmp0 (scheme, "default") != 0 &&
      g_strcmp0 (scheme, "light") != 0 &&
      g_strcmp0 (scheme, "dark") != 0)
    return;

  if (vw_set_str (&self->color_scheme, scheme))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR_SCHEME]);
}
