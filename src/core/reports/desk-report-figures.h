/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "desk-report-csr.h"
#include "desk-report-params.h"
#include "desk-report-summary.h"
#include "desk-report-table.h"
#include "desk-store-reports.h"

G_BEGIN_DECLS

#define DESK_TYPE_REPORT_FIGURES (desk_report_figures_get_type ())
G_DECLARE_FINAL_TYPE (DeskReportFigures, desk_report_figures, DESK, REPORT_FIGURES, GObject)

/*
 * Every figure of a funder report for one scope and period, as the Funders
 * & Reports page shows it and the workbook writes it: the summary, the LSC
 * CSR matrix and closing codes, hours (by volunteer, category and month:
 * the data of the charts), outcomes, mentoring, and demographics with
 * small-cell suppression already applied.  Only what the sheets of the
 * parameters need is counted; the rest reads as empty tables (the number
 * of cases served is always known: it is the Cases sheet's length).
 * Immutable once computed.
 */

/** desk_report_figures_compute: counts every figure for @params on @store's connection. */
DeskReportFigures          *desk_report_figures_compute          (DeskStore               *store,
                                                                  const DeskReportParams  *params,
                                                                  GCancellable            *cancellable,
                                                                  GError                 **error);
/** desk_report_figures_compute_async: desk_report_figures_compute() in a thread on its own connection to @store's file. */
void                        desk_report_figures_compute_async    (DeskStore               *store,
                                                                  const DeskReportParams  *params,
                                                                  GCancellable            *cancellable,
                                                                  GAsyncReadyCallback      callback,
                                                                  gpointer                 user_data);
/** desk_report_figures_compute_finish: the figures, or NULL with @error. */
DeskReportFigures          *desk_report_figures_compute_finish   (DeskStore               *store,
                                                                  GAsyncResult            *result,
                                                                  GError                 **error);

/** desk_report_figures_get_params: what the figures were computed for. */
const DeskReportParams     *desk_report_figures_get_params       (DeskReportFigures       *self);
/** desk_report_figures_get_funder_name: the funder's name ("" for the clinic). */
const char                 *desk_report_figures_get_funder_name  (DeskReportFigures       *self);
/** desk_report_figures_get_grant_name: the grant's name ("" unless the report is for a grant). */
const char                 *desk_report_figures_get_grant_name   (DeskReportFigures       *self);
/** desk_report_figures_get_grant_number: the funder's number for the grant, "" when none. */
const char                 *desk_report_figures_get_grant_number (DeskReportFigures       *self);
/** desk_report_figures_get_summary: the key figures. */
const DeskReportSummary    *desk_report_figures_get_summary      (DeskReportFigures       *self);
/** desk_report_figures_get_csr: the LSC CSR matrix of the cases closed in the period. */
const DeskCsrMatrix        *desk_report_figures_get_csr          (DeskReportFigures       *self);
/** desk_report_figures_get_closing_codes: cases closed per closing code (detail: limited or extended service), "no code" last. */
const DeskReportTable      *desk_report_figures_get_closing_codes (DeskReportFigures      *self);
/** desk_report_figures_get_cases_by_category: cases served per LSC problem category (the bar chart). */
const DeskReportTable      *desk_report_figures_get_cases_by_category (DeskReportFigures *self);
/** desk_report_figures_get_hours: volunteer hours by volunteer, category or month (by month: the line chart). */
const DeskReportTable      *desk_report_figures_get_hours        (DeskReportFigures       *self,
                                                                  DeskReportHoursBy        by);
/** desk_report_figures_get_outcomes: cases closed and amounts per outcome, for all cases or those with or without a mentor. */
const DeskReportTable      *desk_report_figures_get_outcomes     (DeskReportFigures       *self,
                                                                  DeskReportMentorFilter   mentor);
/** desk_report_figures_get_mentorship: the mentoring figures. */
const DeskReportMentorship *desk_report_figures_get_mentorship   (DeskReportFigures       *self);
/** desk_report_figures_get_demographic: the clients served by @dimension, suppressed (see desk_report_table_suppress()). */
const DeskReportTable      *desk_report_figures_get_demographic  (DeskReportFigures       *self,
                                                                  DeskReportDimension      dimension);
/** desk_report_figures_format_people: a count of people as shown: "12", or "<5" from 1 to the threshold − 1 when suppression is on. */
char                       *desk_report_figures_format_people    (DeskReportFigures       *self,
                                                                  gint64                   count);

G_END_DECLS
