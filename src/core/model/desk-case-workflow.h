/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-case.h"

G_BEGIN_DECLS

/*
 * The life of a case: Intake → Open → Placed (with a volunteer) → Closed,
 * or Intake → Rejected.  A placed case may go back to Open (the volunteer
 * withdrew) and a closed or rejected case may be reopened; the store audits
 * a reopening as its own action.
 */

/** desk_case_status_can_change: whether a case may move from @from to @to directly. */
gboolean desk_case_status_can_change (DeskCaseStatus  from,
                                      DeskCaseStatus  to);
/** desk_case_status_is_reopening: whether moving from @from to @to reopens a finished case. */
gboolean desk_case_status_is_reopening (DeskCaseStatus from,
                                        DeskCaseStatus to);
/** desk_case_next_statuses: the statuses @from may move to (0-terminated by count @n_out). */
const DeskCaseStatus *desk_case_next_statuses (DeskCaseStatus  from,
                                               guint          *n_out);
/**
 * desk_case_change_status: moves @kase to @to if the workflow allows it.
 * Closing dates the case today when it has no closing date; reopening
 * clears the closing code, date, outcome and amount, or the rejection
 * reason, and going back from Placed to Open unassigns the volunteer, so
 * the case is consistent for its new status.
 */
gboolean desk_case_change_status     (DeskCase        *kase,
                                      DeskCaseStatus   to,
                                      GError         **error);

G_END_DECLS
