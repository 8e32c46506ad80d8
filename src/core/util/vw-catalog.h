/* vw-catalog.h: the report's words in the report's language, not the process's
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The messages of one language, read from the application's own compiled catalog
 * (<localedir>/<language>/LC_MESSAGES/value-workbench.mo). gettext only knows the process's
 * language, and switching it (LANGUAGE, setlocale) is not thread-safe, so a report written
 * in German from a Finnish session looks its words up here. Catalogs are loaded once and
 * kept for the life of the process; lookups are thread-safe. */
typedef struct _VwCatalog VwCatalog;

const VwCatalog *vw_catalog_get       (const char            *language);
const char            *vw_catalog_language  (const VwCatalog *catalog);
gboolean               vw_catalog_is_loaded (const VwCatalog *catalog);
const char            *vw_catalog_translate (const VwCatalog *catalog,
                                                    const char            *msgid) G_GNUC_FORMAT (2);

/* A language for this thread only, while a report is built and drawn: the chart builders and
 * painters write their words through vw_catalog_gettext(), which follows it, and fall back
 * to the process's gettext when none is set. Push returns what to pop. */
const VwCatalog       *vw_catalog_push_thread (const VwCatalog *catalog);
void                   vw_catalog_pop_thread  (const VwCatalog *previous);
const char            *vw_catalog_gettext     (const char      *msgid) G_GNUC_FORMAT (1);

G_END_DECLS
