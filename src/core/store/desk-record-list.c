/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "desk-record-list"

#include "config.h"

#include "desk-record-list.h"
#include "desk-store.h"

/* Enough for several screens of rows; a million-row list costs its id
 * array (8 bytes a row) plus this many objects. */
#define CACHE_SIZE 512

typedef struct
{
  gint64      id;
  guint       position;  /* valid until the next reload, which empties the cache */
  DeskRecord *record;
} CacheEntry;

struct _DeskRecordList
{
  GObject         parent_instance;

  DeskStore      *store;
  gulong          changed_handler;

  GType           record_type;
  const char     *entity;
  GPtrArray      *depends;    /* interned entity names whose changes re-run the query */
  DeskIdQueryFunc query_func;
  gpointer        query;
  GDestroyNotify  query_free;

  GArray         *ids;        /* gint64, display order */
  GHashTable     *cache;      /* id → GList link in lru, holding a CacheEntry */
  GQueue          lru;        /* most recently used first */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DeskRecordList, desk_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
cache_entry_free (gpointer data)
{
  CacheEntry *entry = data;

  g_clear_object (&entry->record);
  g_free (entry);
}

static void
cache_clear (DeskRecordList *self)
{
  g_hash_table_remove_all (self->cache);
  g_queue_clear_full (&self->lru, cache_entry_free);
}

static void
desk_record_list_dispose (GObject *object)
{
  DeskRecordList *self = (DeskRecordList *) object;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_object (&self->store);
  if (self->cache != NULL)
    cache_clear (self);

  G_OBJECT_CLASS (desk_record_list_parent_class)->dispose (object);
}

static void
desk_record_list_finalize (GObject *object)
{
  DeskRecordList *self = (DeskRecordList *) object;

  if (self->query_free != NULL)
    g_clear_pointer (&self->query, self->query_free);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->depends, g_ptr_array_unref);

  G_OBJECT_CLASS (desk_record_list_parent_class)->finalize (object);
}

static void
desk_record_list_class_init (DeskRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = desk_record_list_dispose;
  object_class->finalize = desk_record_list_finalize;
}

static void
desk_record_list_init (DeskRecordList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->depends = g_ptr_array_new ();
  g_queue_init (&self->lru);
}

static GType
desk_record_list_get_item_type (GListModel *model)
{
  return DESK_RECORD_LIST (model)->record_type;
}

static guint
desk_record_list_get_n_items (GListModel *model)
{
  return DESK_RECORD_LIST (model)->ids->len;
}

static gpointer
desk_record_list_get_item (GListModel *model,
                           guint       position)
{
  DeskRecordList *self = DESK_RECORD_LIST (model);
  g_autoptr(GError) error = NULL;
  CacheEntry *entry;
  GList *link;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  link = g_hash_table_lookup (self->cache, &id);
  if (link != NULL)
    {
      g_queue_unlink (&self->lru, link);
      g_queue_push_head_link (&self->lru, link);
      return g_object_ref (((CacheEntry *) link->data)->record);
    }

  entry = g_new0 (CacheEntry, 1);
  entry->id = id;
  entry->position = position;
  entry->record = desk_store_get (self->store, self->record_type, id, &error);
  if (entry->record == NULL)
    {
      /* The row went away between the id query and now (another program
       * archived it); the reload its change brings drops it.  A list model
       * has an item at every position below n_items, so until then the row
       * shows an empty record with the id. */
      g_debug ("Row %" G_GINT64_FORMAT " of %s vanished: %s", id, self->entity, error->message);
      entry->record = g_object_new (self->record_type, NULL);
      desk_record_set_id (entry->record, id);
    }

  g_queue_push_head (&self->lru, entry);
  g_hash_table_insert (self->cache, &entry->id, self->lru.head);

  while (self->lru.length > CACHE_SIZE)
    {
      CacheEntry *oldest = g_queue_pop_tail (&self->lru);

      g_hash_table_remove (self->cache, &oldest->id);
      cache_entry_free (oldest);
    }

  return g_object_ref (entry->record);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = desk_record_list_get_item_type;
  iface->get_n_items = desk_record_list_get_n_items;
  iface->get_item = desk_record_list_get_item;
}

static gboolean
desk_record_list_depends_on (DeskRecordList *self,
                             const char     *entity)
{
  const char *interned = g_intern_string (entity);

  if (interned == self->entity)
    return TRUE;

  for (guint i = 0; i < self->depends->len; i++)
    if (g_ptr_array_index (self->depends, i) == interned)
      return TRUE;

  return FALSE;
}

/* Runs the id query again; @span_start, @removed and @added tell which
 * positions it announced as replaced. */
