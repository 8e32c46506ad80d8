/* vw-vwb-walk.c: from a parsed tree to a VwDocument, checking everything on the way
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The field tables of the model say which attributes each element has and what they hold, so
 * this walk can name the line, the item and the cause of every problem in a seller's words
 * ("Line 12: the baseline of KPI ‘oee’ must be a number written with a dot, like 12.5; found
 * ‘12,5’"), which a schema validator cannot.
 */

#define G_LOG_DOMAIN "vw-vwb"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "vw-number.h"
#include "vw-vwb-private.h"

#define MAX_STRING_BYTES (1024 * 1024)
#define MAX_TABLE_SIZE   VW_MAX_ELEMENTS  /* a snapshot holds every input of every alternative */

typedef struct
{
  const char *container;
  VwItemKind  kind;
} ContainerInfo;

static const ContainerInfo containers[] = {
  { "alternatives", VW_ITEM_ALTERNATIVE },
  { "stakeholders", VW_ITEM_STAKEHOLDER },
  { "stack", VW_ITEM_STATEMENT },
  { "kpis", VW_ITEM_KPI },
  { "elements", VW_ITEM_ELEMENT },
  { "variables", VW_ITEM_VARIABLE },
  { "scenarios", VW_ITEM_SCENARIO },
  { "verification", VW_ITEM_VERIFICATION },
  { "snapshots", VW_ITEM_SNAPSHOT },
  { "vision", VW_ITEM_VISION },
};

static guint
line (xmlNodePtr node)
{
  long l = xmlGetLineNo (node);

  return l > 0 ? (guint) l : 1;
}

static gboolean
ours (xmlNodePtr node)
{
  return node->ns != NULL && node->ns->href != NULL
         && strcmp ((const char *) node->ns->href, VW_VWB_NAMESPACE) == 0;
}

static gboolean
is_named (xmlNodePtr  node,
          const char *name)
{
  return strcmp ((const char *) node->name, name) == 0;
}

/* Text between our elements may only be whitespace. Returns FALSE after too many elements. */
static gboolean
check_node (VwLoader   *loader,
            xmlNodePtr  node,
            xmlNodePtr  parent)
{
  if (node->type == XML_ELEMENT_NODE)
    {
      if (++loader->n_elements > VW_MAX_ELEMENTS)
        {
          if (loader->n_elements == VW_MAX_ELEMENTS + 1)
            vw_loader_problem (loader, VW_IO_ERROR_TOO_LARGE, line (node),
                               _("The file holds more than %d elements; a value case never does."),
                               VW_MAX_ELEMENTS);
          return FALSE;
        }
      return TRUE;
    }

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      const char *text = (const char *) node->content;

      for (const char *p = text ? text : ""; *p; p++)
        if (!g_ascii_isspace (*p))
          {
            g_autofree char *shown = g_utf8_substring (p, 0, MIN (20, g_utf8_strlen (p, -1)));

            g_strdelimit (shown, "\r\n", '\0');

            if (!loader->lenient)
              vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                                 _("Unexpected text “%s” inside ‘%s’."), shown,
                                 (const char *) parent->name);
            break;
          }
      return TRUE;
    }

  if (node->type == XML_COMMENT_NODE || node->type == XML_PI_NODE)
    return TRUE;

  if (!loader->lenient)
    vw_loader_problem (loader, VW_IO_ERROR_FORBIDDEN, line (node),
                       _("This file holds something a Value Workbench file never contains "
                         "(an entity or an unknown node)."));
  return TRUE;
}

static char *
describe (VwItem *item)
{
  if (VW_IS_META (item))
    return g_strdup (_("the case"));

  return g_strdup_printf ("%s ‘%s’", _(VW_ITEM_GET_CLASS (item)->noun), vw_item_get_id (item));
}

