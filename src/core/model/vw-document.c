/* vw-document.c: the lists of a value case, lookups, and the confidentiality rule
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-document"

#include <glib/gi18n.h>
#include <string.h>

#include "vw-document-private.h"
#include "vw-util.h"

enum {
  PROP_0,
  PROP_KIND,
  PROP_DIRTY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint vw_document_signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (VwDocument, vw_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (vw-document-error-quark, vw_document_error)

static void
vw_document_dispose (GObject *object)
{
  VwDocument *self = VW_DOCUMENT (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  for (guint k = 0; k < VW_ITEM_N_KINDS; k++)
    {
      g_clear_pointer (&self->index[k], g_hash_table_unref);
      g_clear_object (&self->lists[k]);
    }
  g_clear_object (&self->meta);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (vw_document_parent_class)->dispose (object);
}

static void
vw_document_finalize (GObject *object)
{
  VwDocument *self = VW_DOCUMENT (object);

  g_free (self->kind);
  g_free (self->read_only_reason);
  g_free (self->etag);
  g_free (self->checksum);
  g_free (self->draft_id);

  G_OBJECT_CLASS (vw_document_parent_class)->finalize (object);
}

static void
vw_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VwDocument *self = VW_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, vw_document_get_dirty (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, vw_document_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, vw_document_can_redo (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vw_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  VwDocument *self = VW_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      vw_document_set_kind (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vw_document_class_init (VwDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = vw_document_dispose;
  object_class->finalize = vw_document_finalize;
  object_class->get_property = vw_document_get_property;
  object_class->set_property = vw_document_set_property;

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "case",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRTY] = g_param_spec_boolean ("dirty", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VwDocument::item-changed:
   * @item: the item (the #VwMeta for the case details)
   * @field: the field that changed, e.g. "influence"
   */
  vw_document_signals[SIGNAL_ITEM_CHANGED] =
    g_signal_new ("item-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, VW_TYPE_ITEM, G_TYPE_STRING);

  /**
   * VwDocument::value-changed:
   * @item: a #VwVariable (an input), a #VwScenario (an override) or a #VwSnapshot
   * @key1: the alternative of a variable's input, or the variable of an override
   * @key2: "" or "default" for a variable; the alternative of an override
   *
   * One number changed: the engine re-evaluates only what depends on it.
   */
  vw_document_signals[SIGNAL_VALUE_CHANGED] =
    g_signal_new ("value-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, VW_TYPE_ITEM, G_TYPE_STRING, G_TYPE_STRING);

  vw_document_signals[SIGNAL_ITEM_ADDED] =
    g_signal_new ("item-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, VW_TYPE_ITEM);
  vw_document_signals[SIGNAL_ITEM_REMOVED] =
    g_signal_new ("item-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, VW_TYPE_ITEM);
}

static void
vw_document_init (VwDocument *self)
{
  self->kind = g_strdup ("case");
  self->meta = vw_meta_new ("meta");
  for (guint k = 1; k < VW_ITEM_N_KINDS; k++)
    {
      self->lists[k] = g_list_store_new (vw_item_kind_get_type_for (k));
      self->index[k] = g_hash_table_new (g_str_hash, g_str_equal);
    }
  self->undo = g_ptr_array_new_with_free_func (vw_command_free);
  self->redo = g_ptr_array_new_with_free_func (vw_command_free);
  self->groups = g_ptr_array_new ();
  self->merge_window = G_USEC_PER_SEC;
}

VwDocument *
vw_document_new (void)
{
  return g_object_new (VW_TYPE_DOCUMENT, NULL);
}

const char *
vw_document_get_kind (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);

  return self->kind;
}

void
vw_document_set_kind (VwDocument *self,
                      const char *kind)
{
  g_return_if_fail (VW_IS_DOCUMENT (self));
  g_return_if_fail (g_strcmp0 (kind, "case") == 0 || g_strcmp0 (kind, "template") == 0);

  if (vw_set_str (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

VwMeta *
vw_document_get_meta (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);

  return self->meta;
}

/**
 * vw_document_get_items:
 * @kind: any kind but %VW_ITEM_META
 *
 * Returns: (transfer none): the items of @kind in file order, for GTK list views.
 */
GListModel *
vw_document_get_items (VwDocument *self,
                       VwItemKind  kind)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (kind > VW_ITEM_META && kind < VW_ITEM_N_KINDS, NULL);

  return G_LIST_MODEL (self->lists[kind]);
}

VwItem *
vw_document_find (VwDocument *self,
                  VwItemKind  kind,
                  const char *id)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (kind > VW_ITEM_META && kind < VW_ITEM_N_KINDS, NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->index[kind], id);
}

/**
 * vw_document_new_id:
 * @name: what the user called the item
 * @suffix: (nullable): appended to the stem, e.g. "_value"
 *
 * An identifier made from a name, unique among the items of @kind:
 * "Kürzere Rüstzeiten" → "kurzere_rustzeiten", then "kurzere_rustzeiten_2".
 *
 * Returns: (transfer full): the identifier
 */
char *
vw_document_new_id (VwDocument *self,
                    VwItemKind  kind,
                    const char *name,
                    const char *suffix)
{
  g_autofree char *ascii = g_str_to_ascii (name != NULL ? name : "", NULL);
  g_autoptr(GString) base = g_string_new (NULL);
  char *candidate;

  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);

  for (const char *p = ascii; *p != '\0' && base->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (base, g_ascii_tolower (*p));
      else if (base->len > 0 && base->str[base->len - 1] != '_')
        g_string_append_c (base, '_');
    }
  while (base->len > 0 && base->str[base->len - 1] == '_')
    g_string_truncate (base, base->len - 1);
  if (base->len == 0)
    g_string_append (base, kind == VW_ITEM_ELEMENT ? "element" : "value");
  if (g_ascii_isdigit (base->str[0]))
    g_string_prepend (base, "e_");
  if (suffix != NULL)
    g_string_append (base, suffix);

  candidate = g_strdup (base->str);
  for (guint n = 2; vw_document_find (self, kind, candidate) != NULL; n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s_%u", base->str, n);
    }

  return candidate;
}

/**
 * vw_document_value_format:
 * @unit: (nullable): a unit as the case writes it ("EUR/year", "share", "t/h")
 * @format: (out): how a figure in @unit is written, in the case's currency
 */
void
vw_document_value_format (VwDocument    *self,
                          const char    *unit,
                          VwValueFormat *format)
{
  g_return_if_fail (VW_IS_DOCUMENT (self));

  vw_value_format_for_unit (unit, vw_item_get_string (VW_ITEM (self->meta), "currency"), format);
}

VwVariable *
vw_document_find_variable (VwDocument *self,
                           const char *id)
{
  return (VwVariable *) vw_document_find (self, VW_ITEM_VARIABLE, id);
}

guint
vw_document_count_items (VwDocument *self)
{
  guint n = 0;

  g_return_val_if_fail (VW_IS_DOCUMENT (self), 0);

  for (guint k = 1; k < VW_ITEM_N_KINDS; k++)
    n += g_list_model_get_n_items (G_LIST_MODEL (self->lists[k]));

  return n;
}

gboolean
vw_document_equal (VwDocument *a,
                   VwDocument *b)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (a) && VW_IS_DOCUMENT (b), FALSE);

  if (g_strcmp0 (a->kind, b->kind) != 0 || !vw_item_equal (VW_ITEM (a->meta), VW_ITEM (b->meta)))
    return FALSE;

  for (guint k = 1; k < VW_ITEM_N_KINDS; k++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (a->lists[k]));

      if (n != g_list_model_get_n_items (G_LIST_MODEL (b->lists[k])))
        return FALSE;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(VwItem) x = g_list_model_get_item (G_LIST_MODEL (a->lists[k]), i);
          g_autoptr(VwItem) y = g_list_model_get_item (G_LIST_MODEL (b->lists[k]), i);

          if (!vw_item_equal (x, y))
            return FALSE;
        }
    }

  return TRUE;
}

