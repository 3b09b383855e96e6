/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DESK_TYPE_DATE_ENTRY (desk_date_entry_get_type ())
G_DECLARE_FINAL_TYPE (DeskDateEntry, desk_date_entry, DESK, DATE_ENTRY, GtkWidget)

/*
 * A date field: an entry where a date is typed (2026-06-15, 2026-6-5 or
 * 6/15/2026; shown back as YYYY-MM-DD, the way dates are stored and
 * sorted) and a button with a calendar, which opens with Alt+Down from the
 * entry too.  In the calendar the arrow keys move, Enter picks, Escape
 * puts back what was there.
 *
 * "date" is the date typed as YYYY-MM-DD, or NULL when the entry is empty
 * or holds no real date; "text" is what is typed; "activates-default" and
 * ::activate are the entry's.
 */

/** desk_date_entry_new: an empty date field. */
GtkWidget  *desk_date_entry_new         (void);
/** desk_date_entry_get_date: the date typed as YYYY-MM-DD, or NULL (nothing, or not a date). */
const char *desk_date_entry_get_date    (DeskDateEntry *self);
/** desk_date_entry_set_date: shows @date (YYYY-MM-DD, or NULL for an empty field). */
void        desk_date_entry_set_date    (DeskDateEntry *self,
                                         const char    *date);
/** desk_date_entry_get_text: what is typed, as typed. */
const char *desk_date_entry_get_text    (DeskDateEntry *self);
void        desk_date_entry_set_text    (DeskDateEntry *self,
                                         const char    *text);
/** desk_date_entry_get_valid: TRUE when the field is empty or holds a real date. */
gboolean    desk_date_entry_get_valid   (DeskDateEntry *self);
/** desk_date_entry_popup: opens the calendar on the date typed, or today. */
void        desk_date_entry_popup       (DeskDateEntry *self);
/** desk_date_entry_get_popover: the calendar's popover (tests, pictures). */
GtkPopover *desk_date_entry_get_popover (DeskDateEntry *self);
/** desk_date_entry_get_calendar: the calendar (tests). */
GtkCalendar *desk_date_entry_get_calendar (DeskDateEntry *self);
/** desk_date_entry_get_entry: the entry (tests; forms mark it). */
GtkEntry   *desk_date_entry_get_entry   (DeskDateEntry *self);

G_END_DECLS
