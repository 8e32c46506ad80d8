/* vw-chart-view.c
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget draws with the same painter as the PDF report. The static picture is recorded
 * once into a render node and re-appended every frame (as Sysprof's flame graph does); only
 * the hover, focus and drag overlays are drawn per frame. The node is dropped when the size,
 * the data or the theme changes.
 */

#define G_LOG_DOMAIN "vw-chart-view"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-chart-painter.h"
#include "vw-chart-view.h"

#define ANIMATION_MS 200
#define HIT_SLOP 6.0
#define DRAG_THRESHOLD 3.0

struct _VwChartView
{
  GtkWidget       parent_instance;

  VwChartData    *data;     /* the target */
  VwChartData    *from;     /* start of the value animation, or NULL */
  VwChartData    *shown;    /* what is drawn: data, or a frame between from and data */
  AdwAnimation   *animation;

  GskRenderNode  *node;     /* cached static picture */
  VwChartResult  *result;   /* its hit regions */
  int             node_width;
  int             node_height;

  VwChartTheme    theme;
  gboolean        theme_valid;

  int             hover;
  int             focus;

  int             drag_item;
  gboolean        dragging;
  double          press_x, press_y;
  double          drag_x, drag_y;
};

enum {
  PROP_0,
  PROP_DATA,
  PROP_FOCUS_ITEM,
  N_PROPS
};

