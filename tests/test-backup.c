/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Backups (one snapshot while another connection writes, verified, 0600,
 * nothing left behind on failure), automatic backups (once a day, the
 * newest N kept), restores (only our files, the current database kept,
 * refused while in use) and a record's history in words. */
#define G_LOG_DOMAIN "test-backup"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "desk-audit.h"
#include "desk-backup.h"
#include "desk-demo.h"
#include "desk-error.h"
#include "desk-test-files.h"
#include "desk-test.h"

typedef struct
{
  DeskTestStore test;
  char         *out;      /* a folder for backups */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  desk_test_store_open (&f->test, "test-backup");
  f->out = g_build_filename (f->test.dir, "backups", NULL);
  g_assert_cmpint (g_mkdir (f->out, 0755), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->out);
  desk_test_store_close (&f->test);
}

static DeskClient *
add_client (DeskStore  *store,
            const char *first,
            const char *last)
{
  return desk_test_new_record (store, DESK_TYPE_CLIENT, "first-name", first, "last-name", last, NULL);
}

static void
write_sql_file (const char *path,
                const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* ---- backups ----------------------------------------------------------- */

static void
test_backup_copy (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (f->out, "copy.db", NULL);
  g_autoptr(DeskClient) ana = add_client (f->test.store, "Ana", "Rivera");
  g_autoptr(DeskClient) bo = add_client (f->test.store, "Bo", "Li");
  g_autoptr(GError) error = NULL;
  g_autofree char *files = NULL;
  g_autofree char *fields = NULL;

  g_assert_true (desk_store_backup (f->test.store, backup, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* One private file, nothing beside it, ours, whole. */
  files = desk_test_listing (f->out);
  g_assert_cmpstr (files, ==, "copy.db");
  g_assert_cmpuint (desk_test_file_mode (backup), ==, 0600);
  g_assert_true (desk_backup_check (backup, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_test_file_query_int (backup, "SELECT count(*) FROM clients"), ==, 2);
  g_assert_cmpint (desk_test_file_query_int (backup, "PRAGMA application_id"), ==, DESK_APPLICATION_ID);
  /* A single file: not in WAL mode, so it is read without a -wal. */
  g_assert_cmpint (desk_test_file_query_int (backup, "PRAGMA user_version"), ==, DESK_SCHEMA_VERSION);
  {
    g_autofree char *contents = NULL;
    g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
    g_assert_cmpint (contents[18], ==, 1);
    g_assert_cmpint (contents[19], ==, 1);
  }

  /* Audited in the database backed up, with the program. */
  fields = g_strdup_printf ("file %s; ", backup);
  g_assert_cmpint (desk_test_query_int (f->test.store,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'database' "
                                        "AND action = 'backup' AND program = 'test-backup'"), ==, 1);
  {
    g_autoptr(GPtrArray) rows = desk_store_list_audit (f->test.store, "database", 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (rows->len, ==, 1);
    g_assert_true (g_str_has_prefix (((DeskAuditEntry *) rows->pdata[0])->fields, fields));
  }

  /* An older backup of ours may be replaced; the copy is then the new one. */
  g_clear_object (&ana);
  ana = add_client (f->test.store, "Cy", "Ng");
  g_assert_true (desk_store_backup (f->test.store, backup, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_test_file_query_int (backup, "SELECT count(*) FROM clients"), ==, 3);
}

typedef struct
{
  DeskStore *other;
  guint      reports;
  guint      last_done;
  guint      total;
} Writer;

/* Between two steps of the copy, another connection saves a client. */
static void
write_between_steps (guint    done,
                     guint    total,
                     gpointer user_data)
{
  Writer *writer = user_data;

  g_assert_cmpuint (done, >=, writer->last_done);
  g_assert_cmpuint (done, <=, total);
  writer->last_done = done;
  writer->total = total;
  if (writer->reports++ == 0)
    {
      g_autoptr(DeskClient) late = add_client (writer->other, "Late", "Comer");
    }
}

static void
test_backup_one_snapshot (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (f->out, "snapshot.db", NULL);
  DeskDemoOptions options = { .n_cases = 6000, .seed = 7 };
  g_autoptr(GError) error = NULL;
  Writer writer = { 0 };
  gint64 clients;

  desk_demo_resolve_options (&options);
  g_assert_true (desk_demo_generate (f->test.store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  clients = desk_test_query_int (f->test.store, "SELECT count(*) FROM clients");

  writer.other = desk_store_open (f->test.path, &error);
  g_assert_no_error (error);
  g_assert_true (desk_store_backup (f->test.store, backup, write_between_steps, &writer, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&writer.other);

  /* Several steps, the last one complete; the copy is the moment it
   * began: the client saved meanwhile is in the database, not in it. */
  g_assert_cmpuint (writer.reports, >=, 2);
  g_assert_cmpuint (writer.last_done, ==, writer.total);
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM clients"), ==, clients + 1);
  g_assert_cmpint (desk_test_file_query_int (backup, "SELECT count(*) FROM clients"), ==, clients);
  g_assert_cmpint (desk_test_file_query_int (backup, "SELECT count(*) FROM cases"), ==, 6000);
  g_assert_true (desk_backup_check (backup, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
cancel_at_once (guint    done,
                guint    total,
                gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_backup_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *text = g_build_filename (f->out, "notes.txt", NULL);
  g_autofree char *in_use = g_build_filename (f->out, "live.db", NULL);
  g_autofree char *in_use_wal = g_strconcat (in_use, "-wal", NULL);
  g_autofree char *missing = g_build_filename (f->out, "no-such-folder", "x.db", NULL);
  g_autofree char *sum = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskClient) ana = add_client (f->test.store, "Ana", "Rivera");

  g_assert_true (g_file_set_contents (text, "Someone's notes\n", -1, NULL));
  sum = desk_test_file_checksum (text);
  write_sql_file (in_use, "PRAGMA application_id = 1349676866; CREATE TABLE t (x)");
  g_assert_true (g_file_set_contents (in_use_wal, "", 0, NULL));
  before = desk_test_listing (f->out);

  /* Another program's file. */
  g_assert_false (desk_store_backup (f->test.store, text, NULL, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "is not a Pro Bono Desk database"));
  g_clear_error (&error);
  desk_test_assert_checksum (text, sum);

  /* The database itself, and a database in use. */
  g_assert_false (desk_store_backup (f->test.store, f->test.path, NULL, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "is the database itself"));
  g_clear_error (&error);
  g_assert_false (desk_store_backup (f->test.store, in_use, NULL, NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "is a database in use"));
  g_clear_error (&error);

  /* A folder that is not there is not made. */
  g_assert_false (desk_store_backup (f->test.store, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);

  /* Cancelled: nothing is left, nothing recorded. */
  {
    g_autofree char *target = g_build_filename (f->out, "cancelled.db", NULL);

    g_assert_false (desk_store_backup (f->test.store, target, cancel_at_once, cancellable, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
  }

  after = desk_test_listing (f->out);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM audit_log WHERE entity = 'database'"),
                   ==, 0);
}

typedef struct
{
  GMainLoop *loop;
  GError    *error;
  char      *made;
  guint      reports;
} AsyncRun;

static void
backup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncRun *run = user_data;

  desk_store_backup_finish (DESK_STORE (object), result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
count_report (guint    done,
              guint    total,
              gpointer user_data)
{
  ((AsyncRun *) user_data)->reports++;
}

static void
test_backup_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (f->out, "async.db", NULL);
  g_autoptr(DeskClient) ana = add_client (f->test.store, "Ana", "Rivera");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncRun run = { loop };

  desk_store_backup_async (f->test.store, backup, count_report, &run, NULL, backup_done_cb, &run);
  g_main_loop_run (loop);
  g_assert_no_error (run.error);
  /* The reports arrive in this thread, before the result. */
  g_assert_cmpuint (run.reports, >=, 1);
  g_assert_cmpint (desk_test_file_query_int (backup, "SELECT count(*) FROM clients"), ==, 1);
}

/* ---- automatic backups -------------------------------------------------- */

static char *
automatic_backup (DeskStore  *store,
                  const char *folder,
                  guint       keep,
                  const char *today)
{
  g_autoptr(GError) error = NULL;
  char *made = NULL;

  g_setenv ("DESK_TODAY", today, TRUE);
  g_assert_true (desk_store_backup_automatic (store, folder, keep, &made, NULL, &error));
  g_assert_no_error (error);
  return made;
}

static void
test_automatic (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->test.dir, "auto", "backups", NULL);
  g_autofree char *other = g_build_filename (folder, "other-2026-01-01-00000000.db", NULL);
  g_autofree char *notes = g_build_filename (folder, "notes.txt", NULL);
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *base = NULL;
  g_autofree char *files = NULL;
  g_autofree char *tag = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(DeskClient) ana = add_client (f->test.store, "Ana", "Rivera");

  /* Off: nothing made, not even the folder. */
  g_assert_null (automatic_backup (f->test.store, folder, 0, "2026-06-10"));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  /* The folder is made private; the file is named after the database and the day. */
  first = automatic_backup (f->test.store, folder, 2, "2026-06-10");
  g_assert_nonnull (first);
  g_assert_cmpuint (desk_test_file_mode (folder), ==, 0700);
  g_assert_cmpuint (desk_test_file_mode (first), ==, 0600);
  base = g_path_get_basename (first);
  g_assert_true (g_str_has_prefix (base, "probono-2026-06-10-"));
  g_assert_true (g_str_has_suffix (base, ".db"));
  tag = g_strndup (base + strlen ("probono-2026-06-10-"), 8);
  g_assert_cmpint (desk_test_file_query_int (first, "SELECT count(*) FROM clients"), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM audit_log WHERE action = 'backup' "
                                                       "AND fields LIKE 'automatic; %'"), ==, 1);

  /* Once a day. */
  again = automatic_backup (f->test.store, folder, 2, "2026-06-10");
  g_assert_null (again);

  /* The newest two of this database stay; what is not one of them stays too. */
  g_assert_true (g_file_set_contents (other, "", 0, NULL));
  g_assert_true (g_file_set_contents (notes, "keep me", -1, NULL));
  g_free (automatic_backup (f->test.store, folder, 2, "2026-06-11"));
  g_free (automatic_backup (f->test.store, folder, 2, "2026-06-12"));
  files = desk_test_listing (folder);
  expected = g_strdup_printf ("notes.txt other-2026-01-01-00000000.db probono-2026-06-11-%s.db "
                              "probono-2026-06-12-%s.db", tag, tag);
  g_assert_cmpstr (files, ==, expected);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));

  g_setenv ("DESK_TODAY", "2026-06-15", TRUE);
}

static void
automatic_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->made = desk_store_backup_automatic_finish (DESK_STORE (object), result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
test_automatic_async (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncRun run = { loop };

  /* PROBONO_BACKUP_DIR is where they go when no folder is named. */
  g_setenv ("PROBONO_BACKUP_DIR", f->out, TRUE);
  desk_store_backup_automatic_async (f->test.store, NULL, 3, NULL, automatic_done_cb, &run);
  g_main_loop_run (loop);
  g_unsetenv ("PROBONO_BACKUP_DIR");

  g_assert_no_error (run.error);
  g_assert_nonnull (run.made);
  g_assert_true (g_str_has_prefix (run.made, f->out));
  g_assert_true (g_file_test (run.made, G_FILE_TEST_IS_REGULAR));
  g_free (run.made);
}

/* ---- checking and restoring ------------------------------------------- */

typedef struct
{
  const char *name;
  const char *sql;      /* made with the sqlite3 library; NULL: written as text */
  const char *text;
  int         code;
  const char *message;
} Refused;

static void
test_check_refuses (Fixture       *f,
                    gconstpointer  data)
{
  static const Refused refused[] = {
    { "text.db", NULL, "These are not the pages you are looking for.\n", DESK_ERROR_NOT_A_DATABASE,
      "is not a Pro Bono Desk backup" },
    { "foreign.db", "PRAGMA application_id = 1196444487; CREATE TABLE moz_places (id INTEGER PRIMARY KEY)", NULL,
      DESK_ERROR_NOT_A_DATABASE, "belongs to another program" },
    { "unmarked.db", "CREATE TABLE notes (body TEXT); PRAGMA user_version = 3", NULL,
      DESK_ERROR_NOT_A_DATABASE, "is not a Pro Bono Desk backup" },
    { "newer.db", "PRAGMA application_id = 1349676866; CREATE TABLE t (x); PRAGMA user_version = 99", NULL,
      DESK_ERROR_NEWER_SCHEMA, "newer version of Pro Bono Desk" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *path = g_build_filename (f->out, refused[i].name, NULL);
      g_autofree char *sum = NULL;
      g_autoptr(GError) error = NULL;

      if (refused[i].sql != NULL)
        write_sql_file (path, refused[i].sql);
      else
        g_assert_true (g_file_set_contents (path, refused[i].text, -1, NULL));
      sum = desk_test_file_checksum (path);

      g_assert_false (desk_backup_check (path, NULL, NULL, &error));
      g_assert_error (error, DESK_ERROR, refused[i].code);
      g_assert_nonnull (strstr (error->message, refused[i].message));
      desk_test_assert_checksum (path, sum);
      desk_test_assert_no_side_files (path);
    }
}

/* A copy of a good backup with a page in the middle overwritten. */
static void
test_check_damaged (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (f->out, "damaged.db", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *sum = NULL;
  g_autoptr(GError) error = NULL;
  DeskDemoOptions options = { .n_cases = 300, .seed = 3 };
  gsize length = 0;

  desk_demo_resolve_options (&options);
  g_assert_true (desk_demo_generate (f->test.store, &options, NULL, NULL, NULL, &error));
  g_assert_true (desk_store_backup (f->test.store, backup, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (backup, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 40 * 4096);
  memset (contents + 30 * 4096, 0x5a, 4096);
  g_assert_true (g_file_set_contents (backup, contents, length, NULL));
  sum = desk_test_file_checksum (backup);

  g_assert_false (desk_backup_check (backup, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, "is damaged"));
  desk_test_assert_checksum (backup, sum);
}

/* A database with Ana, backed up; then Bo is added after the backup. */
static char *
backup_then_add (Fixture *f)
{
  char *backup = g_build_filename (f->out, "before-bo.db", NULL);
  g_autoptr(DeskClient) ana = add_client (f->test.store, "Ana", "Rivera");
  g_autoptr(DeskClient) bo = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (desk_store_backup (f->test.store, backup, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  bo = add_client (f->test.store, "Bo", "Li");
  return backup;
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *backup = backup_then_add (f);
  g_autofree char *backup_sum = desk_test_file_checksum (backup);
  g_autofree char *kept = NULL;
  g_autofree char *kept_name = NULL;
  g_autofree char *fields = NULL;
  g_autoptr(GError) error = NULL;

  /* The caller closes its connections first. */
  g_clear_object (&f->test.store);
  g_assert_true (desk_backup_restore (f->test.path, backup, f->out, NULL, NULL, &kept, NULL, &error));
  g_assert_no_error (error);

  /* The database as it was, with Bo, is kept, single file, private. */
  g_assert_nonnull (kept);
  kept_name = g_path_get_basename (kept);
  g_assert_true (g_str_has_prefix (kept_name, "probono-before-restore-"));
  g_assert_cmpuint (desk_test_file_mode (kept), ==, 0600);
  g_assert_cmpint (desk_test_file_query_int (kept, "SELECT count(*) FROM clients"), ==, 2);
  desk_test_assert_no_side_files (kept);

  /* The database is the backup now, alone (no -wal of the old file),
   * private, and the backup itself was not touched. */
  desk_test_assert_no_side_files (f->test.path);
  g_assert_cmpuint (desk_test_file_mode (f->test.path), ==, 0600);
  desk_test_assert_checksum (backup, backup_sum);
  f->test.store = desk_store_open (f->test.path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM clients"), ==, 1);
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM clients WHERE last_name = 'Li'"), ==, 0);

  /* Recorded in the restored database. */
  fields = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE entity = 'database' AND action = 'restore' "
                            "AND program = 'test-backup' AND fields LIKE '%%%s%%'", kept);
  g_assert_cmpint (desk_test_query_int (f->test.store, fields), ==, 1);
}

static void
test_restore_in_use (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *backup = backup_then_add (f);
  g_autofree char *files = NULL;
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  char *kept = NULL;

  before = desk_test_listing (f->out);
  /* f->test.store is still open: another window. */
  g_assert_false (desk_backup_restore (f->test.path, backup, f->out, NULL, NULL, &kept, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_DATABASE);
  g_assert_nonnull (strstr (error->message, "Another program or window is using"));
  g_assert_null (kept);

  /* Nothing changed, nothing was kept. */
  files = desk_test_listing (f->out);
  g_assert_cmpstr (files, ==, before);
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM clients"), ==, 2);
  /* The window goes on saving. */
  {
    g_autoptr(DeskClient) cy = add_client (f->test.store, "Cy", "Ng");
  }
}

static void
test_restore_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *backup = backup_then_add (f);
  g_autofree char *foreign = g_build_filename (f->test.dir, "notes.db", NULL);
  g_autofree char *text = g_build_filename (f->out, "text.db", NULL);
  g_autofree char *sum = NULL;
  g_autofree char *db_sum = NULL;
  g_autofree char *files = NULL;
  g_autoptr(GError) error = NULL;

  /* Over another program's file: refused, unchanged. */
  write_sql_file (foreign, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')");
  sum = desk_test_file_checksum (foreign);
  g_assert_false (desk_backup_restore (foreign, backup, f->out, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, "belongs to another program"));
  g_clear_error (&error);
  desk_test_assert_checksum (foreign, sum);

  /* A backup that is not one: the database is not touched. */
  g_clear_object (&f->test.store);
  db_sum = desk_test_file_checksum (f->test.path);
  g_assert_true (g_file_set_contents (text, "not a database", -1, NULL));
  g_assert_false (desk_backup_restore (f->test.path, text, f->out, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);
  desk_test_assert_checksum (f->test.path, db_sum);

  /* Nor is the database its own backup. */
  g_assert_false (desk_backup_restore (f->test.path, f->test.path, f->out, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_clear_error (&error);

  files = desk_test_listing (f->out);
  g_assert_cmpstr (files, ==, "before-bo.db text.db");
}

/* A database that cannot be read any more is replaced; its bytes are kept as they were. */
static void
test_restore_over_damaged (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *backup = backup_then_add (f);
  g_autofree char *sum = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->test.store);
  g_assert_true (g_file_set_contents (f->test.path, "garbage where the header was", -1, NULL));
  sum = desk_test_file_checksum (f->test.path);

  g_assert_true (desk_backup_restore (f->test.path, backup, f->out, NULL, NULL, &kept, NULL, &error));
  g_assert_no_error (error);
  desk_test_assert_checksum (kept, sum);
  f->test.store = desk_store_open (f->test.path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM clients"), ==, 1);
}

/* A backup of an older version is brought to this one as it is restored. */
static void
test_restore_older (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *backup = backup_then_add (f);
  g_autofree char *absent = g_build_filename (f->test.dir, "new.db", NULL);
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GError) error = NULL;
  char *kept = NULL;

  write_sql_file (backup, "ALTER TABLE audit_log DROP COLUMN program; DROP INDEX clients_by_phone; "
                          "PRAGMA user_version = 7");

  /* Into a file that is not there yet: nothing to keep. */
  g_assert_true (desk_backup_restore (absent, backup, f->out, NULL, NULL, &kept, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (kept);
  store = desk_store_open (absent, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_test_query_int (store, "PRAGMA user_version"), ==, DESK_SCHEMA_VERSION);
  g_assert_cmpint (desk_test_query_int (store, "SELECT count(*) FROM audit_log WHERE action = 'restore' "
                                               "AND program = 'test-backup'"), ==, 1);
  g_assert_cmpint (desk_test_query_int (store, "SELECT count(*) FROM clients"), ==, 1);
}

/* ---- a record's history ---------------------------------------------------- */

static char *
describe (GPtrArray *entries,
          guint      index)
{
  return desk_audit_entry_describe (g_ptr_array_index (entries, index));
}

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(DeskClient) ana = add_client (f->test.store, "Ana", "Rivera");
  g_autoptr(DeskClient) other = add_client (f->test.store, "Bo", "Li");
  gint64 id = desk_record_get_id (DESK_RECORD (ana));
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_conflict_hit_free);
  DeskConflictHit *hit = g_new0 (DeskConflictHit, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *who = NULL;
  g_autofree char *when = NULL;
  g_autofree char *expected_who = NULL;
  const char * const expected[] = {
    "Conflict check of “Ana Rivera”: 1 possible conflict; saved as no conflict",
    "Attribute grant: grant-id 3",
    "Taken out of the archive",
    "Archived",
    "Changed: phone, e-mail address",
    "Created",
  };

  desk_client_set_phone (ana, "512-555-0100");
  desk_client_set_email (ana, "ana@example.org");
  desk_test_save (f->test.store, ana);
  g_assert_true (desk_store_archive (f->test.store, DESK_RECORD (ana), &error));
  g_assert_true (desk_store_restore (f->test.store, DESK_RECORD (ana), &error));
  g_assert_true (desk_store_audit (f->test.store, "client", id, "attribute-grant", "grant-id 3", &error));
  hit->entity = g_strdup ("client");
  hit->name = g_strdup ("Ana Riviera");
  hit->role = g_strdup ("Client");
  hit->case_number = g_strdup ("");
  hit->similarity = 0.9;
  g_ptr_array_add (hits, hit);
  g_assert_true (desk_store_audit_conflict_check (f->test.store, "client", id, "Ana Rivera", hits,
                                                  "no-conflict", &error));
  g_assert_no_error (error);

  /* This record's rows only, newest first, in words. */
  entries = desk_store_list_audit (f->test.store, "client", id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = describe (entries, i);
      g_assert_cmpstr (text, ==, expected[i]);
    }

  who = desk_audit_entry_describe_who (g_ptr_array_index (entries, 0));
  expected_who = g_strdup_printf ("%s, with test-backup", g_get_user_name ());
  g_assert_cmpstr (who, ==, expected_who);
  when = desk_audit_entry_describe_when (g_ptr_array_index (entries, 0));
  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$", when, 0, 0));

  /* The window and the command line read as such; rows from before
   * schema version 8 have no program. */
  {
    DeskAuditEntry entry = { 0, "2026-06-15T14:03:00Z", "ana", "probono-desk", "case", 1, "reopen",
                             "status, closed-on" };
    g_autofree char *text = desk_audit_entry_describe (&entry);
    g_autofree char *by = desk_audit_entry_describe_who (&entry);

    g_assert_cmpstr (text, ==, "Reopened; changed: status, closed on");
    g_assert_cmpstr (by, ==, "ana, with Pro Bono Desk");
    entry.program = "probono restore";
    g_free (by);
    by = desk_audit_entry_describe_who (&entry);
    g_assert_cmpstr (by, ==, "ana, with the command line (probono restore)");
    entry.program = "";
    entry.os_user = "";
    g_free (by);
    by = desk_audit_entry_describe_who (&entry);
    g_assert_cmpstr (by, ==, "someone");
  }
}

#define ADD(name, func) \
  g_test_add ("/backup/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("copy", test_backup_copy);
  ADD ("one-snapshot", test_backup_one_snapshot);
  ADD ("refused", test_backup_refused);
  ADD ("async", test_backup_async);
  ADD ("automatic", test_automatic);
  ADD ("automatic-async", test_automatic_async);
  ADD ("check-refuses", test_check_refuses);
  ADD ("check-damaged", test_check_damaged);
  ADD ("restore", test_restore);
  ADD ("restore-in-use", test_restore_in_use);
  ADD ("restore-refused", test_restore_refused);
  ADD ("restore-over-damaged", test_restore_over_damaged);
  ADD ("restore-older", test_restore_older);
  ADD ("history", test_history);

  return g_test_run ();
}
