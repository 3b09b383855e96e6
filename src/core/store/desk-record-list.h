/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "desk-record.h"

G_BEGIN_DECLS

typedef struct _DeskStore DeskStore;

/* Fills @ids with the row ids of the list, in display order; the store
 * runs the SQL (sorting and filtering on indexes). */
typedef gboolean (*DeskIdQueryFunc) (DeskStore      *store,
                                     gconstpointer   query,
                                     GArray         *ids,
                                     GError        **error);

#define DESK_TYPE_RECORD_LIST (desk_record_list_get_type ())
G_DECLARE_FINAL_TYPE (DeskRecordList, desk_record_list, DESK, RECORD_LIST, GObject)

/**
 * desk_record_list_new: a lazy GListModel of @record_type.  Only the ids are
 * kept for every row; objects are loaded for the rows asked for and kept in
 * a small cache.  The list follows the store's changed signal in place: a
 * change to its own kind of record (or a dependency) re-runs the query, and
 * the rows built lately are read again whatever changed.
 */
DeskRecordList *desk_record_list_new          (DeskStore        *store,
                                               GType             record_type,
                                               DeskIdQueryFunc   query_func,
                                               gpointer          query,
                                               GDestroyNotify    query_free,
                                               GError          **error);
/** desk_record_list_reload: runs the id query again and reports only the rows that moved. */
gboolean        desk_record_list_reload       (DeskRecordList   *self,
                                               GError          **error);
/** desk_record_list_add_dependency: a change to records of @entity (say "deadline" for a list filtered by overdue deadlines) re-runs the query too, not only one to the list's own kind. */
void            desk_record_list_add_dependency (DeskRecordList *self,
                                                 const char     *entity);
/** desk_record_list_get_id: the row id at @position, 0 past the end. */
gint64          desk_record_list_get_id       (DeskRecordList   *self,
                                               guint             position);
/** desk_record_list_find: the position of @id, or G_MAXUINT. */
guint           desk_record_list_find         (DeskRecordList   *self,
                                               gint64            id);
/** desk_record_list_get_query: the query the list was made with. */
gconstpointer   desk_record_list_get_query    (DeskRecordList   *self);
/** desk_record_list_get_cached: how many objects the cache holds now (tests). */
guint           desk_record_list_get_cached   (DeskRecordList   *self);

G_END_DECLS
