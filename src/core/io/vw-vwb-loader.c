/* vw-vwb-loader.c: reading .vwb files that may come from anyone
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The recipe of reliability.md §2: our own size cap and byte scan first (no DOCTYPE, no
 * gzip, no endless attribute lists, no giant texts, valid UTF-8), then libxml2 from memory
 * with safe options and a DOCTYPE trap, then a walk over the tree that checks every element,
 * attribute and number against the field tables while building the model (vw-vwb-walk.c),
 * then the RelaxNG schema. Any problem and the whole load fails: a partial model is never kept.
 */

#define G_LOG_DOMAIN "vw-vwb"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <string.h>

#include "vw-vwb-private.h"

#define MAX_ATTRIBUTES_IN_TAG 1000
#define MAX_TEXT_RUN          (1024 * 1024)

G_DEFINE_QUARK (vw-io-error-quark, vw_io_error)

static void
problem_free (gpointer data)
{
  VwLoadProblem *p = data;

  g_free (p->message);
  g_free (p);
}

void
vw_load_report_clear (VwLoadReport *report)
{
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  g_clear_pointer (&report->draft_original, g_free);
  g_clear_pointer (&report->draft_written, g_free);
  report->version = 0;
}

void
vw_loader_problem (VwLoader   *loader,
                   VwIoError   code,
                   guint       line,
                   const char *format,
                   ...)
{
  VwLoadProblem *p;
  va_list args;

  if (loader->report->problems->len == 0)
    loader->first_code = code;
  /* Enough to fix a file; a hostile one must not fill memory with messages. */
  if (loader->report->problems->len >= 20)
    return;

  p = g_new0 (VwLoadProblem, 1);
  p->line = line;
  va_start (args, format);
  p->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (loader->report->problems, p);
}

/* ------------------------------------------------------------------------------------------ */
/* The byte scan, before any parser sees the file                                             */

static guint
line_of (const char *data,
         const char *at)
{
  guint line = 1;

  for (const char *p = data; p < at; p++)
    line += *p == '\n';

  return line;
}

