/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-xlsx"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "desk-error.h"
#include "desk-xlsx.h"

/* Excel's limits (Microsoft, "Excel specifications and limits"). */
#define MAX_SHEET_NAME     31
#define MAX_CELL_UNITS     32767   /* UTF-16 code units in a cell */
#define MAX_FORMULA        8192
#define MAX_HEADER_FOOTER  255
/* libxlsxwriter 1.1.4 keeps a defined name and its formula in 128-byte
 * buffers (LXW_DEFINED_NAME_LENGTH) without checking. */
#define MAX_DEFINED_NAME   (LXW_DEFINED_NAME_LENGTH - 1)
/* Columns whose widths are fitted; reports have fewer. */
#define MAX_FITTED_COLUMNS 32
#define MIN_WIDTH          8.0
#define MAX_WIDTH          60.0

struct _DeskXlsxSheet
{
  DeskXlsx      *owner;
  lxw_worksheet *worksheet;
  char          *name;
  double         widths[MAX_FITTED_COLUMNS];
};

struct _DeskXlsx
{
  lxw_workbook     *workbook;
  lxw_format       *formats[DESK_XLSX_N_STYLES];
  GPtrArray        *sheets;
  DeskXlsxObserver  observer;
  gpointer          observer_data;
};

static gboolean
fail (GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError     **error,
      const char  *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (DESK_ERROR, DESK_ERROR_IO, format, args));
  va_end (args);
  return FALSE;
}

static gboolean
check_lxw (lxw_error   rc,
           GError    **error)
{
  if (rc == LXW_NO_ERROR)
    return TRUE;
  g_autofree char *reason = g_strdup (lxw_strerror (rc));

  /* libxlsxwriter's own sentences end with a period already. */
  if (g_str_has_suffix (reason, "."))
    reason[strlen (reason) - 1] = '\0';
  return fail (error, _("The workbook could not be written: %s."), reason);
}

/* ---- checks ------------------------------------------------------------- */

gboolean
desk_xlsx_check_sheet_name (const char  *name,
                            GError     **error)
{
  glong length;

  if (name == NULL || !g_utf8_validate (name, -1, NULL) || *name == '\0')
    return fail (error, _("A sheet of the workbook has no name."));

  length = g_utf8_strlen (name, -1);
  if (length > MAX_SHEET_NAME)
    return fail (error, _("The sheet name “%s” is longer than the %d characters Excel allows."), name, MAX_SHEET_NAME);
  if (strpbrk (name, "[]:*?/\\") != NULL)
    return fail (error, _("The sheet name “%s” contains one of the characters Excel forbids: [ ] : * ? / \\"), name);
  if (name[0] == '\'' || name[strlen (name) - 1] == '\'')
    return fail (error, _("The sheet name “%s” begins or ends with an apostrophe, which Excel forbids."), name);
  if (g_ascii_strcasecmp (name, "History") == 0)
    return fail (error, _("Excel keeps the sheet name “History” for itself."));
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return fail (error, _("The sheet name “%s” contains a control character."), name);

  return TRUE;
}

/* "A1" to "XFD1048576": a name that looks like a cell would shadow it. */
static gboolean
looks_like_cell (const char *name)
{
  guint letters = 0;
  const char *p = name;

  while (g_ascii_isalpha (*p))
    {
      p++;
      letters++;
    }
  if (letters >= 1 && letters <= 3 && g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p))
        p++;
      if (*p == '\0')
        return TRUE;
    }

  /* R1C1 references, and "R" and "C" alone. */
  p = name;
  if (*p == 'R' || *p == 'r')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p == 'C' || *p == 'c')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++;
    }
  return *p == '\0';
}

