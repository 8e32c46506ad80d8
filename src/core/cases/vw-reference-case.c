/* vw-reference-case.c: an anonymized, verified reference case
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "vw-case-error.h"
#include "vw-case-industry.h"
#include "vw-reference-case-private.h"

struct _VwReferenceCase
{
  GObject    parent_instance;

  char      *title;
  char      *summary;
  char      *story;
  char      *currency;
  gboolean   sample;
  GPtrArray *tags;     /* of VwCaseTag */
  GPtrArray *figures;  /* of VwCaseFigure */

  /* Computed from the content on demand, or as stored. */
  char      *uid;
  char      *fingerprint;
  char      *added;

  char      *snippet;
  double     score;
};

G_DEFINE_FINAL_TYPE (VwReferenceCase, vw_reference_case, G_TYPE_OBJECT)

static void
vw_reference_case_finalize (GObject *object)
{
  VwReferenceCase *self = VW_REFERENCE_CASE (object);

  g_free (self->title);
  g_free (self->summary);
  g_free (self->story);
  g_free (self->currency);
  g_ptr_array_unref (self->tags);
  g_ptr_array_unref (self->figures);
  g_free (self->uid);
  g_free (self->fingerprint);
  g_free (self->added);
  g_free (self->snippet);

  G_OBJECT_CLASS (vw_reference_case_parent_class)->finalize (object);
}

static void
vw_reference_case_class_init (VwReferenceCaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vw_reference_case_finalize;
}

static void
vw_reference_case_init (VwReferenceCase *self)
{
  self->summary = g_strdup ("");
  self->story = g_strdup ("");
  self->currency = g_strdup ("EUR");
  self->tags = g_ptr_array_new_with_free_func ((GDestroyNotify) vw_case_tag_free);
  self->figures = g_ptr_array_new_with_free_func ((GDestroyNotify) vw_case_figure_free);
}

VwReferenceCase *
vw_reference_case_new (const char *title)
{
  VwReferenceCase *self = g_object_new (VW_TYPE_REFERENCE_CASE, NULL);

  self->title = g_strdup (title ? title : "");
  return self;
}

/* Any change of the content makes a new case: forget the computed id. */
static void
content_changed (VwReferenceCase *self)
{
  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->fingerprint, g_free);
}

static void
append_field (GString    *out,
              const char *text)
{
  /* Length-prefixed, so no choice of texts can make two different cases hash alike. */
  g_string_append_printf (out, "%zu:%s;", strlen (text), text);
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isfinite (value))
    append_field (out, g_ascii_dtostr (buffer, sizeof buffer, value));
  else
    append_field (out, "-");
}

static void
compute_fingerprint (VwReferenceCase *self)
{
  g_autoptr(GString) canonical = g_string_new ("vwcase1;");

  append_field (canonical, self->title);
  append_field (canonical, self->summary);
  append_field (canonical, self->story);
  append_field (canonical, self->currency);
  for (guint i = 0; i < self->tags->len; i++)
    {
      const VwCaseTag *tag = g_ptr_array_index (self->tags, i);

      g_string_append_printf (canonical, "t%d;", tag->kind);
      append_field (canonical, tag->key);
      append_field (canonical, tag->label);
    }
  for (guint i = 0; i < self->figures->len; i++)
    {
      const VwCaseFigure *figure = g_ptr_array_index (self->figures, i);

      g_string_append_printf (canonical, "f%d;", figure->higher_is_better ? 1 : 0);
      append_field (canonical, figure->kpi_key);
      append_field (canonical, figure->kpi_name);
      append_field (canonical, figure->unit);
      append_number (canonical, figure->baseline);
      append_number (canonical, figure->promised);
      append_number (canonical, figure->realized);
      append_field (canonical, figure->period_label);
    }

  self->fingerprint = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical->str,
                                                     canonical->len);
  self->uid = g_strdup_printf ("c%.16s", self->fingerprint);
}

const char *
vw_reference_case_get_uid (VwReferenceCase *self)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), NULL);

  if (self->uid == NULL)
    compute_fingerprint (self);
  return self->uid;
}

const char *
vw_reference_case_get_fingerprint (VwReferenceCase *self)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), NULL);

  if (self->fingerprint == NULL)
    compute_fingerprint (self);
  return self->fingerprint;
}

static void
replace_text (VwReferenceCase  *self,
              char            **field,
              const char       *text)
{
  if (g_strcmp0 (*field, text ? text : "") == 0)
    return;

  g_free (*field);
  *field = g_strdup (text ? text : "");
  content_changed (self);
}

const char *
vw_reference_case_get_title (VwReferenceCase *self)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), NULL);
  return self->title;
}

