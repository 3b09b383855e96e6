/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The matcher's assignment: optimal against brute force, rules, locks,
 * floor and capacities kept, deterministic; declines, what-ifs, tiers,
 * circles, the async call and a larger instance. */
#include "config.h"

#include <string.h>

#include "desk-error.h"
#include "desk-match-circles.h"
#include "desk-match-score.h"
#include "test-matcher-util.h"

/* The solver alone */

static gint64 brute_best;

static void
brute_assign (const gint32 *costs,
              guint         n_rows,
              guint         n_columns,
              gint32        unassigned,
              guint         row,
              gboolean     *taken,
              gint64        sum)
{
  if (row == n_rows)
    {
      brute_best = MIN (brute_best, sum);
      return;
    }
  brute_assign (costs, n_rows, n_columns, unassigned, row + 1, taken, sum + unassigned);
  for (guint j = 0; j < n_columns; j++)
    {
      gint32 cost = costs[row * n_columns + j];

      if (taken[j] || cost == DESK_MATCH_COST_FORBIDDEN)
        continue;
      taken[j] = TRUE;
      brute_assign (costs, n_rows, n_columns, unassigned, row + 1, taken, sum + cost);
      taken[j] = FALSE;
    }
}

static void
test_solver_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260615);

  for (guint instance = 0; instance < 600; instance++)
    {
      guint n_rows = g_rand_int_range (rand, 0, 7);
      guint n_columns = g_rand_int_range (rand, 0, 6);
      gint32 unassigned = g_rand_int_range (rand, -10, 60);
      gint32 costs[6 * 5];
      int columns[6];
      gboolean taken[5] = { FALSE };
      gboolean used[5] = { FALSE };
      gint64 total, sum = 0;

      for (guint k = 0; k < n_rows * n_columns; k++)
        costs[k] = g_rand_int_range (rand, 0, 10) < 3 ? DESK_MATCH_COST_FORBIDDEN : g_rand_int_range (rand, -20, 80);

      g_assert_true (desk_match_solve_assignment (costs, n_rows, n_columns, unassigned, columns, &total,
                                                  NULL, NULL, NULL, NULL));
      brute_best = G_MAXINT64;
      brute_assign (costs, n_rows, n_columns, unassigned, 0, taken, 0);
      g_assert_cmpint (total, ==, brute_best);

      for (guint i = 0; i < n_rows; i++)
        {
          if (columns[i] < 0)
            {
              sum += unassigned;
              continue;
            }
          g_assert_cmpint (columns[i], <, (int) n_columns);
          g_assert_false (used[columns[i]]);
          g_assert_cmpint (costs[i * n_columns + columns[i]], !=, DESK_MATCH_COST_FORBIDDEN);
          used[columns[i]] = TRUE;
          sum += costs[i * n_columns + columns[i]];
        }
      g_assert_cmpint (sum, ==, total);
    }
}

/* Random programs */

typedef struct
{
  GPtrArray         *profiles;   /* DeskMatchProfile */
  GArray            *locks;      /* DeskMatchChange: mentee, mentor */
  GArray            *exclusions; /* DeskMatchExcludedPair */
  DeskMatchSettings  settings;
} Program;

static void
program_clear (Program *program)
{
  g_clear_pointer (&program->profiles, g_ptr_array_unref);
  g_clear_pointer (&program->locks, g_array_unref);
  g_clear_pointer (&program->exclusions, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Program, program_clear)

static void
shuffle (GRand  *rand,
         GArray *array)
{
  g_autofree char *tmp = g_malloc (g_array_get_element_size (array));
  guint size = g_array_get_element_size (array);

  for (guint i = array->len; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);

      memcpy (tmp, array->data + (i - 1) * size, size);
      memcpy (array->data + (i - 1) * size, array->data + j * size, size);
      memcpy (array->data + j * size, tmp, size);
    }
}

/* The program as a problem; with @rand, everything is given in another order. */
static DeskMatchProblem *
program_problem (const Program *program,
                 GRand         *rand)
{
  DeskMatchProblem *problem = desk_match_problem_new (&program->settings);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) locks = g_array_copy (program->locks);
  g_autoptr(GArray) exclusions = g_array_copy (program->exclusions);

  for (guint i = 0; i < program->profiles->len; i++)
    g_array_append_val (order, i);
  if (rand != NULL)
    {
      shuffle (rand, order);
      shuffle (rand, locks);
      shuffle (rand, exclusions);
    }

  for (guint i = 0; i < order->len; i++)
    {
      DeskMatchProfile *profile = g_ptr_array_index (program->profiles, g_array_index (order, guint, i));

      if (rand != NULL)
        shuffle (rand, profile->never_pair);
      desk_match_problem_add_profile (problem, profile);
    }
  for (guint i = 0; i < locks->len; i++)
    desk_match_problem_add_lock (problem, g_array_index (locks, DeskMatchChange, i).mentee_id,
                                 g_array_index (locks, DeskMatchChange, i).mentor_id);
  for (guint i = 0; i < exclusions->len; i++)
    {
      const DeskMatchExcludedPair *pair = &g_array_index (exclusions, DeskMatchExcludedPair, i);

      desk_match_problem_add_exclusion (problem, pair->mentee_id, pair->mentor_id, pair->rule);
    }
  return problem;
}

