/* vw-item.h: the base of every item of a value case (stakeholder, KPI, variable…)
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The lists of a value case, in file order. */
typedef enum
{
  VW_ITEM_META,
  VW_ITEM_ALTERNATIVE,
  VW_ITEM_STAKEHOLDER,
  VW_ITEM_STATEMENT,
  VW_ITEM_KPI,
  VW_ITEM_ELEMENT,
  VW_ITEM_VARIABLE,
  VW_ITEM_SCENARIO,
  VW_ITEM_VERIFICATION,
  VW_ITEM_SNAPSHOT,
  VW_ITEM_VISION,     /* the solution vision: the customer's criteria */
  VW_ITEM_N_KINDS
} VwItemKind;

typedef enum
{
  VW_FIELD_STRING,    /* free text, one line or several */
  VW_FIELD_ENUM,      /* one of VwFieldInfo.choices */
  VW_FIELD_INT,
  VW_FIELD_DOUBLE,
  VW_FIELD_BOOL,
  VW_FIELD_REF,       /* the id of an item of VwFieldInfo.ref_kind */
  VW_FIELD_REFS,      /* space-separated ids of items of VwFieldInfo.ref_kind */
  VW_FIELD_DATE,      /* YYYY-MM-DD */
  VW_FIELD_DATETIME,  /* ISO 8601 with a time zone */
  VW_FIELD_ID,        /* an identifier [a-z_][a-z0-9_]*, not a reference (e.g. a template id) */
} VwFieldType;

typedef enum
{
  VW_FIELD_REQUIRED = 1 << 0,
  VW_FIELD_INTERNAL = 1 << 1,  /* never shown to the customer (see vw_document_is_internal) */
} VwFieldFlags;

typedef struct
{
  const char         *name;       /* property name and XML attribute, e.g. "reports-to" */
  VwFieldType         type;
  VwFieldFlags        flags;
  const char         *label;      /* the field in a seller's words, for messages */
  const char * const *choices;    /* VW_FIELD_ENUM */
  double              min;        /* VW_FIELD_INT / VW_FIELD_DOUBLE; no range when min > max */
  double              max;
  VwItemKind          ref_kind;   /* VW_FIELD_REF / VW_FIELD_REFS */
  const char         *dflt;       /* the value when unset, in file syntax; NULL = empty / 0 */
} VwFieldInfo;

/* One field's value. Strings are owned. */
typedef struct
{
  gboolean  set;
  char     *s;  /* STRING, ENUM, REF, DATE, DATETIME, ID */
  char    **v;  /* REFS */
  gint64    i;  /* INT, BOOL */
  double    d;  /* DOUBLE */
} VwFieldValue;

#define VW_TYPE_ITEM (vw_item_get_type ())

G_DECLARE_DERIVABLE_TYPE (VwItem, vw_item, VW, ITEM, GObject)

struct _VwItemClass
{
  GObjectClass parent_class;

  VwItemKind         kind;
  const char        *element;    /* XML element name, e.g. "stakeholder" */
  const char        *noun;       /* for undo labels, e.g. "stakeholder" */
  const VwFieldInfo *fields;
  guint              n_fields;
  GParamSpec       **pspecs;     /* one per field */

  /* Subclasses with data beyond their fields (a variable's values) copy and compare it here. */
  void     (*copy_extra)  (VwItem *src,
                           VwItem *dest);
  gboolean (*equal_extra) (VwItem *a,
                           VwItem *b);
};

void               vw_item_class_setup        (VwItemClass        *klass,
                                               VwItemKind          kind,
                                               const char         *element,
                                               const char         *noun,
                                               const VwFieldInfo  *fields,
                                               guint               n_fields);
GType              vw_item_kind_get_type_for  (VwItemKind          kind);
const char        *vw_item_kind_get_element   (VwItemKind          kind);
const VwFieldInfo *vw_item_kind_get_fields    (VwItemKind          kind,
                                               guint              *n_fields);
int                vw_item_kind_find_field    (VwItemKind          kind,
                                               const char         *name);

VwItem            *vw_item_new                (VwItemKind          kind,
                                               const char         *id);
VwItemKind         vw_item_get_kind           (VwItem             *self);
const char        *vw_item_get_id             (VwItem             *self);
void               vw_item_set_id             (VwItem             *self,
                                               const char         *id);
const char        *vw_item_get_display_name   (VwItem             *self);
const VwFieldInfo *vw_item_get_fields         (VwItem             *self,
                                               guint              *n_fields);
int                vw_item_find_field         (VwItem             *self,
                                               const char         *name);

gboolean           vw_item_is_set             (VwItem             *self,
                                               const char         *field);
const char        *vw_item_get_string         (VwItem             *self,
                                               const char         *field);
gint64             vw_item_get_int            (VwItem             *self,
                                               const char         *field);
double             vw_item_get_double         (VwItem             *self,
                                               const char         *field);
gboolean           vw_item_get_bool           (VwItem             *self,
                                               const char         *field);
const char * const *vw_item_get_strv          (VwItem             *self,
                                               const char         *field);
gboolean           vw_item_set_string         (VwItem             *self,
                                               const char         *field,
                                               const char         *value);
gboolean           vw_item_set_int            (VwItem             *self,
                                               const char         *field,
                                               gint64              value);
gboolean           vw_item_set_double         (VwItem             *self,
                                               const char         *field,
                                               double              value);
gboolean           vw_item_set_bool           (VwItem             *self,
                                               const char         *field,
                                               gboolean            value);
gboolean           vw_item_set_strv           (VwItem             *self,
                                               const char         *field,
                                               const char * const *value);
gboolean           vw_item_unset              (VwItem             *self,
                                               const char         *field);

/* Low level, by field index (the loader, the commands). */
const VwFieldValue *vw_item_peek_value        (VwItem             *self,
                                               guint               index);
gboolean           vw_item_set_value          (VwItem             *self,
                                               guint               index,
                                               const VwFieldValue *value);

void               vw_field_value_copy        (const VwFieldValue *src,
                                               VwFieldValue       *dest);
void               vw_field_value_clear       (VwFieldValue       *value);
gboolean           vw_field_value_equal       (VwFieldType         type,
                                               const VwFieldValue *a,
                                               const VwFieldValue *b);

VwItem            *vw_item_copy               (VwItem             *self);
gboolean           vw_item_equal              (VwItem             *a,
                                               VwItem             *b);
char              *vw_text_sanitize           (const char         *text);
gboolean           vw_id_is_valid             (const char         *id);

G_END_DECLS
