/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-table"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "desk-report-table.h"

static void
row_clear (gpointer data)
{
  DeskReportRow *row = data;

  g_clear_pointer (&row->key, g_free);
  g_clear_pointer (&row->label, g_free);
  g_clear_pointer (&row->detail, g_free);
}

DeskReportTable *
desk_report_table_new (const char *key,
                       const char *title)
{
  DeskReportTable *table = g_new0 (DeskReportTable, 1);

  table->key = g_strdup (key);
  table->title = g_strdup (title);
  table->rows = g_array_new (FALSE, TRUE, sizeof (DeskReportRow));
  g_array_set_clear_func (table->rows, row_clear);
  table->total.key = g_strdup ("total");
  table->total.label = g_strdup (_("Total"));
  return table;
}

void
desk_report_table_free (DeskReportTable *table)
{
  if (table == NULL)
    return;
  g_free (table->key);
  g_free (table->title);
  g_array_unref (table->rows);
  row_clear (&table->total);
  g_free (table);
}

DeskReportRow *
desk_report_table_add (DeskReportTable *table,
                       const char      *key,
                       const char      *label,
                       gint64           count)
{
  DeskReportRow row = { g_strdup (key), g_strdup (label), NULL, count, 0, 0, FALSE };

  g_return_val_if_fail (table != NULL, NULL);

  g_array_append_val (table->rows, row);
  return &g_array_index (table->rows, DeskReportRow, table->rows->len - 1);
}

const DeskReportRow *
desk_report_table_get_row (const DeskReportTable *table,
                           guint                  index)
{
  g_return_val_if_fail (table != NULL, NULL);

  if (index >= table->rows->len)
    return NULL;
  return &g_array_index (table->rows, DeskReportRow, index);
}

const DeskReportRow *
desk_report_table_find (const DeskReportTable *table,
                        const char            *key)
{
  g_return_val_if_fail (table != NULL, NULL);

  for (guint i = 0; i < table->rows->len; i++)
    {
      const DeskReportRow *row = &g_array_index (table->rows, DeskReportRow, i);

      if (g_strcmp0 (row->key, key) == 0)
        return row;
    }
  return NULL;
}

void
desk_report_table_sum (DeskReportTable *table)
{
  g_return_if_fail (table != NULL);

  table->total.count = table->total.tenths = table->total.cents = 0;
  for (guint i = 0; i < table->rows->len; i++)
    {
      const DeskReportRow *row = &g_array_index (table->rows, DeskReportRow, i);

      table->total.count += row->count;
      table->total.tenths += row->tenths;
      table->total.cents += row->cents;
    }
}
