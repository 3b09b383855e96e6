/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The case-list benchmark: the work the Cases page and the conflict check do
 * on a large clinic database, timed through the real core, beside the same
 * queries run by the sqlite3 shell on the same file as the peer.
 *
 *   bench-cases DB [SQLITE3]
 *
 * DB is made with `probono --db DB demo --cases 1000000`; see bench/README.md.
 */
#include "config.h"

#include <string.h>
#include <sys/resource.h>

#include "desk-name-match.h"
#include "desk-record-list.h"
#include "desk-store.h"

#define SCREEN_ROWS 40
#define RUNS        5

typedef struct
{
  const char *label;
  double      target_ms;
  double      ours_ms;
  double      peer_ms;
  const char *peer_sql;
} Figure;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* What a view does for one screen: ask for each visible row's object. */
static void
read_screen (GListModel *model,
             guint       first)
{
  for (guint i = first; i < first + SCREEN_ROWS && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_assert (item != NULL);
    }
}

static double
median (double *values,
        guint   n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && values[j - 1] > values[j]; j--)
      {
        double t = values[j];
        values[j] = values[j - 1];
        values[j - 1] = t;
      }
  return values[n / 2];
}

/* The peer: the same query in a fresh sqlite3 shell process, timed by the
 * shell's own .timer so process start-up is not counted. */
