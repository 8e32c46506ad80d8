/* vw-coverage.h: gaps in how the value case covers the buying center (capabilities 1, 5, 6)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-document.h"

G_BEGIN_DECLS

typedef enum
{
  VW_GAP_BUYER_UNQUANTIFIED,   /* a decision maker with no quantified value element */
  VW_GAP_NO_CHAMPION,          /* nobody sells for us inside the customer */
  VW_GAP_INFLUENTIAL_BLOCKER,  /* influence ≥ 4 and a negative attitude */
  VW_GAP_ELEMENT_UNOWNED,      /* a selected value element no stakeholder cares about */
  VW_GAP_NO_OUTSIDE_PARTY,     /* nobody outside the customer is on the map */
  VW_GAP_OUTSIDE_IGNORED,      /* an outside party with no element or never contacted */
} VwGapKind;

/* What the warning's button does. */
typedef enum
{
  VW_GAP_FIX_SHOW_PERSON,      /* open the person's details (subject = stakeholder id) */
  VW_GAP_FIX_DESELECT_ELEMENT, /* deselect the element (subject = element id), undoable */
  VW_GAP_FIX_ADD_OUTSIDE,      /* add an outside party and open it */
} VwGapFix;

typedef struct
{
  VwGapKind  kind;
  VwGapFix   fix;
  char      *subject;  /* the stakeholder or element id, or NULL */
  char      *message;  /* translated, names the person or element */
} VwGap;

void       vw_gap_free                      (VwGap         *gap);

GPtrArray *vw_coverage_analyze              (VwDocument    *document);
gboolean   vw_stakeholder_is_decision_maker (VwItem        *stakeholder);
gboolean   vw_stakeholder_is_champion       (VwItem        *stakeholder);
gboolean   vw_stakeholder_cares_about       (VwItem        *stakeholder,
                                             VwItem        *element);
gboolean   vw_value_element_is_quantified   (VwItem        *element);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwGap, vw_gap_free)

G_END_DECLS
