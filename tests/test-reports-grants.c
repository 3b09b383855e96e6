/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "desk-error.h"
#include "desk-store-grants.h"
#include "desk-test.h"

/* Funders, grants, restrictions and the attribution of cases and hours;
 * the migration of the free-text funding source.  DESK_TODAY=2026-06-15. */

typedef DeskTestStore Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  desk_test_store_open (f, "desk-reports-grants");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  desk_test_store_close (f);
}

static gint64
save_funder (Fixture    *f,
             const char *name)
{
  g_autoptr(DeskFunder) funder = desk_funder_new ();

  desk_funder_set_name (funder, name);
  desk_test_save (f->store, funder);
  return desk_record_get_id (DESK_RECORD (funder));
}

static DeskGrant *
new_grant (gint64      funder_id,
           const char *name)
{
  DeskGrant *grant = desk_grant_new (3500);

  desk_grant_set_funder_id (grant, funder_id);
  desk_grant_set_name (grant, name);
  desk_grant_set_period_start (grant, "2026-01-01");
  desk_grant_set_period_end (grant, "2026-12-31");
  return grant;
}

static gint64
save_grant (Fixture    *f,
            DeskGrant  *grant)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (desk_store_save_grant (f->store, grant, &error));
  g_assert_no_error (error);
  return desk_record_get_id (DESK_RECORD (grant));
}

static gint64
save_client (Fixture    *f,
             const char *county,
             gint64      income_cents)
{
  g_autoptr(DeskClient) client = g_object_new (DESK_TYPE_CLIENT,
                                               "first-name", "Ana", "last-name", "Ruiz",
                                               "intake-date", "2026-01-10", "county", county,
                                               "annual-income-cents", income_cents,
                                               "eligibility-exception", DESK_EXCEPTION_OTHER,
                                               NULL);

  desk_test_save (f->store, client);
  return desk_record_get_id (DESK_RECORD (client));
}

static gint64
save_case (Fixture    *f,
           gint64      client_id,
           const char *code)
{
  g_autoptr(DeskCase) kase = g_object_new (DESK_TYPE_CASE,
                                           "client-id", client_id, "problem-code", code,
                                           "title", "Help", "opened-on", "2026-02-01", NULL);

  desk_test_save (f->store, kase);
  return desk_record_get_id (DESK_RECORD (kase));
}

static gint64
save_time_entry (Fixture *f,
                 gint64   case_id,
                 gint64   volunteer_id,
                 gint64   grant_id)
{
  g_autoptr(DeskTimeEntry) entry = g_object_new (DESK_TYPE_TIME_ENTRY,
                                                 "case-id", case_id, "volunteer-id", volunteer_id,
                                                 "worked-on", "2026-03-02", "tenths", 15,
                                                 "activity", "Call", "grant-id", grant_id, NULL);

  desk_test_save (f->store, entry);
  return desk_record_get_id (DESK_RECORD (entry));
}

static gint64
save_volunteer (Fixture *f)
{
  g_autoptr(DeskVolunteer) volunteer = desk_volunteer_new ();

  desk_volunteer_set_first_name (volunteer, "Lee");
  desk_volunteer_set_last_name (volunteer, "Park");
  desk_test_save (f->store, volunteer);
  return desk_record_get_id (DESK_RECORD (volunteer));
}

static gint64
entry_grant (Fixture *f,
             gint64   entry_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (grant_id, 0) FROM time_entries WHERE id = %" G_GINT64_FORMAT,
                                          entry_id);

  return desk_test_query_int (f->store, sql);
}

static void
assert_problem (GPtrArray  *problems,
                const char *field,
                const char *fragment)
{
  const GError *problem = desk_problems_find (problems, field);

  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem->message, fragment));
}

