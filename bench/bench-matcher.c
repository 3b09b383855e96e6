/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The matcher benchmark: realistic random programs of 500 mentors
 * (capacity 1–4) and 500 to 4,000 mentees, scored and solved by the same
 * code `probono match` runs, beside scipy.optimize.linear_sum_assignment
 * solving the very cost matrix our solver used.
 *
 *   bench-matcher [--mentees N] [--mentors M] [--seed S]
 *
 * Each size runs in a child process of its own, so its peak RSS is its own.
 * See bench/README.md.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "desk-matcher.h"

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

static const struct
{
  const char *name;
  guint       percent;
} areas[] = {
  { "Housing", 40 }, { "Family", 35 }, { "Consumer", 25 }, { "Income maintenance", 15 },
  { "Employment", 12 }, { "Health", 10 }, { "Education", 6 }, { "Juvenile", 5 },
  { "Individual rights", 5 }, { "Eviction defense", 15 }, { "Domestic violence", 10 },
  { "Immigration", 10 }, { "Veterans", 5 }, { "Expungement", 6 }, { "Bankruptcy", 6 },
  { "Wills and estates", 8 }, { "Guardianship", 4 },
};

static const struct
{
  const char *name;
  guint       percent;
} languages[] = {
  { "English", 97 }, { "Spanish", 30 }, { "Vietnamese", 4 }, { "Chinese", 4 },
  { "French", 3 }, { "Arabic", 2 }, { "ASL", 1 },
};

static const char *counties[] = {
  "Travis", "Harris", "Dallas", "Bexar", "Tarrant", "El Paso", "Hidalgo", "Collin",
  "Denton", "Williamson", "Fort Bend", "Hays",
};

static gboolean
chance (GRand *rand,
        guint  percent)
{
  return (guint) g_rand_int_range (rand, 0, 100) < percent;
}

static guint
pick_county (GRand *rand)
{
  /* Big counties are more likely: the smaller of two draws. */
  return MIN (g_rand_int_range (rand, 0, G_N_ELEMENTS (counties)), g_rand_int_range (rand, 0, G_N_ELEMENTS (counties)));
}

static guint32
availability_pattern (GRand *rand)
{
  guint32 blocks = 0;
  guint kind = g_rand_int_range (rand, 0, 100);

  if (kind < 40)          /* weekday evenings */
    for (guint day = 0; day < 5; day++)
      blocks |= chance (rand, 60) ? DESK_AVAILABILITY_BIT (day, 2) : 0;
  else if (kind < 65)     /* afternoons */
    for (guint day = 0; day < 5; day++)
      blocks |= chance (rand, 45) ? DESK_AVAILABILITY_BIT (day, 1) : 0;
  else if (kind < 85)     /* weekends */
    for (guint part = 0; part < 3; part++)
      blocks |= (chance (rand, 50) ? DESK_AVAILABILITY_BIT (5, part) : 0) |
                (chance (rand, 40) ? DESK_AVAILABILITY_BIT (6, part) : 0);
  else
    blocks = g_rand_int (rand) & g_rand_int (rand) & DESK_AVAILABILITY_ALL;

  for (guint extra = g_rand_int_range (rand, 0, 3); extra > 0; extra--)
    blocks |= DESK_AVAILABILITY_BIT (g_rand_int_range (rand, 0, 7), g_rand_int_range (rand, 0, 3));
  return blocks;
}

static guint
random_flags (GRand *rand,
              guint  n_bits,
              guint  min,
              guint  max)
{
  guint flags = 0;

  for (guint n = g_rand_int_range (rand, min, max + 1); n > 0; n--)
    flags |= 1u << g_rand_int_range (rand, 0, n_bits);
  return flags;
}

static DeskMatchProfile *
random_volunteer (GRand    *rand,
                  gint64    id,
                  gboolean  mentor)
{
  g_autofree char *name = g_strdup_printf ("Volunteer %" G_GINT64_FORMAT, id);
  DeskMatchProfile *profile = desk_match_profile_new (id, name);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n_areas = 0;

  for (guint i = 0; i < G_N_ELEMENTS (areas) && n_areas < 4; i++)
    if (chance (rand, areas[i].percent))
      g_strv_builder_add (builder, areas[i].name), n_areas++;
  if (n_areas == 0)
    g_strv_builder_add (builder, areas[g_rand_int_range (rand, 0, 4)].name);
  g_strfreev (profile->practice_areas);
  profile->practice_areas = g_strv_builder_end (builder);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (chance (rand, languages[i].percent))
      desk_match_profile_add_language (profile, languages[i].name, !mentor && i > 0 && chance (rand, 8));

  profile->availability = availability_pattern (rand);
  g_free (profile->county);
  profile->county = g_strdup (chance (rand, 5) ? "" : counties[pick_county (rand)]);
  profile->remote_ok = chance (rand, 65);
  profile->meeting_modes = (chance (rand, 80) ? DESK_MEETING_VIDEO : 0) | (chance (rand, 50) ? DESK_MEETING_PHONE : 0) |
                           (chance (rand, 45) ? DESK_MEETING_IN_PERSON : 0);
  if (profile->meeting_modes == 0)
    profile->meeting_modes = DESK_MEETING_VIDEO;

  if (mentor)
    {
      profile->is_mentor = TRUE;
      profile->mentor_tier = chance (rand, 60) ? DESK_TIER_SENIOR : DESK_TIER_INTERMEDIATE;
      profile->capacity = g_rand_int_range (rand, 1, 5);
      profile->trainings = chance (rand, 85) ? DESK_TRAINING_COACHING | DESK_TRAINING_LEGAL_ETHICS : DESK_TRAINING_LEGAL_ETHICS;
      profile->can_help_with = random_flags (rand, 8, 3, 6);
      profile->years_experience = profile->mentor_tier == DESK_TIER_SENIOR ? g_rand_int_range (rand, 12, 36) :
                                                                              g_rand_int_range (rand, 4, 12);
      profile->monthly_hours = g_rand_int_range (rand, 2, 11);
    }
  else
    {
      profile->wants_mentor = TRUE;
      profile->mentee_tier = chance (rand, 70) ? DESK_TIER_NOVICE : DESK_TIER_INTERMEDIATE;
      profile->goals = random_flags (rand, 8, 1, 3);
      profile->years_experience = g_rand_int_range (rand, 0, 6);
      profile->monthly_hours = g_rand_int_range (rand, 2, 9);
    }
  if (chance (rand, 3))
    profile->years_experience = -1;
  profile->active = !chance (rand, 2);

  return profile;
}

