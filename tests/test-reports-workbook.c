/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "desk-error.h"
#include "desk-report-export.h"
#include "desk-report-fingerprint.h"
#include "desk-test.h"
#include "desk-xlsx.h"
#include "test-reports-fixture.h"

/* The workbook writer without a reader: what it refuses to pass to
 * libxlsxwriter, where it writes, what it leaves behind when it fails or
 * is cancelled, the audit and the fingerprint.  tests/test-export.c reads
 * the workbooks back with openpyxl and LibreOffice. */

typedef ReportTest Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  report_test_setup (f, "desk-reports-workbook");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  report_test_teardown (f);
}

static DeskReportExport *
export (Fixture                 *f,
        const DeskReportParams  *params,
        const char              *name,
        DeskReportProgress       progress,
        gpointer                 data,
        GCancellable            *cancellable,
        GError                 **error)
{
  g_autofree char *path = g_build_filename (f->out, name, NULL);

  return desk_report_export (f->test.store, params, path, progress, data, cancellable, error);
}

static void
test_sheet_names (void)
{
  const char *good[] = { "Summary", "CSR Matrix", "About this report", "Übersicht", "1234567890123456789012345678901" };
  const char *bad[] = { "", "Cases [all]", "a:b", "a*b", "a?b", "a/b", "a\\b", "'quoted", "quoted'",
                        "12345678901234567890123456789012", "history", "tab\there" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (desk_xlsx_check_sheet_name (good[i], NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (desk_xlsx_check_sheet_name (bad[i], &error));
      g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
    }
  g_assert_false (desk_xlsx_check_sheet_name (NULL, NULL));
  g_assert_false (desk_xlsx_check_sheet_name ("\xff\xfe", NULL));
}

static void
test_defined_names_and_formulas (void)
{
  const char *good_names[] = { "CasesOpened", "_hidden", "Total.2026", "Q1_hours" };
  const char *bad_names[] = { "", "1st", "A1", "xfd1048576", "R1C1", "r", "C", "two words", "Ünicode",
                              "a-b", "AVeryLongNameThatGoesOnAndOnAndOnBeyondWhatTheLibraryBufferHoldsForANameAndThenSomeMoreToBeSureOfIt" };
  const char *good_formulas[] = { "=SUM(B2:B9)", "=IF(B5=0,0,B2/B5)", "='CSR Matrix'!$C$5",
                                  "='It''s'!$A$1", "=\"a)b\"" };
  const char *bad_formulas[] = { "SUM(B2:B9)", "=", "=SUM(B2:B9", "=SUM(B2:B9))", "='Summary!$A$1",
                                 "=\"open", "=A1\n+1", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (good_names); i++)
    g_assert_true (desk_xlsx_check_defined_name (good_names[i], NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad_names); i++)
    g_assert_false (desk_xlsx_check_defined_name (bad_names[i], NULL));
  for (guint i = 0; i < G_N_ELEMENTS (good_formulas); i++)
    g_assert_true (desk_xlsx_check_formula (good_formulas[i], NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad_formulas); i++)
    g_assert_false (desk_xlsx_check_formula (bad_formulas[i], NULL));
}

static void
test_cell_text_and_dates (void)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *clean = desk_xlsx_cell_text ("a\001b\tc\nd\x7f");
  g_autofree char *broken = desk_xlsx_cell_text ("caf\xc3");
  g_autofree char *cut = NULL;
  g_autofree char *emoji = NULL;
  g_autofree char *cell = desk_xlsx_cell (6, 1, FALSE);
  g_autofree char *far = desk_xlsx_cell (1048575, 16383, TRUE);

  g_assert_cmpstr (clean, ==, "ab\tc\nd\x7f");
  g_assert_true (g_utf8_validate (broken, -1, NULL));
  g_assert_true (g_str_has_prefix (broken, "caf"));

  while (long_text->len < 40000)
    g_string_append (long_text, "0123456789");
  cut = desk_xlsx_cell_text (long_text->str);
  g_assert_cmpuint (strlen (cut), ==, 32767);

  /* Outside the Basic Multilingual Plane a character takes two units. */
  g_string_truncate (long_text, 0);
  for (guint i = 0; i < 20000; i++)
    g_string_append (long_text, "🙂");
  emoji = desk_xlsx_cell_text (long_text->str);
  g_assert_cmpint (g_utf8_strlen (emoji, -1), ==, 16383);

  g_assert_cmpfloat (desk_xlsx_date_serial ("1900-03-01"), ==, 61);
  g_assert_cmpfloat (desk_xlsx_date_serial ("2026-01-01"), ==, 46023);
  g_assert_cmpfloat (desk_xlsx_date_serial ("2026-02-30"), ==, -1);
  g_assert_cmpfloat (desk_xlsx_date_serial ("1899-12-31"), ==, -1);
  g_assert_cmpfloat (desk_xlsx_date_serial (NULL), ==, -1);
  g_assert_cmpstr (cell, ==, "B7");
  g_assert_cmpstr (far, ==, "$XFD$1048576");
}

/* The same cells in the same order give the same fingerprint. */
static void
test_fingerprint (void)
{
  g_autoptr(DeskReportFingerprint) a = desk_report_fingerprint_new ();
  g_autoptr(DeskReportFingerprint) b = desk_report_fingerprint_new ();
  g_autoptr(DeskReportFingerprint) c = desk_report_fingerprint_new ();
  g_autofree char *ha = NULL, *hb = NULL, *hc = NULL, *empty = NULL;
  g_autoptr(DeskReportFingerprint) none = desk_report_fingerprint_new ();

  for (guint i = 0; i < 100000; i++)
    {
      desk_report_fingerprint_add ("Cases", i, 0, 's', "2026-00001", 0, a);
      desk_report_fingerprint_add ("Cases", i, 0, 's', "2026-00001", 0, b);
      desk_report_fingerprint_add ("Cases", i, 0, 's', i == 99999 ? "2026-00002" : "2026-00001", 0, c);
      desk_report_fingerprint_add ("Cases", i, 8, 'n', NULL, i / 10.0, a);
      desk_report_fingerprint_add ("Cases", i, 8, 'n', NULL, i / 10.0, b);
      desk_report_fingerprint_add ("Cases", i, 8, 'n', NULL, i / 10.0, c);
    }
  ha = desk_report_fingerprint_finish (a);
  hb = desk_report_fingerprint_finish (b);
  hc = desk_report_fingerprint_finish (c);
  empty = desk_report_fingerprint_finish (none);

  g_assert_cmpuint (strlen (ha), ==, 64);
  g_assert_cmpstr (ha, ==, hb);
  g_assert_cmpstr (ha, !=, hc);
  g_assert_cmpuint (desk_report_fingerprint_get_n_values (a), ==, 200000);
  /* SHA-256 of nothing. */
  g_assert_cmpstr (empty, ==, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

/* A workbook lands whole, private, audited, and nothing else is left. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskReportExport) first = NULL;
  g_autoptr(DeskReportExport) again = NULL;
  g_autoptr(DeskReportExport) changed = NULL;
  g_autoptr(DeskCase) kase = NULL;
  g_autofree char *listing = NULL;
  GStatBuf st;

  report_fixture_params (&params, DESK_REPORT_SCOPE_GRANT, f->ids.grants[1], 5);
  first = export (f, &params, "q1.xlsx", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpuint (first->n_cases, ==, 3);
  g_assert_cmpuint (strlen (first->fingerprint), ==, 64);

  g_assert_cmpint (g_stat (first->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (st.st_size, >, 5000);
  listing = report_test_listing (f->out);
  g_assert_cmpstr (listing, ==, "q1.xlsx");

  g_assert_cmpint (desk_test_query_int (f->test.store,
                                        "SELECT count(*) FROM audit_log WHERE entity = 'report' AND action = 'export' "
                                        "AND fields LIKE 'scope grant %; period 2026-01-01 to 2026-03-31; "
                                        "names not included; cases 3; file %q1.xlsx; sha256 %'"), ==, 1);

  /* The same data and choices: the same fingerprint, though written later. */
  again = export (f, &params, "q1.xlsx", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->fingerprint, ==, first->fingerprint);

  kase = desk_store_get_case (f->test.store, f->ids.cases[1], &error);
  desk_case_set_amount_cents (kase, 120001);
  desk_test_save (f->test.store, kase);
  changed = export (f, &params, "q1.xlsx", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (changed->fingerprint, !=, first->fingerprint);
}

static void
cancel_at_cases (guint64     done,
                 guint64     total,
                 const char *stage,
                 gpointer    user_data)
{
  g_assert_cmpuint (done, <=, total);
  if (g_strcmp0 (stage, "Cases") == 0)
    g_cancellable_cancel (user_data);
}

/* A cancel leaves no file, not even a partial one, and an older workbook of
 * the same name as it was. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(DeskReportExport) result = NULL;
  g_autofree char *old = g_build_filename (f->out, "q1.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;

  g_file_set_contents (old, "last quarter's workbook", -1, &error);
  g_assert_no_error (error);

  report_fixture_params (&params, DESK_REPORT_SCOPE_CLINIC, 0, 5);
  result = export (f, &params, "q1.xlsx", cancel_at_cases, cancellable, cancellable, &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  listing = report_test_listing (f->out);
  g_assert_cmpstr (listing, ==, "q1.xlsx");
  g_file_get_contents (old, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "last quarter's workbook");
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM audit_log WHERE entity = 'report'"), ==, 0);
}

static void
remove_folder_at_outcomes (guint64     done,
                           guint64     total,
                           const char *stage,
                           gpointer    user_data)
{
  if (g_strcmp0 (stage, "Outcomes") == 0)
    desk_test_remove_tree (user_data);
}

/* The destination folder disappears half-way: the writer fails, says so,
 * and the export is not audited. */
static void
test_folder_disappears (Fixture       *f,
                        gconstpointer  data)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskReportExport) result = NULL;

  report_fixture_params (&params, DESK_REPORT_SCOPE_CLINIC, 0, 5);
  result = export (f, &params, "q1.xlsx", remove_folder_at_outcomes, f->out, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_test_message ("%s", error->message);
  g_assert_true (strstr (error->message, "could not be") != NULL);
  g_assert_false (g_file_test (f->out, G_FILE_TEST_EXISTS));
  g_assert_cmpint (desk_test_query_int (f->test.store, "SELECT count(*) FROM audit_log WHERE entity = 'report'"), ==, 0);
}

static void
test_bad_destination (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->out, "no-such-folder", "q1.xlsx", NULL);
  g_autoptr(DeskReportExport) result = NULL;
  g_autofree char *listing = NULL;

  report_fixture_params (&params, DESK_REPORT_SCOPE_CLINIC, 0, 5);
  result = export (f, &params, "q1.csv", NULL, NULL, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "destination");
  g_clear_error (&error);

  result = desk_report_export (f->test.store, &params, missing, NULL, NULL, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_assert_true (strstr (error->message, "no-such-folder") != NULL);
  g_clear_error (&error);

  /* A folder where the workbook should go. */
  {
    g_autofree char *folder = g_build_filename (f->out, "taken.xlsx", NULL);

    g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
    result = export (f, &params, "taken.xlsx", NULL, NULL, NULL, &error);
    g_assert_null (result);
    g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
    g_clear_error (&error);
    g_rmdir (folder);
  }

  params.to = (g_free (params.to), g_strdup ("2025-12-31"));
  result = export (f, &params, "q1.xlsx", NULL, NULL, NULL, &error);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_assert_cmpstr (desk_error_get_field (error), ==, "to");

  listing = report_test_listing (f->out);
  g_assert_cmpstr (listing, ==, "");
}

/* A read-only folder: root writes anywhere on a writable file system, so
 * it gets one that is not. */
static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(DeskReportParams) params;
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskReportExport) result = NULL;
  g_autofree char *destination = NULL;

  if (geteuid () == 0)
    destination = g_strdup ("/proc/self/q1.xlsx");
  else
    {
      g_assert_cmpint (g_chmod (f->out, 0500), ==, 0);
      destination = g_build_filename (f->out, "q1.xlsx", NULL);
    }

  report_fixture_params (&params, DESK_REPORT_SCOPE_CLINIC, 0, 5);
  result = desk_report_export (f->test.store, &params, destination, NULL, NULL, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_IO);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "Nothing can be written in the folder"));
  g_assert_false (g_file_test (destination, G_FILE_TEST_EXISTS));
  g_chmod (f->out, 0700);
}