gboolean
desk_xlsx_check_defined_name (const char  *name,
                              GError     **error)
{
  if (name == NULL || *name == '\0')
    return fail (error, _("A defined name of the workbook is empty."));
  if (strlen (name) > MAX_DEFINED_NAME - 40)
    return fail (error, _("The defined name “%s” is too long."), name);
  if (!g_ascii_isalpha (name[0]) && name[0] != '_')
    return fail (error, _("The defined name “%s” must begin with a letter or an underscore."), name);
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.')
      return fail (error, _("The defined name “%s” may hold only letters, digits, underscores and periods."), name);
  if (looks_like_cell (name))
    return fail (error, _("The defined name “%s” looks like a cell reference."), name);
  return TRUE;
}

gboolean
desk_xlsx_check_formula (const char  *formula,
                         GError     **error)
{
  int depth = 0;
  char quote = 0;

  if (formula == NULL || formula[0] != '=' || formula[1] == '\0')
    return fail (error, _("A formula of the workbook does not begin with “=”."));
  if (!g_utf8_validate (formula, -1, NULL) || g_utf8_strlen (formula, -1) > MAX_FORMULA)
    return fail (error, _("A formula of the workbook is not valid text or is too long."));

  for (const char *p = formula; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20)
        return fail (error, _("A formula of the workbook contains a control character."));
      if (quote != 0)
        {
          if (*p == quote)
            quote = 0;   /* a doubled quote reopens at once */
          continue;
        }
      if (*p == '"' || *p == '\'')
        quote = *p;
      else if (*p == '(')
        depth++;
      else if (*p == ')' && --depth < 0)
        break;
    }
  if (quote != 0 || depth != 0)
    return fail (error, _("The formula “%s” has unbalanced quotes or brackets."), formula);

  return TRUE;
}

char *
desk_xlsx_cell_text (const char *text)
{
  GString *clean;
  guint units = 0;

  if (text == NULL)
    return g_strdup ("");

  clean = g_string_sized_new (strlen (text));
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);
      g_string_free (clean, TRUE);
      return desk_xlsx_cell_text (valid);
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      guint width = ch > 0xffff ? 2 : 1;

      if (ch < 0x20 && ch != '\t' && ch != '\n')
        continue;
      if (units + width > MAX_CELL_UNITS)
        break;
      units += width;
      g_string_append_unichar (clean, ch);
    }

  return g_string_free (clean, FALSE);
}

/* The length of @text when it is plain ASCII a cell holds as it is (the
 * common case), else -1: it needs desk_xlsx_cell_text(). */
static gssize
clean_length (const char *text)
{
  const guchar *p = (const guchar *) text;

  for (; *p != '\0'; p++)
    if ((*p < 0x20 && *p != '\t' && *p != '\n') || *p >= 0x80)
      return -1;
  return p - (const guchar *) text <= MAX_CELL_UNITS ? p - (const guchar *) text : -1;
}

/* GLib's day number of 1899-12-30, the day before Excel's serial 1 when
 * counted as Excel does (it keeps Lotus 1-2-3's 29 February 1900). */
#define EXCEL_EPOCH_JULIAN 693594

