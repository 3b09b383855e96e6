/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The conflict-check benchmark: does desk_store_find_conflicts() find a real
 * client from the name written with a typo, two typos, without accents, in
 * another order, with initials or without a middle name; does it stay
 * silent for invented names; how long does a check take.  Beside it, the
 * sqlite3 shell runs the same index look-ups on the same file, and Python's
 * difflib judges the same pairs of names and scans every name for a few.
 *
 *   bench-conflicts DB [--sample N] [--seed S] [--sqlite3 PATH] [--peer SCRIPT]
 *
 * DB is made with `probono --db DB demo --cases N`; see bench/README.md and
 * bench/run-conflicts-bench.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "desk-name-match.h"
#include "desk-store.h"

/* Queries of each class the sqlite3 shell repeats. */
#define PEER_QUERIES 30

typedef enum
{
  EDIT_SUBSTITUTE,
  EDIT_INSERT,
  EDIT_DELETE,
  EDIT_TRANSPOSE,
  N_EDITS,
  EDIT_ANY = N_EDITS
} Edit;

/* A sampled client: the name as the store indexes it, and its parts. */
typedef struct
{
  const char *first;
  const char *last;
  const char *name;
} Person;

typedef struct Class Class;
typedef char *(*Transform) (const Class *klass, GRand *rand, const Person *person);

struct Class
{
  const char *label;
  Transform   transform;
  const char *format;       /* for formatted(): first and last name as %1$s and %2$s */
  Edit        edit;         /* for typos */
  guint       words;        /* words with a typo */
  guint       min_length;   /* of the words with a typo */
  guint       max_length;
  double      goal;         /* recall to reach, %; 0 for information only */

  guint       n;
  guint       found;
  GArray     *ms;           /* time of each check */
  GPtrArray  *misses;       /* "query → name", a few */
  GArray     *peer_ours_ms; /* our time for the queries the shell repeats */
  guint       difflib_n;
  guint       difflib_found;
};

/* ---- typos --------------------------------------------------------------- */

/* A word of a name, as a range of its code points. */
typedef struct
{
  guint start;
  guint end;
} Span;

static char *
normalized_range (GArray *chars,
                  guint   start,
                  guint   end)
{
  g_autofree char *text = g_ucs4_to_utf8 (&g_array_index (chars, gunichar, start), end - start, NULL, NULL, NULL);

  return desk_name_normalize_token (text);
}

/* The words of @chars: runs of letters and digits. */
static GArray *
word_spans (GArray *chars)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));
  Span span = { 0, 0 };
  gboolean in_word = FALSE;

  for (guint i = 0; i <= chars->len; i++)
    {
      gboolean letter = i < chars->len && g_unichar_isalnum (g_array_index (chars, gunichar, i));

      if (letter && !in_word)
        span.start = i;
      else if (!letter && in_word)
        {
          span.end = i;
          g_array_append_val (spans, span);
        }
      in_word = letter;
    }

  return spans;
}

/* One @edit inside @span of @chars; the span's new end in @end. */
static void
apply_edit (GArray *chars,
            Span    span,
            Edit    edit,
            GRand  *rand,
            guint  *end)
{
  guint len = span.end - span.start;
  gunichar letter = 'a' + g_rand_int_range (rand, 0, 26);
  guint at = span.start + g_rand_int_range (rand, 0, len);

  *end = span.end;
  switch (edit)
    {
    case EDIT_SUBSTITUTE:
      g_array_index (chars, gunichar, at) = letter;
      break;
    case EDIT_INSERT:
      at = span.start + g_rand_int_range (rand, 0, len + 1);
      g_array_insert_val (chars, at, letter);
      (*end)++;
      break;
    case EDIT_DELETE:
      g_array_remove_index (chars, at);
      (*end)--;
      break;
    case EDIT_TRANSPOSE:
    default:
      {
        gunichar swap;

        at = span.start + g_rand_int_range (rand, 0, len - 1);
        swap = g_array_index (chars, gunichar, at);
        g_array_index (chars, gunichar, at) = g_array_index (chars, gunichar, at + 1);
        g_array_index (chars, gunichar, at + 1) = swap;
      }
      break;
    }
}

