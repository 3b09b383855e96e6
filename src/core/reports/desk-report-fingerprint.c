/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-report-fingerprint"

#include "config.h"

#include <string.h>

#include "desk-report-fingerprint.h"

/* Cells are gathered in a buffer and hashed in large pieces: a million
 * rows make more than ten million small cells. */
#define BUFFER_SIZE (64 * 1024)

struct _DeskReportFingerprint
{
  GChecksum  *checksum;
  char       *sheet;
  const char *sheet_seen;  /* the caller's pointer to it, last time */
  guint64     n_values;
  gsize       used;
  guint8      buffer[BUFFER_SIZE];
};

DeskReportFingerprint *
desk_report_fingerprint_new (void)
{
  DeskReportFingerprint *self = g_new0 (DeskReportFingerprint, 1);

  self->checksum = g_checksum_new (G_CHECKSUM_SHA256);
  return self;
}

void
desk_report_fingerprint_free (DeskReportFingerprint *self)
{
  if (self == NULL)
    return;
  g_checksum_free (self->checksum);
  g_free (self->sheet);
  g_free (self);
}

static void
flush (DeskReportFingerprint *self)
{
  g_checksum_update (self->checksum, self->buffer, self->used);
  self->used = 0;
}

static void
put (DeskReportFingerprint *self,
     const void            *data,
     gsize                  length)
{
  const guint8 *bytes = data;

  while (length > 0)
    {
      gsize n = MIN (length, BUFFER_SIZE - self->used);

      memcpy (self->buffer + self->used, bytes, n);
      self->used += n;
      bytes += n;
      length -= n;
      if (self->used == BUFFER_SIZE)
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

  if (self->used + MAX_HEAD > BUFFER_SIZE)
    flush (self);
  at = self->buffer + self->used;
  at = put_le (at, row, 4);
  at = put_le (at, column, 2);
  *at++ = (guint8) kind;
  at = put_le (at, kind == 'n' ? number_bits (number) : length, kind == 'n' ? 8 : 4);
  self->used = at - self->buffer;

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
  flush (self);
  return g_strdup (g_checksum_get_string (self->checksum));
}
