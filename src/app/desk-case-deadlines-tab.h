/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-case-tab.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASE_DEADLINES_TAB (desk_case_deadlines_tab_get_type ())
G_DECLARE_FINAL_TYPE (DeskCaseDeadlinesTab, desk_case_deadlines_tab, DESK, CASE_DEADLINES_TAB, DeskCaseTab)

/*
 * The Deadlines tab of a case: its deadlines, open ones first, each with a
 * Done box, and a form that adds one (Enter, or tab.add) or, after a row
 * was pressed, changes it (tab.cancel-edit goes back to adding).
 */

/** desk_case_deadlines_tab_edit: loads deadline @deadline into the form to change it. */
void desk_case_deadlines_tab_edit (DeskCaseDeadlinesTab *self,
                                   DeskDeadline         *deadline);

G_END_DECLS
