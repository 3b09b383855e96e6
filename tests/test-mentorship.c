/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Mentoring in the store: the migration, profiles and their child tables,
 * the pairing lifecycle, check-ins, lists, report figures, the matcher's
 * input (locks, declines, conflicts of interest) and its proposals. */
#define G_LOG_DOMAIN "test-mentorship"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "desk-error.h"
#include "desk-record-list.h"
#include "desk-store-mentorship.h"
#include "desk-test.h"

#define TODAY "2026-06-15"

typedef struct
{
  DeskTestStore  db;
  DeskStore     *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  desk_test_store_open (&f->db, "test-mentorship");
  f->store = f->db.store;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  desk_test_store_close (&f->db);
}

static sqlite3 *
handle (Fixture *f)
{
  return desk_database_get_handle (desk_store_get_database (f->store));
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (handle (f), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* ---- helpers -------------------------------------------------------------- */

static DeskVolunteer *
save_mentor (Fixture    *f,
             const char *first,
             const char *last,
             int         capacity)
{
  DeskVolunteer *volunteer = desk_volunteer_new ();

  desk_volunteer_set_first_name (volunteer, first);
  desk_volunteer_set_last_name (volunteer, last);
  desk_volunteer_set_role (volunteer, DESK_VOLUNTEER_ATTORNEY);
  desk_volunteer_set_admission_year (volunteer, 2008);
  desk_volunteer_set_is_mentor (volunteer, TRUE);
  desk_volunteer_set_mentor_tier (volunteer, DESK_TIER_SENIOR);
  desk_volunteer_set_mentor_capacity (volunteer, capacity);
  desk_volunteer_set_can_help_with (volunteer, DESK_GOAL_DRAFTING | DESK_GOAL_FIRST_HEARING);
  desk_volunteer_set_training_date (volunteer, DESK_TRAINING_COACHING, "2024-05-01");
  desk_volunteer_set_practice_areas (volunteer, "Housing, eviction defense");
  desk_volunteer_set_languages (volunteer, "English, Spanish");
  desk_volunteer_set_county (volunteer, "Franklin");
  desk_test_save (f->store, volunteer);
  return volunteer;
}

static DeskVolunteer *
save_mentee (Fixture    *f,
             const char *first,
             const char *last)
{
  DeskVolunteer *volunteer = desk_volunteer_new ();

  desk_volunteer_set_first_name (volunteer, first);
  desk_volunteer_set_last_name (volunteer, last);
  desk_volunteer_set_role (volunteer, DESK_VOLUNTEER_LAW_STUDENT);
  desk_volunteer_set_wants_mentor (volunteer, TRUE);
  desk_volunteer_set_mentee_tier (volunteer, DESK_TIER_NOVICE);
  desk_volunteer_set_mentee_goals (volunteer, DESK_GOAL_FIRST_HEARING);
  desk_volunteer_set_languages (volunteer, "Spanish");
  desk_volunteer_set_must_share_languages (volunteer, "Spanish");
  desk_test_save (f->store, volunteer);
  return volunteer;
}

static gint64
id_of (gpointer record)
{
  return desk_record_get_id (DESK_RECORD (record));
}

static DeskPairing *
save_pairing (Fixture    *f,
              gpointer    mentor,
              gpointer    mentee,
              const char *proposed_on)
{
  DeskPairing *pairing = desk_pairing_new ();

  desk_pairing_set_mentor_id (pairing, id_of (mentor));
  desk_pairing_set_mentee_id (pairing, id_of (mentee));
  desk_pairing_set_proposed_on (pairing, proposed_on);
  desk_pairing_set_score (pairing, 70);
  desk_test_save (f->store, pairing);
  return pairing;
}

static void
move (Fixture           *f,
      DeskPairing       *pairing,
      DeskPairingStatus  to,
      const char        *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (desk_store_move_pairing (f->store, pairing, to, "It did not work out.", date, &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_pairing_get_status (pairing), ==, to);
}

static DeskCase *
save_case (Fixture    *f,
           const char *client_first,
           const char *client_last,
           gint64      volunteer_id,
           gint64      mentor_id)
{
  g_autoptr(DeskClient) client = desk_client_new ();
  DeskCase *kase = desk_case_new ();

  desk_client_set_first_name (client, client_first);
  desk_client_set_last_name (client, client_last);
  desk_client_set_intake_date (client, "2026-01-05");
  desk_test_save (f->store, client);

  desk_case_set_client_id (kase, id_of (client));
  desk_case_set_problem_code (kase, "63");
  desk_case_set_title (kase, "Eviction");
  desk_case_set_opened_on (kase, "2026-02-01");
  if (volunteer_id > 0)
    {
      desk_case_set_status (kase, DESK_CASE_STATUS_PLACED);
      desk_case_set_volunteer_id (kase, volunteer_id);
    }
  desk_case_set_mentor_id (kase, mentor_id);
  desk_test_save (f->store, kase);
  return kase;
}

/* Whether @rule keeps the pair apart in @problem. */
static gboolean
has_rule (DeskMatchProblem   *problem,
          gint64              mentee_id,
          gint64              mentor_id,
          DeskMatchExclusion  rule)
{
  g_autoptr(GError) error = NULL;
  guint rules = 0;

  g_assert_true (desk_match_problem_check_pair (problem, mentee_id, mentor_id, &rules, NULL, &error));
  g_assert_no_error (error);
  return (rules & (1u << rule)) != 0;
}

/* How many mentee–mentor pairs of @problem @rule keeps apart. */
static guint
count_rule (DeskMatchProblem   *problem,
            DeskMatchExclusion  rule)
{
  guint n_profiles = desk_match_problem_get_n_profiles (problem);
  guint n = 0;

  for (guint i = 0; i < n_profiles; i++)
    for (guint j = 0; j < n_profiles; j++)
      {
        const DeskMatchProfile *mentee = desk_match_problem_get_profile (problem, i);
        const DeskMatchProfile *mentor = desk_match_problem_get_profile (problem, j);

        if (mentee->wants_mentor && mentor->is_mentor)
          n += has_rule (problem, mentee->id, mentor->id, rule);
      }
  return n;
}

static DeskMatchProblem *
load_problem (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  DeskMatchProblem *problem = desk_store_load_match_problem (f->store, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (problem);
  return problem;
}

static DeskMatchResult *
solve (DeskMatchProblem *problem)
{
  g_autoptr(GError) error = NULL;
  DeskMatchResult *result = desk_matcher_solve (problem, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

/* ---- the migration ------------------------------------------------------------ */

static void
exec_resource (sqlite3    *db,
               const char *resource)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *sql = NULL;
  char *message = NULL;

  g_assert_nonnull (bytes);
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", resource, message);
}

#define STAMP "'2026-01-01T00:00:00Z'"

/* A version 2 file with a volunteer that cases, time entries and practice
 * areas point at comes through the rebuild of volunteers intact. */
static void
test_migration_keeps_volunteers (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->db.dir, "version2.db", NULL);
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(DeskVolunteer) volunteer = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_resource (db, "/org/probonodesk/ProBonoDesk/migrations/0001-initial.sql");
  exec_resource (db, "/org/probonodesk/ProBonoDesk/migrations/0002-case-work.sql");
  g_assert_cmpint (sqlite3_exec (db,
    "PRAGMA foreign_keys = ON;"
    "INSERT INTO lsc_problem_codes VALUES ('63', 'Housing', 'Private Landlord/Tenant');"
    "INSERT INTO volunteers (id, first_name, last_name, role, is_mentor, practice_areas, created_at, updated_at) "
    "  VALUES (5, 'Grace', 'Okafor', 'attorney', 1, 'Housing', " STAMP ", " STAMP ");"
    "INSERT INTO practice_areas (id, name) VALUES (1, 'Housing');"
    "INSERT INTO volunteer_practice_areas VALUES (5, 1);"
    "INSERT INTO clients (id, first_name, last_name, intake_date, created_at, updated_at) "
    "  VALUES (1, 'Ana', 'Lopez', '2026-01-05', " STAMP ", " STAMP ");"
    "INSERT INTO cases (case_number, client_id, problem_code, title, status, opened_on, volunteer_id, mentor_id, "
    "  created_at, updated_at) VALUES ('2026-00001', 1, '63', 'Eviction', 'placed', '2026-01-06', 5, 5, "
    STAMP ", " STAMP ");"
    "INSERT INTO time_entries (case_id, volunteer_id, worked_on, tenths, activity, created_at, updated_at) "
    "  VALUES (1, 5, '2026-01-07', 15, 'Call', " STAMP ", " STAMP ");"
    "PRAGMA user_version = 2;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = desk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_database_get_schema_version (desk_store_get_database (store)), ==, DESK_SCHEMA_VERSION);

  volunteer = desk_store_get_volunteer (store, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (desk_volunteer_get_last_name (volunteer), ==, "Okafor");
  g_assert_true (desk_volunteer_get_is_mentor (volunteer));
  g_assert_true (desk_volunteer_get_active (volunteer));
  g_assert_cmpint (desk_volunteer_get_mentor_capacity (volunteer), ==, 1);
  g_assert_cmpint (desk_volunteer_get_mentor_tier (volunteer), ==, DESK_TIER_NONE);
  g_assert_cmpint (desk_volunteer_get_open_cases (volunteer), ==, 1);

  db = desk_database_get_handle (desk_store_get_database (store));
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE volunteers SET role = 'other' WHERE id = 5", NULL, NULL, NULL), ==, SQLITE_OK);

  /* The rebuilt table keeps its index and points nowhere it should not. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'volunteers_by_name'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
}

typedef struct
{
  const char *table;
  const char *column;
  GType     (*type) (void);
} EnumColumn;

/* Every nick of every new enum column passes its CHECK, and a non-nick
 * does not (as test-database does for the older columns). */
static void
test_schema_accepts_enum_nicks (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 2);
  g_autoptr(DeskVolunteer) mentee = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskPairing) pairing = save_pairing (f, mentor, mentee, "2026-05-01");
  g_autoptr(DeskObjective) objective = desk_objective_new ();
  g_autoptr(DeskCheckIn) check_in = desk_check_in_new ();
  g_autoptr(DeskObjectiveUpdate) update = desk_objective_update_new ();
  const EnumColumn columns[] = {
    { "volunteers", "mentor_tier", desk_tier_get_type },
    { "volunteers", "mentee_tier", desk_tier_get_type },
    { "objectives", "status", desk_objective_status_get_type },
    { "objective_updates", "status", desk_objective_status_get_type },
    { "pairings", "status", desk_pairing_status_get_type },
  };

  desk_objective_set_pairing_id (objective, id_of (pairing));
  desk_objective_set_description (objective, "Argue a motion");
  desk_objective_set_set_on (objective, "2026-05-02");
  desk_test_save (f->store, objective);
  desk_check_in_set_pairing_id (check_in, id_of (pairing));
  desk_check_in_set_date (check_in, "2026-05-10");
  desk_test_save (f->store, check_in);
  desk_objective_update_set_check_in_id (update, id_of (check_in));
  desk_objective_update_set_objective_id (update, id_of (objective));
  desk_test_save (f->store, update);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (columns[i].type ());
      gboolean pairings = g_str_equal (columns[i].table, "pairings");
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt = NULL;

      /* A pairing's status moves only along its lifecycle, so each nick
       * goes into a new row, with what that status needs. */
      if (pairings)
        sql = g_strdup_printf ("INSERT INTO pairings (mentor_id, mentee_id, status, proposed_on, decided_on, started_on, "
                               "ended_on, end_reason, archived, created_at, updated_at) VALUES (%" G_GINT64_FORMAT ", %"
                               G_GINT64_FORMAT ", ?1, '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', 'x', 1, "
                               STAMP ", " STAMP ")", id_of (mentor), id_of (mentee));
      else
        sql = g_strdup_printf ("UPDATE %s SET %s = ?1", columns[i].table, columns[i].column);
      g_assert_cmpint (sqlite3_prepare_v2 (handle (f), sql, -1, &stmt, NULL), ==, SQLITE_OK);
      for (guint v = 0; v < klass->n_values; v++)
        {
          sqlite3_reset (stmt);
          sqlite3_bind_text (stmt, 1, klass->values[v].value_nick, -1, SQLITE_STATIC);
          if (sqlite3_step (stmt) != SQLITE_DONE)
            g_error ("%s.%s refuses “%s”: %s", columns[i].table, columns[i].column, klass->values[v].value_nick,
                     sqlite3_errmsg (handle (f)));
        }
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, "no-such-nick", -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_CONSTRAINT_CHECK);
      sqlite3_finalize (stmt);
    }
}

/* ---- profiles --------------------------------------------------------------------- */

static void
test_profile_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(DeskVolunteer) other = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskVolunteer) mentor = desk_volunteer_new ();
  g_autoptr(DeskVolunteer) loaded = NULL;
  g_autoptr(GError) error = NULL;
  guint n_props = 0;
  g_autofree GParamSpec **pspecs = NULL;

  desk_volunteer_set_first_name (mentor, "Grace");
  desk_volunteer_set_last_name (mentor, "Okafor");
  desk_volunteer_set_admission_year (mentor, 2011);
  desk_volunteer_set_county (mentor, "Franklin");
  desk_volunteer_set_remote_ok (mentor, TRUE);
  desk_volunteer_set_availability (mentor, DESK_AVAILABILITY_BIT (0, 2) | DESK_AVAILABILITY_BIT (6, 0));
  desk_volunteer_set_monthly_hours (mentor, 8);
  desk_volunteer_set_meeting_modes (mentor, DESK_MEETING_IN_PERSON | DESK_MEETING_VIDEO);
  desk_volunteer_set_languages (mentor, "English, Spanish, Haitian Creole");
  desk_volunteer_set_must_share_languages (mentor, "Haitian Creole");
  desk_volunteer_set_practice_areas (mentor, "Housing, eviction defense");
  desk_volunteer_set_is_mentor (mentor, TRUE);
  desk_volunteer_set_mentor_tier (mentor, DESK_TIER_INTERMEDIATE);
  desk_volunteer_set_mentor_capacity (mentor, 3);
  desk_volunteer_set_can_help_with (mentor, DESK_GOAL_NEGOTIATION);
  desk_volunteer_set_training_date (mentor, DESK_TRAINING_CULTURAL_COMPETENCE, "2025-09-09");
  desk_volunteer_set_wants_mentor (mentor, TRUE);
  desk_volunteer_set_mentee_tier (mentor, DESK_TIER_INTERMEDIATE);
  desk_volunteer_set_mentee_goals_text (mentor, "Appellate briefs");
  desk_volunteer_add_never_pair (mentor, id_of (other));
  desk_test_save (f->store, mentor);

  loaded = desk_store_get_volunteer (f->store, id_of (mentor), &error);
  g_assert_no_error (error);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (mentor), &n_props);
  for (guint i = 0; i < n_props; i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (mentor), pspecs[i]->name, &a);
      g_object_get_property (G_OBJECT (loaded), pspecs[i]->name, &b);
      if (g_param_values_cmp (pspecs[i], &a, &b) != 0 && !g_str_equal (pspecs[i]->name, "open-cases"))
        g_error ("%s differs after a save", pspecs[i]->name);
    }

  /* The lists are copied into the tables queries join on. */
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM volunteer_languages WHERE volunteer_id = 2"), ==, 3);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT must_share FROM volunteer_languages "
                                                  "WHERE volunteer_id = 2 AND language = 'haitian creole'"), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT other_id FROM volunteer_never_pairs WHERE volunteer_id = 2"),
                   ==, id_of (other));
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM volunteer_practice_areas WHERE volunteer_id = 2"),
                   ==, 2);

  /* and kept in step when they change. */
  desk_volunteer_remove_language (loaded, "Haitian Creole");
  desk_volunteer_remove_never_pair (loaded, id_of (other));
  desk_test_save (f->store, loaded);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM volunteer_languages WHERE volunteer_id = 2"), ==, 2);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM volunteer_languages WHERE must_share = 1 "
                                                  "AND volunteer_id = 2"), ==, 0);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM volunteer_never_pairs WHERE volunteer_id = 2"), ==, 0);
}

