/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "desk-database.h"
#include "desk-eligibility.h"
#include "desk-test-files.h"

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

static void become_nobody (gpointer user_data);

/* Runs probono with @args (NULL-terminated); @setup runs in the child
 * before it starts (a umask, another user). */
static void
run_cli_argv (Run                  *run,
              GSpawnChildSetupFunc  setup,
              const char * const   *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_dir = NULL;
  g_autofree char *copy = NULL;
  const char *cli = g_getenv ("PROBONO_CLI");
  int wait_status = 0;

  g_assert_nonnull (cli);
  /* A child that gives up root's rights may not reach the build tree (a
   * checkout in a 0700 folder): it runs a copy from a folder anyone may
   * enter.  The binary holds the core and its resources. */
  if (setup == become_nobody && geteuid () == 0)
    {
      g_autoptr(GFile) source = g_file_new_for_path (cli);
      g_autoptr(GFile) target = NULL;

      copy_dir = g_dir_make_tmp ("probono-cli-XXXXXX", &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_chmod (copy_dir, 0755), ==, 0);
      copy = g_build_filename (copy_dir, "probono", NULL);
      target = g_file_new_for_path (copy);
      g_assert_true (g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_chmod (copy, 0755), ==, 0);
      cli = copy;
    }
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  run_clear (run);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, setup, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);

  if (copy != NULL)
    {
      g_assert_cmpint (g_unlink (copy), ==, 0);
      g_assert_cmpint (g_rmdir (copy_dir), ==, 0);
    }
}

/* Runs probono with the NULL-terminated arguments. */
static void
run_cli (Run *run,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, run);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  run_cli_argv (run, NULL, (const char * const *) args->pdata);
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

  g_autofree char *sql = g_strdup_printf ("CREATE TABLE clients (id INTEGER PRIMARY KEY, hologram BLOB);"
                                          "PRAGMA application_id = %d; PRAGMA user_version = 99;",
                                          DESK_APPLICATION_ID);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
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

