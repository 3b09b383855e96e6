/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-labels.h"
#include "desk-name-match.h"
#include "desk-record-list.h"
#include "desk-store-mentorship.h"
#include "desk-store-private.h"

/* The mentoring side of DeskStore: volunteer and pairing lists, lifecycle
 * moves, check-ins with their progress notes, report figures and the
 * matcher's proposals (its input is in desk-store-match-input.c).  SQL is
 * put together from fixed fragments; what people type is only ever bound. */

/* ---- queries with bound values ------------------------------------------------- */

typedef struct
{
  char   *text;     /* NULL: a number */
  gint64  number;
} Value;

/* One list's SQL (yielding ids) and the values of its ?1, ?2, … */
typedef struct
{
  GString *sql;
  GArray  *values;
} SqlQuery;

static void
value_clear (gpointer data)
{
  g_clear_pointer (&((Value *) data)->text, g_free);
}

static SqlQuery *
sql_query_new (const char *sql)
{
  SqlQuery *query = g_new0 (SqlQuery, 1);

  query->sql = g_string_new (sql);
  query->values = g_array_new (FALSE, TRUE, sizeof (Value));
  g_array_set_clear_func (query->values, value_clear);
  return query;
}

static void
sql_query_free (gpointer data)
{
  SqlQuery *query = data;

  g_string_free (query->sql, TRUE);
  g_array_unref (query->values);
  g_free (query);
}

/* Appends @fragment, whose "?%u" becomes the number of a new text value. */
static void
sql_query_add_text (SqlQuery   *query,
                    const char *fragment,
                    const char *text)
{
  Value value = { g_strdup (text), 0 };

  g_array_append_val (query->values, value);
  g_string_append_printf (query->sql, fragment, query->values->len);
}

static void
sql_query_add_number (SqlQuery   *query,
                      const char *fragment,
                      gint64      number)
{
  Value value = { NULL, number };

  g_array_append_val (query->values, value);
  g_string_append_printf (query->sql, fragment, query->values->len);
}

static void
sql_query_bind (const SqlQuery *query,
                DeskStmt       *stmt)
{
  for (guint i = 0; i < query->values->len; i++)
    {
      const Value *value = &g_array_index (query->values, Value, i);

      if (value->text != NULL)
        sqlite3_bind_text (stmt, (int) i + 1, value->text, -1, SQLITE_STATIC);
      else
        sqlite3_bind_int64 (stmt, (int) i + 1, value->number);
    }
}

static gboolean
query_sql_ids (DeskStore      *self,
               gconstpointer   data,
               GArray         *ids,
               GError        **error)
{
  const SqlQuery *query = data;
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database, query->sql->str, error);

  if (stmt == NULL)
    return FALSE;
  sql_query_bind (query, stmt);
  return _desk_store_collect_ids (self, stmt, ids, error);
}

/* A lazy list of @record_type over @query (taken); @dependencies: other
 * entities whose changes move rows in or out, NULL-terminated. */
static GListModel *
list_from_query (DeskStore          *self,
                 GType               record_type,
                 SqlQuery           *query,
                 const char * const *dependencies,
                 GError            **error)
{
  DeskRecordList *list = desk_record_list_new (self, record_type, query_sql_ids, query, sql_query_free, error);

  for (guint i = 0; list != NULL && dependencies != NULL && dependencies[i] != NULL; i++)
    desk_record_list_add_dependency (list, dependencies[i]);
  return G_LIST_MODEL (list);
}

/* ---- volunteers ------------------------------------------------------------------ */

void
desk_volunteer_query_init (DeskVolunteerQuery *query)
{
  g_return_if_fail (query != NULL);

  memset (query, 0, sizeof *query);
  query->role = DESK_VOLUNTEER_ROLE_ANY;
  query->mentoring = DESK_MENTORING_ANY;
}

void
desk_volunteer_query_clear (DeskVolunteerQuery *query)
{
  g_return_if_fail (query != NULL);

  g_clear_pointer (&query->practice_area, g_free);
  g_clear_pointer (&query->language, g_free);
  g_clear_pointer (&query->search, g_free);
}

