/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-match-score"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-labels.h"
#include "desk-match-private.h"

/* Parts at or above this are reasons for a pair, at or below WEAK reasons against. */
#define STRONG          700
#define WEAK            300
#define MAX_STRONG      4
#define MAX_WEAK        2
/* Shared weekly blocks that earn full marks for availability. */
#define FULL_BLOCKS     3
/* Points per mille an experience gap loses for each year above the ideal, and its lowest. */
#define YEAR_ABOVE_COST 50
#define LOWEST_ABOVE    300

#define BIT(component) (1u << (component))

static const char * const block_names[21] = {
  N_("Monday mornings"), N_("Monday afternoons"), N_("Monday evenings"),
  N_("Tuesday mornings"), N_("Tuesday afternoons"), N_("Tuesday evenings"),
  N_("Wednesday mornings"), N_("Wednesday afternoons"), N_("Wednesday evenings"),
  N_("Thursday mornings"), N_("Thursday afternoons"), N_("Thursday evenings"),
  N_("Friday mornings"), N_("Friday afternoons"), N_("Friday evenings"),
  N_("Saturday mornings"), N_("Saturday afternoons"), N_("Saturday evenings"),
  N_("Sunday mornings"), N_("Sunday afternoons"), N_("Sunday evenings"),
};

static guint
experience_part (int                      gap,
                 const DeskMatchSettings *settings)
{
  if (gap >= settings->ideal_gap_min && gap <= settings->ideal_gap_max)
    return DESK_MATCH_PART_FULL;
  if (gap < settings->ideal_gap_min)
    return gap <= 0 ? 0 : DESK_MATCH_PART_FULL * gap / settings->ideal_gap_min;
  return MAX (LOWEST_ABOVE, (int) DESK_MATCH_PART_FULL - YEAR_ABOVE_COST * (gap - settings->ideal_gap_max));
}

