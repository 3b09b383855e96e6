/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "desk-backup.h"
#include "desk-database-private.h"
#include "desk-error.h"
#include "desk-file-write.h"

/* Backups and restores of a database file: SQLite's online backup API
 * for the copy, a temporary file beside the destination that becomes the
 * destination only once PRAGMA integrity_check passes, and for a restore
 * an exclusive lock on the database it replaces, whose bytes are kept. */

/* 1,000 pages (4 MB) a step: a progress report and a chance to cancel
 * about every 10 ms, and few steps on a large file. */
#define PAGES_PER_STEP 1000

/* How long a restore waits for another connection to let go. */
#define BUSY_TIMEOUT_MS 5000

#define BACKUP_SUFFIX ".db"

char *
desk_backup_default_folder (void)
{
  const char *folder = g_getenv ("PROBONO_BACKUP_DIR");

  if (folder != NULL && *folder != '\0')
    return g_strdup (folder);
  return g_build_filename (g_get_user_data_dir (), "probono-desk", "backups", NULL);
}

/* ---- small helpers ----------------------------------------------------- */

/* Less free than this on the destination's disk, and a failed write is a
 * full disk. */
#define DISK_FULL_BYTES (1024 * 1024)

static gboolean
is_disk_full (int         code,
              int         system_errno,
              const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);

  return (code & 0xff) == SQLITE_FULL || system_errno == ENOSPC || system_errno == EFBIG || system_errno == EDQUOT ||
         ((code & 0xff) == SQLITE_IOERR && desk_file_free_space (folder) < DISK_FULL_BYTES);
}

/* A failed write of @path through @handle, in words: a full disk is the
 * common cause and is named. */
static gboolean
write_error (sqlite3     *handle,
             int          code,
             const char  *path,
             GError     **error)
{
  int system_errno = handle != NULL ? sqlite3_system_errno (handle) : 0;

  if (is_disk_full (code, system_errno, path))
    g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                 _("There is not enough space on the disk for “%s”; free some space and try again."), path);
  else if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
    g_set_error (error, DESK_ERROR, DESK_ERROR_DATABASE,
                 _("Another program is using the database and did not let go in time; try again in a moment."));
  else if (system_errno != 0)
    desk_set_io_error (error, system_errno, _("“%s” could not be written: %s."), path);
  else
    g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” could not be written: %s."), path,
                 handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (code));
  return FALSE;
}

/* What SQLite may have left beside a partial copy goes with it. */
static void
remove_with_side_files (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static gboolean
has_side_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  return g_file_test (wal, G_FILE_TEST_EXISTS) || g_file_test (shm, G_FILE_TEST_EXISTS);
}

/* A folder for backups: made when missing, private (0700) whatever the umask. */
static gboolean
prepare_folder (const char  *folder,
                GError     **error)
{
  if (g_mkdir_with_parents (folder, 0700) != 0 || g_chmod (folder, 0700) != 0)
    return desk_set_io_error (error, errno, _("The backup folder “%s” cannot be used: %s."), folder);
  return TRUE;
}

/* "clinic" for "/home/ana/clinic.db". */
static char *
database_stem (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    return g_strndup (base, dot - base);
  return g_steal_pointer (&base);
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* ---- connections ------------------------------------------------------- */

static sqlite3 *
open_connection (const char  *name,
                 int          flags,
                 const char  *path,
                 GError     **error)
{
  sqlite3 *handle = NULL;

  if (sqlite3_open_v2 (name, &handle, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, NULL) != SQLITE_OK)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be opened: %s."), path,
                   handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (SQLITE_NOMEM));
      sqlite3_close_v2 (handle);
      return NULL;
    }
  sqlite3_busy_timeout (handle, BUSY_TIMEOUT_MS);
  return handle;
}

/* @path read-only, nothing made beside it: immutable when no writer's
 * -wal is there (no lock, no -shm), else through the -wal. */
static sqlite3 *
open_read_only (const char  *path,
                GError     **error)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *wal = g_strconcat (absolute, "-wal", NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, error);
  g_autofree char *name = NULL;

  if (uri == NULL)
    return NULL;
  name = g_strconcat (uri, g_file_test (wal, G_FILE_TEST_EXISTS) ? "?mode=ro" : "?mode=ro&immutable=1", NULL);
  return open_connection (name, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, path, error);
}

