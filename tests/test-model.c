/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Records: validation rules (one test per rule), properties, notify,
 * enum nicks and the shared date / e-mail checks. */
#define G_LOG_DOMAIN "test-model"

#include "config.h"

#include <string.h>

#include "desk-case.h"
#include "desk-check-in.h"
#include "desk-client.h"
#include "desk-deadline.h"
#include "desk-document.h"
#include "desk-eligibility.h"
#include "desk-enums.h"
#include "desk-error.h"
#include "desk-money.h"
#include "desk-note.h"
#include "desk-labels.h"
#include "desk-objective.h"
#include "desk-objective-update.h"
#include "desk-pairing.h"
#include "desk-pairing-workflow.h"
#include "desk-party.h"
#include "desk-record.h"
#include "desk-time-entry.h"
#include "desk-volunteer.h"

#define TODAY "2026-06-15"

/* Validation helpers ---------------------------------------------------- */

static void
assert_valid (gpointer record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (DESK_IS_RECORD (record));
  if (!desk_record_validate (DESK_RECORD (record), &error))
    g_error ("expected a valid %s, got: %s (field %s)",
             desk_record_get_entity (DESK_RECORD (record)),
             error != NULL ? error->message : "(no error)",
             error != NULL ? desk_error_get_field (error) : "-");
  g_assert_no_error (error);
}

/* Checks that @record is refused because of @field, with a sentence that
 * contains @word. */
static void
assert_invalid (gpointer    record,
                const char *field,
                const char *word)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folded_message = NULL;
  g_autofree char *folded_word = NULL;
  gsize len;

  g_assert_false (desk_record_validate (DESK_RECORD (record), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, field);

  /* The message is a sentence: starts with a capital, ends with a full stop. */
  len = strlen (error->message);
  g_assert_cmpuint (len, >, 10);
  g_assert_true (g_unichar_isupper (g_utf8_get_char (error->message)));
  g_assert_cmpint (error->message[len - 1], ==, '.');
  g_assert_null (strstr (error->message, "-cents"));
  if (strchr (field, '-') != NULL)
    g_assert_null (strstr (error->message, field));   /* plain words, not the property name */

  folded_message = g_utf8_casefold (error->message, -1);
  folded_word = g_utf8_casefold (word, -1);
  if (strstr (folded_message, folded_word) == NULL)
    g_error ("message “%s” does not mention “%s”", error->message, word);

  /* Validation without an error location still says no. */
  g_assert_false (desk_record_validate (DESK_RECORD (record), NULL));
}

/* Client ---------------------------------------------------------------- */

static DeskClient *
make_client (void)
{
  DeskClient *client = desk_client_new ();

  desk_client_set_first_name (client, "Ana");
  desk_client_set_last_name (client, "López");
  desk_client_set_birth_date (client, "1980-04-02");
  desk_client_set_email (client, "ana.lopez@example.org");
  desk_client_set_household_adults (client, 1);
  desk_client_set_household_children (client, 2);
  desk_client_set_annual_income_cents (client, 2400000);
  return client;
}

static void
test_client_new_defaults (void)
{
  g_autoptr(DeskClient) client = desk_client_new ();

  g_assert_cmpstr (desk_client_get_intake_date (client), ==, TODAY);
  g_assert_cmpstr (desk_client_get_first_name (client), ==, "");
  g_assert_cmpstr (desk_client_get_email (client), ==, "");
  g_assert_null (desk_client_get_birth_date (client));
  g_assert_cmpint (desk_client_get_household_adults (client), ==, 1);
  g_assert_cmpint (desk_client_get_household_children (client), ==, 0);
  g_assert_cmpint (desk_client_get_contact_method (client), ==, DESK_CONTACT_PHONE);
  g_assert_cmpint (desk_client_get_income_sources (client), ==, DESK_INCOME_NONE);
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (client)), ==, 0);
  g_assert_false (desk_record_get_archived (DESK_RECORD (client)));
  g_assert_cmpstr (desk_record_get_entity (DESK_RECORD (client)), ==, "client");
}

static void
test_client_valid (void)
{
  g_autoptr(DeskClient) client = make_client ();

  assert_valid (client);

  /* Optional fields may be left empty. */
  desk_client_set_email (client, "");
  desk_client_set_birth_date (client, NULL);
  assert_valid (client);

  /* Born today and taken in today are both fine. */
  desk_client_set_birth_date (client, TODAY);
  desk_client_set_intake_date (client, TODAY);
  assert_valid (client);
}

static void
test_client_missing_first_name (void)
{
  g_autoptr(DeskClient) client = make_client ();

  desk_client_set_first_name (client, "");
  assert_invalid (client, "first-name", "first name");
  desk_client_set_first_name (client, "  \t ");
  assert_invalid (client, "first-name", "first name");
  desk_client_set_first_name (client, NULL);
  assert_invalid (client, "first-name", "first name");
}

static void
test_client_missing_last_name (void)
{
  g_autoptr(DeskClient) client = make_client ();

  desk_client_set_last_name (client, "");
  assert_invalid (client, "last-name", "last name");
  desk_client_set_last_name (client, "\u00a0\u2003");   /* Unicode spaces only */
  assert_invalid (client, "last-name", "last name");
}

static void
test_client_first_name_checked_before_last (void)
{
  g_autoptr(DeskClient) client = make_client ();

  desk_client_set_first_name (client, "");
  desk_client_set_last_name (client, "");
  assert_invalid (client, "first-name", "first name");
}

static void
test_client_bad_emails (void)
{
  const char *bad[] = { "a@b", "no-at.example.com", "two@@x.org", "sp ace@x.org",
                        "@x.org", "a@.org", "a@x.", "a@x.org ", "tab\t@x.org" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(DeskClient) client = make_client ();

      desk_client_set_email (client, bad[i]);
      assert_invalid (client, "email", "e-mail");
    }
}

static void
test_client_good_email (void)
{
  const char *good[] = { "ana.lopez@example.org", "a@b.co", "first.last+tag@sub.example.com" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(DeskClient) client = make_client ();

      desk_client_set_email (client, good[i]);
      assert_valid (client);
    }
}

static void
test_client_birth_date_future (void)
{
  g_autoptr(DeskClient) client = make_client ();

  desk_client_set_birth_date (client, "2026-06-16");
  assert_invalid (client, "birth-date", "future");
  desk_client_set_birth_date (client, "2090-01-01");
  assert_invalid (client, "birth-date", "future");
}

static void
test_client_birth_date_not_real (void)
{
  g_autoptr(DeskClient) client = make_client ();

  desk_client_set_birth_date (client, "2025-02-29");
  assert_invalid (client, "birth-date", "not a real date");
  desk_client_set_birth_date (client, "02/04/1980");
  assert_invalid (client, "birth-date", "YYYY-MM-DD");
}

static void
test_client_intake_date_future (void)
{
  g_autoptr(DeskClient) client = make_client ();

  desk_client_set_intake_date (client, "2026-06-16");
  assert_invalid (client, "intake-date", "future");
}

static void
test_client_intake_date_missing (void)
{
  g_autoptr(DeskClient) client = make_client ();

  desk_client_set_intake_date (client, NULL);
  assert_invalid (client, "intake-date", "intake date");
  desk_client_set_intake_date (client, "2026-02-30");
  assert_invalid (client, "intake-date", "intake date");
}

static void
test_client_negative_income (void)
{
  g_autoptr(DeskClient) client = make_client ();

  desk_client_set_annual_income_cents (client, -1);
  assert_invalid (client, "annual-income-cents", "negative");

  desk_client_set_annual_income_cents (client, 0);
  assert_valid (client);
}

static void
test_client_no_adults (void)
{
  g_autoptr(DeskClient) client = make_client ();

  desk_client_set_household_adults (client, 0);
  assert_invalid (client, "household-adults", "adult");
}

/* Case ------------------------------------------------------------------ */

static DeskCase *
make_case (void)
{
  DeskCase *kase = desk_case_new ();

  desk_case_set_case_number (kase, "2026-00001");
  desk_case_set_client_id (kase, 7);
  desk_case_set_problem_code (kase, "63");
  desk_case_set_title (kase, "Eviction defence");
  desk_case_set_opened_on (kase, "2026-03-01");
  return kase;
}

/* A correctly closed case: every closing rule is met. */
static DeskCase *
make_closed_case (void)
{
  DeskCase *kase = make_case ();

  desk_case_set_status (kase, DESK_CASE_STATUS_CLOSED);
  desk_case_set_closed_on (kase, "2026-05-20");
  desk_case_set_closing_code (kase, "F");
  desk_case_set_outcome (kase, DESK_OUTCOME_FAVOURABLE);
  return kase;
}

static void
test_case_new_defaults (void)
{
  g_autoptr(DeskCase) kase = desk_case_new ();

  g_assert_cmpstr (desk_case_get_opened_on (kase), ==, TODAY);
  g_assert_cmpint (desk_case_get_status (kase), ==, DESK_CASE_STATUS_INTAKE);
  g_assert_cmpint (desk_case_get_priority (kase), ==, DESK_PRIORITY_NORMAL);
  g_assert_cmpint (desk_case_get_outcome (kase), ==, DESK_OUTCOME_NONE);
  g_assert_null (desk_case_get_closed_on (kase));
  g_assert_null (desk_case_get_closing_code (kase));
  g_assert_null (desk_case_get_problem_code (kase));
  g_assert_cmpint (desk_case_get_client_id (kase), ==, 0);
  g_assert_cmpstr (desk_record_get_entity (DESK_RECORD (kase)), ==, "case");
}

static void
test_case_valid (void)
{
  g_autoptr(DeskCase) kase = make_case ();
  g_autoptr(DeskCase) closed = make_closed_case ();
  g_autoptr(DeskCase) rejected = make_case ();
  g_autoptr(DeskCase) placed = make_case ();

  assert_valid (kase);
  desk_case_set_status (kase, DESK_CASE_STATUS_OPEN);
  assert_valid (kase);

  assert_valid (closed);
  /* Closing on the day it opened is fine. */
  desk_case_set_closed_on (closed, "2026-03-01");
  assert_valid (closed);

  desk_case_set_status (rejected, DESK_CASE_STATUS_REJECTED);
  desk_case_set_rejection_reason (rejected, DESK_REJECTION_OVER_INCOME);
  assert_valid (rejected);

  desk_case_set_status (placed, DESK_CASE_STATUS_PLACED);
  desk_case_set_volunteer_id (placed, 3);
  desk_case_set_mentor_id (placed, 4);
  assert_valid (placed);
}

