/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Faults from outside: a database another process holds locked, and a
 * disk that fills up during a save, a backup and an export.  Each says so
 * in a sentence, and leaves nothing half-written.
 *
 * The full disk is real where the machine allows it (root: a 2 MB tmpfs
 * in a mount namespace of the test's own), else files are limited in
 * size with RLIMIT_FSIZE, which fails writes the same way (EFBIG);
 * DESK_FAULTS_NO_TMPFS=1 takes that way as root too. */
#define G_LOG_DOMAIN "test-faults"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "desk-backup.h"
#include "desk-demo.h"
#include "desk-error.h"
#include "desk-report-export.h"
#include "desk-test-files.h"
#include "desk-test.h"

/* ---- a database locked by another process --------------------------------- */

/* The other process: a write transaction held open until its stdin closes. */
static int
hold_lock (const char *path)
{
  sqlite3 *db = NULL;
  char buffer[16];

  if (sqlite3_open (path, &db) != SQLITE_OK ||
      sqlite3_exec (db, "BEGIN IMMEDIATE; INSERT INTO practice_areas (name) VALUES ('held')", NULL, NULL, NULL)
      != SQLITE_OK)
    {
      fprintf (stderr, "hold-lock: %s\n", sqlite3_errmsg (db));
      return 1;
    }
  printf ("L\n");
  fflush (stdout);
  while (read (STDIN_FILENO, buffer, sizeof buffer) > 0)
    ;
  sqlite3_close (db);
  return 0;
}

static void
test_locked (void)
{
  DeskTestStore test = { 0 };
  g_autoptr(GSubprocess) holder = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(DeskClient) client = desk_client_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *line = NULL;
  gint64 started;
  double waited;

  desk_test_store_open (&test, "test-faults");
  holder = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                             exe, "--hold-lock", test.path, NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "L");

  /* The save waits for the other program, then says it is in the way. */
  desk_client_set_first_name (client, "Ana");
  desk_client_set_last_name (client, "Rivera");
  started = g_get_monotonic_time ();
  g_assert_false (desk_store_save (test.store, DESK_RECORD (client), &error));
  waited = (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC;
  g_test_message ("the save gave up after %.1f s: %s", waited, error->message);
  g_assert_cmpfloat (waited, >=, 4.5);
  g_assert_cmpfloat (waited, <, 30);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_DATABASE);
  g_assert_true (g_str_has_prefix (error->message, "Another program or window is using “"));
  g_assert_nonnull (strstr (error->message, test.path));
  g_assert_nonnull (strstr (error->message, "nothing was saved"));
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (client)), ==, 0);
  g_clear_error (&error);

  /* Once it lets go (its transaction rolled back), the same save works. */
  g_assert_true (g_output_stream_close (g_subprocess_get_stdin_pipe (holder), NULL, &error));
  g_assert_true (g_subprocess_wait_check (holder, NULL, &error));
  g_assert_no_error (error);
  desk_test_save (test.store, client);
  g_assert_cmpint (desk_test_query_int (test.store, "SELECT count(*) FROM practice_areas WHERE name = 'held'"), ==, 0);
  g_assert_cmpint (desk_test_query_int (test.store, "SELECT count(*) FROM clients"), ==, 1);

  desk_test_store_close (&test);
}

/* ---- a full disk ------------------------------------------------------------ */

typedef struct
{
  char     *dir;
  gboolean  tmpfs;
} SmallDisk;

