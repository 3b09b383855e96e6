/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-fuzz"

#include "config.h"

#include <string.h>

#include "desk-csv.h"
#include "desk-error.h"
#include "desk-fuzz.h"
#include "desk-import.h"
#include "desk-store-grants.h"

/* What every table read must look like. */
static void
check_table (DeskCsvTable         *table,
             const DeskCsvOptions *options)
{
  guint n_rows = desk_csv_table_get_n_rows (table);
  guint last_line = 0;
  char delimiter = desk_csv_table_get_delimiter (table);

  g_assert_true (delimiter == ',' || delimiter == ';' || delimiter == '\t');
  if (options->delimiter != 0)
    g_assert_cmpint (delimiter, ==, options->delimiter);

  for (guint row = 0; row < n_rows; row++)
    {
      guint n_fields = desk_csv_table_get_n_fields (table, row);
      guint line = desk_csv_table_get_line (table, row);

      /* Records follow each other, a line or more apart. */
      g_assert_cmpuint (line, >, last_line);
      last_line = line;
      g_assert_cmpuint (n_fields, >=, 1);
      if (options->max_columns != 0)
        g_assert_cmpuint (n_fields, <=, options->max_columns);
      g_assert_null (desk_csv_table_get_field (table, row, n_fields));

      for (guint column = 0; column < n_fields; column++)
        {
          const char *field = desk_csv_table_get_field (table, row, column);
          gsize length = strlen (field);

          g_assert_true (g_utf8_validate (field, length, NULL));
          if (options->max_field_bytes != 0)
            g_assert_cmpuint (length, <=, options->max_field_bytes);
        }
    }
}

void
desk_fuzz_csv (const guint8 *data,
               gsize         size)
{
  const DeskCsvOptions options[] = {
    { 0 },
    { .max_field_bytes = 16, .max_row_bytes = 64, .max_columns = 5 },
    { .delimiter = ';' },
    { .delimiter = '\t', .max_columns = 3 },
    { .encoding = DESK_CSV_ENCODING_WINDOWS_1252 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DeskCsvTable) table = desk_csv_read ((const char *) data, size, &options[i], &error);

      if (table == NULL)
        {
          /* Refused in words, never without a reason. */
          g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
          continue;
        }
      g_assert_no_error (error);
      check_table (table, &options[i]);

      /* Read as UTF-8, it is UTF-8: never taken for Windows-1252. */
      if (i == 0)
        g_assert_false (desk_csv_looks_like_windows_1252 ((const char *) data, size));
    }
}

static gint64
save (DeskStore *store,
      gpointer   record)
{
  g_autoptr(DeskRecord) owned = record;
  g_autoptr(GError) error = NULL;

  if (!desk_store_save (store, owned, &error))
    g_error ("The fuzzing database: %s", error->message);
  return desk_record_get_id (owned);
}

DeskStore *
desk_fuzz_store_new (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "fuzz.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskStore) store = desk_store_open (path, &error);
  g_autoptr(DeskGrant) grant = NULL;
  g_autoptr(DeskCase) kase = NULL;
  gint64 maria, volunteer, funder;

  if (store == NULL)
    g_error ("The fuzzing database: %s", error->message);

  maria = save (store, g_object_new (DESK_TYPE_CLIENT, "first-name", "Maria", "last-name", "Garcia",
                                     "birth-date", "1980-04-02", "phone", "", "intake-date", "2026-01-02", NULL));
  save (store, g_object_new (DESK_TYPE_CLIENT, "first-name", "Maria", "last-name", "Garcia",
                             "birth-date", "1975-01-01", "intake-date", "2026-01-02", NULL));
  save (store, g_object_new (DESK_TYPE_CLIENT, "first-name", "Bo", "last-name", "Li", "intake-date", "2026-01-02",
                             NULL));
  volunteer = save (store, g_object_new (DESK_TYPE_VOLUNTEER, "first-name", "Robert", "last-name", "Chen",
                                         "email", "rchen@example.org", NULL));
  kase = g_object_new (DESK_TYPE_CASE, "client-id", maria, "problem-code", "63", "title", "Eviction",
                       "opened-on", "2026-01-05", "status", DESK_CASE_STATUS_PLACED, "volunteer-id", volunteer, NULL);
  save (store, g_object_ref (kase));
  save (store, g_object_new (DESK_TYPE_PARTY, "case-id", desk_record_get_id (DESK_RECORD (kase)),
                             "name", "Victor Kane", NULL));
  funder = save (store, g_object_new (DESK_TYPE_FUNDER, "name", "Bar Foundation", NULL));
  grant = g_object_new (DESK_TYPE_GRANT, "funder-id", funder, "name", "Tenant Defense", "grant-number", "TD-26",
                        "period-start", "2026-01-01", "period-end", "2026-12-31", NULL);
  if (!desk_store_save_grant (store, grant, &error))
    g_error ("The fuzzing database: %s", error->message);

  return g_steal_pointer (&store);
}

