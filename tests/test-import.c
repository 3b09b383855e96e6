/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Spreadsheet import: the mapping guessed from headers, each kind of
 * record, the dry-run report, duplicates, all-or-nothing, cancelling,
 * undoing a batch and its audit rows. */
#define G_LOG_DOMAIN "test-import"

#include "config.h"

#include <glib/gstdio.h>
#include <grp.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "desk-error.h"
#include "desk-import.h"
#include "desk-store-grants.h"
#include "desk-store-import.h"
#include "desk-test.h"

typedef DeskTestStore Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  desk_test_store_open (f, "test-import");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  desk_test_store_close (f);
}

static DeskImport *
load (Fixture        *f,
      DeskImportKind  kind,
      const char     *name,
      const char     *text)
{
  g_autoptr(GError) error = NULL;
  DeskImport *import = desk_import_new (f->store, kind);

  g_assert_true (desk_import_load_data (import, name, text, strlen (text), DESK_CSV_ENCODING_UTF8, &error));
  g_assert_no_error (error);
  return import;
}

static DeskImportReport *
check (DeskImport *import)
{
  g_autoptr(GError) error = NULL;
  DeskImportReport *report = desk_import_check (import, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static DeskImportReport *
run_ok (DeskImport *import)
{
  g_autoptr(GError) error = NULL;
  DeskImportReport *report = desk_import_run (import, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpint (report->batch_id, >, 0);
  return report;
}

static DeskImportRow *
row_on_line (DeskImportReport *report,
             guint             line)
{
  for (guint i = 0; i < report->rows->len; i++)
    {
      DeskImportRow *row = g_ptr_array_index (report->rows, i);

      if (row->line == line)
        return row;
    }
  g_error ("No row of the report is on line %u", line);
}

/* The row has a problem whose sentence holds @text. */
static void
assert_problem (DeskImportRow *row,
                const char    *text)
{
  for (guint i = 0; i < row->problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (row->problems, i);

      if (strstr (problem->message, text) != NULL)
        return;
    }
  for (guint i = 0; i < row->problems->len; i++)
    g_test_message ("line %u: %s", row->line, ((GError *) g_ptr_array_index (row->problems, i))->message);
  g_error ("Line %u has no problem saying “%s”", row->line, text);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return desk_test_query_int (f->store, sql);
}

static DeskClient *
new_client (Fixture    *f,
            const char *first,
            const char *last,
            const char *birth_date)
{
  return desk_test_new_record (f->store, DESK_TYPE_CLIENT, "first-name", first, "last-name", last,
                               "birth-date", birth_date, "intake-date", "2026-01-02", NULL);
}

static DeskVolunteer *
new_volunteer (Fixture    *f,
               const char *first,
               const char *last,
               const char *email)
{
  return desk_test_new_record (f->store, DESK_TYPE_VOLUNTEER, "first-name", first, "last-name", last,
                               "email", email, NULL);
}

static gint64
id_of (gpointer record)
{
  return desk_record_get_id (DESK_RECORD (record));
}

/* ---- the mapping --------------------------------------------------------- */

static void
assert_mapped (DeskImport *import,
               const char *target,
               int         column)
{
  if (desk_import_get_mapping (import, target) != column)
    g_error ("%s reads column %d, not %d", target, desk_import_get_mapping (import, target), column);
}

static void
test_guess_mapping (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DeskImport) spanish = load (f, DESK_IMPORT_CLIENTS, "a.csv",
                                        "Apellido,Nombre,Fecha de Nacimiento,Teléfono,E-Mail,Household Income,"
                                        "Notas,Favourite colour\n");
  g_autoptr(DeskImport) english = load (f, DESK_IMPORT_CLIENTS, "b.csv", "SURNAME;Given Name;D.O.B.;Intake\n");
  g_autoptr(DeskImport) cases = load (f, DESK_IMPORT_CASES, "c.csv",
                                      "Case #,Client,DOB,Problem,Opened,Closed,Closing Code,Outcome,Volunteer\n");
  g_autoptr(DeskImport) time = load (f, DESK_IMPORT_TIME_ENTRIES, "d.csv",
                                     "Case Number\tVolunteer E-mail\tDate\tHours\tDescription\tGrant\n");
  g_autoptr(GError) error = NULL;

  assert_mapped (spanish, "last-name", 0);
  assert_mapped (spanish, "first-name", 1);
  assert_mapped (spanish, "birth-date", 2);
  assert_mapped (spanish, "phone", 3);
  assert_mapped (spanish, "email", 4);
  assert_mapped (spanish, "annual-income", 5);
  assert_mapped (spanish, "notes", 6);
  assert_mapped (spanish, "county", -1);
  g_assert_true (desk_import_check_mapping (spanish, &error));
  g_assert_no_error (error);

  g_assert_cmpint (desk_import_get_delimiter (english), ==, ';');
  assert_mapped (english, "last-name", 0);
  assert_mapped (english, "first-name", 1);
  assert_mapped (english, "birth-date", 2);
  assert_mapped (english, "intake-date", 3);

  assert_mapped (cases, "case-number", 0);
  assert_mapped (cases, "client", 1);
  assert_mapped (cases, "client-birth-date", 2);
  assert_mapped (cases, "problem-code", 3);
  assert_mapped (cases, "opened-on", 4);
  assert_mapped (cases, "closed-on", 5);
  assert_mapped (cases, "closing-code", 6);
  assert_mapped (cases, "outcome", 7);
  assert_mapped (cases, "volunteer", 8);
  assert_mapped (cases, "client-id", -1);

  assert_mapped (time, "case", 0);
  assert_mapped (time, "volunteer", 1);
  assert_mapped (time, "worked-on", 2);
  assert_mapped (time, "hours", 3);
  assert_mapped (time, "activity", 4);
  assert_mapped (time, "grant", 5);
}

static void
test_edit_mapping (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CLIENTS, "a.csv", "Given,Family,Born,Other\nAna,Li,,x\n");
  g_autoptr(GError) error = NULL;
  guint n_targets;
  const DeskImportTarget *targets = desk_import_kind_get_targets (DESK_IMPORT_CLIENTS, &n_targets);

  /* The required fields are listed as such. */
  g_assert_cmpstr (targets[0].name, ==, "first-name");
  g_assert_true (targets[0].required);
  g_assert_true (targets[1].required);
  g_assert_false (targets[2].required);

  /* Nothing guessed for "Given" and "Family": the check names what is missing. */
  g_assert_false (desk_import_check_mapping (import, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "First name, Last name"));
  g_clear_error (&error);

  /* By header (case aside) and by number. */
  g_assert_true (desk_import_map (import, "first-name=given", &error));
  g_assert_no_error (error);
  g_assert_true (desk_import_map (import, "last-name=2", &error));
  g_assert_no_error (error);
  g_assert_true (desk_import_map (import, "birth-date=Born", &error));
  assert_mapped (import, "first-name", 0);
  assert_mapped (import, "last-name", 1);
  assert_mapped (import, "birth-date", 2);
  g_assert_true (desk_import_check_mapping (import, &error));
  g_assert_no_error (error);

  /* Mapped to nothing. */
  g_assert_true (desk_import_map (import, "birth-date=", &error));
  assert_mapped (import, "birth-date", -1);

  g_assert_false (desk_import_map (import, "shoe-size=Other", &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no field “shoe-size”"));
  g_assert_nonnull (strstr (error->message, "first-name, last-name"));
  g_clear_error (&error);
  g_assert_false (desk_import_map (import, "phone=Mobile", &error));
  g_assert_nonnull (strstr (error->message, "no column “Mobile”; its columns are “Given”"));
  g_clear_error (&error);
  g_assert_false (desk_import_map (import, "phone=9", &error));
  g_clear_error (&error);
  g_assert_false (desk_import_map (import, "phone", &error));
  g_assert_nonnull (strstr (error->message, "field=column"));
  g_clear_error (&error);

  /* One column for two fields is a mistake. */
  g_assert_true (desk_import_map (import, "notes=Given", &error));
  g_assert_false (desk_import_check_mapping (import, &error));
  g_assert_nonnull (strstr (error->message, "“Given” is chosen for both “First name” and “Notes”"));
}

/* ---- each kind --------------------------------------------------------- */

static void
test_import_clients (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CLIENTS, "clients.csv",
                                       "First Name,Last Name,DOB,Phone,Email,Household Income,Adults,Children,"
                                       "Gender,Intake Date,Notes\r\n"
                                       "Ana,García,4/2/1980,555-0100,ana@example.org,\"$23,400\",2,1,Female,"
                                       "2026-01-15,\"Two lines\r\nof notes\"\r\n"
                                       ",,,,,,,,,,\r\n"
                                       "Bo,Li,,,,,,,,,\r\n");
  g_autoptr(DeskImportReport) report = run_ok (import);
  g_autoptr(DeskClient) ana = NULL;
  g_autoptr(DeskClient) bo = NULL;
  g_autoptr(DeskImportBatch) batch = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  /* The blank row is no row. */
  g_assert_cmpuint (report->n_rows, ==, 2);
  g_assert_cmpuint (report->n_create, ==, 2);
  g_assert_cmpuint (report->n_bad, ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM clients"), ==, 2);

  ana = desk_store_get_client (f->store, count (f, "SELECT id FROM clients WHERE last_name = 'García'"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desk_client_get_first_name (ana), ==, "Ana");
  g_assert_cmpstr (desk_client_get_birth_date (ana), ==, "1980-04-02");
  g_assert_cmpstr (desk_client_get_phone (ana), ==, "555-0100");
  g_assert_cmpint (desk_client_get_annual_income_cents (ana), ==, 2340000);
  g_assert_true (desk_client_get_income_known (ana));
  g_assert_cmpint (desk_client_get_household_adults (ana), ==, 2);
  g_assert_cmpint (desk_client_get_household_children (ana), ==, 1);
  g_assert_cmpint (desk_client_get_gender (ana), ==, DESK_GENDER_FEMALE);
  g_assert_cmpstr (desk_client_get_intake_date (ana), ==, "2026-01-15");
  g_assert_cmpstr (desk_client_get_notes (ana), ==, "Two lines\nof notes");

  /* What the file leaves out is as a new client has it. */
  bo = desk_store_get_client (f->store, count (f, "SELECT id FROM clients WHERE last_name = 'Li'"), &error);
  g_assert_cmpstr (desk_client_get_intake_date (bo), ==, "2026-06-15");
  g_assert_false (desk_client_get_income_known (bo));
  g_assert_null (desk_client_get_birth_date (bo));

  /* The batch: its row, and its id on every audit row it wrote (the
   * import, the store's batch row, a create and a conflict check each). */
  batch = desk_store_get_import (f->store, report->batch_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (batch->kind, ==, "clients");
  g_assert_cmpstr (batch->file_name, ==, "clients.csv");
  g_assert_cmpuint (batch->rows_read, ==, 2);
  g_assert_cmpuint (batch->created, ==, 2);
  g_assert_null (batch->undone_at);
  sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE import_id = %" G_GINT64_FORMAT, report->batch_id);
  g_assert_cmpint (count (f, sql), ==, 6);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE import_id IS NULL AND entity = 'client'"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE entity = 'import' AND action = 'import' "
                             "AND fields LIKE 'file: clients.csv; kind: clients; rows: 2; created: 2;%'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE entity = 'client' AND action = 'create'"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'conflict-check' "
                             "AND fields LIKE '%decision: imported'"), ==, 2);

  /* The conflict check knows the new names. */
  hits = desk_store_find_conflicts (f->store, "Ana Garcia", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
}

static void
test_import_cases (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DeskClient) maria = new_client (f, "María", "García", "1980-04-02");
  g_autoptr(DeskClient) other_maria = new_client (f, "Maria", "Garcia", "1975-01-01");
  g_autoptr(DeskClient) bo = new_client (f, "Bo", "Li", NULL);
  g_autoptr(DeskVolunteer) robert = new_volunteer (f, "Robert", "Chen", "rchen@example.org");
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CASES, "cases.csv",
                                       "Case #,Client,DOB,Problem,Title,Opened,Closed,Closing Code,Outcome,Volunteer\n"
                                       "2025-00042,\"Garcia, Maria\",4/2/1980,63,Eviction,2025-03-01,2025-09-01,A,"
                                       "Favorable,Robert Chen\n"
                                       ",Bo Li,,Private Landlord/Tenant,,2026-02-01,,,,RChen@Example.org\n"
                                       ",MARIA GARCIA,1975-01-01,1,,2026-01-05,,,,\n");
  g_autoptr(DeskImportReport) report = run_ok (import);
  g_autoptr(DeskCase) first = NULL;
  g_autoptr(DeskCase) second = NULL;
  g_autoptr(DeskCase) third = NULL;
  g_autoptr(DeskCase) later = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (report->n_create, ==, 3);

  first = desk_store_get_case (f->store, count (f, "SELECT id FROM cases WHERE case_number = '2025-00042'"), &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_case_get_client_id (first), ==, id_of (maria));
  g_assert_cmpstr (desk_case_get_problem_code (first), ==, "63");
  g_assert_cmpstr (desk_case_get_title (first), ==, "Eviction");
  g_assert_cmpint (desk_case_get_status (first), ==, DESK_CASE_STATUS_CLOSED);
  g_assert_cmpstr (desk_case_get_closing_code (first), ==, "A");
  g_assert_cmpint (desk_case_get_outcome (first), ==, DESK_OUTCOME_FAVOURABLE);
  g_assert_cmpint (desk_case_get_volunteer_id (first), ==, id_of (robert));

  /* By a problem's name and a volunteer's address (any case): placed, and
   * called after its problem. */
  second = desk_store_get_case (f->store, count (f, "SELECT id FROM cases WHERE client_id = (SELECT id FROM clients "
                                                    "WHERE last_name = 'Li')"), &error);
  g_assert_cmpstr (desk_case_get_problem_code (second), ==, "63");
  g_assert_cmpint (desk_case_get_status (second), ==, DESK_CASE_STATUS_PLACED);
  g_assert_cmpstr (desk_case_get_title (second), ==, "Private Landlord/Tenant");
  g_assert_cmpint (desk_case_get_volunteer_id (second), ==, id_of (robert));
  g_assert_cmpstr (desk_case_get_case_number (second), ==, "2026-00001");

  /* The date of birth tells the two Marias apart; "1" is problem code 01. */
  third = desk_store_get_case (f->store, count (f, "SELECT id FROM cases WHERE opened_on = '2026-01-05'"), &error);
  g_assert_cmpint (desk_case_get_client_id (third), ==, id_of (other_maria));
  g_assert_cmpstr (desk_case_get_problem_code (third), ==, "01");
  g_assert_cmpint (desk_case_get_status (third), ==, DESK_CASE_STATUS_OPEN);

  /* A number the file gave is never handed out again. */
  later = desk_test_new_record (f->store, DESK_TYPE_CASE, "client-id", id_of (bo), "problem-code", "63",
                                "title", "Later", "opened-on", "2025-10-01", NULL);
  g_assert_cmpstr (desk_case_get_case_number (later), ==, "2025-00043");

  /* Found by the full-text search like any other case. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM case_search WHERE case_search MATCH 'eviction'"), ==, 1);
}

static void
test_import_volunteers (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_VOLUNTEERS, "volunteers.csv",
                                       "First,Last,Email,Role,Mentor,Bar Number,Practice Areas,Hourly Rate\n"
                                       "Robert,Chen,rchen@example.org,Lawyer,yes,12345,\"Housing, Family\",150\n"
                                       "Dana,Ortiz,,Law student,no,,,\n");
  g_autoptr(DeskImportReport) report = run_ok (import);
  g_autoptr(DeskVolunteer) robert = NULL;
  g_autoptr(DeskVolunteer) dana = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (report->n_create, ==, 2);
  robert = desk_store_get_volunteer (f->store, count (f, "SELECT id FROM volunteers WHERE last_name = 'Chen'"), &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_volunteer_get_role (robert), ==, DESK_VOLUNTEER_ATTORNEY);
  g_assert_true (desk_volunteer_get_is_mentor (robert));
  g_assert_cmpstr (desk_volunteer_get_bar_number (robert), ==, "12345");
  g_assert_cmpstr (desk_volunteer_get_practice_areas (robert), ==, "Housing, Family");
  g_assert_cmpint (desk_volunteer_get_hourly_value_cents (robert), ==, 15000);
  g_assert_cmpint (count (f, "SELECT count(*) FROM volunteer_practice_areas"), ==, 2);

  dana = desk_store_get_volunteer (f->store, count (f, "SELECT id FROM volunteers WHERE last_name = 'Ortiz'"), &error);
  g_assert_cmpint (desk_volunteer_get_role (dana), ==, DESK_VOLUNTEER_LAW_STUDENT);
  g_assert_false (desk_volunteer_get_is_mentor (dana));
}

static void
test_import_time (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DeskClient) client = new_client (f, "Ana", "Li", NULL);
  g_autoptr(DeskCase) kase = desk_test_new_record (f->store, DESK_TYPE_CASE, "client-id", id_of (client),
                                                   "problem-code", "63", "title", "Eviction",
                                                   "opened-on", "2026-05-01", NULL);
  g_autoptr(DeskVolunteer) robert = new_volunteer (f, "Robert", "Chen", "rchen@example.org");
  g_autoptr(DeskVolunteer) dana = new_volunteer (f, "Dana", "Ortiz", "dana@example.org");
  g_autoptr(DeskFunder) funder = desk_test_new_record (f->store, DESK_TYPE_FUNDER, "name", "Bar Foundation", NULL);
  g_autoptr(DeskGrant) grant = g_object_new (DESK_TYPE_GRANT, "funder-id", id_of (funder),
                                             "name", "Tenant Defense 2026", "grant-number", "TD-26",
                                             "period-start", "2026-01-01", "period-end", "2026-12-31", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(DeskImport) import = NULL;
  g_autoptr(DeskImportReport) report = NULL;

  g_assert_true (desk_store_save_grant (f->store, grant, &error));
  g_assert_no_error (error);

  text = g_strdup_printf ("Case Number,Volunteer,Date,Hours,Description,Grant\n"
                          "%1$s,Robert Chen,6/1/2026,1.5,Called the landlord,\n"
                          "%1$s,dana@example.org,2026-06-02,1:30,Drafted the answer,Tenant Defense 2026\n"
                          "%1$s,\"Ortiz, Dana\",2026-06-03,\"2,0\",Hearing,TD-26\n",
                          desk_case_get_case_number (kase));
  import = load (f, DESK_IMPORT_TIME_ENTRIES, "time.csv", text);
  report = run_ok (import);

  g_assert_cmpuint (report->n_create, ==, 3);
  g_assert_cmpint (count (f, "SELECT sum (tenths) FROM time_entries"), ==, 50);
  g_assert_cmpint (count (f, "SELECT tenths FROM time_entries WHERE worked_on = '2026-06-01'"), ==, 15);
  g_assert_cmpint (count (f, "SELECT count(*) FROM time_entries WHERE worked_on = '2026-06-01' AND grant_id IS NULL"),
                   ==, 1);
  g_assert_cmpint (count (f, "SELECT count(DISTINCT grant_id) FROM time_entries WHERE worked_on > '2026-06-01'"),
                   ==, 1);
  g_assert_cmpint (count (f, "SELECT grant_id FROM time_entries WHERE worked_on = '2026-06-03'"), ==, id_of (grant));
  g_assert_cmpint (count (f, "SELECT volunteer_id FROM time_entries WHERE worked_on = '2026-06-03'"), ==, id_of (dana));
  g_assert_cmpint (count (f, "SELECT volunteer_id FROM time_entries WHERE worked_on = '2026-06-01'"), ==,
                   id_of (robert));
}

/* ---- the report ---------------------------------------------------------- */

static void
test_dry_run_report (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DeskClient) existing = new_client (f, "Old", "Client", NULL);
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CLIENTS, "bad.csv",
                                       "First Name,Last Name,DOB,Email,Household Income,Adults\n"
                                       "Ana,García,13/45/1980,not-an-email,abc,2\n"
                                       ",,1990-01-01,,,\n"
                                       "Carl,\"Two\nLines\",1990-01-01,,,\n"
                                       "Dee,Ro,2030-01-01,,,0\n"
                                       "Eve,Su,1990-01-01,,\n"
                                       "Fay,Ok,1990-01-01,,,1\n");
  g_autoptr(DeskImportReport) report = check (import);
  g_autoptr(GError) error = NULL;
  gint64 audit_rows = count (f, "SELECT count(*) FROM audit_log");
  DeskImportRow *row;

  g_assert_cmpuint (report->n_rows, ==, 6);
  g_assert_cmpuint (report->n_bad, ==, 5);
  g_assert_cmpuint (report->rows->len, ==, 5);

  /* Every reason, each naming its column. */
  row = row_on_line (report, 2);
  g_assert_cmpuint (row->problems->len, ==, 3);
  assert_problem (row, "“13/45/1980” in the column “DOB” is not a date");
  assert_problem (row, "The e-mail address “not-an-email” is not valid.");
  assert_problem (row, "“abc” in the column “Household Income” is not an amount of dollars");

  row = row_on_line (report, 3);
  assert_problem (row, "first name is missing");
  assert_problem (row, "last name is missing");

  row = row_on_line (report, 4);
  assert_problem (row, "last name must be one line");

  /* Line 6: the line break inside quotes above counts. */
  row = row_on_line (report, 6);
  assert_problem (row, "date of birth is in the future");
  assert_problem (row, "at least one adult");

  row = row_on_line (report, 7);
  assert_problem (row, "The row has 5 fields where the header has 6");
  g_assert_null (row->record);

  /* A dry run writes nothing, and the import itself refuses the file. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audit_rows);
  g_assert_null (desk_import_run (import, NULL, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Nothing was imported: 5 rows have problems. The first, on line 2: "));
  g_assert_cmpint (count (f, "SELECT count(*) FROM clients"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM imports"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audit_rows);
}

static void
test_case_problems (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DeskClient) maria = new_client (f, "María", "García", "1980-04-02");
  g_autoptr(DeskClient) other_maria = new_client (f, "Maria", "Garcia", "1975-01-01");
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CASES, "cases.csv",
                                       "Case Number,Client,Problem,Opened,Closed,Closing Code,Status\n"
                                       "2024-00001,Maria Garcia,63,2024-01-01,,,\n"
                                       "2024-00001,Nobody Known,98x,2024-01-01,,,\n"
                                       "HC-19-1,\"García, María\",Private Landlord/Tenant,2024-01-01,2023-01-01,Z,"
                                       "closed\n");
  g_autoptr(DeskImportReport) report = check (import);
  DeskImportRow *row;

  g_assert_cmpuint (report->n_bad, ==, 3);
  row = row_on_line (report, 2);
  assert_problem (row, "2 clients are named “Maria Garcia”; add a column with the client’s date of birth.");
  row = row_on_line (report, 3);
  assert_problem (row, "No client named “Nobody Known” is in the database; import the clients first.");
  assert_problem (row, "“98x” in the column “Problem” is not an LSC problem code");
  assert_problem (row, "The case number 2024-00001 is given to the row on line 2 too.");
  row = row_on_line (report, 4);
  assert_problem (row, "The case number must be the year, a dash and five digits");
  assert_problem (row, "“Z” in the column “Closing Code” is not an LSC closing code");
  assert_problem (row, "The closing date is before the opening date.");
  assert_problem (row, "A closed case needs an outcome.");
}

static void
test_preview (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CLIENTS, "preview.csv",
                                       "First Name,Last Name,Income,Gender\n"
                                       "Ana,López,23400,f\nBo,Li,,\nCy,Ng,,\nDi,Wu,,\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskImportReport) report = desk_import_preview (import, 2, &error);
  DeskImportRow *row;

  g_assert_no_error (error);
  g_assert_cmpuint (report->rows->len, ==, 2);
  g_assert_cmpuint (report->n_rows, ==, 2);
  row = g_ptr_array_index (report->rows, 0);
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpuint (row->problems->len, ==, 0);
  /* As it will be stored, in words. */
  g_assert_cmpstr (row->values[0], ==, "Ana");
  g_assert_cmpstr (row->values[12], ==, "$23,400.00");
  g_assert_cmpstr (row->values[15], ==, "Female");
  g_assert_cmpstr (row->values[3], ==, "");
  g_assert_cmpstr (desk_client_get_last_name (DESK_CLIENT (row->record)), ==, "López");
  g_assert_cmpint (count (f, "SELECT count(*) FROM clients"), ==, 0);
}

/* ---- duplicates ---------------------------------------------------------- */

static const char duplicates_csv[] =
  "First Name,Last Name,DOB,Phone,Email\n"
  "Ana,Garcia,4/2/1980,555-0100,ana@new.org\n"   /* the same as a client: skipped unless merged */
  "Robret,Smith,,555-0200,\n"                    /* a name alike: created unless merged */
  "Zed,New,2000-01-01,,\n"
  "Zed,NEW,2000-01-01,555-0300,\n";              /* the row above again */

static void
test_duplicates_found (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DeskClient) ana = new_client (f, "Ana", "García", "1980-04-02");
  g_autoptr(DeskClient) robert = new_client (f, "Robert", "Smith", NULL);
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CLIENTS, "dup.csv", duplicates_csv);
  g_autoptr(DeskImportReport) report = check (import);
  DeskImportRow *row;

  g_assert_cmpuint (report->n_matches, ==, 3);
  g_assert_cmpuint (report->n_skip, ==, 2);
  g_assert_cmpuint (report->n_create, ==, 2);

  row = row_on_line (report, 2);
  g_assert_cmpint (row->match, ==, DESK_IMPORT_MATCH_SAME);
  g_assert_cmpint (row->match_id, ==, id_of (ana));
  g_assert_cmpint (row->action, ==, DESK_IMPORT_SKIP);
  g_assert_cmpstr (row->match_name, ==, "Ana García, born 1980-04-02 (client 1)");

  row = row_on_line (report, 3);
  g_assert_cmpint (row->match, ==, DESK_IMPORT_MATCH_SIMILAR);
  g_assert_cmpint (row->match_id, ==, id_of (robert));
  g_assert_cmpint (row->action, ==, DESK_IMPORT_CREATE);

  row = row_on_line (report, 5);
  g_assert_cmpint (row->match, ==, DESK_IMPORT_MATCH_EARLIER);
  g_assert_cmpuint (row->match_line, ==, 4);
  g_assert_cmpint (row->action, ==, DESK_IMPORT_SKIP);

  /* One choice for all of them. */
  desk_import_set_all_actions (import, DESK_IMPORT_CREATE);
  g_clear_pointer (&report, desk_import_report_free);
  report = check (import);
  g_assert_cmpuint (report->n_create, ==, 4);
  g_assert_cmpuint (report->n_skip, ==, 0);
}

