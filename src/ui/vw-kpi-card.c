/* vw-kpi-card.c: one customer KPI for one alternative: baseline → with the offer → target
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Title, the value (abbreviated, tabular figures), a delta chip against the baseline that is
 * green when better (taking "better when lower" into account), a bullet bar with the
 * baseline, the value, the target and the P10–P90 band, and the figures behind the bar in
 * words. Labels are only touched when their text changes, so a slider drag repaints little.
 */

#define G_LOG_DOMAIN "vw-kpi-card"

#include <glib/gi18n.h>
#include <math.h>

#include "vw-kpi-card.h"

#define EN_DASH "\xe2\x80\x93"

struct _VwKpiCard
{
  GtkWidget             parent_instance;

  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkLabel             *value_label;
  GtkLabel             *delta_label;
  GtkDrawingArea       *bullet;
  GtkLabel             *scale_label;
  GtkLabel             *range_label;

  const VwNumberLocale *locale;
  VwValueFormat         format;      /* strings owned below */
  char                 *currency;
  char                 *unit;
  gboolean              lower_is_better;

  double                baseline, value, target, p10, p90;  /* NAN: none */
  char                 *error;
};

G_DEFINE_FINAL_TYPE (VwKpiCard, vw_kpi_card, GTK_TYPE_WIDGET)

enum {
  SIGNAL_ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  if (text == NULL)
    text = "";
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text[0] != '\0');
}

static char *
format_figure (VwKpiCard     *self,
               double         value,
               VwFormatFlags  flags)
{
  return vw_format_value (self->locale, &self->format, value, flags | VW_FORMAT_ABBREVIATED);
}

/* +1 better than the baseline, −1 worse, 0 the same or not comparable. */
static int
compute_verdict (VwKpiCard *self)
{
  double diff;

  if (self->error != NULL || !isfinite (self->value) || !isfinite (self->baseline))
    return 0;

  diff = self->value - self->baseline;
  /* Differences below the formatter's resolution are no change to the reader either. */
  if (fabs (diff) <= 1e-9 * MAX (1.0, fabs (self->baseline)))
    return 0;

  return (diff > 0) != self->lower_is_better ? 1 : -1;
}

static void
update_delta (VwKpiCard *self)
{
  GtkWidget *chip = GTK_WIDGET (self->delta_label);
  int verdict = compute_verdict (self);
  g_autofree char *text = NULL;

  /* No chip when there is no change: the status quo against itself. */
  if (verdict != 0)
    text = format_figure (self, self->value - self->baseline, VW_FORMAT_DIFFERENCE);

  set_label_text (self->delta_label, text);
  if (verdict > 0)
    {
      gtk_widget_add_css_class (chip, "success");
      gtk_widget_remove_css_class (chip, "error");
    }
  else if (verdict < 0)
    {
      gtk_widget_add_css_class (chip, "error");
      gtk_widget_remove_css_class (chip, "success");
    }
  else
    {
      gtk_widget_remove_css_class (chip, "success");
      gtk_widget_remove_css_class (chip, "error");
    }
}

static void
update_scale (VwKpiCard *self)
{
  g_autofree char *baseline = NULL;
  g_autofree char *target = NULL;
  g_autofree char *text = NULL;

  if (isfinite (self->baseline))
    baseline = format_figure (self, self->baseline, 0);
  if (isfinite (self->target))
    target = format_figure (self, self->target, 0);

  if (baseline != NULL && target != NULL)
    /* Translators: the figures under a KPI card's bar */
    text = g_strdup_printf (_("Baseline %s · Target %s"), baseline, target);
  else if (baseline != NULL)
    text = g_strdup_printf (_("Baseline %s"), baseline);
  else if (target != NULL)
    text = g_strdup_printf (_("Target %s"), target);

  set_label_text (self->scale_label, text);
}

