/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-matcher"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-error.h"
#include "desk-progress.h"
#include "desk-match-private.h"
#include "desk-matcher.h"

/* Progress over all solves: scoring a row and assigning it are one unit
 * each; reports are thinned to whole percents. */
typedef struct
{
  DeskMatchProgress progress;
  gpointer          progress_data;
  guint             done;
  guint             total;
  guint             percent;
} Progress;

static void
step_progress (guint    done,
               guint    total,
               gpointer user_data)
{
  Progress *state = user_data;
  guint now = state->done + 1;
  guint percent = (guint) ((guint64) now * 100 / MAX (state->total, 1));

  state->done = now;
  if (percent != state->percent || now == state->total)
    {
      state->percent = percent;
      state->progress (now, state->total, state->progress_data);
    }
}

/* Solves @problem with @extra pairs held fixed; the result keeps @problem. */
static DeskMatchResult *
solve (DeskMatchProblem      *problem,
       const DeskMatchFixed  *extra,
       guint                  n_extra,
       DeskMatchProgress      progress,
       gpointer               progress_data,
       GCancellable          *cancellable,
       GError               **error)
{
  g_autoptr(GPtrArray) problems = desk_problems_new ();
  g_autoptr(DeskMatchIndex) index = NULL;
  g_autoptr(DeskMatchResult) result = NULL;
  g_autofree int *mentor_of = NULL;
  Progress state = { progress, progress_data, 0, 0, G_MAXUINT };
  guint n_solves = _desk_match_n_solves (&problem->settings);

  if (!desk_match_settings_validate (&problem->settings, problems))
    {
      desk_problems_propagate (problems, error);
      return NULL;
    }

  index = _desk_match_index_new (problem, extra, n_extra, error);
  if (index == NULL)
    return NULL;

  mentor_of = g_new (int, MAX (index->n_entries, 1));
  for (guint i = 0; i < index->n_entries; i++)
    {
      mentor_of[i] = index->entries[i].fixed_mentor;
      for (guint solve = 0; solve < n_solves; solve++)
        {
          DeskTier mentor_tier, mentee_tier;

          _desk_match_solve_tiers (&problem->settings, solve, &mentor_tier, &mentee_tier);
          if (_desk_match_is_free_mentee (&index->entries[i], mentee_tier))
            state.total += 2;
        }
    }

  result = _desk_match_result_new (problem);

  for (guint solve = 0; solve < n_solves; solve++)
    {
      g_autoptr(DeskMatchCostMatrix) matrix = NULL;
      g_autofree int *columns = NULL;
      gint64 cost;

      matrix = _desk_match_cost_matrix_build (index, solve, progress != NULL ? step_progress : NULL, &state,
                                              cancellable, error);
      if (matrix == NULL)
        return NULL;

      columns = g_new (int, MAX (matrix->n_rows, 1));
      if (!desk_match_solve_assignment (matrix->costs, matrix->n_rows, matrix->n_columns, matrix->unmatched_cost,
                                        columns, &cost, progress != NULL ? step_progress : NULL, &state,
                                        cancellable, error))
        return NULL;

      result->cost += cost;
      for (guint r = 0; r < matrix->n_rows; r++)
        if (columns[r] >= 0)
          mentor_of[_desk_match_index_position (index, matrix->row_ids[r])] =
            _desk_match_index_position (index, matrix->column_ids[columns[r]]);
    }

  for (guint i = 0; i < index->n_entries; i++)
    {
      const DeskMatchEntry *entry = &index->entries[i];

      if (mentor_of[i] >= 0)
        {
          DeskMatchPair pair = {
            .mentee_id = entry->profile->id,
            .mentor_id = index->entries[mentor_of[i]].profile->id,
            .score = _desk_match_index_score (index, i, mentor_of[i], NULL),
            .kind = entry->fixed_mentor >= 0 ? entry->fixed_kind : DESK_MATCH_PAIR_PROPOSED,
            .explanation = _desk_match_index_explain (index, i, mentor_of[i]),
          };

          g_array_append_val (result->pairs, pair);
          result->total_score += pair.score;
        }
      else if (_desk_match_is_free_mentee (entry, DESK_TIER_NONE))
        g_array_append_val (result->unmatched, entry->profile->id);
    }

  /* Held pairs are not part of the problem, so such an index would not
   * describe it. */
  if (n_extra == 0)
    result->index = g_steal_pointer (&index);

  return g_steal_pointer (&result);
}

