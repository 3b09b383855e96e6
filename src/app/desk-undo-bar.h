/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DESK_TYPE_UNDO_BAR (desk_undo_bar_get_type ())
G_DECLARE_FINAL_TYPE (DeskUndoBar, desk_undo_bar, DESK, UNDO_BAR, GtkWidget)

/* Puts back what a destructive action did; called at most once. */
typedef void (*DeskUndoFunc) (gpointer user_data);

/* How long a person has to change their mind. */
#define DESK_UNDO_SECONDS 10

/**
 * desk_undo_bar_show: shows "@message [Undo]" for DESK_UNDO_SECONDS.  Undo
 * calls @undo (@user_data); either way @destroy (@user_data) runs when the
 * offer ends, also when a newer offer replaces it.
 */
void        desk_undo_bar_show        (DeskUndoBar    *self,
                                       const char     *message,
                                       DeskUndoFunc    undo,
                                       gpointer        user_data,
                                       GDestroyNotify  destroy);
/** desk_undo_bar_undo: does what the Undo button does (for tests and the keyboard). */
gboolean    desk_undo_bar_undo        (DeskUndoBar    *self);
/** desk_undo_bar_dismiss: ends the offer without undoing. */
void        desk_undo_bar_dismiss     (DeskUndoBar    *self);
/** desk_undo_bar_get_message: the text shown, or NULL when the bar is hidden. */
const char *desk_undo_bar_get_message (DeskUndoBar    *self);

G_END_DECLS
