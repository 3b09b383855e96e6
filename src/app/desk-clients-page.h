/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-page.h"

G_BEGIN_DECLS

#define DESK_TYPE_CLIENTS_PAGE (desk_clients_page_get_type ())
G_DECLARE_FINAL_TYPE (DeskClientsPage, desk_clients_page, DESK, CLIENTS_PAGE, DeskPage)

/*
 * The Clients page: a search by name or phone (page.find), the clients
 * sorted in SQL by the column header clicked, and DeskPage's actions
 * page.new, page.edit and page.archive.
 */

/** desk_clients_page_get_search_entry: the search entry above the list (tests). */
GtkEditable    *desk_clients_page_get_search_entry (DeskClientsPage *self);

G_END_DECLS