static void
update_range (VwKpiCard *self)
{
  g_autofree char *text = NULL;

  if (self->error == NULL && isfinite (self->p10) && isfinite (self->p90))
    {
      g_autofree char *p10 = format_figure (self, self->p10, 0);
      g_autofree char *p90 = format_figure (self, self->p90, 0);

      /* Translators: the 10th to 90th percentile of a simulated KPI,
       * e.g. "P10–P90: €1.1 M–€1.4 M" */
      text = g_strdup_printf (_("P10–P90: %s–%s"), p10, p90);
    }
  set_label_text (self->range_label, text);
}

static void
update_accessible (VwKpiCard *self)
{
  g_autofree char *description = NULL;

  description = g_strjoin (", ",
                           gtk_label_get_label (self->value_label),
                           gtk_label_get_label (self->delta_label),
                           gtk_label_get_label (self->scale_label),
                           gtk_label_get_label (self->range_label),
                           NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_label (self->title_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
update_all (VwKpiCard *self)
{
  GtkWidget *value = GTK_WIDGET (self->value_label);

  if (self->error != NULL)
    {
      /* A message, not a figure: it wraps. */
      gtk_label_set_wrap (self->value_label, TRUE);
      set_label_text (self->value_label, self->error);
      gtk_widget_remove_css_class (value, "title-1");
      gtk_widget_add_css_class (value, "error");
    }
  else
    {
      g_autofree char *text = isfinite (self->value) ? format_figure (self, self->value, 0)
                                                     : g_strdup (EN_DASH);

      gtk_label_set_wrap (self->value_label, FALSE);
      set_label_text (self->value_label, text);
      gtk_widget_add_css_class (value, "title-1");
      gtk_widget_remove_css_class (value, "error");
    }

  update_delta (self);
  update_scale (self);
  update_range (self);
  gtk_widget_set_visible (GTK_WIDGET (self->bullet), self->error == NULL && isfinite (self->value));
  gtk_widget_queue_draw (GTK_WIDGET (self->bullet));
  update_accessible (self);
}

/* The bullet bar: a track over the span of every figure shown, the value as a bar in the
 * accent colour from the track's start, the P10–P90 band behind it, the baseline as a thin
 * and the target as a thick tick. */
static void
draw_bullet (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  VwKpiCard *self = VW_KPI_CARD (user_data);
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  double figures[] = { self->baseline, self->value, self->target, self->p10, self->p90 };
  double lo = INFINITY, hi = -INFINITY, pad, bar_y, bar_h;
  GdkRGBA fg, accent;

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    if (isfinite (figures[i]))
      {
        lo = MIN (lo, figures[i]);
        hi = MAX (hi, figures[i]);
      }
  if (!isfinite (lo))
    return;

  pad = hi > lo ? (hi - lo) * 0.15 : MAX (fabs (hi) * 0.1, 1e-9);
  lo -= pad;
  hi += pad;

  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &accent))
    accent = (GdkRGBA) { 0.21, 0.52, 0.89, 1.0 };

#define X_OF(v) (((v) - lo) / (hi - lo) * width)
  bar_h = height * 0.4;
  bar_y = (height - bar_h) / 2;

  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.1);
  cairo_rectangle (cr, 0, bar_y, width, bar_h);
  cairo_fill (cr);

  if (isfinite (self->p10) && isfinite (self->p90))
    {
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.25);
      cairo_rectangle (cr, X_OF (self->p10), 0, X_OF (self->p90) - X_OF (self->p10), height);
      cairo_fill (cr);
    }

  if (isfinite (self->value))
    {
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_rectangle (cr, 0, bar_y, X_OF (self->value), bar_h);
      cairo_fill (cr);
    }

  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.8);
  if (isfinite (self->baseline))
    {
      cairo_rectangle (cr, round (X_OF (self->baseline)) - 1, bar_y - 3, 2, bar_h + 6);
      cairo_fill (cr);
    }
  if (isfinite (self->target))
    {
      cairo_rectangle (cr, round (X_OF (self->target)) - 2, 0, 4, height);
      cairo_fill (cr);
    }