/* Files --------------------------------------------------------------- */

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static gint64
query_file (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* The main file alone, as a copy would hold it: whatever is left in a
 * -wal is not in it. */
static char *
copy_main_file (const char *path)
{
  g_autofree char *copy = g_strconcat (path, ".copy", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (copy, contents, length, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&copy);
}

static void
umask_zero (gpointer user_data)
{
  umask (0);
}

/* Root may write any file: to see a read-only file as a clinic worker
 * does, the child becomes "nobody". */
static void
become_nobody (gpointer user_data)
{
  if (geteuid () != 0)
    return;
  if (setgroups (0, NULL) != 0 || setgid (65534) != 0 || setuid (65534) != 0)
    _exit (99);
}

/* Defects found by probing ----------------------------------------------- */

/* Another program's SQLite file is refused and left exactly as it was: no
 * tables added, no version, no WAL mode, nothing beside it. */
static void
test_foreign_file_untouched (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *files[] = {
    "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)",
    "CREATE TABLE clients (who TEXT); INSERT INTO clients VALUES ('kept')",
    "CREATE TABLE notes (body TEXT); PRAGMA user_version = 7",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *name = g_strdup_printf ("notes-%u.db", i);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_auto(Run) run = { 0 };

      exec_sql (path, files[i]);
      before = desk_test_file_checksum (path);

      run_cli (&run, "--db", path, "stats", NULL);
      g_assert_cmpint (run.status, ==, 1);
      assert_one_error_line (&run);
      g_assert_nonnull (strstr (run.err, "belongs to another program"));
      g_assert_null (strstr (run.err, "newer"));

      run_cli (&run, "--db", path, "demo", "--cases", "5", NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_nonnull (strstr (run.err, "belongs to another program"));

      after = desk_test_file_checksum (path);
      g_assert_cmpstr (after, ==, before);
      desk_test_assert_no_side_files (path);
    }
}

typedef struct
{
  const char *db;
  guint       runs;
  guint       failures;
  GString    *errors;
} ReadLoop;

static gpointer
read_loop (gpointer data)
{
  ReadLoop *loop = data;
  const char *cli = g_getenv ("PROBONO_CLI");

  for (guint i = 0; i < loop->runs; i++)
    {
      const char *stats[] = { cli, "--db", loop->db, "stats", NULL };
      const char *cases[] = { cli, "--db", loop->db, "cases", "--limit", "5", NULL };
      g_autofree char *err = NULL;
      int wait_status = 0;

      if (!g_spawn_sync (NULL, (char **) (i % 2 ? stats : cases), NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                         NULL, &err, &wait_status, NULL) ||
          !WIFEXITED (wait_status) || WEXITSTATUS (wait_status) != 0)
        {
          loop->failures++;
          g_string_append (loop->errors, err != NULL ? err : "(no output)\n");
        }
    }
  return NULL;
}

/* Three loops of stats and cases on one file at once: none is ever turned
 * away as "busy" (once 3% were, in a few milliseconds, because the wait
 * for locks was set after the first read). */
static void
test_parallel_reads (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "shared.db", NULL);
  ReadLoop loops[3];
  GThread *threads[G_N_ELEMENTS (loops)];
  g_auto(Run) run = { 0 };
  guint failures = 0;

  run_cli (&run, "--db", db, "demo", "--cases", "40", NULL);
  g_assert_cmpint (run.status, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (loops); i++)
    {
      loops[i] = (ReadLoop) { db, 60, 0, g_string_new (NULL) };
      threads[i] = g_thread_new ("reads", read_loop, &loops[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (loops); i++)
    {
      g_thread_join (threads[i]);
      if (loops[i].failures > 0)
        g_test_message ("%s", loops[i].errors->str);
      failures += loops[i].failures;
      g_string_free (loops[i].errors, TRUE);
    }
  g_assert_cmpuint (failures, ==, 0);
  desk_test_assert_no_side_files (db);
}

/* Two processes making the same new database: both succeed, every time,
 * and the file is set up once. */
static void
test_create_race (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *cli = g_getenv ("PROBONO_CLI");

  for (guint round = 0; round < 30; round++)
    {
      g_autofree char *name = g_strdup_printf ("race-%u.db", round);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(GSubprocess) first = NULL;
      g_autoptr(GSubprocess) second = NULL;
      g_autoptr(GError) error = NULL;
      GSubprocess *both[2];

      first = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                                cli, "--db", path, "eligibility", "--household", "2", "--income", "20000", NULL);
      g_assert_no_error (error);
      second = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                                 cli, "--db", path, "eligibility", "--household", "2", "--income", "20000", NULL);
      g_assert_no_error (error);
      both[0] = first;
      both[1] = second;

      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *err = NULL;

          g_subprocess_communicate_utf8 (both[i], NULL, NULL, NULL, &err, &error);
          g_assert_no_error (error);
          if (g_subprocess_get_exit_status (both[i]) != 0)
            g_error ("round %u: %s", round, err);
          g_assert_cmpstr (err, ==, "");
        }

      g_assert_cmpint (query_file (path, "SELECT count(*) FROM poverty_guidelines"), ==, 6);
      g_assert_cmpint (user_version (path), ==, DESK_SCHEMA_VERSION);
      g_assert_cmphex (desk_test_file_mode (path), ==, 0600);
    }
}

/* A touched (0644) file, under a umask of 0, becomes a private database,
 * and so do its -wal and -shm; a mistyped folder is not created. */
static void
test_private_files (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "touched.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *typo_dir = g_build_filename (fixture->dir, "typo", NULL);
  g_autofree char *typo = g_build_filename (typo_dir, "dir", "x.db", NULL);
  const char *eligibility[] = { "--db", path, "eligibility", "--household", "1", "--income", "100", NULL };
  const char *demo[] = { "--db", path, "demo", "--cases", "5", NULL };
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  sqlite3 *reader = NULL;

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  run_cli_argv (&run, umask_zero, eligibility);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmphex (desk_test_file_mode (path), ==, 0600);

  /* A reader keeps the -wal and -shm there after probono exits. */
  g_assert_cmpint (sqlite3_open_v2 (path, &reader, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (reader, "SELECT count(*) FROM clients", NULL, NULL, NULL), ==, SQLITE_OK);
  run_cli_argv (&run, umask_zero, demo);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmphex (desk_test_file_mode (wal), ==, 0600);
  g_assert_cmphex (desk_test_file_mode (shm), ==, 0600);
  sqlite3_close (reader);
  desk_test_assert_no_side_files (path);

  run_cli (&run, "--db", typo, "eligibility", "--household", "1", "--income", "100", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "does not exist"));
  g_assert_false (g_file_test (typo_dir, G_FILE_TEST_EXISTS));
}

/* A read-only file is read, and left as it was: no -wal or -shm that would
 * later stand in the way of writing; conflicts still checks (and says the
 * check was not recorded). */
static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "readonly.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *stats[] = { "--db", path, "stats", NULL };
  const char *conflicts[] = { "--db", path, "conflicts", "Maria", "Garcia", NULL };
  const char *demo[] = { "--db", path, "demo", "--cases", "1", NULL };
  g_auto(Run) run = { 0 };

  run_cli (&run, "--db", path, "demo", "--cases", "30", NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* Readable by "nobody", writable by no one but root. */
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = desk_test_file_checksum (path);

  for (guint round = 0; round < 2; round++)
    {
      run_cli_argv (&run, become_nobody, stats);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.out, "Records per table:"));
      desk_test_assert_no_side_files (path);

      run_cli_argv (&run, become_nobody, conflicts);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.err, "The check was not recorded in the audit log."));
      g_assert_nonnull (strstr (run.err, "read-only"));
      desk_test_assert_no_side_files (path);

      run_cli_argv (&run, become_nobody, demo);
      g_assert_cmpint (run.status, ==, 1);
      assert_one_error_line (&run);
      g_assert_nonnull (strstr (run.err, "Nothing can be saved."));
      desk_test_assert_no_side_files (path);
    }

  after = desk_test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);

  /* Writable again, it is written to at once. */
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  run_cli (&run, "--db", path, "demo", "--cases", "1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
}

