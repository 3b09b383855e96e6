/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-store-reports.h"

G_BEGIN_DECLS

/**
 * desk_report_read_cases: desk_store_report_foreach_case() with the query
 * run in a second thread, a few thousand rows ahead of @func, so that
 * reading the database and writing the workbook overlap.  @func runs in
 * the calling thread, which must not use @store until this returns; when
 * @func fails, the reading stops and its error is returned.
 */
gboolean desk_report_read_cases (DeskStore               *store,
                                 const DeskReportParams  *params,
                                 DeskReportCaseFunc       func,
                                 gpointer                 user_data,
                                 GError                 **error);

G_END_DECLS
