/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-progress"

#include "config.h"

#include "desk-progress.h"

struct _DeskProgressRelay
{
  DeskProgressFunc  func;
  gpointer          user_data;
  GMainContext     *context;
};

/* One report on its way; it carries the callback itself, so it does not
 * depend on the relay, which may be freed before it runs. */
typedef struct
{
  DeskProgressFunc func;
  gpointer         user_data;
  guint            done;
  guint            total;
} Report;

DeskProgressRelay *
desk_progress_relay_new (DeskProgressFunc func,
                         gpointer         user_data)
{
  DeskProgressRelay *relay;

  if (func == NULL)
    return NULL;

  relay = g_new0 (DeskProgressRelay, 1);
  relay->func = func;
  relay->user_data = user_data;
  relay->context = g_main_context_ref_thread_default ();
  return relay;
}

static gboolean
report_cb (gpointer data)
{
  Report *report = data;

  report->func (report->done, report->total, report->user_data);
  return G_SOURCE_REMOVE;
}

void
desk_progress_relay_report (guint    done,
                            guint    total,
                            gpointer relay)
{
  DeskProgressRelay *self = relay;
  Report *report;

  g_return_if_fail (self != NULL);

  report = g_new (Report, 1);
  *report = (Report) { self->func, self->user_data, done, total };
  /* Default priority, as GTask returns: reports queued first run first. */
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, report_cb, report, g_free);
}

void
desk_progress_relay_free (DeskProgressRelay *relay)
{
  if (relay == NULL)
    return;

  g_main_context_unref (relay->context);
  g_free (relay);
}
