/* test-settings.c: VwSettings against a memory GSettings backend
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gio.h>
#include <gio/gsettingsbackend.h>

#include "vw-settings.h"

typedef struct
{
  GSettings  *gsettings;
  VwSettings *settings;
  guint       notifications;
} Fixture;

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 Fixture    *fixture)
{
  fixture->notifications++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  fixture->gsettings = g_settings_new_with_backend (APP_ID, backend);
  fixture->settings = vw_settings_new_for_settings (fixture->gsettings);
  fixture->notifications = 0;
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->settings);
  g_assert_finalize_object (fixture->gsettings);
}

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  g_assert_cmpuint (vw_settings_get_autosave_delay (fixture->settings), ==, 3);
  g_assert_true (vw_settings_get_make_backup (fixture->settings));
  g_assert_cmpstr (vw_settings_get_default_currency (fixture->settings), ==, "EUR");
  g_assert_cmpstr (vw_settings_get_default_period (fixture->settings), ==, "year");
  g_assert_cmpstr (vw_settings_get_color_scheme (fixture->settings), ==, "default");
}

static void
test_writes_through (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *currency = NULL;
  g_autofree char *period = NULL;
  g_autofree char *scheme = NULL;

  vw_settings_set_autosave_delay (fixture->settings, 10);
  vw_settings_set_make_backup (fixture->settings, FALSE);
  vw_settings_set_default_currency (fixture->settings, "USD");
  vw_settings_set_default_period (fixture->settings, "quarter");
  vw_settings_set_color_scheme (fixture->settings, "dark");

  currency = g_settings_get_string (fixture->gsettings, "default-currency");
  period = g_settings_get_string (fixture->gsettings, "default-period");
  scheme = g_settings_get_string (fixture->gsettings, "color-scheme");
  g_assert_cmpuint (g_settings_get_uint (fixture->gsettings, "autosave-delay"), ==, 10);
  g_assert_false (g_settings_get_boolean (fixture->gsettings, "make-backup"));
  g_assert_cmpstr (currency, ==, "USD");
  g_assert_cmpstr (period, ==, "quarter");
  g_assert_cmpstr (scheme, ==, "dark");
}

static void
test_reads_through (Fixture       *fixture,
                    gconstpointer  data)
{
  g_signal_connect (fixture->settings, "notify::default-currency",
                    G_CALLBACK (count_notify_cb), fixture);

  g_settings_set_string (fixture->gsettings, "default-currency", "SEK");
  g_assert_cmpstr (vw_settings_get_default_currency (fixture->settings), ==, "SEK");
  g_assert_cmpuint (fixture->notifications, ==, 1);

  g_settings_set_uint (fixture->gsettings, "autosave-delay", 42);
  g_assert_cmpuint (vw_settings_get_autosave_delay (fixture->settings), ==, 42);
}

static void
test_notify_only_on_change (Fixture       *fixture,
                            gconstpointer  data)
{
  g_signal_connect (fixture->settings, "notify", G_CALLBACK (count_notify_cb), fixture);

  vw_settings_set_color_scheme (fixture->settings, "default");
  vw_settings_set_autosave_delay (fixture->settings, 3);
  g_assert_cmpuint (fixture->notifications, ==, 0);

  vw_settings_set_color_scheme (fixture->settings, "light");
  g_assert_cmpuint (fixture->notifications, ==, 1);
  vw_settings_set_color_scheme (fixture->settings, "light");
  g_assert_cmpuint (fixture->notifications, ==, 1);
}

static void
test_rejects_invalid (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *stored = NULL;

  vw_settings_set_default_currency (fixture->settings, "euro");
  vw_settings_set_default_currency (fixture->settings, "EU");
  vw_settings_set_default_currency (fixture->settings, NULL);
  vw_settings_set_default_period (fixture->settings, "week");
  vw_settings_set_color_scheme (fixture->settings, "purple");
  vw_settings_set_autosave_delay (fixture->settings, 100000);

  stored = g_settings_get_string (fixture->gsettings, "default-currency");
  g_assert_cmpstr (stored, ==, "EUR");
  g_assert_cmpstr (vw_settings_get_default_period (fixture->settings), ==, "year");
  g_assert_cmpstr (vw_settings_get_color_scheme (fixture->settings), ==, "default");
  /* Out of range is clamped to the schema's range, not stored as given. */
  g_assert_cmpuint (vw_settings_get_autosave_delay (fixture->settings), ==, 300);
  g_assert_cmpuint (g_settings_get_uint (fixture->gsettings, "autosave-delay"), ==, 300);
}

static void
test_currency_codes (void)
{
  g_assert_true (vw_settings_is_valid_currency ("EUR"));
  g_assert_true (vw_settings_is_valid_currency ("JPY"));
  g_assert_false (vw_settings_is_valid_currency ("eur"));
  g_assert_false (vw_settings_is_valid_currency ("EURO"));
  g_assert_false (vw_settings_is_valid_currency ("€"));
  g_assert_false (vw_settings_is_valid_currency (""));
  g_assert_false (vw_settings_is_valid_currency (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/settings/defaults", test_defaults);
  ADD ("/settings/writes-through", test_writes_through);
  ADD ("/settings/reads-through", test_reads_through);
  ADD ("/settings/notify-only-on-change", test_notify_only_on_change);
  ADD ("/settings/rejects-invalid", test_rejects_invalid);
#undef ADD
  g_test_add_func ("/settings/currency-codes", test_currency_codes);

  return g_test_run ();
}
