/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-page.h"

G_BEGIN_DECLS

#define DESK_TYPE_CLIENTS_PAGE (desk_clients_page_get_type ())
G_DECLARE_FINAL_TYPE (DeskClientsPage, desk_clients_page, DESK, CLIENTS_PAGE, DeskPage)

/*
 * The Clients page: a search entry (page.find), the clients sorted in SQL by
 * the column header clicked, and the actions page.new (an empty editor),
 * page.edit (Enter or a double click on a row) and page.archive (Delete on
 * the list, with Undo in the window's banner).
 */

/** desk_clients_page_get_column_view: the list (for tests). */
GtkColumnView  *desk_clients_page_get_column_view     (DeskClientsPage *self);
/** desk_clients_page_get_search_entry: the search entry above the list (for tests). */
GtkEditable    *desk_clients_page_get_search_entry    (DeskClientsPage *self);
/** desk_clients_page_get_count_text: "12 clients" as shown above the list. */
const char     *desk_clients_page_get_count_text      (DeskClientsPage *self);
/** desk_clients_page_get_selected_client: the client selected in the list, or NULL. */
DeskClient     *desk_clients_page_get_selected_client (DeskClientsPage *self);
/** desk_clients_page_select_client: selects the row of client @id and scrolls to it; FALSE when it is not listed. */
gboolean        desk_clients_page_select_client       (DeskClientsPage *self,
                                                       gint64           id);
/** desk_clients_page_get_sort: the order the list is in (the header clicked last). */
DeskClientSort  desk_clients_page_get_sort            (DeskClientsPage *self,
                                                       gboolean        *ascending);

G_END_DECLS
