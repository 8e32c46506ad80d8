/* vw-vm.c: the bytecode interpreter
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Stack slot k owns buffer k (width doubles). A slot's elements may point elsewhere (a
 * variable's stored result, a constant array) but an instruction only ever writes into the
 * buffer of the slot its result lands in, so loads cost no copy.
 *
 * An element-wise IF whose condition differs between periods evaluates both branches under
 * a mask: an error in a period the branch does not choose (1/T at t = 0) is ignored.
 */

#define G_LOG_DOMAIN "vw-vm"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-engine-private.h"

typedef struct
{
  guint         endif_pc;
  guint         cond_index;
  const guint8 *saved_mask;
} IfFrame;

VwErr *
vw_err_new (VwErrorKind  kind,
            char        *message)
{
  VwErr *e = g_new (VwErr, 1);
  e->refcount = 1;
  e->kind = kind;
  e->message = message;
  return e;
}

VwErr *
vw_err_ref (VwErr *err)
{
  err->refcount++;
  return err;
}

void
vw_err_unref (VwErr *err)
{
  if (err != NULL && --err->refcount == 0)
    {
      g_free (err->message);
      g_free (err);
    }
}

void
vw_vm_init (Vm           *vm,
            guint         width,
            guint         horizon,
            const double *t_series)
{
  memset (vm, 0, sizeof *vm);
  vm->width = width;
  vm->horizon = horizon;
  vm->t_series = t_series;
  vm->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) vw_err_unref);
}

void
vw_vm_clear (Vm *vm)
{
  g_clear_pointer (&vm->buffers, g_free);
  g_clear_pointer (&vm->stack, g_free);
  g_clear_pointer (&vm->masks, g_free);
  g_clear_pointer (&vm->scratch, g_free);
  g_clear_pointer (&vm->pending, g_ptr_array_unref);
  g_clear_pointer (&vm->note, g_free);
}

void
vw_vm_reserve (Vm         *vm,
               const Code *code)
{
  if (code->max_stack > vm->stack_cap)
    {
      vm->stack_cap = code->max_stack;
      vm->buffers = g_renew (double, vm->buffers, (gsize) vm->stack_cap * vm->width);
      vm->stack = g_renew (Slot, vm->stack, vm->stack_cap);
    }
  if (code->max_if_depth > vm->if_cap)
    {
      vm->if_cap = code->max_if_depth;
      vm->masks = g_renew (guint8, vm->masks, (gsize) vm->if_cap * vm->width);
    }
}

void
vw_vm_release (Vm *vm)
{
  g_ptr_array_set_size (vm->pending, 0);
  g_clear_pointer (&vm->note, g_free);
}

/* Takes @note; the first note of a run wins. */
void
vw_vm_set_note (Vm   *vm,
                char *note)
{
  if (vm->note == NULL)
    vm->note = note;
  else
    g_free (note);
}

double *
vw_vm_scratch (Vm    *vm,
               gsize  n)
{
  if (n > vm->scratch_len)
    {
      vm->scratch_len = MAX (n, 2 * vm->scratch_len);
      vm->scratch = g_renew (double, vm->scratch, vm->scratch_len);
    }
  return vm->scratch;
}

char *
vw_vm_where (Vm *vm)
{
  if (vm->var_name == NULL || vm->var_name[0] == '\0')
    return g_strdup ("");
  if (vm->alt_name != NULL)
    return g_strdup_printf (_(" in %s@%s"), vm->var_name, vm->alt_name);
  return g_strdup_printf (_(" in %s"), vm->var_name);
}

void
vw_vm_set_error (Vm          *vm,
                 Slot        *out,
                 VwErrorKind  kind,
                 const char  *format,
                 ...)
{
  g_autofree char *cause = NULL;
  g_autofree char *where = vw_vm_where (vm);
  VwErr *err;
  va_list args;

  va_start (args, format);
  cause = g_strdup_vprintf (format, args);
  va_end (args);
  err = vw_err_new (kind, g_strconcat (cause, where, NULL));
  g_ptr_array_add (vm->pending, err);
  out->kind = SLOT_ERROR;
  out->err = err;
  out->len = 0;
}

