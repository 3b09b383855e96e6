/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-params"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-record.h"
#include "desk-report-params.h"

/* Suppressing counts of a hundred or more would hide whole reports. */
#define MAX_THRESHOLD 100

void
desk_report_params_init (DeskReportParams *params)
{
  g_return_if_fail (params != NULL);

  memset (params, 0, sizeof *params);
  params->scope = DESK_REPORT_SCOPE_CLINIC;
  params->suppression_threshold = DESK_REPORT_DEFAULT_THRESHOLD;
  params->sheets = DESK_REPORT_SHEET_ALL;
}

void
desk_report_params_clear (DeskReportParams *params)
{
  g_return_if_fail (params != NULL);

  g_clear_pointer (&params->from, g_free);
  g_clear_pointer (&params->to, g_free);
  g_clear_pointer (&params->clinic_name, g_free);
}

DeskReportParams *
desk_report_params_copy (const DeskReportParams *params)
{
  DeskReportParams *copy;

  g_return_val_if_fail (params != NULL, NULL);

  copy = g_new (DeskReportParams, 1);
  *copy = *params;
  copy->from = g_strdup (params->from);
  copy->to = g_strdup (params->to);
  copy->clinic_name = g_strdup (params->clinic_name);
  return copy;
}

void
desk_report_params_free (DeskReportParams *params)
{
  if (params == NULL)
    return;
  desk_report_params_clear (params);
  g_free (params);
}

gboolean
desk_report_params_validate (const DeskReportParams  *params,
                             GError                 **error)
{
  g_return_val_if_fail (params != NULL, FALSE);

  if (!desk_date_is_valid (params->from))
    return desk_invalid (error, "from", _("The first day of the period is missing or not a real date; write it as YYYY-MM-DD."));
  if (!desk_date_is_valid (params->to))
    return desk_invalid (error, "to", _("The last day of the period is missing or not a real date; write it as YYYY-MM-DD."));
  if (strcmp (params->to, params->from) < 0)
    return desk_invalid (error, "to", _("The period ends before it starts."));
  if (params->scope > DESK_REPORT_SCOPE_GRANT)
    return desk_invalid (error, "scope", _("The report is for the clinic, a funder or a grant."));
  if (params->scope != DESK_REPORT_SCOPE_CLINIC && params->scope_id <= 0)
    return desk_invalid (error, "scope-id", params->scope == DESK_REPORT_SCOPE_GRANT
                                            ? _("Choose the grant the report is for.")
                                            : _("Choose the funder the report is for."));
  if (params->default_hour_value_cents < 0)
    return desk_invalid (error, "default-hour-value-cents", _("The value of a volunteer hour cannot be negative."));
  if (params->suppression_threshold > MAX_THRESHOLD)
    return desk_invalid (error, "suppression-threshold",
                         _("Counts can be hidden below at most %d; %u would hide most of the report."),
                         MAX_THRESHOLD, params->suppression_threshold);

  return TRUE;
}

const char *
desk_report_scope_nick (DeskReportScope scope)
{
  switch (scope)
    {
    case DESK_REPORT_SCOPE_FUNDER:
      return "funder";
    case DESK_REPORT_SCOPE_GRANT:
      return "grant";
    case DESK_REPORT_SCOPE_CLINIC:
    default:
      return "clinic";
    }
}