gboolean
vw_document_get_read_only (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), FALSE);

  return self->read_only;
}

const char *
vw_document_get_read_only_reason (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);

  return self->read_only_reason;
}

/**
 * vw_document_set_read_only:
 * @reason: (nullable): why the document cannot be changed, or %NULL to allow changes
 */
void
vw_document_set_read_only (VwDocument *self,
                           const char *reason)
{
  g_return_if_fail (VW_IS_DOCUMENT (self));

  vw_set_str (&self->read_only_reason, reason);
  if (self->read_only != (reason != NULL))
    {
      self->read_only = reason != NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
    }
}

GFile *
vw_document_get_file (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);

  return self->file;
}

const char *
vw_document_get_etag (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);

  return self->etag;
}

const char *
vw_document_get_checksum (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);

  return self->checksum;
}

/**
 * vw_document_set_origin:
 * @file: (nullable): the file the document was read from or saved to
 * @etag: (nullable): its etag at that moment
 * @checksum: (nullable): the SHA-256 of its bytes at that moment
 */
void
vw_document_set_origin (VwDocument *self,
                        GFile      *file,
                        const char *etag,
                        const char *checksum)
{
  g_return_if_fail (VW_IS_DOCUMENT (self));

  g_set_object (&self->file, file);
  vw_set_str (&self->etag, etag);
  vw_set_str (&self->checksum, checksum);
}