static gboolean
prescan (VwLoader   *loader,
         const char *data,
         gsize       length)
{
  const char *end = data + length;
  const char *p = data;
  const char *invalid = NULL;
  guint line = 1;
  enum { TEXT, TAG, QUOTE } state = TEXT;
  char quote = 0;
  gsize run = 0;
  guint attributes = 0;

  if (length == 0)
    {
      vw_loader_problem (loader, VW_IO_ERROR_NOT_A_CASE, 0,
                         _("The file is empty: it holds no value case."));
      return FALSE;
    }

  /* gzip, zip, PDF…: libxml2 would inflate gzip silently; we never do. */
  {
    const char *q = data;

    if (length >= 3 && memcmp (q, "\xEF\xBB\xBF", 3) == 0)
      q += 3;
    while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
      q++;
    if (q == end || *q != '<')
      {
        vw_loader_problem (loader, VW_IO_ERROR_NOT_A_CASE, line_of (data, MIN (q, end - 1)),
                           _("This is not a Value Workbench document: it is not an XML file "
                             "(it may be compressed or of another kind)."));
        return FALSE;
      }
  }

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      vw_loader_problem (loader, VW_IO_ERROR_MALFORMED, line_of (data, invalid),
                         _("This line is not valid UTF-8 text; the file may be damaged "
                           "or was saved by another program."));
      return FALSE;
    }

  for (; p < end; p++)
    {
      if (*p == '\n')
        line++;

      switch (state)
        {
        case TEXT:
          if (*p == '<')
            {
              gsize left = end - p;

              if (left >= 9 && g_ascii_strncasecmp (p, "<!DOCTYPE", 9) == 0)
                {
                  vw_loader_problem (loader, VW_IO_ERROR_FORBIDDEN, line,
                                     _("This file contains a document type declaration, which "
                                       "Value Workbench files never contain. It was not opened."));
                  return FALSE;
                }
              if (left >= 4 && memcmp (p, "<!--", 4) == 0)
                {
                  const char *close = g_strstr_len (p + 4, end - p - 4, "-->");

                  if (close == NULL)
                    break;  /* the parser reports the unfinished comment */
                  line += line_of (p, close) - 1;
                  p = close + 2;
                  run = 0;
                  break;
                }
              if (left >= 9 && memcmp (p, "<![CDATA[", 9) == 0)
                {
                  const char *close = g_strstr_len (p + 9, end - p - 9, "]]>");

                  if (close == NULL)
                    break;
                  if ((gsize) (close - p) > MAX_TEXT_RUN)
                    goto text_too_long;
                  line += line_of (p, close) - 1;
                  p = close + 2;
                  run = 0;
                  break;
                }
              state = TAG;
              attributes = 0;
              run = 0;
            }
          else if (++run > MAX_TEXT_RUN)
            goto text_too_long;
          break;

        case TAG:
          if (*p == '"' || *p == '\'')
            {
              quote = *p;
              state = QUOTE;
              run = 0;
              /* libxml2 2.9 checks duplicate attributes in quadratic time: 200 000 of them
               * take over a minute. No element of ours has more than 20. */
              if (++attributes > MAX_ATTRIBUTES_IN_TAG)
                {
                  vw_loader_problem (loader, VW_IO_ERROR_TOO_LARGE, line,
                                     _("An element has more than %d attributes; a Value "
                                       "Workbench file never does."), MAX_ATTRIBUTES_IN_TAG);
                  return FALSE;
                }
            }
          else if (*p == '>')
            state = TEXT;
          break;

        case QUOTE:
          if (*p == quote)
            state = TAG;
          else if (++run > MAX_TEXT_RUN)
            goto text_too_long;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;

text_too_long:
  vw_loader_problem (loader, VW_IO_ERROR_TOO_LARGE, line,
                     _("A text in this file is longer than 1 MB; a value case never holds "
                       "such long texts."));
  return FALSE;
}

/* ------------------------------------------------------------------------------------------ */
/* Parsing                                                                                    */

typedef struct
{
  gboolean saw_doctype;
  guint    doctype_line;
  int      code;     /* first error */
  guint    line;
  char    *message;
  int      n;
} ParseState;

static void
collect_error (void        *data,
               xmlErrorPtr  error)
{
  ParseState *state = data;

  if (error == NULL || error->level == XML_ERR_WARNING)
    return;
  if (state->n++ == 0)
    {
      state->code = error->code;
      state->line = error->line;
      state->message = g_strdup (error->message ? error->message : "");
      g_strchomp (state->message);
    }
}

static void
stop_on_doctype (void          *ctx,
                 const xmlChar *name,
                 const xmlChar *external_id,
                 const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = ctx;
  ParseState *state = ctxt->_private;

  /* Our format has no DTD: a DOCTYPE can only be an entity attack. Stop right here. */
  state->saw_doctype = TRUE;
  state->doctype_line = ctxt->input ? ctxt->input->line : 1;
  xmlStopParser (ctxt);
}

static void
report_parse_error (VwLoader   *loader,
                    ParseState *state,
                    const char *data,
                    gsize       length)
{
  guint last_line = line_of (data, data + length);
  guint line = state->line ? state->line : last_line;
  const char *msg = state->message ? state->message : "";

  if (strstr (msg, "depth") != NULL)
    vw_loader_problem (loader, VW_IO_ERROR_MALFORMED, line,
                       _("The elements are nested too deeply; a value case never is."));
  else if (strstr (msg, "huge") != NULL || strstr (msg, "too long") != NULL)
    vw_loader_problem (loader, VW_IO_ERROR_TOO_LARGE, line,
                       _("A text in this file is too long for a value case."));
  else if (state->code == XML_ERR_DOCUMENT_END || state->code == XML_ERR_DOCUMENT_EMPTY
           || strstr (msg, "Premature end") != NULL || strstr (msg, "EndTag") != NULL
           || line + 1 >= last_line)
    vw_loader_problem (loader, VW_IO_ERROR_MALFORMED, line,
                       _("The file ends unexpectedly near this line; it may be incomplete."));
  else if (strstr (msg, "ntity") != NULL)
    vw_loader_problem (loader, VW_IO_ERROR_FORBIDDEN, line,
                       _("This file uses entities (&name;), which Value Workbench files never "
                         "contain. It was not opened."));
  else
    vw_loader_problem (loader, VW_IO_ERROR_MALFORMED, line,
                       _("This line is not well-formed XML (%s); the file may be damaged."), msg);
}

static xmlDocPtr
parse (VwLoader   *loader,
       const char *data,
       gsize       length)
{
  ParseState state = { 0 };
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      vw_loader_problem (loader, VW_IO_ERROR_READ, 0, _("Not enough memory to read the file."));
      return NULL;
    }
  ctxt->_private = &state;
  ctxt->sax->internalSubset = stop_on_doctype;

  /* Thread-local in libxml2 2.9, so loads in worker threads do not mix their errors. */
  xmlSetStructuredErrorFunc (&state, collect_error);
  /* Never NOENT, DTDLOAD, DTDATTR, DTDVALID, HUGE, XINCLUDE: reliability.md §2. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, "value-case.vwb", "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
                           | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA);
  xmlSetStructuredErrorFunc (NULL, NULL);

  if (state.saw_doctype)
    vw_loader_problem (loader, VW_IO_ERROR_FORBIDDEN, state.doctype_line,
                       _("This file contains a document type declaration, which Value Workbench "
                         "files never contain. It was not opened."));
  else if (doc == NULL || !ctxt->wellFormed || state.n > 0)
    report_parse_error (loader, &state, data, length);

  if (loader->report->problems->len > 0)
    g_clear_pointer (&doc, xmlFreeDoc);

  g_free (state.message);
  xmlFreeParserCtxt (ctxt);

  return doc;
}

/* ------------------------------------------------------------------------------------------ */
/* Schema                                                                                     */

static xmlRelaxNGPtr
get_schema (void)
{
  static gsize once = 0;
  static xmlRelaxNGPtr schema = NULL;

  if (g_once_init_enter (&once))
    {
      g_autoptr(GBytes) bytes = NULL;

      bytes = g_resources_lookup_data (RESOURCE_BASE "/schema/value-case.rng", 0, NULL);
      if (bytes != NULL)
        {
          xmlRelaxNGParserCtxtPtr pctxt;

          pctxt = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (bytes, NULL),
                                              (int) g_bytes_get_size (bytes));
          schema = xmlRelaxNGParse (pctxt);
          xmlRelaxNGFreeParserCtxt (pctxt);
        }
      if (schema == NULL)
        g_critical ("The built-in schema of .vwb files could not be loaded");
      g_once_init_leave (&once, 1);
    }

  return schema;
}

