/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-editor.h"
#include "desk-store-mentorship.h"

G_BEGIN_DECLS

#define DESK_TYPE_CHECK_IN_EDITOR (desk_check_in_editor_get_type ())
G_DECLARE_FINAL_TYPE (DeskCheckInEditor, desk_check_in_editor, DESK, CHECK_IN_EDITOR, DeskEditor)

/*
 * The editor of one check-in of a pairing (a DeskEditor): the date, held
 * or planned, notes, the mentor's and the mentee's ratings and the
 * pairing-fit answer, and what it found for each objective of the
 * pairing, saved with it in one transaction (desk_store_save_check_in()).
 */

/** desk_check_in_editor_open: shows the editor of @check_in of @pairing (NULL: a new one, held today). */
DeskCheckInEditor *desk_check_in_editor_open            (GtkWindow         *parent,
                                                         DeskStore         *store,
                                                         DeskPairing       *pairing,
                                                         DeskCheckIn       *check_in);
/** desk_check_in_editor_set_objective_status: what the check-in found for objective @objective_id, as a person chooses it (tests). */
gboolean           desk_check_in_editor_set_objective_status (DeskCheckInEditor *self,
                                                         gint64             objective_id,
                                                         DeskObjectiveStatus status);

G_END_DECLS