#undef X_OF
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      VwKpiCard       *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, signals[SIGNAL_ACTIVATE], 0);
}

static void
vw_kpi_card_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (vw_kpi_card_parent_class)->dispose (object);
}

static void
vw_kpi_card_finalize (GObject *object)
{
  VwKpiCard *self = VW_KPI_CARD (object);

  g_free (self->currency);
  g_free (self->unit);
  g_free (self->error);

  G_OBJECT_CLASS (vw_kpi_card_parent_class)->finalize (object);
}

static void
vw_kpi_card_class_init (VwKpiCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vw_kpi_card_dispose;
  object_class->finalize = vw_kpi_card_finalize;

  /**
   * VwKpiCard::activate:
   *
   * The card was clicked or activated with the keyboard: explain this number.
   */
  signals[SIGNAL_ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[SIGNAL_ACTIVATE]);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kpicard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkLabel *
add_label (VwKpiCard  *self,
           const char *css_classes)
{
  GtkWidget *label = gtk_label_new (NULL);
  g_auto(GStrv) classes = g_strsplit (css_classes, " ", -1);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  /* Narrow natural widths, so that cards share a line and wrap instead. A figure never
   * wraps: a label that may wrap is measured again at several widths whenever its text
   * changes, and the figures change on every step of a slider. */
  gtk_label_set_wrap (GTK_LABEL (label), strstr (css_classes, "numeric") == NULL);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  for (guint i = 0; classes[i] != NULL; i++)
    if (classes[i][0] != '\0')
      gtk_widget_add_css_class (label, classes[i]);
  gtk_widget_set_visible (label, FALSE);
  gtk_widget_set_parent (label, GTK_WIDGET (self));

  return GTK_LABEL (label);
}

static void
vw_kpi_card_init (VwKpiCard *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self), "activatable");
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Click to explain this number"));

  self->locale = vw_number_locale_from_environment ();
  self->format.kind = VW_VALUE_NUMBER;
  self->format.decimals = -1;
  self->baseline = self->value = self->target = self->p10 = self->p90 = NAN;

  self->title_label = add_label (self, "heading");
  self->subtitle_label = add_label (self, "caption dim-label");
  self->value_label = add_label (self, "title-1 numeric");
  self->delta_label = add_label (self, "vw-delta numeric");
  gtk_widget_set_halign (GTK_WIDGET (self->delta_label), GTK_ALIGN_START);

  self->bullet = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_content_height (self->bullet, 14);
  gtk_drawing_area_set_draw_func (self->bullet, draw_bullet, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->bullet), FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->bullet), GTK_WIDGET (self));

  self->scale_label = add_label (self, "caption dim-label numeric");
  self->range_label = add_label (self, "caption dim-label numeric");

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  update_all (self);
}

GtkWidget *
vw_kpi_card_new (void)
{
  return g_object_new (VW_TYPE_KPI_CARD, NULL);
}

void
vw_kpi_card_set_title (VwKpiCard  *self,
                       const char *title)
{
  g_return_if_fail (VW_IS_KPI_CARD (self));

  if (g_strcmp0 (gtk_label_get_label (self->title_label), title != NULL ? title : "") == 0)
    return;
  set_label_text (self->title_label, title);
  update_accessible (self);
}

const char *
vw_kpi_card_get_title (VwKpiCard *self)
{
  g_return_val_if_fail (VW_IS_KPI_CARD (self), NULL);

  return gtk_label_get_label (self->title_label);
}

/* The alternative shown, or anything else that qualifies the title. */
void
vw_kpi_card_set_subtitle (VwKpiCard  *self,
                          const char *subtitle)
{
  g_return_if_fail (VW_IS_KPI_CARD (self));

  set_label_text (self->subtitle_label, subtitle);
}

/**
 * vw_kpi_card_set_locale:
 * @locale: (nullable): how numbers are written; %NULL for the user's
 */