static void
test_profile_lists_and_filters (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DeskVolunteer) grace = save_mentor (f, "Grace", "Okafor", 2);
  g_autoptr(DeskVolunteer) luis = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskVolunteer) mai = save_mentee (f, "Mai", "Nguyen");
  g_autoptr(GListModel) mentees = NULL;
  g_autoptr(GListModel) tagged = NULL;
  g_autoptr(GListModel) spanish = NULL;
  g_autoptr(GListModel) named = NULL;
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(DeskVolunteerQuery) query;
  gboolean found_tag = FALSE;
  gboolean found_category = FALSE;

  desk_volunteer_set_languages (mai, "Vietnamese");
  desk_volunteer_set_must_share_languages (mai, "");
  desk_volunteer_set_active (mai, FALSE);
  desk_test_save (f->store, mai);

  mentees = desk_store_list_mentees (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, 1);   /* Mai is inactive */

  desk_volunteer_query_init (&query);
  query.practice_area = g_strdup ("EVICTION DEFENSE");
  tagged = desk_store_search_volunteers (f->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tagged), ==, 1);
  g_assert_cmpint (desk_record_list_get_id (DESK_RECORD_LIST (tagged), 0), ==, id_of (grace));

  g_clear_pointer (&query.practice_area, g_free);
  query.language = g_strdup ("spanish");
  query.include_inactive = TRUE;
  spanish = desk_store_search_volunteers (f->store, &query, &error);
  g_assert_cmpuint (g_list_model_get_n_items (spanish), ==, 2);

  g_clear_pointer (&query.language, g_free);
  query.search = g_strdup ("ngu");
  named = desk_store_search_volunteers (f->store, &query, &error);
  g_assert_cmpuint (g_list_model_get_n_items (named), ==, 1);

  g_clear_pointer (&query.search, g_free);
  query.role = DESK_VOLUNTEER_LAW_STUDENT;
  query.mentoring = DESK_MENTORING_MENTORS;
  students = desk_store_search_volunteers (f->store, &query, &error);
  g_assert_cmpuint (g_list_model_get_n_items (students), ==, 0);

  /* Lists follow changes: Luis starts to mentor as well. */
  desk_volunteer_set_is_mentor (luis, TRUE);
  desk_volunteer_set_mentor_tier (luis, DESK_TIER_INTERMEDIATE);
  desk_volunteer_set_mentee_tier (luis, DESK_TIER_INTERMEDIATE);
  desk_test_save (f->store, luis);
  g_assert_cmpuint (g_list_model_get_n_items (students), ==, 1);

  areas = desk_store_list_practice_areas (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < areas->len; i++)
    {
      const DeskPracticeArea *area = g_ptr_array_index (areas, i);

      if (g_str_equal (area->name, "eviction defense"))
        {
          found_tag = TRUE;
          g_assert_false (area->is_category);
          g_assert_cmpuint (area->n_volunteers, ==, 1);
        }
      if (g_str_equal (area->name, "Housing"))
        {
          found_category = TRUE;
          g_assert_true (area->is_category);
          g_assert_cmpuint (area->n_volunteers, ==, 1);
        }
    }
  g_assert_true (found_tag);
  g_assert_true (found_category);
  /* Categories first. */
  g_assert_true (((DeskPracticeArea *) g_ptr_array_index (areas, 0))->is_category);

  /* A name is searched as the Clients page searches: each word typed
   * starts a word of the name, whatever the case, accents and hyphens. */
  {
    g_autoptr(DeskVolunteer) renee = save_mentee (f, "Renée", "Dubois-Lefèvre");
    const struct { const char *search; guint n; } searches[] = {
      { "RENEE", 1 }, { "lefevre", 1 }, { "Dubois Lefèvre renée", 1 }, { "dubois-lef", 1 },
      { "ortega l", 1 }, { "ebois", 0 }, { "renee okafor", 0 }, { "  ", 4 },
    };

    g_clear_pointer (&query.practice_area, g_free);
    query.role = DESK_VOLUNTEER_ROLE_ANY;
    query.mentoring = DESK_MENTORING_ANY;
    query.include_inactive = TRUE;
    for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
      {
        g_autoptr(GListModel) found = NULL;

        g_free (query.search);
        query.search = g_strdup (searches[i].search);
        found = desk_store_search_volunteers (f->store, &query, &error);
        g_assert_no_error (error);
        g_test_message ("“%s”", searches[i].search);
        g_assert_cmpuint (g_list_model_get_n_items (found), ==, searches[i].n);
      }
  }
}

