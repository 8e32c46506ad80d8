/* test-hostile.c: files from anyone — each hostile file is refused with its own message
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The corpus of reliability.md §6 lives in tests/hostile/; the big cases (quadratic blowup,
 * deep nesting, 200 000 attributes, a 12 MB text, a gzip bomb, an oversized file) are
 * generated here. Speed is measured by bench/bench-io, not asserted.
 */

#include <glib/gstdio.h>
#include <string.h>

#include "vw-test-util.h"

typedef struct
{
  const char *file;
  VwIoError   code;
  guint       line;
  const char *message;
} Expected;

static const Expected corpus[] = {
  { "billion-laughs.vwb", VW_IO_ERROR_FORBIDDEN, 2,
    "This file contains a document type declaration, which Value Workbench files never contain. "
    "It was not opened." },
  { "attr-default-laughs.vwb", VW_IO_ERROR_FORBIDDEN, 2, "document type declaration" },
  { "xxe-file.vwb", VW_IO_ERROR_FORBIDDEN, 2, "document type declaration" },
  { "xxe-param-net.vwb", VW_IO_ERROR_FORBIDDEN, 2, "document type declaration" },
  { "entity-loop.vwb", VW_IO_ERROR_FORBIDDEN, 1, "document type declaration" },
  { "doctype-late.vwb", VW_IO_ERROR_FORBIDDEN, 4, "document type declaration" },
  { "undeclared-entity.vwb", VW_IO_ERROR_FORBIDDEN, 9,
    "This file uses entities (&name;), which Value Workbench files never contain." },
  { "xinclude.vwb", VW_IO_ERROR_INVALID, 8, "‘xi:include’ is not part of a value case." },
  { "truncated.vwb", VW_IO_ERROR_MALFORMED, 5,
    "The file ends unexpectedly near this line; it may be incomplete." },
  { "invalid-utf8.vwb", VW_IO_ERROR_MALFORMED, 2, "This line is not valid UTF-8 text" },
  { "gzip.vwb", VW_IO_ERROR_NOT_A_CASE, 1,
    "This is not a Value Workbench document: it is not an XML file (it may be compressed or of "
    "another kind)." },
  { "empty.vwb", VW_IO_ERROR_NOT_A_CASE, 0, "The file is empty: it holds no value case." },
  { "wrong-root.vwb", VW_IO_ERROR_NOT_A_CASE, 2,
    "This is not a Value Workbench document: it holds ‘vwb’ where a value case should be." },
  { "wrong-namespace.vwb", VW_IO_ERROR_NOT_A_CASE, 2,
    "its ‘value-case’ belongs to another format (http://example.com/other)" },
  { "no-version.vwb", VW_IO_ERROR_INVALID, 2,
    "The file does not say which version of the format it uses." },
  { "newer-version-broken.vwb", VW_IO_ERROR_INVALID, 2,
    "A case compares 2 to 8 alternatives; this file has 0." },
  { "one-alternative.vwb", VW_IO_ERROR_INVALID, 2,
    "A case compares 2 to 8 alternatives; this file has 1." },
  { "bad-number-comma.vwb", VW_IO_ERROR_INVALID, 9,
    "The baseline of KPI ‘oee’ must be a number written with a dot, like 12.5; found ‘12,5’." },
  { "bad-number-nan.vwb", VW_IO_ERROR_INVALID, 10,
    "A value of variable ‘x’ must be a number written with a dot, like 12.5; found ‘NaN’." },
  { "bad-number-huge.vwb", VW_IO_ERROR_INVALID, 9,
    "The target of KPI ‘oee’ is too large to be a number: ‘1e999’." },
  { "bad-number-hex.vwb", VW_IO_ERROR_INVALID, 9, "found ‘0x1p3’." },
  { "bad-number-space.vwb", VW_IO_ERROR_INVALID, 9,
    "The low end of the tornado range of variable ‘x’ must be a number written with a dot, like "
    "12.5; found ‘ 12’." },
  { "bad-int.vwb", VW_IO_ERROR_INVALID, 9,
    "The influence of stakeholder ‘cfo’ must be a whole number from 1 to 5; found ‘7’." },
  { "bad-enum.vwb", VW_IO_ERROR_INVALID, 9,
    "‘king’ is not a valid buying-center role of stakeholder ‘cfo’; use one of: economic-buyer, "
    "technical-buyer, user, influencer, gatekeeper, procurement, champion." },
  { "bad-date.vwb", VW_IO_ERROR_INVALID, 9,
    "The last contact of stakeholder ‘cfo’ must be a date like 2027-01-31; found ‘31.12.2026’." },
  { "bad-currency.vwb", VW_IO_ERROR_INVALID, 3,
    "The currency must be a three-letter ISO 4217 code like EUR; found ‘euro’." },
  { "bad-id.vwb", VW_IO_ERROR_INVALID, 9, "‘../../etc’ is not a valid id" },
  { "duplicate-id.vwb", VW_IO_ERROR_INVALID, 11,
    "The id ‘cfo’ is used twice (also on line 9); each stakeholder needs its own." },
  { "dangling-reference.vwb", VW_IO_ERROR_INVALID, 9,
    "The manager of stakeholder ‘cfo’ names ‘ceo’, but there is no stakeholder with that id." },
  { "dangling-alternative.vwb", VW_IO_ERROR_INVALID, 10,
    "A value of variable ‘x’ is for ‘rival’, which is not an alternative of this case." },
  { "dangling-override.vwb", VW_IO_ERROR_INVALID, 9,
    "The scenario ‘low’ has a value for ‘ghost’, but there is no variable with that id." },
  { "unknown-element.vwb", VW_IO_ERROR_INVALID, 8, "‘script’ is not part of a value case." },
  { "unknown-attribute.vwb", VW_IO_ERROR_INVALID, 9,
    "The stakeholder ‘cfo’ has an unknown attribute ‘onload’." },
  { "missing-name.vwb", VW_IO_ERROR_INVALID, 9, "The stakeholder ‘cfo’ has no name." },
  { "formula-without-formula.vwb", VW_IO_ERROR_INVALID, 9,
    "Variable ‘npv’ is a formula but has no formula." },
  { "text-content.vwb", VW_IO_ERROR_INVALID, 9, "Unexpected text “hello” inside ‘stakeholders’." },
  { "out-of-order.vwb", VW_IO_ERROR_INVALID, 9, "‘stakeholders’ appears twice, or out of order." },
};

