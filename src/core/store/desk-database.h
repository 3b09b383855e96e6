/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The schema version this code writes; files with a higher
 * PRAGMA user_version are refused. */
#define DESK_SCHEMA_VERSION 4

#define DESK_TYPE_DATABASE (desk_database_get_type ())
G_DECLARE_FINAL_TYPE (DeskDatabase, desk_database, DESK, DATABASE, GObject)

/* A cached prepared statement; g_autoptr(DeskStmt) resets it at scope end. */
typedef sqlite3_stmt DeskStmt;
static inline void desk_stmt_reset (DeskStmt *stmt) { sqlite3_reset (stmt); sqlite3_clear_bindings (stmt); }
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskStmt, desk_stmt_reset)

typedef gboolean (*DeskTransactionFunc) (DeskDatabase *db, gpointer user_data, GError **error);

/** desk_database_default_path: $XDG_DATA_HOME/probono-desk/probono.db */
char         *desk_database_default_path      (void);
/** desk_database_open: opens or creates @path, refuses foreign or newer files, migrates. */
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
/** desk_database_in_transaction: whether a transaction is open. */
gboolean      desk_database_in_transaction    (DeskDatabase        *self);
/** desk_database_set_error: fills @error from the connection's last error. */
void          desk_database_set_error         (DeskDatabase        *self,
                                               GError             **error);

G_END_DECLS