DeskVolunteerQuery *
desk_volunteer_query_copy (const DeskVolunteerQuery *query)
{
  DeskVolunteerQuery *copy;

  g_return_val_if_fail (query != NULL, NULL);

  copy = g_new (DeskVolunteerQuery, 1);
  *copy = *query;
  copy->practice_area = g_strdup (query->practice_area);
  copy->language = g_strdup (query->language);
  copy->search = g_strdup (query->search);
  return copy;
}

void
desk_volunteer_query_free (DeskVolunteerQuery *query)
{
  if (query == NULL)
    return;
  desk_volunteer_query_clear (query);
  g_free (query);
}

GListModel *
desk_store_search_volunteers (DeskStore                 *self,
                              const DeskVolunteerQuery  *query,
                              GError                   **error)
{
  DeskVolunteerQuery defaults;
  SqlQuery *sql = sql_query_new ("SELECT t.id FROM volunteers t WHERE t.archived = 0");
  g_auto(GStrv) tokens = NULL;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  if (query == NULL)
    {
      desk_volunteer_query_init (&defaults);
      query = &defaults;
    }

  if (!query->include_inactive)
    g_string_append (sql->sql, " AND t.active = 1");
  if (query->role != DESK_VOLUNTEER_ROLE_ANY)
    sql_query_add_text (sql, " AND t.role = ?%u", desk_enum_nick (DESK_TYPE_VOLUNTEER_ROLE, query->role));
  if (query->mentoring == DESK_MENTORING_MENTORS)
    g_string_append (sql->sql, " AND t.is_mentor = 1");
  else if (query->mentoring == DESK_MENTORING_MENTEES)
    g_string_append (sql->sql, " AND t.wants_mentor = 1");
  if (query->practice_area != NULL)
    sql_query_add_text (sql, " AND t.id IN (SELECT l.volunteer_id FROM volunteer_practice_areas l "
                             "JOIN practice_areas a ON a.id = l.practice_area_id WHERE a.name = ?%u COLLATE NOCASE)",
                        query->practice_area);
  if (query->language != NULL)
    sql_query_add_text (sql, " AND t.id IN (SELECT volunteer_id FROM volunteer_languages WHERE language = ?%u)",
                        query->language);

  /* Each word typed starts a word of the name, through the conflict
   * index as client search does: case- and accent-free, split at hyphens,
   * so "jose" finds "José" and "nunez" finds "García-Núñez". */
  tokens = desk_name_tokens (query->search != NULL ? query->search : "");
  if (tokens[0] != NULL && !_desk_store_ensure_name_index (self, error))
    {
      sql_query_free (sql);
      return NULL;
    }
  for (guint i = 0; tokens[i] != NULL; i++)
    sql_query_add_text (sql, " AND t.id IN (" DESK_STORE_NAME_PREFIX_SQL ("volunteer") ")", tokens[i]);

  g_string_append (sql->sql, " ORDER BY t.last_name, t.first_name, t.id");

  /* Practice areas and languages live on the volunteer row itself, so a
   * change to a volunteer re-runs the query already. */
  return list_from_query (self, DESK_TYPE_VOLUNTEER, sql, NULL, error);
}

GListModel *
desk_store_list_mentees (DeskStore  *self,
                         GError    **error)
{
  g_auto(DeskVolunteerQuery) query;

  desk_volunteer_query_init (&query);
  query.mentoring = DESK_MENTORING_MENTEES;
  return desk_store_search_volunteers (self, &query, error);
}

void
desk_practice_area_free (DeskPracticeArea *area)
{
  if (area == NULL)
    return;
  g_free (area->name);
  g_free (area);
}

GPtrArray *
desk_store_list_practice_areas (DeskStore  *self,
                                GError    **error)
{
  g_autoptr(GPtrArray) areas = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_practice_area_free);
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  stmt = desk_database_prepare (self->database,
                                "SELECT n.name, n.is_category, "
                                "(SELECT count(*) FROM practice_areas a JOIN volunteer_practice_areas l "
                                " ON l.practice_area_id = a.id JOIN volunteers v ON v.id = l.volunteer_id "
                                " WHERE a.name = n.name AND v.archived = 0) "
                                "FROM (SELECT DISTINCT category AS name, 1 AS is_category FROM lsc_problem_codes "
                                "      UNION SELECT a.name, EXISTS (SELECT 1 FROM lsc_problem_codes p "
                                "                                   WHERE p.category = a.name) "
                                "      FROM practice_areas a) n "
                                "ORDER BY n.is_category DESC, n.name COLLATE NOCASE", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      DeskPracticeArea *area = g_new0 (DeskPracticeArea, 1);

      area->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      area->is_category = sqlite3_column_int (stmt, 1) != 0;
      area->n_volunteers = (guint) sqlite3_column_int64 (stmt, 2);
      g_ptr_array_add (areas, area);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&areas);
}

