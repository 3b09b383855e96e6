/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-editor.h"
#include "desk-funder.h"

G_BEGIN_DECLS

#define DESK_TYPE_FUNDER_EDITOR (desk_funder_editor_get_type ())
G_DECLARE_FINAL_TYPE (DeskFunderEditor, desk_funder_editor, DESK, FUNDER_EDITOR, DeskEditor)

/*
 * The editor of one funder (a DeskEditor): its name, the program officer
 * and how to reach them, and notes.  Its grants are edited in their own
 * editor (DeskGrantEditor).
 */

/** desk_funder_editor_open: shows the editor of @funder (NULL: a new one), one per funder. */
DeskFunderEditor *desk_funder_editor_open (GtkWindow  *parent,
                                           DeskStore  *store,
                                           DeskFunder *funder);

G_END_DECLS
