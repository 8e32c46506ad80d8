/* vw-benchmark-group.c: benchmark defaults from the case repository, to set an input
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Median improvement of Unplanned downtime in 14 verified cases (Pulp, paper and board): 38 %,
 * P10–P90 22 %–51 %", with an input of the case to set from it: the value to the median, the
 * uncertainty range to P10–P90 (vw_document_set_input_range, one undoable command). The
 * figures are computed in a worker; a newer request cancels an older one.
 */

#define G_LOG_DOMAIN "vw-benchmark-group"

#include <glib/gi18n.h>

#include "vw-benchmark-group.h"
#include "vw-format.h"
#include "vw-input-range.h"
#include "vw-items.h"
#include "vw-unit-format.h"
#include "vw-plain-row.h"

#define MAX_BENCHMARKS 4

struct _VwBenchmarkGroup
{
  AdwPreferencesGroup  parent_instance;

  VwDocument          *document;
  GCancellable        *cancellable;
  GPtrArray           *rows;
  gboolean             busy;
};

G_DEFINE_FINAL_TYPE (VwBenchmarkGroup, vw_benchmark_group, ADW_TYPE_PREFERENCES_GROUP)

static const VwNumberLocale *
view_locale (void)
{
  return vw_number_locale_from_environment ();
}

static void
show_toast (VwBenchmarkGroup *self,
            const char       *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}


typedef struct
{
  char            *industry;
  char            *kpi_keys[MAX_BENCHMARKS];
  VwCaseBenchmark  improvement[MAX_BENCHMARKS];
  VwCaseBenchmark  realized[MAX_BENCHMARKS];
  gboolean         has_improvement[MAX_BENCHMARKS];
  gboolean         has_realized[MAX_BENCHMARKS];
} BenchmarkJob;

static void
benchmark_job_free (gpointer data)
{
  BenchmarkJob *job = data;

  g_free (job->industry);
  for (guint i = 0; i < MAX_BENCHMARKS; i++)
    {
      g_free (job->kpi_keys[i]);
      vw_case_benchmark_clear (&job->improvement[i]);
      vw_case_benchmark_clear (&job->realized[i]);
    }
  g_free (job);
}

static void
benchmark_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  VwCaseRepository *repository = source;
  BenchmarkJob *job = task_data;

  for (guint i = 0; i < MAX_BENCHMARKS && job->kpi_keys[i] != NULL; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      job->has_improvement[i] =
        vw_case_repository_benchmark (repository, job->industry, job->kpi_keys[i],
                                      VW_CASE_MEASURE_IMPROVEMENT, &job->improvement[i], NULL);
      job->has_realized[i] =
        vw_case_repository_benchmark (repository, job->industry, job->kpi_keys[i],
                                      VW_CASE_MEASURE_REALIZED, &job->realized[i], NULL);
    }
  g_task_return_boolean (task, TRUE);
}

typedef struct
{
  VwCaseBenchmark benchmark;
  char           *industry_label;
} BenchmarkChoice;

static void
benchmark_choice_free (gpointer data)
{
  BenchmarkChoice *choice = data;

  vw_case_benchmark_clear (&choice->benchmark);
  g_free (choice->industry_label);
  g_free (choice);
}

/* The document's inputs, by label, for the "Set input" drop-down; ids in @ids. */
static GListModel *
input_names (VwDocument *document,
             GPtrArray  *ids)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  GListModel *variables = vw_document_get_items (document, VW_ITEM_VARIABLE);
  guint n = g_list_model_get_n_items (variables);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VwItem) variable = g_list_model_get_item (variables, i);

      if (g_strcmp0 (vw_item_get_string (variable, "kind"), "input") != 0
          || vw_document_is_internal (document, variable, NULL))
        continue;
      gtk_string_list_append (names, vw_item_get_display_name (variable));
      g_ptr_array_add (ids, g_strdup (vw_item_get_id (variable)));
    }
  return G_LIST_MODEL (names);
}