void
vw_kpi_card_set_locale (VwKpiCard            *self,
                        const VwNumberLocale *locale)
{
  g_return_if_fail (VW_IS_KPI_CARD (self));

  if (locale == NULL)
    locale = vw_number_locale_from_environment ();
  if (self->locale == locale)
    return;

  self->locale = locale;
  update_all (self);
}

/**
 * vw_kpi_card_set_format:
 * @format: what the figures are; copied. Cards always abbreviate ("€1.24 M").
 */
void
vw_kpi_card_set_format (VwKpiCard           *self,
                        const VwValueFormat *format)
{
  g_return_if_fail (VW_IS_KPI_CARD (self));
  g_return_if_fail (format != NULL);

  if (self->format.kind == format->kind
      && self->format.decimals == format->decimals
      && self->format.scale == format->scale
      && g_strcmp0 (self->currency, format->currency) == 0
      && g_strcmp0 (self->unit, format->unit) == 0)
    return;

  g_free (self->currency);
  g_free (self->unit);
  self->format = *format;
  self->format.currency = self->currency = g_strdup (format->currency);
  self->format.unit = self->unit = g_strdup (format->unit);
  update_all (self);
}

void
vw_kpi_card_set_lower_is_better (VwKpiCard *self,
                                 gboolean   lower_is_better)
{
  g_return_if_fail (VW_IS_KPI_CARD (self));

  lower_is_better = !!lower_is_better;
  if (self->lower_is_better == lower_is_better)
    return;

  self->lower_is_better = lower_is_better;
  update_delta (self);
}

static gboolean
same_figure (double a,
             double b)
{
  return a == b || (isnan (a) && isnan (b));
}

/**
 * vw_kpi_card_set_figures:
 * @baseline: the KPI today (NAN: unknown)
 * @value: the KPI with this alternative (NAN: none)
 * @target: the customer's target (NAN: none)
 *
 * Also clears an error set before.
 */
void
vw_kpi_card_set_figures (VwKpiCard *self,
                         double     baseline,
                         double     value,
                         double     target)
{
  g_return_if_fail (VW_IS_KPI_CARD (self));

  if (self->error == NULL && same_figure (self->baseline, baseline)
      && same_figure (self->value, value) && same_figure (self->target, target))
    return;

  g_clear_pointer (&self->error, g_free);
  self->baseline = isfinite (baseline) ? baseline : NAN;
  self->value = isfinite (value) ? value : NAN;
  self->target = isfinite (target) ? target : NAN;
  update_all (self);
}

/**
 * vw_kpi_card_set_error:
 * @message: (nullable): why the value cannot be computed ("#DIV/0! — revenue is 0"), shown
 *   instead of it; %NULL clears
 */
void
vw_kpi_card_set_error (VwKpiCard  *self,
                       const char *message)
{
  g_return_if_fail (VW_IS_KPI_CARD (self));

  if (g_strcmp0 (self->error, message) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (message);
  update_all (self);
}

/**
 * vw_kpi_card_set_range:
 *
 * The P10–P90 of a simulation; NAN for either hides the range.
 */
void
vw_kpi_card_set_range (VwKpiCard *self,
                       double     p10,
                       double     p90)
{
  g_return_if_fail (VW_IS_KPI_CARD (self));

  if (!isfinite (p10) || !isfinite (p90))
    p10 = p90 = NAN;
  if (same_figure (self->p10, p10) && same_figure (self->p90, p90))
    return;

  self->p10 = p10;
  self->p90 = p90;
  update_range (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->bullet));
  update_accessible (self);
}

static double
scalar_or_nan (const VwValue *value)
{
  return value->kind == VW_VALUE_SCALAR ? value->scalar : NAN;
}

