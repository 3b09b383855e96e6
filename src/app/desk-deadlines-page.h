/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-page.h"

G_BEGIN_DECLS

/* How far ahead the page looks, today included. */
#define DESK_DEADLINES_PAGE_DAYS 14

#define DESK_TYPE_DEADLINES_PAGE (desk_deadlines_page_get_type ())
G_DECLARE_FINAL_TYPE (DeskDeadlinesPage, desk_deadlines_page, DESK, DEADLINES_PAGE, DeskPage)

/*
 * The Deadlines page: open deadlines of open cases that are overdue or due
 * in the next DESK_DEADLINES_PAGE_DAYS days, soonest first.  Ticking Done
 * marks one done (with Undo); Enter opens its case on the Deadlines tab.
 */

/** desk_deadlines_page_get_summary_text: "3 overdue · 2 due today · 7 in the next 14 days" as shown above the list. */
const char *desk_deadlines_page_get_summary_text (DeskDeadlinesPage *self);
/** desk_deadlines_page_mark_done: what ticking Done does to deadline @deadline_id (tests). */
gboolean    desk_deadlines_page_mark_done        (DeskDeadlinesPage *self,
                                                  gint64             deadline_id);

G_END_DECLS
