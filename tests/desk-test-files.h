/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests of files on disk share (database, command line, safety):
 * rights, checksums, and what SQLite may leave beside a database.  Header
 * only, so every test executable can use it as it is built. */

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

G_BEGIN_DECLS

/* The permission bits of @path. */
static inline guint
desk_test_file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* The SHA-256 of @path's bytes (free with g_free). */
static inline char *
desk_test_file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* Fails unless @path still has the SHA-256 @checksum. */
static inline void
desk_test_assert_checksum (const char *path,
                           const char *checksum)
{
  g_autofree char *now = desk_test_file_checksum (path);

  g_assert_cmpstr (now, ==, checksum);
}

/* Fails when SQLite left a -wal, -shm or -journal beside @path. */
static inline void
desk_test_assert_no_side_files (const char *path)
{
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);

      if (g_file_test (side, G_FILE_TEST_EXISTS))
        g_error ("%s was left behind", side);
    }
}

static inline int
desk_test_compare_names (gconstpointer a,
                         gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names of the files in @folder, sorted, joined with spaces ("" when
 * it is empty or not there), to see what a failure left behind. */
static inline char *
desk_test_listing (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, desk_test_compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The one integer @sql yields from the database file @path, read without
 * writing a byte or making a file beside it (immutable: nobody may be
 * writing it). */
static inline gint64
desk_test_file_query_int (const char *path,
                          const char *sql)
{
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro&immutable=1", path);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

G_END_DECLS
