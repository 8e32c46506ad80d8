/* vw-chart-theme.h: colours and type of the charts, one set per surface
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vw-chart-data.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} VwChartColor;

typedef enum
{
  VW_CHART_THEME_LIGHT,
  VW_CHART_THEME_DARK,
  VW_CHART_THEME_PRINT,          /* PDF: white paper, greyscale-safe hatching */
  VW_CHART_THEME_HIGH_CONTRAST,
  VW_CHART_N_THEMES
} VwChartThemeId;

#define VW_CHART_PALETTE_SIZE 8

/* A plain struct: a widget copies a built-in theme and replaces what the style manager
 * knows better (the accent colour, the font). */
typedef struct
{
  VwChartThemeId id;
  VwChartColor   background;
  VwChartColor   foreground;
  VwChartColor   muted;          /* secondary text, axis titles */
  VwChartColor   grid;
  VwChartColor   axis;
  VwChartColor   status_quo;     /* neutral grey */
  VwChartColor   offer;          /* our offer: the accent blue */
  VwChartColor   competitor;     /* orange */
  VwChartColor   benefit;        /* green */
  VwChartColor   cost;           /* red */
  VwChartColor   total;          /* totals: neutral, darker than status quo */
  VwChartColor   internal;       /* tint of internal-only items */
  VwChartColor   highlight;      /* focus and hover ring */
  VwChartColor   palette[VW_CHART_PALETTE_SIZE];
  char           font_family[64];
  double         font_size;      /* base size in px at scale 1 */
  double         line_width;
  gboolean       hatch;          /* pattern fills so greyscale prints stay readable */
  gboolean       draw_background;
} VwChartTheme;

const VwChartTheme *vw_chart_theme_get         (VwChartThemeId      id);
gboolean            vw_chart_theme_parse       (const char         *name,
                                                VwChartThemeId     *id);
VwChartColor        vw_chart_theme_role_color  (const VwChartTheme *theme,
                                                VwChartRole         role);
VwChartColor        vw_chart_color_mix         (VwChartColor        a,
                                                VwChartColor        b,
                                                double              t);
VwChartColor        vw_chart_color_text_on     (const VwChartTheme *theme,
                                                VwChartColor        fill);
double              vw_chart_color_luminance   (VwChartColor        color);
double              vw_chart_color_contrast    (VwChartColor        a,
                                                VwChartColor        b);

G_END_DECLS