/* "The stakeholder ‘cfo’", "The case": the subject of a sentence. */
static char *
subject (VwItem *item)
{
  if (VW_IS_META (item))
    return g_strdup (_("The case"));

  return g_strdup_printf (_("The %s ‘%s’"), _(VW_ITEM_GET_CLASS (item)->noun), vw_item_get_id (item));
}

/* The element's name as written, with its prefix: "xi:include". */
static char *
qname (xmlNodePtr node)
{
  if (node->ns != NULL && node->ns->prefix != NULL)
    return g_strdup_printf ("%s:%s", (const char *) node->ns->prefix, (const char *) node->name);

  return g_strdup ((const char *) node->name);
}

static gboolean
parse_int (const char *text,
           gint64     *value)
{
  const char *p = text;
  char *end = NULL;

  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p) || (p[0] == '0' && p[1] != '\0') || strlen (p) > 12)
    return FALSE;
  for (const char *q = p; *q; q++)
    if (!g_ascii_isdigit (*q))
      return FALSE;

  *value = g_ascii_strtoll (text, &end, 10);
  return *end == '\0';
}

static gboolean
parse_date (const char *text)
{
  int y, m, d;
  char tail;

  if (strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3
      || text[4] != '-' || text[7] != '-')
    return FALSE;

  return y >= 1 && y <= 9999 && g_date_valid_dmy (d, m, y);
}

static gboolean
parse_datetime (const char *text)
{
  g_autoptr(GDateTime) dt = NULL;
  gsize len = strlen (text);

  /* g_date_time_new_from_iso8601 accepts a time zone given separately: we require it in text */
  if (len < 20 || len > 40 || !(text[len - 1] == 'Z' || strchr (text + 19, '+') || strchr (text + 19, '-')))
    return FALSE;
  dt = g_date_time_new_from_iso8601 (text, NULL);

  return dt != NULL;
}

static char **
split_ids (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, " ", -1);
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();

  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      g_strv_builder_add (b, parts[i]);

  return g_strv_builder_end (b);
}

static char *
choices_list (const char * const *choices)
{
  return g_strjoinv (", ", (char **) choices);
}