static void
test_duplicates_merge_and_undo (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DeskClient) ana = desk_test_new_record (f->store, DESK_TYPE_CLIENT, "first-name", "Ana",
                                                    "last-name", "García", "birth-date", "1980-04-02",
                                                    "email", "ana@old.org", "intake-date", "2026-01-02", NULL);
  g_autoptr(DeskClient) robert = new_client (f, "Robert", "Smith", NULL);
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CLIENTS, "dup.csv", duplicates_csv);
  g_autoptr(DeskImportReport) report = NULL;
  g_autoptr(DeskClient) after = NULL;
  g_autoptr(DeskClient) zed = NULL;
  g_autoptr(DeskImportBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  desk_import_set_action (import, 0, DESK_IMPORT_MERGE);
  desk_import_set_action (import, 3, DESK_IMPORT_MERGE);
  report = run_ok (import);
  g_assert_cmpuint (report->n_merge, ==, 2);
  g_assert_cmpuint (report->n_create, ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM clients"), ==, 4);

  /* The empty phone is filled; the e-mail address it had stays. */
  after = desk_store_get_client (f->store, id_of (ana), &error);
  g_assert_cmpstr (desk_client_get_phone (after), ==, "555-0100");
  g_assert_cmpstr (desk_client_get_email (after), ==, "ana@old.org");
  g_clear_object (&after);

  /* The repeated row filled in the new record of the row before it. */
  zed = desk_store_get_client (f->store, count (f, "SELECT id FROM clients WHERE first_name = 'Zed'"), &error);
  g_assert_cmpstr (desk_client_get_phone (zed), ==, "555-0300");
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE entity = 'client' AND action = 'update'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM import_records WHERE action = 'merged'"), ==, 1);

  /* Undone: new records archived, the merge taken back. */
  g_assert_true (desk_store_undo_import (f->store, report->batch_id, &error));
  g_assert_no_error (error);
  after = desk_store_get_client (f->store, id_of (ana), &error);
  g_assert_cmpstr (desk_client_get_phone (after), ==, "");
  g_assert_cmpstr (desk_client_get_email (after), ==, "ana@old.org");
  g_assert_false (desk_record_get_archived (DESK_RECORD (after)));
  g_assert_cmpint (count (f, "SELECT count(*) FROM clients WHERE archived = 0"), ==, 2);
  batch = desk_store_get_import (f->store, report->batch_id, &error);
  g_assert_nonnull (batch->undone_at);

  /* Its audit rows carry the batch too. */
  sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE import_id = %" G_GINT64_FORMAT
                         " AND action IN ('undo', 'archive')", report->batch_id);
  g_assert_cmpint (count (f, sql), ==, 3);

  /* Once. */
  g_assert_false (desk_store_undo_import (f->store, report->batch_id, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "was undone before"));
}