/* ---- the lifecycle ------------------------------------------------------------------ */

static void
test_lifecycle_moves (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 2);
  g_autoptr(DeskVolunteer) mentee = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskPairing) pairing = save_pairing (f, mentor, mentee, "2026-05-01");
  g_autoptr(DeskPairing) stale_copy = NULL;
  g_autoptr(GError) error = NULL;
  gint64 audits = desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'pairing'");

  /* Refused: the status and the file stay as they were. */
  g_assert_false (desk_store_move_pairing (f->store, pairing, DESK_PAIRING_COMPLETED, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "status");
  g_assert_nonnull (strstr (error->message, "Proposed"));
  g_clear_error (&error);
  g_assert_cmpint (desk_pairing_get_status (pairing), ==, DESK_PAIRING_PROPOSED);

  stale_copy = desk_store_get_pairing (f->store, id_of (pairing), &error);
  move (f, pairing, DESK_PAIRING_ACCEPTED, "2026-05-03");
  g_assert_cmpstr (desk_pairing_get_decided_on (pairing), ==, "2026-05-03");
  move (f, pairing, DESK_PAIRING_ACTIVE, "2026-05-04");
  g_assert_cmpstr (desk_pairing_get_started_on (pairing), ==, "2026-05-04");

  /* A move starts from what the file holds, not from an old copy. */
  g_assert_false (desk_store_move_pairing (f->store, stale_copy, DESK_PAIRING_DECLINED, "No.", NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_clear_error (&error);

  /* Whoever writes, the database refuses a move off the lifecycle. */
  desk_pairing_set_status (stale_copy, DESK_PAIRING_PROPOSED);
  g_assert_false (desk_store_save (f->store, DESK_RECORD (stale_copy), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (sqlite3_exec (handle (f), "UPDATE pairings SET status = 'proposed'", NULL, NULL, NULL) & 0xff,
                   ==, SQLITE_CONSTRAINT);

  move (f, pairing, DESK_PAIRING_COMPLETED, "2026-06-10");
  g_assert_cmpstr (desk_pairing_get_ended_on (pairing), ==, "2026-06-10");

  /* Every move has its audit row, naming what changed. */
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'pairing'"),
                   ==, audits + 3);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'pairing' "
                                                  "AND action = 'update' AND fields LIKE '%status%'"), ==, 3);

  /* Nothing is deleted: archiving keeps the row. */
  g_assert_true (desk_store_archive (f->store, DESK_RECORD (pairing), &error));
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings WHERE archived = 1"), ==, 1);
}

static void
test_lifecycle_decline_and_end (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 2);
  g_autoptr(DeskVolunteer) mentee = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskPairing) declined = save_pairing (f, mentor, mentee, "2026-05-01");
  g_autoptr(DeskPairing) ended = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (desk_store_move_pairing (f->store, declined, DESK_PAIRING_DECLINED, "", NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "end-reason");
  g_clear_error (&error);
  g_assert_true (desk_store_move_pairing (f->store, declined, DESK_PAIRING_DECLINED, "Too far away.", NULL, &error));
  g_assert_cmpstr (desk_pairing_get_end_reason (declined), ==, "Too far away.");
  g_assert_cmpstr (desk_pairing_get_decided_on (declined), ==, TODAY);

  /* The pair may be proposed again (the matcher will not), and end early. */
  ended = save_pairing (f, mentor, mentee, "2026-05-20");
  move (f, ended, DESK_PAIRING_ACCEPTED, NULL);
  move (f, ended, DESK_PAIRING_ENDED_EARLY, NULL);
  g_assert_cmpstr (desk_pairing_get_end_reason (ended), ==, "It did not work out.");
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings"), ==, 2);
}