double
desk_xlsx_date_serial (const char *iso_date)
{
  guint year, month, day;
  GDate date;

  /* Called twice a row of the Cases sheet: digits are read by hand. */
  if (iso_date == NULL || strlen (iso_date) != 10 || iso_date[4] != '-' || iso_date[7] != '-')
    return -1;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso_date[i]))
      return -1;
  year = (iso_date[0] - '0') * 1000 + (iso_date[1] - '0') * 100 + (iso_date[2] - '0') * 10 + (iso_date[3] - '0');
  month = (iso_date[5] - '0') * 10 + (iso_date[6] - '0');
  day = (iso_date[8] - '0') * 10 + (iso_date[9] - '0');
  if (year < 1900 || !g_date_valid_dmy (day, month, year))
    return -1;

  /* Right from March 1900 on, which is every date a clinic keeps. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return (double) g_date_get_julian (&date) - EXCEL_EPOCH_JULIAN;
}

static void
column_name (GString *out,
             guint16  column)
{
  char letters[4];
  int n = 0;
  guint c = column + 1;

  while (c > 0 && n < 3)
    {
      letters[n++] = 'A' + (c - 1) % 26;
      c = (c - 1) / 26;
    }
  while (n > 0)
    g_string_append_c (out, letters[--n]);
}

char *
desk_xlsx_cell (guint32  row,
                guint16  column,
                gboolean absolute)
{
  GString *cell = g_string_new (absolute ? "$" : "");

  column_name (cell, column);
  g_string_append_printf (cell, "%s%u", absolute ? "$" : "", row + 1);
  return g_string_free (cell, FALSE);
}

char *
desk_xlsx_sheet_reference (DeskXlsxSheet *sheet,
                           guint32        row,
                           guint16        column)
{
  g_autoptr(GString) quoted = g_string_new (sheet->name);
  g_autofree char *cell = desk_xlsx_cell (row, column, TRUE);

  g_string_replace (quoted, "'", "''", 0);
  return g_strdup_printf ("'%s'!%s", quoted->str, cell);
}

/* ---- the workbook -------------------------------------------------------- */

static lxw_format *
add_format (lxw_workbook *workbook,
            gboolean      bold,
            const char   *num_format)
{
  lxw_format *format = workbook_add_format (workbook);

  if (bold)
    format_set_bold (format);
  if (num_format != NULL)
    format_set_num_format (format, num_format);
  return format;
}

static void
make_formats (DeskXlsx *self)
{
  lxw_workbook *wb = self->workbook;
  lxw_format **f = self->formats;

  f[DESK_XLSX_TEXT] = NULL;
  f[DESK_XLSX_TITLE] = add_format (wb, TRUE, NULL);
  format_set_font_size (f[DESK_XLSX_TITLE], 14);
  f[DESK_XLSX_HEADER] = add_format (wb, TRUE, NULL);
  format_set_bg_color (f[DESK_XLSX_HEADER], 0xDCE6F1);
  format_set_bottom (f[DESK_XLSX_HEADER], LXW_BORDER_THIN);
  format_set_text_wrap (f[DESK_XLSX_HEADER]);
  format_set_align (f[DESK_XLSX_HEADER], LXW_ALIGN_VERTICAL_TOP);
  f[DESK_XLSX_LABEL] = add_format (wb, TRUE, NULL);
  f[DESK_XLSX_NOTE] = add_format (wb, FALSE, NULL);
  format_set_italic (f[DESK_XLSX_NOTE]);
  format_set_font_color (f[DESK_XLSX_NOTE], 0x595959);
  f[DESK_XLSX_WARNING] = add_format (wb, TRUE, NULL);
  format_set_font_color (f[DESK_XLSX_WARNING], 0x9C0006);
  format_set_bg_color (f[DESK_XLSX_WARNING], 0xFFEB9C);
  f[DESK_XLSX_INTEGER] = add_format (wb, FALSE, "#,##0");
  f[DESK_XLSX_HOURS] = add_format (wb, FALSE, "#,##0.0");
  f[DESK_XLSX_MONEY] = add_format (wb, FALSE, "\"$\"#,##0.00");
  f[DESK_XLSX_PERCENT] = add_format (wb, FALSE, "0.0%");
  f[DESK_XLSX_DATE] = add_format (wb, FALSE, "yyyy-mm-dd");
  f[DESK_XLSX_TOTAL_TEXT] = add_format (wb, TRUE, NULL);
  f[DESK_XLSX_TOTAL_INTEGER] = add_format (wb, TRUE, "#,##0");
  f[DESK_XLSX_TOTAL_HOURS] = add_format (wb, TRUE, "#,##0.0");
  f[DESK_XLSX_TOTAL_MONEY] = add_format (wb, TRUE, "\"$\"#,##0.00");
  for (guint i = DESK_XLSX_TOTAL_TEXT; i <= DESK_XLSX_TOTAL_MONEY; i++)
    format_set_top (f[i], LXW_BORDER_THIN);
}