const char *
vw_document_get_draft_id (VwDocument *self)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), NULL);

  if (self->draft_id == NULL)
    self->draft_id = g_uuid_string_random ();

  return self->draft_id;
}

void
vw_document_set_draft_id (VwDocument *self,
                          const char *draft_id)
{
  g_return_if_fail (VW_IS_DOCUMENT (self));

  vw_set_str (&self->draft_id, draft_id);
}

void
vw_document_insert_raw (VwDocument *self,
                        VwItem     *item,
                        guint       position)
{
  VwItemKind kind = vw_item_get_kind (item);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind]));

  g_hash_table_insert (self->index[kind], (gpointer) vw_item_get_id (item), item);
  g_list_store_insert (self->lists[kind], MIN (position, n), item);
}

guint
vw_document_remove_raw (VwDocument *self,
                        VwItem     *item)
{
  VwItemKind kind = vw_item_get_kind (item);
  guint position = 0;

  if (!g_list_store_find (self->lists[kind], item, &position))
    g_return_val_if_reached (0);

  g_hash_table_remove (self->index[kind], vw_item_get_id (item));
  g_list_store_remove (self->lists[kind], position);

  return position;
}

/**
 * vw_document_append_item:
 * @item: an item whose id is unique in its list
 *
 * Adds @item at the end of its list without an undo step: for building a document.
 */
void
vw_document_append_item (VwDocument *self,
                         VwItem     *item)
{
  VwItemKind kind;

  g_return_if_fail (VW_IS_DOCUMENT (self));
  g_return_if_fail (VW_IS_ITEM (item));

  kind = vw_item_get_kind (item);
  g_return_if_fail (kind > VW_ITEM_META);
  g_return_if_fail (vw_document_find (self, kind, vw_item_get_id (item)) == NULL);

  vw_document_insert_raw (self, item, G_MAXUINT);
}

/* ------------------------------------------------------------------------------------------ */
/* Confidentiality                                                                            */

/**
 * vw_variable_id_is_reserved_internal:
 *
 * Returns: whether @id is one of the pricing variables that are internal by definition.
 */