static void
test_case_without_client (void)
{
  g_autoptr(DeskCase) kase = make_case ();

  desk_case_set_client_id (kase, 0);
  assert_invalid (kase, "client-id", "client");
}

static void
test_case_without_problem_code (void)
{
  g_autoptr(DeskCase) kase = make_case ();

  desk_case_set_problem_code (kase, NULL);
  assert_invalid (kase, "problem-code", "problem code");
  desk_case_set_problem_code (kase, "");
  assert_invalid (kase, "problem-code", "problem code");
}

static void
test_case_blank_title (void)
{
  g_autoptr(DeskCase) kase = make_case ();

  desk_case_set_title (kase, "   ");
  assert_invalid (kase, "title", "title");
}

static void
test_case_opened_on_missing (void)
{
  g_autoptr(DeskCase) kase = make_case ();

  desk_case_set_opened_on (kase, NULL);
  assert_invalid (kase, "opened-on", "opening date");
  desk_case_set_opened_on (kase, "2026-02-29");
  assert_invalid (kase, "opened-on", "opening date");
}

static void
test_case_opened_on_future (void)
{
  g_autoptr(DeskCase) kase = make_case ();

  desk_case_set_opened_on (kase, "2026-06-16");
  assert_invalid (kase, "opened-on", "future");
}

static void
test_case_closed_on_not_real (void)
{
  g_autoptr(DeskCase) kase = make_closed_case ();

  desk_case_set_closed_on (kase, "2026-04-31");
  assert_invalid (kase, "closed-on", "not a real date");
}

static void
test_case_closed_before_opened (void)
{
  g_autoptr(DeskCase) kase = make_closed_case ();

  desk_case_set_closed_on (kase, "2026-02-28");
  assert_invalid (kase, "closed-on", "before the opening date");
}

static void
test_case_closed_without_closing_code (void)
{
  g_autoptr(DeskCase) kase = make_closed_case ();

  desk_case_set_closing_code (kase, NULL);
  assert_invalid (kase, "closing-code", "closing code");
}

static void
test_case_closed_without_outcome (void)
{
  g_autoptr(DeskCase) kase = make_closed_case ();

  desk_case_set_outcome (kase, DESK_OUTCOME_NONE);
  assert_invalid (kase, "outcome", "outcome");
}

static void
test_case_closed_without_closing_date (void)
{
  g_autoptr(DeskCase) kase = make_closed_case ();

  desk_case_set_closed_on (kase, "");
  g_assert_null (desk_case_get_closed_on (kase));
  assert_invalid (kase, "closed-on", "closing date");
}

static void
test_case_rejected_without_reason (void)
{
  g_autoptr(DeskCase) kase = make_case ();

  desk_case_set_status (kase, DESK_CASE_STATUS_REJECTED);
  assert_invalid (kase, "rejection-reason", "reason");
}

static void
test_case_placed_without_volunteer (void)
{
  g_autoptr(DeskCase) kase = make_case ();

  desk_case_set_status (kase, DESK_CASE_STATUS_PLACED);
  assert_invalid (kase, "volunteer-id", "volunteer");

  /* A mentor alone does not make a placement. */
  desk_case_set_mentor_id (kase, 4);
  assert_invalid (kase, "volunteer-id", "volunteer");
}

static void
test_case_closing_code_when_not_closed (void)
{
  const DeskCaseStatus statuses[] = { DESK_CASE_STATUS_INTAKE, DESK_CASE_STATUS_OPEN,
                                      DESK_CASE_STATUS_PLACED, DESK_CASE_STATUS_REJECTED };

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(DeskCase) kase = make_case ();

      desk_case_set_status (kase, statuses[i]);
      desk_case_set_volunteer_id (kase, 3);
      desk_case_set_rejection_reason (kase, DESK_REJECTION_CONFLICT);
      desk_case_set_closing_code (kase, "A");
      assert_invalid (kase, "closing-code", "closing code");
    }
}

static void
test_case_negative_amount (void)
{
  g_autoptr(DeskCase) kase = make_closed_case ();

  desk_case_set_amount_cents (kase, -500);
  assert_invalid (kase, "amount-cents", "negative");

  desk_case_set_amount_cents (kase, 125000);
  assert_valid (kase);
}

/* Volunteer ------------------------------------------------------------- */

static DeskVolunteer *
make_volunteer (void)
{
  DeskVolunteer *volunteer = desk_volunteer_new ();

  desk_volunteer_set_first_name (volunteer, "Grace");
  desk_volunteer_set_last_name (volunteer, "Okafor");
  desk_volunteer_set_email (volunteer, "g.okafor@lawfirm.example");
  desk_volunteer_set_role (volunteer, DESK_VOLUNTEER_ATTORNEY);
  desk_volunteer_set_hourly_value_cents (volunteer, 25000);
  return volunteer;
}

static void
test_volunteer_valid (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_volunteer ();

  assert_valid (volunteer);
  desk_volunteer_set_email (volunteer, "");
  desk_volunteer_set_hourly_value_cents (volunteer, 0);
  desk_volunteer_set_role (volunteer, DESK_VOLUNTEER_LAW_STUDENT);
  assert_valid (volunteer);
  g_assert_cmpstr (desk_record_get_entity (DESK_RECORD (volunteer)), ==, "volunteer");
}

static void
test_volunteer_missing_first_name (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_volunteer ();

  desk_volunteer_set_first_name (volunteer, " ");
  assert_invalid (volunteer, "first-name", "first name");
}

static void
test_volunteer_missing_last_name (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_volunteer ();

  desk_volunteer_set_last_name (volunteer, "");
  assert_invalid (volunteer, "last-name", "last name");
}

static void
test_volunteer_bad_email (void)
{
  const char *bad[] = { "a@b", "no-at.example.com", "two@@x.org", "sp ace@x.org" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(DeskVolunteer) volunteer = make_volunteer ();

      desk_volunteer_set_email (volunteer, bad[i]);
      assert_invalid (volunteer, "email", "e-mail");
    }
}

static void
test_volunteer_negative_hourly_value (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_volunteer ();

  desk_volunteer_set_hourly_value_cents (volunteer, -1);
  assert_invalid (volunteer, "hourly-value-cents", "negative");
}

/* Party ----------------------------------------------------------------- */

static void
test_party_valid (void)
{
  g_autoptr(DeskParty) party = desk_party_new ();

  desk_party_set_case_id (party, 1);
  desk_party_set_name (party, "Acme Property Management LLC");
  desk_party_set_role (party, DESK_PARTY_OPPOSING_PARTY);
  assert_valid (party);
  g_assert_cmpstr (desk_record_get_entity (DESK_RECORD (party)), ==, "party");
}

static void
test_party_missing_name (void)
{
  g_autoptr(DeskParty) party = desk_party_new ();

  desk_party_set_case_id (party, 1);
  assert_invalid (party, "name", "name");
  desk_party_set_name (party, " \n ");
  assert_invalid (party, "name", "name");
}


/* A form marks every field at fault at once: the check lists them all. */
static void
test_client_all_problems (void)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) first = NULL;

  /* No name at all, and a birth date in the future: three fields. */
  desk_client_set_birth_date (client, "2030-01-01");
  desk_client_set_email (client, "not an address");
  problems = desk_record_check (DESK_RECORD (client));
  g_assert_cmpuint (problems->len, ==, 4);
  g_assert_nonnull (desk_problems_find (problems, "first-name"));
  g_assert_nonnull (desk_problems_find (problems, "last-name"));
  g_assert_nonnull (desk_problems_find (problems, "birth-date"));
  g_assert_nonnull (desk_problems_find (problems, "email"));
  g_assert_null (desk_problems_find (problems, "intake-date"));
  g_assert_cmpstr (desk_problems_find (problems, "birth-date")->message, ==, "The date of birth is in the future.");

  /* validate() still says the first. */
  g_assert_false (desk_record_validate (DESK_RECORD (client), &first));
  g_assert_cmpstr (desk_error_get_field (first), ==, "first-name");
}

static void
test_case_all_problems (void)
{
  g_autoptr(DeskCase) kase = desk_case_new ();
  g_autoptr(GPtrArray) problems = NULL;

  /* A closed case with nothing filled in, and no opening date to compare the closing date with. */
  desk_case_set_opened_on (kase, NULL);
  desk_case_set_status (kase, DESK_CASE_STATUS_CLOSED);
  desk_case_set_closed_on (kase, "2026-01-01");
  problems = desk_record_check (DESK_RECORD (kase));
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", ((GError *) g_ptr_array_index (problems, i))->message);
  g_assert_nonnull (desk_problems_find (problems, "client-id"));
  g_assert_nonnull (desk_problems_find (problems, "problem-code"));
  g_assert_nonnull (desk_problems_find (problems, "title"));
  g_assert_nonnull (desk_problems_find (problems, "opened-on"));
  g_assert_nonnull (desk_problems_find (problems, "closing-code"));
  g_assert_nonnull (desk_problems_find (problems, "outcome"));
  g_assert_null (desk_problems_find (problems, "closed-on"));
  g_assert_cmpuint (problems->len, ==, 6);
}

