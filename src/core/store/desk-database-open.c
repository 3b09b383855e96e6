/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "desk-database-private.h"
#include "desk-error.h"
#include "desk-reference-data.h"
#include "probono-core-resources.h"

/* Opening a database file: what is at the path (ours, empty, another
 * program's, newer), its folder and rights, whether it may be written,
 * and bringing it to DESK_SCHEMA_VERSION. */

#define MIGRATIONS_PATH RESOURCE_PREFIX "/migrations"
#define SQLITE_MAGIC "SQLite format 3"
#define HEADER_SIZE 100

/* How long a statement waits for another connection's lock. */
#define BUSY_TIMEOUT_MS 5000

/* The tables of migration 1: a file that has them all and a version we
 * wrote is ours even without the application id older versions did not
 * write. */
#define OUR_TABLES "'clients', 'cases', 'volunteers', 'parties', 'audit_log', 'lsc_problem_codes', " \
                   "'lsc_closing_codes', 'poverty_guidelines', 'practice_areas', 'volunteer_practice_areas', " \
                   "'case_number_sequences'"
#define N_OUR_TABLES 11

static void
register_resources_once (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      /* Built with --manual-register: this initialises the static
       * resource and registers it; probono_core_get_resource () is NULL
       * before. */
      probono_core_register_resource ();
      g_once_init_leave (&once, 1);
    }
}

char *
desk_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "probono-desk", "probono.db", NULL);
}

/* ---- what is at the path ------------------------------------------------ */

typedef enum
{
  FILE_ABSENT,
  FILE_EMPTY,       /* no bytes, or a SQLite file without tables at version 0 */
  FILE_OURS,        /* our application id */
  FILE_UNMARKED,    /* a SQLite file without an application id: ours from before it, or not */
  FILE_FOREIGN,     /* another program's */
} FileKind;

typedef struct
{
  FileKind kind;
  guint32  application_id;
  int      user_version;
} Probe;

static guint32
read_be32 (const guchar *bytes)
{
  return (guint32) bytes[0] << 24 | (guint32) bytes[1] << 16 | (guint32) bytes[2] << 8 | bytes[3];
}

/* A page size SQLite writes: a power of two from 512 to 32768, or 1 for
 * 65536.  Anything else is a damaged file, not another program's. */
static gboolean
page_size_is_valid (const guchar *header)
{
  guint size = (guint) header[16] << 8 | header[17];

  return size == 1 || (size >= 512 && size <= 32768 && (size & (size - 1)) == 0);
}

static gboolean
file_exists (const char *path)
{
  GStatBuf st;

  return g_lstat (path, &st) == 0;
}

typedef struct
{
  guint32 application_id;
  int     user_version;
  int     n_objects;     /* tables, indexes, triggers, views */
  int     n_our_tables;
} State;

static int
read_state (sqlite3  *handle,
            State    *state)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle,
                           "SELECT (SELECT application_id FROM pragma_application_id), "
                           "(SELECT user_version FROM pragma_user_version), "
                           "(SELECT count(*) FROM sqlite_schema), "
                           "(SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN (" OUR_TABLES "))",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      state->application_id = (guint32) sqlite3_column_int64 (stmt, 0);
      state->user_version = sqlite3_column_int (stmt, 1);
      state->n_objects = sqlite3_column_int (stmt, 2);
      state->n_our_tables = sqlite3_column_int (stmt, 3);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return rc;
}

/* What a SQLite file's contents make it. */
static FileKind
classify (const State *state)
{
  if (state->application_id == DESK_APPLICATION_ID)
    return state->n_objects == 0 && state->user_version == 0 ? FILE_EMPTY : FILE_OURS;
  if (state->application_id != 0)
    return FILE_FOREIGN;
  if (state->n_objects == 0 && state->user_version == 0)
    return FILE_EMPTY;
  /* Made before the application id: our tables and a version we wrote. */
  if (state->n_our_tables == N_OUR_TABLES && state->user_version >= 1 && state->user_version <= DESK_SCHEMA_VERSION)
    return FILE_UNMARKED;
  return FILE_FOREIGN;
}

