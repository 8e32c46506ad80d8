/* vw-value-split.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-value-split"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-sensitivity.h"
#include "vw-value-split.h"

/**
 * vw_value_split:
 *
 * Price = reference + s·D (or cost + s·(EVC − cost) on the total-value base); the customer
 * keeps EVC − price. When D ≤ 0 there is no premium: the price is the EVC (at or below the
 * reference) and nothing is left to split.
 */
gboolean
vw_value_split (const VwValueSplitInput  *in,
                VwValueSplit             *out,
                GError                  **error)
{
  g_return_val_if_fail (in != NULL && out != NULL, FALSE);

  if (!isfinite (in->reference_price) || !isfinite (in->positive_value) ||
      !isfinite (in->negative_value) || !isfinite (in->split))
    {
      g_set_error (error, VW_SENSITIVITY_ERROR, VW_SENSITIVITY_ERROR_INVALID,
                   _("The value split needs a number in every field"));
      return FALSE;
    }
  if (in->split < 0.0 || in->split > 1.0)
    {
      g_set_error (error, VW_SENSITIVITY_ERROR, VW_SENSITIVITY_ERROR_INVALID,
                   _("Our share of the differentiation value must be between 0 %% and 100 %%"));
      return FALSE;
    }
  if (in->negative_value < 0.0)
    {
      g_set_error (error, VW_SENSITIVITY_ERROR, VW_SENSITIVITY_ERROR_INVALID,
                   _("Enter the negative differentiation value as an amount of 0 or more"));
      return FALSE;
    }

  if (in->base == VW_SPLIT_BASE_TOTAL_VALUE && !isfinite (in->cost))
    {
      g_set_error (error, VW_SENSITIVITY_ERROR, VW_SENSITIVITY_ERROR_INVALID,
                   _("The value split needs a number in every field"));
      return FALSE;
    }

  out->differentiation_value = in->positive_value - in->negative_value;
  out->evc = in->reference_price + out->differentiation_value;
  out->no_premium = out->differentiation_value <= 0.0;
  if (out->no_premium)
    out->price = out->evc;
  else if (in->base == VW_SPLIT_BASE_TOTAL_VALUE)
    out->price = in->cost + in->split * (out->evc - in->cost);
  else
    out->price = in->reference_price + in->split * out->differentiation_value;
  out->supplier_premium = out->price - in->reference_price;
  out->customer_incentive = out->evc - out->price;
  return TRUE;
}