static int
cancel_cb (gpointer user_data)
{
  return g_cancellable_is_cancelled (user_data) ? 1 : 0;
}

/* PRAGMA integrity_check on @handle; a cancel interrupts it. */
static gboolean
check_integrity (sqlite3       *handle,
                 const char    *path,
                 GCancellable  *cancellable,
                 GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *verdict = NULL;
  int rc;

  if (cancellable != NULL)
    sqlite3_progress_handler (handle, 10000, cancel_cb, cancellable);
  rc = sqlite3_prepare_v2 (handle, "PRAGMA integrity_check (1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    verdict = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_progress_handler (handle, 0, NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (rc == SQLITE_ROW && g_strcmp0 (verdict, "ok") == 0)
    return TRUE;
  if (rc == SQLITE_ROW || (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    {
      g_debug ("integrity_check of %s: %s", path, verdict != NULL ? verdict : sqlite3_errstr (rc));
      g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE,
                   _("“%s” is damaged: SQLite’s integrity check of it failed."), path);
      return FALSE;
    }
  return write_error (handle, rc, path, error);
}

/* ---- the copy ------------------------------------------------------------ */

/* Copies the main database of @source, from the read snapshot it is in,
 * into @partial (an empty file), then makes the copy one file without a
 * -wal and, when @verify, checks it (a restore checks its copy later,
 * once it is brought up to date). */
static gboolean
copy_database (sqlite3           *source,
               const char        *partial,
               const char        *destination,
               gboolean           verify,
               DeskProgressFunc   progress,
               gpointer           progress_data,
               GCancellable      *cancellable,
               GError           **error)
{
  sqlite3 *dest;
  sqlite3_backup *backup;
  gboolean ok = FALSE;
  int rc;

  dest = open_connection (partial, SQLITE_OPEN_READWRITE, destination, error);
  if (dest == NULL)
    return FALSE;

  /* The copy is thrown away if anything fails: no journal, no syncs
   * until it is complete. */
  sqlite3_exec (dest, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", NULL, NULL, NULL);
  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    {
      write_error (dest, sqlite3_extended_errcode (dest), destination, error);
      sqlite3_close_v2 (dest);
      return FALSE;
    }

  do
    {
      rc = sqlite3_backup_step (backup, PAGES_PER_STEP);
      if (progress != NULL && (rc == SQLITE_OK || rc == SQLITE_DONE))
        {
          int total = sqlite3_backup_pagecount (backup);
          progress ((guint) (total - sqlite3_backup_remaining (backup)), (guint) total, progress_data);
        }
    }
  while (rc == SQLITE_OK && !g_cancellable_is_cancelled (cancellable));

  sqlite3_backup_finish (backup);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    ;
  else if (rc != SQLITE_DONE)
    write_error (dest, rc, destination, error);
  else
    ok = TRUE;
  sqlite3_close_v2 (dest);
  if (!ok)
    return FALSE;

  /* The pages say WAL, as the source's did: opened again, the copy is made
   * a single file (its -wal folded in and removed), then checked. */
  dest = open_connection (partial, SQLITE_OPEN_READWRITE, destination, error);
  if (dest == NULL)
    return FALSE;
  rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    write_error (dest, sqlite3_extended_errcode (dest), destination, error);
  else
    ok = !verify || check_integrity (dest, destination, cancellable, error);
  sqlite3_close_v2 (dest);

  return ok && desk_file_sync (partial, error);
}

/* A destination may be replaced when it is nothing yet, an empty file or
 * one of our databases (an older backup); never the database itself. */
static gboolean
check_destination (const char  *database_path,
                   const char  *destination,
                   GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (destination);
  GStatBuf st;
  sqlite3 *handle;
  DeskFileIdentity identity = { 0 };
  int rc;

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                   _("The folder “%s” does not exist; choose a folder that exists for the backup."), folder);
      return FALSE;
    }
  if (g_stat (destination, &st) != 0)
    return TRUE;

  if (S_ISDIR (st.st_mode))
    return desk_set_io_error (error, EISDIR, _("“%s” cannot be replaced by the backup: %s."), destination);
  if (!S_ISREG (st.st_mode))
    return desk_set_io_error (error, EINVAL, _("“%s” cannot be replaced by the backup: %s."), destination);
  if (same_file (destination, database_path))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("“%s” is the database itself; choose another file for the backup."), destination);
      return FALSE;
    }
  /* A database in use has its latest pages in a -wal that the new file
   * would be read with. */
  if (has_side_files (destination))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("“%s” is a database in use; choose another name for the backup."), destination);
      return FALSE;
    }
  if (st.st_size == 0)
    return TRUE;

  handle = open_read_only (destination, NULL);
  rc = handle != NULL ? _desk_database_identify (handle, &identity) : SQLITE_CANTOPEN;
  sqlite3_close_v2 (handle);
  if (rc == SQLITE_OK && identity.ours)
    return TRUE;

  g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
               _("“%s” is there already and is not a Pro Bono Desk database; choose another name for the backup."),
               destination);
  return FALSE;
}

