/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-open-failure-window.h"
#include "desk-window.h"

G_BEGIN_DECLS

#define DESK_TYPE_APPLICATION (desk_application_get_type ())
G_DECLARE_FINAL_TYPE (DeskApplication, desk_application, DESK, APPLICATION, AdwApplication)

/** desk_application_new: the application org.probonodesk.ProBonoDesk. */
DeskApplication       *desk_application_new                (void);
/** desk_application_get_window: the main window, creating it when there is none. */
DeskWindow            *desk_application_get_window         (DeskApplication *self);
/**
 * desk_application_open_database: opens the database at @path in the main
 * window, replacing the one shown, and remembers it for the next start.
 * When it cannot be opened, the file is left alone, the current database
 * stays, the failure window is shown and FALSE is returned.
 */
gboolean               desk_application_open_database      (DeskApplication *self,
                                                            const char      *path);
/** desk_application_get_failure_window: the open-failure window on screen, or NULL. */
DeskOpenFailureWindow *desk_application_get_failure_window (DeskApplication *self);
/** desk_application_get_preferences_window: the preferences window on screen, or NULL. */
GtkWindow             *desk_application_get_preferences_window (DeskApplication *self);

/**
 * desk_application_deadline_summary: the words of the start-up notification,
 * e.g. "2 deadlines due today, 3 overdue"; NULL when both are 0.
 */
char                  *desk_application_deadline_summary   (guint            due_today,
                                                            guint            overdue);
/**
 * desk_application_notify_deadlines: sends the "deadlines-today" notification
 * for the open database (none when nothing is due today or overdue); done
 * once after the database is opened at start.  Returns whether one was sent.
 */
gboolean               desk_application_notify_deadlines   (DeskApplication *self);
/** desk_application_get_last_notification_body: the body of the last deadline notification sent, or NULL. */
const char            *desk_application_get_last_notification_body (DeskApplication *self);

G_END_DECLS
