/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "desk-enums.h"
#include "desk-record.h"

G_BEGIN_DECLS

#define DESK_TYPE_VOLUNTEER (desk_volunteer_get_type ())
G_DECLARE_FINAL_TYPE (DeskVolunteer, desk_volunteer, DESK, VOLUNTEER, DeskRecord)

/*
 * A volunteer and their mentoring profile.  languages, must-share-languages,
 * practice-areas and never-pair are readable comma-separated lists
 * ("English, Spanish", "Housing, eviction defense", "12, 40"); the store
 * copies them into child tables that queries join on, and the list
 * functions below read and change them as arrays.
 */

/* The oldest bar admission year a profile may give. */
#define DESK_VOLUNTEER_MIN_ADMISSION_YEAR 1940
/* The most hours a month a volunteer can offer, and mentees a mentor can take at once. */
#define DESK_VOLUNTEER_MAX_MONTHLY_HOURS  200
#define DESK_VOLUNTEER_MAX_CAPACITY       10

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
int desk_volunteer_get_admission_year (DeskVolunteer *self);
void desk_volunteer_set_admission_year (DeskVolunteer *self, int admission_year);
const char *desk_volunteer_get_county (DeskVolunteer *self);
void desk_volunteer_set_county (DeskVolunteer *self, const char *county);
gboolean desk_volunteer_get_remote_ok (DeskVolunteer *self);
void desk_volunteer_set_remote_ok (DeskVolunteer *self, gboolean remote_ok);
/** desk_volunteer_get_availability: the weekly blocks the volunteer is free, a DESK_AVAILABILITY_BIT() set. */
guint32 desk_volunteer_get_availability (DeskVolunteer *self);
void desk_volunteer_set_availability (DeskVolunteer *self, guint32 availability);
int desk_volunteer_get_monthly_hours (DeskVolunteer *self);
void desk_volunteer_set_monthly_hours (DeskVolunteer *self, int monthly_hours);
DeskMeetingMode desk_volunteer_get_meeting_modes (DeskVolunteer *self);
void desk_volunteer_set_meeting_modes (DeskVolunteer *self, DeskMeetingMode meeting_modes);
const char *desk_volunteer_get_languages (DeskVolunteer *self);
void desk_volunteer_set_languages (DeskVolunteer *self, const char *languages);
const char *desk_volunteer_get_must_share_languages (DeskVolunteer *self);
void desk_volunteer_set_must_share_languages (DeskVolunteer *self, const char *languages);
gboolean desk_volunteer_get_active (DeskVolunteer *self);
void desk_volunteer_set_active (DeskVolunteer *self, gboolean active);

DeskTier desk_volunteer_get_mentor_tier (DeskVolunteer *self);
void desk_volunteer_set_mentor_tier (DeskVolunteer *self, DeskTier tier);
int desk_volunteer_get_mentor_capacity (DeskVolunteer *self);
void desk_volunteer_set_mentor_capacity (DeskVolunteer *self, int capacity);
DeskMentoringGoal desk_volunteer_get_can_help_with (DeskVolunteer *self);
void desk_volunteer_set_can_help_with (DeskVolunteer *self, DeskMentoringGoal goals);
/** desk_volunteer_get_training_date: when the volunteer completed @training (one flag), or NULL. */
const char *desk_volunteer_get_training_date (DeskVolunteer *self, DeskTraining training);
/** desk_volunteer_set_training_date: records when @training (one flag) was completed; NULL: not completed. */
void desk_volunteer_set_training_date (DeskVolunteer *self, DeskTraining training, const char *date);
/** desk_volunteer_get_trainings: the mentor trainings that have a completion date. */
DeskTraining desk_volunteer_get_trainings (DeskVolunteer *self);

gboolean desk_volunteer_get_wants_mentor (DeskVolunteer *self);
void desk_volunteer_set_wants_mentor (DeskVolunteer *self, gboolean wants_mentor);
DeskTier desk_volunteer_get_mentee_tier (DeskVolunteer *self);
void desk_volunteer_set_mentee_tier (DeskVolunteer *self, DeskTier tier);
DeskMentoringGoal desk_volunteer_get_mentee_goals (DeskVolunteer *self);
void desk_volunteer_set_mentee_goals (DeskVolunteer *self, DeskMentoringGoal goals);
const char *desk_volunteer_get_mentee_goals_text (DeskVolunteer *self);
void desk_volunteer_set_mentee_goals_text (DeskVolunteer *self, const char *text);
const char *desk_volunteer_get_never_pair (DeskVolunteer *self);
void desk_volunteer_set_never_pair (DeskVolunteer *self, const char *never_pair);

/** desk_volunteer_get_years_experience: whole years since bar admission as of today; 0 for a law student, -1 when not known. */
int desk_volunteer_get_years_experience (DeskVolunteer *self);

/** desk_volunteer_dup_practice_area_list: the practice areas (LSC categories and free tags) as an array. */
GStrv desk_volunteer_dup_practice_area_list (DeskVolunteer *self);
/** desk_volunteer_set_practice_area_list: replaces the practice areas. */
void desk_volunteer_set_practice_area_list (DeskVolunteer *self, const char * const *areas);
/** desk_volunteer_dup_language_list: the languages the volunteer speaks. */
GStrv desk_volunteer_dup_language_list (DeskVolunteer *self);
/** desk_volunteer_get_must_share: whether a mentor must speak @language with this mentee. */
gboolean desk_volunteer_get_must_share (DeskVolunteer *self, const char *language);
/** desk_volunteer_add_language: adds @language (or changes its must-share flag). */
void desk_volunteer_add_language (DeskVolunteer *self, const char *language, gboolean must_share);
/** desk_volunteer_remove_language: takes @language off the list. */
void desk_volunteer_remove_language (DeskVolunteer *self, const char *language);
/** desk_volunteer_dup_never_pair_ids: the ids of the never-pair list (GArray of gint64); unreadable entries are left out. */
GArray *desk_volunteer_dup_never_pair_ids (DeskVolunteer *self);
/** desk_volunteer_add_never_pair: puts volunteer @other_id on the never-pair list. */
void desk_volunteer_add_never_pair (DeskVolunteer *self, gint64 other_id);
/** desk_volunteer_remove_never_pair: takes volunteer @other_id off the never-pair list. */
void desk_volunteer_remove_never_pair (DeskVolunteer *self, gint64 other_id);

G_END_DECLS
