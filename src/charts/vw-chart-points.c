/* vw-chart-points.c: the stakeholder map and the value-element bubble chart
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vw-chart-points"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-chart-private.h"

typedef struct
{
  guint  index;
  double x, y, r;
  double priority;
} Placed;

static int
compare_priority (gconstpointer a,
                  gconstpointer b)
{
  const Placed *pa = a, *pb = b;

  if (pa->priority != pb->priority)
    return pa->priority > pb->priority ? -1 : 1;
  return (int) pa->index - (int) pb->index;
}

static void
init_range (VwChartAxis       *axis,
            const VwChartData *data,
            double             fixed_min,
            double             fixed_max,
            gboolean           is_x)
{
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;

  if (isfinite (fixed_min) && isfinite (fixed_max) && fixed_max > fixed_min)
    {
      vw_chart_axis_init (axis, fixed_min, fixed_max, 6, FALSE);
      /* The data's range is the user's scale (0–10, −1…+1): keep it exactly. */
      axis->min = fixed_min;
      axis->max = fixed_max;
      return;
    }

  for (guint i = 0; i < data->points->len; i++)
    {
      const VwChartPoint *p = &g_array_index (data->points, VwChartPoint, i);
      double v = is_x ? p->x : p->y;

      if (isfinite (v))
        {
          lo = MIN (lo, v);
          hi = MAX (hi, v);
        }
    }
  if (lo > hi)
    lo = 0, hi = 1;
  vw_chart_axis_init (axis, lo, hi, 6, FALSE);
}

/* Tries the four sides of a bubble; a label that fits nowhere is left to the tooltip rather
 * than drawn over another. */
static gboolean
covers_bubble (const GArray      *placed,
               const VwChartRect *rect,
               guint              self)
{
  for (guint k = 0; k < placed->len; k++)
    {
      const Placed *pl = &g_array_index (placed, Placed, k);
      /* The square inside the circle: a label may graze a bubble's rim, not its body. */
      double half = pl->r * 0.75;
      VwChartRect body = { pl->x - half, pl->y - half, 2 * half, 2 * half };

      if (pl->index != self && vw_chart_rect_intersects (rect, &body))
        return TRUE;
    }

  return FALSE;
}

static void
place_label (VwChartCtx        *ctx,
             const VwChartRect *bounds,
             const GArray      *placed,
             guint              self,
             const char        *text,
             double             x,
             double             y,
             double             r,
             gboolean           bold,
             const char        *detail,
             const double      *dividers)
{
  VwTextStyle style = { .size = 0.92, .bold = bold, .max_width = 160, .max_lines = 1,
                        .only_if_free = TRUE };
  const struct { double dx, dy, xalign, yalign; } sides[] = {
    { r + 4, 0, 0, 0.5 }, { -(r + 4), 0, 1, 0.5 }, { 0, -(r + 2), 0.5, 1 }, { 0, r + 2, 0.5, 0 },
  };
  double w, h;

  _vw_chart_measure (ctx, text, &style, &w, &h);

  /* First round: sides where the label stays inside its quadrant (the map's dividers are
   * drawn lines); second round: any side that is free. */
  for (guint s = 0; s < 2 * G_N_ELEMENTS (sides); s++)
    {
      gboolean strict = s < G_N_ELEMENTS (sides);
      VwChartRect rect;

      guint side = s % G_N_ELEMENTS (sides);

      style.xalign = sides[side].xalign;
      style.yalign = sides[side].yalign;
      rect.x = x + sides[side].dx - w * style.xalign;
      rect.y = y + sides[side].dy - h * style.yalign;
      rect.width = w;
      rect.height = h;

      if (rect.x < bounds->x || rect.y < bounds->y ||
          rect.x + rect.width > bounds->x + bounds->width ||
          rect.y + rect.height > bounds->y + bounds->height ||
          covers_bubble (placed, &rect, self))
        continue;
      if (strict && dividers != NULL &&
          ((rect.x < dividers[0] && rect.x + rect.width > dividers[0]) ||
           (rect.y < dividers[1] && rect.y + rect.height > dividers[1])))
        continue;
      /* Checked here, with the size measured once, rather than by laying the text out again
       * for every side that turns out to be taken. */
      if (!vw_chart_result_text_is_free (ctx->result, &rect))
        continue;
      if (_vw_chart_text (ctx, text, x + sides[side].dx, y + sides[side].dy, &style, &rect))
        {
          /* The linked value elements, small, under the name when there is room. */
          if (detail != NULL)
            {
              VwTextStyle small = { .size = 0.78, .muted = TRUE, .max_width = 180,
                                    .max_lines = 1, .only_if_free = TRUE };
              double dw, dh;
              VwChartRect below;

              _vw_chart_measure (ctx, detail, &small, &dw, &dh);
              below = (VwChartRect) { rect.x, rect.y + rect.height, dw, dh };
              if (below.x + dw <= bounds->x + bounds->width &&
                  below.y + dh <= bounds->y + bounds->height &&
                  !covers_bubble (placed, &below, self))
                _vw_chart_text (ctx, detail, below.x, below.y, &small, NULL);
            }
          return;
        }
    }
}

