/* vw-model-page-simulation.c: the Monte Carlo of the Model & Simulation page
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The simulation runs in a GTask worker on an independent copy of the case
 * (vw_case_model_new_copy), so the user can go on moving sliders: nothing the worker reads
 * is shared. Progress is an atomic counter the main loop polls; Cancel stops the worker at
 * its next 64 draws and leaves the page as it was before the run. Results that no longer
 * match the inputs are not shown as if they did: an edit marks them stale.
 */

#define G_LOG_DOMAIN "vw-model-page"

#include <glib/gi18n.h>

#include "vw-model-page-private.h"

typedef struct
{
  VwCaseModel *copy;
  guint        n_draws;
  guint64      seed;
  int          done;      /* atomic */
  gint64       started;
} McJob;

static void
mc_job_free (gpointer data)
{
  McJob *job = data;

  g_clear_object (&job->copy);
  g_free (job);
}

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  McJob *job = user_data;

  g_atomic_int_set (&job->done, (int) MIN (done, total));
}

static void
mc_thread (GTask        *task,
           gpointer      source_object,
           gpointer      task_data,
           GCancellable *cancellable)
{
  McJob *job = task_data;
  GError *error = NULL;
  VwCaseMonteCarlo *mc;

  vw_case_model_evaluate (job->copy);
  mc = vw_case_model_run_monte_carlo_full (job->copy, job->n_draws, job->seed, on_progress, job,
                                           cancellable, &error);
  if (mc == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, mc, (GDestroyNotify) vw_case_monte_carlo_free);
}

static void
show_running (VwModelPage *self,
              gboolean     running)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->simulate_button), !running);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), running);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), running);
  if (running)
    gtk_progress_bar_set_fraction (self->progress, 0);
}

static void
set_status (VwModelPage *self,
            const char  *text)
{
  gtk_label_set_label (self->simulation_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->simulation_label), text != NULL);
}

static gboolean
poll_progress_cb (gpointer user_data)
{
  VwModelPage *self = VW_MODEL_PAGE (user_data);
  McJob *job = self->mc_job;

  if (job != NULL)
    gtk_progress_bar_set_fraction (self->progress,
                                   (double) g_atomic_int_get (&job->done) / job->n_draws);
  return G_SOURCE_CONTINUE;
}

static void
index_results (VwModelPage *self)
{
  guint n_alts = vw_case_model_get_n_alternatives (vw_page_get_case_model (VW_PAGE (self)));

  g_clear_pointer (&self->mc_index, g_hash_table_unref);
  self->mc_index = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < self->mc->n_outputs; i++)
    {
      VwCaseOutputStats *s = &self->mc->outputs[i];

      g_hash_table_insert (self->mc_index,
                           GUINT_TO_POINTER ((guint) s->var * n_alts + (guint) s->alt + 1), s);
    }
}

static void
on_simulation_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  VwModelPage *self = VW_MODEL_PAGE (source);
  McJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  VwCaseMonteCarlo *mc = g_task_propagate_pointer (G_TASK (result), &error);

  /* Only the run the page still waits for may show its results. */
  if (self->mc_job != job)
    {
      g_clear_pointer (&mc, vw_case_monte_carlo_free);
      return;
    }
  self->mc_job = NULL;
  g_clear_handle_id (&self->mc_progress_source, g_source_remove);
  g_clear_object (&self->mc_cancellable);
  show_running (self, FALSE);

  if (mc == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_status (self, self->mc != NULL && !self->mc_stale
                          ? _("Simulation cancelled; the results shown are from the run before.")
                          : _("Simulation cancelled."));
      else
        set_status (self, error->message);
      return;
    }

  vw_model_page_clear_simulation (self);
  self->mc = mc;
  self->mc_stale = FALSE;
  index_results (self);
  if (mc->n_dists == 0)
    set_status (self, _("No input is uncertain: give an input a distribution with its "
                        "uncertainty button, then simulate again."));
  else
    {
      g_autofree char *draws = vw_format_number (vw_number_locale_from_environment (),
                                                 mc->n_draws, 0);
      g_autofree char *text = NULL;

      /* Translators: "10,000 draws in 120 ms: P10–P90 on the cards" */
      text = g_strdup_printf (_("%s draws in %d ms: P10–P90 on the cards"), draws,
                              (int) ((g_get_monotonic_time () - job->started) / 1000));
      set_status (self, text);
    }
  vw_model_page_update_values (self);
}

/**
 * vw_model_page_simulate:
 * @n_draws: 0 for the case's own number
 *
 * Starts a Monte Carlo of the case as it is now (cancelling one still running).
 */
