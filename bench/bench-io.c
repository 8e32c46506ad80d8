/* bench-io.c: how fast .vwb files load and save
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads the largest sample, a generated 5 MB case, and saves (serialize + crash-safe write +
 * folder fsync). Prints a table and one JSON line. Goals (issue 5): a 5 MB case loads under
 * 300 ms, a save takes under 100 ms. Usage: bench-io [SAMPLES_DIR]
 */

#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>

#include "vw-vwb.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *ms)
{
  g_array_sort (ms, compare_doubles);
  return g_array_index (ms, double, ms->len / 2);
}

static double
bench_load (const char *data,
            gsize       len,
            guint       rounds)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(VwDocument) doc = vw_vwb_load_bytes (data, len, NULL, &error);
      double t = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_no_error (error);
      g_assert_nonnull (doc);
      g_array_append_val (ms, t);
    }
  return median (ms);
}

static double
bench_save (VwDocument *doc,
            GFile      *file,
            guint       rounds)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start;
      double t;

      vw_document_set_input (doc, vw_document_find_variable (doc, "fuel_price"), NULL, 30.0 + i);
      start = g_get_monotonic_time ();
      if (!vw_vwb_save_file (doc, file, FALSE, FALSE, NULL, &error))
        g_error ("%s", error->message);
      t = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (ms, t);
    }
  return median (ms);
}

/* A realistic large case: 2 000 variables with inputs for 3 alternatives, 1 000 stakeholders
 * with notes, 1 000 value elements, snapshots of all inputs. */
static char *
generate (gsize  target,
          gsize *len)
{
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<value-case "
                             "xmlns=\"https://valueworkbench.github.io/ns/vwb/1\" version=\"1\" "
                             "kind=\"case\">\n  <meta title=\"Generated\" horizon=\"20\"/>\n"
                             "  <alternatives>\n"
                             "    <alternative id=\"a\" name=\"Today\" role=\"status-quo\"/>\n"
                             "    <alternative id=\"b\" name=\"Ours\" role=\"offer\"/>\n"
                             "    <alternative id=\"c\" name=\"Rival\" role=\"competitor\"/>\n"
                             "  </alternatives>\n  <stakeholders>\n");
  guint n = 0;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (s, "    <stakeholder id=\"s%u\" name=\"Person %u\" title=\"Manager\" "
                            "influence=\"%u\" attitude=\"0\" goals=\"Lower cost per tonne and "
                            "fewer stops\" notes=\"Met at the trade fair; prefers e-mail.\"/>\n",
                            i, i, 1 + i % 5);
  g_string_append (s, "  </stakeholders>\n  <elements>\n");
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (s, "    <element id=\"e%u\" name=\"Improvement opportunity %u\" "
                            "description=\"Less unplanned downtime in process step %u\" "
                            "salience=\"3\" differentiation=\"2\" impact=\"4\" stakeholders=\"s%u\"/>\n",
                            i, i, i, i);
  g_string_append (s, "  </elements>\n  <variables>\n    <variable id=\"fuel_price\" "
                      "label=\"Fuel price\" kind=\"input\">\n      <value v=\"35\"/>\n"
                      "    </variable>\n");
  while (s->len < target * 7 / 10)
    {
      g_string_append_printf (s, "    <variable id=\"v%u\" label=\"Input %u\" unit=\"EUR\" "
                              "kind=\"input\" distribution=\"triangular\" dist-a=\"0.9\" "
                              "dist-b=\"1\" dist-c=\"1.2\" scale=\"factor\">\n"
                              "      <value alternative=\"a\" v=\"%u.25\"/>\n"
                              "      <value alternative=\"b\" v=\"%u.5\"/>\n"
                              "      <value alternative=\"c\" v=\"%u.75\"/>\n"
                              "    </variable>\n"
                              "    <variable id=\"f%u\" label=\"Result %u\" kind=\"formula\" "
                              "formula=\"NPV(0.08, IF(T &gt;= 1, v%u * 12 - fuel_price, 0))\"/>\n",
                              n, n, n, n, n, n, n, n);
      n++;
    }
  g_string_append (s, "  </variables>\n  <snapshots>\n    <snapshot id=\"before\" name=\"Before\">\n");
  for (guint i = 0; s->len < target && i < 3 * n; i++)
    g_string_append_printf (s, "      <value variable=\"v%u\" alternative=\"%c\" v=\"%u.5\"/>\n",
                            i % n, "abc"[i / n], i);
  g_string_append (s, "    </snapshot>\n  </snapshots>\n</value-case>\n");

  *len = s->len;
  return g_string_free (s, FALSE);
}

