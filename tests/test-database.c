/* SPDX-License-Identifier: GPL-3.0-or-later */
/* DeskDatabase: creating, reopening and refusing files, migrations,
 * reference data, transactions and the schema's own rules. */
#define G_LOG_DOMAIN "test-database"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "desk-csv.h"
#include "desk-database.h"
#include "desk-enums.h"
#include "desk-error.h"
#include "desk-store.h"
#include "desk-test-files.h"

/* Fixture: a private temporary folder, removed afterwards. -------------- */

typedef struct
{
  char *dir;
} Fixture;

static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-database-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  remove_tree (fixture->dir);
  g_assert_false (g_file_test (fixture->dir, G_FILE_TEST_EXISTS));
  g_clear_pointer (&fixture->dir, g_free);
}

/* Helpers ---------------------------------------------------------------- */

static char *
fixture_path (Fixture    *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static gint64
query_int64 (DeskDatabase *db,
             const char   *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (desk_database_get_handle (db), sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("cannot prepare %s: %s", sql, sqlite3_errmsg (desk_database_get_handle (db)));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (DeskDatabase *db,
            const char   *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  if (sqlite3_prepare_v2 (desk_database_get_handle (db), sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("cannot prepare %s: %s", sql, sqlite3_errmsg (desk_database_get_handle (db)));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_bytes_unchanged (const char *path,
                        GBytes     *before)
{
  g_autoptr(GBytes) after = read_bytes (path);

  g_assert_cmpuint (g_bytes_get_size (after), ==, g_bytes_get_size (before));
  g_assert_true (g_bytes_equal (after, before));
}

static DeskDatabase *
open_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  DeskDatabase *db = desk_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (DESK_IS_DATABASE (db));
  return db;
}

/* Data rows (not the header) of a bundled table in data/. */
static guint
bundled_data_rows (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  rows = desk_csv_parse (contents, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >, 1);
  return rows->len - 1;
}

static void
make_sqlite_file (const char *path,
                  const char *sql)
{
  sqlite3 *handle = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
}

/* Opening and creating --------------------------------------------------- */

static void
test_create_new (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "probono.db");
  g_autofree char *journal_mode = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(DeskDatabase) db = NULL;

  db = open_ok (path);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmphex (desk_test_file_mode (path), ==, 0600);

  g_assert_cmpstr (desk_database_get_path (db), ==, path);
  g_assert_cmpint (desk_database_get_schema_version (db), ==, DESK_SCHEMA_VERSION);
  g_assert_cmpint (query_int64 (db, "PRAGMA user_version"), ==, DESK_SCHEMA_VERSION);
  g_assert_cmpint (query_int64 (db, "PRAGMA application_id"), ==, DESK_APPLICATION_ID);
  g_assert_false (desk_database_in_transaction (db));
  g_assert_false (desk_database_is_read_only (db));
  g_assert_null (desk_database_get_read_only_reason (db));

  journal_mode = query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (query_int64 (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int64 (db, "PRAGMA busy_timeout"), >, 0);

  /* The tables of schema version 1 are there. */
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                                    "('clients', 'cases', 'volunteers', 'parties', 'audit_log', "
                                    "'lsc_problem_codes', 'lsc_closing_codes', 'poverty_guidelines')"),
                   ==, 8);

  /* The write-ahead log holds client data too: it is as private as the file. */
  g_assert_true (desk_database_exec (db, "INSERT INTO practice_areas (name) VALUES ('Housing')", NULL));
  g_assert_true (g_file_test (wal, G_FILE_TEST_IS_REGULAR));
  g_assert_cmphex (desk_test_file_mode (wal), ==, 0600);
  g_assert_cmphex (desk_test_file_mode (shm), ==, 0600);
}

/* Only the application's own data folder is made (0700, whatever the
 * umask); a mistyped folder is refused and nothing is created. */
static void
test_folders (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autofree char *typo = g_build_filename (fixture->dir, "typo", "dir", "x.db", NULL);
  g_autofree char *typo_dir = fixture_path (fixture, "typo");
  g_autofree char *data_dir = fixture_path (fixture, "data");
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(DeskDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  mode_t old_umask;

  /* In a child of its own, so that the data folder is set before GLib
   * first reads it. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  path = desk_database_default_path ();
  folder = g_path_get_dirname (path);
  g_assert_cmpstr (g_get_user_data_dir (), ==, data_dir);

  db = desk_database_open (typo, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_false (g_file_test (typo_dir, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  old_umask = umask (0);
  db = desk_database_open (path, &error);
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_cmphex (desk_test_file_mode (folder), ==, 0700);
  g_assert_cmphex (desk_test_file_mode (path), ==, 0600);
  g_clear_object (&db);
  remove_tree (data_dir);

  old_umask = umask (0277);
  db = desk_database_open (path, &error);
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_cmphex (desk_test_file_mode (folder), ==, 0700);
  g_assert_cmphex (desk_test_file_mode (path), ==, 0600);
}

/* An existing empty file (made by touch, 0644) becomes a private database,
 * and so do its -wal and -shm, whatever the umask. */
static void
test_empty_file_made_private (Fixture       *fixture,
                              gconstpointer  user_data)
{
  const mode_t umasks[] = { 0, 022, 0277 };

  for (guint i = 0; i < G_N_ELEMENTS (umasks); i++)
    {
      g_autofree char *name = g_strdup_printf ("touched-%u.db", i);
      g_autofree char *path = fixture_path (fixture, name);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(DeskDatabase) db = NULL;
      mode_t old_umask;

      g_file_set_contents (path, "", 0, &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_chmod (path, 0644), ==, 0);

      old_umask = umask (umasks[i]);
      db = desk_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (desk_database_exec (db, "INSERT INTO practice_areas (name) VALUES ('Family')", NULL));
      umask (old_umask);

      g_assert_cmphex (desk_test_file_mode (path), ==, 0600);
      g_assert_cmphex (desk_test_file_mode (wal), ==, 0600);
      g_assert_cmphex (desk_test_file_mode (shm), ==, 0600);
    }
}

/* A database of ours whose rights were loosened, with -wal and -shm left
 * read-only by an older version's read-only visit: opened for writing, all
 * are 0600 again and writes work. */
static void
test_loose_rights_repaired (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "probono.db");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(DeskDatabase) db = open_ok (path);
  g_autoptr(GError) error = NULL;

  g_clear_object (&db);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_file_set_contents (wal, "", 0, &error);
  g_assert_no_error (error);
  g_file_set_contents (shm, "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (wal, 0400), ==, 0);
  g_assert_cmpint (g_chmod (shm, 0444), ==, 0);

  db = open_ok (path);
  g_assert_false (desk_database_is_read_only (db));
  g_assert_true (desk_database_exec (db, "INSERT INTO practice_areas (name) VALUES ('Family')", &error));
  g_assert_no_error (error);
  g_assert_cmphex (desk_test_file_mode (path), ==, 0600);
  g_assert_cmphex (desk_test_file_mode (wal), ==, 0600);
  g_assert_cmphex (desk_test_file_mode (shm), ==, 0600);
}

/* A database reached through a link: its -wal is beside the file the link
 * leads to, and is made private there; a dangling link gets no database
 * made where it points. */
static void
test_through_link (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *folder = fixture_path (fixture, "real");
  g_autofree char *target = g_build_filename (folder, "probono.db", NULL);
  g_autofree char *wal = g_strconcat (target, "-wal", NULL);
  g_autofree char *link = fixture_path (fixture, "link.db");
  g_autofree char *dangling = fixture_path (fixture, "dangling.db");
  g_autofree char *nowhere = fixture_path (fixture, "nowhere.db");
  g_autoptr(DeskDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  db = open_ok (target);
  g_clear_object (&db);
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_cmpint (g_chmod (target, 0640), ==, 0);

  db = open_ok (link);
  g_assert_false (desk_database_is_read_only (db));
  g_assert_true (desk_database_exec (db, "INSERT INTO practice_areas (name) VALUES ('Housing')", NULL));
  g_assert_cmphex (desk_test_file_mode (target), ==, 0600);
  g_assert_cmphex (desk_test_file_mode (wal), ==, 0600);
  g_clear_object (&db);

  g_assert_cmpint (symlink (nowhere, dangling), ==, 0);
  db = desk_database_open (dangling, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
}

static void
test_reference_data (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "probono.db");
  g_autoptr(DeskDatabase) db = open_ok (path);
  g_autofree char *name = NULL;

  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM lsc_problem_codes"), ==,
                   bundled_data_rows ("lsc-problem-codes.csv"));
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM lsc_closing_codes"), ==, 10);
  g_assert_cmpint (bundled_data_rows ("lsc-closing-codes.csv"), ==, 10);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM poverty_guidelines"), ==, 6);

  /* Dollars in the file, cents in the database. */
  g_assert_cmpint (query_int64 (db, "SELECT first_person_cents FROM poverty_guidelines "
                                    "WHERE year = 2025 AND region = 'contiguous'"), ==, 1565000);
  g_assert_cmpint (query_int64 (db, "SELECT each_additional_person_cents FROM poverty_guidelines "
                                    "WHERE year = 2025 AND region = 'contiguous'"), ==, 550000);
  g_assert_cmpint (query_int64 (db, "SELECT first_person_cents FROM poverty_guidelines "
                                    "WHERE year = 2024 AND region = 'alaska'"), ==, 1881000);
  g_assert_cmpint (query_int64 (db, "SELECT typeof(year) = 'integer' FROM poverty_guidelines LIMIT 1"), ==, 1);

  /* Codes keep their leading zero; quoted fields with commas arrive whole. */
  name = query_text (db, "SELECT name FROM lsc_problem_codes WHERE code = '01'");
  g_assert_cmpstr (name, ==, "Bankruptcy/Debtor Relief");
  g_clear_pointer (&name, g_free);
  name = query_text (db, "SELECT description FROM lsc_closing_codes WHERE code = 'L'");
  g_assert_true (g_str_has_prefix (name, "Extended service: substantial work (e.g. complex"));
  g_assert_true (g_str_has_suffix (name, "not resolved by F-IC."));
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "probono.db");
  g_autoptr(DeskDatabase) db = open_ok (path);
  guint problem_codes = bundled_data_rows ("lsc-problem-codes.csv");

  g_assert_true (desk_database_exec (db, "INSERT INTO practice_areas (name) VALUES ('Housing')", NULL));
  g_clear_object (&db);

  for (guint round = 0; round < 2; round++)
    {
      db = open_ok (path);
      g_assert_cmpint (desk_database_get_schema_version (db), ==, DESK_SCHEMA_VERSION);
      g_assert_cmpint (query_int64 (db, "PRAGMA user_version"), ==, DESK_SCHEMA_VERSION);
      g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM lsc_problem_codes"), ==, problem_codes);
      g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM lsc_closing_codes"), ==, 10);
      g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM poverty_guidelines"), ==, 6);
      g_assert_cmpint (query_int64 (db, "SELECT first_person_cents FROM poverty_guidelines "
                                        "WHERE year = 2025 AND region = 'contiguous'"), ==, 1565000);
      g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM practice_areas"), ==, 1);
      g_clear_object (&db);
    }

  g_assert_cmphex (desk_test_file_mode (path), ==, 0600);
}

static void
test_two_connections (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "probono.db");
  g_autoptr(DeskDatabase) first = open_ok (path);
  g_autoptr(DeskDatabase) second = open_ok (path);

  /* A second connection (a worker thread's) sees the first one's commits. */
  g_assert_true (desk_database_exec (first, "INSERT INTO practice_areas (name) VALUES ('Family')", NULL));
  g_assert_cmpint (query_int64 (second, "SELECT count(*) FROM practice_areas"), ==, 1);
  g_assert_cmpint (desk_database_get_schema_version (second), ==, DESK_SCHEMA_VERSION);
}

static void
test_newer_schema_refused (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "future.db");
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT);"
                                          "INSERT INTO clients (name) VALUES ('From the future');"
                                          "PRAGMA application_id = %d;"
                                          "PRAGMA user_version = %d;", DESK_APPLICATION_ID, DESK_SCHEMA_VERSION + 5);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskDatabase) db = NULL;
  g_autofree char *version = g_strdup_printf ("%d", DESK_SCHEMA_VERSION + 5);

  make_sqlite_file (path, sql);
  desk_test_assert_no_side_files (path);
  before = read_bytes (path);
  g_assert_cmpuint (g_bytes_get_size (before), >, 0);

  db = desk_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "newer version"));
  g_assert_nonnull (strstr (error->message, version));

  assert_bytes_unchanged (path, before);
  desk_test_assert_no_side_files (path);

  /* A second attempt fails the same way and still changes nothing. */
  g_clear_error (&error);
  db = desk_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NEWER_SCHEMA);
  assert_bytes_unchanged (path, before);
  desk_test_assert_no_side_files (path);
}

