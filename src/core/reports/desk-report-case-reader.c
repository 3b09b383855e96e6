/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-case-reader"

#include "config.h"

#include "desk-report-case-reader.h"

/* Rows travel in batches between the threads; a few batches in flight
 * keep both busy and bound the memory (about a megabyte). */
#define BATCH_ROWS 2048
#define N_BATCHES  4

typedef struct
{
  DeskReportCase  rows[BATCH_ROWS];
  guint           n;
  GStringChunk   *strings;   /* the texts of the rows */
} Batch;

typedef struct
{
  DeskStore              *store;
  const DeskReportParams *params;
  GAsyncQueue            *full;     /* batches read, then the reader itself as the end */
  GAsyncQueue            *empty;    /* batches written, to be filled again */
  Batch                  *current;
  int                     stop;     /* atomic: the writer gave up */
  GError                 *error;    /* why the reading failed */
} Reader;

static const char *
keep (Batch      *batch,
      const char *text)
{
  return text != NULL ? g_string_chunk_insert (batch->strings, text) : NULL;
}

/* In the reader thread: a copy of the row into the current batch. */
static gboolean
read_row (const DeskReportCase  *row,
          gpointer               user_data,
          GError               **error)
{
  Reader *reader = user_data;
  DeskReportCase *copy;
  Batch *batch;

  if (g_atomic_int_get (&reader->stop))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The writer stopped.");
      return FALSE;
    }

  if (reader->current == NULL)
    reader->current = g_async_queue_pop (reader->empty);
  batch = reader->current;
  copy = &batch->rows[batch->n++];
  *copy = (DeskReportCase) {
    keep (batch, row->case_number), keep (batch, row->category), keep (batch, row->problem_code),
    keep (batch, row->county), keep (batch, row->opened_on), keep (batch, row->closed_on),
    keep (batch, row->closing_code), keep (batch, row->outcome), row->tenths, keep (batch, row->grants),
    keep (batch, row->client_name), keep (batch, row->address), keep (batch, row->birth_date),
  };

  if (batch->n == BATCH_ROWS)
    {
      g_async_queue_push (reader->full, batch);
      reader->current = NULL;
    }
  return TRUE;
}

static gpointer
reader_thread (gpointer data)
{
  Reader *reader = data;

  desk_store_report_foreach_case (reader->store, reader->params, read_row, reader, &reader->error);
  if (reader->current != NULL)
    g_async_queue_push (reader->full, reader->current);
  g_async_queue_push (reader->full, reader);
  return NULL;
}

gboolean
desk_report_read_cases (DeskStore               *store,
                        const DeskReportParams  *params,
                        DeskReportCaseFunc       func,
                        gpointer                 user_data,
                        GError                 **error)
{
  Reader reader = { store, params, g_async_queue_new (), g_async_queue_new (), NULL, 0, NULL };
  Batch *batches = g_new0 (Batch, N_BATCHES);
  GError *local_error = NULL;
  GThread *thread;
  Batch *batch;
  gint64 waited = 0;

  g_return_val_if_fail (DESK_IS_STORE (store), FALSE);
  g_return_val_if_fail (params != NULL && func != NULL, FALSE);

  for (guint i = 0; i < N_BATCHES; i++)
    {
      batches[i].strings = g_string_chunk_new (64 * 1024);
      g_async_queue_push (reader.empty, &batches[i]);
    }

  thread = g_thread_new ("desk-report-cases", reader_thread, &reader);

  /* After a failure the batches still come back, so the reader never
   * waits for one in vain; it stops at its next row. */
  for (;;)
    {
      gint64 asked = g_get_monotonic_time ();

      batch = g_async_queue_pop (reader.full);
      waited += g_get_monotonic_time () - asked;
      if (batch == (gpointer) &reader)
        break;
      for (guint i = 0; i < batch->n && local_error == NULL; i++)
        if (!func (&batch->rows[i], user_data, &local_error) && local_error == NULL)
          g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_FAILED, "The row could not be written.");
      if (local_error != NULL)
        g_atomic_int_set (&reader.stop, 1);

      batch->n = 0;
      g_string_chunk_clear (batch->strings);
      g_async_queue_push (reader.empty, batch);
    }
  g_thread_join (thread);
  g_debug ("The writer waited %.0f ms for rows", waited / 1000.0);

  for (guint i = 0; i < N_BATCHES; i++)
    g_string_chunk_free (batches[i].strings);
  g_free (batches);
  g_async_queue_unref (reader.full);
  g_async_queue_unref (reader.empty);

  if (local_error != NULL)
    {
      g_clear_error (&reader.error);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (reader.error != NULL)
    {
      g_propagate_error (error, reader.error);
      return FALSE;
    }
  return TRUE;
}
