/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-figures"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-report-figures.h"
#include "desk-report-suppression.h"
#include "desk-report-task.h"

#define N_HOURS    (DESK_REPORT_HOURS_BY_MONTH + 1)
#define N_OUTCOMES (DESK_REPORT_MENTOR_WITHOUT + 1)

struct _DeskReportFigures
{
  GObject               parent_instance;

  DeskReportParams     *params;
  char                 *funder_name;
  char                 *grant_name;
  char                 *grant_number;
  DeskReportSummary     summary;
  DeskCsrMatrix        *csr;
  DeskReportTable      *closing_codes;
  DeskReportTable      *cases_by_category;
  DeskReportTable      *hours[N_HOURS];
  DeskReportTable      *outcomes[N_OUTCOMES];
  DeskReportMentorship  mentorship;
  DeskReportTable      *demographics[DESK_REPORT_N_DIMENSIONS];
};

G_DEFINE_FINAL_TYPE (DeskReportFigures, desk_report_figures, G_TYPE_OBJECT)

static void
desk_report_figures_finalize (GObject *object)
{
  DeskReportFigures *self = (DeskReportFigures *) object;

  g_clear_pointer (&self->params, desk_report_params_free);
  g_clear_pointer (&self->funder_name, g_free);
  g_clear_pointer (&self->grant_name, g_free);
  g_clear_pointer (&self->grant_number, g_free);
  g_clear_pointer (&self->csr, desk_csr_matrix_free);
  g_clear_pointer (&self->closing_codes, desk_report_table_free);
  g_clear_pointer (&self->cases_by_category, desk_report_table_free);
  for (guint i = 0; i < N_HOURS; i++)
    g_clear_pointer (&self->hours[i], desk_report_table_free);
  for (guint i = 0; i < N_OUTCOMES; i++)
    g_clear_pointer (&self->outcomes[i], desk_report_table_free);
  for (guint i = 0; i < DESK_REPORT_N_DIMENSIONS; i++)
    g_clear_pointer (&self->demographics[i], desk_report_table_free);

  G_OBJECT_CLASS (desk_report_figures_parent_class)->finalize (object);
}

static void
desk_report_figures_class_init (DeskReportFiguresClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = desk_report_figures_finalize;
}

static void
desk_report_figures_init (DeskReportFigures *self)
{
}

/* The name of closing code @code in the reference list, or the code. */
static char *
closing_code_name (GListModel *codes,
                   const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (codes); i++)
    {
      g_autoptr(DeskCode) item = g_list_model_get_item (codes, i);

      if (g_strcmp0 (desk_code_get_code (item), code) == 0)
        return g_strdup (desk_code_get_name (item));
    }
  return g_strdup (code);
}

/* One row per LSC closing code, from the matrix's total. */
static DeskReportTable *
closing_code_table (DeskStore            *store,
                    const DeskCsrMatrix  *csr,
                    GError              **error)
{
  g_autoptr(DeskReportTable) table = desk_report_table_new ("closing-codes", _("Cases closed by closing code"));
  g_autoptr(GListModel) codes = desk_store_list_closing_codes (store, error);
  const DeskCsrRow *total = desk_csr_matrix_get_total (csr);
  DeskReportRow *row;

  if (codes == NULL)
    return NULL;

  for (DeskCsrColumn column = 0; column < DESK_CSR_NO_CODE; column++)
    {
      const char *code = desk_csr_column_code (column);
      g_autofree char *name = closing_code_name (codes, code);

      row = desk_report_table_add (table, code, name, total->cells[column]);
      row->detail = g_strdup (desk_csr_column_is_limited (column) ? _("Limited service") : _("Extended service"));
    }
  row = desk_report_table_add (table, "", _("No closing code"), total->cells[DESK_CSR_NO_CODE]);
  row->detail = g_strdup ("");

  desk_report_table_sum (table);
  return g_steal_pointer (&table);
}

static gboolean compute_all (DeskReportFigures       *self,
                             DeskStore               *store,
                             const DeskReportParams  *params,
                             GCancellable            *cancellable,
                             GError                 **error);