static void
test_accept_capacity (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 1);
  g_autoptr(DeskVolunteer) other_mentor = save_mentor (f, "Tom", "Reyes", 3);
  g_autoptr(DeskVolunteer) luis = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskVolunteer) mai = save_mentee (f, "Mai", "Nguyen");
  g_autoptr(DeskPairing) first = save_pairing (f, mentor, luis, "2026-05-01");
  g_autoptr(DeskPairing) second = save_pairing (f, mentor, mai, "2026-05-01");
  g_autoptr(DeskPairing) again = save_pairing (f, other_mentor, luis, "2026-05-01");
  g_autoptr(GError) error = NULL;

  move (f, first, DESK_PAIRING_ACCEPTED, NULL);

  g_assert_false (desk_store_move_pairing (f->store, second, DESK_PAIRING_ACCEPTED, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Grace Okafor already mentors 1 person"));
  g_clear_error (&error);

  g_assert_false (desk_store_move_pairing (f->store, again, DESK_PAIRING_ACCEPTED, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Luis Ortega already has a mentor"));
  g_clear_error (&error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings WHERE status = 'accepted'"), ==, 1);

  /* Once the first pairing is over, there is room again. */
  move (f, first, DESK_PAIRING_ENDED_EARLY, NULL);
  move (f, second, DESK_PAIRING_ACCEPTED, NULL);
}

static void
test_one_live_pairing_per_pair (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 2);
  g_autoptr(DeskVolunteer) mentee = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskPairing) first = save_pairing (f, mentor, mentee, "2026-05-01");
  g_autoptr(DeskPairing) twin = desk_pairing_new ();
  g_autoptr(GError) error = NULL;

  desk_pairing_set_mentor_id (twin, id_of (mentor));
  desk_pairing_set_mentee_id (twin, id_of (mentee));
  desk_pairing_set_proposed_on (twin, "2026-05-02");
  g_assert_false (desk_store_save (f->store, DESK_RECORD (twin), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (twin)), ==, 0);
}

/* ---- derived fields and lists ---------------------------------------------------------------- */

static DeskCheckIn *
save_check_in (Fixture     *f,
               DeskPairing *pairing,
               const char  *date,
               gboolean     held)
{
  DeskCheckIn *check_in = desk_check_in_new ();
  g_autoptr(GError) error = NULL;

  desk_check_in_set_pairing_id (check_in, id_of (pairing));
  desk_check_in_set_date (check_in, date);
  desk_check_in_set_held (check_in, held);
  g_assert_true (desk_store_save_check_in (f->store, check_in, NULL, &error));
  g_assert_no_error (error);
  return check_in;
}

static void
test_stale_proposals (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) luis = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskVolunteer) mai = save_mentee (f, "Mai", "Nguyen");
  g_autoptr(DeskVolunteer) ana = save_mentee (f, "Ana", "Silva");
  g_autoptr(DeskPairing) old = save_pairing (f, mentor, luis, "2026-05-20");
  g_autoptr(DeskPairing) fresh = save_pairing (f, mentor, mai, "2026-06-10");
  g_autoptr(DeskPairing) answered = save_pairing (f, mentor, ana, "2026-05-01");
  g_autoptr(GListModel) stale = NULL;
  g_autoptr(GError) error = NULL;

  move (f, answered, DESK_PAIRING_ACCEPTED, "2026-05-02");
  stale = desk_store_list_stale_proposals (f->store, TODAY, 14, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stale), ==, 1);
  g_assert_cmpint (desk_record_list_get_id (DESK_RECORD_LIST (stale), 0), ==, id_of (old));
  g_assert_true (desk_pairing_is_stale (old, TODAY, 14));
  g_assert_false (desk_pairing_is_stale (fresh, TODAY, 14));

  /* Answering it takes it off the list. */
  move (f, old, DESK_PAIRING_DECLINED, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (stale), ==, 0);
}

static void
test_overdue_check_ins (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) luis = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskVolunteer) mai = save_mentee (f, "Mai", "Nguyen");
  g_autoptr(DeskPairing) late = save_pairing (f, mentor, luis, "2026-03-01");
  g_autoptr(DeskPairing) on_time = save_pairing (f, mentor, mai, "2026-03-01");
  g_autoptr(DeskCheckIn) old = NULL;
  g_autoptr(DeskCheckIn) planned = NULL;
  g_autoptr(DeskCheckIn) recent = NULL;
  g_autoptr(DeskCheckIn) catch_up = NULL;
  g_autoptr(DeskPairing) loaded = NULL;
  g_autoptr(GListModel) overdue = NULL;
  g_autoptr(GListModel) check_ins = NULL;
  g_autoptr(GError) error = NULL;

  move (f, late, DESK_PAIRING_ACCEPTED, "2026-03-02");
  move (f, late, DESK_PAIRING_ACTIVE, "2026-03-02");
  move (f, on_time, DESK_PAIRING_ACCEPTED, "2026-03-02");
  move (f, on_time, DESK_PAIRING_ACTIVE, "2026-03-02");

  /* Luis: last held 4 May, every 4 weeks: due 1 June.  A planned one does not count. */
  old = save_check_in (f, late, "2026-05-04", TRUE);
  planned = save_check_in (f, late, "2026-06-01", FALSE);
  /* Mai: held 1 June, due 29 June. */
  recent = save_check_in (f, on_time, "2026-06-01", TRUE);

  overdue = desk_store_list_overdue_check_ins (f->store, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (overdue), ==, 1);
  g_assert_cmpint (desk_record_list_get_id (DESK_RECORD_LIST (overdue), 0), ==, id_of (late));

  loaded = desk_store_get_pairing (f->store, id_of (late), &error);
  g_assert_cmpstr (desk_pairing_get_last_check_in (loaded), ==, "2026-05-04");
  g_assert_cmpstr (desk_pairing_get_next_check_in (loaded), ==, "2026-06-01");
  g_assert_cmpstr (desk_pairing_get_mentee_name (loaded), ==, "Luis Ortega");
  g_assert_cmpstr (desk_pairing_get_mentor_name (loaded), ==, "Grace Okafor");

  /* Holding a check-in brings the pairing back on time. */
  catch_up = save_check_in (f, late, "2026-06-12", TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (overdue), ==, 0);

  check_ins = desk_store_list_check_ins (f->store, id_of (late), &error);
  g_assert_cmpuint (g_list_model_get_n_items (check_ins), ==, 3);
}

static void
test_pairing_cases (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) other = save_mentor (f, "Tom", "Reyes", 3);
  g_autoptr(DeskVolunteer) mentee = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskPairing) pairing = save_pairing (f, mentor, mentee, "2026-05-01");
  g_autoptr(DeskCase) under = save_case (f, "Ana", "Lopez", id_of (mentee), id_of (mentor));
  g_autoptr(DeskCase) alone = save_case (f, "Bo", "Li", id_of (mentee), 0);
  g_autoptr(DeskCase) elsewhere = save_case (f, "Cy", "Park", id_of (mentee), id_of (other));
  g_autoptr(DeskCase) later = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(DeskPairing) loaded = NULL;
  g_autoptr(GError) error = NULL;

  cases = desk_store_list_pairing_cases (f->store, id_of (pairing), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  g_assert_cmpint (desk_record_list_get_id (DESK_RECORD_LIST (cases), 0), ==, id_of (under));

  later = save_case (f, "Di", "Moss", id_of (mentee), id_of (mentor));
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 2);
  loaded = desk_store_get_pairing (f->store, id_of (pairing), &error);
  g_assert_cmpint (desk_pairing_get_n_cases (loaded), ==, 2);
}

static void
test_check_in_with_updates (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) mentee = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskPairing) pairing = save_pairing (f, mentor, mentee, "2026-05-01");
  g_autoptr(DeskObjective) answer = desk_objective_new ();
  g_autoptr(DeskObjective) motion = desk_objective_new ();
  g_autoptr(DeskCheckIn) check_in = desk_check_in_new ();
  g_autoptr(DeskCheckIn) bad = desk_check_in_new ();
  g_autoptr(GPtrArray) updates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GListModel) objectives = NULL;
  g_autoptr(DeskObjective) loaded = NULL;
  g_autoptr(GError) error = NULL;
  DeskObjectiveUpdate *update;
  gint64 rows_before;

  move (f, pairing, DESK_PAIRING_ACCEPTED, "2026-05-02");
  move (f, pairing, DESK_PAIRING_ACTIVE, "2026-05-02");
  desk_objective_set_pairing_id (answer, id_of (pairing));
  desk_objective_set_description (answer, "Draft an answer");
  desk_objective_set_set_on (answer, "2026-05-02");
  desk_test_save (f->store, answer);
  desk_objective_set_pairing_id (motion, id_of (pairing));
  desk_objective_set_description (motion, "Argue a motion");
  desk_objective_set_set_on (motion, "2026-05-02");
  desk_test_save (f->store, motion);

  desk_check_in_set_pairing_id (check_in, id_of (pairing));
  desk_check_in_set_date (check_in, "2026-06-01");
  desk_check_in_set_held (check_in, TRUE);
  desk_check_in_set_mentor_rating (check_in, 4);
  desk_check_in_set_fit (check_in, 5);
  update = desk_objective_update_new ();
  desk_objective_update_set_objective_id (update, id_of (answer));
  desk_objective_update_set_status (update, DESK_OBJECTIVE_MET);
  desk_objective_update_set_note (update, "Filed on time.");
  g_ptr_array_add (updates, update);
  update = desk_objective_update_new ();
  desk_objective_update_set_objective_id (update, id_of (motion));
  desk_objective_update_set_status (update, DESK_OBJECTIVE_IN_PROGRESS);
  g_ptr_array_add (updates, update);

  /* Nothing is saved while any record has a problem. */
  rows_before = desk_test_query_int (f->store, "SELECT count(*) FROM objective_updates");
  desk_check_in_set_pairing_id (bad, id_of (pairing));
  desk_check_in_set_date (bad, "2026-06-02");
  desk_check_in_set_mentee_rating (bad, 3);   /* not held */
  g_assert_false (desk_store_save_check_in (f->store, bad, updates, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM check_ins"), ==, 0);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM objective_updates"), ==, rows_before);

  g_assert_true (desk_store_save_check_in (f->store, check_in, updates, &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM objective_updates"), ==, 2);

  loaded = desk_store_get_objective (f->store, id_of (answer), &error);
  g_assert_cmpint (desk_objective_get_status (loaded), ==, DESK_OBJECTIVE_MET);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE entity = 'objective' "
                                                  "AND action = 'update'"), ==, 2);

  listed = desk_store_list_objective_updates (f->store, id_of (check_in), &error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 2);
  {
    g_autoptr(DeskObjectiveUpdate) first = g_list_model_get_item (listed, 0);

    g_assert_cmpstr (desk_objective_update_get_description (first), ==, "Draft an answer");
  }
  objectives = desk_store_list_objectives (f->store, id_of (pairing), &error);
  g_assert_cmpuint (g_list_model_get_n_items (objectives), ==, 2);
}

