/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The LSC problem code whose cases count as domestic violence: 37
 * "Domestic Abuse" (LSC CSR Handbook, 2017 edition, chapter IX, Family
 * category: "legal assistance to victims of domestic abuse, such as
 * protection orders").  Custody, divorce or housing cases of victims are
 * counted under their own codes, as the CSR does. */
#define DESK_REPORT_DV_PROBLEM_CODE "37"

/**
 * DeskReportSummary:
 *
 * The key figures of a report.  A case counts when it is not archived and
 * not rejected, and is in scope (attributed to the grant, or to a grant of
 * the funder); the period is inclusive.
 *
 * - @cases_opened: opened in the period
 * - @cases_closed: with a closing date in the period
 * - @cases_open_at_end: opened by the last day and not closed by then
 * - @cases_served: open at any time during the period
 * - @clients_served: distinct clients of the cases served
 * - @household_adults, @household_children, @household_persons: the people
 *   in those clients' households, each household once (LSC Form G-2)
 * - @dv_cases: cases served with problem code DESK_REPORT_DV_PROBLEM_CODE
 * - @volunteer_tenths: hours, in tenths, worked in the period and charged
 *   in scope (any hour for the clinic), on cases that are not archived
 * - @donated_value_cents: those hours at the rate of the grant each is
 *   charged to, or the default rate
 * - @amount_recovered_cents: recovered or saved by the cases closed in the period
 */
typedef struct
{
  gint64 cases_opened;
  gint64 cases_closed;
  gint64 cases_open_at_end;
  gint64 cases_served;
  gint64 clients_served;
  gint64 household_adults;
  gint64 household_children;
  gint64 household_persons;
  gint64 dv_cases;
  gint64 volunteer_tenths;
  gint64 donated_value_cents;
  gint64 amount_recovered_cents;
} DeskReportSummary;

/**
 * DeskReportMentorship:
 * @mentees_with_cases: volunteers who handled a case served in the period
 *   under a supervising mentor (cases.mentor_id set)
 * @mentors_supervising: the mentors of those cases
 * @cases_with_mentor: cases served in the period that had a mentor
 * @has_pairings: whether the figures of the mentoring program below are
 *   given: for a report of the whole clinic whose database has pairings
 *   (they are the program's, not one grant's), from
 *   desk_store_count_mentorship()
 * @active_pairings: pairings active at any time in the period
 * @pairings_started, @pairings_completed, @pairings_ended_early: in the period
 * @check_ins_held: check-ins held in the period
 * @check_ins_scheduled: check-ins planned in the period and not held
 * @average_mentor_rating: the mentors' mean rating of held check-ins (1–5), 0 when none
 * @average_mentee_rating: the mentees' mean rating (1–5), 0 when none
 * @average_fit: the mean answer to "how well does the pairing fit" (1–5), 0 when none
 * @objectives_met: objectives a check-in of the period marked met
 */
typedef struct
{
  gint64   mentees_with_cases;
  gint64   mentors_supervising;
  gint64   cases_with_mentor;
  gboolean has_pairings;
  gint64   active_pairings;
  gint64   check_ins_held;
  gint64   check_ins_scheduled;
  gint64   pairings_started;
  gint64   pairings_completed;
  gint64   pairings_ended_early;
  double   average_mentor_rating;
  double   average_mentee_rating;
  double   average_fit;
  gint64   objectives_met;
} DeskReportMentorship;

G_END_DECLS