/* Parses one attribute into @item's field @f. */
static void
parse_field (VwLoader          *loader,
             xmlNodePtr         node,
             VwItem            *item,
             guint              index,
             const VwFieldInfo *f,
             const char        *text)
{
  g_autofree char *what = NULL;
  VwFieldValue v = { .set = TRUE };
  guint l = 0;

  /* Only a problem needs these; most files have none, and a 5 MB file has 200 000 fields. */
#define NEED_MESSAGE() G_STMT_START { what = describe (item); l = line (node); } G_STMT_END

  switch (f->type)
    {
    case VW_FIELD_STRING:
      if (strlen (text) > MAX_STRING_BYTES)
        {
          NEED_MESSAGE ();
          vw_loader_problem (loader, VW_IO_ERROR_TOO_LARGE, l,
                             _("The %s of %s is longer than 1 MB."), _(f->label), what);
          return;
        }
      if (strcmp (f->name, "currency") == 0
          && !(strlen (text) == 3 && g_ascii_isupper (text[0]) && g_ascii_isupper (text[1])
               && g_ascii_isupper (text[2])))
        {
          NEED_MESSAGE ();
          vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                             _("The currency must be a three-letter ISO 4217 code like EUR; "
                               "found ‘%s’."), text);
          return;
        }
      v.s = (char *) text;
      break;

    case VW_FIELD_ENUM:
      if (!g_strv_contains (f->choices, text))
        {
          g_autofree char *list = choices_list (f->choices);

          if (!loader->lenient)
            {
              NEED_MESSAGE ();
              vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                                 _("‘%s’ is not a valid %s of %s; use one of: %s."),
                                 text, _(f->label), what, list);
            }
          return;
        }
      v.s = (char *) text;
      break;

    case VW_FIELD_INT:
      if (!parse_int (text, &v.i) || (f->min <= f->max && (v.i < f->min || v.i > f->max)))
        {
          NEED_MESSAGE ();
          if (f->min <= f->max)
            vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                               _("The %s of %s must be a whole number from %.0f to %.0f; "
                                 "found ‘%s’."), _(f->label), what, f->min, f->max, text);
          else
            vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                               _("The %s of %s must be a whole number; found ‘%s’."),
                               _(f->label), what, text);
          return;
        }
      break;

    case VW_FIELD_DOUBLE:
      switch (vw_number_parse (text, &v.d))
        {
        case VW_NUMBER_OK:
          break;
        case VW_NUMBER_TOO_LARGE:
          NEED_MESSAGE ();
          vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                             _("The %s of %s is too large to be a number: ‘%s’."),
                             _(f->label), what, text);
          return;
        case VW_NUMBER_TOO_SMALL:
          NEED_MESSAGE ();
          vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                             _("The %s of %s is too close to zero to be stored: ‘%s’."),
                             _(f->label), what, text);
          return;
        case VW_NUMBER_SYNTAX:
        default:
          NEED_MESSAGE ();
          vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                             _("The %s of %s must be a number written with a dot, like 12.5; "
                               "found ‘%s’."), _(f->label), what, text);
          return;
        }
      break;

    case VW_FIELD_BOOL:
      if (strcmp (text, "true") != 0 && strcmp (text, "false") != 0)
        {
          NEED_MESSAGE ();
          vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                             _("The %s of %s must be true or false; found ‘%s’."),
                             _(f->label), what, text);
          return;
        }
      v.i = strcmp (text, "true") == 0;
      break;

    case VW_FIELD_REF:
    case VW_FIELD_ID:
      if (!vw_id_is_valid (text))
        {
          NEED_MESSAGE ();
          vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                             _("The %s of %s must be an id (lower-case letters, digits and _); "
                               "found ‘%s’."), _(f->label), what, text);
          return;
        }
      v.s = (char *) text;
      break;

    case VW_FIELD_REFS:
      v.v = split_ids (text);
      for (guint i = 0; v.v[i]; i++)
        if (!vw_id_is_valid (v.v[i]))
          {
            NEED_MESSAGE ();
            vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                               _("The %s of %s must be ids separated by spaces; found ‘%s’."),
                               _(f->label), what, v.v[i]);
            g_strfreev (v.v);
            return;
          }
      vw_item_set_value (item, index, &v);
      g_strfreev (v.v);
      return;

    case VW_FIELD_DATE:
      if (!parse_date (text))
        {
          NEED_MESSAGE ();
          vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                             _("The %s of %s must be a date like 2027-01-31; found ‘%s’."),
                             _(f->label), what, text);
          return;
        }
      v.s = (char *) text;
      break;

    case VW_FIELD_DATETIME:
      if (!parse_datetime (text))
        {
          NEED_MESSAGE ();
          vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                             _("The %s of %s must be a date and time like 2026-11-24T09:30:00Z; "
                               "found ‘%s’."), _(f->label), what, text);
          return;
        }
      v.s = (char *) text;
      break;

    default:
      g_assert_not_reached ();
    }

  vw_item_set_value (item, index, &v);
#undef NEED_MESSAGE
}

static char *
attr_value (xmlAttrPtr attr)
{
  xmlChar *raw = xmlNodeListGetString (attr->doc, attr->children, 1);
  char *copy = g_strdup (raw ? (const char *) raw : "");

  xmlFree (raw);
  return copy;
}

