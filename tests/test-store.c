/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "desk-error.h"
#include "desk-store.h"
#include "desk-test.h"

typedef DeskTestStore Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  desk_test_store_open (f, "desk-store");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  desk_test_store_close (f);
}

/* Runs one query returning one integer, straight on the file. */
static DeskClient *
make_client (const char *first,
             const char *last)
{
  DeskClient *client = desk_client_new ();

  desk_client_set_first_name (client, first);
  desk_client_set_last_name (client, last);
  desk_client_set_intake_date (client, "2026-03-01");
  return client;
}

static DeskClient *
save_client (Fixture    *f,
             const char *first,
             const char *last)
{
  g_autoptr(GError) error = NULL;
  DeskClient *client = make_client (first, last);

  desk_store_save (f->store, DESK_RECORD (client), &error);
  g_assert_no_error (error);
  return client;
}

static DeskCase *
make_case (gint64      client_id,
           const char *opened_on)
{
  DeskCase *kase = desk_case_new ();

  desk_case_set_client_id (kase, client_id);
  desk_case_set_problem_code (kase, "63");
  desk_case_set_title (kase, "Eviction for non-payment");
  desk_case_set_opened_on (kase, opened_on);
  return kase;
}

static void
test_round_trip_text (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskClient) client = make_client ("José “Pepe”", "García-O'Brien");
  g_autoptr(DeskClient) loaded = NULL;
  g_autoptr(GString) long_notes = g_string_new (NULL);

  while (long_notes->len < 10 * 1024)
    g_string_append (long_notes, "Tenant reports mould; landlord said \"not my problem\". Ñandú 日本語 🙂\n");

  desk_client_set_address (client, "12 Main St'; DROP TABLE clients; --");
  desk_client_set_notes (client, long_notes->str);
  desk_client_set_email (client, "jose.garcia@example.org");
  desk_client_set_birth_date (client, "1980-02-29");
  desk_client_set_household_adults (client, 2);
  desk_client_set_household_children (client, 3);
  desk_client_set_annual_income_cents (client, 2345678);
  desk_client_set_income_sources (client, DESK_INCOME_WAGES | DESK_INCOME_TANF);
  desk_client_set_contact_method (client, DESK_CONTACT_IN_PERSON);
  desk_client_set_interpreter_needed (client, TRUE);
  desk_client_set_language (client, "Español");
  desk_client_set_gender (client, DESK_GENDER_DECLINED);
  desk_client_set_veteran (client, DESK_ANSWER_NO);
  desk_client_set_eligibility_exception (client, DESK_EXCEPTION_MEDICAL_EXPENSES);

  g_assert_true (desk_store_save (f->store, DESK_RECORD (client), &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (client)), >, 0);
  g_assert_nonnull (desk_record_get_created_at (DESK_RECORD (client)));

  loaded = desk_store_get_client (f->store, desk_record_get_id (DESK_RECORD (client)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desk_client_get_first_name (loaded), ==, "José “Pepe”");
  g_assert_cmpstr (desk_client_get_last_name (loaded), ==, "García-O'Brien");
  g_assert_cmpstr (desk_client_get_address (loaded), ==, "12 Main St'; DROP TABLE clients; --");
  g_assert_cmpstr (desk_client_get_notes (loaded), ==, long_notes->str);
  g_assert_cmpstr (desk_client_get_birth_date (loaded), ==, "1980-02-29");
  g_assert_cmpstr (desk_client_get_language (loaded), ==, "Español");
  g_assert_cmpint (desk_client_get_household_adults (loaded), ==, 2);
  g_assert_cmpint (desk_client_get_household_children (loaded), ==, 3);
  g_assert_cmpint (desk_client_get_annual_income_cents (loaded), ==, 2345678);
  g_assert_cmpuint (desk_client_get_income_sources (loaded), ==, DESK_INCOME_WAGES | DESK_INCOME_TANF);
  g_assert_cmpint (desk_client_get_contact_method (loaded), ==, DESK_CONTACT_IN_PERSON);
  g_assert_true (desk_client_get_interpreter_needed (loaded));
  g_assert_cmpint (desk_client_get_gender (loaded), ==, DESK_GENDER_DECLINED);
  g_assert_cmpint (desk_client_get_veteran (loaded), ==, DESK_ANSWER_NO);
  g_assert_cmpint (desk_client_get_eligibility_exception (loaded), ==, DESK_EXCEPTION_MEDICAL_EXPENSES);
  g_assert_cmpstr (desk_record_get_created_at (DESK_RECORD (loaded)), ==,
                   desk_record_get_created_at (DESK_RECORD (client)));

  /* The table is still there and holds exactly one row. */
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM clients"), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT contact_method = 'in-person' FROM clients"), ==, 1);
}

