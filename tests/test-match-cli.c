/* SPDX-License-Identifier: GPL-3.0-or-later */
/* probono match run as a user or a script would: its proposals checked by
 * scipy on its own scores CSV, its JSON read by Python, names that cannot
 * break the output, saving (read back with SQL), and mistakes on the
 * command line. */
#define G_LOG_DOMAIN "test-match-cli"

#include "config.h"

#include <sqlite3.h>

#include <string.h>

#include "desk-store-mentorship.h"
#include "desk-test.h"

#define PYTHON "/usr/bin/python3"

typedef struct
{
  DeskTestStore  db;
  char          *csv;
  char          *json;
} Fixture;

/* A mentoring program of 40 mentors and 120 mentees, made by probono demo. */
static void fixture_set_up    (Fixture *f, gconstpointer data);
static void fixture_tear_down (Fixture *f, gconstpointer data);

typedef struct
{
  int     status;
  GBytes *out;
  char   *err;
} Exit;

static void
exit_clear (Exit *exit)
{
  g_clear_pointer (&exit->out, g_bytes_unref);
  g_clear_pointer (&exit->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Exit, exit_clear)

/* Runs @argv (NULL-terminated) to its end, keeping what it printed. */
static void
spawn (Exit              *exit,
       const char * const *argv)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *command = NULL;

  exit_clear (exit);
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &exit->out, &err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  exit->status = g_subprocess_get_exit_status (process);
  /* Empty bytes may have no data at all. */
  exit->err = g_bytes_get_size (err) > 0 ? g_strndup (g_bytes_get_data (err, NULL), g_bytes_get_size (err)) : g_strdup ("");
  command = g_strjoinv (" ", (char **) argv);
  g_test_message ("%s\nexit %d\n%s", command, exit->status, exit->err);
}

/* probono --db DB ARGS… (NULL-terminated) */
static void
probono (Exit       *exit,
         Fixture    *f,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PROBONO_CLI"));
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->db.path);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_nonnull (argv->pdata[0]);
  spawn (exit, (const char * const *) argv->pdata);
}

/* What probono printed, as text. */
static const char *
out_text (Exit *exit)
{
  gsize size;
  const char *data = g_bytes_get_data (exit->out, &size);

  g_assert_true (g_utf8_validate (data, size, NULL));
  return size > 0 ? data : "";
}

static void
save_out (Exit       *exit,
          const char *path)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (exit->out, NULL), g_bytes_get_size (exit->out), &error);
  g_assert_no_error (error);
}

/* tests/match-check.py ARGS…, which must agree. */
static void
match_check (const char *mode,
             const char *a,
             const char *b,
             const char *c)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "match-check.py", NULL);
  const char *argv[] = { PYTHON, script, mode, a, b, c, NULL };
  g_auto(Exit) exit = { 0 };

  spawn (&exit, argv);
  g_test_message ("%s", out_text (&exit));
  g_assert_cmpstr (exit.err, ==, "");
  g_assert_cmpint (exit.status, ==, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Exit) exit = { 0 };

  desk_test_store_open (&f->db, "test-match-cli");
  f->csv = g_build_filename (f->db.dir, "scores.csv", NULL);
  f->json = g_build_filename (f->db.dir, "match.json", NULL);
  probono (&exit, f, "demo", "--mentors", "40", "--mentees", "120", "--seed", "7", NULL);
  g_assert_cmpint (exit.status, ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->csv);
  g_free (f->json);
  desk_test_store_close (&f->db);
}

/* "name": NUMBER in our JSON, which writes ": " after each key. */
static gint64
json_number (Exit       *exit,
             const char *key)
{
  g_autofree char *needle = g_strdup_printf ("\"%s\": ", key);
  const char *at = strstr (out_text (exit), needle);

  g_assert_nonnull (at);
  return g_ascii_strtoll (at + strlen (needle), NULL, 10);
}

/* The matcher's answer is the optimum of its own scores CSV, by scipy, for
 * several programs and settings. */
