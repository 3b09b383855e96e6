/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "desk-error.h"
#include "desk-file-write.h"
#include "desk-report-export.h"
#include "desk-report-figures.h"
#include "desk-report-task.h"
#include "desk-store-reports.h"

/* libxlsxwriter's temporary XML runs to about 50 bytes a cell (485 MB for
 * a million rows of ten columns); the zipped file is a tenth of that. */
#define BYTES_PER_CELL 55
#define CASE_COLUMNS   13
#define SPARE_BYTES    (8 * 1024 * 1024)

void
desk_report_export_free (DeskReportExport *export)
{
  if (export == NULL)
    return;
  g_free (export->path);
  g_free (export->fingerprint);
  g_free (export);
}

static gboolean
check_space (const char  *folder,
             gint64       n_cases,
             GError     **error)
{
  guint64 needed = (guint64) n_cases * CASE_COLUMNS * BYTES_PER_CELL + SPARE_BYTES;
  guint64 available = desk_file_free_space (folder);

  if (available >= needed)
    return TRUE;
  g_set_error (error, DESK_ERROR, DESK_ERROR_IO,
               _("There is not enough free space in “%s” to write the workbook: it needs about %"
                 G_GUINT64_FORMAT " MB and %" G_GUINT64_FORMAT " MB are free."),
               folder, needed / (1024 * 1024) + 1, available / (1024 * 1024));
  return FALSE;
}

/* A write that failed half-way is most often a full disk: say so. */
static void
explain_failure (const char  *folder,
                 GError     **error)
{
  if (error == NULL || *error == NULL || g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (desk_file_free_space (folder) < SPARE_BYTES)
    g_prefix_error (error, _("The disk holding “%s” is full. "), folder);
}

/* Where the export writes before the workbook is complete. */
typedef struct
{
  char *folder;
  char *tmpdir;     /* libxlsxwriter's temporary files */
  char *partial;    /* the workbook being written */
} Scratch;

static void
scratch_clear (Scratch *scratch)
{
  if (scratch->partial != NULL)
    g_unlink (scratch->partial);
  if (scratch->tmpdir != NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (scratch->tmpdir, 0, NULL);
      const char *name;

      /* libxlsxwriter unlinks its files as it opens them; anything left
       * is from a crash of this very export. */
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (scratch->tmpdir, name, NULL);
          g_unlink (path);
        }
      g_rmdir (scratch->tmpdir);
    }
  g_clear_pointer (&scratch->folder, g_free);
  g_clear_pointer (&scratch->tmpdir, g_free);
  g_clear_pointer (&scratch->partial, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Scratch, scratch_clear)

static gboolean
scratch_prepare (Scratch     *scratch,
                 const char  *destination,
                 GError     **error)
{
  g_autofree char *tmpdir = NULL;

  scratch->folder = g_path_get_dirname (destination);
  if (!g_file_test (scratch->folder, G_FILE_TEST_IS_DIR))
    return desk_set_io_error (error, ENOENT, _("The folder “%s” cannot be used: %s."), scratch->folder);
  if (g_file_test (destination, G_FILE_TEST_IS_DIR))
    return desk_set_io_error (error, EISDIR, _("“%s” cannot be replaced by the workbook: %s."), destination);

  tmpdir = g_build_filename (scratch->folder, ".probono-export-XXXXXX", NULL);
  if (g_mkdtemp_full (tmpdir, 0700) == NULL)
    return desk_set_io_error (error, errno, _("Nothing can be written in the folder “%s”: %s."), scratch->folder);
  scratch->tmpdir = g_steal_pointer (&tmpdir);

  scratch->partial = desk_file_new_partial (destination, ".part", error);
  return scratch->partial != NULL;
}

typedef struct
{
  DeskStore                      *store;
  const DeskReportParams         *params;
  const char                     *partial;
  const char                     *destination;
  const DeskReportWorkbookResult *result;
  gboolean                        renamed;
} Publish;

/* The audit row and the file's arrival go together: when the row cannot
 * be written the file is not put in place. */
static gboolean
publish_in_transaction (DeskDatabase  *database,
                        gpointer       user_data,
                        GError       **error)
{
  Publish *job = user_data;
  const DeskReportParams *p = job->params;
  g_autofree char *fields = NULL;

  fields = g_strdup_printf ("scope %s %" G_GINT64_FORMAT "; period %s to %s; names %s; cases %" G_GUINT64_FORMAT
                            "; file %s; sha256 %s",
                            desk_report_scope_nick (p->scope), p->scope_id, p->from, p->to,
                            p->include_names ? "included" : "not included", job->result->n_cases,
                            job->destination, job->result->fingerprint);
  if (!desk_store_audit (job->store, "report", p->scope_id, "export", fields, error))
    return FALSE;

  if (g_rename (job->partial, job->destination) != 0)
    return desk_set_io_error (error, errno, _("The workbook could not be saved as “%s”: %s."), job->destination);
  job->renamed = TRUE;
  return TRUE;
}

static char *
now_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d %H:%M:%S %Z");
}