/* Reads the attributes of @node into @item (the id was read by the caller). */
static void
parse_attributes (VwLoader   *loader,
                  xmlNodePtr  node,
                  VwItem     *item)
{
  const VwFieldInfo *fields;
  guint n;

  fields = vw_item_get_fields (item, &n);

  for (xmlAttrPtr attr = node->properties; attr != NULL; attr = attr->next)
    {
      g_autofree char *value = NULL;
      int i;

      if (attr->ns == NULL && strcmp ((const char *) attr->name, "id") == 0 && !VW_IS_META (item))
        continue;

      i = attr->ns == NULL ? vw_item_find_field (item, (const char *) attr->name) : -1;
      if (i < 0)
        {
          if (!loader->lenient)
            {
              g_autofree char *what = subject (item);

              vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                                 _("%s has an unknown attribute ‘%s’."), what,
                                 (const char *) attr->name);
            }
          continue;
        }

      value = attr_value (attr);
      parse_field (loader, node, item, i, &fields[i], value);
    }

  for (guint i = 0; i < n; i++)
    if ((fields[i].flags & VW_FIELD_REQUIRED) && !vw_item_peek_value (item, i)->set)
      {
        g_autofree char *what = subject (item);

        vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                           _("%s has no %s."), what, _(fields[i].label));
      }
}

/* <value>, <default> and <override> children of variables, scenarios and snapshots. */
static void
parse_table_entry (VwLoader     *loader,
                   xmlNodePtr    node,
                   VwItem       *item,
                   VwValueTable *table)
{
  g_autofree char *what = NULL;
  g_autofree char *variable = NULL;
  g_autofree char *alternative = NULL;
  g_autofree char *number = NULL;
  const char *key1, *key2;
  double v = 0.0;
  gboolean is_default = FALSE;

  if (VW_IS_VARIABLE (item))
    is_default = is_named (node, "default");
  if (!((VW_IS_VARIABLE (item) && (is_named (node, "value") || is_default))
        || (VW_IS_SCENARIO (item) && is_named (node, "override"))
        || (VW_IS_SNAPSHOT (item) && is_named (node, "value"))))
    {
      if (!loader->lenient && (what = describe (item)) != NULL)
        vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                           _("‘%s’ does not belong inside %s."), (const char *) node->name, what);
      return;
    }

  for (xmlAttrPtr attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;

      if (attr->ns == NULL && strcmp (name, "v") == 0)
        number = attr_value (attr);
      else if (attr->ns == NULL && strcmp (name, "alternative") == 0)
        alternative = attr_value (attr);
      else if (attr->ns == NULL && strcmp (name, "variable") == 0 && !VW_IS_VARIABLE (item))
        variable = attr_value (attr);
      else if (!loader->lenient && (what = what ? what : describe (item)) != NULL)
        vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                           _("A value of %s has an unknown attribute ‘%s’."), what, name);
    }

  if (number == NULL)
    {
      what = what ? what : describe (item);
      vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                         _("A value of %s has no number (v=\"…\")."), what);
      return;
    }
  switch (vw_number_parse (number, &v))
    {
    case VW_NUMBER_OK:
      break;
    case VW_NUMBER_TOO_LARGE:
      what = what ? what : describe (item);
      vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                         _("A value of %s is too large to be a number: ‘%s’."), what, number);
      return;
    case VW_NUMBER_TOO_SMALL:
      what = what ? what : describe (item);
      vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                         _("A value of %s is too close to zero to be stored: ‘%s’."), what, number);
      return;
    case VW_NUMBER_SYNTAX:
    default:
      what = what ? what : describe (item);
      vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                         _("A value of %s must be a number written with a dot, like 12.5; "
                           "found ‘%s’."), what, number);
      return;
    }

  if (alternative != NULL && !vw_id_is_valid (alternative))
    {
      what = what ? what : describe (item);
      vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                         _("A value of %s names the alternative ‘%s’, which is not an id."),
                         what, alternative);
      return;
    }
  if (alternative != NULL
      && vw_document_find (loader->doc, VW_ITEM_ALTERNATIVE, alternative) == NULL)
    {
      what = what ? what : describe (item);
      vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                         _("A value of %s is for ‘%s’, which is not an alternative of this case."),
                         what, alternative);
      return;
    }

  if (VW_IS_VARIABLE (item))
    {
      key1 = alternative ? alternative : "";
      key2 = is_default ? VW_VARIABLE_DEFAULT : VW_VARIABLE_INPUT;
    }
  else
    {
      if (variable == NULL || !vw_id_is_valid (variable))
        {
          what = what ? what : describe (item);
          vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                             _("A value of %s does not name its variable."), what);
          return;
        }
      key1 = variable;
      key2 = alternative ? alternative : "";
    }

  if (vw_value_table_get_size (table) >= MAX_TABLE_SIZE)
    {
      g_autofree char *who = subject (item);

      what = what ? what : describe (item);

      vw_loader_problem (loader, VW_IO_ERROR_TOO_LARGE, line (node),
                         _("%s holds more than %d values."), who, MAX_TABLE_SIZE);
      return;
    }
  vw_value_table_append_unsorted (table, key1, key2, v);
}

