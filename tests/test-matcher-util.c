/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdarg.h>

#include "test-matcher-util.h"

DeskMatchProfile *
test_mentor (gint64      id,
             const char *name,
             guint       capacity)
{
  DeskMatchProfile *profile = desk_match_profile_new (id, name);

  profile->is_mentor = TRUE;
  profile->mentor_tier = DESK_TIER_SENIOR;
  profile->capacity = capacity;
  profile->trainings = DESK_TRAINING_COACHING | DESK_TRAINING_CULTURAL_COMPETENCE | DESK_TRAINING_LEGAL_ETHICS;
  profile->can_help_with = 0xff;
  return profile;
}

DeskMatchProfile *
test_mentee (gint64      id,
             const char *name)
{
  DeskMatchProfile *profile = desk_match_profile_new (id, name);

  profile->wants_mentor = TRUE;
  profile->mentee_tier = DESK_TIER_NOVICE;
  return profile;
}

void
test_set_areas (DeskMatchProfile *profile,
                ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *area;
  va_list args;

  va_start (args, profile);
  while ((area = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (builder, area);
  va_end (args);

  g_strfreev (profile->practice_areas);
  profile->practice_areas = g_strv_builder_end (builder);
}

void
test_add_take (DeskMatchProblem *problem,
               DeskMatchProfile *profile)
{
  desk_match_problem_add_profile (problem, profile);
  desk_match_profile_free (profile);
}

void
test_assert_same_pairs (DeskMatchResult *a,
                        DeskMatchResult *b)
{
  guint n_a, n_b, n_un_a, n_un_b;
  const DeskMatchPair *pairs_a = desk_match_result_get_pairs (a, &n_a);
  const DeskMatchPair *pairs_b = desk_match_result_get_pairs (b, &n_b);
  const gint64 *un_a = desk_match_result_get_unmatched (a, &n_un_a);
  const gint64 *un_b = desk_match_result_get_unmatched (b, &n_un_b);

  g_assert_cmpuint (n_a, ==, n_b);
  for (guint i = 0; i < n_a; i++)
    {
      g_assert_cmpint (pairs_a[i].mentee_id, ==, pairs_b[i].mentee_id);
      g_assert_cmpint (pairs_a[i].mentor_id, ==, pairs_b[i].mentor_id);
      g_assert_cmpuint (pairs_a[i].score, ==, pairs_b[i].score);
      g_assert_cmpint (pairs_a[i].kind, ==, pairs_b[i].kind);
      g_assert_cmpstr (pairs_a[i].explanation, ==, pairs_b[i].explanation);
    }
  g_assert_cmpuint (n_un_a, ==, n_un_b);
  for (guint i = 0; i < n_un_a; i++)
    g_assert_cmpint (un_a[i], ==, un_b[i]);
  g_assert_cmpint (desk_match_result_get_total_score (a), ==, desk_match_result_get_total_score (b));
  g_assert_cmpint (desk_match_result_get_cost (a), ==, desk_match_result_get_cost (b));
}

static const char *areas[] = { "Housing", "Family", "Consumer", "Immigration", "Public benefits", "Eviction defense" };
static const char *languages[] = { "English", "Spanish", "Vietnamese", "Chinese" };
static const char *counties[] = { "", "Travis", "Hays", "Williamson" };

DeskMatchProfile *
test_random_profile (GRand    *rand,
                     gint64    id,
                     gboolean  mentor,
                     guint     max_capacity)
{
  g_autofree char *name = g_strdup_printf ("Volunteer %" G_GINT64_FORMAT, id);
  DeskMatchProfile *profile = desk_match_profile_new (id, name);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  profile->active = g_rand_int_range (rand, 0, 12) != 0;
  if (mentor)
    {
      profile->is_mentor = TRUE;
      profile->mentor_tier = g_rand_boolean (rand) ? DESK_TIER_SENIOR : DESK_TIER_INTERMEDIATE;
      profile->capacity = g_rand_int_range (rand, 1, max_capacity + 1);
      profile->trainings = g_rand_int_range (rand, 0, 8);
      profile->can_help_with = g_rand_int_range (rand, 0, 256);
      profile->years_experience = g_rand_int_range (rand, -1, 35);
    }
  else
    {
      profile->wants_mentor = TRUE;
      profile->mentee_tier = g_rand_boolean (rand) ? DESK_TIER_INTERMEDIATE : DESK_TIER_NOVICE;
      profile->goals = g_rand_int_range (rand, 0, 256);
      profile->years_experience = g_rand_int_range (rand, -1, 6);
    }

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    if (g_rand_int_range (rand, 0, 3) == 0)
      g_strv_builder_add (builder, areas[i]);
  g_strfreev (profile->practice_areas);
  profile->practice_areas = g_strv_builder_end (builder);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (i == 0 ? g_rand_int_range (rand, 0, 10) != 0 : g_rand_int_range (rand, 0, 4) == 0)
      desk_match_profile_add_language (profile, languages[i], !mentor && i > 0 && g_rand_int_range (rand, 0, 4) == 0);

  profile->availability = g_rand_int (rand) & DESK_AVAILABILITY_ALL & g_rand_int (rand);
  g_free (profile->county);
  profile->county = g_strdup (counties[g_rand_int_range (rand, 0, G_N_ELEMENTS (counties))]);
  profile->remote_ok = g_rand_boolean (rand);
  profile->meeting_modes = g_rand_int_range (rand, 0, 8);
  profile->monthly_hours = g_rand_int_range (rand, 0, 12);

  return profile;
}
