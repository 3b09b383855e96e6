/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The periods a grant officer reports on, as the Funders & Reports page
 * offers them.  Quarters and halves are those of the clinic's fiscal year
 * (which starts in the month of the "report-fiscal-year-start" setting;
 * with January, they are the calendar's).
 */
typedef enum
{
  DESK_REPORT_PERIOD_THIS_QUARTER,
  DESK_REPORT_PERIOD_LAST_QUARTER,
  DESK_REPORT_PERIOD_THIS_HALF,
  DESK_REPORT_PERIOD_LAST_HALF,
  DESK_REPORT_PERIOD_THIS_FISCAL_YEAR,
  DESK_REPORT_PERIOD_LAST_FISCAL_YEAR,
  DESK_REPORT_PERIOD_CUSTOM,            /* dates typed in */
  DESK_REPORT_N_PERIODS,
} DeskReportPeriod;

/** desk_report_period_label: "Last quarter", for the choice of periods. */
const char *desk_report_period_label    (DeskReportPeriod   period);
/**
 * desk_report_period_range: the first and last day (YYYY-MM-DD, free with
 * g_free) of @period around @today, for a fiscal year starting in month
 * @fiscal_start_month (1–12); FALSE for DESK_REPORT_PERIOD_CUSTOM or a
 * @today that is not a date.
 */
gboolean    desk_report_period_range    (DeskReportPeriod   period,
                                         const char        *today,
                                         guint              fiscal_start_month,
                                         char             **from,
                                         char             **to);
/** desk_report_period_describe: "January 1 – March 31, 2026" for two ISO dates (free with g_free). */
char       *desk_report_period_describe (const char        *from,
                                         const char        *to);

G_END_DECLS
