/* test-report-layout.c: the report's page engine: tables break between rows with their
 * header on every page, text breaks between lines, a heading stays with what follows
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "vw-report-layout.h"

/* Writes @layout as PDF and returns the text of each page (pdftotext). */
static GStrv
pages_text (VwReportLayout *layout)
{
  g_autofree char *dir = g_dir_make_tmp ("vw-report-layout-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "layout.pdf", NULL);
  g_autofree char *txt = g_build_filename (dir, "layout.txt", NULL);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, txt, NULL };
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int status = 0;
  GStrv pages;

  surface = cairo_pdf_surface_create (pdf, vw_report_layout_get_width (layout),
                                      vw_report_layout_get_height (layout));
  cr = cairo_create (surface);
  for (guint p = 0; p < vw_report_layout_get_n_pages (layout); p++)
    {
      vw_report_layout_draw_page (layout, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_get_contents (txt, &text, NULL, NULL));
  g_unlink (pdf);
  g_unlink (txt);
  g_rmdir (dir);

  pages = g_strsplit (text, "\f", -1);
  /* pdftotext ends every page with a form feed: the last piece is empty. */
  g_assert_cmpuint (g_strv_length (pages), ==, vw_report_layout_get_n_pages (layout) + 1);
  return pages;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_table_breaks_with_header (void)
{
  g_autoptr(VwReportLayout) layout = vw_report_layout_new (VW_REPORT_PAPER_A4, NULL);
  VwReportTable *table = vw_report_table_new (3);
  g_auto(GStrv) pages = NULL;
  g_autofree char *all = NULL;
  int last_page = 0;

  vw_report_layout_set_running (layout, "Header text", "Edition", "Footer text", NULL);
  vw_report_table_set_column (table, 0, "Column Alpha", 2.0, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 1, "Column Beta", 1.0, PANGO_ALIGN_RIGHT);
  vw_report_table_set_column (table, 2, "Column Gamma", 1.0, PANGO_ALIGN_RIGHT);
  for (guint r = 0; r < 150; r++)
    {
      g_autofree char *name = g_strdup_printf ("row%03u", r);
      g_autofree char *value = g_strdup_printf ("%u.5", r);
      const char *row[] = { name, value, r % 7 == 0 ? "a cell long enough to wrap onto a "
                                                      "second line in its narrow column" : "x",
                            NULL };

      vw_report_table_add_row_text (table, r % 25 == 0 ? VW_REPORT_ROW_GROUP
                                                       : VW_REPORT_ROW_NORMAL, row);
    }
  vw_report_layout_add_table (layout, table);

  g_assert_cmpuint (vw_report_layout_paginate (layout), >=, 3);
  pages = pages_text (layout);
  for (guint p = 0; p < vw_report_layout_get_n_pages (layout); p++)
    {
      /* Every page: its header row, once, and the running texts. */
      g_assert_cmpuint (count (pages[p], "Column Alpha"), ==, 1);
      g_assert_nonnull (strstr (pages[p], "Footer text"));
      g_assert_nonnull (strstr (pages[p], p == 0 ? "Page 1 of" : "Header text"));
    }
  /* Every row exactly once, on a page no earlier than the row before; a group row never
   * ends a page. */
  all = g_strjoinv ("", pages);
  for (guint r = 0; r < 150; r++)
    {
      g_autofree char *name = g_strdup_printf ("row%03u", r);
      int page = -1;

      g_assert_cmpuint (count (all, name), ==, 1);
      for (guint p = 0; pages[p] != NULL && page < 0; p++)
        if (strstr (pages[p], name) != NULL)
          page = p;
      g_assert_cmpint (page, >=, last_page);
      last_page = page;
    }
  for (guint p = 0; p + 1 < vw_report_layout_get_n_pages (layout); p++)
    for (guint r = 0; r < 150; r += 25)
      {
        g_autofree char *group = g_strdup_printf ("row%03u", r);
        g_autofree char *next = g_strdup_printf ("row%03u", r + 1);

        if (strstr (pages[p], group) != NULL)
          g_assert_nonnull (strstr (pages[p], next));
      }
}

static void
test_text_breaks_between_lines (void)
{
  g_autoptr(VwReportLayout) layout = vw_report_layout_new (VW_REPORT_PAPER_LETTER, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) pages = NULL;
  g_autofree char *all = NULL;

  for (guint w = 0; w < 1500; w++)
    g_string_append_printf (text, "word%04u ", w);
  vw_report_layout_add_text (layout, VW_REPORT_STYLE_BODY, text->str);

  g_assert_cmpuint (vw_report_layout_paginate (layout), >=, 2);
  g_assert_cmpfloat (vw_report_layout_get_width (layout), ==, 612.0);
  pages = pages_text (layout);
  all = g_strjoinv ("", pages);
  /* No line lost or drawn twice at a page break (each page clips to its own lines). */
  for (guint w = 0; w < 1500; w++)
    {
      g_autofree char *word = g_strdup_printf ("word%04u", w);

      g_assert_cmpuint (count (all, word), ==, 1);
    }
}

static void
test_heading_stays_with_next (void)
{
  g_autoptr(VwReportLayout) layout = vw_report_layout_new (VW_REPORT_PAPER_A4, NULL);
  VwReportTable *table = vw_report_table_new (2);
  const VwReportOutlineEntry *outline;
  const char *row[] = { "first row", "1", NULL };
  g_auto(GStrv) pages = NULL;
  guint n_outline = 0;

  /* Fill the first page almost to its end, then a heading and a table. */
  vw_report_layout_add_heading (layout, 1, "Opening");
  for (guint i = 0; i < 60; i++)
    vw_report_layout_add_text (layout, VW_REPORT_STYLE_BODY, "A line of filler.");
  vw_report_layout_add_heading (layout, 1, "Closing section");
  vw_report_layout_add_heading (layout, 2, "Its first part");
  vw_report_table_set_column (table, 0, "Name", 1.0, PANGO_ALIGN_LEFT);
  vw_report_table_set_column (table, 1, "Value", 1.0, PANGO_ALIGN_RIGHT);
  vw_report_table_add_row_text (table, VW_REPORT_ROW_NORMAL, row);
  vw_report_layout_add_table (layout, table);
  vw_report_layout_paginate (layout);

  outline = vw_report_layout_get_outline (layout, &n_outline);
  g_assert_cmpuint (n_outline, ==, 3);
  g_assert_cmpstr (outline[1].text, ==, "Closing section");
  g_assert_cmpint (outline[2].level, ==, 2);
  pages = pages_text (layout);
  /* Both headings on the page of the table's first row. */
  g_assert_nonnull (strstr (pages[outline[1].page], "Closing section"));
  g_assert_nonnull (strstr (pages[outline[1].page], "first row"));
  g_assert_cmpuint (outline[2].page, ==, outline[1].page);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/layout/table-breaks-with-header", test_table_breaks_with_header);
  g_test_add_func ("/report/layout/text-breaks-between-lines", test_text_breaks_between_lines);
  g_test_add_func ("/report/layout/heading-stays-with-next", test_heading_stays_with_next);

  return g_test_run ();
}
