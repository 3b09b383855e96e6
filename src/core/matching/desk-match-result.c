/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-match-result"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-match-private.h"

G_DEFINE_BOXED_TYPE (DeskMatchResult, desk_match_result, desk_match_result_ref, desk_match_result_unref)

static void
pair_clear (gpointer data)
{
  DeskMatchPair *pair = data;

  g_clear_pointer (&pair->explanation, g_free);
}

DeskMatchResult *
_desk_match_result_new (DeskMatchProblem *problem)
{
  DeskMatchResult *result = g_new0 (DeskMatchResult, 1);

  g_atomic_ref_count_init (&result->ref_count);
  result->problem = desk_match_problem_ref (problem);
  result->pairs = g_array_new (FALSE, FALSE, sizeof (DeskMatchPair));
  g_array_set_clear_func (result->pairs, pair_clear);
  result->unmatched = g_array_new (FALSE, FALSE, sizeof (gint64));

  return result;
}

DeskMatchResult *
desk_match_result_ref (DeskMatchResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  g_atomic_ref_count_inc (&result->ref_count);
  return result;
}

void
desk_match_result_unref (DeskMatchResult *result)
{
  g_return_if_fail (result != NULL);

  if (!g_atomic_ref_count_dec (&result->ref_count))
    return;

  g_clear_pointer (&result->index, _desk_match_index_free);
  g_array_unref (result->pairs);
  g_array_unref (result->unmatched);
  desk_match_problem_unref (result->problem);
  g_free (result);
}

DeskMatchIndex *
_desk_match_result_get_index (DeskMatchResult  *result,
                              GError          **error)
{
  if (result->index == NULL)
    result->index = _desk_match_index_new (result->problem, NULL, 0, error);
  return result->index;
}

DeskMatchProblem *
desk_match_result_get_problem (DeskMatchResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return result->problem;
}

const DeskMatchPair *
desk_match_result_get_pairs (DeskMatchResult *result,
                             guint           *n_pairs)
{
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (n_pairs != NULL, NULL);

  *n_pairs = result->pairs->len;
  return (const DeskMatchPair *) result->pairs->data;
}

const DeskMatchPair *
desk_match_result_lookup (DeskMatchResult *result,
                          gint64           mentee_id)
{
  guint low = 0, high;

  g_return_val_if_fail (result != NULL, NULL);

  high = result->pairs->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      const DeskMatchPair *pair = &g_array_index (result->pairs, DeskMatchPair, middle);

      if (pair->mentee_id == mentee_id)
        return pair;
      if (pair->mentee_id < mentee_id)
        low = middle + 1;
      else
        high = middle;
    }
  return NULL;
}

const gint64 *
desk_match_result_get_unmatched (DeskMatchResult *result,
                                 guint           *n_ids)
{
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = result->unmatched->len;
  return (const gint64 *) result->unmatched->data;
}

gint64
desk_match_result_get_total_score (DeskMatchResult *result)
{
  g_return_val_if_fail (result != NULL, 0);

  return result->total_score;
}

gint64
desk_match_result_get_cost (DeskMatchResult *result)
{
  g_return_val_if_fail (result != NULL, 0);

  return result->cost;
}

GArray *
desk_match_result_diff (DeskMatchResult *before,
                        DeskMatchResult *after)
{
  GArray *changes;
  guint i = 0, j = 0;

  g_return_val_if_fail (before != NULL, NULL);
  g_return_val_if_fail (after != NULL, NULL);

  changes = g_array_new (FALSE, FALSE, sizeof (DeskMatchChange));

  /* Both lists are sorted by mentee: walk them side by side. */
  while (i < before->pairs->len || j < after->pairs->len)
    {
      const DeskMatchPair *a = i < before->pairs->len ? &g_array_index (before->pairs, DeskMatchPair, i) : NULL;
      const DeskMatchPair *b = j < after->pairs->len ? &g_array_index (after->pairs, DeskMatchPair, j) : NULL;
      DeskMatchChange change = { 0, 0, 0 };

      if (b == NULL || (a != NULL && a->mentee_id < b->mentee_id))
        change = (DeskMatchChange) { a->mentee_id, a->mentor_id, 0 }, i++;
      else if (a == NULL || b->mentee_id < a->mentee_id)
        change = (DeskMatchChange) { b->mentee_id, 0, b->mentor_id }, j++;
      else
        change = (DeskMatchChange) { a->mentee_id, a->mentor_id, b->mentor_id }, i++, j++;

      if (change.previous_mentor_id != change.mentor_id)
        g_array_append_val (changes, change);
    }
  return changes;
}