/* A newer file already in WAL mode: refused, and its bytes are unchanged. */
static void
test_newer_schema_wal_refused (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "future-wal.db");
  g_autofree char *sql = g_strdup_printf ("PRAGMA journal_mode = WAL;"
                                          "CREATE TABLE t (x INTEGER);"
                                          "PRAGMA application_id = %d;"
                                          "PRAGMA user_version = %d;", DESK_APPLICATION_ID, DESK_SCHEMA_VERSION + 1);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskDatabase) db = NULL;

  make_sqlite_file (path, sql);
  desk_test_assert_no_side_files (path);   /* a clean close checkpoints and removes the WAL */
  before = read_bytes (path);

  db = desk_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NEWER_SCHEMA);
  assert_bytes_unchanged (path, before);
  desk_test_assert_no_side_files (path);
}

static void
assert_not_a_database (const char *path,
                       const void *data,
                       gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(DeskDatabase) db = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  before = read_bytes (path);

  db = desk_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, "not a Pro Bono Desk database"));

  assert_bytes_unchanged (path, before);
  desk_test_assert_no_side_files (path);
}

static void
test_text_file_refused (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "clients.csv");
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (text, "hello, this is a spreadsheet\n");

  assert_not_a_database (path, text->str, text->len);
}

static void
test_short_text_file_refused (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "short.txt");

  /* Shorter than the 16-byte SQLite header. */
  assert_not_a_database (path, "hello\n", 6);
}

static void
test_binary_file_refused (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "random.bin");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260615);
  guint8 data[4096];

  for (guint i = 0; i < sizeof data; i++)
    data[i] = (guint8) g_rand_int_range (rand, 0, 256);

  assert_not_a_database (path, data, sizeof data);
}

