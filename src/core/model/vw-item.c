/* vw-item.c: table-driven fields, exposed as GObject properties
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each item type declares its fields once, in a VwFieldInfo table. The same table installs the
 * GObject properties (so GTK list views bind to them), drives the file reader and writer, and
 * lets one undoable "set field" command serve every field of every item.
 */

#define G_LOG_DOMAIN "vw-item"

#include <math.h>
#include <string.h>

#include "vw-item.h"
#include "vw-items.h"
#include "vw-util.h"

typedef struct
{
  char         *id;
  VwFieldValue *values;  /* n_fields, allocated on first use */
} VwItemPrivate;

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (VwItem, vw_item, G_TYPE_OBJECT)

static VwFieldValue *
get_values (VwItem *self)
{
  VwItemPrivate *priv = vw_item_get_instance_private (self);

  if (priv->values == NULL)
    priv->values = g_new0 (VwFieldValue, MAX (1, VW_ITEM_GET_CLASS (self)->n_fields));

  return priv->values;
}

void
vw_field_value_clear (VwFieldValue *value)
{
  g_clear_pointer (&value->s, g_free);
  g_clear_pointer (&value->v, g_strfreev);
  value->i = 0;
  value->d = 0.0;
  value->set = FALSE;
}

void
vw_field_value_copy (const VwFieldValue *src,
                     VwFieldValue       *dest)
{
  dest->set = src->set;
  dest->s = g_strdup (src->s);
  dest->v = g_strdupv (src->v);
  dest->i = src->i;
  dest->d = src->d;
}

gboolean
vw_field_value_equal (VwFieldType         type,
                      const VwFieldValue *a,
                      const VwFieldValue *b)
{
  if (a->set != b->set)
    return FALSE;
  if (!a->set)
    return TRUE;

  switch (type)
    {
    case VW_FIELD_INT:
    case VW_FIELD_BOOL:
      return a->i == b->i;
    case VW_FIELD_DOUBLE:
      return memcmp (&a->d, &b->d, sizeof (double)) == 0;
    case VW_FIELD_REFS:
      {
        guint na = a->v ? g_strv_length (a->v) : 0;
        guint nb = b->v ? g_strv_length (b->v) : 0;

        if (na != nb)
          return FALSE;
        for (guint k = 0; k < na; k++)
          if (strcmp (a->v[k], b->v[k]) != 0)
            return FALSE;
        return TRUE;
      }
    case VW_FIELD_STRING:
    case VW_FIELD_ENUM:
    case VW_FIELD_REF:
    case VW_FIELD_DATE:
    case VW_FIELD_DATETIME:
    case VW_FIELD_ID:
    default:
      return g_strcmp0 (a->s, b->s) == 0;
    }
}

/* Characters that XML 1.0 cannot carry would make the file unreadable: replace them, and
 * repair invalid UTF-8, at the door. */