/* ---- pairing lists ------------------------------------------------------------------ */

GListModel *
desk_store_list_pairings (DeskStore               *self,
                          const DeskPairingQuery  *query,
                          GError                 **error)
{
  SqlQuery *sql = sql_query_new ("SELECT t.id FROM pairings t WHERE t.archived = 0");

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  if (query != NULL && query->status != DESK_PAIRING_STATUS_ANY)
    sql_query_add_text (sql, " AND t.status = ?%u", desk_enum_nick (DESK_TYPE_PAIRING_STATUS, query->status));
  if (query != NULL && query->mentor_id > 0)
    sql_query_add_number (sql, " AND t.mentor_id = ?%u", query->mentor_id);
  if (query != NULL && query->mentee_id > 0)
    sql_query_add_number (sql, " AND t.mentee_id = ?%u", query->mentee_id);
  g_string_append (sql->sql, " ORDER BY CASE t.status WHEN 'proposed' THEN 0 WHEN 'accepted' THEN 1 "
                             "WHEN 'active' THEN 2 ELSE 3 END, t.proposed_on DESC, t.id DESC");

  return list_from_query (self, DESK_TYPE_PAIRING, sql, NULL, error);
}

/* A list of the records of @record_type whose @sql (with ?1) picks for @id. */
static GListModel *
list_for_one (DeskStore   *self,
              GType        record_type,
              const char  *sql,
              gint64       id,
              GError     **error)
{
  SqlQuery *query = sql_query_new (NULL);

  sql_query_add_number (query, sql, id);
  return list_from_query (self, record_type, query, NULL, error);
}

GListModel *
desk_store_list_objectives (DeskStore  *self,
                            gint64      pairing_id,
                            GError    **error)
{
  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  return list_for_one (self, DESK_TYPE_OBJECTIVE,
                       "SELECT id FROM objectives WHERE pairing_id = ?%u AND archived = 0 ORDER BY set_on, id",
                       pairing_id, error);
}

GListModel *
desk_store_list_check_ins (DeskStore  *self,
                           gint64      pairing_id,
                           GError    **error)
{
  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  return list_for_one (self, DESK_TYPE_CHECK_IN,
                       "SELECT id FROM check_ins WHERE pairing_id = ?%u AND archived = 0 ORDER BY date DESC, id DESC",
                       pairing_id, error);
}

GListModel *
desk_store_list_objective_updates (DeskStore  *self,
                                   gint64      check_in_id,
                                   GError    **error)
{
  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  return list_for_one (self, DESK_TYPE_OBJECTIVE_UPDATE,
                       "SELECT id FROM objective_updates WHERE check_in_id = ?%u AND archived = 0 "
                       "ORDER BY objective_id, id",
                       check_in_id, error);
}

GListModel *
desk_store_list_overdue_check_ins (DeskStore   *self,
                                   const char  *today,
                                   GError     **error)
{
  static const char * const dependencies[] = { "check-in", NULL };
  const char *due = _desk_store_derived_sql (DESK_TYPE_PAIRING, "next-check-in");
  SqlQuery *sql;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (desk_date_is_valid (today), NULL);

  sql = sql_query_new (NULL);
  g_string_printf (sql->sql, "SELECT t.id FROM pairings t WHERE t.archived = 0 AND t.status = 'active' AND %s < ", due);
  sql_query_add_text (sql, "?%u", today);
  g_string_append_printf (sql->sql, " ORDER BY %s, t.id", due);

  return list_from_query (self, DESK_TYPE_PAIRING, sql, dependencies, error);
}

GListModel *
desk_store_list_stale_proposals (DeskStore   *self,
                                 const char  *today,
                                 guint        days,
                                 GError     **error)
{
  SqlQuery *sql;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (desk_date_is_valid (today), NULL);

  sql = sql_query_new ("SELECT t.id FROM pairings t WHERE t.archived = 0 AND t.status = 'proposed'");
  sql_query_add_text (sql, " AND t.proposed_on <= date (?%u", today);
  sql_query_add_number (sql, ", '-' || ?%u || ' days') ORDER BY t.proposed_on, t.id", days);

  return list_from_query (self, DESK_TYPE_PAIRING, sql, NULL, error);
}

