/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-record.h"

G_BEGIN_DECLS

#define DESK_TYPE_FUNDER (desk_funder_get_type ())
G_DECLARE_FINAL_TYPE (DeskFunder, desk_funder, DESK, FUNDER, DeskRecord)

/** desk_funder_new: an unsaved funder (a foundation, a bar association, LSC…). */
DeskFunder *desk_funder_new         (void);
const char *desk_funder_get_name    (DeskFunder *self);
void        desk_funder_set_name    (DeskFunder *self,
                                     const char *name);
/** desk_funder_get_contact: the program officer and how to reach them, as typed. */
const char *desk_funder_get_contact (DeskFunder *self);
void        desk_funder_set_contact (DeskFunder *self,
                                     const char *contact);
const char *desk_funder_get_notes   (DeskFunder *self);
void        desk_funder_set_notes   (DeskFunder *self,
                                     const char *notes);

G_END_DECLS