static void
random_program (Program *program,
                GRand   *rand,
                guint    n_mentees,
                guint    n_mentors,
                guint    max_capacity)
{
  g_autoptr(GPtrArray) mentees = g_ptr_array_new ();
  g_autoptr(GPtrArray) mentors = g_ptr_array_new ();

  program->profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_match_profile_free);
  program->locks = g_array_new (FALSE, FALSE, sizeof (DeskMatchChange));
  program->exclusions = g_array_new (FALSE, FALSE, sizeof (DeskMatchExcludedPair));

  desk_match_settings_init (&program->settings);
  program->settings.floor = g_rand_int_range (rand, 0, 61);
  program->settings.slot_penalty = g_rand_int_range (rand, 0, 6);
  program->settings.tiered = g_rand_int_range (rand, 0, 4) == 0;
  if (g_rand_int_range (rand, 0, 4) == 0)
    program->settings.required_training = DESK_TRAINING_COACHING;

  /* Ids spaced and shuffled, so order and id differ. */
  for (guint i = 0; i < n_mentees; i++)
    g_ptr_array_add (mentees, test_random_profile (rand, 1 + 3 * i + g_rand_int_range (rand, 0, 3), FALSE, 0));
  for (guint i = 0; i < n_mentors; i++)
    g_ptr_array_add (mentors, test_random_profile (rand, 100000 + 3 * i + g_rand_int_range (rand, 0, 3), TRUE, max_capacity));

  /* Sometimes a mentee also mentors (tiered programs have such people). */
  if (n_mentees > 0 && g_rand_int_range (rand, 0, 5) == 0)
    {
      DeskMatchProfile *both = g_ptr_array_index (mentees, 0);

      both->is_mentor = TRUE;
      both->mentor_tier = DESK_TIER_INTERMEDIATE;
      both->capacity = g_rand_int_range (rand, 1, max_capacity + 1);
      both->trainings = DESK_TRAINING_COACHING;
      both->can_help_with = g_rand_int_range (rand, 0, 256);
    }

  for (guint i = 0; i < mentees->len; i++)
    {
      DeskMatchProfile *mentee = g_ptr_array_index (mentees, i);

      for (guint j = 0; j < mentors->len; j++)
        {
          DeskMatchProfile *mentor = g_ptr_array_index (mentors, j);
          guint draw = g_rand_int_range (rand, 0, 100);

          if (draw < 5)
            {
              DeskMatchExcludedPair pair = { mentee->id, mentor->id, DESK_MATCH_EXCLUSION_DECLINED };
              g_array_append_val (program->exclusions, pair);
            }
          else if (draw < 10)
            {
              DeskMatchExcludedPair pair = { mentee->id, mentor->id, DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST };
              g_array_append_val (program->exclusions, pair);
            }
          else if (draw < 13)
            desk_match_profile_add_never_pair (g_rand_boolean (rand) ? mentee : mentor,
                                               g_rand_boolean (rand) ? mentor->id : mentee->id);
        }
      if (mentors->len > 0 && g_rand_int_range (rand, 0, 7) == 0)
        {
          DeskMatchProfile *mentor = g_ptr_array_index (mentors, g_rand_int_range (rand, 0, mentors->len));
          DeskMatchChange lock = { mentee->id, 0, mentor->id };

          g_array_append_val (program->locks, lock);
        }
    }

  for (guint i = 0; i < mentees->len; i++)
    g_ptr_array_add (program->profiles, g_ptr_array_index (mentees, i));
  for (guint i = 0; i < mentors->len; i++)
    g_ptr_array_add (program->profiles, g_ptr_array_index (mentors, i));
}

/* Free places of @mentor_id: capacity less locks. */
static guint
free_places (DeskMatchProblem *problem,
             const Program    *program,
             gint64            mentor_id)
{
  const DeskMatchProfile *mentor = desk_match_problem_lookup (problem, mentor_id);
  guint load = 0;

  for (guint i = 0; i < program->locks->len; i++)
    load += g_array_index (program->locks, DeskMatchChange, i).mentor_id == mentor_id;
  return mentor->capacity > load ? mentor->capacity - load : 0;
}

/* Checks every promise of a result; returns its objective: the scores of
 * the proposals less the penalties for the places they use. */
static gint64
assert_valid (DeskMatchProblem *problem,
              const Program    *program,
              DeskMatchResult  *result)
{
  const DeskMatchSettings *settings = desk_match_problem_get_settings (problem);
  g_autoptr(GHashTable) used = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) locked = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) unmatched = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));
  guint n_pairs, n_unmatched, n_locked = 0;
  const DeskMatchPair *pairs = desk_match_result_get_pairs (result, &n_pairs);
  const gint64 *unmatched_ids = desk_match_result_get_unmatched (result, &n_unmatched);
  gint64 total = 0, objective = 0;

  for (guint i = 0; i < program->locks->len; i++)
    g_hash_table_insert (locked, &g_array_index (program->locks, DeskMatchChange, i).mentee_id,
                         &g_array_index (program->locks, DeskMatchChange, i).mentor_id);
  for (guint i = 0; i < n_unmatched; i++)
    g_hash_table_add (unmatched, (gpointer) &unmatched_ids[i]);

  for (guint i = 0; i < n_pairs; i++)
    {
      const DeskMatchPair *pair = &pairs[i];
      gint64 *lock_mentor = g_hash_table_lookup (locked, &pair->mentee_id);
      DeskMatchScore score;
      guint rules, count;

      g_assert_true (i == 0 || pairs[i - 1].mentee_id < pair->mentee_id);
      g_assert_false (g_hash_table_contains (unmatched, &pair->mentee_id));
      g_assert_true (desk_match_result_check_pair (result, pair->mentee_id, pair->mentor_id, &rules, &score, NULL));
      g_assert_cmpuint (pair->score, ==, score.score);
      g_assert_nonnull (pair->explanation);
      total += pair->score;

      if (pair->kind == DESK_MATCH_PAIR_LOCKED)
        {
          g_assert_nonnull (lock_mentor);
          g_assert_cmpint (*lock_mentor, ==, pair->mentor_id);
          n_locked++;
          continue;
        }
      g_assert_cmpint (pair->kind, ==, DESK_MATCH_PAIR_PROPOSED);
      g_assert_null (lock_mentor);
      g_assert_cmpuint (rules, ==, 0);
      g_assert_cmpuint (pair->score, >=, settings->floor);

      count = GPOINTER_TO_UINT (g_hash_table_lookup (used, &pair->mentor_id)) + 1;
      g_hash_table_insert (used, (gpointer) &pair->mentor_id, GUINT_TO_POINTER (count));
      g_assert_cmpuint (count, <=, free_places (problem, program, pair->mentor_id));
      /* The count-th free place costs slot_penalty × (count − 1). */
      objective += pair->score - desk_match_settings_slot_penalty (settings, count);
    }
  g_assert_cmpuint (n_locked, ==, program->locks->len);
  g_assert_cmpint (total, ==, desk_match_result_get_total_score (result));

  for (guint i = 0; i < desk_match_problem_get_n_profiles (problem); i++)
    {
      const DeskMatchProfile *profile = desk_match_problem_get_profile (problem, i);
      gboolean free_mentee = profile->wants_mentor && profile->active && !g_hash_table_contains (locked, &profile->id);

      g_assert_cmpint (g_hash_table_contains (unmatched, &profile->id), ==,
                       free_mentee && desk_match_result_lookup (result, profile->id) == NULL);
    }

  return objective;
}

