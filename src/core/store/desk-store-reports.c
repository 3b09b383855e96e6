/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-enum-types.h"
#include "desk-error.h"
#include "desk-labels.h"
#include "desk-store-mentorship.h"
#include "desk-store-reports.h"
#include "desk-store-private.h"

/*
 * Report statements are written with tokens that expand to fixed
 * fragments, so that each figure reads as one query:
 *
 *   {base}    a case that counts: not archived, not rejected, in scope
 *   {served}  {base}, open at some time in the period
 *   {served_in_order}  the same, written so that no index fits: the
 *             Cases sheet then reads the table in id order instead of
 *             sorting a million rows in memory first
 *   {closed}  {base}, closing date in the period
 *   {entries} a time entry worked in the period, charged in scope, on a
 *             case that is not archived (joined as k)
 *   {entry_in_order}  charged in scope, written so that no index on the
 *             grant fits (entries are then read by case)
 *   {rate}    the value of the hour of entry te in cents (grant g joined)
 *
 * and named parameters :from, :to, :scope, :rate, :dv and :region.  Only
 * these fragments and numbers from the tables below reach the SQL text.
 */

static const char * const case_scope[] = {
  [DESK_REPORT_SCOPE_CLINIC] = "1",
  [DESK_REPORT_SCOPE_FUNDER] = "EXISTS (SELECT 1 FROM case_grants cg JOIN grants sg ON sg.id = cg.grant_id "
                               "WHERE cg.case_id = k.id AND cg.archived = 0 AND sg.funder_id = :scope)",
  [DESK_REPORT_SCOPE_GRANT] = "EXISTS (SELECT 1 FROM case_grants cg "
                              "WHERE cg.case_id = k.id AND cg.archived = 0 AND cg.grant_id = :scope)",
};

static const char * const entry_scope[] = {
  [DESK_REPORT_SCOPE_CLINIC] = "1",
  [DESK_REPORT_SCOPE_FUNDER] = "te.grant_id IN (SELECT sg.id FROM grants sg WHERE sg.funder_id = :scope)",
  [DESK_REPORT_SCOPE_GRANT] = "te.grant_id = :scope",
};

static const char * const entry_scope_in_order[] = {
  [DESK_REPORT_SCOPE_CLINIC] = "1",
  [DESK_REPORT_SCOPE_FUNDER] = "te.grant_id + 0 IN (SELECT sg.id FROM grants sg WHERE sg.funder_id = :scope)",
  [DESK_REPORT_SCOPE_GRANT] = "te.grant_id + 0 = :scope",
};

static char *
expand_sql (const char             *template,
            const DeskReportParams *params)
{
  GString *sql = g_string_new (template);

  g_string_replace (sql, "{served_in_order}", "k.archived + 0 = 0 AND k.status <> 'rejected' AND {case} "
                                               "AND k.opened_on || '' <= :to "
                                               "AND (k.closed_on IS NULL OR k.closed_on || '' >= :from)", 0);
  g_string_replace (sql, "{served}", "{base} AND k.opened_on <= :to AND (k.closed_on IS NULL OR k.closed_on >= :from)", 0);
  g_string_replace (sql, "{closed}", "{base} AND k.closed_on BETWEEN :from AND :to", 0);
  g_string_replace (sql, "{base}", "k.archived = 0 AND k.status <> 'rejected' AND {case}", 0);
  g_string_replace (sql, "{entries}", "te.archived = 0 AND k.archived = 0 AND te.worked_on BETWEEN :from AND :to "
                                      "AND {entry}", 0);
  g_string_replace (sql, "{rate}", "coalesce (nullif (g.hour_value_cents, 0), :rate)", 0);
  g_string_replace (sql, "{case}", case_scope[params->scope], 0);
  g_string_replace (sql, "{entry_in_order}", entry_scope_in_order[params->scope], 0);
  g_string_replace (sql, "{entry}", entry_scope[params->scope], 0);

  return g_string_free (sql, FALSE);
}

