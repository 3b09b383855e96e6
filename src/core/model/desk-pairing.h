/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

/*
 * A mentor and a mentee: proposed by the matcher or by hand, then
 * Accepted → Active → Completed, or Declined / Ended early with a reason
 * (desk-pairing-workflow.h; the store refuses other moves).  score and
 * explanation are the matcher's at proposal time; a pinned proposal stays
 * when the matcher runs again.  Derived: the two names, the last held
 * check-in, when the next is due (active pairings) and how many cases the
 * mentee handles under this mentor.
 */

#define DESK_TYPE_PAIRING (desk_pairing_get_type ())
G_DECLARE_FINAL_TYPE (DeskPairing, desk_pairing, DESK, PAIRING, DeskRecord)

/** desk_pairing_new: an unsaved pairing. */
DeskPairing *desk_pairing_new (void);
gint64 desk_pairing_get_mentor_id (DeskPairing *self);
void desk_pairing_set_mentor_id (DeskPairing *self, gint64 mentor_id);
gint64 desk_pairing_get_mentee_id (DeskPairing *self);
void desk_pairing_set_mentee_id (DeskPairing *self, gint64 mentee_id);
DeskPairingStatus desk_pairing_get_status (DeskPairing *self);
void desk_pairing_set_status (DeskPairing *self, DeskPairingStatus status);
const char *desk_pairing_get_proposed_on (DeskPairing *self);
void desk_pairing_set_proposed_on (DeskPairing *self, const char *proposed_on);
const char *desk_pairing_get_decided_on (DeskPairing *self);
void desk_pairing_set_decided_on (DeskPairing *self, const char *decided_on);
const char *desk_pairing_get_started_on (DeskPairing *self);
void desk_pairing_set_started_on (DeskPairing *self, const char *started_on);
const char *desk_pairing_get_ended_on (DeskPairing *self);
void desk_pairing_set_ended_on (DeskPairing *self, const char *ended_on);
int desk_pairing_get_score (DeskPairing *self);
void desk_pairing_set_score (DeskPairing *self, int score);
const char *desk_pairing_get_explanation (DeskPairing *self);
void desk_pairing_set_explanation (DeskPairing *self, const char *explanation);
gboolean desk_pairing_get_pinned (DeskPairing *self);
void desk_pairing_set_pinned (DeskPairing *self, gboolean pinned);
int desk_pairing_get_check_in_weeks (DeskPairing *self);
void desk_pairing_set_check_in_weeks (DeskPairing *self, int check_in_weeks);
const char *desk_pairing_get_end_reason (DeskPairing *self);
void desk_pairing_set_end_reason (DeskPairing *self, const char *end_reason);
const char *desk_pairing_get_mentor_name (DeskPairing *self);
const char *desk_pairing_get_mentee_name (DeskPairing *self);
const char *desk_pairing_get_last_check_in (DeskPairing *self);
const char *desk_pairing_get_next_check_in (DeskPairing *self);
int desk_pairing_get_n_cases (DeskPairing *self);
/** desk_pairing_is_live: proposed, accepted or active: the pairing still holds or may hold. */
gboolean desk_pairing_is_live (DeskPairing *self);
/** desk_pairing_is_stale: a proposal nobody answered within @days days of @today (YYYY-MM-DD). */
gboolean desk_pairing_is_stale (DeskPairing *self, const char *today, guint days);

G_END_DECLS