/* The name with exactly one edit (after normalisation) in each of
 * klass->words of its words of the right length; NULL when it has too
 * few such words. */
static char *
with_typos (const Class  *klass,
            GRand        *rand,
            const Person *person)
{
  g_autoptr(GArray) chars = g_array_new (FALSE, FALSE, sizeof (gunichar));
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) eligible = g_array_new (FALSE, FALSE, sizeof (Span));
  glong len;
  g_autofree gunichar *ucs4 = g_utf8_to_ucs4_fast (person->name, -1, &len);

  g_array_append_vals (chars, ucs4, len);
  spans = word_spans (chars);
  for (guint i = 0; i < spans->len; i++)
    {
      Span span = g_array_index (spans, Span, i);
      g_autofree char *word = normalized_range (chars, span.start, span.end);
      guint n = g_utf8_strlen (word, -1);

      if (n >= klass->min_length && n <= klass->max_length)
        g_array_append_val (eligible, span);
    }
  if (eligible->len < klass->words)
    return NULL;

  /* The chosen words, last first, so that an edit does not move the
   * words still to edit. */
  while (eligible->len > klass->words)
    g_array_remove_index (eligible, g_rand_int_range (rand, 0, eligible->len));

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autoptr(GArray) edited = g_array_copy (chars);
      gboolean exact = TRUE;

      for (guint w = eligible->len; w-- > 0 && exact;)
        {
          Span span = g_array_index (eligible, Span, w);
          Edit edit = klass->edit == EDIT_ANY ? (Edit) g_rand_int_range (rand, 0, N_EDITS) : klass->edit;
          g_autofree char *before = normalized_range (edited, span.start, span.end);
          g_autofree char *after = NULL;
          guint end;

          if (edit == EDIT_TRANSPOSE && span.end - span.start < 2)
            {
              exact = FALSE;
              break;
            }
          apply_edit (edited, span, edit, rand, &end);
          after = normalized_range (edited, span.start, end);
          /* "Ana" → "Aná" or swapping "nn" is no edit at all. */
          exact = desk_edit_distance (before, after) == 1 && *after != '\0';
        }

      if (exact)
        return g_ucs4_to_utf8 (&g_array_index (edited, gunichar, 0), edited->len, NULL, NULL, NULL);
    }

  return NULL;
}

/* ---- the name written another way ----------------------------------------- */

/* The name as klass->format puts its parts: "%2$s, %1$s" for "Last, First". */
static char *
formatted (const Class  *klass,
           GRand        *rand,
           const Person *person)
{
  return g_strdup_printf (klass->format, person->first, person->last);
}

/* Without its accents; a name that has none gets one, as some people type
 * "María" for "Maria". */
static char *
other_accents (const Class  *klass,
               GRand        *rand,
               const Person *person)
{
  g_autofree char *decomposed = g_utf8_normalize (person->name, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);
  gboolean stripped = FALSE;
  gboolean added = FALSE;

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        stripped = TRUE;
      else
        g_string_append_unichar (out, c);
    }

  if (!stripped)
    {
      g_string_truncate (out, 0);
      for (const char *p = person->name; *p != '\0'; p++)
        {
          g_string_append_c (out, *p);
          if (!added && strchr ("aeiou", *p) != NULL)
            {
              g_string_append_unichar (out, 0x0301);   /* combining acute */
              added = TRUE;
            }
        }
    }

  {
    g_autofree char *text = g_string_free (out, FALSE);
    return g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  }
}

static char *
other_case (const Class  *klass,
            GRand        *rand,
            const Person *person)
{
  return g_rand_boolean (rand) ? g_utf8_strup (person->name, -1) : g_utf8_strdown (person->name, -1);
}

static char *
reversed (const Class  *klass,
          GRand        *rand,
          const Person *person)
{
  g_auto(GStrv) words = g_strsplit (person->name, " ", -1);
  guint n = g_strv_length (words);

  for (guint i = 0; i < n / 2; i++)
    {
      char *swap = words[i];
      words[i] = words[n - 1 - i];
      words[n - 1 - i] = swap;
    }
  return g_strjoinv (" ", words);
}

