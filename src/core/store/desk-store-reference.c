/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-enum-types.h"
#include "desk-error.h"
#include "desk-csv.h"
#include "desk-store-private.h"

/* Reference tables of DeskStore: poverty guidelines (which staff extend each
 * January), screening against them, and the LSC code lists for pickers. */

GArray *
desk_store_list_guidelines (DeskStore  *self,
                            GError    **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (DeskGuideline));
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  stmt = desk_database_prepare (self->database,
                                "SELECT year, region, first_person_cents, each_additional_person_cents "
                                "FROM poverty_guidelines ORDER BY year, region", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      DeskGuideline row = { 0 };
      int region = DESK_REGION_CONTIGUOUS;

      row.year = sqlite3_column_int (stmt, 0);
      desk_enum_from_nick (DESK_TYPE_REGION, (const char *) sqlite3_column_text (stmt, 1), &region);
      row.region = region;
      row.first_person_cents = sqlite3_column_int64 (stmt, 2);
      row.each_additional_person_cents = sqlite3_column_int64 (stmt, 3);
      g_array_append_val (rows, row);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

typedef struct
{
  DeskStore           *store;
  const DeskGuideline *row;
} GuidelineJob;

static gboolean
save_guideline_in_transaction (DeskDatabase  *database,
                               gpointer       user_data,
                               GError       **error)
{
  GuidelineJob *job = user_data;
  g_autoptr(DeskStmt) stmt = NULL;
  g_autofree char *fields = NULL;
  const char *region = desk_enum_nick (DESK_TYPE_REGION, job->row->region);

  stmt = desk_database_prepare (database,
                                "INSERT INTO poverty_guidelines (year, region, first_person_cents, "
                                "each_additional_person_cents) VALUES (?1, ?2, ?3, ?4) "
                                "ON CONFLICT (year, region) DO UPDATE SET first_person_cents = ?3, "
                                "each_additional_person_cents = ?4", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, job->row->year);
  sqlite3_bind_text (stmt, 2, region, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, job->row->first_person_cents);
  sqlite3_bind_int64 (stmt, 4, job->row->each_additional_person_cents);
  if (desk_database_step (database, stmt, error) != SQLITE_DONE)
    return FALSE;

  fields = g_strdup_printf ("%d %s: %" G_GINT64_FORMAT " + %" G_GINT64_FORMAT " cents", job->row->year, region,
                            job->row->first_person_cents, job->row->each_additional_person_cents);
  if (!desk_store_audit (job->store, "poverty-guideline", job->row->year, "save", fields, error))
    return FALSE;

  _desk_store_queue_change (job->store, "poverty-guideline", job->row->year, DESK_CHANGE_UPDATED);
  /* Every client's % of poverty may move with it. */
  _desk_store_queue_change (job->store, "client", 0, DESK_CHANGE_RELOADED);
  return TRUE;
}

gboolean
desk_store_save_guideline (DeskStore            *self,
                           const DeskGuideline  *row,
                           GError              **error)
{
  GuidelineJob job = { self, row };

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (row != NULL, FALSE);

  if (!desk_guideline_validate (row, error))
    return FALSE;

  return _desk_store_run_transaction (self, save_guideline_in_transaction, &job, error);
}

gboolean
desk_store_screen_client (DeskStore              *self,
                          DeskClient             *client,
                          DeskEligibilityResult  *result,
                          GError                **error)
{
  g_autoptr(GArray) rows = NULL;
  gint64 household_size;

  g_return_val_if_fail (DESK_IS_STORE (self), FALSE);
  g_return_val_if_fail (DESK_IS_CLIENT (client), FALSE);

  rows = desk_store_list_guidelines (self, error);
  if (rows == NULL)
    return FALSE;

  /* Added in 64 bits: two huge counts must be refused, not wrap around. */
  household_size = (gint64) desk_client_get_household_adults (client) + desk_client_get_household_children (client);

  return desk_eligibility_screen ((const DeskGuideline *) (gpointer) rows->data, rows->len, self->region,
                                  desk_client_get_intake_date (client),
                                  (int) CLAMP (household_size, G_MININT, G_MAXINT),
                                  desk_client_get_income_known (client) ?
                                    desk_client_get_annual_income_cents (client) : DESK_INCOME_UNKNOWN,
                                  desk_client_get_income_sources (client),
                                  result, error);
}

static GListModel *
list_codes (DeskStore   *self,
            const char  *sql,
            GError     **error)
{
  g_autoptr(GListStore) codes = g_list_store_new (DESK_TYPE_CODE);
  g_autoptr(DeskStmt) stmt = desk_database_prepare (self->database, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(DeskCode) code = desk_code_new ((const char *) sqlite3_column_text (stmt, 0),
                                                (const char *) sqlite3_column_text (stmt, 1),
                                                (const char *) sqlite3_column_text (stmt, 2));
      g_list_store_append (codes, code);
    }

  return rc == SQLITE_DONE ? G_LIST_MODEL (g_steal_pointer (&codes)) : NULL;
}

/* Words clinic staff search by that the LSC names do not hold ("eviction"
 * finds 61, 63 and 64); written for Pro Bono Desk, not part of the LSC
 * tables, so kept in the resource rather than the database. */
static void
add_problem_keywords (GListModel *codes)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) keywords = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *text;

  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/data/lsc-problem-keywords.csv", G_RESOURCE_LOOKUP_FLAGS_NONE,
                                   &error);
  if (bytes != NULL)
    {
      text = g_bytes_get_data (bytes, &size);
      rows = desk_csv_parse (text, size, &error);
    }
  if (rows == NULL)
    {
      /* Built in: missing only in a broken build. */
      g_critical ("The problem code keywords cannot be read: %s", error->message);
      return;
    }

  for (guint i = 1; i < rows->len; i++)
    {
      GStrv row = g_ptr_array_index (rows, i);

      if (g_strv_length (row) == 2)
        g_hash_table_insert (keywords, row[0], row[1]);
    }

  for (guint i = 0; i < g_list_model_get_n_items (codes); i++)
    {
      g_autoptr(DeskCode) code = g_list_model_get_item (codes, i);

      desk_code_set_keywords (code, g_hash_table_lookup (keywords, desk_code_get_code (code)));
    }
}

GListModel *
desk_store_list_problem_codes (DeskStore  *self,
                               GError    **error)
{
  GListModel *codes;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  codes = list_codes (self, "SELECT code, name, category FROM lsc_problem_codes ORDER BY category, code", error);
  if (codes != NULL)
    add_problem_keywords (codes);

  return codes;
}

GListModel *
desk_store_list_closing_codes (DeskStore  *self,
                               GError    **error)
{
  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  /* Handbook order: A, B, F, G, H, IA, IB, IC, K, L. */
  return list_codes (self, "SELECT code, name, description FROM lsc_closing_codes ORDER BY code", error);
}

GStrv
desk_store_list_categories (DeskStore  *self,
                            GError    **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(DeskStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DESK_IS_STORE (self), NULL);

  stmt = desk_database_prepare (self->database,
                                "SELECT DISTINCT category FROM lsc_problem_codes ORDER BY category", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = desk_database_step (self->database, stmt, error)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  return rc == SQLITE_DONE ? g_strv_builder_end (builder) : NULL;
}
