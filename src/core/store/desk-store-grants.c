/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-error.h"
#include "desk-store-grants.h"
#include "desk-store-private.h"

void
desk_case_grant_free (DeskCaseGrant *case_grant)
{
  if (case_grant == NULL)
    return;
  g_clear_object (&case_grant->grant);
  g_free (case_grant->override_reason);
  g_free (case_grant);
}

/* The records whose ids @stmt yields (its first column), in that order. */
static GPtrArray *
load_records (DeskStore  *self,
              GType       record_type,
              DeskStmt   *stmt,
              GError    **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!_desk_store_collect_ids (self, stmt, ids, error))
    return NULL;
  desk_stmt_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      gpointer record = desk_store_get (self, record_type, g_array_index (ids, gint64, i), error);

      if (record == NULL)
        return NULL;
      g_ptr_array_add (records, record);
    }

  return g_steal_pointer (&records);
}

GPtrArray *
desk_store_list_funders (DeskStore  *self,
                         GError    **error)
{
  g_autoptr(DeskStmt) stmt = NULL;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  stmt = desk_database_prepare (self->database,
                                "SELECT id FROM funders WHERE archived = 0 ORDER BY name, id", error);
  if (stmt == NULL)
    return NULL;
  return load_records (self, DESK_TYPE_FUNDER, stmt, error);
}

GPtrArray *
desk_store_list_grants (DeskStore  *self,
                        gint64      funder_id,
                        GError    **error)
{
  g_autoptr(DeskStmt) stmt = NULL;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  stmt = desk_database_prepare (self->database,
                                "SELECT g.id FROM grants g JOIN funders f ON f.id = g.funder_id "
                                "WHERE g.archived = 0 AND f.archived = 0 AND (?1 = 0 OR g.funder_id = ?1) "
                                "ORDER BY f.name, g.period_start, g.name, g.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, funder_id);
  return load_records (self, DESK_TYPE_GRANT, stmt, error);
}

/* Whether one query with one bound text or number finds a row. */
static gboolean
row_exists (DeskStore   *self,
            const char  *sql,
            const char  *text,
            gint64       number,
            gboolean    *exists,
            GError     **error)
{
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int64 (stmt, 1, number);

  rc = desk_database_step (self->database, stmt, error);
  if (rc == 0)
    return FALSE;
  *exists = rc == SQLITE_ROW;
  return TRUE;
}

GPtrArray *
desk_store_check_grant (DeskStore *self,
                        DeskGrant *grant)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) categories = NULL;
  gboolean exists = TRUE;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (DESK_IS_GRANT (grant), NULL);

  problems = desk_store_check (self, DESK_RECORD (grant));

  if (desk_grant_get_funder_id (grant) > 0)
    {
      if (!row_exists (self, "SELECT 1 FROM funders WHERE id = ?1 AND archived = 0", NULL,
                       desk_grant_get_funder_id (grant), &exists, &error))
        desk_problems_add_error (problems, error);
      else if (!exists)
        desk_problems_add (problems, "funder-id", _("The funder of this grant does not exist or was archived."));
      g_clear_error (&error);
    }

  /* A misspelt category would make the restriction refuse every case. */
  categories = desk_grant_split_list (desk_grant_get_problem_categories (grant));
  for (guint i = 0; categories[i] != NULL && desk_problems_find (problems, "problem-categories") == NULL; i++)
    {
      if (!row_exists (self, "SELECT 1 FROM lsc_problem_codes WHERE category = ?1 COLLATE NOCASE LIMIT 1",
                       categories[i], 0, &exists, &error))
        desk_problems_add_error (problems, error);
      else if (!exists)
        desk_problems_add (problems, "problem-categories",
                           _("“%s” is not an LSC problem category."), categories[i]);
      g_clear_error (&error);
    }

  return g_steal_pointer (&problems);
}

gboolean
desk_store_save_grant (DeskStore  *self,
                       DeskGrant  *grant,
                       GError    **error)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (DESK_IS_GRANT (grant), FALSE);

  problems = desk_store_check_grant (self, grant);
  if (!desk_problems_propagate (problems, error))
    return FALSE;
  return desk_store_save (self, DESK_RECORD (grant), error);
}

/* ---- restrictions ------------------------------------------------------ */

typedef struct
{
  DeskGrantCaseFacts  facts;
  char               *category;
  char               *county;
} CaseFacts;

