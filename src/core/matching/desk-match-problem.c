/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-match-problem"

#include "config.h"

#include "desk-match-private.h"

G_DEFINE_BOXED_TYPE (DeskMatchProblem, desk_match_problem, desk_match_problem_ref, desk_match_problem_unref)

static DeskMatchProfile *
profile_copy (const DeskMatchProfile *profile)
{
  DeskMatchProfile *copy = desk_match_profile_new (profile->id, profile->name);

  copy->active = profile->active;
  copy->is_mentor = profile->is_mentor;
  copy->mentor_tier = profile->mentor_tier;
  copy->capacity = profile->capacity;
  copy->trainings = profile->trainings;
  copy->can_help_with = profile->can_help_with;
  copy->wants_mentor = profile->wants_mentor;
  copy->mentee_tier = profile->mentee_tier;
  copy->goals = profile->goals;
  g_strfreev (copy->practice_areas);
  copy->practice_areas = profile->practice_areas != NULL ? g_strdupv (profile->practice_areas) : g_new0 (char *, 1);
  for (guint i = 0; profile->languages != NULL && i < profile->languages->len; i++)
    {
      const DeskMatchLanguage *language = &g_array_index (profile->languages, DeskMatchLanguage, i);

      desk_match_profile_add_language (copy, language->language, language->must_share);
    }
  copy->availability = profile->availability;
  g_free (copy->county);
  copy->county = g_strdup (profile->county != NULL ? profile->county : "");
  copy->remote_ok = profile->remote_ok;
  copy->years_experience = profile->years_experience;
  copy->meeting_modes = profile->meeting_modes;
  copy->monthly_hours = profile->monthly_hours;
  if (profile->never_pair != NULL && profile->never_pair->len > 0)
    g_array_append_vals (copy->never_pair, profile->never_pair->data, profile->never_pair->len);

  return copy;
}

DeskMatchProblem *
desk_match_problem_new (const DeskMatchSettings *settings)
{
  DeskMatchProblem *problem = g_new0 (DeskMatchProblem, 1);

  g_atomic_ref_count_init (&problem->ref_count);
  if (settings != NULL)
    problem->settings = *settings;
  else
    desk_match_settings_init (&problem->settings);
  problem->profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_match_profile_free);
  problem->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  problem->fixed = g_array_new (FALSE, FALSE, sizeof (DeskMatchFixed));
  problem->exclusions = g_array_new (FALSE, FALSE, sizeof (DeskMatchExcludedPair));

  return problem;
}

DeskMatchProblem *
desk_match_problem_ref (DeskMatchProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  g_atomic_ref_count_inc (&problem->ref_count);
  return problem;
}

void
desk_match_problem_unref (DeskMatchProblem *problem)
{
  g_return_if_fail (problem != NULL);

  if (!g_atomic_ref_count_dec (&problem->ref_count))
    return;

  g_hash_table_unref (problem->by_id);
  g_ptr_array_unref (problem->profiles);
  g_array_unref (problem->fixed);
  g_array_unref (problem->exclusions);
  g_free (problem);
}

DeskMatchProblem *
desk_match_problem_copy (const DeskMatchProblem *problem)
{
  DeskMatchProblem *copy;

  g_return_val_if_fail (problem != NULL, NULL);

  copy = desk_match_problem_new (&problem->settings);
  for (guint i = 0; i < problem->profiles->len; i++)
    desk_match_problem_add_profile (copy, g_ptr_array_index (problem->profiles, i));
  g_array_append_vals (copy->fixed, problem->fixed->data, problem->fixed->len);
  g_array_append_vals (copy->exclusions, problem->exclusions->data, problem->exclusions->len);

  return copy;
}

void
desk_match_problem_add_profile (DeskMatchProblem       *problem,
                                const DeskMatchProfile *profile)
{
  DeskMatchProfile *copy;

  g_return_if_fail (problem != NULL);
  g_return_if_fail (profile != NULL);

  copy = profile_copy (profile);
  g_ptr_array_add (problem->profiles, copy);
  /* A duplicate id stays in the list, so solving reports it. */
  if (!g_hash_table_contains (problem->by_id, &copy->id))
    g_hash_table_insert (problem->by_id, &copy->id, copy);
}

void
_desk_match_problem_add_fixed (DeskMatchProblem  *problem,
                               gint64             mentee_id,
                               gint64             mentor_id,
                               DeskMatchPairKind  kind)
{
  DeskMatchFixed fixed = { mentee_id, mentor_id, kind };

  g_array_append_val (problem->fixed, fixed);
}

void
desk_match_problem_add_lock (DeskMatchProblem *problem,
                             gint64            mentee_id,
                             gint64            mentor_id)
{
  g_return_if_fail (problem != NULL);

  _desk_match_problem_add_fixed (problem, mentee_id, mentor_id, DESK_MATCH_PAIR_LOCKED);
}

