/* vw-case-model-private.h: shared by vw-case-model.c and vw-case-model-mc.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-case-model.h"

G_BEGIN_DECLS

struct _VwCaseModel
{
  GObject        parent_instance;

  VwDocument    *document;
  gulong         handlers[4];

  char          *scenario;      /* the active scenario's id, or NULL */
  VwValueTable  *overrides;     /* session overrides (--set): variable × alternative or "" */

  /* What the last compile saw. */
  GPtrArray     *variables;     /* VwVariable, in document order */
  GPtrArray     *alternatives;  /* VwAlternative */
  int           *engine_index;  /* per variable: the engine's index, or -1 if refused */
  GPtrArray     *refused;       /* per variable: why the engine refused its id, or NULL */
  GPtrArray     *missing;       /* "variable@alternative" of inputs with no value */
  VwModel       *model;
  VwEvalContext *ctx;
  gboolean       stale;
  guint          n_compiles;

  GPtrArray     *discrete;      /* value and probability blocks of Bernoulli distributions */
};

gboolean    vw_case_model_effective_input (VwCaseModel *self,
                                           VwVariable  *variable,
                                           const char  *alternative,
                                           double      *value);
const char *vw_case_model_alt_id          (VwCaseModel *self,
                                           guint        a);
void        vw_case_model_ensure_compiled (VwCaseModel *self);

G_END_DECLS
