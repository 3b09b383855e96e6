/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "desk-report-params.h"
#include "desk-report-workbook.h"
#include "desk-store.h"

G_BEGIN_DECLS

/**
 * DeskReportExport:
 * @path: the workbook written
 * @fingerprint: SHA-256 of its data, also on its About sheet
 * @n_cases: rows of its Cases sheet
 *
 * What an export made.
 */
typedef struct
{
  char    *path;
  char    *fingerprint;
  guint64  n_cases;
} DeskReportExport;

void desk_report_export_free (DeskReportExport *export);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskReportExport, desk_report_export_free)

/**
 * desk_report_export: computes the figures of @params and writes the
 * funders' workbook to @destination (a name ending in .xlsx), audited.
 *
 * The workbook is written under the C numeric locale whatever the user's,
 * into a temporary file of mode 0600 in the destination's folder (with
 * libxlsxwriter's temporary files in a private folder beside it), and
 * renamed over @destination only once it is complete.  A folder that is
 * missing or cannot be written, a full disk, a libxlsxwriter error or a
 * cancel leave no file behind and give an error in plain words.
 */
DeskReportExport *desk_report_export        (DeskStore               *store,
                                             const DeskReportParams  *params,
                                             const char              *destination,
                                             DeskReportProgress       progress,
                                             gpointer                 progress_data,
                                             GCancellable            *cancellable,
                                             GError                 **error);
/**
 * desk_report_export_async: desk_report_export() in a thread on its own
 * connection to the file of @store; @progress is called in the
 * thread-default main context of the caller, and @progress_data must stay
 * alive until @callback runs.
 */
void              desk_report_export_async  (DeskStore               *store,
                                             const DeskReportParams  *params,
                                             const char              *destination,
                                             DeskReportProgress       progress,
                                             gpointer                 progress_data,
                                             GCancellable            *cancellable,
                                             GAsyncReadyCallback      callback,
                                             gpointer                 user_data);
/** desk_report_export_finish: what desk_report_export_async() made, or NULL with @error. */
DeskReportExport *desk_report_export_finish (DeskStore               *store,
                                             GAsyncResult            *result,
                                             GError                 **error);

G_END_DECLS