typedef struct
{
  DeskStore  *store;
  const char *partial;
  const char *destination;
  const char *note;
  gboolean    renamed;
} Publish;

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : 0;
}

/* The audit row and the file's arrival go together. */
static gboolean
publish_in_transaction (DeskDatabase  *database,
                        gpointer       user_data,
                        GError       **error)
{
  Publish *job = user_data;
  g_autofree char *fields = g_strdup_printf ("%s%sfile %s; %" G_GINT64_FORMAT " bytes",
                                             job->note != NULL ? job->note : "", job->note != NULL ? "; " : "",
                                             job->destination, file_size (job->partial));

  if (job->store != NULL && !desk_store_audit (job->store, "database", 0, "backup", fields, error))
    return FALSE;
  if (g_rename (job->partial, job->destination) != 0)
    return desk_set_io_error (error, errno, _("The backup could not be saved as “%s”: %s."), job->destination);
  job->renamed = TRUE;
  return TRUE;
}

static gboolean
publish (DeskStore   *store,
         const char  *partial,
         const char  *destination,
         const char  *note,
         GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (destination);
  Publish job = { store, partial, destination, note, FALSE };

  /* A read-only database can be backed up but not written to. */
  if (desk_store_is_read_only (store))
    {
      job.store = NULL;
      if (!publish_in_transaction (NULL, &job, error))
        return FALSE;
    }
  else if (!desk_database_transaction (desk_store_get_database (store), publish_in_transaction, &job, error))
    {
      /* Renamed, but the audit row did not commit: take it back. */
      if (job.renamed)
        g_unlink (destination);
      return FALSE;
    }

  /* The new name reaches the disk too. */
  return desk_file_sync (folder, error);
}

static gboolean
backup_with_note (DeskStore         *store,
                  const char        *destination,
                  const char        *note,
                  DeskProgressFunc   progress,
                  gpointer           progress_data,
                  GCancellable      *cancellable,
                  GError           **error)
{
  DeskDatabase *database = desk_store_get_database (store);
  g_autofree char *partial = NULL;
  g_autoptr(DeskStmt) first_read = NULL;
  gboolean ok;

  if (!check_destination (desk_store_get_path (store), destination, error))
    return FALSE;
  partial = desk_file_new_partial (destination, ".part", error);
  if (partial == NULL)
    return FALSE;

  /* One read transaction for the whole copy: the pages all come from one
   * moment, and the window's later commits neither restart nor tear it. */
  ok = desk_database_begin_read (database, error);
  if (ok)
    {
      first_read = desk_database_prepare (database, "SELECT count(*) FROM sqlite_schema", error);
      ok = first_read != NULL && desk_database_step (database, first_read, error) == SQLITE_ROW;
      g_clear_pointer (&first_read, desk_stmt_reset);
      ok = ok && copy_database (desk_database_get_handle (database), partial, destination, TRUE,
                                progress, progress_data, cancellable, error);
      desk_database_end_read (database, TRUE, NULL);
    }

  ok = ok && publish (store, partial, destination, note, error);
  if (!ok)
    remove_with_side_files (partial);
  return ok;
}

