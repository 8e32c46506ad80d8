/* vw-case-tag.c: a tag of a reference case, or a facet count
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "vw-case-industry.h"
#include "vw-case-tag.h"

G_DEFINE_BOXED_TYPE (VwCaseTag, vw_case_tag, vw_case_tag_copy, vw_case_tag_free)

static const char * const kind_names[VW_CASE_TAG_N_KINDS] = {
  "industry", "element", "kpi", "dimension", "application", "region", "year",
};

/* The value dimensions of the model (vw-value-element.c), translated for display. */
static const struct
{
  const char *key;
  const char *label;
} dimensions[] = {
  { "operational", N_("Operational") },
  { "strategic", N_("Strategic") },
  { "social", N_("Social") },
  { "symbolic", N_("Symbolic") },
};

VwCaseTag *
vw_case_tag_new (VwCaseTagKind  kind,
                 const char    *key,
                 const char    *label)
{
  VwCaseTag *tag;

  g_return_val_if_fail (kind < VW_CASE_TAG_N_KINDS, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  tag = g_new0 (VwCaseTag, 1);
  tag->kind = kind;
  tag->key = g_strdup (key);
  tag->label = g_strdup (label ? label : key);

  return tag;
}

VwCaseTag *
vw_case_tag_copy (const VwCaseTag *tag)
{
  VwCaseTag *copy;

  g_return_val_if_fail (tag != NULL, NULL);

  copy = vw_case_tag_new (tag->kind, tag->key, tag->label);
  copy->count = tag->count;
  return copy;
}

void
vw_case_tag_free (VwCaseTag *tag)
{
  if (tag == NULL)
    return;

  g_free (tag->key);
  g_free (tag->label);
  g_free (tag);
}

const char *
vw_case_tag_get_display_label (const VwCaseTag *tag)
{
  g_return_val_if_fail (tag != NULL, NULL);

  if (tag->kind == VW_CASE_TAG_INDUSTRY)
    {
      const VwCaseIndustry *industry = vw_case_industry_find (tag->key);

      if (industry != NULL)
        return _(industry->label);
    }
  else if (tag->kind == VW_CASE_TAG_DIMENSION)
    {
      for (guint i = 0; i < G_N_ELEMENTS (dimensions); i++)
        if (g_str_equal (dimensions[i].key, tag->key))
          return _(dimensions[i].label);
    }

  return tag->label;
}

const char *
vw_case_tag_kind_to_string (VwCaseTagKind kind)
{
  g_return_val_if_fail (kind < VW_CASE_TAG_N_KINDS, NULL);

  return kind_names[kind];
}

gboolean
vw_case_tag_kind_from_string (const char    *text,
                              VwCaseTagKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; text != NULL && i < VW_CASE_TAG_N_KINDS; i++)
    if (g_str_equal (text, kind_names[i]))
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

char *
vw_case_tag_make_key (const char *text)
{
  g_autofree char *ascii = NULL;
  GString *key = g_string_new (NULL);
  gboolean pending_separator = FALSE;

  /* Transliterate so "Kääntö" gives "kaanto", not an empty key. */
  ascii = g_str_to_ascii (text ? text : "", "C");
  for (const char *p = ascii; *p != '\0' && key->len < 64; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (pending_separator && key->len > 0)
            g_string_append_c (key, '_');
          g_string_append_c (key, g_ascii_tolower (*p));
          pending_separator = FALSE;
        }
      else
        pending_separator = TRUE;
    }

  if (key->len > 64)
    g_string_truncate (key, 64);

  return g_string_free (key, FALSE);
}
