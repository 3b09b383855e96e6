/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-csv.h"
#include "desk-error.h"

/* The largest file read at all: offsets and counts stay in 32 bits. */
#define MAX_FILE_BYTES ((gsize) G_MAXINT)

/* How many records the delimiter is guessed from. */
#define SNIFF_ROWS 10

typedef struct
{
  guint first_field;
  guint n_fields;
  guint line;
} Row;

struct _DeskCsvTable
{
  GString         *text;    /* every field, each ended by a NUL */
  GArray          *fields;  /* gsize: where each field starts in text */
  GArray          *rows;    /* Row */
  char             delimiter;
};

typedef struct
{
  const char   *data;
  gsize         length;
  char          delimiter;
  gsize         max_field;
  gsize         max_row;
  guint         max_columns;
  guint         max_rows;   /* 0: every record */
  DeskCsvTable *table;
  guint         line;       /* the line being read, from 1 */
} Parser;

static DeskCsvTable *
table_new (gsize size_hint)
{
  DeskCsvTable *table = g_new0 (DeskCsvTable, 1);

  table->text = g_string_sized_new (size_hint + 16);
  table->fields = g_array_new (FALSE, FALSE, sizeof (gsize));
  table->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  table->delimiter = ',';
  return table;
}

void
desk_csv_table_free (DeskCsvTable *table)
{
  if (table == NULL)
    return;

  g_string_free (table->text, TRUE);
  g_array_unref (table->fields);
  g_array_unref (table->rows);
  g_free (table);
}

/* The number of line breaks in @text: CRLF, LF and a lone CR are one each. */
static guint
count_breaks (const char *text,
              gsize       length)
{
  guint breaks = 0;

  for (gsize i = 0; i < length; i++)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == length || text[i + 1] != '\n')))
      breaks++;
  return breaks;
}

/* The line (from 1) of byte @offset of @data. */
static guint
line_of (const char *data,
         gsize       offset)
{
  return count_breaks (data, offset) + 1;
}

static gsize
skip_break (const char *data,
            gsize       length,
            gsize       i)
{
  if (data[i] == '\r' && i + 1 < length && data[i + 1] == '\n')
    return i + 2;
  return i + 1;
}

/* Adds @length bytes to the field being read, within the bounds. */
static gboolean
append_run (Parser      *p,
            const char  *run,
            gsize        length,
            gsize        field_start,
            gsize        row_start,
            guint        field_line,
            guint        row_line,
            gboolean     quoted,
            GError     **error)
{
  GString *text = p->table->text;

  if (text->len - field_start + length > p->max_field)
    {
      g_autofree char *most = g_format_size (p->max_field);

      if (quoted)
        g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                     _("The field that starts on line %u is longer than %s; a quote may be missing its closing quote."),
                     field_line, most);
      else
        g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                     _("The field that starts on line %u is longer than %s, more than any field can hold."),
                     field_line, most);
      return FALSE;
    }
  if (text->len - row_start + length > p->max_row)
    {
      g_autofree char *most = g_format_size (p->max_row);

      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("The record that starts on line %u is longer than %s; a quote may be missing its closing quote."),
                   row_line, most);
      return FALSE;
    }

  g_string_append_len (text, run, length);
  return TRUE;
}

/* One pass over the text: every byte is looked at once or twice (memchr,
 * then a copy of the run), whatever the quotes, the lines and the
 * columns, so the time is linear in the size of the file. */
static gboolean
parse (Parser  *p,
       GError **error)
{
  const char *d = p->data;
  const gsize n = p->length;
  const char delimiter = p->delimiter;
  GString *text = p->table->text;
  gsize i = 0;

  while (i < n)
    {
      Row row = { p->table->fields->len, 0, p->line };
      gsize row_start = text->len;

      /* A blank line is no record. */
      if (d[i] == '\n' || d[i] == '\r')
        {
          i = skip_break (d, n, i);
          p->line++;
          continue;
        }
      if (p->max_rows > 0 && p->table->rows->len >= p->max_rows)
        break;

      for (;;)
        {
          gsize field_start = text->len;
          guint field_line = p->line;

          if (row.n_fields >= p->max_columns)
            {
              g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                           _("The record on line %u has more than %u fields; that is more columns than a spreadsheet "
                             "to import may have."), row.line, p->max_columns);
              return FALSE;
            }
          g_array_append_val (p->table->fields, field_start);
          row.n_fields++;

          if (i < n && d[i] == '"')
            {
              i++;
              for (;;)
                {
                  const char *quote = memchr (d + i, '"', n - i);
                  gsize end = quote != NULL ? (gsize) (quote - d) : n;
                  gsize after;

                  if (!append_run (p, d + i, end - i, field_start, row_start, field_line, row.line, TRUE, error))
                    return FALSE;
                  p->line += count_breaks (d + i, end - i);
                  i = end;
                  if (quote == NULL)
                    {
                      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                                   _("A quoted field that starts on line %u is never closed."), field_line);
                      return FALSE;
                    }
                  i++;
                  if (i < n && d[i] == '"')
                    {
                      /* "" inside quotes is one quote. */
                      if (!append_run (p, "\"", 1, field_start, row_start, field_line, row.line, TRUE, error))
                        return FALSE;
                      i++;
                      continue;
                    }

                  /* Text after the closing quote is kept, as spreadsheets
                   * do; a quote there opens quotes again. */
                  after = i;
                  while (i < n && d[i] != delimiter && d[i] != '\n' && d[i] != '\r' && d[i] != '"')
                    i++;
                  if (!append_run (p, d + after, i - after, field_start, row_start, field_line, row.line, TRUE, error))
                    return FALSE;
                  if (i < n && d[i] == '"')
                    {
                      i++;
                      continue;
                    }
                  break;
                }
            }
          else
            {
              gsize start = i;

              /* A quote inside an unquoted field is only a quote. */
              while (i < n && d[i] != delimiter && d[i] != '\n' && d[i] != '\r')
                i++;
              if (!append_run (p, d + start, i - start, field_start, row_start, field_line, row.line, FALSE, error))
                return FALSE;
            }

          g_string_append_c (text, '\0');
          if (i < n && d[i] == delimiter)
            {
              i++;
              continue;
            }
          break;
        }

      if (i < n)
        {
          i = skip_break (d, n, i);
          p->line++;
        }
      g_array_append_val (p->table->rows, row);
    }

  return TRUE;
}

