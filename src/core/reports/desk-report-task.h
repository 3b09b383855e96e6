/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Report work in a GTask thread, on its own connection to the store's
 * file, with progress handed back to the caller's main context.  Shared
 * by the figures and the export; not public API. */

#include <gio/gio.h>

#include "desk-report-params.h"
#include "desk-report-workbook.h"
#include "desk-store.h"

G_BEGIN_DECLS

/* The work itself, run in the thread; returns the result or NULL with @error. */
typedef gpointer (*DeskReportJobFunc) (DeskStore               *store,
                                       const DeskReportParams  *params,
                                       const char              *destination,
                                       DeskReportProgress       progress,
                                       gpointer                 progress_data,
                                       GCancellable            *cancellable,
                                       GError                 **error);

void     _desk_report_task_run    (DeskStore               *store,
                                   gpointer                 source_tag,
                                   DeskReportJobFunc        job,
                                   GDestroyNotify           result_free,
                                   const DeskReportParams  *params,
                                   const char              *destination,
                                   DeskReportProgress       progress,
                                   gpointer                 progress_data,
                                   GCancellable            *cancellable,
                                   GAsyncReadyCallback      callback,
                                   gpointer                 user_data);
gpointer _desk_report_task_finish (DeskStore               *store,
                                   GAsyncResult            *result,
                                   gpointer                 source_tag,
                                   GError                 **error);

G_END_DECLS
