/* vw-case-bundle.c: .vwcases bundles (docs/cases.md), read as untrusted input and written
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bundle comes from a colleague or from anywhere. It is read with the rules of
 * reliability.md §2: size cap, a byte scan that refuses a DOCTYPE (so no entity can ever be
 * declared), NUL bytes and invalid UTF-8, then libxml2's streaming reader (memory stays flat
 * for 100 000 cases) without NOENT, DTDLOAD, HUGE or XINCLUDE; every element and attribute is
 * checked, numbers by our strict parser, every case by vw_reference_case_validate(). The first
 * problem fails the whole bundle: an import is all or nothing.
 */

#define G_LOG_DOMAIN "vw-cases"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libxml/xmlreader.h>

#include "vw-case-bundle-private.h"
#include "vw-case-error.h"
#include "vw-case-repository.h"
#include "vw-number.h"

typedef struct
{
  xmlTextReaderPtr  reader;
  const char       *name;
  GError           *error;
  int               parse_error_line;
  char             *parse_error;
} Parser;

static gboolean
fail (Parser     *parser,
      int         line,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Parser     *parser,
      int         line,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (parser->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (&parser->error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID_BUNDLE,
                 _("%s, line %d: %s; nothing was imported"), parser->name, line, message);
  else
    g_set_error (&parser->error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID_BUNDLE,
                 _("%s: %s; nothing was imported"), parser->name, message);
  return FALSE;
}

static int
current_line (Parser *parser)
{
  /* The node's own line; the parser's line is where it has read ahead to. */
  xmlNodePtr node = xmlTextReaderCurrentNode (parser->reader);
  long line = node ? xmlGetLineNo (node) : -1;

  return line > 0 ? (int) line : xmlTextReaderGetParserLineNumber (parser->reader);
}

/* The byte scan, before any parser sees the data. */
static gboolean
scan_bytes (Parser     *parser,
            const char *data,
            gsize       length)
{
  const char *end = NULL;
  int line = 1;

  if (length == 0)
    return fail (parser, 0, _("the file is empty"));
  if (length > VW_CASE_BUNDLE_MAX_BYTES)
    return fail (parser, 0, _("the file is larger than %d MB"), VW_CASE_BUNDLE_MAX_BYTES >> 20);
  if (!g_utf8_validate_len (data, length, &end))
    {
      for (const char *p = data; p < end; p++)
        line += *p == '\n';
      return fail (parser, line, _("the file is not valid UTF-8 text"));
    }
  if (data[0] != '<' && !(length >= 4 && memcmp (data, "\xef\xbb\xbf<", 4) == 0))
    return fail (parser, 1, _("this is not a case bundle"));

  for (const char *p = data; p < data + length; p++)
    {
      if (*p == '\n')
        line++;
      else if (*p == '<' && p + 2 < data + length && p[1] == '!' && p[2] != '-')
        /* <!DOCTYPE, <!ENTITY, <![CDATA[: none belongs in a bundle. */
        return fail (parser, line, _("the file contains a declaration (“<!”) that case bundles "
                                     "never contain"));
    }
  return TRUE;
}

static char *
attribute (Parser     *parser,
           const char *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (parser->reader, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* Only the attributes named in @allowed (NULL-terminated), and at most once each. */
static gboolean
check_attributes (Parser             *parser,
                  const char         *element,
                  const char * const *allowed)
{
  int n = xmlTextReaderAttributeCount (parser->reader);

  if (n > 32)
    return fail (parser, current_line (parser), _("<%s> has too many attributes"), element);

  for (int i = 0; i < n; i++)
    {
      const char *name;

      xmlTextReaderMoveToAttributeNo (parser->reader, i);
      name = (const char *) xmlTextReaderConstName (parser->reader);
      if (name == NULL || g_str_equal (name, "xmlns"))
        continue;
      if (!g_strv_contains (allowed, name))
        {
          int line = current_line (parser);
          g_autofree char *copy = g_strdup (name);

          xmlTextReaderMoveToElement (parser->reader);
          return fail (parser, line, _("<%s> has an unknown attribute “%s”"), element, copy);
        }
    }
  xmlTextReaderMoveToElement (parser->reader);
  return TRUE;
}

static gboolean
parse_number (Parser     *parser,
              const char *element,
              const char *name,
              gboolean    required,
              double     *value)
{
  g_autofree char *text = attribute (parser, name);

  *value = NAN;
  if (text == NULL)
    {
      if (required)
        return fail (parser, current_line (parser), _("<%s> needs the attribute “%s”"),
                     element, name);
      return TRUE;
    }
  if (vw_number_parse (text, value) != VW_NUMBER_OK)
    return fail (parser, current_line (parser),
                 _("the attribute “%s” of <%s> must be a number, found “%s”"), name, element,
                 text);
  return TRUE;
}

static gboolean
parse_tag (Parser          *parser,
           VwReferenceCase *reference_case)
{
  static const char * const allowed[] = { "kind", "key", "label", NULL };
  g_autofree char *kind_text = attribute (parser, "kind");
  g_autofree char *key = attribute (parser, "key");
  g_autofree char *label = attribute (parser, "label");
  VwCaseTagKind kind;

  if (!check_attributes (parser, "tag", allowed))
    return FALSE;
  if (!vw_case_tag_kind_from_string (kind_text, &kind))
    return fail (parser, current_line (parser), _("<tag> has an unknown kind “%s”"),
                 kind_text ? kind_text : "");
  if (key == NULL)
    return fail (parser, current_line (parser), _("<%s> needs the attribute “%s”"), "tag", "key");

  vw_reference_case_add_tag (reference_case, kind, key, label ? label : key);
  return TRUE;
}

static gboolean
parse_figure (Parser          *parser,
              VwReferenceCase *reference_case)
{
  static const char * const allowed[] = {
    "kpi", "name", "unit", "better", "baseline", "promised", "realized", "period", NULL
  };
  g_autofree char *kpi = attribute (parser, "kpi");
  g_autofree char *name = attribute (parser, "name");
  g_autofree char *unit = attribute (parser, "unit");
  g_autofree char *better = attribute (parser, "better");
  g_autofree char *period = attribute (parser, "period");
  g_autoptr(VwCaseFigure) figure = NULL;
  double baseline, promised, realized;

  if (!check_attributes (parser, "figure", allowed))
    return FALSE;
  if (kpi == NULL)
    return fail (parser, current_line (parser), _("<%s> needs the attribute “%s”"), "figure",
                 "kpi");
  if (better != NULL && !g_str_equal (better, "higher") && !g_str_equal (better, "lower"))
    return fail (parser, current_line (parser),
                 _("the attribute “better” must be “higher” or “lower”, found “%s”"), better);
  if (!parse_number (parser, "figure", "baseline", FALSE, &baseline)
      || !parse_number (parser, "figure", "promised", FALSE, &promised)
      || !parse_number (parser, "figure", "realized", TRUE, &realized))
    return FALSE;

  figure = vw_case_figure_new (kpi, name ? name : kpi, unit, g_strcmp0 (better, "lower") != 0,
                               baseline, promised, realized, period);
  vw_reference_case_add_figure (reference_case, figure);
  return TRUE;
}

static gboolean
parse_case_start (Parser           *parser,
                  VwReferenceCase **reference_case)
{
  static const char * const allowed[] = { "uid", "sample", "currency", NULL };
  g_autofree char *sample = attribute (parser, "sample");
  g_autofree char *currency = attribute (parser, "currency");

  if (!check_attributes (parser, "case", allowed))
    return FALSE;
  if (sample != NULL && !g_str_equal (sample, "true") && !g_str_equal (sample, "false"))
    return fail (parser, current_line (parser),
                 _("the attribute “sample” must be “true” or “false”, found “%s”"), sample);

  /* The title comes in its own element; an empty one fails validation at the case's end. */
  *reference_case = vw_reference_case_new ("");
  vw_reference_case_set_sample (*reference_case, g_strcmp0 (sample, "true") == 0);
  if (currency != NULL)
    vw_reference_case_set_currency (*reference_case, currency);
  return TRUE;
}

static gboolean
finish_case (Parser          *parser,
             VwReferenceCase *reference_case,
             int              line,
             GPtrArray       *cases)
{
  GError *invalid = NULL;

  if (!vw_reference_case_validate (reference_case, &invalid))
    {
      fail (parser, line, "%s", invalid->message);
      g_error_free (invalid);
      return FALSE;
    }
  if (cases->len >= VW_CASE_BUNDLE_MAX_CASES)
    return fail (parser, line, _("the bundle holds more than %d cases"), VW_CASE_BUNDLE_MAX_CASES);
  g_ptr_array_add (cases, g_object_ref (reference_case));
  return TRUE;
}

static gboolean
read_text (Parser          *parser,
           VwReferenceCase *reference_case,
           const char      *element)
{
  xmlChar *text = xmlTextReaderReadString (parser->reader);
  const char *value = text ? (const char *) text : "";

  if (g_str_equal (element, "title"))
    vw_reference_case_set_title (reference_case, value);
  else if (g_str_equal (element, "summary"))
    vw_reference_case_set_summary (reference_case, value);
  else
    vw_reference_case_set_story (reference_case, value);
  xmlFree (text);
  return TRUE;
}

static void
collect_error (void            *user_data,
               xmlErrorPtr      error)
{
  Parser *parser = user_data;

  if (parser->parse_error != NULL || error == NULL)
    return;
  parser->parse_error = g_strstrip (g_strdup (error->message ? error->message : ""));
  parser->parse_error_line = error->line;
}

/* One node of the reader; the document's shape is fixed and shallow. */
static gboolean
parse_node (Parser           *parser,
            VwReferenceCase **current,
            GPtrArray        *cases,
            gboolean         *saw_root)
{
  int type = xmlTextReaderNodeType (parser->reader);
  int depth = xmlTextReaderDepth (parser->reader);
  const char *name = (const char *) xmlTextReaderConstLocalName (parser->reader);
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (parser->reader);
  int line = current_line (parser);

  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      if (g_strcmp0 (ns, VW_CASE_BUNDLE_NAMESPACE) != 0)
        return fail (parser, line, _("<%s> is not an element of case bundles"), name);

      if (depth == 0)
        {
          static const char * const allowed[] = { "version", NULL };
          g_autofree char *version = attribute (parser, "version");

          if (!g_str_equal (name, "value-cases"))
            return fail (parser, line, _("this is not a case bundle"));
          if (!check_attributes (parser, name, allowed))
            return FALSE;
          if (g_strcmp0 (version, "1") != 0)
            return fail (parser, line,
                         _("the bundle is of version “%s”, this version of Value Workbench "
                           "reads version 1"), version ? version : "");
          *saw_root = TRUE;
          return TRUE;
        }
      if (depth == 1 && g_str_equal (name, "case"))
        {
          if (!parse_case_start (parser, current))
            return FALSE;
          if (xmlTextReaderIsEmptyElement (parser->reader))
            {
              gboolean ok = finish_case (parser, *current, line, cases);
              g_clear_object (current);
              return ok;
            }
          return TRUE;
        }
      if (depth == 2 && *current != NULL)
        {
          static const char * const none[] = { NULL };

          if (g_str_equal (name, "title") || g_str_equal (name, "summary")
              || g_str_equal (name, "story"))
            return check_attributes (parser, name, none) && read_text (parser, *current, name);
          if (g_str_equal (name, "tag") || g_str_equal (name, "figure"))
            {
              if (!xmlTextReaderIsEmptyElement (parser->reader))
                return fail (parser, line, _("<%s> must be empty"), name);
              return g_str_equal (name, "tag") ? parse_tag (parser, *current)
                                               : parse_figure (parser, *current);
            }
        }
      return fail (parser, line, _("<%s> does not belong here"), name);

    case XML_READER_TYPE_END_ELEMENT:
      if (depth == 1 && *current != NULL)
        {
          gboolean ok = finish_case (parser, *current, line, cases);
          g_clear_object (current);
          return ok;
        }
      return TRUE;

    case XML_READER_TYPE_TEXT:
      /* Only inside title, summary and story (read there already). */
      if (depth == 3)
        return TRUE;
      return fail (parser, line, _("text outside of a title, summary or story"));

    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
    case XML_READER_TYPE_COMMENT:
    case XML_READER_TYPE_XML_DECLARATION:
      return TRUE;

    default:
      return fail (parser, line, _("the file contains something case bundles never contain"));
    }
}

GPtrArray *
_vw_case_bundle_parse (const char    *data,
                       gsize          length,
                       const char    *display_name,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(VwReferenceCase) current = NULL;
  Parser parser = { .name = display_name };
  gboolean saw_root = FALSE;
  guint n_nodes = 0;
  int status;

  if (!scan_bytes (&parser, data, length))
    {
      g_propagate_error (error, parser.error);
      return NULL;
    }

  /* Never NOENT, DTDLOAD, DTDATTR, DTDVALID, HUGE, XINCLUDE: reliability.md §2. */
  parser.reader = xmlReaderForMemory (data, (int) length, display_name, "UTF-8",
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
                                      | XML_PARSE_BIG_LINES);
  if (parser.reader == NULL)
    {
      g_set_error (error, VW_CASE_ERROR, VW_CASE_ERROR_INVALID_BUNDLE,
                   _("%s: this is not a case bundle"), display_name);
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (parser.reader, collect_error, &parser);

  while ((status = xmlTextReaderRead (parser.reader)) == 1)
    {
      if (!parse_node (&parser, &current, cases, &saw_root))
        break;
      if ((++n_nodes & 65535) == 0 && g_cancellable_is_cancelled (cancellable))
        break;
    }

  /* libxml2's own complaint comes first: a cut-off file may have looked like an empty case. */
  if (parser.parse_error != NULL)
    g_clear_error (&parser.error);
  if (parser.parse_error != NULL)
    fail (&parser, parser.parse_error_line, _("the file is not well-formed XML (%s)"),
          parser.parse_error);
  else if (parser.error == NULL && status != 0)
    fail (&parser, current_line (&parser), _("the file is not well-formed XML"));
  else if (parser.error == NULL && !saw_root)
    fail (&parser, 0, _("this is not a case bundle"));

  xmlFreeTextReader (parser.reader);
  g_free (parser.parse_error);

  if (parser.error == NULL && g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (parser.error != NULL)
    {
      g_propagate_error (error, parser.error);
      return NULL;
    }
  return g_steal_pointer (&cases);
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  /* Attributes keep their newlines and tabs only as character references. */
  for (const char *p = escaped; *p != '\0'; p++)
    if (*p == '\n')
      g_string_append (out, "&#10;");
    else if (*p == '\t')
      g_string_append (out, "&#9;");
    else if (*p != '\r')
      g_string_append_c (out, *p);
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (out, " %s=\"", name);
  append_escaped (out, value);
  g_string_append_c (out, '"');
}

static void
append_number (GString    *out,
               const char *name,
               double      value)
{
  char buffer[VW_NUMBER_BUF_SIZE];

  if (!isfinite (value))
    return;
  vw_number_format_buf (value, buffer, sizeof buffer);
  append_attribute (out, name, buffer);
}

static void
append_element (GString    *out,
                const char *name,
                const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || text[0] == '\0')
    return;
  escaped = g_markup_escape_text (text, -1);
  g_string_append_printf (out, "    <%s>%s</%s>\n", name, escaped, name);
}

void
_vw_case_bundle_append (GString         *out,
                        VwReferenceCase *reference_case)
{
  GPtrArray *tags = vw_reference_case_get_tags (reference_case);
  GPtrArray *figures = vw_reference_case_get_figures (reference_case);

  g_string_append (out, "  <case");
  append_attribute (out, "uid", vw_reference_case_get_uid (reference_case));
  if (vw_reference_case_get_sample (reference_case))
    append_attribute (out, "sample", "true");
  append_attribute (out, "currency", vw_reference_case_get_currency (reference_case));
  g_string_append (out, ">\n");

  append_element (out, "title", vw_reference_case_get_title (reference_case));
  append_element (out, "summary", vw_reference_case_get_summary (reference_case));
  append_element (out, "story", vw_reference_case_get_story (reference_case));

  for (guint i = 0; i < tags->len; i++)
    {
      const VwCaseTag *tag = g_ptr_array_index (tags, i);

      g_string_append (out, "    <tag");
      append_attribute (out, "kind", vw_case_tag_kind_to_string (tag->kind));
      append_attribute (out, "key", tag->key);
      append_attribute (out, "label", tag->label);
      g_string_append (out, "/>\n");
    }

  for (guint i = 0; i < figures->len; i++)
    {
      const VwCaseFigure *figure = g_ptr_array_index (figures, i);

      g_string_append (out, "    <figure");
      append_attribute (out, "kpi", figure->kpi_key);
      append_attribute (out, "name", figure->kpi_name);
      if (figure->unit[0] != '\0')
        append_attribute (out, "unit", figure->unit);
      append_attribute (out, "better", figure->higher_is_better ? "higher" : "lower");
      append_number (out, "baseline", figure->baseline);
      append_number (out, "promised", figure->promised);
      append_number (out, "realized", figure->realized);
      if (figure->period_label[0] != '\0')
        append_attribute (out, "period", figure->period_label);
      g_string_append (out, "/>\n");
    }

  g_string_append (out, "  </case>\n");
}
