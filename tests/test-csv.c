/* SPDX-License-Identifier: GPL-3.0-or-later */
/* desk_csv_parse: RFC 4180 rows, and the bundled reference tables. */
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

  return g_test_run ();
}