/* "M. J. García" for "María José García". */
static char *
initials (const Class  *klass,
          GRand        *rand,
          const Person *person)
{
  g_auto(GStrv) words = g_strsplit (person->first, " ", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      {
        g_string_append_len (out, words[i], g_utf8_next_char (words[i]) - words[i]);
        g_string_append (out, ". ");
      }
  g_string_append (out, person->last);
  return g_string_free (out, FALSE);
}

/* "García-Núñez" for "García Núñez" and the other way round. */
static char *
hyphen_or_space (const Class  *klass,
                 GRand        *rand,
                 const Person *person)
{
  g_autofree char *swapped = g_strdup (person->last);

  if (strchr (person->last, ' ') != NULL)
    g_strdelimit (swapped, " ", '-');
  else if (strchr (person->last, '-') != NULL)
    g_strdelimit (swapped, "-", ' ');
  else
    return NULL;
  return g_strdup_printf ("%s %s", person->first, swapped);
}

/* A name of three words or more without one of its middle words. */
static char *
dropped_middle (const Class  *klass,
                GRand        *rand,
                const Person *person)
{
  g_auto(GStrv) words = g_strsplit (person->name, " ", -1);
  guint n = g_strv_length (words);
  guint drop;
  GString *out;

  if (n < 3)
    return NULL;
  drop = g_rand_int_range (rand, 1, n - 1);
  out = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    if (i != drop)
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

/* ---- invented names --------------------------------------------------------- */

/* A word no clinic has seen: a rare beginning and end around common
 * syllables ("Kwelumaxt"). */
static char *
invented_word (GRand *rand)
{
  static const char *onsets[] = { "Qu", "Zh", "Vr", "Kw", "Xa", "Zy" };
  static const char *syllables[] = { "ba", "do", "fe", "gi", "ko", "lu", "ma", "ne", "po", "ri", "sa", "tu", "vo", "wi" };
  static const char *codas[] = { "x", "q", "zz", "vk", "xt" };

  return g_strconcat (onsets[g_rand_int_range (rand, 0, G_N_ELEMENTS (onsets))],
                      syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))],
                      syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))],
                      codas[g_rand_int_range (rand, 0, G_N_ELEMENTS (codas))], NULL);
}

/* An invented name, alone or with a real first name or surname. */
static char *
invented_name (GRand        *rand,
               guint         kind,
               const Person *person)
{
  g_autofree char *a = invented_word (rand);
  g_autofree char *b = invented_word (rand);

  switch (kind % 3)
    {
    case 0:
      return g_strdup_printf ("%s %s", a, b);
    case 1:
      return g_strdup_printf ("%s %s", person->first, a);
    default:
      return g_strdup_printf ("%s %s", a, person->last);
    }
}

/* ---- the sqlite3 shell ------------------------------------------------------- */

static void
append_keys (GString    *sql,
             const char *token)
{
  g_auto(GStrv) keys = desk_name_word_keys (token);

  for (guint k = 0; keys[k] != NULL; k++)
    {
      /* Normalised words are letters and digits: no quote to escape. */
      g_assert (strchr (keys[k], '\'') == NULL);
      g_string_append_printf (sql, "%s'%s'", k > 0 ? ", " : "", keys[k]);
    }
}

/* The index look-ups of a check for a name of whole words (no initials):
 * the words under the keys of each query word; the names holding two of
 * them, any for the pair of query words with the fewest (the anchor) and
 * those with fewer words than the query for other pairs, or one and the
 * initial of another query word, or one word only; then those names.
 * FALSE for other names. */