gboolean
desk_store_backup (DeskStore         *store,
                   const char        *destination,
                   DeskProgressFunc   progress,
                   gpointer           progress_data,
                   GCancellable      *cancellable,
                   GError           **error)
{
  g_return_val_if_fail (DESK_IS_STORE (store), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), FALSE);

  return backup_with_note (store, destination, NULL, progress, progress_data, cancellable, error);
}

/* ---- automatic backups --------------------------------------------------- */

/* A short tag of the database's path: two databases called clinic.db in
 * two folders keep backups apart. */
static char *
path_tag (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, absolute, -1);

  return g_strndup (sum, 8);
}

/* Whether @name is an automatic backup "STEM-YYYY-MM-DD-TAG.db". */
static gboolean
is_automatic_backup (const char *name,
                     const char *stem,
                     const char *tag)
{
  gsize stem_len = strlen (stem);
  g_autofree char *ending = g_strconcat ("-", tag, BACKUP_SUFFIX, NULL);
  g_autofree char *date = NULL;

  if (strlen (name) != stem_len + 1 + 10 + strlen (ending) ||
      strncmp (name, stem, stem_len) != 0 || name[stem_len] != '-' || !g_str_has_suffix (name, ending))
    return FALSE;

  date = g_strndup (name + stem_len + 1, 10);
  return desk_date_is_valid (date);
}

static int
compare_names_newest_first (gconstpointer a,
                            gconstpointer b)
{
  return -strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Keeps the newest @keep automatic backups of one database; nothing else
 * in the folder is touched. */
static void
prune (const char *folder,
       const char *stem,
       const char *tag,
       guint       keep)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (is_automatic_backup (name, stem, tag))
      g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names_newest_first);
  for (guint i = keep; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

      if (g_unlink (path) != 0)
        g_warning ("The old backup %s could not be removed: %s", path, g_strerror (errno));
    }
}

gboolean
desk_store_backup_automatic (DeskStore     *store,
                             const char    *folder,
                             guint          keep,
                             char         **made,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autofree char *default_folder = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *tag = NULL;
  g_autofree char *today = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (DESK_IS_STORE (store), FALSE);

  if (made != NULL)
    *made = NULL;
  if (keep == 0)
    return TRUE;

  if (folder == NULL)
    folder = default_folder = desk_backup_default_folder ();
  if (!prepare_folder (folder, error))
    return FALSE;

  stem = database_stem (desk_store_get_path (store));
  tag = path_tag (desk_store_get_path (store));
  today = desk_today_iso ();
  name = g_strdup_printf ("%s-%s-%s%s", stem, today, tag, BACKUP_SUFFIX);
  path = g_build_filename (folder, name, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!backup_with_note (store, path, "automatic", NULL, NULL, cancellable, error))
        return FALSE;
      if (made != NULL)
        *made = g_strdup (path);
    }

  prune (folder, stem, tag, keep);
  return TRUE;
}

/* ---- checking a backup ------------------------------------------------- */

/* @path opened read-only once it is known to be a backup that can be
 * restored; the connection for the copy. */
static sqlite3 *
open_backup (const char    *path,
             int           *schema_version,
             GCancellable  *cancellable,
             GError       **error)
{
  DeskFileIdentity identity = { 0 };
  GStatBuf st;
  sqlite3 *handle;
  int rc;

  if (g_stat (path, &st) != 0)
    {
      desk_set_io_error (error, errno, _("The backup “%s” cannot be read: %s."), path);
      return NULL;
    }
  if (!S_ISREG (st.st_mode) || st.st_size == 0)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Pro Bono Desk backup; nothing was restored."), path);
      return NULL;
    }

  handle = open_read_only (path, error);
  if (handle == NULL)
    return NULL;

  /* Ours by the application id alone: every backup was made since it. */
  rc = _desk_database_identify (handle, &identity);
  if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_NOTADB && (rc & 0xff) != SQLITE_CORRUPT)
    write_error (handle, rc, path, error);
  else if (rc != SQLITE_OK || identity.application_id != DESK_APPLICATION_ID)
    g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE,
                 rc == SQLITE_OK && identity.application_id != 0
                 ? _("“%s” belongs to another program, not to Pro Bono Desk; nothing was restored.")
                 : _("“%s” is not a Pro Bono Desk backup; nothing was restored."), path);
  else if (identity.user_version > DESK_SCHEMA_VERSION)
    g_set_error (error, DESK_ERROR, DESK_ERROR_NEWER_SCHEMA,
                 _("“%s” was made by a newer version of Pro Bono Desk (database version %d; this version "
                   "understands up to %d). Update Pro Bono Desk to restore it."),
                 path, identity.user_version, DESK_SCHEMA_VERSION);
  else if (identity.user_version < 1)
    g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE,
                 _("“%s” is not a Pro Bono Desk backup; nothing was restored."), path);
  else if (check_integrity (handle, path, cancellable, error))
    {
      if (schema_version != NULL)
        *schema_version = identity.user_version;
      return handle;
    }

  sqlite3_close_v2 (handle);
  return NULL;
}