/* Every field at fault is named at once. */
static void
test_grant_validation (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DeskGrant) grant = desk_grant_new (-100);
  g_autoptr(GPtrArray) problems = NULL;

  desk_grant_set_name (grant, "  ");
  desk_grant_set_period_start (grant, "2026-07-01");
  desk_grant_set_period_end (grant, "2026-06-30");
  desk_grant_set_income_ceiling_percent (grant, 99);
  desk_grant_set_problem_categories (grant, "Housing, , Family");
  desk_grant_set_counties (grant, "Fresno, fresno");

  problems = desk_record_check (DESK_RECORD (grant));
  g_assert_cmpuint (problems->len, ==, 7);
  assert_problem (problems, "funder-id", "funder");
  assert_problem (problems, "name", "name");
  assert_problem (problems, "period-end", "ends before it starts");
  assert_problem (problems, "hour-value-cents", "negative");
  assert_problem (problems, "income-ceiling-percent", "from 100% to 1000%");
  assert_problem (problems, "problem-categories", "empty entry");
  assert_problem (problems, "counties", "“fresno” is listed twice");

  desk_grant_set_income_ceiling_percent (grant, 1001);
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = desk_record_check (DESK_RECORD (grant));
  assert_problem (problems, "income-ceiling-percent", "1000%");

  desk_grant_set_period_start (grant, "2026-02-30");
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = desk_record_check (DESK_RECORD (grant));
  assert_problem (problems, "period-start", "not a real date");
  g_assert_null (desk_problems_find (problems, "period-end"));
}

/* The store adds what only it knows: the funder exists, categories are LSC's. */
/* A funder archived takes its grants out of every list (pickers, the
 * report choices, export --list-grants), and Undo brings them back. */
static void
test_archived_funder (Fixture       *f,
                      gconstpointer  data)
{
  gint64 kept_id = save_funder (f, "Bar Foundation");
  gint64 gone_id = save_funder (f, "Closed Trust");
  g_autoptr(DeskGrant) kept = new_grant (kept_id, "Eviction defense");
  g_autoptr(DeskGrant) gone = new_grant (gone_id, "Old program");
  g_autoptr(DeskFunder) funder = NULL;
  g_autoptr(GPtrArray) grants = NULL;
  g_autoptr(GError) error = NULL;

  save_grant (f, kept);
  save_grant (f, gone);
  funder = desk_store_get_funder (f->store, gone_id, &error);
  g_assert_no_error (error);
  g_assert_true (desk_store_archive (f->store, DESK_RECORD (funder), &error));
  g_assert_no_error (error);

  grants = desk_store_list_grants (f->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grants->len, ==, 1);
  g_assert_cmpstr (desk_grant_get_name (g_ptr_array_index (grants, 0)), ==, "Eviction defense");
  g_clear_pointer (&grants, g_ptr_array_unref);
  grants = desk_store_list_grants (f->store, gone_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grants->len, ==, 0);
  g_clear_pointer (&grants, g_ptr_array_unref);

  g_assert_true (desk_store_restore (f->store, DESK_RECORD (funder), &error));
  g_assert_no_error (error);
  grants = desk_store_list_grants (f->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grants->len, ==, 2);
}

static void
test_grant_store_check (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DeskGrant) grant = new_grant (999, "Eviction defense");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) grants = NULL;
  gint64 funder_id;

  desk_grant_set_problem_categories (grant, "Housing, Housng");
  problems = desk_store_check_grant (f->store, grant);
  g_assert_cmpuint (problems->len, ==, 2);
  assert_problem (problems, "funder-id", "does not exist");
  assert_problem (problems, "problem-categories", "“Housng” is not an LSC problem category");

  g_assert_false (desk_store_save_grant (f->store, grant, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (grant)), ==, 0);
  g_clear_error (&error);

  funder_id = save_funder (f, "Bar Foundation");
  desk_grant_set_funder_id (grant, funder_id);
  desk_grant_set_problem_categories (grant, "housing, Family");
  save_grant (f, grant);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'grant' "
                                                  "AND action = 'create'"), ==, 1);

  grants = desk_store_list_grants (f->store, funder_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grants->len, ==, 1);
  g_assert_cmpint (desk_grant_get_hour_value_cents (g_ptr_array_index (grants, 0)), ==, 3500);
  g_assert_cmpstr (desk_grant_get_problem_categories (g_ptr_array_index (grants, 0)), ==, "housing, Family");
}

