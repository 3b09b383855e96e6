/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The export benchmark: the Cases sheet of a large clinic written by the
 * real export (SQL, checks, fingerprint, atomic write), beside the same
 * cells written by libxlsxwriter straight from memory, the floor the
 * library allows.  bench/run-export-bench runs each mode in a fresh
 * process, adds Python's XlsxWriter as the peer and prints the ratios.
 *
 *   bench-export prepare DB        attribute the demo cases to grants, log hours (once)
 *   bench-export ours DB OUT.xlsx  the export as `probono export --all --sheets cases` runs it
 *   bench-export floor DB OUT.xlsx the same cells from memory (rows read first, untimed)
 *   bench-export dump DB OUT.tsv   the same cells for bench-export-peer.py
 *
 * Each timed mode prints one line: "seconds=S rss_mb=M rows=N".
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <xlsxwriter.h>

#include "desk-labels.h"
#include "desk-report-export.h"
#include "desk-store-grants.h"
#include "desk-store-reports.h"
#include "desk-xlsx.h"

#define FROM "1900-01-01"
#define TO   "2999-12-31"

static double
now_s (void)
{
  return g_get_monotonic_time () / (double) G_USEC_PER_SEC;
}

static double
peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

static void
params_for_cases (DeskReportParams *params)
{
  desk_report_params_init (params);
  params->from = g_strdup (FROM);
  params->to = g_strdup (TO);
  params->sheets = DESK_REPORT_SHEET_CASES;
  params->clinic_name = g_strdup ("Benchmark Clinic");
}

static DeskStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  DeskStore *store = desk_store_open (path, &error);

  if (store == NULL)
    g_error ("%s", error->message);
  return store;
}

/* ---- prepare: grants and hours for the demo clinic --------------------- */

typedef struct
{
  DeskStore  *store;
  GListModel *cases;
  guint       first;
  guint       n;
  GHashTable *grants;    /* funding source → grant id */
  GPtrArray  *entries;   /* DeskTimeEntry to insert */
  guint64     seed;
} PrepareJob;

/* The grant named after a case's free-text funding source, made once. */
static gint64
grant_for (PrepareJob  *job,
           const char  *source,
           GError     **error)
{
  g_autoptr(DeskFunder) funder = NULL;
  g_autoptr(DeskGrant) grant = NULL;
  gpointer id;

  if (g_hash_table_lookup_extended (job->grants, source, NULL, &id))
    return GPOINTER_TO_SIZE (id);

  funder = g_object_new (DESK_TYPE_FUNDER, "name", source, NULL);
  if (!desk_store_save (job->store, DESK_RECORD (funder), error))
    return 0;
  grant = g_object_new (DESK_TYPE_GRANT, "funder-id", desk_record_get_id (DESK_RECORD (funder)), "name", source,
                        "period-start", "2000-01-01", "period-end", "2099-12-31",
                        "hour-value-cents", (gint64) 3000 + 500 * g_hash_table_size (job->grants), NULL);
  if (!desk_store_save_grant (job->store, grant, error))
    return 0;

  g_hash_table_insert (job->grants, g_strdup (source), GSIZE_TO_POINTER (desk_record_get_id (DESK_RECORD (grant))));
  return desk_record_get_id (DESK_RECORD (grant));
}

/* A day from @from to @to (YYYY-MM-DD), chosen by @r. */
static void
day_between (const char *from,
             const char *to,
             guint64     r,
             char        out[16])
{
  GDate a, b;
  guint span;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_parse (&a, from);
  g_date_set_parse (&b, to);
  span = (guint) MAX (0, g_date_days_between (&a, &b));
  g_date_add_days (&a, (guint) (r % (span + 1)));
  g_date_strftime (out, 16, "%Y-%m-%d", &a);
}

static gboolean
prepare_batch (DeskDatabase  *database,
               gpointer       user_data,
               GError       **error)
{
  PrepareJob *job = user_data;
  g_autofree char *today = desk_today_iso ();

  for (guint i = job->first; i < job->first + job->n; i++)
    {
      g_autoptr(DeskCase) kase = g_list_model_get_item (job->cases, i);
      gint64 case_id = desk_record_get_id (DESK_RECORD (kase));
      const char *source = desk_case_get_funding_source (kase);
      gint64 grant_id;

      if (*source == '\0')
        continue;
      if ((grant_id = grant_for (job, source, error)) == 0 ||
          !desk_store_attribute_case (job->store, case_id, grant_id, NULL, error))
        return FALSE;

      /* Two or three entries of work for a case with a volunteer. */
      if (desk_case_get_volunteer_id (kase) > 0)
        {
          const char *end = desk_case_get_closed_on (kase) != NULL ? desk_case_get_closed_on (kase) : today;
          guint n = 2 + (guint) (job->seed % 2);

          for (guint e = 0; e < n; e++)
            {
              char day[16];

              job->seed = job->seed * 6364136223846793005ULL + 1442695040888963407ULL;
              day_between (desk_case_get_opened_on (kase), end, job->seed >> 33, day);
              g_ptr_array_add (job->entries,
                               g_object_new (DESK_TYPE_TIME_ENTRY, "case-id", case_id,
                                             "volunteer-id", desk_case_get_volunteer_id (kase), "worked-on", day,
                                             "tenths", 1 + (int) ((job->seed >> 40) % 40), "activity", "Casework",
                                             NULL));
            }
        }
    }
  return TRUE;
}

