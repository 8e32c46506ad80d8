/* vw-reference-case.h: an anonymized, verified reference case of the case repository
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "vw-case-figure.h"
#include "vw-case-tag.h"

G_BEGIN_DECLS

#define VW_TYPE_REFERENCE_CASE (vw_reference_case_get_type ())

G_DECLARE_FINAL_TYPE (VwReferenceCase, vw_reference_case, VW, REFERENCE_CASE, GObject)

/* A reference case holds no customer name, no person's name and no internal figure: it is
 * built by vw_case_promote() from the customer projection of a value case, or read from the
 * repository or a bundle. It is immutable once stored; before that the promotion preview may
 * change its texts and tags with the setters. */
VwReferenceCase *vw_reference_case_new              (const char       *title);

/* The id in the repository and in bundles: "c" and 16 hex digits of the fingerprint, so the
 * same case promoted or imported twice gets the same id. */
const char      *vw_reference_case_get_uid          (VwReferenceCase  *self);
/* SHA-256 of the case's content (texts, tags, figures; not the time it was added). */
const char      *vw_reference_case_get_fingerprint  (VwReferenceCase  *self);

const char      *vw_reference_case_get_title        (VwReferenceCase  *self);
void             vw_reference_case_set_title        (VwReferenceCase  *self,
                                                     const char       *title);
/* What was offered and what it achieved, anonymized (one or two paragraphs). */
const char      *vw_reference_case_get_summary      (VwReferenceCase  *self);
void             vw_reference_case_set_summary      (VwReferenceCase  *self,
                                                     const char       *summary);
/* The value elements' descriptions and the evidence of the verified figures, anonymized. */
const char      *vw_reference_case_get_story        (VwReferenceCase  *self);
void             vw_reference_case_set_story        (VwReferenceCase  *self,
                                                     const char       *story);
const char      *vw_reference_case_get_currency     (VwReferenceCase  *self);
void             vw_reference_case_set_currency     (VwReferenceCase  *self,
                                                     const char       *currency);
/* Sample cases (the installed sample repository) are labelled as such everywhere. */
gboolean         vw_reference_case_get_sample       (VwReferenceCase  *self);
void             vw_reference_case_set_sample       (VwReferenceCase  *self,
                                                     gboolean          sample);
/* ISO 8601 UTC, when the case entered this repository; NULL before it is stored. */
const char      *vw_reference_case_get_added        (VwReferenceCase  *self);

/* Tags, in the order added; (element-type VwCaseTag) (transfer none). */
GPtrArray       *vw_reference_case_get_tags         (VwReferenceCase  *self);
void             vw_reference_case_add_tag          (VwReferenceCase  *self,
                                                     VwCaseTagKind     kind,
                                                     const char       *key,
                                                     const char       *label);
void             vw_reference_case_remove_tags      (VwReferenceCase  *self,
                                                     VwCaseTagKind     kind);
/* The key of the first tag of @kind (the industry, the region, the year…), or NULL. */
const char      *vw_reference_case_get_tag_key      (VwReferenceCase  *self,
                                                     VwCaseTagKind     kind);
/* Convenience: the industry's key (every stored case has exactly one). */
const char      *vw_reference_case_get_industry     (VwReferenceCase  *self);

/* The verified figures; (element-type VwCaseFigure) (transfer none). */
GPtrArray       *vw_reference_case_get_figures      (VwReferenceCase  *self);
void             vw_reference_case_add_figure       (VwReferenceCase  *self,
                                                     const VwCaseFigure *figure);

/* Search results only: the matching passage, with the matched words between
 * VW_CASE_SNIPPET_OPEN and VW_CASE_SNIPPET_CLOSE (convert with vw_case_snippet_to_markup()),
 * and the bm25 score (lower is better, as SQLite's rank). */
const char      *vw_reference_case_get_snippet      (VwReferenceCase  *self);
double           vw_reference_case_get_score        (VwReferenceCase  *self);

/* Checks what a stored case needs (a title, one known industry, at least one finite realized
 * figure, keys and lengths within limits); the error says what is wrong. */
gboolean         vw_reference_case_validate         (VwReferenceCase  *self,
                                                     GError          **error);

#define VW_CASE_SNIPPET_OPEN  "\x02"
#define VW_CASE_SNIPPET_CLOSE "\x03"

/* Pango markup: the text escaped, the matches in bold. */
char            *vw_case_snippet_to_markup          (const char       *snippet);
/* Plain text with the matches between @open and @close (e.g. "[" and "]", or "" and ""). */
char            *vw_case_snippet_to_plain           (const char       *snippet,
                                                     const char       *open,
                                                     const char       *close);

G_END_DECLS