static void
bind_text (DeskStmt   *stmt,
           const char *name,
           const char *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

static void
bind_int (DeskStmt   *stmt,
          const char *name,
          gint64      value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

/* A prepared report statement with every parameter it names bound. */
static DeskStmt *
prepare_report (DeskStore               *self,
                const DeskReportParams  *params,
                const char              *template,
                GError                 **error)
{
  g_autofree char *sql = NULL;
  DeskStmt *stmt;

  if (!desk_report_params_validate (params, error))
    return NULL;

  sql = expand_sql (template, params);
  stmt = desk_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, ":from", params->from);
  bind_text (stmt, ":to", params->to);
  bind_int (stmt, ":scope", params->scope_id);
  bind_int (stmt, ":rate", params->default_hour_value_cents);
  bind_text (stmt, ":dv", DESK_REPORT_DV_PROBLEM_CODE);
  bind_text (stmt, ":region", desk_enum_nick (DESK_TYPE_REGION, self->region));
  return stmt;
}

/* Runs a statement that yields one row of integers into @values. */
static gboolean
query_integers (DeskStore               *self,
                const DeskReportParams  *params,
                const char              *template,
                gint64                  *values,
                guint                    n_values,
                GError                 **error)
{
  g_autoptr(DeskStmt) stmt = prepare_report (self, params, template, error);

  if (stmt == NULL || desk_database_step (self->database, stmt, error) != SQLITE_ROW)
    return FALSE;
  for (guint i = 0; i < n_values; i++)
    values[i] = sqlite3_column_int64 (stmt, (int) i);
  return TRUE;
}

/* Tenths of an hour times cents an hour, to whole cents. */
static gint64
tenth_cents_to_cents (gint64 tenth_cents)
{
  return (tenth_cents + 5) / 10;
}

gboolean
desk_store_report_snapshot_begin (DeskStore  *self,
                                  gboolean   *started,
                                  GError    **error)
{
  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);

  /* In WAL mode a read transaction sees one snapshot and lets the window
   * go on saving; the export's counts and rows then agree. */
  *started = FALSE;
  if (!desk_database_begin_read (self->database, error))
    return FALSE;
  *started = TRUE;

  /* A report reads clients and hours all over the file; the default 2 MB
   * cache would read the same pages again and again. */
  return desk_database_exec (self->database, "PRAGMA cache_size = -16384", error);
}

void
desk_store_report_snapshot_end (DeskStore *self,
                                gboolean   started)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DESK_IS_STORE (self));

  if (!started)
    return;
  if (!desk_database_end_read (self->database, TRUE, &error))
    g_warning ("Ending the report snapshot failed: %s", error->message);
  desk_database_exec (self->database, "PRAGMA cache_size = -2000", NULL);
}

gboolean
desk_store_report_describe_scope (DeskStore               *self,
                                  const DeskReportParams  *params,
                                  char                   **funder_name,
                                  char                   **grant_name,
                                  char                   **grant_number,
                                  GError                 **error)
{
  static const char *sql[] = {
    [DESK_REPORT_SCOPE_CLINIC] = "SELECT '', '', ''",
    [DESK_REPORT_SCOPE_FUNDER] = "SELECT f.name, '', '' FROM funders f WHERE f.id = :scope AND f.archived = 0",
    [DESK_REPORT_SCOPE_GRANT] = "SELECT f.name, g.name, g.grant_number FROM grants g JOIN funders f ON f.id = g.funder_id "
                                "WHERE g.id = :scope AND g.archived = 0",
  };
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (params != NULL, FALSE);

  if (!desk_report_params_validate (params, error))
    return FALSE;
  stmt = prepare_report (self, params, sql[params->scope], error);
  if (stmt == NULL || (rc = desk_database_step (self->database, stmt, error)) == 0)
    return FALSE;

  if (rc == SQLITE_DONE)
    {
      if (params->scope == DESK_REPORT_SCOPE_GRANT)
        g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND,
                     _("There is no grant with the number %" G_GINT64_FORMAT "; it may have been archived."),
                     params->scope_id);
      else
        g_set_error (error, DESK_ERROR, DESK_ERROR_NOT_FOUND,
                     _("There is no funder with the number %" G_GINT64_FORMAT "; it may have been archived."),
                     params->scope_id);
      return FALSE;
    }

  if (funder_name != NULL)
    *funder_name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (grant_name != NULL)
    *grant_name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  if (grant_number != NULL)
    *grant_number = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  return TRUE;
}

