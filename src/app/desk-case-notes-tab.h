/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-case-tab.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASE_NOTES_TAB (desk_case_notes_tab_get_type ())
G_DECLARE_FINAL_TYPE (DeskCaseNotesTab, desk_case_notes_tab, DESK, CASE_NOTES_TAB, DeskCaseTab)

/*
 * The Notes tab of a case: its timeline of notes, newest first, and a form
 * that adds one (Ctrl+Enter, or tab.add) signed with the staff name of
 * Preferences.  Notes are never changed once added.
 */

G_END_DECLS