enum {
  ITEM_ACTIVATED,
  ITEM_DRAGGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (VwChartView, vw_chart_view, GTK_TYPE_WIDGET)

static void
drop_picture (VwChartView *self)
{
  g_clear_pointer (&self->node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static VwChartColor
to_chart_color (const GdkRGBA *rgba)
{
  return (VwChartColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

/* The built-in theme for the style manager's scheme, with what the toolkit knows better: the
 * accent colour, the text colour and the UI font. The card behind the chart shows through. */
static void
update_theme (VwChartView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  VwChartThemeId id = VW_CHART_THEME_LIGHT;
  PangoContext *pango = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (pango);
  GtkStyleContext *style;
  GdkRGBA color;

  if (adw_style_manager_get_high_contrast (manager))
    id = VW_CHART_THEME_HIGH_CONTRAST;
  else if (adw_style_manager_get_dark (manager))
    id = VW_CHART_THEME_DARK;

  self->theme = *vw_chart_theme_get (id);
  self->theme.draw_background = FALSE;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  style = gtk_widget_get_style_context (GTK_WIDGET (self));
  if (gtk_style_context_lookup_color (style, "accent_bg_color", &color))
    self->theme.offer = to_chart_color (&color);
  if (gtk_style_context_lookup_color (style, "accent_color", &color))
    self->theme.highlight = to_chart_color (&color);
  if (gtk_style_context_lookup_color (style, "card_bg_color", &color) && color.alpha > 0.5)
    self->theme.background = to_chart_color (&color);
  gtk_style_context_get_color (style, &color);
  self->theme.foreground = to_chart_color (&color);
G_GNUC_END_IGNORE_DEPRECATIONS

  if (font != NULL && pango_font_description_get_family (font) != NULL)
    {
      double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

      g_strlcpy (self->theme.font_family, pango_font_description_get_family (font),
                 sizeof self->theme.font_family);
      if (!pango_font_description_get_size_is_absolute (font))
        size *= 96.0 / 72.0;
      if (size > 4)
        self->theme.font_size = size * 0.92;
    }

  self->theme_valid = TRUE;
}

static void
update_accessible (VwChartView *self)
{
  const char *title = self->data != NULL && self->data->title != NULL ? self->data->title
                                                                       : _("Chart");
  const VwChartHit *hit = NULL;
  g_autofree char *summary = NULL;

  if (self->result != NULL && self->focus >= 0 &&
      (guint) self->focus < vw_chart_result_get_n_hits (self->result))
    hit = vw_chart_result_get_hit (self->result, self->focus);
  if (hit == NULL && self->result != NULL)
    summary = vw_chart_result_get_summary (self->result);

  /* GTK 4.8 has no API for virtual accessible children: the focused item's description is
   * the chart's description, and without focus the description lists every item. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  hit != NULL ? hit->description : summary != NULL ? summary : "",
                                  -1);
}

static void
ensure_picture (VwChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  GtkSnapshot *snapshot;
  cairo_t *cr;

  if (self->node != NULL && self->node_width == width && self->node_height == height)
    return;

  g_clear_pointer (&self->node, gsk_render_node_unref);
  if (self->shown == NULL)
    {
      /* No stale hit regions: a tooltip must never describe data that is gone. */
      g_clear_pointer (&self->result, vw_chart_result_free);
      self->hover = self->focus = -1;
      return;
    }
  if (width <= 0 || height <= 0)
    return;

  if (!self->theme_valid)
    update_theme (self);

  snapshot = gtk_snapshot_new ();
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_clear_pointer (&self->result, vw_chart_result_free);
  self->result = vw_chart_paint (cr, self->shown, &self->theme, width, height);
  cairo_destroy (cr);
  self->node = gtk_snapshot_free_to_node (snapshot);
  self->node_width = width;
  self->node_height = height;

  if (self->focus >= (int) vw_chart_result_get_n_hits (self->result))
    self->focus = -1;
  if (self->hover >= (int) vw_chart_result_get_n_hits (self->result))
    self->hover = -1;

  update_accessible (self);
}

static void
outline_hit (cairo_t          *cr,
             const VwChartHit *hit,
             double            grow)
{
  const VwChartRect *r = &hit->rect;

  if (hit->shape == VW_CHART_HIT_CIRCLE)
    cairo_arc (cr, r->x + r->width / 2, r->y + r->height / 2, r->width / 2 + grow, 0, 2 * G_PI);
  else
    cairo_rectangle (cr, r->x - grow, r->y - grow, r->width + 2 * grow, r->height + 2 * grow);
}

static void
snapshot_overlay (VwChartView *self,
                  GtkSnapshot *snapshot,
                  int          item,
                  gboolean     focus_ring)
{
  const VwChartHit *hit = vw_chart_result_get_hit (self->result, item);
  const VwChartColor *c = &self->theme.highlight;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (hit->rect.x - 6, hit->rect.y - 6,
                                               hit->rect.width + 12, hit->rect.height + 12);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

  outline_hit (cr, hit, focus_ring ? 3 : 0);
  if (!focus_ring)
    {
      cairo_set_source_rgba (cr, c->red, c->green, c->blue, 0.2);
      cairo_fill_preserve (cr);
    }
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, 1.0);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
vw_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  VwChartView *self = VW_CHART_VIEW (widget);

  ensure_picture (self);
  if (self->node == NULL)
    return;

  gtk_snapshot_append_node (snapshot, self->node);

  if (self->hover >= 0 && !self->dragging)
    snapshot_overlay (self, snapshot, self->hover, FALSE);
  if (self->focus >= 0 && gtk_widget_has_visible_focus (widget))
    snapshot_overlay (self, snapshot, self->focus, TRUE);

  if (self->dragging && self->drag_item >= 0 &&
      (guint) self->drag_item < vw_chart_result_get_n_hits (self->result))
    {
      const VwChartHit *hit = vw_chart_result_get_hit (self->result, self->drag_item);
      double r = hit->rect.width / 2;
      const VwChartColor *c = &self->theme.highlight;
      static const double dash[] = { 3, 3 };
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                               &GRAPHENE_RECT_INIT (self->drag_x - r - 4,
                                                                    self->drag_y - r - 4,
                                                                    2 * r + 8, 2 * r + 8));

      cairo_arc (cr, self->drag_x, self->drag_y, r, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, c->red, c->green, c->blue, 0.35);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, c->red, c->green, c->blue, 1);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }
}

static void
vw_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  VwChartView *self = VW_CHART_VIEW (widget);