/* "1/0": naming the divisor ("0 is 0") would say nothing. */
static gboolean
is_number_literal (const char *src)
{
  char *end = NULL;

  if (src == NULL || *src == '\0')
    return FALSE;
  g_ascii_strtod (src, &end);
  return end != src && *end == '\0';
}

static inline double
elem (const Slot *s,
      guint       i)
{
  return s->kind == SLOT_SCALAR ? s->s : s->v[i];
}

/* Checks that array operands agree in length; returns the length (0 for all scalars). */
static gboolean
common_len (Vm         *vm,
            Slot       *args,
            guint       n,
            guint      *len,
            Slot       *out,
            const char *src)
{
  *len = 0;
  for (guint i = 0; i < n; i++)
    if (args[i].kind == SLOT_ARRAY)
      {
        if (*len != 0 && args[i].len != *len)
          {
            vw_vm_set_error (vm, out, VW_ERROR_VALUE,
                             _("%s combines series of different lengths (%u and %u values)"),
                             src, *len, args[i].len);
            return FALSE;
          }
        *len = args[i].len;
      }
  return TRUE;
}

static const char *
period_text (guint    len,
             guint    i,
             char    *buf,
             gsize    size)
{
  if (len == 0)
    return "";
  g_snprintf (buf, size, _(" at t = %u"), i);
  return buf;
}

static inline double
ipow (double   x,
      unsigned e)
{
  double r = 1.0;

  while (e != 0)
    {
      if (e & 1)
        r *= x;
      x *= x;
      e >>= 1;
    }
  return r;
}

static void
binary (Vm           *vm,
        Slot         *a,
        Slot         *b,
        BinOp         op,
        double       *buf,
        const guint8 *mask,
        const char   *src)
{
  const double *xp, *yp;
  guint len, n, xs, ys;
  char where[32];

  if (a->kind == SLOT_ERROR)
    return;
  if (b->kind == SLOT_ERROR)
    {
      *a = *b;
      return;
    }
  if (!common_len (vm, (Slot[]) { *a, *b }, 2, &len, a, src))
    return;
  n = len == 0 ? 1 : len;
  if (len == 0)
    mask = NULL;
  /* A scalar is an array of stride 0: one loop per operator, no test per element. */
  xp = a->kind == SLOT_SCALAR ? &a->s : a->v;
  xs = a->kind == SLOT_SCALAR ? 0 : 1;
  yp = b->kind == SLOT_SCALAR ? &b->s : b->v;
  ys = b->kind == SLOT_SCALAR ? 0 : 1;

#define LOOP(expr) for (guint i = 0; i < n; i++) { double x = xp[i * xs], y = yp[i * ys]; buf[i] = (expr); }
  switch (op)
    {
    case BIN_ADD: LOOP (x + y); break;
    case BIN_SUB: LOOP (x - y); break;
    case BIN_MUL: LOOP (x * y); break;
    case BIN_EQ: LOOP (x == y); break;
    case BIN_NE: LOOP (x != y); break;
    case BIN_LT: LOOP (x < y); break;
    case BIN_LE: LOOP (x <= y); break;
    case BIN_GT: LOOP (x > y); break;
    case BIN_GE: LOOP (x >= y); break;
    case BIN_DIV:
      for (guint i = 0; i < n; i++)
        {
          double y = yp[i * ys];
          if (G_UNLIKELY (y == 0.0))
            {
              if (mask != NULL && !mask[i])
                {
                  buf[i] = 0.0;
                  continue;
                }
              if (is_number_literal (src))
                vw_vm_set_error (vm, a, VW_ERROR_DIV0, _("division by zero%s"),
                                 period_text (len, i, where, sizeof where));
              else
                vw_vm_set_error (vm, a, VW_ERROR_DIV0, _("%s is 0%s"), src,
                                 period_text (len, i, where, sizeof where));
              return;
            }
          buf[i] = xp[i * xs] / y;
        }
      break;
    case BIN_POW:
      for (guint i = 0; i < n; i++)
        {
          double x = xp[i * xs], y = yp[i * ys], r;
          gboolean active = mask == NULL || mask[i];

          /* Small integer powers ((1+g)^T, the commonest in value models) by squaring:
           * several times faster than pow() and within a few ulps of it. */
          if (y >= 0.0 && y <= 64.0 && y == floor (y))
            r = ipow (x, (unsigned) y);
          else
            r = pow (x, y);
          if (G_UNLIKELY (isnan (r)) && active)
            {
              vw_vm_set_error (vm, a, VW_ERROR_NUM,
                               _("%s raises a negative number to a fractional power%s"), src,
                               period_text (len, i, where, sizeof where));
              return;
            }
          if (G_UNLIKELY (x == 0.0 && y < 0.0) && active)
            {
              vw_vm_set_error (vm, a, VW_ERROR_DIV0, _("%s raises 0 to a negative power%s"), src,
                               period_text (len, i, where, sizeof where));
              return;
            }
          buf[i] = r;
        }
      break;
    default:
      g_assert_not_reached ();
    }
#undef LOOP

  /* One pass for overflow: NaN or infinity never leaves the VM. */
  for (guint i = 0; i < n; i++)
    if (G_UNLIKELY (!isfinite (buf[i])))
      {
        if (mask != NULL && !mask[i])
          buf[i] = 0.0;
        else
          {
            vw_vm_set_error (vm, a, VW_ERROR_NUM, _("%s is too large to compute%s"), src,
                             period_text (len, i, where, sizeof where));
            return;
          }
      }

  if (len == 0)
    {
      a->kind = SLOT_SCALAR;
      a->s = buf[0];
    }
  else
    {
      a->kind = SLOT_ARRAY;
      a->len = len;
      a->v = buf;
    }
}

