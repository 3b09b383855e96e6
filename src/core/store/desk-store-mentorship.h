/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * Mentoring in the store: volunteer profiles, pairings, objectives and
 * check-ins.  Records are saved, read and archived with the generic
 * desk_store_save(), desk_store_get() and desk_store_archive(); this file
 * adds the lifecycle moves, the lists the Mentorship pages show, the
 * figures reports need, and the matcher's input and output.
 *
 * Change notifications: "volunteer", "pairing", "objective", "check-in"
 * and "objective-update" (DeskStore::changed details).
 */

#include "desk-check-in.h"
#include "desk-matcher.h"
#include "desk-objective.h"
#include "desk-objective-update.h"
#include "desk-pairing.h"
#include "desk-pairing-workflow.h"
#include "desk-store.h"

G_BEGIN_DECLS

#define desk_store_get_pairing(s, id, e)   ((DeskPairing *) desk_store_get ((s), DESK_TYPE_PAIRING, (id), (e)))
#define desk_store_get_objective(s, id, e) ((DeskObjective *) desk_store_get ((s), DESK_TYPE_OBJECTIVE, (id), (e)))
#define desk_store_get_check_in(s, id, e)  ((DeskCheckIn *) desk_store_get ((s), DESK_TYPE_CHECK_IN, (id), (e)))

/* ---- volunteers ----------------------------------------------------------- */

#define DESK_VOLUNTEER_ROLE_ANY (-1)

typedef enum
{
  DESK_MENTORING_ANY,      /* every volunteer */
  DESK_MENTORING_MENTORS,  /* those who mentor */
  DESK_MENTORING_MENTEES,  /* those who want a mentor */
} DeskMentoringFilter;

/* Which volunteers a list shows, by name.  desk_volunteer_query_init()
 * gives every active volunteer that is not archived; strings are owned by
 * the query. */
typedef struct
{
  int                  role;              /* a DeskVolunteerRole, or DESK_VOLUNTEER_ROLE_ANY */
  DeskMentoringFilter  mentoring;
  char                *practice_area;     /* an LSC category or free tag, any case; NULL: any */
  char                *language;          /* a language spoken, any case; NULL: any */
  char                *search;            /* words each found in the name; NULL: all */
  gboolean             include_inactive;
} DeskVolunteerQuery;

/** desk_volunteer_query_init: every active volunteer. */
void                desk_volunteer_query_init  (DeskVolunteerQuery       *query);
/** desk_volunteer_query_clear: frees the strings of @query. */
void                desk_volunteer_query_clear (DeskVolunteerQuery       *query);
/** desk_volunteer_query_copy: a deep copy (free with desk_volunteer_query_free). */
DeskVolunteerQuery *desk_volunteer_query_copy  (const DeskVolunteerQuery *query);
void                desk_volunteer_query_free  (DeskVolunteerQuery       *query);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DeskVolunteerQuery, desk_volunteer_query_clear)

/** desk_store_search_volunteers: a lazy list of DeskVolunteer for @query (NULL: every active volunteer), by name. */
GListModel *desk_store_search_volunteers  (DeskStore                *self,
                                           const DeskVolunteerQuery *query,
                                           GError                  **error);
/** desk_store_list_mentees: the active volunteers who want a mentor, by name. */
GListModel *desk_store_list_mentees       (DeskStore                *self,
                                           GError                  **error);

/* A practice area volunteers can list: an LSC problem category or a free tag. */
typedef struct
{
  char     *name;
  gboolean  is_category;   /* an LSC problem category (lsc_problem_codes) */
  guint     n_volunteers;  /* volunteers not archived who list it */
} DeskPracticeArea;

void desk_practice_area_free (DeskPracticeArea *area);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskPracticeArea, desk_practice_area_free)

/** desk_store_list_practice_areas: every LSC category, then every free tag in use (GPtrArray of DeskPracticeArea), by name. */
GPtrArray  *desk_store_list_practice_areas (DeskStore               *self,
                                            GError                 **error);

/* ---- pairings --------------------------------------------------------------- */

#define DESK_PAIRING_STATUS_ANY (-1)

/* Which pairings a list shows: zeros and DESK_PAIRING_STATUS_ANY mean any. */
typedef struct
{
  int     status;      /* a DeskPairingStatus, or DESK_PAIRING_STATUS_ANY */
  gint64  mentor_id;
  gint64  mentee_id;
} DeskPairingQuery;

/** desk_store_list_pairings: a lazy list of the pairings that are not archived, live ones first (Proposed, Accepted, Active, then the finished), newest proposal first; @query NULL: all. */
GListModel *desk_store_list_pairings          (DeskStore              *self,
                                               const DeskPairingQuery *query,
                                               GError                **error);
