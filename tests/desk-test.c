/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-test"

#include "config.h"

#include <glib/gstdio.h>

#include "desk-test.h"

void
desk_test_store_open (DeskTestStore *test,
                      const char    *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);

  test->dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  test->path = g_build_filename (test->dir, "probono.db", NULL);
  test->store = desk_store_open (test->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (test->store);
}

void
desk_test_store_close (DeskTestStore *test)
{
  g_clear_object (&test->store);
  desk_test_remove_tree (test->dir);
  g_clear_pointer (&test->path, g_free);
  g_clear_pointer (&test->dir, g_free);
}

static sqlite3 *
handle (DeskStore *store)
{
  return desk_database_get_handle (desk_store_get_database (store));
}

gint64
desk_test_query_int (DeskStore  *store,
                     const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (handle (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

void
desk_test_exec (DeskStore  *store,
                const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (handle (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

void
desk_test_save (DeskStore *store,
                gpointer   record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (desk_store_save (store, DESK_RECORD (record), &error));
  g_assert_no_error (error);
  g_assert_cmpint (desk_record_get_id (DESK_RECORD (record)), >, 0);
}

void
desk_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      /* Tests make folders unreadable on purpose; take them back first. */
      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          desk_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_remove (path);
}

gpointer
desk_test_new_record (DeskStore  *store,
                      GType       type,
                      const char *first_property,
                      ...)
{
  DeskRecord *record;
  va_list args;

  g_assert_true (g_type_is_a (type, DESK_TYPE_RECORD));

  va_start (args, first_property);
  record = DESK_RECORD (g_object_new_valist (type, first_property, args));
  va_end (args);

  desk_test_save (store, record);
  return record;
}
