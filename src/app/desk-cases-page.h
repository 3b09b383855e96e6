/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-case-filters.h"
#include "desk-page.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASES_PAGE (desk_cases_page_get_type ())
G_DECLARE_FINAL_TYPE (DeskCasesPage, desk_cases_page, DESK, CASES_PAGE, DeskPage)

/** desk_cases_page_get_column_view: the list (for tests). */
GtkColumnView *desk_cases_page_get_column_view (DeskCasesPage *self);
/** desk_cases_page_get_count_text: "12 cases" as shown above the list. */
const char    *desk_cases_page_get_count_text  (DeskCasesPage *self);
/** desk_cases_page_get_filters: the filter bar (for tests). */
DeskCaseFilters *desk_cases_page_get_filters   (DeskCasesPage *self);
/** desk_cases_page_get_search_entry: the search entry (for tests). */
GtkEditable   *desk_cases_page_get_search_entry (DeskCasesPage *self);
/** desk_cases_page_get_query: the query the list shows now: filters, search and column order. */
const DeskCaseQuery *desk_cases_page_get_query (DeskCasesPage *self);

G_END_DECLS
