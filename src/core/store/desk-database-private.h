/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared between the files of DeskDatabase: desk-database.c (statements,
 * transactions, errors) and desk-database-open.c (what is at the path,
 * its rights, read-only, migrations); beyond them only desk-backup.c
 * includes this, for _desk_database_identify(). */

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

/* What a SQLite file is, read through a connection to it. */
typedef struct
{
  guint32  application_id;
  int      user_version;
  gboolean ours;    /* our application id, or our tables from before it */
  gboolean empty;   /* no tables and version 0: nobody's yet */
} DeskFileIdentity;

/* Reads @identity of the main database of @handle; a SQLite result code
 * (SQLITE_NOTADB for a file that is not SQLite's).  Backups and restores
 * tell our files from others' by the same rules as opening does. */
int    _desk_database_identify           (sqlite3           *handle,
                                          DeskFileIdentity  *identity);

/* PRAGMA data_version: moves when another connection commits. */
gint64 _desk_database_query_data_version (DeskDatabase  *self,
                                          GError       **error);

G_END_DECLS
