/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "desk-case.h"
#include "desk-client.h"
#include "desk-code.h"
#include "desk-database.h"
#include "desk-deadline.h"
#include "desk-document.h"
#include "desk-eligibility.h"
#include "desk-note.h"
#include "desk-party.h"
#include "desk-time-entry.h"
#include "desk-volunteer.h"

G_BEGIN_DECLS

#define DESK_TYPE_STORE (desk_store_get_type ())
G_DECLARE_FINAL_TYPE (DeskStore, desk_store, DESK, STORE, GObject)

/* Which cases a case list shows and in what order.  desk_case_query_init()
 * gives every case that is not archived, newest opening date first; strings
 * are owned by the query (desk_case_query_clear frees them). */
typedef enum
{
  DESK_CASE_SORT_OPENED,
  DESK_CASE_SORT_NUMBER,
  DESK_CASE_SORT_CLIENT,
  DESK_CASE_SORT_PROBLEM,
  DESK_CASE_SORT_STATUS,
  DESK_CASE_SORT_PRIORITY,
  DESK_CASE_SORT_VOLUNTEER,
  DESK_CASE_SORT_DEADLINE,
} DeskCaseSort;

#define DESK_CASE_STATUS_ANY (-1)

typedef struct
{
  int           status;        /* a DeskCaseStatus, or DESK_CASE_STATUS_ANY */
  char         *category;      /* LSC problem category, or NULL */
  gint64        client_id;     /* 0: any client */
  gint64        volunteer_id;  /* 0: any volunteer */
  gboolean      unassigned;    /* only cases with no volunteer */
  gboolean      overdue;       /* only cases with an open deadline before today */
  char         *opened_from;   /* YYYY-MM-DD bounds, inclusive; NULL is open-ended */
  char         *opened_to;
  char         *closed_from;
  char         *closed_to;
  char         *search;        /* words searched in titles, summaries, notes and names */
  DeskCaseSort  sort;
  gboolean      ascending;
} DeskCaseQuery;

/** desk_case_query_init: every status, newest first. */
void           desk_case_query_init  (DeskCaseQuery       *query);
/** desk_case_query_clear: frees the strings of @query. */
void           desk_case_query_clear (DeskCaseQuery       *query);
/** desk_case_query_copy: a deep copy (free with desk_case_query_free). */
DeskCaseQuery *desk_case_query_copy  (const DeskCaseQuery *query);
void           desk_case_query_free  (DeskCaseQuery       *query);
/** desk_case_query_validate: checks the dates of @query; the error names the field. */
gboolean       desk_case_query_validate (const DeskCaseQuery *query,
                                         GError             **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DeskCaseQuery, desk_case_query_clear)

typedef enum
{
  DESK_CLIENT_SORT_NAME,
  DESK_CLIENT_SORT_PHONE,
  DESK_CLIENT_SORT_LANGUAGE,
  DESK_CLIENT_SORT_COUNTY,
  DESK_CLIENT_SORT_OPEN_CASES,
  DESK_CLIENT_SORT_POVERTY,
  DESK_CLIENT_SORT_INTAKE,
} DeskClientSort;

/* A possible conflict of interest found by desk_store_find_conflicts(). */
typedef struct
{
  char       *entity;        /* "client", "party" or "volunteer" */
  gint64      entity_id;
  char       *name;
  char       *role;          /* "Client", "Opposing party", "Volunteer (Attorney)", … */
  gint64      case_id;       /* the case the hit is tied to, 0 when none */
  char       *case_number;   /* "" when none */
  double      similarity;
} DeskConflictHit;

void desk_conflict_hit_free (DeskConflictHit *hit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskConflictHit, desk_conflict_hit_free)

/* One row of a count: a label and how many. */
typedef struct
{
  char   *label;
  gint64  count;
} DeskCount;

/** desk_store_open: opens (creating and migrating) the database at @path. */
DeskStore    *desk_store_open           (const char     *path,
                                         GError        **error);
/** desk_store_new: a store over an open connection. */
DeskStore    *desk_store_new            (DeskDatabase   *database);
DeskDatabase *desk_store_get_database   (DeskStore      *self);
/** desk_store_get_path: the database file. */
const char   *desk_store_get_path       (DeskStore      *self);