/* The right magic followed by garbage: SQLite itself must refuse it, and
 * still nothing is written. */
static void
test_corrupt_header_refused (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "corrupt.db");
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(DeskDatabase) db = NULL;
  guint8 data[4096];

  for (guint i = 0; i < sizeof data; i++)
    data[i] = (guint8) g_rand_int_range (rand, 0, 256);
  memcpy (data, "SQLite format 3", 16);   /* with its NUL */
  data[16] = 0x00;                        /* page size 0x0007: not a power of two */
  data[17] = 0x07;

  g_file_set_contents (path, (const char *) data, sizeof data, &error);
  g_assert_no_error (error);
  before = read_bytes (path);

  db = desk_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE);

  assert_bytes_unchanged (path, before);
  desk_test_assert_no_side_files (path);
}

static void
test_empty_file_accepted (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "empty.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskDatabase) db = NULL;

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);

  db = open_ok (path);
  g_assert_cmpint (desk_database_get_schema_version (db), ==, DESK_SCHEMA_VERSION);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM lsc_closing_codes"), ==, 10);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM poverty_guidelines"), ==, 6);
}

/* Another program's SQLite file: refused as such, never called "newer",
 * and its bytes and its journal mode stay exactly as they were. */
static void
assert_foreign_untouched (const char *path,
                          const char *sql)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskDatabase) db = NULL;

  make_sqlite_file (path, sql);
  desk_test_assert_no_side_files (path);
  before = desk_test_file_checksum (path);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      db = desk_database_open (path, &error);
      g_assert_null (db);
      g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE);
      g_assert_nonnull (strstr (error->message, "belongs to another program"));
      g_assert_null (strstr (error->message, "newer"));
      g_clear_error (&error);

      after = desk_test_file_checksum (path);
      g_assert_cmpstr (after, ==, before);
      g_clear_pointer (&after, g_free);
      desk_test_assert_no_side_files (path);
    }
}

static void
test_foreign_sqlite_file (Fixture       *fixture,
                          gconstpointer  user_data)
{
  const char *files[] = {
    /* A browser's history: no application id, a table we do not have. */
    "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('x');",
    /* A clashing table name that once made migration 1 fail half-way. */
    "CREATE TABLE clients (who TEXT); INSERT INTO clients VALUES ('kept');",
    /* Some other program's version 7. */
    "CREATE TABLE notes (body TEXT); PRAGMA user_version = 7;",
    /* Our table names and version, but another program's id. */
    "CREATE TABLE clients (x); CREATE TABLE cases (x); PRAGMA user_version = 2; PRAGMA application_id = 1196444487;",
    /* A file in WAL mode: opening it would leave a -wal and -shm behind. */
    "PRAGMA journal_mode = WAL; CREATE TABLE moz_places (id INTEGER PRIMARY KEY); PRAGMA user_version = 7;",
    /* No tables, but a version of its own: not empty. */
    "PRAGMA user_version = 3;",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *name = g_strdup_printf ("other-app-%u.db", i);
      g_autofree char *path = fixture_path (fixture, name);

      assert_foreign_untouched (path, files[i]);
    }
}

/* A SQLite file without tables at version 0 (sqlite3 x.db "VACUUM") is an
 * empty database, and becomes ours. */
static void
test_empty_sqlite_file_accepted (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "vacuumed.db");
  g_autoptr(DeskDatabase) db = NULL;

  make_sqlite_file (path, "VACUUM");
  db = open_ok (path);
  g_assert_cmpint (query_int64 (db, "PRAGMA application_id"), ==, DESK_APPLICATION_ID);
  g_assert_cmpint (query_int64 (db, "PRAGMA user_version"), ==, DESK_SCHEMA_VERSION);
}

static char *
migration_sql (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "src", "core", "store", "migrations", name, NULL);
  g_autoptr(GError) error = NULL;
  char *sql = NULL;

  g_file_get_contents (path, &sql, NULL, &error);
  g_assert_no_error (error);
  return sql;
}

/* A database made before the application id (our tables, version 2, id 0)
 * is ours: it gets the id and the later migrations. */
static void
test_database_before_application_id (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "old.db");
  g_autofree char *first = migration_sql ("0001-initial.sql");
  g_autofree char *second = migration_sql ("0002-case-work.sql");
  g_autofree char *sql = g_strconcat ("PRAGMA journal_mode = WAL;", first, second,
                                      "PRAGMA application_id = 0; PRAGMA user_version = 2;"
                                      "INSERT INTO practice_areas (name) VALUES ('Housing');", NULL);
  g_autoptr(DeskDatabase) db = NULL;

  make_sqlite_file (path, sql);
  db = open_ok (path);
  g_assert_cmpint (query_int64 (db, "PRAGMA application_id"), ==, DESK_APPLICATION_ID);
  g_assert_cmpint (query_int64 (db, "PRAGMA user_version"), ==, DESK_SCHEMA_VERSION);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM practice_areas"), ==, 1);
  /* Clients saved before keep their income as known. */
  g_assert_cmpint (query_int64 (db, "SELECT dflt_value FROM pragma_table_info('clients') "
                                    "WHERE name = 'income_known'"), ==, 1);
}

/* The highest migration is the version this code writes, and migration 1
 * marks the file as ours. */
static void
test_migrations_match_version (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "probono.db");
  g_autoptr(DeskDatabase) db = open_ok (path);
  g_auto(GStrv) names = NULL;
  g_autoptr(GError) error = NULL;
  int highest = 0;

  names = g_resources_enumerate_children (RESOURCE_PREFIX "/migrations", G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  for (guint i = 0; names[i] != NULL; i++)
    highest = MAX (highest, (int) g_ascii_strtoll (names[i], NULL, 10));
  g_assert_cmpint (highest, ==, DESK_SCHEMA_VERSION);

  {
    g_autofree char *first = migration_sql ("0001-initial.sql");
    g_autofree char *stamp = g_strdup_printf ("PRAGMA application_id = %d;", DESK_APPLICATION_ID);

    g_assert_nonnull (strstr (first, stamp));
  }
}

/* Read-only files ---------------------------------------------------------
 *
 * Root may write any file, so when the tests run as root these run in a
 * child that has become "nobody". */

static void
become_unprivileged (void)
{
  if (geteuid () != 0)
    return;
  g_assert_cmpint (setgroups (0, NULL), ==, 0);
  g_assert_cmpint (setgid (65534), ==, 0);
  g_assert_cmpint (setuid (65534), ==, 0);
  /* A process that changed its user may not be traced, and LeakSanitizer
   * traces its own threads to find leaks. */
  prctl (PR_SET_DUMPABLE, 1);
}

typedef void (*UnprivilegedBody) (const char *dir);

/* Runs @body as "nobody" in a folder of its own; @as_root, when given,
 * first prepares the folder as the user the tests run as. */
static void
run_unprivileged_after (UnprivilegedBody as_root,
                        UnprivilegedBody body)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  dir = g_dir_make_tmp ("test-database-ro-XXXXXX", &error);
  g_assert_no_error (error);
  if (as_root != NULL)
    as_root (dir);
  if (geteuid () == 0)
    g_assert_cmpint (chown (dir, 65534, 65534), ==, 0);
  become_unprivileged ();
  body (dir);
  remove_tree (dir);
}