gboolean
desk_match_problem_remove_lock (DeskMatchProblem *problem,
                                gint64            mentee_id)
{
  g_return_val_if_fail (problem != NULL, FALSE);

  for (guint i = 0; i < problem->fixed->len; i++)
    {
      const DeskMatchFixed *fixed = &g_array_index (problem->fixed, DeskMatchFixed, i);

      if (fixed->mentee_id == mentee_id && fixed->kind == DESK_MATCH_PAIR_LOCKED)
        {
          g_array_remove_index (problem->fixed, i);
          return TRUE;
        }
    }

  return FALSE;
}

void
desk_match_problem_add_exclusion (DeskMatchProblem   *problem,
                                  gint64              mentee_id,
                                  gint64              mentor_id,
                                  DeskMatchExclusion  rule)
{
  DeskMatchExcludedPair pair = { mentee_id, mentor_id, rule };

  g_return_if_fail (problem != NULL);
  g_return_if_fail (rule > DESK_MATCH_EXCLUSION_NONE && rule <= DESK_MATCH_EXCLUSION_AT_CAPACITY);

  g_array_append_val (problem->exclusions, pair);
}

const DeskMatchSettings *
desk_match_problem_get_settings (const DeskMatchProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return &problem->settings;
}

void
desk_match_problem_set_settings (DeskMatchProblem        *problem,
                                 const DeskMatchSettings *settings)
{
  g_return_if_fail (problem != NULL);
  g_return_if_fail (settings != NULL);

  problem->settings = *settings;
}

guint
desk_match_problem_get_n_profiles (const DeskMatchProblem *problem)
{
  g_return_val_if_fail (problem != NULL, 0);

  return problem->profiles->len;
}

const DeskMatchProfile *
desk_match_problem_get_profile (const DeskMatchProblem *problem,
                                guint                   index)
{
  g_return_val_if_fail (problem != NULL, NULL);
  g_return_val_if_fail (index < problem->profiles->len, NULL);

  return g_ptr_array_index (problem->profiles, index);
}

const DeskMatchProfile *
desk_match_problem_lookup (const DeskMatchProblem *problem,
                           gint64                  id)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return g_hash_table_lookup (problem->by_id, &id);
}

void
desk_match_problem_keep_tier (DeskMatchProblem *problem,
                              DeskTier          mentor_tier)
{
  DeskTier mentee_tier;

  g_return_if_fail (problem != NULL);
  g_return_if_fail (mentor_tier == DESK_TIER_SENIOR || mentor_tier == DESK_TIER_INTERMEDIATE);

  mentee_tier = mentor_tier == DESK_TIER_SENIOR ? DESK_TIER_INTERMEDIATE : DESK_TIER_NOVICE;
  problem->settings.tiered = TRUE;
  /* The profiles are the problem's own copies; locks keep their places. */
  for (guint i = 0; i < problem->profiles->len; i++)
    {
      DeskMatchProfile *profile = g_ptr_array_index (problem->profiles, i);

      if (profile->is_mentor && profile->mentor_tier != mentor_tier)
        profile->is_mentor = FALSE;
      if (profile->wants_mentor && profile->mentee_tier != mentee_tier)
        profile->wants_mentor = FALSE;
    }
}

gboolean
desk_match_problem_check_pair (DeskMatchProblem  *problem,
                               gint64             mentee_id,
                               gint64             mentor_id,
                               guint             *rules,
                               DeskMatchScore    *score,
                               GError           **error)
{
  g_autoptr(DeskMatchIndex) index = NULL;
  guint mentee, mentor;

  g_return_val_if_fail (problem != NULL, FALSE);

  index = _desk_match_index_for_pair (problem, mentee_id, mentor_id, &mentee, &mentor, error);
  if (index == NULL)
    return FALSE;

  if (rules != NULL)
    *rules = _desk_match_index_rules (index, mentee, mentor);
  if (score != NULL)
    _desk_match_index_score (index, mentee, mentor, score);
  return TRUE;
}

/* A sentence about one pair, from a fresh index of the problem. */
static char *
pair_text (DeskMatchProblem  *problem,
           gint64             mentee_id,
           gint64             mentor_id,
           char            *(*text) (const DeskMatchIndex *, guint, guint),
           GError           **error)
{
  g_autoptr(DeskMatchIndex) index = NULL;
  guint mentee, mentor;

  index = _desk_match_index_for_pair (problem, mentee_id, mentor_id, &mentee, &mentor, error);
  if (index == NULL)
    return NULL;

  return text (index, mentee, mentor);
}

char *
desk_match_problem_explain_pair (DeskMatchProblem  *problem,
                                 gint64             mentee_id,
                                 gint64             mentor_id,
                                 GError           **error)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return pair_text (problem, mentee_id, mentor_id, _desk_match_index_explain, error);
}

char *
desk_match_problem_why_not (DeskMatchProblem  *problem,
                            gint64             mentee_id,
                            gint64             mentor_id,
                            GError           **error)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return pair_text (problem, mentee_id, mentor_id, _desk_match_index_why_not, error);
}