static void
on_set_input_clicked_cb (GtkButton   *button,
                         VwBenchmarkGroup *self)
{
  GtkDropDown *inputs = g_object_get_data (G_OBJECT (button), "vw-inputs");
  GPtrArray *ids = g_object_get_data (G_OBJECT (button), "vw-ids");
  BenchmarkChoice *choice = g_object_get_data (G_OBJECT (button), "vw-benchmark");
  guint selected = gtk_drop_down_get_selected (inputs);
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  g_autofree char *message = NULL;
  VwVariable *variable;
  const char *offer;

  if (self->document == NULL || selected >= ids->len)
    return;

  variable = vw_document_find_variable (self->document, g_ptr_array_index (ids, selected));
  offer = vw_item_get_string (VW_ITEM (vw_document_get_meta (self->document)),
                              "offer-alternative");
  source = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Benchmark: %s in %u verified reference case (%s)",
                                         "Benchmark: %s in %u verified reference cases (%s)",
                                         choice->benchmark.n_cases),
                            choice->benchmark.kpi_name, choice->benchmark.n_cases,
                            choice->industry_label);
  if (!vw_document_set_input_range (self->document, variable, offer, choice->benchmark.median,
                                    choice->benchmark.p10, choice->benchmark.p90, source,
                                    &error))
    {
      show_toast (self, error->message);
      return;
    }
  message = g_strdup_printf (_("“%s” set from the benchmark"),
                             vw_item_get_display_name (VW_ITEM (variable)));
  show_toast (self, message);
}

static char *
benchmark_text (const VwCaseBenchmark *b,
                gboolean               improvement,
                const char            *industry_label)
{
  VwValueFormat format;
  g_autofree char *median = NULL;
  g_autofree char *p10 = NULL;
  g_autofree char *p90 = NULL;

  if (improvement)
    format = (VwValueFormat) { .kind = VW_VALUE_PERCENT, .decimals = 0 };
  else
    vw_value_format_for_unit (b->unit, NULL, &format);
  median = vw_format_value (view_locale (), &format, b->median, VW_FORMAT_EXACT);
  p10 = vw_format_value (view_locale (), &format, b->p10, VW_FORMAT_EXACT);
  p90 = vw_format_value (view_locale (), &format, b->p90, VW_FORMAT_EXACT);

  return improvement
    /* TRANSLATORS: "Median improvement of Unplanned downtime in 14 verified cases
     * (Pulp, paper and board): 38 %, P10–P90 22 %–51 %" */
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "Median improvement of %s in %u verified case (%s): %s, "
                                    "P10–P90 %s–%s",
                                    "Median improvement of %s in %u verified cases (%s): %s, "
                                    "P10–P90 %s–%s", b->n_cases),
                       b->kpi_name, b->n_cases, industry_label, median, p10, p90)
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "Median realized %s in %u verified case (%s): %s, "
                                    "P10–P90 %s–%s",
                                    "Median realized %s in %u verified cases (%s): %s, "
                                    "P10–P90 %s–%s", b->n_cases),
                       b->kpi_name, b->n_cases, industry_label, median, p10, p90);
}