static double
peer_time_ms (const char *sqlite3_path,
              const char *db,
              const char *sql)
{
  g_autofree char *script = g_strdup_printf (".timer on\n.output /dev/null\n%s;\n", sql);
  const char *argv[] = { sqlite3_path, "-batch", db, NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *real;
  double total = 0;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                     G_SUBPROCESS_FLAGS_STDERR_MERGE, &error);
  if (process == NULL || !g_subprocess_communicate_utf8 (process, script, NULL, &out, NULL, &error))
    {
      g_printerr ("sqlite3 peer failed: %s\n", error->message);
      return -1;
    }

  /* "Run Time: real 0.123 user … sys …", once per statement: add them up. */
  for (real = out != NULL ? strstr (out, "real ") : NULL; real != NULL; real = strstr (real + 5, "real "))
    total += g_ascii_strtod (real + 5, NULL) * 1000.0;
  return total > 0 ? total : -1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(GListModel) cases = NULL;
  const char *db;
  const char *sqlite3_path;
  g_autofree char *jump_sql = NULL;
  g_autofree char *conflict_sql = NULL;
  Figure figures[7];
  guint n_figures = 0;
  double t0, samples[RUNS];
  guint n_items;
  struct rusage usage;

  if (argc < 2)
    {
      g_printerr ("usage: bench-cases DB [SQLITE3]\n");
      return 2;
    }
  db = argv[1];
  sqlite3_path = argc > 2 ? argv[2] : "sqlite3";

  /* 1. Open and show the first screen of the default case list. */
  t0 = now_ms ();
  store = desk_store_open (db, &error);
  if (store == NULL)
    {
      g_printerr ("bench-cases: %s\n", error->message);
      return 1;
    }
  cases = desk_store_list_cases (store, NULL, &error);
  g_assert_no_error (error);
  read_screen (cases, 0);
  figures[n_figures++] = (Figure) {
    "open + first screen of the case list", 300, now_ms () - t0, 0,
    "SELECT t.id FROM cases t WHERE t.archived = 0 ORDER BY t.opened_on DESC, t.id DESC"
  };
  n_items = g_list_model_get_n_items (cases);
  g_print ("%u cases in %s\n", n_items, db);

  /* 2. Jump to row 900,000 (or 90% of the list).  The peer reads the same
   * rows by id with the joined names the list shows. */
  for (guint run = 0; run < RUNS; run++)
    {
      guint target = MIN (900000, n_items * 9 / 10) + run * SCREEN_ROWS * 4;
      t0 = now_ms ();
      read_screen (cases, target);
      samples[run] = now_ms () - t0;
    }
  {
    g_autoptr(GString) ids = g_string_new (NULL);
    guint target = MIN (900000, n_items * 9 / 10);

    for (guint i = target; i < target + SCREEN_ROWS; i++)
      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, ids->len > 0 ? ", " : "",
                              desk_record_list_get_id (DESK_RECORD_LIST (cases), i));
    jump_sql = g_strdup_printf ("SELECT t.*, (SELECT c.first_name || ' ' || c.last_name FROM clients c "
                                "WHERE c.id = t.client_id), (SELECT p.name FROM lsc_problem_codes p "
                                "WHERE p.code = t.problem_code), (SELECT min (d.due_on) FROM deadlines d "
                                "WHERE d.case_id = t.id AND d.done = 0) FROM cases t WHERE t.id IN (%s)", ids->str);
  }
  figures[n_figures++] = (Figure) { "jump to row 900,000 (one screen)", 16, median (samples, RUNS), 0, jump_sql };

  /* 3. A status filter. */
  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GListModel) open_cases = NULL;
      DeskCaseQuery query;

      desk_case_query_init (&query);
      query.status = DESK_CASE_STATUS_OPEN;
      t0 = now_ms ();
      open_cases = desk_store_list_cases (store, &query, &error);
      g_assert_no_error (error);
      read_screen (open_cases, 0);
      samples[run] = now_ms () - t0;
    }
  figures[n_figures++] = (Figure) {
    "status filter (open) + first screen", 100, median (samples, RUNS), 0,
    "SELECT t.id FROM cases t WHERE t.archived = 0 AND t.status = 'open' ORDER BY t.opened_on DESC, t.id DESC"
  };

  /* 4. A full-text search. */
  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GListModel) found = NULL;
      g_auto(DeskCaseQuery) query;

      desk_case_query_init (&query);
      query.search = g_strdup ("eviction garcia");
      t0 = now_ms ();
      found = desk_store_list_cases (store, &query, &error);
      g_assert_no_error (error);
      read_screen (found, 0);
      samples[run] = now_ms () - t0;
    }
  figures[n_figures++] = (Figure) {
    "full-text search \"eviction garcia\" + first screen", 100, median (samples, RUNS), 0,
    "SELECT t.id FROM case_search CROSS JOIN cases t ON t.id = case_search.rowid WHERE t.archived = 0 "
    "AND case_search MATCH '\"eviction\"* \"garcia\"*' ORDER BY t.opened_on DESC, t.id DESC"
  };

  /* 5. A client search for a piece of a phone number, as typed on the
   * Clients page. */
  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GListModel) found = NULL;

      t0 = now_ms ();
      found = desk_store_search_clients (store, "555-01", DESK_CLIENT_SORT_NAME, TRUE, &error);
      g_assert_no_error (error);
      read_screen (found, 0);
      samples[run] = now_ms () - t0;
    }
  figures[n_figures++] = (Figure) {
    "client search \"555-01\" + first screen", 100, median (samples, RUNS), 0,
    "SELECT t.id FROM clients t WHERE t.archived = 0 AND t.phone LIKE '%555-01%' "
    "ORDER BY t.last_name, t.first_name, t.id"
  };

  /* 6. A conflict check. */
  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GPtrArray) hits = NULL;

      t0 = now_ms ();
      hits = desk_store_find_conflicts (store, "Maria Garcia", NULL, 0, &error);
      g_assert_no_error (error);
      samples[run] = now_ms () - t0;
      if (run == 0)
        g_print ("conflict check \"Maria Garcia\": %u possible conflicts\n", hits->len);
    }
  {
    /* The look-ups the check runs for "Maria Garcia" (see
     * desk-store-conflicts.c): the words under the keys of each word,
     * then the names holding a word of each. */
    g_auto(GStrv) maria = desk_name_word_keys ("maria");
    g_auto(GStrv) garcia = desk_name_word_keys ("garcia");
    g_autofree char *maria_keys = g_strjoinv ("', '", maria);
    g_autofree char *garcia_keys = g_strjoinv ("', '", garcia);

    conflict_sql = g_strdup_printf ("SELECT n.id, n.entity, n.entity_id, n.name FROM conflict_names n WHERE n.id IN "
                                    "(SELECT p.name_id FROM (SELECT DISTINCT word_id AS id FROM conflict_word_keys "
                                    "WHERE key IN ('%s')) a CROSS JOIN (SELECT DISTINCT w.id, substr (w.word, 1, 1) "
                                    "AS initial FROM conflict_word_keys k JOIN conflict_words w ON w.id = k.word_id "
                                    "WHERE k.key IN ('%s')) b CROSS JOIN conflict_pairs p ON p.word_id = a.id "
                                    "AND p.other_initial = b.initial AND p.other_id = b.id)", maria_keys, garcia_keys);
  }
  figures[n_figures++] = (Figure) { "conflict check (name index)", 50, median (samples, RUNS), 0, conflict_sql };

  getrusage (RUSAGE_SELF, &usage);

  g_print ("\n%-48s %10s %10s %12s %8s\n", "measure", "ours ms", "target", "sqlite3 ms", "ratio");
  for (guint i = 0; i < n_figures; i++)
    {
      Figure *f = &figures[i];

      f->peer_ms = peer_time_ms (sqlite3_path, db, f->peer_sql);
      g_print ("%-48s %10.1f %10.0f %12.1f %8.2f  %s\n", f->label, f->ours_ms, f->target_ms, f->peer_ms,
               f->peer_ms > 0 ? f->ours_ms / f->peer_ms : 0.0,
               f->ours_ms <= f->target_ms ? "meets target" : "MISSES TARGET");
    }
  g_print ("%-48s %10.1f %10.0f\n", "peak RSS (MB)", usage.ru_maxrss / 1024.0, 150.0);

  return 0;
}
