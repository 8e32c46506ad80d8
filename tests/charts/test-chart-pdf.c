/* test-chart-pdf.c: the painters write real text into a PDF, which pdftotext reads back
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "vw-chart-painter.h"
#include "vw-chart-samples.h"

static char *
write_pdf_and_extract (VwChartSampleFlags flags)
{
  g_autofree char *dir = g_dir_make_tmp ("vw-chart-pdf-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "charts.pdf", NULL);
  g_autofree char *txt = g_build_filename (dir, "charts.txt", NULL);
  const char *argv[] = { "pdftotext", "-layout", pdf, txt, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  char *text = NULL;
  int status = 0;

  /* A4 landscape, print theme: what the report does. */
  surface = cairo_pdf_surface_create (pdf, 841.89, 595.28);
  cr = cairo_create (surface);
  for (guint k = 0; k < VW_CHART_N_KINDS; k++)
    {
      g_autoptr(VwChartData) data = vw_chart_sample_new (k, "en", flags);

      vw_chart_result_free (vw_chart_paint (cr, data,
                                            vw_chart_theme_get (VW_CHART_THEME_PRINT),
                                            841.89, 595.28));
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

  return text;
}

static void
test_pdf_text (void)
{
  g_autofree char *customer = NULL;
  g_autofree char *internal = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }

  customer = write_pdf_and_extract (0);
  g_test_message ("%zu characters of text", strlen (customer));

  g_assert_nonnull (strstr (customer, "EVC waterfall"));
  g_assert_nonnull (strstr (customer, "Customer incentive"));
  g_assert_nonnull (strstr (customer, "Price €1.35"));
  g_assert_nonnull (strstr (customer, "The price is only 20%"));
  g_assert_nonnull (strstr (customer, "Payback: 2.8 years"));
  g_assert_nonnull (strstr (customer, "Non-exceedance convention"));
  g_assert_nonnull (strstr (customer, "Anna Korhonen"));
  g_assert_nonnull (strstr (customer, "Downtime hours per year"));
  g_assert_nonnull (strstr (customer, "of the promised value realized to date"));
  g_assert_null (strstr (customer, "Price floor"));
  g_assert_null (strstr (customer, "Our cost"));

  internal = write_pdf_and_extract (VW_CHART_SAMPLE_INTERNAL);
  g_assert_nonnull (strstr (internal, "Price floor (internal)"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/pdf/text", test_pdf_text);

  return g_test_run ();
}
