/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DESK_TYPE_OPEN_FAILURE_WINDOW (desk_open_failure_window_get_type ())
G_DECLARE_FINAL_TYPE (DeskOpenFailureWindow, desk_open_failure_window, DESK, OPEN_FAILURE_WINDOW, AdwWindow)

/**
 * desk_open_failure_window_new: tells in plain words why the database at
 * @path could not be opened (@error, in the DESK_ERROR domain) and offers
 * to open another file, create a new one, or quit; with @has_current, a
 * good database is still open and Quit becomes Keep Current Database.
 */
DeskOpenFailureWindow *desk_open_failure_window_new             (const char            *path,
                                                                 const GError          *error,
                                                                 gboolean               has_current);
/** desk_open_failure_window_get_path: the file that could not be opened. */
const char            *desk_open_failure_window_get_path        (DeskOpenFailureWindow *self);
/** desk_open_failure_window_get_heading: the heading shown, e.g. "This file is not a Pro Bono Desk database". */
const char            *desk_open_failure_window_get_heading     (DeskOpenFailureWindow *self);
/** desk_open_failure_window_get_message: the error message shown. */
const char            *desk_open_failure_window_get_message     (DeskOpenFailureWindow *self);
/** desk_open_failure_window_get_dismiss_label: "Quit", or "Keep Current Database" when one is open. */
const char            *desk_open_failure_window_get_dismiss_label (DeskOpenFailureWindow *self);

G_END_DECLS
