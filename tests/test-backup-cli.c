/* SPDX-License-Identifier: GPL-3.0-or-later */
/* probono backup and probono restore run as a clinic's script would:
 * exit statuses, one sentence on stderr, the files they leave (and do not
 * leave), the audit rows they write, and a disk that fills up. */
#define G_LOG_DOMAIN "test-backup-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "desk-backup.h"
#include "desk-test-files.h"
#include "desk-test.h"

typedef struct
{
  DeskTestStore test;
  char         *kept;     /* PROBONO_BACKUP_DIR of the commands */
  char         *backup;   /* a backup made with Ana only */
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Exit;

static void
exit_clear (Exit *exit)
{
  g_clear_pointer (&exit->out, g_free);
  g_clear_pointer (&exit->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Exit, exit_clear)

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DeskClient) ana = NULL;
  g_autoptr(GError) error = NULL;

  desk_test_store_open (&f->test, "test-backup-cli");
  f->kept = g_build_filename (f->test.dir, "kept", NULL);
  f->backup = g_build_filename (f->test.dir, "ana.db", NULL);
  ana = desk_test_new_record (f->test.store, DESK_TYPE_CLIENT, "first-name", "Ana", "last-name", "Rivera", NULL);
  g_assert_true (desk_store_backup (f->test.store, f->backup, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->kept);
  g_free (f->backup);
  desk_test_store_close (&f->test);
}

/* Past 64 KB a write fails with EFBIG, as on a full disk, instead of
 * killing the process. */
static void
small_disk (gpointer data)
{
  struct rlimit limit = { 64 * 1024, 64 * 1024 };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* probono --db DATABASE ARGS…, with stdin from /dev/null (no terminal). */
static void
probono (Fixture             *f,
         Exit                *exit,
         GSpawnChildSetupFunc setup,
         const char          *first,
         ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PROBONO_CLI"));
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->test.path);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "PROBONO_BACKUP_DIR", f->kept, TRUE);
  if (setup != NULL)
    g_subprocess_launcher_set_child_setup (launcher, setup, NULL, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  exit_clear (exit);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &exit->out, &exit->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  exit->status = g_subprocess_get_exit_status (process);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", exit->status, exit->out, exit->err);
}

/* A failure is one sentence on one line of stderr, nothing on stdout. */
static void
assert_failed (Exit       *exit,
               int         status,
               const char *words)
{
  g_assert_cmpint (exit->status, ==, status);
  g_assert_cmpstr (exit->out, ==, "");
  g_assert_true (g_str_has_prefix (exit->err, "probono: "));
  g_assert_true (g_str_has_suffix (exit->err, ".\n"));
  g_assert_true (strchr (exit->err, '\n') == exit->err + strlen (exit->err) - 1);
  g_assert_nonnull (strstr (exit->err, words));
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->test.dir, "copy.db", NULL);
  g_auto(Exit) exit = { 0 };

  probono (f, &exit, NULL, "backup", "-o", copy, NULL);
  g_assert_cmpint (exit.status, ==, 0);
  g_assert_cmpstr (exit.err, ==, "");
  g_assert_true (g_str_has_prefix (exit.out, "Backed up “"));
  g_assert_nonnull (strstr (exit.out, "), checked, in "));
  g_assert_cmpuint (desk_test_file_mode (copy), ==, 0600);
  g_assert_cmpint (desk_test_file_query_int (copy, "SELECT count(*) FROM clients"), ==, 1);
  desk_test_assert_no_side_files (copy);
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM audit_log WHERE action = 'backup' "
                                                       "AND program = 'probono backup'"), ==, 1);
}

static void
test_backup_mistakes (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->test.dir, "no-folder", "x.db", NULL);
  g_autofree char *notes = g_build_filename (f->test.dir, "notes.txt", NULL);
  g_autofree char *sum = NULL;
  g_auto(Exit) exit = { 0 };

  probono (f, &exit, NULL, "backup", NULL);
  assert_failed (&exit, 2, "Say where to write the backup");
  probono (f, &exit, NULL, "backup", "-o", f->test.path, NULL);
  assert_failed (&exit, 2, "is the database itself");
  probono (f, &exit, NULL, "backup", "-o", missing, NULL);
  assert_failed (&exit, 1, "does not exist");

  g_assert_true (g_file_set_contents (notes, "not mine to replace\n", -1, NULL));
  sum = desk_test_file_checksum (notes);
  probono (f, &exit, NULL, "backup", "-o", notes, NULL);
  assert_failed (&exit, 2, "is not a Pro Bono Desk database");
  desk_test_assert_checksum (notes, sum);
}

