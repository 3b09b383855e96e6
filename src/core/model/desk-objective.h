/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

/* Something a mentee works on during a pairing; set at the start, edited as
 * it goes, its status moved by check-ins (DeskObjectiveUpdate). */

#define DESK_TYPE_OBJECTIVE (desk_objective_get_type ())
G_DECLARE_FINAL_TYPE (DeskObjective, desk_objective, DESK, OBJECTIVE, DeskRecord)

/** desk_objective_new: an unsaved objective. */
DeskObjective *desk_objective_new (void);
gint64 desk_objective_get_pairing_id (DeskObjective *self);
void desk_objective_set_pairing_id (DeskObjective *self, gint64 pairing_id);
const char *desk_objective_get_description (DeskObjective *self);
void desk_objective_set_description (DeskObjective *self, const char *description);
DeskObjectiveStatus desk_objective_get_status (DeskObjective *self);
void desk_objective_set_status (DeskObjective *self, DeskObjectiveStatus status);
const char *desk_objective_get_set_on (DeskObjective *self);
void desk_objective_set_set_on (DeskObjective *self, const char *set_on);

G_END_DECLS