/** desk_store_list_objectives: the objectives of pairing @pairing_id, in the order they were set. */
GListModel *desk_store_list_objectives        (DeskStore              *self,
                                               gint64                  pairing_id,
                                               GError                **error);
/** desk_store_list_check_ins: the check-ins of pairing @pairing_id, newest first (planned ones too). */
GListModel *desk_store_list_check_ins         (DeskStore              *self,
                                               gint64                  pairing_id,
                                               GError                **error);
/** desk_store_list_objective_updates: what check-in @check_in_id recorded on each objective. */
GListModel *desk_store_list_objective_updates (DeskStore              *self,
                                               gint64                  check_in_id,
                                               GError                **error);
/**
 * desk_store_list_overdue_check_ins: the active pairings whose next check-in
 * is overdue on @today: the last held check-in (or the start, when none was
 * held) plus the pairing's interval is before @today; longest overdue first.
 * The pairing's next-check-in field says since when.
 */
GListModel *desk_store_list_overdue_check_ins (DeskStore              *self,
                                               const char             *today,
                                               GError                **error);
/** desk_store_list_stale_proposals: proposals nobody answered within @days days of @today (desk_pairing_is_stale()), oldest first. */
GListModel *desk_store_list_stale_proposals   (DeskStore              *self,
                                               const char             *today,
                                               guint                   days,
                                               GError                **error);
/** desk_store_list_pairing_cases: the cases the mentee of pairing @pairing_id handles under its mentor (volunteer = mentee, supervising mentor = mentor), newest first. */
GListModel *desk_store_list_pairing_cases     (DeskStore              *self,
                                               gint64                  pairing_id,
                                               GError                **error);

/**
 * desk_store_move_pairing: moves the pairing to @to on @date (NULL: today)
 * as the lifecycle allows, from the status the database holds
 * (desk_pairing_change_status()), and saves only that move, audited.
 * Accepting refuses a mentor with no free place (DESK_ERROR_CONFLICT) and a
 * mentee who already has an accepted or active mentor.  On success
 * @pairing holds the new status and dates; a declined pairing excludes
 * that mentor–mentee pair from later matching.
 */
gboolean    desk_store_move_pairing           (DeskStore              *self,
                                               DeskPairing            *pairing,
                                               DeskPairingStatus       to,
                                               const char             *reason,
                                               const char             *date,
                                               GError                **error);
/**
 * desk_store_save_check_in: saves @check_in and what it records on each
 * objective (@updates: DeskObjectiveUpdate, may be NULL) in one
 * transaction; when the check-in was held, each objective takes the status
 * its update gives.  Every problem of every record is checked first.
 */
gboolean    desk_store_save_check_in          (DeskStore              *self,
                                               DeskCheckIn            *check_in,
                                               GPtrArray              *updates,
                                               GError                **error);

/* ---- figures for reports ----------------------------------------------------------- */

/* Mentoring in a period, both dates included; means are 0 when nothing was rated. */
typedef struct
{
  guint   active_pairings;       /* pairings active on at least one day of the period */
  guint   pairings_started;
  guint   pairings_completed;
  guint   pairings_ended_early;
  guint   proposals_declined;
  guint   check_ins_held;        /* held on a day of the period */
  guint   check_ins_scheduled;   /* planned for a day of the period and not held */
  guint   mentor_ratings;        /* held check-ins with a mentor's rating, and their mean */
  double  mentor_rating_mean;
  guint   mentee_ratings;
  double  mentee_rating_mean;
  guint   fit_answers;           /* answers to "how well does the pairing fit", and their mean */
  double  fit_mean;
  guint   objectives_met;        /* objectives a held check-in of the period marked met */
  guint   mentees_with_cases;    /* volunteers who handled a case open in the period under a supervising mentor */
  guint   cases_under_mentor;    /* those cases */
} DeskMentorshipCounts;

/** desk_store_count_mentorship: the mentoring figures of the period @from–@to (YYYY-MM-DD, inclusive). */
gboolean    desk_store_count_mentorship       (DeskStore              *self,
                                               const char             *from,
                                               const char             *to,
                                               DeskMentorshipCounts   *counts,
                                               GError                **error);

/* ---- the matcher's input and output -------------------------------------------- */

/* A conflict of interest: a volunteer's name is, by desk_name_same_person(),
 * the name of a client or adverse party of a case another volunteer
 * handles (as volunteer or supervising mentor).  The conflict check, which
 * only asks a person to look, takes far more (DESK_NAME_MATCH_THRESHOLD). */