GListModel *
desk_store_list_pairing_cases (DeskStore  *self,
                               gint64      pairing_id,
                               GError    **error)
{
  static const char * const dependencies[] = { "pairing", NULL };
  SqlQuery *sql = sql_query_new (NULL);

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  sql_query_add_number (sql, "SELECT k.id FROM pairings p JOIN cases k ON k.volunteer_id = p.mentee_id "
                             "AND k.mentor_id = p.mentor_id WHERE p.id = ?%u AND k.archived = 0 "
                             "ORDER BY k.opened_on DESC, k.id DESC", pairing_id);

  return list_from_query (self, DESK_TYPE_CASE, sql, dependencies, error);
}

/* ---- lifecycle moves ---------------------------------------------------------------- */

typedef struct
{
  DeskStore         *store;
  DeskPairing       *pairing;    /* the caller's */
  DeskPairingStatus  to;
  const char        *reason;
  const char        *date;
  DeskPairing       *stored;     /* out: as saved */
} MoveJob;

static gint64
count_one (DeskStore   *self,
           const char  *sql,
           gint64       first,
           gint64       second,
           GError     **error)
{
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database, sql, error);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, first);
  sqlite3_bind_int64 (stmt, 2, second);
  if (desk_database_step (self->database, stmt, error) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

/* A mentor takes no more mentees than they offered; a mentee has one mentor at a time. */
static gboolean
check_room_to_accept (DeskStore    *self,
                      DeskPairing  *pairing,
                      GError      **error)
{
  g_autoptr(DeskVolunteer) mentor = NULL;
  gint64 id = desk_record_get_id (DESK_RECORD (pairing));
  gint64 taken, others;

  mentor = desk_store_get_volunteer (self, desk_pairing_get_mentor_id (pairing), error);
  if (mentor == NULL)
    return FALSE;

  taken = count_one (self, "SELECT count(*) FROM pairings WHERE mentor_id = ?1 AND id <> ?2 AND archived = 0 "
                           "AND status IN ('accepted', 'active')",
                     desk_pairing_get_mentor_id (pairing), id, error);
  if (taken < 0)
    return FALSE;
  if (taken >= desk_volunteer_get_mentor_capacity (mentor))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_CONFLICT,
                   ngettext ("%s %s already mentors %d person, as many as they offered to take.",
                             "%s %s already mentors %d people, as many as they offered to take.", (gulong) taken),
                   desk_volunteer_get_first_name (mentor), desk_volunteer_get_last_name (mentor), (int) taken);
      return FALSE;
    }

  others = count_one (self, "SELECT count(*) FROM pairings WHERE mentee_id = ?1 AND id <> ?2 AND archived = 0 "
                            "AND status IN ('accepted', 'active')",
                      desk_pairing_get_mentee_id (pairing), id, error);
  if (others < 0)
    return FALSE;
  if (others > 0)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_CONFLICT,
                   _("%s already has a mentor in another pairing; end that one first."),
                   desk_pairing_get_mentee_name (pairing));
      return FALSE;
    }

  return TRUE;
}

static gboolean
move_in_transaction (DeskDatabase  *database,
                     gpointer       user_data,
                     GError       **error)
{
  MoveJob *job = user_data;
  gint64 id = desk_record_get_id (DESK_RECORD (job->pairing));

  /* The move starts from what the database holds, and saves only the move:
   * other unsaved edits of the caller's object stay unsaved. */
  job->stored = desk_store_get_pairing (job->store, id, error);
  if (job->stored == NULL)
    return FALSE;
  if (!desk_pairing_change_status (job->stored, job->to, job->reason, job->date, error))
    return FALSE;
  if (job->to == DESK_PAIRING_ACCEPTED && !check_room_to_accept (job->store, job->stored, error))
    return FALSE;

  return desk_store_save (job->store, DESK_RECORD (job->stored), error);
}

