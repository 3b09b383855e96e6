/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The schema version this code writes; files of ours with a higher
 * PRAGMA user_version are refused. */
#define DESK_SCHEMA_VERSION 9

/* PRAGMA application_id of a Pro Bono Desk database: "ProB" in ASCII.
 * Migration 1 writes it; databases made before it had it get it the first
 * time they are opened for writing.  A SQLite file with another id, or
 * with none and not our tables, belongs to another program and is never
 * written to. */
#define DESK_APPLICATION_ID 0x50726F42

#define DESK_TYPE_DATABASE (desk_database_get_type ())
G_DECLARE_FINAL_TYPE (DeskDatabase, desk_database, DESK, DATABASE, GObject)

/* A cached prepared statement; g_autoptr(DeskStmt) resets it at scope end. */
typedef sqlite3_stmt DeskStmt;
static inline void desk_stmt_reset (DeskStmt *stmt) { sqlite3_reset (stmt); sqlite3_clear_bindings (stmt); }
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskStmt, desk_stmt_reset)

typedef gboolean (*DeskTransactionFunc) (DeskDatabase *db, gpointer user_data, GError **error);

/** desk_database_default_path: $XDG_DATA_HOME/probono-desk/probono.db */
char         *desk_database_default_path      (void);
/**
 * desk_database_open: opens or creates @path and brings it to
 * DESK_SCHEMA_VERSION.  Only a new or empty file, or one of ours, is
 * written to; a file of another program, or from a newer Pro Bono Desk, is
 * refused and left as it was.  A missing folder is created only for the
 * default path (mode 0700); the file and its -wal / -shm are made 0600.
 * When the file or its folder cannot be written to, the database opens
 * read-only (desk_database_is_read_only()), with SQLITE_OPEN_READONLY and
 * nothing created beside it:
 *  - no -wal beside the file (nobody is writing it): opened with the URI
 *    parameter immutable=1, so SQLite takes no lock and makes no -wal or
 *    -shm; the price is that a writer that comes later is not seen (nor
 *    counted by desk_database_poll_external_changes()) until it is reopened;
 *  - a -wal there (a writer has it open): opened mode=ro through the -wal
 *    and -shm that exist, so the writer's latest commits are read; SQLite
 *    reads a -shm it may not write, and creates nothing;
 *  - nolock=1 is no use: SQLite will not read a WAL file without the
 *    shared-memory locks, and immutable=1 with a -wal would miss commits.
 * Saves are then refused with a sentence that says why.
 */
DeskDatabase *desk_database_open              (const char          *path,
                                               GError             **error);
/** desk_database_get_path: the file this connection is on. */
const char   *desk_database_get_path          (DeskDatabase        *self);
/** desk_database_get_handle: the raw connection, for src/core/store only. */
sqlite3      *desk_database_get_handle        (DeskDatabase        *self);
/** desk_database_get_schema_version: PRAGMA user_version after migration. */
int           desk_database_get_schema_version (DeskDatabase       *self);
/** desk_database_exec: runs SQL without results (no user text in it). */
gboolean      desk_database_exec              (DeskDatabase        *self,
                                               const char          *sql,
                                               GError             **error);
/** desk_database_prepare: a cached statement for @sql, reset and unbound. */
DeskStmt     *desk_database_prepare           (DeskDatabase        *self,
                                               const char          *sql,
                                               GError             **error);
/** desk_database_step: sqlite3_step that turns failures into a GError; returns SQLITE_ROW, SQLITE_DONE or 0. */
int           desk_database_step              (DeskDatabase        *self,
                                               DeskStmt            *stmt,
                                               GError             **error);
/** desk_database_transaction: runs @func inside a transaction (a savepoint when nested); commits when it returns TRUE. */
gboolean      desk_database_transaction       (DeskDatabase        *self,
                                               DeskTransactionFunc  func,
                                               gpointer             user_data,
                                               GError             **error);
/**
 * desk_database_begin_read: opens a read transaction (a plain BEGIN, no
 * write lock) so that many queries see one moment of the file, or joins
 * the transaction already open; every call is paired with
 * desk_database_end_read().  A write inside it becomes a savepoint.
 */
gboolean      desk_database_begin_read        (DeskDatabase        *self,
                                               GError             **error);
/** desk_database_end_read: closes what desk_database_begin_read() opened (commits when @ok, else rolls back), or leaves the outer transaction. */
gboolean      desk_database_end_read          (DeskDatabase        *self,
                                               gboolean             ok,
                                               GError             **error);
/** desk_database_in_transaction: whether a transaction is open. */
gboolean      desk_database_in_transaction    (DeskDatabase        *self);
/** desk_database_is_read_only: whether the file was opened read-only because it or its folder cannot be written to. */
gboolean      desk_database_is_read_only      (DeskDatabase        *self);
/** desk_database_get_read_only_reason: a sentence saying why the database is read-only (for a banner), or NULL. */
const char   *desk_database_get_read_only_reason (DeskDatabase     *self);
/** desk_database_poll_external_changes: sets *@changed when another connection (a process, a worker thread) committed since the opening or the last poll. */
gboolean      desk_database_poll_external_changes (DeskDatabase    *self,
                                                   gboolean        *changed,
                                                   GError         **error);
/** desk_database_set_error: fills @error from the connection's last error. */
void          desk_database_set_error         (DeskDatabase        *self,
                                               GError             **error);

G_END_DECLS
