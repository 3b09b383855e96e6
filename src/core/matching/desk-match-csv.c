/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-match-csv"

#include "config.h"

#include "desk-match-private.h"
#include "desk-matcher.h"

/* Bytes gathered before each write. */
#define CHUNK (64 * 1024)

gboolean
desk_matcher_write_scores_csv (DeskMatchProblem  *problem,
                               GOutputStream     *stream,
                               GCancellable      *cancellable,
                               GError           **error)
{
  g_autoptr(DeskMatchIndex) index = NULL;
  g_autoptr(GArray) mentors = NULL;
  g_autoptr(GString) buffer = NULL;
  const char *nicks[DESK_MATCH_EXCLUSION_AT_CAPACITY + 1];

  g_return_val_if_fail (problem != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  index = _desk_match_index_new (problem, NULL, 0, error);
  if (index == NULL)
    return FALSE;

  for (guint rule = 0; rule < G_N_ELEMENTS (nicks); rule++)
    nicks[rule] = desk_match_exclusion_nick (rule);

  mentors = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < index->n_entries; i++)
    if (index->entries[i].profile->is_mentor)
      g_array_append_val (mentors, i);

  buffer = g_string_sized_new (CHUNK + 256);
  g_string_append (buffer, "mentee_id,mentor_id,mentor_free_slots,score,excluded_by\n");

  for (guint mentee = 0; mentee < index->n_entries; mentee++)
    {
      const DeskMatchProfile *a = index->entries[mentee].profile;

      if (!a->wants_mentor)
        continue;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      for (guint m = 0; m < mentors->len; m++)
        {
          guint mentor = g_array_index (mentors, guint, m);
          const DeskMatchEntry *entry = &index->entries[mentor];
          guint free_slots = _desk_match_free_places (entry);
          guint rules = _desk_match_index_rules (index, mentee, mentor);

          g_string_append_printf (buffer, "%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%u,",
                                  a->id, entry->profile->id, free_slots);
          if (rules != 0)
            g_string_append_printf (buffer, ",%s\n", nicks[desk_match_exclusion_first (rules)]);
          else
            g_string_append_printf (buffer, "%u,\n", _desk_match_index_score (index, mentee, mentor, NULL));

          if (buffer->len >= CHUNK)
            {
              if (!g_output_stream_write_all (stream, buffer->str, buffer->len, NULL, cancellable, error))
                return FALSE;
              g_string_truncate (buffer, 0);
            }
        }
    }

  return g_output_stream_write_all (stream, buffer->str, buffer->len, NULL, cancellable, error);
}
