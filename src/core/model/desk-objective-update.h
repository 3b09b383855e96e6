/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

/* What one check-in records about one objective: its status afterwards and
 * a note.  Derived: the objective's description. */

#define DESK_TYPE_OBJECTIVE_UPDATE (desk_objective_update_get_type ())
G_DECLARE_FINAL_TYPE (DeskObjectiveUpdate, desk_objective_update, DESK, OBJECTIVE_UPDATE, DeskRecord)

/** desk_objective_update_new: an unsaved objective update. */
DeskObjectiveUpdate *desk_objective_update_new (void);
gint64 desk_objective_update_get_check_in_id (DeskObjectiveUpdate *self);
void desk_objective_update_set_check_in_id (DeskObjectiveUpdate *self, gint64 check_in_id);
gint64 desk_objective_update_get_objective_id (DeskObjectiveUpdate *self);
void desk_objective_update_set_objective_id (DeskObjectiveUpdate *self, gint64 objective_id);
DeskObjectiveStatus desk_objective_update_get_status (DeskObjectiveUpdate *self);
void desk_objective_update_set_status (DeskObjectiveUpdate *self, DeskObjectiveStatus status);
const char *desk_objective_update_get_note (DeskObjectiveUpdate *self);
void desk_objective_update_set_note (DeskObjectiveUpdate *self, const char *note);
const char *desk_objective_update_get_description (DeskObjectiveUpdate *self);

G_END_DECLS