gboolean
desk_store_report_summary (DeskStore               *self,
                           const DeskReportParams  *params,
                           DeskReportSummary       *summary,
                           GError                 **error)
{
  gint64 cases[6], clients[3], hours[2];

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (params != NULL && summary != NULL, FALSE);

  if (!query_integers (self, params,
                       "SELECT (SELECT count(*) FROM cases k WHERE {base} AND k.opened_on BETWEEN :from AND :to), "
                       "(SELECT count(*) FROM cases k WHERE {closed}), "
                       "(SELECT count(*) FROM cases k WHERE {base} AND k.opened_on <= :to "
                       " AND (k.closed_on IS NULL OR k.closed_on > :to)), "
                       "(SELECT count(*) FROM cases k WHERE {served}), "
                       "(SELECT count(*) FROM cases k WHERE {served} AND k.problem_code = :dv), "
                       "(SELECT coalesce (sum (k.amount_cents), 0) FROM cases k WHERE {closed})",
                       cases, G_N_ELEMENTS (cases), error) ||
      !query_integers (self, params,
                       "SELECT count(*), coalesce (sum (c.household_adults), 0), "
                       "coalesce (sum (c.household_children), 0) FROM clients c "
                       "WHERE c.id IN (SELECT k.client_id FROM cases k WHERE {served})",
                       clients, G_N_ELEMENTS (clients), error) ||
      !query_integers (self, params,
                       "SELECT coalesce (sum (te.tenths), 0), coalesce (sum (te.tenths * {rate}), 0) "
                       "FROM time_entries te JOIN cases k ON k.id = te.case_id "
                       "LEFT JOIN grants g ON g.id = te.grant_id WHERE {entries}",
                       hours, G_N_ELEMENTS (hours), error))
    return FALSE;

  *summary = (DeskReportSummary) {
    .cases_opened = cases[0],
    .cases_closed = cases[1],
    .cases_open_at_end = cases[2],
    .cases_served = cases[3],
    .dv_cases = cases[4],
    .amount_recovered_cents = cases[5],
    .clients_served = clients[0],
    .household_adults = clients[1],
    .household_children = clients[2],
    .household_persons = clients[1] + clients[2],
    .volunteer_tenths = hours[0],
    .donated_value_cents = tenth_cents_to_cents (hours[1]),
  };
  return TRUE;
}