static VwValueTable *
table_of (VwItem *item)
{
  if (VW_IS_VARIABLE (item))
    return vw_variable_get_values (VW_VARIABLE (item));
  if (VW_IS_SCENARIO (item))
    return vw_scenario_get_values (VW_SCENARIO (item));
  if (VW_IS_SNAPSHOT (item))
    return vw_snapshot_get_values (VW_SNAPSHOT (item));
  return NULL;
}

static gboolean
walk_item (VwLoader   *loader,
           xmlNodePtr  node,
           VwItemKind  kind)
{
  g_autoptr(VwItem) item = NULL;
  g_autofree char *id = NULL;
  VwValueTable *table;
  VwItem *existing;

  id = (char *) xmlGetNoNsProp (node, (const xmlChar *) "id");
  if (id == NULL || !vw_id_is_valid (id))
    {
      if (id == NULL)
        vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                           _("A %s has no id."), _(vw_item_kind_get_element (kind)));
      else
        vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                           _("‘%s’ is not a valid id: use lower-case letters, digits and _, "
                             "starting with a letter."), id);
      xmlFree (id);
      id = NULL;
      return TRUE;
    }

  item = vw_item_new (kind, id);
  parse_attributes (loader, node, item);

  table = table_of (item);
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (!check_node (loader, child, node))
        return FALSE;
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (table == NULL || !ours (child))
        {
          if (!loader->lenient)
            {
              g_autofree char *what = describe (item);

              vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (child),
                                 _("‘%s’ does not belong inside %s."),
                                 (const char *) child->name, what);
            }
          continue;
        }
      parse_table_entry (loader, child, item, table);
    }

  if (table != NULL && !vw_value_table_sort (table))
    {
      g_autofree char *who = subject (item);

      vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                         _("%s has two values for the same alternative."), who);
    }

  if (VW_IS_VARIABLE (item) && vw_variable_is_formula (VW_VARIABLE (item))
      && (vw_item_get_string (item, "formula") == NULL || !*vw_item_get_string (item, "formula")))
    vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                       _("Variable ‘%s’ is a formula but has no formula."), id);

  existing = vw_document_find (loader->doc, kind, id);
  if (existing != NULL)
    {
      vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                         _("The id ‘%s’ is used twice (also on line %u); each %s needs its own."),
                         id, GPOINTER_TO_UINT (g_hash_table_lookup (loader->lines, existing)),
                         _(VW_ITEM_GET_CLASS (item)->noun));
      return TRUE;
    }

  if (g_list_model_get_n_items (vw_document_get_items (loader->doc, kind)) >= VW_MAX_ITEMS_OF_KIND)
    {
      vw_loader_problem (loader, VW_IO_ERROR_TOO_LARGE, line (node),
                         _("The file holds more than %d items of one kind."), VW_MAX_ITEMS_OF_KIND);
      return FALSE;
    }

  g_hash_table_insert (loader->lines, item, GUINT_TO_POINTER (line (node)));
  vw_document_append_item (loader->doc, item);

  return TRUE;
}