void
vw_reference_case_set_title (VwReferenceCase *self,
                             const char      *title)
{
  g_return_if_fail (VW_IS_REFERENCE_CASE (self));
  replace_text (self, &self->title, title);
}

const char *
vw_reference_case_get_summary (VwReferenceCase *self)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), NULL);
  return self->summary;
}

void
vw_reference_case_set_summary (VwReferenceCase *self,
                               const char      *summary)
{
  g_return_if_fail (VW_IS_REFERENCE_CASE (self));
  replace_text (self, &self->summary, summary);
}

const char *
vw_reference_case_get_story (VwReferenceCase *self)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), NULL);
  return self->story;
}

void
vw_reference_case_set_story (VwReferenceCase *self,
                             const char      *story)
{
  g_return_if_fail (VW_IS_REFERENCE_CASE (self));
  replace_text (self, &self->story, story);
}

const char *
vw_reference_case_get_currency (VwReferenceCase *self)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), NULL);
  return self->currency;
}

void
vw_reference_case_set_currency (VwReferenceCase *self,
                                const char      *currency)
{
  g_return_if_fail (VW_IS_REFERENCE_CASE (self));
  replace_text (self, &self->currency, currency);
}

gboolean
vw_reference_case_get_sample (VwReferenceCase *self)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), FALSE);
  return self->sample;
}

void
vw_reference_case_set_sample (VwReferenceCase *self,
                              gboolean         sample)
{
  g_return_if_fail (VW_IS_REFERENCE_CASE (self));
  self->sample = !!sample;
}

const char *
vw_reference_case_get_added (VwReferenceCase *self)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), NULL);
  return self->added;
}

GPtrArray *
vw_reference_case_get_tags (VwReferenceCase *self)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), NULL);
  return self->tags;
}

void
vw_reference_case_add_tag (VwReferenceCase *self,
                           VwCaseTagKind    kind,
                           const char      *key,
                           const char      *label)
{
  g_return_if_fail (VW_IS_REFERENCE_CASE (self));
  g_return_if_fail (kind < VW_CASE_TAG_N_KINDS);
  g_return_if_fail (key != NULL);

  /* A case carries a tag once. */
  for (guint i = 0; i < self->tags->len; i++)
    {
      const VwCaseTag *tag = g_ptr_array_index (self->tags, i);

      if (tag->kind == kind && g_str_equal (tag->key, key))
        return;
    }

  g_ptr_array_add (self->tags, vw_case_tag_new (kind, key, label));
  content_changed (self);
}

void
vw_reference_case_remove_tags (VwReferenceCase *self,
                               VwCaseTagKind    kind)
{
  g_return_if_fail (VW_IS_REFERENCE_CASE (self));

  for (guint i = self->tags->len; i > 0; i--)
    {
      const VwCaseTag *tag = g_ptr_array_index (self->tags, i - 1);

      if (tag->kind == kind)
        {
          g_ptr_array_remove_index (self->tags, i - 1);
          content_changed (self);
        }
    }
}

const char *
vw_reference_case_get_tag_key (VwReferenceCase *self,
                               VwCaseTagKind    kind)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), NULL);

  for (guint i = 0; i < self->tags->len; i++)
    {
      const VwCaseTag *tag = g_ptr_array_index (self->tags, i);

      if (tag->kind == kind)
        return tag->key;
    }

  return NULL;
}

const char *
vw_reference_case_get_industry (VwReferenceCase *self)
{
  return vw_reference_case_get_tag_key (self, VW_CASE_TAG_INDUSTRY);
}

GPtrArray *
vw_reference_case_get_figures (VwReferenceCase *self)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), NULL);
  return self->figures;
}

void
vw_reference_case_add_figure (VwReferenceCase    *self,
                              const VwCaseFigure *figure)
{
  g_return_if_fail (VW_IS_REFERENCE_CASE (self));
  g_return_if_fail (figure != NULL);

  g_ptr_array_add (self->figures, vw_case_figure_copy (figure));
  content_changed (self);
}

const char *
vw_reference_case_get_snippet (VwReferenceCase *self)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), NULL);
  return self->snippet;
}

double
vw_reference_case_get_score (VwReferenceCase *self)
{
  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), 0);
  return self->score;
}

void
_vw_reference_case_set_stored (VwReferenceCase *self,
                               const char      *uid,
                               const char      *fingerprint,
                               const char      *added)
{
  /* The arguments may be this case's own strings. */
  char *new_uid = g_strdup (uid);
  char *new_fingerprint = g_strdup (fingerprint);
  char *new_added = g_strdup (added);

  g_free (self->uid);
  self->uid = new_uid;
  g_free (self->fingerprint);
  self->fingerprint = new_fingerprint;
  g_free (self->added);
  self->added = new_added;
}