gboolean
desk_store_move_pairing (DeskStore          *self,
                         DeskPairing        *pairing,
                         DeskPairingStatus   to,
                         const char         *reason,
                         const char         *date,
                         GError            **error)
{
  static const char * const moved[] = { "status", "decided-on", "started-on", "ended-on", "end-reason", "pinned" };
  MoveJob job = { self, pairing, to, reason, date, NULL };
  gboolean ok;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (DESK_IS_PAIRING (pairing), FALSE);

  if (desk_record_get_id (DESK_RECORD (pairing)) <= 0)
    return desk_invalid (error, "status", _("Save the pairing before changing its status."));

  ok = _desk_store_run_transaction (self, move_in_transaction, &job, error);
  if (ok)
    {
      g_object_freeze_notify (G_OBJECT (pairing));
      for (guint i = 0; i < G_N_ELEMENTS (moved); i++)
        {
          g_auto(GValue) value = G_VALUE_INIT;

          g_object_get_property (G_OBJECT (job.stored), moved[i], &value);
          g_object_set_property (G_OBJECT (pairing), moved[i], &value);
        }
      desk_record_set_timestamps (DESK_RECORD (pairing), desk_record_get_created_at (DESK_RECORD (job.stored)),
                                  desk_record_get_updated_at (DESK_RECORD (job.stored)));
      g_object_thaw_notify (G_OBJECT (pairing));
    }
  g_clear_object (&job.stored);

  return ok;
}

/* ---- check-ins ------------------------------------------------------------------------- */

typedef struct
{
  DeskStore   *store;
  DeskCheckIn *check_in;
  GPtrArray   *updates;
} CheckInJob;

static gboolean
check_in_in_transaction (DeskDatabase  *database,
                         gpointer       user_data,
                         GError       **error)
{
  CheckInJob *job = user_data;
  gint64 check_in_id;

  if (!desk_store_save (job->store, DESK_RECORD (job->check_in), error))
    return FALSE;
  check_in_id = desk_record_get_id (DESK_RECORD (job->check_in));

  for (guint i = 0; job->updates != NULL && i < job->updates->len; i++)
    {
      DeskObjectiveUpdate *update = g_ptr_array_index (job->updates, i);
      g_autoptr(DeskObjective) objective = NULL;
      DeskObjectiveStatus status = desk_objective_update_get_status (update);

      desk_objective_update_set_check_in_id (update, check_in_id);
      if (!desk_store_save (job->store, DESK_RECORD (update), error))
        return FALSE;

      if (!desk_check_in_get_held (job->check_in))
        continue;
      objective = desk_store_get_objective (job->store, desk_objective_update_get_objective_id (update), error);
      if (objective == NULL)
        return FALSE;
      if (desk_objective_get_pairing_id (objective) != desk_check_in_get_pairing_id (job->check_in))
        return desk_invalid (error, "objective-id", _("The objective belongs to another pairing."));
      if (desk_objective_get_status (objective) != status)
        {
          desk_objective_set_status (objective, status);
          if (!desk_store_save (job->store, DESK_RECORD (objective), error))
            return FALSE;
        }
    }

  return TRUE;
}

gboolean
desk_store_save_check_in (DeskStore    *self,
                          DeskCheckIn  *check_in,
                          GPtrArray    *updates,
                          GError      **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  CheckInJob job = { self, check_in, updates };

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (DESK_IS_CHECK_IN (check_in), FALSE);

  /* Every problem up front, so nothing is half-saved; the check-in id the
   * updates need comes with the save. */
  problems = desk_store_check (self, DESK_RECORD (check_in));
  for (guint i = 0; updates != NULL && i < updates->len; i++)
    {
      g_autoptr(GPtrArray) more = NULL;
      DeskObjectiveUpdate *update = g_ptr_array_index (updates, i);

      g_return_val_if_fail (DESK_IS_OBJECTIVE_UPDATE (update), FALSE);
      more = desk_store_check (self, DESK_RECORD (update));
      for (guint j = 0; j < more->len; j++)
        if (!g_str_equal (desk_error_get_field (g_ptr_array_index (more, j)), "check-in-id"))
          desk_problems_add_error (problems, g_ptr_array_index (more, j));
    }
  if (!desk_problems_propagate (problems, error))
    return FALSE;

  return _desk_store_run_transaction (self, check_in_in_transaction, &job, error);
}

/* ---- figures for reports ----------------------------------------------------------------- */