static gboolean
desk_record_list_requery (DeskRecordList  *self,
                          guint           *span_start,
                          guint           *removed,
                          guint           *added,
                          GError         **error)
{
  g_autoptr(GArray) old_ids = NULL;
  guint prefix = 0;
  guint suffix = 0;
  guint old_len, new_len;

  *span_start = *removed = *added = 0;

  old_ids = g_steal_pointer (&self->ids);
  self->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), old_ids->len + 1);
  if (!self->query_func (self->store, self->query, self->ids, error))
    {
      g_array_unref (self->ids);
      self->ids = g_steal_pointer (&old_ids);
      return FALSE;
    }
  /* Objects are cheap to read again; a full drop keeps cached positions true. */
  cache_clear (self);

  /* Report only the span between the unchanged head and tail, so a view
   * keeps its scroll position and selection around a single change. */
  old_len = old_ids->len;
  new_len = self->ids->len;
  while (prefix < old_len && prefix < new_len &&
         g_array_index (old_ids, gint64, prefix) == g_array_index (self->ids, gint64, prefix))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         g_array_index (old_ids, gint64, old_len - 1 - suffix) ==
         g_array_index (self->ids, gint64, new_len - 1 - suffix))
    suffix++;

  if (prefix == old_len && prefix == new_len)
    return TRUE;

  *span_start = prefix;
  *removed = old_len - prefix - suffix;
  *added = new_len - prefix - suffix;
  g_list_model_items_changed (G_LIST_MODEL (self), prefix, *removed, *added);
  return TRUE;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint pa = *(const guint *) a;
  guint pb = *(const guint *) b;

  return pa < pb ? -1 : pa > pb;
}

static void
on_store_changed (DeskStore      *store,
                  const char     *entity,
                  gint64          id,
                  DeskChangeKind  kind,
                  DeskRecordList *self)
{
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  guint span_start = 0;
  guint removed = 0;
  guint added = 0;

  /* The rows on screen are the ones built lately; they show fields of
   * related records too (a case's client, a deadline's case), so each is
   * read again whatever changed. */
  for (GList *l = self->lru.head; l != NULL; l = l->next)
    g_array_append_val (positions, ((CacheEntry *) l->data)->position);

  if (desk_record_list_depends_on (self, entity))
    {
      /* Membership or order may have changed: a closed case leaves the
       * upcoming deadlines, a renamed client moves in a sorted list. */
      if (!desk_record_list_requery (self, &span_start, &removed, &added, &error))
        g_warning ("Cannot refresh the %s list: %s", self->entity, error->message);

      /* A record saved in place keeps its position, but a view may hold
       * the old object for it. */
      if (id > 0 && g_intern_string (entity) == self->entity)
        {
          guint position = desk_record_list_find (self, id);

          /* Positions are kept as they were before the query ran. */
          if (position != G_MAXUINT && position < span_start)
            g_array_append_val (positions, position);
          else if (position != G_MAXUINT && position >= span_start + added)
            {
              position = position - added + removed;
              g_array_append_val (positions, position);
            }
        }
    }
  else
    {
      cache_clear (self);
    }

  g_array_sort (positions, compare_positions);
  for (guint i = 0; i < positions->len; i++)
    {
      guint position = g_array_index (positions, guint, i);

      if (i > 0 && position == g_array_index (positions, guint, i - 1))
        continue;

      /* Rows inside the replaced span were announced already; rows after
       * it moved with it. */
      if (position >= span_start && position < span_start + removed)
        continue;
      if (position >= span_start + removed)
        position = position + added - removed;

      if (position < self->ids->len)
        g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
    }
}

DeskRecordList *
desk_record_list_new (DeskStore        *store,
                      GType             record_type,
                      DeskIdQueryFunc   query_func,
                      gpointer          query,
                      GDestroyNotify    query_free,
                      GError          **error)
{
  g_autoptr(DeskRecordList) self = NULL;
  g_autoptr(GTypeClass) klass = NULL;

  g_return_val_if_fail (DESK_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, DESK_TYPE_RECORD), NULL);
  g_return_val_if_fail (query_func != NULL, NULL);

  klass = g_type_class_ref (record_type);

  self = g_object_new (DESK_TYPE_RECORD_LIST, NULL);
  self->store = g_object_ref (store);
  self->record_type = record_type;
  self->entity = g_intern_string (DESK_RECORD_CLASS (klass)->entity);
  self->query_func = query_func;
  self->query = query;
  self->query_free = query_free;

  if (!query_func (store, query, self->ids, error))
    return NULL;

  self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);

  return g_steal_pointer (&self);
}

gboolean
desk_record_list_reload (DeskRecordList  *self,
                         GError         **error)
{
  guint span_start, removed, added;

  g_return_val_if_fail (DESK_IS_RECORD_LIST (self), FALSE);

  return desk_record_list_requery (self, &span_start, &removed, &added, error);
}

void
desk_record_list_add_dependency (DeskRecordList *self,
                                 const char     *entity)
{
  g_return_if_fail (DESK_IS_RECORD_LIST (self));
  g_return_if_fail (entity != NULL);

  if (!desk_record_list_depends_on (self, entity))
    g_ptr_array_add (self->depends, (gpointer) g_intern_string (entity));
}

gint64
desk_record_list_get_id (DeskRecordList *self,
                         guint           position)
{
  g_return_val_if_fail (DESK_IS_RECORD_LIST (self), 0);

  if (position >= self->ids->len)
    return 0;
  return g_array_index (self->ids, gint64, position);
}

guint
desk_record_list_find (DeskRecordList *self,
                       gint64          id)
{
  g_return_val_if_fail (DESK_IS_RECORD_LIST (self), G_MAXUINT);

  /* A scan of a million ids takes about a millisecond; an index of them
   * would cost tens of megabytes. */
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;

  return G_MAXUINT;
}

gconstpointer
desk_record_list_get_query (DeskRecordList *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_LIST (self), NULL);

  return self->query;
}

guint
desk_record_list_get_cached (DeskRecordList *self)
{
  g_return_val_if_fail (DESK_IS_RECORD_LIST (self), 0);

  return self->lru.length;
}