static void
check_rejected (const char *data,
                gsize       length,
                VwIoError   code,
                guint       line,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) doc = NULL;
  VwLoadReport report = { 0 };
  VwLoadProblem *first;
  gint64 start = g_get_monotonic_time ();

  doc = vw_vwb_load_bytes (data, length, &report, &error);
  g_test_message ("rejected in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  /* A file that fails loads nothing. */
  g_assert_null (doc);
  g_assert_error (error, VW_IO_ERROR, (int) code);
  first = g_ptr_array_index (report.problems, 0);
  g_test_message ("line %u: %s", first->line, first->message);
  g_assert_cmpuint (first->line, ==, line);
  g_assert_nonnull (strstr (first->message, message));
  /* The GError says the same, with the line in front. */
  if (line > 0)
    {
      g_autofree char *prefix = g_strdup_printf ("Line %u: ", line);

      g_assert_true (g_str_has_prefix (error->message, prefix));
    }
  g_assert_nonnull (strstr (error->message, message));
  vw_load_report_clear (&report);
}

static void
test_corpus_file (gconstpointer data)
{
  const Expected *e = data;
  g_autofree char *path = vw_test_source_path ("tests", "hostile", e->file, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  check_rejected (contents, length, e->code, e->line, e->message);
}

/* Every file of tests/hostile/ is in the table above, except the one that must load. */
static void
test_corpus_complete (void)
{
  g_autofree char *dir_path = vw_test_source_path ("tests", "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean found = FALSE;

      if (!g_str_has_suffix (name, ".vwb") || strcmp (name, "newer-version.vwb") == 0)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
        found |= strcmp (corpus[i].file, name) == 0;
      if (!found)
        g_error ("tests/hostile/%s has no expected message", name);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (corpus));
}

/* A newer format version opens read-only, skipping what this version does not know. */
static void
test_newer_version (void)
{
  g_autofree char *path = vw_test_source_path ("tests", "hostile", "newer-version.vwb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VwDocument) doc = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autofree char *tmp = NULL;
  VwLoadReport report = { 0 };

  doc = vw_vwb_load_file (file, NULL, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report.version, ==, 2);
  g_assert_true (vw_document_get_read_only (doc));
  g_assert_cmpstr (vw_document_get_read_only_reason (doc), ==,
                   "This file was made by a newer version of Value Workbench (format version 2; "
                   "this one reads version 1). It is open read-only, so nothing in it can be "
                   "lost: to change it, use the newer version.");
  g_assert_cmpstr (vw_item_get_string (VW_ITEM (vw_document_get_meta (doc)), "title"), ==,
                   "From the future");
  vw_load_report_clear (&report);

  /* and it is never written over */
  tmp = g_dir_make_tmp ("vw-newer-XXXXXX", NULL);
  copy = g_file_new_build_filename (tmp, "copy.vwb", NULL);
  g_assert_false (vw_vwb_save_file (doc, copy, FALSE, FALSE, NULL, &error));
  g_assert_error (error, VW_IO_ERROR, VW_IO_ERROR_WRITE);
  g_assert_false (g_file_query_exists (copy, NULL));
  g_rmdir (tmp);
}

static const char head[] =
  "<?xml version=\"1.0\"?>\n<value-case xmlns=\"https://valueworkbench.github.io/ns/vwb/1\" "
  "version=\"1\" kind=\"case\">\n";

static void
test_quadratic (void)
{
  GString *s = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"");

  for (int i = 0; i < 50000; i++)
    g_string_append_c (s, 'x');
  g_string_append (s, "\">]><r>");
  for (int i = 0; i < 50000; i++)
    g_string_append (s, "&a;");
  g_string_append (s, "</r>");
  check_rejected (s->str, s->len, VW_IO_ERROR_FORBIDDEN, 2, "document type declaration");
  g_string_free (s, TRUE);
}

static void
test_deep_nesting (void)
{
  GString *s = g_string_new (head);

  for (int i = 0; i < 100000; i++)
    g_string_append (s, "<a>");
  for (int i = 0; i < 100000; i++)
    g_string_append (s, "</a>");
  g_string_append (s, "</value-case>\n");
  check_rejected (s->str, s->len, VW_IO_ERROR_MALFORMED, 3,
                  "The elements are nested too deeply; a value case never is.");
  g_string_free (s, TRUE);
}

static void
test_many_attributes (void)
{
  GString *s = g_string_new (head);

  g_string_append (s, "<meta\n");
  for (int i = 0; i < 200000; i++)
    g_string_append_printf (s, " a%d=\"1\"", i);
  g_string_append (s, "/></value-case>\n");
  check_rejected (s->str, s->len, VW_IO_ERROR_TOO_LARGE, 4,
                  "An element has more than 1000 attributes; a Value Workbench file never does.");
  g_string_free (s, TRUE);
}

static void
test_huge_text (void)
{
  GString *s = g_string_new (head);

  g_string_append (s, "<meta title=\"x\"/>\n");
  for (int i = 0; i < 12000000 / 64; i++)
    g_string_append (s, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  g_string_append (s, "</value-case>\n");
  check_rejected (s->str, s->len, VW_IO_ERROR_TOO_LARGE, 4,
                  "A text in this file is longer than 1 MB");
  g_string_free (s, TRUE);
}

static void
test_huge_attribute (void)
{
  GString *s = g_string_new (head);

  g_string_append (s, "<meta title=\"");
  for (int i = 0; i < 2000000 / 64; i++)
    g_string_append (s, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  g_string_append (s, "\"/></value-case>\n");
  check_rejected (s->str, s->len, VW_IO_ERROR_TOO_LARGE, 3, "A text in this file is longer than 1 MB");
  g_string_free (s, TRUE);
}

static void
test_gzip_bomb (void)
{
  g_autoptr(GZlibCompressor) z = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GOutputStream) mem = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) out = g_converter_output_stream_new (mem, G_CONVERTER (z));
  g_autofree char *block = g_strnfill (1 << 20, 'A');
  g_autoptr(GError) error = NULL;

  g_output_stream_write_all (out, "<r>", 3, NULL, NULL, &error);
  for (int i = 0; i < 300; i++)
    g_output_stream_write_all (out, block, 1 << 20, NULL, NULL, &error);
  g_output_stream_write_all (out, "</r>", 4, NULL, NULL, &error);
  g_output_stream_close (out, NULL, &error);
  g_assert_no_error (error);
  check_rejected (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (mem)),
                  g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (mem)),
                  VW_IO_ERROR_NOT_A_CASE, 1, "it is not an XML file");
}