/* The slowest refusal among the hostile corpus and the generated bombs (reliability.md §6:
 * each under 1 s and 100 MB). */
static double
bench_hostile (const char *hostile_dir,
               char      **slowest)
{
  g_autoptr(GDir) dir = g_dir_open (hostile_dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  const char *name;
  double worst = 0;
  GString *s;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (hostile_dir, name, NULL);
      char *data = NULL;
      gsize len = 0;

      if (g_file_get_contents (path, &data, &len, NULL))
        {
          g_ptr_array_add (names, g_strdup (name));
          g_ptr_array_add (inputs, g_bytes_new_take (data, len));
        }
    }

  s = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"");
  for (int i = 0; i < 50000; i++)
    g_string_append_c (s, 'x');
  g_string_append (s, "\">]><r>");
  for (int i = 0; i < 50000; i++)
    g_string_append (s, "&a;");
  g_string_append (s, "</r>");
  g_ptr_array_add (names, g_strdup ("generated: quadratic blowup"));
  g_ptr_array_add (inputs, g_bytes_new_take (s->str, s->len));
  g_string_free (s, FALSE);

  s = g_string_new ("<value-case xmlns=\"https://valueworkbench.github.io/ns/vwb/1\">");
  for (int i = 0; i < 100000; i++)
    g_string_append (s, "<a>");
  g_ptr_array_add (names, g_strdup ("generated: 100 000 nested elements"));
  g_ptr_array_add (inputs, g_bytes_new_take (s->str, s->len));
  g_string_free (s, FALSE);

  s = g_string_new ("<r ");
  for (int i = 0; i < 200000; i++)
    g_string_append_printf (s, " a%d=\"1\"", i);
  g_string_append (s, "/>");
  g_ptr_array_add (names, g_strdup ("generated: 200 000 attributes"));
  g_ptr_array_add (inputs, g_bytes_new_take (s->str, s->len));
  g_string_free (s, FALSE);

  s = g_string_new ("<r>");
  for (int i = 0; i < 12000000 / 8; i++)
    g_string_append (s, "AAAAAAAA");
  g_string_append (s, "</r>");
  g_ptr_array_add (names, g_strdup ("generated: 12 MB text node"));
  g_ptr_array_add (inputs, g_bytes_new_take (s->str, s->len));
  g_string_free (s, FALSE);

  for (guint i = 0; i < inputs->len; i++)
    {
      gsize len;
      const char *data = g_bytes_get_data (g_ptr_array_index (inputs, i), &len);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(VwDocument) doc = vw_vwb_load_bytes (data ? data : "", len, NULL, NULL);
      double t = (g_get_monotonic_time () - start) / 1000.0;

      /* refused, or (newer-version.vwb) opened read-only */
      g_assert (doc == NULL || vw_document_get_read_only (doc));
      if (t > worst)
        {
          worst = t;
          g_free (*slowest);
          *slowest = g_strdup (g_ptr_array_index (names, i));
        }
    }

  return worst;
}

