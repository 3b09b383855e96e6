/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * How the window tells the person something: a failure of what they just
 * did is a message dialog in plain words (desk_show_error); news that needs
 * no answer is a toast at the bottom of the window (desk_show_toast); a
 * destructive action is done at once and offers Undo in a toast for
 * DESK_UNDO_SECONDS (desk_show_undo).  Never only a log line.
 *
 * Toasts go to the AdwToastOverlay of the widget's window: the one above
 * the widget, or the one the window registered with
 * desk_feedback_set_overlay().
 */

/* How long a person has to change their mind. */
#define DESK_UNDO_SECONDS 10

/* Puts back what a destructive action did; called at most once. */
typedef void (*DeskUndoFunc) (gpointer user_data);

/** desk_feedback_set_overlay: where toasts for @window (and widgets in it) appear. */
void      desk_feedback_set_overlay    (GtkWindow      *window,
                                        AdwToastOverlay *overlay);
/** desk_show_error: "@heading" with @error's sentence in a message dialog over @widget's window. */
void      desk_show_error              (GtkWidget      *widget,
                                        const char     *heading,
                                        const GError   *error);
/** desk_show_toast: @title in a toast in @widget's window. */
void      desk_show_toast              (GtkWidget      *widget,
                                        const char     *title);
/**
 * desk_show_undo: "@title [Undo]" in a toast for DESK_UNDO_SECONDS; Undo
 * calls @undo (@user_data); either way @destroy (@user_data) runs when the
 * toast goes away.
 */
void      desk_show_undo               (GtkWidget      *widget,
                                        const char     *title,
                                        DeskUndoFunc    undo,
                                        gpointer        user_data,
                                        GDestroyNotify  destroy);
/** desk_feedback_get_last_toast: the title of the latest toast of @widget's window, or NULL (tests). */
const char *desk_feedback_get_last_toast (GtkWidget    *widget);
/** desk_feedback_undo: presses Undo on the latest undo toast of @widget's window; FALSE when there is none (tests). */
gboolean  desk_feedback_undo           (GtkWidget      *widget);

G_END_DECLS
