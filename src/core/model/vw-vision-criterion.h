/* vw-vision-criterion.h: one criterion of the customer's solution vision
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-item.h"

G_BEGIN_DECLS

#define VW_TYPE_VISION_CRITERION (vw_vision_criterion_get_type ())

G_DECLARE_FINAL_TYPE (VwVisionCriterion, vw_vision_criterion, VW, VISION_CRITERION, VwItem)

/* How well an alternative meets a criterion. */
typedef enum
{
  VW_VISION_NOT_MET,
  VW_VISION_PARTLY_MET,
  VW_VISION_MET,
} VwVisionLevel;

VwVisionCriterion      *vw_vision_criterion_new       (const char  *id);
VwVisionLevel  vw_vision_criterion_get_level (VwVisionCriterion *self,
                                          const char  *alternative);

G_END_DECLS
