/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-match-index"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "desk-error.h"
#include "desk-labels.h"
#include "desk-match-private.h"
#include "desk-name-match.h"

/*
 * The index gives every distinct practice area, language and county a
 * small integer (compared as desk_name_normalize_token() writes them, so
 * "Housing", "housing" and "HOUSING " are one area), keeps each volunteer's
 * lists as sorted runs of those integers, and sorts volunteers by id.  All
 * later work is on integers and positions, so it is quick, and the same
 * whatever order the profiles, locks and exclusions came in.
 */

typedef struct
{
  guint mentee;
  guint mentor;
  guint rule;
} BanRow;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  gint64 x = ((const DeskMatchEntry *) a)->profile->id;
  gint64 y = ((const DeskMatchEntry *) b)->profile->id;

  return (x > y) - (x < y);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  guint32 x = *(const guint32 *) a;
  guint32 y = *(const guint32 *) b;

  return (x > y) - (x < y);
}

static int
compare_ban_rows (gconstpointer a,
                  gconstpointer b)
{
  const BanRow *x = a;
  const BanRow *y = b;

  if (x->mentee != y->mentee)
    return x->mentee < y->mentee ? -1 : 1;
  if (x->mentor != y->mentor)
    return x->mentor < y->mentor ? -1 : 1;
  return (x->rule > y->rule) - (x->rule < y->rule);
}

static char *
id_text (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

/* The id of @text in @table, added when new; 0 for text that normalizes to nothing. */
static guint
intern (GHashTable *table,
        const char *text)
{
  g_autofree char *key = desk_name_normalize_token (text);
  gpointer value;
  guint id;

  if (*key == '\0')
    return 0;
  if (g_hash_table_lookup_extended (table, key, NULL, &value))
    return GPOINTER_TO_UINT (value);

  id = g_hash_table_size (table) + 1;
  g_hash_table_insert (table, g_steal_pointer (&key), GUINT_TO_POINTER (id));
  return id;
}

guint
_desk_match_index_intern_find (GHashTable *table,
                               const char *text)
{
  g_autofree char *key = desk_name_normalize_token (text);

  return GPOINTER_TO_UINT (g_hash_table_lookup (table, key));
}

/* Moves the ids gathered in @scratch into the pool, sorted and without
 * repeats; *@n gets how many. */
static guint
pool_take (GArray *pool,
           GArray *scratch,
           guint  *n)
{
  guint at = pool->len;
  guint kept = 0;

  if (scratch->len > 1)
    qsort (scratch->data, scratch->len, sizeof (guint32), compare_ids);
  for (guint i = 0; i < scratch->len; i++)
    {
      guint32 id = g_array_index (scratch, guint32, i);

      if (id != 0 && (kept == 0 || g_array_index (pool, guint32, pool->len - 1) != id))
        {
          g_array_append_val (pool, id);
          kept++;
        }
    }
  g_array_set_size (scratch, 0);

  *n = kept;
  return at;
}

static void
index_profile (DeskMatchIndex *index,
               DeskMatchEntry *entry,
               GArray         *scratch)
{
  const DeskMatchProfile *profile = entry->profile;
  GArray *languages = profile->languages;

  for (guint i = 0; profile->practice_areas != NULL && profile->practice_areas[i] != NULL; i++)
    {
      guint32 id = intern (index->areas, profile->practice_areas[i]);
      g_array_append_val (scratch, id);
    }
  entry->areas = pool_take (index->pool, scratch, &entry->n_areas);

  for (guint i = 0; languages != NULL && i < languages->len; i++)
    {
      guint32 id = intern (index->languages, g_array_index (languages, DeskMatchLanguage, i).language);
      g_array_append_val (scratch, id);
    }
  entry->languages = pool_take (index->pool, scratch, &entry->n_languages);

  for (guint i = 0; languages != NULL && i < languages->len; i++)
    if (g_array_index (languages, DeskMatchLanguage, i).must_share)
      {
        guint32 id = intern (index->languages, g_array_index (languages, DeskMatchLanguage, i).language);
        g_array_append_val (scratch, id);
      }
  entry->must = pool_take (index->pool, scratch, &entry->n_must);

  entry->county = profile->county != NULL ? intern (index->counties, profile->county) : 0;
  entry->fixed_mentor = -1;
}

static void
add_ban (DeskMatchIndex *index,
         GArray         *rows,
         gint64          mentee_id,
         gint64          mentor_id,
         guint           rule)
{
  BanRow row = { _desk_match_index_position (index, mentee_id), _desk_match_index_position (index, mentor_id), rule };

  /* A volunteer not in the problem cannot be proposed anyway. */
  if (row.mentee != G_MAXUINT && row.mentor != G_MAXUINT)
    g_array_append_val (rows, row);
}

static void
index_bans (DeskMatchIndex         *index,
            const DeskMatchProblem *problem)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (BanRow));

  for (guint i = 0; i < problem->exclusions->len; i++)
    {
      const DeskMatchExcludedPair *pair = &g_array_index (problem->exclusions, DeskMatchExcludedPair, i);

      add_ban (index, rows, pair->mentee_id, pair->mentor_id, pair->rule);
    }
  /* "Never pair with" binds both ways. */
  for (guint i = 0; i < index->n_entries; i++)
    {
      const DeskMatchProfile *profile = index->entries[i].profile;

      for (guint j = 0; profile->never_pair != NULL && j < profile->never_pair->len; j++)
        {
          gint64 other = g_array_index (profile->never_pair, gint64, j);

          add_ban (index, rows, profile->id, other, DESK_MATCH_EXCLUSION_NEVER_PAIR);
          add_ban (index, rows, other, profile->id, DESK_MATCH_EXCLUSION_NEVER_PAIR);
        }
    }

  g_array_sort (rows, compare_ban_rows);
  for (guint i = 0; i < rows->len; i++)
    {
      const BanRow *row = &g_array_index (rows, BanRow, i);
      DeskMatchBan ban = { row->mentor, row->rule };
      DeskMatchEntry *entry = &index->entries[row->mentee];

      if (i > 0 && compare_ban_rows (row, row - 1) == 0)
        continue;
      if (entry->n_bans == 0)
        entry->bans = index->bans->len;
      g_array_append_val (index->bans, ban);
      entry->n_bans++;
    }
}

