/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-editor.h"
#include "desk-grant.h"

G_BEGIN_DECLS

#define DESK_TYPE_GRANT_EDITOR (desk_grant_editor_get_type ())
G_DECLARE_FINAL_TYPE (DeskGrantEditor, desk_grant_editor, DESK, GRANT_EDITOR, DeskEditor)

/*
 * The editor of one grant (a DeskEditor): its funder, name and number, its
 * period, what a volunteer hour charged to it is worth (empty or 0: the
 * clinic's rate from the preferences), and its restrictions: the LSC
 * problem categories, the counties and the household income it serves.
 * It is saved with desk_store_save_grant(), which also checks the funder
 * and the categories against the database.
 */

/**
 * desk_grant_editor_open: shows the editor of @grant (NULL: a new one; a
 * grant with no id: a new one filled in so far, e.g. its funder), one per
 * grant.
 */
DeskGrantEditor *desk_grant_editor_open (GtkWindow *parent,
                                         DeskStore *store,
                                         DeskGrant *grant);

G_END_DECLS
