/* vw-engine-private.h: the internals shared by the parser, the compiler, the VM and the model
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vw-value.h"

G_BEGIN_DECLS

/* Errors as values ----------------------------------------------------------------------- */

/* Refcounted so a variable's result can keep the error its formula raised, while the VM
 * drops the ones that were caught (IFERROR) at the end of each evaluation. Not atomic: an
 * error never leaves the thread of its evaluation context. */
typedef struct
{
  int          refcount;
  VwErrorKind  kind;
  char        *message;
} VwErr;

VwErr *vw_err_new   (VwErrorKind kind,
                     char       *message);
VwErr *vw_err_ref   (VwErr      *err);
void   vw_err_unref (VwErr      *err);

/* Syntax tree ------------------------------------------------------------------------------ */

typedef enum
{
  NODE_NUMBER,
  NODE_NAME,      /* a variable (name, optional alt) or T, TRUE, FALSE */
  NODE_UNARY,     /* op '-' or '+' or '%' (percent) */
  NODE_BINARY,
  NODE_CALL,
  NODE_ARRAY,
} NodeType;

typedef enum
{
  BIN_ADD, BIN_SUB, BIN_MUL, BIN_DIV, BIN_POW,
  BIN_EQ, BIN_NE, BIN_LT, BIN_LE, BIN_GT, BIN_GE,
} BinOp;

typedef struct _Node Node;
struct _Node
{
  NodeType  type;
  int       op;
  double    number;
  char     *name;     /* variable or function name */
  char     *alt;      /* for name@alt */
  Node    **kids;
  guint     n_kids;
  guint     start, end; /* byte span in the source, for messages */
};

Node *vw_formula_parse (const char  *text,
                        GError     **error);
void  vw_node_free     (Node        *node);

/* Bytecode ---------------------------------------------------------------------------------- */

typedef enum
{
  OP_CONST,       /* push consts[arg] */
  OP_ARRAY_CONST, /* push a constant array: arrays[arg] */
  OP_T,           /* push the period index series */
  OP_LOAD,        /* push variable arg, same alternative */
  OP_LOAD_ALT,    /* push variable arg, alternative aux2 */
  OP_NEG,
  OP_PERCENT,
  OP_BIN,         /* arg = BinOp */
  OP_ARRAY,       /* build an array from the top arg values */
  OP_CALL,        /* builtin arg with argc values */
  OP_ERROR,       /* push the static error errors[arg] */
  OP_IF,          /* test the condition; jump to arg (else) when false */
  OP_ELSE,        /* end of the then-branch; jump to arg (after end) */
  OP_ENDIF,       /* merge an element-wise IF */
  OP_IFERROR,     /* if the top is not an error, jump to arg; else pop it */
  OP_UNMASK,      /* arguments of a whole-value function see every period… */
  OP_REMASK,      /* …then the IF's mask applies again */
} OpCode;

/* The VM keeps a fixed stack of element-wise IF frames. */
#define VW_MAX_IF_DEPTH 64

typedef struct
{
  guint16 op;
  guint16 argc;
  guint32 arg;
  guint32 aux;    /* index of the source text for messages, or G_MAXUINT32 */
  guint32 aux2;
} Instr;

typedef struct
{
  guint   len;
  double *v;
} ConstArray;

typedef struct
{
  int  var;       /* variable index */
  int  alt;       /* -1: the same alternative */
} Dep;

typedef struct
{
  Instr     *code;
  guint      n_code;
  double    *consts;
  ConstArray *arrays;
  guint      n_arrays;
  char     **texts;   /* source snippets for messages */
  VwErr    **errors;  /* static errors (unknown names, syntax) */
  guint      n_errors;
  Dep       *deps;
  guint      n_deps;
  guint      max_stack;
  guint      max_if_depth;
  guint      max_array;   /* longest array literal */
} Code;

/* Resolves a variable name (and optional alternative) at compile time. Returns the kind of
 * error and sets a message when the name is unknown. */
