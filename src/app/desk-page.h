/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "desk-editor.h"
#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_PAGE (desk_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (DeskPage, desk_page, DESK, PAGE, GtkWidget)

/**
 * DeskPageClass:
 * @create_model: the page's records for its store and current query (search,
 *   filters, the sort of desk_page_get_sort()); a lazy list from the store
 * @describe_count: "12 clients", or "3 clients found" when @filtered
 * @describe_empty: the empty state's title and description, when there is
 *   nothing at all or (@filtered) nothing matches the search or filters
 * @is_filtered: whether a search or a filter narrows the list now
 * @describe_record: a record's name for people, for "Ana Rivera archived"
 * @open_record: opens the editor of @record (Enter, a double click, Edit),
 *   transient for @parent (may be NULL); returns it, or NULL when none opened
 * @new_record: opens an editor for a new record (Ctrl+N, New), the same way.
 *   When an editor saves a record of the kind listed, the page selects it.
 * @store_changed: the "store" property changed (the page is reloaded right after)
 *
 * The one list page of the window.  It owns the model and what follows
 * from it: the count, the empty or no-result state (an AdwStatusPage), the
 * selection (kept on the same record across reloads and refreshes), the
 * mapping of the column view's sort to the store's (one call per
 * sortable column) and the actions page.new, page.find, page.edit and
 * page.archive (Delete in the list; one archive-with-Undo path).  The list
 * stays true by itself: the store's lists follow every change that affects
 * their rows (DeskRecordList).  A page supplies its query and columns.
 *
 * A subclass's template holds the widgets; its init calls desk_page_set_view()
 * once, and desk_page_reload() whenever its query changes.
 */
struct _DeskPageClass
{
  GtkWidgetClass parent_class;

  const char  *empty_icon_name;

  GListModel *(*create_model)    (DeskPage    *self,
                                  DeskStore   *store,
                                  GError     **error);
  char       *(*describe_count)  (DeskPage    *self,
                                  guint        n_items,
                                  gboolean     filtered);
  void        (*describe_empty)  (DeskPage    *self,
                                  gboolean     filtered,
                                  const char **title,
                                  const char **description);
  gboolean    (*is_filtered)     (DeskPage    *self);
  char       *(*describe_record) (DeskPage    *self,
                                  DeskRecord  *record);
  DeskEditor *(*open_record)     (DeskPage    *self,
                                  GtkWindow   *parent,
                                  DeskStore   *store,
                                  DeskRecord  *record);
  DeskEditor *(*new_record)      (DeskPage    *self,
                                  GtkWindow   *parent,
                                  DeskStore   *store);
  void        (*store_changed)   (DeskPage    *self);
};

/** desk_page_get_store: the store whose records the page lists, or NULL. */
DeskStore  *desk_page_get_store         (DeskPage            *self);
/** desk_page_set_store: lists the records of @store (NULL: none). */
void        desk_page_set_store         (DeskPage            *self,
                                         DeskStore           *store);
/**
 * desk_page_set_view: the subclass's widgets, once, from its init: the
 * column view, a stack with a "list" and an "empty" child, the status page
 * of the empty state, the count label (may be NULL) and the search entry
 * page.find focuses (may be NULL).
 */
void        desk_page_set_view          (DeskPage            *self,
                                         GtkColumnView       *view,
                                         GtkStack            *stack,
                                         AdwStatusPage       *empty_page,
                                         GtkLabel            *count_label,
                                         GtkEditable         *search_entry);
/** desk_page_add_sort_column: clicking @column's header sorts by @sort (a value the subclass's create_model understands). */
void        desk_page_add_sort_column   (DeskPage            *self,
                                         GtkColumnViewColumn *column,
                                         int                  sort);
/** desk_page_set_default_sort: the order before the person picks one. */
void        desk_page_set_default_sort  (DeskPage            *self,
                                         GtkColumnViewColumn *column,
                                         GtkSortType          direction);
/** desk_page_get_sort: the sort value of the column the list is sorted by, and its direction. */
int         desk_page_get_sort          (DeskPage            *self,
                                         gboolean            *ascending);
/** desk_page_reload: asks create_model() again (the query changed), keeping the selected record. */
void        desk_page_reload            (DeskPage            *self);
/** desk_page_get_model: the records listed now (NULL when none or failed). */
GListModel *desk_page_get_model         (DeskPage            *self);
/** desk_page_get_selected: the selected record, or NULL. */
DeskRecord *desk_page_get_selected      (DeskPage            *self);
/** desk_page_select_id: selects and scrolls to the record with @id; FALSE when it is not listed. */
gboolean    desk_page_select_id         (DeskPage            *self,
                                         gint64               id);
/** desk_page_get_count_text: what the count label says. */
const char *desk_page_get_count_text    (DeskPage            *self);
/** desk_page_get_empty_title: the empty state's title when it is shown, else NULL. */
const char *desk_page_get_empty_title   (DeskPage            *self);
/** desk_page_get_column_view: the list (tests). */
GtkColumnView *desk_page_get_column_view (DeskPage           *self);

G_END_DECLS