gboolean
vw_variable_id_is_reserved_internal (const char *id)
{
  static const char * const internal[] = {
    VW_VAR_OUR_COST, VW_VAR_PRICE_FLOOR, VW_VAR_TARGET_MARGIN, VW_VAR_WIN_PROBABILITY, NULL
  };

  return id != NULL && g_strv_contains (internal, id);
}

/* Calls @func for every identifier a formula reads; a name after '@' is an alternative and a
 * name followed by '(' is a function, so neither is a variable. */
static gboolean
formula_reads_internal (VwDocument *self,
                        const char *formula,
                        GHashTable *visiting);

static gboolean
variable_is_internal (VwDocument *self,
                      VwVariable *variable,
                      GHashTable *visiting)
{
  const char *id = vw_item_get_id (VW_ITEM (variable));
  gboolean internal;

  if (vw_variable_id_is_reserved_internal (id) || vw_item_get_bool (VW_ITEM (variable), "confidential"))
    return TRUE;

  if (!vw_variable_is_formula (variable))
    return FALSE;

  /* A formula that reads an internal figure would reveal it (margin = price − our_cost). */
  if (g_hash_table_contains (visiting, id))
    return FALSE;  /* a cycle: the engine reports it; here it only must not loop */
  g_hash_table_add (visiting, (gpointer) id);
  internal = formula_reads_internal (self, vw_item_get_string (VW_ITEM (variable), "formula"),
                                     visiting);
  g_hash_table_remove (visiting, id);

  return internal;
}

static gboolean
formula_reads_internal (VwDocument *self,
                        const char *formula,
                        GHashTable *visiting)
{
  const char *p = formula;

  if (formula == NULL)
    return FALSE;

  while (*p)
    {
      if (g_ascii_isdigit (*p) || (*p == '.' && g_ascii_isdigit (p[1])))
        {
          /* a number, with its exponent: "1e-5" holds no identifier */
          while (g_ascii_isalnum (*p) || *p == '.'
                 || ((*p == '-' || *p == '+') && (p[-1] == 'e' || p[-1] == 'E')))
            p++;
        }
      else if (g_ascii_isalpha (*p) || *p == '_')
        {
          const char *start = p;
          g_autofree char *name = NULL;
          gboolean after_at = start > formula && start[-1] == '@';
          const char *q;

          while (g_ascii_isalnum (*p) || *p == '_' || *p == '.')
            p++;
          for (q = p; *q == ' '; q++)
            ;
          if (after_at || *q == '(')
            continue;

          name = g_strndup (start, p - start);
          {
            VwVariable *v = vw_document_find_variable (self, name);

            if (v != NULL && variable_is_internal (self, v, visiting))
              return TRUE;
          }
        }
      else
        p++;
    }

  return FALSE;
}

/**
 * vw_document_is_internal:
 * @item: any item of @self (or its #VwMeta)
 * @field: (nullable): a field of @item, or %NULL for the item as a whole
 *
 * The one place that decides what the customer may never see: the internal pricing variables
 * (our cost, price floor, target margin, win probability), every variable marked confidential,
 * every formula that reads one of those, and internal fields such as a stakeholder's private
 * notes. Customer-facing outputs are built only from what this function lets through.
 *
 * Returns: %TRUE when @item (or its @field) is internal.
 */
gboolean
vw_document_is_internal (VwDocument *self,
                         VwItem     *item,
                         const char *field)
{
  g_return_val_if_fail (VW_IS_DOCUMENT (self), TRUE);
  g_return_val_if_fail (VW_IS_ITEM (item), TRUE);

  if (field != NULL)
    {
      int i = vw_item_find_field (item, field);
      guint n;

      if (i >= 0 && (vw_item_get_fields (item, &n)[i].flags & VW_FIELD_INTERNAL))
        return TRUE;
    }

  if (VW_IS_VARIABLE (item))
    {
      g_autoptr(GHashTable) visiting = g_hash_table_new (g_str_hash, g_str_equal);

      return variable_is_internal (self, VW_VARIABLE (item), visiting);
    }

  return FALSE;
}
