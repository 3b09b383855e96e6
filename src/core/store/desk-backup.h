/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "desk-progress.h"
#include "desk-store.h"

G_BEGIN_DECLS

/* How many automatic backups of a database are kept unless the
 * "backups-kept" setting says otherwise. */
#define DESK_BACKUPS_KEPT_DEFAULT 14

/**
 * desk_backup_default_folder: where automatic backups and the copies kept
 * before a restore go: $PROBONO_BACKUP_DIR when set (tests, a clinic that
 * keeps them on another disk), else $XDG_DATA_HOME/probono-desk/backups.
 */
char     *desk_backup_default_folder       (void);

/**
 * desk_store_backup: copies the database of @store to @destination with
 * SQLite's online backup API, from one read snapshot (the window may go
 * on saving; what it saves after the snapshot is not in the copy), a
 * thousand pages at a time with @progress (pages copied, pages in all)
 * and @cancellable between steps.  The copy is written to a temporary
 * file of mode 0600 beside @destination, checked with PRAGMA
 * integrity_check, made a single file (no -wal), and renamed over
 * @destination only then; on any failure nothing is left behind.  An
 * existing @destination is replaced only when it is empty or a Pro Bono
 * Desk database, never the database itself.  The backup is written to the
 * audit log of @store (unless @store is read-only: then it is not
 * recorded).
 */
gboolean  desk_store_backup                (DeskStore            *store,
                                            const char           *destination,
                                            DeskProgressFunc      progress,
                                            gpointer              progress_data,
                                            GCancellable         *cancellable,
                                            GError              **error);
/** desk_store_backup_async: desk_store_backup() in a thread on its own connection; @progress runs in the caller's thread-default main context and @progress_data must live until @callback runs. */
void      desk_store_backup_async          (DeskStore            *store,
                                            const char           *destination,
                                            DeskProgressFunc      progress,
                                            gpointer              progress_data,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
/** desk_store_backup_finish: whether the backup of desk_store_backup_async() was made. */
gboolean  desk_store_backup_finish         (DeskStore            *store,
                                            GAsyncResult         *result,
                                            GError              **error);

/**
 * desk_store_backup_automatic: the day's automatic backup of @store into
 * @folder (NULL: desk_backup_default_folder(), made 0700), named after the
 * database, today's date and a short tag of the database's path
 * ("clinic-2026-06-15-1a2b3c4d.db"), unless today's is there already;
 * then only the newest @keep automatic backups of this database are kept
 * (@keep 0: automatic backups are off, nothing is done).  *@made (may be
 * NULL) receives the new file, or NULL when none was needed.
 */
gboolean  desk_store_backup_automatic      (DeskStore            *store,
                                            const char           *folder,
                                            guint                 keep,
                                            char                **made,
                                            GCancellable         *cancellable,
                                            GError              **error);
/** desk_store_backup_automatic_async: desk_store_backup_automatic() in a thread on its own connection. */
void      desk_store_backup_automatic_async (DeskStore           *store,
                                             const char          *folder,
                                             guint                keep,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
/** desk_store_backup_automatic_finish: the file made (NULL and no error when none was needed), or NULL with @error. */
char     *desk_store_backup_automatic_finish (DeskStore          *store,
                                              GAsyncResult       *result,
                                              GError            **error);

/**
 * desk_backup_check: whether @path can be restored: a Pro Bono Desk
 * database (by its application id), of a schema version this program
 * knows (not newer), that passes PRAGMA integrity_check.  The file is
 * read without a byte written or a file made beside it.  @schema_version
 * (may be NULL) receives its version.
 */
gboolean  desk_backup_check                (const char           *path,
                                            int                  *schema_version,
                                            GCancellable         *cancellable,
                                            GError              **error);

/**
 * desk_backup_restore: replaces the database at @database_path with the
 * backup @backup_path.  The backup is checked first (desk_backup_check());
 * a foreign, newer or damaged file is refused and nothing changes.  The
 * database there now, unless another program's or a newer one's (those
 * are refused), is taken from WAL mode into a single file under an
 * exclusive lock — which fails, and nothing changes, while another
 * program or window has it open — and its bytes are kept in @folder
 * (NULL: desk_backup_default_folder()) as
 * "NAME-before-restore-DATE-TIME.db", returned in *@kept_copy (NULL when
 * there was no database).  The backup is copied beside the database,
 * brought to this version's schema, the restore written to its audit log,
 * checked again, and renamed over the database in one step; no -wal or
 * -shm of the old file is left to be mixed with the new one.  Every
 * connection of this process to the database must be closed first; the
 * caller opens it again after.
 */
gboolean  desk_backup_restore              (const char           *database_path,
                                            const char           *backup_path,
                                            const char           *folder,
                                            DeskProgressFunc      progress,
                                            gpointer              progress_data,
                                            char                **kept_copy,
                                            GCancellable         *cancellable,
                                            GError              **error);
/** desk_backup_restore_async: desk_backup_restore() in a thread. */
void      desk_backup_restore_async        (const char           *database_path,
                                            const char           *backup_path,
                                            const char           *folder,
                                            DeskProgressFunc      progress,
                                            gpointer              progress_data,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
/** desk_backup_restore_finish: TRUE when restored; *@kept_copy (may be NULL) as desk_backup_restore(). */
gboolean  desk_backup_restore_finish       (GAsyncResult         *result,
                                            char                **kept_copy,
                                            GError              **error);

G_END_DECLS
