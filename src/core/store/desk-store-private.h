/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared between the files of DeskStore (desk-store*.c); nothing else
 * includes this. */

#include "desk-store.h"

G_BEGIN_DECLS

struct _DeskStore
{
  GObject       parent_instance;

  DeskDatabase *database;
  GHashTable   *record_sql;   /* GType → RecordSql */
  GArray       *pending;      /* PendingChange, emitted after commit */
  DeskRegion    region;
};

char     *_desk_store_now_utc           (void);
void      _desk_store_queue_change      (DeskStore            *self,
                                         const char           *entity,
                                         gint64                id,
                                         DeskChangeKind        kind);
gboolean  _desk_store_run_transaction   (DeskStore            *self,
                                         DeskTransactionFunc   func,
                                         gpointer              user_data,
                                         GError              **error);
gboolean  _desk_store_collect_ids       (DeskStore            *self,
                                         DeskStmt             *stmt,
                                         GArray               *ids,
                                         GError              **error);
/* The SQL expression (over the row "t") that computes a derived field. */
const char *_desk_store_derived_sql     (GType                 record_type,
                                         const char           *field);
/* Keeps the conflict index entry of a person or party current. */
gboolean  _desk_store_index_name        (DeskStore            *self,
                                         const char           *entity,
                                         gint64                entity_id,
                                         const char           *name,
                                         GError              **error);
/* Builds the conflict index when it is missing or from older rules. */
gboolean  _desk_store_ensure_name_index (DeskStore            *self,
                                         GError              **error);

/* The ids of the @entity records (a literal: "client", "volunteer") with a
 * word of their name that starts with the token bound to the parameter the
 * format's one number names (?%1$u), read from the conflict index: its
 * words are case- and accent-free and split at hyphens like
 * desk_name_tokens(), and a token is a prefix of a word when it sorts
 * between the word and the word followed by the last code point.  CROSS
 * JOIN keeps that order: without statistics SQLite may otherwise start
 * from every name. */
#define DESK_STORE_NAME_PREFIX_SQL(entity) \
  "SELECT DISTINCT n.entity_id FROM conflict_words w CROSS JOIN conflict_pairs p ON p.word_id = w.id " \
  "CROSS JOIN conflict_names n ON n.id = p.name_id WHERE n.entity = '" entity "' " \
  "AND w.word >= ?%1$u AND w.word < ?%1$u || char (1114111)"

G_END_DECLS