guint
_desk_match_index_score (const DeskMatchIndex *index,
                         guint                 mentee,
                         guint                 mentor,
                         DeskMatchScore       *detail)
{
  const DeskMatchEntry *me = &index->entries[mentee];
  const DeskMatchEntry *mo = &index->entries[mentor];
  const DeskMatchProfile *a = me->profile;
  const DeskMatchProfile *b = mo->profile;
  const DeskMatchSettings *settings = index->settings;
  guint parts[DESK_MATCH_N_COMPONENTS];
  guint known = 0;
  guint64 total = 0, weights = 0;
  guint score;

  for (guint i = 0; i < DESK_MATCH_N_COMPONENTS; i++)
    parts[i] = DESK_MATCH_PART_UNKNOWN;

  if (me->n_areas > 0)
    {
      guint shared = _desk_match_count_shared (_desk_match_index_list (index, me->areas), me->n_areas,
                                               _desk_match_index_list (index, mo->areas), mo->n_areas);

      parts[DESK_MATCH_COMPONENT_PRACTICE_AREAS] = DESK_MATCH_PART_FULL * shared / me->n_areas;
      known |= BIT (DESK_MATCH_COMPONENT_PRACTICE_AREAS);
    }

  if (a->goals != 0)
    {
      parts[DESK_MATCH_COMPONENT_GOALS] = DESK_MATCH_PART_FULL * __builtin_popcount (a->goals & b->can_help_with) /
                                          __builtin_popcount (a->goals);
      known |= BIT (DESK_MATCH_COMPONENT_GOALS);
    }

  if ((a->availability & DESK_AVAILABILITY_ALL) != 0 && (b->availability & DESK_AVAILABILITY_ALL) != 0)
    {
      guint shared = __builtin_popcount (a->availability & b->availability & DESK_AVAILABILITY_ALL);

      parts[DESK_MATCH_COMPONENT_AVAILABILITY] = DESK_MATCH_PART_FULL * MIN (shared, FULL_BLOCKS) / FULL_BLOCKS;
      known |= BIT (DESK_MATCH_COMPONENT_AVAILABILITY);
    }

  if (me->n_languages > 0 && mo->n_languages > 0)
    {
      gboolean shared = _desk_match_count_shared (_desk_match_index_list (index, me->languages), me->n_languages,
                                                  _desk_match_index_list (index, mo->languages), mo->n_languages) > 0;

      parts[DESK_MATCH_COMPONENT_LANGUAGE] = shared ? DESK_MATCH_PART_FULL : 0;
      known |= BIT (DESK_MATCH_COMPONENT_LANGUAGE);
    }

  if (a->years_experience >= 0 && b->years_experience >= 0)
    {
      parts[DESK_MATCH_COMPONENT_EXPERIENCE] = experience_part (b->years_experience - a->years_experience, settings);
      known |= BIT (DESK_MATCH_COMPONENT_EXPERIENCE);
    }

  if ((me->county != 0 && me->county == mo->county) || (a->remote_ok && b->remote_ok))
    {
      parts[DESK_MATCH_COMPONENT_LOCATION] = DESK_MATCH_PART_FULL;
      known |= BIT (DESK_MATCH_COMPONENT_LOCATION);
    }
  else if (me->county != 0 && mo->county != 0)
    {
      parts[DESK_MATCH_COMPONENT_LOCATION] = 0;
      known |= BIT (DESK_MATCH_COMPONENT_LOCATION);
    }

  if (a->meeting_modes != 0 && b->meeting_modes != 0)
    {
      guint shared = a->meeting_modes & b->meeting_modes;
      gboolean apart = me->county != 0 && mo->county != 0 && me->county != mo->county;

      if (shared == 0)
        parts[DESK_MATCH_COMPONENT_MEETING] = 0;
      else if (shared == DESK_MEETING_IN_PERSON && apart)
        parts[DESK_MATCH_COMPONENT_MEETING] = DESK_MATCH_PART_FULL / 2;
      else
        parts[DESK_MATCH_COMPONENT_MEETING] = DESK_MATCH_PART_FULL;
      known |= BIT (DESK_MATCH_COMPONENT_MEETING);
    }

  if (a->monthly_hours > 0 && b->monthly_hours > 0)
    {
      parts[DESK_MATCH_COMPONENT_HOURS] = b->monthly_hours >= a->monthly_hours ?
                                          DESK_MATCH_PART_FULL :
                                          DESK_MATCH_PART_FULL * b->monthly_hours / a->monthly_hours;
      known |= BIT (DESK_MATCH_COMPONENT_HOURS);
    }

  for (guint i = 0; i < DESK_MATCH_N_COMPONENTS; i++)
    {
      total += (guint64) settings->weights[i] * parts[i];
      weights += settings->weights[i];
    }
  /* The weighted mean, per mille to percent, rounded half up. */
  score = weights > 0 ? (guint) ((total + 5 * weights) / (10 * weights)) : 0;

  if (detail != NULL)
    {
      detail->score = score;
      detail->known = known;
      for (guint i = 0; i < DESK_MATCH_N_COMPONENTS; i++)
        detail->parts[i] = parts[i];
    }
  return score;
}

/* "A", "A and B", "A, B and C", "A, B, C and 2 more" */
static char *
join_names (GPtrArray *names)
{
  const char **n = (const char **) names->pdata;

  switch (names->len)
    {
    case 0:
      return g_strdup ("");
    case 1:
      return g_strdup (n[0]);
    case 2:
      return g_strdup_printf (C_("list of two", "%s and %s"), n[0], n[1]);
    case 3:
      return g_strdup_printf (C_("list of three", "%s, %s and %s"), n[0], n[1], n[2]);
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s, %s and %u more", "%s, %s, %s and %u more",
                                           names->len - 3),
                              n[0], n[1], n[2], names->len - 3);
    }
}

/* The mentee's own spelling of each entry of @texts whose interned id the
 * mentor's run also holds, in the mentee's order, each once. */
static GPtrArray *
shared_names (const DeskMatchIndex *index,
              GHashTable           *table,
              const char * const   *texts,
              guint                 n_texts,
              guint                 stride,
              guint                 mentor_list,
              guint                 n_mentor_list)
{
  GPtrArray *names = g_ptr_array_new ();
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < n_texts; i++)
    {
      const char *text = *(const char * const *) ((const char *) texts + i * stride);
      guint32 id = _desk_match_index_intern_find (table, text);
      gboolean repeat = FALSE;

      for (guint j = 0; j < seen->len; j++)
        repeat |= g_array_index (seen, guint32, j) == id;
      if (id == 0 || repeat ||
          _desk_match_count_shared (&id, 1, _desk_match_index_list (index, mentor_list), n_mentor_list) == 0)
        continue;
      g_array_append_val (seen, id);
      g_ptr_array_add (names, (gpointer) text);
    }
  return names;
}