typedef struct
{
  guint64            last_done;
  guint64            total;
  guint              calls;
  gboolean           done;
  DeskReportExport  *export;
  GError            *error;
} AsyncRun;

static void
async_progress (guint64     done,
                guint64     total,
                const char *stage,
                gpointer    user_data)
{
  AsyncRun *run = user_data;

  g_assert_false (run->done);
  g_assert_cmpuint (done, >=, run->last_done);
  run->last_done = done;
  run->total = total;
  run->calls++;
}

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->export = desk_report_export_finish (DESK_STORE (source), result, &run->error);
  run->done = TRUE;
}

/* The window exports in a thread, with progress in its own main context. */
static void
test_export_async (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(DeskReportParams) params;
  g_autofree char *path = g_build_filename (f->out, "async.xlsx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncRun run = { 0 };
  AsyncRun cancelled = { 0 };

  report_fixture_params (&params, DESK_REPORT_SCOPE_FUNDER, f->ids.funders[1], 5);
  desk_report_export_async (f->test.store, &params, path, async_progress, &run, NULL, async_done, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (run.error);
  g_assert_nonnull (run.export);
  g_assert_cmpuint (run.export->n_cases, ==, 4);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (run.calls, >=, 9);
  g_assert_cmpuint (run.last_done, ==, run.total);
  desk_report_export_free (run.export);

  g_cancellable_cancel (cancellable);
  g_remove (path);
  desk_report_export_async (f->test.store, &params, path, async_progress, &cancelled, cancellable,
                            async_done, &cancelled);
  while (!cancelled.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (cancelled.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&cancelled.error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reports/workbook/sheet-names", test_sheet_names);
  g_test_add_func ("/reports/workbook/defined-names-and-formulas", test_defined_names_and_formulas);
  g_test_add_func ("/reports/workbook/cell-text-and-dates", test_cell_text_and_dates);
  g_test_add_func ("/reports/workbook/fingerprint", test_fingerprint);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/reports/workbook/export", test_export);
  ADD ("/reports/workbook/cancel", test_cancel);
  ADD ("/reports/workbook/folder-disappears", test_folder_disappears);
  ADD ("/reports/workbook/bad-destination", test_bad_destination);
  ADD ("/reports/workbook/read-only-folder", test_read_only_folder);
  ADD ("/reports/workbook/export-async", test_export_async);
#undef ADD

  return g_test_run ();
}
