/* vw-compile.c: syntax tree → bytecode
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A stack machine: every instruction works on whole values (a scalar or a series), so one
 * dispatch does the work of N+1 spreadsheet cells. That is what makes it fast, not clever
 * dispatch (bench/bench-engine.c).
 */

#define G_LOG_DOMAIN "vw-compile"

#include <glib/gi18n.h>
#include <string.h>

#include "vw-engine-private.h"
#include "vw-formula.h"

typedef struct
{
  const char   *text;
  GArray       *code;     /* Instr */
  GArray       *consts;   /* double */
  GArray       *arrays;   /* ConstArray */
  GPtrArray    *texts;
  GPtrArray    *errors;
  GArray       *deps;     /* Dep */
  guint         depth, max_depth;
  guint         if_depth, max_if_depth;
  guint         max_array;
  NameResolver  resolve;
  gpointer      user_data;
  GError       *error;
} Compiler;

static void
push_depth (Compiler *c,
            int       delta)
{
  c->depth += delta;
  c->max_depth = MAX (c->max_depth, c->depth);
}

static guint
emit (Compiler *c,
      OpCode    op,
      guint     argc,
      guint32   arg)
{
  Instr in = { op, argc, arg, G_MAXUINT32, 0 };
  g_array_append_val (c->code, in);
  return c->code->len - 1;
}

static guint32
add_text (Compiler *c,
          guint     start,
          guint     end)
{
  g_ptr_array_add (c->texts, g_strndup (c->text + start, end - start));
  return c->texts->len - 1;
}

static void
emit_const (Compiler *c,
            double    v)
{
  g_array_append_val (c->consts, v);
  emit (c, OP_CONST, 0, c->consts->len - 1);
  push_depth (c, 1);
}

static void
emit_error (Compiler    *c,
            VwErrorKind  kind,
            char        *message)
{
  g_ptr_array_add (c->errors, vw_err_new (kind, message));
  emit (c, OP_ERROR, 0, c->errors->len - 1);
  push_depth (c, 1);
}

static void compile_node (Compiler *c, Node *n);

static gboolean
is_number_literal (Node   *n,
                   double *out)
{
  if (n->type == NODE_NUMBER)
    {
      *out = n->number;
      return TRUE;
    }
  if (n->type == NODE_UNARY && n->op == '-' && n->kids[0]->type == NODE_NUMBER)
    {
      *out = -n->kids[0]->number;
      return TRUE;
    }
  return FALSE;
}

static void
compile_name (Compiler *c,
              Node     *n)
{
  int var = -1, alt = -1;
  char *message = NULL;
  VwErrorKind kind;

  if (n->alt == NULL)
    {
      if (strcmp (n->name, "T") == 0)
        {
          emit (c, OP_T, 0, 0);
          push_depth (c, 1);
          return;
        }
      if (g_ascii_strcasecmp (n->name, "TRUE") == 0 || g_ascii_strcasecmp (n->name, "FALSE") == 0)
        {
          emit_const (c, g_ascii_strcasecmp (n->name, "TRUE") == 0 ? 1.0 : 0.0);
          return;
        }
    }

  kind = c->resolve != NULL
           ? c->resolve (n->name, n->alt, &var, &alt, &message, c->user_data)
           : VW_ERROR_NAME;
  if (kind != VW_ERROR_NONE)
    {
      if (message == NULL)
        message = g_strdup_printf (_("unknown name “%s”"), n->name);
      emit_error (c, kind, message);
      return;
    }
  {
    Dep d = { var, n->alt != NULL ? alt : -1 };
    g_array_append_val (c->deps, d);
  }
  if (n->alt != NULL)
    {
      guint i = emit (c, OP_LOAD_ALT, 0, var);
      g_array_index (c->code, Instr, i).aux2 = alt;
    }
  else
    emit (c, OP_LOAD, 0, var);
  push_depth (c, 1);
}

