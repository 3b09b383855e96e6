/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The matcher's scores, explanations, rules, CSV and cost matrices on
 * hand-made profiles. */
#include "config.h"

#include <string.h>

#include "desk-error.h"
#include "desk-match-score.h"
#include "test-matcher-util.h"

#define MENTEE 1
#define MENTOR 2

/* A problem of one mentee and one mentor with nothing else in common,
 * after @adjust has set them up. */
typedef void (*Adjust) (DeskMatchProfile *mentee,
                        DeskMatchProfile *mentor);

static DeskMatchProblem *
pair_problem (Adjust                   adjust,
              const DeskMatchSettings *settings)
{
  DeskMatchProblem *problem = desk_match_problem_new (settings);
  g_autoptr(DeskMatchProfile) mentee = test_mentee (MENTEE, "Ana Ruiz");
  g_autoptr(DeskMatchProfile) mentor = test_mentor (MENTOR, "Ben Ortiz", 1);

  if (adjust != NULL)
    adjust (mentee, mentor);
  desk_match_problem_add_profile (problem, mentee);
  desk_match_problem_add_profile (problem, mentor);
  return problem;
}

static DeskMatchScore
score_of (Adjust adjust)
{
  g_autoptr(DeskMatchProblem) problem = pair_problem (adjust, NULL);
  g_autoptr(GError) error = NULL;
  DeskMatchScore score;

  g_assert_true (desk_match_problem_check_pair (problem, MENTEE, MENTOR, NULL, &score, &error));
  g_assert_no_error (error);
  return score;
}

