/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-page.h"

G_BEGIN_DECLS

/* How far ahead the page looks, today included. */
#define DESK_DEADLINES_PAGE_DAYS 14

#define DESK_TYPE_DEADLINES_PAGE (desk_deadlines_page_get_type ())
G_DECLARE_FINAL_TYPE (DeskDeadlinesPage, desk_deadlines_page, DESK, DEADLINES_PAGE, DeskPage)

/** desk_deadlines_page_get_column_view: the list (for tests). */
GtkColumnView *desk_deadlines_page_get_column_view  (DeskDeadlinesPage *self);
/** desk_deadlines_page_get_summary_text: "3 overdue · 2 due today · 7 in the next 14 days" as shown above the list. */
const char    *desk_deadlines_page_get_summary_text (DeskDeadlinesPage *self);
/** desk_deadlines_page_get_error_text: the last "cannot be marked done" message shown, or NULL. */
const char    *desk_deadlines_page_get_error_text   (DeskDeadlinesPage *self);

G_END_DECLS