static void
call_scalar (Vm            *vm,
             const Builtin *b,
             Slot          *args,
             guint          argc,
             double        *buf,
             const guint8  *mask,
             const char    *src)
{
  double in[8];
  guint len, n;
  char where[32];

  for (guint k = 0; k < argc; k++)
    if (args[k].kind == SLOT_ERROR)
      {
        args[0] = args[k];
        return;
      }
  if (!common_len (vm, args, argc, &len, &args[0], src))
    return;
  n = len == 0 ? 1 : len;

  for (guint i = 0; i < n; i++)
    {
      VwErrorKind kind;
      double r = 0.0;

      for (guint k = 0; k < argc; k++)
        in[k] = elem (&args[k], i);
      gboolean overflow;

      kind = b->scalar (in, &r);
      overflow = kind == VW_ERROR_NONE && !isfinite (r);
      if (overflow)
        kind = VW_ERROR_NUM;
      if (G_UNLIKELY (kind != VW_ERROR_NONE))
        {
          if (mask != NULL && len > 0 && !mask[i])
            r = 0.0;
          else
            {
              vw_vm_set_error (vm, &args[0], kind, "%s (%s)%s",
                               !overflow && b->domain_message != NULL
                               ? _(b->domain_message) : _("the result is too large to compute"),
                               src, period_text (len, i, where, sizeof where));
              return;
            }
        }
      buf[i] = r;
    }
  if (len == 0)
    {
      args[0].kind = SLOT_SCALAR;
      args[0].s = buf[0];
    }
  else
    {
      args[0].kind = SLOT_ARRAY;
      args[0].len = len;
      args[0].v = buf;
    }
}