#define COUNT_ROWS "SELECT (SELECT count(*) FROM volunteers) + (SELECT count(*) FROM clients) + " \
                   "(SELECT count(*) FROM cases)"

/* The people and cases committed so far, read while probono writes:
 * through the -wal and -shm it has open, creating nothing. */
static gint64
count_rows_while_written (const char *path)
{
  g_autofree char *uri = g_strconcat ("file:", path, "?mode=ro", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count = -1;

  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
      sqlite3_busy_timeout (db, 2000) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, COUNT_ROWS, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}

/* demo closes its connections before it exits, also when interrupted: the
 * main file alone holds everything and nothing is left beside it. */
static void
test_demo_closes (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "demo.db", NULL);
  const char *cli = g_getenv ("PROBONO_CLI");
  const int stop_signals[] = { SIGINT, SIGTERM };
  g_auto(Run) run = { 0 };
  gint64 before = 0;

  for (guint round = 0; round < 8; round++)
    {
      g_autofree char *seed = g_strdup_printf ("%u", round + 1);
      g_autofree char *copy = NULL;

      run_cli (&run, "--db", path, "demo", "--cases", "25", "--seed", seed, NULL);
      g_assert_cmpint (run.status, ==, 0);
      desk_test_assert_no_side_files (path);
      copy = copy_main_file (path);
      g_assert_cmpint (query_file (copy, "SELECT count(*) FROM cases"), ==, 25 * (round + 1));
      before = query_file (copy, COUNT_ROWS);
      g_unlink (copy);
    }

  for (guint i = 0; i < G_N_ELEMENTS (stop_signals); i++)
    {
      g_autoptr(GSubprocess) demo = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *copy = NULL;
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
      gint64 seen;

      demo = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                               cli, "--db", path, "demo", "--cases", "2000000", NULL);
      g_assert_no_error (error);

      /* Stop it in the middle: once it has committed more rows. */
      do
        g_usleep (20000);
      while ((!g_file_test (wal, G_FILE_TEST_EXISTS) || count_rows_while_written (path) <= before) &&
             g_get_monotonic_time () < deadline);
      seen = count_rows_while_written (path);
      g_assert_cmpint (seen, >, before);
      g_subprocess_send_signal (demo, stop_signals[i]);
      g_subprocess_wait (demo, NULL, &error);
      g_assert_no_error (error);

      g_assert_true (g_subprocess_get_if_exited (demo));
      g_assert_cmpint (g_subprocess_get_exit_status (demo), ==, 130);
      desk_test_assert_no_side_files (path);
      copy = copy_main_file (path);
      g_assert_cmpint (query_file (copy, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"),
                       ==, 1);
      /* Every batch committed before the signal is in the file alone. */
      g_assert_cmpint (query_file (copy, COUNT_ROWS), >=, seen);
      before = query_file (copy, COUNT_ROWS);
      g_unlink (copy);
    }
}

