/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * The cost matrices the solver works on, one per solve (one for a
 * one-to-one program, one per tier pair when tiered), so that anyone can
 * hand the same numbers to another solver (the benchmark gives them to
 * scipy.optimize.linear_sum_assignment).
 *
 * Rows are the free mentees (active, asking for a mentor, with no locked
 * pairing), by id.  Columns are the mentors' free places, by mentor id and
 * place: a mentor with capacity 3 and one locked mentee has two columns.
 * The entry for a mentee and a mentor's k-th free place is
 *
 *     (100 − score) + desk_match_settings_slot_penalty (settings, k)
 *
 * or DESK_MATCH_COST_FORBIDDEN when a rule excludes the pair or the score
 * is under the floor.  Places are counted from the first free one, so the
 * scores CSV (free places, scores, rules) and the settings are all another
 * solver needs to find the same optimum.  Each row may instead stay unmatched at
 * @unmatched_cost (100): the full matrix is this one with n_rows more
 * columns all equal to it.  The least total cost is the best assignment:
 * it maximizes the sum of scores minus the penalties for extra places.
 */

#include "desk-match-problem.h"
#include "desk-match-solver.h"

G_BEGIN_DECLS

/**
 * DeskMatchCostMatrix:
 * @mentor_tier: the mentors' tier in a tiered program, else DESK_TIER_NONE
 * @mentee_tier: the mentees' tier in a tiered program, else DESK_TIER_NONE
 * @n_rows: free mentees
 * @n_columns: free mentor places
 * @costs: @n_rows × @n_columns entries, row by row
 * @unmatched_cost: what leaving a row unmatched costs
 * @row_ids: the mentee of each row
 * @column_ids: the mentor of each column (a mentor's places are adjacent)
 */
typedef struct
{
  DeskTier  mentor_tier;
  DeskTier  mentee_tier;
  guint     n_rows;
  guint     n_columns;
  gint32   *costs;
  gint32    unmatched_cost;
  gint64   *row_ids;
  gint64   *column_ids;
} DeskMatchCostMatrix;

/** desk_match_cost_matrix_free: frees @matrix and its arrays. */
void       desk_match_cost_matrix_free     (DeskMatchCostMatrix *matrix);
/** desk_matcher_get_cost_matrices: the DeskMatchCostMatrix of each solve of @problem, in solving order (free with g_ptr_array_unref). */
GPtrArray *desk_matcher_get_cost_matrices  (DeskMatchProblem    *problem,
                                            GCancellable        *cancellable,
                                            GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskMatchCostMatrix, desk_match_cost_matrix_free)

G_END_DECLS
