/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Mentoring circles: one facilitator (a mentor) and up to
 * DeskMatchSettings.circle_size mentees who share a practice area. */

#include <gio/gio.h>

#include "desk-match-problem.h"

G_BEGIN_DECLS

/**
 * DeskMatchCircle:
 * @facilitator_id: the mentor who leads the circle
 * @practice_area: the area every member shares, as the facilitator wrote it
 * @mentee_ids: the members (gint64), by id
 */
typedef struct
{
  gint64  facilitator_id;
  char   *practice_area;
  GArray *mentee_ids;
} DeskMatchCircle;

/**
 * DeskMatchCircles:
 * @circles: DeskMatchCircle, by facilitator id; a facilitator nobody can
 *   join has none
 * @unplaced: the mentees (gint64) in no circle, by id
 */
typedef struct
{
  GPtrArray *circles;
  GArray    *unplaced;
} DeskMatchCircles;

/**
 * desk_matcher_form_circles: groups @mentee_ids into circles led by
 * @facilitator_ids, placing as many mentees as it can in a circle on one of
 * their practice areas, then preferring members compatible with their
 * facilitator.  The rules that keep two people apart (never pair, conflict
 * of interest, a needed language, required training, …) apply between each
 * member and the facilitator; tiers, capacities and one-to-one pairings do
 * not.  See desk-match-circles.c for the method.
 */
DeskMatchCircles *desk_matcher_form_circles (DeskMatchProblem  *problem,
                                             const gint64      *facilitator_ids,
                                             guint              n_facilitators,
                                             const gint64      *mentee_ids,
                                             guint              n_mentees,
                                             GCancellable      *cancellable,
                                             GError           **error);
/** desk_match_circles_free: frees @circles and everything in it. */
void              desk_match_circles_free   (DeskMatchCircles  *circles);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskMatchCircles, desk_match_circles_free)

G_END_DECLS