static void
compile_if (Compiler *c,
            Node     *n)
{
  guint if_at, else_at, endif_at;

  if (n->n_kids < 2 || n->n_kids > 3)
    {
      g_set_error (&c->error, VW_FORMULA_ERROR, VW_FORMULA_ERROR_ARGUMENTS,
                   _("IF needs 2 or 3 arguments: IF(condition, value if true, value if false)"));
      return;
    }
  compile_node (c, n->kids[0]);
  if_at = emit (c, OP_IF, 0, 0);
  g_array_index (c->code, Instr, if_at).aux = add_text (c, n->kids[0]->start, n->kids[0]->end);
  c->if_depth++;
  c->max_if_depth = MAX (c->max_if_depth, c->if_depth);
  if (c->if_depth > VW_MAX_IF_DEPTH)
    {
      g_set_error (&c->error, VW_FORMULA_ERROR, VW_FORMULA_ERROR_SYNTAX,
                   _("More than %d IFs inside each other"), VW_MAX_IF_DEPTH);
      return;
    }
  /* The condition may stay on the stack under both branches (element-wise IF). */
  compile_node (c, n->kids[1]);
  else_at = emit (c, OP_ELSE, 0, 0);
  if (n->n_kids == 3)
    compile_node (c, n->kids[2]);
  else
    emit_const (c, 0.0);
  endif_at = emit (c, OP_ENDIF, 0, 0);
  c->if_depth--;
  /* condition, then-value and else-value become one value */
  c->depth -= 2;

  /* Scalar false: straight to the else-branch; scalar true: past ENDIF. */
  g_array_index (c->code, Instr, if_at).arg = else_at + 1;
  g_array_index (c->code, Instr, if_at).aux2 = endif_at + 1;
  g_array_index (c->code, Instr, else_at).arg = endif_at + 1;
}

static void
compile_call (Compiler *c,
              Node     *n)
{
  const Builtin *b;
  guint index, argc = n->n_kids;

  if (g_ascii_strcasecmp (n->name, "IF") == 0)
    {
      compile_if (c, n);
      return;
    }
  if (g_ascii_strcasecmp (n->name, "IFERROR") == 0)
    {
      guint at;

      if (argc != 2)
        {
          g_set_error (&c->error, VW_FORMULA_ERROR, VW_FORMULA_ERROR_ARGUMENTS,
                       _("IFERROR needs 2 arguments: IFERROR(value, value if error)"));
          return;
        }
      compile_node (c, n->kids[0]);
      at = emit (c, OP_IFERROR, 0, 0);
      c->depth--;
      compile_node (c, n->kids[1]);
      g_array_index (c->code, Instr, at).arg = c->code->len;
      return;
    }

  b = vw_builtin_lookup (n->name, &index);
  if (b == NULL)
    {
      emit_error (c, VW_ERROR_NAME, g_strdup_printf (_("unknown function “%s”"), n->name));
      return;
    }
  if (argc < b->min_args || (b->max_args != 255 && argc > b->max_args))
    {
      if (b->min_args == b->max_args)
        g_set_error (&c->error, VW_FORMULA_ERROR, VW_FORMULA_ERROR_ARGUMENTS,
                     g_dngettext (GETTEXT_PACKAGE, "%s needs %u argument, found %u",
                                  "%s needs %u arguments, found %u", b->min_args),
                     b->name, b->min_args, argc);
      else
        g_set_error (&c->error, VW_FORMULA_ERROR, VW_FORMULA_ERROR_ARGUMENTS,
                     _("%s needs %u to %u arguments, found %u"),
                     b->name, b->min_args, b->max_args, argc);
      return;
    }
  /* Inside an element-wise IF, a whole-value function (SUM, NPV…) must see its argument in
   * every period, errors included, as a spreadsheet would: not the branch's masked copy. */
  if (b->slot != NULL && c->if_depth > 0)
    emit (c, OP_UNMASK, 0, 0);
  for (guint i = 0; i < argc; i++)
    compile_node (c, n->kids[i]);
  if (b->slot != NULL && c->if_depth > 0)
    emit (c, OP_REMASK, 0, 0);
  /* Element-wise functions get their optional arguments' defaults as constants. */
  if (b->scalar != NULL)
    for (; argc < b->max_args; argc++)
      emit_const (c, b->defaults[argc]);
  {
    guint at = emit (c, OP_CALL, argc, index);
    g_array_index (c->code, Instr, at).aux = add_text (c, n->start, n->end);
  }
  /* Slot functions write to the buffer just above their arguments. */
  push_depth (c, 1);
  c->depth -= argc;
}

