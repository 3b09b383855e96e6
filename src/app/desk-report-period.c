/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-period"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "desk-report-period.h"

const char *
desk_report_period_label (DeskReportPeriod period)
{
  switch (period)
    {
    case DESK_REPORT_PERIOD_THIS_QUARTER:
      return _("This quarter");
    case DESK_REPORT_PERIOD_LAST_QUARTER:
      return _("Last quarter");
    case DESK_REPORT_PERIOD_THIS_HALF:
      return _("This half-year");
    case DESK_REPORT_PERIOD_LAST_HALF:
      return _("Last half-year");
    case DESK_REPORT_PERIOD_THIS_FISCAL_YEAR:
      return _("This fiscal year");
    case DESK_REPORT_PERIOD_LAST_FISCAL_YEAR:
      return _("Last fiscal year");
    case DESK_REPORT_PERIOD_CUSTOM:
      return _("Dates of my choice");
    case DESK_REPORT_N_PERIODS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Months are counted from year 0 (January of year Y is Y × 12). */
static char *
month_start (int months)
{
  return g_strdup_printf ("%04d-%02d-01", months / 12, months % 12 + 1);
}

static char *
month_end (int months)
{
  int year = months / 12;
  int month = months % 12 + 1;

  return g_strdup_printf ("%04d-%02d-%02d", year, month, g_date_get_days_in_month (month, year));
}

gboolean
desk_report_period_range (DeskReportPeriod   period,
                          const char        *today,
                          guint              fiscal_start_month,
                          char             **from,
                          char             **to)
{
  int year, month, day;
  int months, since_start, length, first;

  g_return_val_if_fail (from != NULL && to != NULL, FALSE);
  g_return_val_if_fail (fiscal_start_month >= 1 && fiscal_start_month <= 12, FALSE);

  if (period == DESK_REPORT_PERIOD_CUSTOM || today == NULL ||
      sscanf (today, "%d-%d-%d", &year, &month, &day) != 3 || month < 1 || month > 12 || year < 1)
    return FALSE;

  length = period <= DESK_REPORT_PERIOD_LAST_QUARTER ? 3 : period <= DESK_REPORT_PERIOD_LAST_HALF ? 6 : 12;

  /* The unit (quarter, half, year) of the fiscal year today is in... */
  months = year * 12 + month - 1;
  since_start = (months - (int) (fiscal_start_month - 1)) % 12;
  if (since_start < 0)
    since_start += 12;
  first = months - since_start % length;

  /* ...or the one before it. */
  if (period == DESK_REPORT_PERIOD_LAST_QUARTER || period == DESK_REPORT_PERIOD_LAST_HALF ||
      period == DESK_REPORT_PERIOD_LAST_FISCAL_YEAR)
    first -= length;

  *from = month_start (first);
  *to = month_end (first + length - 1);
  return TRUE;
}

static GDateTime *
date_time_from_iso (const char *iso)
{
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;

  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

char *
desk_report_period_describe (const char *from,
                             const char *to)
{
  g_autoptr(GDateTime) start = date_time_from_iso (from);
  g_autoptr(GDateTime) end = date_time_from_iso (to);
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  if (start == NULL || end == NULL)
    return g_strdup_printf ("%s – %s", from != NULL ? from : "", to != NULL ? to : "");

  /* TRANSLATORS: a date with its year, as strftime: "March 31, 2026" */
  end_text = g_date_time_format (end, _("%B %-d, %Y"));
  if (g_date_time_get_year (start) == g_date_time_get_year (end))
    /* TRANSLATORS: a date in a year said after it, as strftime: "January 1" */
    start_text = g_date_time_format (start, _("%B %-d"));
  else
    start_text = g_date_time_format (start, _("%B %-d, %Y"));

  /* TRANSLATORS: a period of time: "January 1 – March 31, 2026" */
  return g_strdup_printf (C_("period", "%s – %s"), start_text, end_text);
}