int
_desk_database_identify (sqlite3          *handle,
                         DeskFileIdentity *identity)
{
  State state = { 0 };
  FileKind kind;
  int rc = read_state (handle, &state);

  if (rc != SQLITE_OK)
    return rc;

  kind = classify (&state);
  identity->application_id = state.application_id;
  identity->user_version = state.user_version;
  identity->ours = kind == FILE_OURS || kind == FILE_UNMARKED;
  identity->empty = kind == FILE_EMPTY;
  return SQLITE_OK;
}

/* "file:///…?mode=ro": a read-only connection.  @immutable: also no locks
 * and no shared memory, so SQLite creates no -wal or -shm beside the file;
 * right when no -wal exists, as then nothing is being written. */
static char *
read_only_uri (const char *path,
               gboolean    immutable)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, NULL);

  return g_strconcat (uri, immutable ? "?mode=ro&immutable=1" : "?mode=ro", NULL);
}

static gboolean
has_wal (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  return file_exists (wal);
}

/* @uri: opens @path read-only through that URI instead of read-write;
 * @create: makes the file when it is not there. */
static sqlite3 *
open_handle (const char  *path,
             const char  *uri,
             gboolean     create,
             GError     **error)
{
  sqlite3 *handle = NULL;
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;

  if (uri != NULL)
    flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
  else
    flags |= SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);

  if (sqlite3_open_v2 (uri != NULL ? uri : path, &handle, flags, NULL) != SQLITE_OK)
    {
      if (handle == NULL)
        g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be opened."), path);
      else
        g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be opened: %s."),
                     path, sqlite3_errmsg (handle));
      sqlite3_close_v2 (handle);
      return NULL;
    }

  /* First of all: every statement after this one waits for a writer in
   * another process instead of failing at once with "busy". */
  sqlite3_busy_timeout (handle, BUSY_TIMEOUT_MS);
  return handle;
}

/* What is at @path, seen without writing a byte or making a file beside
 * it.  POSIX locks belong to the process, and closing any descriptor of a
 * file drops them all: so the file (which another connection of this
 * process may hold, locked) is never opened here but through SQLite, whose
 * files share one descriptor per file and close only when unlocked. */
static gboolean
probe_file (const char  *path,
            const char  *target,
            Probe       *probe,
            GError     **error)
{
  guchar header[HEADER_SIZE] = { 0 };
  g_autofree char *uri = NULL;
  sqlite3_file *file = NULL;
  sqlite3 *handle;
  GStatBuf st;
  State state = { 0 };
  int rc;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT && g_lstat (path, &st) == 0)
        g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                     _("“%s” is a link to a file that does not exist."), path);
      else if (saved_errno == ENOENT)
        {
          probe->kind = FILE_ABSENT;
          return TRUE;
        }
      else
        g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                     _("“%s” cannot be read: %s."), path, g_strerror (saved_errno));
      return FALSE;
    }

  /* A folder, or a named pipe that would hang the open: a mistake of path,
   * not a foreign file. */
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                   S_ISDIR (st.st_mode) ? _("“%s” cannot be read: it is a folder.")
                                        : _("“%s” cannot be read: it is not a file."), path);
      return FALSE;
    }
  if (faccessat (AT_FDCWD, path, R_OK, AT_EACCESS) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                   _("“%s” cannot be read: %s."), path, g_strerror (saved_errno));
      return FALSE;
    }
  if (st.st_size == 0)
    {
      probe->kind = FILE_EMPTY;
      return TRUE;
    }

  /* Read-only, and immutable unless a writer's -wal is there to be read:
   * nothing is made beside the file, and a text file is only read. */
  uri = read_only_uri (path, !has_wal (target));
  handle = open_handle (path, uri, FALSE, error);
  if (handle == NULL)
    return FALSE;

  rc = sqlite3_file_control (handle, "main", SQLITE_FCNTL_FILE_POINTER, &file);
  if (rc == SQLITE_OK && file != NULL && file->pMethods != NULL)
    rc = file->pMethods->xRead (file, header, MIN ((sqlite3_int64) sizeof header, (sqlite3_int64) st.st_size), 0);
  else
    rc = SQLITE_IOERR;

  if (rc == SQLITE_OK && memcmp (header, SQLITE_MAGIC, sizeof SQLITE_MAGIC) == 0 && st.st_size >= HEADER_SIZE &&
      page_size_is_valid (header))
    {
      /* The header's fields are big-endian: user_version at 60, application_id at 68. */
      probe->user_version = (int) read_be32 (header + 60);
      probe->application_id = read_be32 (header + 68);
      probe->kind = probe->application_id == DESK_APPLICATION_ID ? FILE_OURS :
                    probe->application_id != 0 ? FILE_FOREIGN : FILE_UNMARKED;

      /* Without an application id, the tables tell an old file of ours from
       * another program's. */
      if (probe->kind == FILE_UNMARKED)
        {
          rc = read_state (handle, &state);
          probe->kind = classify (&state);
          probe->user_version = state.user_version;
        }
    }
  else if (rc == SQLITE_OK)
    rc = SQLITE_NOTADB;
  sqlite3_close_v2 (handle);

  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Pro Bono Desk database; it was left untouched."), path);
      return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be read: %s."), path, sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

