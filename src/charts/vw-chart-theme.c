/* vw-chart-theme.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-theme"

#include <math.h>

#include "vw-chart-theme.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0, 1.0 }

/* The categorical palette is Paul Tol's "muted" scheme, chosen because it stays
 * distinguishable for the common colour-vision deficiencies and has no pure blue or orange,
 * which are reserved for our offer and the competitor. */
#define TOL_MUTED \
  { RGB (0x44AA99), RGB (0xDDCC77), RGB (0xCC6677), RGB (0x332288), \
    RGB (0x88CCEE), RGB (0x999933), RGB (0x882255), RGB (0xAA4499) }

/* The Adwaita palette for the fixed meanings: accent blue, orange, green, red, greys. */
static const VwChartTheme themes[VW_CHART_N_THEMES] = {
  [VW_CHART_THEME_LIGHT] = {
    VW_CHART_THEME_LIGHT,
    RGB (0xFFFFFF), RGB (0x242424), RGB (0x5E5C64), RGB (0xEBEBEB), RGB (0x9A9996),
    RGB (0x9A9996), RGB (0x3584E4), RGB (0xE66100), RGB (0x26A269), RGB (0xC01C28),
    RGB (0x5E5C64), RGB (0xE5A50A), RGB (0x1C71D8),
    TOL_MUTED,
    "Sans", 12.0, 1.0, FALSE, TRUE,
  },
  [VW_CHART_THEME_DARK] = {
    VW_CHART_THEME_DARK,
    RGB (0x1E1E1E), RGB (0xF0F0F0), RGB (0xB0AFAC), RGB (0x333333), RGB (0x77767B),
    RGB (0x9A9996), RGB (0x3584E4), RGB (0xFF7800), RGB (0x33D17A), RGB (0xF66151),
    RGB (0xDEDDDA), RGB (0xF5C211), RGB (0x78AEED),
    { RGB (0x44AA99), RGB (0xDDCC77), RGB (0xCC6677), RGB (0x8877DD),
      RGB (0x88CCEE), RGB (0xAAAA44), RGB (0xBB4477), RGB (0xAA4499) },
    "Sans", 12.0, 1.0, FALSE, TRUE,
  },
  [VW_CHART_THEME_PRINT] = {
    VW_CHART_THEME_PRINT,
    RGB (0xFFFFFF), RGB (0x000000), RGB (0x4A4A4A), RGB (0xE0E0E0), RGB (0x808080),
    RGB (0xA0A0A0), RGB (0x3584E4), RGB (0xE66100), RGB (0x26A269), RGB (0xC01C28),
    RGB (0x4A4A4A), RGB (0xE5A50A), RGB (0x1C71D8),
    TOL_MUTED,
    "Sans", 10.0, 0.8, TRUE, TRUE,
  },
  [VW_CHART_THEME_HIGH_CONTRAST] = {
    VW_CHART_THEME_HIGH_CONTRAST,
    RGB (0xFFFFFF), RGB (0x000000), RGB (0x000000), RGB (0xB0B0B0), RGB (0x000000),
    RGB (0x5E5C64), RGB (0x1A5FB4), RGB (0xA33D00), RGB (0x146B3A), RGB (0xA51D2D),
    RGB (0x000000), RGB (0x9C6E03), RGB (0x000000),
    { RGB (0x117733), RGB (0x886600), RGB (0x882255), RGB (0x332288),
      RGB (0x116688), RGB (0x666611), RGB (0xAA3377), RGB (0x444444) },
    "Sans", 12.0, 1.5, TRUE, TRUE,
  },
};

const VwChartTheme *
vw_chart_theme_get (VwChartThemeId id)
{
  g_return_val_if_fail (id < VW_CHART_N_THEMES, &themes[0]);

  return &themes[id];
}

/**
 * vw_chart_theme_parse:
 * @name: "light", "dark", "print" or "high-contrast"
 * @id: (out): the theme
 *
 * Returns: %FALSE for any other name
 */
gboolean
vw_chart_theme_parse (const char     *name,
                      VwChartThemeId *id)
{
  static const char * const names[VW_CHART_N_THEMES] = {
    "light", "dark", "print", "high-contrast"
  };

  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < VW_CHART_N_THEMES; i++)
    if (g_strcmp0 (name, names[i]) == 0)
      {
        *id = (VwChartThemeId) i;
        return TRUE;
      }
  return FALSE;
}

VwChartColor
vw_chart_theme_role_color (const VwChartTheme *theme,
                           VwChartRole         role)
{
  VwChartColor black = { 0, 0, 0, 1 };

  g_return_val_if_fail (theme != NULL, black);

  switch (role)
    {
    case VW_CHART_ROLE_STATUS_QUO: return theme->status_quo;
    case VW_CHART_ROLE_OFFER:      return theme->offer;
    case VW_CHART_ROLE_COMPETITOR: return theme->competitor;
    case VW_CHART_ROLE_BENEFIT:    return theme->benefit;
    case VW_CHART_ROLE_COST:       return theme->cost;
    case VW_CHART_ROLE_TOTAL:      return theme->total;
    case VW_CHART_ROLE_PRICE:      return theme->offer;
    case VW_CHART_ROLE_NEUTRAL:    return theme->status_quo;
    case VW_CHART_ROLE_PALETTE:
    default:
      return theme->palette[(role - VW_CHART_ROLE_PALETTE) % VW_CHART_PALETTE_SIZE];
    }
}

VwChartColor
vw_chart_color_mix (VwChartColor a,
                    VwChartColor b,
                    double       t)
{
  return (VwChartColor) {
    a.red + (b.red - a.red) * t,
    a.green + (b.green - a.green) * t,
    a.blue + (b.blue - a.blue) * t,
    a.alpha + (b.alpha - a.alpha) * t,
  };
}

static double
linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* WCAG relative luminance. */
double
vw_chart_color_luminance (VwChartColor color)
{
  return 0.2126 * linear (color.red) + 0.7152 * linear (color.green) +
         0.0722 * linear (color.blue);
}

double
vw_chart_color_contrast (VwChartColor a,
                         VwChartColor b)
{
  double la = vw_chart_color_luminance (a) + 0.05;
  double lb = vw_chart_color_luminance (b) + 0.05;

  return la > lb ? la / lb : lb / la;
}

/* Black or white text on a filled shape, whichever reads better. */
VwChartColor
vw_chart_color_text_on (const VwChartTheme *theme,
                        VwChartColor        fill)
{
  VwChartColor white = { 1, 1, 1, 1 };
  VwChartColor black = { 0, 0, 0, 1 };

  return vw_chart_color_contrast (fill, white) >= vw_chart_color_contrast (fill, black)
           ? white : black;
}