static void
test_date_parse (void)
{
  static const struct { const char *text; const char *expected; } cases[] = {
    { "2026-06-15", "2026-06-15" }, { " 2026-6-5 ", "2026-06-05" }, { "6/15/2026", "2026-06-15" },
    { "06/05/2026", "2026-06-05" }, { "2/29/2024", "2024-02-29" },
    { "2/29/2026", NULL }, { "2026-13-01", NULL }, { "15/6/2026", NULL }, { "6/15/26", NULL },
    { "2026/06/15", NULL }, { "2026-06-15x", NULL }, { "June 15", NULL }, { "", NULL }, { "2026-06", NULL },
  };

  g_assert_null (desk_date_parse (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *parsed = desk_date_parse (cases[i].text);

      if (g_strcmp0 (parsed, cases[i].expected) != 0)
        g_error ("“%s” read as %s, expected %s", cases[i].text, parsed, cases[i].expected);
    }
}

static void
test_time_of_day_parse (void)
{
  static const struct { const char *text; const char *expected; } cases[] = {
    { "9:30", "09:30" }, { "09:30", "09:30" }, { " 9:30 ", "09:30" }, { "21:05", "21:05" },
    { "9:30 pm", "21:30" }, { "9:30pm", "21:30" }, { "9:30 PM", "21:30" }, { "9:30 p.m.", "21:30" },
    { "12:15 am", "00:15" }, { "12:15 pm", "12:15" }, { "9 am", "09:00" }, { "9pm", "21:00" },
    { "930", "09:30" }, { "1430", "14:30" }, { "0", "00:00" }, { "9.30", "09:30" }, { "23:59", "23:59" },
    { "24:00", NULL }, { "9:60", NULL }, { "13 pm", NULL }, { "0 am", NULL }, { "9:3", NULL },
    { "9:300", NULL }, { "noon", NULL }, { "", NULL }, { "12345", NULL }, { "9:30 xm", NULL }, { "-9:30", NULL },
  };

  g_assert_null (desk_time_of_day_parse (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *parsed = desk_time_of_day_parse (cases[i].text);

      if (g_strcmp0 (parsed, cases[i].expected) != 0)
        g_error ("“%s” read as %s, expected %s", cases[i].text, parsed, cases[i].expected);
    }
}

/* Errors ---------------------------------------------------------------- */

static void
test_error_field (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) copy = NULL;
  g_autoptr(GError) other = NULL;
  g_autoptr(GError) no_field = NULL;

  g_assert_false (desk_invalid (&error, "title", "The case needs a %s.", "title"));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The case needs a title.");
  g_assert_cmpstr (desk_error_get_field (error), ==, "title");

  /* The field survives g_error_copy (an extended error). */
  copy = g_error_copy (error);
  g_assert_cmpstr (desk_error_get_field (copy), ==, "title");

  g_assert_false (desk_invalid (&no_field, NULL, "No field."));
  g_assert_null (desk_error_get_field (no_field));

  other = g_error_new_literal (G_FILE_ERROR, G_FILE_ERROR_FAILED, "other domain");
  g_assert_null (desk_error_get_field (other));
  g_assert_null (desk_error_get_field (NULL));

  g_assert_false (desk_invalid (NULL, "title", "ignored"));
}

/* Properties ------------------------------------------------------------ */

static void
test_property_round_trip (void)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(DeskCase) kase = desk_case_new ();
  g_autofree char *first_name = NULL;
  g_autofree char *birth_date = NULL;
  g_autofree char *email = NULL;
  DeskContactMethod contact_method;
  DeskIncomeSource income_sources;
  gboolean interpreter_needed;
  gint64 income;
  int adults;
  gint64 volunteer_id;

  g_object_set (client,
                "first-name", "Zoë",
                "birth-date", "1990-12-31",
                "contact-method", DESK_CONTACT_IN_PERSON,
                "income-sources", DESK_INCOME_WAGES | DESK_INCOME_SSI,
                "interpreter-needed", TRUE,
                "annual-income-cents", (gint64) 123456789012,
                "household-adults", 3,
                NULL);

  g_object_get (client,
                "first-name", &first_name,
                "birth-date", &birth_date,
                "contact-method", &contact_method,
                "income-sources", &income_sources,
                "interpreter-needed", &interpreter_needed,
                "annual-income-cents", &income,
                "household-adults", &adults,
                NULL);

  g_assert_cmpstr (first_name, ==, "Zoë");
  g_assert_cmpstr (birth_date, ==, "1990-12-31");
  g_assert_cmpint (contact_method, ==, DESK_CONTACT_IN_PERSON);
  g_assert_cmpuint (income_sources, ==, DESK_INCOME_WAGES | DESK_INCOME_SSI);
  g_assert_true (interpreter_needed);
  g_assert_cmpint (income, ==, G_GINT64_CONSTANT (123456789012));
  g_assert_cmpint (adults, ==, 3);

  /* Typed getters read the same storage. */
  g_assert_cmpstr (desk_client_get_first_name (client), ==, "Zoë");
  g_assert_cmpstr (desk_client_get_birth_date (client), ==, "1990-12-31");
  g_assert_cmpint (desk_client_get_contact_method (client), ==, DESK_CONTACT_IN_PERSON);
  g_assert_cmpuint (desk_client_get_income_sources (client), ==, DESK_INCOME_WAGES | DESK_INCOME_SSI);
  g_assert_true (desk_client_get_interpreter_needed (client));
  g_assert_cmpint (desk_client_get_annual_income_cents (client), ==, G_GINT64_CONSTANT (123456789012));

  /* A nullable date set to "" becomes NULL. */
  g_clear_pointer (&birth_date, g_free);
  g_object_set (client, "birth-date", "", NULL);
  g_object_get (client, "birth-date", &birth_date, NULL);
  g_assert_null (birth_date);
  g_assert_null (desk_client_get_birth_date (client));

  /* A plain text field set to NULL becomes "". */
  g_object_set (client, "email", NULL, NULL);
  g_object_get (client, "email", &email, NULL);
  g_assert_cmpstr (email, ==, "");

  /* References (int64 ids). */
  g_object_set (kase, "volunteer-id", (gint64) 42, NULL);
  g_object_get (kase, "volunteer-id", &volunteer_id, NULL);
  g_assert_cmpint (volunteer_id, ==, 42);
  g_assert_cmpint (desk_case_get_volunteer_id (kase), ==, 42);

  /* The base properties. */
  g_object_set (kase, "id", (gint64) 99, "archived", TRUE, NULL);
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (kase)), ==, 99);
  g_assert_true (desk_record_get_archived (DESK_RECORD (kase)));
}

static void
test_property_specs (void)
{
  GObjectClass *klass = g_type_class_ref (DESK_TYPE_CLIENT);
  GParamSpec *pspec;

  pspec = g_object_class_find_property (klass, "first-name");
  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_STRING (pspec));
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

  pspec = g_object_class_find_property (klass, "contact-method");
  g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
  g_assert_true (pspec->value_type == DESK_TYPE_CONTACT_METHOD);

  pspec = g_object_class_find_property (klass, "income-sources");
  g_assert_true (G_IS_PARAM_SPEC_FLAGS (pspec));

  pspec = g_object_class_find_property (klass, "annual-income-cents");
  g_assert_true (G_IS_PARAM_SPEC_INT64 (pspec));

  /* The base class's properties are there too. */
  g_assert_nonnull (g_object_class_find_property (klass, "id"));
  g_assert_nonnull (g_object_class_find_property (klass, "archived"));
  g_assert_nonnull (g_object_class_find_property (klass, "created-at"));
  g_assert_nonnull (g_object_class_find_property (klass, "updated-at"));

  g_type_class_unref (klass);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_notify (void)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  guint first_name = 0;
  guint contact = 0;
  guint income = 0;
  guint birth = 0;
  guint any = 0;

  g_signal_connect (client, "notify::first-name", G_CALLBACK (count_notify), &first_name);
  g_signal_connect (client, "notify::contact-method", G_CALLBACK (count_notify), &contact);
  g_signal_connect (client, "notify::annual-income-cents", G_CALLBACK (count_notify), &income);
  g_signal_connect (client, "notify::birth-date", G_CALLBACK (count_notify), &birth);
  g_signal_connect (client, "notify", G_CALLBACK (count_notify), &any);

  desk_client_set_first_name (client, "Ana");
  g_assert_cmpuint (first_name, ==, 1);
  desk_client_set_first_name (client, "Ana");
  g_assert_cmpuint (first_name, ==, 1);
  desk_client_set_first_name (client, "Bea");
  g_assert_cmpuint (first_name, ==, 2);

  desk_client_set_contact_method (client, DESK_CONTACT_EMAIL);
  desk_client_set_contact_method (client, DESK_CONTACT_EMAIL);
  g_assert_cmpuint (contact, ==, 1);

  /* The first amount also makes the income known: one more notify. */
  desk_client_set_annual_income_cents (client, 100);
  desk_client_set_annual_income_cents (client, 100);
  g_assert_cmpuint (income, ==, 1);
  g_assert_true (desk_client_get_income_known (client));

  /* NULL and "" are the same empty date: no change, no notify. */
  desk_client_set_birth_date (client, "");
  desk_client_set_birth_date (client, NULL);
  g_assert_cmpuint (birth, ==, 0);
  desk_client_set_birth_date (client, "2000-01-01");
  desk_client_set_birth_date (client, "2000-01-01");
  g_assert_cmpuint (birth, ==, 1);
  desk_client_set_birth_date (client, "");
  g_assert_cmpuint (birth, ==, 2);

  /* Each change notified exactly one property (two for the first income). */
  g_assert_cmpuint (first_name, ==, 2);
  g_assert_cmpuint (any, ==, 2 + 1 + 2 + 2);

  desk_record_set_archived (DESK_RECORD (client), TRUE);
  desk_record_set_archived (DESK_RECORD (client), TRUE);
  desk_record_set_id (DESK_RECORD (client), 5);
  desk_record_set_id (DESK_RECORD (client), 5);
  g_assert_cmpuint (any, ==, 7 + 2);
}

/* Enums ----------------------------------------------------------------- */