DeskCsrMatrix *
desk_store_report_csr (DeskStore               *self,
                       const DeskReportParams  *params,
                       GError                 **error)
{
  g_autoptr(DeskCsrMatrix) matrix = desk_csr_matrix_new ();
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  /* Codes run in category blocks (01–09 consumer, 12–19 education, …). */
  stmt = prepare_report (self, params, "SELECT code, name, category FROM lsc_problem_codes ORDER BY code", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    desk_csr_matrix_add_code (matrix, (const char *) sqlite3_column_text (stmt, 0),
                              (const char *) sqlite3_column_text (stmt, 1),
                              (const char *) sqlite3_column_text (stmt, 2));
  if (rc != SQLITE_DONE)
    return NULL;
  g_clear_pointer (&stmt, desk_stmt_reset);

  stmt = prepare_report (self, params,
                         "SELECT k.problem_code, k.closing_code, count(*) FROM cases k WHERE {closed} "
                         "GROUP BY k.problem_code, k.closing_code", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    desk_csr_matrix_count (matrix, (const char *) sqlite3_column_text (stmt, 0),
                           (const char *) sqlite3_column_text (stmt, 1), sqlite3_column_int64 (stmt, 2));
  if (rc != SQLITE_DONE)
    return NULL;

  desk_csr_matrix_finish (matrix);
  return g_steal_pointer (&matrix);
}

DeskReportTable *
desk_store_report_cases_by_category (DeskStore               *self,
                                     const DeskReportParams  *params,
                                     GError                 **error)
{
  g_autoptr(DeskReportTable) table = desk_report_table_new ("cases-by-category", _("Cases served by problem category"));
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  stmt = prepare_report (self, params,
                         "SELECT p.category, count(k.id) FROM lsc_problem_codes p "
                         "LEFT JOIN cases k ON k.problem_code = p.code AND {served} "
                         "GROUP BY p.category ORDER BY min (p.code)", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      const char *category = (const char *) sqlite3_column_text (stmt, 0);

      desk_report_table_add (table, category, category, sqlite3_column_int64 (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    return NULL;

  desk_report_table_sum (table);
  return g_steal_pointer (&table);
}

/* Every month from the one of @from to the one of @to, as "YYYY-MM". */
static void
add_months (DeskReportTable *table,
            const char      *from,
            const char      *to)
{
  int year = (int) g_ascii_strtoll (from, NULL, 10);
  int month = (int) g_ascii_strtoll (from + 5, NULL, 10);
  int last_year = (int) g_ascii_strtoll (to, NULL, 10);
  int last_month = (int) g_ascii_strtoll (to + 5, NULL, 10);

  while (year < last_year || (year == last_year && month <= last_month))
    {
      char key[16];

      g_snprintf (key, sizeof key, "%04d-%02d", year, month);
      desk_report_table_add (table, key, key, 0);
      if (++month > 12)
        {
          month = 1;
          year++;
        }
    }
}

DeskReportTable *
desk_store_report_hours (DeskStore               *self,
                         const DeskReportParams  *params,
                         DeskReportHoursBy        by,
                         GError                 **error)
{
  static const struct { const char *key; const char *title; const char *sql; } queries[] = {
    [DESK_REPORT_HOURS_BY_VOLUNTEER] = {
      "hours-by-volunteer", N_("Volunteer hours by volunteer"),
      "SELECT v.id, v.first_name || ' ' || v.last_name, v.role, coalesce (p.placed, 0), "
      "coalesce (h.tenths, 0), coalesce (h.value, 0) FROM volunteers v "
      "LEFT JOIN (SELECT k.volunteer_id AS id, count(*) AS placed FROM cases k "
      "           WHERE {served} AND k.volunteer_id IS NOT NULL GROUP BY 1) p ON p.id = v.id "
      "LEFT JOIN (SELECT te.volunteer_id AS id, sum (te.tenths) AS tenths, sum (te.tenths * {rate}) AS value "
      "           FROM time_entries te JOIN cases k ON k.id = te.case_id LEFT JOIN grants g ON g.id = te.grant_id "
      "           WHERE {entries} GROUP BY 1) h ON h.id = v.id "
      "WHERE p.id IS NOT NULL OR h.id IS NOT NULL ORDER BY v.last_name, v.first_name, v.id" },
    [DESK_REPORT_HOURS_BY_CATEGORY] = {
      "hours-by-category", N_("Volunteer hours by problem category"),
      "SELECT coalesce (p.category, ''), coalesce (p.category, ''), NULL, 0, sum (te.tenths), sum (te.tenths * {rate}) "
      "FROM time_entries te JOIN cases k ON k.id = te.case_id LEFT JOIN grants g ON g.id = te.grant_id "
      "LEFT JOIN lsc_problem_codes p ON p.code = k.problem_code WHERE {entries} GROUP BY 1 ORDER BY min (p.code)" },
    [DESK_REPORT_HOURS_BY_MONTH] = {
      "hours-by-month", N_("Volunteer hours by month"),
      "SELECT substr (te.worked_on, 1, 7), substr (te.worked_on, 1, 7), NULL, 0, sum (te.tenths), "
      "sum (te.tenths * {rate}) FROM time_entries te JOIN cases k ON k.id = te.case_id "
      "LEFT JOIN grants g ON g.id = te.grant_id WHERE {entries} GROUP BY 1 ORDER BY 1" },
  };
  g_autoptr(DeskReportTable) table = NULL;
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (by < G_N_ELEMENTS (queries), NULL);

  table = desk_report_table_new (queries[by].key, _(queries[by].title));
  stmt = prepare_report (self, params, queries[by].sql, error);
  if (stmt == NULL)
    return NULL;

  /* A line chart needs the months without hours too. */
  if (by == DESK_REPORT_HOURS_BY_MONTH)
    add_months (table, params->from, params->to);

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      DeskReportRow *row = (DeskReportRow *) desk_report_table_find (table, key);

      if (row == NULL)
        {
          row = desk_report_table_add (table, key, (const char *) sqlite3_column_text (stmt, 1),
                                       sqlite3_column_int64 (stmt, 3));
          if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
            {
              int role = 0;

              desk_enum_from_nick (DESK_TYPE_VOLUNTEER_ROLE, (const char *) sqlite3_column_text (stmt, 2), &role);
              row->detail = g_strdup (desk_enum_label (DESK_TYPE_VOLUNTEER_ROLE, role));
            }
        }
      row->tenths = sqlite3_column_int64 (stmt, 4);
      row->cents = tenth_cents_to_cents (sqlite3_column_int64 (stmt, 5));
    }
  if (rc != SQLITE_DONE)
    return NULL;

  desk_report_table_sum (table);
  return g_steal_pointer (&table);
}

/* A row for every value of @enum_type, in declaration order, from @first. */
static void
add_enum_rows (DeskReportTable *table,
               GType            enum_type,
               int              first)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value >= first)
      desk_report_table_add (table, klass->values[i].value_nick,
                             desk_enum_label (enum_type, klass->values[i].value), 0);
}

DeskReportTable *
desk_store_report_outcomes (DeskStore               *self,
                            const DeskReportParams  *params,
                            DeskReportMentorFilter   mentor,
                            GError                 **error)
{
  static const char *sql[] = {
    [DESK_REPORT_MENTOR_ANY] = "SELECT k.outcome, count(*), coalesce (sum (k.amount_cents), 0) FROM cases k "
                               "WHERE {closed} GROUP BY k.outcome",
    [DESK_REPORT_MENTOR_WITH] = "SELECT k.outcome, count(*), coalesce (sum (k.amount_cents), 0) FROM cases k "
                                "WHERE {closed} AND k.mentor_id IS NOT NULL GROUP BY k.outcome",
    [DESK_REPORT_MENTOR_WITHOUT] = "SELECT k.outcome, count(*), coalesce (sum (k.amount_cents), 0) FROM cases k "
                                   "WHERE {closed} AND k.mentor_id IS NULL GROUP BY k.outcome",
  };
  static const char *titles[] = {
    [DESK_REPORT_MENTOR_ANY] = N_("Outcomes of the cases closed"),
    [DESK_REPORT_MENTOR_WITH] = N_("Cases handled under a mentor"),
    [DESK_REPORT_MENTOR_WITHOUT] = N_("Cases handled without a mentor"),
  };
  g_autoptr(DeskReportTable) table = NULL;
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (mentor < G_N_ELEMENTS (sql), NULL);

  table = desk_report_table_new ("outcomes", _(titles[mentor]));
  stmt = prepare_report (self, params, sql[mentor], error);
  if (stmt == NULL)
    return NULL;

  /* "Not recorded" only appears for cases closed without an outcome. */
  add_enum_rows (table, DESK_TYPE_OUTCOME, DESK_OUTCOME_FAVOURABLE);
  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      const char *nick = (const char *) sqlite3_column_text (stmt, 0);
      DeskReportRow *row = (DeskReportRow *) desk_report_table_find (table, nick);
      int value = DESK_OUTCOME_NONE;

      if (row == NULL)
        {
          desk_enum_from_nick (DESK_TYPE_OUTCOME, nick, &value);
          row = desk_report_table_add (table, nick, desk_enum_label (DESK_TYPE_OUTCOME, value), 0);
        }
      row->count = sqlite3_column_int64 (stmt, 1);
      row->cents = sqlite3_column_int64 (stmt, 2);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  desk_report_table_sum (table);
  return g_steal_pointer (&table);
}

gboolean
desk_store_report_mentorship (DeskStore               *self,
                              const DeskReportParams  *params,
                              DeskReportMentorship    *mentorship,
                              GError                 **error)
{
  gint64 values[3];

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (mentorship != NULL, FALSE);

  if (!query_integers (self, params,
                       "SELECT count (DISTINCT k.volunteer_id), count (DISTINCT k.mentor_id), count(*) "
                       "FROM cases k WHERE {served} AND k.mentor_id IS NOT NULL",
                       values, G_N_ELEMENTS (values), error))
    return FALSE;

  *mentorship = (DeskReportMentorship) {
    .mentees_with_cases = values[0],
    .mentors_supervising = values[1],
    .cases_with_mentor = values[2],
    .has_pairings = FALSE,
  };

  /* Pairings belong to the clinic's program, not to a grant's cases. */
  if (params->scope == DESK_REPORT_SCOPE_CLINIC)
    {
      DeskMentorshipCounts counts;
      gint64 n_pairings;

      if (!query_integers (self, params, "SELECT count(*) FROM pairings WHERE archived = 0", &n_pairings, 1, error) ||
          !desk_store_count_mentorship (self, params->from, params->to, &counts, error))
        return FALSE;

      mentorship->has_pairings = n_pairings > 0;
      mentorship->active_pairings = counts.active_pairings;
      mentorship->pairings_started = counts.pairings_started;
      mentorship->pairings_completed = counts.pairings_completed;
      mentorship->pairings_ended_early = counts.pairings_ended_early;
      mentorship->check_ins_held = counts.check_ins_held;
      mentorship->check_ins_scheduled = counts.check_ins_scheduled;
      mentorship->average_mentor_rating = counts.mentor_rating_mean;
      mentorship->average_mentee_rating = counts.mentee_rating_mean;
      mentorship->average_fit = counts.fit_mean;
      mentorship->objectives_met = counts.objectives_met;
    }
  return TRUE;
}

/* ---- demographics -------------------------------------------------------- */

/* A band holds the values below @below (and at least the previous band's). */
typedef struct
{
  const char *key;
  const char *label;
  int         below;
} Band;

static const Band age_bands[] = {
  { "under-18", N_("Under 18"), 18 },
  { "18-24", N_("18 to 24"), 25 },
  { "25-34", N_("25 to 34"), 35 },
  { "35-44", N_("35 to 44"), 45 },
  { "45-59", N_("45 to 59"), 60 },
  { "60-and-over", N_("60 and over"), G_MAXINT },
  { NULL }
};

/* LSC's eligibility lines: 125% (45 CFR 1611.3), 200% (1611.5). */
static const Band poverty_bands[] = {
  { "up-to-100", N_("Up to 100%"), 101 },
  { "101-125", N_("101% to 125%"), 126 },
  { "126-150", N_("126% to 150%"), 151 },
  { "151-200", N_("151% to 200%"), 201 },
  { "over-200", N_("Over 200%"), G_MAXINT },
  { NULL }
};

typedef struct
{
  const char   *key;
  const char   *title;
  const char   *value_sql;         /* over the client t */
  GType       (*enum_type) (void);
  const Band   *bands;
} Dimension;

#define NOT_RECORDED "not-recorded"

static const Dimension dimensions[] = {
  [DESK_REPORT_BY_AGE] = { "age", N_("Age at the end of the period"),
                           "(CAST (substr (:to, 1, 4) AS INTEGER) - CAST (substr (t.birth_date, 1, 4) AS INTEGER) "
                           "- (substr (:to, 6, 5) < substr (t.birth_date, 6, 5)))", NULL, age_bands },
  [DESK_REPORT_BY_GENDER] = { "gender", N_("Gender"), "t.gender", desk_gender_get_type, NULL },
  [DESK_REPORT_BY_ETHNICITY] = { "ethnicity", N_("Race and ethnicity"), "t.ethnicity", desk_ethnicity_get_type, NULL },
  [DESK_REPORT_BY_LANGUAGE] = { "language", N_("Language"), "trim (t.language)", NULL, NULL },
  [DESK_REPORT_BY_COUNTY] = { "county", N_("County"), "trim (t.county)", NULL, NULL },
  [DESK_REPORT_BY_VETERAN] = { "veteran", N_("Veteran"), "t.veteran", desk_answer_get_type, NULL },
  [DESK_REPORT_BY_DISABILITY] = { "disability", N_("Disability"), "t.disability", desk_answer_get_type, NULL },
  [DESK_REPORT_BY_POVERTY] = { "poverty", N_("Household income, % of the poverty guideline"), NULL, NULL, poverty_bands },
};

/* "CASE WHEN v IS NULL OR v < 0 THEN 'not-recorded' WHEN v < 18 THEN 'under-18' … END" */
static char *
band_sql (const Band *bands)
{
  GString *sql = g_string_new ("CASE WHEN v IS NULL OR v < 0 THEN '" NOT_RECORDED "'");

  for (const Band *band = bands; band->key != NULL; band++)
    {
      if (band[1].key == NULL)
        g_string_append_printf (sql, " ELSE '%s' END", band->key);
      else
        g_string_append_printf (sql, " WHEN v < %d THEN '%s'", band->below, band->key);
    }
  return g_string_free (sql, FALSE);
}

/* The guideline % as the client list computes it, with its region bound by name. */
static char *
poverty_sql (void)
{
  GString *sql = g_string_new (_desk_store_derived_sql (DESK_TYPE_CLIENT, "poverty-percent"));

  g_string_replace (sql, "?2", ":region", 0);
  return g_string_free (sql, FALSE);
}

static gint
compare_rows_by_count (gconstpointer a,
                       gconstpointer b)
{
  const DeskReportRow *x = a;
  const DeskReportRow *y = b;

  /* Most frequent first, "Not recorded" last, then by name. */
  if (g_strcmp0 (x->key, NOT_RECORDED) == 0 || g_strcmp0 (y->key, NOT_RECORDED) == 0)
    return (g_strcmp0 (x->key, NOT_RECORDED) == 0) - (g_strcmp0 (y->key, NOT_RECORDED) == 0);
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_utf8_collate (x->label, y->label);
}

DeskReportTable *
desk_store_report_demographic (DeskStore               *self,
                               const DeskReportParams  *params,
                               DeskReportDimension      dimension,
                               GError                 **error)
{
  const Dimension *dim;
  g_autoptr(DeskReportTable) table = NULL;
  g_autofree char *value_sql = NULL;
  g_autofree char *group_sql = NULL;
  g_autofree char *template = NULL;
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);
  g_return_val_if_fail (dimension < DESK_REPORT_N_DIMENSIONS, NULL);

  dim = &dimensions[dimension];
  table = desk_report_table_new (dim->key, _(dim->title));
  value_sql = dim->value_sql != NULL ? g_strdup (dim->value_sql) : poverty_sql ();
  group_sql = dim->bands != NULL ? band_sql (dim->bands) : g_strdup ("v");
  template = g_strdup_printf ("SELECT %s, count(*) FROM (SELECT %s AS v FROM clients t "
                              "WHERE t.id IN (SELECT k.client_id FROM cases k WHERE {served})) GROUP BY 1",
                              group_sql, value_sql);

  stmt = prepare_report (self, params, template, error);
  if (stmt == NULL)
    return NULL;

  if (dim->bands != NULL)
    for (const Band *band = dim->bands; band->key != NULL; band++)
      desk_report_table_add (table, band->key, _(band->label), 0);
  if (dim->enum_type != NULL)
    add_enum_rows (table, dim->enum_type (), 0);
  if (dim->bands != NULL)
    desk_report_table_add (table, NOT_RECORDED, _("Not recorded"), 0);

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      const char *value = (const char *) sqlite3_column_text (stmt, 0);
      DeskReportRow *row;

      if (value == NULL || *value == '\0')
        value = NOT_RECORDED;
      row = (DeskReportRow *) desk_report_table_find (table, value);
      if (row == NULL)
        row = desk_report_table_add (table, value,
                                     strcmp (value, NOT_RECORDED) == 0 ? _("Not recorded") : value, 0);
      row->count += sqlite3_column_int64 (stmt, 1);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  /* Free text (languages, counties) reads best by frequency. */
  if (dim->bands == NULL && dim->enum_type == NULL)
    g_array_sort (table->rows, compare_rows_by_count);

  desk_report_table_sum (table);
  return g_steal_pointer (&table);
}

/* ---- the Cases sheet ---------------------------------------------------- */

gint64
desk_store_report_count_cases (DeskStore               *self,
                               const DeskReportParams  *params,
                               GError                 **error)
{
  gint64 count = -1;

  g_return_val_if_fail (DESK_IS_STORE (self), -1);

  if (!query_integers (self, params, "SELECT count(*) FROM cases k WHERE {served}", &count, 1, error))
    return -1;
  return count;
}

/* One of the streams merged into the Cases rows: a statement whose rows
 * come by case id (column 0), with the current row's id, or G_MAXINT64
 * once it has run out. */
typedef struct
{
  DeskStmt *stmt;
  gint64    case_id;
} Stream;

static gboolean
stream_advance (DeskStore  *self,
                Stream     *stream,
                gint64      case_id,
                GError    **error)
{
  while (stream->case_id < case_id)
    {
      int rc = desk_database_step (self->database, stream->stmt, error);

      if (rc == 0)
        return FALSE;
      stream->case_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stream->stmt, 0) : G_MAXINT64;
    }
  return TRUE;
}