static void
test_get_missing (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCase) kase = desk_store_get_case (f->store, 4242, &error);

  g_assert_null (kase);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
}

static void
test_update_and_audit (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskClient) client = save_client (f, "Ana", "Silva");
  gint64 id = desk_record_get_id (DESK_RECORD (client));
  g_autoptr(DeskClient) loaded = NULL;

  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'client' AND action = 'create'"), ==, 1);

  desk_client_set_phone (client, "555-0100");
  desk_client_set_county (client, "Travis");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (client), &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (client)), ==, id);

  loaded = desk_store_get_client (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desk_client_get_phone (loaded), ==, "555-0100");
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM clients"), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'client' AND action = 'update' "
                                 "AND fields = 'phone, county' AND os_user <> ''"), ==, 1);
}

static void
test_invalid_not_saved (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskClient) client = make_client ("", "Silva");

  g_assert_false (desk_store_save (f->store, DESK_RECORD (client), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "first-name");
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (client)), ==, 0);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM clients"), ==, 0);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_failed_save_rolls_back_audit (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskClient) client = save_client (f, "Ana", "Silva");
  g_autoptr(DeskCase) kase = make_case (desk_record_get_id (DESK_RECORD (client)), "2026-02-01");
  gint64 audit_before = desk_test_query_int (f->store, "SELECT count(*) FROM audit_log");

  /* Valid to the model, refused by the database (no such LSC code). */
  desk_case_set_problem_code (kase, "98");
  g_assert_false (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);

  g_assert_cmpint (desk_record_get_id (DESK_RECORD (kase)), ==, 0);
  g_assert_cmpstr (desk_case_get_case_number (kase), ==, "");
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM cases"), ==, 0);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log"), ==, audit_before);
  /* The number it would have had was not used up either. */
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM case_number_sequences"), ==, 0);

  g_clear_error (&error);
  desk_case_set_problem_code (kase, "63");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (desk_case_get_case_number (kase), ==, "2026-00001");
}

static void
test_case_numbers (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskClient) client = save_client (f, "Ana", "Silva");
  gint64 client_id = desk_record_get_id (DESK_RECORD (client));
  const char *dates[] = { "2025-12-31", "2026-01-01", "2025-06-01", "2026-05-05", "2024-02-29" };
  const char *expected[] = { "2025-00001", "2026-00001", "2025-00002", "2026-00002", "2024-00001" };
  g_autoptr(DeskCase) archived = NULL;
  g_autoptr(DeskCase) after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(DeskCase) kase = make_case (client_id, dates[i]);

      g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
      g_assert_no_error (error);
      g_assert_cmpstr (desk_case_get_case_number (kase), ==, expected[i]);

      /* Saving again keeps the number. */
      desk_case_set_priority (kase, DESK_PRIORITY_HIGH);
      g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
      g_assert_cmpstr (desk_case_get_case_number (kase), ==, expected[i]);
    }

  /* An archived case keeps its number and it is never handed out again. */
  archived = desk_store_get_case (f->store, 4, &error);
  g_assert_no_error (error);
  g_assert_true (desk_store_archive (f->store, DESK_RECORD (archived), &error));
  after = make_case (client_id, "2026-06-01");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (after), &error));
  g_assert_cmpstr (desk_case_get_case_number (after), ==, "2026-00003");
}