static void
test_mentorship_counts (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) luis = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskVolunteer) mai = save_mentee (f, "Mai", "Nguyen");
  g_autoptr(DeskPairing) active = save_pairing (f, mentor, luis, "2026-01-05");
  g_autoptr(DeskPairing) declined = save_pairing (f, mentor, mai, "2026-02-01");
  g_autoptr(DeskCheckIn) a = NULL;
  g_autoptr(DeskCheckIn) b = NULL;
  g_autoptr(DeskCheckIn) c = NULL;
  g_autoptr(DeskCase) kase = save_case (f, "Ana", "Lopez", id_of (luis), id_of (mentor));
  g_autoptr(GError) error = NULL;
  DeskMentorshipCounts counts = { 0 };

  move (f, active, DESK_PAIRING_ACCEPTED, "2026-01-10");
  move (f, active, DESK_PAIRING_ACTIVE, "2026-01-12");
  move (f, declined, DESK_PAIRING_DECLINED, "2026-02-03");
  a = save_check_in (f, active, "2026-02-09", TRUE);
  desk_check_in_set_mentor_rating (a, 4);
  desk_check_in_set_mentee_rating (a, 5);
  desk_check_in_set_fit (a, 3);
  desk_test_save (f->store, a);
  b = save_check_in (f, active, "2026-03-09", TRUE);
  desk_check_in_set_mentor_rating (b, 5);
  desk_test_save (f->store, b);
  c = save_check_in (f, active, "2026-07-06", FALSE);

  g_assert_true (desk_store_count_mentorship (f->store, "2026-01-01", "2026-03-31", &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.active_pairings, ==, 1);
  g_assert_cmpuint (counts.pairings_started, ==, 1);
  g_assert_cmpuint (counts.proposals_declined, ==, 1);
  g_assert_cmpuint (counts.check_ins_held, ==, 2);
  g_assert_cmpuint (counts.check_ins_scheduled, ==, 0);
  g_assert_cmpuint (counts.mentor_ratings, ==, 2);
  g_assert_cmpfloat_with_epsilon (counts.mentor_rating_mean, 4.5, 1e-9);
  g_assert_cmpuint (counts.mentee_ratings, ==, 1);
  g_assert_cmpfloat_with_epsilon (counts.mentee_rating_mean, 5.0, 1e-9);
  g_assert_cmpuint (counts.fit_answers, ==, 1);
  g_assert_cmpuint (counts.mentees_with_cases, ==, 1);
  g_assert_cmpuint (counts.cases_under_mentor, ==, 1);

  g_assert_true (desk_store_count_mentorship (f->store, "2026-07-01", "2026-09-30", &counts, &error));
  g_assert_cmpuint (counts.active_pairings, ==, 1);
  g_assert_cmpuint (counts.check_ins_held, ==, 0);
  g_assert_cmpuint (counts.check_ins_scheduled, ==, 1);
  g_assert_cmpuint (counts.mentor_ratings, ==, 0);
  g_assert_cmpfloat (counts.mentor_rating_mean, ==, 0.0);

  g_assert_false (desk_store_count_mentorship (f->store, "2026-09-30", "2026-07-01", &counts, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
}

/* ---- the matcher's input ------------------------------------------------------------- */

static void
test_match_input_profiles (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) mentee = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskVolunteer) bystander = desk_volunteer_new ();
  g_autoptr(DeskVolunteer) inactive = save_mentee (f, "Mai", "Nguyen");
  g_autoptr(DeskMatchProblem) problem = NULL;
  const DeskMatchProfile *profile;

  desk_volunteer_set_first_name (bystander, "Bo");
  desk_volunteer_set_last_name (bystander, "Li");
  desk_test_save (f->store, bystander);
  desk_volunteer_set_active (inactive, FALSE);
  desk_test_save (f->store, inactive);
  desk_volunteer_set_availability (mentor, DESK_AVAILABILITY_BIT (1, 2));
  desk_volunteer_set_meeting_modes (mentor, DESK_MEETING_VIDEO);
  desk_volunteer_set_monthly_hours (mentor, 6);
  desk_volunteer_set_remote_ok (mentor, TRUE);
  desk_volunteer_add_never_pair (mentor, id_of (bystander));
  desk_test_save (f->store, mentor);

  problem = load_problem (f);
  g_assert_cmpuint (desk_match_problem_get_n_profiles (problem), ==, 2);   /* the bystander and the inactive one are left out */
  g_assert_null (desk_match_problem_lookup (problem, id_of (bystander)));

  profile = desk_match_problem_lookup (problem, id_of (mentor));
  g_assert_nonnull (profile);
  g_assert_cmpstr (profile->name, ==, "Grace Okafor");
  g_assert_true (profile->active);
  g_assert_true (profile->is_mentor);
  g_assert_false (profile->wants_mentor);
  g_assert_cmpint (profile->mentor_tier, ==, DESK_TIER_SENIOR);
  g_assert_cmpuint (profile->capacity, ==, 3);
  g_assert_cmpint (profile->trainings, ==, DESK_TRAINING_COACHING);
  g_assert_cmpint (profile->can_help_with, ==, DESK_GOAL_DRAFTING | DESK_GOAL_FIRST_HEARING);
  g_assert_cmpuint (g_strv_length (profile->practice_areas), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) profile->practice_areas, "eviction defense"));
  g_assert_true (g_strv_contains ((const char * const *) profile->practice_areas, "Housing"));
  g_assert_cmpuint (profile->languages->len, ==, 2);
  g_assert_cmpuint (profile->availability, ==, DESK_AVAILABILITY_BIT (1, 2));
  g_assert_cmpstr (profile->county, ==, "Franklin");
  g_assert_true (profile->remote_ok);
  g_assert_cmpint (profile->years_experience, ==, 18);
  g_assert_cmpint (profile->meeting_modes, ==, DESK_MEETING_VIDEO);
  g_assert_cmpuint (profile->monthly_hours, ==, 6);
  g_assert_cmpuint (profile->never_pair->len, ==, 1);
  g_assert_cmpint (g_array_index (profile->never_pair, gint64, 0), ==, id_of (bystander));

  profile = desk_match_problem_lookup (problem, id_of (mentee));
  g_assert_true (profile->wants_mentor);
  g_assert_false (profile->is_mentor);
  g_assert_cmpint (profile->mentee_tier, ==, DESK_TIER_NOVICE);
  g_assert_cmpint (profile->goals, ==, DESK_GOAL_FIRST_HEARING);
  g_assert_cmpint (profile->years_experience, ==, 0);
  g_assert_cmpuint (profile->languages->len, ==, 1);
  g_assert_cmpstr (g_array_index (profile->languages, DeskMatchLanguage, 0).language, ==, "Spanish");
  g_assert_true (g_array_index (profile->languages, DeskMatchLanguage, 0).must_share);
  g_assert_cmpuint (g_strv_length (profile->practice_areas), ==, 0);
}

