/* vw-element-row.c: one value element as a row of the selector, with its computed figures
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The element's own fields are bound directly from the element; what the row adds are the
 * figures computed from them (the ranking score) and from the model (the value), as
 * properties the cells bind to, so a changed rating or input updates one cell, not the table.
 */

#include <glib/gi18n.h>

#include "vw-element-ranking.h"
#include "vw-element-row.h"

struct _VwElementRow
{
  GObject         parent_instance;

  VwValueElement *element;
  double          score;
  char           *score_text;
  gboolean        has_value;
  double          value;
  char           *value_text;
};

G_DEFINE_FINAL_TYPE (VwElementRow, vw_element_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ELEMENT,
  PROP_SCORE_TEXT,
  PROP_VALUE_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_score (VwElementRow *self)
{
  double score = vw_value_element_get_rank_score (self->element);

  if (self->score_text != NULL && score == self->score)
    return;

  self->score = score;
  g_free (self->score_text);
  /* The score is 0–100; a whole number reads best in a table. */
  self->score_text = g_strdup_printf ("%.0f", score);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE_TEXT]);
}

static void
on_element_notify_cb (VwElementRow *self,
                      GParamSpec   *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "salience") || g_str_equal (name, "differentiation")
      || g_str_equal (name, "impact"))
    update_score (self);
}

static void
vw_element_row_dispose (GObject *object)
{
  VwElementRow *self = VW_ELEMENT_ROW (object);

  if (self->element != NULL)
    g_signal_handlers_disconnect_by_data (self->element, self);
  g_clear_object (&self->element);

  G_OBJECT_CLASS (vw_element_row_parent_class)->dispose (object);
}

static void
vw_element_row_finalize (GObject *object)
{
  VwElementRow *self = VW_ELEMENT_ROW (object);

  g_free (self->score_text);
  g_free (self->value_text);

  G_OBJECT_CLASS (vw_element_row_parent_class)->finalize (object);
}

static void
vw_element_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VwElementRow *self = VW_ELEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ELEMENT:
      g_value_set_object (value, self->element);
      break;
    case PROP_SCORE_TEXT:
      g_value_set_string (value, self->score_text);
      break;
    case PROP_VALUE_TEXT:
      g_value_set_string (value, self->value_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vw_element_row_class_init (VwElementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vw_element_row_dispose;
  object_class->finalize = vw_element_row_finalize;
  object_class->get_property = vw_element_row_get_property;

  properties[PROP_ELEMENT] =
    g_param_spec_object ("element", NULL, NULL, VW_TYPE_VALUE_ELEMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCORE_TEXT] =
    g_param_spec_string ("score-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE_TEXT] =
    g_param_spec_string ("value-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vw_element_row_init (VwElementRow *self)
{
  self->value_text = g_strdup ("");
}

VwElementRow *
vw_element_row_new (VwValueElement *element)
{
  VwElementRow *self;

  g_return_val_if_fail (VW_IS_VALUE_ELEMENT (element), NULL);

  self = g_object_new (VW_TYPE_ELEMENT_ROW, NULL);
  self->element = g_object_ref (element);
  update_score (self);
  g_signal_connect_swapped (element, "notify", G_CALLBACK (on_element_notify_cb), self);

  return self;
}

VwValueElement *
vw_element_row_get_element (VwElementRow *self)
{
  g_return_val_if_fail (VW_IS_ELEMENT_ROW (self), NULL);
  return self->element;
}

double
vw_element_row_get_score (VwElementRow *self)
{
  g_return_val_if_fail (VW_IS_ELEMENT_ROW (self), 0);
  return self->score;
}

const char *
vw_element_row_get_score_text (VwElementRow *self)
{
  g_return_val_if_fail (VW_IS_ELEMENT_ROW (self), NULL);
  return self->score_text;
}

gboolean
vw_element_row_has_value (VwElementRow *self)
{
  g_return_val_if_fail (VW_IS_ELEMENT_ROW (self), FALSE);
  return self->has_value;
}

double
vw_element_row_get_value (VwElementRow *self)
{
  g_return_val_if_fail (VW_IS_ELEMENT_ROW (self), 0);
  return self->value;
}

const char *
vw_element_row_get_value_text (VwElementRow *self)
{
  g_return_val_if_fail (VW_IS_ELEMENT_ROW (self), NULL);
  return self->value_text;
}

/**
 * vw_element_row_set_value:
 * @has_value: whether the element is quantified with a number
 * @value: its value, for sorting
 * @text: (nullable): the value as shown: a figure, an error, or empty
 */
void
vw_element_row_set_value (VwElementRow *self,
                          gboolean      has_value,
                          double        value,
                          const char   *text)
{
  g_return_if_fail (VW_IS_ELEMENT_ROW (self));

  self->has_value = has_value;
  self->value = has_value ? value : 0;
  if (g_strcmp0 (self->value_text, text != NULL ? text : "") == 0)
    return;

  g_free (self->value_text);
  self->value_text = g_strdup (text != NULL ? text : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE_TEXT]);
}
