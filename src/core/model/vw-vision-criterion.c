/* vw-vision-criterion.c: one criterion of the customer's solution vision
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The customer's own picture of a good solution ("no unplanned stop longer than a shift"),
 * and, per alternative, whether it meets the criterion: the alternatives listed in `met-by`
 * meet it, those in `partly-met-by` partly, the others do not. Being references, they follow
 * an alternative's removal like every other reference of the case.
 */

#define G_LOG_DOMAIN "vw-vision-criterion"

#include <glib/gi18n.h>

#include "vw-vision-criterion.h"

/* The fields, in file order (docs/file-format.md). */
static const VwFieldInfo fields[] = {
  { "name", VW_FIELD_STRING, VW_FIELD_REQUIRED, N_("name"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "description", VW_FIELD_STRING, 0, N_("description"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "importance", VW_FIELD_INT, 0, N_("importance"), NULL, 1, 5, VW_ITEM_META, "3" },
  { "met-by", VW_FIELD_REFS, 0, N_("met by"), NULL, 1, 0, VW_ITEM_ALTERNATIVE, NULL },
  { "partly-met-by", VW_FIELD_REFS, 0, N_("partly met by"), NULL, 1, 0, VW_ITEM_ALTERNATIVE, NULL },
};

struct _VwVisionCriterion
{
  VwItem parent_instance;
};

G_DEFINE_FINAL_TYPE (VwVisionCriterion, vw_vision_criterion, VW_TYPE_ITEM)

static void
vw_vision_criterion_class_init (VwVisionCriterionClass *klass)
{
  vw_item_class_setup (VW_ITEM_CLASS (klass), VW_ITEM_VISION, "criterion", N_("criterion"),
                       fields, G_N_ELEMENTS (fields));
}

static void
vw_vision_criterion_init (VwVisionCriterion *self)
{
}

VwVisionCriterion *
vw_vision_criterion_new (const char *id)
{
  return g_object_new (VW_TYPE_VISION_CRITERION, "id", id, NULL);
}

static gboolean
lists (VwVisionCriterion *self,
       const char  *field,
       const char  *alternative)
{
  const char * const *ids = vw_item_get_strv (VW_ITEM (self), field);

  return ids != NULL && g_strv_contains (ids, alternative);
}

/**
 * vw_vision_criterion_get_level:
 *
 * Returns: how well @alternative meets the criterion
 */
VwVisionLevel
vw_vision_criterion_get_level (VwVisionCriterion *self,
                        const char  *alternative)
{
  g_return_val_if_fail (VW_IS_VISION_CRITERION (self), VW_VISION_NOT_MET);
  g_return_val_if_fail (alternative != NULL, VW_VISION_NOT_MET);

  if (lists (self, "met-by", alternative))
    return VW_VISION_MET;
  if (lists (self, "partly-met-by", alternative))
    return VW_VISION_PARTLY_MET;
  return VW_VISION_NOT_MET;
}