static gboolean
refuse_foreign (const char  *path,
                GError     **error)
{
  g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE,
               _("“%s” is not a Pro Bono Desk database: it belongs to another program, and was left untouched."),
               path);
  return FALSE;
}

static gboolean
refuse_newer (const char  *path,
              int          version,
              GError     **error)
{
  g_set_error (error, DESK_ERROR, DESK_ERROR_NEWER_SCHEMA,
               _("“%s” was written by a newer version of Pro Bono Desk (database version %d; "
                 "this version understands up to %d). Update Pro Bono Desk to open it."),
               path, version, DESK_SCHEMA_VERSION);
  return FALSE;
}

/* ---- the folder, the rights, read-only --------------------------------- */

static gboolean
same_path (const char *a,
           const char *b)
{
  g_autofree char *canonical_a = g_canonicalize_filename (a, NULL);
  g_autofree char *canonical_b = g_canonicalize_filename (b, NULL);

  return g_str_equal (canonical_a, canonical_b);
}

/* The folder must be there; only the application's own data folder is
 * made (a typing mistake in a path must not grow folders).  Made 0700
 * whatever the umask: it will hold client data. */
static gboolean
prepare_folder (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *default_path = desk_database_default_path ();
  g_autofree char *default_dir = g_path_get_dirname (default_path);

  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    return TRUE;

  if (file_exists (dir))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” is not a folder; a database cannot be made in it."), dir);
      return FALSE;
    }
  if (!same_path (dir, default_dir))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                   _("The folder “%s” does not exist; choose a database in a folder that exists."), dir);
      return FALSE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0 || g_chmod (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                   _("The folder “%s” cannot be created: %s."), dir, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static gboolean
can_write (const char *path,
           int        *saved_errno)
{
  if (faccessat (AT_FDCWD, path, W_OK, AT_EACCESS) == 0)
    return TRUE;
  *saved_errno = errno;
  return FALSE;
}

/* Read-only when the file, or the folder its journal and -wal go to,
 * cannot be written to; the reason names which. */
static char *
find_read_only_reason (const char *path,
                       gboolean    exists)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int saved_errno = 0;

  if (exists && !can_write (path, &saved_errno))
    {
      if (saved_errno == EROFS)
        return g_strdup_printf (_("“%s” is on a disk that cannot be written to, so it is open read-only."), path);
      return g_strdup_printf (_("You may read “%s” but not change it, so it is open read-only."), path);
    }
  if (!can_write (dir, &saved_errno))
    {
      if (saved_errno == EROFS)
        return g_strdup_printf (_("“%s” is on a disk that cannot be written to, so it is open read-only."), path);
      return g_strdup_printf (_("The folder “%s” cannot be written to, so “%s” is open read-only."), dir, path);
    }
  return NULL;
}

/* The rights a file of the database should have: an empty (or new) main
 * file and the -wal, -shm and journal are 0600 whatever the umask made
 * them, SQLite needing to write them; a main file with data only loses
 * what others may do (a file its owner made read-only stays so). */
static mode_t
private_mode (mode_t   mode,
              gboolean main_file,
              off_t    size)
{
  if (main_file && size > 0)
    return mode & 0700;
  return 0600;
}