gboolean
desk_store_count_mentorship (DeskStore             *self,
                             const char            *from,
                             const char            *to,
                             DeskMentorshipCounts  *counts,
                             GError               **error)
{
  /* ?1 and ?2 are the first and last day of the period. */
  static const char *sql =
    "SELECT "
    "(SELECT count(*) FROM pairings WHERE archived = 0 AND status IN ('active', 'completed', 'ended-early') "
    " AND started_on <= ?2 AND (ended_on IS NULL OR ended_on >= ?1)), "
    "(SELECT count(*) FROM pairings WHERE archived = 0 AND started_on BETWEEN ?1 AND ?2), "
    "(SELECT count(*) FROM pairings WHERE archived = 0 AND status = 'completed' AND ended_on BETWEEN ?1 AND ?2), "
    "(SELECT count(*) FROM pairings WHERE archived = 0 AND status = 'ended-early' AND ended_on BETWEEN ?1 AND ?2), "
    "(SELECT count(*) FROM pairings WHERE status = 'declined' AND decided_on BETWEEN ?1 AND ?2), "
    "(SELECT count(*) FROM check_ins WHERE archived = 0 AND held = 1 AND date BETWEEN ?1 AND ?2), "
    "(SELECT count(*) FROM check_ins WHERE archived = 0 AND held = 0 AND date BETWEEN ?1 AND ?2), "
    "(SELECT count(nullif (mentor_rating, 0)) FROM check_ins WHERE archived = 0 AND held = 1 AND date BETWEEN ?1 AND ?2), "
    "(SELECT coalesce (avg (nullif (mentor_rating, 0)), 0) FROM check_ins "
    " WHERE archived = 0 AND held = 1 AND date BETWEEN ?1 AND ?2), "
    "(SELECT count(nullif (mentee_rating, 0)) FROM check_ins WHERE archived = 0 AND held = 1 AND date BETWEEN ?1 AND ?2), "
    "(SELECT coalesce (avg (nullif (mentee_rating, 0)), 0) FROM check_ins "
    " WHERE archived = 0 AND held = 1 AND date BETWEEN ?1 AND ?2), "
    "(SELECT count(nullif (fit, 0)) FROM check_ins WHERE archived = 0 AND held = 1 AND date BETWEEN ?1 AND ?2), "
    "(SELECT coalesce (avg (nullif (fit, 0)), 0) FROM check_ins WHERE archived = 0 AND held = 1 AND date BETWEEN ?1 AND ?2), "
    "(SELECT count(DISTINCT u.objective_id) FROM objective_updates u JOIN check_ins c ON c.id = u.check_in_id "
    " WHERE u.archived = 0 AND u.status = 'met' AND c.archived = 0 AND c.held = 1 AND c.date BETWEEN ?1 AND ?2), "
    "(SELECT count(DISTINCT volunteer_id) FROM cases WHERE archived = 0 AND volunteer_id IS NOT NULL "
    " AND mentor_id IS NOT NULL AND opened_on <= ?2 AND (closed_on IS NULL OR closed_on >= ?1)), "
    "(SELECT count(*) FROM cases WHERE archived = 0 AND volunteer_id IS NOT NULL "
    " AND mentor_id IS NOT NULL AND opened_on <= ?2 AND (closed_on IS NULL OR closed_on >= ?1))";
  g_autoptr(DeskStmt) stmt = NULL;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  if (!desk_date_is_valid (from))
    return desk_invalid (error, "from", _("The first day of the period is not a real date; write it as YYYY-MM-DD."));
  if (!desk_date_is_valid (to))
    return desk_invalid (error, "to", _("The last day of the period is not a real date; write it as YYYY-MM-DD."));
  if (strcmp (from, to) > 0)
    return desk_invalid (error, "to", _("The period ends before it starts."));

  stmt = desk_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
  if (desk_database_step (self->database, stmt, error) != SQLITE_ROW)
    return FALSE;

  counts->active_pairings = (guint) sqlite3_column_int64 (stmt, 0);
  counts->pairings_started = (guint) sqlite3_column_int64 (stmt, 1);
  counts->pairings_completed = (guint) sqlite3_column_int64 (stmt, 2);
  counts->pairings_ended_early = (guint) sqlite3_column_int64 (stmt, 3);
  counts->proposals_declined = (guint) sqlite3_column_int64 (stmt, 4);
  counts->check_ins_held = (guint) sqlite3_column_int64 (stmt, 5);
  counts->check_ins_scheduled = (guint) sqlite3_column_int64 (stmt, 6);
  counts->mentor_ratings = (guint) sqlite3_column_int64 (stmt, 7);
  counts->mentor_rating_mean = sqlite3_column_double (stmt, 8);
  counts->mentee_ratings = (guint) sqlite3_column_int64 (stmt, 9);
  counts->mentee_rating_mean = sqlite3_column_double (stmt, 10);
  counts->fit_answers = (guint) sqlite3_column_int64 (stmt, 11);
  counts->fit_mean = sqlite3_column_double (stmt, 12);
  counts->objectives_met = (guint) sqlite3_column_int64 (stmt, 13);
  counts->mentees_with_cases = (guint) sqlite3_column_int64 (stmt, 14);
  counts->cases_under_mentor = (guint) sqlite3_column_int64 (stmt, 15);
  return TRUE;
}

