/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "desk-store.h"

G_BEGIN_DECLS

#define DESK_TYPE_PAGE (desk_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (DeskPage, desk_page, DESK, PAGE, GtkWidget)

/**
 * DeskPageClass:
 * @store_changed: called after the "store" property changed (also to
 *   NULL); the page lists the records of the new store
 * @records_changed: when set, DeskStore::changed of the page's store,
 *   passed on for as long as the page shows that store
 *
 * What the window's list pages share: the store they list (the window
 * binds "store"), one child laid out by a GtkBinLayout, and an empty
 * state that says why there is nothing to list.  Each page is a final
 * subclass with a template whose root is that child.
 */
struct _DeskPageClass
{
  GtkWidgetClass parent_class;

  void (*store_changed)   (DeskPage       *self);
  void (*records_changed) (DeskPage       *self,
                           const char     *entity,
                           gint64          id,
                           DeskChangeKind  kind);
};

/** desk_page_get_store: the store whose records the page lists, or NULL. */
DeskStore  *desk_page_get_store         (DeskPage   *self);
/** desk_page_set_store: lists the records of @store (NULL: none). */
void        desk_page_set_store         (DeskPage   *self,
                                         DeskStore  *store);
/** desk_page_set_empty_state: the subclass's stack of a "list" and an "empty" page, and the empty state's labels; once, from its init. */
void        desk_page_set_empty_state   (DeskPage   *self,
                                         GtkStack   *view_stack,
                                         GtkLabel   *empty_title,
                                         GtkLabel   *empty_description);
/** desk_page_update_view: shows the list when it has rows, else why not: @load_error under @error_title, no database, or @title and @description. */
void        desk_page_update_view       (DeskPage   *self,
                                         guint       n_items,
                                         const char *load_error,
                                         const char *error_title,
                                         const char *title,
                                         const char *description);
/** desk_page_get_empty_title: the heading of the empty state, when the list is empty; else NULL. */
const char *desk_page_get_empty_title   (DeskPage   *self);

G_END_DECLS