gboolean
desk_backup_check (const char    *path,
                   int           *schema_version,
                   GCancellable  *cancellable,
                   GError       **error)
{
  sqlite3 *handle;

  g_return_val_if_fail (path != NULL, FALSE);

  handle = open_backup (path, schema_version, cancellable, error);
  sqlite3_close_v2 (handle);
  return handle != NULL;
}

/* ---- restoring --------------------------------------------------------- */

/* The database a restore replaces. */
typedef struct
{
  sqlite3 *handle;   /* locked when ours; NULL when there is no file */
  gboolean damaged;  /* not readable as a database: its bytes are kept as they are */
  gboolean empty;    /* no table yet: nothing to keep */
} Current;

static void
current_release (Current *current)
{
  g_clear_pointer (&current->handle, sqlite3_close_v2);
}

/* Opens the database at @target and takes it from every other connection:
 * out of WAL mode (which SQLite allows only to the last connection, so a
 * window or program still using it is found) and under an exclusive lock
 * until the swap.  Another program's file and a newer one are refused. */
static gboolean
take_current (const char  *target,
              Current     *current,
              GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (target);
  DeskFileIdentity identity = { 0 };
  sqlite3_stmt *stmt = NULL;
  g_autofree char *mode = NULL;
  GStatBuf st;
  int rc;

  if (g_access (folder, W_OK) != 0)
    return desk_set_io_error (error, errno, _("The folder “%s” cannot be written to, so nothing can be restored there: %s."),
                     folder);
  if (g_stat (target, &st) != 0)
    {
      if (errno == ENOENT)
        return TRUE;
      return desk_set_io_error (error, errno, _("“%s” cannot be read: %s."), target);
    }
  if (!S_ISREG (st.st_mode))
    return desk_set_io_error (error, EINVAL, _("“%s” cannot be replaced: %s."), target);

  current->handle = open_connection (target, SQLITE_OPEN_READWRITE, target, error);
  if (current->handle == NULL)
    return FALSE;

  rc = _desk_database_identify (current->handle, &identity);
  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
    {
      /* Damaged: nothing to lock or read through SQLite; kept byte for byte. */
      current->damaged = TRUE;
      return TRUE;
    }
  if (rc != SQLITE_OK)
    return write_error (current->handle, rc, target, error);

  if (!identity.ours && !identity.empty)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE,
                   _("“%s” belongs to another program; a backup is not restored over it."), target);
      return FALSE;
    }
  if (identity.user_version > DESK_SCHEMA_VERSION)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_NEWER_SCHEMA,
                   _("“%s” was written by a newer version of Pro Bono Desk; a backup is not restored over it."),
                   target);
      return FALSE;
    }
  current->empty = identity.empty;

  rc = sqlite3_prepare_v2 (current->handle, "PRAGMA journal_mode = DELETE", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    mode = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (rc == SQLITE_ROW && g_strcmp0 (mode, "delete") == 0)
    rc = sqlite3_exec (current->handle, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
  else if (rc == SQLITE_ROW)
    rc = SQLITE_BUSY;

  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_DATABASE,
                   _("Another program or window is using “%s”; close it and try again. Nothing was restored."),
                   target);
      return FALSE;
    }
  if (rc != SQLITE_OK)
    return write_error (current->handle, rc, target, error);
  return TRUE;
}

/* Writes the bytes of the open file behind @handle to @fd: through
 * SQLite's own descriptor, as closing another descriptor of the file
 * would drop this process's locks on it. */