static gboolean
append_peer_sql (GString    *script,
                 const char *query)
{
  g_auto(GStrv) tokens = desk_name_tokens (query);
  guint n = g_strv_length (tokens);
  GString *sql;

  if (n < 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_utf8_strlen (tokens[i], -1) < 2)
      return FALSE;

  sql = g_string_new ("WITH near (w, id, initial) AS (");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (sql, "%sSELECT %u, c.id, substr (c.word, 1, 1) FROM conflict_word_keys k "
                                   "JOIN conflict_words c ON c.id = k.word_id WHERE k.key IN (",
                              i > 0 ? " UNION " : "", i);
      append_keys (sql, tokens[i]);
      g_string_append (sql, ")");
    }
  /* The anchor: the pair of query words with the fewest rows (the check
   * stops counting at 2,000 rows a pair; the shell counts them all). */
  if (n == 2)
    g_string_append (sql, "), anchor (w) AS (VALUES (0), (1)");
  else
    g_string_append (sql, "), best (a, b) AS (SELECT x.w, y.w FROM near x JOIN near y ON y.w > x.w "
                          "LEFT JOIN conflict_pairs p ON p.word_id = x.id AND p.other_initial = y.initial "
                          "AND p.other_id = y.id GROUP BY x.w, y.w ORDER BY count (p.name_id) LIMIT 1), "
                          "anchor (w) AS (SELECT a FROM best UNION SELECT b FROM best");
  g_string_append (sql, "), initials (w, initial) AS (VALUES ");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "%s(%u, substr ('%s', 1, 1))", i > 0 ? ", " : "", i, tokens[i]);
  g_string_append (sql, "), exact (id) AS (SELECT id FROM conflict_words WHERE word IN (");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "%s'%s'", i > 0 ? ", " : "", tokens[i]);
  g_string_append_printf (sql, ")) SELECT n.entity, n.entity_id, n.name FROM conflict_names n WHERE n.id IN ("
                               "SELECT p.name_id FROM near x JOIN near y ON y.w > x.w "
                               "JOIN conflict_pairs p ON p.word_id = x.id AND p.other_initial = y.initial "
                               "AND p.other_id = y.id AND p.name_words < CASE WHEN x.w IN anchor AND y.w IN anchor "
                               "THEN %" G_GINT64_FORMAT " ELSE %u END "
                               "UNION SELECT p.name_id FROM near x JOIN initials i ON i.w <> x.w "
                               "JOIN conflict_words o ON o.word = i.initial "
                               "JOIN conflict_pairs p ON p.word_id = x.id AND p.other_initial = i.initial "
                               "AND p.other_id = o.id AND p.name_words < CASE WHEN x.w IN anchor AND i.w IN anchor "
                               "THEN %" G_GINT64_FORMAT " ELSE %u END "
                               "UNION SELECT p.name_id FROM exact e JOIN conflict_pairs p ON p.word_id = e.id "
                               "AND p.other_initial = '' AND p.other_id = 0);\n",
                          G_MAXINT64, n, G_MAXINT64, n);

  g_string_append (script, sql->str);
  g_string_free (sql, TRUE);
  return TRUE;
}

/* What @argv prints on its standard output given @input; NULL on failure. */
static char *
run_with_input (const char * const *argv,
                const char         *input)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  if (process != NULL && g_subprocess_communicate_utf8 (process, input, NULL, &out, NULL, &error) &&
      g_subprocess_get_successful (process))
    return out;

  g_printerr ("bench-conflicts: %s failed: %s\n", argv[0], error != NULL ? error->message : "exit status");
  g_free (out);
  return NULL;
}

/* Each statement of @script's time in a fresh sqlite3 shell, by its .timer:
 * CPU time (user + sys, in microseconds), since the wall-clock time it
 * prints is rounded to whole milliseconds.  With the file in the page
 * cache a look-up waits for nothing else. */
static GArray *
shell_times (const char *sqlite3_path,
             const char *db,
             const char *script)
{
  g_autofree char *input = g_strdup_printf (".bail on\n.timer on\n.output /dev/null\n%s", script);
  const char *argv[] = { sqlite3_path, "-batch", db, NULL };
  g_autofree char *out = run_with_input (argv, input);
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));

  for (const char *user = out != NULL ? strstr (out, " user ") : NULL; user != NULL; user = strstr (user + 6, " user "))
    {
      const char *sys = strstr (user, " sys ");
      double ms = (g_ascii_strtod (user + 6, NULL) + (sys != NULL ? g_ascii_strtod (sys + 5, NULL) : 0)) * 1000.0;

      g_array_append_val (times, ms);
    }
  return times;
}