static void
test_match_input_locks (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) luis = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskVolunteer) mai = save_mentee (f, "Mai", "Nguyen");
  g_autoptr(DeskVolunteer) ana = save_mentee (f, "Ana", "Silva");
  g_autoptr(DeskVolunteer) bo = save_mentee (f, "Bo", "Li");
  g_autoptr(DeskPairing) active = save_pairing (f, mentor, luis, "2026-05-01");
  g_autoptr(DeskPairing) accepted = save_pairing (f, mentor, mai, "2026-05-01");
  g_autoptr(DeskPairing) pinned = save_pairing (f, mentor, ana, "2026-05-01");
  g_autoptr(DeskPairing) proposed = save_pairing (f, mentor, bo, "2026-05-01");
  g_autoptr(DeskMatchProblem) problem = NULL;
  g_autoptr(DeskMatchResult) result = NULL;
  const DeskMatchPair *pair;
  guint n_pairs, n_unmatched;

  move (f, active, DESK_PAIRING_ACCEPTED, NULL);
  move (f, active, DESK_PAIRING_ACTIVE, NULL);
  move (f, accepted, DESK_PAIRING_ACCEPTED, NULL);
  desk_pairing_set_pinned (pinned, TRUE);
  desk_test_save (f->store, pinned);

  /* Active, accepted and pinned pairs stay; a plain proposal does not. */
  problem = load_problem (f);
  result = solve (problem);
  desk_match_result_get_pairs (result, &n_pairs);
  g_assert_cmpuint (n_pairs, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      gpointer mentee = (gpointer[]) { luis, mai, ana }[i];

      pair = desk_match_result_lookup (result, id_of (mentee));
      g_assert_nonnull (pair);
      g_assert_cmpint (pair->mentor_id, ==, id_of (mentor));
      g_assert_cmpint (pair->kind, ==, DESK_MATCH_PAIR_LOCKED);
    }
  /* Three taken of three. */
  g_assert_true (has_rule (problem, id_of (bo), id_of (mentor), DESK_MATCH_EXCLUSION_AT_CAPACITY));
  g_assert_true (has_rule (problem, id_of (luis), id_of (mentor), DESK_MATCH_EXCLUSION_HAS_MENTOR));
  desk_match_result_get_unmatched (result, &n_unmatched);
  g_assert_cmpuint (n_unmatched, ==, 1);
}

/* The store gives a mentor's whole capacity and the matcher takes the
 * locks off once: four places, three locked, is one mentee more. */
static void
test_match_input_capacity_is_total (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 4);
  g_autoptr(GPtrArray) mentees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DeskMatchProblem) problem = NULL;
  g_autoptr(DeskMatchResult) result = NULL;
  g_autoptr(GOutputStream) csv = g_memory_output_stream_new_resizable ();
  g_autofree char *expected_line = NULL;
  g_autofree char *text = NULL;
  const char *names[] = { "Luis", "Mai", "Ana", "Bo", "Cy" };
  const DeskMatchPair *pairs;
  guint n_pairs, n_proposed = 0, n_unmatched;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (mentees, save_mentee (f, names[i], "Ortega"));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(DeskPairing) pairing = save_pairing (f, mentor, g_ptr_array_index (mentees, i), "2026-05-01");

      move (f, pairing, DESK_PAIRING_ACCEPTED, NULL);
    }

  problem = load_problem (f);
  g_assert_cmpuint (desk_match_problem_lookup (problem, id_of (mentor))->capacity, ==, 4);
  result = solve (problem);
  pairs = desk_match_result_get_pairs (result, &n_pairs);
  for (guint i = 0; i < n_pairs; i++)
    n_proposed += pairs[i].kind == DESK_MATCH_PAIR_PROPOSED;
  desk_match_result_get_unmatched (result, &n_unmatched);
  g_assert_cmpuint (n_pairs, ==, 4);
  g_assert_cmpuint (n_proposed, ==, 1);
  g_assert_cmpuint (n_unmatched, ==, 1);

  /* The scores CSV says the same: one free place. */
  g_assert_true (desk_matcher_write_scores_csv (problem, csv, NULL, NULL));
  g_assert_true (g_output_stream_write_all (csv, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (csv, NULL, NULL));
  text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (csv));
  expected_line = g_strdup_printf ("\n%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",1,",
                                   id_of (g_ptr_array_index (mentees, 3)), id_of (mentor));
  g_assert_nonnull (strstr (text, expected_line));
}

static void
test_match_input_declines (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) other = save_mentor (f, "Tom", "Reyes", 3);
  g_autoptr(DeskVolunteer) mentee = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskPairing) pairing = save_pairing (f, mentor, mentee, "2026-05-01");
  g_autoptr(DeskMatchProblem) before = load_problem (f);
  g_autoptr(DeskMatchProblem) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (count_rule (before, DESK_MATCH_EXCLUSION_DECLINED), ==, 0);
  move (f, pairing, DESK_PAIRING_DECLINED, NULL);
  /* Archived, the decline still stands. */
  g_assert_true (desk_store_archive (f->store, DESK_RECORD (pairing), &error));

  after = load_problem (f);
  g_assert_cmpuint (count_rule (after, DESK_MATCH_EXCLUSION_DECLINED), ==, 1);
  g_assert_true (has_rule (after, id_of (mentee), id_of (mentor), DESK_MATCH_EXCLUSION_DECLINED));
  g_assert_false (has_rule (after, id_of (mentee), id_of (other), DESK_MATCH_EXCLUSION_DECLINED));
}

static void
test_match_input_conflicts (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) second_mentor = save_mentor (f, "Tom", "Reyes", 3);
  g_autoptr(DeskVolunteer) rosa = save_mentee (f, "Rosa", "Delgado");
  g_autoptr(DeskVolunteer) unrelated = save_mentee (f, "Rosa", "Martinez");
  g_autoptr(DeskVolunteer) carla = save_mentee (f, "Carla", "Vance");
  g_autoptr(DeskCase) kase = save_case (f, "Ana", "Lopez", id_of (unrelated), id_of (mentor));
  g_autoptr(DeskCase) client_case = NULL;
  g_autoptr(DeskParty) party = desk_party_new ();
  g_autoptr(DeskMatchProblem) problem = NULL;

  /* Rosa Delgado, a mentee, is the landlord suing the client of a case
   * Grace Okafor supervises: they sit on opposite sides of it. */
  desk_party_set_case_id (party, id_of (kase));
  desk_party_set_name (party, "DELGADO, Rosa");
  desk_test_save (f->store, party);
  /* Tom Reyes, a mentor, was once a client in a case Carla Vance handles. */
  client_case = save_case (f, "Tom", "Réyes", id_of (carla), 0);

  problem = load_problem (f);
  g_assert_true (has_rule (problem, id_of (rosa), id_of (mentor), DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST));
  g_assert_true (has_rule (problem, id_of (carla), id_of (second_mentor), DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST));
  /* Nobody else: not the other Rosa, who handles that very case, nor anyone and the second mentor. */
  g_assert_false (has_rule (problem, id_of (unrelated), id_of (mentor), DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST));
  g_assert_false (has_rule (problem, id_of (rosa), id_of (second_mentor), DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST));
  g_assert_cmpuint (count_rule (problem, DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST), ==, 2);
}

static void
test_match_input_no_conflict_for_similar_names (Fixture       *f,
                                                gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) mentee = save_mentee (f, "Maria", "Garcia");
  g_autoptr(DeskVolunteer) handler = save_mentee (f, "Ian", "Moss");
  g_autoptr(DeskCase) kase = save_case (f, "Marta", "Garza", id_of (handler), id_of (mentor));
  g_autoptr(DeskParty) party = desk_party_new ();
  g_autoptr(DeskMatchProblem) problem = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  /* "Maria Garsia" is close enough for the conflict check to ask a person,
   * not for the matcher to exclude a pair on its own. */
  desk_party_set_case_id (party, id_of (kase));
  desk_party_set_name (party, "Maria Garsia");
  desk_test_save (f->store, party);
  hits = desk_store_find_conflicts (f->store, "Maria Garcia", "volunteer", id_of (mentee), NULL);
  g_assert_cmpuint (hits->len, >=, 1);

  problem = load_problem (f);
  g_assert_cmpuint (count_rule (problem, DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST), ==, 0);
}

typedef struct
{
  GMainLoop        *loop;
  DeskMatchProblem *problem;
  GError           *error;
  guint             last_done;
  guint             total;
  gboolean          finished;
} AsyncLoad;

static void
load_progress_cb (guint    done,
                  guint    total,
                  gpointer user_data)
{
  AsyncLoad *load = user_data;

  /* In this thread, in order, and all before the end. */
  g_assert_false (load->finished);
  g_assert_cmpuint (done, >, load->last_done);
  load->last_done = done;
  load->total = total;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncLoad *load = user_data;

  load->finished = TRUE;
  load->problem = desk_store_load_match_problem_finish (DESK_STORE (object), result, &load->error);
  g_main_loop_quit (load->loop);
}

