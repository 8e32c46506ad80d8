/* vw-presentation.c: a meeting with the customer: the case, its customer projection, and what
 * the meeting changed
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The presenter edits the real case; the customer sees only its projection
 * (vw_document_new_projection), compiled into a case model of its own. An input changed in the
 * case is copied into the projection when the projection has that variable (an internal one
 * it never has), so the projection's model recomputes only the dependent cone, in the same
 * main-loop dispatch as the edit: both windows draw the change in their next frame. A change
 * of structure (a formula, a variable, a stakeholder) makes a new projection.
 */

#define G_LOG_DOMAIN "vw-presentation"

#include <glib/gi18n.h>

#include "vw-case-figures.h"
#include "vw-presentation.h"
#include "vw-unit-format.h"

typedef struct
{
  char   *variable;
  char   *alternative;
  double  value;
} Override;

struct _VwPresentation
{
  GObject      parent_instance;

  VwDocument  *document;
  VwCaseModel *case_model;
  char        *audience;
  VwDocument  *projection;
  VwCaseModel *projection_model;
  GArray      *overrides;     /* of Override: --set, applied to both models */

  /* The meeting's starting point: "id\talt" → effective input, KPI id → its value. */
  GHashTable  *start_inputs;
  GHashTable  *start_kpis;
  gboolean     ended;
};

G_DEFINE_FINAL_TYPE (VwPresentation, vw_presentation, G_TYPE_OBJECT)

enum {
  SIGNAL_PROJECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
override_clear (gpointer data)
{
  Override *o = data;

  g_free (o->variable);
  g_free (o->alternative);
}

static char *
input_key (const char *variable,
           const char *alternative)
{
  return g_strconcat (variable, "\t", alternative, NULL);
}

static double *
double_new (double value)
{
  double *p = g_new (double, 1);

  *p = value;
  return p;
}

static void
record_start (VwPresentation *self)
{
  VwCaseModel *cm = self->case_model;
  GListModel *kpis = vw_document_get_items (self->document, VW_ITEM_KPI);

  vw_case_model_evaluate (cm);
  for (guint v = 0; v < vw_case_model_get_n_variables (cm); v++)
    {
      VwVariable *var = vw_case_model_get_variable (cm, v);

      if (vw_variable_is_formula (var))
        continue;
      for (guint a = 0; a < vw_case_model_get_n_alternatives (cm); a++)
        g_hash_table_insert (self->start_inputs,
                             input_key (vw_item_get_id (VW_ITEM (var)),
                                        vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (cm, a)))),
                             double_new (vw_case_model_get_effective_input (cm, v, a)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(VwItem) kpi = g_list_model_get_item (kpis, i);
      double value;

      if (vw_case_figures_get (cm, vw_item_get_string (kpi, "variable"), NULL, &value))
        g_hash_table_insert (self->start_kpis, g_strdup (vw_item_get_id (kpi)), double_new (value));
    }
}

/* ---- the projection ---------------------------------------------------------------------- */

static void
apply_overrides (VwPresentation *self,
                 VwCaseModel    *cm)
{
  VwDocument *doc = vw_case_model_get_document (cm);
  const char *scenario = vw_case_model_get_scenario (self->case_model);

  if (scenario != NULL && cm != self->case_model)
    vw_case_model_set_scenario (cm, scenario, NULL);

  for (guint i = 0; i < self->overrides->len; i++)
    {
      Override *o = &g_array_index (self->overrides, Override, i);

      /* The projection has no internal variable: an override of one stays with the case. */
      if (vw_document_find_variable (doc, o->variable) != NULL)
        vw_case_model_set_override (cm, o->variable, o->alternative, o->value, NULL);
    }
}

static void
rebuild_projection (VwPresentation *self)
{
  g_clear_object (&self->projection_model);
  g_clear_object (&self->projection);

  self->projection = vw_document_new_projection (self->document, self->audience);
  if (self->projection == NULL)
    {
      /* The person left the case: the whole buying center sees it. */
      g_free (self->audience);
      self->audience = g_strdup ("customer");
      self->projection = vw_document_new_projection (self->document, self->audience);
    }
  self->projection_model = vw_case_model_new (self->projection);
  apply_overrides (self, self->projection_model);
  vw_case_model_evaluate (self->projection_model);
  g_signal_emit (self, signals[SIGNAL_PROJECTION_CHANGED], 0, TRUE);
}

/* One number changed in the case: the same number in the projection, if it has it. */
static void
on_value_changed_cb (VwPresentation *self,
                     VwItem         *item,
                     const char     *key1,
                     const char     *key2)
{
  const char *id = vw_item_get_id (item);
  double value;

  if (VW_IS_VARIABLE (item) && g_strcmp0 (key2, "") == 0)
    {
      VwVariable *copy = vw_document_find_variable (self->projection, id);
      const char *alternative = *key1 != '\0' ? key1 : NULL;

      if (copy == NULL)
        return;  /* internal: the customer's figures do not depend on it */
      if (vw_value_table_lookup (vw_variable_get_values (VW_VARIABLE (item)), key1, key2, &value))
        vw_document_set_input (self->projection, copy, alternative, value);
      else
        vw_document_unset_input (self->projection, copy, alternative);
    }
  else if (VW_IS_SCENARIO (item))
    {
      VwItem *copy = vw_document_find (self->projection, VW_ITEM_SCENARIO, id);
      const char *alternative = *key2 != '\0' ? key2 : NULL;

      if (copy == NULL || vw_document_find_variable (self->projection, key1) == NULL)
        return;
      if (vw_value_table_lookup (vw_scenario_get_values (VW_SCENARIO (item)), key1, key2, &value))
        vw_document_set_override (self->projection, VW_SCENARIO (copy), key1, alternative, value);
      else
        vw_document_unset_override (self->projection, VW_SCENARIO (copy), key1, alternative);
    }
  else if (VW_IS_SNAPSHOT (item))
    return;  /* a snapshot changes no figure */
  else
    {
      rebuild_projection (self);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_PROJECTION_CHANGED], 0, FALSE);
}