/* Everything but the C numeric locale switch. */
static DeskReportExport *
export_in_locale (DeskStore               *store,
                  const DeskReportParams  *params,
                  const char              *destination,
                  DeskReportProgress       progress,
                  gpointer                 progress_data,
                  GCancellable            *cancellable,
                  GError                 **error)
{
  g_auto(Scratch) scratch = { 0 };
  g_auto(DeskReportWorkbookResult) result = { 0 };
  g_autoptr(DeskReportFigures) figures = NULL;
  g_autoptr(DeskReportExport) export = NULL;
  g_autofree char *generated_at = now_text ();
  Publish publish = { store, params, NULL, destination, &result, FALSE };
  gboolean snapshot = FALSE;
  gboolean prepared, written;
  gint64 n_rows, started;

  if (!desk_report_params_validate (params, error))
    return NULL;
  if (!g_str_has_suffix (destination, ".xlsx") && !g_str_has_suffix (destination, ".XLSX"))
    {
      desk_invalid (error, "destination", _("The workbook’s file name must end in .xlsx, not “%s”."), destination);
      return NULL;
    }

  /* The figures and the Cases rows come from one snapshot of the data. */
  if (!desk_store_report_snapshot_begin (store, &snapshot, error))
    return NULL;
  if (progress != NULL)
    progress (0, 1, _("Counting"), progress_data);
  started = g_get_monotonic_time ();
  figures = desk_report_figures_compute (store, params, cancellable, error);
  g_debug ("Figures counted in %.0f ms", (g_get_monotonic_time () - started) / 1000.0);
  n_rows = figures != NULL && (params->sheets & DESK_REPORT_SHEET_CASES)
           ? desk_report_figures_get_summary (figures)->cases_served : 0;
  prepared = figures != NULL &&
             scratch_prepare (&scratch, destination, error) &&
             check_space (scratch.folder, n_rows, error);
  /* A cancel while the file was zipped still counts: nothing is put in place. */
  written = prepared &&
            desk_report_workbook_write (store, figures, scratch.partial, scratch.tmpdir, generated_at,
                                        progress, progress_data, cancellable, &result, error) &&
            !g_cancellable_set_error_if_cancelled (cancellable, error) &&
            desk_file_sync (scratch.partial, error);
  desk_store_report_snapshot_end (store, snapshot);
  g_debug ("Workbook written in %.0f ms", (g_get_monotonic_time () - started) / 1000.0);

  if (!written)
    {
      if (prepared)
        explain_failure (scratch.folder, error);
      return NULL;
    }

  publish.partial = scratch.partial;
  if (!desk_database_transaction (desk_store_get_database (store), publish_in_transaction, &publish, error))
    {
      /* Renamed, but the audit row did not commit: take it back. */
      if (publish.renamed)
        g_unlink (destination);
      return NULL;
    }
  g_clear_pointer (&scratch.partial, g_free);
  g_debug ("Workbook in place after %.0f ms", (g_get_monotonic_time () - started) / 1000.0);

  export = g_new0 (DeskReportExport, 1);
  export->path = g_strdup (destination);
  export->fingerprint = g_steal_pointer (&result.fingerprint);
  export->n_cases = result.n_cases;
  return g_steal_pointer (&export);
}

DeskReportExport *
desk_report_export (DeskStore               *store,
                    const DeskReportParams  *params,
                    const char              *destination,
                    DeskReportProgress       progress,
                    gpointer                 progress_data,
                    GCancellable            *cancellable,
                    GError                 **error)
{
  DeskReportExport *export;
  locale_t base, numeric_c, previous;

  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);
  g_return_val_if_fail (destination != NULL, NULL);

  /* libxlsxwriter prints numbers with the C library: under de_DE it would
   * write "1234,56" and Excel would call the file corrupt.  Only this
   * thread's numeric category changes; translations stay. */
  base = duplocale (uselocale ((locale_t) 0));
  numeric_c = base != (locale_t) 0 ? newlocale (LC_NUMERIC_MASK, "C", base) : (locale_t) 0;
  if (numeric_c == (locale_t) 0)
    {
      int saved_errno = errno;

      if (base != (locale_t) 0)
        freelocale (base);
      g_set_error (error, DESK_ERROR, DESK_ERROR_IO, _("The workbook cannot be written: %s."), g_strerror (saved_errno));
      return NULL;
    }
  previous = uselocale (numeric_c);

  export = export_in_locale (store, params, destination, progress, progress_data, cancellable, error);

  uselocale (previous);
  freelocale (numeric_c);
  return export;
}

/* ---- async ------------------------------------------------------------------ */

static gpointer
export_job (DeskStore               *store,
            const DeskReportParams  *params,
            const char              *destination,
            DeskReportProgress       progress,
            gpointer                 progress_data,
            GCancellable            *cancellable,
            GError                 **error)
{
  return desk_report_export (store, params, destination, progress, progress_data, cancellable, error);
}

void
desk_report_export_async (DeskStore               *store,
                          const DeskReportParams  *params,
                          const char              *destination,
                          DeskReportProgress       progress,
                          gpointer                 progress_data,
                          GCancellable            *cancellable,
                          GAsyncReadyCallback      callback,
                          gpointer                 user_data)
{
  g_return_if_fail (DESK_IS_STORE (store));
  g_return_if_fail (params != NULL);
  g_return_if_fail (destination != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  _desk_report_task_run (store, desk_report_export_async, export_job,
                         (GDestroyNotify) desk_report_export_free, params, destination, progress, progress_data,
                         cancellable, callback, user_data);
}

DeskReportExport *
desk_report_export_finish (DeskStore     *store,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);

  return _desk_report_task_finish (store, result, desk_report_export_async, error);
}