void
vw_vm_run (Vm         *vm,
           const Code *code,
           Slot       *result)
{
  Slot *stack = vm->stack;
  const guint width = vm->width;
  IfFrame frames[VW_MAX_IF_DEPTH];
  guint n_frames = 0;
  const guint8 *mask = NULL;
  const guint8 *saved_masks[256];   /* OP_UNMASK nests at most as deep as the parser allows */
  guint n_saved = 0;
  guint sp = 0;
  guint pc = 0;

#define BUF(k) (vm->buffers + (gsize) (k) * width)

  while (pc < code->n_code)
    {
      const Instr *in = &code->code[pc];

      switch ((OpCode) in->op)
        {
        case OP_CONST:
          stack[sp].kind = SLOT_SCALAR;
          stack[sp].s = code->consts[in->arg];
          sp++;
          break;

        case OP_ARRAY_CONST:
          stack[sp].kind = SLOT_ARRAY;
          stack[sp].len = code->arrays[in->arg].len;
          stack[sp].v = code->arrays[in->arg].v;
          sp++;
          break;

        case OP_T:
          stack[sp].kind = SLOT_ARRAY;
          stack[sp].len = vm->horizon + 1;
          stack[sp].v = vm->t_series;
          sp++;
          break;

        case OP_LOAD:
          vm->load (vm, in->arg, vm->alt, &stack[sp++]);
          break;

        case OP_LOAD_ALT:
          vm->load (vm, in->arg, in->aux2, &stack[sp++]);
          break;

        case OP_NEG:
        case OP_PERCENT:
          {
            Slot *a = &stack[sp - 1];
            double f = in->op == OP_NEG ? -1.0 : 0.01;

            if (a->kind == SLOT_SCALAR)
              a->s *= f;
            else if (a->kind == SLOT_ARRAY)
              {
                double *buf = BUF (sp - 1);
                for (guint i = 0; i < a->len; i++)
                  buf[i] = a->v[i] * f;
                a->v = buf;
              }
          }
          break;

        case OP_BIN:
          binary (vm, &stack[sp - 2], &stack[sp - 1], in->arg, BUF (sp - 2), mask,
                  code->texts[in->aux]);
          sp--;
          break;

        case OP_ARRAY:
          {
            Slot *args = &stack[sp - in->argc];
            double *buf = BUF (sp);
            Slot out = { SLOT_ARRAY, in->argc, 0, NULL, NULL };

            for (guint k = 0; k < in->argc; k++)
              {
                if (args[k].kind == SLOT_ERROR)
                  {
                    out = args[k];
                    break;
                  }
                if (args[k].kind == SLOT_ARRAY)
                  {
                    vw_vm_set_error (vm, &out, VW_ERROR_VALUE,
                                     _("the elements of %s must be single numbers, not series"),
                                     code->texts[in->aux]);
                    break;
                  }
                buf[k] = args[k].s;
              }
            sp -= in->argc;
            if (out.kind == SLOT_ARRAY)
              {
                memcpy (BUF (sp), buf, in->argc * sizeof (double));
                out.v = BUF (sp);
              }
            stack[sp++] = out;
          }
          break;

        case OP_CALL:
          {
            const Builtin *b = vw_builtin_get (in->arg);
            Slot *args = &stack[sp - in->argc];
            guint base = sp - in->argc;

            if (b->scalar != NULL)
              call_scalar (vm, b, args, in->argc, BUF (base), mask, code->texts[in->aux]);
            else
              {
                Slot out = { SLOT_SCALAR, 0, 0, NULL, NULL };
                guint k;

                /* Any argument that is an error makes the result that error. */
                for (k = 0; k < in->argc; k++)
                  if (args[k].kind == SLOT_ERROR)
                    break;
                if (k < in->argc)
                  out = args[k];
                else
                  b->slot (vm, args, in->argc, &out, BUF (sp), code->texts[in->aux]);
                if (out.kind == SLOT_ARRAY && out.v == BUF (sp))
                  {
                    memcpy (BUF (base), out.v, out.len * sizeof (double));
                    out.v = BUF (base);
                  }
                if (out.kind == SLOT_SCALAR && !isfinite (out.s))
                  vw_vm_set_error (vm, &out, VW_ERROR_NUM, _("%s is too large to compute"),
                                   code->texts[in->aux]);
                else if (out.kind == SLOT_ARRAY)
                  for (guint i = 0; i < out.len; i++)
                    if (!isfinite (out.v[i]))
                      {
                        vw_vm_set_error (vm, &out, VW_ERROR_NUM,
                                         _("%s is too large to compute at t = %u"),
                                         code->texts[in->aux], i);
                        break;
                      }
                stack[base] = out;
              }
            sp = base + 1;
          }
          break;

        case OP_ERROR:
          stack[sp].kind = SLOT_ERROR;
          stack[sp].err = code->errors[in->arg];
          sp++;
          break;

        case OP_IF:
          {
            Slot *c = &stack[sp - 1];
            gboolean any_true = FALSE, any_false = FALSE;

            if (c->kind == SLOT_ERROR)
              {
                pc = in->aux2;   /* the error is the result */
                continue;
              }
            if (c->kind == SLOT_SCALAR)
              {
                any_true = c->s != 0.0;
                any_false = !any_true;
              }
            else
              for (guint i = 0; i < c->len; i++)
                {
                  if (mask != NULL && !mask[i])
                    continue;
                  if (c->v[i] != 0.0)
                    any_true = TRUE;
                  else
                    any_false = TRUE;
                }

            if (!any_false || !any_true)
              {
                /* Lazy: only the branch taken is evaluated. */
                sp--;
                if (!any_true)
                  {
                    pc = in->arg;
                    continue;
                  }
                break;
              }

            g_assert (n_frames < G_N_ELEMENTS (frames));
            frames[n_frames].endif_pc = in->aux2 - 1;
            frames[n_frames].cond_index = sp - 1;
            frames[n_frames].saved_mask = mask;
            {
              guint8 *m = vm->masks + (gsize) n_frames * width;
              for (guint i = 0; i < c->len; i++)
                m[i] = (mask == NULL || mask[i]) && c->v[i] != 0.0;
              mask = m;
            }
            n_frames++;
          }
          break;

        case OP_ELSE:
          if (n_frames > 0 && frames[n_frames - 1].endif_pc == in->arg - 1)
            {
              const Slot *c = &stack[frames[n_frames - 1].cond_index];
              const guint8 *parent = frames[n_frames - 1].saved_mask;
              guint8 *m = vm->masks + (gsize) (n_frames - 1) * width;

              for (guint i = 0; i < c->len; i++)
                m[i] = (parent == NULL || parent[i]) && c->v[i] == 0.0;
              mask = m;
              break;
            }
          pc = in->arg;
          continue;

        case OP_ENDIF:
          if (n_frames > 0 && frames[n_frames - 1].endif_pc == pc)
            {
              guint ci = frames[n_frames - 1].cond_index;
              Slot *c = &stack[ci], *a = &stack[ci + 1], *b = &stack[ci + 2];
              double *buf = BUF (ci);
              guint len;

              mask = frames[n_frames - 1].saved_mask;
              n_frames--;
              if (a->kind == SLOT_ERROR || b->kind == SLOT_ERROR)
                *c = a->kind == SLOT_ERROR ? *a : *b;
              else if (common_len (vm, (Slot[]) { *c, *a, *b }, 3, &len, c, "IF"))
                {
                  for (guint i = 0; i < len; i++)
                    buf[i] = c->v[i] != 0.0 ? elem (a, i) : elem (b, i);
                  c->v = buf;
                  c->len = len;
                }
              sp = ci + 1;
            }
          break;

        case OP_IFERROR:
          if (stack[sp - 1].kind != SLOT_ERROR)
            {
              pc = in->arg;
              continue;
            }
          sp--;
          break;

        case OP_UNMASK:
          g_assert (n_saved < G_N_ELEMENTS (saved_masks));
          saved_masks[n_saved++] = mask;
          mask = NULL;
          break;

        case OP_REMASK:
          g_assert (n_saved > 0);
          mask = saved_masks[--n_saved];
          break;

        default:
          g_assert_not_reached ();
        }
      pc++;
    }

#undef BUF

  g_assert (sp == 1);
  *result = stack[0];
}
