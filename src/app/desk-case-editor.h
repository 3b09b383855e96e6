/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-case-move-dialog.h"
#include "desk-case-tab.h"
#include "desk-editor.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASE_EDITOR (desk_case_editor_get_type ())
G_DECLARE_FINAL_TYPE (DeskCaseEditor, desk_case_editor, DESK, CASE_EDITOR, DeskEditor)

/*
 * The window of one case (a DeskEditor).  The Details tab edits the case
 * on the editor's form (saved with Save); the workflow moves are buttons
 * above the tabs, each an explicit action with its own small dialog
 * (DeskCaseMoveDialog) or question, saved when confirmed; the tabs Parties,
 * Deadlines, Notes, Time, Documents and Grants are DeskCaseTab widgets whose
 * entries are saved as they are added.
 *
 * Pages: "details", "parties", "deadlines", "notes", "time", "documents",
 * "grants".
 */

/**
 * desk_case_editor_open: shows the editor of @kase (NULL: a new case; a
 * case with no id: a new case filled in so far, e.g. its client) transient
 * for @parent; a case already open gets its window raised instead.
 */
DeskCaseEditor *desk_case_editor_open       (GtkWindow      *parent,
                                             DeskStore      *store,
                                             DeskCase       *kase);
/** desk_case_editor_find: the open editor of case @case_id in @store, or NULL. */
DeskCaseEditor *desk_case_editor_find       (DeskStore      *store,
                                             gint64          case_id);
/** desk_case_editor_get_case: the working copy (its id is 0 until first saved). */
DeskCase       *desk_case_editor_get_case   (DeskCaseEditor *self);
/** desk_case_editor_get_page: the visible tab's name. */
const char     *desk_case_editor_get_page   (DeskCaseEditor *self);
/** desk_case_editor_set_page: shows the tab called @name. */
void            desk_case_editor_set_page   (DeskCaseEditor *self,
                                             const char     *name);
/** desk_case_editor_get_tab: the tab called @name (tests). */
DeskCaseTab    *desk_case_editor_get_tab    (DeskCaseEditor *self,
                                             const char     *name);
/**
 * desk_case_editor_move: what a workflow button does: moves the case to
 * @to, through a DeskCaseMoveDialog (returned) when the move asks
 * something, a question for a reopening (NULL returned), or at once.
 */
DeskCaseMoveDialog *desk_case_editor_move   (DeskCaseEditor *self,
                                             DeskCaseStatus  to);
/** desk_case_editor_get_move_labels: the workflow buttons shown now, joined with "|" (tests; free with g_free). */
char           *desk_case_editor_get_move_labels (DeskCaseEditor *self);

G_END_DECLS
