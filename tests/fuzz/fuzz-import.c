/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer: a spreadsheet import's mapping, rows and checks on any file,
 * against a small database made once per run. */
#define G_LOG_DOMAIN "fuzz-import"

#include "config.h"

#include <stdlib.h>

#include "desk-fuzz.h"
#include "desk-test.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, gsize size);

static DeskStore *store;
static char *dir;

static void
remove_database (void)
{
  g_clear_object (&store);
  desk_test_remove_tree (dir);
  g_clear_pointer (&dir, g_free);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  /* The same answers every day, and every warning is a finding. */
  g_setenv ("DESK_TODAY", "2026-06-15", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  dir = g_dir_make_tmp ("fuzz-import-XXXXXX", &error);
  g_assert_no_error (error);
  store = desk_fuzz_store_new (dir);
  atexit (remove_database);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  desk_fuzz_import (store, data, size);
  return 0;
}
