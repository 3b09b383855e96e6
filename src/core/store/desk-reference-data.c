/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-reference-data"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-csv.h"
#include "desk-error.h"
#include "desk-reference-data.h"

/* Sources of the bundled tables (copied from the project's shared/data):
 *  - lsc-problem-codes.csv: LSC Case Service Report Handbook (2008, amended
 *    2011, revised 2017), chapter IX, problem codes.
 *  - lsc-closing-codes.csv: LSC CSR Handbook, chapter VIII, closing codes
 *    (descriptions paraphrased).
 *  - poverty-guidelines.csv: HHS poverty guidelines, Federal Register
 *    "Annual Update of the HHS Poverty Guidelines", 2024 and 2025 notices;
 *    dollars, converted to cents here. */

typedef struct
{
  const char *resource;
  guint       n_columns;
  const char *insert_sql;
  gboolean    dollars_from_column_2;
} Table;

static const Table tables[] = {
  { RESOURCE_PREFIX "/data/lsc-problem-codes.csv", 3,
    "INSERT INTO lsc_problem_codes (code, category, name) VALUES (?1, ?2, ?3)", FALSE },
  { RESOURCE_PREFIX "/data/lsc-closing-codes.csv", 3,
    "INSERT INTO lsc_closing_codes (code, name, description) VALUES (?1, ?2, ?3)", FALSE },
  { RESOURCE_PREFIX "/data/poverty-guidelines.csv", 4,
    "INSERT INTO poverty_guidelines (year, region, first_person_cents, each_additional_person_cents) "
    "VALUES (?1, ?2, ?3, ?4)", TRUE },
};

static gboolean
load_table (DeskDatabase  *db,
            const Table   *table,
            GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gsize size;
  const char *text;

  bytes = g_resources_lookup_data (table->resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  text = g_bytes_get_data (bytes, &size);
  rows = desk_csv_parse (text, size, error);
  if (rows == NULL)
    return FALSE;

  /* Row 0 is the header. */
  for (guint i = 1; i < rows->len; i++)
    {
      char **fields = g_ptr_array_index (rows, i);
      g_autoptr(DeskStmt) stmt = NULL;

      if (g_strv_length (fields) != table->n_columns)
        {
          g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                       _("Line %u of the bundled table %s has %u fields instead of %u."),
                       i + 1, table->resource, g_strv_length (fields), table->n_columns);
          return FALSE;
        }

      stmt = desk_database_prepare (db, table->insert_sql, error);
      if (stmt == NULL)
        return FALSE;

      for (guint col = 0; col < table->n_columns; col++)
        {
          if (table->dollars_from_column_2 && col >= 2)
            sqlite3_bind_int64 (stmt, col + 1, g_ascii_strtoll (fields[col], NULL, 10) * 100);
          else if (table->dollars_from_column_2 && col == 0)
            sqlite3_bind_int64 (stmt, col + 1, g_ascii_strtoll (fields[col], NULL, 10));
          else
            sqlite3_bind_text (stmt, col + 1, fields[col], -1, SQLITE_TRANSIENT);
        }

      if (desk_database_step (db, stmt, error) != SQLITE_DONE)
        return FALSE;
    }

  return TRUE;
}

gboolean
desk_reference_data_load (DeskDatabase  *db,
                          GError       **error)
{
  g_return_val_if_fail (DESK_IS_DATABASE (db), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (!load_table (db, &tables[i], error))
      return FALSE;

  return TRUE;
}