int
main (int   argc,
      char *argv[])
{
  const char *samples = argc > 1 ? argv[1] : "data/samples";
  g_autofree char *largest = NULL;
  g_autofree char *sample_data = NULL;
  g_autofree char *big = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("vw-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmp, "case.vwb", NULL);
  g_autofree char *big_path = g_build_filename (tmp, "big.vwb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) big_file = g_file_new_for_path (big_path);
  g_autoptr(GDir) dir = g_dir_open (samples, 0, NULL);
  g_autoptr(VwDocument) sample_doc = NULL;
  g_autoptr(VwDocument) big_doc = NULL;
  gsize sample_len = 0, big_len = 0;
  double load_sample, load_big, save_sample, save_big;
  const char *name;
  goffset best = 0;
  g_autofree char *slowest = NULL;
  double worst_hostile;
  struct rusage usage;

  if (dir == NULL)
    g_error ("usage: bench-io [SAMPLES_DIR] (run from the source root)");
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (samples, name, NULL);
      GStatBuf st;

      if (g_str_has_suffix (name, ".vwb") && g_stat (p, &st) == 0 && st.st_size > best)
        {
          best = st.st_size;
          g_free (largest);
          largest = g_steal_pointer (&p);
        }
    }
  g_file_get_contents (largest, &sample_data, &sample_len, NULL);
  big = generate (5 * 1024 * 1024, &big_len);

  load_sample = bench_load (sample_data, sample_len, 50);
  load_big = bench_load (big, big_len, 10);

  sample_doc = vw_vwb_load_bytes (sample_data, sample_len, NULL, NULL);
  big_doc = vw_vwb_load_bytes (big, big_len, NULL, NULL);
  if (sample_doc == NULL || vw_document_find_variable (sample_doc, "fuel_price") == NULL)
    {
      /* the sample has no fuel price: give it one, for the edit before each save */
      g_autoptr(VwItem) v = vw_item_new (VW_ITEM_VARIABLE, "fuel_price");

      vw_item_set_string (v, "label", "Fuel price");
      vw_item_set_string (v, "kind", "input");
      vw_document_append_item (sample_doc, v);
    }
  save_sample = bench_save (sample_doc, file, 20);
  save_big = bench_save (big_doc, big_file, 10);
  {
    g_autofree char *hostile_dir = g_build_filename (samples, "..", "..", "tests", "hostile", NULL);

    worst_hostile = bench_hostile (hostile_dir, &slowest);
  }
  getrusage (RUSAGE_SELF, &usage);

  g_print ("%-44s %10s %12s\n", "benchmark (median)", "size", "time");
  g_print ("%-44s %9.1fk %9.2f ms\n", "load largest sample", sample_len / 1024.0, load_sample);
  g_print ("%-44s %9.1fk %9.2f ms   (goal < 300 ms)\n", "load generated case", big_len / 1024.0, load_big);
  g_print ("%-44s %9.1fk %9.2f ms   (goal < 100 ms)\n", "save largest sample (with fsyncs)", sample_len / 1024.0, save_sample);
  g_print ("%-44s %9.1fk %9.2f ms\n", "save generated case (with fsyncs)", big_len / 1024.0, save_big);
  g_print ("%-44s %10s %9.2f ms   (goal < 1000 ms; %s)\n", "slowest refusal of a hostile file", "",
           worst_hostile, slowest);
  g_print ("%-44s %10s %9.1f MB   (whole run, incl. the 5 MB case)\n", "peak memory", "", usage.ru_maxrss / 1024.0);
  g_print ("{\"bench\": \"io\", \"worst_hostile_ms\": %.3f, \"max_rss_mb\": %.1f, ",
           worst_hostile, usage.ru_maxrss / 1024.0);
  g_print ("\"sample\": \"%s\", \"sample_bytes\": %" G_GSIZE_FORMAT ", "
           "\"load_sample_ms\": %.3f, \"generated_bytes\": %" G_GSIZE_FORMAT ", "
           "\"load_generated_ms\": %.3f, \"save_sample_ms\": %.3f, \"save_generated_ms\": %.3f}\n",
           largest, sample_len, load_sample, big_len, load_big, save_sample, save_big);

  g_unlink (path);
  g_unlink (big_path);
  g_rmdir (tmp);
  return 0;
}
