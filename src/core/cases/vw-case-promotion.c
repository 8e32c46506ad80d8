/* vw-case-promotion.c: a verified value case → an anonymized reference case
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two sources, two jobs. Everything the reference case contains is read from the customer
 * projection (vw_document_new_projection), so an internal variable, field or value is never
 * read at all. The names to remove are collected from the full case (customer, author,
 * people, organizations, suppliers, whoever signed off), used to scrub the texts, and dropped:
 * they are never stored, only listed in the preview report for the seller.
 */

#define G_LOG_DOMAIN "vw-cases"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "vw-case-error.h"
#include "vw-case-industry.h"
#include "vw-case-promotion.h"
#include "vw-reference-case-private.h"

/* Words of company names that name no one (kept when a name is split into its words). */
static const char * const generic_words[] = {
  "board", "paper", "pulp", "mill", "mills", "group", "energy", "power", "mining", "port",
  "ports", "services", "service", "industries", "industry", "company", "holding", "holdings",
  "international", "oy", "oyj", "ab", "gmbh", "ag", "ltd", "inc", "plc", "corporation",
  "corp", "the", "and", "local", "branch", "customer", "contractor", "insurance", "mutual",
  "nordic", "global", "systems", "solutions", "us", NULL
};

typedef struct
{
  char *name;         /* what to find, as written */
  char *replacement;  /* what it becomes */
} Replacement;

static void
replacement_free (Replacement *replacement)
{
  g_free (replacement->name);
  g_free (replacement->replacement);
  g_free (replacement);
}

static void
add_replacement (GPtrArray  *replacements,
                 const char *name,
                 const char *replacement)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));

  if (g_utf8_strlen (trimmed, -1) < 3)
    return;
  for (guint i = 0; i < replacements->len; i++)
    if (g_str_equal (((Replacement *) g_ptr_array_index (replacements, i))->name, trimmed))
      return;

  Replacement *r = g_new0 (Replacement, 1);
  r->name = g_steal_pointer (&trimmed);
  r->replacement = g_strdup (replacement);
  g_ptr_array_add (replacements, r);
}

static gboolean
is_generic_word (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);

  return g_strv_contains (generic_words, folded);
}

/* A name, and each distinctive word of it ("Marja Kaskimäki": "Marja", "Kaskimäki"), so a
 * surname alone or a nickname of the company is found too. */
static void
add_name (GPtrArray  *replacements,
          const char *name,
          const char *replacement,
          const char *word_replacement)
{
  g_auto(GStrv) words = NULL;

  if (name == NULL || name[0] == '\0')
    return;

  add_replacement (replacements, name, replacement);
  words = g_strsplit_set (name, " ,.-/&()", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= 3 && !is_generic_word (words[i]))
      add_replacement (replacements, words[i], word_replacement);
}

static int
longest_first (gconstpointer a,
               gconstpointer b)
{
  const Replacement *x = *(Replacement * const *) a;
  const Replacement *y = *(Replacement * const *) b;

  return (int) strlen (y->name) - (int) strlen (x->name);
}

static gboolean
is_word_char (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p));
}

/* Replaces whole-word occurrences of every name, longest first; counts them. */
static char *
scrub (const char *text,
       GPtrArray  *replacements,
       guint      *n_removed)
{
  g_autofree char *current = g_strdup (text ? text : "");

  for (guint i = 0; i < replacements->len; i++)
    {
      const Replacement *r = g_ptr_array_index (replacements, i);
      GString *out = g_string_new (NULL);
      gsize name_length = strlen (r->name);
      const char *p = current;
      const char *hit;

      while ((hit = strstr (p, r->name)) != NULL)
        {
          const char *after = hit + name_length;
          gboolean starts_word = hit == current
                                 || !is_word_char (g_utf8_prev_char (hit));
          gboolean ends_word = *after == '\0' || !is_word_char (after);

          g_string_append_len (out, p, hit - p);
          if (starts_word && ends_word)
            {
              g_string_append (out, r->replacement);
              (*n_removed)++;
            }
          else
            g_string_append_len (out, hit, name_length);
          p = after;
        }
      g_string_append (out, p);
      g_free (current);
      current = g_string_free (out, FALSE);
    }

  return g_steal_pointer (&current);
}

