/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

/*
 * A meeting of a pairing.  held = FALSE is one planned for date and not
 * held yet.  Ratings (mentor's and mentee's) and fit, the answer to "how
 * well does this pairing fit?" asked after the first check-in, go from 1 to
 * 5, with 0 for no answer, and belong to held check-ins.
 */

#define DESK_TYPE_CHECK_IN (desk_check_in_get_type ())
G_DECLARE_FINAL_TYPE (DeskCheckIn, desk_check_in, DESK, CHECK_IN, DeskRecord)

/** desk_check_in_new: an unsaved check in. */
DeskCheckIn *desk_check_in_new (void);
gint64 desk_check_in_get_pairing_id (DeskCheckIn *self);
void desk_check_in_set_pairing_id (DeskCheckIn *self, gint64 pairing_id);
const char *desk_check_in_get_date (DeskCheckIn *self);
void desk_check_in_set_date (DeskCheckIn *self, const char *date);
gboolean desk_check_in_get_held (DeskCheckIn *self);
void desk_check_in_set_held (DeskCheckIn *self, gboolean held);
const char *desk_check_in_get_notes (DeskCheckIn *self);
void desk_check_in_set_notes (DeskCheckIn *self, const char *notes);
int desk_check_in_get_mentor_rating (DeskCheckIn *self);
void desk_check_in_set_mentor_rating (DeskCheckIn *self, int mentor_rating);
int desk_check_in_get_mentee_rating (DeskCheckIn *self);
void desk_check_in_set_mentee_rating (DeskCheckIn *self, int mentee_rating);
int desk_check_in_get_fit (DeskCheckIn *self);
void desk_check_in_set_fit (DeskCheckIn *self, int fit);

G_END_DECLS
