/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * The matcher: proposes mentor–mentee pairings that maximize the total
 * compatibility over the whole program, exactly.
 *
 *  - Pairs a rule excludes (desk-match-exclusion.h) or scoring under the
 *    settings' floor are never proposed.
 *  - Locked pairings stay and use their mentors' places; their mentees are
 *    not re-assigned.
 *  - Each mentor takes at most their free places; a mentor's k-th free
 *    place costs desk_match_settings_slot_penalty (k) points, so load
 *    spreads when it costs little compatibility.
 *  - A tiered program is solved once per tier pair (seniors → intermediates,
 *    then intermediates → novices); a volunteer may be a mentee in one and a
 *    mentor in the other.  A one-to-one program ignores tiers.
 *  - The answer depends only on the input, not on its order: volunteers are
 *    taken by id and all arithmetic is in integers.
 *
 * Method: the scores fill an integer cost matrix (desk-match-cost.h) in one
 * pass, and desk_match_solve_assignment() solves it exactly.
 */

#include <gio/gio.h>

#include "desk-match-cost.h"
#include "desk-match-result.h"
#include "desk-progress.h"

G_BEGIN_DECLS

/**
 * DeskMatchProgress:
 * @done: units of work done (a mentee scored, a mentee assigned)
 * @total: units in all
 */
typedef DeskProgressFunc DeskMatchProgress;

/**
 * DeskMatchWhatIf:
 * @mentee_id: the mentee of the forced pair
 * @mentor_id: the mentor of the forced pair
 * @result: the best assignment with the pair forced
 * @score_change: its total score minus the base result's
 * @losses: DeskMatchChange for each other mentee who loses the mentor the
 *   base result gave them (@mentor_id 0: left without one)
 */
typedef struct
{
  gint64           mentee_id;
  gint64           mentor_id;
  DeskMatchResult *result;
  gint64           score_change;
  GArray          *losses;
} DeskMatchWhatIf;

/** desk_matcher_solve: the best assignment for @problem (which is copied first); @progress is called in this thread. */
DeskMatchResult *desk_matcher_solve                  (DeskMatchProblem     *problem,
                                                      DeskMatchProgress     progress,
                                                      gpointer              progress_data,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
/**
 * desk_matcher_solve_async: desk_matcher_solve() in a thread on a private
 * copy of @problem; @progress is called in the caller's thread-default
 * main context, before @callback, and @progress_data must live until then.
 */
void             desk_matcher_solve_async            (DeskMatchProblem     *problem,
                                                      DeskMatchProgress     progress,
                                                      gpointer              progress_data,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
/** desk_matcher_solve_finish: the result of desk_matcher_solve_async(); G_IO_ERROR_CANCELLED when cancelled. */
DeskMatchResult *desk_matcher_solve_finish           (GAsyncResult         *result,
                                                      GError              **error);
/**
 * desk_matcher_resolve_after_decline: @previous after the mentor declined
 * the proposal to the mentee: the pair becomes a DECLINED exclusion, every
 * other proposal is kept as it was, and only the declined mentee and the
 * mentees left unmatched (who may now take the freed place) are solved
 * again.
 */
DeskMatchResult *desk_matcher_resolve_after_decline  (DeskMatchResult      *previous,
                                                      gint64                mentee_id,
                                                      gint64                mentor_id,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
/**
 * desk_matcher_what_if: forces the pair (even under the floor) and solves
 * everything else again; DESK_ERROR_CONFLICT, with the reason, when a rule
 * excludes the pair.
 */
DeskMatchWhatIf *desk_matcher_what_if                (DeskMatchResult      *base,
                                                      gint64                mentee_id,
                                                      gint64                mentor_id,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
/** desk_match_what_if_free: frees @what_if and its result. */
void             desk_match_what_if_free             (DeskMatchWhatIf      *what_if);
/** desk_match_what_if_describe: the change in words: the score change and who loses whom (free with g_free). */
char            *desk_match_what_if_describe         (const DeskMatchWhatIf *what_if);
/**
 * desk_matcher_write_scores_csv: every mentee × mentor pair of @problem as
 * CSV, by mentee then mentor id: "mentee_id,mentor_id,mentor_free_slots,score,excluded_by";
 * @score is empty and @excluded_by the first rule's nick when a rule
 * excludes the pair.  The floor and the slot penalty are not applied (they
 * are in the settings), so another solver can check the matcher.
 */
gboolean         desk_matcher_write_scores_csv       (DeskMatchProblem     *problem,
                                                      GOutputStream        *stream,
                                                      GCancellable         *cancellable,
                                                      GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskMatchWhatIf, desk_match_what_if_free)

G_END_DECLS