static void
add_benchmark_row (VwBenchmarkGroup      *self,
                   const VwCaseBenchmark *benchmark,
                   gboolean               improvement,
                   const char            *industry_label)
{
  g_autofree char *text = benchmark_text (benchmark, improvement, industry_label);
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  GtkWidget *row = vw_plain_row (adw_action_row_new ());
  GtkWidget *button = gtk_button_new_with_label (_("Set Input"));
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *inputs;
  BenchmarkChoice *choice = g_new0 (BenchmarkChoice, 1);

  choice->benchmark = *benchmark;
  choice->benchmark.unit = g_strdup (benchmark->unit);
  choice->benchmark.kpi_name = g_strdup (benchmark->kpi_name);
  choice->industry_label = g_strdup (industry_label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (self->document != NULL)
    {
      inputs = gtk_drop_down_new (input_names (self->document, ids), NULL);
      gtk_widget_set_valign (inputs, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (inputs), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Input to set"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), inputs);
      g_object_set_data (G_OBJECT (button), "vw-inputs", inputs);
    }
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, self->document != NULL && ids->len > 0);
  gtk_widget_set_tooltip_text (button, _("Set the input to the median, with P10–P90 as its "
                                         "uncertainty range"));
  g_object_set_data_full (G_OBJECT (button), "vw-ids", ids, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (button), "vw-benchmark", choice, benchmark_choice_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_set_input_clicked_cb), self);
  g_object_set_data (G_OBJECT (row), "vw-button", button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
clear_rows (VwBenchmarkGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self),
                                  g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

static void
on_benchmarks_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(VwBenchmarkGroup) self = user_data;
  BenchmarkJob *job = g_task_get_task_data (G_TASK (result));
  const VwCaseIndustry *industry = job->industry ? vw_case_industry_find (job->industry) : NULL;
  const char *industry_label = industry ? _(industry->label) : _("all industries");

  if (!g_task_propagate_boolean (G_TASK (result), NULL)
      || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  self->busy = FALSE;
  clear_rows (self);
  for (guint i = 0; i < MAX_BENCHMARKS && job->kpi_keys[i] != NULL; i++)
    {
      if (job->has_improvement[i])
        add_benchmark_row (self, &job->improvement[i], TRUE, industry_label);
      if (job->has_realized[i])
        add_benchmark_row (self, &job->realized[i], FALSE, industry_label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), self->rows->len > 0);
}

/**
 * vw_benchmark_group_update:
 * @industry: (nullable): an industry key, or %NULL for every industry
 * @kpi_keys: (array zero-terminated=1): the KPIs to benchmark, most relevant first (at most
 *   four are shown)
 *
 * Computes the benchmarks in a worker and shows them; an update still running is cancelled.
 */
void
vw_benchmark_group_update (VwBenchmarkGroup   *self,
                           VwCaseRepository   *repository,
                           const char         *industry,
                           const char * const *kpi_keys)
{
  g_autoptr(GTask) task = NULL;
  BenchmarkJob *job;

  g_return_if_fail (VW_IS_BENCHMARK_GROUP (self));
  g_return_if_fail (VW_IS_CASE_REPOSITORY (repository));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (kpi_keys == NULL || kpi_keys[0] == NULL)
    {
      self->busy = FALSE;
      clear_rows (self);
      return;
    }

  job = g_new0 (BenchmarkJob, 1);
  job->industry = g_strdup (industry);
  for (guint i = 0; kpi_keys[i] != NULL && i < MAX_BENCHMARKS; i++)
    job->kpi_keys[i] = g_strdup (kpi_keys[i]);

  self->busy = TRUE;
  task = g_task_new (repository, self->cancellable, on_benchmarks_done_cb, g_object_ref (self));
  g_task_set_task_data (task, job, benchmark_job_free);
  g_task_run_in_thread (task, benchmark_thread);
}

/* The rows' inputs list this document's inputs. */
void
vw_benchmark_group_set_document (VwBenchmarkGroup *self,
                                 VwDocument       *document)
{
  g_return_if_fail (VW_IS_BENCHMARK_GROUP (self));

  g_set_object (&self->document, document);
}

gboolean
vw_benchmark_group_get_busy (VwBenchmarkGroup *self)
{
  g_return_val_if_fail (VW_IS_BENCHMARK_GROUP (self), FALSE);

  return self->busy;
}

/* Sets the input chosen in row @index (in display order) from its benchmark, as a click on
 * its button does. */
gboolean
vw_benchmark_group_apply (VwBenchmarkGroup *self,
                          guint             index,
                          const char       *variable_id)
{
  GtkWidget *row;
  GtkWidget *button;
  GPtrArray *ids;

  g_return_val_if_fail (VW_IS_BENCHMARK_GROUP (self), FALSE);

  if (index >= self->rows->len)
    return FALSE;
  row = g_ptr_array_index (self->rows, index);
  button = g_object_get_data (G_OBJECT (row), "vw-button");
  ids = g_object_get_data (G_OBJECT (button), "vw-ids");
  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), variable_id) == 0)
      {
        gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (button), "vw-inputs"), i);
        on_set_input_clicked_cb (GTK_BUTTON (button), self);
        return TRUE;
      }
  return FALSE;
}

static void
vw_benchmark_group_dispose (GObject *object)
{
  VwBenchmarkGroup *self = VW_BENCHMARK_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (vw_benchmark_group_parent_class)->dispose (object);
}

static void
vw_benchmark_group_class_init (VwBenchmarkGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vw_benchmark_group_dispose;
}

static void
vw_benchmark_group_init (VwBenchmarkGroup *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Benchmark Defaults"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
    _("What verified cases achieved, to set an input’s value and its uncertainty range."));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
vw_benchmark_group_new (void)
{
  return g_object_new (VW_TYPE_BENCHMARK_GROUP, NULL);
}
