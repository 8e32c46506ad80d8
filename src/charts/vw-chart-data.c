/* vw-chart-data.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-data"

#include <math.h>

#include "vw-chart-data.h"

G_DEFINE_BOXED_TYPE (VwChartData, vw_chart_data, vw_chart_data_ref, vw_chart_data_unref)

static void
category_clear (gpointer data)
{
  VwChartCategory *c = data;

  g_clear_pointer (&c->label, g_free);
  g_clear_pointer (&c->formula, g_free);
  g_clear_pointer (&c->currency, g_free);
  g_clear_pointer (&c->unit, g_free);
}

static void
series_free (gpointer data)
{
  VwChartSeries *s = data;

  g_free (s->name);
  g_free (s->values);
  g_free (s->formula);
  g_free (s);
}

static void
point_clear (gpointer data)
{
  VwChartPoint *p = data;

  g_clear_pointer (&p->label, g_free);
  g_clear_pointer (&p->detail, g_free);
  g_clear_pointer (&p->formula, g_free);
}

static void
marker_clear (gpointer data)
{
  VwChartMarker *m = data;

  g_clear_pointer (&m->label, g_free);
}

VwChartData *
vw_chart_data_new (VwChartKind kind)
{
  VwChartData *self;

  g_return_val_if_fail (kind < VW_CHART_N_KINDS, NULL);

  self = g_new0 (VwChartData, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->locale = vw_number_locale_lookup (NULL);
  self->format.kind = VW_VALUE_NUMBER;
  self->format.decimals = -1;
  self->x_min = self->x_max = self->y_min = self->y_max = NAN;

  self->categories = g_array_new (FALSE, TRUE, sizeof (VwChartCategory));
  g_array_set_clear_func (self->categories, category_clear);
  self->series = g_ptr_array_new_with_free_func (series_free);
  self->points = g_array_new (FALSE, TRUE, sizeof (VwChartPoint));
  g_array_set_clear_func (self->points, point_clear);
  self->markers = g_array_new (FALSE, TRUE, sizeof (VwChartMarker));
  g_array_set_clear_func (self->markers, marker_clear);
  self->links = g_array_new (FALSE, TRUE, sizeof (VwChartLink));
  self->groups = g_ptr_array_new_with_free_func (g_free);

  return self;
}

VwChartData *
vw_chart_data_ref (VwChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
vw_chart_data_unref (VwChartData *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->x_title);
  g_free (self->y_title);
  g_free (self->currency);
  g_free (self->unit);
  g_array_unref (self->categories);
  g_ptr_array_unref (self->series);
  g_array_unref (self->points);
  g_array_unref (self->markers);
  g_array_unref (self->links);
  g_ptr_array_unref (self->groups);
  g_free (self);
}

void
vw_chart_data_set_title (VwChartData *self,
                         const char  *title,
                         const char  *subtitle)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  g_free (self->subtitle);
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
}

void
vw_chart_data_set_axis_titles (VwChartData *self,
                               const char  *x_title,
                               const char  *y_title)
{
  g_return_if_fail (self != NULL);

  g_free (self->x_title);
  g_free (self->y_title);
  self->x_title = g_strdup (x_title);
  self->y_title = g_strdup (y_title);
}

/* The format's strings point into storage owned by the data, so a copied format never
 * dangles after the caller's strings are gone. */
static void
fill_format (VwValueFormat *format,
             char         **currency,
             char         **unit,
             VwValueKind    kind,
             const char    *currency_or_unit,
             int            decimals)
{
  g_clear_pointer (currency, g_free);
  g_clear_pointer (unit, g_free);

  format->kind = kind;
  format->decimals = decimals;
  format->scale = 0;
  format->currency = NULL;
  format->unit = NULL;

  if (kind == VW_VALUE_CURRENCY)
    format->currency = *currency = g_strdup (currency_or_unit);
  else if (kind == VW_VALUE_NUMBER)
    format->unit = *unit = g_strdup (currency_or_unit);
}