DeskReportFigures *
desk_report_figures_compute (DeskStore               *store,
                             const DeskReportParams  *params,
                             GCancellable            *cancellable,
                             GError                 **error)
{
  g_autoptr(DeskReportFigures) self = NULL;
  gboolean snapshot = FALSE;
  gboolean ok;

  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  if (!desk_report_params_validate (params, error))
    return NULL;

  self = g_object_new (DESK_TYPE_REPORT_FIGURES, NULL);
  self->params = desk_report_params_copy (params);

  if (!desk_store_report_snapshot_begin (store, &snapshot, error))
    return NULL;
  ok = compute_all (self, store, params, cancellable, error);
  desk_store_report_snapshot_end (store, snapshot);

  return ok ? g_steal_pointer (&self) : NULL;
}

/* Which sheets need a part of the figures. */
#define SHEETS_CSR      (DESK_REPORT_SHEET_CSR | DESK_REPORT_SHEET_CLOSING_CODES)
#define SHEETS_HOURS    (DESK_REPORT_SHEET_SUMMARY | DESK_REPORT_SHEET_VOLUNTEER_HOURS)
#define SHEETS_OUTCOMES (DESK_REPORT_SHEET_OUTCOMES | DESK_REPORT_SHEET_MENTORSHIP)

static DeskReportTable *
empty_table (void)
{
  DeskReportTable *table = desk_report_table_new ("", "");

  desk_report_table_sum (table);
  return table;
}

/* Every figure the sheets of @params need, within one snapshot of the
 * database; the others stay empty (a workbook of the Cases sheet alone
 * should not count everything else). */
static gboolean
compute_all (DeskReportFigures       *self,
             DeskStore               *store,
             const DeskReportParams  *params,
             GCancellable            *cancellable,
             GError                 **error)
{
  DeskReportSheets sheets = params->sheets;
  gint64 served;

  if (!desk_store_report_describe_scope (store, params, &self->funder_name, &self->grant_name,
                                         &self->grant_number, error))
    return FALSE;

  if (sheets & DESK_REPORT_SHEET_SUMMARY)
    {
      if (!desk_store_report_summary (store, params, &self->summary, error) ||
          (self->cases_by_category = desk_store_report_cases_by_category (store, params, error)) == NULL)
        return FALSE;
    }
  else
    {
      if ((served = desk_store_report_count_cases (store, params, error)) < 0)
        return FALSE;
      self->summary.cases_served = served;
      self->cases_by_category = empty_table ();
    }

  if ((sheets & DESK_REPORT_SHEET_MENTORSHIP) &&
      !desk_store_report_mentorship (store, params, &self->mentorship, error))
    return FALSE;

  if (sheets & SHEETS_CSR)
    {
      if ((self->csr = desk_store_report_csr (store, params, error)) == NULL ||
          (self->closing_codes = closing_code_table (store, self->csr, error)) == NULL)
        return FALSE;
    }
  else
    {
      self->csr = desk_csr_matrix_new ();
      desk_csr_matrix_finish (self->csr);
      self->closing_codes = empty_table ();
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  for (guint i = 0; i < N_HOURS; i++)
    {
      gboolean wanted = (sheets & DESK_REPORT_SHEET_VOLUNTEER_HOURS) ||
                        (i == DESK_REPORT_HOURS_BY_MONTH && (sheets & SHEETS_HOURS));

      self->hours[i] = wanted ? desk_store_report_hours (store, params, i, error) : empty_table ();
      if (self->hours[i] == NULL)
        return FALSE;
    }
  for (guint i = 0; i < N_OUTCOMES; i++)
    {
      gboolean wanted = (sheets & (i == DESK_REPORT_MENTOR_ANY ? DESK_REPORT_SHEET_OUTCOMES
                                                              : DESK_REPORT_SHEET_MENTORSHIP)) != 0;

      self->outcomes[i] = wanted ? desk_store_report_outcomes (store, params, i, error) : empty_table ();
      if (self->outcomes[i] == NULL)
        return FALSE;
    }

  for (guint i = 0; i < DESK_REPORT_N_DIMENSIONS; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!(sheets & DESK_REPORT_SHEET_DEMOGRAPHICS))
        {
          self->demographics[i] = empty_table ();
          continue;
        }
      if ((self->demographics[i] = desk_store_report_demographic (store, params, i, error)) == NULL)
        return FALSE;
      desk_report_table_suppress (self->demographics[i], params->suppression_threshold);
    }

  return TRUE;
}

