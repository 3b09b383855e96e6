/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store-mentorship.h"

G_BEGIN_DECLS

#define DESK_TYPE_PAIRING_CARD (desk_pairing_card_get_type ())
G_DECLARE_FINAL_TYPE (DeskPairingCard, desk_pairing_card, DESK, PAIRING_CARD, GtkWidget)

/*
 * A mentee on the matching board: name, tier and practice areas, and,
 * under a mentor, the pairing: a Strong / Good / Fair badge with the
 * score, its status (a proposal is a draft, drawn dashed), "Pinned",
 * "Stale", "Check-in overdue" and the matcher's sentence; in the Unmatched
 * column, why no mentor was found.  Its menu holds what can be done with
 * it; it can be dragged onto a mentor (its content is the mentee's id).
 */

/** desk_pairing_card_new: the card of @mentee, paired by @pairing (NULL: unmatched). */
GtkWidget   *desk_pairing_card_new         (DeskVolunteer   *mentee,
                                            DeskPairing     *pairing);
DeskVolunteer *desk_pairing_card_get_mentee  (DeskPairingCard *self);
/** desk_pairing_card_get_pairing: the pairing shown, or NULL in the Unmatched column. */
DeskPairing *desk_pairing_card_get_pairing (DeskPairingCard *self);
/** desk_pairing_card_set_reason: why the mentee has no mentor (Unmatched column). */
void         desk_pairing_card_set_reason  (DeskPairingCard *self,
                                            const char      *reason);
/** desk_pairing_card_set_flags: a proposal nobody answered in time; an active pairing whose check-in is late (since @overdue_since, NULL: not late). */
void         desk_pairing_card_set_flags   (DeskPairingCard *self,
                                            gboolean         stale,
                                            const char      *overdue_since);
/** desk_pairing_card_set_menu: the card's menu (the board's actions for it). */
void         desk_pairing_card_set_menu    (DeskPairingCard *self,
                                            GMenuModel      *menu);
/** desk_pairing_card_get_badge: "Strong 82", "Good 64", "Fair 41", or NULL without a pairing (tests). */
const char  *desk_pairing_card_get_badge   (DeskPairingCard *self);
/** desk_pairing_card_get_text: every line the card shows, joined with newlines (tests). */
char        *desk_pairing_card_get_text    (DeskPairingCard *self);
/** desk_pairing_strength: "Strong", "Good" or "Fair" for a score 0–100. */
const char  *desk_pairing_strength         (int              score);

G_END_DECLS