static gboolean
validate (VwLoader  *loader,
          xmlDocPtr  doc)
{
  ParseState state = { 0 };
  xmlRelaxNGValidCtxtPtr vctxt;
  xmlRelaxNGPtr schema = get_schema ();
  int rc;

  if (schema == NULL)
    return TRUE;  /* already reported as a critical: the walk has checked everything anyway */

  vctxt = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (vctxt, collect_error, &state);
  rc = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);

  if (rc != 0)
    {
      /* The walk accepts what the schema does, except the order of the lists. */
      vw_loader_problem (loader, VW_IO_ERROR_INVALID, state.line,
                         _("This element is not where a value case expects it (%s)."),
                         state.message ? state.message : _("schema error"));
    }

  g_free (state.message);

  return rc == 0;
}

/* ------------------------------------------------------------------------------------------ */

/**
 * vw_vwb_load_bytes:
 * @data: the bytes of a .vwb file, from anyone
 * @report: (out caller-allocates) (optional): every problem found, the draft details; clear it
 *   with vw_load_report_clear()
 *
 * Returns: (transfer full) (nullable): the document, or %NULL and @error naming the line and
 *   the cause. A file from a newer format version loads read-only when it can.
 */
VwDocument *
vw_vwb_load_bytes (const char    *data,
                   gsize          length,
                   VwLoadReport  *report,
                   GError       **error)
{
  VwLoadReport local = { 0 };
  VwLoader loader = { 0 };
  xmlDocPtr doc = NULL;
  VwDocument *result = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (report == NULL)
    report = &local;
  memset (report, 0, sizeof *report);
  report->problems = g_ptr_array_new_with_free_func (problem_free);
  loader.report = report;

  xmlInitParser ();

  if (length > VW_VWB_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *cap = g_format_size (VW_VWB_MAX_BYTES);

      vw_loader_problem (&loader, VW_IO_ERROR_TOO_LARGE, 0,
                         _("The file is too large (%s); a value case is at most %s."), size, cap);
    }
  else if (prescan (&loader, data, length) && (doc = parse (&loader, data, length)) != NULL)
    {
      loader.doc = vw_document_new ();
      if (vw_loader_walk (&loader, xmlDocGetRootElement (doc))
          && (loader.lenient || validate (&loader, doc)))
        result = g_steal_pointer (&loader.doc);
      g_clear_object (&loader.doc);
      xmlFreeDoc (doc);
    }

  if (result == NULL)
    {
      const VwLoadProblem *first;

      g_assert (report->problems->len > 0);
      first = g_ptr_array_index (report->problems, 0);
      if (first->line > 0)
        g_set_error (error, VW_IO_ERROR, loader.first_code, _("Line %u: %s"),
                     first->line, first->message);
      else
        g_set_error_literal (error, VW_IO_ERROR, loader.first_code, first->message);
    }
  else
    vw_document_set_clean (result);

  vw_load_report_clear (&local);

  return result;
}