void
vw_model_page_simulate (VwModelPage *self,
                        guint        n_draws)
{
  VwCaseModel *cm;
  g_autoptr(GTask) task = NULL;
  McJob *job;

  g_return_if_fail (VW_IS_MODEL_PAGE (self));

  cm = vw_page_get_case_model (VW_PAGE (self));
  if (cm == NULL)
    return;
  vw_model_page_cancel_simulation (self);

  job = g_new0 (McJob, 1);
  job->copy = vw_case_model_new_copy (cm);
  job->n_draws = n_draws > 0 ? n_draws : MAX (vw_case_model_get_mc_draws (cm), 1);
  job->seed = vw_case_model_get_mc_seed (cm);
  job->started = g_get_monotonic_time ();

  self->mc_cancellable = g_cancellable_new ();
  self->mc_job = job;
  task = g_task_new (self, self->mc_cancellable, on_simulation_done_cb, NULL);
  g_task_set_task_data (task, job, mc_job_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, mc_thread);

  show_running (self, TRUE);
  set_status (self, _("Simulating…"));
  self->mc_progress_source = g_timeout_add (50, poll_progress_cb, self);
}

/* Stops a run; the page keeps what it showed before it. */
void
vw_model_page_cancel_simulation (VwModelPage *self)
{
  g_return_if_fail (VW_IS_MODEL_PAGE (self));

  if (self->mc_cancellable != NULL)
    g_cancellable_cancel (self->mc_cancellable);
}

gboolean
vw_model_page_get_simulating (VwModelPage *self)
{
  g_return_val_if_fail (VW_IS_MODEL_PAGE (self), FALSE);

  return self->mc_job != NULL;
}

/**
 * vw_model_page_get_simulation:
 *
 * Returns: (nullable): the results shown on the cards (none when stale)
 */
const VwCaseMonteCarlo *
vw_model_page_get_simulation (VwModelPage *self)
{
  g_return_val_if_fail (VW_IS_MODEL_PAGE (self), NULL);

  return self->mc_stale ? NULL : self->mc;
}

const VwCaseOutputStats *
vw_model_page_lookup_stats (VwModelPage *self,
                            guint        variable,
                            guint        alternative)
{
  guint n_alts;

  if (self->mc_index == NULL)
    return NULL;
  n_alts = vw_case_model_get_n_alternatives (vw_page_get_case_model (VW_PAGE (self)));
  return g_hash_table_lookup (self->mc_index,
                              GUINT_TO_POINTER (variable * n_alts + alternative + 1));
}

void
vw_model_page_clear_simulation (VwModelPage *self)
{
  g_clear_pointer (&self->mc_index, g_hash_table_unref);
  g_clear_pointer (&self->mc, vw_case_monte_carlo_free);
  self->mc_stale = FALSE;
  if (self->simulation_label != NULL && self->mc_job == NULL)
    set_status (self, NULL);
}

void
vw_model_page_mark_simulation_stale (VwModelPage *self)
{
  if (self->mc == NULL || self->mc_stale)
    return;
  self->mc_stale = TRUE;
  set_status (self, _("The inputs changed since the simulation: simulate again for P10–P90."));
}

void
vw_model_page_simulation_dispose (VwModelPage *self)
{
  vw_model_page_cancel_simulation (self);
  /* The task holds the page until its callback, which then finds no job waiting. */
  self->mc_job = NULL;
  g_clear_object (&self->mc_cancellable);
  g_clear_handle_id (&self->mc_progress_source, g_source_remove);
  g_clear_pointer (&self->mc_index, g_hash_table_unref);
  g_clear_pointer (&self->mc, vw_case_monte_carlo_free);
}

static void
on_simulate_clicked_cb (VwModelPage *self)
{
  vw_model_page_simulate (self, 0);
}

/* Simulate, its progress and Cancel, and what the last run found. */
GtkWidget *
vw_model_page_build_simulation_bar (VwModelPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_halign (box, GTK_ALIGN_END);

  self->simulation_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->simulation_label, TRUE);
  gtk_label_set_xalign (self->simulation_label, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->simulation_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->simulation_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->simulation_label));

  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->progress), GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (GTK_WIDGET (self->progress), 120, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Simulation progress"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->progress));

  self->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Cancel")));
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cancel_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cancel the simulation"), -1);
  g_signal_connect_swapped (self->cancel_button, "clicked",
                            G_CALLBACK (vw_model_page_cancel_simulation), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->cancel_button));

  self->goal_seek_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Goal Seek…")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->goal_seek_button), "model.goal-seek");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->goal_seek_button));

  self->simulate_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("Si_mulate")));
  gtk_widget_add_css_class (GTK_WIDGET (self->simulate_button), "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->simulate_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Run the simulation"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->simulate_button),
                               _("Monte Carlo: draw the uncertain inputs many times and show "
                                 "each KPI’s P10–P90"));
  g_signal_connect_swapped (self->simulate_button, "clicked",
                            G_CALLBACK (on_simulate_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->simulate_button));

  return box;
}