static gboolean
copy_file_bytes (sqlite3     *handle,
                 int          fd,
                 const char  *source,
                 const char  *destination,
                 GError     **error)
{
  sqlite3_file *file = NULL;
  sqlite3_int64 size = 0;
  g_autofree guchar *buffer = g_malloc (65536);

  if (sqlite3_file_control (handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || file == NULL ||
      file->pMethods == NULL || file->pMethods->xFileSize (file, &size) != SQLITE_OK)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be read."), source);
      return FALSE;
    }

  for (sqlite3_int64 offset = 0; offset < size; )
    {
      int n = (int) MIN ((sqlite3_int64) 65536, size - offset);
      int rc = file->pMethods->xRead (file, buffer, n, offset);

      if (rc != SQLITE_OK)
        {
          g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be read: %s."), source, sqlite3_errstr (rc));
          return FALSE;
        }
      for (int written = 0; written < n; )
        {
          ssize_t w = write (fd, buffer + written, n - written);

          if (w < 0 && errno == EINTR)
            continue;
          if (w < 0)
            return is_disk_full (0, errno, destination)
                   ? write_error (NULL, SQLITE_FULL, destination, error)
                   : desk_set_io_error (error, errno, _("“%s” could not be written: %s."), destination);
          written += (int) w;
        }
      offset += n;
    }

  if (fsync (fd) != 0)
    return desk_set_io_error (error, errno, _("“%s” could not be saved to the disk: %s."), destination);
  return TRUE;
}

/* The current database, kept before it is replaced: its bytes (a single
 * file once out of WAL mode; a damaged one with its -wal, as it was). */
static gboolean
keep_current (Current     *current,
              const char  *target,
              const char  *folder,
              char       **kept,
              GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stem = database_stem (target);
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  g_autofree char *path = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *wal = g_strconcat (target, "-wal", NULL);
  gboolean ok;
  int fd;

  if (!prepare_folder (folder, error))
    return FALSE;

  path = g_strdup_printf ("%s/%s-before-restore-%s%s", folder, stem, stamp, BACKUP_SUFFIX);
  for (guint n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (path);
      path = g_strdup_printf ("%s/%s-before-restore-%s-%u%s", folder, stem, stamp, n, BACKUP_SUFFIX);
    }

  partial = desk_file_new_partial (path, ".part", error);
  if (partial == NULL)
    return FALSE;
  fd = g_open (partial, O_WRONLY | O_CLOEXEC, 0);
  if (fd < 0)
    ok = desk_set_io_error (error, errno, _("“%s” could not be written: %s."), partial);
  else
    {
      ok = copy_file_bytes (current->handle, fd, target, path, error);
      close (fd);
    }

  /* A damaged file's -wal may hold what its main file lacks. */
  if (ok && current->damaged && g_file_test (wal, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GFile) from = g_file_new_for_path (wal);
      g_autofree char *kept_wal = g_strconcat (path, "-wal", NULL);
      g_autoptr(GFile) to = g_file_new_for_path (kept_wal);

      ok = g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error) && g_chmod (kept_wal, 0600) == 0;
    }

  if (ok && g_rename (partial, path) != 0)
    ok = desk_set_io_error (error, errno, _("The database could not be kept as “%s”: %s."), path);
  if (!ok)
    {
      g_unlink (partial);
      return FALSE;
    }

  *kept = g_steal_pointer (&path);
  return TRUE;
}

/* The restored file gets this version's schema and, in its audit log, the
 * restore; then it is made a single file again and checked. */
static gboolean
finish_restored (const char    *partial,
                 const char    *target,
                 const char    *backup_path,
                 int            backup_version,
                 const char    *kept,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(DeskStore) store = NULL;
  g_autofree char *fields = NULL;
  sqlite3 *handle;
  gboolean ok;

  store = desk_store_open (partial, error);
  if (store == NULL)
    return FALSE;

  fields = g_strdup_printf ("from %s (database version %d) into %s; the database before kept as %s",
                            backup_path, backup_version, target, kept != NULL ? kept : "(none)");
  ok = desk_store_audit (store, "database", 0, "restore", fields, error) &&
       desk_database_exec (desk_store_get_database (store), "PRAGMA journal_mode = DELETE", error);
  g_clear_object (&store);
  if (!ok)
    return FALSE;

  handle = open_connection (partial, SQLITE_OPEN_READWRITE, target, error);
  if (handle == NULL)
    return FALSE;
  ok = check_integrity (handle, target, cancellable, error);
  sqlite3_close_v2 (handle);

  return ok && desk_file_sync (partial, error);
}

