/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * What the matcher knows of people: plain structs, no SQL and no GObject,
 * so the matcher can be tested and benchmarked on profiles built in memory.
 * The store builds them from volunteer records (desk-store-mentorship.c);
 * tests and benchmarks build them by hand.
 */

#include <glib.h>

#include "desk-enums.h"

G_BEGIN_DECLS

typedef struct
{
  char     *language;    /* as typed ("Spanish"); compared case- and accent-insensitively */
  gboolean  must_share;  /* a mentee who needs a mentor speaking it */
} DeskMatchLanguage;

/**
 * DeskMatchProfile:
 * @id: the volunteer's id
 * @name: "First Last", for sentences such as what-if reports
 * @active: an inactive volunteer is never proposed
 * @is_mentor: offers to mentor
 * @mentor_tier: DESK_TIER_SENIOR or DESK_TIER_INTERMEDIATE when @is_mentor
 * @capacity: how many mentees at once, in all (locked pairings use some)
 * @trainings: mentor training completed
 * @can_help_with: the mentee goals this mentor can help with
 * @wants_mentor: asks for a mentor
 * @mentee_tier: DESK_TIER_INTERMEDIATE or DESK_TIER_NOVICE when @wants_mentor
 * @goals: what the mentee wants to learn
 * @practice_areas: LSC problem categories and free tags, as stored
 * @languages: DeskMatchLanguage
 * @availability: weekly blocks, a DESK_AVAILABILITY_BIT() set
 * @county: where the volunteer works; "" when unknown
 * @remote_ok: willing to meet by video or phone across counties
 * @years_experience: years since bar admission; 0 for students, -1 unknown
 * @meeting_modes: ways the volunteer is willing to meet
 * @monthly_hours: hours a month the volunteer can give to mentoring
 * @never_pair: volunteer ids this person must never be paired with (gint64)
 *
 * One volunteer as the matcher sees them; a volunteer may be a mentor and a
 * mentee at once (tiered programs).
 */
typedef struct
{
  gint64             id;
  char              *name;
  gboolean           active;

  gboolean           is_mentor;
  DeskTier           mentor_tier;
  guint              capacity;
  DeskTraining       trainings;
  DeskMentoringGoal  can_help_with;

  gboolean           wants_mentor;
  DeskTier           mentee_tier;
  DeskMentoringGoal  goals;

  GStrv              practice_areas;
  GArray            *languages;
  guint32            availability;
  char              *county;
  gboolean           remote_ok;
  int                years_experience;
  DeskMeetingMode    meeting_modes;
  guint              monthly_hours;
  GArray            *never_pair;
} DeskMatchProfile;

/** desk_match_profile_new: an active volunteer with no roles, empty lists and unknown experience. */
DeskMatchProfile *desk_match_profile_new           (gint64            id,
                                                    const char       *name);
/** desk_match_profile_free: frees @profile and everything it holds. */
void              desk_match_profile_free          (DeskMatchProfile *profile);
/** desk_match_profile_add_language: adds a language the volunteer speaks. */
void              desk_match_profile_add_language  (DeskMatchProfile *profile,
                                                    const char       *language,
                                                    gboolean          must_share);
/** desk_match_profile_add_never_pair: records that @profile must never be paired with volunteer @other_id. */
void              desk_match_profile_add_never_pair (DeskMatchProfile *profile,
                                                     gint64            other_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskMatchProfile, desk_match_profile_free)

G_END_DECLS
