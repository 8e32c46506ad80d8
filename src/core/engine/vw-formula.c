/* vw-formula.c: the formula language, parsed to a syntax tree and compiled to bytecode
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The grammar (docs/formulas.md):
 *   expr    := compare
 *   compare := sum (("=" | "<>" | "<" | "<=" | ">" | ">=") sum)*
 *   sum     := product (("+" | "-") product)*
 *   product := unary (("*" | "/") unary)*
 *   unary   := ("-" | "+") unary | power
 *   power   := postfix ("^" unary)?          right-associative; -2^2 = -4
 *   postfix := primary "%"*
 *   primary := number | name ["@" name] | name "(" args ")" | "[" args "]" | "(" expr ")"
 */

#define G_LOG_DOMAIN "vw-formula"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vw-engine-private.h"
#include "vw-formula.h"

G_DEFINE_QUARK (vw-formula-error-quark, vw_formula_error)

#define MAX_DEPTH 200

typedef struct
{
  const char *text;
  guint       pos;
  guint       depth;
  GError     *error;
} Parser;

static Node *parse_expr (Parser *p);

static void
node_add_kid (Node *n,
              Node *kid)
{
  n->kids = g_renew (Node *, n->kids, n->n_kids + 1);
  n->kids[n->n_kids++] = kid;
}

void
vw_node_free (Node *node)
{
  if (node == NULL)
    return;
  for (guint i = 0; i < node->n_kids; i++)
    vw_node_free (node->kids[i]);
  g_free (node->kids);
  g_free (node->name);
  g_free (node->alt);
  g_free (node);
}

static Node *
node_new (NodeType type,
          guint    start)
{
  Node *n = g_new0 (Node, 1);
  n->type = type;
  n->start = start;
  n->end = start;
  return n;
}