/* ---- the matcher's proposals ------------------------------------------------------------- */

typedef struct
{
  DeskStore               *store;
  const DeskMatchProposal *proposals;
  guint                    n_proposals;
  const gint64            *mentee_ids;   /* NULL: every mentee */
  guint                    n_mentee_ids;
  guint                    n_saved;
} ProposalJob;

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The unpinned proposals a new run replaces: all of them, or those of the
 * run's mentees; by id. */
static gboolean
collect_replaced_proposals (ProposalJob  *job,
                            GArray       *ids,
                            GError      **error)
{
  DeskStore *self = job->store;

  if (job->mentee_ids == NULL)
    {
      g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database,
                                                        "SELECT id FROM pairings WHERE archived = 0 "
                                                        "AND status = 'proposed' AND pinned = 0 ORDER BY id", error);

      return stmt != NULL && _desk_store_collect_ids (self, stmt, ids, error);
    }

  for (guint i = 0; i < job->n_mentee_ids; i++)
    {
      g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database,
                                                        "SELECT id FROM pairings WHERE archived = 0 "
                                                        "AND status = 'proposed' AND pinned = 0 AND mentee_id = ?1",
                                                        error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, job->mentee_ids[i]);
      if (!_desk_store_collect_ids (self, stmt, ids, error))
        return FALSE;
    }
  g_array_sort (ids, compare_ids);
  return TRUE;
}

/* Archives the proposals @ids (a new run or a person's choice replaces
 * them); audited with their ids. */
static gboolean
archive_proposal_ids (DeskStore  *self,
                      GArray     *ids,
                      GError    **error)
{
  g_autoptr(GString) fields = g_string_new ("ids:");
  g_autofree char *now = _desk_store_now_utc ();

  if (ids->len == 0)
    return TRUE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(DeskStmt) update = desk_database_prepare (self->database,
                                                          "UPDATE pairings SET archived = 1, updated_at = ?1 "
                                                          "WHERE id = ?2", error);

      if (update == NULL)
        return FALSE;
      sqlite3_bind_text (update, 1, now, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (update, 2, g_array_index (ids, gint64, i));
      if (desk_database_step (self->database, update, error) != SQLITE_DONE)
        return FALSE;
      g_string_append_printf (fields, " %" G_GINT64_FORMAT, g_array_index (ids, gint64, i));
    }

  if (!desk_store_audit (self, "pairing", 0, "replace-proposals", fields->str, error))
    return FALSE;

  _desk_store_queue_change (self, "pairing", 0, DESK_CHANGE_RELOADED);
  return TRUE;
}

/* Archives the proposals a new run replaces. */
static gboolean
archive_replaced_proposals (ProposalJob  *job,
                            GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  return collect_replaced_proposals (job, ids, error) && archive_proposal_ids (job->store, ids, error);
}
/* The pinned proposals of @mentee_id, archived and audited. */
static gboolean
archive_pinned_proposals (DeskStore  *self,
                          gint64      mentee_id,
                          GError    **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database,
                                                    "SELECT id FROM pairings WHERE archived = 0 "
                                                    "AND status = 'proposed' AND pinned = 1 AND mentee_id = ?1",
                                                    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mentee_id);
  if (!_desk_store_collect_ids (self, stmt, ids, error))
    return FALSE;
  return archive_proposal_ids (self, ids, error);
}