static void
test_enum_nicks (void)
{
  const GType types[] = {
    DESK_TYPE_CASE_STATUS, DESK_TYPE_PRIORITY, DESK_TYPE_OUTCOME, DESK_TYPE_REJECTION_REASON,
    DESK_TYPE_CONTACT_METHOD, DESK_TYPE_ELIGIBILITY_EXCEPTION, DESK_TYPE_GENDER,
    DESK_TYPE_ETHNICITY, DESK_TYPE_ANSWER, DESK_TYPE_CITIZENSHIP, DESK_TYPE_VOLUNTEER_ROLE,
    DESK_TYPE_PARTY_ROLE, DESK_TYPE_REGION, DESK_TYPE_CHANGE_KIND,
  };
  int value = -1;

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      GEnumClass *klass = g_type_class_ref (types[t]);

      g_assert_true (G_IS_ENUM_CLASS (klass));
      for (guint i = 0; i < klass->n_values; i++)
        {
          const GEnumValue *ev = &klass->values[i];
          const char *nick = desk_enum_nick (types[t], ev->value);

          g_assert_cmpstr (nick, ==, ev->value_nick);
          g_assert_true (desk_enum_from_nick (types[t], nick, &value));
          g_assert_cmpint (value, ==, ev->value);
        }
      g_type_class_unref (klass);
    }

  /* The nicks the database stores. */
  g_assert_cmpstr (desk_enum_nick (DESK_TYPE_CONTACT_METHOD, DESK_CONTACT_IN_PERSON), ==, "in-person");
  g_assert_cmpstr (desk_enum_nick (DESK_TYPE_VOLUNTEER_ROLE, DESK_VOLUNTEER_LAW_STUDENT), ==, "law-student");
  g_assert_cmpstr (desk_enum_nick (DESK_TYPE_CASE_STATUS, DESK_CASE_STATUS_INTAKE), ==, "intake");
  g_assert_cmpstr (desk_enum_nick (DESK_TYPE_OUTCOME, DESK_OUTCOME_FAVOURABLE), ==, "favourable");
  g_assert_cmpstr (desk_enum_nick (DESK_TYPE_REJECTION_REASON, DESK_REJECTION_INSUFFICIENT_RESOURCES),
                   ==, "insufficient-resources");
  g_assert_cmpstr (desk_enum_nick (DESK_TYPE_ELIGIBILITY_EXCEPTION, DESK_EXCEPTION_ELDERLY_OR_DISABLED),
                   ==, "elderly-or-disabled");
  g_assert_cmpstr (desk_enum_nick (DESK_TYPE_ANSWER, DESK_ANSWER_NOT_ASKED), ==, "not-asked");
  g_assert_cmpstr (desk_enum_nick (DESK_TYPE_PARTY_ROLE, DESK_PARTY_OPPOSING_COUNSEL), ==, "opposing-counsel");

  g_assert_true (desk_enum_from_nick (DESK_TYPE_CASE_STATUS, "rejected", &value));
  g_assert_cmpint (value, ==, DESK_CASE_STATUS_REJECTED);

  /* Unknown nicks and values. */
  value = 1234;
  g_assert_false (desk_enum_from_nick (DESK_TYPE_CASE_STATUS, "reopened", &value));
  g_assert_false (desk_enum_from_nick (DESK_TYPE_CASE_STATUS, "", &value));
  g_assert_false (desk_enum_from_nick (DESK_TYPE_CASE_STATUS, NULL, &value));
  g_assert_false (desk_enum_from_nick (DESK_TYPE_CASE_STATUS, "DESK_CASE_STATUS_OPEN", &value));
  g_assert_cmpint (value, ==, 1234);
  g_assert_null (desk_enum_nick (DESK_TYPE_CASE_STATUS, 99));
  g_assert_null (desk_enum_nick (DESK_TYPE_CASE_STATUS, -1));
}

/* Shared checks --------------------------------------------------------- */