static void
on_item_changed_cb (VwPresentation *self,
                    VwItem         *item,
                    const char     *field)
{
  /* Private notes and internal variables never reach the projection: nothing to redo. */
  if (vw_document_is_internal (self->document, item, field)
      || (VW_IS_VARIABLE (item) && vw_document_is_internal (self->document, item, NULL)
          && g_strcmp0 (field, "confidential") != 0)
      || VW_IS_SNAPSHOT (item))
    return;

  rebuild_projection (self);
}

static void
on_structure_changed_cb (VwPresentation *self,
                         VwItem         *item)
{
  if (!VW_IS_SNAPSHOT (item))
    rebuild_projection (self);
}

/* ---- the object -------------------------------------------------------------------------- */

static void
vw_presentation_dispose (GObject *object)
{
  VwPresentation *self = VW_PRESENTATION (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->projection_model);
  g_clear_object (&self->projection);
  g_clear_object (&self->case_model);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (vw_presentation_parent_class)->dispose (object);
}

static void
vw_presentation_finalize (GObject *object)
{
  VwPresentation *self = VW_PRESENTATION (object);

  g_free (self->audience);
  g_array_unref (self->overrides);
  g_hash_table_unref (self->start_inputs);
  g_hash_table_unref (self->start_kpis);

  G_OBJECT_CLASS (vw_presentation_parent_class)->finalize (object);
}

