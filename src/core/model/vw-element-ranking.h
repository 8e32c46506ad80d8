/* vw-element-ranking.h: the ranking score of value elements, and the figures of a selection
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-case-model.h"

G_BEGIN_DECLS

/* The four value dimensions (domain.md), in the order of the element's `dimension` choices. */
typedef enum
{
  VW_DIMENSION_OPERATIONAL,
  VW_DIMENSION_STRATEGIC,
  VW_DIMENSION_SOCIAL,
  VW_DIMENSION_SYMBOLIC,
  VW_N_DIMENSIONS
} VwDimension;

/* What a set of value elements adds up to (see vw_element_selection_summarize). */
typedef struct
{
  guint    n_elements;                     /* elements considered */
  guint    n_selected;                     /* of them, selected */
  guint    n_quantified;                   /* selected with a value in `unit`, summed */
  guint    n_other_unit;                   /* selected with a value in another unit */
  guint    n_errors;                       /* selected whose value is an error */
  double   value;                          /* sum of the quantified selected elements' values */
  const char *unit;                        /* the unit of the first quantified one, or NULL */
  guint    per_dimension[VW_N_DIMENSIONS]; /* selected elements per dimension */
  guint    n_dimensions;                   /* dimensions with at least one selected element */
} VwSelectionSummary;

double       vw_element_rank_score            (int              salience,
                                               int              differentiation,
                                               int              impact);
double       vw_value_element_get_rank_score  (VwValueElement  *element);
VwDimension  vw_value_element_get_dimension   (VwValueElement  *element);
const char  *vw_dimension_get_label           (VwDimension      dimension);

const char  *vw_value_element_get_value_variable (VwValueElement *element);
gboolean     vw_value_element_compute_value   (VwValueElement  *element,
                                               VwCaseModel     *case_model,
                                               const char      *alternative,
                                               VwValue         *out);

void         vw_element_selection_summarize   (GListModel      *elements,
                                               VwCaseModel     *case_model,
                                               const char      *alternative,
                                               VwSelectionSummary *summary);

G_END_DECLS