gboolean
desk_match_result_check_pair (DeskMatchResult  *result,
                              gint64            mentee_id,
                              gint64            mentor_id,
                              guint            *rules,
                              DeskMatchScore   *score,
                              GError          **error)
{
  DeskMatchIndex *index;
  guint mentee, mentor;

  g_return_val_if_fail (result != NULL, FALSE);

  index = _desk_match_result_get_index (result, error);
  if (index == NULL || !_desk_match_index_pair (index, mentee_id, mentor_id, &mentee, &mentor, error))
    return FALSE;

  if (rules != NULL)
    *rules = _desk_match_index_rules (index, mentee, mentor);
  if (score != NULL)
    _desk_match_index_score (index, mentee, mentor, score);
  return TRUE;
}

char *
desk_match_result_why_not (DeskMatchResult  *result,
                           gint64            mentee_id,
                           gint64            mentor_id,
                           GError          **error)
{
  DeskMatchIndex *index;
  const DeskMatchPair *pair;
  guint mentee, mentor, score;
  char *text;

  g_return_val_if_fail (result != NULL, NULL);

  index = _desk_match_result_get_index (result, error);
  if (index == NULL || !_desk_match_index_pair (index, mentee_id, mentor_id, &mentee, &mentor, error))
    return NULL;

  pair = desk_match_result_lookup (result, mentee_id);
  if (pair != NULL && pair->mentor_id == mentor_id)
    return NULL;

  text = _desk_match_index_why_not (index, mentee, mentor);
  if (text != NULL)
    return text;

  score = _desk_match_index_score (index, mentee, mentor, NULL);
  if (pair != NULL)
    {
      const DeskMatchProfile *other = desk_match_problem_lookup (result->problem, pair->mentor_id);

      return g_strdup_printf (_("They could be paired (score %u), but the best assignment for everyone "
                                "gives the mentee %s (score %u)."),
                              score, other->name, pair->score);
    }
  return g_strdup_printf (_("They could be paired (score %u), but the best assignment for everyone "
                            "gives the mentor’s free places to other mentees."),
                          score);
}

/* "For 31 of 40 mentors: The mentor has no free place." for each rule that
 * rules mentors out, most mentors first. */
static void
append_rule_counts (GString     *text,
                    const guint *by_rule,
                    guint        n_rules,
                    guint        n_mentors)
{
  g_autofree gboolean *done = g_new0 (gboolean, n_rules);

  for (;;)
    {
      guint most = 0;

      for (guint rule = 1; rule < n_rules; rule++)
        if (!done[rule] && by_rule[rule] > 0 && (most == 0 || by_rule[rule] > by_rule[most]))
          most = rule;
      if (most == 0)
        return;
      done[most] = TRUE;
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "For %u of %u mentor: %s", "For %u of %u mentors: %s",
                                                 n_mentors),
                              by_rule[most], n_mentors, desk_match_exclusion_label (most));
    }
}

char *
desk_match_result_why_unmatched (DeskMatchResult  *result,
                                 gint64            mentee_id,
                                 GError          **error)
{
  guint by_rule[DESK_MATCH_EXCLUSION_AT_CAPACITY + 1] = { 0 };
  guint n_mentors = 0, n_fit = 0, n_low = 0, best_low = 0;
  DeskMatchIndex *index;
  guint mentee;
  GString *text;

  g_return_val_if_fail (result != NULL, NULL);

  index = _desk_match_result_get_index (result, error);
  if (index == NULL || !_desk_match_index_require (index, mentee_id, &mentee, error))
    return NULL;
  if (desk_match_result_lookup (result, mentee_id) != NULL)
    return NULL;

  for (guint mentor = 0; mentor < index->n_entries; mentor++)
    {
      guint rules, score;

      if (mentor == mentee || !index->entries[mentor].profile->is_mentor)
        continue;
      n_mentors++;
      rules = _desk_match_index_rules (index, mentee, mentor);
      if (rules != 0)
        {
          by_rule[desk_match_exclusion_first (rules)]++;
          continue;
        }
      score = _desk_match_index_score (index, mentee, mentor, NULL);
      if (score >= index->settings->floor)
        n_fit++;
      else
        n_low++, best_low = MAX (best_low, score);
    }

  if (n_mentors == 0)
    return g_strdup (_("The program has no mentors."));
  if (n_fit > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u mentor fits, but the best assignment for everyone gives their places "
                                         "to other mentees.",
                                         "%u mentors fit, but the best assignment for everyone gives their places "
                                         "to other mentees.",
                                         n_fit),
                            n_fit);

  text = g_string_new (NULL);
  if (n_low > 0)
    g_string_append_printf (text, _("Every mentor who fits scores under the lowest score the program proposes (%u); "
                                    "the best scores %u."),
                            index->settings->floor, best_low);
  else
    g_string_append (text, _("No mentor fits."));
  append_rule_counts (text, by_rule, G_N_ELEMENTS (by_rule), n_mentors);
  return g_string_free (text, FALSE);
}