static gboolean
walk_container (VwLoader   *loader,
                xmlNodePtr  node,
                VwItemKind  kind)
{
  const char *element = vw_item_kind_get_element (kind);

  if (node->properties != NULL && !loader->lenient)
    vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (node),
                       _("‘%s’ has attributes; it never has any."), (const char *) node->name);

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (!check_node (loader, child, node))
        return FALSE;
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!ours (child) || !is_named (child, element))
        {
          if (!loader->lenient)
            vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (child),
                               _("‘%s’ does not belong inside ‘%s’."),
                               (const char *) child->name, (const char *) node->name);
          continue;
        }
      if (!walk_item (loader, child, kind))
        return FALSE;
    }

  return TRUE;
}

static void
check_references (VwLoader *loader,
                  VwItem   *item)
{
  const VwFieldInfo *fields;
  guint n;
  guint l = GPOINTER_TO_UINT (g_hash_table_lookup (loader->lines, item));

  fields = vw_item_get_fields (item, &n);
  for (guint i = 0; i < n; i++)
    {
      const VwFieldValue *v = vw_item_peek_value (item, i);
      const char *single[2] = { v->s, NULL };
      const char * const *ids;

      if (!v->set || (fields[i].type != VW_FIELD_REF && fields[i].type != VW_FIELD_REFS))
        continue;

      ids = fields[i].type == VW_FIELD_REF ? single : (const char * const *) v->v;
      for (guint k = 0; ids && ids[k]; k++)
        if (vw_document_find (loader->doc, fields[i].ref_kind, ids[k]) == NULL)
          {
            g_autofree char *what = describe (item);

            vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                               _("The %s of %s names ‘%s’, but there is no %s with that id."),
                               _(fields[i].label), what, ids[k],
                               _(VW_ITEM_CLASS (g_type_class_peek (vw_item_kind_get_type_for (fields[i].ref_kind)))->noun));
          }
    }

  /* Overrides and snapshot values name variables. */
  if (VW_IS_SCENARIO (item) || VW_IS_SNAPSHOT (item))
    {
      VwValueTable *table = table_of (item);

      for (guint e = 0; e < vw_value_table_get_size (table); e++)
        {
          const VwValueEntry *entry = vw_value_table_get_entry (table, e);

          if (vw_document_find_variable (loader->doc, entry->key1) == NULL)
            {
              g_autofree char *what = subject (item);

              vw_loader_problem (loader, VW_IO_ERROR_INVALID, l,
                                 _("%s has a value for ‘%s’, but there is no variable with that id."),
                                 what, entry->key1);
            }
        }
    }
}

