/* vw-explanation.h: "Explain this number": a figure's formula, inputs and sources, as a tree
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-case-model.h"

G_BEGIN_DECLS

typedef struct _VwExplanation VwExplanation;

struct _VwExplanation
{
  guint          variable;     /* document index */
  guint          alternative;  /* document index */
  VwVariable    *item;         /* the variable (a reference) */
  VwAlternative *alt;          /* its alternative (a reference) */
  char          *formula;      /* NULL for an input */
  VwValueType    kind;
  double         scalar;       /* VW_VALUE_SCALAR */
  double        *series;       /* VW_VALUE_SERIES: len values, periods 0…N */
  guint          len;
  char          *error;        /* VW_VALUE_ERROR: what went wrong and where it started */
  VwInputOrigin  origin;       /* inputs: where the value comes from */
  gboolean       repeated;     /* explained earlier in the tree: no children here */
  GPtrArray     *children;     /* VwExplanation: what the formula reads, in formula order */
};

VwExplanation *vw_case_model_explain   (VwCaseModel   *case_model,
                                        guint          variable,
                                        guint          alternative);
guint          vw_explanation_count    (VwExplanation *self);
void           vw_explanation_free     (VwExplanation *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwExplanation, vw_explanation_free)

G_END_DECLS
