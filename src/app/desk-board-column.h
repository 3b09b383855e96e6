/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-pairing-card.h"

G_BEGIN_DECLS

#define DESK_TYPE_BOARD_COLUMN (desk_board_column_get_type ())
G_DECLARE_FINAL_TYPE (DeskBoardColumn, desk_board_column, DESK, BOARD_COLUMN, GtkWidget)

/*
 * A column of the matching board: a mentor (name, tier, places used of
 * their capacity) with the cards of the mentees proposed to or paired
 * with them, or the Unmatched column.  A mentor's column takes a dropped
 * card and emits ::card-dropped with the mentee's id.
 */

/** desk_board_column_new: the column of @mentor, or the Unmatched column when NULL. */
GtkWidget *desk_board_column_new          (DeskVolunteer   *mentor);
/** desk_board_column_get_mentor: the column's mentor, NULL for Unmatched. */
DeskVolunteer *desk_board_column_get_mentor (DeskBoardColumn *self);
/** desk_board_column_add_card: puts @card at the end of the column. */
void       desk_board_column_add_card     (DeskBoardColumn *self,
                                           DeskPairingCard *card);
/** desk_board_column_set_places: @used of the mentor's @capacity places are taken (Unmatched: @used is how many wait). */
void       desk_board_column_set_places   (DeskBoardColumn *self,
                                           guint            used,
                                           guint            capacity);
/** desk_board_column_get_subtitle: what the header says under the name (tests). */
const char *desk_board_column_get_subtitle (DeskBoardColumn *self);
/** desk_board_column_get_n_cards: the cards in the column. */
guint      desk_board_column_get_n_cards  (DeskBoardColumn *self);
/** desk_board_column_get_card: the @index-th card, or NULL. */
DeskPairingCard *desk_board_column_get_card (DeskBoardColumn *self,
                                             guint            index);

G_END_DECLS