static void
test_derived_fields (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskClient) client = save_client (f, "María", "Hernández");
  g_autoptr(DeskVolunteer) volunteer = desk_volunteer_new ();
  g_autoptr(DeskCase) kase = make_case (desk_record_get_id (DESK_RECORD (client)), "2026-01-10");
  g_autoptr(DeskCase) loaded = NULL;
  g_autoptr(DeskClient) loaded_client = NULL;
  g_autoptr(DeskVolunteer) loaded_volunteer = NULL;

  desk_volunteer_set_first_name (volunteer, "Grace");
  desk_volunteer_set_last_name (volunteer, "Okafor");
  desk_volunteer_set_practice_areas (volunteer, "Housing, Family");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (volunteer), &error));
  g_assert_no_error (error);

  desk_case_set_status (kase, DESK_CASE_STATUS_PLACED);
  desk_case_set_volunteer_id (kase, desk_record_get_id (DESK_RECORD (volunteer)));
  g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
  g_assert_no_error (error);

  loaded = desk_store_get_case (f->store, desk_record_get_id (DESK_RECORD (kase)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desk_case_get_client_name (loaded), ==, "María Hernández");
  g_assert_cmpstr (desk_case_get_problem_name (loaded), ==, "Private Landlord/Tenant");
  g_assert_cmpstr (desk_case_get_problem_category (loaded), ==, "Housing");
  g_assert_cmpstr (desk_case_get_volunteer_name (loaded), ==, "Grace Okafor");
  g_assert_cmpstr (desk_case_get_mentor_name (loaded), ==, "");
  g_assert_null (desk_case_get_closing_code (loaded));

  loaded_client = desk_store_get_client (f->store, desk_record_get_id (DESK_RECORD (client)), &error);
  g_assert_cmpint (desk_client_get_open_cases (loaded_client), ==, 1);
  loaded_volunteer = desk_store_get_volunteer (f->store, desk_record_get_id (DESK_RECORD (volunteer)), &error);
  g_assert_cmpint (desk_volunteer_get_open_cases (loaded_volunteer), ==, 1);
  g_assert_cmpstr (desk_volunteer_get_practice_areas (loaded_volunteer), ==, "Housing, Family");
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM volunteer_practice_areas"), ==, 2);

  /* Changing the areas replaces the links. */
  desk_volunteer_set_practice_areas (volunteer, "Consumer");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (volunteer), &error));
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM volunteer_practice_areas v "
                                 "JOIN practice_areas p ON p.id = v.practice_area_id WHERE p.name = 'Consumer'"), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM volunteer_practice_areas"), ==, 1);
}

typedef struct
{
  GPtrArray *log;
} ChangeLog;

static void
on_changed (DeskStore      *store,
            const char     *entity,
            gint64          id,
            DeskChangeKind  kind,
            GPtrArray      *log)
{
  g_ptr_array_add (log, g_strdup_printf ("%s %" G_GINT64_FORMAT " %s", entity, id,
                                         desk_enum_nick (DESK_TYPE_CHANGE_KIND, kind)));
}

static void
test_archive_restore (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DeskClient) client = NULL;
  g_autoptr(DeskClient) unsaved = make_client ("Never", "Saved");
  gulong handler = g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), log);

  client = save_client (f, "Ana", "Silva");
  g_assert_true (desk_store_archive (f->store, DESK_RECORD (client), &error));
  g_assert_no_error (error);
  g_assert_true (desk_record_get_archived (DESK_RECORD (client)));
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT archived FROM clients"), ==, 1);

  g_assert_true (desk_store_restore (f->store, DESK_RECORD (client), &error));
  g_assert_false (desk_record_get_archived (DESK_RECORD (client)));
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT archived FROM clients"), ==, 0);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE action IN ('archive', 'restore')"), ==, 2);

  g_assert_false (desk_store_archive (f->store, DESK_RECORD (unsaved), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);

  g_assert_cmpuint (log->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (log, 0), ==, "client 1 created");
  g_assert_cmpstr (g_ptr_array_index (log, 1), ==, "client 1 archived");
  g_assert_cmpstr (g_ptr_array_index (log, 2), ==, "client 1 restored");
  g_signal_handler_disconnect (f->store, handler);
}

typedef struct
{
  DeskStore *store;
  GPtrArray *log;
  gboolean   fail;
} OuterJob;