static int
prepare (const char *path)
{
  g_autoptr(DeskStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) grants = desk_store_list_grants (store, 0, &error);
  g_autoptr(GHashTable) by_source = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GListModel) cases = NULL;
  PrepareJob job = { store, NULL, 0, 0, by_source, NULL, 1 };
  double started = now_s ();
  guint n;

  if (grants == NULL)
    g_error ("%s", error->message);
  if (grants->len > 0)
    {
      g_print ("already prepared: %u grants\n", grants->len);
      return 0;
    }

  cases = desk_store_list_cases (store, NULL, &error);
  if (cases == NULL)
    g_error ("%s", error->message);
  n = g_list_model_get_n_items (cases);
  job.cases = cases;

  for (guint first = 0; first < n; first += 20000)
    {
      job.first = first;
      job.n = MIN (20000, n - first);
      job.entries = g_ptr_array_new_with_free_func (g_object_unref);
      if (!desk_database_transaction (desk_store_get_database (store), prepare_batch, &job, &error) ||
          (job.entries->len > 0 && !desk_store_insert_batch (store, job.entries, "bench-hours", &error)))
        g_error ("%s", error->message);
      g_clear_pointer (&job.entries, g_ptr_array_unref);
      g_printerr ("\rprepared %u of %u cases", first + job.n, n);
    }

  g_printerr ("\n");
  g_print ("prepared %u cases and %u grants in %.0f s\n", n, g_hash_table_size (by_source), now_s () - started);
  return 0;
}

/* ---- ours --------------------------------------------------------------- */

static int
ours (const char *path,
      const char *out)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(DeskReportExport) export = NULL;
  double started = now_s ();

  params_for_cases (&params);
  store = open_store (path);
  export = desk_report_export (store, &params, out, NULL, NULL, NULL, &error);
  if (export == NULL)
    g_error ("%s", error->message);

  g_print ("seconds=%.3f rss_mb=%.1f rows=%" G_GUINT64_FORMAT "\n", now_s () - started, peak_rss_mb (),
           export->n_cases);
  return 0;
}

/* ---- the same cells, from memory --------------------------------------- */

#define N_COLUMNS 10

/* One row: texts (NULL: no cell) and numbers (< 0: no cell). */
typedef struct
{
  const char *text[N_COLUMNS];
  double      number[N_COLUMNS];
} Row;

typedef struct
{
  GArray       *rows;
  GStringChunk *strings;
  double        widths[N_COLUMNS];
  double        tenths;
} Cells;

static const char * const header[N_COLUMNS] = {
  "Case number", "Problem category", "Problem code", "County", "Opened", "Closed",
  "Closing code", "Outcome", "Hours", "Grants",
};

static gboolean
collect_row (const DeskReportCase  *c,
             gpointer               user_data,
             GError               **error)
{
  Cells *cells = user_data;
  int outcome = 0;
  Row row;

  desk_enum_from_nick (DESK_TYPE_OUTCOME, c->outcome, &outcome);
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      row.text[i] = NULL;
      row.number[i] = -1;
    }

#define TEXT(i, s) row.text[i] = (s) != NULL && *(s) != '\0' ? g_string_chunk_insert_const (cells->strings, (s)) : NULL
  TEXT (0, c->case_number);
  TEXT (1, c->category);
  TEXT (2, c->problem_code);
  TEXT (3, c->county);
  TEXT (6, c->closing_code);
  TEXT (7, outcome != DESK_OUTCOME_NONE ? desk_enum_label (DESK_TYPE_OUTCOME, outcome) : NULL);
  TEXT (9, c->grants);
#undef TEXT
  row.number[4] = desk_xlsx_date_serial (c->opened_on);
  row.number[5] = desk_xlsx_date_serial (c->closed_on);
  row.number[8] = c->tenths / 10.0;
  cells->tenths += c->tenths;

  for (guint i = 0; i < N_COLUMNS; i++)
    if (row.text[i] != NULL)
      cells->widths[i] = MAX (cells->widths[i], strlen (row.text[i]));
  g_array_append_val (cells->rows, row);
  return TRUE;
}