static void
test_undo_keeps_later_changes (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(DeskClient) ana = new_client (f, "Ana", "García", "1980-04-02");
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CLIENTS, "dup.csv", duplicates_csv);
  g_autoptr(DeskImportReport) report = NULL;
  g_autoptr(DeskClient) after = NULL;
  g_autoptr(GError) error = NULL;

  desk_import_set_all_actions (import, DESK_IMPORT_MERGE);
  report = run_ok (import);

  /* Someone corrects the phone the import filled in, then the import is undone. */
  after = desk_store_get_client (f->store, id_of (ana), &error);
  g_assert_cmpstr (desk_client_get_phone (after), ==, "555-0100");
  g_assert_cmpstr (desk_client_get_email (after), ==, "ana@new.org");
  desk_client_set_phone (after, "555-9999");
  desk_test_save (f->store, after);
  g_clear_object (&after);

  g_assert_true (desk_store_undo_import (f->store, report->batch_id, &error));
  g_assert_no_error (error);
  after = desk_store_get_client (f->store, id_of (ana), &error);
  g_assert_cmpstr (desk_client_get_phone (after), ==, "555-9999");
  g_assert_cmpstr (desk_client_get_email (after), ==, "");
}

static void
test_undo_refused_when_used (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CLIENTS, "c.csv", "First,Last\nAna,López\nBo,Li\n");
  g_autoptr(DeskImportReport) report = run_ok (import);
  g_autoptr(DeskCase) kase = NULL;
  g_autoptr(GError) error = NULL;

  /* A case opened since for an imported client holds the import. */
  kase = desk_test_new_record (f->store, DESK_TYPE_CASE,
                               "client-id", count (f, "SELECT id FROM clients WHERE last_name = 'Li'"),
                               "problem-code", "63", "title", "Eviction", NULL);
  g_assert_false (desk_store_undo_import (f->store, report->batch_id, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "The client Bo Li came with this import and has a case since"));
  g_assert_nonnull (strstr (error->message, desk_case_get_case_number (kase)));
  g_assert_cmpint (count (f, "SELECT count(*) FROM clients WHERE archived = 0"), ==, 2);
  g_clear_error (&error);

  g_assert_true (desk_store_archive (f->store, DESK_RECORD (kase), &error));
  g_assert_true (desk_store_undo_import (f->store, report->batch_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM clients WHERE archived = 0"), ==, 0);

  g_assert_false (desk_store_undo_import (f->store, 42, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
}

static void
test_conflict_of_interest (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(DeskClient) client = new_client (f, "Ana", "Li", NULL);
  g_autoptr(DeskCase) kase = desk_test_new_record (f->store, DESK_TYPE_CASE, "client-id", id_of (client),
                                                   "problem-code", "63", "title", "Eviction", NULL);
  g_autoptr(DeskParty) party = desk_test_new_record (f->store, DESK_TYPE_PARTY, "case-id", id_of (kase),
                                                     "name", "Victor Kane", NULL);
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CLIENTS, "c.csv", "First,Last\nVictor,Kane\n");
  g_autoptr(DeskImportReport) report = check (import);
  DeskImportRow *row = row_on_line (report, 2);
  DeskConflictHit *hit;

  /* Shown, for a person to judge; not a duplicate. */
  g_assert_cmpuint (report->n_conflicts, ==, 1);
  g_assert_cmpint (row->match, ==, DESK_IMPORT_MATCH_NONE);
  g_assert_cmpuint (row->conflicts->len, ==, 1);
  hit = g_ptr_array_index (row->conflicts, 0);
  g_assert_cmpstr (hit->entity, ==, "party");
  g_assert_cmpstr (hit->case_number, ==, desk_case_get_case_number (kase));

  g_clear_pointer (&report, desk_import_report_free);
  report = run_ok (import);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'conflict-check' "
                             "AND fields LIKE 'name: Victor Kane; hits: 1; Victor Kane (Opposing party%'"), ==, 1);
}

