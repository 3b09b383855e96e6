/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * A long command (demo, import, export, backup, restore) runs its work in a
 * worker thread, as the window does, and waits for it here: a progress line
 * on a terminal, Ctrl+C / SIGTERM / SIGHUP to cancel, and the database
 * closed before the process ends.
 *
 *   g_auto(ProbonoJob) job = { 0 };
 *
 *   probono_job_init (&job, _("Importing"));
 *   desk_import_run_async (import, probono_job_progress_cb, &job, job.cancellable, probono_job_done_cb, &job);
 *   report = desk_import_run_finish (import, probono_job_wait (&job), &error);
 *   probono_job_release (&job, &store);
 *   if (report == NULL)
 *     return probono_job_fail (&job, error, _("Interrupted; nothing was imported."));
 */
typedef struct
{
  GMainLoop    *loop;
  GCancellable *cancellable;
  GAsyncResult *result;
  const char   *doing;         /* "Importing": the start of the progress line */
  gboolean      interrupted;
  gboolean      tty;
  gboolean      printed;
  gint64        last_print;
  gint          released;      /* atomic: the object given to probono_job_release() is gone */
} ProbonoJob;

void          probono_job_init         (ProbonoJob   *job,
                                        const char   *doing);
void          probono_job_clear        (ProbonoJob   *job);

/** probono_job_progress: the progress line ("Exporting: 45% (Cases)"), at most four times a second. */
void          probono_job_progress     (ProbonoJob   *job,
                                        guint64       done,
                                        guint64       total,
                                        const char   *stage);
/** probono_job_progress_cb: probono_job_progress() in the shape of the core's progress callbacks. */
void          probono_job_progress_cb  (guint         done,
                                        guint         total,
                                        gpointer      job);
/** probono_job_done_cb: the GAsyncReadyCallback to give the job's _async call. */
void          probono_job_done_cb      (GObject      *object,
                                        GAsyncResult *result,
                                        gpointer      job);
/** probono_job_wait: runs until the job calls back (the signals cancel it); the result, for its _finish. */
GAsyncResult *probono_job_wait         (ProbonoJob   *job);
/**
 * probono_job_release: drops *@object_location (the store, or what holds
 * it) and waits until the worker thread has let go of it too, so the
 * database is closed before the process ends and never lives on only in
 * its -wal.  Call it after the _finish.
 */
void          probono_job_release      (ProbonoJob   *job,
                                        gpointer      object_location);
/** probono_job_fail: the exit status of a failed job: @interrupted after Ctrl+C, else the error's. */
int           probono_job_fail         (ProbonoJob   *job,
                                        const GError *error,
                                        const char   *interrupted);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ProbonoJob, probono_job_clear)

G_END_DECLS