static gboolean
index_fixed (DeskMatchIndex        *index,
             const DeskMatchFixed  *fixed,
             GError               **error)
{
  guint mentee, mentor;
  DeskMatchEntry *entry;

  if (!_desk_match_index_pair (index, fixed->mentee_id, fixed->mentor_id, &mentee, &mentor, error))
    return FALSE;

  entry = &index->entries[mentee];
  if (entry->fixed_mentor >= 0)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_CONFLICT,
                   _("%s has more than one accepted or pinned mentor."), entry->profile->name);
      return FALSE;
    }
  entry->fixed_mentor = mentor;
  entry->fixed_kind = fixed->kind;
  index->entries[mentor].load++;
  return TRUE;
}

DeskMatchIndex *
_desk_match_index_new (const DeskMatchProblem  *problem,
                       const DeskMatchFixed    *extra,
                       guint                    n_extra,
                       GError                 **error)
{
  g_autoptr(DeskMatchIndex) index = g_new0 (DeskMatchIndex, 1);
  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (guint32));

  index->settings = &problem->settings;
  index->n_entries = problem->profiles->len;
  index->entries = g_new0 (DeskMatchEntry, MAX (index->n_entries, 1));
  index->pool = g_array_new (FALSE, FALSE, sizeof (guint32));
  index->bans = g_array_new (FALSE, FALSE, sizeof (DeskMatchBan));
  index->positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  index->areas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->counties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < index->n_entries; i++)
    index->entries[i].profile = g_ptr_array_index (problem->profiles, i);
  qsort (index->entries, index->n_entries, sizeof (DeskMatchEntry), compare_entries);

  for (guint i = 0; i < index->n_entries; i++)
    {
      DeskMatchEntry *entry = &index->entries[i];

      if (i > 0 && entry->profile->id == entry[-1].profile->id)
        {
          g_autofree char *id = id_text (entry->profile->id);

          g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                       _("Volunteer %s is twice in the list to match."), id);
          return NULL;
        }
      g_hash_table_insert (index->positions, (gpointer) &entry->profile->id, GUINT_TO_POINTER (i + 1));
      index_profile (index, entry, scratch);
    }

  index_bans (index, problem);

  for (guint i = 0; i < problem->fixed->len; i++)
    if (!index_fixed (index, &g_array_index (problem->fixed, DeskMatchFixed, i), error))
      return NULL;
  for (guint i = 0; i < n_extra; i++)
    if (!index_fixed (index, &extra[i], error))
      return NULL;

  return g_steal_pointer (&index);
}