static void
test_match_input_async (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) rosa = save_mentee (f, "Rosa", "Delgado");
  g_autoptr(DeskVolunteer) luis = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskCase) kase = save_case (f, "Rosa", "Delgado", id_of (luis), id_of (mentor));
  g_autoptr(DeskMatchProblem) sync = load_problem (f);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  DeskMatchSettings settings;
  AsyncLoad load = { loop, NULL, NULL, 0, 0, FALSE };

  desk_match_settings_init (&settings);
  settings.floor = 55;
  desk_store_load_match_problem_async (f->store, &settings, load_progress_cb, &load, NULL, loaded_cb, &load);
  g_main_loop_run (loop);
  g_assert_no_error (load.error);
  g_assert_cmpuint (desk_match_problem_get_n_profiles (load.problem), ==, desk_match_problem_get_n_profiles (sync));
  g_assert_cmpuint (desk_match_problem_get_n_profiles (load.problem), ==, 3);
  g_assert_cmpuint (load.last_done, ==, 3);
  g_assert_cmpuint (load.total, ==, 3);
  g_assert_cmpuint (desk_match_problem_get_settings (load.problem)->floor, ==, 55);
  g_assert_cmpuint (desk_match_problem_get_settings (sync)->floor, ==, 30);
  g_assert_cmpuint (count_rule (load.problem, DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST), ==, 1);
  g_assert_cmpuint (count_rule (sync, DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST), ==, 1);
  g_assert_true (has_rule (load.problem, id_of (rosa), id_of (mentor), DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST));
  g_clear_pointer (&load.problem, desk_match_problem_unref);

  g_cancellable_cancel (cancellable);
  load.finished = FALSE;
  desk_store_load_match_problem_async (f->store, NULL, NULL, NULL, cancellable, loaded_cb, &load);
  g_main_loop_run (loop);
  g_assert_null (load.problem);
  g_assert_error (load.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&load.error);
}

/* ---- proposals ---------------------------------------------------------------------- */

static void
test_save_proposals (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) other = save_mentor (f, "Tom", "Reyes", 3);
  g_autoptr(DeskVolunteer) luis = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskVolunteer) mai = save_mentee (f, "Mai", "Nguyen");
  g_autoptr(DeskVolunteer) ana = save_mentee (f, "Ana", "Silva");
  g_autoptr(DeskPairing) pinned = save_pairing (f, mentor, ana, "2026-05-01");
  g_autoptr(DeskPairing) loaded = NULL;
  g_autoptr(GError) error = NULL;
  DeskMatchProposal first[] = {
    { id_of (luis), id_of (mentor), 81, "Shares Housing · both speak Spanish" },
    { id_of (mai), id_of (other), 64, "Both free Tuesday evenings" },
  };
  DeskMatchProposal second[] = {
    { id_of (luis), id_of (other), 77, "Shares Housing" },
    { id_of (ana), id_of (mentor), 90, "The pinned pair again" },
  };
  guint n_saved = 0;
  gint64 audits;

  desk_pairing_set_pinned (pinned, TRUE);
  desk_test_save (f->store, pinned);

  g_assert_true (desk_store_save_proposals (f->store, first, G_N_ELEMENTS (first), NULL, 0, &n_saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_saved, ==, 2);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings WHERE archived = 0 "
                                                  "AND status = 'proposed'"), ==, 3);
  loaded = desk_store_get_pairing (f->store, desk_test_query_int (f->store, "SELECT max(id) FROM pairings"), &error);
  g_assert_cmpint (desk_pairing_get_score (loaded), ==, 64);
  g_assert_cmpstr (desk_pairing_get_explanation (loaded), ==, "Both free Tuesday evenings");
  g_assert_cmpstr (desk_pairing_get_proposed_on (loaded), ==, TODAY);

  /* A new run replaces the earlier proposals (archived, not deleted), keeps
   * the pinned one and does not propose its pair twice. */
  audits = desk_test_query_int (f->store, "SELECT count(*) FROM audit_log");
  g_assert_true (desk_store_save_proposals (f->store, second, G_N_ELEMENTS (second), NULL, 0, &n_saved, &error));
  g_assert_cmpuint (n_saved, ==, 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings"), ==, 4);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings WHERE archived = 1"), ==, 2);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings WHERE archived = 0"), ==, 2);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT pinned FROM pairings WHERE archived = 0 AND mentee_id = 5"), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log"), ==, audits + 2);
  {
    g_autofree char *replaced = query_text (f, "SELECT fields FROM audit_log WHERE action = 'replace-proposals' "
                                               "ORDER BY id DESC LIMIT 1");
    g_autofree char *proposed = query_text (f, "SELECT fields FROM audit_log WHERE action = 'propose' "
                                               "ORDER BY id DESC LIMIT 1");

    g_assert_cmpstr (replaced, ==, "ids: 2 3");
    g_assert_cmpstr (proposed, ==, "1 records");
  }

  /* A proposal for someone who is not there fails whole. */
  second[0].mentor_id = 999;
  g_assert_false (desk_store_save_proposals (f->store, second, 1, NULL, 0, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings WHERE archived = 0"), ==, 2);
}

/* The proposals of @mentee that are live, not archived. */
static gint64
live_proposals (Fixture *f,
                gpointer mentee)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM pairings WHERE archived = 0 AND status = 'proposed' "
                                          "AND mentee_id = %" G_GINT64_FORMAT, id_of (mentee));

  return desk_test_query_int (f->store, sql);
}

static void
test_save_match_result (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DeskVolunteer) grace = save_mentor (f, "Grace", "Okafor", 2);
  g_autoptr(DeskVolunteer) tom = save_mentor (f, "Tom", "Reyes", 2);
  g_autoptr(DeskVolunteer) luis = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskVolunteer) ana = save_mentee (f, "Ana", "Silva");
  g_autoptr(DeskMatchProblem) problem = NULL;
  g_autoptr(DeskMatchResult) result = NULL;
  g_autoptr(DeskPairing) saved = NULL;
  g_autoptr(GError) error = NULL;
  const DeskMatchPair *pair;
  guint n_saved = 0;
  gint64 audits;

  /* A tiered program: Grace mentors intermediates like Ana, Tom novices like Luis. */
  desk_volunteer_set_mentor_tier (tom, DESK_TIER_INTERMEDIATE);
  desk_test_save (f->store, tom);
  desk_volunteer_set_mentee_tier (ana, DESK_TIER_INTERMEDIATE);
  desk_test_save (f->store, ana);

  problem = load_problem (f);
  desk_match_problem_keep_tier (problem, DESK_TIER_INTERMEDIATE);
  result = solve (problem);
  pair = desk_match_result_lookup (result, id_of (luis));
  g_assert_nonnull (pair);
  g_assert_cmpint (pair->mentor_id, ==, id_of (tom));
  g_assert_null (desk_match_result_lookup (result, id_of (ana)));

  audits = desk_test_query_int (f->store, "SELECT count(*) FROM audit_log");
  g_assert_true (desk_store_save_match_result (f->store, result, &n_saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_saved, ==, 1);
  /* One batch: one audit row for the whole run. */
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log"), ==, audits + 1);
  saved = desk_store_get_pairing (f->store, desk_test_query_int (f->store, "SELECT max(id) FROM pairings"), &error);
  g_assert_cmpint (desk_pairing_get_mentee_id (saved), ==, id_of (luis));
  g_assert_cmpint (desk_pairing_get_mentor_id (saved), ==, id_of (tom));
  g_assert_cmpint (desk_pairing_get_status (saved), ==, DESK_PAIRING_PROPOSED);
  g_assert_cmpint (desk_pairing_get_score (saved), ==, pair->score);
  g_assert_cmpstr (desk_pairing_get_explanation (saved), ==, pair->explanation);
  g_assert_cmpstr (desk_pairing_get_proposed_on (saved), ==, TODAY);

  /* A run over the other tier keeps this tier's proposals. */
  g_clear_pointer (&result, desk_match_result_unref);
  g_clear_pointer (&problem, desk_match_problem_unref);
  problem = load_problem (f);
  desk_match_problem_keep_tier (problem, DESK_TIER_SENIOR);
  result = solve (problem);
  g_assert_true (desk_store_save_match_result (f->store, result, &n_saved, &error));
  g_assert_cmpuint (n_saved, ==, 1);
  g_assert_cmpint (live_proposals (f, luis), ==, 1);
  g_assert_cmpint (live_proposals (f, ana), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings WHERE archived = 1"), ==, 0);

  /* A run over everyone replaces both (one-to-one now: tiers ignored). */
  g_clear_pointer (&result, desk_match_result_unref);
  g_clear_pointer (&problem, desk_match_problem_unref);
  problem = load_problem (f);
  result = solve (problem);
  g_assert_true (desk_store_save_match_result (f->store, result, &n_saved, &error));
  g_assert_cmpuint (n_saved, ==, 2);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings WHERE archived = 1"), ==, 2);
  g_assert_cmpint (live_proposals (f, luis), ==, 1);
  g_assert_cmpint (live_proposals (f, ana), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM audit_log WHERE action = 'replace-proposals'"),
                   ==, 1);
}

static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DeskVolunteer) mentor = save_mentor (f, "Grace", "Okafor", 3);
  g_autoptr(DeskVolunteer) mentee = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskPairing) pairing = save_pairing (f, mentor, mentee, "2026-05-01");
  g_autoptr(GListModel) proposed = NULL;
  g_autoptr(GListModel) accepted = NULL;
  g_autoptr(GListModel) all = NULL;
  DeskPairingQuery query = { DESK_PAIRING_PROPOSED, 0, 0 };
  DeskPairingQuery by_mentor = { DESK_PAIRING_ACCEPTED, id_of (mentor), id_of (mentee) };

  proposed = desk_store_list_pairings (f->store, &query, NULL);
  accepted = desk_store_list_pairings (f->store, &by_mentor, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (proposed), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (accepted), ==, 0);

  move (f, pairing, DESK_PAIRING_ACCEPTED, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (proposed), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (accepted), ==, 1);
  all = desk_store_list_pairings (f->store, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
}

