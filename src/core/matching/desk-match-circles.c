/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-match-circles"

#include "config.h"

#include <stdlib.h>

#include "desk-error.h"
#include "desk-match-circles.h"
#include "desk-match-private.h"

/*
 * The method.  Each circle needs one practice area, chosen among its
 * facilitator's; a mentee may join a circle on an area the mentee also has.
 *
 *  1. Given every facilitator's area, membership is an exact assignment
 *     (desk_match_solve_assignment) of mentees to circle seats: a seat
 *     costs 100 − the mentee's score with the facilitator, staying out
 *     costs more than any circle of members can save, so the assignment
 *     first places the most mentees, then the most compatible ones.
 *  2. The areas start greedy: facilitators in id order each take the area
 *     that the most mentees not yet spoken for could join.
 *  3. Then local search: each facilitator in turn tries each of their other
 *     areas, and a change is kept when step 1 places more mentees (or as
 *     many, more compatible).  Passes repeat until none improves, at most
 *     MAX_PASSES times.
 *
 * Step 1 is exact; the choice of areas is a local optimum (finding the best
 * choice of areas outright is a set-packing problem).  Each try costs one
 * assignment of mentees × facilitators × circle size.
 */

#define MAX_PASSES 4

/* The rules between a member and the facilitator; tiers, capacity and
 * one-to-one pairings belong to one-to-one matching. */
#define CIRCLE_RULES (DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_SAME_PERSON) | \
                      DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_INACTIVE) | \
                      DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_NOT_A_MENTOR) | \
                      DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_NEVER_PAIR) | \
                      DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_DECLINED) | \
                      DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST) | \
                      DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_LANGUAGE) | \
                      DESK_MATCH_RULE_BIT (DESK_MATCH_EXCLUSION_TRAINING))

typedef struct
{
  const DeskMatchIndex *index;
  guint                 n_facilitators;
  guint                 n_mentees;
  guint                 seats;        /* per circle */
  guint                *facilitators; /* index positions */
  guint                *mentees;
  gint32               *base;         /* n_mentees × n_facilitators: 100 − score, or FORBIDDEN */
  guint32              *area;         /* each facilitator's area, 0 for none */
  gint32               *costs;        /* n_mentees × (n_facilitators × seats) */
  int                  *columns;
  gint32                outside;      /* the cost of staying out of every circle */
} Circles;

static void
circles_clear (Circles *c)
{
  g_free (c->facilitators);
  g_free (c->mentees);
  g_free (c->base);
  g_free (c->area);
  g_free (c->costs);
  g_free (c->columns);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Circles, circles_clear)

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* Index positions of @ids, sorted, each once; NULL with an error for an unknown id. */
static guint *
positions_of (const DeskMatchIndex  *index,
              const gint64          *ids,
              guint                  n_ids,
              guint                 *n_positions,
              GError               **error)
{
  g_autofree guint *positions = g_new (guint, MAX (n_ids, 1));
  guint kept = 0;

  for (guint i = 0; i < n_ids; i++)
    {
      if (!_desk_match_index_require (index, ids[i], &positions[i], error))
        return NULL;
    }
  qsort (positions, n_ids, sizeof (guint), compare_positions);
  for (guint i = 0; i < n_ids; i++)
    if (kept == 0 || positions[kept - 1] != positions[i])
      positions[kept++] = positions[i];

  *n_positions = kept;
  return g_steal_pointer (&positions);
}

static gboolean
has_area (const Circles *c,
          guint          mentee,
          guint32        area)
{
  const DeskMatchEntry *entry = &c->index->entries[c->mentees[mentee]];

  return area != 0 &&
         _desk_match_count_shared (&area, 1, _desk_match_index_list (c->index, entry->areas), entry->n_areas) == 1;
}