/* POSIX locks belong to a process, and closing any descriptor of a file
 * drops them all: a second connection opened in a process (a worker's)
 * must not drop the first one's.  Else another process that closes the
 * database thinks it is the last, checkpoints, and removes the -wal and
 * -shm under the first connection's feet (probono demo once stalled, then
 * died of SIGBUS, so). */
static void
test_second_connection_keeps_locks (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "locks.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(DeskDatabase) first = NULL;
  g_autoptr(DeskDatabase) second = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "--db", path, "demo", "--cases", "5", NULL);
  g_assert_cmpint (run.status, ==, 0);

  first = desk_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (desk_database_exec (first, "INSERT INTO practice_areas (name) VALUES ('Locks 1')", &error));
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  for (guint i = 0; i < 3; i++)
    {
      g_clear_object (&second);
      second = desk_database_open (path, &error);
      g_assert_no_error (error);

      run_cli (&run, "--db", path, "stats", NULL);
      g_assert_cmpint (run.status, ==, 0);
      /* The -wal is still in use, so still there. */
      g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
    }

  g_assert_true (desk_database_exec (first, "INSERT INTO practice_areas (name) VALUES ('Locks 2')", &error));
  g_assert_no_error (error);
  g_assert_true (desk_database_exec (second, "INSERT INTO practice_areas (name) VALUES ('Locks 3')", &error));
  g_assert_no_error (error);
  g_clear_object (&second);
  g_clear_object (&first);
  desk_test_assert_no_side_files (path);
  g_assert_cmpint (query_file (path, "SELECT count(*) FROM practice_areas WHERE name LIKE 'Locks %'"), ==, 3);
}

/* What a tab, a newline or an escape code in stored text (written before,
 * or by another program) would do to a terminal and to the columns: the
 * CLI escapes them; and so it does in error messages. */