static gboolean
proposals_in_transaction (DeskDatabase  *database,
                          gpointer       user_data,
                          GError       **error)
{
  ProposalJob *job = user_data;
  g_autoptr(GPtrArray) pairings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = desk_today_iso ();

  if (!archive_replaced_proposals (job, error))
    return FALSE;

  for (guint i = 0; i < job->n_proposals; i++)
    {
      const DeskMatchProposal *proposal = &job->proposals[i];
      gint64 live;

      /* A person's choice replaces the mentee's earlier one. */
      if (proposal->pinned && !archive_pinned_proposals (job->store, proposal->mentee_id, error))
        return FALSE;

      /* A pinned proposal, an accepted or an active pairing of the pair stays as it is. */
      live = count_one (job->store, "SELECT count(*) FROM pairings WHERE mentor_id = ?1 AND mentee_id = ?2 "
                                    "AND archived = 0 AND status IN ('proposed', 'accepted', 'active')",
                        proposal->mentor_id, proposal->mentee_id, error);
      if (live < 0)
        return FALSE;
      if (live > 0)
        continue;

      g_ptr_array_add (pairings, g_object_new (DESK_TYPE_PAIRING,
                                               "mentor-id", proposal->mentor_id,
                                               "mentee-id", proposal->mentee_id,
                                               "proposed-on", today,
                                               "score", proposal->score,
                                               "explanation", proposal->explanation != NULL ? proposal->explanation : "",
                                               "pinned", proposal->pinned,
                                               NULL));
    }

  job->n_saved = pairings->len;
  return desk_store_insert_batch (job->store, pairings, "propose", error);
}

gboolean
desk_store_save_proposals (DeskStore                *self,
                           const DeskMatchProposal  *proposals,
                           guint                     n_proposals,
                           const gint64             *mentee_ids,
                           guint                     n_mentee_ids,
                           guint                    *n_saved,
                           GError                  **error)
{
  ProposalJob job = { self, proposals, n_proposals, mentee_ids, n_mentee_ids, 0 };

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (proposals != NULL || n_proposals == 0, FALSE);
  g_return_val_if_fail (mentee_ids != NULL || n_mentee_ids == 0, FALSE);

  if (!_desk_store_run_transaction (self, proposals_in_transaction, &job, error))
    return FALSE;
  if (n_saved != NULL)
    *n_saved = job.n_saved;
  return TRUE;
}

gboolean
desk_store_save_match_result (DeskStore        *self,
                              DeskMatchResult  *result,
                              guint            *n_saved,
                              GError          **error)
{
  g_autoptr(GArray) mentee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  DeskMatchProblem *problem;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  problem = desk_match_result_get_problem (result);
  for (guint i = 0; i < desk_match_problem_get_n_profiles (problem); i++)
    {
      const DeskMatchProfile *profile = desk_match_problem_get_profile (problem, i);

      if (profile->wants_mentor)
        g_array_append_val (mentee_ids, profile->id);
    }

  return desk_store_save_match_result_for (self, result, (const gint64 *) mentee_ids->data, mentee_ids->len,
                                           n_saved, error);
}

gboolean
desk_store_save_match_result_for (DeskStore        *self,
                                  DeskMatchResult  *result,
                                  const gint64     *mentee_ids,
                                  guint             n_mentee_ids,
                                  guint            *n_saved,
                                  GError          **error)
{
  g_autoptr(GArray) proposals = g_array_new (FALSE, FALSE, sizeof (DeskMatchProposal));

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (mentee_ids != NULL || n_mentee_ids == 0, FALSE);

  for (guint m = 0; m < n_mentee_ids; m++)
    {
      const DeskMatchPair *pair = desk_match_result_lookup (result, mentee_ids[m]);

      if (pair != NULL && pair->kind != DESK_MATCH_PAIR_LOCKED)
        {
          DeskMatchProposal proposal = {
            pair->mentee_id, pair->mentor_id, (int) pair->score, pair->explanation,
            pair->kind == DESK_MATCH_PAIR_FORCED,
          };

          g_array_append_val (proposals, proposal);
        }
    }

  return desk_store_save_proposals (self, (const DeskMatchProposal *) proposals->data, proposals->len,
                                    mentee_ids, n_mentee_ids, n_saved, error);
}