/* ---- figures ----------------------------------------------------------------- */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The value below which @fraction of @values lie (sorts @values). */
static double
percentile (GArray *values,
            double  fraction)
{
  guint at;

  if (values->len == 0)
    return 0.0;
  g_array_sort (values, compare_doubles);
  at = MIN (values->len - 1, (guint) (fraction * values->len));
  return g_array_index (values, double, at);
}

static double
percent (guint part,
         guint whole)
{
  return whole > 0 ? 100.0 * part / whole : 0.0;
}

/* Python's difflib on the same pairs; fills each class's difflib figures
 * and prints the scans. */
static void
run_difflib (const char *peer,
             const char *db,
             GString    *pairs,
             Class      *classes,
             guint       n_classes)
{
  const char *argv[] = { "/usr/bin/python3", peer, db, NULL };
  g_autofree char *out = run_with_input (argv, pairs->str);
  g_auto(GStrv) lines = NULL;

  if (out == NULL)
    return;

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", -1);
      guint n = g_strv_length (f);

      if (n == 4 && g_str_equal (f[0], "recall"))
        {
          for (guint c = 0; c < n_classes; c++)
            if (g_str_equal (classes[c].label, f[1]))
              {
                classes[c].difflib_n = atoi (f[2]);
                classes[c].difflib_found = atoi (f[3]);
              }
        }
      else if (n == 4 && g_str_equal (f[0], "scan"))
        g_print ("difflib scan of every name, %s checks: median %s ms, p95 %s ms\n", f[1], f[2], f[3]);
      else if (n == 3 && g_str_equal (f[0], "invented"))
        g_print ("difflib scan, invented names: %s of %s have a name at ratio >= 0.8\n", f[2], f[1]);
    }
}

