/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The LSC Case Service Report matrix: cases closed in the period, one row
 * per LSC problem code, one column per closing code (LSC CSR Handbook,
 * 2017 edition, chapter VIII), with a subtotal row after each problem
 * category and a grand total.  A and B are limited service, F to L
 * extended service.  "No code" counts cases with a closing date in the
 * period but no closing code (a data problem to fix before filing).
 */

typedef enum
{
  DESK_CSR_A,
  DESK_CSR_B,
  DESK_CSR_F,
  DESK_CSR_G,
  DESK_CSR_H,
  DESK_CSR_IA,
  DESK_CSR_IB,
  DESK_CSR_IC,
  DESK_CSR_K,
  DESK_CSR_L,
  DESK_CSR_NO_CODE,
  DESK_CSR_N_COLUMNS,
} DeskCsrColumn;

typedef enum
{
  DESK_CSR_ROW_CODE,      /* one LSC problem code */
  DESK_CSR_ROW_SUBTOTAL,  /* the codes of one category above it */
  DESK_CSR_ROW_TOTAL,     /* every code */
} DeskCsrRowKind;

/**
 * DeskCsrRow:
 * @kind: a problem code, a category subtotal or the grand total
 * @code: the LSC problem code ("63"); "" for subtotals and the total
 * @label: the problem's name, or "Housing subtotal", or "Total"
 * @category: the LSC problem category; "" for the total
 * @cells: cases per closing-code column
 */
typedef struct
{
  DeskCsrRowKind  kind;
  char           *code;
  char           *label;
  char           *category;
  gint64          cells[DESK_CSR_N_COLUMNS];
} DeskCsrRow;

/* The rows in reading order: codes, each category's subtotal, the total. */
typedef struct
{
  GPtrArray *rows;
} DeskCsrMatrix;

/** desk_csr_column_code: "A" … "L"; NULL for DESK_CSR_NO_CODE. */
const char    *desk_csr_column_code        (DeskCsrColumn       column);
/** desk_csr_column_from_code: the column of closing code @code; DESK_CSR_NO_CODE for NULL, "" or a code LSC does not have. */
DeskCsrColumn  desk_csr_column_from_code   (const char         *code);
/** desk_csr_column_is_limited: TRUE for A and B, the limited-service codes. */
gboolean       desk_csr_column_is_limited  (DeskCsrColumn       column);
/** desk_csr_row_total: every case of the row. */
gint64         desk_csr_row_total          (const DeskCsrRow   *row);
/** desk_csr_row_limited: cases closed with A or B. */
gint64         desk_csr_row_limited        (const DeskCsrRow   *row);
/** desk_csr_row_extended: cases closed with F to L. */
gint64         desk_csr_row_extended       (const DeskCsrRow   *row);

/** desk_csr_matrix_new: an empty matrix; add the codes in order, count, then finish. */
DeskCsrMatrix *desk_csr_matrix_new         (void);
void           desk_csr_matrix_free        (DeskCsrMatrix      *matrix);
/** desk_csr_matrix_add_code: appends the row of problem code @code (codes of a category must follow each other). */
void           desk_csr_matrix_add_code    (DeskCsrMatrix      *matrix,
                                            const char         *code,
                                            const char         *name,
                                            const char         *category);
/** desk_csr_matrix_count: adds @n cases of problem code @code closed with @closing_code (NULL: none); FALSE when the code has no row. */
gboolean       desk_csr_matrix_count       (DeskCsrMatrix      *matrix,
                                            const char         *code,
                                            const char         *closing_code,
                                            gint64              n);
/** desk_csr_matrix_finish: inserts the category subtotals and appends the total. */
void           desk_csr_matrix_finish      (DeskCsrMatrix      *matrix);
/** desk_csr_matrix_get_total: the grand total row (after finish). */
const DeskCsrRow *desk_csr_matrix_get_total (const DeskCsrMatrix *matrix);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskCsrMatrix, desk_csr_matrix_free)

G_END_DECLS