static void
sheet_free (gpointer data)
{
  DeskXlsxSheet *sheet = data;

  g_free (sheet->name);
  g_free (sheet);
}

DeskXlsx *
desk_xlsx_new (const char  *path,
               const char  *tmpdir,
               gboolean     constant_memory,
               GError     **error)
{
  lxw_workbook_options options = { 0 };
  DeskXlsx *self;

  g_return_val_if_fail (path != NULL, NULL);

  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  options.tmpdir = (char *) tmpdir;
  /* Over 4 GB of XML in one sheet needs ZIP64; Excel reads it either way. */
  options.use_zip64 = LXW_TRUE;

  self = g_new0 (DeskXlsx, 1);
  self->workbook = workbook_new_opt (path, &options);
  if (self->workbook == NULL)
    {
      g_free (self);
      fail (error, _("The workbook “%s” could not be started; the computer may be out of memory."), path);
      return NULL;
    }
  self->sheets = g_ptr_array_new_with_free_func (sheet_free);
  make_formats (self);
  return self;
}

static void
desk_xlsx_free (DeskXlsx *self)
{
  g_ptr_array_unref (self->sheets);
  g_free (self);
}

gboolean
desk_xlsx_close (DeskXlsx  *self,
                 GError   **error)
{
  lxw_error rc;
  int saved_errno;

  g_return_val_if_fail (self != NULL, FALSE);

  errno = 0;
  rc = workbook_close (self->workbook);
  saved_errno = errno;
  desk_xlsx_free (self);

  /* Failures to write the file itself are the system's: say which. */
  switch (rc)
    {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      if (saved_errno == ENOSPC || saved_errno == EDQUOT)
        return fail (error, _("The disk is full: the workbook could not be written."));
      if (saved_errno == EFBIG)
        return fail (error, _("The workbook could not be written: it is larger than this computer allows a file to be."));
      if (saved_errno != 0)
        return fail (error, _("The workbook could not be written to the disk: %s."), g_strerror (saved_errno));
      break;
    default:
      break;
    }
  return check_lxw (rc, error);
}

void
desk_xlsx_abandon (DeskXlsx *self)
{
  if (self == NULL)
    return;
  lxw_workbook_free (self->workbook);
  desk_xlsx_free (self);
}

lxw_workbook *
desk_xlsx_get_workbook (DeskXlsx *self)
{
  return self->workbook;
}

void
desk_xlsx_set_observer (DeskXlsx         *self,
                        DeskXlsxObserver  observer,
                        gpointer          user_data)
{
  self->observer = observer;
  self->observer_data = user_data;
}

gboolean
desk_xlsx_set_properties (DeskXlsx    *self,
                          const char  *title,
                          const char  *subject,
                          const char  *author,
                          const char  *company,
                          const char  *comments,
                          GError     **error)
{
  g_autofree char *clean_title = desk_xlsx_cell_text (title);
  g_autofree char *clean_subject = desk_xlsx_cell_text (subject);
  g_autofree char *clean_author = desk_xlsx_cell_text (author);
  g_autofree char *clean_company = desk_xlsx_cell_text (company);
  g_autofree char *clean_comments = desk_xlsx_cell_text (comments);
  lxw_doc_properties properties = {
    .title = clean_title,
    .subject = clean_subject,
    .author = clean_author,
    .company = clean_company,
    .comments = clean_comments,
  };

  return check_lxw (workbook_set_properties (self->workbook, &properties), error);
}

gboolean
desk_xlsx_define_name (DeskXlsx       *self,
                       const char     *name,
                       DeskXlsxSheet  *sheet,
                       guint32         row,
                       guint16         column,
                       GError        **error)
{
  g_autofree char *reference = desk_xlsx_sheet_reference (sheet, row, column);
  g_autofree char *formula = g_strconcat ("=", reference, NULL);

  if (!desk_xlsx_check_defined_name (name, error) || !desk_xlsx_check_formula (formula, error))
    return FALSE;
  if (strlen (formula) > MAX_DEFINED_NAME)
    return fail (error, _("The cell named “%s” is on a sheet whose name is too long to refer to."), name);

  return check_lxw (workbook_define_name (self->workbook, name, formula), error);
}