typedef VwErrorKind (*NameResolver) (const char *name,
                                  const char *alt,
                                  int        *var,
                                  int        *alt_index,
                                  char      **message,
                                  gpointer    user_data);

Code *vw_code_compile     (const char   *text,
                           NameResolver  resolve,
                           gpointer      user_data,
                           GError      **error);
void  vw_code_free        (Code         *code);

/* Builtin functions ------------------------------------------------------------------------ */

typedef struct _Vm Vm;
typedef struct _Slot Slot;

typedef enum
{
  SLOT_SCALAR,
  SLOT_ARRAY,
  SLOT_ERROR,
} SlotKind;

struct _Slot
{
  SlotKind      kind;
  guint         len;
  double        s;
  const double *v;
  VwErr        *err;   /* borrowed: owned by the VM's pending list or a result */
};

/* A scalar function applied element by element, with broadcasting. Returns VW_ERROR_NONE or
 * the kind of error; the table's message names the problem. */
typedef VwErrorKind (*ScalarFn) (const double *args,
                                 double       *out);
/* A function that sees whole values (aggregates, series helpers, finance). */
typedef void        (*SlotFn)   (Vm          *vm,
                                 Slot        *args,
                                 guint        argc,
                                 Slot        *out,
                                 double      *outbuf,
                                 const char  *src);

typedef struct
{
  const char *name;
  guint8      min_args;
  guint8      max_args;   /* 255: any number */
  ScalarFn    scalar;
  SlotFn      slot;
  double      defaults[6];
  const char *domain_message; /* for a ScalarFn error, e.g. "SQRT of a negative number" */
} Builtin;

const Builtin *vw_builtin_lookup (const char *name,
                                  guint      *index);
const Builtin *vw_builtin_get    (guint       index);

/* VM ---------------------------------------------------------------------------------------- */

struct _Vm
{
  guint        width;        /* capacity of a series buffer */
  guint        horizon;      /* N: series have N+1 elements */
  const double *t_series;
  double      *buffers;      /* stack_cap × width */
  Slot        *stack;
  guint        stack_cap;
  guint8      *masks;        /* if_cap × width */
  guint        if_cap;
  GPtrArray   *pending;      /* errors created during the current run */
  char        *note;         /* advice about the current run's result (several IRRs) */
  double      *scratch;
  gsize        scratch_len;
  const char  *var_name;     /* the variable being evaluated, for messages */
  const char  *alt_name;     /* its alternative when the model has several */
  /* how to read another variable's value */
  void       (*load) (Vm *vm, int var, int alt, Slot *out);
  gpointer     load_data;
  int          alt;          /* the current alternative */
};

void   vw_vm_init         (Vm          *vm,
                           guint        width,
                           guint        horizon,
                           const double *t_series);
void   vw_vm_clear        (Vm          *vm);
void   vw_vm_reserve      (Vm          *vm,
                           const Code  *code);
void   vw_vm_run          (Vm          *vm,
                           const Code  *code,
                           Slot        *result);
void   vw_vm_release      (Vm          *vm);
double *vw_vm_scratch     (Vm          *vm,
                           gsize        n);
void   vw_vm_set_error    (Vm          *vm,
                           Slot        *out,
                           VwErrorKind  kind,
                           const char  *format,
                           ...) G_GNUC_PRINTF (4, 5);
char  *vw_vm_where        (Vm          *vm);
void   vw_vm_set_note     (Vm          *vm,
                           char        *note);

G_END_DECLS

G_BEGIN_DECLS

/* Iman–Conover: reorders the columns of x (n rows × k columns, row-major) so that their rank
 * correlation approaches target (k × k, row-major, symmetric, unit diagonal). Returns FALSE
 * when target is not positive definite. */
gboolean vw_iman_conover (double       *x,
                          guint         n,
                          guint         k,
                          const double *target,
                          GRand        *rand);

G_END_DECLS
