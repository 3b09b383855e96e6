/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-csr"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-report-csr.h"

static const char * const column_codes[DESK_CSR_N_COLUMNS] = {
  "A", "B", "F", "G", "H", "IA", "IB", "IC", "K", "L", NULL,
};

const char *
desk_csr_column_code (DeskCsrColumn column)
{
  g_return_val_if_fail (column < DESK_CSR_N_COLUMNS, NULL);

  return column_codes[column];
}

DeskCsrColumn
desk_csr_column_from_code (const char *code)
{
  for (guint i = 0; i < DESK_CSR_NO_CODE; i++)
    if (g_strcmp0 (column_codes[i], code) == 0)
      return i;
  return DESK_CSR_NO_CODE;
}

gboolean
desk_csr_column_is_limited (DeskCsrColumn column)
{
  return column == DESK_CSR_A || column == DESK_CSR_B;
}

gint64
desk_csr_row_total (const DeskCsrRow *row)
{
  gint64 total = 0;

  for (guint i = 0; i < DESK_CSR_N_COLUMNS; i++)
    total += row->cells[i];
  return total;
}

gint64
desk_csr_row_limited (const DeskCsrRow *row)
{
  return row->cells[DESK_CSR_A] + row->cells[DESK_CSR_B];
}

gint64
desk_csr_row_extended (const DeskCsrRow *row)
{
  return desk_csr_row_total (row) - desk_csr_row_limited (row) - row->cells[DESK_CSR_NO_CODE];
}

static void
csr_row_free (gpointer data)
{
  DeskCsrRow *row = data;

  g_free (row->code);
  g_free (row->label);
  g_free (row->category);
  g_free (row);
}

static DeskCsrRow *
csr_row_new (DeskCsrRowKind  kind,
             const char     *code,
             const char     *label,
             const char     *category)
{
  DeskCsrRow *row = g_new0 (DeskCsrRow, 1);

  row->kind = kind;
  row->code = g_strdup (code);
  row->label = g_strdup (label);
  row->category = g_strdup (category);
  return row;
}

DeskCsrMatrix *
desk_csr_matrix_new (void)
{
  DeskCsrMatrix *matrix = g_new0 (DeskCsrMatrix, 1);

  matrix->rows = g_ptr_array_new_with_free_func (csr_row_free);
  return matrix;
}

void
desk_csr_matrix_free (DeskCsrMatrix *matrix)
{
  if (matrix == NULL)
    return;
  g_ptr_array_unref (matrix->rows);
  g_free (matrix);
}

void
desk_csr_matrix_add_code (DeskCsrMatrix *matrix,
                          const char    *code,
                          const char    *name,
                          const char    *category)
{
  g_return_if_fail (matrix != NULL);

  g_ptr_array_add (matrix->rows, csr_row_new (DESK_CSR_ROW_CODE, code, name, category));
}

gboolean
desk_csr_matrix_count (DeskCsrMatrix *matrix,
                       const char    *code,
                       const char    *closing_code,
                       gint64         n)
{
  g_return_val_if_fail (matrix != NULL, FALSE);

  for (guint i = 0; i < matrix->rows->len; i++)
    {
      DeskCsrRow *row = g_ptr_array_index (matrix->rows, i);

      if (row->kind == DESK_CSR_ROW_CODE && g_strcmp0 (row->code, code) == 0)
        {
          row->cells[desk_csr_column_from_code (closing_code)] += n;
          return TRUE;
        }
    }
  return FALSE;
}

static void
add_cells (DeskCsrRow       *sum,
           const DeskCsrRow *row)
{
  for (guint i = 0; i < DESK_CSR_N_COLUMNS; i++)
    sum->cells[i] += row->cells[i];
}

void
desk_csr_matrix_finish (DeskCsrMatrix *matrix)
{
  g_autoptr(GPtrArray) rows = NULL;
  DeskCsrRow *subtotal = NULL;
  DeskCsrRow *total;

  g_return_if_fail (matrix != NULL);

  rows = g_steal_pointer (&matrix->rows);
  matrix->rows = g_ptr_array_new_with_free_func (csr_row_free);
  total = csr_row_new (DESK_CSR_ROW_TOTAL, "", _("Total"), "");
  g_ptr_array_set_free_func (rows, NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      DeskCsrRow *row = g_ptr_array_index (rows, i);

      if (subtotal != NULL && strcmp (subtotal->category, row->category) != 0)
        {
          g_ptr_array_add (matrix->rows, subtotal);
          subtotal = NULL;
        }
      if (subtotal == NULL)
        {
          /* TRANSLATORS: the subtotal row of an LSC problem category, e.g. "Housing subtotal" */
          g_autofree char *label = g_strdup_printf (_("%s subtotal"), row->category);
          subtotal = csr_row_new (DESK_CSR_ROW_SUBTOTAL, "", label, row->category);
        }
      add_cells (subtotal, row);
      add_cells (total, row);
      g_ptr_array_add (matrix->rows, row);
    }
  if (subtotal != NULL)
    g_ptr_array_add (matrix->rows, subtotal);
  g_ptr_array_add (matrix->rows, total);
}

const DeskCsrRow *
desk_csr_matrix_get_total (const DeskCsrMatrix *matrix)
{
  const DeskCsrRow *last;

  g_return_val_if_fail (matrix != NULL && matrix->rows->len > 0, NULL);

  last = g_ptr_array_index (matrix->rows, matrix->rows->len - 1);
  g_return_val_if_fail (last->kind == DESK_CSR_ROW_TOTAL, NULL);
  return last;
}