static char *
capitalize (const char *text)
{
  gunichar first;
  char buffer[8];
  int length;

  if (text == NULL || text[0] == '\0')
    return g_strdup ("");
  first = g_unichar_totitle (g_utf8_get_char (text));
  length = g_unichar_to_utf8 (first, buffer);
  buffer[length] = '\0';
  return g_strconcat (buffer, g_utf8_next_char (text), NULL);
}

static char *
kpi_key (const char *id)
{
  if (g_str_has_suffix (id, "_kpi") && strlen (id) > 4)
    return g_strndup (id, strlen (id) - 4);
  return g_strdup (id);
}

/* The names of the full case, with what each becomes. */
static GPtrArray *
collect_names (VwDocument           *document,
               const VwCaseIndustry *industry)
{
  GPtrArray *replacements = g_ptr_array_new_with_free_func ((GDestroyNotify) replacement_free);
  VwItem *meta = VW_ITEM (vw_document_get_meta (document));
  const char *descriptor = _(industry->descriptor);
  const char *removed = _("[name removed]");
  GListModel *list;

  add_name (replacements, vw_item_get_string (meta, "customer"), descriptor, descriptor);
  add_name (replacements, vw_item_get_string (meta, "author"), removed, removed);

  list = vw_document_get_items (document, VW_ITEM_STAKEHOLDER);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VwItem) person = g_list_model_get_item (list, i);
      const char *title = vw_item_get_string (person, "title");
      g_autofree char *role = NULL;

      /* "Sanna Heikkinen" → "the production manager"; titles are scrubbed like any text. */
      if (title != NULL && title[0] != '\0')
        {
          g_autofree char *lower = g_utf8_strdown (title, -1);
          role = g_strdup_printf (_("the %s"), lower);
        }
      else
        role = g_strdup (_("a customer representative"));
      add_name (replacements, vw_item_get_string (person, "name"), role, removed);
      add_name (replacements, vw_item_get_string (person, "organization"),
                _("an outside organization"), removed);
    }

  list = vw_document_get_items (document, VW_ITEM_ALTERNATIVE);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VwItem) alternative = g_list_model_get_item (list, i);

      add_name (replacements, vw_item_get_string (alternative, "supplier"),
                _("a supplier"), removed);
    }

  list = vw_document_get_items (document, VW_ITEM_VERIFICATION);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VwItem) record = g_list_model_get_item (list, i);

      add_name (replacements, vw_item_get_string (record, "signed-off-by"),
                _("a customer representative"), removed);
    }

  g_ptr_array_sort (replacements, longest_first);
  return replacements;
}

static int
record_year (VwItem *record)
{
  const char *date = vw_item_get_string (record, "signed-off-on");

  if (date != NULL && strlen (date) >= 4)
    return atoi (date);
  return 0;
}

/* A KPI computed by an internal variable (confidential, or reading our cost) is internal
 * itself: its figures stay out. Decided on the full case, where the variable still exists. */
static gboolean
kpi_is_internal (VwDocument *document,
                 const char *kpi_id)
{
  VwItem *kpi = vw_document_find (document, VW_ITEM_KPI, kpi_id);
  const char *variable_id;
  VwVariable *variable;

  if (kpi == NULL)
    return TRUE;
  variable_id = vw_item_get_string (kpi, "variable");
  if (variable_id == NULL || variable_id[0] == '\0')
    return FALSE;
  variable = vw_document_find_variable (document, variable_id);
  return variable != NULL && vw_document_is_internal (document, VW_ITEM (variable), NULL);
}

