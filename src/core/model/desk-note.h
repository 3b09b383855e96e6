/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

#define DESK_TYPE_NOTE (desk_note_get_type ())
G_DECLARE_FINAL_TYPE (DeskNote, desk_note, DESK, NOTE, DeskRecord)

/** desk_note_new: an unsaved note; its time is when it is first saved. */
DeskNote *desk_note_new (void);
gint64 desk_note_get_case_id (DeskNote *self);
void desk_note_set_case_id (DeskNote *self, gint64 case_id);
const char *desk_note_get_author (DeskNote *self);
void desk_note_set_author (DeskNote *self, const char *author);
const char *desk_note_get_body (DeskNote *self);
void desk_note_set_body (DeskNote *self, const char *body);

G_END_DECLS
