/* vw-chart-data.h: what a chart shows, as plain data
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "vw-format.h"

G_BEGIN_DECLS

/* The chart kinds of the product. How each reads the data (categories, series, points,
 * markers) is written next to its painter and summarized here:
 *
 * VALUE_WATERFALL, EVC_WATERFALL: one category per step; series[0] holds each step's value.
 *   A category flagged TOTAL is a level drawn from zero (baseline, reference price, net value,
 *   EVC), the others are deltas from the running level. EVC: a PRICE marker; the customer's
 *   incentive (EVC − price) is drawn between the price and the last total.
 * TCO: one category per alternative (with its role); one series per cost component, the
 *   series with role PRICE first. Stacked; "price is only N % of TCO" for the OFFER category.
 * CASH_FLOW: one category per period; a series with style BARS (cash flow per period) and
 *   LINE/DASHED series (cumulative, cumulative discounted). The payback crossing is taken from
 *   a PAYBACK marker (value in periods) or found on the first cumulative line.
 * TORNADO: one category per input; series[0] = output at the input's low end, series[1] =
 *   at its high end; base_value is the base case. Sorted by swing, ties in input order.
 * HISTOGRAM, S_CURVE: series[0] holds the Monte Carlo samples (any count); P10/P50/P90
 *   markers are used when given, else computed (type 7, non-exceedance).
 * KPI_BULLET: one category per KPI (own format, LOWER_IS_BETTER flag); series[0] baseline,
 *   series[1] with our offer, series[2] target (NAN = none).
 * STAKEHOLDER_MAP: points (x = attitude, y = influence, group = buying-center role),
 *   groups name the roles; links join points; x/y ranges in the data.
 * VALUE_BUBBLES: points (x = salience, y = differentiation, size = economic impact,
 *   group = dimension, selected).
 * VERIFICATION: one category per period; series[0] promised, series[1] realized (NAN = not
 *   measured yet). Cumulative sums are drawn below.
 * PRICE_CORRIDOR: markers COST and FLOOR (internal), REFERENCE, PRICE, EVC.
 */
typedef enum
{
  VW_CHART_VALUE_WATERFALL,
  VW_CHART_EVC_WATERFALL,
  VW_CHART_TCO,
  VW_CHART_CASH_FLOW,
  VW_CHART_TORNADO,
  VW_CHART_HISTOGRAM,
  VW_CHART_S_CURVE,
  VW_CHART_KPI_BULLET,
  VW_CHART_STAKEHOLDER_MAP,
  VW_CHART_VALUE_BUBBLES,
  VW_CHART_VERIFICATION,
  VW_CHART_PRICE_CORRIDOR,
  VW_CHART_N_KINDS
} VwChartKind;

/* What an item stands for; it decides the colour, the same in every chart. */
typedef enum
{
  VW_CHART_ROLE_NEUTRAL,
  VW_CHART_ROLE_STATUS_QUO,
  VW_CHART_ROLE_OFFER,
  VW_CHART_ROLE_COMPETITOR,
  VW_CHART_ROLE_BENEFIT,
  VW_CHART_ROLE_COST,
  VW_CHART_ROLE_TOTAL,
  VW_CHART_ROLE_PRICE,
  VW_CHART_ROLE_PALETTE,      /* + n: the n-th colour of the categorical palette */
} VwChartRole;

typedef enum
{
  VW_SERIES_BARS,
  VW_SERIES_LINE,
  VW_SERIES_DASHED,
} VwSeriesStyle;

typedef enum
{
  VW_CATEGORY_TOTAL           = 1 << 0,
  VW_CATEGORY_LOWER_IS_BETTER = 1 << 1,
  VW_CATEGORY_INTERNAL        = 1 << 2,
} VwCategoryFlags;

typedef enum
{
  VW_MARKER_PRICE,
  VW_MARKER_REFERENCE,
  VW_MARKER_EVC,
  VW_MARKER_COST,
  VW_MARKER_FLOOR,
  VW_MARKER_PAYBACK,
  VW_MARKER_P10,
  VW_MARKER_P50,
  VW_MARKER_P90,
  VW_MARKER_TARGET,
} VwMarkerKind;

typedef struct
{
  char            *label;
  VwCategoryFlags  flags;
  VwChartRole      role;
  char            *formula;     /* nullable: shown in the tooltip */
  gboolean         has_format;  /* KPI rows each have their own unit */
  VwValueFormat    format;
  char            *currency;    /* owned strings behind format */
  char            *unit;
  int              source_variable;     /* the figure the item shows, for "Explain": a */
  int              source_alternative;  /* variable and an alternative of the case, or -1 */
} VwChartCategory;

typedef struct
{
  char          *name;
  VwChartRole    role;
  VwSeriesStyle  style;
  double        *values;
  guint          n_values;
  char          *formula;       /* nullable */
  int            source_variable;  /* the variable the series shows, or -1 */
} VwChartSeries;