static void
compile_node (Compiler *c,
              Node     *n)
{
  if (c->error != NULL)
    return;

  switch (n->type)
    {
    case NODE_NUMBER:
      emit_const (c, n->number);
      break;

    case NODE_NAME:
      compile_name (c, n);
      break;

    case NODE_UNARY:
      compile_node (c, n->kids[0]);
      {
        guint at = emit (c, n->op == '-' ? OP_NEG : OP_PERCENT, 0, 0);
        g_array_index (c->code, Instr, at).aux = add_text (c, n->start, n->end);
      }
      break;

    case NODE_BINARY:
      compile_node (c, n->kids[0]);
      compile_node (c, n->kids[1]);
      {
        guint at = emit (c, OP_BIN, 0, n->op);
        /* A division names its divisor ("capacity_mw is 0"); the others name themselves. */
        Node *named = n->op == BIN_DIV ? n->kids[1] : n;
        g_array_index (c->code, Instr, at).aux = add_text (c, named->start, named->end);
      }
      c->depth--;
      break;

    case NODE_CALL:
      compile_call (c, n);
      break;

    case NODE_ARRAY:
      {
        gboolean literal = n->n_kids > 0;
        double v;

        c->max_array = MAX (c->max_array, n->n_kids);
        for (guint i = 0; i < n->n_kids && literal; i++)
          literal = is_number_literal (n->kids[i], &v);
        if (literal)
          {
            ConstArray a = { n->n_kids, g_new (double, n->n_kids) };
            for (guint i = 0; i < n->n_kids; i++)
              is_number_literal (n->kids[i], &a.v[i]);
            g_array_append_val (c->arrays, a);
            emit (c, OP_ARRAY_CONST, 0, c->arrays->len - 1);
            push_depth (c, 1);
          }
        else
          {
            guint at;
            for (guint i = 0; i < n->n_kids; i++)
              compile_node (c, n->kids[i]);
            at = emit (c, OP_ARRAY, n->n_kids, 0);
            g_array_index (c->code, Instr, at).aux = add_text (c, n->start, n->end);
            push_depth (c, 1);
            c->depth -= n->n_kids;
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

Code *
vw_code_compile (const char    *text,
                 NameResolver   resolve,
                 gpointer       user_data,
                 GError       **error)
{
  Compiler c = { 0 };
  Node *root;
  Code *code;

  root = vw_formula_parse (text, error);
  if (root == NULL)
    return NULL;

  c.text = text;
  c.code = g_array_new (FALSE, FALSE, sizeof (Instr));
  c.consts = g_array_new (FALSE, FALSE, sizeof (double));
  c.arrays = g_array_new (FALSE, FALSE, sizeof (ConstArray));
  c.texts = g_ptr_array_new ();
  c.errors = g_ptr_array_new ();
  c.deps = g_array_new (FALSE, FALSE, sizeof (Dep));
  c.resolve = resolve;
  c.user_data = user_data;
  compile_node (&c, root);
  vw_node_free (root);

  code = g_new0 (Code, 1);
  code->n_code = c.code->len;
  code->code = (Instr *) g_array_free (c.code, FALSE);
  code->consts = (double *) g_array_free (c.consts, FALSE);
  code->n_arrays = c.arrays->len;
  code->arrays = (ConstArray *) g_array_free (c.arrays, FALSE);
  g_ptr_array_add (c.texts, NULL);
  code->texts = (char **) g_ptr_array_free (c.texts, FALSE);
  code->n_errors = c.errors->len;
  code->errors = (VwErr **) g_ptr_array_free (c.errors, FALSE);
  code->n_deps = c.deps->len;
  code->deps = (Dep *) g_array_free (c.deps, FALSE);
  code->max_stack = c.max_depth + 2;
  code->max_if_depth = c.max_if_depth;
  code->max_array = c.max_array;

  if (c.error != NULL)
    {
      g_propagate_error (error, c.error);
      vw_code_free (code);
      return NULL;
    }
  return code;
}

void
vw_code_free (Code *code)
{
  if (code == NULL)
    return;
  g_free (code->code);
  g_free (code->consts);
  for (guint i = 0; i < code->n_arrays; i++)
    g_free (code->arrays[i].v);
  g_free (code->arrays);
  g_strfreev (code->texts);
  for (guint i = 0; i < code->n_errors; i++)
    vw_err_unref (code->errors[i]);
  g_free (code->errors);
  g_free (code->deps);
  g_free (code);
}
