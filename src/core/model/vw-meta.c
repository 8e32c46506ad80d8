/* vw-meta.c: the case as a whole: title, customer, currency, horizon…
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-meta"

#include <glib/gi18n.h>

#include "vw-meta.h"

static const char * const period_unit_choices[] = { "year", "quarter", "month", NULL };
/* An answer of the customer-selection checklist (vw-readiness.h). */
static const char * const fit_choices[] = { "unknown", "no", "partly", "yes", NULL };

/* The fields, in file order (docs/file-format.md). */
static const VwFieldInfo fields[] = {
  { "title", VW_FIELD_STRING, VW_FIELD_REQUIRED, N_("title"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "customer", VW_FIELD_STRING, 0, N_("customer"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "segment", VW_FIELD_STRING, 0, N_("segment"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "opportunity", VW_FIELD_STRING, 0, N_("opportunity"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "description", VW_FIELD_STRING, 0, N_("description"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "currency", VW_FIELD_STRING, 0, N_("currency"), NULL, 1, 0, VW_ITEM_META, "EUR" },
  { "period-unit", VW_FIELD_ENUM, 0, N_("period unit"),
    period_unit_choices, 1, 0, VW_ITEM_META, "year" },
  { "horizon", VW_FIELD_INT, 0, N_("horizon"), NULL, 1, 100, VW_ITEM_META, "10" },
  { "start-date", VW_FIELD_DATE, 0, N_("start date"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "author", VW_FIELD_STRING, 0, N_("author"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "created", VW_FIELD_DATETIME, 0, N_("creation time"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "modified", VW_FIELD_DATETIME, 0, N_("modification time"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "template-id", VW_FIELD_ID, 0, N_("template id"), NULL, 1, 0, VW_ITEM_META, NULL },
  { "template-version", VW_FIELD_INT, 0, N_("template version"),
    NULL, 1, 1000000, VW_ITEM_META, "1" },
  { "offer-alternative", VW_FIELD_REF, 0, N_("our offer"), NULL, 1, 0, VW_ITEM_ALTERNATIVE, NULL },
  { "reference-alternative", VW_FIELD_REF, 0, N_("reference alternative"),
    NULL, 1, 0, VW_ITEM_ALTERNATIVE, NULL },
  { "mc-draws", VW_FIELD_INT, 0, N_("number of Monte Carlo draws"),
    NULL, 100, 1000000, VW_ITEM_META, "10000" },
  { "mc-seed", VW_FIELD_INT, 0, N_("Monte Carlo seed"), NULL, 0, 2147483647, VW_ITEM_META, "1" },
  { "performance-share", VW_FIELD_DOUBLE, 0, N_("share of the price tied to verified value"),
    NULL, 1, 0, VW_ITEM_META, NULL },
  { "performance-cap", VW_FIELD_DOUBLE, 0, N_("cap of the performance payment"),
    NULL, 1, 0, VW_ITEM_META, "1" },
  /* The customer-selection checklist: our own judgement of the customer, never shown to them. */
  { "fit-vendor-management", VW_FIELD_ENUM, VW_FIELD_INTERNAL,
    N_("vendor management aligned with a value-based approach"),
    fit_choices, 1, 0, VW_ITEM_META, "unknown" },
  { "fit-data-sharing", VW_FIELD_ENUM, VW_FIELD_INTERNAL, N_("sharing of performance data"),
    fit_choices, 1, 0, VW_ITEM_META, "unknown" },
  { "fit-bargaining-power", VW_FIELD_ENUM, VW_FIELD_INTERNAL, N_("our bargaining power"),
    fit_choices, 1, 0, VW_ITEM_META, "unknown" },
  { "fit-decision-maker", VW_FIELD_ENUM, VW_FIELD_INTERNAL,
    N_("a decision maker whose goals align"), fit_choices, 1, 0, VW_ITEM_META, "unknown" },
  { "negotiation-notes", VW_FIELD_STRING, VW_FIELD_INTERNAL, N_("negotiation notes"),
    NULL, 1, 0, VW_ITEM_META, NULL },
};

struct _VwMeta
{
  VwItem parent_instance;
};

G_DEFINE_FINAL_TYPE (VwMeta, vw_meta, VW_TYPE_ITEM)

static void
vw_meta_class_init (VwMetaClass *klass)
{
  vw_item_class_setup (VW_ITEM_CLASS (klass), VW_ITEM_META, "meta", N_("case details"),
                       fields, G_N_ELEMENTS (fields));
}

static void
vw_meta_init (VwMeta *self)
{
}

VwMeta *
vw_meta_new (const char *id)
{
  return g_object_new (VW_TYPE_META, "id", id, NULL);
}
