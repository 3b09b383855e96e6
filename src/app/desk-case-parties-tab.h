/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-case-tab.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASE_PARTIES_TAB (desk_case_parties_tab_get_type ())
G_DECLARE_FINAL_TYPE (DeskCasePartiesTab, desk_case_parties_tab, DESK, CASE_PARTIES_TAB, DeskCaseTab)

/*
 * The Parties tab of a case: the adverse parties, and a form that adds one
 * (Enter, or tab.add) after a conflict check.  tab.remove-party archives
 * one with Undo.
 */

G_END_DECLS