/* ---- sheets -------------------------------------------------------------- */

DeskXlsxSheet *
desk_xlsx_add_sheet (DeskXlsx    *self,
                     const char  *name,
                     GError     **error)
{
  DeskXlsxSheet *sheet;

  if (!desk_xlsx_check_sheet_name (name, error))
    return NULL;
  for (guint i = 0; i < self->sheets->len; i++)
    {
      DeskXlsxSheet *other = g_ptr_array_index (self->sheets, i);
      g_autofree char *a = g_utf8_casefold (other->name, -1);
      g_autofree char *b = g_utf8_casefold (name, -1);

      if (strcmp (a, b) == 0)
        {
          fail (error, _("The workbook would have two sheets named “%s”."), name);
          return NULL;
        }
    }

  sheet = g_new0 (DeskXlsxSheet, 1);
  sheet->owner = self;
  sheet->name = g_strdup (name);
  sheet->worksheet = workbook_add_worksheet (self->workbook, name);
  if (sheet->worksheet == NULL)
    {
      sheet_free (sheet);
      fail (error, _("The sheet “%s” could not be added to the workbook."), name);
      return NULL;
    }

  g_ptr_array_add (self->sheets, sheet);
  return sheet;
}

const char *
desk_xlsx_sheet_get_name (DeskXlsxSheet *sheet)
{
  return sheet->name;
}

lxw_worksheet *
desk_xlsx_sheet_get_worksheet (DeskXlsxSheet *sheet)
{
  return sheet->worksheet;
}

static gboolean
check_cell (guint32   row,
            guint16   column,
            GError  **error)
{
  if (row >= LXW_ROW_MAX || column >= LXW_COL_MAX)
    return fail (error, _("The report has more rows than a sheet holds (%d)."), LXW_ROW_MAX);
  return TRUE;
}

/* What a column needs for @characters, within reason. */
static void
fit (DeskXlsxSheet *sheet,
     guint16        column,
     double         characters)
{
  if (column < MAX_FITTED_COLUMNS && characters > sheet->widths[column])
    sheet->widths[column] = characters;
}

static inline void
observe (DeskXlsxSheet *sheet,
         guint32        row,
         guint16        column,
         char           kind,
         const char    *text,
         double         number)
{
  if (sheet->owner->observer != NULL)
    sheet->owner->observer (sheet->name, row, column, kind, text, number, sheet->owner->observer_data);
}

gboolean
desk_xlsx_text (DeskXlsxSheet  *sheet,
                guint32         row,
                guint16         column,
                const char     *text,
                DeskXlsxStyle   style,
                GError        **error)
{
  g_autofree char *clean = NULL;
  double bold = (style == DESK_XLSX_HEADER || style == DESK_XLSX_TOTAL_TEXT || style == DESK_XLSX_LABEL) ? 1.1 : 1.0;
  gssize length;

  if (!check_cell (row, column, error))
    return FALSE;
  if (text == NULL || *text == '\0')
    return style == DESK_XLSX_TEXT ||
           check_lxw (worksheet_write_blank (sheet->worksheet, row, column, sheet->owner->formats[style]), error);

  if ((length = clean_length (text)) < 0)
    {
      text = clean = desk_xlsx_cell_text (text);
      length = g_utf8_strlen (text, -1);
    }

  /* Titles and notes run across empty cells; they do not widen a column. */
  if (style != DESK_XLSX_TITLE && style != DESK_XLSX_NOTE && style != DESK_XLSX_WARNING)
    fit (sheet, column, length * bold);
  observe (sheet, row, column, 's', text, 0);

  return check_lxw (worksheet_write_string (sheet->worksheet, row, column, text, sheet->owner->formats[style]), error);
}

