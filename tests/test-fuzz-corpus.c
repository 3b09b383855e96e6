/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every input the fuzzers kept (tests/fuzz/corpus/<target>/) replayed
 * through the fuzzers' own entry points, without clang. */
#define G_LOG_DOMAIN "test-fuzz-corpus"

#include "config.h"

#include "desk-fuzz.h"
#include "desk-test.h"

typedef void (*ReplayFunc) (const char *path, const guint8 *data, gsize size, gpointer user_data);

/* Calls @replay on each file of tests/fuzz/corpus/@target; returns how many. */
static guint
replay_corpus (const char *target,
               ReplayFunc  replay,
               gpointer    user_data)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", target, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  const char *name;
  guint n_files = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      replay (path, (const guint8 *) contents, length, user_data);
      n_files++;
    }
  g_test_message ("%u inputs of %s replayed", n_files, target);
  return n_files;
}

static void
replay_csv (const char   *path,
            const guint8 *data,
            gsize         size,
            gpointer      user_data)
{
  desk_fuzz_csv (data, size);
}

static void
replay_import (const char   *path,
               const guint8 *data,
               gsize         size,
               gpointer      user_data)
{
  desk_fuzz_import (user_data, data, size);
}

static void
test_csv_corpus (void)
{
  g_assert_cmpuint (replay_corpus ("csv", replay_csv, NULL), >=, 20);
}

static void
test_import_corpus (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-fuzz-corpus-XXXXXX", &error);
  g_autoptr(DeskStore) store = NULL;

  g_assert_no_error (error);
  store = desk_fuzz_store_new (dir);
  g_assert_cmpuint (replay_corpus ("import", replay_import, store), >=, 20);
  g_clear_object (&store);
  desk_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fuzz-corpus/csv", test_csv_corpus);
  g_test_add_func ("/fuzz-corpus/import", test_import_corpus);

  return g_test_run ();
}
