/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "desk-report-csr.h"
#include "desk-report-params.h"
#include "desk-report-summary.h"
#include "desk-report-table.h"
#include "desk-store.h"

G_BEGIN_DECLS

/*
 * The SQL of funder reports.  Every figure is counted by SQLite over the
 * cases and hours in scope (see DeskReportSummary for what counts); the
 * reports layer (src/core/reports) only lays the results out.  Counts of
 * clients come back unsuppressed.
 */

typedef enum
{
  DESK_REPORT_HOURS_BY_VOLUNTEER,  /* label: name, detail: role, count: cases placed with them */
  DESK_REPORT_HOURS_BY_CATEGORY,   /* label: LSC problem category */
  DESK_REPORT_HOURS_BY_MONTH,      /* key and label: YYYY-MM, every month of the period */
} DeskReportHoursBy;

typedef enum
{
  DESK_REPORT_MENTOR_ANY,
  DESK_REPORT_MENTOR_WITH,     /* cases handled under a supervising mentor */
  DESK_REPORT_MENTOR_WITHOUT,
} DeskReportMentorFilter;

/* What the demographics of clients served are broken down by. */
typedef enum
{
  DESK_REPORT_BY_AGE,        /* at the end of the period */
  DESK_REPORT_BY_GENDER,
  DESK_REPORT_BY_ETHNICITY,
  DESK_REPORT_BY_LANGUAGE,
  DESK_REPORT_BY_COUNTY,
  DESK_REPORT_BY_VETERAN,
  DESK_REPORT_BY_DISABILITY,
  DESK_REPORT_BY_POVERTY,    /* % of the poverty guideline, for the store's region */
  DESK_REPORT_N_DIMENSIONS,
} DeskReportDimension;

/**
 * DeskReportCase:
 *
 * One row of the Cases sheet; the strings live until the callback returns.
 * @closed_on and @closing_code are NULL when there is none; @client_name,
 * @address and @birth_date are NULL unless names were asked for.  @tenths
 * are the hours worked on the case in the period and charged in scope;
 * @grants the names of the grants the case is attributed to, "; " between.
 */
typedef struct
{
  const char *case_number;
  const char *category;
  const char *problem_code;
  const char *county;
  const char *opened_on;
  const char *closed_on;
  const char *closing_code;
  const char *outcome;       /* a DeskOutcome nick */
  gint64      tenths;
  const char *grants;
  const char *client_name;
  const char *address;
  const char *birth_date;
} DeskReportCase;

/* Return FALSE (with @error set) to stop. */
typedef gboolean (*DeskReportCaseFunc) (const DeskReportCase  *row,
                                        gpointer               user_data,
                                        GError               **error);

/** desk_store_report_snapshot_begin: every report query from now on sees the database as it is now, until desk_store_report_snapshot_end() (a read transaction, which does not hold up writers, or the transaction open already); *@started says whether to end it. */
gboolean         desk_store_report_snapshot_begin (DeskStore               *self,
                                                   gboolean                *started,
                                                   GError                 **error);
/** desk_store_report_snapshot_end: ends the snapshot begun when @started. */
void             desk_store_report_snapshot_end   (DeskStore               *self,
                                                   gboolean                 started);
/** desk_store_report_describe_scope: the names of the funder and grant a report is for ("" for the clinic); a NOT_FOUND error for an unknown or archived one. */
gboolean         desk_store_report_describe_scope (DeskStore               *self,
                                                   const DeskReportParams  *params,
                                                   char                   **funder_name,
                                                   char                   **grant_name,
                                                   char                   **grant_number,
                                                   GError                 **error);
/** desk_store_report_summary: the key figures of the report. */
gboolean         desk_store_report_summary        (DeskStore               *self,
                                                   const DeskReportParams  *params,
                                                   DeskReportSummary       *summary,
                                                   GError                 **error);
/** desk_store_report_csr: the LSC CSR matrix of the cases closed in the period. */
DeskCsrMatrix   *desk_store_report_csr            (DeskStore               *self,
                                                   const DeskReportParams  *params,
                                                   GError                 **error);
/** desk_store_report_cases_by_category: cases served per LSC problem category, every category in code order. */
DeskReportTable *desk_store_report_cases_by_category (DeskStore            *self,
                                                      const DeskReportParams *params,
                                                      GError              **error);
/** desk_store_report_hours: volunteer hours (tenths) and their value (cents) by volunteer, category or month. */
DeskReportTable *desk_store_report_hours          (DeskStore               *self,
                                                   const DeskReportParams  *params,
                                                   DeskReportHoursBy        by,
                                                   GError                 **error);
/** desk_store_report_outcomes: cases closed in the period and the amounts recovered or saved, per outcome. */
DeskReportTable *desk_store_report_outcomes       (DeskStore               *self,
                                                   const DeskReportParams  *params,
                                                   DeskReportMentorFilter   mentor,
                                                   GError                 **error);
/** desk_store_report_mentorship: what the cases table tells of mentoring (pairings and check-ins are left unknown). */
gboolean         desk_store_report_mentorship     (DeskStore               *self,
                                                   const DeskReportParams  *params,
                                                   DeskReportMentorship    *mentorship,
                                                   GError                 **error);
/** desk_store_report_demographic: the clients served by one dimension, every band or answer in order (counts unsuppressed). */
DeskReportTable *desk_store_report_demographic    (DeskStore               *self,
                                                   const DeskReportParams  *params,
                                                   DeskReportDimension      dimension,
                                                   GError                 **error);
/** desk_store_report_count_cases: the cases served in the period (the rows of the Cases sheet), or -1 on error. */
gint64           desk_store_report_count_cases    (DeskStore               *self,
                                                   const DeskReportParams  *params,
                                                   GError                 **error);
/** desk_store_report_foreach_case: calls @func for each case served in the period, in the order the cases were entered. */
gboolean         desk_store_report_foreach_case   (DeskStore               *self,
                                                   const DeskReportParams  *params,
                                                   DeskReportCaseFunc       func,
                                                   gpointer                 user_data,
                                                   GError                 **error);

G_END_DECLS