static void
test_too_large (void)
{
  gsize len = VW_VWB_MAX_BYTES + 1;
  char *data = g_malloc (len);

  memset (data, ' ', len);
  memcpy (data, head, strlen (head));
  check_rejected (data, len, VW_IO_ERROR_TOO_LARGE, 0,
                  "The file is too large (");
  g_free (data);
}

static void
test_many_elements (void)
{
  GString *s = g_string_new (head);

  g_string_append (s, "<meta title=\"x\"/>\n<stakeholders>\n");
  for (int i = 0; i < 200001; i++)
    g_string_append (s, "<!---->");
  for (int i = 0; i < 200001; i++)
    g_string_append_printf (s, "<stakeholder id=\"s%d\" name=\"S\"/>", i);
  g_string_append (s, "</stakeholders></value-case>\n");
  check_rejected (s->str, s->len, VW_IO_ERROR_TOO_LARGE, 5,
                  "The file holds more than 20000 items of one kind.");
  g_string_free (s, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile/corpus/%s", corpus[i].file);

      g_test_add_data_func (path, &corpus[i], test_corpus_file);
    }
  g_test_add_func ("/hostile/corpus-complete", test_corpus_complete);
  g_test_add_func ("/hostile/newer-version", test_newer_version);
  g_test_add_func ("/hostile/generated/quadratic-blowup", test_quadratic);
  g_test_add_func ("/hostile/generated/deep-nesting", test_deep_nesting);
  g_test_add_func ("/hostile/generated/200000-attributes", test_many_attributes);
  g_test_add_func ("/hostile/generated/12MB-text-node", test_huge_text);
  g_test_add_func ("/hostile/generated/2MB-attribute", test_huge_attribute);
  g_test_add_func ("/hostile/generated/gzip-bomb", test_gzip_bomb);
  g_test_add_func ("/hostile/generated/too-large", test_too_large);
  g_test_add_func ("/hostile/generated/many-elements", test_many_elements);

  return g_test_run ();
}