void
_vw_reference_case_set_hit (VwReferenceCase *self,
                            const char      *snippet,
                            double           score)
{
  g_free (self->snippet);
  self->snippet = g_strdup (snippet);
  self->score = score;
}

static gboolean
key_is_valid (const char *key)
{
  gsize length = strlen (key);

  if (length == 0 || length > VW_CASE_MAX_KEY)
    return FALSE;
  for (const char *p = key; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_' || *p == '-'))
      return FALSE;
  return TRUE;
}

static gboolean
text_is_valid (const char *text,
               gsize       max_length)
{
  if (strlen (text) > max_length || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  /* No control characters: XML cannot carry them, and \x02/\x03 mark snippets. */
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\n' && *p != '\t' && *p != '\r')
      return FALSE;
  return TRUE;
}

gboolean
vw_reference_case_validate (VwReferenceCase  *self,
                            GError          **error)
{
  guint n_industries = 0;
  guint n_realized = 0;

  g_return_val_if_fail (VW_IS_REFERENCE_CASE (self), FALSE);

  if (self->title[0] == '\0' || !text_is_valid (self->title, VW_CASE_MAX_TITLE))
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID,
                   _("A reference case needs a title of at most %d characters"),
                   VW_CASE_MAX_TITLE);
      return FALSE;
    }
  if (!text_is_valid (self->summary, VW_CASE_MAX_TEXT)
      || !text_is_valid (self->story, VW_CASE_MAX_TEXT)
      || !text_is_valid (self->currency, 16))
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID,
                   _("The texts of “%s” are too long or not valid text"), self->title);
      return FALSE;
    }
  if (self->tags->len > VW_CASE_MAX_TAGS || self->figures->len > VW_CASE_MAX_FIGURES)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID,
                   _("“%s” has more than %d tags or figures"), self->title, VW_CASE_MAX_TAGS);
      return FALSE;
    }

  for (guint i = 0; i < self->tags->len; i++)
    {
      const VwCaseTag *tag = g_ptr_array_index (self->tags, i);

      if (!key_is_valid (tag->key) || !text_is_valid (tag->label, VW_CASE_MAX_TITLE))
        {
          g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID,
                       _("“%s”: the tag “%s” is not valid"), self->title, tag->key);
          return FALSE;
        }
      if (tag->kind == VW_CASE_TAG_INDUSTRY)
        {
          n_industries++;
          if (vw_case_industry_find (tag->key) == NULL)
            {
              g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID,
                           _("“%s”: the industry “%s” is unknown"), self->title, tag->key);
              return FALSE;
            }
        }
    }
  if (n_industries != 1)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID,
                   _("“%s” needs exactly one industry"), self->title);
      return FALSE;
    }

  for (guint i = 0; i < self->figures->len; i++)
    {
      const VwCaseFigure *figure = g_ptr_array_index (self->figures, i);

      if (!key_is_valid (figure->kpi_key)
          || !text_is_valid (figure->kpi_name, VW_CASE_MAX_TITLE)
          || !text_is_valid (figure->unit, VW_CASE_MAX_KEY)
          || !text_is_valid (figure->period_label, VW_CASE_MAX_KEY)
          || isinf (figure->baseline) || isinf (figure->promised))
        {
          g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID,
                       _("“%s”: the figure “%s” is not valid"), self->title, figure->kpi_key);
          return FALSE;
        }
      if (isfinite (figure->realized))
        n_realized++;
    }
  if (n_realized == 0)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_VERIFIED,
                   _("“%s” has no verified figure: a reference case needs at least one "
                     "realized value"), self->title);
      return FALSE;
    }

  return TRUE;
}

static char *
convert_snippet (const char *snippet,
                 const char *open,
                 const char *close,
                 gboolean    markup)
{
  GString *out = g_string_new (NULL);

  for (const char *p = snippet ? snippet : ""; *p != '\0'; )
    {
      const char *next = p + strcspn (p, "\x02\x03");

      if (markup)
        {
          g_autofree char *escaped = g_markup_escape_text (p, next - p);
          g_string_append (out, escaped);
        }
      else
        g_string_append_len (out, p, next - p);

      if (*next == '\x02')
        g_string_append (out, open);
      else if (*next == '\x03')
        g_string_append (out, close);
      else
        break;
      p = next + 1;
    }

  return g_string_free (out, FALSE);
}

char *
vw_case_snippet_to_markup (const char *snippet)
{
  return convert_snippet (snippet, "<b>", "</b>", TRUE);
}

char *
vw_case_snippet_to_plain (const char *snippet,
                          const char *open,
                          const char *close)
{
  return convert_snippet (snippet, open ? open : "", close ? close : "", FALSE);
}
