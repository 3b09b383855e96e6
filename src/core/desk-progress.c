/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-progress"

#include "config.h"

#include "desk-progress.h"

/* One of the two callbacks is set. */
struct _DeskProgressRelay
{
  DeskProgressFunc       func;
  DeskStageProgressFunc  staged;
  gpointer               user_data;
  GMainContext          *context;
};

/* One report on its way; it carries the callback itself, so it does not
 * depend on the relay, which may be freed before it runs. */
typedef struct
{
  DeskProgressFunc       func;
  DeskStageProgressFunc  staged;
  gpointer               user_data;
  guint64                done;
  guint64                total;
  char                  *stage;
} Report;

static void
report_free (gpointer data)
{
  Report *report = data;

  g_free (report->stage);
  g_free (report);
}

static DeskProgressRelay *
relay_new (DeskProgressFunc       func,
           DeskStageProgressFunc  staged,
           gpointer               user_data)
{
  DeskProgressRelay *relay;

  if (func == NULL && staged == NULL)
    return NULL;

  relay = g_new0 (DeskProgressRelay, 1);
  relay->func = func;
  relay->staged = staged;
  relay->user_data = user_data;
  relay->context = g_main_context_ref_thread_default ();
  return relay;
}

DeskProgressRelay *
desk_progress_relay_new (DeskProgressFunc func,
                         gpointer         user_data)
{
  return relay_new (func, NULL, user_data);
}

DeskProgressRelay *
desk_progress_relay_new_staged (DeskStageProgressFunc func,
                                gpointer              user_data)
{
  return relay_new (NULL, func, user_data);
}

static gboolean
report_cb (gpointer data)
{
  Report *report = data;

  if (report->staged != NULL)
    report->staged (report->done, report->total, report->stage, report->user_data);
  else
    report->func ((guint) report->done, (guint) report->total, report->user_data);
  return G_SOURCE_REMOVE;
}

static void
relay_report (DeskProgressRelay *self,
              guint64            done,
              guint64            total,
              const char        *stage)
{
  Report *report = g_new (Report, 1);

  *report = (Report) { self->func, self->staged, self->user_data, done, total, g_strdup (stage) };
  /* Default priority, as GTask returns: reports queued first run first. */
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, report_cb, report, report_free);
}

void
desk_progress_relay_report (guint    done,
                            guint    total,
                            gpointer relay)
{
  g_return_if_fail (relay != NULL);

  relay_report (relay, done, total, NULL);
}

void
desk_progress_relay_report_stage (guint64     done,
                                  guint64     total,
                                  const char *stage,
                                  gpointer    relay)
{
  g_return_if_fail (relay != NULL);

  relay_report (relay, done, total, stage);
}

void
desk_progress_relay_free (DeskProgressRelay *relay)
{
  if (relay == NULL)
    return;

  g_main_context_unref (relay->context);
  g_free (relay);
}
