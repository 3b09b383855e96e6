/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-case-tab.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASE_GRANTS_TAB (desk_case_grants_tab_get_type ())
G_DECLARE_FINAL_TYPE (DeskCaseGrantsTab, desk_case_grants_tab, DESK, CASE_GRANTS_TAB, DeskCaseTab)

/*
 * The Grants tab of a case: the grants the case is attributed to (its own
 * grant first, the one its time is charged to unless an entry names
 * another), each detached with Undo; the grants whose restrictions the case
 * meets (desk_store_suggest_grants()), each attributed with one click and
 * offered in a toast after the case is saved; and a picker to attribute any
 * grant (tab.attribute).  A case outside a grant's restrictions is
 * attributed only with a reason, asked for in a question; the store keeps
 * it and audits it.
 */

/** desk_case_grants_tab_attribute: attributes the case to grant @grant_id, asking for a reason when it is outside the grant's restrictions. */
void        desk_case_grants_tab_attribute      (DeskCaseGrantsTab *self,
                                                 gint64             grant_id);
/** desk_case_grants_tab_get_attributed: the grants listed as the case's, their names joined with "|" (tests; free with g_free). */
char       *desk_case_grants_tab_get_attributed (DeskCaseGrantsTab *self);
/** desk_case_grants_tab_get_suggested: the grants suggested, their names joined with "|" (tests; free with g_free). */
char       *desk_case_grants_tab_get_suggested  (DeskCaseGrantsTab *self);

G_END_DECLS
