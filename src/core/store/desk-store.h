/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "desk-case.h"
#include "desk-client.h"
#include "desk-database.h"
#include "desk-party.h"
#include "desk-volunteer.h"

G_BEGIN_DECLS

#define DESK_TYPE_STORE (desk_store_get_type ())
G_DECLARE_FINAL_TYPE (DeskStore, desk_store, DESK, STORE, GObject)

/* Which cases a case list shows and in what order.  desk_case_query_init()
 * gives every case that is not archived, newest opening date first. */
typedef enum
{
  DESK_CASE_SORT_OPENED,
  DESK_CASE_SORT_NUMBER,
  DESK_CASE_SORT_CLIENT,
  DESK_CASE_SORT_PROBLEM,
  DESK_CASE_SORT_STATUS,
} DeskCaseSort;

#define DESK_CASE_STATUS_ANY (-1)

typedef struct
{
  int           status;      /* a DeskCaseStatus, or DESK_CASE_STATUS_ANY */
  DeskCaseSort  sort;
  gboolean      ascending;
} DeskCaseQuery;

/** desk_case_query_init: every status, newest first. */
void          desk_case_query_init      (DeskCaseQuery *query);

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
/** desk_store_list_volunteers: a lazy list of the volunteers that are not archived, by name. */
GListModel   *desk_store_list_volunteers (DeskStore     *self,
                                          GError       **error);
/** desk_store_list_parties: the adverse parties of case @case_id (a GPtrArray of DeskParty). */
GPtrArray    *desk_store_list_parties   (DeskStore      *self,
                                         gint64          case_id,
                                         GError        **error);

/** desk_store_count_tables: rows per table (GArray of DeskCount, labels are table names). */
GArray       *desk_store_count_tables   (DeskStore      *self,
                                         GError        **error);
/** desk_store_count_cases_by_status: cases per status nick, archived ones left out. */
GArray       *desk_store_count_cases_by_status (DeskStore  *self,
                                                GError    **error);
/** desk_count_array_new: an empty GArray of DeskCount that frees its labels. */
GArray       *desk_count_array_new      (void);

G_END_DECLS
