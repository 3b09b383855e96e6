/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

/* Runs the built probono binary (PROBONO_CLI, set by tests/meson.build)
 * the way a user or a script would. */

typedef struct
{
  char *dir;
} Fixture;

typedef struct
{
  int   status;  /* exit status */
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-cli-XXXXXX", &error);
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

/* Runs probono with the NULL-terminated arguments. */
static void
run_cli (Run *run,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("PROBONO_CLI");
  const char *arg;
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  run_clear (run);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

/* A usage or runtime error is one line on stderr starting "probono: ". */
static void
assert_one_error_line (Run *run)
{
  g_assert_true (g_str_has_prefix (run->err, "probono: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  g_assert_cmpstr (run->out, ==, "");
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "probono " PACKAGE_VERSION "\n");
  g_assert_cmpstr (PACKAGE_VERSION, ==, "0.1.0");
}

static void
test_help (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--db"));
  g_assert_nonnull (strstr (run.out, "\n  demo "));
  g_assert_nonnull (strstr (run.out, "\n  stats "));

  run_cli (&run, "demo", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--cases"));
  g_assert_nonnull (strstr (run.out, "--seed"));
}

/* The count on the line "LABEL<spaces>\tN" under @heading. */
static GHashTable *
parse_section (const char *text,
               const char *heading)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gboolean inside = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      guint64 value;

      if (!inside)
        {
          inside = strcmp (lines[i], heading) == 0;
          continue;
        }
      if (lines[i][0] == '\0')
        break;
      fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, 2);
      g_assert_true (g_ascii_string_to_unsigned (fields[1], 10, 0, G_MAXINT64, &value, NULL));
      g_strchomp (fields[0]);
      g_hash_table_insert (counts, g_strdup (fields[0]), GSIZE_TO_POINTER ((gsize) value));
    }
  g_assert_true (inside);
  return counts;
}

static void
test_demo_then_stats (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "demo.db", NULL);
  g_autoptr(GHashTable) tables = NULL;
  g_autoptr(GHashTable) statuses = NULL;
  g_auto(Run) run = { 0 };
  GHashTableIter iter;
  gpointer value;
  gsize sum = 0;

  run_cli (&run, "--db", db, "demo", "--cases", "200", "--seed", "7", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Created 200 cases, 160 clients and 5 volunteers in "));
  g_assert_true (g_str_has_suffix (run.out, " s.\n"));
  g_assert_cmpstr (run.err, ==, "");  /* no progress lines when stderr is not a terminal */

  run_cli (&run, "--db", db, "stats", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  tables = parse_section (run.out, "Records per table:");
  statuses = parse_section (run.out, "Cases by status:");
  g_assert_cmpuint (GPOINTER_TO_SIZE (g_hash_table_lookup (tables, "cases")), ==, 200);
  g_assert_cmpuint (GPOINTER_TO_SIZE (g_hash_table_lookup (tables, "clients")), ==, 160);
  g_assert_cmpuint (GPOINTER_TO_SIZE (g_hash_table_lookup (tables, "volunteers")), ==, 5);
  g_assert_true (g_hash_table_contains (statuses, "closed"));
  g_hash_table_iter_init (&iter, statuses);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    sum += GPOINTER_TO_SIZE (value);
  g_assert_cmpuint (sum, ==, 200);
  g_assert_cmpuint (GPOINTER_TO_SIZE (g_hash_table_lookup (statuses, "closed")), >, 0);

  /* A second run adds to the same file. */
  run_cli (&run, "--db", db, "demo", "--cases", "10", "--clients", "4", "--volunteers", "2", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Created 10 cases, 4 clients and 2 volunteers in "));
  run_cli (&run, "--db", db, "stats", NULL);
  g_clear_pointer (&tables, g_hash_table_unref);
  tables = parse_section (run.out, "Records per table:");
  g_assert_cmpuint (GPOINTER_TO_SIZE (g_hash_table_lookup (tables, "cases")), ==, 210);
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "usage.db", NULL);
  g_auto(Run) run = { 0 };

  run_cli (&run, "--db", db, "frobnicate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "“frobnicate”"));

  run_cli (&run, "--db", db, NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);

  run_cli (&run, "--no-such-option", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);

  run_cli (&run, "--db", db, "demo", "--cases", "abc", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "“abc”"));

  run_cli (&run, "--db", db, "demo", "--cases", "0", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "number of cases"));

  run_cli (&run, "--db", db, "demo", "--cases", "-5", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);

  run_cli (&run, "--db", db, "demo", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "--cases"));

  run_cli (&run, "--db", db, "demo", "--cases", "10", "--seed", "x1", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "seed"));

  run_cli (&run, "--db", db, "demo", "--cases", "10", "extra", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "“extra”"));

  /* None of that created the database. */
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));

  /* stats does not create a database either. */
  run_cli (&run, "--db", db, "stats", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_error_line (&run);
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
}

