/* vw-cases-test-util.c: helpers shared by the case repository tests
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include <glib/gstdio.h>

#include "vw-cases-test-util.h"

char *
vw_cases_test_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp ("vw-cases-XXXXXX", &error);

  g_assert_no_error (error);
  return path;
}

void
vw_cases_test_rmdir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        vw_cases_test_rmdir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

VwDocument *
vw_cases_test_load_sample (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("VW_SOURCE_ROOT"), "data", "samples",
                                            name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VwDocument *document = vw_vwb_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

VwReferenceCase *
vw_cases_test_make_case (const char *title,
                         const char *industry,
                         const char *summary,
                         const char *kpi_key,
                         double      baseline,
                         double      realized)
{
  VwReferenceCase *reference_case = vw_reference_case_new (title);
  g_autoptr(VwCaseFigure) figure = NULL;

  vw_reference_case_set_summary (reference_case, summary);
  vw_reference_case_add_tag (reference_case, VW_CASE_TAG_INDUSTRY, industry, industry);
  vw_reference_case_add_tag (reference_case, VW_CASE_TAG_KPI, kpi_key, kpi_key);
  figure = vw_case_figure_new (kpi_key, kpi_key, "h/year", FALSE, baseline, NAN, realized, "2025");
  vw_reference_case_add_figure (reference_case, figure);
  return reference_case;
}

char *
vw_cases_test_sha256_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("(missing)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}
