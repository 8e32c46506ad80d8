/* vw-test-utils.h: helpers shared by the widget tests
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-document.h"
#include "vw-page.h"

G_BEGIN_DECLS

void       vw_test_init                (int         *argc,
                                        char      ***argv);
void       vw_test_settle              (void);
void       vw_test_show_and_wait       (GtkWindow   *window);
void       vw_test_iterate             (guint        milliseconds);
guint      vw_test_render_and_count    (GtkWidget   *widget,
                                        const char  *png_name);
gboolean   vw_test_wait_until          (gboolean   (*predicate) (gpointer),
                                        gpointer     data,
                                        guint        timeout_ms);
GtkWidget *vw_test_find_by_type        (GtkWidget   *root,
                                        GType        type,
                                        const char  *css_class);

VwDocument *vw_test_load_sample         (const char  *name);
/* A sample case (data/samples/NAME) bound to a new @page in a shown window of @width × @height;
 * returns the window. */
GtkWindow *vw_test_show_page_with_sample (VwPage       *page,
                                          const char   *name,
                                          int           width,
                                          int           height,
                                          VwDocument  **document,
                                          VwCaseModel **case_model);

G_END_DECLS