/* How many characters @value takes on screen, about; for column widths. */
static double
number_width (double value)
{
  double magnitude = value < 0 ? -value : value;
  guint digits = 1;

  while (magnitude >= 10 && digits < 16)
    {
      magnitude /= 10;
      digits++;
    }
  /* Decimals, separators, a sign or a currency sign. */
  return digits * 1.3 + 4;
}

gboolean
desk_xlsx_number (DeskXlsxSheet  *sheet,
                  guint32         row,
                  guint16         column,
                  double          value,
                  DeskXlsxStyle   style,
                  GError        **error)
{
  if (!check_cell (row, column, error))
    return FALSE;

  fit (sheet, column, number_width (value));
  observe (sheet, row, column, 'n', NULL, value);

  return check_lxw (worksheet_write_number (sheet->worksheet, row, column, value, sheet->owner->formats[style]), error);
}

gboolean
desk_xlsx_date (DeskXlsxSheet  *sheet,
                guint32         row,
                guint16         column,
                const char     *iso_date,
                GError        **error)
{
  double serial;

  if (!check_cell (row, column, error))
    return FALSE;
  if (iso_date == NULL || *iso_date == '\0')
    return TRUE;

  serial = desk_xlsx_date_serial (iso_date);
  if (serial < 0)
    return desk_xlsx_text (sheet, row, column, iso_date, DESK_XLSX_TEXT, error);

  fit (sheet, column, 12);
  observe (sheet, row, column, 'd', iso_date, serial);
  return check_lxw (worksheet_write_number (sheet->worksheet, row, column, serial,
                                            sheet->owner->formats[DESK_XLSX_DATE]), error);
}

gboolean
desk_xlsx_formula (DeskXlsxSheet  *sheet,
                   guint32         row,
                   guint16         column,
                   const char     *formula,
                   double          value,
                   DeskXlsxStyle   style,
                   GError        **error)
{
  if (!check_cell (row, column, error) || !desk_xlsx_check_formula (formula, error))
    return FALSE;

  fit (sheet, column, number_width (value));
  observe (sheet, row, column, 'f', formula, value);

  return check_lxw (worksheet_write_formula_num (sheet->worksheet, row, column, formula,
                                                 sheet->owner->formats[style], value), error);
}

gboolean
desk_xlsx_sum (DeskXlsxSheet  *sheet,
               guint32         row,
               guint16         column,
               guint32         first_row,
               guint32         last_row,
               double          value,
               DeskXlsxStyle   style,
               GError        **error)
{
  g_autofree char *first = desk_xlsx_cell (first_row, column, FALSE);
  g_autofree char *last = desk_xlsx_cell (last_row, column, FALSE);
  g_autofree char *formula = NULL;

  /* An empty table sums to nothing; a range running upwards would not. */
  if (last_row < first_row)
    return desk_xlsx_number (sheet, row, column, 0, style, error);

  formula = g_strdup_printf ("=SUM(%s:%s)", first, last);
  return desk_xlsx_formula (sheet, row, column, formula, value, style, error);
}

static char *
sheet_range (DeskXlsxSheet *sheet,
             guint32        first_row,
             guint32        last_row,
             guint16        column)
{
  g_autofree char *first = desk_xlsx_sheet_reference (sheet, first_row, column);
  g_autofree char *last = desk_xlsx_cell (last_row, column, TRUE);

  return g_strdup_printf ("=%s:%s", first, last);
}