void
_desk_match_index_free (DeskMatchIndex *index)
{
  if (index == NULL)
    return;

  g_free (index->entries);
  g_array_unref (index->pool);
  g_array_unref (index->bans);
  g_hash_table_unref (index->positions);
  g_hash_table_unref (index->areas);
  g_hash_table_unref (index->languages);
  g_hash_table_unref (index->counties);
  g_free (index);
}

guint
_desk_match_index_position (const DeskMatchIndex *index,
                            gint64                id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (index->positions, &id)) - 1;
}

gboolean
_desk_match_index_require (const DeskMatchIndex  *index,
                           gint64                 id,
                           guint                 *position,
                           GError               **error)
{
  *position = _desk_match_index_position (index, id);
  if (*position == G_MAXUINT)
    {
      g_autofree char *text = id_text (id);

      g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND,
                   _("Volunteer %s is not among the volunteers being matched."), text);
      return FALSE;
    }
  return TRUE;
}

gboolean
_desk_match_index_pair (const DeskMatchIndex  *index,
                        gint64                 mentee_id,
                        gint64                 mentor_id,
                        guint                 *mentee,
                        guint                 *mentor,
                        GError               **error)
{
  return _desk_match_index_require (index, mentee_id, mentee, error) &&
         _desk_match_index_require (index, mentor_id, mentor, error);
}

DeskMatchIndex *
_desk_match_index_for_pair (const DeskMatchProblem  *problem,
                            gint64                   mentee_id,
                            gint64                   mentor_id,
                            guint                   *mentee,
                            guint                   *mentor,
                            GError                 **error)
{
  g_autoptr(DeskMatchIndex) index = _desk_match_index_new (problem, NULL, 0, error);

  if (index == NULL || !_desk_match_index_pair (index, mentee_id, mentor_id, mentee, mentor, error))
    return NULL;
  return g_steal_pointer (&index);
}

const guint32 *
_desk_match_index_list (const DeskMatchIndex *index,
                        guint                 at)
{
  return &g_array_index (index->pool, guint32, at);
}

guint
_desk_match_count_shared (const guint32 *a,
                          guint          n_a,
                          const guint32 *b,
                          guint          n_b)
{
  guint i = 0, j = 0, shared = 0;

  while (i < n_a && j < n_b)
    {
      if (a[i] < b[j])
        i++;
      else if (a[i] > b[j])
        j++;
      else
        shared++, i++, j++;
    }
  return shared;
}

static gboolean
tiers_fit (DeskTier mentor_tier,
           DeskTier mentee_tier)
{
  return (mentor_tier == DESK_TIER_SENIOR && mentee_tier == DESK_TIER_INTERMEDIATE) ||
         (mentor_tier == DESK_TIER_INTERMEDIATE && mentee_tier == DESK_TIER_NOVICE);
}

