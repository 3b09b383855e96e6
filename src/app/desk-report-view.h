/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-bar-chart.h"
#include "desk-report-figures.h"
#include "desk-report-period.h"
#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_REPORT_VIEW (desk_report_view_get_type ())
G_DECLARE_FINAL_TYPE (DeskReportView, desk_report_view, DESK, REPORT_VIEW, GtkWidget)

/*
 * The report half of the Funders & Reports page: the person picks whose
 * work (the whole clinic, a funder, a grant) and a period, and sees the
 * figures at once: the summary, a bar chart of the cases served by problem
 * category (DeskBarChart) and the LSC CSR matrix of the cases closed.  They
 * are counted in a thread (desk_report_figures_compute_async()); a new
 * choice cancels the count under way, and a change to the database counts
 * again.  Export… writes the funders' workbook (desk_report_export_async())
 * with a progress bar and Cancel, then offers Open and Show in Folder.
 * Client names go into the workbook only when the switch asks for them,
 * with a warning.  The clinic's name, the value of a volunteer hour, the
 * fiscal year and the small-cell threshold come from the settings.
 */

/** desk_report_view_get_store: the database reported on, or NULL. */
DeskStore         *desk_report_view_get_store          (DeskReportView   *self);
void               desk_report_view_set_store          (DeskReportView   *self,
                                                        DeskStore        *store);
/** desk_report_view_choose: chooses whose work and which period, as the two drop-downs do (an unknown funder or grant: the clinic). */
void               desk_report_view_choose             (DeskReportView   *self,
                                                        DeskReportScope   scope,
                                                        gint64            scope_id,
                                                        DeskReportPeriod  period);
/** desk_report_view_set_custom_dates: the dates of DESK_REPORT_PERIOD_CUSTOM, as typed. */
void               desk_report_view_set_custom_dates   (DeskReportView   *self,
                                                        const char       *from,
                                                        const char       *to);
/** desk_report_view_get_params: what the figures on screen are to be for now (sheets: those shown); FALSE while the dates are not a period. */
gboolean           desk_report_view_get_params         (DeskReportView   *self,
                                                        DeskReportParams *params);
/** desk_report_view_get_figures: the figures shown, or NULL while they are counted or cannot be. */
DeskReportFigures *desk_report_view_get_figures        (DeskReportView   *self);
/** desk_report_view_get_computing: whether figures are being counted. */
gboolean           desk_report_view_get_computing      (DeskReportView   *self);
/** desk_report_view_get_summary_text: what the summary shows for figure @key ("cases-opened", "clients-served", …), or NULL. */
const char        *desk_report_view_get_summary_text   (DeskReportView   *self,
                                                        const char       *key);
/** desk_report_view_get_chart: the bar chart of cases served by problem category. */
DeskBarChart      *desk_report_view_get_chart          (DeskReportView   *self);
/** desk_report_view_get_csr_cell: the text of the CSR matrix's cell at @row, @column as shown (row 0: the headings), or NULL. */
const char        *desk_report_view_get_csr_cell       (DeskReportView   *self,
                                                        int               row,
                                                        int               column);
/** desk_report_view_set_include_names: the "Include client names" switch. */
void               desk_report_view_set_include_names  (DeskReportView   *self,
                                                        gboolean          include_names);
/** desk_report_view_suggest_file_name: "Tenant Justice Foundation - Eviction Defense 2026 - 2026-01-01 to 2026-03-31.xlsx" (free with g_free). */
char              *desk_report_view_suggest_file_name  (DeskReportView   *self);
/** desk_report_view_export_to: writes the workbook of the current choice to @file, as Export… does once a file is chosen. */
void               desk_report_view_export_to          (DeskReportView   *self,
                                                        GFile            *file);
/** desk_report_view_cancel_export: what the export's Cancel button does. */
void               desk_report_view_cancel_export      (DeskReportView   *self);
/** desk_report_view_get_exporting: whether a workbook is being written. */
gboolean           desk_report_view_get_exporting      (DeskReportView   *self);
/** desk_report_view_get_export_fraction: how far the export under way has come (0 to 1). */
double             desk_report_view_get_export_fraction (DeskReportView  *self);
/** desk_report_view_get_exported: the workbook written last, or NULL. */
GFile             *desk_report_view_get_exported       (DeskReportView   *self);

G_END_DECLS