gboolean
desk_store_report_foreach_case (DeskStore               *self,
                                const DeskReportParams  *params,
                                DeskReportCaseFunc       func,
                                gpointer                 user_data,
                                GError                 **error)
{
  /* Three streams in case-id order, each read straight through an index
   * or the table (no per-case lookups, no sorting), merged here: the
   * cases, their hours, their grants.  %s: the client's name, address and
   * date of birth, or three NULLs. */
  static const char *cases_template =
    "SELECT k.id, k.case_number, coalesce (p.category, ''), k.problem_code, c.county, k.opened_on, k.closed_on, "
    "k.closing_code, k.outcome, %s "
    "FROM cases k JOIN clients c ON c.id = k.client_id LEFT JOIN lsc_problem_codes p ON p.code = k.problem_code "
    "WHERE {served_in_order} ORDER BY k.id";
  static const char *hours_sql =
    "SELECT te.case_id, sum (te.tenths) FROM time_entries te "
    "WHERE te.archived = 0 AND te.worked_on || '' BETWEEN :from AND :to AND {entry_in_order} "
    "GROUP BY te.case_id ORDER BY te.case_id";
  static const char *grants_sql =
    "SELECT cg.case_id, group_concat (g.name, '; ') FROM case_grants cg JOIN grants g ON g.id = cg.grant_id "
    "WHERE cg.archived = 0 GROUP BY cg.case_id ORDER BY cg.case_id";
  g_autofree char *cases_sql = NULL;
  g_autoptr(DeskStmt) cases = NULL;
  g_autoptr(DeskStmt) hours_stmt = NULL;
  g_autoptr(DeskStmt) grants_stmt = NULL;
  Stream hours = { NULL, 0 };
  Stream grants = { NULL, 0 };
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  cases_sql = g_strdup_printf (cases_template,
                               params->include_names ? "c.first_name || ' ' || c.last_name, c.address, c.birth_date"
                                                     : "NULL, NULL, NULL");
  if ((cases = prepare_report (self, params, cases_sql, error)) == NULL ||
      (hours_stmt = prepare_report (self, params, hours_sql, error)) == NULL ||
      (grants_stmt = prepare_report (self, params, grants_sql, error)) == NULL)
    return FALSE;
  hours.stmt = hours_stmt;
  grants.stmt = grants_stmt;

  while ((rc = desk_database_step (self->database, cases, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (cases, 0);

      if (!stream_advance (self, &hours, id, error) || !stream_advance (self, &grants, id, error))
        return FALSE;

#define TEXT(i) ((const char *) sqlite3_column_text (cases, (i)))
      {
        DeskReportCase row = {
          TEXT (1), TEXT (2), TEXT (3), TEXT (4), TEXT (5), TEXT (6), TEXT (7), TEXT (8),
          hours.case_id == id ? sqlite3_column_int64 (hours.stmt, 1) : 0,
          grants.case_id == id ? (const char *) sqlite3_column_text (grants.stmt, 1) : "",
          TEXT (9), TEXT (10), TEXT (11),
        };
#undef TEXT

        if (!func (&row, user_data, error))
          return FALSE;
      }
    }

  return rc == SQLITE_DONE;
}