void
vw_chart_data_set_format (VwChartData          *self,
                          const VwNumberLocale *locale,
                          VwValueKind           kind,
                          const char           *currency_or_unit,
                          int                   decimals)
{
  g_return_if_fail (self != NULL);

  self->locale = locale != NULL ? locale : vw_number_locale_lookup (NULL);
  fill_format (&self->format, &self->currency, &self->unit, kind, currency_or_unit, decimals);
}

guint
vw_chart_data_add_category (VwChartData     *self,
                            const char      *label,
                            VwCategoryFlags  flags,
                            VwChartRole      role)
{
  VwChartCategory c = { 0 };

  g_return_val_if_fail (self != NULL, 0);

  c.label = g_strdup (label != NULL ? label : "");
  c.flags = flags;
  c.role = role;
  c.source_variable = c.source_alternative = -1;
  g_array_append_val (self->categories, c);

  return self->categories->len - 1;
}

void
vw_chart_data_set_category_format (VwChartData *self,
                                   guint        index,
                                   VwValueKind  kind,
                                   const char  *currency_or_unit,
                                   int          decimals)
{
  VwChartCategory *c;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->categories->len);

  c = &g_array_index (self->categories, VwChartCategory, index);
  c->has_format = TRUE;
  fill_format (&c->format, &c->currency, &c->unit, kind, currency_or_unit, decimals);
}

void
vw_chart_data_set_category_formula (VwChartData *self,
                                    guint        index,
                                    const char  *formula)
{
  VwChartCategory *c;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->categories->len);

  c = &g_array_index (self->categories, VwChartCategory, index);
  g_free (c->formula);
  c->formula = g_strdup (formula);
}

/**
 * vw_chart_data_set_category_source:
 *
 * Records which figure of the case a category shows, as a variable and an alternative index
 * (either -1 when the category does not decide it), so that activating the item can explain
 * that figure. The charts never read these numbers.
 */
void
vw_chart_data_set_category_source (VwChartData *self,
                                   guint        index,
                                   int          variable,
                                   int          alternative)
{
  VwChartCategory *c;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->categories->len);

  c = &g_array_index (self->categories, VwChartCategory, index);
  c->source_variable = variable;
  c->source_alternative = alternative;
}

/**
 * vw_chart_data_get_item_source:
 * @series: the item's series, or -1
 * @index: the item's category, or -1
 *
 * The figure behind a bar or a row: the category's variable, else the series' variable; the
 * category's alternative. Either is -1 when the data does not say.
 *
 * Returns: whether a variable is known
 */
gboolean
vw_chart_data_get_item_source (const VwChartData *self,
                               int                series,
                               int                index,
                               int               *variable,
                               int               *alternative)
{
  const VwChartCategory *c = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  *variable = *alternative = -1;
  if (index >= 0 && (guint) index < self->categories->len)
    {
      c = &g_array_index (self->categories, VwChartCategory, index);
      *variable = c->source_variable;
      *alternative = c->source_alternative;
    }
  if (*variable < 0 && series >= 0 && (guint) series < self->series->len)
    *variable = ((const VwChartSeries *) g_ptr_array_index (self->series, series))->source_variable;

  return *variable >= 0;
}

const VwValueFormat *
vw_chart_data_get_category_format (const VwChartData *self,
                                   guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index < self->categories->len)
    {
      const VwChartCategory *c = &g_array_index (self->categories, VwChartCategory, index);

      if (c->has_format)
        return &c->format;
    }

  return &self->format;
}

VwChartSeries *
vw_chart_data_add_series (VwChartData   *self,
                          const char    *name,
                          VwChartRole    role,
                          VwSeriesStyle  style,
                          const double  *values,
                          guint          n_values)
{
  VwChartSeries *s;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (values != NULL || n_values == 0, NULL);

  s = g_new0 (VwChartSeries, 1);
  s->name = g_strdup (name != NULL ? name : "");
  s->role = role;
  s->style = style;
  s->n_values = n_values;
  s->values = g_memdup2 (values, sizeof (double) * n_values);
  s->source_variable = -1;
  g_ptr_array_add (self->series, s);

  return s;
}