/* Step 1: the best membership for the current areas; returns its cost. */
static gboolean
place (Circles       *c,
       gint64        *cost,
       GCancellable  *cancellable,
       GError       **error)
{
  guint n_columns = c->n_facilitators * c->seats;

  for (guint i = 0; i < c->n_mentees; i++)
    for (guint f = 0; f < c->n_facilitators; f++)
      {
        gint32 seat = has_area (c, i, c->area[f]) ? c->base[(gsize) i * c->n_facilitators + f] : DESK_MATCH_COST_FORBIDDEN;
        gint32 *out = c->costs + (gsize) i * n_columns + (gsize) f * c->seats;

        for (guint s = 0; s < c->seats; s++)
          out[s] = seat;
      }

  return desk_match_solve_assignment (c->costs, c->n_mentees, n_columns, c->outside, c->columns, cost,
                                      NULL, NULL, cancellable, error);
}

/* Step 2: each facilitator in turn takes the area most mentees not yet spoken for share. */
static void
choose_greedy_areas (Circles *c)
{
  g_autofree gboolean *spoken_for = g_new0 (gboolean, MAX (c->n_mentees, 1));

  for (guint f = 0; f < c->n_facilitators; f++)
    {
      const DeskMatchEntry *entry = &c->index->entries[c->facilitators[f]];
      const guint32 *areas = _desk_match_index_list (c->index, entry->areas);
      guint best_count = 0;
      guint32 best = entry->n_areas > 0 ? areas[0] : 0;
      guint taken = 0;

      for (guint a = 0; a < entry->n_areas; a++)
        {
          guint count = 0;

          for (guint i = 0; i < c->n_mentees; i++)
            if (!spoken_for[i] && c->base[(gsize) i * c->n_facilitators + f] != DESK_MATCH_COST_FORBIDDEN &&
                has_area (c, i, areas[a]))
              count++;
          if (MIN (count, c->seats) > best_count)
            {
              best_count = MIN (count, c->seats);
              best = areas[a];
            }
        }

      c->area[f] = best;
      for (guint i = 0; i < c->n_mentees && taken < c->seats; i++)
        if (!spoken_for[i] && c->base[(gsize) i * c->n_facilitators + f] != DESK_MATCH_COST_FORBIDDEN &&
            has_area (c, i, best))
          spoken_for[i] = TRUE, taken++;
    }
}

/* Step 3. */
static gboolean
improve_areas (Circles       *c,
               GCancellable  *cancellable,
               GError       **error)
{
  gint64 cost;
  gboolean improved = TRUE;

  if (!place (c, &cost, cancellable, error))
    return FALSE;

  for (guint pass = 0; pass < MAX_PASSES && improved; pass++)
    {
      improved = FALSE;
      for (guint f = 0; f < c->n_facilitators; f++)
        {
          const DeskMatchEntry *entry = &c->index->entries[c->facilitators[f]];
          const guint32 *areas = _desk_match_index_list (c->index, entry->areas);

          for (guint a = 0; a < entry->n_areas; a++)
            {
              guint32 kept = c->area[f];
              gint64 tried;

              if (areas[a] == kept)
                continue;
              c->area[f] = areas[a];
              if (!place (c, &tried, cancellable, error))
                return FALSE;
              if (tried < cost)
                cost = tried, improved = TRUE;
              else
                c->area[f] = kept;
            }
        }
    }

  /* Leave the membership of the areas kept in c->columns. */
  return place (c, &cost, cancellable, error);
}

/* The facilitator's own spelling of interned area @area. */
static const char *
area_name (const DeskMatchIndex   *index,
           const DeskMatchProfile *profile,
           guint32                 area)
{
  for (guint i = 0; profile->practice_areas[i] != NULL; i++)
    if (_desk_match_index_intern_find (index->areas, profile->practice_areas[i]) == area)
      return profile->practice_areas[i];
  g_return_val_if_reached ("");
}

static void
circle_free (gpointer data)
{
  DeskMatchCircle *circle = data;

  g_free (circle->practice_area);
  g_array_unref (circle->mentee_ids);
  g_free (circle);
}