/* What every report must say of itself. */
static void
check_report (DeskImport       *import,
              DeskImportReport *report,
              gboolean          every_row)
{
  guint n_targets;
  guint last_line = 0;

  desk_import_kind_get_targets (desk_import_get_kind (import), &n_targets);
  g_assert_cmpuint (report->n_create + report->n_merge + report->n_skip, ==, report->n_rows);
  g_assert_cmpuint (report->n_bad, <=, report->n_rows);
  g_assert_cmpint (report->batch_id, ==, 0);
  if (every_row)
    g_assert_cmpuint (report->rows->len, ==, report->n_rows);

  for (guint i = 0; i < report->rows->len; i++)
    {
      DeskImportRow *row = g_ptr_array_index (report->rows, i);

      g_assert_cmpuint (row->line, >, last_line);
      last_line = row->line;
      g_assert_cmpuint (g_strv_length (row->values), ==, n_targets);
      g_assert_true (row->record != NULL || row->problems->len > 0);
      g_assert_true (row->match != DESK_IMPORT_MATCH_NONE || row->action == DESK_IMPORT_CREATE);
      g_assert_true (row->match == DESK_IMPORT_MATCH_NONE || row->match_name != NULL);
      for (guint j = 0; j < row->problems->len; j++)
        {
          const GError *problem = g_ptr_array_index (row->problems, j);

          g_assert_error (problem, DESK_ERROR, DESK_ERROR_INVALID);
          g_assert_true (g_utf8_validate (problem->message, -1, NULL));
        }
    }
}

/* When the header names nothing required, the columns are taken in the
 * order of the fields, so that rows are still read and checked. */
static gboolean
map_somehow (DeskImport *import)
{
  guint n_targets;
  const DeskImportTarget *targets = desk_import_kind_get_targets (desk_import_get_kind (import), &n_targets);
  guint n_columns = desk_import_get_n_columns (import);

  if (desk_import_check_mapping (import, NULL))
    return TRUE;

  for (guint i = 0; i < n_targets; i++)
    g_assert_true (desk_import_set_mapping (import, targets[i].name, i < n_columns ? (int) i : -1, NULL));
  return desk_import_check_mapping (import, NULL);
}

void
desk_fuzz_import (DeskStore    *store,
                  const guint8 *data,
                  gsize         size)
{
  g_autoptr(DeskImport) import = NULL;
  g_autoptr(DeskImportReport) preview = NULL;
  g_autoptr(DeskImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *spec = NULL;
  guint n_targets;
  const DeskImportTarget *targets;

  if (size == 0)
    return;

  import = desk_import_new (store, data[0] % DESK_IMPORT_N_KINDS);
  if (!desk_import_load_data (import, "fuzz.csv", (const char *) data + 1, size - 1, DESK_CSV_ENCODING_UTF8,
                              &error))
    {
      g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
      if (!desk_import_get_could_be_windows_1252 (import))
        return;
      g_clear_error (&error);
      if (!desk_import_load_data (import, "fuzz.csv", (const char *) data + 1, size - 1,
                                  DESK_CSV_ENCODING_WINDOWS_1252, &error))
        return;
    }

  /* A mapping given as text: the first field, from the last column. */
  targets = desk_import_kind_get_targets (desk_import_get_kind (import), &n_targets);
  spec = g_strdup_printf ("%s=%s", targets[0].name,
                          desk_import_get_column (import, desk_import_get_n_columns (import) - 1));
  if (!desk_import_map (import, spec, &error))
    g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_clear_error (&error);

  if (!map_somehow (import))
    return;

  /* Rows that match: skipped, merged or created, as the first byte says. */
  desk_import_set_all_actions (import, (DeskImportAction) (data[0] / DESK_IMPORT_N_KINDS % 3));

  preview = desk_import_preview (import, 5, &error);
  g_assert_no_error (error);
  check_report (import, preview, TRUE);

  report = desk_import_check (import, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  check_report (import, report, FALSE);
  g_assert_cmpuint (report->n_rows, >=, preview->n_rows);
}
