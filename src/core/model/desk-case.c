/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-case"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-case.h"

struct _DeskCase
{
  DeskRecord               parent_instance;

  char                    *case_number;
  gint64                   client_id;
  char                    *problem_code;
  char                    *title;
  char                    *summary;
  DeskCaseStatus           status;
  DeskPriority             priority;
  char                    *opened_on;
  char                    *closed_on;
  char                    *closing_code;
  DeskOutcome              outcome;
  gint64                   amount_cents;
  DeskRejectionReason      rejection_reason;
  gint64                   volunteer_id;
  gint64                   mentor_id;
  char                    *funding_source;
  char                    *client_name;
  char                    *problem_name;
  char                    *problem_category;
  char                    *volunteer_name;
  char                    *mentor_name;
  char                    *next_deadline;
};

G_DEFINE_FINAL_TYPE (DeskCase, desk_case, DESK_TYPE_RECORD)

/* One property per column; see DeskField.  Derived fields are filled
 * by the store for lists and never saved. */
static const DeskField fields[] = {
  DESK_FIELD_TEXT (DeskCase, case_number, "case-number"),
  DESK_FIELD_REF (DeskCase, client_id, "client-id"),
  DESK_FIELD_CODE (DeskCase, problem_code, "problem-code"),
  DESK_FIELD_TEXT (DeskCase, title, "title"),
  DESK_FIELD_MULTI_LINE (DeskCase, summary, "summary"),
  DESK_FIELD_ENUM (DeskCase, status, "status", desk_case_status_get_type, DESK_CASE_STATUS_INTAKE),
  DESK_FIELD_ENUM (DeskCase, priority, "priority", desk_priority_get_type, DESK_PRIORITY_NORMAL),
  DESK_FIELD_DATE_TODAY (DeskCase, opened_on, "opened-on"),
  DESK_FIELD_DATE (DeskCase, closed_on, "closed-on"),
  DESK_FIELD_CODE (DeskCase, closing_code, "closing-code"),
  DESK_FIELD_ENUM (DeskCase, outcome, "outcome", desk_outcome_get_type, DESK_OUTCOME_NONE),
  DESK_FIELD_MONEY (DeskCase, amount_cents, "amount-cents"),
  DESK_FIELD_ENUM (DeskCase, rejection_reason, "rejection-reason", desk_rejection_reason_get_type, DESK_REJECTION_NONE),
  DESK_FIELD_REF (DeskCase, volunteer_id, "volunteer-id"),
  DESK_FIELD_REF (DeskCase, mentor_id, "mentor-id"),
  DESK_FIELD_TEXT (DeskCase, funding_source, "funding-source"),
  DESK_FIELD_DERIVED_TEXT (DeskCase, client_name, "client-name"),
  DESK_FIELD_DERIVED_TEXT (DeskCase, problem_name, "problem-name"),
  DESK_FIELD_DERIVED_TEXT (DeskCase, problem_category, "problem-category"),
  DESK_FIELD_DERIVED_TEXT (DeskCase, volunteer_name, "volunteer-name"),
  DESK_FIELD_DERIVED_TEXT (DeskCase, mentor_name, "mentor-name"),
  DESK_FIELD_DERIVED_TEXT (DeskCase, next_deadline, "next-deadline"),
};

/* "2026-00001": the year, a dash and five digits or more, as the schema's
 * GLOB has it; the store gives a new case its number. */
static gboolean
case_number_is_valid (const char *number)
{
  for (guint i = 0; i < 10; i++)
    if (i == 4 ? number[i] != '-' : !g_ascii_isdigit (number[i]))
      return FALSE;
  return TRUE;
}

static void
desk_case_validate (DeskRecord *record,
                    GPtrArray  *problems)
{
  DeskCase *self = DESK_CASE (record);
  g_autofree char *today = desk_today_iso ();
  gboolean opened_valid = desk_date_is_valid (self->opened_on);

  if (self->case_number[0] != '\0' ? !case_number_is_valid (self->case_number) : desk_record_get_id (record) > 0)
    desk_problems_add (problems, "case-number",
                       _("The case number must be the year, a dash and five digits, like 2026-00001."));

  if (self->client_id <= 0)
    desk_problems_add (problems, "client-id", _("Choose the client this case is for."));
  if (desk_text_is_blank (self->problem_code))
    desk_problems_add (problems, "problem-code", _("Choose the LSC problem code of the case."));
  if (desk_text_is_blank (self->title))
    desk_problems_add (problems, "title", _("The case needs a title."));
  if (!opened_valid)
    desk_problems_add (problems, "opened-on", _("The opening date is missing or not a real date."));
  else if (strcmp (self->opened_on, today) > 0)
    desk_problems_add (problems, "opened-on", _("The opening date is in the future."));
  if (self->closed_on != NULL && !desk_date_is_valid (self->closed_on))
    desk_problems_add (problems, "closed-on",
                       _("The closing date “%s” is not a real date; write it as YYYY-MM-DD."), self->closed_on);
  else if (self->closed_on != NULL && opened_valid && strcmp (self->closed_on, self->opened_on) < 0)
    desk_problems_add (problems, "closed-on", _("The closing date is before the opening date."));
  if (self->amount_cents < 0)
    desk_problems_add (problems, "amount-cents", _("The amount recovered or saved cannot be negative."));

  switch (self->status)
    {
    case DESK_CASE_STATUS_PLACED:
      if (self->volunteer_id <= 0)
        desk_problems_add (problems, "volunteer-id", _("A placed case needs the volunteer it is placed with."));
      break;
    case DESK_CASE_STATUS_CLOSED:
      if (desk_text_is_blank (self->closing_code))
        desk_problems_add (problems, "closing-code", _("A closed case needs an LSC closing code."));
      if (self->outcome == DESK_OUTCOME_NONE)
        desk_problems_add (problems, "outcome", _("A closed case needs an outcome."));
      if (self->closed_on == NULL)
        desk_problems_add (problems, "closed-on", _("A closed case needs a closing date."));
      break;
    case DESK_CASE_STATUS_REJECTED:
      if (self->rejection_reason == DESK_REJECTION_NONE)
        desk_problems_add (problems, "rejection-reason", _("A rejected case needs the reason it was rejected."));
      break;
    case DESK_CASE_STATUS_INTAKE:
    case DESK_CASE_STATUS_OPEN:
    default:
      break;
    }

  if (self->status != DESK_CASE_STATUS_CLOSED && self->closing_code != NULL)
    desk_problems_add (problems, "closing-code", _("Only a closed case has a closing code."));
}