guint
vw_chart_data_add_point (VwChartData *self,
                         const char  *label,
                         double       x,
                         double       y,
                         double       size,
                         int          group)
{
  VwChartPoint p = { 0 };

  g_return_val_if_fail (self != NULL, 0);

  p.label = g_strdup (label != NULL ? label : "");
  p.x = x;
  p.y = y;
  p.size = size;
  p.group = group;
  g_array_append_val (self->points, p);

  return self->points->len - 1;
}

void
vw_chart_data_add_marker (VwChartData  *self,
                          VwMarkerKind  kind,
                          const char   *label,
                          double        value,
                          gboolean      internal)
{
  VwChartMarker m = { 0 };

  g_return_if_fail (self != NULL);

  m.kind = kind;
  m.label = g_strdup (label != NULL ? label : "");
  m.value = value;
  m.internal = internal;
  g_array_append_val (self->markers, m);
}

void
vw_chart_data_add_link (VwChartData *self,
                        guint        from,
                        guint        to)
{
  VwChartLink link = { from, to };

  g_return_if_fail (self != NULL);

  g_array_append_val (self->links, link);
}

guint
vw_chart_data_add_group (VwChartData *self,
                         const char  *name)
{
  g_return_val_if_fail (self != NULL, 0);

  g_ptr_array_add (self->groups, g_strdup (name != NULL ? name : ""));
  return self->groups->len - 1;
}

/* Internal markers are invisible to a customer audience: the painters only ever see markers
 * through this lookup, so the rule lives in one place. */
const VwChartMarker *
vw_chart_data_find_marker (const VwChartData *self,
                           VwMarkerKind       kind)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->markers->len; i++)
    {
      const VwChartMarker *m = &g_array_index (self->markers, VwChartMarker, i);

      if (m->kind == kind && isfinite (m->value) && (!m->internal || self->internal))
        return m;
    }

  return NULL;
}

VwChartData *
vw_chart_data_copy (const VwChartData *self)
{
  VwChartData *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = vw_chart_data_new (self->kind);
  vw_chart_data_set_title (copy, self->title, self->subtitle);
  vw_chart_data_set_axis_titles (copy, self->x_title, self->y_title);
  vw_chart_data_set_format (copy, self->locale, self->format.kind,
                            self->format.kind == VW_VALUE_CURRENCY ? self->currency : self->unit,
                            self->format.decimals);
  copy->internal = self->internal;
  copy->base_value = self->base_value;
  copy->x_min = self->x_min;
  copy->x_max = self->x_max;
  copy->y_min = self->y_min;
  copy->y_max = self->y_max;
  copy->period_unit = self->period_unit;

  for (guint i = 0; i < self->categories->len; i++)
    {
      const VwChartCategory *c = &g_array_index (self->categories, VwChartCategory, i);
      guint j = vw_chart_data_add_category (copy, c->label, c->flags, c->role);

      if (c->has_format)
        vw_chart_data_set_category_format (copy, j, c->format.kind,
                                           c->format.kind == VW_VALUE_CURRENCY ? c->currency
                                                                               : c->unit,
                                           c->format.decimals);
      vw_chart_data_set_category_formula (copy, j, c->formula);
      vw_chart_data_set_category_source (copy, j, c->source_variable, c->source_alternative);
    }

  for (guint i = 0; i < self->series->len; i++)
    {
      const VwChartSeries *s = g_ptr_array_index (self->series, i);
      VwChartSeries *t = vw_chart_data_add_series (copy, s->name, s->role, s->style,
                                                   s->values, s->n_values);
      t->formula = g_strdup (s->formula);
      t->source_variable = s->source_variable;
    }

  for (guint i = 0; i < self->points->len; i++)
    {
      const VwChartPoint *p = &g_array_index (self->points, VwChartPoint, i);
      guint j = vw_chart_data_add_point (copy, p->label, p->x, p->y, p->size, p->group);
      VwChartPoint *q = &g_array_index (copy->points, VwChartPoint, j);

      q->detail = g_strdup (p->detail);
      q->selected = p->selected;
      q->formula = g_strdup (p->formula);
    }

  for (guint i = 0; i < self->markers->len; i++)
    {
      const VwChartMarker *m = &g_array_index (self->markers, VwChartMarker, i);
      vw_chart_data_add_marker (copy, m->kind, m->label, m->value, m->internal);
    }

  g_array_append_vals (copy->links, self->links->data, self->links->len);

  for (guint i = 0; i < self->groups->len; i++)
    vw_chart_data_add_group (copy, g_ptr_array_index (self->groups, i));

  return copy;
}

