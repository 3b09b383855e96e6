/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the matcher answers: every pair it keeps or proposes, with its score
 * and a sentence saying why, and the mentees left without a mentor.  A
 * result also remembers the problem it solved, so it can answer "why not
 * these two?" and be re-solved after a decline or for a what-if. */

#include "desk-match-problem.h"

G_BEGIN_DECLS

typedef enum
{
  DESK_MATCH_PAIR_PROPOSED,
  DESK_MATCH_PAIR_LOCKED,
  DESK_MATCH_PAIR_FORCED,
} DeskMatchPairKind;

/**
 * DeskMatchPair:
 * @mentee_id: the mentee
 * @mentor_id: the mentor
 * @score: their compatibility, 0–100
 * @kind: PROPOSED by the matcher, LOCKED (an accepted, active or pinned
 *   pairing given as input) or FORCED (a person chose it in a what-if)
 * @explanation: the strongest reasons and any weak one, one sentence
 */
typedef struct
{
  gint64             mentee_id;
  gint64             mentor_id;
  guint              score;
  DeskMatchPairKind  kind;
  char              *explanation;
} DeskMatchPair;

/**
 * DeskMatchChange:
 * @mentee_id: a mentee whose mentor differs between two results
 * @previous_mentor_id: the mentor before, 0 when none
 * @mentor_id: the mentor after, 0 when none
 */
typedef struct
{
  gint64 mentee_id;
  gint64 previous_mentor_id;
  gint64 mentor_id;
} DeskMatchChange;

typedef struct _DeskMatchResult DeskMatchResult;

#define DESK_TYPE_MATCH_RESULT (desk_match_result_get_type ())

/** desk_match_result_get_type: the boxed type of DeskMatchResult (copied by reference). */
GType                desk_match_result_get_type        (void) G_GNUC_CONST;
/** desk_match_result_ref: adds a reference to @result. */
DeskMatchResult     *desk_match_result_ref             (DeskMatchResult *result);
/** desk_match_result_unref: drops a reference; the last frees the result. */
void                 desk_match_result_unref           (DeskMatchResult *result);
/** desk_match_result_get_problem: the problem that was solved (with a what-if's forced pair and a decline's exclusion in it). */
DeskMatchProblem    *desk_match_result_get_problem     (DeskMatchResult *result);
/** desk_match_result_get_pairs: every locked, forced and proposed pair, by mentee id; @n_pairs gets how many. */
const DeskMatchPair *desk_match_result_get_pairs       (DeskMatchResult *result,
                                                        guint           *n_pairs);
/** desk_match_result_lookup: the pair of @mentee_id, or NULL when the mentee has no mentor. */
const DeskMatchPair *desk_match_result_lookup          (DeskMatchResult *result,
                                                        gint64           mentee_id);
/** desk_match_result_get_unmatched: the active mentees asking for a mentor who got none, by id; @n_ids gets how many. */
const gint64        *desk_match_result_get_unmatched   (DeskMatchResult *result,
                                                        guint           *n_ids);
/** desk_match_result_get_total_score: the sum of the scores of every pair (locked and forced ones included). */
gint64               desk_match_result_get_total_score (DeskMatchResult *result);
/**
 * desk_match_result_get_cost: what the solver minimized: the sum, over the
 * cost matrices of desk_matcher_get_cost_matrices(), of the entries it chose
 * (including the cost of each mentee left unmatched).
 */
gint64               desk_match_result_get_cost        (DeskMatchResult *result);
/** desk_match_result_diff: a DeskMatchChange for each mentee whose mentor differs from @before to @after, by mentee id (free with g_array_unref). */
GArray              *desk_match_result_diff            (DeskMatchResult *before,
                                                        DeskMatchResult *after);
/**
 * desk_match_result_check_pair: desk_match_problem_check_pair() on the
 * result's problem, without rebuilding its index each time: for a board
 * that asks about many pairs.  Not thread-safe.
 */
gboolean             desk_match_result_check_pair      (DeskMatchResult *result,
                                                        gint64           mentee_id,
                                                        gint64           mentor_id,
                                                        guint           *rules,
                                                        DeskMatchScore  *score,
                                                        GError         **error);
/**
 * desk_match_result_why_not: why @mentee_id and @mentor_id are not paired:
 * the rules they break, a score under the floor, or what the assignment
 * does instead; NULL (and no error) when they are paired.
 */
char                *desk_match_result_why_not         (DeskMatchResult *result,
                                                        gint64           mentee_id,
                                                        gint64           mentor_id,
                                                        GError         **error);

/**
 * desk_match_result_why_unmatched: why @mentee_id got no mentor: how many
 * mentors fit but went to others, or that those who fit score under the
 * floor, and how many mentors each rule rules out; NULL (and no error)
 * when the mentee has a mentor.
 */
char                *desk_match_result_why_unmatched   (DeskMatchResult *result,
                                                        gint64           mentee_id,
                                                        GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskMatchResult, desk_match_result_unref)

G_END_DECLS
