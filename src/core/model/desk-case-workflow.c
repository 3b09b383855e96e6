/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case-workflow"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-case-workflow.h"
#include "desk-error.h"
#include "desk-labels.h"

static const DeskCaseStatus from_intake[] = { DESK_CASE_STATUS_OPEN, DESK_CASE_STATUS_REJECTED };
static const DeskCaseStatus from_open[] = { DESK_CASE_STATUS_PLACED, DESK_CASE_STATUS_CLOSED };
static const DeskCaseStatus from_placed[] = { DESK_CASE_STATUS_OPEN, DESK_CASE_STATUS_CLOSED };
static const DeskCaseStatus from_closed[] = { DESK_CASE_STATUS_OPEN };
static const DeskCaseStatus from_rejected[] = { DESK_CASE_STATUS_INTAKE };

const DeskCaseStatus *
desk_case_next_statuses (DeskCaseStatus  from,
                         guint          *n_out)
{
  const DeskCaseStatus *next = NULL;
  guint n = 0;

#define PICK(array) G_STMT_START { next = array; n = G_N_ELEMENTS (array); } G_STMT_END
  switch (from)
    {
    case DESK_CASE_STATUS_INTAKE: PICK (from_intake); break;
    case DESK_CASE_STATUS_OPEN: PICK (from_open); break;
    case DESK_CASE_STATUS_PLACED: PICK (from_placed); break;
    case DESK_CASE_STATUS_CLOSED: PICK (from_closed); break;
    case DESK_CASE_STATUS_REJECTED: PICK (from_rejected); break;
    default: break;
    }
#undef PICK

  if (n_out != NULL)
    *n_out = n;
  return next;
}

gboolean
desk_case_status_can_change (DeskCaseStatus from,
                             DeskCaseStatus to)
{
  guint n;
  const DeskCaseStatus *next = desk_case_next_statuses (from, &n);

  if (from == to)
    return TRUE;
  for (guint i = 0; i < n; i++)
    if (next[i] == to)
      return TRUE;
  return FALSE;
}

gboolean
desk_case_status_is_reopening (DeskCaseStatus from,
                               DeskCaseStatus to)
{
  return (from == DESK_CASE_STATUS_CLOSED || from == DESK_CASE_STATUS_REJECTED) && to != from;
}

gboolean
desk_case_change_status (DeskCase        *kase,
                         DeskCaseStatus   to,
                         GError         **error)
{
  DeskCaseStatus from;

  g_return_val_if_fail (DESK_IS_CASE (kase), FALSE);

  from = desk_case_get_status (kase);
  if (!desk_case_status_can_change (from, to))
    return desk_invalid (error, "status", _("A case cannot go from %s to %s."),
                         desk_enum_label (DESK_TYPE_CASE_STATUS, from),
                         desk_enum_label (DESK_TYPE_CASE_STATUS, to));

  if (from == to)
    return TRUE;

  g_object_freeze_notify (G_OBJECT (kase));

  if (from == DESK_CASE_STATUS_CLOSED)
    {
      desk_case_set_closing_code (kase, NULL);
      desk_case_set_closed_on (kase, NULL);
      desk_case_set_outcome (kase, DESK_OUTCOME_NONE);
      desk_case_set_amount_cents (kase, 0);
    }
  if (from == DESK_CASE_STATUS_REJECTED)
    desk_case_set_rejection_reason (kase, DESK_REJECTION_NONE);
  /* Back from Placed means the volunteer withdrew: the case is unassigned. */
  if (from == DESK_CASE_STATUS_PLACED && to == DESK_CASE_STATUS_OPEN)
    desk_case_set_volunteer_id (kase, 0);

  if (to == DESK_CASE_STATUS_CLOSED && desk_case_get_closed_on (kase) == NULL)
    {
      g_autofree char *today = desk_today_iso ();
      desk_case_set_closed_on (kase, today);
    }

  desk_case_set_status (kase, to);

  g_object_thaw_notify (G_OBJECT (kase));
  return TRUE;
}