static DeskMatchCircles *
collect (const Circles *c)
{
  DeskMatchCircles *circles = g_new0 (DeskMatchCircles, 1);
  g_autofree DeskMatchCircle **by_facilitator = g_new0 (DeskMatchCircle *, MAX (c->n_facilitators, 1));

  circles->circles = g_ptr_array_new_with_free_func (circle_free);
  circles->unplaced = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Mentees come by id, so members do too. */
  for (guint i = 0; i < c->n_mentees; i++)
    {
      gint64 id = c->index->entries[c->mentees[i]].profile->id;
      guint f;

      if (c->columns[i] < 0)
        {
          g_array_append_val (circles->unplaced, id);
          continue;
        }
      f = c->columns[i] / c->seats;
      if (by_facilitator[f] == NULL)
        {
          const DeskMatchProfile *facilitator = c->index->entries[c->facilitators[f]].profile;

          by_facilitator[f] = g_new0 (DeskMatchCircle, 1);
          by_facilitator[f]->facilitator_id = facilitator->id;
          by_facilitator[f]->practice_area = g_strdup (area_name (c->index, facilitator, c->area[f]));
          by_facilitator[f]->mentee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
        }
      g_array_append_val (by_facilitator[f]->mentee_ids, id);
    }

  for (guint f = 0; f < c->n_facilitators; f++)
    if (by_facilitator[f] != NULL)
      g_ptr_array_add (circles->circles, by_facilitator[f]);

  return circles;
}

DeskMatchCircles *
desk_matcher_form_circles (DeskMatchProblem  *problem,
                           const gint64      *facilitator_ids,
                           guint              n_facilitators,
                           const gint64      *mentee_ids,
                           guint              n_mentees,
                           GCancellable      *cancellable,
                           GError           **error)
{
  g_autoptr(GPtrArray) problems = desk_problems_new ();
  g_autoptr(DeskMatchIndex) index = NULL;
  g_auto(Circles) c = { 0 };

  g_return_val_if_fail (problem != NULL, NULL);
  g_return_val_if_fail (facilitator_ids != NULL || n_facilitators == 0, NULL);
  g_return_val_if_fail (mentee_ids != NULL || n_mentees == 0, NULL);

  if (!desk_match_settings_validate (&problem->settings, problems))
    {
      desk_problems_propagate (problems, error);
      return NULL;
    }

  index = _desk_match_index_new (problem, NULL, 0, error);
  if (index == NULL)
    return NULL;

  c.index = index;
  c.seats = problem->settings.circle_size;
  c.facilitators = positions_of (index, facilitator_ids, n_facilitators, &c.n_facilitators, error);
  if (c.facilitators == NULL)
    return NULL;
  c.mentees = positions_of (index, mentee_ids, n_mentees, &c.n_mentees, error);
  if (c.mentees == NULL)
    return NULL;

  /* One more member always outweighs any gain in compatibility. */
  c.outside = 100 * ((gint32) c.n_mentees + 1) + 1;
  c.base = g_new (gint32, MAX ((gsize) c.n_mentees * c.n_facilitators, 1));
  c.area = g_new0 (guint32, MAX (c.n_facilitators, 1));
  c.costs = g_new (gint32, MAX ((gsize) c.n_mentees * c.n_facilitators * c.seats, 1));
  c.columns = g_new (int, MAX (c.n_mentees, 1));

  for (guint i = 0; i < c.n_mentees; i++)
    for (guint f = 0; f < c.n_facilitators; f++)
      {
        guint mentee = c.mentees[i], facilitator = c.facilitators[f];

        c.base[(gsize) i * c.n_facilitators + f] =
          (_desk_match_index_rules (index, mentee, facilitator) & CIRCLE_RULES) != 0 ?
          DESK_MATCH_COST_FORBIDDEN :
          100 - (gint32) _desk_match_index_score (index, mentee, facilitator, NULL);
      }

  choose_greedy_areas (&c);
  if (!improve_areas (&c, cancellable, error))
    return NULL;
  return collect (&c);
}

void
desk_match_circles_free (DeskMatchCircles *circles)
{
  if (circles == NULL)
    return;

  g_ptr_array_unref (circles->circles);
  g_array_unref (circles->unplaced);
  g_free (circles);
}