static void
test_date_is_valid (void)
{
  const char *good[] = { "2024-02-29", "2000-02-29", "2026-06-15", "2026-12-31", "1900-01-01",
                         "0001-01-01", "9999-12-31", "2026-04-30" };
  const char *bad[] = { "2100-02-29", "1900-02-29", "2025-02-29", "2026-1-5", "2026-01-5",
                        "2026-13-01", "2026-00-10", "2026-01-00", "2026-04-31", "2026-01-32",
                        "0000-01-01", "2026/01/01", "2026-01-01x", "2026-01-01 ", " 2026-01-01",
                        "20260101", "+026-01-01", "2026-+1-01", "2026-01- 1", "abcd-ef-gh",
                        "26-01-01", "", "2026-01-01T00:00:00Z" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    if (!desk_date_is_valid (good[i]))
      g_error ("“%s” should be a valid date", good[i]);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    if (desk_date_is_valid (bad[i]))
      g_error ("“%s” should not be a valid date", bad[i]);

  g_assert_false (desk_date_is_valid (NULL));
}

static void
test_email_is_valid (void)
{
  g_assert_true (desk_email_is_valid ("ana@example.org"));
  g_assert_true (desk_email_is_valid ("a.b-c+d@mail.example.co.uk"));
  g_assert_false (desk_email_is_valid ("a@b"));
  g_assert_false (desk_email_is_valid ("no-at.example.com"));
  g_assert_false (desk_email_is_valid ("two@@x.org"));
  g_assert_false (desk_email_is_valid ("a@b@x.org"));
  g_assert_false (desk_email_is_valid ("sp ace@x.org"));
  g_assert_false (desk_email_is_valid ("@x.org"));
  g_assert_false (desk_email_is_valid ("a@.org"));
  g_assert_false (desk_email_is_valid ("a@x."));
  g_assert_false (desk_email_is_valid (""));
  g_assert_false (desk_email_is_valid (NULL));
}

static void
test_text_is_blank (void)
{
  g_assert_true (desk_text_is_blank (NULL));
  g_assert_true (desk_text_is_blank (""));
  g_assert_true (desk_text_is_blank (" \t\n\r"));
  g_assert_true (desk_text_is_blank ("\u00a0\u2003"));
  g_assert_false (desk_text_is_blank (" a "));
  g_assert_false (desk_text_is_blank ("é"));

  /* Characters that draw nothing are nothing. */
  g_assert_true (desk_text_is_blank ("\u200b"));
  g_assert_true (desk_text_is_blank ("\u200b\u200c\u200d\u2060\ufeff \u200e"));
  g_assert_true (desk_text_is_blank ("\u3164\u115f"));
  g_assert_true (desk_text_is_blank ("\u202e"));
  /* Joiners inside a word belong to it. */
  g_assert_false (desk_text_is_blank ("\u0645\u200c\u06cc"));
  /* Bytes that are not text are not blank: desk_text_check() names them. */
  g_assert_false (desk_text_is_blank ("\xff"));
  g_assert_false (desk_text_is_blank ("\xe2\x80"));
}

/* Thousands separators only where they belong: "1,0,0" was once $100. */
static void
test_parse_money (void)
{
  const struct {
    const char *text;
    gint64      cents;
  } good[] = {
    { "23400", 2340000 }, { "23,400", 2340000 }, { "$23,400.50", 2340050 }, { "1,234,567.8", 123456780 },
    { "999", 99900 }, { ".5", 50 }, { " 12 ", 1200 }, { "", 0 },
  };
  const char *bad[] = { "1,0,0", "1,00", "12,34,567", ",100", "1,000,00", "1,0000", "1,000.5.5", "12.345",
                        "$", "-5", "lots", "1 000", "1,", "99999999999999999999" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = -1;

      g_assert_true (desk_parse_money (good[i].text, "amount-cents", &cents, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cents, ==, good[i].cents);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = -1;

      if (desk_parse_money (bad[i], "amount-cents", &cents, &error))
        g_error ("“%s” was read as %" G_GINT64_FORMAT " cents", bad[i], cents);
      g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
      g_assert_cmpstr (desk_error_get_field (error), ==, "amount-cents");
    }
}

/* Hostile text ---------------------------------------------------------- */

/* The record types whose fields the generic checks must cover. */
static GType
record_type (guint i)
{
  switch (i)
    {
    case 0: return DESK_TYPE_CLIENT;
    case 1: return DESK_TYPE_CASE;
    case 2: return DESK_TYPE_VOLUNTEER;
    case 3: return DESK_TYPE_PARTY;
    case 4: return DESK_TYPE_DEADLINE;
    case 5: return DESK_TYPE_NOTE;
    case 6: return DESK_TYPE_TIME_ENTRY;
    case 7: return DESK_TYPE_DOCUMENT;
    default: return G_TYPE_INVALID;
    }
}

/* Every record type registered so far, the ones above first: records
 * added later are covered once a test makes one. */
static GPtrArray *
all_record_types (void)
{
  GPtrArray *types = g_ptr_array_new ();
  g_autofree GType *children = NULL;
  guint n_children;

  for (guint i = 0; record_type (i) != G_TYPE_INVALID; i++)
    g_ptr_array_add (types, GSIZE_TO_POINTER (record_type (i)));
  children = g_type_children (DESK_TYPE_RECORD, &n_children);
  for (guint i = 0; i < n_children; i++)
    if (!g_ptr_array_find (types, GSIZE_TO_POINTER (children[i]), NULL))
      g_ptr_array_add (types, GSIZE_TO_POINTER (children[i]));
  return types;
}

/* The problem @record has about @field, with a sentence free of control
 * characters that contains @word; fails when there is none. */
static void
assert_field_problem (DeskRecord *record,
                      const char *field,
                      const char *word)
{
  g_autoptr(GPtrArray) problems = desk_record_check (record);
  const GError *problem = desk_problems_find (problems, field);

  if (problem == NULL)
    g_error ("%s: no problem about %s", desk_record_get_entity (record), field);
  g_assert_error (problem, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_true (g_utf8_validate (problem->message, -1, NULL));
  for (const char *p = problem->message; *p != '\0'; p++)
    g_assert_cmpint ((guchar) *p, >=, 0x20);
  g_assert_cmpuint (strlen (problem->message), <, 400);
  if (strstr (problem->message, word) == NULL)
    g_error ("%s.%s: “%s” does not say “%s”", desk_record_get_entity (record), field, problem->message, word);
}

static void
set_text (gpointer    record,
          const char *field,
          const char *text)
{
  g_object_set (record, field, text, NULL);
}

/* Every text field of every record refuses bytes that are not text, a
 * megabyte, control characters and characters that reorder text, each with
 * a sentence that names the field and quotes none of it. */
static void
test_every_text_field_bounded (void)
{
  g_autoptr(GPtrArray) types = all_record_types ();
  g_autoptr(GString) megabyte = g_string_new (NULL);
  guint checked = 0;

  while (megabyte->len < 1024 * 1024)
    g_string_append (megabyte, "Garcia ");

  for (guint t = 0; t < types->len; t++)
    {
      GType type = GPOINTER_TO_SIZE (g_ptr_array_index (types, t));
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      const DeskField *fields;
      guint n_fields;

      fields = desk_record_class_get_fields (DESK_RECORD_CLASS (klass), &n_fields);
      for (guint i = 0; i < n_fields; i++)
        {
          const DeskField *field = &fields[i];
          g_autofree char *label = g_strdelimit (g_strdup (field->name), "-", ' ');
          const char *word = g_str_equal (field->name, "email") ? "e-mail address" : label;
          const char *bad[] = { "Ana\xff", "\xe2\x80", "Ana\x1b[31m", "Ana\x7f", "Ana\xc2\x85",
                                "\u202eaicraG", "Ana\u2066x\u2069", megabyte->str };
          g_autofree char *longest = NULL;

          if (field->fundamental != G_TYPE_STRING || (field->flags & DESK_FIELD_DERIVED))
            continue;

          for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
            {
              g_autoptr(DeskRecord) record = g_object_new (type, NULL);

              set_text (record, field->name, bad[b]);
              assert_field_problem (record, field->name, word);
            }

          /* A tab is never allowed; a line break only in multi-line text. */
          {
            g_autoptr(DeskRecord) tab = g_object_new (type, NULL);
            g_autoptr(DeskRecord) newline = g_object_new (type, NULL);
            g_autoptr(GPtrArray) problems = NULL;

            set_text (tab, field->name, "a\tb");
            assert_field_problem (tab, field->name, word);
            set_text (newline, field->name, "line one\nline two");
            if (field->text_kind == DESK_TEXT_MULTI_LINE)
              {
                problems = desk_record_check (newline);
                g_assert_null (desk_problems_find (problems, field->name));
              }
            else
              assert_field_problem (newline, field->name, word);
          }

          /* Exactly the bound passes the length check, one more does not. */
          if (field->text_kind == DESK_TEXT_ONE_LINE || field->text_kind == DESK_TEXT_MULTI_LINE)
            {
              guint max = field->max_length != 0 ? field->max_length :
                          field->text_kind == DESK_TEXT_ONE_LINE ? DESK_TEXT_ONE_LINE_MAX : DESK_TEXT_MULTI_LINE_MAX;
              g_autoptr(GString) text = g_string_new (NULL);
              g_autoptr(GError) error = NULL;

              for (guint c = 0; c < max; c++)
                g_string_append (text, "é");
              g_assert_true (desk_text_check (text->str, field->text_kind, field->max_length, field->name, &error));
              g_assert_no_error (error);
              g_string_append_c (text, 'x');
              g_assert_false (desk_text_check (text->str, field->text_kind, field->max_length, field->name, &error));
              g_assert_nonnull (strstr (error->message, "too long"));
            }
          checked++;
        }
    }

  /* Names, titles, notes, paths…: a regression would lose some. */
  g_assert_cmpuint (checked, >=, 30);
}

static void
test_hostile_names (void)
{
  struct {
    const char *text;
    const char *field;
    const char *word;
  } names[] = {
    { "Ana\xc3", "first-name", "not text" },
    { "Ana\tMaría", "first-name", "control character" },
    { "Ana\nMaría", "first-name", "one line" },
    { "\x1b]0;pwned\x07Ana", "first-name", "control character" },
    { "\u200b", "first-name", "missing" },
    { "\u200b\u200d", "last-name", "missing" },
    { "\u202eaicraG", "last-name", "reorders" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(DeskClient) client = make_client ();

      set_text (client, names[i].field, names[i].text);
      assert_field_problem (DESK_RECORD (client), names[i].field, names[i].word);
    }

  /* A field that may be empty may not hold only invisible characters. */
  {
    g_autoptr(DeskClient) client = make_client ();

    desk_client_set_county (client, "\u200b\u2060");
    assert_invalid (client, "county", "invisible");
  }

  /* Names of the world pass. */
  {
    const char *good[] = { "O'Brien-Núñez", "Nguyễn Thị Minh Khai", "محمد", "מרים", "김민준", "Zoë",
                           "\u0645\u200c\u06cc", "José “Pepe”" };

    for (guint i = 0; i < G_N_ELEMENTS (good); i++)
      {
        g_autoptr(DeskClient) client = make_client ();

        desk_client_set_last_name (client, good[i]);
        assert_valid (client);
      }
  }

  /* A title is one line; a summary may have several, not a tab. */
  {
    g_autoptr(DeskCase) kase = make_case ();

    desk_case_set_summary (kase, "First line.\nSecond line.\n");
    assert_valid (kase);
    desk_case_set_title (kase, "Eviction\tdefence");
    assert_invalid (kase, "title", "control character");
    desk_case_set_title (kase, "Eviction defence");
    desk_case_set_summary (kase, "Tab\there");
    assert_invalid (kase, "summary", "control character");
  }
}

static void
test_hostile_client_numbers (void)
{
  /* Dates outside the years of a clinic. */
  {
    g_autoptr(DeskClient) client = make_client ();

    desk_client_set_birth_date (client, "0001-01-01");
    assert_invalid (client, "birth-date", "between 1900-01-01 and 2200-12-31");
    desk_client_set_birth_date (client, "1899-12-31");
    assert_invalid (client, "birth-date", "1900-01-01");
    desk_client_set_birth_date (client, "1900-01-01");
    assert_valid (client);
  }

  /* Born after the intake (but before today). */
  {
    g_autoptr(DeskClient) client = make_client ();

    desk_client_set_intake_date (client, "2026-01-10");
    desk_client_set_birth_date (client, "2026-03-01");
    assert_invalid (client, "birth-date", "after the intake date");
    desk_client_set_birth_date (client, "2026-01-10");
    assert_valid (client);
  }

  /* Households no one lives in. */
  {
    g_autoptr(DeskClient) client = make_client ();

    desk_client_set_household_adults (client, 1000000);
    assert_invalid (client, "household-adults", "more than 100 adults");
    desk_client_set_household_adults (client, G_MAXINT);
    desk_client_set_household_children (client, 1);
    assert_invalid (client, "household-adults", "adults");
    {
      g_autoptr(GPtrArray) problems = desk_record_check (DESK_RECORD (client));
      g_assert_nonnull (desk_problems_find (problems, "household-children"));
    }
    desk_client_set_household_adults (client, 60);
    desk_client_set_household_children (client, 41);
    assert_invalid (client, "household-children", "more than 100 people");
    desk_client_set_household_children (client, 40);
    assert_valid (client);
  }

  /* Incomes no one earns. */
  {
    g_autoptr(DeskClient) client = make_client ();

    desk_client_set_annual_income_cents (client, G_MAXINT64);
    assert_invalid (client, "annual-income-cents", "$10,000,000.00 a year");
    desk_client_set_annual_income_cents (client, DESK_INCOME_MAX_CENTS + 1);
    assert_invalid (client, "annual-income-cents", "check the amount");
    desk_client_set_annual_income_cents (client, DESK_INCOME_MAX_CENTS);
    assert_valid (client);
  }

  /* Other money too: a case's amount and a volunteer's hour. */
  {
    g_autoptr(DeskCase) kase = make_case ();
    g_autoptr(DeskVolunteer) volunteer = desk_volunteer_new ();

    desk_case_set_amount_cents (kase, G_MAXINT64);
    assert_invalid (kase, "amount-cents", "too large");
    desk_volunteer_set_first_name (volunteer, "Grace");
    desk_volunteer_set_last_name (volunteer, "Okafor");
    desk_volunteer_set_hourly_value_cents (volunteer, DESK_MONEY_MAX_CENTS + 1);
    assert_invalid (volunteer, "hourly-value-cents", "hourly value");
  }
}

/* A new client's income is not known until someone types it, and saying
 * it is not known again clears the amount. */
static void
test_client_income_known (void)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(DeskClient) built = g_object_new (DESK_TYPE_CLIENT, "annual-income-cents", (gint64) 0, NULL);

  g_assert_false (desk_client_get_income_known (client));
  g_assert_cmpint (desk_client_get_annual_income_cents (client), ==, 0);

  desk_client_set_annual_income_cents (client, 2500000);
  g_assert_true (desk_client_get_income_known (client));
  desk_client_set_income_known (client, FALSE);
  g_assert_false (desk_client_get_income_known (client));
  g_assert_cmpint (desk_client_get_annual_income_cents (client), ==, 0);

  /* No income at all is known too, once given. */
  desk_client_set_annual_income_cents (client, 0);
  g_assert_true (desk_client_get_income_known (client));
  g_assert_true (desk_client_get_income_known (built));
}

static void
test_today (void)
{
  g_autofree char *today = desk_today_iso ();

  g_assert_cmpstr (today, ==, TODAY);
}

static void
test_set_str (void)
{
  g_autofree char *field = NULL;

  g_assert_false (desk_set_str (&field, NULL));
  g_assert_true (desk_set_str (&field, "a"));
  g_assert_cmpstr (field, ==, "a");
  g_assert_false (desk_set_str (&field, "a"));
  g_assert_true (desk_set_str (&field, ""));
  g_assert_cmpstr (field, ==, "");
  g_assert_true (desk_set_str (&field, NULL));
  g_assert_null (field);
}

/* Mentoring profile ------------------------------------------------------- */

/* A mentor attorney who also wants a mentor, every profile field set. */
static DeskVolunteer *
make_profile (void)
{
  DeskVolunteer *volunteer = make_volunteer ();

  desk_record_set_id (DESK_RECORD (volunteer), 7);
  desk_volunteer_set_admission_year (volunteer, 2019);
  desk_volunteer_set_county (volunteer, "Franklin");
  desk_volunteer_set_remote_ok (volunteer, TRUE);
  desk_volunteer_set_availability (volunteer, DESK_AVAILABILITY_BIT (1, 2) | DESK_AVAILABILITY_BIT (3, 2));
  desk_volunteer_set_monthly_hours (volunteer, 6);
  desk_volunteer_set_meeting_modes (volunteer, DESK_MEETING_VIDEO | DESK_MEETING_PHONE);
  desk_volunteer_set_languages (volunteer, "English, Spanish");
  desk_volunteer_set_must_share_languages (volunteer, "Spanish");
  desk_volunteer_set_practice_areas (volunteer, "Housing, eviction defense");
  desk_volunteer_set_is_mentor (volunteer, TRUE);
  desk_volunteer_set_mentor_tier (volunteer, DESK_TIER_INTERMEDIATE);
  desk_volunteer_set_mentor_capacity (volunteer, 2);
  desk_volunteer_set_can_help_with (volunteer, DESK_GOAL_DRAFTING | DESK_GOAL_NEGOTIATION);
  desk_volunteer_set_training_date (volunteer, DESK_TRAINING_COACHING, "2025-03-01");
  desk_volunteer_set_training_date (volunteer, DESK_TRAINING_LEGAL_ETHICS, "2024-11-20");
  desk_volunteer_set_wants_mentor (volunteer, TRUE);
  desk_volunteer_set_mentee_tier (volunteer, DESK_TIER_INTERMEDIATE);
  desk_volunteer_set_mentee_goals (volunteer, DESK_GOAL_FIRST_HEARING);
  desk_volunteer_set_mentee_goals_text (volunteer, "Try my first jury trial");
  desk_volunteer_set_never_pair (volunteer, "12, 40");
  return volunteer;
}

static void
test_profile_valid (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();
  g_autoptr(DeskVolunteer) fresh = desk_volunteer_new ();

  assert_valid (volunteer);
  g_assert_cmpint (desk_volunteer_get_years_experience (volunteer), ==, 7);
  g_assert_cmpint (desk_volunteer_get_trainings (volunteer), ==, DESK_TRAINING_COACHING | DESK_TRAINING_LEGAL_ETHICS);
  g_assert_cmpstr (desk_volunteer_get_training_date (volunteer, DESK_TRAINING_COACHING), ==, "2025-03-01");

  /* A new volunteer is active, mentors nobody, and would take one mentee. */
  g_assert_true (desk_volunteer_get_active (fresh));
  g_assert_false (desk_volunteer_get_is_mentor (fresh));
  g_assert_cmpint (desk_volunteer_get_mentor_capacity (fresh), ==, 1);
  g_assert_cmpint (desk_volunteer_get_years_experience (fresh), ==, -1);
  desk_volunteer_set_role (fresh, DESK_VOLUNTEER_LAW_STUDENT);
  g_assert_cmpint (desk_volunteer_get_years_experience (fresh), ==, 0);
  g_assert_cmpstr (desk_enum_label (DESK_TYPE_VOLUNTEER_ROLE, DESK_VOLUNTEER_OTHER), ==, "Other");
  g_assert_cmpstr (desk_enum_nick (DESK_TYPE_VOLUNTEER_ROLE, DESK_VOLUNTEER_OTHER), ==, "other");
}

static void
test_profile_admission_year_future (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();

  desk_volunteer_set_admission_year (volunteer, 2027);
  assert_invalid (volunteer, "admission-year", "future");
  desk_volunteer_set_admission_year (volunteer, 2026);
  assert_valid (volunteer);
}

static void
test_profile_admission_year_too_early (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();

  desk_volunteer_set_admission_year (volunteer, 1939);
  assert_invalid (volunteer, "admission-year", "1940");
  desk_volunteer_set_admission_year (volunteer, 1940);
  assert_valid (volunteer);
}

static void
test_profile_student_admission_year (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();

  desk_volunteer_set_mentor_tier (volunteer, DESK_TIER_NONE);
  desk_volunteer_set_role (volunteer, DESK_VOLUNTEER_LAW_STUDENT);
  assert_invalid (volunteer, "admission-year", "law student");
}

static void
test_profile_monthly_hours (void)
{
  const int bad[] = { -1, 201, 10000 };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(DeskVolunteer) volunteer = make_profile ();

      desk_volunteer_set_monthly_hours (volunteer, bad[i]);
      assert_invalid (volunteer, "monthly-hours", "200");
    }
}

static void
test_profile_capacity_when_mentor (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();

  desk_volunteer_set_mentor_capacity (volunteer, 0);
  assert_invalid (volunteer, "mentor-capacity", "at least one");
  desk_volunteer_set_is_mentor (volunteer, FALSE);
  assert_valid (volunteer);
}

static void
test_profile_capacity_too_big (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();

  desk_volunteer_set_mentor_capacity (volunteer, 11);
  assert_invalid (volunteer, "mentor-capacity", "at most");
}

static void
test_profile_mentor_tier_novice (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();

  desk_volunteer_set_mentor_tier (volunteer, DESK_TIER_NOVICE);
  assert_invalid (volunteer, "mentor-tier", "novice");
}

static void
test_profile_senior_not_attorney (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();

  desk_volunteer_set_wants_mentor (volunteer, FALSE);
  desk_volunteer_set_admission_year (volunteer, 0);
  desk_volunteer_set_role (volunteer, DESK_VOLUNTEER_PARALEGAL);
  desk_volunteer_set_mentor_tier (volunteer, DESK_TIER_SENIOR);
  assert_invalid (volunteer, "mentor-tier", "attorney");
  desk_volunteer_set_mentor_tier (volunteer, DESK_TIER_INTERMEDIATE);
  assert_valid (volunteer);
}

static void
test_profile_mentee_tier_senior (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();

  desk_volunteer_set_mentee_tier (volunteer, DESK_TIER_SENIOR);
  assert_invalid (volunteer, "mentee-tier", "not senior");
}

static void
test_profile_tiers_both_sides (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();

  /* A senior mentor who is also someone's novice mentee makes no sense. */
  desk_volunteer_set_mentor_tier (volunteer, DESK_TIER_SENIOR);
  desk_volunteer_set_mentee_tier (volunteer, DESK_TIER_NOVICE);
  assert_invalid (volunteer, "mentee-tier", "intermediate");
  /* Untiered programs leave the tiers out. */
  desk_volunteer_set_mentor_tier (volunteer, DESK_TIER_NONE);
  assert_valid (volunteer);
}

static void
test_profile_mentee_goals (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();

  desk_volunteer_set_mentee_goals (volunteer, DESK_GOAL_NONE);
  assert_valid (volunteer);   /* the free text says it */
  desk_volunteer_set_mentee_goals_text (volunteer, "");
  assert_invalid (volunteer, "mentee-goals", "learn");
  desk_volunteer_set_wants_mentor (volunteer, FALSE);
  assert_valid (volunteer);
}

static void
test_profile_training_dates (void)
{
  const DeskTraining each[] = { DESK_TRAINING_COACHING, DESK_TRAINING_CULTURAL_COMPETENCE, DESK_TRAINING_LEGAL_ETHICS };
  const char *fields[] = { "coaching-trained-on", "cultural-competence-trained-on", "ethics-trained-on" };

  for (guint i = 0; i < G_N_ELEMENTS (each); i++)
    {
      g_autoptr(DeskVolunteer) volunteer = make_profile ();

      desk_volunteer_set_training_date (volunteer, each[i], "2025-02-30");
      assert_invalid (volunteer, fields[i], "real date");
      desk_volunteer_set_training_date (volunteer, each[i], "2026-06-16");
      assert_invalid (volunteer, fields[i], "future");
      desk_volunteer_set_training_date (volunteer, each[i], TODAY);
      assert_valid (volunteer);
      g_assert_true (desk_volunteer_get_trainings (volunteer) & each[i]);
    }
}

static void
test_profile_never_pair_self (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();

  desk_volunteer_add_never_pair (volunteer, 7);
  assert_invalid (volunteer, "never-pair", "own");
  desk_volunteer_remove_never_pair (volunteer, 7);
  assert_valid (volunteer);
  desk_volunteer_set_never_pair (volunteer, "12, Bob");
  assert_invalid (volunteer, "never-pair", "numbers");
}

static void
test_profile_must_share_spoken (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();

  desk_volunteer_set_must_share_languages (volunteer, "Spanish, Vietnamese");
  assert_invalid (volunteer, "must-share-languages", "Vietnamese");
  desk_volunteer_set_must_share_languages (volunteer, "spanish");
  assert_valid (volunteer);
}

static void
test_profile_language_text (void)
{
  const char *bad[] = { "English, Spa\"nish", "English; Spanish", "Back\\slash" };
  g_autoptr(DeskVolunteer) long_name = make_profile ();

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(DeskVolunteer) volunteer = make_profile ();

      desk_volunteer_set_must_share_languages (volunteer, "");
      desk_volunteer_set_languages (volunteer, bad[i]);
      assert_invalid (volunteer, "languages", "quotes");
    }
  desk_volunteer_set_languages (long_name, "English, Spanish, Pneumonoultramicroscopicsilicovolcanoconiosis");
  assert_invalid (long_name, "languages", "too long");
}

static void
test_profile_text_lengths (void)
{
  g_autofree char *long_text = g_strnfill (1001, 'a');
  g_autofree char *long_area = g_strnfill (61, 'b');
  g_autoptr(DeskVolunteer) goals = make_profile ();
  g_autoptr(DeskVolunteer) county = make_profile ();
  g_autoptr(DeskVolunteer) area = make_profile ();
  g_autoptr(DeskVolunteer) name = make_profile ();

  desk_volunteer_set_mentee_goals_text (goals, long_text);
  assert_invalid (goals, "mentee-goals-text", "too long");
  desk_volunteer_set_county (county, long_area);
  assert_invalid (county, "county", "too long");
  desk_volunteer_set_practice_areas (area, long_area);
  assert_invalid (area, "practice-areas", "too long");
  desk_volunteer_set_last_name (name, long_text);
  assert_invalid (name, "last-name", "too long");
}

static void
test_profile_all_problems (void)
{
  g_autoptr(DeskVolunteer) volunteer = make_profile ();
  g_autoptr(GPtrArray) problems = NULL;
  const char *expected[] = { "admission-year", "monthly-hours", "mentor-capacity", "mentee-tier",
                             "coaching-trained-on", "never-pair", "must-share-languages" };

  desk_volunteer_set_admission_year (volunteer, 2030);
  desk_volunteer_set_monthly_hours (volunteer, 500);
  desk_volunteer_set_mentor_capacity (volunteer, 0);
  desk_volunteer_set_mentee_tier (volunteer, DESK_TIER_SENIOR);
  desk_volunteer_set_training_date (volunteer, DESK_TRAINING_COACHING, "2030-01-01");
  desk_volunteer_set_never_pair (volunteer, "7");
  desk_volunteer_set_must_share_languages (volunteer, "Tagalog");

  problems = desk_record_check (DESK_RECORD (volunteer));
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_nonnull (desk_problems_find (problems, expected[i]));
}

static void
test_profile_lists (void)
{
  g_autoptr(DeskVolunteer) volunteer = desk_volunteer_new ();
  g_auto(GStrv) languages = NULL;
  g_auto(GStrv) areas = NULL;
  g_autoptr(GArray) ids = NULL;
  const char *set[] = { "Housing", "eviction defense", "housing", " ", NULL };

  desk_volunteer_add_language (volunteer, "English", FALSE);
  desk_volunteer_add_language (volunteer, "Spanish", TRUE);
  desk_volunteer_add_language (volunteer, "english", FALSE);   /* already there */
  g_assert_cmpstr (desk_volunteer_get_languages (volunteer), ==, "English, Spanish");
  g_assert_cmpstr (desk_volunteer_get_must_share_languages (volunteer), ==, "Spanish");
  g_assert_true (desk_volunteer_get_must_share (volunteer, "SPANISH"));
  g_assert_false (desk_volunteer_get_must_share (volunteer, "English"));
  desk_volunteer_add_language (volunteer, "Spanish", FALSE);
  g_assert_cmpstr (desk_volunteer_get_must_share_languages (volunteer), ==, "");
  desk_volunteer_remove_language (volunteer, "English");
  languages = desk_volunteer_dup_language_list (volunteer);
  g_assert_cmpuint (g_strv_length (languages), ==, 1);
  g_assert_cmpstr (languages[0], ==, "Spanish");

  desk_volunteer_set_practice_area_list (volunteer, set);
  g_assert_cmpstr (desk_volunteer_get_practice_areas (volunteer), ==, "Housing, eviction defense");
  areas = desk_volunteer_dup_practice_area_list (volunteer);
  g_assert_cmpuint (g_strv_length (areas), ==, 2);

  desk_volunteer_add_never_pair (volunteer, 12);
  desk_volunteer_add_never_pair (volunteer, 40);
  desk_volunteer_add_never_pair (volunteer, 12);
  g_assert_cmpstr (desk_volunteer_get_never_pair (volunteer), ==, "12, 40");
  ids = desk_volunteer_dup_never_pair_ids (volunteer);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, 40);
}