static char *
initials (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", 3);
  GString *s = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL && s->len < 8 && i < 2; i++)
    if (words[i][0] != '\0' && g_utf8_validate (words[i], -1, NULL))
      g_string_append_unichar (s, g_unichar_toupper (g_utf8_get_char (words[i])));

  return g_string_free (s, FALSE);
}

static void
paint_quadrants (VwChartCtx        *ctx,
                 const VwChartRect *plot)
{
  const char *quadrants[4] = { _("Blockers"), _("Champions"), _("Skeptics"), _("Supporters") };
  VwTextStyle style = { .bold = TRUE, .muted = TRUE, .size = 0.92,
                        .max_width = plot->width / 2 - 16, .max_lines = 1 };
  double mx = plot->x + plot->width / 2, my = plot->y + plot->height / 2;
  VwChartRect tint = { mx, plot->y, plot->width / 2, plot->height / 2 };
  VwTextStyle axis_style = { .size = 0.85, .muted = TRUE, .only_if_free = TRUE };

  /* The quadrant that wins deals, high influence and supportive, gets a faint tint. */
  _vw_chart_fill_rect (ctx, &tint, vw_chart_color_mix (ctx->theme->background,
                                                       ctx->theme->benefit, 0.08),
                       VW_HATCH_NONE);
  _vw_chart_vline (ctx, mx, plot->y, plot->y + plot->height, ctx->theme->axis, 1, FALSE);
  _vw_chart_hline (ctx, plot->x, plot->x + plot->width, my, ctx->theme->axis, 1, FALSE);
  cairo_set_line_width (ctx->cr, 1);
  _vw_chart_set_color (ctx, ctx->theme->axis);
  cairo_rectangle (ctx->cr, plot->x + 0.5, plot->y + 0.5, plot->width - 1, plot->height - 1);
  cairo_stroke (ctx->cr);

  style.xalign = 0;
  _vw_chart_text (ctx, quadrants[0], plot->x + 8, plot->y + 6, &style, NULL);
  style.xalign = 1;
  _vw_chart_text (ctx, quadrants[1], plot->x + plot->width - 8, plot->y + 6, &style, NULL);
  style.xalign = 0;
  style.yalign = 1;
  _vw_chart_text (ctx, quadrants[2], plot->x + 8, plot->y + plot->height - 6, &style, NULL);
  style.xalign = 1;
  _vw_chart_text (ctx, quadrants[3], plot->x + plot->width - 8, plot->y + plot->height - 6,
                  &style, NULL);

  axis_style.yalign = 0;
  _vw_chart_text (ctx, _("Opposed"), plot->x, plot->y + plot->height + 4, &axis_style, NULL);
  axis_style.xalign = 1;
  _vw_chart_text (ctx, _("Supportive"), plot->x + plot->width, plot->y + plot->height + 4,
                  &axis_style, NULL);
  axis_style.xalign = 1;
  axis_style.yalign = 1;
  _vw_chart_text (ctx, _("High"), plot->x - 6, plot->y + ctx->line_height, &axis_style, NULL);
  axis_style.yalign = 0;
  _vw_chart_text (ctx, _("Low"), plot->x - 6, plot->y + plot->height - ctx->line_height,
                  &axis_style, NULL);
}

