/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-database"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-database-private.h"
#include "desk-error.h"
#include "desk-file-write.h"
#include "desk-record.h"

/* Less free than this on a file's disk, and a failed write is a full disk. */
#define DISK_FULL_BYTES (1024 * 1024)

G_DEFINE_FINAL_TYPE (DeskDatabase, desk_database, G_TYPE_OBJECT)

static void
desk_database_finalize (GObject *object)
{
  DeskDatabase *self = (DeskDatabase *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);

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

/* The column a failed constraint is about, as a property name
 * ("first-name"), or NULL.  SQLite says "NOT NULL constraint failed:
 * clients.first_name" or "CHECK constraint failed: first_name <> ''". */
static char *
constraint_field (const char *message)
{
  const char *start = strstr (message, "failed: ");
  const char *end;
  const char *dot;

  if (start == NULL)
    return NULL;
  start += strlen ("failed: ");
  for (end = start; g_ascii_isalnum (*end) || *end == '_' || *end == '.'; end++)
    ;
  dot = g_strrstr_len (start, end - start, ".");
  if (dot != NULL)
    start = dot + 1;
  if (end == start)
    return NULL;

  return g_strdelimit (g_strndup (start, end - start), "_", '-');
}

static void
set_read_only_error (DeskDatabase  *self,
                     GError       **error)
{
  if (self->read_only_reason != NULL)
    g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("Nothing can be saved. %s"), self->read_only_reason);
  else
    g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                 _("Nothing can be saved: “%s” or its folder cannot be written to."), self->path);
}

/* A write that failed for want of room.  SQLite keeps the errno of a
 * failed write only now and then, so the disk is also asked. */
static gboolean
disk_is_full (DeskDatabase *self)
{
  int system_errno = sqlite3_system_errno (self->handle);
  g_autofree char *folder = g_path_get_dirname (self->path);

  return system_errno == ENOSPC || system_errno == EDQUOT || desk_file_free_space (folder) < DISK_FULL_BYTES;
}

void
desk_database_set_error (DeskDatabase  *self,
                         GError       **error)
{
  int code = sqlite3_extended_errcode (self->handle);
  const char *message = sqlite3_errmsg (self->handle);

  if ((code & 0xff) == SQLITE_NOTADB)
    g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_A_DATABASE,
                 _("“%s” is not a Pro Bono Desk database."), self->path);
  else if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
    g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                 _("The record refers to a client, case, volunteer or code that is not in the database."));
  else if ((code & 0xff) == SQLITE_CONSTRAINT)
    {
      /* Validation should have said it first; at least name the field. */
      g_autofree char *field = constraint_field (message);
      g_autofree char *label = field != NULL ? desk_field_label (field) : NULL;

      if (field != NULL && code == SQLITE_CONSTRAINT_UNIQUE)
        desk_invalid (error, field, _("Another record already has this %s."), label);
      else if (field != NULL)
        desk_invalid (error, field, _("The %s breaks a rule of the database."), label);
      else
        g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                     _("The record breaks a rule of the database (%s)."), message);
    }
  else if ((code & 0xff) == SQLITE_READONLY)
    set_read_only_error (self, error);
  else if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
    /* After the busy timeout: someone holds the write lock that long. */
    g_set_error (error, DESK_ERROR, DESK_ERROR_DATABASE,
                 _("Another program or window is using “%s” and did not let go of it; nothing was saved. "
                   "Try again in a moment."), self->path);
  else if ((code & 0xff) == SQLITE_FULL || ((code & 0xff) == SQLITE_IOERR && disk_is_full (self)))
    /* The transaction is rolled back whole: say so, and what to do. */
    g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                 _("The disk holding “%s” is full; nothing was saved. Free some space and try again."), self->path);
  else if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC || code == SQLITE_IOERR_TRUNCATE)
    g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
                 _("“%s” could not be written; nothing was saved. The disk may be full or failing, "
                   "or the file too large for it."), self->path);
  else
    g_set_error (error, DESK_ERROR, DESK_ERROR_DATABASE,
                 _("The database reported an error: %s."), message);
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

gboolean
desk_database_in_transaction (DeskDatabase *self)
{
  g_return_val_if_fail (DESK_IS_DATABASE (self), FALSE);

  return self->depth > 0;
}

gboolean
desk_database_begin_read (DeskDatabase  *self,
                          GError       **error)
{
  g_return_val_if_fail (DESK_IS_DATABASE (self), FALSE);

  if (self->depth == 0 && !desk_database_exec (self, "BEGIN", error))
    return FALSE;

  self->depth++;
  return TRUE;
}

gboolean
desk_database_end_read (DeskDatabase  *self,
                        gboolean       ok,
                        GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (DESK_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (--self->depth > 0)
    return TRUE;

  if (ok)
    return desk_database_exec (self, "COMMIT", error);

  /* Nothing was written to keep; a failed rollback only goes to the log. */
  if (!desk_database_exec (self, "ROLLBACK", &local_error))
    g_warning ("Rollback failed: %s", local_error->message);
  return TRUE;
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

  /* Every write is in a transaction: a read-only file says so at once,
   * in words, instead of SQLite's "attempt to write". */
  if (self->read_only_reason != NULL)
    {
      set_read_only_error (self, error);
      return FALSE;
    }

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

      /* A full disk, an I/O error or running out of memory make SQLite
       * roll the whole transaction back itself: nothing is left to undo. */
      if (sqlite3_get_autocommit (self->handle))
        return FALSE;
      if (!desk_database_exec (self, self->depth == 0 ? "ROLLBACK" : rollback, &local_error))
        g_warning ("Rollback failed: %s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

gint64
_desk_database_query_data_version (DeskDatabase  *self,
                                   GError       **error)
{
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self, "PRAGMA data_version", error);

  if (stmt == NULL || desk_database_step (self, stmt, error) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

gboolean
desk_database_is_read_only (DeskDatabase *self)
{
  g_return_val_if_fail (DESK_IS_DATABASE (self), TRUE);

  return self->read_only_reason != NULL;
}

const char *
desk_database_get_read_only_reason (DeskDatabase *self)
{
  g_return_val_if_fail (DESK_IS_DATABASE (self), NULL);

  return self->read_only_reason;
}

gboolean
desk_database_poll_external_changes (DeskDatabase  *self,
                                     gboolean      *changed,
                                     GError       **error)
{
  gint64 version;

  g_return_val_if_fail (DESK_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (changed != NULL, FALSE);

  /* data_version moves when another connection commits, never for this
   * connection's own commits (those announce themselves). */
  version = _desk_database_query_data_version (self, error);
  if (version < 0)
    return FALSE;

  *changed = version != self->data_version;
  self->data_version = version;
  return TRUE;
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
