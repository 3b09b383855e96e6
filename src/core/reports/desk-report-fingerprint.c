/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-fingerprint"

#include "config.h"

#include <string.h>

#include "desk-report-fingerprint.h"

/* Cells are gathered in chunks and hashed in large pieces by a thread of
 * its own: a million rows make ten million small cells, and SHA-256 over
 * them would otherwise take a good part of the writer's time. */
#define BUFFER_SIZE (64 * 1024)
#define N_CHUNKS    4

typedef struct
{
  gsize  used;
  guint8 data[BUFFER_SIZE];
} Chunk;

struct _DeskReportFingerprint
{
  GChecksum   *checksum;     /* the hasher's until it is joined */
  GThread     *hasher;
  GAsyncQueue *full;         /* chunks to hash, then the fingerprint itself as the end */
  GAsyncQueue *empty;        /* chunks hashed, to be filled again */
  Chunk       *chunks;
  Chunk       *current;
  char        *sheet;
  const char  *sheet_seen;   /* the caller's pointer to it, last time */
  guint64      n_values;
};

static gpointer
hash_thread (gpointer data)
{
  DeskReportFingerprint *self = data;
  Chunk *chunk;

  while ((chunk = g_async_queue_pop (self->full)) != (gpointer) self)
    {
      g_checksum_update (self->checksum, chunk->data, chunk->used);
      chunk->used = 0;
      g_async_queue_push (self->empty, chunk);
    }
  return NULL;
}

DeskReportFingerprint *
desk_report_fingerprint_new (void)
{
  DeskReportFingerprint *self = g_new0 (DeskReportFingerprint, 1);

  self->checksum = g_checksum_new (G_CHECKSUM_SHA256);
  self->full = g_async_queue_new ();
  self->empty = g_async_queue_new ();
  self->chunks = g_new0 (Chunk, N_CHUNKS);
  self->current = &self->chunks[0];
  for (guint i = 1; i < N_CHUNKS; i++)
    g_async_queue_push (self->empty, &self->chunks[i]);
  self->hasher = g_thread_new ("desk-fingerprint", hash_thread, self);
  return self;
}

/* Hashes what is left and stops the hasher. */
static void
drain (DeskReportFingerprint *self)
{
  if (self->hasher == NULL)
    return;
  if (self->current->used > 0)
    g_async_queue_push (self->full, self->current);
  g_async_queue_push (self->full, self);
  g_thread_join (self->hasher);
  self->hasher = NULL;
}

void
desk_report_fingerprint_free (DeskReportFingerprint *self)
{
  if (self == NULL)
    return;
  drain (self);
  g_checksum_free (self->checksum);
  g_async_queue_unref (self->full);
  g_async_queue_unref (self->empty);
  g_free (self->chunks);
  g_free (self->sheet);
  g_free (self);
}

static void
flush (DeskReportFingerprint *self)
{
  g_async_queue_push (self->full, self->current);
  self->current = g_async_queue_pop (self->empty);
}

static void
put (DeskReportFingerprint *self,
     const void            *data,
     gsize                  length)
{
  const guint8 *bytes = data;

  while (length > 0)
    {
      Chunk *chunk = self->current;
      gsize n = MIN (length, BUFFER_SIZE - chunk->used);

      memcpy (chunk->data + chunk->used, bytes, n);
      chunk->used += n;
      bytes += n;
      length -= n;
      if (chunk->used == BUFFER_SIZE)
        flush (self);
    }
}

/* A cell's fixed part: row, column, kind and a length or a number. */
#define MAX_HEAD (4 + 2 + 1 + 8)

static inline guint8 *
put_le (guint8  *at,
        guint64  value,
        guint    n_bytes)
{
  for (guint i = 0; i < n_bytes; i++)
    at[i] = (value >> (8 * i)) & 0xff;
  return at + n_bytes;
}

static guint64
number_bits (double number)
{
  guint64 bits;

  memcpy (&bits, &number, sizeof bits);
  return bits;
}

void
desk_report_fingerprint_add (const char *sheet,
                             guint32     row,
                             guint16     column,
                             char        kind,
                             const char *text,
                             double      number,
                             gpointer    user_data)
{
  DeskReportFingerprint *self = user_data;
  gsize length = kind != 'n' ? strlen (text) : 0;
  guint8 *at;

  /* The same sheet is most often the very same string. */
  if (sheet != self->sheet_seen && g_strcmp0 (self->sheet, sheet) != 0)
    {
      g_free (self->sheet);
      self->sheet = g_strdup (sheet);
      put (self, sheet, strlen (sheet) + 1);
    }
  self->sheet_seen = sheet;

  if (self->current->used + MAX_HEAD > BUFFER_SIZE)
    flush (self);
  at = self->current->data + self->current->used;
  at = put_le (at, row, 4);
  at = put_le (at, column, 2);
  *at++ = (guint8) kind;
  at = put_le (at, kind == 'n' ? number_bits (number) : length, kind == 'n' ? 8 : 4);
  self->current->used = at - self->current->data;

  if (kind != 'n')
    put (self, text, length);
  if (kind == 'f')
    {
      guint8 bits[8];

      put_le (bits, number_bits (number), 8);
      put (self, bits, 8);
    }
  self->n_values++;
}

guint64
desk_report_fingerprint_get_n_values (DeskReportFingerprint *self)
{
  return self->n_values;
}

char *
desk_report_fingerprint_finish (DeskReportFingerprint *self)
{
  drain (self);
  return g_strdup (g_checksum_get_string (self->checksum));
}
