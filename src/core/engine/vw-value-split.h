/* vw-value-split.h: EVC and the value split (value-math §10)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* §10: which value the supplier's share applies to; the UI must label it. */
typedef enum
{
  VW_SPLIT_BASE_DIFFERENTIATION,  /* Price = reference + s·D (the default) */
  VW_SPLIT_BASE_TOTAL_VALUE,      /* Price = cost + s·(EVC − cost) */
} VwSplitBase;

typedef struct
{
  double reference_price;   /* the next-best alternative, in the same units of benefit */
  double positive_value;    /* present value of the positive differentiators */
  double negative_value;    /* present value of the negative ones (switching costs…), ≥ 0 */
  double split;             /* the supplier's share s, 0…1 */
  VwSplitBase base;
  double cost;              /* our cost, for VW_SPLIT_BASE_TOTAL_VALUE */
} VwValueSplitInput;

typedef struct
{
  double   differentiation_value;  /* D = positive − negative */
  double   evc;                    /* reference + D: the ceiling price, not a recommendation */
  double   price;                  /* the value-based price */
  double   customer_incentive;     /* EVC − price: what the customer keeps for switching */
  double   supplier_premium;       /* price − reference */
  gboolean no_premium;             /* D ≤ 0 */
} VwValueSplit;

gboolean vw_value_split (const VwValueSplitInput  *input,
                         VwValueSplit             *out,
                         GError                  **error);

G_END_DECLS
