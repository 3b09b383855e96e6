/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

#define DESK_TYPE_TIME_ENTRY (desk_time_entry_get_type ())
G_DECLARE_FINAL_TYPE (DeskTimeEntry, desk_time_entry, DESK, TIME_ENTRY, DeskRecord)

/** desk_time_entry_new: an unsaved time entry for today; hours are kept in tenths. */
DeskTimeEntry *desk_time_entry_new (void);
gint64 desk_time_entry_get_case_id (DeskTimeEntry *self);
void desk_time_entry_set_case_id (DeskTimeEntry *self, gint64 case_id);
gint64 desk_time_entry_get_volunteer_id (DeskTimeEntry *self);
void desk_time_entry_set_volunteer_id (DeskTimeEntry *self, gint64 volunteer_id);
const char *desk_time_entry_get_worked_on (DeskTimeEntry *self);
void desk_time_entry_set_worked_on (DeskTimeEntry *self, const char *worked_on);
int desk_time_entry_get_tenths (DeskTimeEntry *self);
void desk_time_entry_set_tenths (DeskTimeEntry *self, int tenths);
const char *desk_time_entry_get_activity (DeskTimeEntry *self);
void desk_time_entry_set_activity (DeskTimeEntry *self, const char *activity);
const char *desk_time_entry_get_volunteer_name (DeskTimeEntry *self);
/** desk_time_entry_get_grant_id: the grant the hours are charged to; 0 until saved means the case's own grant (the store fills it in). */
gint64 desk_time_entry_get_grant_id (DeskTimeEntry *self);
void desk_time_entry_set_grant_id (DeskTimeEntry *self, gint64 grant_id);

G_END_DECLS