static char *
flag_names (GType flags_type,
            guint flags)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint bit = 0; bit < 32; bit++)
    if (flags & (1u << bit))
      g_ptr_array_add (names, (gpointer) desk_flag_label (flags_type, 1u << bit));
  return join_names (names);
}

static char *
strong_reason (const DeskMatchIndex *index,
               guint                 mentee,
               guint                 mentor,
               DeskMatchComponent    component,
               guint                 part)
{
  const DeskMatchEntry *me = &index->entries[mentee];
  const DeskMatchEntry *mo = &index->entries[mentor];
  const DeskMatchProfile *a = me->profile;
  const DeskMatchProfile *b = mo->profile;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *list = NULL;
  int gap;

  switch (component)
    {
    case DESK_MATCH_COMPONENT_PRACTICE_AREAS:
      names = shared_names (index, index->areas, (const char * const *) a->practice_areas,
                            g_strv_length (a->practice_areas), sizeof (char *), mo->areas, mo->n_areas);
      list = join_names (names);
      return g_strdup_printf (_("shares %s"), list);

    case DESK_MATCH_COMPONENT_GOALS:
      list = flag_names (DESK_TYPE_MENTORING_GOAL, a->goals & b->can_help_with);
      return g_strdup_printf (_("can help with %s"), list);

    case DESK_MATCH_COMPONENT_AVAILABILITY:
      names = g_ptr_array_new ();
      for (guint block = 0; block < G_N_ELEMENTS (block_names); block++)
        if (a->availability & b->availability & (1u << block))
          g_ptr_array_add (names, (gpointer) g_dgettext (GETTEXT_PACKAGE, block_names[block]));
      list = join_names (names);
      return g_strdup_printf (_("both free %s"), list);

    case DESK_MATCH_COMPONENT_LANGUAGE:
      names = shared_names (index, index->languages, (const char * const *) a->languages->data,
                            a->languages->len, sizeof (DeskMatchLanguage), mo->languages, mo->n_languages);
      list = join_names (names);
      return g_strdup_printf (_("both speak %s"), list);

    case DESK_MATCH_COMPONENT_EXPERIENCE:
      gap = b->years_experience - a->years_experience;
      if (part == DESK_MATCH_PART_FULL)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d more year of experience (ideal)",
                                             "%d more years of experience (ideal)", gap), gap);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d more year of experience",
                                           "%d more years of experience", gap), gap);

    case DESK_MATCH_COMPONENT_LOCATION:
      if (me->county != 0 && me->county == mo->county)
        return g_strdup_printf (_("both in %s"), a->county);
      return g_strdup (_("both open to meeting remotely"));

    case DESK_MATCH_COMPONENT_MEETING:
      list = flag_names (DESK_TYPE_MEETING_MODE, a->meeting_modes & b->meeting_modes);
      return g_strdup_printf (_("both willing to meet: %s"), list);

    case DESK_MATCH_COMPONENT_HOURS:
      if (part < DESK_MATCH_PART_FULL)
        return NULL;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour a month to give, %u wanted",
                                           "%u hours a month to give, %u wanted", b->monthly_hours),
                              b->monthly_hours, a->monthly_hours);

    case DESK_MATCH_N_COMPONENTS:
    default:
      g_assert_not_reached ();
    }
}

