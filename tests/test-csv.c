/* SPDX-License-Identifier: GPL-3.0-or-later */
/* desk_csv_parse: RFC 4180 rows, and the bundled reference tables;
 * desk_csv_read: hostile files (encodings, line ends, bounds, delimiters,
 * size and time). */
#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include <string.h>

#include "desk-csv.h"
#include "desk-error.h"

/* Parses @text (NUL-terminated) and checks it gives exactly @expected:
 * rows separated by NULL, the list ended by two NULLs. */
static void
assert_parses_to (const char        *text,
                  const char * const *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint row = 0;
  guint i = 0;

  rows = desk_csv_parse (text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_nonnull (rows);

  while (expected[i] != NULL)
    {
      char **fields;
      guint col = 0;

      g_assert_cmpuint (row, <, rows->len);
      fields = g_ptr_array_index (rows, row);
      g_assert_nonnull (fields);

      for (; expected[i] != NULL; i++, col++)
        {
          g_assert_nonnull (fields[col]);
          g_assert_cmpstr (fields[col], ==, expected[i]);
        }
      g_assert_null (fields[col]);
      g_assert_cmpuint (g_strv_length (fields), ==, col);

      i++;   /* the NULL that ends the row */
      row++;
    }

  g_assert_cmpuint (rows->len, ==, row);
}

static void
test_plain_rows (void)
{
  const char *expected[] = {
    "code", "name", "description", NULL,
    "A", "Counsel and Advice", "Advice only", NULL,
    "B", "Limited Action", "A letter", NULL,
    NULL,
  };

  assert_parses_to ("code,name,description\nA,Counsel and Advice,Advice only\nB,Limited Action,A letter\n",
                    expected);
}

static void
test_single_field (void)
{
  const char *expected[] = { "one", NULL, "two", NULL, NULL };

  assert_parses_to ("one\ntwo\n", expected);
}

static void
test_quoted_commas (void)
{
  const char *expected[] = {
    "Lopez, Ana", "12 Main St, Apt 4", "plain", NULL,
    NULL,
  };

  assert_parses_to ("\"Lopez, Ana\",\"12 Main St, Apt 4\",plain\n", expected);
}

static void
test_doubled_quotes (void)
{
  const char *expected[] = {
    "She said \"no\"", "\"", "x\"\"y", NULL,
    NULL,
  };

  /* "" inside quotes is one quote; """""" is two quotes → x""y */
  assert_parses_to ("\"She said \"\"no\"\"\",\"\"\"\",\"x\"\"\"\"y\"\n", expected);
}

static void
test_embedded_newlines (void)
{
  const char *expected[] = {
    "1", "line one\nline two\n\nline four", "end", NULL,
    "2", "b", "c", NULL,
    NULL,
  };

  assert_parses_to ("1,\"line one\nline two\n\nline four\",end\n2,b,c\n", expected);
}

static void
test_crlf (void)
{
  const char *expected[] = {
    "a", "b", NULL,
    "c", "d", NULL,
    "e", "", NULL,
    NULL,
  };

  assert_parses_to ("a,b\r\nc,d\r\ne,\r\n", expected);
}

static void
test_crlf_inside_quotes_kept (void)
{
  const char *expected[] = { "x\r\ny", "z", NULL, NULL };

  assert_parses_to ("\"x\r\ny\",z\r\n", expected);
}

static void
test_trailing_newline_or_none (void)
{
  const char *expected[] = {
    "a", "b", NULL,
    "c", "d", NULL,
    NULL,
  };

  assert_parses_to ("a,b\nc,d\n", expected);
  assert_parses_to ("a,b\nc,d", expected);
  assert_parses_to ("a,b\r\nc,d", expected);
}

static void
test_empty_fields (void)
{
  const char *three_empty[] = { "", "", "", NULL, NULL };
  const char *mixed[] = {
    "a", "", "c", NULL,
    "", "b", "", NULL,
    "a", "b", "", NULL,
    NULL,
  };
  const char *quoted_empty[] = { "", NULL, "", "x", NULL, NULL };

  assert_parses_to (",,", three_empty);
  assert_parses_to (",,\n", three_empty);
  assert_parses_to ("a,,c\n,b,\na,b,\n", mixed);
  /* A quoted empty field is a row of its own, not a blank line. */
  assert_parses_to ("\"\"\n\"\",x\n", quoted_empty);
}

static void
test_blank_lines_skipped (void)
{
  const char *expected[] = {
    "a", "b", NULL,
    "c", "d", NULL,
    NULL,
  };

  assert_parses_to ("\na,b\n\n\r\nc,d\n\n", expected);
}

static void
test_empty_input (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  rows = desk_csv_parse ("", 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 0);

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = desk_csv_parse (NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 0);
}

static void
test_length_is_honoured (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const char text[] = "a,b\nc,d\nNOT,PARSED";
  char **fields;

  /* Only the first 7 bytes: "a,b\nc,d". */
  rows = desk_csv_parse (text, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  fields = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (fields[0], ==, "c");
  g_assert_cmpstr (fields[1], ==, "d");
  g_assert_null (fields[2]);
}

static void
test_utf8 (void)
{
  const char *expected[] = { "José Núñez", "Đặng", "“quoted”", NULL, NULL };

  assert_parses_to ("José Núñez,\"Đặng\",“quoted”\n", expected);
}

static void
test_unterminated_quote (void)
{
  const char *texts[] = {
    "\"open",
    "a,\"open\n",
    "a,b\n\"never closed,x\ny,z\n",
    "a,\"closed \"\"\" then \"open",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;

      rows = desk_csv_parse (texts[i], strlen (texts[i]), &error);
      g_assert_null (rows);
      g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "never closed"));
    }

  /* NULL error is allowed. */
  g_assert_null (desk_csv_parse (texts[0], strlen (texts[0]), NULL));
}

