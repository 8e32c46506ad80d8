/* vw-report-catalog.h: the report's words in the report's language, not the process's
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
typedef struct _VwReportCatalog VwReportCatalog;

const VwReportCatalog *vw_report_catalog_get       (const char            *language);
const char            *vw_report_catalog_language  (const VwReportCatalog *catalog);
gboolean               vw_report_catalog_is_loaded (const VwReportCatalog *catalog);
const char            *vw_report_catalog_translate (const VwReportCatalog *catalog,
                                                    const char            *msgid) G_GNUC_FORMAT (2);

G_END_DECLS
