/* vw-columns-layout.c: two columns side by side, one above the other when narrow
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libadwaita 1.2 has no breakpoints: this layout puts the first two visible children side by
 * side (the first gets first_share of the width) when the widget is at least
 * min_side_by_side wide, and stacks them otherwise, so a page fits a folded window without
 * wasting a wide one. The minimum width is the wider child's, the natural width both.
 */

#include "vw-columns-layout.h"

struct _VwColumnsLayout
{
  GtkLayoutManager parent_instance;

  int    min_side_by_side;
  double first_share;
  int    spacing;
};

G_DEFINE_FINAL_TYPE (VwColumnsLayout, vw_columns_layout, GTK_TYPE_LAYOUT_MANAGER)

static int
visible_children (GtkWidget  *widget,
                  GtkWidget **out)
{
  int n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL && n < 2;
       c = gtk_widget_get_next_sibling (c))
    if (gtk_widget_should_layout (c))
      out[n++] = c;
  return n;
}

static void
column_widths (VwColumnsLayout *self,
               int              width,
               int             *first,
               int             *second)
{
  *first = (int) ((width - self->spacing) * self->first_share);
  *second = width - self->spacing - *first;
}

static void
vw_columns_layout_measure (GtkLayoutManager *manager,
                           GtkWidget        *widget,
                           GtkOrientation    orientation,
                           int               for_size,
                           int              *minimum,
                           int              *natural,
                           int              *minimum_baseline,
                           int              *natural_baseline)
{
  VwColumnsLayout *self = VW_COLUMNS_LAYOUT (manager);
  GtkWidget *kids[2];
  int n = visible_children (widget, kids);
  int min[2] = { 0, 0 }, nat[2] = { 0, 0 };

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      for (int i = 0; i < n; i++)
        gtk_widget_measure (kids[i], orientation, -1, &min[i], &nat[i], NULL, NULL);
      *minimum = MAX (min[0], min[1]);
      *natural = MAX (nat[0] + nat[1] + (n > 1 ? self->spacing : 0), *minimum);
      return;
    }

  if (n == 2 && for_size >= self->min_side_by_side)
    {
      int w[2];

      column_widths (self, for_size, &w[0], &w[1]);
      for (int i = 0; i < n; i++)
        gtk_widget_measure (kids[i], orientation, w[i], &min[i], &nat[i], NULL, NULL);
      *minimum = MAX (min[0], min[1]);
      *natural = MAX (nat[0], nat[1]);
      return;
    }

  for (int i = 0; i < n; i++)
    gtk_widget_measure (kids[i], orientation, for_size, &min[i], &nat[i], NULL, NULL);
  *minimum = min[0] + min[1] + (n > 1 ? self->spacing : 0);
  *natural = nat[0] + nat[1] + (n > 1 ? self->spacing : 0);
}

static void
vw_columns_layout_allocate (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            int               width,
                            int               height,
                            int               baseline)
{
  VwColumnsLayout *self = VW_COLUMNS_LAYOUT (manager);
  GtkWidget *kids[2];
  int n = visible_children (widget, kids);

  if (n == 2 && width >= self->min_side_by_side)
    {
      int w[2], min[2];

      column_widths (self, width, &w[0], &w[1]);
      for (int i = 0; i < 2; i++)
        gtk_widget_measure (kids[i], GTK_ORIENTATION_HORIZONTAL, -1, &min[i], NULL, NULL, NULL);
      /* A column never gets less than its minimum; the other gives way. */
      if (w[0] < min[0])
        w[0] = min[0], w[1] = width - self->spacing - w[0];
      else if (w[1] < min[1])
        w[1] = min[1], w[0] = width - self->spacing - w[1];
      gtk_widget_size_allocate (kids[0], &(GtkAllocation) { 0, 0, w[0], height }, -1);
      gtk_widget_size_allocate (kids[1],
                                &(GtkAllocation) { w[0] + self->spacing, 0, w[1], height }, -1);
      return;
    }

  {
    int y = 0;

    for (int i = 0; i < n; i++)
      {
        int h;

        gtk_widget_measure (kids[i], GTK_ORIENTATION_VERTICAL, width, &h, NULL, NULL, NULL);
        gtk_widget_size_allocate (kids[i], &(GtkAllocation) { 0, y, width, h }, -1);
        y += h + self->spacing;
      }
  }
}

static GtkSizeRequestMode
vw_columns_layout_get_request_mode (GtkLayoutManager *manager,
                                    GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vw_columns_layout_class_init (VwColumnsLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->measure = vw_columns_layout_measure;
  manager_class->allocate = vw_columns_layout_allocate;
  manager_class->get_request_mode = vw_columns_layout_get_request_mode;
}

static void
vw_columns_layout_init (VwColumnsLayout *self)
{
}

/**
 * vw_columns_layout_new:
 * @min_side_by_side: the width from which the columns stand side by side
 * @first_share: the first column's share of the width then (0…1)
 * @spacing: between the columns, or between them stacked
 */
GtkLayoutManager *
vw_columns_layout_new (int    min_side_by_side,
                       double first_share,
                       int    spacing)
{
  VwColumnsLayout *self = g_object_new (VW_TYPE_COLUMNS_LAYOUT, NULL);

  self->min_side_by_side = min_side_by_side;
  self->first_share = CLAMP (first_share, 0.1, 0.9);
  self->spacing = spacing;
  return GTK_LAYOUT_MANAGER (self);
}