  if (width != self->node_width || height != self->node_height)
    drop_picture (self);
}

static void
vw_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  /* Small enough for a card on a convertible, natural at the size the charts are tested at. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 280 : 200;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 400;
}

static void
vw_chart_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  VwChartView *self = VW_CHART_VIEW (widget);

  GTK_WIDGET_CLASS (vw_chart_view_parent_class)->css_changed (widget, change);

  self->theme_valid = FALSE;
  drop_picture (self);
}

static void
on_style_manager_changed (VwChartView *self)
{
  self->theme_valid = FALSE;
  drop_picture (self);
}

/* Items ----------------------------------------------------------------------------------- */

int
vw_chart_view_get_item_at (VwChartView *self,
                           double       x,
                           double       y)
{
  g_return_val_if_fail (VW_IS_CHART_VIEW (self), -1);

  ensure_picture (self);
  if (self->result == NULL)
    return -1;

  return vw_chart_result_hit_test (self->result, x, y, HIT_SLOP);
}

/**
 * vw_chart_view_dup_item_tooltip:
 *
 * Returns: (transfer full) (nullable): the tooltip of @item: its name, the exact value with
 *   its unit, and the formula it came from when the data has one (Pango markup).
 */
char *
vw_chart_view_dup_item_tooltip (VwChartView *self,
                                int          item)
{
  const VwChartHit *hit;
  GString *s;

  g_return_val_if_fail (VW_IS_CHART_VIEW (self), NULL);

  ensure_picture (self);
  if (self->result == NULL || item < 0 || (guint) item >= vw_chart_result_get_n_hits (self->result))
    return NULL;

  hit = vw_chart_result_get_hit (self->result, item);
  s = g_string_new (NULL);
  {
    g_autofree char *label = g_markup_escape_text (hit->label != NULL ? hit->label : "", -1);
    g_string_append_printf (s, "<b>%s</b>", label);
  }
  if (hit->value_text != NULL && g_strcmp0 (hit->value_text, hit->label) != 0)
    {
      g_autofree char *value = g_markup_escape_text (hit->value_text, -1);
      g_string_append_printf (s, "\n<span font_features='tnum=1'>%s</span>", value);
    }
  if (hit->formula != NULL)
    {
      g_autofree char *formula = g_markup_escape_text (hit->formula, -1);
      g_string_append_printf (s, "\n<span size='small'>= %s</span>", formula);
    }

  return g_string_free (s, FALSE);
}

static gboolean
vw_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  VwChartView *self = VW_CHART_VIEW (widget);
  int item = keyboard_mode ? self->focus : vw_chart_view_get_item_at (self, x, y);
  g_autofree char *markup = vw_chart_view_dup_item_tooltip (self, item);
  const VwChartHit *hit;

  if (markup == NULL)
    return FALSE;

  hit = vw_chart_result_get_hit (self->result, item);
  gtk_tooltip_set_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) hit->rect.x, (int) hit->rect.y,
                                                       MAX (1, (int) hit->rect.width),
                                                       MAX (1, (int) hit->rect.height) });
  return TRUE;
}

void
vw_chart_view_activate_item (VwChartView *self,
                             int          item)
{
  const VwChartHit *hit;

  g_return_if_fail (VW_IS_CHART_VIEW (self));

  ensure_picture (self);
  if (self->result == NULL || item < 0 || (guint) item >= vw_chart_result_get_n_hits (self->result))
    return;

  hit = vw_chart_result_get_hit (self->result, item);
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, hit->series, hit->index);
}

/**
 * vw_chart_view_drop_item:
 * @x: (in widget coordinates) where the item was dropped
 *
 * Converts the drop position to data units and emits #VwChartView::item-dragged, so the
 * document can record one undoable command. The view itself does not move the item: the new
 * data comes back through vw_chart_view_set_data().
 *
 * Returns: %TRUE if the item can be dragged and the signal was emitted
 */