static void
test_unterminated_quote_names_its_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const char *text = "a,b\n\"starts here\nand runs\non\n";

  rows = desk_csv_parse (text, strlen (text), &error);
  g_assert_null (rows);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  /* The quote opens on line 2; the text ends on line 5. */
  g_assert_nonnull (strstr (error->message, "line 2"));
}

static void
check_bundled_table (const char *name,
                     guint       expected_columns,
                     guint       expected_rows)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  rows = desk_csv_parse (contents, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, >, 1);

  for (guint i = 0; i < rows->len; i++)
    {
      char **fields = g_ptr_array_index (rows, i);

      if (g_strv_length (fields) != expected_columns)
        g_error ("%s line %u has %u fields, expected %u", name, i + 1, g_strv_length (fields), expected_columns);
      for (guint col = 0; col < expected_columns; col++)
        if (i > 0 && col < 2 && fields[col][0] == '\0')
          g_error ("%s line %u has an empty key field %u", name, i + 1, col + 1);
    }

  if (expected_rows > 0)
    g_assert_cmpuint (rows->len - 1, ==, expected_rows);
}

static void
test_bundled_problem_codes (void)
{
  check_bundled_table ("lsc-problem-codes.csv", 3, 0);
}

static void
test_bundled_closing_codes (void)
{
  check_bundled_table ("lsc-closing-codes.csv", 3, 10);
}

static void
test_bundled_poverty_guidelines (void)
{
  check_bundled_table ("poverty-guidelines.csv", 4, 6);
}

/* Every *.csv in data/, including ones added later, parses with the same
 * number of fields on every row as in its header. */
static void
test_bundled_all_consistent (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "..", "data", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      gsize length;
      guint columns;

      if (!g_str_has_suffix (name, ".csv"))
        continue;

      path = g_build_filename (dir_path, name, NULL);
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);

      rows = desk_csv_parse (contents, length, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, >, 1);

      columns = g_strv_length (g_ptr_array_index (rows, 0));
      g_assert_cmpuint (columns, >=, 2);
      for (guint i = 1; i < rows->len; i++)
        if (g_strv_length (g_ptr_array_index (rows, i)) != columns)
          g_error ("%s line %u has %u fields, its header %u", name, i + 1,
                   g_strv_length (g_ptr_array_index (rows, i)), columns);
      n_files++;
    }

  g_assert_cmpuint (n_files, >=, 3);
}


