/* vw-input-range.c: set an input's value and its uncertainty range in one step
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Benchmark defaults from the case repository ("median 38 %, P10–P90 22–51 %") become an
 * input's value, its Monte Carlo distribution and its tornado range, as one undoable command.
 * Positive figures get a lognormal distribution, which takes exactly P10 and P90 (file format,
 * "Distribution parameters"); a range that reaches zero or below gets a triangular one over
 * P10–median–P90, which understates the tails a little. With a median other than 0 the
 * range is stored as factors of the input (scale="factor"), so the other alternatives keep
 * their own values and get the same relative uncertainty.
 */

#define G_LOG_DOMAIN "vw-document"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-input-range.h"
#include "vw-items.h"

/**
 * vw_document_set_input_range:
 * @alternative: (nullable): the alternative whose input is set, %NULL for every alternative
 * @source: (nullable): replaces the variable's source note (where the figure comes from)
 *
 * Returns: %FALSE with @error when the figures are not P10 ≤ median ≤ P90 or the variable is
 *   not an input; nothing changed then.
 */
gboolean
vw_document_set_input_range (VwDocument  *document,
                             VwVariable  *variable,
                             const char  *alternative,
                             double       median,
                             double       p10,
                             double       p90,
                             const char  *source,
                             GError     **error)
{
  VwItem *item = VW_ITEM (variable);
  gboolean factor = median != 0;
  gboolean lognormal = p10 > 0;
  double scale = factor ? median : 1;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (VW_IS_VARIABLE (variable), FALSE);

  if (g_strcmp0 (vw_item_get_string (item, "kind"), "input") != 0)
    {
      g_set_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_LIMIT,
                   _("“%s” is computed by a formula; choose an input."),
                   vw_item_get_display_name (item));
      return FALSE;
    }
  if (!isfinite (median) || !isfinite (p10) || !isfinite (p90) || p10 > median || median > p90)
    {
      g_set_error (error, VW_DOCUMENT_ERROR, VW_DOCUMENT_ERROR_LIMIT,
                   _("The benchmark needs P10 ≤ median ≤ P90."));
      return FALSE;
    }

  vw_document_begin_group (document, _("Set input from benchmark"));
  vw_document_set_input (document, variable, alternative, median);
  vw_document_set_string (document, item, "distribution", lognormal ? "lognormal" : "triangular");
  vw_document_set_string (document, item, "scale", factor ? "factor" : "absolute");
  vw_document_set_double (document, item, "dist-a", p10 / scale);
  if (lognormal)
    {
      vw_document_set_double (document, item, "dist-b", p90 / scale);
      vw_document_unset (document, item, "dist-c");
    }
  else
    {
      vw_document_set_double (document, item, "dist-b", median / scale);
      vw_document_set_double (document, item, "dist-c", p90 / scale);
    }
  vw_document_set_double (document, item, "tornado-low", p10 / scale);
  vw_document_set_double (document, item, "tornado-high", p90 / scale);
  if (source != NULL)
    vw_document_set_string (document, item, "source", source);
  vw_document_end_group (document);

  return TRUE;
}