gboolean
vw_chart_view_drop_item (VwChartView *self,
                         int          item,
                         double       x,
                         double       y)
{
  const VwChartHit *hit;
  double dx, dy;

  g_return_val_if_fail (VW_IS_CHART_VIEW (self), FALSE);

  ensure_picture (self);
  if (self->result == NULL || item < 0 || (guint) item >= vw_chart_result_get_n_hits (self->result))
    return FALSE;

  hit = vw_chart_result_get_hit (self->result, item);
  if (!hit->draggable || !vw_chart_result_to_data (self->result, x, y, &dx, &dy))
    return FALSE;

  g_signal_emit (self, signals[ITEM_DRAGGED], 0, (guint) hit->index, dx, dy);
  return TRUE;
}

int
vw_chart_view_get_focus_item (VwChartView *self)
{
  g_return_val_if_fail (VW_IS_CHART_VIEW (self), -1);

  return self->focus;
}

void
vw_chart_view_set_focus_item (VwChartView *self,
                              int          item)
{
  guint n;

  g_return_if_fail (VW_IS_CHART_VIEW (self));

  ensure_picture (self);
  n = self->result != NULL ? vw_chart_result_get_n_hits (self->result) : 0;
  item = n == 0 ? -1 : CLAMP (item, -1, (int) n - 1);

  if (item == self->focus)
    return;

  self->focus = item;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_ITEM]);
}

const VwChartResult *
vw_chart_view_get_result (VwChartView *self)
{
  g_return_val_if_fail (VW_IS_CHART_VIEW (self), NULL);

  ensure_picture (self);
  return self->result;
}

/* Data and animation ---------------------------------------------------------------------- */

static void
animation_cb (double       value,
              VwChartView *self)
{
  VwChartData *frame;

  if (self->from == NULL || self->data == NULL)
    return;

  frame = value >= 1.0 ? vw_chart_data_ref (self->data)
                       : vw_chart_data_interpolate (self->from, self->data, value);
  g_clear_pointer (&self->shown, vw_chart_data_unref);
  self->shown = frame;
  drop_picture (self);
}

static void
animation_done_cb (VwChartView *self)
{
  g_clear_pointer (&self->from, vw_chart_data_unref);
  g_clear_pointer (&self->shown, vw_chart_data_unref);
  if (self->data != NULL)
    self->shown = vw_chart_data_ref (self->data);
  drop_picture (self);
}

VwChartData *
vw_chart_view_get_data (VwChartView *self)
{
  g_return_val_if_fail (VW_IS_CHART_VIEW (self), NULL);

  return self->data;
}

/**
 * vw_chart_view_set_data:
 *
 * Shows @data. When only the values changed (same kind and shape) the bars and points move
 * there over 200 ms, unless the user turned animations off. The view keeps a reference and
 * treats the data as immutable: to show new values, pass a new (or copied) data set.
 */