static char *
explanation_of (Adjust adjust)
{
  g_autoptr(DeskMatchProblem) problem = pair_problem (adjust, NULL);
  g_autoptr(GError) error = NULL;
  char *text = desk_match_problem_explain_pair (problem, MENTEE, MENTOR, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

#define assert_part(score, component, value, is_known) \
  G_STMT_START { \
    g_assert_cmpuint ((score).parts[component], ==, (value)); \
    g_assert_cmpint (((score).known >> (component)) & 1, ==, (is_known)); \
  } G_STMT_END

/* Practice areas */

static void
areas_half (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  test_set_areas (mentee, "Housing", "Family", NULL);
  test_set_areas (mentor, "HOUSING ", "Consumer", NULL);
}

static void
areas_accents (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  test_set_areas (mentee, "Vivienda", "Eviction defense", "Familia", NULL);
  test_set_areas (mentor, "vivíenda", "EVICTION-DEFENSE", "Família", NULL);
}

static void
areas_none_wanted (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  test_set_areas (mentor, "Housing", NULL);
}

/* Goals */

static void
goals_half (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentee->goals = DESK_GOAL_DRAFTING | DESK_GOAL_NEGOTIATION | DESK_GOAL_FIRST_HEARING | DESK_GOAL_LEGAL_RESEARCH;
  mentor->can_help_with = DESK_GOAL_DRAFTING | DESK_GOAL_LEGAL_RESEARCH | DESK_GOAL_PROFESSIONAL_ETHICS;
}

static void
goals_none (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentee->goals = DESK_GOAL_NEGOTIATION;
  mentor->can_help_with = DESK_GOAL_DRAFTING;
}

/* Availability */

static void
one_block (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentee->availability = DESK_AVAILABILITY_BIT (1, 2) | DESK_AVAILABILITY_BIT (3, 0);
  mentor->availability = DESK_AVAILABILITY_BIT (1, 2) | DESK_AVAILABILITY_BIT (4, 0);
}

static void
four_blocks (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentee->availability = DESK_AVAILABILITY_ALL;
  mentor->availability = DESK_AVAILABILITY_BIT (0, 0) | DESK_AVAILABILITY_BIT (2, 1) |
                         DESK_AVAILABILITY_BIT (5, 0) | DESK_AVAILABILITY_BIT (6, 2);
}

static void
no_block (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentee->availability = DESK_AVAILABILITY_BIT (0, 0);
  mentor->availability = DESK_AVAILABILITY_BIT (0, 1);
}

/* Language */

static void
spanish_both (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  desk_match_profile_add_language (mentee, "Spanish", FALSE);
  desk_match_profile_add_language (mentor, "spanish", FALSE);
  desk_match_profile_add_language (mentor, "English", FALSE);
}

static void
languages_apart (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  desk_match_profile_add_language (mentee, "Vietnamese", FALSE);
  desk_match_profile_add_language (mentor, "English", FALSE);
}

/* Experience: the default ideal gap is 5–15 years. */

static int mentor_years;

static void
set_years (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentee->years_experience = 2;
  mentor->years_experience = mentor_years;
}

static guint
experience_part_for (int years)
{
  mentor_years = years;
  return score_of (set_years).parts[DESK_MATCH_COMPONENT_EXPERIENCE];
}

static void
test_score_experience (void)
{
  g_assert_cmpuint (experience_part_for (11), ==, 1000);  /* gap 9 */
  g_assert_cmpuint (experience_part_for (7), ==, 1000);   /* gap 5 */
  g_assert_cmpuint (experience_part_for (17), ==, 1000);  /* gap 15 */
  g_assert_cmpuint (experience_part_for (4), ==, 400);    /* gap 2 of 5 */
  g_assert_cmpuint (experience_part_for (2), ==, 0);      /* no gap */
  g_assert_cmpuint (experience_part_for (0), ==, 0);      /* less experienced */
  g_assert_cmpuint (experience_part_for (22), ==, 750);   /* 5 years above */
  g_assert_cmpuint (experience_part_for (60), ==, 300);   /* the lowest above */
  assert_part (score_of (NULL), DESK_MATCH_COMPONENT_EXPERIENCE, DESK_MATCH_PART_UNKNOWN, 0);
}

/* Location */

static void
same_county (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  g_free (mentee->county), mentee->county = g_strdup ("Travis");
  g_free (mentor->county), mentor->county = g_strdup ("travis ");
}

static void
remote_both (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  g_free (mentee->county), mentee->county = g_strdup ("Travis");
  g_free (mentor->county), mentor->county = g_strdup ("Hays");
  mentee->remote_ok = mentor->remote_ok = TRUE;
}

static void
remote_one (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  remote_both (mentee, mentor);
  mentor->remote_ok = FALSE;
}

/* Meeting */

static void
video_both (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentee->meeting_modes = DESK_MEETING_VIDEO | DESK_MEETING_IN_PERSON;
  mentor->meeting_modes = DESK_MEETING_VIDEO | DESK_MEETING_PHONE;
}

static void
modes_apart (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentee->meeting_modes = DESK_MEETING_IN_PERSON;
  mentor->meeting_modes = DESK_MEETING_PHONE;
}

static void
in_person_across_counties (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  remote_one (mentee, mentor);
  mentee->meeting_modes = mentor->meeting_modes = DESK_MEETING_IN_PERSON;
}

/* Hours */

static void
hours_short (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentee->monthly_hours = 8;
  mentor->monthly_hours = 2;
}

static void
hours_enough (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentee->monthly_hours = 4;
  mentor->monthly_hours = 6;
}

/* Each part on its own: who set what, and what the part must be. */
typedef struct
{
  const char         *path;
  Adjust              adjust;
  DeskMatchComponent  component;
  guint               part;
  gboolean            known;
} PartCase;

static const PartCase part_cases[] = {
  { "/matcher/score/practice-areas/areas-half", areas_half, DESK_MATCH_COMPONENT_PRACTICE_AREAS, 500, TRUE },
  { "/matcher/score/practice-areas/areas-accents", areas_accents, DESK_MATCH_COMPONENT_PRACTICE_AREAS, 1000, TRUE },
  { "/matcher/score/practice-areas/areas-none-wanted", areas_none_wanted, DESK_MATCH_COMPONENT_PRACTICE_AREAS, DESK_MATCH_PART_UNKNOWN, FALSE },
  { "/matcher/score/goals/goals-half", goals_half, DESK_MATCH_COMPONENT_GOALS, 500, TRUE },
  { "/matcher/score/goals/goals-none", goals_none, DESK_MATCH_COMPONENT_GOALS, 0, TRUE },
  { "/matcher/score/goals/unknown", NULL, DESK_MATCH_COMPONENT_GOALS, DESK_MATCH_PART_UNKNOWN, FALSE },
  { "/matcher/score/availability/one-block", one_block, DESK_MATCH_COMPONENT_AVAILABILITY, 333, TRUE },
  { "/matcher/score/availability/four-blocks", four_blocks, DESK_MATCH_COMPONENT_AVAILABILITY, 1000, TRUE },
  { "/matcher/score/availability/no-block", no_block, DESK_MATCH_COMPONENT_AVAILABILITY, 0, TRUE },
  { "/matcher/score/availability/unknown", NULL, DESK_MATCH_COMPONENT_AVAILABILITY, DESK_MATCH_PART_UNKNOWN, FALSE },
  { "/matcher/score/language/spanish-both", spanish_both, DESK_MATCH_COMPONENT_LANGUAGE, 1000, TRUE },
  { "/matcher/score/language/languages-apart", languages_apart, DESK_MATCH_COMPONENT_LANGUAGE, 0, TRUE },
  { "/matcher/score/language/unknown", NULL, DESK_MATCH_COMPONENT_LANGUAGE, DESK_MATCH_PART_UNKNOWN, FALSE },
  { "/matcher/score/location/same-county", same_county, DESK_MATCH_COMPONENT_LOCATION, 1000, TRUE },
  { "/matcher/score/location/remote-both", remote_both, DESK_MATCH_COMPONENT_LOCATION, 1000, TRUE },
  { "/matcher/score/location/remote-one", remote_one, DESK_MATCH_COMPONENT_LOCATION, 0, TRUE },
  { "/matcher/score/location/unknown", NULL, DESK_MATCH_COMPONENT_LOCATION, DESK_MATCH_PART_UNKNOWN, FALSE },
  { "/matcher/score/meeting/video-both", video_both, DESK_MATCH_COMPONENT_MEETING, 1000, TRUE },
  { "/matcher/score/meeting/modes-apart", modes_apart, DESK_MATCH_COMPONENT_MEETING, 0, TRUE },
  { "/matcher/score/meeting/in-person-across-counties", in_person_across_counties, DESK_MATCH_COMPONENT_MEETING, 500, TRUE },
  { "/matcher/score/meeting/unknown", NULL, DESK_MATCH_COMPONENT_MEETING, DESK_MATCH_PART_UNKNOWN, FALSE },
  { "/matcher/score/hours/hours-short", hours_short, DESK_MATCH_COMPONENT_HOURS, 250, TRUE },
  { "/matcher/score/hours/hours-enough", hours_enough, DESK_MATCH_COMPONENT_HOURS, 1000, TRUE },
  { "/matcher/score/hours/unknown", NULL, DESK_MATCH_COMPONENT_HOURS, DESK_MATCH_PART_UNKNOWN, FALSE },
};

static void
test_score_part (gconstpointer data)
{
  const PartCase *c = data;

  assert_part (score_of (c->adjust), c->component, c->part, c->known);
}

/* The whole score */

static void
everything_shared (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  test_set_areas (mentee, "Housing", "Family", NULL);
  test_set_areas (mentor, "Housing", "Family", "Consumer", NULL);
  mentee->goals = DESK_GOAL_DRAFTING | DESK_GOAL_NEGOTIATION;
  mentor->can_help_with = DESK_GOAL_DRAFTING | DESK_GOAL_NEGOTIATION;
  spanish_both (mentee, mentor);
  mentee->availability = mentor->availability = DESK_AVAILABILITY_BIT (1, 2);
  set_years (mentee, mentor);
  same_county (mentee, mentor);
  video_both (mentee, mentor);
  hours_enough (mentee, mentor);
}

static void
test_score_weighted_mean (void)
{
  DeskMatchScore score;
  DeskMatchSettings settings;
  guint64 total = 0, weights = 0;
  g_autoptr(DeskMatchProblem) problem = NULL;

  mentor_years = 11;
  score = score_of (everything_shared);
  /* One shared block of three is the only part not full. */
  g_assert_cmpuint (score.parts[DESK_MATCH_COMPONENT_AVAILABILITY], ==, 333);
  desk_match_settings_init (&settings);
  for (guint i = 0; i < DESK_MATCH_N_COMPONENTS; i++)
    {
      total += settings.weights[i] * score.parts[i];
      weights += settings.weights[i];
    }
  g_assert_cmpuint (score.score, ==, (total + 5 * weights) / (10 * weights));
  g_assert_cmpuint (score.score, ==, 90);

  /* Only language counts: the score is that part alone. */
  memset (settings.weights, 0, sizeof settings.weights);
  settings.weights[DESK_MATCH_COMPONENT_LANGUAGE] = 7;
  problem = pair_problem (languages_apart, &settings);
  g_assert_true (desk_match_problem_check_pair (problem, MENTEE, MENTOR, NULL, &score, NULL));
  g_assert_cmpuint (score.score, ==, 0);
  g_clear_pointer (&problem, desk_match_problem_unref);
  problem = pair_problem (spanish_both, &settings);
  g_assert_true (desk_match_problem_check_pair (problem, MENTEE, MENTOR, NULL, &score, NULL));
  g_assert_cmpuint (score.score, ==, 100);

  /* Nothing known: every part counts half. */
  score = score_of (NULL);
  g_assert_cmpuint (score.known, ==, 0);
  g_assert_cmpuint (score.score, ==, 50);
}

/* Explanations */

static void
test_explain_strong (void)
{
  g_autofree char *text = NULL;

  mentor_years = 11;
  text = explanation_of (everything_shared);
  /* Four reasons at most, the heaviest first (equal weights in the order
   * of the components); one shared block of three is neither strong nor
   * weak, and location, meeting and hours do not fit. */
  g_assert_cmpstr (text, ==, "Shares Housing and Family · can help with Drafting and Negotiation · "
                             "9 more years of experience (ideal) · both speak Spanish");
}

static void
spanish_evenings (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  spanish_both (mentee, mentor);
  mentee->availability = DESK_AVAILABILITY_BIT (1, 2) | DESK_AVAILABILITY_BIT (3, 2) | DESK_AVAILABILITY_BIT (5, 0);
  mentor->availability = mentee->availability | DESK_AVAILABILITY_BIT (6, 0);
  test_set_areas (mentee, "Housing", NULL);
  test_set_areas (mentor, "Immigration", NULL);
}

static void
test_explain_names (void)
{
  g_autofree char *text = explanation_of (spanish_evenings);

  g_assert_cmpstr (text, ==, "Both free Tuesday evenings, Thursday evenings and Saturday mornings · "
                             "both speak Spanish · no shared practice area");
}

static void
test_explain_weak (void)
{
  g_autofree char *text = NULL;

  text = explanation_of (no_block);
  g_assert_cmpstr (text, ==, "No shared availability");
  g_clear_pointer (&text, g_free);

  text = explanation_of (hours_short);
  g_assert_cmpstr (text, ==, "The mentor has 2 hours a month, the mentee wants 8");
  g_clear_pointer (&text, g_free);

  text = explanation_of (NULL);
  g_assert_cmpstr (text, ==, "Nothing stands out either way");
}

/* Rules and why-not */

typedef struct
{
  DeskMatchExclusion  rule;
  Adjust              adjust;
  const char         *said;   /* part of the why-not sentence */
} RuleCase;

static void
never_pair (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  desk_match_profile_add_never_pair (mentor, MENTEE);
}

static void
inactive (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentor->active = FALSE;
}

static void
not_a_mentor (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentor->is_mentor = FALSE;
}

static void
not_seeking (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentee->wants_mentor = FALSE;
}

static void
must_vietnamese (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  desk_match_profile_add_language (mentee, "English", FALSE);
  desk_match_profile_add_language (mentee, "Vietnamese", TRUE);
  desk_match_profile_add_language (mentor, "English", FALSE);
}

static void
untrained (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentor->trainings = DESK_TRAINING_LEGAL_ETHICS;
}

static void
full (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  mentor->capacity = 0;
}

static void
test_rules (void)
{
  const RuleCase cases[] = {
    { DESK_MATCH_EXCLUSION_NEVER_PAIR, never_pair, "never to be paired" },
    { DESK_MATCH_EXCLUSION_INACTIVE, inactive, "not active" },
    { DESK_MATCH_EXCLUSION_NOT_A_MENTOR, not_a_mentor, "has not offered to mentor" },
    { DESK_MATCH_EXCLUSION_NOT_SEEKING, not_seeking, "has not asked for a mentor" },
    { DESK_MATCH_EXCLUSION_LANGUAGE, must_vietnamese, "does not speak Vietnamese" },
    { DESK_MATCH_EXCLUSION_TRAINING, untrained, "Coaching" },
    { DESK_MATCH_EXCLUSION_AT_CAPACITY, full, "no free place" },
  };
  DeskMatchSettings settings;

  desk_match_settings_init (&settings);
  settings.required_training = DESK_TRAINING_COACHING | DESK_TRAINING_LEGAL_ETHICS;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DeskMatchProblem) problem = pair_problem (cases[i].adjust, &settings);
      g_autoptr(GError) error = NULL;
      g_autofree char *why = NULL;
      guint rules = 0;

      g_assert_true (desk_match_problem_check_pair (problem, MENTEE, MENTOR, &rules, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (rules, ==, 1u << cases[i].rule);
      g_assert_cmpint (desk_match_exclusion_first (rules), ==, cases[i].rule);
      why = desk_match_problem_why_not (problem, MENTEE, MENTOR, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %s", desk_match_exclusion_nick (cases[i].rule), why);
      g_assert_nonnull (strstr (why, cases[i].said));
    }
}

static void
test_rules_given (void)
{
  g_autoptr(DeskMatchProblem) problem = pair_problem (NULL, NULL);
  g_autofree char *why = NULL;
  guint rules = 0;

  g_assert_true (desk_match_problem_check_pair (problem, MENTEE, MENTOR, &rules, NULL, NULL));
  g_assert_cmpuint (rules, ==, 0);
  g_assert_null (desk_match_problem_why_not (problem, MENTEE, MENTOR, NULL));

  desk_match_problem_add_exclusion (problem, MENTEE, MENTOR, DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST);
  desk_match_problem_add_exclusion (problem, MENTEE, MENTOR, DESK_MATCH_EXCLUSION_DECLINED);
  /* An exclusion naming someone not in the problem is harmless. */
  desk_match_problem_add_exclusion (problem, 99, MENTOR, DESK_MATCH_EXCLUSION_DECLINED);
  g_assert_true (desk_match_problem_check_pair (problem, MENTEE, MENTOR, &rules, NULL, NULL));
  g_assert_cmpuint (rules, ==, (1u << DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST) | (1u << DESK_MATCH_EXCLUSION_DECLINED));
  g_assert_cmpint (desk_match_exclusion_first (rules), ==, DESK_MATCH_EXCLUSION_DECLINED);
  why = desk_match_problem_why_not (problem, MENTEE, MENTOR, NULL);
  g_assert_cmpstr (why, ==, "The mentor declined this mentee before. They are on opposite sides of a case.");
  g_assert_cmpstr (desk_match_exclusion_nick (DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST), ==, "conflict-of-interest");
}

static void
test_rules_same_person_tiers_locks (void)
{
  g_autoptr(DeskMatchProblem) problem = desk_match_problem_new (NULL);
  g_autoptr(DeskMatchProfile) both = test_mentor (10, "Cleo Park", 2);
  DeskMatchSettings settings;
  g_autofree char *why = NULL;
  guint rules;

  both->wants_mentor = TRUE;
  both->mentee_tier = DESK_TIER_INTERMEDIATE;
  desk_match_problem_add_profile (problem, both);
  test_add_take (problem, test_mentee (11, "Dan Cho"));
  test_add_take (problem, test_mentor (12, "Eva Lind", 1));

  g_assert_true (desk_match_problem_check_pair (problem, 10, 10, &rules, NULL, NULL));
  g_assert_cmpuint (rules, ==, 1u << DESK_MATCH_EXCLUSION_SAME_PERSON);

  /* A senior may mentor an intermediate, not a novice, when tiered. */
  settings = *desk_match_problem_get_settings (problem);
  settings.tiered = TRUE;
  desk_match_problem_set_settings (problem, &settings);
  g_assert_true (desk_match_problem_check_pair (problem, 10, 12, &rules, NULL, NULL));
  g_assert_cmpuint (rules, ==, 0);
  g_assert_true (desk_match_problem_check_pair (problem, 11, 12, &rules, NULL, NULL));
  g_assert_cmpuint (rules, ==, 1u << DESK_MATCH_EXCLUSION_WRONG_TIERS);
  settings.tiered = FALSE;
  desk_match_problem_set_settings (problem, &settings);
  g_assert_true (desk_match_problem_check_pair (problem, 11, 12, &rules, NULL, NULL));
  g_assert_cmpuint (rules, ==, 0);

  /* A lock fills Eva's one place and gives Dan a mentor. */
  desk_match_problem_add_lock (problem, 11, 12);
  g_assert_true (desk_match_problem_check_pair (problem, 10, 12, &rules, NULL, NULL));
  g_assert_cmpuint (rules, ==, 1u << DESK_MATCH_EXCLUSION_AT_CAPACITY);
  g_assert_true (desk_match_problem_check_pair (problem, 11, 10, &rules, NULL, NULL));
  g_assert_cmpuint (rules, ==, 1u << DESK_MATCH_EXCLUSION_HAS_MENTOR);
  why = desk_match_problem_why_not (problem, 11, 10, NULL);
  g_assert_cmpstr (why, ==, "The mentee already has an accepted or pinned mentor.");
}

static void
low_scores (DeskMatchProfile *mentee, DeskMatchProfile *mentor)
{
  no_block (mentee, mentor);
  modes_apart (mentee, mentor);
  languages_apart (mentee, mentor);
}

static void
test_why_not_floor (void)
{
  DeskMatchSettings settings;
  g_autoptr(DeskMatchProblem) problem = NULL;
  g_autofree char *why = NULL;
  DeskMatchScore score;

  desk_match_settings_init (&settings);
  settings.floor = 60;
  problem = pair_problem (low_scores, &settings);
  g_assert_true (desk_match_problem_check_pair (problem, MENTEE, MENTOR, NULL, &score, NULL));
  g_assert_cmpuint (score.score, <, 60);
  why = desk_match_problem_why_not (problem, MENTEE, MENTOR, NULL);
  g_assert_nonnull (why);
  g_assert_nonnull (strstr (why, "under the lowest score the program proposes (60)"));
}

static void
test_unknown_volunteer (void)
{
  g_autoptr(DeskMatchProblem) problem = pair_problem (NULL, NULL);
  g_autoptr(GError) error = NULL;
  DeskMatchScore score;

  g_assert_false (desk_match_problem_check_pair (problem, MENTEE, 404, NULL, &score, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "404"));
}

/* Settings */

static void
test_settings (void)
{
  DeskMatchSettings settings;
  g_autoptr(GPtrArray) problems = desk_problems_new ();

  desk_match_settings_init (&settings);
  g_assert_true (desk_match_settings_validate (&settings, problems));
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (settings.floor, ==, 30);
  g_assert_cmpint (settings.ideal_gap_min, ==, 5);
  g_assert_cmpint (settings.ideal_gap_max, ==, 15);
  g_assert_cmpuint (desk_match_settings_slot_penalty (&settings, 1), ==, 0);
  g_assert_cmpuint (desk_match_settings_slot_penalty (&settings, 3), ==, 2 * settings.slot_penalty);

  settings.weights[DESK_MATCH_COMPONENT_HOURS] = 101;
  settings.ideal_gap_min = 10;
  settings.ideal_gap_max = 8;
  settings.floor = 101;
  settings.slot_penalty = 99;
  settings.circle_size = 1;
  settings.required_training = 1 << 7;
  g_assert_false (desk_match_settings_validate (&settings, problems));
  g_assert_cmpuint (problems->len, ==, 6);
  g_assert_nonnull (desk_problems_find (problems, "weight-hours"));
  g_assert_nonnull (desk_problems_find (problems, "ideal-gap-max"));
  g_assert_nonnull (desk_problems_find (problems, "floor"));
  g_assert_nonnull (desk_problems_find (problems, "slot-penalty"));
  g_assert_nonnull (desk_problems_find (problems, "circle-size"));
  g_assert_nonnull (desk_problems_find (problems, "required-training"));

  g_ptr_array_set_size (problems, 0);
  desk_match_settings_init (&settings);
  memset (settings.weights, 0, sizeof settings.weights);
  g_assert_false (desk_match_settings_validate (&settings, problems));
  g_assert_nonnull (desk_problems_find (problems, "weights"));

  for (guint i = 0; i < DESK_MATCH_N_COMPONENTS; i++)
    {
      g_assert_nonnull (desk_match_component_label (i));
      g_assert_nonnull (desk_match_component_nick (i));
    }
}

static void
assert_same_settings (const DeskMatchSettings *a,
                      const DeskMatchSettings *b)
{
  for (guint i = 0; i < DESK_MATCH_N_COMPONENTS; i++)
    g_assert_cmpuint (a->weights[i], ==, b->weights[i]);
  g_assert_cmpint (a->ideal_gap_min, ==, b->ideal_gap_min);
  g_assert_cmpint (a->ideal_gap_max, ==, b->ideal_gap_max);
  g_assert_cmpuint (a->floor, ==, b->floor);
  g_assert_cmpuint (a->slot_penalty, ==, b->slot_penalty);
  g_assert_cmpint (a->required_training, ==, b->required_training);
  g_assert_cmpint (a->tiered, ==, b->tiered);
  g_assert_cmpuint (a->circle_size, ==, b->circle_size);
  g_assert_cmpuint (a->stale_days, ==, b->stale_days);
}

/* Sets @settings from a one-entry dictionary; the error's field when it fails. */
static gboolean
set_one (DeskMatchSettings  *settings,
         const char         *key,
         GVariant           *value,
         GError            **error)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", key, value);
  return desk_match_settings_from_variant (settings, g_variant_builder_end (&builder), error);
}

static void
test_settings_variant (void)
{
  DeskMatchSettings settings, back, before;
  g_autoptr(GVariant) dict = NULL;
  g_autoptr(GVariant) training = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = desk_problems_new ();
  g_auto(GStrv) keys = desk_match_settings_list_keys ();
  g_autofree const char **nicks = NULL;

  desk_match_settings_init (&settings);
  g_assert_cmpuint (settings.stale_days, ==, 14);
  settings.floor = 45;
  settings.weights[DESK_MATCH_COMPONENT_HOURS] = 0;
  settings.required_training = DESK_TRAINING_COACHING | DESK_TRAINING_LEGAL_ETHICS;
  settings.tiered = TRUE;
  settings.ideal_gap_min = 3;
  settings.circle_size = 6;
  settings.stale_days = 30;

  dict = g_variant_ref_sink (desk_match_settings_to_variant (&settings));
  g_assert_cmpuint (g_strv_length (keys), ==, DESK_MATCH_N_COMPONENTS + 8);
  g_assert_cmpuint (g_variant_n_children (dict), ==, g_strv_length (keys));
  g_assert_cmpstr (keys[0], ==, "weight-practice-areas");
  training = g_variant_lookup_value (dict, "required-training", G_VARIANT_TYPE_STRING_ARRAY);
  nicks = g_variant_get_strv (training, NULL);
  g_assert_cmpuint (g_strv_length ((GStrv) nicks), ==, 2);
  g_assert_cmpstr (nicks[0], ==, "coaching");
  g_assert_cmpstr (nicks[1], ==, "legal-ethics");

  desk_match_settings_init (&back);
  g_assert_true (desk_match_settings_from_variant (&back, dict, &error));
  g_assert_no_error (error);
  assert_same_settings (&back, &settings);

  /* Unknown keys, values of another type and values out of bounds are
   * refused, naming the key, and nothing changes. */
  before = back;
  g_assert_false (set_one (&back, "flor", g_variant_new_uint32 (3), &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "flor");
  g_assert_nonnull (strstr (error->message, "weight-practice-areas"));
  g_clear_error (&error);
  g_assert_false (set_one (&back, "floor", g_variant_new_string ("30"), &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "floor");
  g_clear_error (&error);
  g_assert_false (set_one (&back, "stale-days", g_variant_new_uint32 (0), &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "stale-days");
  g_clear_error (&error);
  g_assert_false (set_one (&back, "required-training", g_variant_new_strv ((const char *[]) { "juggling" }, 1), &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "required-training");
  g_assert_nonnull (strstr (error->message, "juggling"));
  g_clear_error (&error);
  assert_same_settings (&back, &before);

  /* As typed on a command line. */
  g_assert_true (desk_match_settings_parse (&back, "floor", "50", &error));
  g_assert_true (desk_match_settings_parse (&back, "tiered", "no", &error));
  g_assert_true (desk_match_settings_parse (&back, "required-training", "cultural-competence, coaching", &error));
  g_assert_true (desk_match_settings_parse (&back, "weight-hours", "7", &error));
  g_assert_true (desk_match_settings_parse (&back, "ideal-gap-min", "0", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (back.floor, ==, 50);
  g_assert_false (back.tiered);
  g_assert_cmpint (back.required_training, ==, DESK_TRAINING_COACHING | DESK_TRAINING_CULTURAL_COMPETENCE);
  g_assert_cmpuint (back.weights[DESK_MATCH_COMPONENT_HOURS], ==, 7);
  g_assert_cmpint (back.ideal_gap_min, ==, 0);
  g_assert_true (desk_match_settings_parse (&back, "required-training", "", &error));
  g_assert_cmpint (back.required_training, ==, DESK_TRAINING_NONE);

  before = back;
  g_assert_false (desk_match_settings_parse (&back, "floor", "abc", &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "floor");
  g_assert_nonnull (strstr (error->message, "“abc”"));
  g_clear_error (&error);
  g_assert_false (desk_match_settings_parse (&back, "floor", "-1", &error));
  g_clear_error (&error);
  g_assert_false (desk_match_settings_parse (&back, "floor", "101", &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "floor");
  g_clear_error (&error);
  g_assert_false (desk_match_settings_parse (&back, "tiered", "maybe", &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "tiered");
  g_clear_error (&error);
  g_assert_false (desk_match_settings_parse (&back, "speed", "3", &error));
  g_assert_cmpstr (desk_error_get_field (error), ==, "speed");
  g_clear_error (&error);
  assert_same_settings (&back, &before);

  back.stale_days = DESK_MATCH_MAX_STALE_DAYS + 1;
  g_assert_false (desk_match_settings_validate (&back, problems));
  g_assert_nonnull (desk_problems_find (problems, "stale-days"));
}

/* The GUI keeps the settings in GSettings: the schema holds the same keys,
 * of the same types, with the same defaults and bounds. */
static void
test_settings_schema (void)
{
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GVariant) defaults = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) schema_keys = NULL;
  DeskMatchSettings settings;
  GVariantIter iter;
  const char *name;
  GVariant *value;

  source = g_settings_schema_source_new_from_directory (g_getenv ("GSETTINGS_SCHEMA_DIR"), NULL, TRUE, &error);
  g_assert_no_error (error);
  schema = g_settings_schema_source_lookup (source, "org.probonodesk.ProBonoDesk.Matching", FALSE);
  g_assert_nonnull (schema);

  desk_match_settings_init (&settings);
  defaults = g_variant_ref_sink (desk_match_settings_to_variant (&settings));
  schema_keys = g_settings_schema_list_keys (schema);
  g_assert_cmpuint (g_strv_length (schema_keys), ==, g_variant_n_children (defaults));

  g_variant_iter_init (&iter, defaults);
  while (g_variant_iter_next (&iter, "{&sv}", &name, &value))
    {
      g_autoptr(GSettingsSchemaKey) key = NULL;
      g_autoptr(GVariant) schema_default = NULL;
      g_autoptr(GVariant) owned = value;
      g_autoptr(GVariant) over = NULL;
      DeskMatchSettings changed = settings;
      gboolean in_range;

      g_assert_true (g_settings_schema_has_key (schema, name));
      key = g_settings_schema_get_key (schema, name);
      g_assert_true (g_variant_type_equal (g_settings_schema_key_get_value_type (key), g_variant_get_type (value)));
      schema_default = g_settings_schema_key_get_default_value (key);
      g_assert_true (g_variant_equal (schema_default, value));

      /* One past the schema's top is refused by both. */
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32) || g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
        {
          g_autoptr(GVariant) range = g_settings_schema_key_get_range (key);
          g_autoptr(GVariant) bounds = NULL;
          const char *kind;

          g_variant_get (range, "(&sv)", &kind, &bounds);
          g_assert_cmpstr (kind, ==, "range");
          if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
            {
              guint32 low, high;

              g_variant_get (bounds, "(uu)", &low, &high);
              over = g_variant_ref_sink (g_variant_new_uint32 (high + 1));
            }
          else
            {
              gint32 low, high;

              g_variant_get (bounds, "(ii)", &low, &high);
              over = g_variant_ref_sink (g_variant_new_int32 (high + 1));
            }
          in_range = g_settings_schema_key_range_check (key, over);
          g_assert_false (in_range);
          g_assert_false (set_one (&changed, name, over, NULL));
        }
    }
}

static void
test_solve_errors (void)
{
  g_autoptr(DeskMatchProblem) problem = pair_problem (NULL, NULL);
  g_autoptr(DeskMatchResult) result = NULL;
  g_autoptr(GError) error = NULL;
  DeskMatchSettings settings;

  /* An invalid setting names its field. */
  settings = *desk_match_problem_get_settings (problem);
  settings.floor = 200;
  desk_match_problem_set_settings (problem, &settings);
  result = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "floor");
  g_clear_error (&error);
  desk_match_settings_init (&settings);
  desk_match_problem_set_settings (problem, &settings);

  /* A lock naming a stranger. */
  desk_match_problem_add_lock (problem, MENTEE, 77);
  g_assert_null (desk_matcher_solve (problem, NULL, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_clear_pointer (&problem, desk_match_problem_unref);
  problem = pair_problem (NULL, NULL);
  test_add_take (problem, test_mentor (3, "Finn Roe", 1));
  desk_match_problem_add_lock (problem, MENTEE, MENTOR);
  desk_match_problem_add_lock (problem, MENTEE, 3);
  g_assert_null (desk_matcher_solve (problem, NULL, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Ana Ruiz"));
  g_clear_error (&error);

  g_clear_pointer (&problem, desk_match_problem_unref);
  problem = pair_problem (NULL, NULL);
  test_add_take (problem, test_mentee (MENTEE, "Ana Again"));
  g_assert_null (desk_matcher_solve (problem, NULL, NULL, NULL, &error));
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
}

/* CSV and cost matrices */

static DeskMatchProblem *
small_program (void)
{
  DeskMatchProblem *problem = desk_match_problem_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (gint64 id = 1; id <= 9; id++)
    test_add_take (problem, test_random_profile (rand, id, FALSE, 0));
  for (gint64 id = 100; id < 104; id++)
    test_add_take (problem, test_random_profile (rand, id, TRUE, 3));
  desk_match_problem_add_exclusion (problem, 2, 101, DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST);
  desk_match_problem_add_lock (problem, 3, 100);
  return problem;
}

static void
test_scores_csv (void)
{
  g_autoptr(DeskMatchProblem) problem = small_program ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  guint n_lines, excluded = 0;

  g_assert_true (desk_matcher_write_scores_csv (problem, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
  lines = g_strsplit (text, "\n", -1);
  n_lines = g_strv_length (lines);

  g_assert_cmpstr (lines[0], ==, "mentee_id,mentor_id,mentor_free_slots,score,excluded_by");
  /* Header, 9 × 4 pairs, and the empty piece after the last newline. */
  g_assert_cmpuint (n_lines, ==, 1 + 9 * 4 + 1);
  g_assert_cmpstr (lines[n_lines - 1], ==, "");

  for (guint i = 1; i < n_lines - 1; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);
      gint64 mentee = g_ascii_strtoll (fields[0], NULL, 10);
      gint64 mentor = g_ascii_strtoll (fields[1], NULL, 10);
      const DeskMatchProfile *profile = desk_match_problem_lookup (problem, mentor);
      guint rules;

      g_assert_cmpuint (g_strv_length (fields), ==, 5);
      g_assert_cmpint (mentee, ==, (gint64) (i - 1) / 4 + 1);
      g_assert_cmpint (mentor, ==, 100 + (gint64) (i - 1) % 4);
      g_assert_cmpint (g_ascii_strtoll (fields[2], NULL, 10), ==, profile->capacity - (mentor == 100 ? 1 : 0));
      g_assert_true (desk_match_problem_check_pair (problem, mentee, mentor, &rules, NULL, NULL));
      if (rules != 0)
        {
          g_assert_cmpstr (fields[3], ==, "");
          g_assert_cmpstr (fields[4], ==, desk_match_exclusion_nick (desk_match_exclusion_first (rules)));
          excluded++;
        }
      else
        {
          DeskMatchScore score;

          g_assert_true (desk_match_problem_check_pair (problem, mentee, mentor, NULL, &score, NULL));
          g_assert_cmpint (g_ascii_strtoll (fields[3], NULL, 10), ==, score.score);
          g_assert_cmpstr (fields[4], ==, "");
        }
      if (mentee == 2 && mentor == 101)
        g_assert_true (rules & (1u << DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST));
      if (mentee == 3)
        g_assert_true (rules & (1u << DESK_MATCH_EXCLUSION_HAS_MENTOR));
    }
  g_assert_cmpuint (excluded, >, 4);
}

/* The CSV and the settings are all another solver needs: solving the
 * matrix rebuilt from the CSV alone earns what the matcher earned. */
static void
test_scores_csv_resolve (void)
{
  g_autoptr(DeskMatchProblem) problem = small_program ();
  const DeskMatchSettings *settings = desk_match_problem_get_settings (problem);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(DeskMatchResult) result = NULL;
  g_autoptr(GArray) costs = g_array_new (FALSE, FALSE, sizeof (gint32));
  g_autofree char *text = NULL;
  g_autofree int *columns = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_rows = 0, n_columns = 0, n_unmatched, n_pairs, n_proposed = 0;
  const DeskMatchPair *pairs;
  gint64 total, earned = 0;

  g_assert_true (desk_matcher_write_scores_csv (problem, stream, NULL, NULL));
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
  lines = g_strsplit (text, "\n", -1);

  /* Lines come by mentee, then mentor: one row per mentee, one column per
   * free place, the k-th place of a mentor costing (k − 1) × the penalty. */
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);
      guint free_slots = g_ascii_strtoull (fields[2], NULL, 10);
      gboolean allowed = fields[3][0] != '\0' && g_ascii_strtoull (fields[3], NULL, 10) >= settings->floor;
      gint32 base = allowed ? 100 - (gint32) g_ascii_strtoll (fields[3], NULL, 10) : 0;

      if (i > 1 && strncmp (lines[i], lines[i - 1], strcspn (lines[i], ",") + 1) != 0)
        n_rows++;
      for (guint k = 0; k < free_slots; k++)
        {
          gint32 cost = allowed ? base + (gint32) (settings->slot_penalty * k) : DESK_MATCH_COST_FORBIDDEN;
          g_array_append_val (costs, cost);
        }
    }
  n_rows++;
  n_columns = costs->len / n_rows;
  g_assert_cmpuint (n_rows * n_columns, ==, costs->len);

  columns = g_new (int, n_rows);
  g_assert_true (desk_match_solve_assignment ((const gint32 *) costs->data, n_rows, n_columns, 100,
                                              columns, &total, NULL, NULL, NULL, NULL));

  result = desk_matcher_solve (problem, NULL, NULL, NULL, NULL);
  pairs = desk_match_result_get_pairs (result, &n_pairs);
  desk_match_result_get_unmatched (result, &n_unmatched);
  for (guint i = 0; i < n_pairs; i++)
    if (pairs[i].kind == DESK_MATCH_PAIR_PROPOSED)
      earned += pairs[i].score, n_proposed++;
  /* What the proposals earn, less their places' penalties, both ways (the
   * matcher's rows are the free mentees: proposed or unmatched). */
  g_assert_cmpint (100 * (gint64) n_rows - total, ==,
                   100 * (gint64) (n_unmatched + n_proposed) - desk_match_result_get_cost (result));
  g_assert_cmpint (earned, >, 0);
}

static void
test_cost_matrices (void)
{
  g_autoptr(DeskMatchProblem) problem = small_program ();
  g_autoptr(GPtrArray) matrices = NULL;
  g_autoptr(DeskMatchResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const DeskMatchSettings *settings = desk_match_problem_get_settings (problem);
  DeskMatchCostMatrix *matrix;
  g_autofree int *columns = NULL;
  gint64 total;
  guint expected_columns = 0;

  matrices = desk_matcher_get_cost_matrices (problem, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matrices->len, ==, 1);
  matrix = g_ptr_array_index (matrices, 0);
  g_assert_cmpint (matrix->unmatched_cost, ==, 100);

  /* Rows: the active mentees without a lock; columns: free places. */
  for (guint i = 0; i < matrix->n_rows; i++)
    {
      const DeskMatchProfile *mentee = desk_match_problem_lookup (problem, matrix->row_ids[i]);

      g_assert_true (mentee->active && mentee->id != 3);
      g_assert_true (i == 0 || matrix->row_ids[i - 1] < matrix->row_ids[i]);
    }
  for (gint64 id = 100; id < 104; id++)
    {
      const DeskMatchProfile *mentor = desk_match_problem_lookup (problem, id);

      if (mentor->active)
        expected_columns += mentor->capacity - (id == 100 ? 1 : 0);
    }
  g_assert_cmpuint (matrix->n_columns, ==, expected_columns);

  for (guint i = 0; i < matrix->n_rows; i++)
    for (guint j = 0; j < matrix->n_columns; j++)
      {
        gint32 cost = matrix->costs[i * matrix->n_columns + j];
        guint place = 0, rules;
        DeskMatchScore score;

        while (place < j && matrix->column_ids[j - place - 1] == matrix->column_ids[j])
          place++;
        g_assert_true (desk_match_problem_check_pair (problem, matrix->row_ids[i], matrix->column_ids[j],
                                                      &rules, &score, NULL));
        if (rules != 0 || score.score < settings->floor)
          g_assert_cmpint (cost, ==, DESK_MATCH_COST_FORBIDDEN);
        else
          g_assert_cmpint (cost, ==, 100 - (int) score.score + (int) desk_match_settings_slot_penalty (settings, place + 1));
      }

  /* The solver's cost is that of the matrix. */
  result = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  columns = g_new (int, matrix->n_rows);
  g_assert_true (desk_match_solve_assignment (matrix->costs, matrix->n_rows, matrix->n_columns, matrix->unmatched_cost,
                                              columns, &total, NULL, NULL, NULL, &error));
  g_assert_cmpint (total, ==, desk_match_result_get_cost (result));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (part_cases); i++)
    g_test_add_data_func (part_cases[i].path, &part_cases[i], test_score_part);
  g_test_add_func ("/matcher/score/experience", test_score_experience);
  g_test_add_func ("/matcher/score/weighted-mean", test_score_weighted_mean);
  g_test_add_func ("/matcher/explain/strong", test_explain_strong);
  g_test_add_func ("/matcher/explain/names", test_explain_names);
  g_test_add_func ("/matcher/explain/weak", test_explain_weak);
  g_test_add_func ("/matcher/rules/each", test_rules);
  g_test_add_func ("/matcher/rules/given", test_rules_given);
  g_test_add_func ("/matcher/rules/same-person-tiers-locks", test_rules_same_person_tiers_locks);
  g_test_add_func ("/matcher/rules/floor", test_why_not_floor);
  g_test_add_func ("/matcher/rules/unknown", test_unknown_volunteer);
  g_test_add_func ("/matcher/settings", test_settings);
  g_test_add_func ("/matcher/settings/variant", test_settings_variant);
  g_test_add_func ("/matcher/settings/schema", test_settings_schema);
  g_test_add_func ("/matcher/solve/errors", test_solve_errors);
  g_test_add_func ("/matcher/export/scores-csv", test_scores_csv);
  g_test_add_func ("/matcher/export/scores-csv-resolve", test_scores_csv_resolve);
  g_test_add_func ("/matcher/export/cost-matrices", test_cost_matrices);

  return g_test_run ();
}