DeskMatchResult *
desk_matcher_solve (DeskMatchProblem   *problem,
                    DeskMatchProgress   progress,
                    gpointer            progress_data,
                    GCancellable       *cancellable,
                    GError            **error)
{
  g_autoptr(DeskMatchProblem) copy = NULL;

  g_return_val_if_fail (problem != NULL, NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  copy = desk_match_problem_copy (problem);
  return solve (copy, NULL, 0, progress, progress_data, cancellable, error);
}

typedef struct
{
  DeskMatchProblem  *problem;
  DeskProgressRelay *relay;
} SolveData;

static void
solve_data_free (gpointer data)
{
  SolveData *sd = data;

  desk_match_problem_unref (sd->problem);
  g_clear_pointer (&sd->relay, desk_progress_relay_free);
  g_free (sd);
}

static void
solve_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  SolveData *sd = task_data;
  GError *error = NULL;
  DeskMatchResult *result;

  result = solve (sd->problem, NULL, 0, sd->relay != NULL ? desk_progress_relay_report : NULL, sd->relay,
                  cancellable, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) desk_match_result_unref);
}

void
desk_matcher_solve_async (DeskMatchProblem    *problem,
                          DeskMatchProgress    progress,
                          gpointer             progress_data,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SolveData *sd;

  g_return_if_fail (problem != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  sd = g_new0 (SolveData, 1);
  sd->problem = desk_match_problem_copy (problem);
  sd->relay = desk_progress_relay_new (progress, progress_data);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, desk_matcher_solve_async);
  g_task_set_task_data (task, sd, solve_data_free);
  g_task_run_in_thread (task, solve_thread);
}

DeskMatchResult *
desk_matcher_solve_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == desk_matcher_solve_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Drops a forced pair of @mentee_id from @problem, if it has one. */
static void
unforce (DeskMatchProblem *problem,
         gint64            mentee_id)
{
  for (guint i = problem->fixed->len; i > 0; i--)
    {
      const DeskMatchFixed *fixed = &g_array_index (problem->fixed, DeskMatchFixed, i - 1);

      if (fixed->mentee_id == mentee_id && fixed->kind == DESK_MATCH_PAIR_FORCED)
        g_array_remove_index (problem->fixed, i - 1);
    }
}

DeskMatchResult *
desk_matcher_resolve_after_decline (DeskMatchResult  *previous,
                                    gint64            mentee_id,
                                    gint64            mentor_id,
                                    GCancellable     *cancellable,
                                    GError          **error)
{
  const DeskMatchPair *declined;
  g_autoptr(DeskMatchProblem) problem = NULL;
  g_autoptr(GArray) held = NULL;

  g_return_val_if_fail (previous != NULL, NULL);

  declined = desk_match_result_lookup (previous, mentee_id);
  if (declined == NULL || declined->mentor_id != mentor_id || declined->kind == DESK_MATCH_PAIR_LOCKED)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("Only a proposed pairing can be declined, and these two are not proposed to each other."));
      return NULL;
    }

  problem = desk_match_problem_copy (previous->problem);
  unforce (problem, mentee_id);
  desk_match_problem_add_exclusion (problem, mentee_id, mentor_id, DESK_MATCH_EXCLUSION_DECLINED);

  /* Every other proposal stays as it is. */
  held = g_array_new (FALSE, FALSE, sizeof (DeskMatchFixed));
  for (guint i = 0; i < previous->pairs->len; i++)
    {
      const DeskMatchPair *pair = &g_array_index (previous->pairs, DeskMatchPair, i);
      DeskMatchFixed fixed = { pair->mentee_id, pair->mentor_id, DESK_MATCH_PAIR_PROPOSED };

      if (pair->kind == DESK_MATCH_PAIR_PROPOSED && pair->mentee_id != mentee_id)
        g_array_append_val (held, fixed);
    }

  return solve (problem, (const DeskMatchFixed *) held->data, held->len, NULL, NULL, cancellable, error);
}

