/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DESK_TYPE_MATCHING_PREFERENCES (desk_matching_preferences_get_type ())
G_DECLARE_FINAL_TYPE (DeskMatchingPreferences, desk_matching_preferences, DESK, MATCHING_PREFERENCES, AdwPreferencesPage)

/*
 * The Matching page of the preferences: how much each part of the
 * compatibility score weighs, the floor, load spreading, the ideal
 * experience gap, when a proposal is stale, the training mentors need and
 * the program's shape, kept with GSettings (desk-matching-settings.h) as
 * they are changed; a combination the matcher refuses is said in words.
 */

/** desk_matching_preferences_get_problem: the sentence shown about the settings, or NULL when they are usable. */
const char *desk_matching_preferences_get_problem (DeskMatchingPreferences *self);

G_END_DECLS