void
vw_chart_view_set_data (VwChartView *self,
                        VwChartData *data)
{
  gboolean animate;

  g_return_if_fail (VW_IS_CHART_VIEW (self));

  if (data == self->data)
    return;

  animate = data != NULL && self->shown != NULL &&
            vw_chart_data_same_shape (self->shown, data) &&
            gtk_widget_get_mapped (GTK_WIDGET (self)) &&
            adw_get_enable_animations (GTK_WIDGET (self));

  adw_animation_reset (self->animation);
  g_clear_pointer (&self->from, vw_chart_data_unref);
  if (animate)
    self->from = vw_chart_data_ref (self->shown);

  g_clear_pointer (&self->data, vw_chart_data_unref);
  self->data = data != NULL ? vw_chart_data_ref (data) : NULL;
  g_clear_pointer (&self->shown, vw_chart_data_unref);
  self->shown = data != NULL ? vw_chart_data_ref (data) : NULL;

  if (!animate || self->data->kind != self->from->kind)
    {
      self->hover = -1;
      self->focus = -1;
    }

  drop_picture (self);
  if (animate)
    adw_animation_play (self->animation);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

/* Input ----------------------------------------------------------------------------------- */

static void
set_hover (VwChartView *self,
           int          item)
{
  if (item == self->hover)
    return;

  self->hover = item;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           VwChartView              *self)
{
  set_hover (self, vw_chart_view_get_item_at (self, x, y));
}

static void
on_leave (GtkEventControllerMotion *motion,
          VwChartView              *self)
{
  set_hover (self, -1);
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               VwChartView    *self)
{
  self->press_x = x;
  self->press_y = y;
  self->drag_item = vw_chart_view_get_item_at (self, x, y);
  self->dragging = FALSE;

  if (self->drag_item >= 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self));
      vw_chart_view_set_focus_item (self, self->drag_item);
    }
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                VwChartView    *self)
{
  const VwChartHit *hit;

  /* The data may have changed under the pointer (another chart's edit, an animation). */
  if (self->drag_item < 0 || self->result == NULL ||
      (guint) self->drag_item >= vw_chart_result_get_n_hits (self->result))
    return;
  hit = vw_chart_result_get_hit (self->result, self->drag_item);
  if (!hit->draggable)
    return;

  if (!self->dragging && hypot (dx, dy) < DRAG_THRESHOLD)
    return;

  self->dragging = TRUE;
  self->drag_x = self->press_x + dx;
  self->drag_y = self->press_y + dy;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             VwChartView    *self)
{
  int item = self->drag_item;
  gboolean dragged = self->dragging;

  self->dragging = FALSE;
  self->drag_item = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (item < 0)
    return;

  /* A press and release without moving is a click: it activates the item. */
  if (dragged)
    vw_chart_view_drop_item (self, item, self->press_x + dx, self->press_y + dy);
  else if (hypot (dx, dy) < DRAG_THRESHOLD)
    vw_chart_view_activate_item (self, item);
}

static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VwChartView *self = VW_CHART_VIEW (widget);
  int delta = g_variant_get_int32 (parameter);
  guint n;

  ensure_picture (self);
  n = self->result != NULL ? vw_chart_result_get_n_hits (self->result) : 0;
  if (n == 0)
    return;

  if (delta == G_MININT32)
    vw_chart_view_set_focus_item (self, 0);
  else if (delta == G_MAXINT32)
    vw_chart_view_set_focus_item (self, n - 1);
  else if (self->focus < 0)
    vw_chart_view_set_focus_item (self, delta > 0 ? 0 : (int) n - 1);
  else
    vw_chart_view_set_focus_item (self, CLAMP (self->focus + delta, 0, (int) n - 1));
}

static void
activate_focus_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VwChartView *self = VW_CHART_VIEW (widget);

  vw_chart_view_activate_item (self, self->focus);
}

static gboolean
vw_chart_view_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  /* One tab stop for the whole chart; arrows move inside it. */
  if (gtk_widget_has_focus (widget))
    return FALSE;

  return gtk_widget_grab_focus (widget);
}

/* GObject --------------------------------------------------------------------------------- */

static void
vw_chart_view_dispose (GObject *object)
{
  VwChartView *self = VW_CHART_VIEW (object);

  g_clear_object (&self->animation);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);

  G_OBJECT_CLASS (vw_chart_view_parent_class)->dispose (object);
}

static void
vw_chart_view_finalize (GObject *object)
{
  VwChartView *self = VW_CHART_VIEW (object);

  g_clear_pointer (&self->data, vw_chart_data_unref);
  g_clear_pointer (&self->from, vw_chart_data_unref);
  g_clear_pointer (&self->shown, vw_chart_data_unref);
  g_clear_pointer (&self->node, gsk_render_node_unref);
  g_clear_pointer (&self->result, vw_chart_result_free);

  G_OBJECT_CLASS (vw_chart_view_parent_class)->finalize (object);
}

