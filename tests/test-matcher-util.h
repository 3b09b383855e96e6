/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shortcuts the matcher tests share: profiles built in one line, and a
 * seeded random instance generator. */

#include "desk-match-profile.h"
#include "desk-matcher.h"

G_BEGIN_DECLS

/** test_mentor: an active mentor with @capacity places, senior tier, every goal and all training. */
DeskMatchProfile *test_mentor            (gint64            id,
                                          const char       *name,
                                          guint             capacity);
/** test_mentee: an active novice mentee. */
DeskMatchProfile *test_mentee            (gint64            id,
                                          const char       *name);
/** test_set_areas: replaces the practice areas of @profile with the NULL-terminated list. */
void              test_set_areas         (DeskMatchProfile *profile,
                                          ...) G_GNUC_NULL_TERMINATED;
/** test_add_take: adds @profile to @problem and frees it. */
void              test_add_take          (DeskMatchProblem *problem,
                                          DeskMatchProfile *profile);
/** test_pairs_equal: asserts both results hold the same pairs with the same kinds and scores. */
void              test_assert_same_pairs (DeskMatchResult  *a,
                                          DeskMatchResult  *b);
/** test_random_profile: a plausible random volunteer, drawn from @rand. */
DeskMatchProfile *test_random_profile    (GRand            *rand,
                                          gint64            id,
                                          gboolean          mentor,
                                          guint             max_capacity);

G_END_DECLS