char *
vw_text_sanitize (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        g_string_append_unichar (out, 0xFFFD);
      else if (c == '\r')
        continue;  /* newlines are stored as \n only, so a round trip is exact */
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

gboolean
vw_id_is_valid (const char *id)
{
  if (id == NULL || !(g_ascii_islower (id[0]) || id[0] == '_'))
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_'))
      return FALSE;

  return strlen (id) <= 64;
}

static void
vw_item_finalize (GObject *object)
{
  VwItem *self = VW_ITEM (object);
  VwItemPrivate *priv = vw_item_get_instance_private (self);

  if (priv->values != NULL)
    {
      for (guint i = 0; i < VW_ITEM_GET_CLASS (self)->n_fields; i++)
        vw_field_value_clear (&priv->values[i]);
      g_free (priv->values);
    }
  g_free (priv->id);

  G_OBJECT_CLASS (vw_item_parent_class)->finalize (object);
}

static void
vw_item_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  VwItem *self = VW_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, vw_item_get_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vw_item_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  VwItem *self = VW_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      vw_item_set_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vw_item_class_init (VwItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vw_item_finalize;
  object_class->get_property = vw_item_get_property;
  object_class->set_property = vw_item_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vw_item_init (VwItem *self)
{
}

/* Properties of the subclasses: prop_id - 1 is the field index. */
static void
field_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  VwItem *self = VW_ITEM (object);
  VwItemClass *klass = VW_ITEM_GET_CLASS (self);
  const VwFieldInfo *f;

  g_assert (prop_id >= 1 && prop_id <= klass->n_fields);
  f = &klass->fields[prop_id - 1];

  switch (f->type)
    {
    case VW_FIELD_INT:
      g_value_set_int (value, (int) vw_item_get_int (self, f->name));
      break;
    case VW_FIELD_DOUBLE:
      g_value_set_double (value, vw_item_get_double (self, f->name));
      break;
    case VW_FIELD_BOOL:
      g_value_set_boolean (value, vw_item_get_bool (self, f->name));
      break;
    case VW_FIELD_REFS:
      g_value_set_boxed (value, vw_item_get_strv (self, f->name));
      break;
    case VW_FIELD_STRING:
    case VW_FIELD_ENUM:
    case VW_FIELD_REF:
    case VW_FIELD_DATE:
    case VW_FIELD_DATETIME:
    case VW_FIELD_ID:
    default:
      g_value_set_string (value, vw_item_get_string (self, f->name));
      break;
    }
}

static void
field_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  VwItem *self = VW_ITEM (object);
  VwItemClass *klass = VW_ITEM_GET_CLASS (self);
  const VwFieldInfo *f;

  g_assert (prop_id >= 1 && prop_id <= klass->n_fields);
  f = &klass->fields[prop_id - 1];

  switch (f->type)
    {
    case VW_FIELD_INT:
      vw_item_set_int (self, f->name, g_value_get_int (value));
      break;
    case VW_FIELD_DOUBLE:
      vw_item_set_double (self, f->name, g_value_get_double (value));
      break;
    case VW_FIELD_BOOL:
      vw_item_set_bool (self, f->name, g_value_get_boolean (value));
      break;
    case VW_FIELD_REFS:
      vw_item_set_strv (self, f->name, g_value_get_boxed (value));
      break;
    case VW_FIELD_STRING:
    case VW_FIELD_ENUM:
    case VW_FIELD_REF:
    case VW_FIELD_DATE:
    case VW_FIELD_DATETIME:
    case VW_FIELD_ID:
    default:
      vw_item_set_string (self, f->name, g_value_get_string (value));
      break;
    }
}