static gboolean
add_figures (VwReferenceCase  *reference_case,
             VwDocument       *document,
             VwDocument       *projection,
             GPtrArray        *replacements,
             GString          *story,
             guint            *n_removed,
             int              *last_year,
             guint            *n_records)
{
  GListModel *records = vw_document_get_items (projection, VW_ITEM_VERIFICATION);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(VwItem) record = g_list_model_get_item (records, i);
      g_autoptr(VwCaseFigure) figure = NULL;
      g_autofree char *key = NULL, *name = NULL, *period = NULL, *evidence = NULL;
      const char *kpi_id = vw_item_get_string (record, "kpi");
      VwItem *kpi;

      if (!vw_item_is_set (record, "realized") || kpi_id == NULL
          || kpi_is_internal (document, kpi_id))
        continue;
      kpi = vw_document_find (projection, VW_ITEM_KPI, kpi_id);
      if (kpi == NULL)
        continue;

      key = kpi_key (kpi_id);
      name = scrub (vw_item_get_string (kpi, "name"), replacements, n_removed);
      if (vw_item_is_set (record, "period-label"))
        period = scrub (vw_item_get_string (record, "period-label"), replacements, n_removed);
      else
        period = g_strdup_printf (_("period %d"), (int) vw_item_get_int (record, "period"));

      figure = vw_case_figure_new (key, name, vw_item_get_string (kpi, "unit"),
                                   g_strcmp0 (vw_item_get_string (kpi, "better"), "lower") != 0,
                                   vw_item_is_set (kpi, "baseline")
                                     ? vw_item_get_double (kpi, "baseline") : NAN,
                                   vw_item_is_set (record, "promised")
                                     ? vw_item_get_double (record, "promised") : NAN,
                                   vw_item_get_double (record, "realized"), period);
      if (!isfinite (figure->realized))
        continue;
      vw_reference_case_add_figure (reference_case, figure);
      vw_reference_case_add_tag (reference_case, VW_CASE_TAG_KPI, key, name);
      (*n_records)++;
      *last_year = MAX (*last_year, record_year (record));

      evidence = scrub (vw_item_get_string (record, "evidence"), replacements, n_removed);
      if (evidence[0] != '\0')
        g_string_append_printf (story, "%s (%s): %s\n", name, period, evidence);
    }

  return *n_records > 0;
}

static void
add_elements (VwReferenceCase *reference_case,
              VwDocument      *projection,
              GPtrArray       *replacements,
              GString         *story,
              guint           *n_removed)
{
  GListModel *elements = vw_document_get_items (projection, VW_ITEM_ELEMENT);
  gboolean any_selected = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (elements); i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, i);

      any_selected |= vw_item_get_bool (element, "selected");
    }

  /* The elements the seller selected for the proposition; all of them if none was. */
  for (guint i = 0; i < g_list_model_get_n_items (elements); i++)
    {
      g_autoptr(VwItem) element = g_list_model_get_item (elements, i);
      g_autofree char *name = NULL, *description = NULL, *evidence = NULL;
      g_autofree char *key = NULL;
      const char *dimension = vw_item_get_string (element, "dimension");

      if (any_selected && !vw_item_get_bool (element, "selected"))
        continue;

      name = scrub (vw_item_get_string (element, "name"), replacements, n_removed);
      description = scrub (vw_item_get_string (element, "description"), replacements, n_removed);
      evidence = scrub (vw_item_get_string (element, "evidence"), replacements, n_removed);
      key = vw_case_tag_make_key (vw_item_get_id (element));

      vw_reference_case_add_tag (reference_case, VW_CASE_TAG_ELEMENT, key, name);
      if (dimension != NULL && dimension[0] != '\0')
        vw_reference_case_add_tag (reference_case, VW_CASE_TAG_DIMENSION, dimension, dimension);

      g_string_append_printf (story, "%s: %s", name, description);
      if (evidence[0] != '\0')
        g_string_append_printf (story, " %s", evidence);
      g_string_append_c (story, '\n');
    }
}

void
vw_case_promotion_report_clear (VwCasePromotionReport *report)
{
  g_return_if_fail (report != NULL);

  g_clear_pointer (&report->replacements, g_ptr_array_unref);
  memset (report, 0, sizeof *report);
}

static guint
count_all_items (VwDocument *document)
{
  guint n = 0;

  for (VwItemKind kind = VW_ITEM_ALTERNATIVE; kind < VW_ITEM_N_KINDS; kind++)
    n += g_list_model_get_n_items (vw_document_get_items (document, kind));
  return n;
}