/** desk_store_get: loads the record of @record_type with @id (a DESK_ERROR_NOT_FOUND error when there is none). */
gpointer      desk_store_get            (DeskStore      *self,
                                         GType           record_type,
                                         gint64          id,
                                         GError        **error);
#define desk_store_get_client(s, id, e)    ((DeskClient *) desk_store_get ((s), DESK_TYPE_CLIENT, (id), (e)))
#define desk_store_get_case(s, id, e)      ((DeskCase *) desk_store_get ((s), DESK_TYPE_CASE, (id), (e)))
#define desk_store_get_volunteer(s, id, e) ((DeskVolunteer *) desk_store_get ((s), DESK_TYPE_VOLUNTEER, (id), (e)))
#define desk_store_get_party(s, id, e)     ((DeskParty *) desk_store_get ((s), DESK_TYPE_PARTY, (id), (e)))

/** desk_store_check: every rule @record breaks, its own and the store's (the exception a client's income needs); a GPtrArray of GError, empty when it can be saved. */
GPtrArray    *desk_store_check          (DeskStore      *self,
                                         DeskRecord     *record);
/** desk_store_save: validates, then inserts or updates @record and writes its audit row in one transaction; sets id, case number and timestamps. */
gboolean      desk_store_save           (DeskStore      *self,
                                         DeskRecord     *record,
                                         GError        **error);
/** desk_store_archive: marks @record archived (legal records are never deleted), audited. */
gboolean      desk_store_archive        (DeskStore      *self,
                                         DeskRecord     *record,
                                         GError        **error);
/** desk_store_restore: takes @record out of the archive (the Undo of an archive), audited. */
gboolean      desk_store_restore        (DeskStore      *self,
                                         DeskRecord     *record,
                                         GError        **error);
/** desk_store_insert_batch: inserts many new records in one transaction with one audit row for @action. */
gboolean      desk_store_insert_batch   (DeskStore      *self,
                                         GPtrArray      *records,
                                         const char     *action,
                                         GError        **error);
/** desk_store_audit: writes one audit row (for checks and exports, which save nothing else). */
gboolean      desk_store_audit          (DeskStore      *self,
                                         const char     *entity,
                                         gint64          entity_id,
                                         const char     *action,
                                         const char     *fields,
                                         GError        **error);

/** desk_store_list_cases: a lazy list of DeskCase for @query (NULL: the default query). */
GListModel   *desk_store_list_cases     (DeskStore          *self,
                                         const DeskCaseQuery *query,
                                         GError            **error);
/** desk_store_list_clients: a lazy list of the clients that are not archived, by name. */
GListModel   *desk_store_list_clients   (DeskStore      *self,
                                         GError        **error);
/** desk_store_search_clients: clients whose name or phone starts with a word of @search (NULL: all), sorted. */
GListModel   *desk_store_search_clients (DeskStore      *self,
                                         const char     *search,
                                         DeskClientSort  sort,
                                         gboolean        ascending,
                                         GError        **error);
/** desk_store_list_mentors: the volunteers who mentor, by name. */
GListModel   *desk_store_list_mentors   (DeskStore      *self,
                                         GError        **error);
/** desk_store_list_for_case: a lazy list of a case's deadlines (by date), notes (newest first), time entries (by date) or documents (by name); @record_type picks which. */
GListModel   *desk_store_list_for_case  (DeskStore      *self,
                                         GType           record_type,
                                         gint64          case_id,
                                         GError        **error);
/** desk_store_list_upcoming_deadlines: open deadlines due before @today + @days, overdue ones included, soonest first. */
GListModel   *desk_store_list_upcoming_deadlines (DeskStore  *self,
                                                  const char *today,
                                                  guint       days,
                                                  GError    **error);
/** desk_store_count_due_deadlines: how many open deadlines fall due on @today and how many are overdue. */
gboolean      desk_store_count_due_deadlines (DeskStore  *self,
                                              const char *today,
                                              guint      *due_today,
                                              guint      *overdue,
                                              GError    **error);
/** desk_store_total_hours: the tenths of hours logged on case @case_id, in all and per volunteer (GArray of DeskCount: volunteer name, tenths; may be NULL). */
gboolean      desk_store_total_hours    (DeskStore      *self,
                                         gint64          case_id,
                                         gint64         *total_tenths,
                                         GArray        **per_volunteer,
                                         GError        **error);
