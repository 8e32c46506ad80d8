/* vw-case-tag.h: a tag of a reference case (industry, value element, KPI…), or a facet count
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The order is the order of the facets in the search page. The numbers are stored in the
 * database: never renumber, only append. */
typedef enum
{
  VW_CASE_TAG_INDUSTRY    = 0,  /* key: a VwCaseIndustry id */
  VW_CASE_TAG_ELEMENT     = 1,  /* value element: key "uptime", label "Fewer unplanned stops" */
  VW_CASE_TAG_KPI         = 2,  /* key "oee", label "Overall equipment effectiveness" */
  VW_CASE_TAG_DIMENSION   = 3,  /* operational, strategic, social, symbolic */
  VW_CASE_TAG_APPLICATION = 4,  /* "Preventive maintenance" (key derived from the label) */
  VW_CASE_TAG_REGION      = 5,  /* "Nordics" */
  VW_CASE_TAG_YEAR        = 6,  /* "2025" */
  VW_CASE_TAG_N_KINDS
} VwCaseTagKind;

/* The kinds the search returns facet counts for. */
#define VW_CASE_TAG_N_FACETS 4

#define VW_TYPE_CASE_TAG (vw_case_tag_get_type ())

typedef struct
{
  VwCaseTagKind  kind;
  char          *key;    /* [a-z0-9_-]+, at most 64 bytes: what filters use */
  char          *label;  /* as shown; for industries and dimensions untranslated, use
                          * vw_case_tag_get_display_label() */
  guint          count;  /* facets only: cases among the matches that carry this tag */
} VwCaseTag;

GType       vw_case_tag_get_type          (void) G_GNUC_CONST;
VwCaseTag  *vw_case_tag_new               (VwCaseTagKind    kind,
                                           const char      *key,
                                           const char      *label);
VwCaseTag  *vw_case_tag_copy              (const VwCaseTag *tag);
void        vw_case_tag_free              (VwCaseTag       *tag);

/* The label in the user's language (industries and dimensions are translated). */
const char *vw_case_tag_get_display_label (const VwCaseTag *tag);
/* "industry", "element", "kpi", "dimension", "application", "region", "year"; and back. */
const char *vw_case_tag_kind_to_string    (VwCaseTagKind    kind);
gboolean    vw_case_tag_kind_from_string  (const char      *text,
                                           VwCaseTagKind   *kind);
/* A key from free text: lower case ASCII letters, digits and "_" ("Fewer stops" → "fewer_stops"). */
char       *vw_case_tag_make_key          (const char      *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwCaseTag, vw_case_tag_free)

G_END_DECLS