static DeskMatchProblem *
random_program (guint   n_mentees,
                guint   n_mentors,
                guint64 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) seed);
  DeskMatchProblem *problem = desk_match_problem_new (NULL);
  const gint64 first_mentor = 1000000;

  /* Mentors first, so every size has the same 500 mentors. */
  for (guint i = 0; i < n_mentors; i++)
    {
      g_autoptr(DeskMatchProfile) mentor = random_volunteer (rand, first_mentor + i, TRUE);

      desk_match_problem_add_profile (problem, mentor);
    }

  for (guint i = 0; i < n_mentees; i++)
    {
      g_autoptr(DeskMatchProfile) mentee = random_volunteer (rand, 1 + i, FALSE);

      if (chance (rand, 1))
        desk_match_profile_add_never_pair (mentee, first_mentor + g_rand_int_range (rand, 0, n_mentors));
      desk_match_problem_add_profile (problem, mentee);
      /* Accepted pairings, and the declines and conflicts the store finds. */
      if (chance (rand, 5))
        desk_match_problem_add_lock (problem, 1 + i, first_mentor + g_rand_int_range (rand, 0, n_mentors));
      if (chance (rand, 10))
        desk_match_problem_add_exclusion (problem, 1 + i, first_mentor + g_rand_int_range (rand, 0, n_mentors),
                                          chance (rand, 50) ? DESK_MATCH_EXCLUSION_DECLINED :
                                                              DESK_MATCH_EXCLUSION_CONFLICT_OF_INTEREST);
    }
  return problem;
}

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

static int
run_one (guint   n_mentees,
         guint   n_mentors,
         guint64 seed)
{
  g_autoptr(DeskMatchProblem) problem = random_program (n_mentees, n_mentors, seed);
  g_autoptr(DeskMatchResult) result = NULL;
  g_autoptr(GPtrArray) matrices = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree int *columns = NULL;
  g_autofree char *path = NULL;
  DeskMatchCostMatrix *matrix;
  double t0, matcher_ms, score_ms, solve_ms, rss_mb, peer_ms = -1;
  gint64 total, peer_total = -1;
  guint n_pairs, n_unmatched;
  int fd;

  /* What `probono match` does: score, solve, explain. */
  t0 = now_ms ();
  result = desk_matcher_solve (problem, NULL, NULL, NULL, &error);
  matcher_ms = now_ms () - t0;
  if (result == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  rss_mb = peak_rss_mb ();
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

  fd = g_file_open_tmp ("bench-matcher-XXXXXX.npy", &path, &error);
  if (fd < 0 || !write_npy (path, matrix, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  close (fd);
  run_peer (path, matrix, &peer_ms, &peer_total);
  g_unlink (path);

  g_print ("%7u %7u %6u %6u %8u %9.1f %9.1f %10.1f %9.1f %9.1f %8.1fx %s\n",
           n_mentees, n_mentors, matrix->n_columns, n_pairs, n_unmatched,
           score_ms, solve_ms, matcher_ms, rss_mb, peer_ms,
           peer_ms > 0 ? peer_ms / MAX (solve_ms, 0.001) : 0,
           peer_total < 0 ? "no peer" : peer_total == total ? "yes" : "NO");
  return peer_total == total ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 500, 1000, 2000, 4000 };
  int n_mentees = 0, n_mentors = 500, seed = 1;
  gboolean one = FALSE;
  const GOptionEntry entries[] = {
    { "mentees", 0, 0, G_OPTION_ARG_INT, &n_mentees, "Only this many mentees", "N" },
    { "mentors", 0, 0, G_OPTION_ARG_INT, &n_mentors, "Mentors (default 500)", "M" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Random seed (default 1)", "S" },
    { "one", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &one, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— time the matcher beside scipy");
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_mentees < 0 || n_mentors < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "Counts must be positive.");
      return 2;
    }

  if (one)
    return run_one (n_mentees, n_mentors, seed);

  g_print ("mentees mentors places  pairs unmatched  score ms  solve ms matcher ms   peak MB  scipy ms  scipy/ours same total\n");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *mentees = g_strdup_printf ("%u", n_mentees > 0 ? (guint) n_mentees : sizes[i]);
      g_autofree char *mentors = g_strdup_printf ("%d", n_mentors);
      g_autofree char *seed_text = g_strdup_printf ("%d", seed);
      const char *child[] = { argv[0], "--one", "--mentees", mentees, "--mentors", mentors, "--seed", seed_text, NULL };
      int wait_status;

      /* Each size in a fresh process, so its peak RSS is its own. */
      if (!g_spawn_sync (NULL, (char **) child, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL,
                         &wait_status, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (!g_spawn_check_wait_status (wait_status, NULL))
        status = 1;
      if (n_mentees > 0)
        break;
    }
  return status;
}
