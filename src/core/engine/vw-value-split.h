/* vw-value-split.h: EVC and the value split (value-math §10)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double reference_price;   /* the next-best alternative, in the same units of benefit */
  double positive_value;    /* present value of the positive differentiators */
  double negative_value;    /* present value of the negative ones (switching costs…), ≥ 0 */
  double split;             /* the supplier's share s of the differentiation value, 0…1 */
} VwValueSplitInput;

typedef struct
{
  double   differentiation_value;  /* D = positive − negative */
  double   evc;                    /* reference + D: the ceiling price, not a recommendation */
  double   price;                  /* reference + s·D (differentiation-value base) */
  double   customer_incentive;     /* (1 − s)·D: what the customer keeps for switching */
  double   supplier_premium;       /* s·D over the reference */
  gboolean no_premium;             /* D ≤ 0 */
} VwValueSplit;

gboolean vw_value_split (const VwValueSplitInput  *input,
                         VwValueSplit             *out,
                         GError                  **error);

G_END_DECLS
