/* vw-proposition.h: reading the value proposition stack
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-document.h"

G_BEGIN_DECLS

/* The four layers, "stratospheric to numeric", in the order of the statement's choices. */
typedef enum
{
  VW_LAYER_COMPANY,
  VW_LAYER_SEGMENT,
  VW_LAYER_CUSTOMER,
  VW_LAYER_STAKEHOLDER,
  VW_N_LAYERS
} VwLayer;

VwLayer      vw_statement_get_layer          (VwStatement   *statement);
const char  *vw_layer_get_label              (VwLayer        layer);
VwStatement *vw_statement_get_parent         (VwDocument    *doc,
                                              VwStatement   *statement);
gboolean     vw_statement_is_inherited       (VwStatement   *statement);
const char  *vw_statement_get_shown_text     (VwDocument    *doc,
                                              VwStatement   *statement);
const char  *vw_statement_get_generic_reason (VwDocument    *doc,
                                              VwStatement   *statement);
gboolean     vw_document_override_statement  (VwDocument    *doc,
                                              VwStatement   *statement);
gboolean     vw_document_revert_statement    (VwDocument    *doc,
                                              VwStatement   *statement);

VwStatement *vw_stakeholder_find_statement   (VwDocument    *doc,
                                              VwStakeholder *person);
GPtrArray   *vw_stakeholder_list_kpis        (VwDocument    *doc,
                                              VwStakeholder *person);
GPtrArray   *vw_stakeholder_list_top_elements (VwDocument   *doc,
                                              VwStakeholder *person,
                                              guint          max);

gboolean     vw_document_set_vision_level    (VwDocument        *doc,
                                              VwVisionCriterion *criterion,
                                              const char        *alternative,
                                              VwVisionLevel      level);

G_END_DECLS
