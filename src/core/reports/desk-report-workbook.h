/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "desk-progress.h"
#include "desk-report-figures.h"

G_BEGIN_DECLS

/**
 * DeskReportProgress:
 *
 * How far an export has come, a DeskStageProgressFunc: @done and @total
 * count steps (one per sheet, and one per 10,000 rows of the Cases
 * sheet); @stage names the sheet being written.
 */
typedef DeskStageProgressFunc DeskReportProgress;

/* The Cases sheet reports progress and checks for a cancel this often. */
#define DESK_REPORT_ROWS_PER_STEP 10000

/**
 * DeskReportWorkbookResult:
 * @fingerprint: the SHA-256 of the data written (desk-report-fingerprint.h)
 * @n_values: how many values the fingerprint covers
 * @n_cases: rows of the Cases sheet
 */
typedef struct
{
  char    *fingerprint;
  guint64  n_values;
  guint64  n_cases;
} DeskReportWorkbookResult;

void desk_report_workbook_result_clear (DeskReportWorkbookResult *result);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DeskReportWorkbookResult, desk_report_workbook_result_clear)

/**
 * desk_report_workbook_write: writes the workbook of @figures to @path,
 * which it overwrites, with libxlsxwriter's temporary files in @tmpdir.
 * The Cases sheet is read from @store as it is written.  @generated_at is
 * the time shown on the Summary.  Numbers are written in whatever locale
 * the thread has: callers use desk_report_export(), which writes under the
 * C locale.  On failure or cancel the file is left to the caller.
 */
gboolean desk_report_workbook_write (DeskStore                *store,
                                     DeskReportFigures        *figures,
                                     const char               *path,
                                     const char               *tmpdir,
                                     const char               *generated_at,
                                     DeskReportProgress        progress,
                                     gpointer                  progress_data,
                                     GCancellable             *cancellable,
                                     DeskReportWorkbookResult *result,
                                     GError                  **error);

G_END_DECLS