static void
test_not_a_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "notes.txt", NULL);
  const char *text = "Call Mrs. García back on Tuesday about the hearing.\n";
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  run_cli (&run, "--db", path, "stats", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "not a Pro Bono Desk database"));

  run_cli (&run, "--db", path, "demo", "--cases", "5", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "not a Pro Bono Desk database"));

  g_file_get_contents (path, &after, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, text);
}

static int
user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

static void
test_newer_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "future.db", NULL);
  g_auto(Run) run = { 0 };
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE clients (id INTEGER PRIMARY KEY, hologram BLOB);"
                                     "PRAGMA user_version = 99;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  run_cli (&run, "--db", path, "stats", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "newer"));

  run_cli (&run, "--db", path, "demo", "--cases", "5", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "newer"));

  g_assert_cmpint (user_version (path), ==, 99);
}

/* Every line of @text split at tabs; each must have @n_fields fields. */
static GPtrArray *
split_lines (const char *text,
             guint       n_fields)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char **fields;

      if (lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, n_fields);
      g_ptr_array_add (rows, fields);
    }
  return rows;
}

static void
test_cases (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "cases.db", NULL);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) open_cases = NULL;
  g_autoptr(GPtrArray) housing = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_auto(Run) run = { 0 };
  guint expected_open = 0;
  guint expected_housing = 0;

  run_cli (&run, "--db", db, "demo", "--cases", "150", "--seed", "11", NULL);
  g_assert_cmpint (run.status, ==, 0);

  run_cli (&run, "--db", db, "cases", NULL);
  g_assert_cmpint (run.status, ==, 0);
  all = split_lines (run.out, 8);
  g_assert_cmpuint (all->len, ==, 150);
  for (guint i = 0; i < all->len; i++)
    {
      char **row = g_ptr_array_index (all, i);
      guint code = (guint) g_ascii_strtoull (row[2], NULL, 10);

      g_assert_true (g_regex_match_simple ("^20[0-9]{2}-[0-9]{5}$", row[0], 0, 0));
      if (g_str_equal (row[4], "open"))
        expected_open++;
      /* LSC housing codes are 61–69. */
      if (code >= 61 && code <= 69)
        expected_housing++;
      /* Newest first. */
      if (i > 0)
        g_assert_cmpstr (((char **) g_ptr_array_index (all, i - 1))[5], >=, row[5]);
    }

  run_cli (&run, "--db", db, "cases", "--status", "open", NULL);
  g_assert_cmpint (run.status, ==, 0);
  open_cases = split_lines (run.out, 8);
  g_assert_cmpuint (open_cases->len, ==, expected_open);

  /* Categories are matched without regard to case. */
  run_cli (&run, "--db", db, "cases", "--category", "housing", NULL);
  g_assert_cmpint (run.status, ==, 0);
  housing = split_lines (run.out, 8);
  g_assert_cmpuint (housing->len, ==, expected_housing);
  g_assert_cmpuint (housing->len, >, 0);

  run_cli (&run, "--db", db, "cases", "--limit", "5", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = split_lines (run.out, 8);
  g_assert_cmpuint (found->len, ==, 5);

  /* A word of the first case's client finds that case. */
  {
    char **first = g_ptr_array_index (all, 0);
    g_auto(GStrv) words = g_strsplit (first[1], " ", 2);
    gboolean seen = FALSE;

    run_cli (&run, "--db", db, "cases", "--search", words[0], NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_clear_pointer (&found, g_ptr_array_unref);
    found = split_lines (run.out, 8);
    for (guint i = 0; i < found->len; i++)
      seen |= g_str_equal (((char **) g_ptr_array_index (found, i))[0], first[0]);
    g_assert_true (seen);
  }

  run_cli (&run, "--db", db, "cases", "--status", "pending", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "pending"));
  g_assert_nonnull (strstr (run.err, "intake, open, placed, closed, rejected"));

  run_cli (&run, "--db", db, "cases", "--category", "Astrology", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "Housing"));

  run_cli (&run, "--db", db, "cases", "--limit", "0", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
}