static void
test_scipy_agrees (Fixture       *f,
                   gconstpointer  data)
{
  const char *runs[][5] = {
    { NULL },
    { "--tier", "all", NULL },
    { "--tier", "senior", NULL },
    { "--floor", "45", "--setting", "slot-penalty=7", NULL },
    { "--setting", "required-training=coaching", "--setting", "weight-location=60", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_auto(Exit) json = { 0 };
      g_auto(Exit) text = { 0 };
      g_autofree char *totals = NULL;
      const char **extra = runs[i];

      probono (&json, f, "match", "--json", "--scores-csv", f->csv, extra[0], extra[1], extra[2], extra[3], NULL);
      g_assert_cmpint (json.status, ==, 0);
      g_assert_cmpstr (json.err, ==, "");
      save_out (&json, f->json);
      match_check ("scipy", f->csv, f->json, NULL);

      /* The plain output says the same. */
      probono (&text, f, "match", extra[0], extra[1], extra[2], extra[3], NULL);
      g_assert_cmpint (text.status, ==, 0);
      totals = g_strdup_printf ("Total score: %" G_GINT64_FORMAT " for ", json_number (&json, "total_score"));
      g_assert_nonnull (strstr (out_text (&text), totals));
      g_clear_pointer (&totals, g_free);
      totals = g_strdup_printf (", %" G_GINT64_FORMAT " after %" G_GINT64_FORMAT " for spreading the load.\n",
                                json_number (&json, "net_score"), json_number (&json, "spreading_penalty"));
      g_assert_nonnull (strstr (out_text (&text), totals));
      g_assert_true (g_str_has_prefix (out_text (&text), "Settings: weight-practice-areas="));
    }
}

/* The first mentee id of the plain output's first proposal line. */
static gint64
first_proposed_mentee (Fixture *f)
{
  g_auto(Exit) exit = { 0 };
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("^[^\t\n]* \\(#([0-9]+)\\)\t", G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *id = NULL;

  probono (&exit, f, "match", NULL);
  g_assert_cmpint (exit.status, ==, 0);
  g_assert_true (g_regex_match (regex, out_text (&exit), 0, &match));
  id = g_match_info_fetch (match, 1);
  return g_ascii_strtoll (id, NULL, 10);
}

static void
test_names_escaped (Fixture       *f,
                    gconstpointer  data)
{
  const char *first = "Ana\t\033[31m\"Q\"\\";
  const char *last = "Ruiz\nX\342\200\250";   /* a newline and U+2028 */
  g_autofree char *full = g_strconcat (first, " ", last, NULL);
  gint64 id = first_proposed_mentee (f);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_auto(Exit) exit = { 0 };
  char *sql;
  gsize size;
  const guint8 *bytes;

  /* The application refuses such names; a file written by another
   * program or an older version may still hold them. */
  sql = sqlite3_mprintf ("UPDATE volunteers SET first_name = %Q, last_name = %Q WHERE id = %lld",
                         first, last, (long long) id);
  desk_test_exec (f->db.store, sql);
  sqlite3_free (sql);

  /* Plain output: no control character but the tabs and newlines it writes itself. */
  probono (&exit, f, "match", NULL);
  g_assert_cmpint (exit.status, ==, 0);
  bytes = g_bytes_get_data (exit.out, &size);
  for (gsize i = 0; i < size; i++)
    g_assert_true ((bytes[i] >= 0x20 && bytes[i] != 0x7f) || bytes[i] == '\t' || bytes[i] == '\n');
  g_assert_nonnull (strstr (out_text (&exit), "Ana\\t\\x1b[31m\"Q\"\\\\ Ruiz\\nX\\u{2028} (#"));

  /* JSON: Python reads the very name back. */
  probono (&exit, f, "match", "--json", NULL);
  g_assert_cmpint (exit.status, ==, 0);
  bytes = g_bytes_get_data (exit.out, &size);
  for (gsize i = 0; i + 1 < size; i++)
    g_assert_cmpuint (bytes[i], >=, 0x20);
  save_out (&exit, f->json);
  match_check ("name", f->json, id_text, full);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return desk_test_query_int (f->db.store, sql);
}

static void
test_save (Fixture       *f,
           gconstpointer  data)
{
  g_auto(Exit) exit = { 0 };
  gint64 before = count (f, "SELECT count(*) FROM pairings");
  gint64 last_id = count (f, "SELECT max(id) FROM pairings");
  gint64 proposed, saved;
  g_autofree char *new_rows = g_strdup_printf ("SELECT count(*) FROM pairings WHERE id > %" G_GINT64_FORMAT
                                               " AND status = 'proposed' AND archived = 0 AND proposed_on = '2026-06-15'"
                                               " AND score > 0 AND explanation <> ''", last_id);

  /* Without --save nothing is written. */
  probono (&exit, f, "match", NULL);
  g_assert_cmpint (exit.status, ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM pairings"), ==, before);
  g_assert_null (strstr (out_text (&exit), "Saved"));

  probono (&exit, f, "match", "--save", "--json", NULL);
  g_assert_cmpint (exit.status, ==, 0);
  saved = json_number (&exit, "saved");
  save_out (&exit, f->json);
  proposed = 0;
  for (const char *at = out_text (&exit); (at = strstr (at, "\"explanation\": ")) != NULL; at++)
    proposed++;
  g_assert_cmpint (saved, >, 50);
  g_assert_cmpint (saved, ==, proposed);
  g_assert_cmpint (count (f, new_rows), ==, saved);
  g_assert_cmpint (count (f, "SELECT count(*) FROM pairings"), ==, before + saved);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'propose'"), ==, 1);

  /* A second run replaces the first's proposals: archived, not deleted. */
  probono (&exit, f, "match", "--save", NULL);
  g_assert_cmpint (exit.status, ==, 0);
  g_assert_nonnull (strstr (out_text (&exit), "\nSaved "));
  g_assert_cmpint (count (f, new_rows), ==, saved);
  g_assert_cmpint (count (f, "SELECT count(*) FROM pairings"), ==, before + 2 * saved);
}

static void
assert_one_error_line (Exit *exit,
                       int   status)
{
  g_assert_cmpint (exit->status, ==, status);
  g_assert_true (g_str_has_prefix (exit->err, "probono: "));
  g_assert_true (strchr (exit->err, '\n') == exit->err + strlen (exit->err) - 1);
  g_assert_cmpuint (g_bytes_get_size (exit->out), ==, 0);
}

static void
test_mistakes (Fixture       *f,
               gconstpointer  data)
{
  const char *usage[][4] = {
    { "--tier", "junior" },
    { "--floor", "abc" },
    { "--floor", "101" },
    { "--floor", "-3" },
    { "--setting", "speed=3" },
    { "--setting", "floor" },
    { "--setting", "tiered=maybe" },
    { "--setting", "required-training=juggling" },
    { "--no-such-option" },
    { "--save", "extra" },
  };
  g_autofree char *missing = g_build_filename (f->db.dir, "no-such-folder", "scores.csv", NULL);
  g_auto(Exit) exit = { 0 };
  gint64 pairings = count (f, "SELECT count(*) FROM pairings");

  for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      probono (&exit, f, "match", usage[i][0], usage[i][1], NULL);
      assert_one_error_line (&exit, 2);
    }
  probono (&exit, f, "match", "--tier", "junior", NULL);
  g_assert_nonnull (strstr (exit.err, "“junior”"));
  probono (&exit, f, "match", "--setting", "speed=3", NULL);
  g_assert_nonnull (strstr (exit.err, "slot-penalty"));

  /* A file that cannot be written: the work failed, nothing saved. */
  probono (&exit, f, "match", "--save", "--scores-csv", missing, NULL);
  assert_one_error_line (&exit, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM pairings"), ==, pairings);

  /* No database there: not created. */
  g_free (f->db.path);
  f->db.path = g_build_filename (f->db.dir, "absent.db", NULL);
  probono (&exit, f, "match", NULL);
  assert_one_error_line (&exit, 1);
  g_assert_false (g_file_test (f->db.path, G_FILE_TEST_EXISTS));
}

/* Circles: each led by a mentor, members sharing an area with them, no
 * circle over the size asked, nobody in two circles; nothing saved. */
static void
test_circles (Fixture       *f,
              gconstpointer  data)
{
  g_auto(Exit) exit = { 0 };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = NULL;
  guint members = 0, circles = 0, in_circle = 0;
  gint64 pairings = count (f, "SELECT count(*) FROM pairings");

  probono (&exit, f, "match", "--circles", "--setting", "circle-size=3", NULL);
  g_assert_cmpint (exit.status, ==, 0);
  lines = g_strsplit (out_text (&exit), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Circle of "))
        {
          g_assert_nonnull (strstr (lines[i], " · "));
          circles++;
          members = 0;
          in_circle = 1;
        }
      else if (g_str_has_prefix (lines[i], "In no circle"))
        in_circle = 0;
      else if (lines[i][0] == '\t' && in_circle)
        {
          members++;
          g_assert_cmpuint (members, <=, 3);
          /* Nobody is in two circles. */
          g_assert_true (g_hash_table_add (seen, g_strdup (lines[i])));
        }
    }
  g_assert_cmpuint (circles, >, 0);
  g_assert_cmpuint (g_hash_table_size (seen), >, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM pairings"), ==, pairings);

  probono (&exit, f, "match", "--circles", "--json", NULL);
  g_assert_cmpint (exit.status, ==, 0);
  g_assert_nonnull (strstr (out_text (&exit), "\"circles\": ["));
  g_assert_nonnull (strstr (out_text (&exit), "\"facilitator_id\": "));

  probono (&exit, f, "match", "--circles", "--save", NULL);
  g_assert_cmpint (exit.status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/match-cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("scipy-agrees", test_scipy_agrees);
  ADD ("names-escaped", test_names_escaped);
  ADD ("save", test_save);
  ADD ("mistakes", test_mistakes);
  ADD ("circles", test_circles);
#undef ADD

  return g_test_run ();
}