/* ---- desk_csv_read ------------------------------------------------------- */

static DeskCsvTable *
read_ok (const char           *text,
         gsize                 length,
         const DeskCsvOptions *options)
{
  g_autoptr(GError) error = NULL;
  DeskCsvTable *table = desk_csv_read (text, length, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

/* Reads @text and returns the error's message (which must be INVALID). */
static char *
read_error (const char           *text,
            gsize                 length,
            const DeskCsvOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskCsvTable) table = desk_csv_read (text, length, options, &error);

  g_assert_null (table);
  g_assert_error (error, DESK_ERROR, DESK_ERROR_INVALID);
  g_test_message ("%s", error->message);
  return g_strdup (error->message);
}

static void
assert_row (DeskCsvTable *table,
            guint         row,
            guint         line,
            ...)
{
  va_list args;
  guint column = 0;
  const char *expected;

  g_assert_cmpuint (desk_csv_table_get_line (table, row), ==, line);
  va_start (args, line);
  while ((expected = va_arg (args, const char *)) != NULL)
    {
      g_assert_cmpstr (desk_csv_table_get_field (table, row, column), ==, expected);
      column++;
    }
  va_end (args);
  g_assert_cmpuint (desk_csv_table_get_n_fields (table, row), ==, column);
  g_assert_null (desk_csv_table_get_field (table, row, column));
}

static void
test_read_bom (void)
{
  const char text[] = "\xEF\xBB\xBFname,town\nJos\xC3\xA9,Ca\xC3\xB1on\n";
  g_autoptr(DeskCsvTable) table = read_ok (text, strlen (text), NULL);

  g_assert_cmpuint (desk_csv_table_get_n_rows (table), ==, 2);
  assert_row (table, 0, 1, "name", "town", NULL);
  assert_row (table, 1, 2, "José", "Cañon", NULL);
}

static void
test_read_windows_1252 (void)
{
  /* "José","Núñez","€5 – café" in Windows-1252, on line 3. */
  const char text[] = "first,last,note\nAna,Lopez,x\nJos\xE9,N\xFA\xF1" "ez,\x80" "5 \x96 caf\xE9\n";
  DeskCsvOptions options = { .encoding = DESK_CSV_ENCODING_WINDOWS_1252 };
  g_autofree char *message = read_error (text, strlen (text), NULL);
  g_autoptr(DeskCsvTable) table = NULL;

  /* Refused as UTF-8, with its line and the encoding it looks like. */
  g_assert_nonnull (strstr (message, "Line 3 "));
  g_assert_nonnull (strstr (message, "Windows-1252"));
  g_assert_true (desk_csv_looks_like_windows_1252 (text, strlen (text)));

  table = read_ok (text, strlen (text), &options);
  assert_row (table, 2, 3, "José", "Núñez", "€5 – café", NULL);

  /* UTF-8 is not taken for Windows-1252. */
  g_assert_false (desk_csv_looks_like_windows_1252 ("Jos\xC3\xA9", 5));
}

static void
test_read_other_encodings (void)
{
  g_autofree char *undefined = NULL;
  g_autofree char *neither = NULL;
  g_autofree char *nul = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *xls = NULL;
  DeskCsvOptions cp1252 = { .encoding = DESK_CSV_ENCODING_WINDOWS_1252 };

  /* 0x81 is not in Windows-1252. */
  undefined = read_error ("a\nb\nc\x81\n", strlen ("a\nb\nc\x81\n"), &cp1252);
  g_assert_nonnull (strstr (undefined, "Line 3 "));
  g_assert_nonnull (strstr (undefined, "0x81"));
  g_assert_false (desk_csv_looks_like_windows_1252 ("c\x81", 2));

  neither = read_error ("a\r\nb\x81\r\n", strlen ("a\r\nb\x81\r\n"), NULL);
  g_assert_nonnull (strstr (neither, "Line 2 is not UTF-8"));
  g_assert_null (strstr (neither, "Windows-1252"));

  nul = read_error ("a,b\nc,\0d\n", 9, NULL);
  g_assert_nonnull (strstr (nul, "Line 2 holds a NUL byte"));
  g_free (nul);
  nul = read_error ("a,b\nc,\0d\n", 9, &cp1252);
  g_assert_nonnull (strstr (nul, "Line 2 holds a NUL byte"));

  utf16 = read_error ("\xFF\xFEn\0a\0", 6, NULL);
  g_assert_nonnull (strstr (utf16, "UTF-16"));
  xlsx = read_error ("PK\003\004\024\0\0\0", 8, NULL);
  g_assert_nonnull (strstr (xlsx, "workbook"));
  xls = read_error ("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10, NULL);
  g_assert_nonnull (strstr (xls, ".xls"));
}

static void
test_read_line_ends (void)
{
  /* LF, CRLF and a lone CR (old Mac Excel) in one file; the CR inside
   * quotes stays, and counts as a line. */
  const char text[] = "a,b\nc,d\r\ne,f\rg,\"h\ri\"\r\n\r\nj,k";
  g_autoptr(DeskCsvTable) table = read_ok (text, strlen (text), NULL);

  g_assert_cmpuint (desk_csv_table_get_n_rows (table), ==, 5);
  assert_row (table, 0, 1, "a", "b", NULL);
  assert_row (table, 1, 2, "c", "d", NULL);
  assert_row (table, 2, 3, "e", "f", NULL);
  assert_row (table, 3, 4, "g", "h\ri", NULL);
  assert_row (table, 4, 7, "j", "k", NULL);
}

static void
test_read_quotes (void)
{
  /* Embedded quotes, delimiters and line breaks; a quote inside an
   * unquoted field is a quote; text after a closing quote is kept. */
  const char text[] = "id,text\n1,\"She said \"\"no\"\",\nthen left\"\n2,ab\"c\n3,\"ab\"cd\n4,\"\"\n";
  g_autoptr(DeskCsvTable) table = read_ok (text, strlen (text), NULL);

  g_assert_cmpuint (desk_csv_table_get_n_rows (table), ==, 5);
  assert_row (table, 1, 2, "1", "She said \"no\",\nthen left", NULL);
  assert_row (table, 2, 4, "2", "ab\"c", NULL);
  assert_row (table, 3, 5, "3", "abcd", NULL);
  assert_row (table, 4, 6, "4", "", NULL);
}

static void
test_read_ragged (void)
{
  const char text[] = "a,b,c\n1,2,3\n4,5\n6,7,8,9\n\n10,11,12\n";
  g_autoptr(DeskCsvTable) table = read_ok (text, strlen (text), NULL);

  /* The reader keeps each record as it is, with its line; the import
   * reports those that do not fit the header. */
  g_assert_cmpuint (desk_csv_table_get_n_rows (table), ==, 5);
  assert_row (table, 2, 3, "4", "5", NULL);
  assert_row (table, 3, 4, "6", "7", "8", "9", NULL);
  assert_row (table, 4, 6, "10", "11", "12", NULL);
}

static void
test_read_bounds (void)
{
  DeskCsvOptions small = { .max_field_bytes = 10, .max_row_bytes = 25, .max_columns = 4 };
  g_autoptr(DeskCsvTable) table = NULL;
  g_autofree char *field = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *row = NULL;
  g_autofree char *columns = NULL;
  g_autofree char *open_quote = NULL;
  g_autoptr(GString) big = g_string_new ("a\n\"");

  /* At the bounds: read. */
  table = read_ok ("0123456789,x,y,z\n", strlen ("0123456789,x,y,z\n"), &small);
  assert_row (table, 0, 1, "0123456789", "x", "y", "z", NULL);

  field = read_error ("a\nb\n01234567890\n", strlen ("a\nb\n01234567890\n"), &small);
  g_assert_nonnull (strstr (field, "line 3 is longer than 10 bytes"));
  quoted = read_error ("a\n\"01234\n567890\"\n", strlen ("a\n\"01234\n567890\"\n"), &small);
  g_assert_nonnull (strstr (quoted, "starts on line 2"));
  g_assert_nonnull (strstr (quoted, "closing quote"));
  row = read_error ("a\n0123456789,0123456789,0123456\n", strlen ("a\n0123456789,0123456789,0123456\n"), &small);
  g_assert_nonnull (strstr (row, "record that starts on line 2"));
  columns = read_error ("a\n1,2,3,4,5\n", strlen ("a\n1,2,3,4,5\n"), &small);
  g_assert_nonnull (strstr (columns, "line 2 has more than 4 fields"));

  /* The default bound stops a quote that is never closed long before the
   * end of a large file. */
  for (guint i = 0; i < 300000; i++)
    g_string_append (big, "0123456789\n");
  open_quote = read_error (big->str, big->len, NULL);
  g_assert_nonnull (strstr (open_quote, "starts on line 2 is longer than 1.0"));
}

static char
delimiter_of (const char *text)
{
  g_autoptr(DeskCsvTable) table = read_ok (text, strlen (text), NULL);

  return desk_csv_table_get_delimiter (table);
}

static void
test_read_delimiters (void)
{
  DeskCsvOptions tab = { .delimiter = '\t' };
  g_autoptr(DeskCsvTable) table = NULL;

  g_assert_cmpint (delimiter_of ("a,b,c\n1,2,3\n"), ==, ',');
  /* European Excel: semicolons, decimal commas and commas in text. */
  g_assert_cmpint (delimiter_of ("Name;Income;Notes\nGarcia, Maria;23400,50;a, b\nLi;1,5;\n"), ==, ';');
  g_assert_cmpint (delimiter_of ("Name\tTown\nAna\tYork, PA\n"), ==, '\t');
  /* A semicolon inside the text of a comma file does not fool it. */
  g_assert_cmpint (delimiter_of ("name,title\nAna,a;b;c\nBo,d\n"), ==, ',');
  /* Quoted delimiters do not count. */
  g_assert_cmpint (delimiter_of ("\"a;b\",c\n\"d;e\",f\n"), ==, ',');
  /* One column: a comma. */
  g_assert_cmpint (delimiter_of ("name\nAna\n"), ==, ',');

  /* Given, it is used as it is. */
  table = read_ok ("a,b\tc\n", strlen ("a,b\tc\n"), &tab);
  g_assert_cmpint (desk_csv_table_get_delimiter (table), ==, '\t');
  assert_row (table, 0, 1, "a,b", "c", NULL);
}

static double
seconds_to_read (const char           *text,
                 gsize                 length,
                 const DeskCsvOptions *options,
                 guint                *n_rows)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(DeskCsvTable) table = read_ok (text, length, options);
  double seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  *n_rows = desk_csv_table_get_n_rows (table);
  return seconds;
}

/* 50 MB of a clinic's spreadsheet (quoted addresses with line breaks and
 * quotes) is read in time linear in its size: a quadratic reader would
 * take hours, this bound is seconds even under the sanitizers. */
static void
test_read_large_linear (void)
{
  g_autoptr(GString) text = g_string_new ("first,last,dob,address,notes,income\n");
  guint rows = 0;
  guint n_rows;
  double seconds;

  while (text->len < 50 * 1000 * 1000)
    {
      g_string_append_printf (text, "Ana María,García-Núñez,1980-01-%02u,\"%u Main St\nApt 4\",\"said \"\"hi\"\"\",%u\r\n",
                              rows % 28 + 1, rows, rows * 7);
      rows++;
    }

  seconds = seconds_to_read (text->str, text->len, NULL, &n_rows);
  g_test_message ("%" G_GSIZE_FORMAT " bytes, %u rows read in %.2f s", text->len, n_rows, seconds);
  g_assert_cmpuint (n_rows, ==, rows + 1);
  g_assert_cmpfloat (seconds, <, 60.0);
}

/* A field at the bound, made of nothing but doubled quotes and line
 * breaks, and rows of a thousand columns: linear too. */
static void
test_read_long_fields_many_columns (void)
{
  g_autoptr(GString) field = g_string_new ("a\n\"");
  g_autoptr(GString) wide = g_string_new (NULL);
  guint n_rows;
  double seconds;

  while (field->len < DESK_CSV_MAX_FIELD_BYTES - 8)
    g_string_append (field, "\"\"\n");
  g_string_append (field, "\"\n");
  seconds = seconds_to_read (field->str, field->len, NULL, &n_rows);
  g_test_message ("one quoted field of %" G_GSIZE_FORMAT " bytes in %.3f s", field->len, seconds);
  g_assert_cmpuint (n_rows, ==, 2);
  g_assert_cmpfloat (seconds, <, 10.0);

  for (guint r = 0; r < 2000; r++)
    {
      for (guint c = 0; c < DESK_CSV_MAX_COLUMNS; c++)
        g_string_append (wide, c == 0 ? "x" : ",\"y\"");
      g_string_append_c (wide, '\n');
    }
  seconds = seconds_to_read (wide->str, wide->len, NULL, &n_rows);
  g_test_message ("2000 rows of %u columns in %.3f s", DESK_CSV_MAX_COLUMNS, seconds);
  g_assert_cmpuint (n_rows, ==, 2000);
  g_assert_cmpfloat (seconds, <, 10.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/plain-rows", test_plain_rows);
  g_test_add_func ("/csv/single-field", test_single_field);
  g_test_add_func ("/csv/quoted-commas", test_quoted_commas);
  g_test_add_func ("/csv/doubled-quotes", test_doubled_quotes);
  g_test_add_func ("/csv/embedded-newlines", test_embedded_newlines);
  g_test_add_func ("/csv/crlf", test_crlf);
  g_test_add_func ("/csv/crlf-inside-quotes", test_crlf_inside_quotes_kept);
  g_test_add_func ("/csv/trailing-newline", test_trailing_newline_or_none);
  g_test_add_func ("/csv/empty-fields", test_empty_fields);
  g_test_add_func ("/csv/blank-lines", test_blank_lines_skipped);
  g_test_add_func ("/csv/empty-input", test_empty_input);
  g_test_add_func ("/csv/length", test_length_is_honoured);
  g_test_add_func ("/csv/utf8", test_utf8);
  g_test_add_func ("/csv/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/csv/unterminated-quote-line", test_unterminated_quote_names_its_line);
  g_test_add_func ("/csv/bundled/problem-codes", test_bundled_problem_codes);
  g_test_add_func ("/csv/bundled/closing-codes", test_bundled_closing_codes);
  g_test_add_func ("/csv/bundled/poverty-guidelines", test_bundled_poverty_guidelines);
  g_test_add_func ("/csv/bundled/all", test_bundled_all_consistent);
  g_test_add_func ("/csv/read/bom", test_read_bom);
  g_test_add_func ("/csv/read/windows-1252", test_read_windows_1252);
  g_test_add_func ("/csv/read/other-encodings", test_read_other_encodings);
  g_test_add_func ("/csv/read/line-ends", test_read_line_ends);
  g_test_add_func ("/csv/read/quotes", test_read_quotes);
  g_test_add_func ("/csv/read/ragged", test_read_ragged);
  g_test_add_func ("/csv/read/bounds", test_read_bounds);
  g_test_add_func ("/csv/read/delimiters", test_read_delimiters);
  g_test_add_func ("/csv/read/large-linear", test_read_large_linear);
  g_test_add_func ("/csv/read/long-fields-many-columns", test_read_long_fields_many_columns);

  return g_test_run ();
}