static void
desk_case_class_init (DeskCaseClass *klass)
{
  DeskRecordClass *record_class = DESK_RECORD_CLASS (klass);

  record_class->entity = "case";
  record_class->validate = desk_case_validate;
  desk_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
desk_case_init (DeskCase *self)
{
}

DeskCase *
desk_case_new (void)
{
  return g_object_new (DESK_TYPE_CASE, NULL);
}

const char *
desk_case_get_case_number (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->case_number;
}

void
desk_case_set_case_number (DeskCase *self,
                           const char *case_number)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "case-number", case_number, NULL);
}

gint64
desk_case_get_client_id (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), 0);
  return self->client_id;
}

void
desk_case_set_client_id (DeskCase *self,
                         gint64 client_id)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "client-id", client_id, NULL);
}

const char *
desk_case_get_problem_code (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->problem_code;
}

void
desk_case_set_problem_code (DeskCase *self,
                            const char *problem_code)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "problem-code", problem_code, NULL);
}

const char *
desk_case_get_title (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->title;
}

void
desk_case_set_title (DeskCase *self,
                     const char *title)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "title", title, NULL);
}

const char *
desk_case_get_summary (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->summary;
}

void
desk_case_set_summary (DeskCase *self,
                       const char *summary)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "summary", summary, NULL);
}

DeskCaseStatus
desk_case_get_status (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), 0);
  return self->status;
}

void
desk_case_set_status (DeskCase *self,
                      DeskCaseStatus status)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "status", status, NULL);
}

DeskPriority
desk_case_get_priority (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), 0);
  return self->priority;
}

void
desk_case_set_priority (DeskCase *self,
                        DeskPriority priority)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "priority", priority, NULL);
}

const char *
desk_case_get_opened_on (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->opened_on;
}

void
desk_case_set_opened_on (DeskCase *self,
                         const char *opened_on)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "opened-on", opened_on, NULL);
}

const char *
desk_case_get_closed_on (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->closed_on;
}

void
desk_case_set_closed_on (DeskCase *self,
                         const char *closed_on)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "closed-on", closed_on, NULL);
}

const char *
desk_case_get_closing_code (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->closing_code;
}

void
desk_case_set_closing_code (DeskCase *self,
                            const char *closing_code)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "closing-code", closing_code, NULL);
}

DeskOutcome
desk_case_get_outcome (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), 0);
  return self->outcome;
}

void
desk_case_set_outcome (DeskCase *self,
                       DeskOutcome outcome)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "outcome", outcome, NULL);
}

gint64
desk_case_get_amount_cents (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), 0);
  return self->amount_cents;
}

void
desk_case_set_amount_cents (DeskCase *self,
                            gint64 amount_cents)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "amount-cents", amount_cents, NULL);
}

DeskRejectionReason
desk_case_get_rejection_reason (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), 0);
  return self->rejection_reason;
}

void
desk_case_set_rejection_reason (DeskCase *self,
                                DeskRejectionReason rejection_reason)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "rejection-reason", rejection_reason, NULL);
}

gint64
desk_case_get_volunteer_id (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), 0);
  return self->volunteer_id;
}

void
desk_case_set_volunteer_id (DeskCase *self,
                            gint64 volunteer_id)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "volunteer-id", volunteer_id, NULL);
}

gint64
desk_case_get_mentor_id (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), 0);
  return self->mentor_id;
}

void
desk_case_set_mentor_id (DeskCase *self,
                         gint64 mentor_id)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "mentor-id", mentor_id, NULL);
}

const char *
desk_case_get_funding_source (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->funding_source;
}

void
desk_case_set_funding_source (DeskCase *self,
                              const char *funding_source)
{
  g_return_if_fail (DESK_IS_CASE (self));
  g_object_set (self, "funding-source", funding_source, NULL);
}

const char *
desk_case_get_client_name (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->client_name;
}

const char *
desk_case_get_problem_name (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->problem_name;
}

const char *
desk_case_get_problem_category (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->problem_category;
}

const char *
desk_case_get_volunteer_name (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->volunteer_name;
}

const char *
desk_case_get_mentor_name (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->mentor_name;
}

const char *
desk_case_get_next_deadline (DeskCase *self)
{
  g_return_val_if_fail (DESK_IS_CASE (self), NULL);
  return self->next_deadline;
}