/* A folder on a 2 MB tmpfs only this process sees, when it may mount one. */
static gboolean
mount_small_disk (const char *dir)
{
  /* DESK_FAULTS_NO_TMPFS=1 tries the fallback where a tmpfs would do. */
  if (geteuid () != 0 || g_getenv ("DESK_FAULTS_NO_TMPFS") != NULL)
    return FALSE;
  if (unshare (CLONE_NEWNS) != 0)
    {
      g_printerr ("no mount namespace: %s\n", g_strerror (errno));
      return FALSE;
    }
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
      mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=2m,mode=0700") != 0)
    {
      g_printerr ("no tmpfs: %s\n", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* Files may grow to @bytes at most: past that a write fails with EFBIG
 * instead of killing the process. */
static void
limit_files (rlim_t bytes)
{
  struct rlimit limit = { bytes, bytes };

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

/* Fills the small disk with the work of @store's next write: on a tmpfs
 * the disk is full already by the failed save; with a size limit the
 * limit comes down to @bytes. */
static void
small_disk_fill (SmallDisk *disk,
                 rlim_t     bytes)
{
  if (!disk->tmpfs)
    limit_files (bytes);
}

static void
assert_whole (DeskTestStore *test,
              gint64         clients,
              gint64         audit_rows)
{
  g_autoptr(DeskStore) fresh = NULL;
  g_autoptr(GError) error = NULL;

  /* A second connection sees what the file holds. */
  fresh = desk_store_open (test->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_test_query_int (fresh, "SELECT count(*) FROM pragma_integrity_check WHERE "
                                               "integrity_check <> 'ok'"), ==, 0);
  g_assert_cmpint (desk_test_query_int (fresh, "SELECT count(*) FROM clients"), ==, clients);
  g_assert_cmpint (desk_test_query_int (fresh, "SELECT count(*) FROM audit_log"), ==, audit_rows);
}

static void
disk_full_body (void)
{
  SmallDisk disk = { 0 };
  DeskTestStore test = { 0 };
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *workbook = NULL;
  g_autofree char *files = NULL;
  g_auto(DeskReportParams) params;
  g_autofree char *note = g_strnfill (1000, 'n');
  gint64 clients, audit_rows;
  GStatBuf st;

  disk.dir = g_dir_make_tmp ("test-faults-disk-XXXXXX", &error);
  g_assert_no_error (error);
  disk.tmpfs = mount_small_disk (disk.dir);
  test.dir = g_strdup (disk.dir);
  test.path = g_build_filename (disk.dir, "probono.db", NULL);
  test.store = desk_store_open (test.path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(DeskClient) ana = desk_test_new_record (test.store, DESK_TYPE_CLIENT, "first-name", "Ana",
                                                      "last-name", "Rivera", NULL);
  }
  desk_test_exec (test.store, "PRAGMA wal_checkpoint (TRUNCATE)");
  g_assert_cmpint (g_stat (test.path, &st), ==, 0);
  clients = desk_test_query_int (test.store, "SELECT count(*) FROM clients");
  audit_rows = desk_test_query_int (test.store, "SELECT count(*) FROM audit_log");
  g_printerr ("a full disk: %s; the database takes %" G_GINT64_FORMAT " bytes\n",
                  disk.tmpfs ? "a 2 MB tmpfs" : "files limited with RLIMIT_FSIZE", (gint64) st.st_size);

  /* A save (an import of 4,000 clients, 4 MB of log) that the disk
   * cannot hold: refused in words, rolled back whole. */
  if (!disk.tmpfs)
    limit_files (st.st_size + 64 * 1024);
  for (guint i = 0; i < 4000; i++)
    g_ptr_array_add (batch, g_object_new (DESK_TYPE_CLIENT, "first-name", "Filler", "last-name", "Client",
                                          "notes", note, NULL));
  g_assert_false (desk_store_insert_batch (test.store, batch, "import", &error));
  g_printerr ("save: %s\n", error->message);
  /* A size limit leaves the disk with room: the write failed, it says. */
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, test.path));
  g_assert_nonnull (strstr (error->message, disk.tmpfs ? "” is full; nothing was saved."
                                                       : "” could not be written; nothing was saved."));
  g_assert_cmpint (desk_record_get_id (g_ptr_array_index (batch, 0)), ==, 0);
  g_clear_error (&error);
  assert_whole (&test, clients, audit_rows);

  /* A backup onto the full disk: nothing left of it, nothing recorded. */
  small_disk_fill (&disk, 64 * 1024);
  backup = g_build_filename (disk.dir, "copy.db", NULL);
  g_assert_false (desk_store_backup (test.store, backup, NULL, NULL, NULL, &error));
  g_printerr ("backup: %s\n", error->message);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "There is not enough space on the disk for “"));
  g_clear_error (&error);

  /* An export onto it: no workbook, no partial file, nothing recorded. */
  small_disk_fill (&disk, 4096);
  desk_report_params_init (&params);
  params.from = g_strdup ("2026-01-01");
  params.to = g_strdup ("2026-06-30");
  workbook = g_build_filename (disk.dir, "q2.xlsx", NULL);
  g_assert_null (desk_report_export (test.store, &params, workbook, NULL, NULL, NULL, &error));
  g_printerr ("export: %s\n", error->message);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_clear_error (&error);

  files = desk_test_listing (disk.dir);
  g_assert_cmpstr (files, ==, "probono.db probono.db-shm probono.db-wal");
  assert_whole (&test, clients, audit_rows);

  g_clear_object (&test.store);
  if (disk.tmpfs)
    umount (disk.dir);
  desk_test_store_close (&test);
  g_free (disk.dir);
}

static void
test_disk_full (void)
{
  /* Its own process: the mount namespace or the size limit go with it. */
  if (g_test_subprocess ())
    {
      disk_full_body ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--hold-lock"))
    return hold_lock (argv[2]);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/faults/locked", test_locked);
  g_test_add_func ("/faults/disk-full", test_disk_full);
  return g_test_run ();
}