static const char *
find_hit (GPtrArray *hits,
          gint64     client_id)
{
  for (guint i = 0; i < hits->len; i++)
    {
      const DeskConflictHit *hit = g_ptr_array_index (hits, i);

      if (hit->entity_id == client_id && g_str_equal (hit->entity, "client"))
        return hit->name;
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GListModel) clients = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GArray) all_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) invented_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) sample = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (Person));
  g_autoptr(GHashTable) sampled = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) pairs = g_string_new (NULL);
  g_autoptr(GString) peer_script = g_string_new (NULL);
  g_autoptr(GArray) peer_ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) peer_times = NULL;
  g_autofree char *sqlite3_path = NULL;
  g_autofree char *peer = NULL;
  g_autofree char *slowest = NULL;
  double slowest_ms = 0;
  gint sample_size = 1000;
  gint seed = 1;
  guint invented_with_hits = 0, invented_hits = 0, n_clients;
  const char *db;
  Class classes[] = {
    { "exact", formatted, "%1$s %2$s" },
    { "substitution", with_typos, NULL, EDIT_SUBSTITUTE, 1, 3, G_MAXUINT, 99 },
    { "insertion", with_typos, NULL, EDIT_INSERT, 1, 3, G_MAXUINT, 99 },
    { "deletion", with_typos, NULL, EDIT_DELETE, 1, 3, G_MAXUINT, 99 },
    { "transposition", with_typos, NULL, EDIT_TRANSPOSE, 1, 3, G_MAXUINT, 99 },
    { "short word (3-4), any edit", with_typos, NULL, EDIT_ANY, 1, 3, 4, 99 },
    { "two words, one edit each", with_typos, NULL, EDIT_ANY, 2, 3, G_MAXUINT, 95 },
    { "accents", other_accents, .goal = 100 },
    { "case", other_case, .goal = 100 },
    { "word order", reversed, .goal = 100 },
    { "Last, First", formatted, "%2$s, %1$s", .goal = 100 },
    { "initials", initials, .goal = 100 },
    { "hyphen or space", hyphen_or_space, .goal = 100 },
    { "dropped middle name", dropped_middle, .goal = 100 },
    { "two-letter word, any edit", with_typos, NULL, EDIT_ANY, 1, 2, 2, 0 },
  };
  GOptionEntry entries[] = {
    { "sample", 0, 0, G_OPTION_ARG_INT, &sample_size, "Real clients to sample (1000)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the sample and the typos (1)", "S" },
    { "sqlite3", 0, 0, G_OPTION_ARG_FILENAME, &sqlite3_path, "The sqlite3 shell, the peer for time", "PATH" },
    { "peer", 0, 0, G_OPTION_ARG_FILENAME, &peer, "conflicts-peer.py, the difflib peer for recall", "PATH" },
    { NULL }
  };

  context = g_option_context_new ("DB");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || sample_size <= 0)
    {
      g_printerr ("usage: bench-conflicts DB [--sample N] [--seed S] [--sqlite3 PATH] [--peer SCRIPT]\n");
      return 2;
    }
  db = argv[1];

  store = desk_store_open (db, &error);
  if (store == NULL)
    {
      g_printerr ("bench-conflicts: %s\n", error->message);
      return 1;
    }

  /* A first check builds the index if the file predates it. */
  {
    gint64 start = g_get_monotonic_time ();
    g_autoptr(GPtrArray) first = desk_store_find_conflicts (store, "Maria Garcia", NULL, 0, &error);

    g_assert_no_error (error);
    g_print ("first check \"Maria Garcia\": %u possible conflicts in %.1f ms\n", first->len,
             (g_get_monotonic_time () - start) / 1000.0);
  }

  /* A seeded sample of real clients, through the same list the window shows. */
  rand = g_rand_new_with_seed (seed);
  clients = desk_store_list_clients (store, &error);
  g_assert_no_error (error);
  n_clients = g_list_model_get_n_items (clients);
  sample_size = MIN ((guint) sample_size, n_clients);
  while (sample->len < (guint) sample_size)
    {
      guint index = g_rand_int_range (rand, 0, n_clients);

      if (g_hash_table_add (sampled, GUINT_TO_POINTER (index)))
        g_ptr_array_add (sample, g_list_model_get_item (clients, index));
    }
  g_print ("%s: %u clients, %u sampled (seed %d)\n\n", db, n_clients, sample->len, seed);
  for (guint s = 0; s < sample->len; s++)
    {
      DeskClient *client = g_ptr_array_index (sample, s);
      Person person = { desk_client_get_first_name (client), desk_client_get_last_name (client), NULL };

      /* As the store indexes a client's name. */
      person.name = g_strdup_printf ("%s %s", person.first, person.last);
      g_array_append_val (people, person);
    }

  for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
    {
      Class *klass = &classes[c];

      klass->ms = g_array_new (FALSE, FALSE, sizeof (double));
      klass->misses = g_ptr_array_new_with_free_func (g_free);
      klass->peer_ours_ms = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint s = 0; s < sample->len; s++)
        {
          const Person *person = &g_array_index (people, Person, s);
          gint64 id = desk_record_get_id (g_ptr_array_index (sample, s));
          g_autofree char *query = klass->transform (klass, rand, person);
          g_autoptr(GPtrArray) hits = NULL;
          gint64 start;
          double ms;

          if (query == NULL)
            continue;

          start = g_get_monotonic_time ();
          hits = desk_store_find_conflicts (store, query, NULL, 0, &error);
          ms = (g_get_monotonic_time () - start) / 1000.0;
          g_assert_no_error (error);

          klass->n++;
          g_array_append_val (klass->ms, ms);
          g_array_append_val (all_ms, ms);
          if (ms > slowest_ms)
            {
              slowest_ms = ms;
              g_free (slowest);
              slowest = g_strdup_printf ("“%s”, %u possible conflicts", query, hits->len);
            }
          if (find_hit (hits, id) != NULL)
            klass->found++;
          else if (klass->misses->len < 5)
            g_ptr_array_add (klass->misses, g_strdup_printf ("“%s” for “%s”", query, person->name));

          g_string_append_printf (pairs, "%s\t%s\t%s\n", klass->label, query, person->name);
          if (klass->peer_ours_ms->len < PEER_QUERIES && append_peer_sql (peer_script, query))
            {
              g_array_append_val (klass->peer_ours_ms, ms);
              g_array_append_val (peer_ours, ms);
            }
        }
    }

  for (guint s = 0; s < sample->len; s++)
    {
      g_autofree char *query = invented_name (rand, s, &g_array_index (people, Person, s));
      g_autoptr(GPtrArray) hits = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      hits = desk_store_find_conflicts (store, query, NULL, 0, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      g_array_append_val (invented_ms, ms);
      g_array_append_val (all_ms, ms);
      if (hits->len > 0)
        {
          if (invented_with_hits < 5)
            g_print ("false hit: “%s” finds “%s”\n", query, ((DeskConflictHit *) g_ptr_array_index (hits, 0))->name);
          invented_with_hits++;
          invented_hits += hits->len;
        }
      g_string_append_printf (pairs, "invented\t%s\t\n", query);
    }

  if (peer != NULL)
    run_difflib (peer, db, pairs, classes, G_N_ELEMENTS (classes));

  g_print ("\n%-28s %6s %8s %7s %9s %9s %9s\n", "class", "n", "recall", "goal", "median", "p95", "difflib");
  for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
    {
      Class *klass = &classes[c];
      double recall = percent (klass->found, klass->n);
      g_autofree char *goal = klass->goal > 0 ? g_strdup_printf ("%.0f%%", klass->goal) : g_strdup ("-");
      g_autofree char *difflib = klass->difflib_n > 0
                                 ? g_strdup_printf ("%.1f%%", percent (klass->difflib_found, klass->difflib_n))
                                 : g_strdup ("-");

      g_print ("%-28s %6u %7.1f%% %7s %6.2f ms %6.2f ms %9s %s\n", klass->label, klass->n, recall, goal,
               percentile (klass->ms, 0.5), percentile (klass->ms, 0.95), difflib,
               klass->goal > 0 && recall < klass->goal ? "MISSES GOAL" : "");
      for (guint m = 0; m < klass->misses->len && klass->goal > 0; m++)
        g_print ("    missed %s\n", (const char *) g_ptr_array_index (klass->misses, m));
    }
  g_print ("%-28s %6u %8s %7s %6.2f ms %6.2f ms   %u with hits (%u hits); goal 0\n", "invented names", sample->len,
           "", "", percentile (invented_ms, 0.5), percentile (invented_ms, 0.95), invented_with_hits, invented_hits);
  g_print ("%-28s %6u %8s %7s %6.2f ms %6.2f ms   goal < 50 ms\n", "every check", all_ms->len, "", "",
           percentile (all_ms, 0.5), percentile (all_ms, 0.95));
  g_print ("slowest check: %.1f ms, %s\n", slowest_ms, slowest != NULL ? slowest : "none");

  if (sqlite3_path != NULL && peer_script->len > 0)
    {
      peer_times = shell_times (sqlite3_path, db, peer_script->str);
      if (peer_times->len == peer_ours->len)
        {
          double ours = percentile (peer_ours, 0.5), shell = percentile (peer_times, 0.5);

          g_print ("\nsqlite3 shell, the same index look-ups for %u of those names: median %.2f ms, p95 %.2f ms; "
                   "ours %.2f ms, p95 %.2f ms (ratio %.2f)\n", peer_times->len, shell, percentile (peer_times, 0.95),
                   ours, percentile (peer_ours, 0.95), shell > 0 ? ours / shell : 0.0);
        }
      else
        g_printerr ("bench-conflicts: the shell timed %u statements of %u\n", peer_times->len, peer_ours->len);
    }

  for (guint s = 0; s < people->len; s++)
    g_free ((char *) g_array_index (people, Person, s).name);
  for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
    {
      g_array_unref (classes[c].ms);
      g_ptr_array_unref (classes[c].misses);
      g_array_unref (classes[c].peer_ours_ms);
    }

  return 0;
}
