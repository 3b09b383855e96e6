/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-demo"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "desk-demo.h"
#include "desk-error.h"
#include "desk-store.h"
#include "desk-store-mentorship.h"

/* Tests run with DESK_TODAY=2026-06-15 (tests/meson.build). */
#define TODAY "2026-06-15"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-demo-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
}

static char *
db_path (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static DeskStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  DeskStore *store = desk_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
generate (const char *path,
          guint       n_cases,
          guint64     seed)
{
  g_autoptr(DeskStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  DeskDemoOptions options = { .n_cases = n_cases, .seed = seed, .batch_size = 500 };

  g_assert_true (desk_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* The tests read the file with SQLite directly, independent of the store. */
static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  /* A worker's connection may still be closing (its checkpoint locks the
   * file a moment), which a slow run (valgrind) catches. */
  sqlite3_busy_timeout (db, 5000);
  return db;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* The first column of every row, as strings. */
static GPtrArray *
query_column (sqlite3    *db,
              const char *sql)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (values, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return values;
}

/* Every row and column of @table but the timestamps, in id order. */
static char *
dump_table (sqlite3    *db,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", table);
  GString *dump = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  guint rows = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *name = sqlite3_column_name (stmt, i);
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          if (strcmp (name, "created_at") == 0 || strcmp (name, "updated_at") == 0)
            continue;
          g_string_append_printf (dump, "%s=%s|", name, text != NULL ? text : "NULL");
        }
      g_string_append_c (dump, '\n');
      rows++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (rows, >, 0);

  return g_string_free (dump, FALSE);
}

static void
assert_same_tables (const char *path_a,
                    const char *path_b,
                    gboolean    same)
{
  static const char * const tables[] = { "volunteers", "clients", "cases" };
  sqlite3 *a = open_raw (path_a);
  sqlite3 *b = open_raw (path_b);
  guint n_same = 0;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *dump_a = dump_table (a, tables[i]);
      g_autofree char *dump_b = dump_table (b, tables[i]);

      if (same)
        g_assert_cmpstr (dump_a, ==, dump_b);
      n_same += strcmp (dump_a, dump_b) == 0;
    }
  if (!same)
    g_assert_cmpuint (n_same, ==, 0);

  sqlite3_close (a);
  sqlite3_close (b);
}

static void
test_same_seed_same_data (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *a = db_path (fixture, "a.db");
  g_autofree char *b = db_path (fixture, "b.db");
  g_autofree char *c = db_path (fixture, "c.db");

  generate (a, 1200, 42);
  generate (b, 1200, 42);
  generate (c, 1200, 43);

  assert_same_tables (a, b, TRUE);
  assert_same_tables (a, c, FALSE);
}

static void
assert_counts (const char *path,
               gint64      cases,
               gint64      clients,
               gint64      volunteers)
{
  sqlite3 *db = open_raw (path);

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases"), ==, cases);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients"), ==, clients);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers"), ==, volunteers);
  sqlite3_close (db);
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *explicit_path = db_path (fixture, "explicit.db");
  g_autofree char *default_path = db_path (fixture, "default.db");
  g_autofree char *small_path = db_path (fixture, "small.db");
  g_autoptr(GError) error = NULL;
  DeskDemoOptions options = { .n_cases = 1000, .n_clients = 600, .n_volunteers = 25, .seed = 5 };
  DeskDemoOptions resolved = { .n_cases = 400 };

  {
    g_autoptr(DeskStore) store = open_store (explicit_path);

    g_assert_true (desk_demo_generate (store, &options, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }
  assert_counts (explicit_path, 1000, 600, 25);

  /* About 0.8 × cases clients and cases / 40 volunteers, at least 5. */
  desk_demo_resolve_options (&resolved);
  g_assert_cmpuint (resolved.n_clients, ==, 320);
  g_assert_cmpuint (resolved.n_volunteers, ==, 10);
  g_assert_cmpuint (resolved.batch_size, ==, DESK_DEMO_DEFAULT_BATCH_SIZE);
  generate (default_path, 400, 1);
  assert_counts (default_path, 400, 320, 10);

  generate (small_path, 3, 1);
  assert_counts (small_path, 3, 2, 5);
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

static void
test_realistic_data (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = db_path (fixture, "shape.db");
  g_autoptr(GPtrArray) top = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) closing_codes = NULL;
  g_autofree char *min_opened = NULL;
  g_autofree char *max_opened = NULL;
  g_autofree char *min_birth = NULL;
  g_autofree char *max_birth = NULL;
  sqlite3 *db;
  gint64 n_cases = 3000;
  gint64 n_closed, n_attorneys, n_volunteers;
  guint non_ascii = 0;

  generate (path, (guint) n_cases, 2026);
  db = open_raw (path);

  /* Every reference points at a record that exists. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases c LEFT JOIN clients p ON p.id = c.client_id "
                                  "WHERE p.id IS NULL"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases c LEFT JOIN volunteers v ON v.id = c.volunteer_id "
                                  "WHERE c.volunteer_id IS NOT NULL AND v.id IS NULL"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases c LEFT JOIN volunteers v ON v.id = c.mentor_id "
                                  "WHERE c.mentor_id IS NOT NULL AND (v.id IS NULL OR v.is_mentor = 0 "
                                  "OR c.mentor_id = c.volunteer_id)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE mentor_id IS NOT NULL"), >, 50);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE status = 'placed' AND volunteer_id IS NULL"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE status = 'placed'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE problem_code NOT IN "
                                  "(SELECT code FROM lsc_problem_codes)"), ==, 0);

  /* Some clients come back with another problem. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM (SELECT client_id FROM cases GROUP BY client_id "
                                  "HAVING count(*) > 1)"), >, 100);

  /* Housing and family lead, as at a real clinic. */
  top = query_column (db, "SELECT p.category FROM cases c JOIN lsc_problem_codes p ON p.code = c.problem_code "
                          "GROUP BY p.category ORDER BY count(*) DESC LIMIT 2");
  g_assert_cmpuint (top->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (top, 0), ==, "Housing");
  g_assert_cmpstr (g_ptr_array_index (top, 1), ==, "Family");
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT problem_code) FROM cases"), >, 40);

  /* Opened over about three years, none in the future, none before the
   * client's intake. */
  min_opened = query_text (db, "SELECT min(opened_on) FROM cases");
  max_opened = query_text (db, "SELECT max(opened_on) FROM cases");
  g_assert_cmpstr (min_opened, >=, "2023-06-15");
  g_assert_cmpstr (min_opened, <=, "2023-07-15");
  g_assert_cmpstr (max_opened, <=, TODAY);
  g_assert_cmpstr (max_opened, >=, "2026-05-15");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases c JOIN clients p ON p.id = c.client_id "
                                  "WHERE c.opened_on < p.intake_date"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE intake_date > '" TODAY "' "
                                  "OR intake_date < '2023-06-15'"), ==, 0);

  /* Closed cases are complete; old cases are mostly closed. */
  n_closed = query_int (db, "SELECT count(*) FROM cases WHERE status = 'closed'");
  g_assert_cmpint (n_closed, >, n_cases / 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE status = 'closed' AND "
                                  "(closing_code IS NULL OR closed_on IS NULL OR outcome = 'none' "
                                  "OR closed_on > '" TODAY "' OR closed_on < opened_on)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE status <> 'closed' AND closing_code IS NOT NULL"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE status = 'closed' AND "
                                  "closing_code NOT IN ('A', 'B', 'F', 'G', 'H', 'IA', 'IB', 'IC', 'K', 'L')"), ==, 0);
  closing_codes = query_column (db, "SELECT closing_code FROM cases WHERE status = 'closed' "
                                    "GROUP BY closing_code ORDER BY count(*) DESC LIMIT 2");
  g_assert_cmpstr (g_ptr_array_index (closing_codes, 0), ==, "A");
  g_assert_cmpstr (g_ptr_array_index (closing_codes, 1), ==, "B");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE status = 'closed' AND outcome = 'favourable'"),
                   >, n_closed / 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE amount_cents > 0"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE status = 'closed' AND opened_on < '2025-01-01'"),
                   >, query_int (db, "SELECT count(*) FROM cases WHERE opened_on < '2025-01-01'") * 8 / 10);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE status = 'rejected'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE status = 'rejected' AND rejection_reason = 'none'"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases WHERE status IN ('intake', 'open') "
                                  "AND opened_on < '2025-06-15'"),
                   <, query_int (db, "SELECT count(*) FROM cases WHERE status IN ('intake', 'open')") / 4);

  /* Volunteers: mostly attorneys, students are unpaid, some mentors. */
  n_volunteers = query_int (db, "SELECT count(*) FROM volunteers");
  n_attorneys = query_int (db, "SELECT count(*) FROM volunteers WHERE role = 'attorney'");
  g_assert_cmpint (n_volunteers, ==, 75);
  g_assert_cmpint (n_attorneys, >, n_volunteers * 4 / 10);
  g_assert_cmpint (n_attorneys, <, n_volunteers * 8 / 10);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE role = 'law-student'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE role = 'law-student' AND hourly_value_cents <> 0"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE role = 'attorney' AND "
                                  "hourly_value_cents NOT BETWEEN 15000 AND 35000"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE is_mentor = 1"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE is_mentor = 1 AND role <> 'attorney'"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE practice_areas = ''"), ==, 0);

  /* Clients: names from many languages, adults, incomes around the
   * poverty line, demographics that include "declined". */
  names = query_column (db, "SELECT first_name || ' ' || last_name FROM clients");
  for (guint i = 0; i < names->len; i++)
    {
      g_assert_true (g_utf8_validate (g_ptr_array_index (names, i), -1, NULL));
      non_ascii += !is_ascii (g_ptr_array_index (names, i));
    }
  g_assert_cmpuint (non_ascii, >, names->len / 20);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT language) FROM clients"), >=, 8);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE language = 'English'"),
                   >, query_int (db, "SELECT count(*) FROM clients") / 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE interpreter_needed = 1"), >, 0);
  min_birth = query_text (db, "SELECT min(birth_date) FROM clients");
  max_birth = query_text (db, "SELECT max(birth_date) FROM clients");
  g_assert_cmpstr (min_birth, >, "1936-06-15");
  g_assert_cmpstr (max_birth, <=, "2008-06-15");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE birth_date > date(intake_date, '-18 years')"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE birth_date IS NULL"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE household_adults + household_children "
                                  "NOT BETWEEN 1 AND 8"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE annual_income_cents > "
                                  "(1565000 + 550000 * (household_adults + household_children - 1)) * 25 / 10"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE annual_income_cents < "
                                  "(1565000 + 550000 * (household_adults + household_children - 1)) * 125 / 100"),
                   >, query_int (db, "SELECT count(*) FROM clients") / 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE income_sources & 2"), >, 0);  /* SSI */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE income_sources & 4"), >, 0);  /* TANF */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE gender = 'declined'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE ethnicity = 'declined'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT ethnicity) FROM clients"), >=, 6);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT county) FROM clients"), ==, 12);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE email <> ''"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE email = ''"), >, 0);

  sqlite3_close (db);
}

