/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_CASE_MOVE_DIALOG (desk_case_move_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DeskCaseMoveDialog, desk_case_move_dialog, DESK, CASE_MOVE_DIALOG, AdwWindow)

/*
 * The small dialog of a workflow move (Open, Place, Close, Reject, Return
 * to Open, Reopen): it asks what the move needs — the volunteer to place
 * with; the closing code, outcome, amount and date; the rejection reason —
 * on a copy of the case with the move applied, and shows every problem
 * before it lets the move go ahead.  ::confirmed hands the moved copy to
 * the editor, which takes the move's fields and saves.
 * Actions: move.confirm (Enter), move.cancel (Escape).
 */

/** desk_case_move_dialog_new: the dialog of moving @kase (not changed) to @to, modal over @parent. */
DeskCaseMoveDialog *desk_case_move_dialog_new        (GtkWindow          *parent,
                                                      DeskStore          *store,
                                                      DeskCase           *kase,
                                                      DeskCaseStatus      to);
/** desk_case_move_dialog_get_case: the moved copy being edited. */
DeskCase           *desk_case_move_dialog_get_case   (DeskCaseMoveDialog *self);
/** desk_case_move_dialog_confirm: what the move's button does; FALSE (problems shown) when the move cannot be made yet. */
gboolean            desk_case_move_dialog_confirm    (DeskCaseMoveDialog *self);
/** desk_case_move_dialog_get_problem: the sentence shown about @property, or NULL (tests). */
const char         *desk_case_move_dialog_get_problem (DeskCaseMoveDialog *self,
                                                       const char         *property);

/** desk_case_move_label: the words of the move from @from to @to on a button ("_Close Case…"). */
const char         *desk_case_move_label             (DeskCaseStatus      from,
                                                      DeskCaseStatus      to);
/** desk_case_move_needs_dialog: whether the move asks something (placing, closing, rejecting). */
gboolean            desk_case_move_needs_dialog      (DeskCaseStatus      to);

G_END_DECLS