static void
run_unprivileged (UnprivilegedBody body)
{
  run_unprivileged_after (NULL, body);
}

static gboolean
add_practice_area (DeskDatabase  *db,
                   gpointer       user_data,
                   GError       **error)
{
  return desk_database_exec (db, "INSERT INTO practice_areas (name) VALUES ('Family')", error);
}

static void
assert_nothing_saved (GError     *error,
                      const char *path)
{
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "Nothing can be saved. "));
  g_assert_nonnull (strstr (error->message, path));
}

static void
read_only_file_body (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "probono.db", NULL);
  g_autoptr(DeskDatabase) db = open_ok (path);
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (desk_database_exec (db, "INSERT INTO practice_areas (name) VALUES ('Housing')", NULL));
  g_clear_object (&db);
  desk_test_assert_no_side_files (path);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);

  for (guint round = 0; round < 2; round++)
    {
      db = open_ok (path);
      g_assert_true (desk_database_is_read_only (db));
      g_assert_nonnull (strstr (desk_database_get_read_only_reason (db), "not change it"));
      g_assert_nonnull (strstr (desk_database_get_read_only_reason (db), path));
      /* Opened immutable: nothing was made beside the file. */
      desk_test_assert_no_side_files (path);
      g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM practice_areas"), ==, 1);
      g_assert_cmpint (desk_database_get_schema_version (db), ==, DESK_SCHEMA_VERSION);

      g_assert_false (desk_database_transaction (db, add_practice_area, NULL, &error));
      assert_nothing_saved (error, path);
      g_clear_error (&error);
      g_assert_false (desk_database_exec (db, "INSERT INTO practice_areas (name) VALUES ('Family')", &error));
      assert_nothing_saved (error, path);
      g_clear_error (&error);

      /* The store says so too, and refuses a save in words. */
      store = desk_store_new (db);
      g_assert_true (desk_store_is_read_only (store));
      g_assert_cmpstr (desk_store_get_read_only_reason (store), ==, desk_database_get_read_only_reason (db));
      desk_client_set_first_name (client, "Ana");
      desk_client_set_last_name (client, "López");
      g_assert_false (desk_store_save (store, DESK_RECORD (client), &error));
      assert_nothing_saved (error, path);
      g_assert_cmpint (desk_record_get_id (DESK_RECORD (client)), ==, 0);
      g_clear_error (&error);
      g_clear_object (&store);

      g_clear_object (&db);
      desk_test_assert_no_side_files (path);
    }

  /* Writable again: nothing left behind stands in the way. */
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  db = open_ok (path);
  g_assert_false (desk_database_is_read_only (db));
  g_assert_true (desk_database_transaction (db, add_practice_area, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM practice_areas"), ==, 2);
}

static void
test_read_only_file (void)
{
  run_unprivileged (read_only_file_body);
}

static void
read_only_folder_body (const char *dir)
{
  g_autofree char *folder = g_build_filename (dir, "shared", NULL);
  g_autofree char *path = g_build_filename (folder, "probono.db", NULL);
  g_autoptr(DeskDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  db = open_ok (path);
  g_clear_object (&db);
  g_assert_cmpint (g_chmod (folder, 0500), ==, 0);

  /* The file may be written, its folder not: SQLite could not make its
   * journal or -wal there, so the database is read-only and says why. */
  db = open_ok (path);
  g_assert_true (desk_database_is_read_only (db));
  g_assert_nonnull (strstr (desk_database_get_read_only_reason (db), "folder"));
  g_assert_nonnull (strstr (desk_database_get_read_only_reason (db), folder));
  g_assert_false (desk_database_transaction (db, add_practice_area, NULL, &error));
  assert_nothing_saved (error, folder);
  g_clear_error (&error);
  g_clear_object (&db);
  desk_test_assert_no_side_files (path);

  /* Nothing new can be made there. */
  {
    g_autofree char *other = g_build_filename (folder, "new.db", NULL);

    db = desk_database_open (other, &error);
    g_assert_null (db);
    g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
    g_assert_nonnull (strstr (error->message, "cannot be written to"));
    g_clear_error (&error);
  }

  g_assert_cmpint (g_chmod (folder, 0700), ==, 0);
}

static void
test_read_only_folder (void)
{
  run_unprivileged (read_only_folder_body);
}

/* A read-only file that is empty or of an older version cannot be made
 * current: refused, and untouched. */
static void
read_only_refusals_body (const char *dir)
{
  g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *old = g_build_filename (dir, "old.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(DeskDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (empty, "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (empty, 0400), ==, 0);
  db = desk_database_open (empty, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "cannot be made"));
  g_clear_error (&error);
  desk_test_assert_no_side_files (empty);

  db = open_ok (old);
  g_assert_true (desk_database_exec (db, "PRAGMA user_version = 2", NULL));
  g_clear_object (&db);
  g_assert_cmpint (g_chmod (old, 0400), ==, 0);
  before = desk_test_file_checksum (old);
  db = desk_database_open (old, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "older version"));
  after = desk_test_file_checksum (old);
  g_assert_cmpstr (before, ==, after);
  desk_test_assert_no_side_files (old);
}

static void
test_read_only_refusals (void)
{
  run_unprivileged (read_only_refusals_body);
}

/* A file open to everyone that belongs to someone else: its rights cannot
 * be made private, so client data is not written into it. */
static void
foreign_owner_prepare (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "shared.db", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
}

static void
foreign_owner_body (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "shared.db", NULL);
  g_autoptr(DeskDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = desk_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "can be read by other people"));
  g_assert_cmpint (g_file_test (path, G_FILE_TEST_EXISTS), ==, TRUE);
  g_assert_cmphex (desk_test_file_mode (path), ==, 0666);
  desk_test_assert_no_side_files (path);
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_size, ==, 0);
  }
}

static void
test_rights_cannot_be_made_private (void)
{
  if (geteuid () != 0)
    {
      g_test_skip ("a file of another user can only be made by root");
      return;
    }
  run_unprivileged_after (foreign_owner_prepare, foreign_owner_body);
}

/* While a writer has the file open, its latest commits live in the -wal: a
 * read-only connection must read them, not the stale file alone. */
static void
read_only_with_writer_body (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "probono.db", NULL);
  g_autoptr(DeskDatabase) writer = open_ok (path);
  g_autoptr(DeskDatabase) reader = NULL;

  g_assert_true (desk_database_exec (writer, "PRAGMA wal_autocheckpoint = 0;"
                                             "INSERT INTO practice_areas (name) VALUES ('Housing')", NULL));
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);

  reader = open_ok (path);
  g_assert_true (desk_database_is_read_only (reader));
  g_assert_cmpint (query_int64 (reader, "SELECT count(*) FROM practice_areas"), ==, 1);

  g_clear_object (&reader);
  g_clear_object (&writer);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
}

static void
test_read_only_with_writer (void)
{
  run_unprivileged (read_only_with_writer_body);
}

/* Two at once --------------------------------------------------------------- */

typedef struct
{
  const char   *path;
  DeskDatabase *db;
  GError       *error;
} Opener;

static gpointer
open_in_thread (gpointer data)
{
  Opener *opener = data;

  opener->db = desk_database_open (opener->path, &opener->error);
  return NULL;
}

/* Two connections creating the same new file: both succeed, the file is
 * set up once (one copy of the reference data). */