gboolean
desk_backup_restore (const char        *database_path,
                     const char        *backup_path,
                     const char        *folder,
                     DeskProgressFunc   progress,
                     gpointer           progress_data,
                     char             **kept_copy,
                     GCancellable      *cancellable,
                     GError           **error)
{
  g_autofree char *target = NULL;
  g_autofree char *default_folder = NULL;
  g_autofree char *target_folder = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *kept = NULL;
  Current current = { 0 };
  sqlite3 *backup = NULL;
  int backup_version = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), FALSE);

  if (kept_copy != NULL)
    *kept_copy = NULL;
  if (folder == NULL)
    folder = default_folder = desk_backup_default_folder ();

  /* SQLite keeps its -wal beside the file a link leads to: so does this. */
  target = realpath (database_path, NULL);
  if (target == NULL)
    target = g_canonicalize_filename (database_path, NULL);
  target_folder = g_path_get_dirname (target);

  if (same_file (backup_path, target))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("“%s” is the database itself; choose a backup to restore."), backup_path);
      return FALSE;
    }
  if (!g_file_test (target_folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                   _("The folder “%s” does not exist; nothing was restored."), target_folder);
      return FALSE;
    }

  /* The backup first: a foreign or damaged file changes nothing. */
  backup = open_backup (backup_path, &backup_version, cancellable, error);
  if (backup == NULL)
    return FALSE;

  if (!take_current (target, &current, error) ||
      (current.handle != NULL && !current.empty && !keep_current (&current, target, folder, &kept, error)) ||
      (partial = desk_file_new_partial (target, ".restore", error)) == NULL)
    goto out;

  ok = copy_database (backup, partial, target, FALSE, progress, progress_data, cancellable, error);
  g_clear_pointer (&backup, sqlite3_close_v2);
  ok = ok && finish_restored (partial, target, backup_path, backup_version, kept, cancellable, error);
  if (ok && g_rename (partial, target) != 0)
    ok = desk_set_io_error (error, errno, _("The backup could not take the place of “%s”: %s."), target);
  if (ok)
    {
      g_clear_pointer (&partial, g_free);
      /* A damaged file's -wal and -shm belong to it, not to the new file. */
      if (current.damaged)
        {
          g_autofree char *wal = g_strconcat (target, "-wal", NULL);
          g_autofree char *shm = g_strconcat (target, "-shm", NULL);

          g_unlink (wal);
          g_unlink (shm);
        }
      ok = desk_file_sync (target_folder, error);
    }

out:
  g_clear_pointer (&backup, sqlite3_close_v2);
  current_release (&current);
  if (partial != NULL)
    remove_with_side_files (partial);
  if (!ok && kept != NULL)
    {
      /* Nothing changed: the copy kept for a restore that did not happen goes. */
      remove_with_side_files (kept);
      g_clear_pointer (&kept, g_free);
    }
  if (ok && kept_copy != NULL)
    *kept_copy = g_steal_pointer (&kept);
  return ok;
}

/* ---- async --------------------------------------------------------------- */

typedef enum
{
  JOB_BACKUP,
  JOB_AUTOMATIC,
  JOB_RESTORE,
} Job;

typedef struct
{
  Job                job;
  char              *path;         /* the database */
  char              *destination;  /* a backup's file, a restore's backup */
  char              *folder;
  guint              keep;
  DeskProgressRelay *relay;
} TaskData;

static void
task_data_free (gpointer data)
{
  TaskData *td = data;

  g_free (td->path);
  g_free (td->destination);
  g_free (td->folder);
  g_clear_pointer (&td->relay, desk_progress_relay_free);
  g_free (td);
}

/* In the worker, on a connection of its own: the window's goes on saving
 * meanwhile.  The result is a string, never NULL on success: the file
 * made ("" when none) or the copy kept by a restore ("" when none). */
