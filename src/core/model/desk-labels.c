/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-labels"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-labels.h"

typedef struct
{
  GType     (*get_type) (void);
  int         value;
  const char *label;
} Label;

/* The stored nicks are for machines; these are for people. */
static const Label labels[] = {
  { desk_case_status_get_type, DESK_CASE_STATUS_INTAKE, N_("Intake") },
  { desk_case_status_get_type, DESK_CASE_STATUS_OPEN, N_("Open") },
  { desk_case_status_get_type, DESK_CASE_STATUS_PLACED, N_("Placed") },
  { desk_case_status_get_type, DESK_CASE_STATUS_CLOSED, N_("Closed") },
  { desk_case_status_get_type, DESK_CASE_STATUS_REJECTED, N_("Rejected") },

  { desk_priority_get_type, DESK_PRIORITY_LOW, N_("Low") },
  { desk_priority_get_type, DESK_PRIORITY_NORMAL, N_("Normal") },
  { desk_priority_get_type, DESK_PRIORITY_HIGH, N_("High") },
  { desk_priority_get_type, DESK_PRIORITY_URGENT, N_("Urgent") },

  { desk_outcome_get_type, DESK_OUTCOME_NONE, N_("Not recorded") },
  { desk_outcome_get_type, DESK_OUTCOME_FAVOURABLE, N_("Favorable") },
  { desk_outcome_get_type, DESK_OUTCOME_UNFAVOURABLE, N_("Unfavorable") },
  { desk_outcome_get_type, DESK_OUTCOME_OTHER, N_("Other") },

  { desk_rejection_reason_get_type, DESK_REJECTION_NONE, N_("None") },
  { desk_rejection_reason_get_type, DESK_REJECTION_OVER_INCOME, N_("Over income") },
  { desk_rejection_reason_get_type, DESK_REJECTION_CONFLICT, N_("Conflict of interest") },
  { desk_rejection_reason_get_type, DESK_REJECTION_OUTSIDE_PRIORITIES, N_("Outside priorities") },
  { desk_rejection_reason_get_type, DESK_REJECTION_INSUFFICIENT_RESOURCES, N_("Insufficient resources") },
  { desk_rejection_reason_get_type, DESK_REJECTION_OTHER, N_("Other") },

  { desk_contact_method_get_type, DESK_CONTACT_PHONE, N_("Phone") },
  { desk_contact_method_get_type, DESK_CONTACT_TEXT, N_("Text message") },
  { desk_contact_method_get_type, DESK_CONTACT_EMAIL, N_("E-mail") },
  { desk_contact_method_get_type, DESK_CONTACT_MAIL, N_("Mail") },
  { desk_contact_method_get_type, DESK_CONTACT_IN_PERSON, N_("In person") },

  { desk_eligibility_exception_get_type, DESK_EXCEPTION_NONE, N_("No exception") },
  { desk_eligibility_exception_get_type, DESK_EXCEPTION_GOVERNMENT_BENEFIT, N_("Seeking or keeping a government benefit") },
  { desk_eligibility_exception_get_type, DESK_EXCEPTION_MEDICAL_EXPENSES, N_("High medical expenses") },
  { desk_eligibility_exception_get_type, DESK_EXCEPTION_CHILD_CARE, N_("Child care costs") },
  { desk_eligibility_exception_get_type, DESK_EXCEPTION_FIXED_DEBTS, N_("Fixed debts and obligations") },
  { desk_eligibility_exception_get_type, DESK_EXCEPTION_WORK_EXPENSES, N_("Work-related expenses") },
  { desk_eligibility_exception_get_type, DESK_EXCEPTION_ELDERLY_OR_DISABLED, N_("Elderly or disabled household member") },
  { desk_eligibility_exception_get_type, DESK_EXCEPTION_OTHER, N_("Other documented reason") },

  { desk_gender_get_type, DESK_GENDER_NOT_ASKED, N_("Not asked") },
  { desk_gender_get_type, DESK_GENDER_FEMALE, N_("Female") },
  { desk_gender_get_type, DESK_GENDER_MALE, N_("Male") },
  { desk_gender_get_type, DESK_GENDER_NONBINARY, N_("Non-binary") },
  { desk_gender_get_type, DESK_GENDER_SELF_DESCRIBED, N_("Self-described") },
  { desk_gender_get_type, DESK_GENDER_DECLINED, N_("Prefers not to say") },

  { desk_ethnicity_get_type, DESK_ETHNICITY_NOT_ASKED, N_("Not asked") },
  { desk_ethnicity_get_type, DESK_ETHNICITY_AMERICAN_INDIAN, N_("American Indian or Alaska Native") },
  { desk_ethnicity_get_type, DESK_ETHNICITY_ASIAN, N_("Asian") },
  { desk_ethnicity_get_type, DESK_ETHNICITY_BLACK, N_("Black or African American") },
  { desk_ethnicity_get_type, DESK_ETHNICITY_HISPANIC, N_("Hispanic or Latino") },
  { desk_ethnicity_get_type, DESK_ETHNICITY_PACIFIC_ISLANDER, N_("Native Hawaiian or Pacific Islander") },
  { desk_ethnicity_get_type, DESK_ETHNICITY_WHITE, N_("White") },
  { desk_ethnicity_get_type, DESK_ETHNICITY_MULTIRACIAL, N_("Two or more races") },
  { desk_ethnicity_get_type, DESK_ETHNICITY_OTHER, N_("Other") },
  { desk_ethnicity_get_type, DESK_ETHNICITY_DECLINED, N_("Prefers not to say") },

  { desk_answer_get_type, DESK_ANSWER_NOT_ASKED, N_("Not asked") },
  { desk_answer_get_type, DESK_ANSWER_YES, N_("Yes") },
  { desk_answer_get_type, DESK_ANSWER_NO, N_("No") },
  { desk_answer_get_type, DESK_ANSWER_DECLINED, N_("Prefers not to say") },

  { desk_citizenship_get_type, DESK_CITIZENSHIP_NOT_ASKED, N_("Not asked") },
  { desk_citizenship_get_type, DESK_CITIZENSHIP_CITIZEN, N_("Citizen") },
  { desk_citizenship_get_type, DESK_CITIZENSHIP_ELIGIBLE_NONCITIZEN, N_("Eligible non-citizen") },
  { desk_citizenship_get_type, DESK_CITIZENSHIP_OTHER, N_("Other") },
  { desk_citizenship_get_type, DESK_CITIZENSHIP_DECLINED, N_("Prefers not to say") },

  { desk_volunteer_role_get_type, DESK_VOLUNTEER_ATTORNEY, N_("Attorney") },
  { desk_volunteer_role_get_type, DESK_VOLUNTEER_LAW_STUDENT, N_("Law student") },
  { desk_volunteer_role_get_type, DESK_VOLUNTEER_PARALEGAL, N_("Paralegal") },
  { desk_volunteer_role_get_type, DESK_VOLUNTEER_OTHER, N_("Other") },

  { desk_tier_get_type, DESK_TIER_NONE, N_("None") },
  { desk_tier_get_type, DESK_TIER_SENIOR, N_("Senior") },
  { desk_tier_get_type, DESK_TIER_INTERMEDIATE, N_("Intermediate") },
  { desk_tier_get_type, DESK_TIER_NOVICE, N_("Novice") },

  { desk_pairing_status_get_type, DESK_PAIRING_PROPOSED, N_("Proposed") },
  { desk_pairing_status_get_type, DESK_PAIRING_ACCEPTED, N_("Accepted") },
  { desk_pairing_status_get_type, DESK_PAIRING_ACTIVE, N_("Active") },
  { desk_pairing_status_get_type, DESK_PAIRING_COMPLETED, N_("Completed") },
  { desk_pairing_status_get_type, DESK_PAIRING_DECLINED, N_("Declined") },
  { desk_pairing_status_get_type, DESK_PAIRING_ENDED_EARLY, N_("Ended early") },

  { desk_objective_status_get_type, DESK_OBJECTIVE_NOT_STARTED, N_("Not started") },
  { desk_objective_status_get_type, DESK_OBJECTIVE_IN_PROGRESS, N_("In progress") },
  { desk_objective_status_get_type, DESK_OBJECTIVE_MET, N_("Met") },
  { desk_objective_status_get_type, DESK_OBJECTIVE_DROPPED, N_("Dropped") },

  { desk_party_role_get_type, DESK_PARTY_OPPOSING_PARTY, N_("Opposing party") },
  { desk_party_role_get_type, DESK_PARTY_OPPOSING_COUNSEL, N_("Opposing counsel") },
  { desk_party_role_get_type, DESK_PARTY_OTHER, N_("Other") },

  { desk_deadline_kind_get_type, DESK_DEADLINE_COURT_DATE, N_("Court date") },
  { desk_deadline_kind_get_type, DESK_DEADLINE_FILING_DEADLINE, N_("Filing deadline") },
  { desk_deadline_kind_get_type, DESK_DEADLINE_STATUTE_OF_LIMITATIONS, N_("Statute of limitations") },
  { desk_deadline_kind_get_type, DESK_DEADLINE_OTHER, N_("Other") },

  { desk_region_get_type, DESK_REGION_CONTIGUOUS, N_("48 contiguous states and DC") },
  { desk_region_get_type, DESK_REGION_ALASKA, N_("Alaska") },
  { desk_region_get_type, DESK_REGION_HAWAII, N_("Hawaii") },
};

