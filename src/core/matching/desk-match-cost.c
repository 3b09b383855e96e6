/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-match-cost"

#include "config.h"

#include "desk-match-cost.h"
#include "desk-match-private.h"

/* Every score is at most this, so every allowed entry is ≥ 0. */
#define TOP_SCORE 100

/* The tier pairs of a tiered program, solved in this order. */
static const DeskTier tier_pairs[][2] = {
  { DESK_TIER_SENIOR, DESK_TIER_INTERMEDIATE },
  { DESK_TIER_INTERMEDIATE, DESK_TIER_NOVICE },
};

guint
_desk_match_n_solves (const DeskMatchSettings *settings)
{
  return settings->tiered ? G_N_ELEMENTS (tier_pairs) : 1;
}

void
_desk_match_solve_tiers (const DeskMatchSettings *settings,
                         guint                    solve,
                         DeskTier                *mentor_tier,
                         DeskTier                *mentee_tier)
{
  *mentor_tier = settings->tiered ? tier_pairs[solve][0] : DESK_TIER_NONE;
  *mentee_tier = settings->tiered ? tier_pairs[solve][1] : DESK_TIER_NONE;
}

gboolean
_desk_match_is_free_mentee (const DeskMatchEntry *entry,
                            DeskTier              mentee_tier)
{
  const DeskMatchProfile *profile = entry->profile;

  return profile->wants_mentor && profile->active && entry->fixed_mentor < 0 &&
         (mentee_tier == DESK_TIER_NONE || profile->mentee_tier == mentee_tier);
}

/* A mentor's places less those of the pairs that stay (capacity is the
 * mentor's total); the first of them is place 1 for the slot penalty. */
guint
_desk_match_free_places (const DeskMatchEntry *entry)
{
  return entry->profile->capacity > entry->load ? entry->profile->capacity - entry->load : 0;
}

static gboolean
is_free_mentor (const DeskMatchEntry *entry,
                DeskTier              mentor_tier)
{
  const DeskMatchProfile *profile = entry->profile;

  return profile->is_mentor && profile->active && _desk_match_free_places (entry) > 0 &&
         (mentor_tier == DESK_TIER_NONE || profile->mentor_tier == mentor_tier);
}

void
desk_match_cost_matrix_free (DeskMatchCostMatrix *matrix)
{
  if (matrix == NULL)
    return;

  g_free (matrix->costs);
  g_free (matrix->row_ids);
  g_free (matrix->column_ids);
  g_free (matrix);
}

DeskMatchCostMatrix *
_desk_match_cost_matrix_build (const DeskMatchIndex     *index,
                               guint                     solve,
                               DeskMatchSolverProgress   progress,
                               gpointer                  progress_data,
                               GCancellable             *cancellable,
                               GError                  **error)
{
  const DeskMatchSettings *settings = index->settings;
  g_autoptr(DeskMatchCostMatrix) matrix = g_new0 (DeskMatchCostMatrix, 1);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) mentors = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (guint));
  guint column = 0;

  _desk_match_solve_tiers (settings, solve, &matrix->mentor_tier, &matrix->mentee_tier);
  matrix->unmatched_cost = TOP_SCORE;

  for (guint i = 0; i < index->n_entries; i++)
    if (_desk_match_is_free_mentee (&index->entries[i], matrix->mentee_tier))
      g_array_append_val (rows, i);

  for (guint i = 0; i < index->n_entries; i++)
    if (is_free_mentor (&index->entries[i], matrix->mentor_tier))
      {
        const DeskMatchEntry *entry = &index->entries[i];
        /* No mentor can use more places than there are mentees. */
        guint n_places = MIN (_desk_match_free_places (entry), rows->len);

        g_array_append_val (mentors, i);
        g_array_append_val (places, n_places);
        matrix->n_columns += n_places;
      }

  matrix->n_rows = rows->len;
  matrix->row_ids = g_new (gint64, MAX (matrix->n_rows, 1));
  matrix->column_ids = g_new (gint64, MAX (matrix->n_columns, 1));
  matrix->costs = g_new (gint32, MAX ((gsize) matrix->n_rows * matrix->n_columns, 1));

  for (guint r = 0; r < rows->len; r++)
    matrix->row_ids[r] = index->entries[g_array_index (rows, guint, r)].profile->id;
  for (guint m = 0; m < mentors->len; m++)
    for (guint k = 0; k < g_array_index (places, guint, m); k++)
      matrix->column_ids[column++] = index->entries[g_array_index (mentors, guint, m)].profile->id;

  for (guint r = 0; r < rows->len; r++)
    {
      guint mentee = g_array_index (rows, guint, r);
      gint32 *out = matrix->costs + (gsize) r * matrix->n_columns;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      for (guint m = 0; m < mentors->len; m++)
        {
          guint mentor = g_array_index (mentors, guint, m);
          guint n_places = g_array_index (places, guint, m);
          guint score = 0;
          gboolean allowed = _desk_match_index_rules (index, mentee, mentor) == 0;

          if (allowed)
            {
              score = _desk_match_index_score (index, mentee, mentor, NULL);
              allowed = score >= settings->floor;
            }
          for (guint k = 0; k < n_places; k++)
            out[k] = allowed ? (gint32) (TOP_SCORE - score + desk_match_settings_slot_penalty (settings, k + 1)) :
                               DESK_MATCH_COST_FORBIDDEN;
          out += n_places;
        }

      if (progress != NULL)
        progress (r + 1, rows->len, progress_data);
    }

  return g_steal_pointer (&matrix);
}

GPtrArray *
desk_matcher_get_cost_matrices (DeskMatchProblem  *problem,
                                GCancellable      *cancellable,
                                GError           **error)
{
  g_autoptr(DeskMatchIndex) index = NULL;
  g_autoptr(GPtrArray) matrices = NULL;

  g_return_val_if_fail (problem != NULL, NULL);

  index = _desk_match_index_new (problem, NULL, 0, error);
  if (index == NULL)
    return NULL;

  matrices = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_match_cost_matrix_free);
  for (guint solve = 0; solve < _desk_match_n_solves (&problem->settings); solve++)
    {
      DeskMatchCostMatrix *matrix = _desk_match_cost_matrix_build (index, solve, NULL, NULL, cancellable, error);

      if (matrix == NULL)
        return NULL;
      g_ptr_array_add (matrices, matrix);
    }
  return g_steal_pointer (&matrices);
}