typedef struct
{
  char     *label;
  char     *detail;             /* nullable: second line, e.g. linked value elements */
  double    x;
  double    y;
  double    size;
  int       group;              /* index in groups, or -1 */
  gboolean  selected;
  char     *formula;
} VwChartPoint;

typedef struct
{
  VwMarkerKind  kind;
  char         *label;
  double        value;
  gboolean      internal;       /* drawn only for an internal audience */
} VwChartMarker;

typedef struct
{
  guint from;
  guint to;
} VwChartLink;

typedef struct _VwChartData VwChartData;

struct _VwChartData
{
  /*< private >*/
  gatomicrefcount        ref_count;

  /*< public >*/
  VwChartKind            kind;
  char                  *title;         /* drawn when set (report, export); on screen the
                                         * card has the title, so leave it NULL there */
  char                  *subtitle;
  char                  *x_title;
  char                  *y_title;
  const VwNumberLocale  *locale;
  VwValueFormat          format;        /* of the values; strings owned below */
  char                  *currency;
  char                  *unit;
  gboolean               internal;      /* the audience may see internal figures */
  double                 base_value;
  double                 x_min, x_max, y_min, y_max;   /* point charts; NAN = automatic */
  VwPeriodUnit           period_unit;

  GArray                *categories;    /* VwChartCategory */
  GPtrArray             *series;        /* VwChartSeries * */
  GArray                *points;        /* VwChartPoint */
  GArray                *markers;       /* VwChartMarker */
  GArray                *links;         /* VwChartLink */
  GPtrArray             *groups;        /* char * */
};

#define VW_TYPE_CHART_DATA (vw_chart_data_get_type ())

GType          vw_chart_data_get_type            (void) G_GNUC_CONST;
VwChartData   *vw_chart_data_new                 (VwChartKind           kind);
VwChartData   *vw_chart_data_ref                 (VwChartData          *self);
void           vw_chart_data_unref               (VwChartData          *self);
VwChartData   *vw_chart_data_copy                (const VwChartData    *self);
void           vw_chart_data_set_title           (VwChartData          *self,
                                                  const char           *title,
                                                  const char           *subtitle);
void           vw_chart_data_set_axis_titles     (VwChartData          *self,
                                                  const char           *x_title,
                                                  const char           *y_title);
void           vw_chart_data_set_format          (VwChartData          *self,
                                                  const VwNumberLocale *locale,
                                                  VwValueKind           kind,
                                                  const char           *currency_or_unit,
                                                  int                   decimals);
guint          vw_chart_data_add_category        (VwChartData          *self,
                                                  const char           *label,
                                                  VwCategoryFlags       flags,
                                                  VwChartRole           role);
void           vw_chart_data_set_category_format (VwChartData          *self,
                                                  guint                 index,
                                                  VwValueKind           kind,
                                                  const char           *currency_or_unit,
                                                  int                   decimals);
void           vw_chart_data_set_category_formula (VwChartData         *self,
                                                  guint                 index,
                                                  const char           *formula);
void           vw_chart_data_set_category_source (VwChartData          *self,
                                                  guint                 index,
                                                  int                   variable,
                                                  int                   alternative);
gboolean       vw_chart_data_get_item_source     (const VwChartData    *self,
                                                  int                   series,
                                                  int                   index,
                                                  int                  *variable,
                                                  int                  *alternative);
VwChartSeries *vw_chart_data_add_series          (VwChartData          *self,
                                                  const char           *name,
                                                  VwChartRole           role,
                                                  VwSeriesStyle         style,
                                                  const double         *values,
                                                  guint                 n_values);
guint          vw_chart_data_add_point           (VwChartData          *self,
                                                  const char           *label,
                                                  double                x,
                                                  double                y,
                                                  double                size,
                                                  int                   group);
void           vw_chart_data_add_marker          (VwChartData          *self,
                                                  VwMarkerKind          kind,
                                                  const char           *label,
                                                  double                value,
                                                  gboolean              internal);
void           vw_chart_data_add_link            (VwChartData          *self,
                                                  guint                 from,
                                                  guint                 to);
guint          vw_chart_data_add_group           (VwChartData          *self,
                                                  const char           *name);
const VwChartMarker *vw_chart_data_find_marker   (const VwChartData    *self,
                                                  VwMarkerKind          kind);
const VwValueFormat *vw_chart_data_get_category_format (const VwChartData *self,
                                                        guint              index);
gboolean       vw_chart_data_same_shape          (const VwChartData    *a,
                                                  const VwChartData    *b);
VwChartData   *vw_chart_data_interpolate         (const VwChartData    *from,
                                                  const VwChartData    *to,
                                                  double                t);
const char    *vw_chart_kind_to_string           (VwChartKind           kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VwChartData, vw_chart_data_unref)

G_END_DECLS
