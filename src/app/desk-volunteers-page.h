/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-page.h"

G_BEGIN_DECLS

#define DESK_TYPE_VOLUNTEERS_PAGE (desk_volunteers_page_get_type ())
G_DECLARE_FINAL_TYPE (DeskVolunteersPage, desk_volunteers_page, DESK, VOLUNTEERS_PAGE, DeskPage)

/** desk_volunteers_page_get_column_view: the list (for tests). */
GtkColumnView *desk_volunteers_page_get_column_view (DeskVolunteersPage *self);
/** desk_volunteers_page_get_count_text: "12 volunteers" as shown above the list. */
const char    *desk_volunteers_page_get_count_text  (DeskVolunteersPage *self);

G_END_DECLS
