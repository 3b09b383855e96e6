/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "desk-database.h"
#include "desk-error.h"
#include "desk-reference-data.h"
#include "probono-core-resources.h"

#define MIGRATIONS_PATH RESOURCE_PREFIX "/migrations"
#define SQLITE_MAGIC "SQLite format 3"

struct _DeskDatabase
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *handle;
  GHashTable *statements;   /* sql → sqlite3_stmt*, owned */
  guint       depth;        /* open transactions and savepoints */
  int         schema_version;
};

G_DEFINE_FINAL_TYPE (DeskDatabase, desk_database, G_TYPE_OBJECT)

static void
desk_database_finalize (GObject *object)
{
  DeskDatabase *self = (DeskDatabase *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (desk_database_parent_class)->finalize (object);
}

static void
desk_database_class_init (DeskDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = desk_database_finalize;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
desk_database_init (DeskDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
}

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

void
desk_database_set_error (DeskDatabase  *self,
                         GError       **error)
{
  int code = sqlite3_extended_errcode (self->handle);

  if ((code & 0xff) == SQLITE_NOTADB)
    g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE,
                 _("“%s” is not a Pro Bono Desk database."), self->path);
  else if ((code & 0xff) == SQLITE_CONSTRAINT)
    g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                 _("The record breaks a rule of the database (%s)."), sqlite3_errmsg (self->handle));
  else if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
    g_set_error (error, DESK_ERROR, DESK_ERROR_DATABASE,
                 _("The database is busy in another window or program; try again in a moment."));
  else
    g_set_error (error, DESK_ERROR, DESK_ERROR_DATABASE,
                 _("The database reported an error: %s."), sqlite3_errmsg (self->handle));
}

gboolean
desk_database_exec (DeskDatabase  *self,
                    const char    *sql,
                    GError       **error)
{
  g_return_val_if_fail (DESK_IS_DATABASE (self), FALSE);

  if (sqlite3_exec (self->handle, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      desk_database_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

DeskStmt *
desk_database_prepare (DeskDatabase  *self,
                       const char    *sql,
                       GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DESK_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      g_debug ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->handle));
      desk_database_set_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

int
desk_database_step (DeskDatabase  *self,
                    DeskStmt      *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return rc;

  desk_database_set_error (self, error);
  return 0;
}

static int
query_int (DeskDatabase  *self,
           const char    *sql,
           GError       **error)
{
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self, sql, error);

  if (stmt == NULL || desk_database_step (self, stmt, error) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int (stmt, 0);
}

gboolean
desk_database_in_transaction (DeskDatabase *self)
{
  g_return_val_if_fail (DESK_IS_DATABASE (self), FALSE);

  return self->depth > 0;
}

gboolean
desk_database_transaction (DeskDatabase         *self,
                           DeskTransactionFunc   func,
                           gpointer              user_data,
                           GError              **error)
{
  g_autofree char *savepoint = NULL;
  g_autofree char *release = NULL;
  g_autofree char *rollback = NULL;
  gboolean ok;

  g_return_val_if_fail (DESK_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  /* Nested calls become savepoints so an inner failure undoes only its part. */
  savepoint = g_strdup_printf ("SAVEPOINT desk_%u", self->depth);
  release = g_strdup_printf ("RELEASE desk_%u", self->depth);
  rollback = g_strdup_printf ("ROLLBACK TO desk_%u; RELEASE desk_%u", self->depth, self->depth);

  if (!desk_database_exec (self, self->depth == 0 ? "BEGIN IMMEDIATE" : savepoint, error))
    return FALSE;

  self->depth++;
  ok = func (self, user_data, error);
  self->depth--;

  if (ok)
    ok = desk_database_exec (self, self->depth == 0 ? "COMMIT" : release, error);

  if (!ok)
    {
      /* Keep the first error; the rollback's own failure only goes to the log. */
      g_autoptr(GError) local_error = NULL;

      if (!desk_database_exec (self, self->depth == 0 ? "ROLLBACK" : rollback, &local_error))
        g_warning ("Rollback failed: %s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Files that are not SQLite are refused before SQLite sees them, so nothing
 * (not even a journal) is ever written next to them. */
static gboolean
check_file_header (const char  *path,
                   gboolean    *exists,
                   GError     **error)
{
  char header[16] = { 0 };
  ssize_t n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        {
          *exists = FALSE;
          return TRUE;
        }
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                   _("“%s” cannot be read: %s."), path, g_strerror (saved_errno));
      return FALSE;
    }

  *exists = TRUE;
  n = read (fd, header, sizeof header);
  if (n < 0)
    {
      /* e.g. a folder: a reading problem, not a foreign file. */
      int saved_errno = errno;

      close (fd);
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                   _("“%s” cannot be read: %s."), path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  if (n == 0)
    return TRUE;   /* an empty file is an empty database */

  if (n < (ssize_t) sizeof header || memcmp (header, SQLITE_MAGIC, sizeof SQLITE_MAGIC) != 0)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Pro Bono Desk database; it was left untouched."), path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                   _("The folder “%s” cannot be created: %s."), dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                   _("“%s” cannot be created: %s."), path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
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

DeskDatabase *
desk_database_open (const char  *path,
                    GError     **error)
{
  g_autoptr(DeskDatabase) self = NULL;
  gboolean exists = FALSE;
  int version;

  g_return_val_if_fail (path != NULL, NULL);

  register_resources_once ();

  if (!check_file_header (path, &exists, error))
    return NULL;
  if (!exists && !create_private_file (path, error))
    return NULL;

  self = g_object_new (DESK_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  if (sqlite3_open_v2 (path, &self->handle,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                       NULL) != SQLITE_OK)
    {
      if (self->handle == NULL)
        g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be opened."), path);
      else
        g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("“%s” cannot be opened: %s."),
                     path, sqlite3_errmsg (self->handle));
      return NULL;
    }

  /* Read the version before anything writes: a newer file stays untouched. */
  version = query_int (self, "PRAGMA user_version", error);
  if (version < 0)
    return NULL;
  if (version > DESK_SCHEMA_VERSION)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_NEWER_SCHEMA,
                   _("“%s” was written by a newer version of Pro Bono Desk (database version %d; "
                     "this version understands up to %d). Update Pro Bono Desk to open it."),
                   path, version, DESK_SCHEMA_VERSION);
      return NULL;
    }
  self->schema_version = version;

  sqlite3_busy_timeout (self->handle, 5000);
  if (!desk_database_exec (self, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; "
                                 "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY", error))
    return NULL;

  if (!migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
desk_database_get_path (DeskDatabase *self)
{
  g_return_val_if_fail (DESK_IS_DATABASE (self), NULL);

  return self->path;
}

sqlite3 *
desk_database_get_handle (DeskDatabase *self)
{
  g_return_val_if_fail (DESK_IS_DATABASE (self), NULL);

  return self->handle;
}

int
desk_database_get_schema_version (DeskDatabase *self)
{
  g_return_val_if_fail (DESK_IS_DATABASE (self), -1);

  return self->schema_version;
}
