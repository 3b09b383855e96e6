/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_CLIENTS_PAGE (desk_clients_page_get_type ())
G_DECLARE_FINAL_TYPE (DeskClientsPage, desk_clients_page, DESK, CLIENTS_PAGE, GtkWidget)

/** desk_clients_page_get_store: the store whose clients are listed, or NULL. */
DeskStore     *desk_clients_page_get_store       (DeskClientsPage *self);
/** desk_clients_page_set_store: lists the clients of @store (NULL: none). */
void           desk_clients_page_set_store       (DeskClientsPage *self,
                                                DeskStore     *store);
/** desk_clients_page_get_column_view: the list (for tests). */
GtkColumnView *desk_clients_page_get_column_view (DeskClientsPage *self);
/** desk_clients_page_get_count_text: "12 clients" as shown above the list. */
const char    *desk_clients_page_get_count_text  (DeskClientsPage *self);
/** desk_clients_page_get_empty_title: the heading of the empty state, when the list is empty. */
const char    *desk_clients_page_get_empty_title (DeskClientsPage *self);

G_END_DECLS