/* Client data is for this account only: the file and whatever SQLite keeps
 * beside it are made private, or the file is refused.  By path, never by
 * opening them: see probe_file().  @path has no link left in it, as SQLite
 * puts its -wal beside the file a link leads to. */
static gboolean
make_private (const char  *path,
              GError     **error)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;
      mode_t mode;

      if (g_lstat (file, &st) != 0)
        {
          if (i > 0 && errno == ENOENT)
            continue;
          g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be read: %s."), file, g_strerror (errno));
          return FALSE;
        }
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be read: it is not a file."), file);
          return FALSE;
        }

      mode = private_mode (st.st_mode & 07777, i == 0, st.st_size);
      if ((st.st_mode & 07777) != mode && g_chmod (file, mode) != 0 && (st.st_mode & 0077) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                       _("“%s” can be read by other people on this computer, and its rights cannot be "
                         "changed (%s); ask its owner to make it private (chmod 600)."),
                       file, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

typedef struct
{
  int         version;
  const char *resource;
} Migration;

static gboolean
apply_migration (DeskDatabase  *self,
                 gpointer       user_data,
                 GError       **error)
{
  const Migration *migration = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *set_version = NULL;

  bytes = g_resources_lookup_data (migration->resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (!desk_database_exec (self, sql, error))
    return FALSE;

  if (migration->version == 1 && !desk_reference_data_load (self, error))
    return FALSE;

  set_version = g_strdup_printf ("PRAGMA user_version = %d", migration->version);
  return desk_database_exec (self, set_version, error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static gboolean
migrate (DeskDatabase  *self,
         GError       **error)
{
  g_auto(GStrv) names = NULL;

  names = g_resources_enumerate_children (MIGRATIONS_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return FALSE;

  /* Files are named NNNN-what.sql; apply them in number order. */
  g_qsort_with_data (names, g_strv_length (names), sizeof (char *), compare_names, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *resource = g_build_path ("/", MIGRATIONS_PATH, names[i], NULL);
      Migration migration = { (int) g_ascii_strtoll (names[i], NULL, 10), resource };

      if (migration.version <= self->schema_version)
        continue;

      g_debug ("Migrating %s to version %d", self->path, migration.version);
      if (!desk_database_transaction (self, apply_migration, &migration, error))
        {
          g_prefix_error (error, _("The database could not be upgraded to version %d: "), migration.version);
          return FALSE;
        }
      self->schema_version = migration.version;
    }

  return TRUE;
}

/* The file's state through the connection; another program's file and a
 * newer one of ours are refused. */
static gboolean
read_own_state (DeskDatabase  *self,
                State         *state,
                GError       **error)
{
  if (read_state (self->handle, state) != SQLITE_OK)
    {
      desk_database_set_error (self, error);
      return FALSE;
    }
  if (classify (state) == FILE_FOREIGN)
    return refuse_foreign (self->path, error);
  if (state->user_version > DESK_SCHEMA_VERSION)
    return refuse_newer (self->path, state->user_version, error);
  return TRUE;
}

/* Creating, stamping and upgrading run in one transaction that first looks
 * again at the file: two processes opening the same new file both succeed,
 * the second finding the work done. */
static gboolean
bring_up_to_date_in_transaction (DeskDatabase  *self,
                                 gpointer       user_data,
                                 GError       **error)
{
  State state = { 0 };

  if (!read_own_state (self, &state, error))
    return FALSE;

  if (classify (&state) == FILE_UNMARKED)
    {
      g_autofree char *stamp = g_strdup_printf ("PRAGMA application_id = %d", DESK_APPLICATION_ID);

      if (!desk_database_exec (self, stamp, error))
        return FALSE;
    }

  self->schema_version = state.user_version;
  return migrate (self, error);
}

static gboolean
bring_up_to_date (DeskDatabase  *self,
                  GError       **error)
{
  State state = { 0 };

  /* Most opens find the file current: that costs one read and no lock. */
  if (!read_own_state (self, &state, error))
    return FALSE;
  if (state.application_id == DESK_APPLICATION_ID && state.user_version == DESK_SCHEMA_VERSION)
    {
      self->schema_version = state.user_version;
      return TRUE;
    }

  return desk_database_transaction (self, bring_up_to_date_in_transaction, NULL, error);
}

/* A read-only file cannot be set up or upgraded: it must be current. */
static gboolean
check_read_only_schema (DeskDatabase  *self,
                        GError       **error)
{
  State state = { 0 };

  if (!read_own_state (self, &state, error))
    return FALSE;
  if (state.user_version < DESK_SCHEMA_VERSION)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                   _("“%s” was made by an older version of Pro Bono Desk and must be upgraded, "
                     "which needs writing to it. %s"), self->path, self->read_only_reason);
      return FALSE;
    }

  self->schema_version = state.user_version;
  return TRUE;
}

/* Switching to WAL takes the write lock from inside a read, which SQLite
 * does not wait for (two readers waiting for each other would deadlock):
 * when two processes set up the same new file, the second tries again
 * until the first is done. */
static gboolean
use_wal (DeskDatabase  *self,
         GError       **error)
{
  gint64 deadline = g_get_monotonic_time () + BUSY_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;
  int rc;

  while ((rc = sqlite3_exec (self->handle, "PRAGMA journal_mode = WAL", NULL, NULL, NULL)) != SQLITE_OK)
    {
      if ((rc & 0xff) != SQLITE_BUSY || g_get_monotonic_time () > deadline)
        {
          desk_database_set_error (self, error);
          return FALSE;
        }
      g_usleep (2 * G_TIME_SPAN_MILLISECOND);
    }

  return TRUE;
}

DeskDatabase *
desk_database_open (const char  *path,
                    GError     **error)
{
  g_autoptr(DeskDatabase) self = NULL;
  g_autofree char *target = NULL;
  g_autofree char *uri = NULL;
  Probe probe = { 0 };

  g_return_val_if_fail (path != NULL, NULL);

  register_resources_once ();

  /* SQLite keeps its -wal and journal beside the file a link leads to. */
  target = realpath (path, NULL);
  if (target == NULL)
    target = g_strdup (path);

  if (!prepare_folder (path, error) || !probe_file (path, target, &probe, error))
    return NULL;
  if (probe.kind == FILE_FOREIGN)
    {
      refuse_foreign (path, error);
      return NULL;
    }
  if (probe.kind == FILE_OURS && probe.user_version > DESK_SCHEMA_VERSION)
    {
      refuse_newer (path, probe.user_version, error);
      return NULL;
    }

  self = g_object_new (DESK_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->read_only_reason = find_read_only_reason (target, probe.kind != FILE_ABSENT);

  if (self->read_only_reason != NULL && (probe.kind == FILE_ABSENT || probe.kind == FILE_EMPTY))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                   _("A new database cannot be made at “%s”. %s"), path, self->read_only_reason);
      return NULL;
    }

  /* A new file is made by SQLite (which shares descriptors safely) and
   * made private before anything is written into it. */
  if (self->read_only_reason != NULL)
    uri = read_only_uri (path, !has_wal (target));
  self->handle = open_handle (path, uri, probe.kind == FILE_ABSENT, error);
  if (self->handle == NULL)
    return NULL;
  if (probe.kind == FILE_ABSENT)
    {
      g_free (target);
      target = realpath (path, NULL);
      if (target == NULL)
        target = g_strdup (path);
    }
  if (self->read_only_reason == NULL && !make_private (target, error))
    return NULL;

  /* SQLite opens a file it may not write read-only without a word. */
  if (self->read_only_reason == NULL && sqlite3_db_readonly (self->handle, "main") == 1)
    self->read_only_reason = g_strdup_printf (_("“%s” cannot be written to, so it is open read-only."), path);

  if (!desk_database_exec (self, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
                                 "PRAGMA temp_store = MEMORY", error))
    return NULL;

  if (self->read_only_reason != NULL)
    {
      if (!check_read_only_schema (self, error))
        return NULL;
    }
  else
    {
      /* WAL only once the file is ours: a refused file keeps its journal mode. */
      if (!bring_up_to_date (self, error) || !use_wal (self, error))
        return NULL;
    }

  self->data_version = _desk_database_query_data_version (self, error);
  if (self->data_version < 0)
    return NULL;

  return g_steal_pointer (&self);
}
