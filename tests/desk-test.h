/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the core tests share: a store on a fresh database in its own
 * temporary folder, and asserting shortcuts for SQL and saves. */

#include "desk-store.h"

G_BEGIN_DECLS

typedef struct
{
  char      *dir;
  char      *path;
  DeskStore *store;
} DeskTestStore;

/** desk_test_store_open: a new database "probono.db" in a new folder named after @prefix. */
void    desk_test_store_open  (DeskTestStore *test,
                               const char    *prefix);
/** desk_test_store_close: drops the store and removes its folder. */
void    desk_test_store_close (DeskTestStore *test);
/** desk_test_query_int: the one integer @sql yields, read straight from the file. */
gint64  desk_test_query_int   (DeskStore     *store,
                               const char    *sql);
/** desk_test_exec: runs @sql (test set-up only); any error ends the test. */
void    desk_test_exec        (DeskStore     *store,
                               const char    *sql);
/** desk_test_save: saves @record, which must succeed and get an id. */
void    desk_test_save        (DeskStore     *store,
                               gpointer       record);
/**
 * desk_test_new_record: a record of @type with the properties given as
 * name/value pairs (NULL-terminated, as g_object_new()), saved in @store;
 * the one way tests make the records they need.  Returns a new reference.
 */
gpointer desk_test_new_record (DeskStore     *store,
                               GType          type,
                               const char    *first_property,
                               ...) G_GNUC_NULL_TERMINATED;
/** desk_test_remove_tree: removes @path and everything below it, also folders made read-only. */
void    desk_test_remove_tree (const char    *path);

G_END_DECLS
