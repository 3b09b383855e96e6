/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The matcher benchmark: mentoring programs made by the demo generator
 * (probono demo --mentors 500 --mentees N: realistic profiles, capacities
 * 1–4, pairings in every status), read by the store adapter and solved by
 * the same code `probono match` runs, beside
 * scipy.optimize.linear_sum_assignment solving the very cost matrix our
 * solver used.
 *
 *   bench-matcher [--mentees N] [--mentors M] [--seed S]
 *
 * Each size is generated into a temporary database, then measured in a
 * child process of its own, so that its peak RSS is its own.  See
 * bench/README.md.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "desk-demo.h"
#include "desk-store-mentorship.h"

#define PYTHON "/usr/bin/python3"

/* Times the solve alone; loading and widening the matrix are not counted. */
static const char peer_script[] =
  "import sys, time\n"
  "import numpy as np\n"
  "from scipy.optimize import linear_sum_assignment\n"
  "costs = np.load(sys.argv[1])\n"
  "unmatched, forbidden = int(sys.argv[2]), int(sys.argv[3])\n"
  "n = costs.shape[0]\n"
  "full = np.hstack([costs.astype(np.float64), np.full((n, n), float(unmatched))])\n"
  "full[full == forbidden] = np.inf\n"
  "start = time.perf_counter()\n"
  "rows, cols = linear_sum_assignment(full)\n"
  "elapsed = time.perf_counter() - start\n"
  "print('%.3f %d' % (elapsed * 1000, int(full[rows, cols].sum())))\n";

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

/* numpy's .npy format, version 1.0: a padded header, then the int32 array. */
static gboolean
write_npy (const char                *path,
           const DeskMatchCostMatrix *matrix,
           GError                   **error)
{
  g_autofree char *dict = g_strdup_printf ("{'descr': '<i4', 'fortran_order': False, 'shape': (%u, %u), }",
                                           matrix->n_rows, matrix->n_columns);
  gsize header = 10 + strlen (dict) + 1;
  gsize padding = (64 - header % 64) % 64;
  guint16 header_len = GUINT16_TO_LE ((guint16) (strlen (dict) + padding + 1));
  FILE *file = fopen (path, "wb");
  gboolean ok;

  if (file == NULL)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", path, g_strerror (errno));
      return FALSE;
    }
  fwrite ("\x93NUMPY\x01\x00", 1, 8, file);
  fwrite (&header_len, 2, 1, file);
  fputs (dict, file);
  for (gsize i = 0; i < padding; i++)
    fputc (' ', file);
  fputc ('\n', file);
  /* The matrix is int32 in this machine's order: numpy was told little-endian. */
  G_STATIC_ASSERT (G_BYTE_ORDER == G_LITTLE_ENDIAN);
  fwrite (matrix->costs, sizeof (gint32), (gsize) matrix->n_rows * matrix->n_columns, file);
  ok = !ferror (file);
  if (fclose (file) != 0 || !ok)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: could not write", path);
      return FALSE;
    }
  return TRUE;
}

/* The peer's solve time and total, or FALSE when scipy is not there. */
static gboolean
run_peer (const char                *path,
          const DeskMatchCostMatrix *matrix,
          double                    *ms,
          gint64                    *total)
{
  g_autofree char *unmatched = g_strdup_printf ("%d", matrix->unmatched_cost);
  g_autofree char *forbidden = g_strdup_printf ("%d", DESK_MATCH_COST_FORBIDDEN);
  const char *argv[] = { PYTHON, "-c", peer_script, path, unmatched, forbidden, NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  if (process == NULL || !g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error) ||
      !g_subprocess_get_successful (process) || sscanf (out, "%lf %" G_GINT64_FORMAT, ms, total) != 2)
    {
      g_printerr ("scipy peer failed: %s\n", error != NULL ? error->message : err);
      return FALSE;
    }
  return TRUE;
}

static void
count_roles (DeskMatchProblem *problem,
             guint            *n_mentees,
             guint            *n_mentors)
{
  *n_mentees = *n_mentors = 0;
  for (guint i = 0; i < desk_match_problem_get_n_profiles (problem); i++)
    {
      const DeskMatchProfile *profile = desk_match_problem_get_profile (problem, i);

      *n_mentees += profile->wants_mentor;
      *n_mentors += profile->is_mentor;
    }
}

/* Measures the program in @path: what `probono match` does, then the two
 * halves apart, then the peer on the same matrix. */