/* Two data sets have the same shape when one can be animated into the other: same kind,
 * same number of categories, series (and their lengths), points and markers. */
gboolean
vw_chart_data_same_shape (const VwChartData *a,
                          const VwChartData *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->kind != b->kind ||
      a->categories->len != b->categories->len ||
      a->series->len != b->series->len ||
      a->points->len != b->points->len ||
      a->markers->len != b->markers->len)
    return FALSE;

  for (guint i = 0; i < a->series->len; i++)
    {
      const VwChartSeries *sa = g_ptr_array_index (a->series, i);
      const VwChartSeries *sb = g_ptr_array_index (b->series, i);

      if (sa->n_values != sb->n_values)
        return FALSE;
    }

  return TRUE;
}

static double
lerp (double from,
      double to,
      double t)
{
  /* A value that appears or disappears (NAN on one side) switches at once. */
  if (!isfinite (from) || !isfinite (to))
    return t < 1.0 ? from : to;
  return from + (to - from) * t;
}

/**
 * vw_chart_data_interpolate:
 *
 * The frame of a value animation: @to with every number moved @t of the way from @from.
 * Histogram samples are not interpolated (their order carries no meaning).
 *
 * Returns: (transfer full): a new data set; a copy of @to when the shapes differ.
 */
VwChartData *
vw_chart_data_interpolate (const VwChartData *from,
                           const VwChartData *to,
                           double             t)
{
  VwChartData *out;

  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  out = vw_chart_data_copy (to);
  if (!vw_chart_data_same_shape (from, to) || t >= 1.0)
    return out;

  t = CLAMP (t, 0.0, 1.0);
  out->base_value = lerp (from->base_value, to->base_value, t);

  if (to->kind != VW_CHART_HISTOGRAM && to->kind != VW_CHART_S_CURVE)
    for (guint i = 0; i < out->series->len; i++)
      {
        const VwChartSeries *sf = g_ptr_array_index (from->series, i);
        VwChartSeries *so = g_ptr_array_index (out->series, i);

        for (guint j = 0; j < so->n_values; j++)
          so->values[j] = lerp (sf->values[j], so->values[j], t);
      }

  for (guint i = 0; i < out->points->len; i++)
    {
      const VwChartPoint *pf = &g_array_index (from->points, VwChartPoint, i);
      VwChartPoint *po = &g_array_index (out->points, VwChartPoint, i);

      po->x = lerp (pf->x, po->x, t);
      po->y = lerp (pf->y, po->y, t);
      po->size = lerp (pf->size, po->size, t);
    }

  for (guint i = 0; i < out->markers->len; i++)
    {
      const VwChartMarker *mf = &g_array_index (from->markers, VwChartMarker, i);
      VwChartMarker *mo = &g_array_index (out->markers, VwChartMarker, i);

      mo->value = lerp (mf->value, mo->value, t);
    }

  return out;
}

const char *
vw_chart_kind_to_string (VwChartKind kind)
{
  static const char *names[] = {
    "value-waterfall", "evc-waterfall", "tco", "cash-flow", "tornado", "histogram",
    "s-curve", "kpi-bullet", "stakeholder-map", "value-bubbles", "verification",
    "price-corridor",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == VW_CHART_N_KINDS);
  g_return_val_if_fail (kind < VW_CHART_N_KINDS, NULL);

  return names[kind];
}
