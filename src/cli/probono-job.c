/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "probono"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>
#include <unistd.h>

#include "probono-cli.h"
#include "probono-job.h"

void
probono_job_init (ProbonoJob *job,
                  const char *doing)
{
  job->loop = g_main_loop_new (NULL, FALSE);
  job->cancellable = g_cancellable_new ();
  job->doing = doing;
  job->tty = isatty (STDERR_FILENO);
}

void
probono_job_clear (ProbonoJob *job)
{
  g_clear_pointer (&job->loop, g_main_loop_unref);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->result);
}

void
probono_job_progress (ProbonoJob *job,
                      guint64     done,
                      guint64     total,
                      const char *stage)
{
  gint64 now = g_get_monotonic_time ();
  guint percent;

  /* A pipe or a log gets no carriage returns. */
  if (!job->tty || total == 0)
    return;
  if (job->printed && now - job->last_print < G_USEC_PER_SEC / 4 && done < total)
    return;

  job->last_print = now;
  job->printed = TRUE;
  percent = (guint) (MIN (done, total) * 100 / total);
  g_printerr ("\r\033[K");
  if (stage != NULL)
    /* TRANSLATORS: a progress line: "Exporting: 45% (Cases)" */
    g_printerr (_("%s: %u%% (%s)"), job->doing, percent, stage);
  else
    /* TRANSLATORS: a progress line: "Importing: 45%" */
    g_printerr (_("%s: %u%%"), job->doing, percent);
}

void
probono_job_progress_cb (guint    done,
                         guint    total,
                         gpointer job)
{
  probono_job_progress (job, done, total, NULL);
}

void
probono_job_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  ProbonoJob *job = user_data;

  job->result = g_object_ref (result);
  g_main_loop_quit (job->loop);
}

static gboolean
probono_job_interrupt_cb (gpointer user_data)
{
  ProbonoJob *job = user_data;

  job->interrupted = TRUE;
  g_cancellable_cancel (job->cancellable);
  return G_SOURCE_CONTINUE;
}

GAsyncResult *
probono_job_wait (ProbonoJob *job)
{
  const int stop_signals[] = { SIGINT, SIGTERM, SIGHUP };
  guint signal_ids[G_N_ELEMENTS (stop_signals)];

  /* Ctrl+C, a kill or the terminal closing cancel the work, which stops
   * where it can leave the file whole. */
  for (guint i = 0; i < G_N_ELEMENTS (stop_signals); i++)
    signal_ids[i] = g_unix_signal_add (stop_signals[i], probono_job_interrupt_cb, job);
  while (job->result == NULL)
    g_main_loop_run (job->loop);
  for (guint i = 0; i < G_N_ELEMENTS (stop_signals); i++)
    g_source_remove (signal_ids[i]);

  if (job->printed)
    g_printerr ("\n");
  return job->result;
}

/* May run in the worker's thread, which can hold the last reference. */
static void
probono_job_released_cb (gpointer  user_data,
                         GObject  *where_the_object_was)
{
  ProbonoJob *job = user_data;

  g_atomic_int_set (&job->released, TRUE);
  g_main_context_wakeup (NULL);
}

void
probono_job_release (ProbonoJob *job,
                     gpointer    object_location)
{
  GObject **object = object_location;

  /* The result holds the task, which holds its source object. */
  g_clear_object (&job->result);
  if (*object == NULL)
    return;

  g_atomic_int_set (&job->released, FALSE);
  g_object_weak_ref (*object, probono_job_released_cb, job);
  g_clear_object (object);
  while (!g_atomic_int_get (&job->released))
    g_main_context_iteration (NULL, TRUE);
}

int
probono_job_fail (ProbonoJob   *job,
                  const GError *error,
                  const char   *interrupted)
{
  if (job->interrupted && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return probono_fail (EXIT_INTERRUPTED, "%s", interrupted);
  return probono_fail_with (error);
}