static void
case_facts_clear (CaseFacts *facts)
{
  g_clear_pointer (&facts->category, g_free);
  g_clear_pointer (&facts->county, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CaseFacts, case_facts_clear)

/* What the restrictions look at: the case's category, and its client's
 * county and income (as the client editor screens it). */
static gboolean
gather_case_facts (DeskStore  *self,
                   DeskCase   *kase,
                   CaseFacts  *out,
                   GError    **error)
{
  g_autoptr(DeskStmt) stmt = NULL;
  gint64 client_id = desk_case_get_client_id (kase);
  int rc;

  out->facts.poverty_percent = -1;
  out->facts.opened_on = desk_case_get_opened_on (kase);
  out->facts.closed_on = desk_case_get_closed_on (kase);

  stmt = desk_database_prepare (self->database, "SELECT category FROM lsc_problem_codes WHERE code = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, desk_case_get_problem_code (kase), -1, SQLITE_STATIC);
  rc = desk_database_step (self->database, stmt, error);
  if (rc == 0)
    return FALSE;
  out->category = g_strdup (rc == SQLITE_ROW ? (const char *) sqlite3_column_text (stmt, 0) : "");
  out->facts.category = out->category;

  if (client_id > 0)
    {
      g_autoptr(DeskClient) client = desk_store_get_client (self, client_id, error);

      if (client == NULL)
        return FALSE;
      out->county = g_strdup (desk_client_get_county (client));
      out->facts.poverty_percent = desk_client_get_poverty_percent (client);
    }
  out->facts.county = out->county != NULL ? out->county : "";

  return TRUE;
}

gboolean
desk_store_check_case_grant (DeskStore  *self,
                             gint64      case_id,
                             gint64      grant_id,
                             GError    **error)
{
  g_autoptr(DeskCase) kase = NULL;
  g_autoptr(DeskGrant) grant = NULL;
  g_auto(CaseFacts) facts = { { 0 } };

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);

  if ((kase = desk_store_get_case (self, case_id, error)) == NULL ||
      (grant = desk_store_get_grant (self, grant_id, error)) == NULL ||
      !gather_case_facts (self, kase, &facts, error))
    return FALSE;

  return desk_grant_check_case (grant, &facts.facts, error);
}

GPtrArray *
desk_store_suggest_grants (DeskStore  *self,
                           DeskCase   *kase,
                           GError    **error)
{
  g_autoptr(GPtrArray) grants = NULL;
  g_autoptr(GPtrArray) suggested = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(CaseFacts) facts = { { 0 } };

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (DESK_IS_CASE (kase), NULL);

  /* A clinic has tens of grants, not thousands: each is checked here. */
  if ((grants = desk_store_list_grants (self, 0, error)) == NULL ||
      !gather_case_facts (self, kase, &facts, error))
    return NULL;

  for (guint i = 0; i < grants->len; i++)
    {
      DeskGrant *grant = g_ptr_array_index (grants, i);

      if (desk_grant_check_case (grant, &facts.facts, NULL))
        g_ptr_array_add (suggested, g_object_ref (grant));
    }

  return g_steal_pointer (&suggested);
}

/* ---- attribution ------------------------------------------------------- */

typedef struct
{
  DeskStore  *store;
  gint64      case_id;
  gint64      grant_id;
  const char *override_reason;
  char       *now;
} AttributeJob;

/* Runs @sql with ?1 the case, ?2 the grant, ?3 the time and ?4 the
 * override reason; *@changes: the rows it changed. */
static gboolean
run_job_statement (AttributeJob  *job,
                   const char    *sql,
                   int           *changes,
                   GError       **error)
{
  DeskDatabase *database = job->store->database;
  g_autoptr(DeskStmt) stmt = desk_database_prepare (database, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, job->case_id);
  sqlite3_bind_int64 (stmt, 2, job->grant_id);
  sqlite3_bind_text (stmt, 3, job->now, -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_count (stmt) >= 4)
    sqlite3_bind_text (stmt, 4, job->override_reason != NULL ? job->override_reason : "", -1, SQLITE_STATIC);
  if (desk_database_step (database, stmt, error) != SQLITE_DONE)
    return FALSE;

  *changes = sqlite3_changes (desk_database_get_handle (database));
  return TRUE;
}

static gboolean
attribute_in_transaction (DeskDatabase  *database,
                          gpointer       user_data,
                          GError       **error)
{
  AttributeJob *job = user_data;
  g_autofree char *fields = NULL;
  gboolean overridden = job->override_reason != NULL;
  int changes = 0;

  /* An attribution once ended comes back with the new reason. */
  if (!run_job_statement (job,
                          "INSERT INTO case_grants (case_id, grant_id, override_reason, created_at, updated_at) "
                          "VALUES (?1, ?2, ?4, ?3, ?3) "
                          "ON CONFLICT (case_id, grant_id) DO UPDATE SET archived = 0, "
                          "override_reason = excluded.override_reason, updated_at = excluded.updated_at "
                          "WHERE archived = 1", &changes, error))
    return FALSE;
  if (changes == 0)
    return TRUE;   /* already attributed */

  /* Hours logged before the case had a grant are charged to it now. */
  if (!run_job_statement (job,
                          "UPDATE time_entries SET grant_id = ?2, updated_at = ?3 "
                          "WHERE case_id = ?1 AND grant_id IS NULL", &changes, error))
    return FALSE;
  if (changes > 0)
    _desk_store_queue_change (job->store, "time-entry", 0, DESK_CHANGE_RELOADED);

  fields = overridden
    ? g_strdup_printf ("grant-id %" G_GINT64_FORMAT "; outside its restrictions because: %s",
                       job->grant_id, job->override_reason)
    : g_strdup_printf ("grant-id %" G_GINT64_FORMAT, job->grant_id);
  if (!desk_store_audit (job->store, "case", job->case_id,
                         overridden ? "attribute-grant-override" : "attribute-grant", fields, error))
    return FALSE;

  _desk_store_queue_change (job->store, "case-grant", job->case_id, DESK_CHANGE_UPDATED);
  return TRUE;
}

gboolean
desk_store_attribute_case (DeskStore   *self,
                           gint64       case_id,
                           gint64       grant_id,
                           const char  *override_reason,
                           GError     **error)
{
  g_autoptr(GError) refusal = NULL;
  g_autofree char *now = _desk_store_now_utc ();
  AttributeJob job = { self, case_id, grant_id, override_reason, now };

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);

  if (!desk_store_check_case_grant (self, case_id, grant_id, &refusal))
    {
      /* A missing case or grant is not something a reason can override. */
      if (!g_error_matches (refusal, DESK_ERROR, DESK_ERROR_INVALID) || desk_text_is_blank (override_reason))
        {
          g_propagate_error (error, g_steal_pointer (&refusal));
          return FALSE;
        }
    }
  else
    job.override_reason = NULL;

  return _desk_store_run_transaction (self, attribute_in_transaction, &job, error);
}

