/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/*
 * The one door to libxlsxwriter.  Debian 12's libxlsxwriter 1.1.4 lacks
 * upstream's later memory-safety fixes for bad arguments, so every sheet
 * name, defined name, formula and header passed on is built by us and
 * checked here first, and every piece of text is written as a string
 * (never a formula), valid UTF-8 and no longer than a cell holds.
 */

typedef struct _DeskXlsx      DeskXlsx;
typedef struct _DeskXlsxSheet DeskXlsxSheet;

/* The cell styles of a report workbook. */
typedef enum
{
  DESK_XLSX_TEXT,
  DESK_XLSX_TITLE,
  DESK_XLSX_HEADER,     /* bold, filled, bordered below */
  DESK_XLSX_LABEL,      /* bold text in the first column of a form */
  DESK_XLSX_NOTE,
  DESK_XLSX_WARNING,
  DESK_XLSX_INTEGER,
  DESK_XLSX_HOURS,      /* one decimal */
  DESK_XLSX_MONEY,      /* US dollars and cents */
  DESK_XLSX_PERCENT,
  DESK_XLSX_DATE,
  DESK_XLSX_TOTAL_TEXT,
  DESK_XLSX_TOTAL_INTEGER,
  DESK_XLSX_TOTAL_HOURS,
  DESK_XLSX_TOTAL_MONEY,
  DESK_XLSX_N_STYLES,
} DeskXlsxStyle;

/* Told about every value written, for the fingerprint of an export: @kind
 * is 's' (text, in @text), 'n' (a number), 'd' (a date, YYYY-MM-DD in
 * @text) or 'f' (a formula in @text, its value in @number). */
typedef void (*DeskXlsxObserver) (const char *sheet,
                                  guint32     row,
                                  guint16     column,
                                  char        kind,
                                  const char *text,
                                  double      number,
                                  gpointer    user_data);

/** desk_xlsx_check_sheet_name: whether Excel accepts @name as a sheet name (1 to 31 characters, none of []:*?/\, no apostrophe at either end, not "History"). */
gboolean       desk_xlsx_check_sheet_name   (const char     *name,
                                             GError        **error);
/** desk_xlsx_check_defined_name: whether @name can name a cell (a letter or _ first, then letters, digits, _ or ., not like a cell reference, short enough for libxlsxwriter 1.1.4). */
gboolean       desk_xlsx_check_defined_name (const char     *name,
                                             GError        **error);
/** desk_xlsx_check_formula: whether @formula is one we may pass on (starts with "=", printable ASCII, quotes and brackets balanced, within Excel's length). */
gboolean       desk_xlsx_check_formula      (const char     *formula,
                                             GError        **error);
/** desk_xlsx_cell_text: @text made fit for a cell: valid UTF-8, control characters other than tab and newline removed, at most 32767 UTF-16 units (free with g_free). */
char          *desk_xlsx_cell_text          (const char     *text);
/** desk_xlsx_date_serial: the Excel serial number of YYYY-MM-DD @iso_date (1900 date system), or -1 when it is not a date. */
double         desk_xlsx_date_serial        (const char     *iso_date);
/** desk_xlsx_cell: "B7", or "$B$7" when @absolute (0-based @row and @column). */
char          *desk_xlsx_cell               (guint32         row,
                                             guint16         column,
                                             gboolean        absolute);
/** desk_xlsx_sheet_reference: "'CSR Matrix'!$C$5" for a cell of another sheet. */
char          *desk_xlsx_sheet_reference    (DeskXlsxSheet  *sheet,
                                             guint32         row,
                                             guint16         column);

/**
 * desk_xlsx_new: a workbook to be written to @path (which must exist and
 * be ours, it is overwritten) with its temporary files in @tmpdir;
 * @constant_memory writes each row out as soon as the next one starts
 * (rows must then be written in order).
 */
DeskXlsx      *desk_xlsx_new                (const char     *path,
                                             const char     *tmpdir,
                                             gboolean        constant_memory,
                                             GError        **error);
/** desk_xlsx_close: writes the file and frees @self, whatever the outcome. */
gboolean       desk_xlsx_close              (DeskXlsx       *self,
                                             GError        **error);
/** desk_xlsx_abandon: frees @self without writing the file (after an error or a cancel). */
void           desk_xlsx_abandon            (DeskXlsx       *self);
/** desk_xlsx_get_workbook: the libxlsxwriter workbook, for charts. */
lxw_workbook  *desk_xlsx_get_workbook       (DeskXlsx       *self);
/** desk_xlsx_set_observer: calls @observer for each value written from now on (NULL: none). */
void           desk_xlsx_set_observer       (DeskXlsx       *self,
                                             DeskXlsxObserver observer,
                                             gpointer        user_data);
