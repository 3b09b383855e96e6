/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-report-view.h"
#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_REPORTS_PAGE (desk_reports_page_get_type ())
G_DECLARE_FINAL_TYPE (DeskReportsPage, desk_reports_page, DESK, REPORTS_PAGE, GtkWidget)

/*
 * The Funders & Reports page, in two views: the report (DeskReportView:
 * whose work, which period, the figures, Export…) and the funders with
 * their grants under them (a tree in a column view).  It has the list
 * pages' actions: page.new opens a new grant (for the funder selected, if
 * any), page.edit the editor of the funder or grant selected (Enter, a
 * double click), page.archive archives it with Undo (Delete); and
 * reports.new-funder.  The lists follow the database by themselves.
 */

/** desk_reports_page_get_store: the database shown, or NULL. */
DeskStore      *desk_reports_page_get_store        (DeskReportsPage *self);
void            desk_reports_page_set_store        (DeskReportsPage *self,
                                                    DeskStore       *store);
/** desk_reports_page_get_report_view: the report half. */
DeskReportView *desk_reports_page_get_report_view  (DeskReportsPage *self);
/** desk_reports_page_get_funders_view: the list of funders and grants (tests). */
GtkColumnView  *desk_reports_page_get_funders_view (DeskReportsPage *self);
/** desk_reports_page_set_view: shows "report" or "funders". */
void            desk_reports_page_set_view         (DeskReportsPage *self,
                                                    const char      *name);
/** desk_reports_page_select: selects the funder or grant @record_type with @id in the list; FALSE when it is not listed. */
gboolean        desk_reports_page_select           (DeskReportsPage *self,
                                                    GType            record_type,
                                                    gint64           id);
/** desk_reports_page_get_selected: the funder or grant selected, or NULL. */
DeskRecord     *desk_reports_page_get_selected     (DeskReportsPage *self);
/** desk_reports_page_get_count_text: "2 funders, 3 grants". */
const char     *desk_reports_page_get_count_text   (DeskReportsPage *self);

G_END_DECLS