static void
fail (Parser     *p,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
fail (Parser     *p,
      const char *format,
      ...)
{
  g_autofree char *msg = NULL;
  va_list args;

  if (p->error != NULL)
    return;
  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  /* Columns count characters from 1, as an editor shows them. */
  p->error = g_error_new (VW_FORMULA_ERROR, VW_FORMULA_ERROR_SYNTAX, _("Column %ld: %s"),
                          g_utf8_pointer_to_offset (p->text, p->text + p->pos) + 1, msg);
}

/* The whole character at the position (a byte of “é” alone would not be valid UTF-8). */
static char *
char_at (Parser *p)
{
  const char *c = p->text + p->pos;
  return g_strndup (c, g_utf8_next_char (c) - c);
}

static void
skip_space (Parser *p)
{
  while (p->text[p->pos] == ' ' || p->text[p->pos] == '\t' ||
         p->text[p->pos] == '\n' || p->text[p->pos] == '\r')
    p->pos++;
}

static gboolean
accept (Parser     *p,
        const char *tok)
{
  gsize len = strlen (tok);

  skip_space (p);
  if (strncmp (p->text + p->pos, tok, len) != 0)
    return FALSE;
  /* "<" must not eat the start of "<=" or "<>" */
  if (len == 1 && (tok[0] == '<' || tok[0] == '>') &&
      (p->text[p->pos + 1] == '=' || (tok[0] == '<' && p->text[p->pos + 1] == '>')))
    return FALSE;
  p->pos += len;
  return TRUE;
}

static gboolean
is_ident_start (char c)
{
  return g_ascii_isalpha (c) || c == '_';
}

static gboolean
is_ident_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

static char *
lex_ident (Parser *p)
{
  guint start = p->pos;

  while (is_ident_char (p->text[p->pos]) ||
         /* Dotted function names such as NORM.S.INV: a dot followed by a letter. */
         (p->text[p->pos] == '.' && is_ident_start (p->text[p->pos + 1])))
    p->pos++;
  return g_strndup (p->text + start, p->pos - start);
}

static Node *
parse_args (Parser *p,
            Node   *n,
            char    close)
{
  char close_str[2] = { close, 0 };

  if (accept (p, close_str))
    return n;
  for (;;)
    {
      Node *arg = parse_expr (p);
      if (arg == NULL)
        {
          vw_node_free (n);
          return NULL;
        }
      node_add_kid (n, arg);
      /* ";" is accepted too, as typed in LibreOffice. */
      if (accept (p, ",") || accept (p, ";"))
        continue;
      if (accept (p, close_str))
        return n;
      fail (p, _("expected “,” or “%c”"), close);
      vw_node_free (n);
      return NULL;
    }
}

static Node *
parse_primary (Parser *p)
{
  Node *n;
  char c;

  skip_space (p);
  c = p->text[p->pos];

  if (g_ascii_isdigit (c) || (c == '.' && g_ascii_isdigit (p->text[p->pos + 1])))
    {
      const char *start = p->text + p->pos;
      char *end = NULL;
      double v;

      /* Digits, one dot, an optional exponent: no hex, no "inf", no locale. */
      guint i = 0;
      while (g_ascii_isdigit (start[i]))
        i++;
      if (start[i] == '.')
        for (i++; g_ascii_isdigit (start[i]); i++)
          ;
      if ((start[i] == 'e' || start[i] == 'E') &&
          (g_ascii_isdigit (start[i + 1]) ||
           ((start[i + 1] == '+' || start[i + 1] == '-') && g_ascii_isdigit (start[i + 2]))))
        {
          i += 2;
          while (g_ascii_isdigit (start[i]))
            i++;
        }
      {
        g_autofree char *num = g_strndup (start, i);
        v = g_ascii_strtod (num, &end);
      }
      if (!isfinite (v))
        {
          fail (p, _("the number is too large"));
          return NULL;
        }
      n = node_new (NODE_NUMBER, p->pos);
      n->number = v;
      p->pos += i;
      n->end = p->pos;
      return n;
    }

  if (is_ident_start (c))
    {
      guint start = p->pos;
      char *name = lex_ident (p);

      skip_space (p);
      if (p->text[p->pos] == '(')
        {
          p->pos++;
          n = node_new (NODE_CALL, start);
          n->name = name;
          n = parse_args (p, n, ')');
          if (n != NULL)
            n->end = p->pos;
          return n;
        }
      if (strchr (name, '.') != NULL)
        {
          p->pos = start;
          fail (p, _("“%s” is not a name (names are letters, digits and “_”)"), name);
          g_free (name);
          return NULL;
        }
      n = node_new (NODE_NAME, start);
      n->name = name;
      if (p->text[p->pos] == '@')
        {
          p->pos++;
          if (!is_ident_start (p->text[p->pos]))
            {
              fail (p, _("expected the id of an alternative after “@”"));
              vw_node_free (n);
              return NULL;
            }
          n->alt = lex_ident (p);
        }
      n->end = p->pos;
      return n;
    }

  if (c == '(')
    {
      guint start = p->pos++;
      n = parse_expr (p);
      if (n != NULL && !accept (p, ")"))
        {
          fail (p, _("expected “)”"));
          vw_node_free (n);
          return NULL;
        }
      /* Messages quote the parentheses too: "(b - c) is 0". */
      if (n != NULL)
        {
          n->start = start;
          n->end = p->pos;
        }
      return n;
    }

  if (c == '[')
    {
      guint start = p->pos++;
      if (accept (p, "]"))
        {
          fail (p, _("an array needs at least one value"));
          return NULL;
        }
      n = node_new (NODE_ARRAY, start);
      n = parse_args (p, n, ']');
      if (n != NULL)
        n->end = p->pos;
      return n;
    }

  if (c == '\0')
    fail (p, _("the formula ends too early"));
  else
    {
      g_autofree char *ch = char_at (p);
      fail (p, _("unexpected “%s”"), ch);
    }
  return NULL;
}

static Node *
parse_unary (Parser *p);

static Node *
parse_power (Parser *p)
{
  Node *base = parse_primary (p);

  while (base != NULL && accept (p, "%"))
    {
      Node *n = node_new (NODE_UNARY, base->start);
      n->op = '%';
      node_add_kid (n, base);
      n->end = p->pos;
      base = n;
    }
  if (base != NULL && accept (p, "^"))
    {
      Node *n = node_new (NODE_BINARY, base->start);
      Node *rhs = parse_unary (p);
      n->op = BIN_POW;
      node_add_kid (n, base);
      if (rhs == NULL)
        {
          vw_node_free (n);
          return NULL;
        }
      node_add_kid (n, rhs);
      n->end = rhs->end;
      return n;
    }
  return base;
}

static Node *
parse_unary (Parser *p)
{
  guint start;

  skip_space (p);
  start = p->pos;
  if (++p->depth > MAX_DEPTH)
    {
      fail (p, _("the formula is nested too deeply"));
      return NULL;
    }
  if (accept (p, "-") || accept (p, "+"))
    {
      char op = p->text[p->pos - 1];
      Node *kid = parse_unary (p);
      Node *n;

      p->depth--;
      if (kid == NULL)
        return NULL;
      if (op == '+')
        return kid;
      n = node_new (NODE_UNARY, start);
      n->op = '-';
      node_add_kid (n, kid);
      n->end = kid->end;
      return n;
    }
  {
    Node *n = parse_power (p);
    p->depth--;
    return n;
  }
}

typedef struct
{
  const char *tok;
  BinOp       op;
} OpTok;

static Node *
parse_level (Parser      *p,
             int          level);

static const OpTok levels[3][6] = {
  { { "<=", BIN_LE }, { ">=", BIN_GE }, { "<>", BIN_NE }, { "=", BIN_EQ }, { "<", BIN_LT }, { ">", BIN_GT } },
  { { "+", BIN_ADD }, { "-", BIN_SUB } },
  { { "*", BIN_MUL }, { "/", BIN_DIV } },
};

static Node *
parse_level (Parser *p,
             int     level)
{
  Node *lhs;

  if (level == 3)
    return parse_unary (p);
  lhs = parse_level (p, level + 1);
  while (lhs != NULL)
    {
      const OpTok *found = NULL;

      for (guint i = 0; i < 6 && levels[level][i].tok != NULL; i++)
        if (accept (p, levels[level][i].tok))
          {
            found = &levels[level][i];
            break;
          }
      if (found == NULL)
        break;
      {
        Node *rhs = parse_level (p, level + 1);
        Node *n;

        if (rhs == NULL)
          {
            vw_node_free (lhs);
            return NULL;
          }
        n = node_new (NODE_BINARY, lhs->start);
        n->op = found->op;
        node_add_kid (n, lhs);
        node_add_kid (n, rhs);
        n->end = rhs->end;
        lhs = n;
      }
    }
  return lhs;
}

static Node *
parse_expr (Parser *p)
{
  Node *n;

  if (++p->depth > MAX_DEPTH)
    {
      fail (p, _("the formula is nested too deeply"));
      return NULL;
    }
  n = parse_level (p, 0);
  p->depth--;
  return n;
}

Node *
vw_formula_parse (const char  *text,
                  GError     **error)
{
  Parser p = { text, 0, 0, NULL };
  Node *n;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, VW_FORMULA_ERROR, VW_FORMULA_ERROR_SYNTAX,
                   _("The formula is not valid UTF-8 text"));
      return NULL;
    }
  n = parse_expr (&p);
  if (n != NULL)
    {
      skip_space (&p);
      if (p.text[p.pos] != '\0')
        {
          g_autofree char *ch = char_at (&p);
          fail (&p, _("unexpected “%s” after the end of the formula"), ch);
          vw_node_free (n);
          n = NULL;
        }
    }
  if (n == NULL)
    {
      g_propagate_error (error, p.error);
      return NULL;
    }
  return n;
}

gboolean
vw_formula_check (const char  *text,
                  GError     **error)
{
  Node *n;

  g_return_val_if_fail (text != NULL, FALSE);

  n = vw_formula_parse (text, error);
  vw_node_free (n);
  return n != NULL;
}
