/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-editor.h"
#include "desk-store-mentorship.h"

G_BEGIN_DECLS

#define DESK_TYPE_PAIRING_WINDOW (desk_pairing_window_get_type ())
G_DECLARE_FINAL_TYPE (DeskPairingWindow, desk_pairing_window, DESK, PAIRING_WINDOW, DeskEditor)

/*
 * One pairing (a DeskEditor over DeskPairing): where it is in its
 * lifecycle and the moves it can make (Accept, Start, Complete, End
 * Early…; proposals are declined on the matching board, where the mentee
 * is matched again), the matcher's score and sentence, the check-in
 * schedule with the next check-in (highlighted when late), the objectives
 * (added with Enter, each status changed in place), the check-ins (Log
 * Check-In…) and the cases the mentee handles under the mentor.
 */

/** desk_pairing_window_open: shows the window of @pairing, one per pairing. */
DeskPairingWindow *desk_pairing_window_open          (GtkWindow         *parent,
                                                      DeskStore         *store,
                                                      DeskPairing       *pairing);
/** desk_pairing_window_get_objectives: the objectives listed (tests). */
GListModel        *desk_pairing_window_get_objectives (DeskPairingWindow *self);
/** desk_pairing_window_get_check_ins: the check-ins listed (tests). */
GListModel        *desk_pairing_window_get_check_ins  (DeskPairingWindow *self);
/** desk_pairing_window_add_objective: adds an objective as Enter in the new-objective row does; FALSE with the problem shown when it cannot be saved. */
gboolean           desk_pairing_window_add_objective  (DeskPairingWindow *self,
                                                      const char        *description);
/** desk_pairing_window_get_next_check_in: what the window says of the next check-in (tests). */
const char        *desk_pairing_window_get_next_check_in (DeskPairingWindow *self);

G_END_DECLS