static void
test_conflicts (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "conflicts.db", NULL);
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_auto(GStrv) name = NULL;
  g_autofree char *reversed = NULL;
  g_auto(Run) run = { 0 };
  char **first;
  gboolean seen = FALSE;

  run_cli (&run, "--db", db, "demo", "--cases", "60", "--seed", "5", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "--db", db, "cases", "--limit", "1", NULL);
  cases = split_lines (run.out, 8);
  first = g_ptr_array_index (cases, 0);

  /* "Last, First" in lower case still finds the client and their case. */
  name = g_strsplit (first[1], " ", 2);
  {
    g_autofree char *last = g_utf8_strdown (name[1] != NULL ? name[1] : name[0], -1);
    reversed = g_strconcat (last, ", ", name[0], NULL);
  }
  run_cli (&run, "--db", db, "conflicts", reversed, NULL);
  g_assert_cmpint (run.status, ==, 0);
  hits = split_lines (run.out, 4);
  for (guint i = 0; i < hits->len; i++)
    {
      char **hit = g_ptr_array_index (hits, i);

      if (g_str_equal (hit[0], first[1]) && g_str_equal (hit[1], "Client") && strstr (hit[2], first[0]) != NULL)
        seen = TRUE;
      g_assert_true (g_str_has_suffix (hit[3], "%"));
    }
  g_assert_true (seen);

  /* No hit is no error. */
  run_cli (&run, "--db", db, "conflicts", "Zzyzx", "Qwertyuiop", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "Zzyzx Qwertyuiop"));

  run_cli (&run, "--db", db, "conflicts", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
}

static void
test_eligibility (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "eligibility.db", NULL);
  g_auto(GStrv) fields = NULL;
  g_auto(Run) run = { 0 };

  /* 2025, household of 3: 15,650 + 2 × 5,500 = 26,650; 125% is 33,312.50. */
  run_cli (&run, "--db", db, "eligibility", "--household", "3", "--income", "33,312.50", "--date", "2025-05-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
  fields = g_strsplit (run.out, "\t", -1);
  g_assert_cmpstr (fields[0], ==, "125.0%");
  g_assert_cmpstr (fields[1], ==, "Eligible");
  g_clear_pointer (&fields, g_strfreev);

  run_cli (&run, "--db", db, "eligibility", "--household", "3", "--income", "33312.51", "--date", "2025-05-01", NULL);
  fields = g_strsplit (run.out, "\t", -1);
  g_assert_cmpstr (fields[1], ==, "Exception needed");
  g_clear_pointer (&fields, g_strfreev);

  run_cli (&run, "--db", db, "eligibility", "--household", "3", "--income", "53301", "--date", "2025-05-01", NULL);
  fields = g_strsplit (run.out, "\t", -1);
  g_assert_cmpstr (fields[1], ==, "Over income");
  g_clear_pointer (&fields, g_strfreev);

  /* Alaska's table, and benefits make any income eligible. */
  run_cli (&run, "--db", db, "eligibility", "--household", "1", "--income", "90000", "--region", "alaska",
           "--benefits", "--date", "2025-05-01", NULL);
  fields = g_strsplit (run.out, "\t", -1);
  g_assert_cmpstr (fields[1], ==, "Eligible");
  g_assert_nonnull (strstr (fields[2], "benefit"));
  g_clear_pointer (&fields, g_strfreev);

  /* No 2026 table yet: the 2025 one is used, and the line says so. */
  run_cli (&run, "--db", db, "eligibility", "--household", "2", "--income", "20000", "--date", "2026-02-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2026"));
  g_assert_nonnull (strstr (run.out, "2025"));

  run_cli (&run, "--db", db, "eligibility", "--household", "0", "--income", "100", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  run_cli (&run, "--db", db, "eligibility", "--household", "2", "--income", "lots", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  run_cli (&run, "--db", db, "eligibility", "--household", "2", "--income", "100", "--region", "guam", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  run_cli (&run, "--db", db, "eligibility", "--household", "2", "--income", "100", "--date", "2026-02-30", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add ("/cli/demo-then-stats", Fixture, NULL, fixture_set_up, test_demo_then_stats, fixture_tear_down);
  g_test_add ("/cli/usage-errors", Fixture, NULL, fixture_set_up, test_usage_errors, fixture_tear_down);
  g_test_add ("/cli/not-a-database", Fixture, NULL, fixture_set_up, test_not_a_database, fixture_tear_down);
  g_test_add ("/cli/newer-database", Fixture, NULL, fixture_set_up, test_newer_database, fixture_tear_down);
  g_test_add ("/cli/cases", Fixture, NULL, fixture_set_up, test_cases, fixture_tear_down);
  g_test_add ("/cli/conflicts", Fixture, NULL, fixture_set_up, test_conflicts, fixture_tear_down);
  g_test_add ("/cli/eligibility", Fixture, NULL, fixture_set_up, test_eligibility, fixture_tear_down);

  return g_test_run ();
}