guint
_desk_match_index_rules (const DeskMatchIndex *index,
                         guint                 mentee,
                         guint                 mentor)
{
  const DeskMatchEntry *me = &index->entries[mentee];
  const DeskMatchEntry *mo = &index->entries[mentor];
  const DeskMatchProfile *a = me->profile;
  const DeskMatchProfile *b = mo->profile;
  DeskTraining required = index->settings->required_training;
  guint rules = 0;

  if (a->id == b->id)
    rules |= DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_SAME_PERSON);
  if (!a->active || !b->active)
    rules |= DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_INACTIVE);
  if (!b->is_mentor)
    rules |= DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_NOT_A_MENTOR);
  if (!a->wants_mentor)
    rules |= DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_NOT_SEEKING);
  if (me->fixed_mentor >= 0)
    rules |= DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_HAS_MENTOR);
  if (index->settings->tiered && !tiers_fit (b->mentor_tier, a->mentee_tier))
    rules |= DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_WRONG_TIERS);

  for (guint i = 0; i < me->n_bans; i++)
    {
      const DeskMatchBan *ban = &g_array_index (index->bans, DeskMatchBan, me->bans + i);

      if (ban->mentor == mentor)
        rules |= DESK_MATCH_RULE_BIT (ban->rule);
    }

  if (me->n_must > 0 &&
      _desk_match_count_shared (_desk_match_index_list (index, me->must), me->n_must,
                                _desk_match_index_list (index, mo->languages), mo->n_languages) < me->n_must)
    rules |= DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_LANGUAGE);
  if ((b->trainings & required) != required)
    rules |= DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_TRAINING);
  if (_desk_match_free_places (mo) == 0)
    rules |= DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_AT_CAPACITY);

  return rules;
}

/* The sentence for one broken rule, with the particulars where they help. */
static char *
rule_sentence (const DeskMatchIndex *index,
               guint                 mentee,
               guint                 mentor,
               DeskMatchExclusion    rule)
{
  const DeskMatchEntry *me = &index->entries[mentee];
  const DeskMatchEntry *mo = &index->entries[mentor];

  if (rule == DESK_MATCH_EXCLUSION_LANGUAGE)
    {
      GArray *languages = me->profile->languages;

      for (guint i = 0; i < languages->len; i++)
        {
          const DeskMatchLanguage *language = &g_array_index (languages, DeskMatchLanguage, i);
          guint32 id = _desk_match_index_intern_find (index->languages, language->language);

          if (language->must_share &&
              _desk_match_count_shared (&id, 1, _desk_match_index_list (index, mo->languages), mo->n_languages) == 0)
            return g_strdup_printf (_("The mentor does not speak %s, which the mentee needs."), language->language);
        }
    }
  else if (rule == DESK_MATCH_EXCLUSION_TRAINING)
    {
      guint missing = index->settings->required_training & ~mo->profile->trainings;
      g_autofree char *names = desk_flags_labels (DESK_TYPE_TRAINING, missing);

      return g_strdup_printf (_("The mentor has not completed training the program requires: %s."), names);
    }

  return g_strdup (desk_match_exclusion_label (rule));
}

char *
_desk_match_index_why_not (const DeskMatchIndex *index,
                           guint                 mentee,
                           guint                 mentor)
{
  guint rules = _desk_match_index_rules (index, mentee, mentor);
  GString *text;
  guint score;

  if (rules == 0)
    {
      score = _desk_match_index_score (index, mentee, mentor, NULL);
      if (score >= index->settings->floor)
        return NULL;
      return g_strdup_printf (_("Their score, %u, is under the lowest score the program proposes (%u)."),
                              score, index->settings->floor);
    }

  text = g_string_new (NULL);
  for (guint rule = DESK_MATCH_EXCLUSION_SAME_PERSON; rule <= DESK_MATCH_EXCLUSION_AT_CAPACITY; rule++)
    if (rules & DESK_MATCH_RULE_BIT (rule))
      {
        g_autofree char *sentence = rule_sentence (index, mentee, mentor, rule);

        if (text->len > 0)
          g_string_append_c (text, ' ');
        g_string_append (text, sentence);
      }
  return g_string_free (text, FALSE);
}
