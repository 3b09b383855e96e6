/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

#define DESK_TYPE_PARTY (desk_party_get_type ())
G_DECLARE_FINAL_TYPE (DeskParty, desk_party, DESK, PARTY, DeskRecord)

/** desk_party_new: an unsaved adverse party. */
DeskParty     *desk_party_new         (void);
gint64         desk_party_get_case_id (DeskParty     *self);
void           desk_party_set_case_id (DeskParty     *self,
                                       gint64         case_id);
const char    *desk_party_get_name    (DeskParty     *self);
void           desk_party_set_name    (DeskParty     *self,
                                       const char    *name);
DeskPartyRole  desk_party_get_role    (DeskParty     *self);
void           desk_party_set_role    (DeskParty     *self,
                                       DeskPartyRole  role);
const char    *desk_party_get_notes   (DeskParty     *self);
void           desk_party_set_notes   (DeskParty     *self,
                                       const char    *notes);

G_END_DECLS