/* ---- async ---------------------------------------------------------------- */

static gpointer
compute_job (DeskStore               *store,
             const DeskReportParams  *params,
             const char              *destination,
             DeskReportProgress       progress,
             gpointer                 progress_data,
             GCancellable            *cancellable,
             GError                 **error)
{
  return desk_report_figures_compute (store, params, cancellable, error);
}

void
desk_report_figures_compute_async (DeskStore               *store,
                                   const DeskReportParams  *params,
                                   GCancellable            *cancellable,
                                   GAsyncReadyCallback      callback,
                                   gpointer                 user_data)
{
  g_return_if_fail (DESK_IS_STORE (store));
  g_return_if_fail (params != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  _desk_report_task_run (store, desk_report_figures_compute_async, compute_job, g_object_unref, params, NULL,
                         NULL, NULL, cancellable, callback, user_data);
}

DeskReportFigures *
desk_report_figures_compute_finish (DeskStore     *store,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (DESK_IS_STORE (store), NULL);

  return _desk_report_task_finish (store, result, desk_report_figures_compute_async, error);
}

/* ---- getters --------------------------------------------------------------- */

const DeskReportParams *
desk_report_figures_get_params (DeskReportFigures *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);
  return self->params;
}

const char *
desk_report_figures_get_funder_name (DeskReportFigures *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);
  return self->funder_name;
}

const char *
desk_report_figures_get_grant_name (DeskReportFigures *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);
  return self->grant_name;
}

const char *
desk_report_figures_get_grant_number (DeskReportFigures *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);
  return self->grant_number;
}

const DeskReportSummary *
desk_report_figures_get_summary (DeskReportFigures *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);
  return &self->summary;
}

const DeskCsrMatrix *
desk_report_figures_get_csr (DeskReportFigures *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);
  return self->csr;
}

const DeskReportTable *
desk_report_figures_get_closing_codes (DeskReportFigures *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);
  return self->closing_codes;
}

const DeskReportTable *
desk_report_figures_get_cases_by_category (DeskReportFigures *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);
  return self->cases_by_category;
}

const DeskReportTable *
desk_report_figures_get_hours (DeskReportFigures *self,
                               DeskReportHoursBy  by)
{
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);
  g_return_val_if_fail (by < N_HOURS, NULL);
  return self->hours[by];
}

const DeskReportTable *
desk_report_figures_get_outcomes (DeskReportFigures      *self,
                                  DeskReportMentorFilter  mentor)
{
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);
  g_return_val_if_fail (mentor < N_OUTCOMES, NULL);
  return self->outcomes[mentor];
}

const DeskReportMentorship *
desk_report_figures_get_mentorship (DeskReportFigures *self)
{
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);
  return &self->mentorship;
}

const DeskReportTable *
desk_report_figures_get_demographic (DeskReportFigures   *self,
                                     DeskReportDimension  dimension)
{
  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);
  g_return_val_if_fail (dimension < DESK_REPORT_N_DIMENSIONS, NULL);
  return self->demographics[dimension];
}

char *
desk_report_figures_format_people (DeskReportFigures *self,
                                   gint64             count)
{
  DeskReportRow row = { .count = count };
  guint threshold;

  g_return_val_if_fail (DESK_IS_REPORT_FIGURES (self), NULL);

  threshold = self->params->suppression_threshold;
  row.suppressed = threshold > 1 && count > 0 && count < (gint64) threshold;
  return desk_report_format_count (&row, threshold);
}
