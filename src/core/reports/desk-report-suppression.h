/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-report-table.h"

G_BEGIN_DECLS

/**
 * desk_report_table_suppress: small-cell suppression of the counts of
 * @table, so that no count of people from 1 to @threshold − 1 can be read
 * or worked out.  The rule:
 *
 *  1. primary: a count (of a row, or the total) from 1 to @threshold − 1
 *     is suppressed; zeros are shown;
 *  2. complementary: when exactly one row is suppressed and the total is
 *     shown, the total minus the other rows would give it away, so the
 *     smallest other row with a count above zero (the first of equals) is
 *     suppressed too; when no such row exists, the total is suppressed.
 *
 * A @threshold of 0 or 1 suppresses nothing.  Returns how many counts
 * (rows and total) are suppressed.
 */
guint                desk_report_table_suppress (DeskReportTable    *table,
                                                 guint               threshold);
/** desk_report_format_count: "12", or "<5" for a suppressed count with @threshold 5. */
char                *desk_report_format_count   (const DeskReportRow *row,
                                                 guint               threshold);

G_END_DECLS