void
vw_item_class_setup (VwItemClass       *klass,
                     VwItemKind         kind,
                     const char        *element,
                     const char        *noun,
                     const VwFieldInfo *fields,
                     guint              n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  klass->kind = kind;
  klass->element = element;
  klass->noun = noun;
  klass->fields = fields;
  klass->n_fields = n_fields;

  object_class->get_property = field_get_property;
  object_class->set_property = field_set_property;
  klass->pspecs = g_new0 (GParamSpec *, MAX (1, n_fields));  /* per class, lives forever */

  for (guint i = 0; i < n_fields; i++)
    {
      const VwFieldInfo *f = &fields[i];
      GParamSpec *pspec;

      switch (f->type)
        {
        case VW_FIELD_INT:
          pspec = g_param_spec_int (f->name, NULL, NULL,
                                    f->min <= f->max ? (int) f->min : G_MININT,
                                    f->min <= f->max ? (int) f->max : G_MAXINT,
                                    f->dflt ? atoi (f->dflt) : (f->min <= f->max ? (int) f->min : 0),
                                    flags);
          break;
        case VW_FIELD_DOUBLE:
          pspec = g_param_spec_double (f->name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
          break;
        case VW_FIELD_BOOL:
          pspec = g_param_spec_boolean (f->name, NULL, NULL, FALSE, flags);
          break;
        case VW_FIELD_REFS:
          pspec = g_param_spec_boxed (f->name, NULL, NULL, G_TYPE_STRV, flags);
          break;
        case VW_FIELD_STRING:
        case VW_FIELD_ENUM:
        case VW_FIELD_REF:
        case VW_FIELD_DATE:
        case VW_FIELD_DATETIME:
        case VW_FIELD_ID:
        default:
          pspec = g_param_spec_string (f->name, NULL, NULL, NULL, flags);
          break;
        }

      g_object_class_install_property (object_class, i + 1, pspec);
      klass->pspecs[i] = pspec;
    }
}

GType
vw_item_kind_get_type_for (VwItemKind kind)
{
  switch (kind)
    {
    case VW_ITEM_META:         return VW_TYPE_META;
    case VW_ITEM_ALTERNATIVE:  return VW_TYPE_ALTERNATIVE;
    case VW_ITEM_STAKEHOLDER:  return VW_TYPE_STAKEHOLDER;
    case VW_ITEM_STATEMENT:    return VW_TYPE_STATEMENT;
    case VW_ITEM_KPI:          return VW_TYPE_KPI;
    case VW_ITEM_ELEMENT:      return VW_TYPE_VALUE_ELEMENT;
    case VW_ITEM_VARIABLE:     return VW_TYPE_VARIABLE;
    case VW_ITEM_SCENARIO:     return VW_TYPE_SCENARIO;
    case VW_ITEM_VERIFICATION: return VW_TYPE_VERIFICATION;
    case VW_ITEM_SNAPSHOT:     return VW_TYPE_SNAPSHOT;
    case VW_ITEM_VISION:    return VW_TYPE_VISION_CRITERION;
    case VW_ITEM_N_KINDS:
    default:
      g_return_val_if_reached (G_TYPE_INVALID);
    }
}

static VwItemClass *
kind_class (VwItemKind kind)
{
  return g_type_class_ref (vw_item_kind_get_type_for (kind));  /* static types: never freed */
}

const char *
vw_item_kind_get_element (VwItemKind kind)
{
  return kind_class (kind)->element;
}

const VwFieldInfo *
vw_item_kind_get_fields (VwItemKind  kind,
                         guint      *n_fields)
{
  VwItemClass *klass = kind_class (kind);

  *n_fields = klass->n_fields;
  return klass->fields;
}

int
vw_item_kind_find_field (VwItemKind  kind,
                         const char *name)
{
  VwItemClass *klass = kind_class (kind);

  for (guint i = 0; i < klass->n_fields; i++)
    if (strcmp (klass->fields[i].name, name) == 0)
      return (int) i;

  return -1;
}

VwItem *
vw_item_new (VwItemKind  kind,
             const char *id)
{
  return g_object_new (vw_item_kind_get_type_for (kind), "id", id, NULL);
}

VwItemKind
vw_item_get_kind (VwItem *self)
{
  g_return_val_if_fail (VW_IS_ITEM (self), VW_ITEM_N_KINDS);

  return VW_ITEM_GET_CLASS (self)->kind;
}

const char *
vw_item_get_id (VwItem *self)
{
  VwItemPrivate *priv = vw_item_get_instance_private (self);

  g_return_val_if_fail (VW_IS_ITEM (self), NULL);

  return priv->id;
}

void
vw_item_set_id (VwItem     *self,
                const char *id)
{
  VwItemPrivate *priv = vw_item_get_instance_private (self);

  g_return_if_fail (VW_IS_ITEM (self));

  if (vw_set_str (&priv->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/* The name a seller knows the item by: for undo labels and messages. */
const char *
vw_item_get_display_name (VwItem *self)
{
  static const char * const candidates[] = { "name", "label", "title", "text", NULL };

  g_return_val_if_fail (VW_IS_ITEM (self), NULL);

  for (guint k = 0; candidates[k]; k++)
    {
      int i = vw_item_find_field (self, candidates[k]);

      if (i >= 0 && get_values (self)[i].set && get_values (self)[i].s && *get_values (self)[i].s)
        return get_values (self)[i].s;
    }

  return vw_item_get_id (self) ? vw_item_get_id (self) : "";
}

const VwFieldInfo *
vw_item_get_fields (VwItem *self,
                    guint  *n_fields)
{
  VwItemClass *klass = VW_ITEM_GET_CLASS (self);

  *n_fields = klass->n_fields;
  return klass->fields;
}

int
vw_item_find_field (VwItem     *self,
                    const char *name)
{
  VwItemClass *klass = VW_ITEM_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (strcmp (klass->fields[i].name, name) == 0)
      return (int) i;

  return -1;
}

static int
lookup (VwItem      *self,
        const char  *field,
        VwFieldType  type)
{
  int i = vw_item_find_field (self, field);

  if (i < 0)
    {
      g_critical ("%s has no field ‘%s’", G_OBJECT_TYPE_NAME (self), field);
      return -1;
    }

  if (VW_ITEM_GET_CLASS (self)->fields[i].type != type
      && !(type == VW_FIELD_STRING && VW_ITEM_GET_CLASS (self)->fields[i].type != VW_FIELD_INT
           && VW_ITEM_GET_CLASS (self)->fields[i].type != VW_FIELD_DOUBLE
           && VW_ITEM_GET_CLASS (self)->fields[i].type != VW_FIELD_BOOL
           && VW_ITEM_GET_CLASS (self)->fields[i].type != VW_FIELD_REFS))
    {
      g_critical ("Field ‘%s’ of %s has another type", field, G_OBJECT_TYPE_NAME (self));
      return -1;
    }

  return i;
}

gboolean
vw_item_is_set (VwItem     *self,
                const char *field)
{
  int i;

  g_return_val_if_fail (VW_IS_ITEM (self), FALSE);

  i = vw_item_find_field (self, field);
  return i >= 0 && get_values (self)[i].set;
}

const char *
vw_item_get_string (VwItem     *self,
                    const char *field)
{
  int i;

  g_return_val_if_fail (VW_IS_ITEM (self), NULL);

  if ((i = lookup (self, field, VW_FIELD_STRING)) < 0)
    return NULL;

  if (get_values (self)[i].set)
    return get_values (self)[i].s;

  return VW_ITEM_GET_CLASS (self)->fields[i].dflt;
}

gint64
vw_item_get_int (VwItem     *self,
                 const char *field)
{
  const VwFieldInfo *f;
  int i;

  g_return_val_if_fail (VW_IS_ITEM (self), 0);

  if ((i = lookup (self, field, VW_FIELD_INT)) < 0)
    return 0;

  if (get_values (self)[i].set)
    return get_values (self)[i].i;

  f = &VW_ITEM_GET_CLASS (self)->fields[i];
  return f->dflt ? g_ascii_strtoll (f->dflt, NULL, 10) : (f->min <= f->max ? (gint64) f->min : 0);
}

double
vw_item_get_double (VwItem     *self,
                    const char *field)
{
  const VwFieldInfo *f;
  int i;

  g_return_val_if_fail (VW_IS_ITEM (self), 0.0);

  if ((i = lookup (self, field, VW_FIELD_DOUBLE)) < 0)
    return 0.0;

  if (get_values (self)[i].set)
    return get_values (self)[i].d;

  f = &VW_ITEM_GET_CLASS (self)->fields[i];
  return f->dflt ? g_ascii_strtod (f->dflt, NULL) : 0.0;
}

gboolean
vw_item_get_bool (VwItem     *self,
                  const char *field)
{
  const VwFieldInfo *f;
  int i;

  g_return_val_if_fail (VW_IS_ITEM (self), FALSE);

  if ((i = lookup (self, field, VW_FIELD_BOOL)) < 0)
    return FALSE;

  if (get_values (self)[i].set)
    return get_values (self)[i].i != 0;

  f = &VW_ITEM_GET_CLASS (self)->fields[i];
  return g_strcmp0 (f->dflt, "true") == 0;
}

const char * const *
vw_item_get_strv (VwItem     *self,
                  const char *field)
{
  static const char * const empty[] = { NULL };
  int i;

  g_return_val_if_fail (VW_IS_ITEM (self), empty);

  if ((i = lookup (self, field, VW_FIELD_REFS)) < 0)
    return empty;

  if (get_values (self)[i].set && get_values (self)[i].v)
    return (const char * const *) get_values (self)[i].v;

  return empty;
}

const VwFieldValue *
vw_item_peek_value (VwItem *self,
                    guint   index)
{
  g_return_val_if_fail (VW_IS_ITEM (self), NULL);
  g_return_val_if_fail (index < VW_ITEM_GET_CLASS (self)->n_fields, NULL);

  return &get_values (self)[index];
}

gboolean
vw_item_set_value (VwItem             *self,
                   guint               index,
                   const VwFieldValue *value)
{
  VwItemClass *klass;
  VwFieldValue *slot;

  g_return_val_if_fail (VW_IS_ITEM (self), FALSE);
  klass = VW_ITEM_GET_CLASS (self);
  g_return_val_if_fail (index < klass->n_fields, FALSE);

  slot = &get_values (self)[index];
  if (vw_field_value_equal (klass->fields[index].type, slot, value))
    return FALSE;

  vw_field_value_clear (slot);
  vw_field_value_copy (value, slot);
  g_object_notify_by_pspec (G_OBJECT (self), klass->pspecs[index]);

  return TRUE;
}

gboolean
vw_item_set_string (VwItem     *self,
                    const char *field,
                    const char *value)
{
  g_autofree char *clean = vw_text_sanitize (value);
  VwFieldValue v = { 0 };
  int i;

  g_return_val_if_fail (VW_IS_ITEM (self), FALSE);

  if ((i = lookup (self, field, VW_FIELD_STRING)) < 0)
    return FALSE;

  v.set = value != NULL;
  v.s = clean;
  return vw_item_set_value (self, i, &v);
}

gboolean
vw_item_set_int (VwItem     *self,
                 const char *field,
                 gint64      value)
{
  VwFieldValue v = { .set = TRUE, .i = value };
  int i;

  g_return_val_if_fail (VW_IS_ITEM (self), FALSE);

  if ((i = lookup (self, field, VW_FIELD_INT)) < 0)
    return FALSE;

  return vw_item_set_value (self, i, &v);
}

gboolean
vw_item_set_double (VwItem     *self,
                    const char *field,
                    double      value)
{
  VwFieldValue v = { .set = TRUE, .d = value };
  int i;

  g_return_val_if_fail (VW_IS_ITEM (self), FALSE);
  /* NaN and infinity never enter a document: they could not be written to a file. */
  g_return_val_if_fail (isfinite (value), FALSE);

  if ((i = lookup (self, field, VW_FIELD_DOUBLE)) < 0)
    return FALSE;

  return vw_item_set_value (self, i, &v);
}

gboolean
vw_item_set_bool (VwItem     *self,
                  const char *field,
                  gboolean    value)
{
  VwFieldValue v = { .set = TRUE, .i = value ? 1 : 0 };
  int i;

  g_return_val_if_fail (VW_IS_ITEM (self), FALSE);

  if ((i = lookup (self, field, VW_FIELD_BOOL)) < 0)
    return FALSE;

  return vw_item_set_value (self, i, &v);
}

gboolean
vw_item_set_strv (VwItem             *self,
                  const char         *field,
                  const char * const *value)
{
  VwFieldValue v = { 0 };
  int i;

  g_return_val_if_fail (VW_IS_ITEM (self), FALSE);

  if ((i = lookup (self, field, VW_FIELD_REFS)) < 0)
    return FALSE;

  v.set = value != NULL;
  v.v = (char **) value;
  return vw_item_set_value (self, i, &v);
}

gboolean
vw_item_unset (VwItem     *self,
               const char *field)
{
  VwFieldValue v = { 0 };
  int i;

  g_return_val_if_fail (VW_IS_ITEM (self), FALSE);

  if ((i = vw_item_find_field (self, field)) < 0)
    return FALSE;

  return vw_item_set_value (self, i, &v);
}

VwItem *
vw_item_copy (VwItem *self)
{
  VwItemClass *klass;
  VwItem *copy;

  g_return_val_if_fail (VW_IS_ITEM (self), NULL);

  klass = VW_ITEM_GET_CLASS (self);
  copy = g_object_new (G_OBJECT_TYPE (self), "id", vw_item_get_id (self), NULL);
  for (guint i = 0; i < klass->n_fields; i++)
    vw_field_value_copy (&get_values (self)[i], &get_values (copy)[i]);
  if (klass->copy_extra)
    klass->copy_extra (self, copy);

  return copy;
}

gboolean
vw_item_equal (VwItem *a,
               VwItem *b)
{
  VwItemClass *klass;

  g_return_val_if_fail (VW_IS_ITEM (a) && VW_IS_ITEM (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b) || g_strcmp0 (vw_item_get_id (a), vw_item_get_id (b)))
    return FALSE;

  klass = VW_ITEM_GET_CLASS (a);
  for (guint i = 0; i < klass->n_fields; i++)
    if (!vw_field_value_equal (klass->fields[i].type, &get_values (a)[i], &get_values (b)[i]))
      return FALSE;

  return klass->equal_extra == NULL || klass->equal_extra (a, b);
}
