/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared between the files of DeskDatabase: desk-database.c (statements,
 * transactions, errors) and desk-database-open.c (what is at the path,
 * its rights, read-only, migrations); nothing else includes this. */

#include "desk-database.h"

G_BEGIN_DECLS

struct _DeskDatabase
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *handle;
  GHashTable *statements;   /* sql → sqlite3_stmt*, owned */
  guint       depth;        /* open transactions and savepoints */
  int         schema_version;
  gint64      data_version; /* PRAGMA data_version at the last poll */
  char       *read_only_reason;  /* NULL when writable */
};

/* PRAGMA data_version: moves when another connection commits. */
gint64 _desk_database_query_data_version (DeskDatabase  *self,
                                          GError       **error);

G_END_DECLS