static void
task_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TaskData *td = task_data;
  DeskProgressFunc progress = td->relay != NULL ? desk_progress_relay_report : NULL;
  g_autoptr(DeskStore) store = NULL;
  GError *error = NULL;
  char *made = NULL;
  gboolean ok;

  if (td->job != JOB_RESTORE && (store = desk_store_open (td->path, &error)) == NULL)
    ok = FALSE;
  else if (td->job == JOB_BACKUP)
    ok = desk_store_backup (store, td->destination, progress, td->relay, cancellable, &error);
  else if (td->job == JOB_AUTOMATIC)
    ok = desk_store_backup_automatic (store, td->folder, td->keep, &made, cancellable, &error);
  else
    ok = desk_backup_restore (td->path, td->destination, td->folder, progress, td->relay, &made,
                              cancellable, &error);

  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, made != NULL ? made : g_strdup (""), g_free);
}

static void
run_task (Job                  job,
          gpointer             source_object,
          gpointer             source_tag,
          const char          *path,
          const char          *destination,
          const char          *folder,
          guint                keep,
          DeskProgressFunc     progress,
          gpointer             progress_data,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (source_object, cancellable, callback, user_data);
  TaskData *td = g_new0 (TaskData, 1);

  td->job = job;
  td->path = g_strdup (path);
  td->destination = g_strdup (destination);
  td->folder = g_strdup (folder);
  td->keep = keep;
  td->relay = desk_progress_relay_new (progress, progress_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, td, task_data_free);
  /* An automatic backup is not urgent: the window comes first. */
  if (job == JOB_AUTOMATIC)
    g_task_set_priority (task, G_PRIORITY_LOW);
  g_task_run_in_thread (task, task_thread);
}

/* The string task_thread() returned, NULL when it is "" or on error. */
static char *
finish_task (gpointer       source_object,
             GAsyncResult  *result,
             gpointer       source_tag,
             gboolean      *ok,
             GError       **error)
{
  g_autofree char *made = NULL;

  g_return_val_if_fail (g_task_is_valid (result, source_object), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  made = g_task_propagate_pointer (G_TASK (result), error);
  *ok = made != NULL;
  return made != NULL && *made != '\0' ? g_steal_pointer (&made) : NULL;
}

void
desk_store_backup_async (DeskStore           *store,
                         const char          *destination,
                         DeskProgressFunc     progress,
                         gpointer             progress_data,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (DESK_IS_STORE (store));
  g_return_if_fail (destination != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  run_task (JOB_BACKUP, store, desk_store_backup_async, desk_store_get_path (store), destination, NULL, 0,
            progress, progress_data, cancellable, callback, user_data);
}

gboolean
desk_store_backup_finish (DeskStore     *store,
                          GAsyncResult  *result,
                          GError       **error)
{
  gboolean ok = FALSE;

  g_free (finish_task (store, result, desk_store_backup_async, &ok, error));
  return ok;
}

void
desk_store_backup_automatic_async (DeskStore           *store,
                                   const char          *folder,
                                   guint                keep,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (DESK_IS_STORE (store));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  run_task (JOB_AUTOMATIC, store, desk_store_backup_automatic_async, desk_store_get_path (store), NULL, folder,
            keep, NULL, NULL, cancellable, callback, user_data);
}

char *
desk_store_backup_automatic_finish (DeskStore     *store,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  gboolean ok = FALSE;

  return finish_task (store, result, desk_store_backup_automatic_async, &ok, error);
}

void
desk_backup_restore_async (const char          *database_path,
                           const char          *backup_path,
                           const char          *folder,
                           DeskProgressFunc     progress,
                           gpointer             progress_data,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (database_path != NULL);
  g_return_if_fail (backup_path != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  run_task (JOB_RESTORE, NULL, desk_backup_restore_async, database_path, backup_path, folder, 0,
            progress, progress_data, cancellable, callback, user_data);
}

gboolean
desk_backup_restore_finish (GAsyncResult  *result,
                            char         **kept_copy,
                            GError       **error)
{
  gboolean ok = FALSE;
  char *kept = finish_task (NULL, result, desk_backup_restore_async, &ok, error);

  if (kept_copy != NULL)
    *kept_copy = kept;
  else
    g_free (kept);
  return ok;
}
