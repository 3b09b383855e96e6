/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DeskReportRow:
 * @key: a stable key: an enum nick, an LSC code, "2026-03", a volunteer's id
 * @label: what a reader sees ("Female", "Private Landlord/Tenant")
 * @detail: a second text column some tables have (a volunteer's role, a
 *   closing code's service level), or NULL
 * @count: cases or clients
 * @tenths: volunteer hours, in tenths
 * @cents: money (donated value, amounts recovered)
 * @suppressed: @count is hidden by small-cell suppression
 *
 * One line of a report table.
 */
typedef struct
{
  char     *key;
  char     *label;
  char     *detail;
  gint64    count;
  gint64    tenths;
  gint64    cents;
  gboolean  suppressed;
} DeskReportRow;

/**
 * DeskReportTable:
 * @key: what the table counts ("gender", "hours-by-month")
 * @title: its heading
 * @rows: the DeskReportRow lines, in reading order
 * @total: the sums of the rows (desk_report_table_sum()); its label is "Total"
 *
 * A list of figures with a total, as the page shows it and a sheet writes it.
 */
typedef struct
{
  char          *key;
  char          *title;
  GArray        *rows;
  DeskReportRow  total;
} DeskReportTable;

/** desk_report_table_new: an empty table. */
DeskReportTable     *desk_report_table_new   (const char            *key,
                                              const char            *title);
void                 desk_report_table_free  (DeskReportTable       *table);
/** desk_report_table_add: appends a row (the strings are copied) and returns it for the other columns. */
DeskReportRow       *desk_report_table_add   (DeskReportTable       *table,
                                              const char            *key,
                                              const char            *label,
                                              gint64                 count);
/** desk_report_table_get_row: row @index, or NULL past the end. */
const DeskReportRow *desk_report_table_get_row (const DeskReportTable *table,
                                                guint                  index);
/** desk_report_table_find: the row with @key, or NULL. */
const DeskReportRow *desk_report_table_find  (const DeskReportTable *table,
                                              const char            *key);
/** desk_report_table_sum: sets the total row to the sums of the rows. */
void                 desk_report_table_sum   (DeskReportTable       *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskReportTable, desk_report_table_free)

G_END_DECLS
