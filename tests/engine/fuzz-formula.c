/* fuzz-formula.c: parse → compile → evaluate, for libFuzzer and as a corpus replay test
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With -Dfuzzing=true this is a libFuzzer target (clang -fsanitize=fuzzer). Without it, main()
 * replays every file of the committed corpus, so `meson test` runs them all on every build.
 * The input's first byte picks the horizon; the rest is a formula, evaluated as a variable of
 * a small model with two alternatives, with a dependent variable and a cross-alternative
 * reference. Any NaN or infinity in a result aborts.
 */

#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vw-formula.h"
#include "vw-model.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* abort(), not g_error(): libFuzzer saves the input on SIGABRT. */
#define fail(...) G_STMT_START { fprintf (stderr, __VA_ARGS__); fputc ('\n', stderr); abort (); } G_STMT_END

static void
check_value (const VwValue *v)
{
  if (v->kind == VW_VALUE_SCALAR && !isfinite (v->scalar))
    fail ("a scalar result is not finite");
  if (v->kind == VW_VALUE_SERIES)
    for (guint i = 0; i < v->len; i++)
      if (!isfinite (v->series[i]))
        fail ("a series element is not finite");
  if (v->kind == VW_VALUE_ERROR && (v->message == NULL || !g_utf8_validate (v->message, -1, NULL)))
    fail ("an error value without a valid message");
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(VwModel) m = NULL;
  g_autoptr(VwEvalContext) ctx = NULL;
  g_autofree char *text = NULL;
  guint horizon;

  if (size < 1 || size > 4096)
    return 0;
  horizon = data[0] % 41;
  text = g_strndup ((const char *) data + 1, size - 1);

  vw_formula_check (text, NULL);

  m = vw_model_new (horizon);
  vw_model_add_alternative (m, "us");
  vw_model_add_alternative (m, "them");
  vw_model_add_input (m, "x", 3, NULL);
  vw_model_set_input (m, 0, 1, -2);
  vw_model_add_input (m, "y", 0, NULL);
  vw_model_add_formula (m, "f", text, NULL);
  vw_model_add_formula (m, "g", "f * 2 + f@them", NULL);
  vw_model_add_formula (m, "h", "IFERROR(SUM(g), -1) + x", NULL);
  vw_model_compile (m);
  ctx = vw_eval_context_new (m);
  vw_eval_context_evaluate (ctx);
  vw_eval_context_set_input (ctx, 0, 1, 0);
  vw_eval_context_evaluate (ctx);

  for (guint v = 0; v < vw_model_get_n_variables (m); v++)
    for (int a = 0; a < 2; a++)
      {
        VwValue value;
        g_autofree char *s = NULL;

        vw_eval_context_get (ctx, v, a, &value);
        check_value (&value);
        s = vw_value_to_string (&value);
        /* Error messages quote the formula, which may say "nan"; numbers never may. */
        if (value.kind != VW_VALUE_ERROR && (strstr (s, "nan") != NULL || strstr (s, "inf") != NULL))
          fail ("the text of a value says nan or inf: %s", s);
      }
  return 0;
}

#ifndef VW_FUZZING
/* Replays the corpus: one TAP test per file. */
int
main (int   argc,
      char *argv[])
{
  const char *dir = argc > 1 ? argv[1] : "fuzz-corpus";
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;

  d = g_dir_open (dir, 0, &error);
  if (d == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  if (names->len == 0)
    {
      g_printerr ("the corpus %s is empty\n", dir);
      return 1;
    }
  g_print ("1..%u\n", names->len);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autofree char *contents = NULL;
      gsize len;

      if (!g_file_get_contents (path, &contents, &len, &error))
        {
          g_print ("not ok %u %s # %s\n", i + 1, (char *) g_ptr_array_index (names, i), error->message);
          return 1;
        }
      LLVMFuzzerTestOneInput ((const guint8 *) contents, len);
      g_print ("ok %u %s\n", i + 1, (char *) g_ptr_array_index (names, i));
    }
  return 0;
}
#endif