typedef struct
{
  guint   n_rows;
  guint   n_columns;
  int     value[8][6];
  guint   free[6];
  guint   used[6];
  guint   penalty;
  gint64  best;
} Brute;

static void
brute_search (Brute  *b,
              guint   row,
              gint64  sum)
{
  if (row == b->n_rows)
    {
      for (guint m = 0; m < b->n_columns; m++)
        sum -= (gint64) b->penalty * b->used[m] * ((gint64) b->used[m] - 1) / 2;
      b->best = MAX (b->best, sum);
      return;
    }

  brute_search (b, row + 1, sum);
  for (guint m = 0; m < b->n_columns; m++)
    if (b->value[row][m] >= 0 && b->used[m] < b->free[m])
      {
        b->used[m]++;
        brute_search (b, row + 1, sum + b->value[row][m]);
        b->used[m]--;
      }
}

/* The best objective by trying every assignment, from the public pair API only. */
static gint64
brute_force (DeskMatchProblem *problem,
             const Program    *program)
{
  const DeskMatchSettings *settings = desk_match_problem_get_settings (problem);
  Brute b = { 0 };
  gint64 rows[8], columns[6];

  for (guint i = 0; i < desk_match_problem_get_n_profiles (problem); i++)
    {
      const DeskMatchProfile *profile = desk_match_problem_get_profile (problem, i);

      if (profile->wants_mentor)
        rows[b.n_rows++] = profile->id;
      if (profile->is_mentor)
        columns[b.n_columns++] = profile->id;
    }
  for (guint m = 0; m < b.n_columns; m++)
    b.free[m] = free_places (problem, program, columns[m]);
  for (guint r = 0; r < b.n_rows; r++)
    for (guint m = 0; m < b.n_columns; m++)
      {
        DeskMatchScore score;
        guint rules;

        g_assert_true (desk_match_problem_check_pair (problem, rows[r], columns[m], &rules, &score, NULL));
        b.value[r][m] = rules == 0 && score.score >= settings->floor ? (int) score.score : -1;
      }
  b.penalty = settings->slot_penalty;
  b.best = G_MININT64;
  brute_search (&b, 0, 0);
  return b.best;
}

static guint
count_free_mentees (DeskMatchProblem *problem,
                    const Program    *program)
{
  guint n = 0;

  for (guint i = 0; i < desk_match_problem_get_n_profiles (problem); i++)
    {
      const DeskMatchProfile *profile = desk_match_problem_get_profile (problem, i);
      gboolean locked = FALSE;

      for (guint j = 0; j < program->locks->len; j++)
        locked |= g_array_index (program->locks, DeskMatchChange, j).mentee_id == profile->id;
      n += profile->wants_mentor && profile->active && !locked;
    }
  return n;
}

static void
test_optimal_brute_force (void)
{
  guint proposed = 0, tiered = 0;

  for (guint instance = 0; instance < 500; instance++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (instance);
      g_auto(Program) program = { 0 };
      g_autoptr(DeskMatchProblem) problem = NULL;
      g_autoptr(DeskMatchResult) result = NULL;
      g_autoptr(GError) error = NULL;
      gint64 objective, best;

      random_program (&program, rand, g_rand_int_range (rand, 1, 8), g_rand_int_range (rand, 1, 5), 3);
      problem = program_problem (&program, NULL);
      result = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
      g_assert_no_error (error);

      objective = assert_valid (problem, &program, result);
      best = brute_force (problem, &program);
      g_assert_cmpint (objective, ==, best);
      /* The solver's own figure agrees: each free mentee costs 100 less
       * what its proposal earns. */
      g_assert_cmpint (desk_match_result_get_cost (result), ==,
                       100 * (gint64) count_free_mentees (problem, &program) - objective);

      /* Any order of the same input gives the same answer. */
      for (guint again = 0; again < 2; again++)
        {
          g_autoptr(DeskMatchProblem) shuffled = program_problem (&program, rand);
          g_autoptr(DeskMatchResult) other = desk_matcher_solve (shuffled, NULL, NULL, NULL, &error);

          g_assert_no_error (error);
          test_assert_same_pairs (result, other);
        }

      proposed += desk_match_result_get_total_score (result) > 0;
      tiered += program.settings.tiered;
    }
  /* The instances exercise something. */
  g_assert_cmpuint (proposed, >, 200);
  g_assert_cmpuint (tiered, >, 30);
}

/* Declines */