static void
read_cells (const char *path,
            Cells      *cells)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskStore) store = open_store (path);

  params_for_cases (&params);
  cells->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  cells->strings = g_string_chunk_new (1 << 20);
  if (!desk_store_report_foreach_case (store, &params, collect_row, cells, &error))
    g_error ("%s", error->message);
}

#define CHECK(call) G_STMT_START { lxw_error rc_ = (call); if (rc_ != LXW_NO_ERROR) g_error ("%s: %s", #call, lxw_strerror (rc_)); } G_STMT_END

static int
floor_ (const char *path,
        const char *out)
{
  Cells cells = { 0 };
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .use_zip64 = LXW_TRUE };
  g_autofree char *tmpdir = g_path_get_dirname (out);
  g_autofree char *formula = NULL;
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  lxw_format *bold, *date, *hours, *total;
  double started;
  guint32 n;

  started = now_s ();
  read_cells (path, &cells);
  g_printerr ("reading the rows: %.3f s\n", now_s () - started);
  n = cells.rows->len;
  options.tmpdir = tmpdir;

  started = now_s ();
  workbook = workbook_new_opt (out, &options);
  sheet = workbook_add_worksheet (workbook, "Cases");
  bold = workbook_add_format (workbook);
  format_set_bold (bold);
  format_set_bg_color (bold, 0xDCE6F1);
  format_set_bottom (bold, LXW_BORDER_THIN);
  date = workbook_add_format (workbook);
  format_set_num_format (date, "yyyy-mm-dd");
  hours = workbook_add_format (workbook);
  format_set_num_format (hours, "#,##0.0");
  total = workbook_add_format (workbook);
  format_set_bold (total);
  format_set_num_format (total, "#,##0.0");

  for (guint16 c = 0; c < N_COLUMNS; c++)
    CHECK (worksheet_write_string (sheet, 0, c, header[c], bold));
  worksheet_freeze_panes (sheet, 1, 0);
  CHECK (worksheet_autofilter (sheet, 0, 0, n, N_COLUMNS - 1));
  CHECK (worksheet_repeat_rows (sheet, 0, 0));

  for (guint32 r = 0; r < n; r++)
    {
      const Row *row = &g_array_index (cells.rows, Row, r);

      for (guint16 c = 0; c < N_COLUMNS; c++)
        {
          if (row->text[c] != NULL)
            CHECK (worksheet_write_string (sheet, r + 1, c, row->text[c], NULL));
          else if (row->number[c] >= 0)
            CHECK (worksheet_write_number (sheet, r + 1, c, row->number[c], c == 8 ? hours : date));
        }
    }

  formula = g_strdup_printf ("=SUM(I2:I%u)", n + 1);
  CHECK (worksheet_write_string (sheet, n + 1, 0, "Total", total));
  CHECK (worksheet_write_formula_num (sheet, n + 1, 8, formula, total, cells.tenths / 10.0));
  for (guint16 c = 0; c < N_COLUMNS; c++)
    CHECK (worksheet_set_column (sheet, c, c, CLAMP (cells.widths[c] + 2, 8, 60), NULL));
  worksheet_set_landscape (sheet);
  CHECK (workbook_close (workbook));

  g_print ("seconds=%.3f rss_mb=%.1f rows=%u\n", now_s () - started, peak_rss_mb (), n);
  g_array_unref (cells.rows);
  g_string_chunk_free (cells.strings);
  return 0;
}

static int
dump (const char *path,
      const char *out)
{
  Cells cells = { 0 };
  FILE *file;

  read_cells (path, &cells);
  file = fopen (out, "w");
  if (file == NULL)
    g_error ("%s: %s", out, g_strerror (errno));

  /* Texts as they are (no tabs or newlines in these columns), numbers in
   * C notation, an empty field for no cell; "s" or "n" says which. */
  for (guint r = 0; r < cells.rows->len; r++)
    {
      const Row *row = &g_array_index (cells.rows, Row, r);

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          char number[G_ASCII_DTOSTR_BUF_SIZE];

          if (c > 0)
            fputc ('\t', file);
          if (row->text[c] != NULL)
            fprintf (file, "s%s", row->text[c]);
          else if (row->number[c] >= 0)
            fprintf (file, "n%s", g_ascii_dtostr (number, sizeof number, row->number[c]));
        }
      fputc ('\n', file);
    }
  fclose (file);
  g_print ("rows=%u\n", cells.rows->len);
  g_array_unref (cells.rows);
  g_string_chunk_free (cells.strings);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "prepare"))
    return prepare (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "ours"))
    return ours (argv[2], argv[3]);
  if (argc == 4 && g_str_equal (argv[1], "floor"))
    return floor_ (argv[2], argv[3]);
  if (argc == 4 && g_str_equal (argv[1], "dump"))
    return dump (argv[2], argv[3]);

  g_printerr ("usage: bench-export prepare DB | ours DB OUT.xlsx | floor DB OUT.xlsx | dump DB OUT.tsv\n");
  return 2;
}