static const Label goal_labels[] = {
  { NULL, DESK_GOAL_FIRST_HEARING, N_("First hearing") },
  { NULL, DESK_GOAL_CLIENT_INTERVIEWING, N_("Client interviewing") },
  { NULL, DESK_GOAL_DRAFTING, N_("Drafting") },
  { NULL, DESK_GOAL_NEGOTIATION, N_("Negotiation") },
  { NULL, DESK_GOAL_COURTROOM_PROCEDURE, N_("Courtroom procedure") },
  { NULL, DESK_GOAL_LEGAL_RESEARCH, N_("Legal research") },
  { NULL, DESK_GOAL_CASE_MANAGEMENT, N_("Case management") },
  { NULL, DESK_GOAL_PROFESSIONAL_ETHICS, N_("Professional ethics") },
};

static const Label meeting_labels[] = {
  { NULL, DESK_MEETING_IN_PERSON, N_("In person") },
  { NULL, DESK_MEETING_VIDEO, N_("Video") },
  { NULL, DESK_MEETING_PHONE, N_("Phone") },
};

static const Label training_labels[] = {
  { NULL, DESK_TRAINING_COACHING, N_("Coaching") },
  { NULL, DESK_TRAINING_CULTURAL_COMPETENCE, N_("Cultural competence") },
  { NULL, DESK_TRAINING_LEGAL_ETHICS, N_("Legal ethics") },
};