/* Whether @a comes before @b, compared item by item. */
static gboolean
score_beats (const guint a[2],
             const guint b[2])
{
  for (guint i = 0; i < 2; i++)
    if (a[i] != b[i])
      return a[i] > b[i];
  return FALSE;
}

/* Comma, semicolon or tab: the one that splits the header into more than
 * one field and the most of the first records into as many, then into
 * the most fields; a comma when none splits the header. */
static char
sniff_delimiter (const char *data,
                 gsize       length)
{
  static const char candidates[] = { ',', ';', '\t' };
  char best = ',';
  guint best_score[2] = { 0, 0 };

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      g_autoptr(DeskCsvTable) table = table_new (0);
      Parser p = { data, length, candidates[c], DESK_CSV_MAX_FIELD_BYTES, DESK_CSV_MAX_ROW_BYTES,
                   DESK_CSV_MAX_COLUMNS, SNIFF_ROWS, table, 1 };
      guint header;
      guint same = 0;
      guint score[2];

      /* A record cut short by a bound or an open quote still counts up
       * to there; the real read reports it. */
      parse (&p, NULL);
      if (table->rows->len == 0)
        continue;

      /* A header of one field says nothing about this delimiter. */
      header = g_array_index (table->rows, Row, 0).n_fields;
      if (header < 2)
        continue;
      for (guint r = 0; r < table->rows->len; r++)
        if (g_array_index (table->rows, Row, r).n_fields == header)
          same++;

      score[0] = same;
      score[1] = header;
      if (score_beats (score, best_score))
        {
          memcpy (best_score, score, sizeof score);
          best = candidates[c];
        }
    }

  return best;
}

/* Windows-1252 from 0x80 to 0x9F; 0 where the encoding defines nothing. */
static const gunichar cp1252_c1[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static gboolean
cp1252_defined (guchar byte)
{
  return byte != 0 && (byte < 0x80 || byte > 0x9F || cp1252_c1[byte - 0x80] != 0);
}

gboolean
desk_csv_looks_like_windows_1252 (const char *data,
                                  gsize       length)
{
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (g_utf8_validate_len (data, length, NULL))
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!cp1252_defined ((guchar) data[i]))
      return FALSE;
  return TRUE;
}

/* Files that are not text at all, recognised by their first bytes. */
static gboolean
check_signature (const char  *data,
                 gsize        length,
                 GError     **error)
{
  if (length >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("This is a workbook (.xlsx or .ods), not a CSV file; open it in the spreadsheet and save it "
                     "as “CSV UTF-8”."));
      return FALSE;
    }
  if (length >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("This is an old Excel workbook (.xls), not a CSV file; open it in the spreadsheet and save it "
                     "as “CSV UTF-8”."));
      return FALSE;
    }
  if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                   _("The file is UTF-16 text (“Unicode Text”); save it from the spreadsheet as “CSV UTF-8”."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
nul_error (const char  *data,
           gsize        offset,
           GError     **error)
{
  g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
               _("Line %u holds a NUL byte, which text never does; this does not look like a CSV file."),
               line_of (data, offset));
  return FALSE;
}

/* UTF-8 from Windows-1252; a byte it does not define is an error. */
static char *
decode_windows_1252 (const char  *data,
                     gsize        length,
                     gsize       *out_length,
                     GError     **error)
{
  g_autoptr(GString) text = g_string_sized_new (length + length / 8 + 1);

  for (gsize i = 0; i < length; i++)
    {
      guchar byte = (guchar) data[i];

      if (byte == 0)
        {
          nul_error (data, i, error);
          return NULL;
        }
      if (!cp1252_defined (byte))
        {
          g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                       _("Line %u holds the byte 0x%02X, which Windows-1252 does not define; the file is in another "
                         "encoding. Save it from the spreadsheet as “CSV UTF-8”."),
                       line_of (data, i), byte);
          return NULL;
        }
      if (byte < 0x80)
        g_string_append_c (text, (char) byte);
      else
        g_string_append_unichar (text, byte <= 0x9F ? cp1252_c1[byte - 0x80] : byte);
    }

  *out_length = text->len;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Checks that @data is UTF-8 without NUL bytes; the error names the line
 * and says when the bytes look like Windows-1252. */
