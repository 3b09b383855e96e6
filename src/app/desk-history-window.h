/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_HISTORY_WINDOW (desk_history_window_get_type ())
G_DECLARE_FINAL_TYPE (DeskHistoryWindow, desk_history_window, DESK, HISTORY_WINDOW, AdwWindow)

/**
 * desk_history_window_present: the history of record @entity @id of @store
 * (what was done, when, by whom and with which program, from the audit
 * log, newest first), over @parent; one window a record, kept up to date
 * as the record changes.  @name is the record's name for the title (may
 * be NULL).
 */
DeskHistoryWindow *desk_history_window_present    (GtkWindow         *parent,
                                                   DeskStore         *store,
                                                   const char        *entity,
                                                   gint64             id,
                                                   const char        *name);
/** desk_history_window_get_n_rows: how many audit rows the window lists (tests). */
guint              desk_history_window_get_n_rows (DeskHistoryWindow *self);

G_END_DECLS
