/* vw-vwb-writer.c: a value case as .vwb text
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written by hand rather than through libxml2's serializer, so the layout is ours and stable:
 * one element per line, attributes in the order of the field tables, unset fields left out,
 * numbers in their shortest exact form. The same document always gives the same bytes, which
 * keeps files diff-friendly and makes load → save → load comparable byte by byte.
 */

#define G_LOG_DOMAIN "vw-vwb"

#include <string.h>

#include "vw-number.h"
#include "vw-vwb.h"

static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '&':  g_string_append (out, "&amp;"); break;
        case '<':  g_string_append (out, "&lt;"); break;
        case '>':  g_string_append (out, "&gt;"); break;
        case '"':  g_string_append (out, "&quot;"); break;
        /* Attribute values normalise raw whitespace: keep it as character references. */
        case '\n': g_string_append (out, "&#10;"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        case '\t': g_string_append (out, "&#9;"); break;
        default:   g_string_append_c (out, *p); break;
        }
    }
}

static void
append_attr (GString    *out,
             const char *name,
             const char *value)
{
  g_string_append_c (out, ' ');
  g_string_append (out, name);
  g_string_append (out, "=\"");
  append_escaped (out, value);
  g_string_append_c (out, '"');
}

static void
append_number_attr (GString    *out,
                    const char *name,
                    double      value)
{
  char buf[VW_NUMBER_BUF_SIZE];

  vw_number_format_buf (value, buf, sizeof buf);
  append_attr (out, name, buf);
}

static void
append_fields (GString *out,
               VwItem  *item)
{
  const VwFieldInfo *fields;
  guint n;

  if (!VW_IS_META (item))
    append_attr (out, "id", vw_item_get_id (item));

  fields = vw_item_get_fields (item, &n);
  for (guint i = 0; i < n; i++)
    {
      const VwFieldValue *v = vw_item_peek_value (item, i);

      if (!v->set)
        continue;

      switch (fields[i].type)
        {
        case VW_FIELD_INT:
          {
            char buf[32];

            g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, v->i);
            append_attr (out, fields[i].name, buf);
          }
          break;
        case VW_FIELD_DOUBLE:
          append_number_attr (out, fields[i].name, v->d);
          break;
        case VW_FIELD_BOOL:
          append_attr (out, fields[i].name, v->i ? "true" : "false");
          break;
        case VW_FIELD_REFS:
          {
            g_autofree char *joined = v->v ? g_strjoinv (" ", v->v) : g_strdup ("");

            append_attr (out, fields[i].name, joined);
          }
          break;
        case VW_FIELD_STRING:
        case VW_FIELD_ENUM:
        case VW_FIELD_REF:
        case VW_FIELD_DATE:
        case VW_FIELD_DATETIME:
        case VW_FIELD_ID:
        default:
          append_attr (out, fields[i].name, v->s ? v->s : "");
          break;
        }
    }
}

static void
append_table (GString      *out,
              VwItem       *item,
              VwValueTable *table)
{
  for (guint e = 0; e < vw_value_table_get_size (table); e++)
    {
      const VwValueEntry *entry = vw_value_table_get_entry (table, e);

      g_string_append (out, "      <");
      if (VW_IS_VARIABLE (item))
        {
          g_string_append (out, strcmp (entry->key2, VW_VARIABLE_DEFAULT) == 0 ? "default" : "value");
          if (*entry->key1)
            append_attr (out, "alternative", entry->key1);
        }
      else
        {
          g_string_append (out, VW_IS_SCENARIO (item) ? "override" : "value");
          append_attr (out, "variable", entry->key1);
          if (*entry->key2)
            append_attr (out, "alternative", entry->key2);
        }
      append_number_attr (out, "v", entry->value);
      g_string_append (out, "/>\n");
    }
}

static const char * const containers[VW_ITEM_N_KINDS] = {
  [VW_ITEM_ALTERNATIVE] = "alternatives",
  [VW_ITEM_STAKEHOLDER] = "stakeholders",
  [VW_ITEM_STATEMENT] = "stack",
  [VW_ITEM_KPI] = "kpis",
  [VW_ITEM_ELEMENT] = "elements",
  [VW_ITEM_VARIABLE] = "variables",
  [VW_ITEM_SCENARIO] = "scenarios",
  [VW_ITEM_VERIFICATION] = "verification",
  [VW_ITEM_SNAPSHOT] = "snapshots",
  [VW_ITEM_VISION] = "vision",
};

