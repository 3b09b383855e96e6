/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASE_FILTERS (desk_case_filters_get_type ())
G_DECLARE_FINAL_TYPE (DeskCaseFilters, desk_case_filters, DESK, CASE_FILTERS, GtkWidget)

/*
 * The filter bar above the case list: status, problem category, volunteer,
 * "Unassigned", "Has overdue deadline" and opening/closing date ranges.
 * Each change that gives a valid query emits ::changed with it; a date that
 * is not a real date is marked on its entry, with the sentence of
 * desk_case_query_validate() under the bar, and no ::changed is emitted.
 */

/** desk_case_filters_new: a filter bar with every filter off. */
GtkWidget *desk_case_filters_new       (void);
DeskStore *desk_case_filters_get_store (DeskCaseFilters *self);
/** desk_case_filters_set_store: where the categories and volunteers come from. */
void       desk_case_filters_set_store (DeskCaseFilters *self,
                                        DeskStore       *store);
/**
 * desk_case_filters_get_query: sets the filter fields of @query (status,
 * category, volunteer, unassigned, overdue, date ranges) from the bar,
 * leaving its search and sort alone; FALSE with the validation error when
 * a date is wrong.
 */
gboolean   desk_case_filters_get_query (DeskCaseFilters *self,
                                        DeskCaseQuery   *query,
                                        GError         **error);
/** desk_case_filters_get_error: the sentence shown about a wrong date, or NULL. */
const char *desk_case_filters_get_error (DeskCaseFilters *self);
/** desk_case_filters_is_active: whether any filter narrows the list. */
gboolean   desk_case_filters_is_active (DeskCaseFilters *self);
/** desk_case_filters_clear: turns every filter off (one ::changed). */
void       desk_case_filters_clear     (DeskCaseFilters *self);

G_END_DECLS
