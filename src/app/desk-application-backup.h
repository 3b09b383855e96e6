/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-application.h"

G_BEGIN_DECLS

/*
 * Backups and restores in the window, an aspect of DeskApplication: the
 * primary menu's Back Up Database… (app.backup) and Restore from Backup…
 * (app.restore), and the automatic backup at start.  The work runs in a
 * thread on a connection of its own (desk-backup.h); progress shows in a
 * toast; a failure the person asked for is a dialog, one of the automatic
 * backup a toast.
 */

/** desk_application_back_up: asks where (a file chooser), then desk_application_back_up_to(). */
void     desk_application_back_up                (DeskApplication *self);
/** desk_application_back_up_to: backs up the open database to @file, its progress in a toast. */
void     desk_application_back_up_to             (DeskApplication *self,
                                                  GFile           *file);
/** desk_application_restore: asks for a backup (a file chooser), then desk_application_restore_from(). */
void     desk_application_restore                (DeskApplication *self);
/**
 * desk_application_restore_from: asks whether to replace the open database
 * with the backup @file; if so closes the record windows and the database,
 * restores (the database as it was kept in the backups folder) and opens
 * the database again.  Refused, before asking, while an editor has unsaved
 * changes or a backup is being made.
 */
void     desk_application_restore_from           (DeskApplication *self,
                                                  GFile           *file);
/** desk_application_back_up_automatically: the day's automatic backup of the open database (setting "backups-kept"), in a thread; a failure is a toast. */
void     desk_application_back_up_automatically  (DeskApplication *self);
/** desk_application_get_backup_busy: whether a backup or a restore is under way (tests). */
gboolean desk_application_get_backup_busy        (DeskApplication *self);

G_END_DECLS