void
_vw_chart_paint_points (VwChartCtx *ctx)
{
  const VwChartData *data = ctx->data;
  gboolean map = data->kind == VW_CHART_STAKEHOLDER_MAP;
  guint n = data->points->len;
  guint n_groups = data->groups->len;
  g_autofree const char **names = NULL;
  g_autofree VwChartColor *colors = NULL;
  g_autoptr(GArray) placed = NULL;
  VwChartAxis x_axis, y_axis;
  VwChartRect plot;
  VwValueFormat score = { VW_VALUE_NUMBER, NULL, NULL, -1, 0 };
  gboolean any_selected = FALSE;
  double max_size = 0, r_max, left;
  double dividers[2];
  const char *x_title, *y_title;
  VwTextStyle title_style = { .size = 0.92, .muted = TRUE, .bold = TRUE };

  if (n == 0)
    {
      _vw_chart_empty (ctx, map ? _("Add stakeholders to see the buying center.")
                                : _("Add value elements to compare them."));
      return;
    }

  names = g_new0 (const char *, n_groups + 1);
  colors = g_new0 (VwChartColor, n_groups + 1);
  for (guint g = 0; g < n_groups; g++)
    {
      names[g] = g_ptr_array_index (data->groups, g);
      colors[g] = vw_chart_theme_role_color (ctx->theme, VW_CHART_ROLE_PALETTE + g);
    }
  _vw_chart_legend (ctx, n_groups, names, colors, NULL);

  x_title = data->x_title != NULL ? data->x_title
            : map ? _("Attitude toward our offer") : _("Salience");
  y_title = data->y_title != NULL ? data->y_title
            : map ? _("Influence on the decision") : _("Differentiation");

  init_range (&x_axis, data, data->x_min, data->x_max, TRUE);
  init_range (&y_axis, data, data->y_min, data->y_max, FALSE);

  left = map ? 44 : _vw_chart_y_axis_width (ctx, &y_axis, &score);
  plot.x = ctx->frame.x + left;
  plot.y = ctx->frame.y + ctx->line_height + 6;
  plot.width = ctx->frame.width - left - 4;
  plot.height = ctx->frame.y + ctx->frame.height - ctx->line_height * 2 - 12 - plot.y;
  if (plot.width < 60 || plot.height < 60)
    return;

  _vw_chart_text (ctx, y_title, ctx->frame.x, ctx->frame.y, &title_style, NULL);
  title_style.xalign = 0.5;
  title_style.yalign = 1;
  _vw_chart_text (ctx, x_title, plot.x + plot.width / 2, ctx->frame.y + ctx->frame.height,
                  &title_style, NULL);

  if (map)
    paint_quadrants (ctx, &plot);
  else
    {
      _vw_chart_y_axis (ctx, &y_axis, &score, &plot);
      _vw_chart_x_axis (ctx, &x_axis, &score, &plot);
    }

  vw_chart_result_set_mapping (ctx->result, &plot, x_axis.min, x_axis.max, y_axis.min,
                               y_axis.max);

  for (guint i = 0; i < n; i++)
    {
      const VwChartPoint *p = &g_array_index (data->points, VwChartPoint, i);
      any_selected |= p->selected;
      if (isfinite (p->size))
        max_size = MAX (max_size, p->size);
    }

  r_max = MIN (plot.width, plot.height) * 0.09;
  dividers[0] = plot.x + plot.width / 2;
  dividers[1] = plot.y + plot.height / 2;
  placed = g_array_new (FALSE, TRUE, sizeof (Placed));
  for (guint i = 0; i < n; i++)
    {
      const VwChartPoint *p = &g_array_index (data->points, VwChartPoint, i);
      Placed pl = { i };
      double size;

      if (!isfinite (p->x) || !isfinite (p->y))
        continue;
      pl.x = _vw_chart_x_to_px (&x_axis, &plot, CLAMP (p->x, x_axis.min, x_axis.max));
      pl.y = _vw_chart_y_to_px (&y_axis, &plot, CLAMP (p->y, y_axis.min, y_axis.max));
      /* Bubble area, not radius, is proportional to the economic impact. */
      size = isfinite (p->size) ? MAX (0.0, p->size) : 0.0;
      pl.r = map ? MIN (13.0, plot.height * 0.06)
                 : MAX (5.0, r_max * sqrt (size / MAX (max_size, 1e-12)));
      pl.priority = (p->selected ? 1e12 : 0) + (map ? p->y : size);
      g_array_append_val (placed, pl);
    }

  /* Links behind the bubbles. */
  for (guint l = 0; l < data->links->len; l++)
    {
      const VwChartLink *link = &g_array_index (data->links, VwChartLink, l);
      const Placed *a = NULL, *b = NULL;

      for (guint k = 0; k < placed->len; k++)
        {
          const Placed *pl = &g_array_index (placed, Placed, k);
          if (pl->index == link->from) a = pl;
          if (pl->index == link->to) b = pl;
        }
      if (a == NULL || b == NULL)
        continue;
      _vw_chart_set_color (ctx, ctx->theme->muted);
      cairo_set_line_width (ctx->cr, 1.5);
      cairo_move_to (ctx->cr, a->x, a->y);
      cairo_line_to (ctx->cr, b->x, b->y);
      cairo_stroke (ctx->cr);
    }

  /* Large bubbles first so small ones stay visible on top. */
  g_array_sort (placed, compare_priority);
  for (guint k = 0; k < placed->len; k++)
    {
      const Placed *pl = &g_array_index (placed, Placed, k);
      const VwChartPoint *p = &g_array_index (data->points, VwChartPoint, pl->index);
      VwChartColor color = p->group >= 0
                             ? vw_chart_theme_role_color (ctx->theme,
                                                          VW_CHART_ROLE_PALETTE + p->group)
                             : ctx->theme->status_quo;
      double alpha = !any_selected ? 0.8 : p->selected ? 0.95 : 0.3;

      cairo_arc (ctx->cr, pl->x, pl->y, pl->r, 0, 2 * G_PI);
      color.alpha = alpha;
      _vw_chart_set_color (ctx, color);
      cairo_fill_preserve (ctx->cr);
      color.alpha = 1;
      _vw_chart_set_color (ctx, p->selected ? ctx->theme->foreground : color);
      cairo_set_line_width (ctx->cr, p->selected ? 2.5 : 1.0);
      cairo_stroke (ctx->cr);

      if (map && pl->r >= 10)
        {
          g_autofree char *ini = initials (p->label);
          VwTextStyle style = { .size = 0.8, .bold = TRUE, .xalign = 0.5, .yalign = 0.5,
                                .has_color = TRUE, .only_if_free = TRUE,
                                .color = vw_chart_color_text_on (ctx->theme, color) };
          _vw_chart_text (ctx, ini, pl->x, pl->y, &style, NULL);
        }
    }

  /* Labels in priority order: selected and important items claim space first. */
  for (guint k = 0; k < placed->len; k++)
    {
      const Placed *pl = &g_array_index (placed, Placed, k);
      const VwChartPoint *p = &g_array_index (data->points, VwChartPoint, pl->index);
      const char *group = p->group >= 0 && (guint) p->group < n_groups
                            ? g_ptr_array_index (data->groups, p->group) : NULL;
      g_autofree char *xs = vw_format_number (data->locale, p->x, -1);
      g_autofree char *ys = vw_format_number (data->locale, p->y, -1);
      g_autofree char *value = NULL;
      g_autofree char *description = NULL;
      VwChartRect rect = { pl->x - pl->r, pl->y - pl->r, 2 * pl->r, 2 * pl->r };
      VwChartHit *hit;

      place_label (ctx, &plot,
                   placed, pl->index, p->label, pl->x, pl->y, pl->r, p->selected,
                   p->detail, map ? dividers : NULL);

      if (map)
        {
          value = g_strdup_printf (_("influence %s, attitude %s"), ys, xs);
          description = group != NULL
                          ? g_strdup_printf ("%s (%s): %s", p->label, group, value)
                          : g_strdup_printf ("%s: %s", p->label, value);
        }
      else
        {
          g_autofree char *impact = _vw_chart_format (ctx, NULL, p->size, VW_FORMAT_EXACT);
          value = g_strdup_printf (_("salience %s, differentiation %s, impact %s"),
                                   xs, ys, impact);
          description = g_strdup_printf ("%s%s%s%s: %s%s", p->label,
                                         group != NULL ? " (" : "", group != NULL ? group : "",
                                         group != NULL ? ")" : "", value,
                                         p->selected ? _(", selected") : "");
        }
      if (p->detail != NULL)
        {
          char *longer = g_strdup_printf ("%s. %s", description, p->detail);
          g_free (description);
          description = longer;
        }

      hit = _vw_chart_add_hit (ctx, VW_CHART_HIT_CIRCLE, &rect, -1, pl->index, p->label, value,
                               p->formula, description);
      hit->draggable = TRUE;
    }
}
