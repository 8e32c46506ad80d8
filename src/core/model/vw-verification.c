/* vw-verification.c: promised against realized value of one KPI in one period
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-verification"

#include <glib/gi18n.h>

#include "vw-verification.h"

/* The fields, in file order (docs/file-format.md). */
static const VwFieldInfo fields[] = {
  { "kpi", VW_FIELD_REF, VW_FIELD_REQUIRED, N_("KPI"), NULL, 1, 0, VW_ITEM_KPI, NULL },
  { "period", VW_FIELD_INT, VW_FIELD_REQUIRED, N_("period"), NULL, 0, 1000, VW_ITEM_META, NULL },
  { "period-label", VW_FIELD_STRING, 0, N_("period label"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "promised", VW_FIELD_DOUBLE, VW_FIELD_REQUIRED, N_("promised value"),
    NULL, 1, 0, VW_ITEM_META, NULL },
  { "realized", VW_FIELD_DOUBLE, 0, N_("realized value"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "evidence", VW_FIELD_STRING, 0, N_("evidence"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "signed-off-by", VW_FIELD_STRING, 0, N_("signed off by"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "signed-off-on", VW_FIELD_DATE, 0, N_("sign-off date"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "element", VW_FIELD_REF, 0, N_("value element"), NULL, 1, 0, VW_ITEM_ELEMENT, NULL },
  { "value-promised", VW_FIELD_DOUBLE, 0, N_("value promised"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "value-delivered", VW_FIELD_DOUBLE, 0, N_("value delivered"), NULL, 1, 0, VW_ITEM_META, NULL },
};

struct _VwVerification
{
  VwItem parent_instance;
};

G_DEFINE_FINAL_TYPE (VwVerification, vw_verification, VW_TYPE_ITEM)

static void
vw_verification_class_init (VwVerificationClass *klass)
{
  vw_item_class_setup (VW_ITEM_CLASS (klass), VW_ITEM_VERIFICATION, "record", N_("verification record"),
                       fields, G_N_ELEMENTS (fields));
}

static void
vw_verification_init (VwVerification *self)
{
}

VwVerification *
vw_verification_new (const char *id)
{
  return g_object_new (VW_TYPE_VERIFICATION, "id", id, NULL);
}