static void
test_escaped_output (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "escape.db", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(Run) run = { 0 };
  gboolean seen = FALSE;

  run_cli (&run, "--db", path, "demo", "--cases", "5", NULL);
  g_assert_cmpint (run.status, ==, 0);
  exec_sql (path, "UPDATE cases SET title = 'Evict' || char(9) || 'ion' || char(27) || '[2J' || char(10) || 'x' "
                  "WHERE id = 1;"
                  "UPDATE clients SET first_name = char(8238) || 'aicraG' WHERE id = "
                  "(SELECT client_id FROM cases WHERE id = 1);");

  run_cli (&run, "--db", path, "cases", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strchr (run.out, '\033'));
  g_assert_null (strstr (run.out, "\u202e"));
  rows = split_lines (run.out, 8);
  g_assert_cmpuint (rows->len, ==, 5);
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      if (g_str_equal (row[7], "Evict\\tion\\x1b[2J\\nx"))
        {
          seen = TRUE;
          g_assert_true (g_str_has_prefix (row[1], "\\u202eaicraG"));
        }
    }
  g_assert_true (seen);

  run_cli (&run, "--db", path, "frob\033[2J\tnicate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  g_assert_null (strchr (run.err, '\033'));
  g_assert_nonnull (strstr (run.err, "frob\\x1b[2J\\tnicate"));

  run_cli (&run, "--db", path, "conflicts", "Ana\033]0;x\007", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  g_assert_null (strchr (run.err, '\033'));
  g_assert_null (strchr (run.err, '\007'));
}

static void
test_eligibility_details (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "eligibility.db", NULL);
  g_autofree char *too_many = g_strdup_printf ("%d", DESK_HOUSEHOLD_MAX + 1);
  const char *mistakes[][2] = {
    { "--income", "" },
    { "--income", "   " },
    { "--income", "1,0,0" },
    { "--income", "1,00" },
    { "--income", "20000000000000" },
    { "--income", "10000000.01" },
    { "--date", "0001-01-01" },
    { "--date", "2201-01-01" },
    { "--household", "1000000" },
    { "--household", too_many },
  };
  g_auto(GStrv) fields = NULL;
  g_auto(Run) run = { 0 };

  /* Each a mistake in the command: status 2, one line, never "Eligible". */
  for (guint i = 0; i < G_N_ELEMENTS (mistakes); i++)
    {
      const char *args[] = { "--db", db, "eligibility", "--household", "3", "--income", "100", NULL, NULL, NULL };

      args[7] = mistakes[i][0];
      args[8] = mistakes[i][1];
      run_cli_argv (&run, NULL, args);
      g_assert_cmpint (run.status, ==, 2);
      assert_one_error_line (&run);
    }

  run_cli (&run, "--db", db, "eligibility", "--household", "3", "--income", "23,400", "--date", "2025-05-01", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* The largest income: one percentage, in the column and the sentence. */
  run_cli (&run, "--db", db, "eligibility", "--household", "1", "--income", "10,000,000", "--date", "2025-05-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
  fields = g_strsplit (run.out, "\t", -1);
  g_assert_cmpstr (fields[0], ==, "63897.8%");
  g_assert_cmpstr (fields[1], ==, "Over income");
  g_assert_true (g_str_has_prefix (fields[2], "63898% of the 2025 poverty guideline"));
}

static void
test_conflicts_details (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "conflicts.db", NULL);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *long_name = g_strnfill (201, 'a');
  g_auto(Run) run = { 0 };
  gint64 started;

  run_cli (&run, "--db", db, "demo", "--cases", "20", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* 4,000 words took 6 s, growing with their square: refused at once. */
  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, db);
  g_ptr_array_add (args, (gpointer) "conflicts");
  for (guint i = 0; i < 4000; i++)
    {
      g_ptr_array_add (words, g_strdup_printf ("w%uxyz", i));
      g_ptr_array_add (args, g_ptr_array_index (words, i));
    }
  g_ptr_array_add (args, NULL);
  started = g_get_monotonic_time ();
  run_cli_argv (&run, NULL, (const char * const *) args->pdata);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "at most 12 words"));
  g_assert_cmpint (g_get_monotonic_time () - started, <, G_USEC_PER_SEC);

  run_cli (&run, "--db", db, "conflicts", "a b c d e f g h i j k l m", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "--db", db, "conflicts", long_name, NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "too long"));

  /* Twelve words are a name. */
  run_cli (&run, "--db", db, "conflicts", "María de los Ángeles García y Fernández de Córdoba Ruiz Soto Paz", NULL);
  g_assert_cmpint (run.status, ==, 0);
}

/* probono import ------------------------------------------------------- */

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* No byte that would drive a terminal, whatever the file held. */
static void
assert_no_control_bytes (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (*p != '\n')
      g_assert_false (g_ascii_iscntrl (*p));
}

/* The line of the mapping for @field reads @column. */
static void
assert_mapped (const char *out,
               const char *field,
               const char *column)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *start = g_strconcat ("  ", field, " ", NULL);

      if (g_str_has_prefix (lines[i], start))
        {
          g_assert_true (g_str_has_suffix (lines[i], column));
          return;
        }
    }
  g_error ("No mapping line for %s in:\n%s", field, out);
}

static void
test_import_usage_errors (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "import.db", NULL);
  g_autofree char *csv = write_file (fixture, "clients.csv", "First Name,Last Name\nAna,Li\n", -1);
  const char *wrong[][7] = {
    { "import", NULL },
    { "import", "clients", NULL },
    { "import", "parties", csv, NULL },
    { "import", "clients", csv, "extra", NULL },
    { "import", "clients", csv, "--duplicates", "keep", NULL },
    { "import", "clients", csv, "--encoding", "latin9", NULL },
    { "import", "clients", csv, "--map", "shoe-size=1", NULL },
    { "import", "clients", csv, "--map", "phone=Mobile", NULL },
    { "import", "--undo", "first", NULL },
    { "import", "--undo", "1", "clients", NULL },
    { "import", "clients", csv, "--bogus", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_auto(Run) run = { 0 };

      g_ptr_array_add (args, "--db");
      g_ptr_array_add (args, db);
      for (guint j = 0; wrong[i][j] != NULL; j++)
        g_ptr_array_add (args, (gpointer) wrong[i][j]);
      g_ptr_array_add (args, NULL);

      run_cli_argv (&run, NULL, (const char * const *) args->pdata);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, "probono: "));
    }
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS) &&
                  query_file (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'imports'") &&
                  query_file (db, "SELECT count(*) FROM clients") > 0);
}

