/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store-mentorship.h"

G_BEGIN_DECLS

/*
 * The one way a pairing moves along its lifecycle in the window, from the
 * matching board or the pairing's own window: the verb of each move
 * ("Accept", "Decline…"), the reason asked first when the move needs one,
 * desk_store_move_pairing(), and the error or a toast after.
 */

/** DeskPairingMovedFunc: called after @pairing moved (it holds the new status). */
typedef void (*DeskPairingMovedFunc) (DeskPairing *pairing,
                                      gpointer     user_data);

/** desk_pairing_move_label: the verb of moving to @to, with a mnemonic ("_Accept", "_Decline…"). */
const char *desk_pairing_move_label (DeskPairingStatus     to);
/**
 * desk_pairing_move: moves @pairing to @to, asking over @parent for the
 * reason first when @to needs one; @moved (may be NULL) runs after a move,
 * with @user_data, which must live until then (hold a reference).
 */
void        desk_pairing_move       (GtkWidget            *parent,
                                     DeskStore            *store,
                                     DeskPairing          *pairing,
                                     DeskPairingStatus     to,
                                     DeskPairingMovedFunc  moved,
                                     gpointer              user_data);

G_END_DECLS