static void
test_today_option (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = db_path (fixture, "today.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *min_opened = NULL;
  g_autofree char *max_opened = NULL;
  DeskDemoOptions options = { .n_cases = 300, .seed = 3, .today = "2025-02-28" };
  sqlite3 *db;

  {
    g_autoptr(DeskStore) store = open_store (path);

    g_assert_true (desk_demo_generate (store, &options, NULL, NULL, NULL, &error));
    g_assert_no_error (error);

    options.today = "2025-02-30";
    g_assert_false (desk_demo_generate (store, &options, NULL, NULL, NULL, &error));
    g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  }

  db = open_raw (path);
  min_opened = query_text (db, "SELECT min(opened_on) FROM cases");
  max_opened = query_text (db, "SELECT max(opened_on) FROM cases");
  g_assert_cmpstr (min_opened, >=, "2022-02-28");
  g_assert_cmpstr (max_opened, <=, "2025-02-28");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases"), ==, 300);
  sqlite3_close (db);
}

static void
test_cancelled_before (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = db_path (fixture, "cancelled.db");
  g_autoptr(DeskStore) store = open_store (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  DeskDemoOptions options = { .n_cases = 500, .seed = 1 };

  g_cancellable_cancel (cancellable);
  g_assert_false (desk_demo_generate (store, &options, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_counts (path, 0, 0, 0);
}

typedef struct
{
  GCancellable *cancellable;
  guint         cancel_at;
  guint         calls;
  guint         last_done;
  guint         total;
} ProgressLog;

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  ProgressLog *log = user_data;

  g_assert_cmpuint (done, >, log->last_done);
  g_assert_cmpuint (done, <=, total);
  log->calls++;
  log->last_done = done;
  log->total = total;
  if (log->cancellable != NULL && done >= log->cancel_at)
    g_cancellable_cancel (log->cancellable);
}

static void
test_cancelled_midway (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = db_path (fixture, "midway.db");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  DeskDemoOptions options = { .n_cases = 2000, .n_clients = 1000, .n_volunteers = 20, .seed = 1, .batch_size = 250 };
  ProgressLog log = { .cancellable = cancellable, .cancel_at = 20 + 1000 + 600 };
  sqlite3 *db;
  gint64 n_cases;

  {
    g_autoptr(DeskStore) store = open_store (path);

    g_assert_false (desk_demo_generate (store, &options, progress_cb, &log, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }

  /* Only whole batches were committed. */
  db = open_raw (path);
  n_cases = query_int (db, "SELECT count(*) FROM cases");
  g_assert_cmpint (n_cases, >, 0);
  g_assert_cmpint (n_cases, <, 2000);
  g_assert_cmpint (n_cases % 250, ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients"), ==, 1000);
  g_assert_cmpuint (log.last_done, ==, 20 + 1000 + n_cases);
  g_assert_cmpuint (log.total, ==, 20 + 1000 + 2000);
  sqlite3_close (db);
}

typedef struct
{
  GMainLoop   *loop;
  GError      *error;
  gboolean     done;
  ProgressLog  log;
} AsyncRun;

static void
async_progress_cb (guint    done,
                   guint    total,
                   gpointer user_data)
{
  AsyncRun *run = user_data;

  /* Progress arrives in the caller's context, before the result. */
  g_assert_false (run->done);
  progress_cb (done, total, &run->log);
}

static void
async_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->done = TRUE;
  desk_demo_generate_finish (DESK_STORE (object), result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = db_path (fixture, "async.db");
  g_autofree char *sync_path = db_path (fixture, "sync.db");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  DeskDemoOptions options = { .n_cases = 1500, .seed = 9, .batch_size = 400 };
  AsyncRun run = { .loop = loop };

  {
    g_autoptr(DeskStore) store = open_store (path);

    desk_demo_generate_async (store, &options, async_progress_cb, &run, NULL, async_done_cb, &run);
    g_main_loop_run (loop);
    g_assert_no_error (run.error);
  }

  g_assert_cmpuint (run.log.calls, >=, 5);
  g_assert_cmpuint (run.log.last_done, ==, run.log.total);
  g_assert_cmpuint (run.log.total, ==, 1500 + 1200 + 37);
  assert_counts (path, 1500, 1200, 37);

  /* The thread runs the very same generator. */
  {
    g_autoptr(DeskStore) store = open_store (sync_path);
    g_autoptr(GError) error = NULL;

    g_assert_true (desk_demo_generate (store, &options, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }
  assert_same_tables (path, sync_path, TRUE);
}

static void
test_async_cancelled (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = db_path (fixture, "async-cancelled.db");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(DeskStore) store = open_store (path);
  DeskDemoOptions options = { .n_cases = 1000, .seed = 9 };
  AsyncRun run = { .loop = loop };

  g_cancellable_cancel (cancellable);
  desk_demo_generate_async (store, &options, NULL, NULL, cancellable, async_done_cb, &run);
  g_main_loop_run (loop);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&run.error);
  assert_counts (path, 0, 0, 0);
}

/* ---- mentoring ------------------------------------------------------------ */

static void
generate_program (const char *path,
                  guint       n_cases,
                  guint       n_mentors,
                  guint       n_mentees,
                  guint64     seed)
{
  g_autoptr(DeskStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  DeskDemoOptions options = { .n_cases = n_cases, .seed = seed, .n_mentors = n_mentors, .n_mentees = n_mentees };

  g_assert_true (desk_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_mentoring_same_seed (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char * const tables[] = {
    "volunteers", "pairings", "objectives", "check_ins", "objective_updates", "cases"
  };
  g_autofree char *a = db_path (fixture, "a.db");
  g_autofree char *b = db_path (fixture, "b.db");
  g_autofree char *c = db_path (fixture, "c.db");
  sqlite3 *db_a, *db_b, *db_c;

  generate_program (a, 300, 60, 240, 11);
  generate_program (b, 300, 60, 240, 11);
  generate_program (c, 300, 60, 240, 12);
  db_a = open_raw (a);
  db_b = open_raw (b);
  db_c = open_raw (c);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *dump_a = dump_table (db_a, tables[i]);
      g_autofree char *dump_b = dump_table (db_b, tables[i]);
      g_autofree char *dump_c = dump_table (db_c, tables[i]);

      g_assert_cmpstr (dump_a, ==, dump_b);
      g_assert_cmpstr (dump_a, !=, dump_c);
    }
  sqlite3_close (db_a);
  sqlite3_close (db_b);
  sqlite3_close (db_c);
}

/* The size the matcher is measured at: 500 mentors, 2,000 mentees. */
static void
test_mentoring_scale (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = db_path (fixture, "scale.db");
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(DeskMatchProblem) problem = NULL;
  g_autoptr(DeskMatchResult) result = NULL;
  g_autoptr(GError) error = NULL;
  DeskDemoOptions options = { .n_mentors = 500, .n_mentees = 2000, .seed = 3 };
  const DeskMatchPair *pairs;
  guint n_pairs, n_locked = 0, n_declined = 0;
  ProgressLog log = { 0 };
  gint64 started;
  sqlite3 *db;

  store = open_store (path);
  desk_demo_resolve_options (&options);
  g_assert_cmpuint (options.n_cases, ==, 0);
  g_assert_cmpuint (options.n_clients, ==, 0);
  g_assert_cmpuint (options.n_volunteers, ==, 0);
  g_assert_cmpuint (desk_demo_count_mentoring_volunteers (&options), ==, 2450);

  started = g_get_monotonic_time ();
  g_assert_true (desk_demo_generate (store, &options, progress_cb, &log, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("500 mentors and 2,000 mentees in %.2f s",
                  (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  g_assert_cmpuint (log.last_done, ==, 2450);
  g_assert_cmpuint (log.total, ==, 2450);

  db = open_raw (path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers"), ==, 2450);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE is_mentor = 1"), ==, 500);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE wants_mentor = 1"), ==, 2000);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients"), ==, 0);

  /* No mentor holds more accepted or active pairings than places. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers v JOIN (SELECT mentor_id, count(*) AS n "
                                  "FROM pairings WHERE archived = 0 AND status IN ('accepted', 'active') "
                                  "GROUP BY mentor_id) p ON p.mentor_id = v.id WHERE p.n > v.mentor_capacity"), ==, 0);
  sqlite3_close (db);

  /* The matcher's input of the same size: active volunteers only, with
   * their locked pairings and earlier declines. */
  problem = desk_store_load_match_problem (store, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (desk_match_problem_get_n_profiles (problem), >, 2300);
  g_assert_cmpuint (desk_match_problem_get_n_profiles (problem), <, 2450);
  result = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  pairs = desk_match_result_get_pairs (result, &n_pairs);
  for (guint i = 0; i < n_pairs; i++)
    n_locked += pairs[i].kind == DESK_MATCH_PAIR_LOCKED;
  g_assert_cmpuint (n_locked, >, 100);
  for (guint i = 0; i < desk_match_problem_get_n_profiles (problem); i++)
    {
      const DeskMatchProfile *mentee = desk_match_problem_get_profile (problem, i);

      for (guint j = 0; mentee->wants_mentor && j < desk_match_problem_get_n_profiles (problem); j++)
        {
          const DeskMatchProfile *mentor = desk_match_problem_get_profile (problem, j);
          guint rules = 0;

          if (!mentor->is_mentor)
            continue;
          g_assert_true (desk_match_result_check_pair (result, mentee->id, mentor->id, &rules, NULL, NULL));
          n_declined += (rules & (1u << DESK_MATCH_EXCLUSION_DECLINED)) != 0;
        }
    }
  g_assert_cmpuint (n_declined, >, 20);
}

static void
test_mentoring_realistic (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = db_path (fixture, "program.db");
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GListModel) overdue = NULL;
  g_autoptr(GListModel) stale = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  gint64 n_pairings;

  generate_program (path, 2000, 150, 600, 2026);
  db = open_raw (path);

  /* Mentors: attorneys, seniors with ten years or more, capacities 1–4,
   * most trained; mentees: students and new attorneys with goals. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE is_mentor = 1 AND mentor_tier = 'none' "
                                  "AND wants_mentor = 1"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE mentor_tier = 'senior' "
                                  "AND (role <> 'attorney' OR admission_year > 2016)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE is_mentor = 1 "
                                  "AND mentor_capacity NOT BETWEEN 1 AND 4"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT mentor_capacity) FROM volunteers WHERE is_mentor = 1"), ==, 4);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE is_mentor = 1 "
                                  "AND coaching_trained_on IS NOT NULL"),
                   >, query_int (db, "SELECT count(*) FROM volunteers WHERE is_mentor = 1") / 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE wants_mentor = 1 AND mentee_goals = 0 "
                                  "AND mentee_goals_text = ''"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE wants_mentor = 1 AND role = 'law-student' "
                                  "AND mentee_tier <> 'novice'"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE is_mentor = 1 AND wants_mentor = 1"), ==, 15);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE active = 0"), >, 0);

  /* Profiles: counties, availability, LSC categories and free tags,
   * languages (Spanish the most common after English, some must-share),
   * a few never-pair lists; the clinic's other volunteers have profiles too. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteers WHERE county = '' OR availability = 0 "
                                  "OR languages = '' OR meeting_modes = 0"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT county) FROM volunteers"), ==, 12);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM practice_areas WHERE name = 'eviction defense'"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteer_languages WHERE language = 'English'"),
                   ==, query_int (db, "SELECT count(*) FROM volunteers"));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteer_languages WHERE language = 'Spanish'"),
                   >, query_int (db, "SELECT count(*) FROM volunteers") / 20);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteer_languages WHERE must_share = 1"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteer_never_pairs"), >, 0);

  /* Pairings in every status; a mentor never has more live pairings than
   * places, a mentee never more than one mentor at a time. */
  n_pairings = query_int (db, "SELECT count(*) FROM pairings");
  g_assert_cmpint (n_pairings, >, 100);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT status) FROM pairings"), ==, 6);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM (SELECT p.mentor_id FROM pairings p JOIN volunteers v "
                                  "ON v.id = p.mentor_id WHERE p.status IN ('accepted', 'active') "
                                  "GROUP BY p.mentor_id HAVING count(*) > max (v.mentor_capacity))"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM (SELECT mentee_id FROM pairings "
                                  "WHERE status IN ('accepted', 'active') GROUP BY mentee_id HAVING count(*) > 1)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pairings p JOIN volunteers v ON v.id = p.mentor_id "
                                  "WHERE v.is_mentor = 0"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pairings p JOIN volunteers v ON v.id = p.mentee_id "
                                  "WHERE v.wants_mentor = 0"), ==, 0);

  /* Objectives and check-ins for the pairings that started; held ones in
   * the past with ratings, planned ones ahead; progress on objectives. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pairings p WHERE p.started_on IS NOT NULL AND NOT EXISTS "
                                  "(SELECT 1 FROM objectives o WHERE o.pairing_id = p.id)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM check_ins WHERE held = 1 AND date > '" TODAY "'"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM check_ins WHERE held = 0 AND date > '" TODAY "'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM check_ins WHERE fit > 0"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM check_ins WHERE mentor_rating BETWEEN 1 AND 5"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM objective_updates WHERE status = 'met'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM objectives WHERE status = 'met'"), >, 0);

  /* Mentees handle cases under the mentor of their pairing. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases k JOIN pairings p ON p.mentee_id = k.volunteer_id "
                                  "AND p.mentor_id = k.mentor_id WHERE p.status IN ('accepted', 'active')"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM cases c LEFT JOIN volunteers v ON v.id = c.mentor_id "
                                  "WHERE c.mentor_id IS NOT NULL AND (v.is_mentor = 0 OR c.mentor_id = c.volunteer_id)"),
                   ==, 0);
  sqlite3_close (db);

  /* What the board highlights: overdue check-ins and stale proposals. */
  store = open_store (path);
  overdue = desk_store_list_overdue_check_ins (store, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (overdue), >, 0);
  stale = desk_store_list_stale_proposals (store, TODAY, 14, &error);
  g_assert_cmpuint (g_list_model_get_n_items (stale), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("DESK_TODAY", TODAY, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/demo/same-seed-same-data", Fixture, NULL, fixture_set_up, test_same_seed_same_data, fixture_tear_down);
  g_test_add ("/demo/counts", Fixture, NULL, fixture_set_up, test_counts, fixture_tear_down);
  g_test_add ("/demo/realistic-data", Fixture, NULL, fixture_set_up, test_realistic_data, fixture_tear_down);
  g_test_add ("/demo/today-option", Fixture, NULL, fixture_set_up, test_today_option, fixture_tear_down);
  g_test_add ("/demo/cancelled-before", Fixture, NULL, fixture_set_up, test_cancelled_before, fixture_tear_down);
  g_test_add ("/demo/cancelled-midway", Fixture, NULL, fixture_set_up, test_cancelled_midway, fixture_tear_down);
  g_test_add ("/demo/async", Fixture, NULL, fixture_set_up, test_async, fixture_tear_down);
  g_test_add ("/demo/async-cancelled", Fixture, NULL, fixture_set_up, test_async_cancelled, fixture_tear_down);
  g_test_add ("/demo/mentoring/same-seed", Fixture, NULL, fixture_set_up, test_mentoring_same_seed, fixture_tear_down);
  g_test_add ("/demo/mentoring/scale", Fixture, NULL, fixture_set_up, test_mentoring_scale, fixture_tear_down);
  g_test_add ("/demo/mentoring/realistic", Fixture, NULL, fixture_set_up, test_mentoring_realistic, fixture_tear_down);

  return g_test_run ();
}
