/* vw-proposition-page.h: the Value Proposition page: the stack, each person, the vision
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-page.h"

G_BEGIN_DECLS

#define VW_TYPE_PROPOSITION_PAGE (vw_proposition_page_get_type ())

G_DECLARE_FINAL_TYPE (VwPropositionPage, vw_proposition_page, VW, PROPOSITION_PAGE, VwPage)

GtkWidget *vw_proposition_page_new            (void);
GtkWidget *vw_proposition_page_find_statement (VwPropositionPage *self,
                                               const char        *statement_id);

G_END_DECLS