static void
test_create_race (Fixture       *fixture,
                  gconstpointer  user_data)
{
  for (guint round = 0; round < 40; round++)
    {
      g_autofree char *name = g_strdup_printf ("race-%u.db", round);
      g_autofree char *path = fixture_path (fixture, name);
      Opener openers[2] = { { path }, { path } };
      GThread *threads[2];

      for (guint i = 0; i < 2; i++)
        threads[i] = g_thread_new ("opener", open_in_thread, &openers[i]);
      for (guint i = 0; i < 2; i++)
        {
          g_thread_join (threads[i]);
          g_assert_no_error (openers[i].error);
          g_assert_nonnull (openers[i].db);
        }

      g_assert_cmpint (query_int64 (openers[0].db, "SELECT count(*) FROM poverty_guidelines"), ==, 6);
      g_assert_cmpint (query_int64 (openers[1].db, "PRAGMA user_version"), ==, DESK_SCHEMA_VERSION);
      for (guint i = 0; i < 2; i++)
        g_clear_object (&openers[i].db);
    }
}

/* PRAGMA data_version: another connection's commit is noticed once; this
 * connection's own commits are not "external". */
static void
test_poll_external_changes (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "probono.db");
  g_autoptr(DeskDatabase) first = open_ok (path);
  g_autoptr(DeskDatabase) second = open_ok (path);
  g_autoptr(GError) error = NULL;
  gboolean changed = TRUE;

  g_assert_true (desk_database_poll_external_changes (second, &changed, &error));
  g_assert_no_error (error);
  g_assert_false (changed);

  g_assert_true (desk_database_exec (first, "INSERT INTO practice_areas (name) VALUES ('Housing')", NULL));
  g_assert_true (desk_database_poll_external_changes (second, &changed, &error));
  g_assert_true (changed);
  g_assert_true (desk_database_poll_external_changes (second, &changed, &error));
  g_assert_false (changed);

  g_assert_true (desk_database_exec (second, "INSERT INTO practice_areas (name) VALUES ('Family')", NULL));
  g_assert_true (desk_database_poll_external_changes (second, &changed, &error));
  g_assert_false (changed);
  g_assert_true (desk_database_poll_external_changes (first, &changed, &error));
  g_assert_true (changed);
}

static void
test_unreadable_file (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "locked.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskDatabase) db = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root can read a file with mode 000");
      return;
    }

  db = open_ok (path);
  g_clear_object (&db);
  g_assert_cmpint (g_chmod (path, 0000), ==, 0);

  db = desk_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "cannot be read"));

  g_chmod (path, 0600);
}