static void
test_import_then_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "import.db", NULL);
  g_autofree char *csv = write_file (fixture, "clients.csv",
                                     "Surname;Given;DOB\nLópez;Ana;4/2/1980\nLi;Bo;\n\nNg;Cy;1990-01-01\n", -1);
  g_auto(Run) run = { 0 };

  /* The mapping is printed; a dry run writes nothing. */
  run_cli (&run, "--db", db, "import", "clients", csv, "--map", "first-name=Given", "--dry-run", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Mapping of clients.csv (3 rows, fields separated by semicolons):\n"));
  assert_mapped (run.out, "first-name*", "← column 2, “Given”");
  assert_mapped (run.out, "last-name*", "← column 1, “Surname”");
  g_assert_nonnull (strstr (run.out, "3 rows: 3 to create, 0 to merge, 0 to skip; 0 of them with problems.\n"));
  g_assert_nonnull (strstr (run.out, "A dry run: nothing was written.\n"));
  g_assert_cmpint (query_file (db, "SELECT count(*) FROM clients"), ==, 0);

  run_cli (&run, "--db", db, "import", "clients", csv, "--map", "first-name=2", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "Imported batch 1: 3 created, 0 merged, 0 skipped.\n"));
  g_assert_nonnull (strstr (run.out, "probono import --undo 1\n"));
  /* Closed before it ended: nothing left in a -wal. */
  desk_test_assert_no_side_files (db);
  g_assert_cmpint (query_file (db, "SELECT count(*) FROM clients WHERE first_name = 'Ana' AND last_name = 'López' "
                                   "AND birth_date = '1980-04-02'"), ==, 1);

  /* Again: the same people, skipped unless merged. */
  run_cli (&run, "--db", db, "import", "clients", csv, "--map", "first-name=Given", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "line 2: the same person as Ana López, born 1980-04-02 (client 1): skipped.\n"));
  g_assert_nonnull (strstr (run.out, "Imported batch 2: 0 created, 0 merged, 3 skipped.\n"));

  run_cli (&run, "--db", db, "import", "--undo", "1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Undid import 1 of clients.csv (clients): 3 records archived, 0 put back as they were.\n");
  g_assert_cmpint (query_file (db, "SELECT count(*) FROM clients WHERE archived = 0"), ==, 0);
  g_assert_cmpint (query_file (db, "SELECT count(*) FROM audit_log WHERE import_id = 1 AND action = 'archive'"), ==, 3);

  run_cli (&run, "--db", db, "import", "--undo", "1", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "was undone before"));
  run_cli (&run, "--db", db, "import", "--undo", "9", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "There is no import number 9"));
}