/* The board as people left it: a move frees only the mentee moved and the
 * mentees of the mentor they go to; the others keep their very pairings. */
static gint64
live_mentor_of (Fixture *f,
                gpointer mentee)
{
  g_autofree char *sql = g_strdup_printf ("SELECT mentor_id FROM pairings WHERE archived = 0 AND status = 'proposed' "
                                          "AND mentee_id = %" G_GINT64_FORMAT, id_of (mentee));

  return desk_test_query_int (f->store, sql);
}

static void
move_on_board (Fixture *f,
               gpointer mentee,
               gint64   mentor_id,
               GArray  *freed)
{
  g_autoptr(DeskMatchProblem) problem = load_problem (f);
  g_autoptr(DeskMatchResult) base = NULL;
  g_autoptr(DeskMatchWhatIf) what_if = NULL;
  g_autoptr(GError) error = NULL;
  gint64 mentee_id = id_of (mentee);

  g_array_set_size (freed, 0);
  g_assert_true (desk_store_lock_proposals (f->store, problem, &mentee_id, 1, mentor_id, freed, &error));
  g_assert_no_error (error);
  base = solve (problem);
  what_if = desk_matcher_what_if (base, mentee_id, mentor_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (desk_store_save_match_result_for (f->store, what_if->result, (const gint64 *) freed->data, freed->len,
                                                   NULL, &error));
  g_assert_no_error (error);
}

static void
test_proposals_board_kept (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(DeskVolunteer) grace = save_mentor (f, "Grace", "Okafor", 2);
  g_autoptr(DeskVolunteer) tom = save_mentor (f, "Tom", "Reyes", 2);
  g_autoptr(DeskVolunteer) rosa = save_mentor (f, "Rosa", "Delgado", 2);
  g_autoptr(DeskVolunteer) luis = save_mentee (f, "Luis", "Ortega");
  g_autoptr(DeskVolunteer) mai = save_mentee (f, "Mai", "Nguyen");
  g_autoptr(DeskVolunteer) ana = save_mentee (f, "Ana", "Silva");
  g_autoptr(DeskMatchProblem) problem = load_problem (f);
  g_autoptr(DeskMatchResult) first = solve (problem);
  g_autoptr(GArray) freed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 luis_mentor, other_mentor, kept_pairing, kept_mentee_mentor;
  gpointer kept_mentee;

  g_assert_true (desk_store_save_match_result (f->store, first, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings WHERE archived = 0"), ==, 3);

  /* Kept as they are, everything is a lock and nothing moves. */
  {
    g_autoptr(DeskMatchProblem) kept = load_problem (f);
    g_autoptr(DeskMatchResult) again = NULL;
    guint n_pairs;
    const DeskMatchPair *pairs;

    g_assert_true (desk_store_lock_proposals (f->store, kept, NULL, 0, 0, freed, &error));
    g_assert_cmpuint (freed->len, ==, 0);
    again = solve (kept);
    pairs = desk_match_result_get_pairs (again, &n_pairs);
    g_assert_cmpuint (n_pairs, ==, 3);
    for (guint i = 0; i < n_pairs; i++)
      g_assert_cmpint (pairs[i].kind, ==, DESK_MATCH_PAIR_LOCKED);
  }

  /* Luis to Mai's mentor: pinned; Mai is freed, Ana keeps her very pairing.
   * Load spreads, so each mentor has one mentee. */
  luis_mentor = live_mentor_of (f, luis);
  other_mentor = live_mentor_of (f, mai);
  kept_mentee = ana;
  kept_mentee_mentor = live_mentor_of (f, kept_mentee);
  g_assert_cmpint (other_mentor, !=, luis_mentor);
  g_assert_cmpint (kept_mentee_mentor, !=, other_mentor);
  g_assert_true (id_of (rosa) == luis_mentor || id_of (rosa) == other_mentor || id_of (rosa) == kept_mentee_mentor);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT id FROM pairings WHERE archived = 0 AND mentee_id = %" G_GINT64_FORMAT,
                                            id_of (kept_mentee));
    kept_pairing = desk_test_query_int (f->store, sql);
  }

  move_on_board (f, luis, other_mentor, freed);
  g_assert_cmpuint (freed->len, ==, 2);   /* Luis and Mai */
  g_assert_cmpint (live_mentor_of (f, luis), ==, other_mentor);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT pinned FROM pairings WHERE archived = 0 AND status = 'proposed' "
                                                  "AND mentee_id = 4"), ==, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT id FROM pairings WHERE archived = 0 AND mentee_id = %" G_GINT64_FORMAT,
                                            id_of (kept_mentee));
    g_assert_cmpint (desk_test_query_int (f->store, sql), ==, kept_pairing);
  }

  /* Moved back: the pinned choice is replaced, not doubled. */
  move_on_board (f, luis, luis_mentor, freed);
  g_assert_cmpint (live_mentor_of (f, luis), ==, luis_mentor);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings WHERE archived = 0 AND mentee_id = 4"), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->store, "SELECT count(*) FROM pairings WHERE archived = 0"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("DESK_TODAY", TODAY, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/mentorship/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("migration/keeps-volunteers", test_migration_keeps_volunteers);
  ADD ("schema/enum-nicks", test_schema_accepts_enum_nicks);
  ADD ("profile/round-trip", test_profile_round_trip);
  ADD ("profile/lists-and-filters", test_profile_lists_and_filters);
  ADD ("lifecycle/moves", test_lifecycle_moves);
  ADD ("lifecycle/decline-and-end", test_lifecycle_decline_and_end);
  ADD ("lifecycle/accept-capacity", test_accept_capacity);
  ADD ("lifecycle/one-live-pairing", test_one_live_pairing_per_pair);
  ADD ("lists/stale-proposals", test_stale_proposals);
  ADD ("lists/overdue-check-ins", test_overdue_check_ins);
  ADD ("lists/pairing-cases", test_pairing_cases);
  ADD ("lists/changed", test_changed_signal);
  ADD ("check-in/with-updates", test_check_in_with_updates);
  ADD ("counts/period", test_mentorship_counts);
  ADD ("match-input/profiles", test_match_input_profiles);
  ADD ("match-input/locks", test_match_input_locks);
  ADD ("match-input/capacity-is-total", test_match_input_capacity_is_total);
  ADD ("match-input/declines", test_match_input_declines);
  ADD ("match-input/conflicts", test_match_input_conflicts);
  ADD ("match-input/similar-names", test_match_input_no_conflict_for_similar_names);
  ADD ("match-input/async", test_match_input_async);
  ADD ("proposals/replace", test_save_proposals);
  ADD ("proposals/match-result", test_save_match_result);
  ADD ("proposals/board-kept", test_proposals_board_kept);
#undef ADD

  return g_test_run ();
}
