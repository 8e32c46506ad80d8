/* vw-builtins-private.h: the whole-value functions, for the table in vw-builtins.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-engine-private.h"

G_BEGIN_DECLS

#define VW_SLOT_FN(name) \
  void name (Vm *vm, Slot *args, guint argc, Slot *out, double *buf, const char *src)

VW_SLOT_FN (vw_fn_and);
VW_SLOT_FN (vw_fn_at);
VW_SLOT_FN (vw_fn_average);
VW_SLOT_FN (vw_fn_count);
VW_SLOT_FN (vw_fn_cumsum);
VW_SLOT_FN (vw_fn_dpayback);
VW_SLOT_FN (vw_fn_first);
VW_SLOT_FN (vw_fn_growth);
VW_SLOT_FN (vw_fn_irr);
VW_SLOT_FN (vw_fn_irr_all);
VW_SLOT_FN (vw_fn_last);
VW_SLOT_FN (vw_fn_max);
VW_SLOT_FN (vw_fn_min);
VW_SLOT_FN (vw_fn_mirr);
VW_SLOT_FN (vw_fn_npv);
VW_SLOT_FN (vw_fn_npv_excel);
VW_SLOT_FN (vw_fn_or);
VW_SLOT_FN (vw_fn_payback);
VW_SLOT_FN (vw_fn_percentile);
VW_SLOT_FN (vw_fn_percentile_exc);
VW_SLOT_FN (vw_fn_periods);
VW_SLOT_FN (vw_fn_product);
VW_SLOT_FN (vw_fn_ramp);
VW_SLOT_FN (vw_fn_shift);
VW_SLOT_FN (vw_fn_sum);
VW_SLOT_FN (vw_fn_xirr);
VW_SLOT_FN (vw_fn_xnpv);

G_END_DECLS