/**
 * desk_store_load_match_problem: what the matcher works on, read in one
 * read transaction: a DeskMatchProfile for every active volunteer, not
 * archived, who mentors or wants a mentor (@capacity is the mentor's whole
 * capacity: the matcher subtracts the locks itself), a lock for every
 * accepted or active pairing and pinned proposal, and an exclusion for
 * every earlier decline (DESK_MATCH_EXCLUSION_DECLINED) and conflict of
 * interest (DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST); solved with
 * @settings (NULL: the defaults).  The conflict search, the long part,
 * reports each volunteer done to @progress and stops with
 * G_IO_ERROR_CANCELLED between volunteers when @cancellable is cancelled.
 */
DeskMatchProblem *desk_store_load_match_problem        (DeskStore                *self,
                                                        const DeskMatchSettings  *settings,
                                                        DeskMatchProgress         progress,
                                                        gpointer                  progress_data,
                                                        GCancellable             *cancellable,
                                                        GError                  **error);
/**
 * desk_store_load_match_problem_async: desk_store_load_match_problem() in a
 * thread on its own connection to the store's file; @progress is called in
 * the caller's thread-default main context, before @callback, and
 * @progress_data must live until then.
 */
void              desk_store_load_match_problem_async  (DeskStore                *self,
                                                        const DeskMatchSettings  *settings,
                                                        DeskMatchProgress         progress,
                                                        gpointer                  progress_data,
                                                        GCancellable             *cancellable,
                                                        GAsyncReadyCallback       callback,
                                                        gpointer                  user_data);
/** desk_store_load_match_problem_finish: the problem, or NULL with @error set. */
DeskMatchProblem *desk_store_load_match_problem_finish (DeskStore                *self,
                                                        GAsyncResult             *result,
                                                        GError                  **error);

/* A pairing the matcher proposes. */
typedef struct
{
  gint64      mentee_id;
  gint64      mentor_id;
  int         score;        /* 0–100 */
  const char *explanation;
  gboolean    pinned;       /* a person chose the pair: later runs keep it */
} DeskMatchProposal;

/**
 * desk_store_save_proposals: stores @proposals as Proposed pairings dated
 * today, in one transaction: the earlier proposals of the mentees
 * @mentee_ids (NULL: of every mentee) that are not pinned are archived
 * first (the new run replaces them), and a proposal for a pair that
 * already has a live pairing is left out.  A pinned proposal replaces its
 * mentee's pinned proposal too.  Audited as one batch; sets @n_saved (may
 * be NULL) to the pairings created.
 */
gboolean    desk_store_save_proposals    (DeskStore               *self,
                                          const DeskMatchProposal *proposals,
                                          guint                    n_proposals,
                                          const gint64            *mentee_ids,
                                          guint                    n_mentee_ids,
                                          guint                   *n_saved,
                                          GError                 **error);
/**
 * desk_store_save_match_result: desk_store_save_proposals() with the
 * proposed and forced pairs of @result (score and explanation kept); the
 * run replaces the earlier proposals of every mentee its problem asked a
 * mentor for, so a run over one tier keeps the other tier's proposals.
 */
gboolean    desk_store_save_match_result (DeskStore               *self,
                                          DeskMatchResult         *result,
                                          guint                   *n_saved,
                                          GError                 **error);
/**
 * desk_store_save_match_result_for: desk_store_save_match_result() for the
 * mentees @mentee_ids only: their earlier proposals are replaced by their
 * pairs in @result (a forced pair is pinned), everyone else's stay.
 */
gboolean    desk_store_save_match_result_for (DeskStore           *self,
                                              DeskMatchResult     *result,
                                              const gint64        *mentee_ids,
                                              guint                n_mentee_ids,
                                              guint               *n_saved,
                                              GError             **error);
/**
 * desk_store_lock_proposals: the board as people see it, kept: a lock in
 * @problem for every live proposal of the store, except the proposals of
 * the mentees @free_mentee_ids and those to the mentor @free_mentor_id (0:
 * none), which are freed even when pinned; the mentees freed that way are
 * appended to @freed (may be NULL).  A solve then moves only the freed
 * mentees and those without a proposal.
 */
gboolean    desk_store_lock_proposals    (DeskStore               *self,
                                          DeskMatchProblem        *problem,
                                          const gint64            *free_mentee_ids,
                                          guint                    n_free_mentee_ids,
                                          gint64                   free_mentor_id,
                                          GArray                  *freed,
                                          GError                 **error);

G_END_DECLS