static char *
weak_reason (const DeskMatchIndex *index,
             guint                 mentee,
             guint                 mentor,
             DeskMatchComponent    component)
{
  const DeskMatchEntry *me = &index->entries[mentee];
  const DeskMatchEntry *mo = &index->entries[mentor];
  const DeskMatchProfile *a = me->profile;
  const DeskMatchProfile *b = mo->profile;
  guint shared, wanted;
  int gap;

  switch (component)
    {
    case DESK_MATCH_COMPONENT_PRACTICE_AREAS:
      shared = _desk_match_count_shared (_desk_match_index_list (index, me->areas), me->n_areas,
                                         _desk_match_index_list (index, mo->areas), mo->n_areas);
      if (shared == 0)
        return g_strdup (_("no shared practice area"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "covers %u of %u practice area",
                                           "covers %u of %u practice areas", me->n_areas),
                              shared, me->n_areas);

    case DESK_MATCH_COMPONENT_GOALS:
      shared = __builtin_popcount (a->goals & b->can_help_with);
      wanted = __builtin_popcount (a->goals);
      if (shared == 0)
        return g_strdup (_("cannot help with the mentee’s goals"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "helps with %u of %u goal",
                                           "helps with %u of %u goals", wanted),
                              shared, wanted);

    case DESK_MATCH_COMPONENT_AVAILABILITY:
      return g_strdup (_("no shared availability"));

    case DESK_MATCH_COMPONENT_LANGUAGE:
      return g_strdup (_("no shared language"));

    case DESK_MATCH_COMPONENT_EXPERIENCE:
      gap = b->years_experience - a->years_experience;
      if (gap <= 0)
        return g_strdup (_("no more experience than the mentee"));
      if (gap < index->settings->ideal_gap_min)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "only %d more year of experience",
                                             "only %d more years of experience", gap), gap);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d more year of experience (a wide gap)",
                                           "%d more years of experience (a wide gap)", gap), gap);

    case DESK_MATCH_COMPONENT_LOCATION:
      return g_strdup (_("different counties, and not both open to meeting remotely"));

    case DESK_MATCH_COMPONENT_MEETING:
      return g_strdup (_("no shared way to meet"));

    case DESK_MATCH_COMPONENT_HOURS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "the mentor has %u hour a month, the mentee wants %u",
                                           "the mentor has %u hours a month, the mentee wants %u", b->monthly_hours),
                              b->monthly_hours, a->monthly_hours);

    case DESK_MATCH_N_COMPONENTS:
    default:
      g_assert_not_reached ();
    }
}

typedef struct
{
  guint  component;
  guint  weight;  /* how much it moves the score: weight × part, or × (1000 − part) */
} Reason;

static int
compare_reasons (gconstpointer a,
                 gconstpointer b)
{
  const Reason *x = a;
  const Reason *y = b;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return (x->component > y->component) - (x->component < y->component);
}

static void
append_reason (GString    *text,
               const char *reason)
{
  if (reason == NULL)
    return;

  if (text->len == 0)
    {
      gunichar first = g_utf8_get_char (reason);

      g_string_append_unichar (text, g_unichar_toupper (first));
      g_string_append (text, g_utf8_next_char (reason));
    }
  else
    {
      g_string_append (text, " · ");
      g_string_append (text, reason);
    }
}

char *
_desk_match_index_explain (const DeskMatchIndex *index,
                           guint                 mentee,
                           guint                 mentor)
{
  const guint *weights = index->settings->weights;
  DeskMatchScore score;
  Reason strong[DESK_MATCH_N_COMPONENTS], weak[DESK_MATCH_N_COMPONENTS];
  guint n_strong = 0, n_weak = 0;
  GString *text = g_string_new (NULL);

  _desk_match_index_score (index, mentee, mentor, &score);

  for (guint i = 0; i < DESK_MATCH_N_COMPONENTS; i++)
    {
      if (!(score.known & BIT (i)) || weights[i] == 0)
        continue;
      if (score.parts[i] >= STRONG)
        strong[n_strong++] = (Reason) { i, weights[i] * score.parts[i] };
      else if (score.parts[i] <= WEAK)
        weak[n_weak++] = (Reason) { i, weights[i] * (DESK_MATCH_PART_FULL - score.parts[i]) };
    }
  qsort (strong, n_strong, sizeof (Reason), compare_reasons);
  qsort (weak, n_weak, sizeof (Reason), compare_reasons);

  for (guint i = 0; i < MIN (n_strong, MAX_STRONG); i++)
    {
      g_autofree char *reason = strong_reason (index, mentee, mentor, strong[i].component,
                                               score.parts[strong[i].component]);
      append_reason (text, reason);
    }
  for (guint i = 0; i < MIN (n_weak, MAX_WEAK); i++)
    {
      g_autofree char *reason = weak_reason (index, mentee, mentor, weak[i].component);
      append_reason (text, reason);
    }

  if (text->len == 0)
    g_string_append (text, _("Nothing stands out either way"));
  return g_string_free (text, FALSE);
}