DeskMatchWhatIf *
desk_matcher_what_if (DeskMatchResult  *base,
                      gint64            mentee_id,
                      gint64            mentor_id,
                      GCancellable     *cancellable,
                      GError          **error)
{
  g_autoptr(DeskMatchProblem) problem = NULL;
  g_autoptr(DeskMatchIndex) index = NULL;
  g_autoptr(DeskMatchWhatIf) what_if = NULL;
  g_autoptr(GArray) changes = NULL;
  guint mentee, mentor;

  g_return_val_if_fail (base != NULL, NULL);

  problem = desk_match_problem_copy (base->problem);
  unforce (problem, mentee_id);

  index = _desk_match_index_for_pair (problem, mentee_id, mentor_id, &mentee, &mentor, error);
  if (index == NULL)
    return NULL;
  if (_desk_match_index_rules (index, mentee, mentor) != 0)
    {
      g_autofree char *why = _desk_match_index_why_not (index, mentee, mentor);

      g_set_error_literal (error, DESK_ERROR, DESK_ERROR_CONFLICT, why);
      return NULL;
    }

  _desk_match_problem_add_fixed (problem, mentee_id, mentor_id, DESK_MATCH_PAIR_FORCED);

  what_if = g_new0 (DeskMatchWhatIf, 1);
  what_if->mentee_id = mentee_id;
  what_if->mentor_id = mentor_id;
  what_if->result = solve (problem, NULL, 0, NULL, NULL, cancellable, error);
  if (what_if->result == NULL)
    return NULL;

  what_if->score_change = what_if->result->total_score - base->total_score;
  what_if->losses = g_array_new (FALSE, FALSE, sizeof (DeskMatchChange));
  changes = desk_match_result_diff (base, what_if->result);
  for (guint i = 0; i < changes->len; i++)
    {
      const DeskMatchChange *change = &g_array_index (changes, DeskMatchChange, i);

      if (change->previous_mentor_id != 0 && change->mentee_id != mentee_id)
        g_array_append_val (what_if->losses, *change);
    }

  return g_steal_pointer (&what_if);
}

void
desk_match_what_if_free (DeskMatchWhatIf *what_if)
{
  if (what_if == NULL)
    return;

  g_clear_pointer (&what_if->result, desk_match_result_unref);
  g_clear_pointer (&what_if->losses, g_array_unref);
  g_free (what_if);
}

static const char *
name_of (DeskMatchProblem *problem,
         gint64            id)
{
  const DeskMatchProfile *profile = desk_match_problem_lookup (problem, id);

  return profile != NULL && profile->name[0] != '\0' ? profile->name : _("a volunteer");
}

char *
desk_match_what_if_describe (const DeskMatchWhatIf *what_if)
{
  DeskMatchProblem *problem;
  GString *text;
  g_autofree char *change = NULL;
  g_autofree char *total = NULL;

  g_return_val_if_fail (what_if != NULL, NULL);

  problem = what_if->result->problem;
  change = g_strdup_printf ("%+" G_GINT64_FORMAT, what_if->score_change);
  total = g_strdup_printf ("%" G_GINT64_FORMAT, what_if->result->total_score);

  text = g_string_new (NULL);
  g_string_append_printf (text, _("Pairing %s with %s changes the total score by %s, to %s."),
                          name_of (problem, what_if->mentee_id), name_of (problem, what_if->mentor_id),
                          change, total);

  for (guint i = 0; i < what_if->losses->len; i++)
    {
      const DeskMatchChange *loss = &g_array_index (what_if->losses, DeskMatchChange, i);

      g_string_append_c (text, ' ');
      if (loss->mentor_id == 0)
        g_string_append_printf (text, _("%s loses %s and has no mentor."),
                                name_of (problem, loss->mentee_id), name_of (problem, loss->previous_mentor_id));
      else
        g_string_append_printf (text, _("%s loses %s and gets %s."),
                                name_of (problem, loss->mentee_id), name_of (problem, loss->previous_mentor_id),
                                name_of (problem, loss->mentor_id));
    }
  if (what_if->losses->len == 0)
    g_string_append_printf (text, " %s", _("Nobody else loses a mentor."));

  return g_string_free (text, FALSE);
}
