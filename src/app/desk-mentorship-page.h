/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-board-column.h"
#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_MENTORSHIP_PAGE (desk_mentorship_page_get_type ())
G_DECLARE_FINAL_TYPE (DeskMentorshipPage, desk_mentorship_page, DESK, MENTORSHIP_PAGE, GtkWidget)

/*
 * The matching board: a column per mentor with the mentees proposed to or
 * paired with them, and an Unmatched column saying why.  Suggest Matches
 * runs the matcher over the whole program (in threads, with progress and
 * Cancel) and saves its proposals; mentors review them (Accept, Decline
 * with a reason, after which only the mentees it affects are matched
 * again); a card dragged onto another mentor, or moved with its "Move to"
 * menu, shows what the change costs before it is made, and the choice is
 * pinned.  Filters: practice area, tier, one mentor.
 *
 * Actions (group "board"): suggest, cancel, move-pairing (x pairing id, i
 * status), open (x pairing id), pin (x pairing id), move-to (x mentee id,
 * x mentor id).
 */

DeskStore *desk_mentorship_page_get_store   (DeskMentorshipPage *self);
void       desk_mentorship_page_set_store   (DeskMentorshipPage *self,
                                             DeskStore          *store);
/** desk_mentorship_page_get_column: the column of mentor @mentor_id (0: Unmatched), or NULL when not shown. */
DeskBoardColumn *desk_mentorship_page_get_column (DeskMentorshipPage *self,
                                                  gint64              mentor_id);
/** desk_mentorship_page_get_count_text: what the count above the board says. */
const char *desk_mentorship_page_get_count_text (DeskMentorshipPage *self);
/** desk_mentorship_page_get_busy: whether the matcher is running. */
gboolean   desk_mentorship_page_get_busy    (DeskMentorshipPage *self);
/** desk_mentorship_page_get_empty_title: the empty state's title when it is shown, else NULL. */
const char *desk_mentorship_page_get_empty_title (DeskMentorshipPage *self);

G_END_DECLS