gboolean
desk_xlsx_chart (DeskXlsxSheet  *sheet,
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
                 GError        **error)
{
  g_autofree char *categories = sheet_range (data, first_row, last_row, categories_column);
  g_autofree char *values = sheet_range (data, first_row, last_row, values_column);
  g_autofree char *clean_title = desk_xlsx_cell_text (title);
  g_autofree char *clean_name = desk_xlsx_cell_text (series_name);
  lxw_chart_options options = { .x_scale = 1.4, .y_scale = 1.2 };
  lxw_chart_series *series;
  lxw_chart *chart;

  /* Nothing to plot: no chart. */
  if (last_row < first_row)
    return TRUE;
  if (!check_cell (row, column, error) ||
      !desk_xlsx_check_formula (categories, error) || !desk_xlsx_check_formula (values, error))
    return FALSE;

  /* A title beginning with "=" would be read as a reference. */
  if (clean_title[0] == '=' || clean_name[0] == '=')
    return fail (error, _("A chart title cannot begin with “=”."));

  chart = workbook_add_chart (sheet->owner->workbook, type);
  if (chart == NULL)
    return fail (error, _("The chart “%s” could not be made."), clean_title);
  series = chart_add_series (chart, categories, values);
  if (series == NULL)
    return fail (error, _("The chart “%s” could not be made."), clean_title);
  chart_series_set_name (series, clean_name);
  chart_title_set_name (chart, clean_title);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);

  return check_lxw (worksheet_insert_chart_opt (sheet->worksheet, row, column, chart, &options), error);
}

/* Page headers treat "&" as a code: a literal one is "&&". */
static char *
header_text (const char *text)
{
  g_autofree char *clean = desk_xlsx_cell_text (text);
  g_autoptr(GString) escaped = NULL;

  /* Room for the codes around it and doubled ampersands. */
  if (g_utf8_strlen (clean, -1) > 80)
    *g_utf8_offset_to_pointer (clean, 80) = '\0';
  g_strdelimit (clean, "\n\t", ' ');
  escaped = g_string_new (clean);
  g_string_replace (escaped, "&", "&&", 0);
  return g_string_free (g_steal_pointer (&escaped), FALSE);
}

gboolean
desk_xlsx_table (DeskXlsxSheet  *sheet,
                 guint32         header_row,
                 guint16         n_columns,
                 guint32         last_row,
                 GError        **error)
{
  lxw_worksheet *ws = sheet->worksheet;

  if (!check_cell (MAX (header_row, last_row), n_columns, error) || n_columns == 0)
    return FALSE;

  worksheet_freeze_panes (ws, header_row + 1, 0);
  return check_lxw (worksheet_autofilter (ws, header_row, 0, MAX (header_row, last_row), n_columns - 1), error) &&
         check_lxw (worksheet_repeat_rows (ws, header_row, header_row), error);
}

gboolean
desk_xlsx_finish_sheet (DeskXlsxSheet  *sheet,
                        const char     *title,
                        GError        **error)
{
  lxw_worksheet *ws = sheet->worksheet;
  g_autofree char *escaped = header_text (title);
  g_autofree char *header = g_strdup_printf ("&C&\"-,Bold\"%s", escaped);
  /* TRANSLATORS: the page footer; &P and &N are the page number and count, keep them */
  const char *footer = _("&LPro Bono Desk&RPage &P of &N");

  for (guint16 column = 0; column < MAX_FITTED_COLUMNS; column++)
    if (sheet->widths[column] > 0 &&
        !check_lxw (worksheet_set_column (ws, column, column,
                                          CLAMP (sheet->widths[column] + 2, MIN_WIDTH, MAX_WIDTH), NULL), error))
      return FALSE;

  worksheet_set_landscape (ws);
  worksheet_set_paper (ws, 1);        /* US Letter */
  worksheet_fit_to_pages (ws, 1, 0);  /* one page wide, as long as it takes */
  if (strlen (header) > MAX_HEADER_FOOTER || strlen (footer) > MAX_HEADER_FOOTER)
    return fail (error, _("The page header of the sheet “%s” is too long."), sheet->name);

  return check_lxw (worksheet_set_header (ws, header), error) &&
         check_lxw (worksheet_set_footer (ws, footer), error);
}