static void
vw_presentation_class_init (VwPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vw_presentation_dispose;
  object_class->finalize = vw_presentation_finalize;

  /**
   * VwPresentation::projection-changed:
   * @rebuilt: a new projection (and model) replaced the old one, rather than a number of it
   *   changing
   */
  signals[SIGNAL_PROJECTION_CHANGED] =
    g_signal_new ("projection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
vw_presentation_init (VwPresentation *self)
{
  self->audience = g_strdup ("customer");
  self->overrides = g_array_new (FALSE, TRUE, sizeof (Override));
  g_array_set_clear_func (self->overrides, override_clear);
  self->start_inputs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->start_kpis = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * vw_presentation_new:
 * @document: the case
 * @case_model: its compiled model (the window's), or %NULL to make one
 *
 * Starts a meeting: remembers every input and KPI as they are now, and makes the customer
 * projection.
 */
VwPresentation *
vw_presentation_new (VwDocument  *document,
                     VwCaseModel *case_model)
{
  VwPresentation *self;

  g_return_val_if_fail (VW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (case_model == NULL || vw_case_model_get_document (case_model) == document, NULL);

  self = g_object_new (VW_TYPE_PRESENTATION, NULL);
  self->document = g_object_ref (document);
  self->case_model = case_model != NULL ? g_object_ref (case_model) : vw_case_model_new (document);
  record_start (self);
  rebuild_projection (self);

  /* After the case model's own handlers, which these follow. */
  g_signal_connect_object (document, "value-changed", G_CALLBACK (on_value_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (document, "item-changed", G_CALLBACK (on_item_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (document, "item-added", G_CALLBACK (on_structure_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (document, "item-removed", G_CALLBACK (on_structure_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  return self;
}

VwDocument *
vw_presentation_get_document (VwPresentation *self)
{
  g_return_val_if_fail (VW_IS_PRESENTATION (self), NULL);
  return self->document;
}

VwCaseModel *
vw_presentation_get_case_model (VwPresentation *self)
{
  g_return_val_if_fail (VW_IS_PRESENTATION (self), NULL);
  return self->case_model;
}

const char *
vw_presentation_get_audience (VwPresentation *self)
{
  g_return_val_if_fail (VW_IS_PRESENTATION (self), NULL);
  return self->audience;
}

/**
 * vw_presentation_set_audience:
 * @audience: "customer" or "stakeholder:ID"
 *
 * Returns: whether the audience is one the customer window may show
 */
gboolean
vw_presentation_set_audience (VwPresentation *self,
                              const char     *audience)
{
  gboolean internal;

  g_return_val_if_fail (VW_IS_PRESENTATION (self), FALSE);

  if (!vw_audience_parse (audience, &internal, NULL, NULL) || internal)
    return FALSE;
  if (g_strcmp0 (audience, self->audience) == 0)
    return TRUE;

  g_free (self->audience);
  self->audience = g_strdup (audience);
  rebuild_projection (self);
  return TRUE;
}

/**
 * vw_presentation_get_projection:
 *
 * Returns: (transfer none): what the audience may see: the only document the customer window
 *   is given
 */
VwDocument *
vw_presentation_get_projection (VwPresentation *self)
{
  g_return_val_if_fail (VW_IS_PRESENTATION (self), NULL);
  return self->projection;
}

VwCaseModel *
vw_presentation_get_projection_model (VwPresentation *self)
{
  g_return_val_if_fail (VW_IS_PRESENTATION (self), NULL);
  return self->projection_model;
}

/**
 * vw_presentation_set_override:
 *
 * A session override (the command line's --set), for the case and, when the variable is not
 * internal, for the projection. Never written to the document.
 */
gboolean
vw_presentation_set_override (VwPresentation *self,
                              const char     *variable,
                              const char     *alternative,
                              double          value,
                              GError        **error)
{
  Override o;

  g_return_val_if_fail (VW_IS_PRESENTATION (self), FALSE);

  if (!vw_case_model_set_override (self->case_model, variable, alternative, value, error))
    return FALSE;

  o.variable = g_strdup (variable);
  o.alternative = g_strdup (alternative);
  o.value = value;
  g_array_append_val (self->overrides, o);
  apply_overrides (self, self->projection_model);
  g_signal_emit (self, signals[SIGNAL_PROJECTION_CHANGED], 0, FALSE);
  return TRUE;
}

gboolean
vw_presentation_get_start_input (VwPresentation *self,
                                 const char     *variable,
                                 const char     *alternative,
                                 double         *value)
{
  g_autofree char *key = input_key (variable, alternative);
  double *start;

  g_return_val_if_fail (VW_IS_PRESENTATION (self), FALSE);

  start = g_hash_table_lookup (self->start_inputs, key);
  if (start == NULL)
    return FALSE;
  *value = *start;
  return TRUE;
}

/**
 * vw_presentation_input_changed:
 *
 * Returns: whether the meeting changed @variable's effective input for any alternative
 */
gboolean
vw_presentation_input_changed (VwPresentation *self,
                               const char     *variable)
{
  VwCaseModel *cm = self->case_model;
  int v = -1;

  g_return_val_if_fail (VW_IS_PRESENTATION (self), FALSE);

  for (guint i = 0; i < vw_case_model_get_n_variables (cm); i++)
    if (g_strcmp0 (vw_item_get_id (VW_ITEM (vw_case_model_get_variable (cm, i))), variable) == 0)
      v = (int) i;
  if (v < 0)
    return FALSE;

  for (guint a = 0; a < vw_case_model_get_n_alternatives (cm); a++)
    {
      double start;

      if (!vw_presentation_get_start_input (self, variable,
                                            vw_item_get_id (VW_ITEM (vw_case_model_get_alternative (cm, a))),
                                            &start)
          || vw_case_model_get_effective_input (cm, (guint) v, a) != start)
        return TRUE;
    }
  return FALSE;
}

static void
meeting_change_free (gpointer data)
{
  VwMeetingChange *c = data;

  g_free (c->key);
  g_free (c->label);
  g_free (c->before);
  g_free (c->after);
  g_free (c->effect);
  g_free (c);
}

static void
add_input_changes (VwPresentation *self,
                   GPtrArray      *changes)
{
  VwCaseModel *cm = self->case_model;
  const VwNumberLocale *locale = vw_number_locale_from_environment ();
  const char *offer = vw_case_figures_offer (cm);

  for (guint v = 0; v < vw_case_model_get_n_variables (cm); v++)
    {
      VwVariable *var = vw_case_model_get_variable (cm, v);
      const char *id = vw_item_get_id (VW_ITEM (var));

      if (vw_variable_is_formula (var) || !vw_presentation_input_changed (self, id))
        continue;

      /* One line per alternative whose input moved; a shared input moves them all alike and
       * is one line, shown for the offer. */
      for (guint a = 0; a < vw_case_model_get_n_alternatives (cm); a++)
        {
          VwItem *alt = VW_ITEM (vw_case_model_get_alternative (cm, a));
          const char *alt_id = vw_item_get_id (alt);
          double start = 0, now = vw_case_model_get_effective_input (cm, v, a);
          double unused;
          gboolean own = vw_value_table_lookup (vw_variable_get_values (var), alt_id, "", &unused);
          VwMeetingChange *c;

          vw_presentation_get_start_input (self, id, alt_id, &start);
          if (now == start || (!own && g_strcmp0 (alt_id, offer) != 0))
            continue;

          c = g_new0 (VwMeetingChange, 1);
          c->key = g_strdup_printf ("input:%s@%s", id, alt_id);
          c->label = own && g_strcmp0 (alt_id, offer) != 0
            /* Translators: an input and the alternative it belongs to */
            ? g_strdup_printf (_("%s (%s)"), vw_item_get_display_name (VW_ITEM (var)),
                               vw_item_get_display_name (alt))
            : g_strdup (vw_item_get_display_name (VW_ITEM (var)));
          c->before = vw_case_figures_format_as (cm, id, start, locale, 0);
          c->after = vw_case_figures_format_as (cm, id, now, locale, 0);
          c->changed = TRUE;
          g_ptr_array_add (changes, c);
        }
    }
}

static void
add_kpi_changes (VwPresentation *self,
                 GPtrArray      *changes)
{
  GListModel *kpis = vw_document_get_items (self->document, VW_ITEM_KPI);
  const VwNumberLocale *locale = vw_number_locale_from_environment ();
  const char *currency = vw_item_get_string (VW_ITEM (vw_document_get_meta (self->document)),
                                             "currency");

  vw_case_model_evaluate (self->case_model);
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(VwItem) kpi = g_list_model_get_item (kpis, i);
      double *start = g_hash_table_lookup (self->start_kpis, vw_item_get_id (kpi));
      VwValueFormat format;
      VwMeetingChange *c;
      double now;

      if (start == NULL
          || !vw_case_figures_get (self->case_model, vw_item_get_string (kpi, "variable"), NULL, &now))
        continue;

      vw_value_format_for_unit (vw_item_get_string (kpi, "unit"), currency, &format);
      c = g_new0 (VwMeetingChange, 1);
      c->is_kpi = TRUE;
      c->key = g_strconcat ("kpi:", vw_item_get_id (kpi), NULL);
      c->label = g_strdup (vw_item_get_display_name (kpi));
      c->before = vw_format_value (locale, &format, *start, 0);
      c->after = vw_format_value (locale, &format, now, 0);
      c->changed = now != *start;
      c->effect = c->changed ? vw_format_value (locale, &format, now - *start, VW_FORMAT_DIFFERENCE)
                             : g_strdup (_("No change"));
      g_ptr_array_add (changes, c);
    }
}

/**
 * vw_presentation_list_changes:
 *
 * What the meeting changed: each input that moved (before, after), then each KPI of the case
 * (before, after, and the effect), for the offer.
 *
 * Returns: (transfer container) (element-type VwMeetingChange): the changes
 */
GPtrArray *
vw_presentation_list_changes (VwPresentation *self)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func (meeting_change_free);

  g_return_val_if_fail (VW_IS_PRESENTATION (self), changes);

  add_input_changes (self, changes);
  add_kpi_changes (self, changes);
  return changes;
}

/**
 * vw_presentation_end:
 *
 * Ends the meeting: takes a snapshot of the case's inputs, named after the meeting, as one
 * undoable step.
 *
 * Returns: (transfer none) (nullable): the snapshot
 */
VwSnapshot *
vw_presentation_end (VwPresentation *self,
                     GError        **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format (now, "%Y-%m-%d %H:%M");
  g_autofree char *name = NULL;
  VwSnapshot *snapshot;

  g_return_val_if_fail (VW_IS_PRESENTATION (self), NULL);

  /* Translators: the name of the snapshot taken when a meeting ends; %s is its date and time */
  name = g_strdup_printf (_("Meeting of %s"), when);
  snapshot = vw_document_take_snapshot (self->document, name, error);
  if (snapshot != NULL)
    self->ended = TRUE;
  return snapshot;
}

gboolean
vw_presentation_get_ended (VwPresentation *self)
{
  g_return_val_if_fail (VW_IS_PRESENTATION (self), FALSE);
  return self->ended;
}
