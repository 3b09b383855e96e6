/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-task"

#include "config.h"

#include "desk-progress.h"
#include "desk-report-task.h"

typedef struct
{
  char               *path;
  DeskRegion          region;
  DeskReportParams   *params;
  char               *destination;
  DeskReportJobFunc   job;
  GDestroyNotify      result_free;
  DeskProgressRelay  *relay;
} TaskData;

static void
task_data_free (gpointer data)
{
  TaskData *td = data;

  g_free (td->path);
  desk_report_params_free (td->params);
  g_free (td->destination);
  g_clear_pointer (&td->relay, desk_progress_relay_free);
  g_free (td);
}

static void
task_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TaskData *td = task_data;
  g_autoptr(DeskStore) store = NULL;
  gpointer result = NULL;
  GError *error = NULL;

  store = desk_store_open (td->path, &error);
  if (store != NULL)
    {
      desk_store_set_region (store, td->region);
      result = td->job (store, td->params, td->destination,
                        td->relay != NULL ? desk_progress_relay_report_stage : NULL, td->relay, cancellable, &error);
    }
  if (result == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, result, td->result_free);
}

void
_desk_report_task_run (DeskStore               *store,
                       gpointer                 source_tag,
                       DeskReportJobFunc        job,
                       GDestroyNotify           result_free,
                       const DeskReportParams  *params,
                       const char              *destination,
                       DeskReportProgress       progress,
                       gpointer                 progress_data,
                       GCancellable            *cancellable,
                       GAsyncReadyCallback      callback,
                       gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *td = g_new0 (TaskData, 1);

  td->path = g_strdup (desk_store_get_path (store));
  td->region = desk_store_get_region (store);
  td->params = desk_report_params_copy (params);
  td->destination = g_strdup (destination);
  td->job = job;
  td->result_free = result_free;
  /* The figures go to the caller's context, where they arrive before the
   * task's own completion. */
  td->relay = desk_progress_relay_new_staged (progress, progress_data);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, td, task_data_free);
  g_task_run_in_thread (task, task_thread);
}

gpointer
_desk_report_task_finish (DeskStore     *store,
                          GAsyncResult  *result,
                          gpointer       source_tag,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
