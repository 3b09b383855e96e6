/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-case-filters.h"
#include "desk-page.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASES_PAGE (desk_cases_page_get_type ())
G_DECLARE_FINAL_TYPE (DeskCasesPage, desk_cases_page, DESK, CASES_PAGE, DeskPage)

/*
 * The Cases page: full-text search (page.find), filters that fold away
 * under a toggle and wrap on a narrow window, the cases sorted in SQL by
 * the header clicked, and DeskPage's actions.
 */

/** desk_cases_page_get_filters: the filter bar (tests). */
DeskCaseFilters     *desk_cases_page_get_filters      (DeskCasesPage *self);
/** desk_cases_page_get_search_entry: the search entry (tests). */
GtkEditable         *desk_cases_page_get_search_entry (DeskCasesPage *self);
/** desk_cases_page_get_query: the query the list shows now: filters, search and column order. */
const DeskCaseQuery *desk_cases_page_get_query        (DeskCasesPage *self);
/** desk_cases_page_show_filters: shows or hides the filter bar. */
void                 desk_cases_page_show_filters     (DeskCasesPage *self,
                                                       gboolean       show);

G_END_DECLS
