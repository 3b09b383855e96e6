/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Long work runs in a GTask thread; its progress is shown by the thread
 * that started it.  A relay carries each report from the worker to that
 * thread's main context, so every _async function reports the same way. */

#include <glib.h>

G_BEGIN_DECLS

/**
 * DeskProgressFunc:
 * @done: units of work done
 * @total: units in all
 *
 * The shape of every progress callback of the core (DeskDemoProgress,
 * DeskMatchProgress, …).
 */
typedef void (*DeskProgressFunc) (guint    done,
                                  guint    total,
                                  gpointer user_data);

/**
 * DeskStageProgressFunc:
 * @done: units of work done
 * @total: units in all
 * @stage: what is under way (the sheet being written), for people
 *
 * A progress callback that also names the stage (DeskReportProgress).
 */
typedef void (*DeskStageProgressFunc) (guint64     done,
                                       guint64     total,
                                       const char *stage,
                                       gpointer    user_data);

typedef struct _DeskProgressRelay DeskProgressRelay;

/**
 * desk_progress_relay_new: a relay to @func, called in the thread-default
 * main context of the caller; NULL when @func is NULL.  @user_data must
 * live until the relay's last report has run.
 */
DeskProgressRelay *desk_progress_relay_new    (DeskProgressFunc   func,
                                               gpointer           user_data);
/**
 * desk_progress_relay_report: a DeskProgressFunc for the worker thread,
 * with the relay as its user data: queues the figures for the relay's
 * context, where they arrive in order and before a GTask's completion
 * queued after them.
 */
void               desk_progress_relay_report (guint              done,
                                               guint              total,
                                               gpointer           relay);
/** desk_progress_relay_new_staged: desk_progress_relay_new() for a callback that is told the stage too. */
DeskProgressRelay *desk_progress_relay_new_staged    (DeskStageProgressFunc  func,
                                                      gpointer               user_data);
/** desk_progress_relay_report_stage: desk_progress_relay_report() with the stage, for a staged relay. */
void               desk_progress_relay_report_stage  (guint64                done,
                                                      guint64                total,
                                                      const char            *stage,
                                                      gpointer               relay);
/** desk_progress_relay_free: frees @relay; reports already queued still arrive. */
void               desk_progress_relay_free   (DeskProgressRelay *relay);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskProgressRelay, desk_progress_relay_free)

G_END_DECLS