/**
 * vw_kpi_card_show_kpi:
 * @case_model: an evaluated case model
 * @kpi: a KPI of its document
 * @alternative: the alternative shown (document order)
 * @reference: the alternative that is the baseline when the KPI has no baseline of its own
 *   (−1: none)
 * @stats: (nullable): the Monte Carlo statistics of the KPI's variable for @alternative
 *
 * Shows @kpi as the case computes it: the value of its variable for @alternative, the
 * KPI's baseline (or the variable's value for @reference), its target.
 */
void
vw_kpi_card_show_kpi (VwKpiCard               *self,
                      VwCaseModel             *case_model,
                      VwKpi                   *kpi,
                      guint                    alternative,
                      int                      reference,
                      const VwCaseOutputStats *stats)
{
  VwItem *item = VW_ITEM (kpi);
  const char *variable = vw_item_get_string (item, "variable");
  VwAlternative *alt = vw_case_model_get_alternative (case_model, alternative);
  VwDocument *document = vw_case_model_get_document (case_model);
  double baseline = NAN, target = NAN;
  VwValueFormat format;
  VwValue value;

  g_return_if_fail (VW_IS_KPI_CARD (self));
  g_return_if_fail (VW_IS_CASE_MODEL (case_model) && VW_IS_KPI (kpi) && alt != NULL);

  vw_kpi_card_set_title (self, vw_item_get_display_name (item));
  vw_kpi_card_set_subtitle (self, vw_item_get_display_name (VW_ITEM (alt)));
  vw_document_value_format (document, vw_item_get_string (item, "unit"), &format);
  vw_kpi_card_set_format (self, &format);
  vw_kpi_card_set_lower_is_better (self, g_strcmp0 (vw_item_get_string (item, "better"),
                                                    "lower") == 0);

  if (vw_item_is_set (item, "target"))
    target = vw_item_get_double (item, "target");

  if (variable == NULL || variable[0] == '\0'
      || !vw_case_model_get_value (case_model, variable, vw_item_get_id (VW_ITEM (alt)), &value))
    {
      vw_kpi_card_set_error (self, _("No variable computes this KPI"));
      return;
    }

  if (value.kind == VW_VALUE_ERROR)
    {
      g_autofree char *message = vw_value_error_text (&value);

      vw_kpi_card_set_error (self, message);
      return;
    }
  if (value.kind != VW_VALUE_SCALAR)
    {
      vw_kpi_card_set_error (self, _("A series: the card shows single figures only"));
      return;
    }

  if (vw_item_is_set (item, "baseline"))
    baseline = vw_item_get_double (item, "baseline");
  else if (reference >= 0 && (guint) reference < vw_case_model_get_n_alternatives (case_model))
    {
      VwValue base;

      vw_case_model_get_value (case_model, variable,
                               vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (case_model,
                                                                                       reference))),
                               &base);
      baseline = scalar_or_nan (&base);
    }

  vw_kpi_card_set_figures (self, baseline, value.scalar, target);
  if (stats != NULL && stats->n_valid > 0)
    vw_kpi_card_set_range (self, stats->p10, stats->p90);
  else
    vw_kpi_card_set_range (self, NAN, NAN);
}

const char *
vw_kpi_card_get_value_text (VwKpiCard *self)
{
  g_return_val_if_fail (VW_IS_KPI_CARD (self), NULL);

  return gtk_label_get_label (self->value_label);
}

const char *
vw_kpi_card_get_delta_text (VwKpiCard *self)
{
  g_return_val_if_fail (VW_IS_KPI_CARD (self), NULL);

  return gtk_label_get_label (self->delta_label);
}

const char *
vw_kpi_card_get_range_text (VwKpiCard *self)
{
  g_return_val_if_fail (VW_IS_KPI_CARD (self), NULL);

  return gtk_label_get_label (self->range_label);
}

/**
 * vw_kpi_card_get_verdict:
 *
 * Returns: 1 when the value is better than the baseline, −1 when worse, 0 otherwise
 */
int
vw_kpi_card_get_verdict (VwKpiCard *self)
{
  g_return_val_if_fail (VW_IS_KPI_CARD (self), 0);

  return compute_verdict (self);
}