/* Pairing ------------------------------------------------------------------ */

static DeskPairing *
make_pairing (DeskPairingStatus status)
{
  DeskPairing *pairing = desk_pairing_new ();

  desk_pairing_set_mentor_id (pairing, 1);
  desk_pairing_set_mentee_id (pairing, 2);
  desk_pairing_set_proposed_on (pairing, "2026-03-02");
  desk_pairing_set_score (pairing, 74);
  if (status != DESK_PAIRING_PROPOSED)
    desk_pairing_set_decided_on (pairing, "2026-03-05");
  if (status == DESK_PAIRING_ACTIVE || status == DESK_PAIRING_COMPLETED)
    desk_pairing_set_started_on (pairing, "2026-03-10");
  if (status == DESK_PAIRING_COMPLETED || status == DESK_PAIRING_ENDED_EARLY)
    desk_pairing_set_ended_on (pairing, "2026-06-01");
  if (status == DESK_PAIRING_DECLINED || status == DESK_PAIRING_ENDED_EARLY)
    desk_pairing_set_end_reason (pairing, "Schedules never matched.");
  desk_pairing_set_status (pairing, status);
  return pairing;
}

static void
test_pairing_valid (void)
{
  for (int status = DESK_PAIRING_PROPOSED; status <= DESK_PAIRING_ENDED_EARLY; status++)
    {
      g_autoptr(DeskPairing) pairing = make_pairing (status);

      assert_valid (pairing);
    }
}

