/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Reading CSV files that come from anywhere: spreadsheets saved by Excel
 * or LibreOffice in any country, exports of other case systems, files
 * edited by hand, and files made to do harm.
 *
 *  - RFC 4180: fields separated by a delimiter, quoted fields with doubled
 *    quotes ("") and line breaks inside, records ended by CRLF, LF or a
 *    lone CR (old Mac Excel); blank lines are skipped.
 *  - The delimiter is a comma, a semicolon (Excel in countries that write
 *    decimal commas) or a tab, detected from the first records.
 *  - UTF-8 with or without a byte-order mark.  Other bytes are refused
 *    with the line they are on; Windows-1252 (what Excel on Windows saves
 *    as "CSV") is recognised and read when asked for.
 *  - Fields, records and the number of columns are bounded, and the time
 *    taken is linear in the size of the file.
 */

typedef enum
{
  DESK_CSV_ENCODING_UTF8,
  DESK_CSV_ENCODING_WINDOWS_1252,
} DeskCsvEncoding;

/* The bounds used when the options leave them at 0. */
#define DESK_CSV_MAX_FIELD_BYTES  (1024 * 1024)
#define DESK_CSV_MAX_ROW_BYTES    (8 * 1024 * 1024)
#define DESK_CSV_MAX_COLUMNS      1000

/**
 * DeskCsvOptions:
 * @encoding: how the bytes are read
 * @delimiter: ',', ';' or '\t'; 0 detects it
 * @max_field_bytes: the longest field, in bytes of UTF-8 (0: DESK_CSV_MAX_FIELD_BYTES)
 * @max_row_bytes: the longest record (0: DESK_CSV_MAX_ROW_BYTES)
 * @max_columns: the most fields a record may have (0: DESK_CSV_MAX_COLUMNS)
 *
 * Zero the struct, then set what you need.
 */
typedef struct
{
  DeskCsvEncoding encoding;
  char            delimiter;
  gsize           max_field_bytes;
  gsize           max_row_bytes;
  guint           max_columns;
} DeskCsvOptions;

/* The records of a file: every field is UTF-8 without NUL bytes. */
typedef struct _DeskCsvTable DeskCsvTable;

/** desk_csv_read: the records of @data (@length bytes; @options NULL: defaults); a DESK_ERROR_INVALID error naming the line when it is not CSV that can be read. */
DeskCsvTable *desk_csv_read               (const char           *data,
                                           gsize                 length,
                                           const DeskCsvOptions *options,
                                           GError              **error);
void          desk_csv_table_free         (DeskCsvTable         *table);
/** desk_csv_table_get_n_rows: how many records there are (blank lines not counted). */
guint         desk_csv_table_get_n_rows   (DeskCsvTable         *table);
/** desk_csv_table_get_n_fields: how many fields record @row has. */
guint         desk_csv_table_get_n_fields (DeskCsvTable         *table,
                                           guint                 row);
/** desk_csv_table_get_field: field @column of record @row, or NULL when the record has fewer fields. */
const char   *desk_csv_table_get_field    (DeskCsvTable         *table,
                                           guint                 row,
                                           guint                 column);
/** desk_csv_table_get_line: the line of the file (from 1) on which record @row starts. */
guint         desk_csv_table_get_line     (DeskCsvTable         *table,
                                           guint                 row);
/** desk_csv_table_get_delimiter: the delimiter the records were split at. */
char          desk_csv_table_get_delimiter (DeskCsvTable        *table);

/** desk_csv_looks_like_windows_1252: whether @data is not UTF-8 but could be Windows-1252 text (no NUL, no byte that encoding leaves undefined). */
gboolean      desk_csv_looks_like_windows_1252 (const char      *data,
                                                gsize            length);

/**
 * desk_csv_parse: splits comma-separated UTF-8 text into a GPtrArray of
 * records, each a NULL-terminated GStrv of fields (the bundled reference
 * tables; desk_csv_read() with a comma).
 */
GPtrArray    *desk_csv_parse              (const char           *text,
                                           gsize                 length,
                                           GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeskCsvTable, desk_csv_table_free)

G_END_DECLS