/** desk_store_volunteer_hours: the tenths of hours volunteer @volunteer_id logged on every case. */
gint64        desk_store_volunteer_hours (DeskStore     *self,
                                          gint64         volunteer_id,
                                          GError       **error);
/** desk_store_list_volunteers: a lazy list of the volunteers that are not archived, by name. */
GListModel   *desk_store_list_volunteers (DeskStore     *self,
                                          GError       **error);
/** desk_store_list_parties: the adverse parties of case @case_id (a GPtrArray of DeskParty). */
GPtrArray    *desk_store_list_parties   (DeskStore      *self,
                                         gint64          case_id,
                                         GError        **error);

/** desk_store_set_region: which HHS guideline table screening and the % of poverty use (the app's setting). */
void          desk_store_set_region     (DeskStore      *self,
                                         DeskRegion      region);
DeskRegion    desk_store_get_region     (DeskStore      *self);
/** desk_store_list_guidelines: every poverty guideline row (GArray of DeskGuideline), by year and region. */
GArray       *desk_store_list_guidelines (DeskStore     *self,
                                          GError       **error);
/** desk_store_save_guideline: adds or replaces a year's figures for a region, validated and audited. */
gboolean      desk_store_save_guideline (DeskStore      *self,
                                         const DeskGuideline *row,
                                         GError        **error);
/** desk_store_screen_client: the eligibility of @client against the stored guidelines for the store's region. */
gboolean      desk_store_screen_client  (DeskStore      *self,
                                         DeskClient     *client,
                                         DeskEligibilityResult *result,
                                         GError        **error);
/** desk_store_list_problem_codes: the LSC problem codes as DeskCode objects, by category then code. */
GListModel   *desk_store_list_problem_codes (DeskStore  *self,
                                             GError    **error);
/** desk_store_list_closing_codes: the LSC closing codes as DeskCode objects (category holds the description). */
GListModel   *desk_store_list_closing_codes (DeskStore  *self,
                                             GError    **error);
/** desk_store_list_categories: the LSC problem categories (a NULL-terminated array). */
GStrv         desk_store_list_categories (DeskStore     *self,
                                          GError       **error);

/** desk_store_find_conflicts: people and parties whose names look like @name (GPtrArray of DeskConflictHit, best first), found through the name index; @except_entity/@except_id leave out the record being checked. */
GPtrArray    *desk_store_find_conflicts (DeskStore      *self,
                                         const char     *name,
                                         const char     *except_entity,
                                         gint64          except_id,
                                         GError        **error);
/** desk_store_audit_conflict_check: records a check, its hits and what the user decided ("no-conflict" or "cancelled"). */
gboolean      desk_store_audit_conflict_check (DeskStore *self,
                                               const char *entity,
                                               gint64      entity_id,
                                               const char *name,
                                               GPtrArray  *hits,
                                               const char *decision,
                                               GError    **error);

/** desk_store_count_tables: rows per table (GArray of DeskCount, labels are table names). */
GArray       *desk_store_count_tables   (DeskStore      *self,
                                         GError        **error);
/** desk_store_count_cases_by_status: cases per status nick, archived ones left out. */
GArray       *desk_store_count_cases_by_status (DeskStore  *self,
                                                GError    **error);
/** desk_count_array_new: an empty GArray of DeskCount that frees its labels. */
GArray       *desk_count_array_new      (void);

/** desk_store_is_read_only: whether the file opened read-only (it or its folder cannot be written to); saves then fail with a sentence that says why. */
gboolean      desk_store_is_read_only   (DeskStore      *self);
/** desk_store_get_read_only_reason: why the database is read-only, a sentence for a banner; NULL when it is writable. */
const char   *desk_store_get_read_only_reason (DeskStore *self);
/** desk_store_poll_external_changes: when another window, process or worker committed since the last poll, emits changed (RELOADED, id 0) for every kind of record, so lists re-read; sets *@changed (may be NULL). */
gboolean      desk_store_poll_external_changes (DeskStore *self,
                                                gboolean  *changed,
                                                GError   **error);

G_END_DECLS