static const Label income_labels[] = {
  { NULL, DESK_INCOME_WAGES, N_("Wages") },
  { NULL, DESK_INCOME_SSI, N_("SSI") },
  { NULL, DESK_INCOME_TANF, N_("TANF") },
  { NULL, DESK_INCOME_SSDI, N_("SSDI") },
  { NULL, DESK_INCOME_SOCIAL_SECURITY, N_("Social Security") },
  { NULL, DESK_INCOME_UNEMPLOYMENT, N_("Unemployment") },
  { NULL, DESK_INCOME_CHILD_SUPPORT, N_("Child support") },
  { NULL, DESK_INCOME_PENSION, N_("Pension") },
  { NULL, DESK_INCOME_OTHER, N_("Other") },
};

const char *
desk_enum_label (GType enum_type,
                 int   value)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (labels[i].value == value && labels[i].get_type () == enum_type)
      return g_dgettext (GETTEXT_PACKAGE, labels[i].label);

  return NULL;
}

static const Label *
flag_table (GType  flags_type,
            guint *n_labels)
{
  if (flags_type == DESK_TYPE_INCOME_SOURCE)
    return (*n_labels = G_N_ELEMENTS (income_labels), income_labels);
  if (flags_type == DESK_TYPE_MENTORING_GOAL)
    return (*n_labels = G_N_ELEMENTS (goal_labels), goal_labels);
  if (flags_type == DESK_TYPE_MEETING_MODE)
    return (*n_labels = G_N_ELEMENTS (meeting_labels), meeting_labels);
  if (flags_type == DESK_TYPE_TRAINING)
    return (*n_labels = G_N_ELEMENTS (training_labels), training_labels);

  *n_labels = 0;
  return NULL;
}

const char *
desk_flag_label (GType flags_type,
                 guint flag)
{
  guint n_labels;
  const Label *table = flag_table (flags_type, &n_labels);

  for (guint i = 0; i < n_labels; i++)
    if ((guint) table[i].value == flag)
      return g_dgettext (GETTEXT_PACKAGE, table[i].label);

  return NULL;
}

char *
desk_flags_labels (GType flags_type,
                   guint flags)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_labels;
  const Label *table = flag_table (flags_type, &n_labels);

  for (guint i = 0; i < n_labels; i++)
    {
      if (!(flags & (guint) table[i].value))
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_dgettext (GETTEXT_PACKAGE, table[i].label));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
