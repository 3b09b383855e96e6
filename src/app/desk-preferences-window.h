/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DESK_TYPE_PREFERENCES_WINDOW (desk_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (DeskPreferencesWindow, desk_preferences_window, DESK, PREFERENCES_WINDOW, AdwPreferencesWindow)

/**
 * desk_preferences_window_new: the preferences of this computer, kept in
 * GSettings as they are changed (staff name, poverty guideline region),
 * modal over @parent (may be NULL).
 */
DeskPreferencesWindow *desk_preferences_window_new                 (GtkWindow             *parent);
/** desk_preferences_window_get_staff_name_entry: the staff name field (for tests). */
GtkEditable           *desk_preferences_window_get_staff_name_entry (DeskPreferencesWindow *self);
/** desk_preferences_window_get_region_row: the region choice, in DeskRegion order (for tests). */
AdwComboRow           *desk_preferences_window_get_region_row       (DeskPreferencesWindow *self);
/** desk_preferences_window_get_backups_kept_spin: how many automatic backups are kept (for tests). */
GtkSpinButton         *desk_preferences_window_get_backups_kept_spin (DeskPreferencesWindow *self);
/** desk_preferences_window_get_document_limit_spin: the largest document attached, in MB (for tests). */
GtkSpinButton         *desk_preferences_window_get_document_limit_spin (DeskPreferencesWindow *self);

G_END_DECLS
