/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-suppression"

#include "config.h"

#include "desk-report-suppression.h"

/* Small-cell suppression protects the clients behind small counts: in a
 * county with three clients of one language, "3" says who they are.  The
 * rule is documented in desk-report-suppression.h and applied to every
 * count of clients the reports show. */

guint
desk_report_table_suppress (DeskReportTable *table,
                            guint            threshold)
{
  DeskReportRow *smallest = NULL;
  guint suppressed = 0;

  g_return_val_if_fail (table != NULL, 0);

  /* 1. Primary suppression (none below a threshold of 2). */
  for (guint i = 0; i < table->rows->len; i++)
    {
      DeskReportRow *row = &g_array_index (table->rows, DeskReportRow, i);

      row->suppressed = row->count > 0 && row->count < (gint64) threshold;
      suppressed += row->suppressed;
    }
  table->total.suppressed = table->total.count > 0 && table->total.count < (gint64) threshold;

  /* 2. A lone suppressed row would be total − the rest. */
  if (suppressed == 1 && !table->total.suppressed)
    {
      for (guint i = 0; i < table->rows->len; i++)
        {
          DeskReportRow *row = &g_array_index (table->rows, DeskReportRow, i);

          if (!row->suppressed && row->count > 0 && (smallest == NULL || row->count < smallest->count))
            smallest = row;
        }
      if (smallest != NULL)
        {
          smallest->suppressed = TRUE;
          suppressed++;
        }
      else
        table->total.suppressed = TRUE;
    }

  return suppressed + table->total.suppressed;
}

char *
desk_report_format_count (const DeskReportRow *row,
                          guint                threshold)
{
  g_return_val_if_fail (row != NULL, NULL);

  if (row->suppressed)
    return g_strdup_printf ("<%u", threshold);
  return g_strdup_printf ("%" G_GINT64_FORMAT, row->count);
}