static void
test_decline_frees_place (void)
{
  g_autoptr(DeskMatchProblem) problem = desk_match_problem_new (NULL);
  g_autoptr(DeskMatchResult) before = NULL;
  g_autoptr(DeskMatchResult) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  DeskMatchProfile *x = test_mentee (1, "Xena Diaz");
  DeskMatchProfile *y = test_mentee (2, "Yuri Tan");
  DeskMatchProfile *z = test_mentee (3, "Zoe Park");
  DeskMatchProfile *a = test_mentor (201, "Alma Reyes", 1);
  DeskMatchProfile *c = test_mentor (203, "Carl Moss", 1);

  /* Xena and Yuri both can only have Alma, Xena fits her better; Zoe has Carl. */
  test_set_areas (x, "Housing", NULL);
  test_set_areas (y, "Housing", "Family", NULL);
  test_set_areas (a, "Housing", NULL);
  desk_match_profile_add_never_pair (c, 1);
  desk_match_profile_add_never_pair (c, 2);
  desk_match_profile_add_never_pair (z, 201);
  test_add_take (problem, x);
  test_add_take (problem, y);
  test_add_take (problem, z);
  test_add_take (problem, a);
  test_add_take (problem, c);

  before = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_match_result_lookup (before, 1)->mentor_id, ==, 201);
  g_assert_null (desk_match_result_lookup (before, 2));
  g_assert_cmpint (desk_match_result_lookup (before, 3)->mentor_id, ==, 203);

  after = desk_matcher_resolve_after_decline (before, 1, 201, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (desk_match_result_lookup (after, 1));
  g_assert_cmpint (desk_match_result_lookup (after, 2)->mentor_id, ==, 201);
  g_assert_cmpint (desk_match_result_lookup (after, 3)->mentor_id, ==, 203);

  why = desk_match_result_why_not (after, 1, 201, &error);
  g_assert_cmpstr (why, ==, "The mentor declined this mentee before.");

  /* Only a proposal can be declined. */
  g_assert_null (desk_matcher_resolve_after_decline (after, 3, 201, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
}

static void
test_decline_moves_only_affected (void)
{
  guint moved_unmatched = 0;

  for (guint instance = 0; instance < 60; instance++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (1000 + instance);
      g_auto(Program) program = { 0 };
      g_autoptr(DeskMatchProblem) problem = NULL;
      g_autoptr(DeskMatchResult) before = NULL;
      g_autoptr(DeskMatchResult) after = NULL;
      g_autoptr(GArray) changes = NULL;
      g_autoptr(GError) error = NULL;
      const DeskMatchPair *pairs, *declined = NULL;
      guint n_pairs, n_unmatched, rules;
      const gint64 *unmatched;

      random_program (&program, rand, 14, 5, 3);
      program.settings.floor = 20;
      problem = program_problem (&program, NULL);
      before = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
      g_assert_no_error (error);

      pairs = desk_match_result_get_pairs (before, &n_pairs);
      for (guint i = 0; i < n_pairs && declined == NULL; i++)
        if (pairs[i].kind == DESK_MATCH_PAIR_PROPOSED)
          declined = &pairs[i];
      if (declined == NULL)
        continue;

      after = desk_matcher_resolve_after_decline (before, declined->mentee_id, declined->mentor_id, NULL, &error);
      g_assert_no_error (error);

      /* The new result keeps its promises on the problem with the decline. */
      {
        DeskMatchExcludedPair pair = { declined->mentee_id, declined->mentor_id, DESK_MATCH_EXCLUSION_DECLINED };

        g_array_append_val (program.exclusions, pair);
        assert_valid (desk_match_result_get_problem (after), &program, after);
      }
      g_assert_true (desk_match_problem_check_pair (desk_match_result_get_problem (after), declined->mentee_id,
                                                    declined->mentor_id, &rules, NULL, NULL));
      g_assert_true (rules & (1u << DESK_MATCH_EXCLUSION_DECLINED));

      /* Only the declined mentee and those left unmatched may move. */
      unmatched = desk_match_result_get_unmatched (before, &n_unmatched);
      changes = desk_match_result_diff (before, after);
      for (guint i = 0; i < changes->len; i++)
        {
          const DeskMatchChange *change = &g_array_index (changes, DeskMatchChange, i);
          gboolean was_unmatched = FALSE;

          for (guint j = 0; j < n_unmatched; j++)
            was_unmatched |= unmatched[j] == change->mentee_id;
          g_assert_true (change->mentee_id == declined->mentee_id || was_unmatched);
          g_assert_cmpint (change->mentor_id, !=, change->mentee_id == declined->mentee_id ? declined->mentor_id : -1);
          moved_unmatched += was_unmatched;
        }
      for (guint i = 0; i < n_pairs; i++)
        if (pairs[i].mentee_id != declined->mentee_id)
          {
            const DeskMatchPair *kept = desk_match_result_lookup (after, pairs[i].mentee_id);

            g_assert_nonnull (kept);
            g_assert_cmpint (kept->mentor_id, ==, pairs[i].mentor_id);
            g_assert_cmpint (kept->kind, ==, pairs[i].kind);
          }
    }
  /* The freed place did go to someone waiting, at least sometimes. */
  g_assert_cmpuint (moved_unmatched, >, 0);
}

/* What if */

static DeskMatchProblem *
two_by_two (void)
{
  DeskMatchProblem *problem = desk_match_problem_new (NULL);
  DeskMatchProfile *y = test_mentee (2, "Yuri Tan");

  /* Alike in everything: every allowed pair scores the same. */
  desk_match_profile_add_never_pair (y, 202);
  test_add_take (problem, test_mentee (1, "Xena Diaz"));
  test_add_take (problem, y);
  test_add_take (problem, test_mentor (201, "Alma Reyes", 1));
  test_add_take (problem, test_mentor (202, "Bea Stone", 1));
  return problem;
}

static void
test_what_if (void)
{
  g_autoptr(DeskMatchProblem) problem = two_by_two ();
  g_autoptr(DeskMatchResult) base = NULL;
  g_autoptr(DeskMatchWhatIf) what_if = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *described = NULL;
  const DeskMatchChange *loss;
  DeskMatchScore score;

  base = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_match_result_lookup (base, 1)->mentor_id, ==, 202);
  g_assert_cmpint (desk_match_result_lookup (base, 2)->mentor_id, ==, 201);

  /* Xena with Alma: Yuri loses Alma and cannot have Bea. */
  what_if = desk_matcher_what_if (base, 1, 201, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_match_result_lookup (what_if->result, 1)->mentor_id, ==, 201);
  g_assert_cmpint (desk_match_result_lookup (what_if->result, 1)->kind, ==, DESK_MATCH_PAIR_FORCED);
  g_assert_null (desk_match_result_lookup (what_if->result, 2));
  g_assert_cmpuint (what_if->losses->len, ==, 1);
  loss = &g_array_index (what_if->losses, DeskMatchChange, 0);
  g_assert_cmpint (loss->mentee_id, ==, 2);
  g_assert_cmpint (loss->previous_mentor_id, ==, 201);
  g_assert_cmpint (loss->mentor_id, ==, 0);

  g_assert_true (desk_match_problem_check_pair (problem, 2, 201, NULL, &score, NULL));
  g_assert_cmpint (what_if->score_change, ==, -(gint64) score.score);
  g_assert_cmpint (desk_match_result_get_total_score (what_if->result), ==,
                   desk_match_result_get_total_score (base) - score.score);

  described = desk_match_what_if_describe (what_if);
  g_assert_nonnull (strstr (described, "Pairing Xena Diaz with Alma Reyes changes the total score by -"));
  g_assert_nonnull (strstr (described, "Yuri Tan loses Alma Reyes and has no mentor."));

  /* A pair a rule excludes cannot be forced. */
  g_assert_null (desk_matcher_what_if (base, 2, 202, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "never to be paired"));
  g_clear_error (&error);

  /* Why not: the best assignment has other plans. */
  {
    g_autofree char *why = desk_match_result_why_not (base, 1, 201, &error);

    g_assert_no_error (error);
    g_assert_nonnull (strstr (why, "gives the mentee Bea Stone"));
    g_assert_null (desk_match_result_why_not (base, 1, 202, &error));
    g_assert_no_error (error);
  }
}

static void
test_what_if_chain (void)
{
  g_autoptr(DeskMatchProblem) problem = two_by_two ();
  g_autoptr(DeskMatchResult) base = desk_matcher_solve (problem, NULL, NULL, NULL, NULL);
  g_autoptr(DeskMatchWhatIf) first = desk_matcher_what_if (base, 1, 201, NULL, NULL);
  g_autoptr(DeskMatchWhatIf) back = NULL;
  g_autoptr(DeskMatchResult) declined = NULL;
  g_autoptr(GError) error = NULL;

  /* Forcing the same mentee elsewhere replaces the earlier force. */
  back = desk_matcher_what_if (first->result, 1, 202, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_match_result_lookup (back->result, 2)->mentor_id, ==, 201);
  g_assert_cmpint (back->score_change, ==, -first->score_change);
  g_assert_cmpuint (back->losses->len, ==, 0);

  /* A forced pair can be declined like a proposal. */
  declined = desk_matcher_resolve_after_decline (first->result, 1, 201, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_match_result_lookup (declined, 1)->mentor_id, ==, 202);
}

/* Tiers */

static DeskMatchProfile *
tiered_volunteer (gint64      id,
                  const char *name,
                  DeskTier    mentor_tier,
                  guint       capacity,
                  DeskTier    mentee_tier)
{
  DeskMatchProfile *profile = desk_match_profile_new (id, name);

  profile->is_mentor = mentor_tier != DESK_TIER_NONE;
  profile->mentor_tier = mentor_tier;
  profile->capacity = capacity;
  profile->can_help_with = DESK_GOAL_DRAFTING;
  profile->wants_mentor = mentee_tier != DESK_TIER_NONE;
  profile->mentee_tier = mentee_tier;
  profile->goals = DESK_GOAL_DRAFTING;
  return profile;
}

/* Sara and Sam (seniors), Ivy and Ian (intermediates, both sides), and
 * three novices: Nia, Ned and Noa. */
static DeskMatchProblem *
tiered_problem (void)
{
  DeskMatchProblem *problem;
  DeskMatchSettings settings;
  DeskMatchProfile *s1 = tiered_volunteer (301, "Sara Senior", DESK_TIER_SENIOR, 2, DESK_TIER_NONE);
  DeskMatchProfile *n1 = tiered_volunteer (321, "Nia Novice", DESK_TIER_NONE, 0, DESK_TIER_NOVICE);

  desk_match_settings_init (&settings);
  settings.floor = 0;
  settings.tiered = TRUE;
  problem = desk_match_problem_new (&settings);

  /* Sara and Nia have everything in common, but tiers keep them apart. */
  test_set_areas (s1, "Housing", NULL);
  test_set_areas (n1, "Housing", NULL);
  desk_match_profile_add_language (s1, "Spanish", FALSE);
  desk_match_profile_add_language (n1, "Spanish", FALSE);
  s1->availability = n1->availability = DESK_AVAILABILITY_BIT (2, 2);
  test_add_take (problem, s1);
  test_add_take (problem, n1);
  test_add_take (problem, tiered_volunteer (302, "Sam Senior", DESK_TIER_SENIOR, 1, DESK_TIER_NONE));
  test_add_take (problem, tiered_volunteer (311, "Ivy Middle", DESK_TIER_INTERMEDIATE, 2, DESK_TIER_INTERMEDIATE));
  test_add_take (problem, tiered_volunteer (312, "Ian Middle", DESK_TIER_INTERMEDIATE, 1, DESK_TIER_INTERMEDIATE));
  test_add_take (problem, tiered_volunteer (322, "Ned Novice", DESK_TIER_NONE, 0, DESK_TIER_NOVICE));
  test_add_take (problem, tiered_volunteer (323, "Noa Novice", DESK_TIER_NONE, 0, DESK_TIER_NOVICE));
  return problem;
}

static void
test_tiers (void)
{
  g_autoptr(DeskMatchProblem) problem = tiered_problem ();
  g_autoptr(DeskMatchResult) tiered = NULL;
  g_autoptr(DeskMatchResult) flat = NULL;
  g_autoptr(GPtrArray) matrices = NULL;
  g_autoptr(GError) error = NULL;
  DeskMatchSettings settings = *desk_match_problem_get_settings (problem);
  const DeskMatchPair *pairs;
  guint n_pairs, n_unmatched, as_mentee = 0, as_mentor = 0;

  tiered = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  pairs = desk_match_result_get_pairs (tiered, &n_pairs);
  g_assert_cmpuint (n_pairs, ==, 5);
  desk_match_result_get_unmatched (tiered, &n_unmatched);
  g_assert_cmpuint (n_unmatched, ==, 0);
  for (guint i = 0; i < n_pairs; i++)
    {
      const DeskMatchProfile *mentee = desk_match_problem_lookup (problem, pairs[i].mentee_id);
      const DeskMatchProfile *mentor = desk_match_problem_lookup (problem, pairs[i].mentor_id);

      g_assert_cmpint (mentor->mentor_tier + 1, ==, mentee->mentee_tier);
      as_mentee += pairs[i].mentee_id == 311;
      as_mentor += pairs[i].mentor_id == 311;
    }
  /* Ivy is a mentee in the first tier pair and a mentor in the second. */
  g_assert_cmpuint (as_mentee, ==, 1);
  g_assert_cmpuint (as_mentor, >=, 1);

  matrices = desk_matcher_get_cost_matrices (problem, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matrices->len, ==, 2);
  g_assert_cmpint (((DeskMatchCostMatrix *) matrices->pdata[0])->mentor_tier, ==, DESK_TIER_SENIOR);
  g_assert_cmpuint (((DeskMatchCostMatrix *) matrices->pdata[0])->n_rows, ==, 2);
  g_assert_cmpuint (((DeskMatchCostMatrix *) matrices->pdata[0])->n_columns, ==, 3);
  g_assert_cmpint (((DeskMatchCostMatrix *) matrices->pdata[1])->mentee_tier, ==, DESK_TIER_NOVICE);
  g_assert_cmpuint (((DeskMatchCostMatrix *) matrices->pdata[1])->n_rows, ==, 3);
  g_assert_cmpuint (((DeskMatchCostMatrix *) matrices->pdata[1])->n_columns, ==, 3);

  /* One-to-one ignores tiers, and Sara takes Nia. */
  settings.tiered = FALSE;
  desk_match_problem_set_settings (problem, &settings);
  flat = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (desk_match_result_lookup (flat, 321)->mentor_id, ==, 301);
}

/* One tier pair alone gives that tier pair's pairs of the whole tiered
 * solve, and keeps the other tier's locks. */
static void
test_keep_tier (void)
{
  g_autoptr(DeskMatchProblem) problem = tiered_problem ();
  g_autoptr(DeskMatchResult) all = NULL;
  g_autoptr(GError) error = NULL;
  const DeskTier tiers[] = { DESK_TIER_SENIOR, DESK_TIER_INTERMEDIATE };
  guint n_all, n_seen = 0;
  const DeskMatchPair *all_pairs;

  desk_match_problem_add_lock (problem, 323, 312);
  all = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  all_pairs = desk_match_result_get_pairs (all, &n_all);

  for (guint t = 0; t < G_N_ELEMENTS (tiers); t++)
    {
      g_autoptr(DeskMatchProblem) one = desk_match_problem_copy (problem);
      g_autoptr(DeskMatchResult) result = NULL;
      g_autoptr(GPtrArray) matrices = NULL;
      const DeskMatchPair *pairs;
      guint n_pairs, n_unmatched;

      desk_match_problem_keep_tier (one, tiers[t]);
      g_assert_true (desk_match_problem_get_settings (one)->tiered);
      matrices = desk_matcher_get_cost_matrices (one, NULL, &error);
      g_assert_cmpuint (((DeskMatchCostMatrix *) matrices->pdata[t])->n_rows, >, 0);
      g_assert_cmpuint (((DeskMatchCostMatrix *) matrices->pdata[1 - t])->n_rows, ==, 0);

      result = desk_matcher_solve (one, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      pairs = desk_match_result_get_pairs (result, &n_pairs);
      desk_match_result_get_unmatched (result, &n_unmatched);
      g_assert_cmpuint (n_unmatched, ==, 0);
      for (guint i = 0; i < n_pairs; i++)
        {
          const DeskMatchPair *same = desk_match_result_lookup (all, pairs[i].mentee_id);

          g_assert_nonnull (same);
          g_assert_cmpint (same->mentor_id, ==, pairs[i].mentor_id);
          g_assert_cmpint (same->kind, ==, pairs[i].kind);
          if (pairs[i].kind == DESK_MATCH_PAIR_PROPOSED)
            {
              g_assert_cmpint (desk_match_problem_lookup (problem, pairs[i].mentor_id)->mentor_tier, ==, tiers[t]);
              n_seen++;
            }
        }
      /* The lock stays in both runs. */
      g_assert_cmpint (desk_match_result_lookup (result, 323)->kind, ==, DESK_MATCH_PAIR_LOCKED);
    }

  /* Between them the two runs propose every pair the whole solve does. */
  for (guint i = 0; i < n_all; i++)
    n_seen -= all_pairs[i].kind == DESK_MATCH_PAIR_PROPOSED;
  g_assert_cmpuint (n_seen, ==, 0);
}

/* Why a mentee is left without a mentor */

static void
test_why_unmatched (void)
{
  g_autoptr(DeskMatchProblem) problem = desk_match_problem_new (NULL);
  g_autoptr(DeskMatchProblem) empty = desk_match_problem_new (NULL);
  g_autoptr(DeskMatchResult) result = NULL;
  g_autoptr(DeskMatchResult) nobody = NULL;
  g_autoptr(GError) error = NULL;
  DeskMatchProfile *needs_language = test_mentee (3, "Vo Thi");
  DeskMatchSettings settings;
  const DeskMatchPair *pair;
  gint64 left_out;
  char *why;

  test_add_take (problem, test_mentor (100, "Grace Okafor", 1));
  test_add_take (problem, test_mentee (1, "Luis Ortega"));
  test_add_take (problem, test_mentee (2, "Mai Nguyen"));
  desk_match_profile_add_language (needs_language, "Vietnamese", TRUE);
  test_add_take (problem, needs_language);

  result = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  pair = desk_match_result_lookup (result, 1) != NULL ? desk_match_result_lookup (result, 1) :
                                                        desk_match_result_lookup (result, 2);
  g_assert_nonnull (pair);
  left_out = pair->mentee_id == 1 ? 2 : 1;

  g_assert_null (desk_match_result_why_unmatched (result, pair->mentee_id, &error));
  g_assert_no_error (error);

  why = desk_match_result_why_unmatched (result, left_out, &error);
  g_assert_cmpstr (why, ==, "1 mentor fits, but the best assignment for everyone gives their places to other mentees.");
  g_free (why);

  why = desk_match_result_why_unmatched (result, 3, &error);
  g_assert_cmpstr (why, ==, "No mentor fits. For 1 of 1 mentor: The mentor does not speak a language the mentee needs.");
  g_free (why);

  g_assert_null (desk_match_result_why_unmatched (result, 999, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nobody reaches a floor of 100 here. */
  desk_match_settings_init (&settings);
  settings.floor = 100;
  desk_match_problem_set_settings (problem, &settings);
  g_clear_pointer (&result, desk_match_result_unref);
  result = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  why = desk_match_result_why_unmatched (result, 1, &error);
  g_assert_true (g_str_has_prefix (why, "Every mentor who fits scores under the lowest score the program proposes (100); "
                                        "the best scores "));
  g_free (why);

  test_add_take (empty, test_mentee (1, "Luis Ortega"));
  nobody = desk_matcher_solve (empty, NULL, NULL, NULL, &error);
  why = desk_match_result_why_unmatched (nobody, 1, &error);
  g_assert_cmpstr (why, ==, "The program has no mentors.");
  g_free (why);
}

/* Circles */

static void
test_circles (void)
{
  g_autoptr(DeskMatchProblem) problem = desk_match_problem_new (NULL);
  g_autoptr(DeskMatchCircles) circles = NULL;
  g_autoptr(GError) error = NULL;
  DeskMatchProfile *f1 = test_mentor (501, "Fay One", 1);
  DeskMatchProfile *f2 = test_mentor (502, "Gus Two", 1);
  const gint64 facilitators[] = { 502, 501 };
  const gint64 mentees[] = { 1, 2, 3, 4, 5, 6, 7 };
  const DeskMatchCircle *first, *second;

  /* Fay could lead Housing or Family, Gus only Housing.  Taking the most
   * popular area first (Housing for Fay) strands the Family mentees; the
   * search must find Fay on Family and Gus on Housing. */
  test_set_areas (f1, "Housing", "Family", NULL);
  test_set_areas (f2, "housing", NULL);
  test_add_take (problem, f1);
  test_add_take (problem, f2);
  for (gint64 id = 1; id <= 7; id++)
    {
      g_autofree char *name = g_strdup_printf ("Mentee %" G_GINT64_FORMAT, id);
      DeskMatchProfile *mentee = test_mentee (id, name);

      if (id <= 4)
        test_set_areas (mentee, "Housing", NULL);
      else
        test_set_areas (mentee, "Family", NULL);
      /* Mentee 7 may never be with Fay: no circle for them. */
      if (id == 7)
        desk_match_profile_add_never_pair (mentee, 501);
      test_add_take (problem, mentee);
    }

  circles = desk_matcher_form_circles (problem, facilitators, G_N_ELEMENTS (facilitators),
                                       mentees, G_N_ELEMENTS (mentees), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (circles->circles->len, ==, 2);
  first = g_ptr_array_index (circles->circles, 0);
  second = g_ptr_array_index (circles->circles, 1);
  g_assert_cmpint (first->facilitator_id, ==, 501);
  g_assert_cmpstr (first->practice_area, ==, "Family");
  g_assert_cmpuint (first->mentee_ids->len, ==, 2);
  g_assert_cmpint (g_array_index (first->mentee_ids, gint64, 0), ==, 5);
  g_assert_cmpint (g_array_index (first->mentee_ids, gint64, 1), ==, 6);
  g_assert_cmpint (second->facilitator_id, ==, 502);
  g_assert_cmpstr (second->practice_area, ==, "housing");
  g_assert_cmpuint (second->mentee_ids->len, ==, 4);
  g_assert_cmpuint (circles->unplaced->len, ==, 1);
  g_assert_cmpint (g_array_index (circles->unplaced, gint64, 0), ==, 7);

  /* Circle size caps membership. */
  g_clear_pointer (&circles, desk_match_circles_free);
  {
    DeskMatchSettings settings = *desk_match_problem_get_settings (problem);

    settings.circle_size = 3;
    desk_match_problem_set_settings (problem, &settings);
  }
  circles = desk_matcher_form_circles (problem, facilitators, 2, mentees, 7, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (circles->circles->len, ==, 2);
  g_assert_cmpuint (((DeskMatchCircle *) circles->circles->pdata[1])->mentee_ids->len, ==, 3);
  g_assert_cmpuint (circles->unplaced->len, ==, 2);

  /* A stranger is an error. */
  g_clear_pointer (&circles, desk_match_circles_free);
  {
    const gint64 stranger[] = { 999 };

    g_assert_null (desk_matcher_form_circles (problem, stranger, 1, mentees, 7, NULL, &error));
    g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
  }
}

/* Async */

typedef struct
{
  GMainLoop       *loop;
  DeskMatchResult *result;
  GError          *error;
  guint            reports;
  guint            last_done;
  guint            total;
  GCancellable    *cancel_on_report;
} AsyncRun;

static void
async_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  AsyncRun *run = user_data;

  g_assert_cmpuint (done, >, run->last_done);
  g_assert_cmpuint (done, <=, total);
  run->last_done = done;
  run->total = total;
  run->reports++;
  if (run->cancel_on_report != NULL)
    g_cancellable_cancel (run->cancel_on_report);
}

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncRun *run = user_data;

  g_assert_null (source);
  run->result = desk_matcher_solve_finish (result, &run->error);
  g_main_loop_quit (run->loop);
}

static DeskMatchProblem *
larger_problem (guint seed,
                guint n_mentees,
                guint n_mentors)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_auto(Program) program = { 0 };

  random_program (&program, rand, n_mentees, n_mentors, 4);
  program.settings.floor = 30;
  program.settings.tiered = FALSE;
  program.settings.required_training = DESK_TRAINING_NONE;
  return program_problem (&program, NULL);
}

static void
test_async_same_answer (void)
{
  g_autoptr(DeskMatchProblem) problem = larger_problem (5, 300, 60);
  g_autoptr(DeskMatchResult) sync = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  AsyncRun run = { loop };

  sync = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  desk_matcher_solve_async (problem, async_progress, &run, NULL, async_done, &run);
  /* The thread works on its own copy: changing the problem now is harmless. */
  desk_match_problem_add_lock (problem, 1, 100000);
  g_main_loop_run (loop);

  g_assert_no_error (run.error);
  g_assert_nonnull (run.result);
  test_assert_same_pairs (sync, run.result);
  g_assert_cmpuint (run.reports, >, 10);
  g_assert_cmpuint (run.reports, <=, 101);
  g_assert_cmpuint (run.last_done, ==, run.total);
  g_clear_pointer (&run.result, desk_match_result_unref);
}

static void
test_async_cancel (void)
{
  g_autoptr(DeskMatchProblem) problem = larger_problem (6, 300, 60);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncRun run = { loop };

  /* Cancelled while it runs: the first progress report cancels.  The
   * worker may have finished by the time the report arrives here; the
   * answer is still that it was cancelled. */
  run.cancel_on_report = cancellable;
  desk_matcher_solve_async (problem, async_progress, &run, cancellable, async_done, &run);
  g_main_loop_run (loop);
  g_assert_null (run.result);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&run.error);

  /* In the solving thread itself, the work stops at once. */
  g_cancellable_reset (cancellable);
  run = (AsyncRun) { loop, .cancel_on_report = cancellable };
  g_assert_null (desk_matcher_solve (problem, async_progress, &run, cancellable, &run.error));
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (run.reports, ==, 1);
  g_assert_cmpuint (run.last_done, <, run.total);
  g_clear_error (&run.error);

  /* Cancelled before it starts, and the synchronous call too. */
  run = (AsyncRun) { loop };
  desk_matcher_solve_async (problem, NULL, NULL, cancellable, async_done, &run);
  g_main_loop_run (loop);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&run.error);
  g_assert_null (desk_matcher_solve (problem, NULL, NULL, cancellable, &run.error));
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&run.error);
}