VwReferenceCase *
vw_case_promote (VwDocument                   *document,
                 const VwCasePromotionOptions *options,
                 VwCasePromotionReport        *report,
                 GError                      **error)
{
  static const VwCasePromotionOptions no_options = { 0 };
  g_autoptr(VwDocument) projection = NULL;
  g_autoptr(VwReferenceCase) reference_case = NULL;
  g_autoptr(GPtrArray) replacements = NULL;
  g_autoptr(GString) story = g_string_new (NULL);
  g_autofree char *title = NULL, *summary = NULL, *application_key = NULL;
  g_autofree char *guess_text = NULL, *year_text = NULL;
  const VwCaseIndustry *industry;
  const char *application;
  VwItem *meta;
  guint n_removed = 0, n_records = 0;
  int last_year = 0, year;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);

  if (options == NULL)
    options = &no_options;

  meta = VW_ITEM (vw_document_get_meta (document));
  guess_text = g_strjoin (" ", vw_item_get_string (meta, "segment") ?: "",
                          vw_item_get_string (meta, "title") ?: "", NULL);
  industry = options->industry ? vw_case_industry_find (options->industry)
                               : vw_case_industry_guess (guess_text);
  if (industry == NULL)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID,
                   _("“%s” is not a known industry"), options->industry);
      return NULL;
    }

  replacements = collect_names (document, industry);
  projection = vw_document_new_projection (document, "customer");
  meta = VW_ITEM (vw_document_get_meta (projection));

  title = scrub (vw_item_get_string (meta, "title"), replacements, &n_removed);
  if (g_str_has_prefix (title, _(industry->descriptor)))
    {
      char *capitalized = capitalize (title);
      g_free (title);
      title = capitalized;
    }
  summary = scrub (vw_item_get_string (meta, "description"), replacements, &n_removed);

  reference_case = vw_reference_case_new (title);
  vw_reference_case_set_summary (reference_case, summary);
  vw_reference_case_set_currency (reference_case, vw_item_get_string (meta, "currency") ?: "EUR");
  vw_reference_case_set_sample (reference_case, options->sample);
  vw_reference_case_add_tag (reference_case, VW_CASE_TAG_INDUSTRY, industry->id, industry->label);

  if (!add_figures (reference_case, document, projection, replacements, story, &n_removed, &last_year,
                    &n_records))
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_NOT_VERIFIED,
                   _("“%s” has no verified value yet: record a realized value on the "
                     "Verification page first"), vw_item_get_string (meta, "title"));
      return NULL;
    }
  add_elements (reference_case, projection, replacements, story, &n_removed);
  if (story->len > 0 && story->str[story->len - 1] == '\n')
    g_string_truncate (story, story->len - 1);
  vw_reference_case_set_story (reference_case, story->str);

  application = options->application;
  if (application == NULL || application[0] == '\0')
    application = vw_item_get_string (meta, "template-id");
  if (application != NULL && application[0] != '\0')
    {
      g_autofree char *label = g_strdelimit (g_strdup (application), "_", ' ');
      g_autofree char *display = capitalize (label);
      g_autofree char *scrubbed = scrub (display, replacements, &n_removed);

      application_key = vw_case_tag_make_key (scrubbed);
      if (application_key[0] != '\0')
        vw_reference_case_add_tag (reference_case, VW_CASE_TAG_APPLICATION, application_key,
                                   scrubbed);
    }
  if (options->region != NULL && options->region[0] != '\0')
    {
      g_autofree char *region_key = vw_case_tag_make_key (options->region);

      if (region_key[0] != '\0')
        vw_reference_case_add_tag (reference_case, VW_CASE_TAG_REGION, region_key,
                                   options->region);
    }

  year = options->year;
  if (year == 0)
    year = last_year;
  if (year == 0 && vw_item_is_set (meta, "start-date"))
    year = atoi (vw_item_get_string (meta, "start-date"));
  if (year > 0)
    {
      year_text = g_strdup_printf ("%d", year);
      vw_reference_case_add_tag (reference_case, VW_CASE_TAG_YEAR, year_text, year_text);
    }

  if (report != NULL)
    {
      vw_case_promotion_report_clear (report);
      report->replacements = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < replacements->len; i++)
        {
          const Replacement *r = g_ptr_array_index (replacements, i);

          g_ptr_array_add (report->replacements,
                           g_strdup_printf ("%s → %s", r->name, r->replacement));
        }
      report->names_removed = n_removed;
      report->internal_items_removed = count_all_items (document) - count_all_items (projection);
      report->records_used = n_records;
    }

  return g_steal_pointer (&reference_case);
}