static void
test_restrictions (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DeskGrant) grant = new_grant (1, "Tenant Fund");
  g_autoptr(GError) error = NULL;
  DeskGrantCaseFacts facts = { "Housing", "Fresno County", 150, "2026-02-01", NULL };

  desk_grant_set_problem_categories (grant, "Housing, Consumer/Finance");
  desk_grant_set_counties (grant, "Fresno, Tulare");
  desk_grant_set_income_ceiling_percent (grant, 200);

  g_assert_true (desk_grant_check_case (grant, &facts, &error));
  g_assert_no_error (error);

  facts.category = "Family";
  facts.county = "Kern";
  facts.poverty_percent = 250;
  facts.closed_on = "2025-12-31";
  facts.opened_on = "2025-10-01";
  g_assert_false (desk_grant_check_case (grant, &facts, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "grant-id");
  g_assert_nonnull (strstr (error->message, "funds only Housing, Consumer/Finance cases, and this is a Family case"));
  g_assert_nonnull (strstr (error->message, "serves clients of Fresno, Tulare only, and the client lives in Kern"));
  g_assert_nonnull (strstr (error->message, "up to 200% of the poverty guideline, and this household is at 250%"));
  g_assert_nonnull (strstr (error->message, "closed on 2025-12-31, before the grant “Tenant Fund” began on 2026-01-01"));
  g_clear_error (&error);

  facts = (DeskGrantCaseFacts) { "housing", "", -1, "2027-01-04", NULL };
  g_assert_false (desk_grant_check_case (grant, &facts, &error));
  g_assert_nonnull (strstr (error->message, "county is not recorded"));
  g_assert_nonnull (strstr (error->message, "income is not known"));
  g_assert_nonnull (strstr (error->message, "opened on 2027-01-04, after the grant “Tenant Fund” ended on 2026-12-31"));
  g_assert_null (strstr (error->message, "funds only"));
}

/* Suggestions, refusal with the failing restriction, override with a
 * reason, and the audit of each. */