/* Scale */

static void
test_scale (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_auto(Program) program = { 0 };
  g_autoptr(DeskMatchProblem) problem = NULL;
  g_autoptr(DeskMatchResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start, objective;
  guint n_pairs, n_unmatched;

  random_program (&program, rand, 800, 200, 4);
  program.settings.floor = 30;
  program.settings.tiered = FALSE;
  program.settings.required_training = DESK_TRAINING_NONE;
  problem = program_problem (&program, NULL);

  start = g_get_monotonic_time ();
  result = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("800 × 200 scored and solved in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);

  objective = assert_valid (problem, &program, result);
  g_assert_cmpint (desk_match_result_get_cost (result), ==,
                   100 * (gint64) count_free_mentees (problem, &program) - objective);
  desk_match_result_get_pairs (result, &n_pairs);
  desk_match_result_get_unmatched (result, &n_unmatched);
  g_assert_cmpuint (n_pairs, >, 400);
  g_test_message ("%u pairs, %u unmatched, total score %" G_GINT64_FORMAT,
                  n_pairs, n_unmatched, desk_match_result_get_total_score (result));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/matcher/solver/brute-force", test_solver_brute_force);
  g_test_add_func ("/matcher/optimal/brute-force", test_optimal_brute_force);
  g_test_add_func ("/matcher/decline/frees-place", test_decline_frees_place);
  g_test_add_func ("/matcher/decline/moves-only-affected", test_decline_moves_only_affected);
  g_test_add_func ("/matcher/what-if/loss", test_what_if);
  g_test_add_func ("/matcher/what-if/chain", test_what_if_chain);
  g_test_add_func ("/matcher/tiers", test_tiers);
  g_test_add_func ("/matcher/tiers/keep-one", test_keep_tier);
  g_test_add_func ("/matcher/why-unmatched", test_why_unmatched);
  g_test_add_func ("/matcher/circles", test_circles);
  g_test_add_func ("/matcher/async/same-answer", test_async_same_answer);
  g_test_add_func ("/matcher/async/cancel", test_async_cancel);
  g_test_add_func ("/matcher/scale", test_scale);

  return g_test_run ();
}