static int
run_one (const char *path)
{
  g_autoptr(DeskStore) store = NULL;
  g_autoptr(DeskMatchProblem) problem = NULL;
  g_autoptr(DeskMatchResult) result = NULL;
  g_autoptr(GPtrArray) matrices = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree int *columns = NULL;
  g_autofree char *npy = NULL;
  DeskMatchCostMatrix *matrix;
  double t0, load_ms, matcher_ms, score_ms, solve_ms, rss_mb, peer_ms = -1;
  gint64 total, peer_total = -1;
  guint n_mentees, n_mentors, n_pairs, n_unmatched;
  int fd;

  /* The store adapter, then score, solve and explain. */
  t0 = now_ms ();
  store = desk_store_open (path, &error);
  if (store != NULL)
    problem = desk_store_load_match_problem (store, NULL, NULL, NULL, NULL, &error);
  load_ms = now_ms () - t0;
  if (problem != NULL)
    {
      t0 = now_ms ();
      result = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
      matcher_ms = now_ms () - t0;
    }
  if (result == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  rss_mb = peak_rss_mb ();
  count_roles (problem, &n_mentees, &n_mentors);
  desk_match_result_get_pairs (result, &n_pairs);
  desk_match_result_get_unmatched (result, &n_unmatched);

  /* The two halves apart, on the matrix handed to the peer. */
  t0 = now_ms ();
  matrices = desk_matcher_get_cost_matrices (problem, NULL, &error);
  score_ms = now_ms () - t0;
  g_assert (matrices != NULL && matrices->len == 1);
  matrix = g_ptr_array_index (matrices, 0);

  columns = g_new (int, MAX (matrix->n_rows, 1));
  t0 = now_ms ();
  if (!desk_match_solve_assignment (matrix->costs, matrix->n_rows, matrix->n_columns, matrix->unmatched_cost,
                                    columns, &total, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  solve_ms = now_ms () - t0;
  g_assert (total == desk_match_result_get_cost (result));

  fd = g_file_open_tmp ("bench-matcher-XXXXXX.npy", &npy, &error);
  if (fd < 0 || !write_npy (npy, matrix, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  close (fd);
  run_peer (npy, matrix, &peer_ms, &peer_total);
  g_unlink (npy);

  g_print ("%7u %7u %6u %6u %6u %9u %8.1f %8.1f %8.1f %10.1f %8.1f %9.1f %8.2fx %s\n",
           n_mentees, n_mentors, matrix->n_rows, matrix->n_columns, n_pairs, n_unmatched,
           load_ms, score_ms, solve_ms, matcher_ms, rss_mb, peer_ms,
           peer_ms > 0 ? peer_ms / MAX (solve_ms, 0.001) : 0,
           peer_total < 0 ? "no peer" : peer_total == total ? "yes" : "NO");
  return peer_total == total ? 0 : 1;
}

/* A demo program of @n_mentors mentors and @n_mentees mentees in @path. */
static gboolean
generate (const char  *path,
          guint        n_mentees,
          guint        n_mentors,
          guint64      seed,
          double      *ms,
          GError     **error)
{
  g_autoptr(DeskStore) store = desk_store_open (path, error);
  DeskDemoOptions options = { .n_mentors = n_mentors, .n_mentees = n_mentees, .seed = seed };
  double t0 = now_ms ();

  if (store == NULL || !desk_demo_generate (store, &options, NULL, NULL, NULL, error))
    return FALSE;
  *ms = now_ms () - t0;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 500, 1000, 2000, 4000 };
  static const char *db_files[] = { "", "-wal", "-shm" };
  int n_mentees = 0, n_mentors = 500, seed = 1;
  g_autofree char *one = NULL;
  const GOptionEntry entries[] = {
    { "mentees", 0, 0, G_OPTION_ARG_INT, &n_mentees, "Only this many mentees", "N" },
    { "mentors", 0, 0, G_OPTION_ARG_INT, &n_mentors, "Mentors (default 500)", "M" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Demo data seed (default 1)", "S" },
    { "one", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &one, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— time the matcher beside scipy");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_mentees < 0 || n_mentors < 1 || seed < 0)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "Counts must be positive.");
      return 2;
    }

  if (one != NULL)
    return run_one (one);

  dir = g_dir_make_tmp ("bench-matcher-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("mentees mentors   rows places  pairs unmatched  load ms score ms solve ms matcher ms  peak MB  scipy ms "
           "scipy/ours same total\n");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      guint mentees = n_mentees > 0 ? (guint) n_mentees : sizes[i];
      g_autofree char *name = g_strdup_printf ("program-%u.db", mentees);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      const char *child[] = { argv[0], "--one", path, NULL };
      double generate_ms = 0;
      int wait_status;

      if (!generate (path, mentees, (guint) n_mentors, (guint64) seed, &generate_ms, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_printerr ("(%u mentees x %d mentors: demo data made in %.1f s, not counted)\n",
                  mentees, n_mentors, generate_ms / 1000);

      /* Each size in a fresh process, so its peak RSS is its own. */
      if (!g_spawn_sync (NULL, (char **) child, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL,
                         &wait_status, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (!g_spawn_check_wait_status (wait_status, NULL))
        status = 1;

      for (guint k = 0; k < G_N_ELEMENTS (db_files); k++)
        {
          g_autofree char *file = g_strconcat (path, db_files[k], NULL);

          g_unlink (file);
        }
      if (n_mentees > 0)
        break;
    }
  g_rmdir (dir);
  return status;
}