static void
test_pairing_people (void)
{
  g_autoptr(DeskPairing) pairing = make_pairing (DESK_PAIRING_PROPOSED);
  g_autoptr(DeskPairing) nobody = make_pairing (DESK_PAIRING_PROPOSED);

  desk_pairing_set_mentee_id (pairing, 1);
  assert_invalid (pairing, "mentee-id", "themselves");
  desk_pairing_set_mentor_id (nobody, 0);
  assert_invalid (nobody, "mentor-id", "mentor");
}

static void
test_pairing_dates (void)
{
  g_autoptr(DeskPairing) missing = make_pairing (DESK_PAIRING_PROPOSED);
  g_autoptr(DeskPairing) future = make_pairing (DESK_PAIRING_PROPOSED);
  g_autoptr(DeskPairing) early = make_pairing (DESK_PAIRING_ACTIVE);
  g_autoptr(DeskPairing) ended = make_pairing (DESK_PAIRING_COMPLETED);
  g_autoptr(DeskPairing) unreal = make_pairing (DESK_PAIRING_ACCEPTED);

  desk_pairing_set_proposed_on (missing, NULL);
  assert_invalid (missing, "proposed-on", "missing");
  desk_pairing_set_proposed_on (future, "2026-07-01");
  assert_invalid (future, "proposed-on", "future");
  desk_pairing_set_started_on (early, "2026-03-01");
  assert_invalid (early, "started-on", "before");
  desk_pairing_set_ended_on (ended, "2026-03-09");
  assert_invalid (ended, "ended-on", "before the pairing started");
  desk_pairing_set_decided_on (unreal, "2026-02-30");
  assert_invalid (unreal, "decided-on", "real date");
}

static void
test_pairing_status_needs (void)
{
  g_autoptr(DeskPairing) accepted = make_pairing (DESK_PAIRING_ACCEPTED);
  g_autoptr(DeskPairing) active = make_pairing (DESK_PAIRING_ACTIVE);
  g_autoptr(DeskPairing) completed = make_pairing (DESK_PAIRING_COMPLETED);
  g_autoptr(DeskPairing) declined = make_pairing (DESK_PAIRING_DECLINED);
  g_autoptr(DeskPairing) ended = make_pairing (DESK_PAIRING_ENDED_EARLY);

  desk_pairing_set_decided_on (accepted, NULL);
  assert_invalid (accepted, "decided-on", "decision");
  desk_pairing_set_started_on (active, NULL);
  assert_invalid (active, "started-on", "started");
  desk_pairing_set_ended_on (completed, NULL);
  assert_invalid (completed, "ended-on", "ended");
  desk_pairing_set_end_reason (declined, " ");
  assert_invalid (declined, "end-reason", "declined");
  desk_pairing_set_end_reason (ended, "");
  assert_invalid (ended, "end-reason", "ended early");
}

static void
test_pairing_numbers (void)
{
  g_autoptr(DeskPairing) score = make_pairing (DESK_PAIRING_PROPOSED);
  g_autoptr(DeskPairing) weeks = make_pairing (DESK_PAIRING_PROPOSED);
  g_autofree char *long_text = g_strnfill (1001, 'x');
  g_autoptr(DeskPairing) explanation = make_pairing (DESK_PAIRING_PROPOSED);

  desk_pairing_set_score (score, 101);
  assert_invalid (score, "score", "100");
  desk_pairing_set_check_in_weeks (weeks, 0);
  assert_invalid (weeks, "check-in-weeks", "weeks");
  desk_pairing_set_explanation (explanation, long_text);
  assert_invalid (explanation, "explanation", "too long");
}

static void
test_pairing_stale (void)
{
  g_autoptr(DeskPairing) pairing = make_pairing (DESK_PAIRING_PROPOSED);
  g_autoptr(DeskPairing) accepted = make_pairing (DESK_PAIRING_ACCEPTED);

  /* Proposed on 2 March: 14 days later is the 16th. */
  g_assert_false (desk_pairing_is_stale (pairing, "2026-03-15", 14));
  g_assert_true (desk_pairing_is_stale (pairing, "2026-03-16", 14));
  g_assert_false (desk_pairing_is_stale (accepted, TODAY, 14));
  g_assert_true (desk_pairing_is_live (accepted));
}