static void
vw_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VwChartView *self = VW_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATA:
      g_value_set_boxed (value, self->data);
      break;
    case PROP_FOCUS_ITEM:
      g_value_set_int (value, self->focus);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vw_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VwChartView *self = VW_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATA:
      vw_chart_view_set_data (self, g_value_get_boxed (value));
      break;
    case PROP_FOCUS_ITEM:
      vw_chart_view_set_focus_item (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vw_chart_view_class_init (VwChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vw_chart_view_dispose;
  object_class->finalize = vw_chart_view_finalize;
  object_class->get_property = vw_chart_view_get_property;
  object_class->set_property = vw_chart_view_set_property;

  widget_class->snapshot = vw_chart_view_snapshot;
  widget_class->size_allocate = vw_chart_view_size_allocate;
  widget_class->measure = vw_chart_view_measure;
  widget_class->css_changed = vw_chart_view_css_changed;
  widget_class->query_tooltip = vw_chart_view_query_tooltip;
  widget_class->focus = vw_chart_view_focus;

  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL, VW_TYPE_CHART_DATA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_ITEM] =
    g_param_spec_int ("focus-item", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VwChartView::item-activated:
   * @series: the series of the item, or -1 for points and markers
   * @index: the category, point or marker index in the data
   *
   * A click, Enter or Space on an item: the page opens "Explain this number".
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);

  /**
   * VwChartView::item-dragged:
   * @point: the point index in the data
   * @x: the new x in data units (attitude, salience)
   * @y: the new y in data units (influence, differentiation)
   *
   * Emitted once, on drop, so the document records one undoable command.
   */
  signals[ITEM_DRAGGED] =
    g_signal_new ("item-dragged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  gtk_widget_class_install_action (widget_class, "chart.move-focus", "i", move_focus_action);
  gtk_widget_class_install_action (widget_class, "chart.activate-focus", NULL,
                                   activate_focus_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.move-focus", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "chart.move-focus", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.move-focus", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "chart.move-focus", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "chart.move-focus", "i",
                                       G_MININT32);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "chart.move-focus", "i",
                                       G_MAXINT32);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "chart.activate-focus",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0,
                                       "chart.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "chart.activate-focus",
                                       NULL);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vw_chart_view_init (VwChartView *self)
{
  GtkEventController *motion;
  GtkGesture *drag;

  self->hover = -1;
  self->focus = -1;
  self->drag_item = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  self->animation =
    adw_timed_animation_new (GTK_WIDGET (self), 0, 1, ANIMATION_MS,
                             adw_callback_animation_target_new ((AdwAnimationTargetFunc)
                                                                animation_cb, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);
  g_signal_connect_swapped (self->animation, "done", G_CALLBACK (animation_done_cb), self);

  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (on_style_manager_changed), self);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::high-contrast",
                            G_CALLBACK (on_style_manager_changed), self);

  update_accessible (self);
}

GtkWidget *
vw_chart_view_new (void)
{
  return g_object_new (VW_TYPE_CHART_VIEW, NULL);
}

/**
 * vw_chart_view_new_card:
 * @title: the card's heading, also the chart's accessible label
 * @title_class: the heading's style class ("heading", "title-3")
 * @view: (out): the chart view inside the card
 *
 * A chart under its title in a card, as the pages and the presentation windows show them.
 */
GtkWidget *
vw_chart_view_new_card (const char   *title,
                        const char   *title_class,
                        int           min_width,
                        int           min_height,
                        VwChartView **view)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *chart = vw_chart_view_new ();

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_hexpand (card, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, title_class);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_size_request (chart, min_width, min_height);
  gtk_widget_set_vexpand (chart, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (GTK_BOX (card), label);
  gtk_box_append (GTK_BOX (card), chart);
  *view = VW_CHART_VIEW (chart);
  return card;
}