static gboolean
detach_in_transaction (DeskDatabase  *database,
                       gpointer       user_data,
                       GError       **error)
{
  AttributeJob *job = user_data;
  g_autofree char *fields = g_strdup_printf ("grant-id %" G_GINT64_FORMAT, job->grant_id);
  int changes = 0;

  if (!run_job_statement (job,
                          "UPDATE case_grants SET archived = 1, updated_at = ?3 "
                          "WHERE case_id = ?1 AND grant_id = ?2 AND archived = 0", &changes, error))
    return FALSE;
  if (changes == 0)
    {
      g_set_error_literal (error, DESK_ERROR, DESK_ERROR_NOT_FOUND,
                           _("The case is not attributed to that grant; it may have been detached in another window."));
      return FALSE;
    }

  if (!desk_store_audit (job->store, "case", job->case_id, "detach-grant", fields, error))
    return FALSE;

  _desk_store_queue_change (job->store, "case-grant", job->case_id, DESK_CHANGE_UPDATED);
  return TRUE;
}

gboolean
desk_store_detach_case (DeskStore  *self,
                        gint64      case_id,
                        gint64      grant_id,
                        GError    **error)
{
  g_autofree char *now = _desk_store_now_utc ();
  AttributeJob job = { self, case_id, grant_id, NULL, now };

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);

  return _desk_store_run_transaction (self, detach_in_transaction, &job, error);
}

GPtrArray *
desk_store_list_case_grants (DeskStore  *self,
                             gint64      case_id,
                             GError    **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) desk_case_grant_free);
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  stmt = desk_database_prepare (self->database,
                                "SELECT grant_id, override_reason FROM case_grants "
                                "WHERE case_id = ?1 AND archived = 0 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (reasons, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  if (rc != SQLITE_DONE)
    return NULL;
  g_clear_pointer (&stmt, desk_stmt_reset);

  for (guint i = 0; i < ids->len; i++)
    {
      DeskCaseGrant *case_grant = g_new0 (DeskCaseGrant, 1);

      g_ptr_array_add (result, case_grant);
      case_grant->override_reason = g_steal_pointer (&g_ptr_array_index (reasons, i));
      case_grant->grant = desk_store_get_grant (self, g_array_index (ids, gint64, i), error);
      if (case_grant->grant == NULL)
        return NULL;
    }

  return g_steal_pointer (&result);
}
