/* vw-cli-eval.c: value-workbench --eval EXPR [--horizon N]
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Evaluates one formula with no document: a scalar is printed with 17 significant digits, a
 * series as [v0, v1, …]; an error goes to stderr as "error: #DIV/0!: …" with exit status 1.
 */

#define G_LOG_DOMAIN "vw-cli-eval"

#include <glib/gi18n.h>
#include <stdio.h>

#include "vw-cli.h"
#include "vw-model.h"

#define MAX_HORIZON 10000

int
vw_cli_eval (const char *expression,
             int         horizon)
{
  g_autoptr(VwModel) model = NULL;
  g_autoptr(VwEvalContext) ctx = NULL;
  g_autofree char *text = NULL;
  VwValue value;
  int var;

  g_return_val_if_fail (expression != NULL, VW_EXIT_USAGE);

  if (horizon < 0 || horizon > MAX_HORIZON)
    {
      g_printerr (_("error: the horizon must be between 0 and %d periods, found %d\n"),
                  MAX_HORIZON, horizon);
      return VW_EXIT_USAGE;
    }

  model = vw_model_new ((guint) horizon);
  /* The anonymous variable: its messages say what went wrong without "in <name>". */
  var = vw_model_add_formula (model, "", expression, NULL);
  vw_model_compile (model);
  ctx = vw_eval_context_new (model);
  vw_eval_context_evaluate (ctx);
  vw_eval_context_get (ctx, var, 0, &value);

  text = vw_value_to_string (&value);
  if (value.kind == VW_VALUE_ERROR)
    {
      g_printerr ("error: %s\n", text);
      return VW_EXIT_BAD_INPUT;
    }
  g_print ("%s\n", text);
  if (value.note != NULL)
    g_printerr ("note: %s\n", value.note);
  return VW_EXIT_OK;
}