/** desk_xlsx_set_properties: the document properties File ▸ Properties shows. */
gboolean       desk_xlsx_set_properties     (DeskXlsx       *self,
                                             const char     *title,
                                             const char     *subject,
                                             const char     *author,
                                             const char     *company,
                                             const char     *comments,
                                             GError        **error);
/** desk_xlsx_define_name: a workbook-wide name for one cell of @sheet. */
gboolean       desk_xlsx_define_name        (DeskXlsx       *self,
                                             const char     *name,
                                             DeskXlsxSheet  *sheet,
                                             guint32         row,
                                             guint16         column,
                                             GError        **error);

/** desk_xlsx_add_sheet: a new sheet named @name (checked, and unique in the workbook). */
DeskXlsxSheet *desk_xlsx_add_sheet          (DeskXlsx       *self,
                                             const char     *name,
                                             GError        **error);
const char    *desk_xlsx_sheet_get_name     (DeskXlsxSheet  *sheet);
lxw_worksheet *desk_xlsx_sheet_get_worksheet (DeskXlsxSheet *sheet);
/** desk_xlsx_text: writes @text as a string, whatever it looks like (NULL: an empty cell). */
gboolean       desk_xlsx_text               (DeskXlsxSheet  *sheet,
                                             guint32         row,
                                             guint16         column,
                                             const char     *text,
                                             DeskXlsxStyle   style,
                                             GError        **error);
/** desk_xlsx_number: writes a number. */
gboolean       desk_xlsx_number             (DeskXlsxSheet  *sheet,
                                             guint32         row,
                                             guint16         column,
                                             double          value,
                                             DeskXlsxStyle   style,
                                             GError        **error);
/** desk_xlsx_date: writes a YYYY-MM-DD date as an Excel date (NULL or "": an empty cell). */
gboolean       desk_xlsx_date               (DeskXlsxSheet  *sheet,
                                             guint32         row,
                                             guint16         column,
                                             const char     *iso_date,
                                             GError        **error);
/** desk_xlsx_formula: writes a checked formula with the value it computes, so readers that do not recalculate see it. */
gboolean       desk_xlsx_formula            (DeskXlsxSheet  *sheet,
                                             guint32         row,
                                             guint16         column,
                                             const char     *formula,
                                             double          value,
                                             DeskXlsxStyle   style,
                                             GError        **error);
/** desk_xlsx_sum: writes =SUM(first:last) of rows @first_row to @last_row of @column, with @value. */
gboolean       desk_xlsx_sum                (DeskXlsxSheet  *sheet,
                                             guint32         row,
                                             guint16         column,
                                             guint32         first_row,
                                             guint32         last_row,
                                             double          value,
                                             DeskXlsxStyle   style,
                                             GError        **error);
/** desk_xlsx_chart: a native chart of type @type (LXW_CHART_BAR, LXW_CHART_LINE, …) at @row, @column of @sheet, plotting @values_column against @categories_column over rows @first_row to @last_row of @data. */
gboolean       desk_xlsx_chart              (DeskXlsxSheet  *sheet,
                                             guint32         row,
                                             guint16         column,
                                             guint8          type,
                                             const char     *title,
                                             const char     *series_name,
                                             DeskXlsxSheet  *data,
                                             guint32         first_row,
                                             guint32         last_row,
                                             guint16         categories_column,
                                             guint16         values_column,
                                             GError        **error);
/**
 * desk_xlsx_table: makes the table whose header is row @header_row, over
 * @n_columns and down to @last_row, the sheet's main table: its header
 * stays in view and is printed on every page, and it can be filtered.
 * Call it before writing the rows below the header (libxlsxwriter's
 * constant-memory mode refuses a filter over rows already written).
 */
gboolean       desk_xlsx_table              (DeskXlsxSheet  *sheet,
                                             guint32         header_row,
                                             guint16         n_columns,
                                             guint32         last_row,
                                             GError        **error);
/** desk_xlsx_finish_sheet: fits the column widths to what was written and sets up printing: landscape, one page wide, @title in the page header, page numbers below. */
gboolean       desk_xlsx_finish_sheet       (DeskXlsxSheet  *sheet,
                                             const char     *title,
                                             GError        **error);

G_END_DECLS
