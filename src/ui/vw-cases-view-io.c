/* vw-cases-view-io.c: opening the case repository, import, export and promotion
 *
 * Copyright 2026 The Value Workbench authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each runs in a worker: opening (and seeding the sample cases on first use), importing a
 * bundle, a value case or another repository (with its duplicate count), exporting a bundle.
 */

#define G_LOG_DOMAIN "vw-cases-view"

#include <glib/gi18n.h>

#include "vw-cases-view-private.h"
#include "vw-promote-dialog.h"

/* Opening ------------------------------------------------------------------------------------ */

typedef struct
{
  char  *path;
  GFile *sample_bundle;
  guint  n_seeded;
} OpenJob;

static void
open_job_free (gpointer data)
{
  OpenJob *job = data;

  g_free (job->path);
  g_clear_object (&job->sample_bundle);
  g_free (job);
}

static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) seed_error = NULL;
  g_autoptr(VwCaseRepository) repository = NULL;

  repository = vw_case_repository_open (job->path, VW_CASE_OPEN_DEFAULT, &error);
  if (repository == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* The samples are a convenience: a repository without them still works. */
  if (!vw_case_repository_seed_samples (repository, job->sample_bundle, &job->n_seeded,
                                        &seed_error))
    g_message ("No sample cases: %s", seed_error->message);

  g_task_return_pointer (task, g_steal_pointer (&repository), g_object_unref);
}

static void
on_open_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(VwCasesView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VwCaseRepository) repository = g_task_propagate_pointer (G_TASK (result), &error);
  OpenJob *job = g_task_get_task_data (G_TASK (result));

  self->opening = FALSE;
  vw_cases_view_set_searching (self, FALSE);
  if (repository == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  g_set_object (&self->repository, repository);
  vw_attached_cases_group_set_case (self->attached, self->document, repository);
  gtk_stack_set_visible_child_name (self->stack, "results");
  if (job->n_seeded > 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u sample reference case added to your repository",
                                      "%u sample reference cases added to your repository",
                                      job->n_seeded), job->n_seeded);
      vw_cases_view_show_toast (self, message);
    }
  vw_cases_view_search (self);
}

/* For a binary run from its build directory, the source tree's sample cases (as New from
 * Template finds the source tree's templates, vw_template_chooser_get_dirs()); NULL for an
 * installed one, which seeds from the installed samples. */
static GFile *
source_tree_samples (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  if (exe != NULL && g_str_has_prefix (exe, VW_BUILD_ROOT G_DIR_SEPARATOR_S))
    return g_file_new_build_filename (VW_SOURCE_SAMPLES_DIR, "..", "cases", "samples.vwcases",
                                      NULL);
  return NULL;
}

void
vw_cases_view_open (VwCasesView *self)
{
  g_autoptr(GTask) task = NULL;
  OpenJob *job;

  g_return_if_fail (VW_IS_CASES_VIEW (self));

  if (self->repository != NULL || self->opening)
    return;

  job = g_new0 (OpenJob, 1);
  job->path = self->repository_path ? g_strdup (self->repository_path)
                                    : vw_case_repository_default_path ();
  job->sample_bundle = self->sample_bundle ? g_object_ref (self->sample_bundle)
                                            : source_tree_samples ();
  self->opening = TRUE;
  vw_cases_view_set_searching (self, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  task = g_task_new (NULL, NULL, on_open_done_cb, g_object_ref (self));
  g_task_set_task_data (task, job, open_job_free);
  g_task_run_in_thread (task, open_thread);
}

/* Import, export, promote -------------------------------------------------------------------- */

static void
on_import_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(VwCasesView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *added_text = NULL;
  g_autofree char *message = NULL;
  guint duplicates = 0;
  int added;

  added = vw_case_repository_import_file_finish (VW_CASE_REPOSITORY (source), result,
                                                 &duplicates, &error);
  if (added < 0)
    {
      vw_cases_view_show_toast (self, error->message);
      return;
    }

  added_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d reference case imported",
                                             "%d reference cases imported", added), added);
  if (duplicates > 0)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%s; %u was already in the repository",
                                            "%s; %u were already in the repository",
                                            duplicates), added_text, duplicates);
  vw_cases_view_show_toast (self, message ? message : added_text);
  vw_cases_view_search (self);
}

static void
on_import_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       VwCasesView     *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT
      && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    vw_case_repository_import_file_async (self->repository, file, NULL, on_import_done_cb,
                                          g_object_ref (self));
  g_object_unref (chooser);
}

void
vw_cases_view_import_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  VwCasesView *self = VW_CASES_VIEW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->repository == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import Reference Cases"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_filter_set_name (filter, _("Case bundles, value cases and case repositories"));
  gtk_file_filter_add_pattern (filter, "*.vwcases");
  gtk_file_filter_add_pattern (filter, "*.vwb");
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  guint n = 0;

  if (vw_case_repository_export_bundle (source, task_data, NULL, &n, cancellable, &error))
    g_task_return_int (task, n);
  else
    g_task_return_error (task, error);
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(VwCasesView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gssize n = g_task_propagate_int (G_TASK (result), &error);

  if (n < 0)
    {
      vw_cases_view_show_toast (self, error->message);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reference case exported",
                                          "%u reference cases exported", (gulong) n), (guint) n);
  vw_cases_view_show_toast (self, message);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       VwCasesView     *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT
      && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      g_autoptr(GTask) task = g_task_new (self->repository, NULL, on_export_done_cb,
                                          g_object_ref (self));

      g_task_set_task_data (task, g_object_ref (file), g_object_unref);
      g_task_run_in_thread (task, export_thread);
    }
  g_object_unref (chooser);
}

void
vw_cases_view_export_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  VwCasesView *self = VW_CASES_VIEW (widget);
  GtkFileChooserNative *chooser;

  if (self->repository == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Reference Cases"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("reference-cases.vwcases"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_promoted_cb (VwCasesView *self)
{
  vw_cases_view_search (self);
}

void
vw_cases_view_promote_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  VwCasesView *self = VW_CASES_VIEW (widget);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;

  if (self->repository == NULL || self->document == NULL)
    return;

  dialog = vw_promote_dialog_new (self->document, self->repository, &error);
  if (dialog == NULL)
    {
      vw_cases_view_show_toast (self, error->message);
      return;
    }
  gtk_window_set_transient_for (dialog, GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "promoted", G_CALLBACK (on_promoted_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