/**
 * vw_vwb_serialize:
 * @draft_original: (nullable): for a draft, the URI of the file it belongs to
 * @draft_written: (nullable): for a draft, when it is written (ISO 8601); makes it a draft
 * @length: (out) (optional): the length in bytes
 *
 * Returns: (transfer full): the document as .vwb text, UTF-8.
 */
char *
vw_vwb_serialize (VwDocument *document,
                  const char *draft_original,
                  const char *draft_written,
                  gsize      *length)
{
  GString *out;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);

  out = g_string_sized_new (64 * 1024);
  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<value-case");
  append_attr (out, "xmlns", VW_VWB_NAMESPACE);
  g_string_append_printf (out, " version=\"%d\"", VW_FORMAT_VERSION);
  append_attr (out, "kind", vw_document_get_kind (document));
  g_string_append (out, ">\n");

  if (draft_written != NULL)
    {
      g_string_append (out, "  <draft");
      if (draft_original != NULL)
        append_attr (out, "original", draft_original);
      append_attr (out, "written", draft_written);
      g_string_append (out, "/>\n");
    }

  g_string_append (out, "  <meta");
  append_fields (out, VW_ITEM (vw_document_get_meta (document)));
  g_string_append (out, "/>\n");

  for (guint k = VW_ITEM_ALTERNATIVE; k < VW_ITEM_N_KINDS; k++)
    {
      GListModel *list = vw_document_get_items (document, k);
      guint n = g_list_model_get_n_items (list);

      /* Alternatives are mandatory; the other lists are left out when empty. */
      if (n == 0 && k != VW_ITEM_ALTERNATIVE)
        continue;

      g_string_append_printf (out, "  <%s>\n", containers[k]);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VwItem) item = g_list_model_get_item (list, i);
          VwValueTable *table = NULL;

          if (VW_IS_VARIABLE (item))
            table = vw_variable_get_values (VW_VARIABLE (item));
          else if (VW_IS_SCENARIO (item))
            table = vw_scenario_get_values (VW_SCENARIO (item));
          else if (VW_IS_SNAPSHOT (item))
            table = vw_snapshot_get_values (VW_SNAPSHOT (item));

          g_string_append_printf (out, "    <%s", VW_ITEM_GET_CLASS (item)->element);
          append_fields (out, item);
          if (table != NULL && vw_value_table_get_size (table) > 0)
            {
              g_string_append (out, ">\n");
              append_table (out, item, table);
              g_string_append_printf (out, "    </%s>\n", VW_ITEM_GET_CLASS (item)->element);
            }
          else
            g_string_append (out, "/>\n");
        }
      g_string_append_printf (out, "  </%s>\n", containers[k]);
    }

  g_string_append (out, "</value-case>\n");

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

/**
 * vw_vwb_new_from_template:
 * @template_doc: a document of kind "template"
 *
 * "New from template": a new, unsaved case with the template's content. The template's id
 * and version stay in the meta, so the case can later show what came from the template; the
 * template's defaults stay as each input's default.
 *
 * Returns: (transfer full) (nullable): the new case
 */
VwDocument *
vw_vwb_new_from_template (VwDocument  *template_doc,
                          GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  VwDocument *doc;
  VwItem *meta;
  gsize len;

  g_return_val_if_fail (VW_IS_DOCUMENT (template_doc), NULL);

  /* Through the file format: a deep copy that is exactly what saving and opening would give. */
  text = vw_vwb_serialize (template_doc, NULL, NULL, &len);
  doc = vw_vwb_load_bytes (text, len, NULL, error);
  if (doc == NULL)
    return NULL;

  vw_document_set_kind (doc, "case");
  meta = VW_ITEM (vw_document_get_meta (doc));
  vw_item_set_string (meta, "created", created);
  vw_item_set_string (meta, "modified", created);
  vw_item_unset (meta, "author");
  vw_document_mark_unsaved (doc);

  return doc;
}