static void
test_attribution (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DeskGrant) housing = NULL;
  g_autoptr(DeskGrant) any = NULL;
  g_autoptr(DeskCase) draft = NULL;
  g_autoptr(GPtrArray) suggested = NULL;
  g_autoptr(GPtrArray) attributed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 funder_id = save_funder (f, "County Bar Foundation");
  gint64 fresno = save_client (f, "Fresno", 1500000);  /* 96% of the 2026 guideline's stand-in (2025) */
  gint64 kern = save_client (f, "Kern", 1500000);
  gint64 fresno_family, kern_housing, housing_id, any_id;
  DeskCaseGrant *first;

  housing = new_grant (funder_id, "Housing Fund");
  desk_grant_set_problem_categories (housing, "Housing");
  desk_grant_set_counties (housing, "Fresno");
  desk_grant_set_income_ceiling_percent (housing, 125);
  housing_id = save_grant (f, housing);
  any = new_grant (funder_id, "General Support");
  any_id = save_grant (f, any);

  /* An unsaved case already gets its suggestions. */
  draft = g_object_new (DESK_TYPE_CASE, "client-id", fresno, "problem-code", "63", "title", "Eviction",
                        "opened-on", "2026-03-01", NULL);
  suggested = desk_store_suggest_grants (f->store, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggested->len, ==, 2);
  g_clear_pointer (&suggested, g_ptr_array_unref);

  desk_case_set_problem_code (draft, "37");
  suggested = desk_store_suggest_grants (f->store, draft, &error);
  g_assert_cmpuint (suggested->len, ==, 1);
  g_assert_cmpint (desk_record_get_id (g_ptr_array_index (suggested, 0)), ==, any_id);

  fresno_family = save_case (f, fresno, "37");
  kern_housing = save_case (f, kern, "63");

  g_assert_false (desk_store_attribute_case (f->store, fresno_family, housing_id, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "funds only Housing cases, and this is a Family case"));
  g_clear_error (&error);
  g_assert_false (desk_store_attribute_case (f->store, kern_housing, housing_id, "   ", &error));
  g_assert_nonnull (strstr (error->message, "the client lives in Kern"));
  g_clear_error (&error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM case_grants"), ==, 0);

  /* An unknown grant cannot be overridden. */
  g_assert_false (desk_store_attribute_case (f->store, kern_housing, 4242, "Board decision", &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (desk_store_attribute_case (f->store, kern_housing, any_id, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (desk_store_attribute_case (f->store, kern_housing, housing_id,
                                            "Client moved from Fresno during the case", &error));
  g_assert_no_error (error);
  /* Twice is once. */
  g_assert_true (desk_store_attribute_case (f->store, kern_housing, any_id, NULL, &error));

  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'case' "
                                                  "AND action = 'attribute-grant'"), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'case' "
                                                  "AND action = 'attribute-grant-override' "
                                                  "AND fields LIKE '%Client moved from Fresno%'"), ==, 1);

  attributed = desk_store_list_case_grants (f->store, kern_housing, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attributed->len, ==, 2);
  first = g_ptr_array_index (attributed, 0);
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (first->grant)), ==, any_id);
  g_assert_cmpstr (first->override_reason, ==, "");
  g_assert_cmpstr (((DeskCaseGrant *) g_ptr_array_index (attributed, 1))->override_reason, ==,
                   "Client moved from Fresno during the case");
  g_clear_pointer (&attributed, g_ptr_array_unref);

  g_assert_true (desk_store_detach_case (f->store, kern_housing, any_id, &error));
  g_assert_no_error (error);
  g_assert_false (desk_store_detach_case (f->store, kern_housing, any_id, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
  attributed = desk_store_list_case_grants (f->store, kern_housing, &error);
  g_assert_cmpuint (attributed->len, ==, 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM case_grants"), ==, 2);
}

/* Hours are charged to the case's own grant unless an entry names another. */
static void
test_time_entry_grant (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskTimeEntry) loaded = NULL;
  gint64 funder_id = save_funder (f, "IOLTA");
  g_autoptr(DeskGrant) first = new_grant (funder_id, "First");
  g_autoptr(DeskGrant) second = new_grant (funder_id, "Second");
  gint64 first_id = save_grant (f, first);
  gint64 second_id = save_grant (f, second);
  gint64 client = save_client (f, "Fresno", 1000000);
  gint64 kase = save_case (f, client, "63");
  gint64 volunteer = save_volunteer (f);
  gint64 early = save_time_entry (f, kase, volunteer, 0);
  gint64 later, chosen;

  g_assert_cmpint (entry_grant (f, early), ==, 0);
  g_assert_true (desk_store_attribute_case (f->store, kase, first_id, NULL, &error));
  g_assert_true (desk_store_attribute_case (f->store, kase, second_id, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (entry_grant (f, early), ==, first_id);

  later = save_time_entry (f, kase, volunteer, 0);
  chosen = save_time_entry (f, kase, volunteer, second_id);
  g_assert_cmpint (entry_grant (f, later), ==, first_id);
  g_assert_cmpint (entry_grant (f, chosen), ==, second_id);

  /* An object saved again without having seen its grant keeps it. */
  loaded = g_object_new (DESK_TYPE_TIME_ENTRY, "case-id", kase, "volunteer-id", volunteer,
                         "worked-on", "2026-03-03", "tenths", 5, "activity", "Letter", NULL);
  desk_test_save (f->store, loaded);
  desk_time_entry_set_tenths (loaded, 7);
  desk_test_save (f->store, loaded);
  g_assert_cmpint (entry_grant (f, desk_record_get_id (DESK_RECORD (loaded))), ==, first_id);
  g_clear_object (&loaded);
  loaded = desk_store_get (f->store, DESK_TYPE_TIME_ENTRY, chosen, &error);
  g_assert_cmpint (desk_time_entry_get_grant_id (loaded), ==, second_id);
}

/* A file of version 2: the schema of migrations 1 and 2, a few codes. */
static void
make_version_2 (const char *path)
{
  const char *names[] = { "0001-initial.sql", "0002-case-work.sql" };
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file = g_test_build_filename (G_TEST_DIST, "..", "src", "core", "store", "migrations",
                                                     names[i], NULL);
      g_autofree char *sql = NULL;
      g_autoptr(GError) error = NULL;

      g_file_get_contents (file, &sql, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }

#define NOW "'2026-01-01T00:00:00Z'"
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO lsc_problem_codes VALUES ('63', 'Housing', 'Private Landlord/Tenant'), ('37', 'Family', 'Domestic Abuse');"
    "INSERT INTO lsc_closing_codes VALUES ('A', 'Counsel and Advice', '');"
    "INSERT INTO clients (first_name, last_name, intake_date, created_at, updated_at) "
    "  VALUES ('Ana', 'Ruiz', '2023-01-01', " NOW ", " NOW ");"
    "INSERT INTO volunteers (first_name, last_name, role, created_at, updated_at) "
    "  VALUES ('Lee', 'Park', 'attorney', " NOW ", " NOW ");"
    "INSERT INTO cases (case_number, client_id, problem_code, title, opened_on, closed_on, status, closing_code, "
    "  outcome, funding_source, created_at, updated_at) VALUES "
    "  ('2023-00001', 1, '63', 'a', '2023-03-01', '2023-05-01', 'closed', 'A', 'favourable', 'IOLTA', " NOW ", " NOW "),"
    "  ('2024-00001', 1, '37', 'b', '2024-02-01', NULL, 'open', NULL, 'none', ' IOLTA ', " NOW ", " NOW "),"
    "  ('2024-00002', 1, '63', 'c', '2024-06-01', '2025-01-15', 'closed', 'A', 'favourable', 'United Way', " NOW ", " NOW "),"
    "  ('2024-00003', 1, '63', 'd', '2024-07-01', NULL, 'open', NULL, 'none', '', " NOW ", " NOW ");"
    "INSERT INTO time_entries (case_id, volunteer_id, worked_on, tenths, activity, created_at, updated_at) VALUES "
    "  (2, 1, '2024-02-02', 10, 'Call', " NOW ", " NOW "), (4, 1, '2024-07-02', 5, 'Call', " NOW ", " NOW ");"
    "PRAGMA user_version = 2;", NULL, NULL, NULL), ==, SQLITE_OK);
#undef NOW
  sqlite3_close (db);
}

/* Each distinct funding source becomes a funder and a grant spanning the
 * years of its cases; the cases and their hours are attributed. */
static void
test_migrate_funding_source (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("desk-reports-migrate-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GPtrArray) grants = NULL;
  DeskGrant *iolta;

  make_version_2 (path);
  store = desk_store_open (path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (desk_test_query_int (store, "SELECT count(*) FROM funders"), ==, 2);
  grants = desk_store_list_grants (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grants->len, ==, 2);
  iolta = g_ptr_array_index (grants, 0);
  g_assert_cmpstr (desk_grant_get_name (iolta), ==, "IOLTA");
  g_assert_cmpstr (desk_grant_get_period_start (iolta), ==, "2023-01-01");
  g_assert_cmpstr (desk_grant_get_period_end (iolta), ==, "2024-12-31");
  g_assert_cmpint (desk_grant_get_hour_value_cents (iolta), ==, 0);
  g_assert_cmpstr (desk_grant_get_period_end (g_ptr_array_index (grants, 1)), ==, "2025-12-31");

  g_assert_cmpint (desk_test_query_int (store, "SELECT count(*) FROM case_grants cg JOIN grants g ON g.id = cg.grant_id "
                                               "WHERE g.name = 'IOLTA' AND cg.case_id IN (1, 2)"), ==, 2);
  g_assert_cmpint (desk_test_query_int (store, "SELECT count(*) FROM case_grants WHERE case_id = 4"), ==, 0);
  g_assert_cmpint (desk_test_query_int (store, "SELECT grant_id FROM time_entries WHERE case_id = 2"), ==,
                   desk_record_get_id (DESK_RECORD (iolta)));
  g_assert_cmpint (desk_test_query_int (store, "SELECT grant_id IS NULL FROM time_entries WHERE case_id = 4"), ==, 1);
  g_assert_cmpint (desk_test_query_int (store, "SELECT count(*) FROM audit_log "
                                               "WHERE action = 'create-from-funding-source'"), ==, 1);
  /* The text stays on the case. */
  g_assert_cmpint (desk_test_query_int (store, "SELECT count(*) FROM cases WHERE funding_source <> ''"), ==, 3);

  g_clear_object (&store);
  desk_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/reports/grants/archived-funder", test_archived_funder);
  ADD ("/reports/grants/validation", test_grant_validation);
  ADD ("/reports/grants/store-check", test_grant_store_check);
  ADD ("/reports/grants/restrictions", test_restrictions);
  ADD ("/reports/grants/attribution", test_attribution);
  ADD ("/reports/grants/time-entry-grant", test_time_entry_grant);
#undef ADD
  g_test_add_func ("/reports/grants/migrate-funding-source", test_migrate_funding_source);

  return g_test_run ();
}
