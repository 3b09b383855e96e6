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

static void
put_le (DeskReportFingerprint *self,
        guint32                value,
        guint                  n_bytes)
{
  guint8 bytes[4];

  for (guint i = 0; i < n_bytes; i++)
    bytes[i] = (value >> (8 * i)) & 0xff;
  put (self, bytes, n_bytes);
}

static void
put_text (DeskReportFingerprint *self,
          const char            *text)
{
  gsize length = strlen (text);

  put_le (self, (guint32) length, 4);
  put (self, text, length);
}

static void
put_number (DeskReportFingerprint *self,
            double                 number)
{
  guint64 bits;

  memcpy (&bits, &number, sizeof bits);
  put_le (self, (guint32) (bits & 0xffffffff), 4);
  put_le (self, (guint32) (bits >> 32), 4);
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

  if (g_strcmp0 (self->sheet, sheet) != 0)
    {
      g_free (self->sheet);
      self->sheet = g_strdup (sheet);
      put (self, sheet, strlen (sheet) + 1);
    }

  put_le (self, row, 4);
  put_le (self, column, 2);
  put (self, &kind, 1);
  if (kind != 'n')
    put_text (self, text);
  if (kind == 'n' || kind == 'f')
    put_number (self, number);
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
