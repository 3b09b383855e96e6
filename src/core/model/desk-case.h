/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASE (desk_case_get_type ())
G_DECLARE_FINAL_TYPE (DeskCase, desk_case, DESK, CASE, DeskRecord)

/** desk_case_new: an unsaved case at intake, opened today. */
DeskCase *desk_case_new (void);
const char *desk_case_get_case_number (DeskCase *self);
void desk_case_set_case_number (DeskCase *self, const char *case_number);
gint64 desk_case_get_client_id (DeskCase *self);
void desk_case_set_client_id (DeskCase *self, gint64 client_id);
const char *desk_case_get_problem_code (DeskCase *self);
void desk_case_set_problem_code (DeskCase *self, const char *problem_code);
const char *desk_case_get_title (DeskCase *self);
void desk_case_set_title (DeskCase *self, const char *title);
const char *desk_case_get_summary (DeskCase *self);
void desk_case_set_summary (DeskCase *self, const char *summary);
DeskCaseStatus desk_case_get_status (DeskCase *self);
void desk_case_set_status (DeskCase *self, DeskCaseStatus status);
DeskPriority desk_case_get_priority (DeskCase *self);
void desk_case_set_priority (DeskCase *self, DeskPriority priority);
const char *desk_case_get_opened_on (DeskCase *self);
void desk_case_set_opened_on (DeskCase *self, const char *opened_on);
const char *desk_case_get_closed_on (DeskCase *self);
void desk_case_set_closed_on (DeskCase *self, const char *closed_on);
const char *desk_case_get_closing_code (DeskCase *self);
void desk_case_set_closing_code (DeskCase *self, const char *closing_code);
DeskOutcome desk_case_get_outcome (DeskCase *self);
void desk_case_set_outcome (DeskCase *self, DeskOutcome outcome);
gint64 desk_case_get_amount_cents (DeskCase *self);
void desk_case_set_amount_cents (DeskCase *self, gint64 amount_cents);
DeskRejectionReason desk_case_get_rejection_reason (DeskCase *self);
void desk_case_set_rejection_reason (DeskCase *self, DeskRejectionReason rejection_reason);
gint64 desk_case_get_volunteer_id (DeskCase *self);
void desk_case_set_volunteer_id (DeskCase *self, gint64 volunteer_id);
gint64 desk_case_get_mentor_id (DeskCase *self);
void desk_case_set_mentor_id (DeskCase *self, gint64 mentor_id);
const char *desk_case_get_funding_source (DeskCase *self);
void desk_case_set_funding_source (DeskCase *self, const char *funding_source);
const char *desk_case_get_client_name (DeskCase *self);
const char *desk_case_get_problem_name (DeskCase *self);
const char *desk_case_get_problem_category (DeskCase *self);
const char *desk_case_get_volunteer_name (DeskCase *self);
const char *desk_case_get_mentor_name (DeskCase *self);
/** desk_case_get_next_deadline: the earliest open deadline's date, "" when none (derived). */
const char *desk_case_get_next_deadline (DeskCase *self);

G_END_DECLS
