/* vw-stakeholder-choices.c: a stakeholder's role and trust status, in the seller's words
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table, the detail pane and the map's tooltips show the same words for the same value.
 */

#define G_LOG_DOMAIN "vw-stakeholder-choices"

#include <glib/gi18n.h>

#include "vw-items.h"
#include "vw-stakeholder-choices.h"

typedef struct
{
  const char *value;
  const char *label;  /* NC_("stakeholder", …) */
} VwChoiceLabel;

static const VwChoiceLabel labels[] = {
  { "economic-buyer", NC_("stakeholder", "Economic buyer") },
  { "technical-buyer", NC_("stakeholder", "Technical buyer") },
  { "user", NC_("stakeholder", "User") },
  { "influencer", NC_("stakeholder", "Influencer") },
  { "gatekeeper", NC_("stakeholder", "Gatekeeper") },
  { "procurement", NC_("stakeholder", "Procurement") },
  { "champion", NC_("stakeholder", "Champion") },
  { "unknown", NC_("stakeholder", "Unknown") },
  { "skeptical", NC_("stakeholder", "Skeptical") },
  { "neutral", NC_("stakeholder", "Neutral") },
  { "building", NC_("stakeholder", "Building trust") },
  { "trusted", NC_("stakeholder", "Trusted") },
};

static const char * const *
choices (const char *field)
{
  int i = vw_item_kind_find_field (VW_ITEM_STAKEHOLDER, field);
  guint n;
  const VwFieldInfo *fields = vw_item_kind_get_fields (VW_ITEM_STAKEHOLDER, &n);

  g_return_val_if_fail (i >= 0 && fields[i].type == VW_FIELD_ENUM, NULL);

  return fields[i].choices;
}

const char *
vw_stakeholder_choices_label (const char *field,
                              const char *value)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].value, value) == 0)
      return g_dpgettext2 (NULL, "stakeholder", labels[i].label);

  return value;
}

GtkStringList *
vw_stakeholder_choices_new_model (const char *field)
{
  const char * const *values = choices (field);
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    gtk_string_list_append (list, vw_stakeholder_choices_label (field, values[i]));

  return list;
}

guint
vw_stakeholder_choices_index (const char *field,
                              const char *value)
{
  const char * const *values = choices (field);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

const char *
vw_stakeholder_choices_value (const char *field,
                              guint       index)
{
  const char * const *values = choices (field);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    if (i == index)
      return values[i];

  return NULL;
}
