/* vw-model-private.h
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vw-engine-private.h"
#include "vw-model.h"

G_BEGIN_DECLS

typedef struct
{
  char    *name;
  gboolean is_input;
  char    *formula;
  GArray  *inputs;      /* double per alternative, grown on demand */
  double   default_value;
  Code    *code;
  VwErr   *static_err;  /* the formula does not compile */
} Var;

struct _VwModel
{
  gint        refcount;
  guint       horizon;
  guint       width;
  GPtrArray  *vars;
  GPtrArray  *alts;
  GHashTable *by_name;
  gboolean    compiled;
  double     *t_series;
  guint       n_nodes;
  guint      *order;         /* evaluable nodes, dependencies first */
  guint       n_order;
  guint      *pos;           /* position of a node in order, G_MAXUINT if on or after a cycle */
  guint      *dep_start;     /* dependents of node i: dependents[dep_start[i] … dep_start[i+1]) */
  guint      *dependents;
  VwErr     **node_errors;   /* #CYCLE! of a node, or NULL */
  GPtrArray  *cycles;
};

static inline guint
vw_model_node (const VwModel *m,
               int            var,
               int            alt)
{
  return (guint) var * m->alts->len + (guint) alt;
}

G_END_DECLS