/* The disk fills up while the copy is written: a sentence that says so,
 * exit 1, no file left, nothing recorded. */
static void
test_backup_disk_full (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->test.dir, "out", NULL);
  g_autofree char *copy = g_build_filename (folder, "copy.db", NULL);
  g_autofree char *left = NULL;
  g_auto(Exit) exit = { 0 };

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  /* More than 64 KB of database to copy. */
  for (guint i = 0; i < 400; i++)
    {
      g_autoptr(DeskClient) client = desk_test_new_record (f->test.store, DESK_TYPE_CLIENT, "first-name", "Filler",
                                                           "last-name", "Client", "notes",
                                                           "Notes long enough to fill a page or two of the file "
                                                           "quickly, so that the copy outgrows the limit.", NULL);
    }
  desk_test_exec (f->test.store, "PRAGMA wal_checkpoint (TRUNCATE)");
  g_assert_cmpint (desk_test_query_int (f->test.store, "PRAGMA page_count"), >, 64 * 1024 / 4096 + 8);

  probono (f, &exit, small_disk, "backup", "-o", copy, NULL);
  assert_failed (&exit, 1, "There is not enough space on the disk for");
  left = desk_test_listing (folder);
  g_assert_cmpstr (left, ==, "");
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM audit_log WHERE action = 'backup' "
                                                       "AND program = 'probono backup'"), ==, 0);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(DeskClient) bo = desk_test_new_record (f->test.store, DESK_TYPE_CLIENT, "first-name", "Bo",
                                                    "last-name", "Li", NULL);
  g_autofree char *backup_sum = desk_test_file_checksum (f->backup);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Exit) exit = { 0 };

  /* Without a terminal and without --yes: nothing happens. */
  g_clear_object (&f->test.store);
  probono (f, &exit, NULL, "restore", f->backup, NULL);
  assert_failed (&exit, 2, "add --yes");
  g_assert_false (g_file_test (f->kept, G_FILE_TEST_EXISTS));

  probono (f, &exit, NULL, "restore", "--yes", f->backup, NULL);
  g_assert_cmpint (exit.status, ==, 0);
  g_assert_cmpstr (exit.err, ==, "");
  g_assert_true (g_str_has_prefix (exit.out, "Restored “"));
  g_assert_nonnull (strstr (exit.out, "the database as it was is kept as “"));

  /* The database as it was (Ana and Bo) is kept; the database is the backup. */
  kept = desk_test_listing (f->kept);
  g_assert_true (g_str_has_prefix (kept, "probono-before-restore-"));
  {
    g_autofree char *path = g_build_filename (f->kept, kept, NULL);
    g_assert_cmpint (desk_test_file_query_int (path, "SELECT count(*) FROM clients"), ==, 2);
  }
  desk_test_assert_checksum (f->backup, backup_sum);
  desk_test_assert_no_side_files (f->test.path);
  f->test.store = desk_store_open (f->test.path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM clients"), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM audit_log WHERE action = 'restore' "
                                                       "AND program = 'probono restore'"), ==, 1);
}

static void
test_restore_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *foreign = g_build_filename (f->test.dir, "notes.db", NULL);
  g_autofree char *sum = NULL;
  g_auto(Exit) exit = { 0 };
  sqlite3 *db = NULL;

  /* The window has the database open: refused, nothing kept. */
  probono (f, &exit, NULL, "restore", "--yes", f->backup, NULL);
  assert_failed (&exit, 1, "Another program or window is using");
  g_assert_false (g_file_test (f->kept, G_FILE_TEST_EXISTS));

  /* Another program's file is no backup. */
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (body TEXT)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_clear_object (&f->test.store);
  sum = desk_test_file_checksum (f->test.path);
  probono (f, &exit, NULL, "restore", "--yes", foreign, NULL);
  assert_failed (&exit, 1, "is not a Pro Bono Desk backup");
  desk_test_assert_checksum (f->test.path, sum);

  probono (f, &exit, NULL, "restore", NULL);
  assert_failed (&exit, 2, "Name the one backup to restore");
  probono (f, &exit, NULL, "restore", "--yes", f->backup, foreign, NULL);
  assert_failed (&exit, 2, "Name the one backup to restore");
}

#define ADD(name, func) \
  g_test_add ("/backup-cli/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("backup", test_backup);
  ADD ("backup-mistakes", test_backup_mistakes);
  ADD ("backup-disk-full", test_backup_disk_full);
  ADD ("restore", test_restore);
  ADD ("restore-refused", test_restore_refused);

  return g_test_run ();
}