/* ---- all or nothing ------------------------------------------------------ */

typedef struct
{
  GCancellable *cancellable;
  guint         cancel_at;
  guint         last_done;
  guint         last_total;
} CancelAt;

static void
cancel_progress_cb (guint    done,
                    guint    total,
                    gpointer user_data)
{
  CancelAt *at = user_data;

  g_assert_cmpuint (done, >=, at->last_done);
  at->last_done = done;
  at->last_total = total;
  if (done >= at->cancel_at)
    g_cancellable_cancel (at->cancellable);
}

static char *
many_clients (guint n)
{
  GString *text = g_string_new ("First Name,Last Name,DOB\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "Person%u,Family%u,19%02u-01-%02u\n", i, i, 50 + i % 50, i % 28 + 1);
  return g_string_free (text, FALSE);
}

static void
test_cancel_rolls_back (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *text = many_clients (1200);
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CLIENTS, "many.csv", text);
  gint64 audit_rows = count (f, "SELECT count(*) FROM audit_log");
  guint cancel_points[] = { 100, 1200 + 600 };

  /* While reading, and while writing (half of the rows are in). */
  for (guint i = 0; i < G_N_ELEMENTS (cancel_points); i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      CancelAt at = { cancellable, cancel_points[i] };

      g_assert_null (desk_import_run (import, cancel_progress_cb, &at, cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (at.last_total, ==, 2400);
      g_assert_cmpint (count (f, "SELECT count(*) FROM clients"), ==, 0);
      g_assert_cmpint (count (f, "SELECT count(*) FROM conflict_names"), ==, 0);
      g_assert_cmpint (count (f, "SELECT count(*) FROM imports"), ==, 0);
      g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log"), ==, audit_rows);
    }
}

typedef struct
{
  GMainLoop        *loop;
  DeskImportReport *report;
  GError           *error;
  guint             reports;
  guint             changed;
} AsyncRun;

static void
async_progress_cb (guint    done,
                   guint    total,
                   gpointer user_data)
{
  AsyncRun *run = user_data;

  g_assert_cmpuint (done, <=, total);
  run->reports++;
}

static void
async_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->report = desk_import_run_finish (DESK_IMPORT (object), result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
changed_cb (DeskStore  *store,
            const char *entity,
            gint64      id,
            int         kind,
            gpointer    user_data)
{
  AsyncRun *run = user_data;

  run->changed++;
}

static void
test_async_run (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *text = many_clients (300);
  g_autoptr(DeskImport) import = load (f, DESK_IMPORT_CLIENTS, "many.csv", text);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  AsyncRun run = { loop };
  gboolean changed = FALSE;

  g_signal_connect (f->store, "changed::client", G_CALLBACK (changed_cb), &run);
  desk_import_run_async (import, async_progress_cb, &run, NULL, async_done_cb, &run);
  g_main_loop_run (loop);

  g_assert_no_error (run.error);
  g_assert_nonnull (run.report);
  g_assert_cmpuint (run.report->n_create, ==, 300);
  g_assert_cmpuint (run.reports, >, 2);

  /* Written on the thread's own connection: the window's store hears of
   * it when it looks. */
  g_assert_true (desk_store_poll_external_changes (f->store, &changed, &error));
  g_assert_true (changed);
  g_assert_cmpuint (run.changed, >, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM clients"), ==, 300);
  desk_import_report_free (run.report);
}

static void
test_windows_1252_file (Fixture       *f,
                        gconstpointer  data)
{
  const char text[] = "First Name,Last Name\nJos\xE9,N\xFA\xF1" "ez\n";
  g_autofree char *path = g_build_filename (f->dir, "latin.csv", NULL);
  g_autoptr(DeskImport) import = desk_import_new (f->store, DESK_IMPORT_CLIENTS);
  g_autoptr(DeskImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_false (desk_import_load_file (import, path, DESK_CSV_ENCODING_UTF8, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_true (desk_import_get_could_be_windows_1252 (import));
  g_clear_error (&error);

  g_assert_true (desk_import_load_file (import, path, DESK_CSV_ENCODING_WINDOWS_1252, &error));
  g_assert_no_error (error);
  g_assert_false (desk_import_get_could_be_windows_1252 (import));
  g_assert_cmpstr (desk_import_get_file_name (import), ==, "latin.csv");
  report = run_ok (import);
  g_assert_cmpint (count (f, "SELECT count(*) FROM clients WHERE first_name = 'José' AND last_name = 'Núñez'"), ==, 1);

  g_assert_false (desk_import_load_file (import, f->dir, DESK_CSV_ENCODING_UTF8, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
}

/* Root may write any file: the read-only database is opened as "nobody",
 * in a child. */
static void
test_read_only_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(DeskImport) import = NULL;
  g_autoptr(DeskImportReport) report = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char text[] = "First,Last\nAna,López\n";

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  dir = g_dir_make_tmp ("test-import-ro-XXXXXX", &error);
  g_assert_no_error (error);
  if (geteuid () == 0)
    {
      g_assert_cmpint (chown (dir, 65534, 65534), ==, 0);
      g_assert_cmpint (setgroups (0, NULL), ==, 0);
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
      /* LeakSanitizer traces its own threads, which a process that
       * changed its user may not. */
      prctl (PR_SET_DUMPABLE, 1);
    }
  path = g_build_filename (dir, "probono.db", NULL);
  store = desk_store_open (path, &error);
  g_assert_no_error (error);
  /* A database in use has its conflict index built. */
  g_ptr_array_unref (desk_store_find_conflicts (store, "Ana López", NULL, 0, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  store = desk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (desk_store_is_read_only (store));

  import = desk_import_new (store, DESK_IMPORT_CLIENTS);
  g_assert_true (desk_import_load_data (import, "a.csv", text, strlen (text), DESK_CSV_ENCODING_UTF8, &error));
  /* A dry run reads only; the import says why it cannot write. */
  report = desk_import_check (import, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_create, ==, 1);
  g_assert_null (desk_import_run (import, NULL, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "Nothing can be imported: "));
  g_assert_nonnull (strstr (error->message, "open read-only"));

  g_clear_object (&import);
  g_clear_object (&store);
  g_chmod (path, 0600);
  desk_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/import/mapping/guess", test_guess_mapping);
  ADD ("/import/mapping/edit", test_edit_mapping);
  ADD ("/import/kind/clients", test_import_clients);
  ADD ("/import/kind/cases", test_import_cases);
  ADD ("/import/kind/volunteers", test_import_volunteers);
  ADD ("/import/kind/time", test_import_time);
  ADD ("/import/report/dry-run", test_dry_run_report);
  ADD ("/import/report/cases", test_case_problems);
  ADD ("/import/report/preview", test_preview);
  ADD ("/import/duplicates/found", test_duplicates_found);
  ADD ("/import/duplicates/merge-and-undo", test_duplicates_merge_and_undo);
  ADD ("/import/undo/keeps-later-changes", test_undo_keeps_later_changes);
  ADD ("/import/undo/refused-when-used", test_undo_refused_when_used);
  ADD ("/import/conflict-of-interest", test_conflict_of_interest);
  ADD ("/import/cancel-rolls-back", test_cancel_rolls_back);
  ADD ("/import/async", test_async_run);
  ADD ("/import/windows-1252", test_windows_1252_file);
#undef ADD
  g_test_add_func ("/import/read-only", test_read_only_database);

  return g_test_run ();
}
