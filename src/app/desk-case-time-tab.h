/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-case-tab.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASE_TIME_TAB (desk_case_time_tab_get_type ())
G_DECLARE_FINAL_TYPE (DeskCaseTimeTab, desk_case_time_tab, DESK, CASE_TIME_TAB, DeskCaseTab)

/*
 * The Time tab of a case: the hours logged, in 0.1 h steps, with totals
 * per volunteer, and a form that logs more (Enter, or tab.add).
 */

G_END_DECLS
