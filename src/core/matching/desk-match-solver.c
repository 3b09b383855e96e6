/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-match-solver"

#include "config.h"

#include "desk-match-solver.h"

/*
 * Shortest augmenting paths with dual variables (Jonker–Volgenant as
 * Crouse describes it for rectangular matrices, "On implementing 2D
 * rectangular assignment algorithms", IEEE TAES 52(4), 2016; the method of
 * scipy.optimize.linear_sum_assignment), in integers:
 *
 *  - Rows are added one at a time.  For each, a Dijkstra search over
 *    reduced costs (cost − u[row] − v[column], never negative for
 *    assigned pairs) finds the cheapest path to a free column, through
 *    columns already taken and the rows holding them.  The duals are then
 *    moved so the new assignment is again optimal, and the path flipped.
 *  - "Unassigned" is modelled as n_rows extra columns costing
 *    @unassigned_cost for every row.  They are never stored: a free one
 *    keeps dual 0 and the same distance as every other free one, so each
 *    search looks at a single representative (the next unused one) plus
 *    those already in use.  A row therefore always reaches a free column,
 *    and the search is bounded by the cost of leaving a row unassigned.
 *
 * Integer costs make every comparison exact, and the order of the work is
 * fixed by the matrix, so the same matrix always gives the same answer.
 * Each row costs O(columns × rows visited); memory is O(rows + columns)
 * beyond the matrix.
 */

#define INFINITE (G_MAXINT64 / 4)

gboolean
desk_match_solve_assignment (const gint32             *costs,
                             guint                     n_rows,
                             guint                     n_columns,
                             gint32                    unassigned_cost,
                             int                      *column_of_row,
                             gint64                   *total,
                             DeskMatchSolverProgress   progress,
                             gpointer                  progress_data,
                             GCancellable             *cancellable,
                             GError                  **error)
{
  /* Columns n_columns … n_columns + n_rows are the "unassigned" ones. */
  gsize n_all = (gsize) n_columns + n_rows + 1;
  g_autofree gint64 *u = g_new0 (gint64, MAX (n_rows, 1));
  g_autofree gint64 *v = g_new0 (gint64, n_all);
  g_autofree gint64 *distance = g_new (gint64, n_all);
  g_autofree int *path = g_new (int, n_all);
  g_autofree int *row_of_column = g_new (int, n_all);
  g_autofree guint *remaining = g_new (guint, n_columns + 1);
  g_autofree guint *remaining_spare = g_new (guint, n_rows + 1);
  g_autofree guint *scanned = g_new (guint, n_all);
  g_autofree guint *visited = g_new (guint, MAX (n_rows, 1));
  guint n_spare_used = 0;
  gint64 sum = 0;

  g_return_val_if_fail (costs != NULL || n_rows == 0 || n_columns == 0, FALSE);
  g_return_val_if_fail (column_of_row != NULL || n_rows == 0, FALSE);
  g_return_val_if_fail (unassigned_cost != DESK_MATCH_COST_FORBIDDEN, FALSE);

  for (gsize j = 0; j < n_all; j++)
    row_of_column[j] = -1;
  for (guint i = 0; i < n_rows; i++)
    column_of_row[i] = -1;

  for (guint current = 0; current < n_rows; current++)
    {
      guint n_remaining = 0, n_remaining_spare = 0, n_scanned = 0, n_visited = 0;
      gint64 min_value = 0;
      guint row = current;
      int sink = -1;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      for (guint j = 0; j < n_columns; j++)
        {
          remaining[n_remaining++] = j;
          distance[j] = INFINITE;
        }
      for (guint k = 0; k <= n_spare_used; k++)
        {
          remaining_spare[n_remaining_spare++] = n_columns + k;
          distance[n_columns + k] = INFINITE;
        }

      while (sink < 0)
        {
          const gint32 *row_costs = costs + (gsize) row * n_columns;
          gint64 base = min_value - u[row];
          gint64 lowest = INFINITE;
          guint *best_list = NULL;
          guint best = 0, column;

          visited[n_visited++] = row;

          for (guint it = 0; it < n_remaining; it++)
            {
              guint j = remaining[it];
              gint32 cost = row_costs[j];

              if (cost != DESK_MATCH_COST_FORBIDDEN)
                {
                  gint64 reduced = base + cost - v[j];

                  if (reduced < distance[j])
                    {
                      distance[j] = reduced;
                      path[j] = row;
                    }
                }
              /* Among equals prefer a free column: the path ends sooner. */
              if (distance[j] < lowest || (distance[j] == lowest && row_of_column[j] < 0))
                {
                  lowest = distance[j];
                  best_list = remaining;
                  best = it;
                }
            }
          for (guint it = 0; it < n_remaining_spare; it++)
            {
              guint j = remaining_spare[it];
              gint64 reduced = base + unassigned_cost - v[j];

              if (reduced < distance[j])
                {
                  distance[j] = reduced;
                  path[j] = row;
                }
              if (distance[j] < lowest || (distance[j] == lowest && row_of_column[j] < 0))
                {
                  lowest = distance[j];
                  best_list = remaining_spare;
                  best = it;
                }
            }

          /* The next unused spare column is always free and finite. */
          g_assert (best_list != NULL && lowest < INFINITE);

          min_value = lowest;
          column = best_list[best];
          scanned[n_scanned++] = column;
          if (best_list == remaining)
            remaining[best] = remaining[--n_remaining];
          else
            remaining_spare[best] = remaining_spare[--n_remaining_spare];

          if (row_of_column[column] < 0)
            sink = column;
          else
            row = row_of_column[column];
        }

      /* Move the duals so that every assigned pair keeps reduced cost 0
       * and none goes negative. */
      u[current] += min_value;
      for (guint k = 1; k < n_visited; k++)
        u[visited[k]] += min_value - distance[column_of_row[visited[k]]];
      for (guint k = 0; k < n_scanned; k++)
        v[scanned[k]] -= min_value - distance[scanned[k]];

      /* Flip the path. */
      if ((guint) sink == n_columns + n_spare_used)
        n_spare_used++;
      for (int column = sink;;)
        {
          int i = path[column];
          int previous = column_of_row[i];

          row_of_column[column] = i;
          column_of_row[i] = column;
          column = previous;
          if ((guint) i == current)
            break;
        }

      if (progress != NULL)
        progress (current + 1, n_rows, progress_data);
    }

  for (guint i = 0; i < n_rows; i++)
    {
      if ((guint) column_of_row[i] >= n_columns)
        {
          column_of_row[i] = -1;
          sum += unassigned_cost;
        }
      else
        sum += costs[(gsize) i * n_columns + column_of_row[i]];
    }
  if (total != NULL)
    *total = sum;
  return TRUE;
}