static gboolean
outer_transaction (DeskDatabase  *database,
                   gpointer       user_data,
                   GError       **error)
{
  OuterJob *job = user_data;
  g_autoptr(DeskClient) client = make_client ("Inside", "Transaction");

  if (!desk_store_save (job->store, DESK_RECORD (client), error))
    return FALSE;

  /* Not announced before the outer commit. */
  g_assert_cmpuint (job->log->len, ==, 0);

  if (job->fail)
    {
      g_set_error_literal (error, DESK_ERROR, DESK_ERROR_CONFLICT, "The user cancelled.");
      return FALSE;
    }
  return TRUE;
}

static void
test_changed_after_commit (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  OuterJob job = { f->store, log, TRUE };
  gulong handler = g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), log);

  g_assert_false (desk_database_transaction (desk_store_get_database (f->store), outer_transaction, &job, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_CONFLICT);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM clients"), ==, 0);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log"), ==, 0);
  g_clear_error (&error);

  /* A later commit must not announce the rolled-back change. */
  job.fail = FALSE;
  g_assert_true (desk_database_transaction (desk_store_get_database (f->store), outer_transaction, &job, &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM clients"), ==, 1);
  g_signal_handler_disconnect (f->store, handler);
}

static void
test_insert_batch (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) clients = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *last = g_strdup_printf ("Client%02u", i);
      g_ptr_array_add (clients, make_client ("Batch", last));
    }
  g_assert_true (desk_store_insert_batch (f->store, clients, "import", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < clients->len; i++)
    g_assert_cmpint (desk_record_get_id (g_ptr_array_index (clients, i)), ==, i + 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE action = 'import' AND fields = '50 records'"), ==, 1);

  for (guint i = 0; i < 10; i++)
    g_ptr_array_add (cases, make_case (i + 1, i < 5 ? "2025-03-03" : "2026-03-03"));
  /* The last one is broken: nothing of the batch may stay. */
  desk_case_set_problem_code (g_ptr_array_index (cases, 9), "98");
  g_assert_false (desk_store_insert_batch (f->store, cases, "import", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM cases"), ==, 0);
  for (guint i = 0; i < cases->len; i++)
    {
      g_assert_cmpint (desk_record_get_id (g_ptr_array_index (cases, i)), ==, 0);
      g_assert_cmpstr (desk_case_get_case_number (g_ptr_array_index (cases, i)), ==, "");
    }

  desk_case_set_problem_code (g_ptr_array_index (cases, 9), "63");
  g_assert_true (desk_store_insert_batch (f->store, cases, "import", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (desk_case_get_case_number (g_ptr_array_index (cases, 4)), ==, "2025-00005");
  g_assert_cmpstr (desk_case_get_case_number (g_ptr_array_index (cases, 9)), ==, "2026-00005");

  /* A record that is already saved has no place in a batch. */
  g_assert_false (desk_store_insert_batch (f->store, clients, "import", &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
}

static void
test_parties_and_counts (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskClient) client = save_client (f, "Ana", "Silva");
  g_autoptr(DeskCase) kase = make_case (desk_record_get_id (DESK_RECORD (client)), "2026-01-10");
  g_autoptr(DeskCase) closed = make_case (desk_record_get_id (DESK_RECORD (client)), "2026-01-11");
  g_autoptr(GPtrArray) parties = NULL;
  g_autoptr(GArray) tables = NULL;
  g_autoptr(GArray) statuses = NULL;
  const char *names[] = { "Acme Property Management LLC", "Dewey & Cheatham" };

  g_assert_true (desk_store_save (f->store, DESK_RECORD (kase), &error));
  desk_case_set_status (closed, DESK_CASE_STATUS_CLOSED);
  desk_case_set_closing_code (closed, "B");
  desk_case_set_outcome (closed, DESK_OUTCOME_FAVOURABLE);
  desk_case_set_closed_on (closed, "2026-02-01");
  g_assert_true (desk_store_save (f->store, DESK_RECORD (closed), &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(DeskParty) party = desk_party_new ();

      desk_party_set_case_id (party, desk_record_get_id (DESK_RECORD (kase)));
      desk_party_set_name (party, names[i]);
      desk_party_set_role (party, i == 0 ? DESK_PARTY_OPPOSING_PARTY : DESK_PARTY_OPPOSING_COUNSEL);
      g_assert_true (desk_store_save (f->store, DESK_RECORD (party), &error));
      g_assert_no_error (error);
    }

  parties = desk_store_list_parties (f->store, desk_record_get_id (DESK_RECORD (kase)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parties->len, ==, 2);
  g_assert_cmpstr (desk_party_get_name (g_ptr_array_index (parties, 1)), ==, "Dewey & Cheatham");
  g_assert_cmpint (desk_party_get_role (g_ptr_array_index (parties, 1)), ==, DESK_PARTY_OPPOSING_COUNSEL);

  tables = desk_store_count_tables (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < tables->len; i++)
    {
      const DeskCount *count = &g_array_index (tables, DeskCount, i);
      if (strcmp (count->label, "cases") == 0)
        g_assert_cmpint (count->count, ==, 2);
      else if (strcmp (count->label, "parties") == 0)
        g_assert_cmpint (count->count, ==, 2);
      else if (strcmp (count->label, "lsc_closing_codes") == 0)
        g_assert_cmpint (count->count, ==, 10);
    }

  statuses = desk_store_count_cases_by_status (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (statuses->len, ==, 5);
  g_assert_cmpstr (g_array_index (statuses, DeskCount, 0).label, ==, "intake");
  g_assert_cmpint (g_array_index (statuses, DeskCount, 0).count, ==, 1);
  g_assert_cmpstr (g_array_index (statuses, DeskCount, 3).label, ==, "closed");
  g_assert_cmpint (g_array_index (statuses, DeskCount, 3).count, ==, 1);
}

static void
test_exception_required (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskClient) client = make_client ("Rosa", "Delgado");
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);

  /* 2025 guideline for 3 people: $26,650; $40,000 is 150%. */
  desk_client_set_household_adults (client, 1);
  desk_client_set_household_children (client, 2);
  desk_client_set_annual_income_cents (client, 4000000);

  g_assert_false (desk_store_save (f->store, DESK_RECORD (client), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "eligibility-exception");
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM clients"), ==, 0);
  g_clear_error (&error);

  /* Means-tested benefits make the household eligible: no reason needed. */
  desk_client_set_income_sources (client, DESK_INCOME_TANF);
  g_assert_true (desk_store_save (f->store, DESK_RECORD (client), &error));
  g_assert_no_error (error);

  /* Without them, a reason is needed again, and enough. */
  desk_client_set_income_sources (client, DESK_INCOME_WAGES);
  g_assert_false (desk_store_save (f->store, DESK_RECORD (client), &error));
  g_clear_error (&error);
  desk_client_set_eligibility_exception (client, DESK_EXCEPTION_CHILD_CARE);
  g_assert_true (desk_store_save (f->store, DESK_RECORD (client), &error));
  g_assert_no_error (error);

  /* Imported history is kept as it was recorded. */
  g_ptr_array_add (batch, make_client ("Old", "Record"));
  desk_client_set_annual_income_cents (g_ptr_array_index (batch, 0), 3000000);
  g_assert_true (desk_store_insert_batch (f->store, batch, "import", &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/round-trip-text", test_round_trip_text);
  ADD ("/store/get-missing", test_get_missing);
  ADD ("/store/update-and-audit", test_update_and_audit);
  ADD ("/store/invalid-not-saved", test_invalid_not_saved);
  ADD ("/store/failed-save-rolls-back-audit", test_failed_save_rolls_back_audit);
  ADD ("/store/case-numbers", test_case_numbers);
  ADD ("/store/derived-fields", test_derived_fields);
  ADD ("/store/archive-restore", test_archive_restore);
  ADD ("/store/changed-after-commit", test_changed_after_commit);
  ADD ("/store/insert-batch", test_insert_batch);
  ADD ("/store/parties-and-counts", test_parties_and_counts);
  ADD ("/store/exception-required", test_exception_required);
#undef ADD

  return g_test_run ();
}
