/* vw-attached-cases-group.h: the reference cases this case uses as evidence, per value element
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vw-case-repository.h"
#include "vw-document.h"

G_BEGIN_DECLS

#define VW_TYPE_ATTACHED_CASES_GROUP (vw_attached_cases_group_get_type ())

G_DECLARE_FINAL_TYPE (VwAttachedCasesGroup, vw_attached_cases_group, VW, ATTACHED_CASES_GROUP,
                      AdwPreferencesGroup)

GtkWidget *vw_attached_cases_group_new            (void);
void       vw_attached_cases_group_set_case       (VwAttachedCasesGroup *self,
                                                   VwDocument           *document,
                                                   VwCaseRepository     *repository);
gboolean   vw_attached_cases_group_get_busy       (VwAttachedCasesGroup *self);
guint      vw_attached_cases_group_get_n_rows     (VwAttachedCasesGroup *self);
gboolean   vw_attached_cases_group_remove_at      (VwAttachedCasesGroup *self,
                                                   guint                 index);

G_END_DECLS
