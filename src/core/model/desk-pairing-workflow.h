/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-pairing.h"

G_BEGIN_DECLS

/*
 * The life of a pairing: Proposed → Accepted → Active → Completed; a
 * proposal may be Declined, an accepted or active pairing may end early.
 * Declined, Completed and Ended early are final.  The store makes every
 * move through desk_store_move_pairing() (desk-store-mentorship.h) and the
 * database refuses any other.
 */

/** desk_pairing_status_can_change: whether a pairing may move from @from to @to directly (staying put is allowed). */
gboolean                 desk_pairing_status_can_change (DeskPairingStatus  from,
                                                         DeskPairingStatus  to);
/** desk_pairing_next_statuses: the statuses @from may move to, @n_out of them. */
const DeskPairingStatus *desk_pairing_next_statuses     (DeskPairingStatus  from,
                                                         guint             *n_out);
/** desk_pairing_status_needs_reason: Declined and Ended early need a reason. */
gboolean                 desk_pairing_status_needs_reason (DeskPairingStatus status);
/**
 * desk_pairing_change_status: moves @pairing to @to on @date (YYYY-MM-DD;
 * NULL: today) if the lifecycle allows it, filling what the new status
 * needs: the date of the decision (accepting, declining), the start date
 * (starting), the end date (completing, ending early) and @reason, which
 * declining and ending early require.
 */
gboolean                 desk_pairing_change_status     (DeskPairing       *pairing,
                                                         DeskPairingStatus  to,
                                                         const char        *reason,
                                                         const char        *date,
                                                         GError           **error);

G_END_DECLS
