/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

#define DESK_TYPE_VOLUNTEER (desk_volunteer_get_type ())
G_DECLARE_FINAL_TYPE (DeskVolunteer, desk_volunteer, DESK, VOLUNTEER, DeskRecord)

/** desk_volunteer_new: an unsaved volunteer attorney. */
DeskVolunteer *desk_volunteer_new (void);
const char *desk_volunteer_get_first_name (DeskVolunteer *self);
void desk_volunteer_set_first_name (DeskVolunteer *self, const char *first_name);
const char *desk_volunteer_get_last_name (DeskVolunteer *self);
void desk_volunteer_set_last_name (DeskVolunteer *self, const char *last_name);
const char *desk_volunteer_get_email (DeskVolunteer *self);
void desk_volunteer_set_email (DeskVolunteer *self, const char *email);
const char *desk_volunteer_get_phone (DeskVolunteer *self);
void desk_volunteer_set_phone (DeskVolunteer *self, const char *phone);
DeskVolunteerRole desk_volunteer_get_role (DeskVolunteer *self);
void desk_volunteer_set_role (DeskVolunteer *self, DeskVolunteerRole role);
gboolean desk_volunteer_get_is_mentor (DeskVolunteer *self);
void desk_volunteer_set_is_mentor (DeskVolunteer *self, gboolean is_mentor);
const char *desk_volunteer_get_bar_number (DeskVolunteer *self);
void desk_volunteer_set_bar_number (DeskVolunteer *self, const char *bar_number);
gint64 desk_volunteer_get_hourly_value_cents (DeskVolunteer *self);
void desk_volunteer_set_hourly_value_cents (DeskVolunteer *self, gint64 hourly_value_cents);
const char *desk_volunteer_get_practice_areas (DeskVolunteer *self);
void desk_volunteer_set_practice_areas (DeskVolunteer *self, const char *practice_areas);
int desk_volunteer_get_open_cases (DeskVolunteer *self);

/** desk_volunteer_get_full_name: "First Last" as people say it (free with g_free). */
char *desk_volunteer_get_full_name (DeskVolunteer *self);

G_END_DECLS
