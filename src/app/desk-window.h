/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_WINDOW (desk_window_get_type ())
G_DECLARE_FINAL_TYPE (DeskWindow, desk_window, DESK, WINDOW, AdwApplicationWindow)

/** desk_window_new: the main window of @application, with no database yet. */
DeskWindow *desk_window_new              (GtkApplication *application);
/** desk_window_get_store: the open database, or NULL. */
DeskStore  *desk_window_get_store        (DeskWindow     *self);
/** desk_window_set_store: shows @store (NULL: no database open), with the poverty-region preference applied to it. */
void        desk_window_set_store        (DeskWindow     *self,
                                          DeskStore      *store);
/** desk_window_get_page: the name of the visible page: "cases", "deadlines", "clients" or "volunteers". */
const char *desk_window_get_page         (DeskWindow     *self);
/** desk_window_set_page: shows the page called @name. */
void        desk_window_set_page         (DeskWindow     *self,
                                          const char     *name);
/** desk_window_get_page_widget: the page called @name (a DeskCasesPage, DeskDeadlinesPage, …), or NULL. */
GtkWidget  *desk_window_get_page_widget  (DeskWindow     *self,
                                          const char     *name);
/** desk_window_get_subtitle: the header bar's subtitle (the database file's name). */
const char *desk_window_get_subtitle     (DeskWindow     *self);

/** desk_window_get_folded: whether the sidebar is folded away (a narrow window). */
gboolean    desk_window_get_folded       (DeskWindow     *self);
/** desk_window_get_menu_button: the primary menu's button (tests: it must stay on screen). */
GtkWidget  *desk_window_get_menu_button  (DeskWindow     *self);

G_END_DECLS
