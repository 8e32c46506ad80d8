/* bench-report.c: how fast the PDF value report of the largest template is written, headless
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The largest template of data/samples (by file size), internal and customer editions: the
 * whole path of --export-pdf (load, case model, Monte Carlo of the case's own draws, layout
 * and pagination, PDF with fonts embedded) and its parts, medians of ROUNDS runs; the page
 * count and the file size. Goal (issue 9): a 10-page report in under 300 ms, under 1 MB.
 * Usage: bench-report [SAMPLES_DIR]
 */

#include <glib/gstdio.h>
#include <string.h>

#include "vw-report.h"
#include "vw-vwb.h"

#define ROUNDS 9

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* The largest template: the one with the most to lay out. */
static char *
largest_template (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *best = NULL;
  goffset best_size = -1;
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;
      gsize len = 0;

      if (!g_str_has_suffix (name, ".vwb") || !g_file_get_contents (path, &text, &len, NULL))
        continue;
      if (strstr (text, "kind=\"template\"") != NULL && (goffset) len > best_size)
        {
          best_size = len;
          g_free (best);
          best = g_steal_pointer (&path);
        }
    }
  return g_steal_pointer (&best);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = argc > 1 ? argv[1] : "data/samples";
  g_autofree char *path = largest_template (dir);
  g_autofree char *tmp = g_dir_make_tmp ("vw-bench-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (tmp, "report.pdf", NULL);
  static const char * const audiences[] = { "internal", "customer" };
  GString *json = g_string_new ("{\"bench\": \"report\"");

  if (path == NULL)
    {
      g_printerr ("no template in %s\n", dir);
      return 1;
    }
  g_setenv ("SOURCE_DATE_EPOCH", "1764547200", TRUE);

  g_print ("template: %s (%u processors)\n\n", path, g_get_num_processors ());
  g_print ("%-10s %9s %9s %9s %9s %9s %6s %9s\n", "edition", "load", "model+MC", "layout",
           "pdf", "total", "pages", "size");

  for (guint e = 0; e < G_N_ELEMENTS (audiences); e++)
    {
      g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) model = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) layout_ms = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) write = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
      guint pages = 0;
      GStatBuf st = { 0 };

      for (guint r = 0; r < ROUNDS; r++)
        {
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(GError) error = NULL;
          g_autoptr(VwDocument) doc = NULL;
          g_autoptr(VwCaseModel) cm = NULL;
          g_autoptr(VwReportLayout) layout = NULL;
          VwReportOptions options = { 0 };
          VwLoadReport report = { 0 };
          double t0, t1, t2, t3, t4;

          options.audience = audiences[e];
          options.language = "en";
          t0 = now_ms ();
          doc = vw_vwb_load_file (file, NULL, &report, &error);
          vw_load_report_clear (&report);
          g_assert_no_error (error);
          t1 = now_ms ();
          cm = vw_report_new_case_model (doc, options.audience, &error);
          g_assert_no_error (error);
          vw_case_model_evaluate (cm);
          t2 = now_ms ();
          /* The report runs its Monte Carlo inside the build: time it as layout below,
           * and separately here once with the same draws. */
          layout = vw_report_build (cm, &options, &error);
          g_assert_no_error (error);
          t3 = now_ms ();
          g_assert_true (vw_report_write_pdf (layout, cm, &options, pdf, &error));
          t4 = now_ms ();

          g_array_append_vals (load, &(double) { t1 - t0 }, 1);
          g_array_append_vals (model, &(double) { t2 - t1 }, 1);
          g_array_append_vals (layout_ms, &(double) { t3 - t2 }, 1);
          g_array_append_vals (write, &(double) { t4 - t3 }, 1);
          g_array_append_vals (total, &(double) { t4 - t0 }, 1);
          pages = vw_report_layout_get_n_pages (layout);
        }
      g_stat (pdf, &st);
      g_print ("%-10s %7.1f ms %7.1f ms %7.1f ms %7.1f ms %7.1f ms %6u %6.0f KB\n",
               audiences[e], median (load), median (model), median (layout_ms),
               median (write), median (total), pages, st.st_size / 1024.0);
      g_string_append_printf (json, ", \"%s\": {\"load_ms\": %.1f, \"model_ms\": %.1f, "
                              "\"build_ms\": %.1f, \"pdf_ms\": %.1f, \"total_ms\": %.1f, "
                              "\"pages\": %u, \"bytes\": %ld}",
                              audiences[e], median (load), median (model), median (layout_ms),
                              median (write), median (total), pages, (long) st.st_size);
    }
  g_print ("\n(build = the report's Monte Carlo, charts, layout and pagination; "
           "goal: total < 300 ms, < 1 MB for 10 pages)\n");
  g_string_append (json, "}");
  g_print ("%s\n", json->str);
  g_string_free (json, TRUE);

  g_unlink (pdf);
  g_rmdir (tmp);
  return 0;
}
