/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_VOLUNTEERS_PAGE (desk_volunteers_page_get_type ())
G_DECLARE_FINAL_TYPE (DeskVolunteersPage, desk_volunteers_page, DESK, VOLUNTEERS_PAGE, GtkWidget)

/** desk_volunteers_page_get_store: the store whose volunteers are listed, or NULL. */
DeskStore     *desk_volunteers_page_get_store       (DeskVolunteersPage *self);
/** desk_volunteers_page_set_store: lists the volunteers of @store (NULL: none). */
void           desk_volunteers_page_set_store       (DeskVolunteersPage *self,
                                                DeskStore     *store);
/** desk_volunteers_page_get_column_view: the list (for tests). */
GtkColumnView *desk_volunteers_page_get_column_view (DeskVolunteersPage *self);
/** desk_volunteers_page_get_count_text: "12 volunteers" as shown above the list. */
const char    *desk_volunteers_page_get_count_text  (DeskVolunteersPage *self);
/** desk_volunteers_page_get_empty_title: the heading of the empty state, when the list is empty. */
const char    *desk_volunteers_page_get_empty_title (DeskVolunteersPage *self);

G_END_DECLS