static void
test_pairing_lifecycle (void)
{
  static const struct { DeskPairingStatus from, to; gboolean allowed; } moves[] = {
    { DESK_PAIRING_PROPOSED, DESK_PAIRING_ACCEPTED, TRUE },
    { DESK_PAIRING_PROPOSED, DESK_PAIRING_DECLINED, TRUE },
    { DESK_PAIRING_PROPOSED, DESK_PAIRING_ACTIVE, FALSE },
    { DESK_PAIRING_PROPOSED, DESK_PAIRING_ENDED_EARLY, FALSE },
    { DESK_PAIRING_ACCEPTED, DESK_PAIRING_ACTIVE, TRUE },
    { DESK_PAIRING_ACCEPTED, DESK_PAIRING_ENDED_EARLY, TRUE },
    { DESK_PAIRING_ACCEPTED, DESK_PAIRING_COMPLETED, FALSE },
    { DESK_PAIRING_ACCEPTED, DESK_PAIRING_PROPOSED, FALSE },
    { DESK_PAIRING_ACTIVE, DESK_PAIRING_COMPLETED, TRUE },
    { DESK_PAIRING_ACTIVE, DESK_PAIRING_ENDED_EARLY, TRUE },
    { DESK_PAIRING_ACTIVE, DESK_PAIRING_DECLINED, FALSE },
    { DESK_PAIRING_COMPLETED, DESK_PAIRING_ACTIVE, FALSE },
    { DESK_PAIRING_DECLINED, DESK_PAIRING_PROPOSED, FALSE },
    { DESK_PAIRING_ENDED_EARLY, DESK_PAIRING_ACTIVE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      g_autoptr(DeskPairing) pairing = make_pairing (moves[i].from);
      g_autoptr(GError) error = NULL;
      gboolean moved;

      g_assert_cmpint (desk_pairing_status_can_change (moves[i].from, moves[i].to), ==, moves[i].allowed);
      moved = desk_pairing_change_status (pairing, moves[i].to, "No time this year.", "2026-06-10", &error);
      g_assert_cmpint (moved, ==, moves[i].allowed);
      if (!moved)
        {
          g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
          g_assert_cmpstr (desk_error_get_field (error), ==, "status");
          g_assert_cmpint (desk_pairing_get_status (pairing), ==, moves[i].from);
          continue;
        }
      g_assert_no_error (error);
      g_assert_cmpint (desk_pairing_get_status (pairing), ==, moves[i].to);
      assert_valid (pairing);
    }
}

static void
test_pairing_change_fills_dates (void)
{
  g_autoptr(DeskPairing) pairing = make_pairing (DESK_PAIRING_PROPOSED);
  g_autoptr(GError) error = NULL;

  desk_pairing_set_pinned (pairing, TRUE);
  g_assert_false (desk_pairing_change_status (pairing, DESK_PAIRING_DECLINED, " ", NULL, &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "end-reason");
  g_clear_error (&error);

  g_assert_true (desk_pairing_change_status (pairing, DESK_PAIRING_ACCEPTED, NULL, "2026-03-04", &error));
  g_assert_cmpstr (desk_pairing_get_decided_on (pairing), ==, "2026-03-04");
  g_assert_false (desk_pairing_get_pinned (pairing));
  g_assert_true (desk_pairing_change_status (pairing, DESK_PAIRING_ACTIVE, NULL, NULL, &error));
  g_assert_cmpstr (desk_pairing_get_started_on (pairing), ==, TODAY);
  g_assert_true (desk_pairing_change_status (pairing, DESK_PAIRING_ENDED_EARLY, "The mentee moved away.", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (desk_pairing_get_ended_on (pairing), ==, TODAY);
  g_assert_cmpstr (desk_pairing_get_end_reason (pairing), ==, "The mentee moved away.");
  assert_valid (pairing);
}

/* Objectives, check-ins and their updates ---------------------------------- */

static void
test_objective_rules (void)
{
  g_autoptr(DeskObjective) objective = desk_objective_new ();
  g_autofree char *long_text = g_strnfill (501, 'o');

  desk_objective_set_pairing_id (objective, 3);
  desk_objective_set_description (objective, "Draft an answer to an eviction complaint");
  desk_objective_set_set_on (objective, "2026-03-10");
  assert_valid (objective);
  g_assert_cmpint (desk_objective_get_status (objective), ==, DESK_OBJECTIVE_NOT_STARTED);

  desk_objective_set_description (objective, "");
  assert_invalid (objective, "description", "objective");
  desk_objective_set_description (objective, long_text);
  assert_invalid (objective, "description", "too long");
  desk_objective_set_description (objective, "Argue a motion");
  desk_objective_set_set_on (objective, "2026-07-01");
  assert_invalid (objective, "set-on", "future");
  desk_objective_set_set_on (objective, "2026-03-10");
  desk_objective_set_pairing_id (objective, 0);
  assert_invalid (objective, "pairing-id", "pairing");
}

static DeskCheckIn *
make_check_in (gboolean held)
{
  DeskCheckIn *check_in = desk_check_in_new ();

  desk_check_in_set_pairing_id (check_in, 3);
  desk_check_in_set_date (check_in, held ? "2026-05-04" : "2026-07-06");
  desk_check_in_set_held (check_in, held);
  if (held)
    {
      desk_check_in_set_mentor_rating (check_in, 4);
      desk_check_in_set_mentee_rating (check_in, 5);
      desk_check_in_set_fit (check_in, 4);
    }
  return check_in;
}

static void
test_check_in_rules (void)
{
  g_autoptr(DeskCheckIn) held = make_check_in (TRUE);
  g_autoptr(DeskCheckIn) planned = make_check_in (FALSE);
  g_autoptr(DeskCheckIn) future = make_check_in (TRUE);
  g_autoptr(DeskCheckIn) no_date = make_check_in (FALSE);
  g_autoptr(DeskCheckIn) no_pairing = make_check_in (FALSE);

  assert_valid (held);
  assert_valid (planned);
  desk_check_in_set_date (future, "2026-06-16");
  assert_invalid (future, "date", "future");
  desk_check_in_set_date (no_date, NULL);
  assert_invalid (no_date, "date", "missing");
  desk_check_in_set_pairing_id (no_pairing, 0);
  assert_invalid (no_pairing, "pairing-id", "pairing");
}

static void
test_check_in_ratings (void)
{
  const char *fields[] = { "mentor-rating", "mentee-rating", "fit" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autoptr(DeskCheckIn) held = make_check_in (TRUE);
      g_autoptr(DeskCheckIn) planned = make_check_in (FALSE);

      g_object_set (held, fields[i], 6, NULL);
      assert_invalid (held, fields[i], "1 to 5");
      g_object_set (held, fields[i], -1, NULL);
      assert_invalid (held, fields[i], "1 to 5");
      g_object_set (held, fields[i], 0, NULL);   /* no answer */
      assert_valid (held);
      g_object_set (planned, fields[i], 3, NULL);
      assert_invalid (planned, fields[i], "not been held");
    }
}

static void
test_objective_update_rules (void)
{
  g_autoptr(DeskObjectiveUpdate) update = desk_objective_update_new ();
  g_autofree char *long_text = g_strnfill (1001, 'n');

  desk_objective_update_set_objective_id (update, 4);
  desk_objective_update_set_check_in_id (update, 9);
  desk_objective_update_set_note (update, "Filed the answer with the court.");
  assert_valid (update);
  g_assert_cmpint (desk_objective_update_get_status (update), ==, DESK_OBJECTIVE_IN_PROGRESS);
  desk_objective_update_set_note (update, long_text);
  assert_invalid (update, "note", "too long");
  desk_objective_update_set_note (update, "");
  desk_objective_update_set_objective_id (update, 0);
  assert_invalid (update, "objective-id", "objective");
  desk_objective_update_set_objective_id (update, 4);
  desk_objective_update_set_check_in_id (update, 0);
  assert_invalid (update, "check-in-id", "check-in");
}

int
main (int   argc,
      char *argv[])
{
  /* Date rules are relative to "today"; pin it even when run by hand. */
  g_setenv ("DESK_TODAY", TODAY, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/client/new-defaults", test_client_new_defaults);
  g_test_add_func ("/model/client/valid", test_client_valid);
  g_test_add_func ("/model/client/missing-first-name", test_client_missing_first_name);
  g_test_add_func ("/model/client/missing-last-name", test_client_missing_last_name);
  g_test_add_func ("/model/client/first-name-checked-first", test_client_first_name_checked_before_last);
  g_test_add_func ("/model/client/bad-emails", test_client_bad_emails);
  g_test_add_func ("/model/client/good-email", test_client_good_email);
  g_test_add_func ("/model/client/birth-date-future", test_client_birth_date_future);
  g_test_add_func ("/model/client/birth-date-not-real", test_client_birth_date_not_real);
  g_test_add_func ("/model/client/intake-date-future", test_client_intake_date_future);
  g_test_add_func ("/model/client/intake-date-missing", test_client_intake_date_missing);
  g_test_add_func ("/model/client/negative-income", test_client_negative_income);
  g_test_add_func ("/model/client/no-adults", test_client_no_adults);

  g_test_add_func ("/model/case/new-defaults", test_case_new_defaults);
  g_test_add_func ("/model/case/valid", test_case_valid);
  g_test_add_func ("/model/case/without-client", test_case_without_client);
  g_test_add_func ("/model/case/without-problem-code", test_case_without_problem_code);
  g_test_add_func ("/model/case/blank-title", test_case_blank_title);
  g_test_add_func ("/model/case/opened-on-missing", test_case_opened_on_missing);
  g_test_add_func ("/model/case/opened-on-future", test_case_opened_on_future);
  g_test_add_func ("/model/case/closed-on-not-real", test_case_closed_on_not_real);
  g_test_add_func ("/model/case/closed-before-opened", test_case_closed_before_opened);
  g_test_add_func ("/model/case/closed-without-closing-code", test_case_closed_without_closing_code);
  g_test_add_func ("/model/case/closed-without-outcome", test_case_closed_without_outcome);
  g_test_add_func ("/model/case/closed-without-closing-date", test_case_closed_without_closing_date);
  g_test_add_func ("/model/case/rejected-without-reason", test_case_rejected_without_reason);
  g_test_add_func ("/model/case/placed-without-volunteer", test_case_placed_without_volunteer);
  g_test_add_func ("/model/case/closing-code-when-not-closed", test_case_closing_code_when_not_closed);
  g_test_add_func ("/model/case/negative-amount", test_case_negative_amount);

  g_test_add_func ("/model/volunteer/valid", test_volunteer_valid);
  g_test_add_func ("/model/volunteer/missing-first-name", test_volunteer_missing_first_name);
  g_test_add_func ("/model/volunteer/missing-last-name", test_volunteer_missing_last_name);
  g_test_add_func ("/model/volunteer/bad-email", test_volunteer_bad_email);
  g_test_add_func ("/model/volunteer/negative-hourly-value", test_volunteer_negative_hourly_value);

  g_test_add_func ("/model/profile/valid", test_profile_valid);
  g_test_add_func ("/model/profile/admission-year-future", test_profile_admission_year_future);
  g_test_add_func ("/model/profile/admission-year-too-early", test_profile_admission_year_too_early);
  g_test_add_func ("/model/profile/student-admission-year", test_profile_student_admission_year);
  g_test_add_func ("/model/profile/monthly-hours", test_profile_monthly_hours);
  g_test_add_func ("/model/profile/capacity-when-mentor", test_profile_capacity_when_mentor);
  g_test_add_func ("/model/profile/capacity-too-big", test_profile_capacity_too_big);
  g_test_add_func ("/model/profile/mentor-tier-novice", test_profile_mentor_tier_novice);
  g_test_add_func ("/model/profile/senior-not-attorney", test_profile_senior_not_attorney);
  g_test_add_func ("/model/profile/mentee-tier-senior", test_profile_mentee_tier_senior);
  g_test_add_func ("/model/profile/tiers-both-sides", test_profile_tiers_both_sides);
  g_test_add_func ("/model/profile/mentee-goals", test_profile_mentee_goals);
  g_test_add_func ("/model/profile/training-dates", test_profile_training_dates);
  g_test_add_func ("/model/profile/never-pair-self", test_profile_never_pair_self);
  g_test_add_func ("/model/profile/must-share-spoken", test_profile_must_share_spoken);
  g_test_add_func ("/model/profile/language-text", test_profile_language_text);
  g_test_add_func ("/model/profile/text-lengths", test_profile_text_lengths);
  g_test_add_func ("/model/profile/all-problems", test_profile_all_problems);
  g_test_add_func ("/model/profile/lists", test_profile_lists);

  g_test_add_func ("/model/pairing/valid", test_pairing_valid);
  g_test_add_func ("/model/pairing/people", test_pairing_people);
  g_test_add_func ("/model/pairing/dates", test_pairing_dates);
  g_test_add_func ("/model/pairing/status-needs", test_pairing_status_needs);
  g_test_add_func ("/model/pairing/numbers", test_pairing_numbers);
  g_test_add_func ("/model/pairing/stale", test_pairing_stale);
  g_test_add_func ("/model/pairing/lifecycle", test_pairing_lifecycle);
  g_test_add_func ("/model/pairing/change-fills-dates", test_pairing_change_fills_dates);
  g_test_add_func ("/model/objective/rules", test_objective_rules);
  g_test_add_func ("/model/check-in/rules", test_check_in_rules);
  g_test_add_func ("/model/check-in/ratings", test_check_in_ratings);
  g_test_add_func ("/model/objective-update/rules", test_objective_update_rules);

  g_test_add_func ("/model/party/valid", test_party_valid);
  g_test_add_func ("/model/party/missing-name", test_party_missing_name);

  g_test_add_func ("/model/error/field", test_error_field);
  g_test_add_func ("/model/problems/client", test_client_all_problems);
  g_test_add_func ("/model/problems/case", test_case_all_problems);
  g_test_add_func ("/model/checks/time-of-day", test_time_of_day_parse);
  g_test_add_func ("/model/checks/date-parse", test_date_parse);

  g_test_add_func ("/model/properties/round-trip", test_property_round_trip);
  g_test_add_func ("/model/properties/specs", test_property_specs);
  g_test_add_func ("/model/properties/notify", test_notify);

  g_test_add_func ("/model/enums/nicks", test_enum_nicks);

  g_test_add_func ("/model/checks/date-is-valid", test_date_is_valid);
  g_test_add_func ("/model/checks/email-is-valid", test_email_is_valid);
  g_test_add_func ("/model/checks/text-is-blank", test_text_is_blank);
  g_test_add_func ("/model/checks/parse-money", test_parse_money);
  g_test_add_func ("/model/hostile/every-text-field", test_every_text_field_bounded);
  g_test_add_func ("/model/hostile/names", test_hostile_names);
  g_test_add_func ("/model/hostile/client-numbers", test_hostile_client_numbers);
  g_test_add_func ("/model/client/income-known", test_client_income_known);
  g_test_add_func ("/model/checks/today", test_today);
  g_test_add_func ("/model/checks/set-str", test_set_str);

  return g_test_run ();
}