gboolean
vw_loader_walk (VwLoader   *loader,
                xmlNodePtr  root)
{
  g_autofree char *version = NULL;
  g_autofree char *kind = NULL;
  guint next_container = 0;
  gboolean saw_meta = FALSE;
  guint n_alternatives;
  gint64 v = 0;

  if (root == NULL || !is_named (root, "value-case"))
    {
      g_autofree char *name = root ? qname (root) : g_strdup ("");

      vw_loader_problem (loader, VW_IO_ERROR_NOT_A_CASE, root ? line (root) : 1,
                         _("This is not a Value Workbench document: it holds ‘%s’ where a value "
                           "case should be."), name);
      return FALSE;
    }
  if (!ours (root))
    {
      vw_loader_problem (loader, VW_IO_ERROR_NOT_A_CASE, line (root),
                         _("This is not a Value Workbench document: its ‘value-case’ belongs to "
                           "another format (%s)."),
                         root->ns && root->ns->href ? (const char *) root->ns->href
                                                    : _("no namespace"));
      return FALSE;
    }

  version = (char *) xmlGetNoNsProp (root, (const xmlChar *) "version");
  if (version == NULL || !parse_int (version, &v) || v < 1)
    {
      vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (root),
                         _("The file does not say which version of the format it uses."));
      return FALSE;
    }
  loader->report->version = (int) v;
  if (v > VW_FORMAT_VERSION)
    {
      g_autofree char *reason =
        g_strdup_printf (_("This file was made by a newer version of Value Workbench (format "
                           "version %d; this one reads version %d). It is open read-only, so "
                           "nothing in it can be lost: to change it, use the newer version."),
                         (int) v, VW_FORMAT_VERSION);

      loader->lenient = TRUE;
      vw_document_set_read_only (loader->doc, reason);
    }

  kind = (char *) xmlGetNoNsProp (root, (const xmlChar *) "kind");
  if (kind == NULL || (strcmp (kind, "case") != 0 && strcmp (kind, "template") != 0))
    {
      vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (root),
                         _("The file must say whether it is a case or a template (kind=\"case\")."));
      return FALSE;
    }
  vw_document_set_kind (loader->doc, kind);

  loader->lines = g_hash_table_new (NULL, NULL);

  for (xmlNodePtr child = root->children; child != NULL; child = child->next)
    {
      gboolean known = FALSE;

      if (!check_node (loader, child, root))
        break;
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (ours (child) && is_named (child, "draft"))
        {
          xmlChar *original = xmlGetNoNsProp (child, (const xmlChar *) "original");
          xmlChar *written = xmlGetNoNsProp (child, (const xmlChar *) "written");

          g_free (loader->report->draft_original);
          g_free (loader->report->draft_written);
          loader->report->draft_original = g_strdup ((const char *) original);
          loader->report->draft_written = g_strdup ((const char *) written);
          xmlFree (original);
          xmlFree (written);
          continue;
        }

      if (ours (child) && is_named (child, "meta"))
        {
          if (saw_meta && !loader->lenient)
            vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (child),
                               _("The case details (‘meta’) appear twice."));
          saw_meta = TRUE;
          g_hash_table_insert (loader->lines, vw_document_get_meta (loader->doc),
                               GUINT_TO_POINTER (line (child)));
          parse_attributes (loader, child, VW_ITEM (vw_document_get_meta (loader->doc)));
          continue;
        }

      for (guint c = 0; ours (child) && c < G_N_ELEMENTS (containers); c++)
        if (is_named (child, containers[c].container))
          {
            known = TRUE;
            if (c < next_container && !loader->lenient)
              vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (child),
                                 _("‘%s’ appears twice, or out of order."), containers[c].container);
            next_container = c + 1;
            if (!walk_container (loader, child, containers[c].kind))
              goto out;
            break;
          }

      if (!known && !loader->lenient)
        {
          g_autofree char *name = qname (child);

          vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (child),
                             _("‘%s’ is not part of a value case."), name);
        }
    }

  if (!saw_meta)
    vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (root),
                       _("The file has no case details (‘meta’)."));

  n_alternatives = g_list_model_get_n_items (vw_document_get_items (loader->doc, VW_ITEM_ALTERNATIVE));
  if (n_alternatives < VW_MIN_ALTERNATIVES || n_alternatives > VW_MAX_ALTERNATIVES)
    vw_loader_problem (loader, VW_IO_ERROR_INVALID, line (root),
                       _("A case compares %d to %d alternatives; this file has %u."),
                       VW_MIN_ALTERNATIVES, VW_MAX_ALTERNATIVES, n_alternatives);

  if (loader->report->problems->len == 0)
    {
      check_references (loader, VW_ITEM (vw_document_get_meta (loader->doc)));
      for (guint k = VW_ITEM_ALTERNATIVE; k < VW_ITEM_N_KINDS; k++)
        {
          GListModel *list = vw_document_get_items (loader->doc, k);

          for (guint i = 0; i < g_list_model_get_n_items (list); i++)
            {
              g_autoptr(VwItem) item = g_list_model_get_item (list, i);

              check_references (loader, item);
            }
        }
    }

out:
  g_clear_pointer (&loader->lines, g_hash_table_unref);

  return loader->report->problems->len == 0;
}
