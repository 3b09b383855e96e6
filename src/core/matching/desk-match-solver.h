/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The exact assignment under the matcher: a rectangular linear sum
 * assignment on an integer cost matrix in which every row may also stay
 * unassigned at a fixed cost.  Knows nothing of mentors and mentees. */

#include <gio/gio.h>

#include "desk-progress.h"

G_BEGIN_DECLS

/* A cost matrix entry that may never be chosen. */
#define DESK_MATCH_COST_FORBIDDEN G_MAXINT32

/**
 * DeskMatchSolverProgress:
 * @done: rows assigned so far
 * @total: rows in all
 */
typedef DeskProgressFunc DeskMatchSolverProgress;

/**
 * desk_match_solve_assignment: gives each of @n_rows rows a distinct column
 * of @costs (@n_rows × @n_columns, row by row; DESK_MATCH_COST_FORBIDDEN
 * where a row may not take a column), or none at @unassigned_cost, so that
 * the total cost is the least possible.  @column_of_row gets each row's
 * column or -1, @total the least total.  Entries and @unassigned_cost must
 * lie within ±2^30.  Stops with G_IO_ERROR_CANCELLED between rows.
 */
gboolean desk_match_solve_assignment (const gint32            *costs,
                                      guint                    n_rows,
                                      guint                    n_columns,
                                      gint32                   unassigned_cost,
                                      int                     *column_of_row,
                                      gint64                  *total,
                                      DeskMatchSolverProgress  progress,
                                      gpointer                 progress_data,
                                      GCancellable            *cancellable,
                                      GError                 **error);

G_END_DECLS
