/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Everything the matcher is asked: the volunteers (DeskMatchProfile), the
 * pairings that must stay (accepted, active or pinned), the pairs the store
 * knows may never be proposed (declines, conflicts of interest) and the
 * program's settings.  The store's adapter fills one; tests and benchmarks
 * build one by hand.  The problem keeps its own copies of what it is given. */

#include <glib-object.h>

#include "desk-match-exclusion.h"
#include "desk-match-profile.h"
#include "desk-match-score.h"
#include "desk-match-settings.h"

G_BEGIN_DECLS

typedef struct _DeskMatchProblem DeskMatchProblem;

/**
 * DeskMatchExcludedPair:
 * @mentee_id: the mentee's volunteer id
 * @mentor_id: the mentor's volunteer id
 * @rule: why they may never be paired (DECLINED, CONFLICT_OF_INTEREST, …)
 */
typedef struct
{
  gint64             mentee_id;
  gint64             mentor_id;
  DeskMatchExclusion rule;
} DeskMatchExcludedPair;

#define DESK_TYPE_MATCH_PROBLEM (desk_match_problem_get_type ())

/** desk_match_problem_get_type: the boxed type of DeskMatchProblem (copied by reference). */
GType                    desk_match_problem_get_type       (void) G_GNUC_CONST;
/** desk_match_problem_new: an empty problem with @settings, or the defaults when @settings is NULL. */
DeskMatchProblem        *desk_match_problem_new            (const DeskMatchSettings *settings);
/** desk_match_problem_ref: adds a reference to @problem. */
DeskMatchProblem        *desk_match_problem_ref            (DeskMatchProblem        *problem);
/** desk_match_problem_unref: drops a reference; the last frees the problem and its copies. */
void                     desk_match_problem_unref          (DeskMatchProblem        *problem);
/** desk_match_problem_copy: a deep copy that shares nothing with @problem (e.g. for another thread). */
DeskMatchProblem        *desk_match_problem_copy           (const DeskMatchProblem  *problem);

/** desk_match_problem_add_profile: adds a copy of @profile; ids must be distinct. */
void                     desk_match_problem_add_profile    (DeskMatchProblem        *problem,
                                                            const DeskMatchProfile  *profile);
/** desk_match_problem_add_lock: an accepted, active or pinned pairing that stays; it uses one of the mentor's places. */
void                     desk_match_problem_add_lock       (DeskMatchProblem        *problem,
                                                            gint64                   mentee_id,
                                                            gint64                   mentor_id);
/** desk_match_problem_remove_lock: frees @mentee_id of its lock, so the solver places them again; FALSE when they had none. */
gboolean                 desk_match_problem_remove_lock    (DeskMatchProblem        *problem,
                                                            gint64                   mentee_id);
/** desk_match_problem_add_exclusion: the pair may never be proposed, because of @rule (ids not in the problem are ignored). */
void                     desk_match_problem_add_exclusion  (DeskMatchProblem        *problem,
                                                            gint64                   mentee_id,
                                                            gint64                   mentor_id,
                                                            DeskMatchExclusion       rule);
/** desk_match_problem_get_settings: the settings the problem is solved with. */
const DeskMatchSettings *desk_match_problem_get_settings   (const DeskMatchProblem  *problem);
/** desk_match_problem_set_settings: replaces the settings with a copy of @settings. */
void                     desk_match_problem_set_settings   (DeskMatchProblem        *problem,
                                                            const DeskMatchSettings *settings);
/** desk_match_problem_get_n_profiles: how many volunteers the problem holds. */
guint                    desk_match_problem_get_n_profiles (const DeskMatchProblem  *problem);
/** desk_match_problem_get_profile: the @index-th volunteer, in the order they were added. */
const DeskMatchProfile  *desk_match_problem_get_profile    (const DeskMatchProblem  *problem,
                                                            guint                    index);
/** desk_match_problem_lookup: the volunteer with @id, or NULL. */
const DeskMatchProfile  *desk_match_problem_lookup         (const DeskMatchProblem  *problem,
                                                            gint64                   id);

/**
 * desk_match_problem_keep_tier: makes @problem a tiered program solved for
 * one tier pair only, the one whose mentors are @mentor_tier (SENIOR:
 * seniors for intermediates; INTERMEDIATE: intermediates for novices):
 * the other mentors stop offering and the other mentees stop asking, and
 * every lock stays.
 */
void                     desk_match_problem_keep_tier      (DeskMatchProblem        *problem,
                                                            DeskTier                 mentor_tier);

/**
 * desk_match_problem_check_pair: every rule that keeps @mentee_id and
 * @mentor_id apart, as a set of bits 1 << DeskMatchExclusion in @rules (0:
 * none), and their score with its parts, whatever the rules (either may be
 * NULL); DESK_ERROR_NOT_FOUND when either is not in the problem.  Builds
 * the problem's index: to ask about many pairs, solve and ask the result.
 */
gboolean                 desk_match_problem_check_pair     (DeskMatchProblem        *problem,
                                                            gint64                   mentee_id,
                                                            gint64                   mentor_id,
                                                            guint                   *rules,
                                                            DeskMatchScore          *score,
                                                            GError                 **error);
/** desk_match_problem_explain_pair: the sentence a proposal of the pair would carry ("Shares Housing · both speak Spanish · …"). */
char                    *desk_match_problem_explain_pair   (DeskMatchProblem        *problem,
                                                            gint64                   mentee_id,
                                                            gint64                   mentor_id,
                                                            GError                 **error);
/**
 * desk_match_problem_why_not: why the pair can never be proposed: one
 * sentence per rule it breaks, or that its score is under the floor; NULL
 * (and no error) when nothing keeps them apart.
 */
char                    *desk_match_problem_why_not        (DeskMatchProblem        *problem,
                                                            gint64                   mentee_id,
                                                            gint64                   mentor_id,
                                                            GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskMatchProblem, desk_match_problem_unref)

G_END_DECLS