static void
test_import_bad_files (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "import.db", NULL);
  /* A header and a value that would drive a terminal, a tab in a name,
   * a row with a field too many. */
  g_autofree char *bad = write_file (fixture, "bad.csv",
                                     "First Name,Last Name,\x1b[31mNotes\n"
                                     "Ana,\"Li\tTab\",fine\n"
                                     "Bo,Wu,x,extra\n"
                                     "Cy,Ng,\n", -1);
  g_autofree char *latin = write_file (fixture, "latin.csv", "First Name,Last Name\nJos\xE9,N\xFA\xF1" "ez\n", -1);
  g_autofree char *no_names = write_file (fixture, "names.csv", "Name,Town\nAna Li,York\n", -1);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.csv", NULL);
  g_auto(Run) run = { 0 };

  run_cli (&run, "--db", db, "import", "clients", bad, "--map", "notes=3", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "line 2: The last name contains a tab or another control character (U+0009)"));
  g_assert_nonnull (strstr (run.out, "line 3: The row has 4 fields where the header has 3"));
  g_assert_nonnull (strstr (run.out, "← column 3, “\\x1b[31mNotes”"));
  assert_no_control_bytes (run.out);
  g_assert_cmpstr (run.err, ==, "probono: Nothing was imported: 2 rows have problems.\n");
  g_assert_cmpint (query_file (db, "SELECT count(*) FROM clients"), ==, 0);
  g_assert_cmpint (query_file (db, "SELECT count(*) FROM imports"), ==, 0);

  /* Windows-1252: refused with the option to use, read with it. */
  run_cli (&run, "--db", db, "import", "clients", latin, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "Line 2 is not UTF-8 text"));
  g_assert_nonnull (strstr (run.err, "--encoding windows-1252"));
  run_cli (&run, "--db", db, "import", "clients", latin, "--encoding", "windows-1252", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (query_file (db, "SELECT count(*) FROM clients WHERE first_name = 'José'"), ==, 1);

  run_cli (&run, "--db", db, "import", "clients", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "cannot be read"));

  run_cli (&run, "--db", db, "import", "clients", no_names, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "Choose the column for each required field: First name, Last name. "
                                     "Name them with --map FIELD=COLUMN."));
}

static void
test_import_read_only (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "readonly.db", NULL);
  g_autofree char *csv = write_file (fixture, "clients.csv", "First Name,Last Name\nAna,Li\n", -1);
  const char *import[] = { "--db", db, "import", "clients", csv, NULL };
  const char *dry_run[] = { "--db", db, "import", "clients", csv, "--dry-run", NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "--db", db, "demo", "--cases", "5", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (csv, 0644), ==, 0);
  g_assert_cmpint (g_chmod (db, 0444), ==, 0);
  before = desk_test_file_checksum (db);

  run_cli_argv (&run, become_nobody, dry_run);
  g_assert_cmpint (run.status, ==, 0);
  run_cli_argv (&run, become_nobody, import);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "probono: Nothing can be imported: "));
  g_assert_nonnull (strstr (run.err, "read-only"));
  desk_test_assert_no_side_files (db);

  after = desk_test_file_checksum (db);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (g_chmod (db, 0600), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
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
  g_test_add ("/cli/foreign-file-untouched", Fixture, NULL, fixture_set_up, test_foreign_file_untouched, fixture_tear_down);
  g_test_add ("/cli/parallel-reads", Fixture, NULL, fixture_set_up, test_parallel_reads, fixture_tear_down);
  g_test_add ("/cli/create-race", Fixture, NULL, fixture_set_up, test_create_race, fixture_tear_down);
  g_test_add ("/cli/private-files", Fixture, NULL, fixture_set_up, test_private_files, fixture_tear_down);
  g_test_add ("/cli/read-only-file", Fixture, NULL, fixture_set_up, test_read_only_file, fixture_tear_down);
  g_test_add ("/cli/demo-closes", Fixture, NULL, fixture_set_up, test_demo_closes, fixture_tear_down);
  g_test_add ("/cli/second-connection-keeps-locks", Fixture, NULL, fixture_set_up,
              test_second_connection_keeps_locks, fixture_tear_down);
  g_test_add ("/cli/escaped-output", Fixture, NULL, fixture_set_up, test_escaped_output, fixture_tear_down);
  g_test_add ("/cli/eligibility-details", Fixture, NULL, fixture_set_up, test_eligibility_details, fixture_tear_down);
  g_test_add ("/cli/conflicts-details", Fixture, NULL, fixture_set_up, test_conflicts_details, fixture_tear_down);
  g_test_add ("/cli/import/usage-errors", Fixture, NULL, fixture_set_up, test_import_usage_errors, fixture_tear_down);
  g_test_add ("/cli/import/then-undo", Fixture, NULL, fixture_set_up, test_import_then_undo, fixture_tear_down);
  g_test_add ("/cli/import/bad-files", Fixture, NULL, fixture_set_up, test_import_bad_files, fixture_tear_down);
  g_test_add ("/cli/import/read-only", Fixture, NULL, fixture_set_up, test_import_read_only, fixture_tear_down);

  return g_test_run ();
}