static gboolean
check_utf8 (const char  *data,
            gsize        length,
            GError     **error)
{
  const char *end = NULL;

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  if (*end == '\0')
    return nul_error (data, end - data, error);

  if (desk_csv_looks_like_windows_1252 (data, length))
    g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                 _("Line %u is not UTF-8 text. The file looks like Windows-1252, which Excel on Windows writes "
                   "as “CSV”: read it as Windows-1252, or save it from the spreadsheet as “CSV UTF-8”."),
                 line_of (data, end - data));
  else
    g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID,
                 _("Line %u is not UTF-8 text; save the file from the spreadsheet as “CSV UTF-8”."),
                 line_of (data, end - data));
  return FALSE;
}

DeskCsvTable *
desk_csv_read (const char            *data,
               gsize                  length,
               const DeskCsvOptions  *options,
               GError               **error)
{
  DeskCsvOptions defaults = { 0 };
  g_autofree char *decoded = NULL;
  g_autoptr(DeskCsvTable) table = NULL;
  Parser p = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &defaults;
  if (data == NULL)
    data = "";
  g_return_val_if_fail (options->delimiter == 0 || options->delimiter == ',' ||
                        options->delimiter == ';' || options->delimiter == '\t', NULL);

  if (length > MAX_FILE_BYTES)
    {
      g_autofree char *most = g_format_size (MAX_FILE_BYTES);

      g_set_error (error, DESK_ERROR, DESK_ERROR_INVALID, _("The file is larger than %s; split it into smaller files."),
                   most);
      return NULL;
    }
  if (!check_signature (data, length, error))
    return NULL;

  if (options->encoding == DESK_CSV_ENCODING_WINDOWS_1252)
    {
      decoded = decode_windows_1252 (data, length, &length, error);
      if (decoded == NULL)
        return NULL;
      data = decoded;
    }
  else
    {
      if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
        {
          data += 3;
          length -= 3;
        }
      if (!check_utf8 (data, length, error))
        return NULL;
    }

  table = table_new (length);
  table->delimiter = options->delimiter != 0 ? options->delimiter : sniff_delimiter (data, length);

  p.data = data;
  p.length = length;
  p.delimiter = table->delimiter;
  p.max_field = options->max_field_bytes != 0 ? options->max_field_bytes : DESK_CSV_MAX_FIELD_BYTES;
  p.max_row = options->max_row_bytes != 0 ? options->max_row_bytes : DESK_CSV_MAX_ROW_BYTES;
  p.max_columns = options->max_columns != 0 ? options->max_columns : DESK_CSV_MAX_COLUMNS;
  p.table = table;
  p.line = 1;

  if (!parse (&p, error))
    return NULL;

  return g_steal_pointer (&table);
}

guint
desk_csv_table_get_n_rows (DeskCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

guint
desk_csv_table_get_n_fields (DeskCsvTable *table,
                             guint         row)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (row < table->rows->len, 0);

  return g_array_index (table->rows, Row, row).n_fields;
}

const char *
desk_csv_table_get_field (DeskCsvTable *table,
                          guint         row,
                          guint         column)
{
  const Row *r;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (row < table->rows->len, NULL);

  r = &g_array_index (table->rows, Row, row);
  if (column >= r->n_fields)
    return NULL;
  return table->text->str + g_array_index (table->fields, gsize, r->first_field + column);
}

guint
desk_csv_table_get_line (DeskCsvTable *table,
                         guint         row)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (row < table->rows->len, 0);

  return g_array_index (table->rows, Row, row).line;
}

char
desk_csv_table_get_delimiter (DeskCsvTable *table)
{
  g_return_val_if_fail (table != NULL, ',');

  return table->delimiter;
}

GPtrArray *
desk_csv_parse (const char  *text,
                gsize        length,
                GError     **error)
{
  DeskCsvOptions options = { .delimiter = ',' };
  g_autoptr(DeskCsvTable) table = NULL;
  GPtrArray *rows;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  table = desk_csv_read (text, length, &options, error);
  if (table == NULL)
    return NULL;

  rows = g_ptr_array_new_full (table->rows->len, (GDestroyNotify) g_strfreev);
  for (guint r = 0; r < table->rows->len; r++)
    {
      guint n_fields = desk_csv_table_get_n_fields (table, r);
      char **fields = g_new (char *, n_fields + 1);

      for (guint c = 0; c < n_fields; c++)
        fields[c] = g_strdup (desk_csv_table_get_field (table, r, c));
      fields[n_fields] = NULL;
      g_ptr_array_add (rows, fields);
    }

  return rows;
}