/* Works as root too: a path below a plain file cannot be read or created. */
static void
test_path_below_file (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *file = fixture_path (fixture, "plain-file");
  g_autofree char *path = g_build_filename (file, "probono.db", NULL);
  g_autofree char *deeper = g_build_filename (file, "sub", "probono.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskDatabase) db = NULL;

  g_file_set_contents (file, "x", 1, &error);
  g_assert_no_error (error);

  db = desk_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_clear_error (&error);

  db = desk_database_open (deeper, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
}

/* A folder chosen by mistake is an I/O problem, not "not a database". */
static void
test_directory_refused (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskDatabase) db = NULL;

  db = desk_database_open (fixture->dir, &error);
  g_assert_null (db);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  desk_test_assert_no_side_files (fixture->dir);
}

static void
test_default_path (void)
{
  g_autofree char *path = desk_database_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "probono-desk", "probono.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

/* Statements ------------------------------------------------------------- */

static void
test_prepare_cached (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *path = fixture_path (fixture, "probono.db");
  g_autoptr(DeskDatabase) db = open_ok (path);
  g_autoptr(GError) error = NULL;
  DeskStmt *first;
  DeskStmt *second;
  const char *sql = "SELECT name FROM lsc_closing_codes WHERE code = ?1";

  first = desk_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  sqlite3_bind_text (first, 1, "A", -1, SQLITE_STATIC);
  g_assert_cmpint (desk_database_step (db, first, &error), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (first, 0), ==, "Counsel and Advice");

  /* The same SQL gives the same statement back, reset and unbound. */
  second = desk_database_prepare (db, sql, &error);
  g_assert_true (first == second);
  g_assert_cmpint (desk_database_step (db, second, &error), ==, SQLITE_DONE);   /* NULL matches no code */
  g_assert_no_error (error);

  {
    g_autoptr(DeskStmt) scoped = desk_database_prepare (db, sql, &error);
    sqlite3_bind_text (scoped, 1, "B", -1, SQLITE_STATIC);
    g_assert_cmpint (desk_database_step (db, scoped, &error), ==, SQLITE_ROW);
  }
  /* g_autoptr reset it: no statement is left busy. */
  g_assert_false (sqlite3_stmt_busy (first));

  g_assert_null (desk_database_prepare (db, "SELECT * FROM no_such_table", &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_DATABASE);
  g_clear_error (&error);

  g_assert_false (desk_database_exec (db, "THIS IS NOT SQL", &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_DATABASE);
}

/* Transactions ----------------------------------------------------------- */

typedef struct
{
  const char *insert_first;
  const char *insert_second;
  gboolean    succeed;
  gboolean    was_in_transaction;
} Work;

static gboolean
do_work (DeskDatabase  *db,
         gpointer       user_data,
         GError       **error)
{
  Work *work = user_data;

  work->was_in_transaction = desk_database_in_transaction (db);

  if (work->insert_first != NULL && !desk_database_exec (db, work->insert_first, error))
    return FALSE;
  if (work->insert_second != NULL && !desk_database_exec (db, work->insert_second, error))
    return FALSE;

  if (!work->succeed)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_CONFLICT, "Work refused on purpose.");
      return FALSE;
    }
  return TRUE;
}

static DeskDatabase *
open_with_table (Fixture *fixture)
{
  g_autofree char *path = fixture_path (fixture, "probono.db");
  DeskDatabase *db = open_ok (path);
  g_autoptr(GError) error = NULL;

  desk_database_exec (db, "CREATE TABLE t (x TEXT NOT NULL UNIQUE) STRICT", &error);
  g_assert_no_error (error);
  return db;
}

static char *
table_contents (DeskDatabase *db)
{
  return query_text (db, "SELECT coalesce(group_concat(x, ','), '') FROM (SELECT x FROM t ORDER BY x)");
}

static void
test_transaction_commit (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_table (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  Work work = { "INSERT INTO t VALUES ('a')", "INSERT INTO t VALUES ('b')", TRUE, FALSE };

  g_assert_false (desk_database_in_transaction (db));
  g_assert_true (desk_database_transaction (db, do_work, &work, &error));
  g_assert_no_error (error);
  g_assert_true (work.was_in_transaction);
  g_assert_false (desk_database_in_transaction (db));
  g_assert_true (sqlite3_get_autocommit (desk_database_get_handle (db)));

  contents = table_contents (db);
  g_assert_cmpstr (contents, ==, "a,b");
}

static void
test_transaction_rollback (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_table (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  Work keep = { "INSERT INTO t VALUES ('kept')", NULL, TRUE, FALSE };
  Work refuse = { "INSERT INTO t VALUES ('a')", "INSERT INTO t VALUES ('b')", FALSE, FALSE };

  g_assert_true (desk_database_transaction (db, do_work, &keep, NULL));

  g_assert_false (desk_database_transaction (db, do_work, &refuse, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==, "Work refused on purpose.");
  g_assert_false (desk_database_in_transaction (db));
  g_assert_true (sqlite3_get_autocommit (desk_database_get_handle (db)));

  contents = table_contents (db);
  g_assert_cmpstr (contents, ==, "kept");

  /* The connection is usable afterwards. */
  refuse.succeed = TRUE;
  g_clear_error (&error);
  g_assert_true (desk_database_transaction (db, do_work, &refuse, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  contents = table_contents (db);
  g_assert_cmpstr (contents, ==, "a,b,kept");
}

static void
test_transaction_sql_error (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_table (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  /* The second insert breaks UNIQUE: the first must go too. */
  Work work = { "INSERT INTO t VALUES ('a')", "INSERT INTO t VALUES ('a')", TRUE, FALSE };

  g_assert_false (desk_database_transaction (db, do_work, &work, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_false (desk_database_in_transaction (db));

  contents = table_contents (db);
  g_assert_cmpstr (contents, ==, "");
}

typedef struct
{
  Work     outer_before;
  Work     inner;
  Work     outer_after;
  gboolean inner_result;
  GError  *inner_error;
  gboolean inner_was_in_transaction;
} Nested;

static gboolean
do_nested (DeskDatabase  *db,
           gpointer       user_data,
           GError       **error)
{
  Nested *nested = user_data;

  if (!do_work (db, &nested->outer_before, error))
    return FALSE;

  /* The inner part fails or succeeds on its own; the outer goes on. */
  nested->inner_result = desk_database_transaction (db, do_work, &nested->inner, &nested->inner_error);
  nested->inner_was_in_transaction = nested->inner.was_in_transaction;
  g_assert_true (desk_database_in_transaction (db));

  return do_work (db, &nested->outer_after, error);
}

static void
test_transaction_nested_inner_fails (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_table (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  Nested nested = {
    { "INSERT INTO t VALUES ('a')", NULL, TRUE, FALSE },
    { "INSERT INTO t VALUES ('b')", "INSERT INTO t VALUES ('b2')", FALSE, FALSE },
    { "INSERT INTO t VALUES ('c')", NULL, TRUE, FALSE },
    TRUE, NULL, FALSE,
  };

  g_assert_true (desk_database_transaction (db, do_nested, &nested, &error));
  g_assert_no_error (error);
  g_assert_false (nested.inner_result);
  g_assert_error (nested.inner_error, DESK_ERROR, DESK_ERROR_CONFLICT);
  g_assert_true (nested.inner_was_in_transaction);
  g_assert_false (desk_database_in_transaction (db));
  g_clear_error (&nested.inner_error);

  contents = table_contents (db);
  g_assert_cmpstr (contents, ==, "a,c");
}

static void
test_transaction_nested_inner_sql_error (Fixture       *fixture,
                                         gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_table (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  Nested nested = {
    { "INSERT INTO t VALUES ('a')", NULL, TRUE, FALSE },
    { "INSERT INTO t VALUES ('b')", "INSERT INTO t VALUES ('a')", TRUE, FALSE },
    { "INSERT INTO t VALUES ('c')", NULL, TRUE, FALSE },
    TRUE, NULL, FALSE,
  };

  g_assert_true (desk_database_transaction (db, do_nested, &nested, &error));
  g_assert_no_error (error);
  g_assert_false (nested.inner_result);
  g_assert_error (nested.inner_error, DESK_ERROR, DESK_ERROR_INVALID);
  g_clear_error (&nested.inner_error);

  contents = table_contents (db);
  g_assert_cmpstr (contents, ==, "a,c");
}

static void
test_transaction_nested_outer_fails (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_table (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  Nested nested = {
    { "INSERT INTO t VALUES ('a')", NULL, TRUE, FALSE },
    { "INSERT INTO t VALUES ('b')", NULL, TRUE, FALSE },
    { "INSERT INTO t VALUES ('c')", NULL, FALSE, FALSE },
    FALSE, NULL, FALSE,
  };

  /* The inner part was released, but the outer failure undoes it too. */
  g_assert_false (desk_database_transaction (db, do_nested, &nested, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_CONFLICT);
  g_assert_true (nested.inner_result);
  g_assert_no_error (nested.inner_error);
  g_assert_false (desk_database_in_transaction (db));

  contents = table_contents (db);
  g_assert_cmpstr (contents, ==, "");
}

static void
test_transaction_nested_all_succeed (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_table (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  Nested nested = {
    { "INSERT INTO t VALUES ('a')", NULL, TRUE, FALSE },
    { "INSERT INTO t VALUES ('b')", NULL, TRUE, FALSE },
    { "INSERT INTO t VALUES ('c')", NULL, TRUE, FALSE },
    FALSE, NULL, FALSE,
  };

  g_assert_true (desk_database_transaction (db, do_nested, &nested, &error));
  g_assert_no_error (error);
  g_assert_true (nested.inner_result);

  contents = table_contents (db);
  g_assert_cmpstr (contents, ==, "a,b,c");
}

/* Schema rules ----------------------------------------------------------- */

#define STAMP "'2026-06-15T10:00:00Z'"

static const char *base_rows =
  "INSERT INTO clients (id, first_name, last_name, birth_date, intake_date, created_at, updated_at) "
  "  VALUES (1, 'Ana', 'López', '1980-04-02', '2026-06-01', " STAMP ", " STAMP ");"
  "INSERT INTO volunteers (id, first_name, last_name, role, created_at, updated_at) "
  "  VALUES (1, 'Grace', 'Okafor', 'attorney', " STAMP ", " STAMP ");"
  "INSERT INTO cases (id, case_number, client_id, problem_code, title, status, opened_on, closed_on, "
  "                   closing_code, outcome, rejection_reason, created_at, updated_at) "
  "  VALUES (1, '2026-00001', 1, '63', 'Eviction', 'open', '2026-03-01', '2026-05-01', 'A', "
  "          'favourable', 'other', " STAMP ", " STAMP ");"
  "INSERT INTO parties (case_id, name, created_at, updated_at) VALUES (1, 'Acme LLC', " STAMP ", " STAMP ");";

static DeskDatabase *
open_with_rows (Fixture *fixture)
{
  g_autofree char *path = fixture_path (fixture, "probono.db");
  DeskDatabase *db = open_ok (path);
  g_autoptr(GError) error = NULL;

  desk_database_exec (db, base_rows, &error);
  g_assert_no_error (error);
  return db;
}

static void
assert_constraint_fails (DeskDatabase *db,
                         const char   *sql,
                         int           extended_code)
{
  g_autoptr(GError) error = NULL;

  if (desk_database_exec (db, sql, &error))
    g_error ("the database accepted: %s", sql);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpint (sqlite3_extended_errcode (desk_database_get_handle (db)), ==, extended_code);
}

/* When validation misses a rule, the database's refusal still names the
 * field in words. */
static void
test_constraint_names_field (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_rows (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_false (desk_database_exec (db,
    "INSERT INTO clients (first_name, last_name, intake_date, created_at, updated_at) "
    "VALUES ('', 'Li', '2026-06-01', " STAMP ", " STAMP ")", &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "first-name");
  g_assert_cmpstr (error->message, ==, "The first name breaks a rule of the database.");
  g_clear_error (&error);

  g_assert_false (desk_database_exec (db,
    "INSERT INTO clients (first_name, intake_date, created_at, updated_at) "
    "VALUES ('Bo', '2026-06-01', " STAMP ", " STAMP ")", &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "last-name");
  g_clear_error (&error);

  g_assert_false (desk_database_exec (db, "UPDATE cases SET client_id = 999 WHERE id = 1", &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "not in the database"));
}

static void
test_schema_client_birth_date (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_rows (fixture);

  assert_constraint_fails (db,
    "INSERT INTO clients (first_name, last_name, birth_date, intake_date, created_at, updated_at) "
    "VALUES ('Bo', 'Li', '1980-4-2', '2026-06-01', " STAMP ", " STAMP ")", SQLITE_CONSTRAINT_CHECK);
  assert_constraint_fails (db,
    "INSERT INTO clients (first_name, last_name, birth_date, intake_date, created_at, updated_at) "
    "VALUES ('Bo', 'Li', '1980-02-32', '2026-06-01', " STAMP ", " STAMP ")", SQLITE_CONSTRAINT_CHECK);
  assert_constraint_fails (db,
    "INSERT INTO clients (first_name, last_name, intake_date, created_at, updated_at) "
    "VALUES ('Bo', 'Li', '2026-13-01', " STAMP ", " STAMP ")", SQLITE_CONSTRAINT_CHECK);
  assert_constraint_fails (db,
    "INSERT INTO clients (first_name, last_name, intake_date, created_at, updated_at) "
    "VALUES ('', 'Li', '2026-06-01', " STAMP ", " STAMP ")", SQLITE_CONSTRAINT_CHECK);
  assert_constraint_fails (db, "UPDATE clients SET household_adults = 0 WHERE id = 1", SQLITE_CONSTRAINT_CHECK);
  assert_constraint_fails (db, "UPDATE clients SET annual_income_cents = -1 WHERE id = 1", SQLITE_CONSTRAINT_CHECK);
  /* STRICT: money is an integer, not text. */
  assert_constraint_fails (db, "UPDATE clients SET annual_income_cents = 'lots' WHERE id = 1",
                           SQLITE_CONSTRAINT_DATATYPE);

  /* A real leap day is fine, and so is no birth date. */
  g_assert_true (desk_database_exec (db,
    "INSERT INTO clients (first_name, last_name, birth_date, intake_date, created_at, updated_at) "
    "VALUES ('Bo', 'Li', '2024-02-29', '2026-06-01', " STAMP ", " STAMP "),"
    "       ('Cy', 'Ng', NULL, '2026-06-01', " STAMP ", " STAMP ")", NULL));
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM clients"), ==, 3);
}

/* Days that do not exist in their month: SQLite's date() passes
 * '2026-02-30' through unchanged, so a CHECK of date(x) IS x lets it in. */
static void
test_schema_impossible_days (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_rows (fixture);
  const char *days[] = { "2026-02-30", "2025-02-29", "2100-02-29", "2026-04-31" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *birth = g_strdup_printf ("UPDATE clients SET birth_date = '%s' WHERE id = 1", days[i]);
      g_autofree char *intake = g_strdup_printf ("UPDATE clients SET intake_date = '%s' WHERE id = 1", days[i]);
      g_autofree char *opened = g_strdup_printf ("UPDATE cases SET opened_on = '%s', closed_on = NULL "
                                                 "WHERE id = 1", days[i]);
      g_autofree char *closed = g_strdup_printf ("UPDATE cases SET closed_on = '%s' WHERE id = 1", days[i]);

      assert_constraint_fails (db, birth, SQLITE_CONSTRAINT_CHECK);
      assert_constraint_fails (db, intake, SQLITE_CONSTRAINT_CHECK);
      assert_constraint_fails (db, opened, SQLITE_CONSTRAINT_CHECK);
      assert_constraint_fails (db, closed, SQLITE_CONSTRAINT_CHECK);
    }

  assert_constraint_fails (db,
    "INSERT INTO clients (first_name, last_name, birth_date, intake_date, created_at, updated_at) "
    "VALUES ('Bo', 'Li', '2026-02-30', '2026-06-01', " STAMP ", " STAMP ")", SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM clients"), ==, 1);

  /* Real leap days pass. */
  g_assert_true (desk_database_exec (db, "UPDATE clients SET birth_date = '2000-02-29' WHERE id = 1", NULL));
  g_assert_true (desk_database_exec (db, "UPDATE clients SET intake_date = '2024-02-29' WHERE id = 1", NULL));
}

static void
test_schema_case_dates (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_rows (fixture);

  assert_constraint_fails (db,
    "INSERT INTO cases (case_number, client_id, problem_code, title, opened_on, closed_on, created_at, updated_at) "
    "VALUES ('2026-00002', 1, '63', 'Late', '2026-03-01', '2026-02-28', " STAMP ", " STAMP ")",
    SQLITE_CONSTRAINT_CHECK);
  assert_constraint_fails (db, "UPDATE cases SET closed_on = '2026-02-01' WHERE id = 1", SQLITE_CONSTRAINT_CHECK);
  assert_constraint_fails (db, "UPDATE cases SET opened_on = '2026-3-1' WHERE id = 1", SQLITE_CONSTRAINT_CHECK);
  assert_constraint_fails (db, "UPDATE cases SET opened_on = NULL WHERE id = 1", SQLITE_CONSTRAINT_NOTNULL);

  /* Same day is fine. */
  g_assert_true (desk_database_exec (db, "UPDATE cases SET closed_on = opened_on WHERE id = 1", NULL));
}

static void
test_schema_case_status_rules (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_rows (fixture);

  g_assert_true (desk_database_exec (db, "UPDATE cases SET status = 'closed' WHERE id = 1", NULL));
  assert_constraint_fails (db, "UPDATE cases SET closing_code = NULL WHERE id = 1", SQLITE_CONSTRAINT_CHECK);
  assert_constraint_fails (db, "UPDATE cases SET outcome = 'none' WHERE id = 1", SQLITE_CONSTRAINT_CHECK);
  assert_constraint_fails (db, "UPDATE cases SET closed_on = NULL WHERE id = 1", SQLITE_CONSTRAINT_CHECK);

  g_assert_true (desk_database_exec (db, "UPDATE cases SET status = 'rejected' WHERE id = 1", NULL));
  assert_constraint_fails (db, "UPDATE cases SET rejection_reason = 'none' WHERE id = 1", SQLITE_CONSTRAINT_CHECK);

  assert_constraint_fails (db, "UPDATE cases SET status = 'reopened' WHERE id = 1", SQLITE_CONSTRAINT_CHECK);
  assert_constraint_fails (db, "UPDATE cases SET amount_cents = -1 WHERE id = 1", SQLITE_CONSTRAINT_CHECK);
  assert_constraint_fails (db, "UPDATE cases SET case_number = 'ABC' WHERE id = 1", SQLITE_CONSTRAINT_CHECK);
}

static void
test_schema_foreign_keys (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_rows (fixture);

  assert_constraint_fails (db, "UPDATE cases SET client_id = 999 WHERE id = 1", SQLITE_CONSTRAINT_FOREIGNKEY);
  assert_constraint_fails (db, "UPDATE cases SET problem_code = '00' WHERE id = 1", SQLITE_CONSTRAINT_FOREIGNKEY);
  assert_constraint_fails (db, "UPDATE cases SET closing_code = 'Z' WHERE id = 1", SQLITE_CONSTRAINT_FOREIGNKEY);
  assert_constraint_fails (db, "UPDATE cases SET volunteer_id = 999 WHERE id = 1", SQLITE_CONSTRAINT_FOREIGNKEY);
  assert_constraint_fails (db, "DELETE FROM clients WHERE id = 1", SQLITE_CONSTRAINT_FOREIGNKEY);
  assert_constraint_fails (db, "INSERT INTO parties (case_id, name, created_at, updated_at) "
                               "VALUES (999, 'Nobody', " STAMP ", " STAMP ")", SQLITE_CONSTRAINT_FOREIGNKEY);

  g_assert_true (desk_database_exec (db, "UPDATE cases SET volunteer_id = 1, mentor_id = 1 WHERE id = 1", NULL));
}

/* Every nick of an enum is accepted by its column's CHECK: the model and the
 * schema agree on the stored words. */
typedef struct
{
  const char *table;
  const char *column;
  GType     (*type) (void);
} EnumColumn;

static void
test_schema_accepts_enum_nicks (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(DeskDatabase) db = open_with_rows (fixture);
  const EnumColumn columns[] = {
    { "clients", "contact_method", desk_contact_method_get_type },
    { "clients", "eligibility_exception", desk_eligibility_exception_get_type },
    { "clients", "gender", desk_gender_get_type },
    { "clients", "ethnicity", desk_ethnicity_get_type },
    { "clients", "veteran", desk_answer_get_type },
    { "clients", "disability", desk_answer_get_type },
    { "clients", "citizenship", desk_citizenship_get_type },
    { "volunteers", "role", desk_volunteer_role_get_type },
    { "cases", "status", desk_case_status_get_type },
    { "cases", "priority", desk_priority_get_type },
    { "cases", "outcome", desk_outcome_get_type },
    { "cases", "rejection_reason", desk_rejection_reason_get_type },
    { "parties", "role", desk_party_role_get_type },
    { "poverty_guidelines", "region", desk_region_get_type },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GEnumClass *klass = g_type_class_ref (columns[i].type ());
      g_autofree char *sql = g_strdup_printf ("UPDATE %s SET %s = ?1 WHERE rowid = (SELECT min(rowid) FROM %s)",
                                              columns[i].table, columns[i].column, columns[i].table);
      g_autofree char *bad_sql = NULL;
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (desk_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
      for (guint v = 0; v < klass->n_values; v++)
        {
          const char *nick = klass->values[v].value_nick;

          /* poverty_guidelines keys on (year, region): only one row may take a region at once. */
          if (g_str_equal (columns[i].table, "poverty_guidelines"))
            break;

          sqlite3_reset (stmt);
          sqlite3_bind_text (stmt, 1, nick, -1, SQLITE_STATIC);
          if (sqlite3_step (stmt) != SQLITE_DONE)
            g_error ("%s.%s refuses “%s”: %s", columns[i].table, columns[i].column, nick,
                     sqlite3_errmsg (desk_database_get_handle (db)));
          g_assert_cmpint (sqlite3_changes (desk_database_get_handle (db)), ==, 1);
        }
      sqlite3_finalize (stmt);

      /* Back to a row that every value of the next column fits. */
      g_assert_true (desk_database_exec (db, "UPDATE cases SET status = 'open', outcome = 'favourable', "
                                             "rejection_reason = 'other'", NULL));

      /* And a word that is no nick is refused. */
      bad_sql = g_strdup_printf ("UPDATE %s SET %s = 'no-such-nick'", columns[i].table, columns[i].column);
      assert_constraint_fails (db, bad_sql, SQLITE_CONSTRAINT_CHECK);
      g_type_class_unref (klass);
    }

  /* Regions: each nick names a region present in the bundled guidelines. */
  {
    GEnumClass *klass = g_type_class_ref (DESK_TYPE_REGION);

    for (guint v = 0; v < klass->n_values; v++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM poverty_guidelines WHERE region = '%s'",
                                                klass->values[v].value_nick);
        g_assert_cmpint (query_int64 (db, sql), ==, 2);
      }
    g_type_class_unref (klass);
  }
}

#define ADD(name, func) \
  g_test_add ("/database/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("open/create-new", test_create_new);
  ADD ("open/reference-data", test_reference_data);
  ADD ("open/reopen", test_reopen);
  ADD ("open/two-connections", test_two_connections);
  ADD ("open/empty-file", test_empty_file_accepted);
  ADD ("open/folders", test_folders);
  ADD ("open/through-link", test_through_link);
  ADD ("open/empty-file-made-private", test_empty_file_made_private);
  ADD ("open/loose-rights-repaired", test_loose_rights_repaired);
  ADD ("open/empty-sqlite-file", test_empty_sqlite_file_accepted);
  ADD ("open/before-application-id", test_database_before_application_id);
  ADD ("open/migrations-match-version", test_migrations_match_version);
  ADD ("open/create-race", test_create_race);
  ADD ("open/poll-external-changes", test_poll_external_changes);
  g_test_add_func ("/database/read-only/file", test_read_only_file);
  g_test_add_func ("/database/read-only/folder", test_read_only_folder);
  g_test_add_func ("/database/read-only/refusals", test_read_only_refusals);
  g_test_add_func ("/database/read-only/with-writer", test_read_only_with_writer);
  g_test_add_func ("/database/rights-cannot-be-made-private", test_rights_cannot_be_made_private);
  ADD ("refuse/newer-schema", test_newer_schema_refused);
  ADD ("refuse/newer-schema-wal", test_newer_schema_wal_refused);
  ADD ("refuse/text-file", test_text_file_refused);
  ADD ("refuse/short-text-file", test_short_text_file_refused);
  ADD ("refuse/binary-file", test_binary_file_refused);
  ADD ("refuse/corrupt-header", test_corrupt_header_refused);
  ADD ("refuse/foreign-sqlite", test_foreign_sqlite_file);
  ADD ("refuse/unreadable", test_unreadable_file);
  ADD ("refuse/path-below-file", test_path_below_file);
  ADD ("refuse/directory", test_directory_refused);
  g_test_add_func ("/database/default-path", test_default_path);
  ADD ("statements/prepare-cached", test_prepare_cached);
  ADD ("transaction/commit", test_transaction_commit);
  ADD ("transaction/rollback", test_transaction_rollback);
  ADD ("transaction/sql-error", test_transaction_sql_error);
  ADD ("transaction/nested-inner-fails", test_transaction_nested_inner_fails);
  ADD ("transaction/nested-inner-sql-error", test_transaction_nested_inner_sql_error);
  ADD ("transaction/nested-outer-fails", test_transaction_nested_outer_fails);
  ADD ("transaction/nested-all-succeed", test_transaction_nested_all_succeed);
  ADD ("schema/client-birth-date", test_schema_client_birth_date);
  ADD ("schema/impossible-days", test_schema_impossible_days);
  ADD ("schema/case-dates", test_schema_case_dates);
  ADD ("schema/case-status-rules", test_schema_case_status_rules);
  ADD ("schema/foreign-keys", test_schema_foreign_keys);
  ADD ("schema/enum-nicks", test_schema_accepts_enum_nicks);
  ADD ("schema/constraint-names-field", test_constraint_names_field);

  return g_test_run ();
}
